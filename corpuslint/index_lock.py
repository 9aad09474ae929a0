"""The corpus index's lock: two runs on one folder never change the index under each other.

Two runs at once on one corpus (a pre-commit hook and an editor, a user's two shells) share
`index.sqlite`. One that rebuilt it (another version's, `--rebuild-index`) removed the file the
other was reading, and SQLite then paired the reader's old file with the new file's journal,
found by name: "database disk image is malformed" on every file. So a run holds a lock on
`index.lock` beside the index (a file never removed nor replaced) for as long as it uses the
index: exclusive while it opens, refreshes, rebuilds (a new file renamed over the old) and
links the index; shared, from then to the end of its check. Nobody writes the index while
anyone reads it, so readers (the run's workers read an immutable link) see one consistent
index. A run that cannot have the lock within LOCK_WAIT_SECONDS does without the index
(corpuslint.session: "corpus index unavailable").

POSIX record locks (`fcntl.lockf`), not `flock`: turning the exclusive lock into a shared one
is atomic there, so no other run can slip in between. They belong to the process, and forked
workers do not inherit them: the parent holds the lock for them. Where `fcntl` is missing
(Windows) runs are not locked, as before.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
import time
from pathlib import Path

try:
    import fcntl
except ImportError:  # Windows
    fcntl = None  # type: ignore[assignment]

LOCK_FILE = "index.lock"
LOCK_WAIT_SECONDS = 30.0  # how long a run waits for another's refresh (or check) before doing without
_POLL_SECONDS = 0.05


class IndexBusy(Exception):
    """Another corpuslint run holds the index for longer than a run waits."""


class IndexLock:
    """The lock of the index in `folder` (see the module's docstring)."""

    def __init__(self, folder: str | os.PathLike[str], *, wait: float | None = None) -> None:
        self.path = Path(folder) / LOCK_FILE
        self.wait = LOCK_WAIT_SECONDS if wait is None else wait
        self._fd: int | None = None
        self._pid = 0
        self.mode = ""  # "", "shared" or "exclusive"

    def exclusive(self) -> None:
        """Wait for the index to be this run's alone (to open, refresh, rebuild it); IndexBusy if
        other runs keep it longer than `wait`."""
        if fcntl is None or self.mode == "exclusive":
            return
        fd = self._open()
        deadline = time.monotonic() + self.wait
        while True:
            try:
                fcntl.lockf(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                self.mode = "exclusive"
                return
            except OSError:
                if time.monotonic() >= deadline:
                    raise IndexBusy(f"another corpuslint run is using the corpus index in {self.path.parent} "
                                    f"(waited {self.wait:g} s)") from None
                time.sleep(_POLL_SECONDS)

    def shared(self) -> None:
        """From exclusive to shared, at once (the refresh is done; other runs may read too)."""
        if fcntl is None or self.mode != "exclusive":
            return
        fcntl.lockf(self._fd, fcntl.LOCK_SH)
        self.mode = "shared"

    def release(self) -> None:
        if self._fd is not None and self._pid == os.getpid():
            with contextlib.suppress(OSError):
                os.close(self._fd)  # (closing it releases the lock)
        self._fd, self._pid, self.mode = None, 0, ""

    def _open(self) -> int:
        if self._fd is None or self._pid != os.getpid():
            self._fd = os.open(self.path, os.O_RDWR | os.O_CREAT, 0o644)
            self._pid = os.getpid()
        return self._fd


def replace_database(new: Path, path: Path) -> None:
    """Rename a new SQLite file over `path`, at once, under the exclusive lock. A journal the old
    one left goes first: SQLite finds it by name, and would apply it to the new one."""
    for suffix in ("-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")
    os.replace(new, path)


def remove_database(path: Path) -> None:
    for suffix in ("", "-journal", "-wal", "-shm"):
        with contextlib.suppress(FileNotFoundError):
            os.remove(f"{path}{suffix}")


def write_copy(conn: sqlite3.Connection, private: Path) -> str | None:
    """Write what `conn` reads to the file `private` (its name), or None when that fails."""
    try:
        data = conn.serialize()
        with open(private, "wb") as stream:
            stream.write(data)
        return str(private)
    except (OSError, sqlite3.Error, AttributeError):  # AttributeError: an SQLite without serialize
        with contextlib.suppress(OSError):
            private.unlink()
        return None
