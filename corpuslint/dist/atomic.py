"""A stage's output files written whole or not at all.

A worker killed while it writes (SIGKILL, the OOM killer) left a partial file under the final name;
the rerun of its task (no completion marker: datatrove runs it again) writes it afresh, but until
then, and for anything that lists a folder, the torn file looked complete. Each file is written to
a hidden temporary name in the same directory (`.NAME.partial`) and renamed over the final name once
closed (atomic on a local file system; an object store's upload is whole anyway), as the fixer
writes a checked file back. `finished` drops the temporary names from a listing: a file that is
there is complete, and a resumed run trusts a task's files only through its completion marker.
"""

from __future__ import annotations

from typing import Any, Callable

PARTIAL = ".partial"


def partial_name(name: str) -> str:
    """`dir/NAME` -> `dir/.NAME.partial`: where `name` is written until it is complete."""
    folder, _, base = name.rpartition("/")
    return f"{folder}/.{base}{PARTIAL}" if folder else f".{base}{PARTIAL}"


def finished(names: list[str]) -> list[str]:
    """`names` (a folder's listing) without the files still being written, or left torn by a kill."""
    return [name for name in names if not (name.rpartition("/")[2].startswith(".") and name.endswith(PARTIAL))]


class AtomicFile:
    """A file of `folder` written under `partial_name(name)`, renamed to `name` when closed; removed
    instead if its `with` block fails. Everything else is the open file's."""

    def __init__(self, folder: Any, name: str, mode: str = "wb", **options: Any) -> None:
        self._folder, self._name, self._partial = folder, name, partial_name(name)
        self._file = folder.open(self._partial, mode, **options)
        self._done = False

    def __getattr__(self, attribute: str) -> Any:
        return getattr(self._file, attribute)

    def write(self, data: Any) -> int:
        return self._file.write(data)

    @property
    def closed(self) -> bool:
        return self._done

    def close(self) -> None:
        if not self._done:
            self._done = True
            self._file.close()
            self._folder.mv(self._partial, self._name)

    def discard(self) -> None:
        if not self._done:
            self._done = True
            self._file.close()
            if self._folder.exists(self._partial):
                self._folder.rm(self._partial)

    def __enter__(self) -> AtomicFile:
        return self

    def __exit__(self, kind: Any, *_rest: Any) -> None:
        if kind is None:
            self.close()
        else:
            self.discard()


def opener(folder: Any) -> Callable[..., AtomicFile]:
    """`folder.open` for writing, atomically (see the module)."""
    return lambda name, mode="wb", **options: AtomicFile(folder, name, mode, **options)
