"""Reading and writing corpus files without being hurt by them.

Only regular files are read (a FIFO would block, /dev/zero never end), and a read stops at the
size a document may have; a problem is a (CL9xx code, message) pair that the formats turn into
findings. The fixer's temporary files carry the writing process's pid (`TEMP_PREFIX`), so that
the next run can tell a dead run's leftovers from a live run's; a worker process whose run died
writes nothing more (`watch_parent`, `orphaned`).
"""

from __future__ import annotations

import contextlib
import errno
import json
import os
import stat
import tempfile
from collections.abc import Iterator
from typing import Any, BinaryIO, TextIO

Problem = tuple[str, str]  # (code, message)

TEMP_PREFIX = ".corpuslint-"  # the fixer's temporary files: `.corpuslint-<pid>-<random>.tmp`
RACY_NS = 2_000_000_000  # a file changed this recently has no change stamp (see `change_stamp`)


def change_stamp(st: os.stat_result, now_ns: int, racy_ns: int | None = None) -> str | None:
    """What says a file is unchanged without reading it (the result cache's and the corpus index's):
    its size and mtime, and what no tool restores with them, the ctime, inode and device (`touch -d`,
    `cp -p`, `rsync -t` and tar give a changed file back its size and mtime). None while the file
    changed less than `racy_ns` (RACY_NS) before `now_ns`: another write in the same clock tick
    would leave every stamp as it was (git's "racy" files), so the next look reads it."""
    if now_ns - max(st.st_ctime_ns, st.st_mtime_ns) <= (RACY_NS if racy_ns is None else racy_ns):
        return None
    return f"{st.st_size}:{st.st_mtime_ns}:{st.st_ctime_ns}:{st.st_ino}:{st.st_dev}"


def open_regular(path: str) -> tuple[BinaryIO | None, Problem | None]:
    """Open `path` for reading if it is a regular file (a link to one is followed); else say why.

    A FIFO, socket or device is never opened: opening a FIFO blocks until someone writes to it,
    and a device such as /dev/zero never ends. The file is stat-ed, then opened without blocking
    and stat-ed again through its descriptor, so a swap between the two is caught too.
    """
    try:
        kind = _not_regular(os.stat(path).st_mode)
        if kind is not None:
            return None, _not_regular_problem(path, kind)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
    except OSError as exc:
        return None, ("CL901", _cannot_read(exc))
    try:
        kind = _not_regular(os.fstat(fd).st_mode)
        if kind is not None:
            os.close(fd)
            return None, _not_regular_problem(path, kind)
        if hasattr(os, "set_blocking"):
            os.set_blocking(fd, True)
        return os.fdopen(fd, "rb"), None
    except OSError as exc:
        os.close(fd)
        return None, ("CL901", _cannot_read(exc))


def read_regular(path: str, limit: int | None) -> tuple[bytes, Problem | None]:
    """The bytes of a regular file, or the problem that stopped reading it.

    A file larger than `limit` (`max-document-bytes`, for formats whose file is one document) is
    not read at all (CL908); one that grows past it while it is read stops there: a 200 MB file
    costs no more memory than the limit.
    """
    handle, problem = open_regular(path)
    if handle is None:
        return b"", problem
    try:
        with handle:
            if limit is None:
                return handle.read(), None
            size = os.fstat(handle.fileno()).st_size
            if size <= limit:
                data = handle.read(limit + 1)
                size = len(data)
                if size <= limit:
                    return data, None
    except OSError as exc:
        return b"", ("CL901", _cannot_read(exc))
    return b"", too_large(size, limit)


def too_large(size: int, limit: int, what: str = "document") -> Problem:
    return ("CL908", f"{what} is {size:,} bytes, over the {limit:,}-byte limit (`max-document-bytes`); "
            "not checked")


def _cannot_read(exc: OSError) -> str:
    if exc.errno == errno.ELOOP:
        return "cannot read file: a loop of symbolic links"
    return f"cannot read file: {exc.strerror or exc}"


_KINDS = ((stat.S_ISFIFO, "a FIFO (named pipe)"), (stat.S_ISSOCK, "a socket"), (stat.S_ISCHR, "a character device"),
          (stat.S_ISBLK, "a block device"), (stat.S_ISDIR, "a folder"))


def _not_regular(mode: int) -> str | None:
    if stat.S_ISREG(mode):
        return None
    return next((kind for test, kind in _KINDS if test(mode)), "not a file")


def _not_regular_problem(path: str, kind: str) -> Problem:
    if kind == "a folder":
        try:
            os.scandir(path).close()
        except OSError as exc:
            return ("CL901", f"cannot read folder: {exc.strerror or exc}; its files are not checked")
    target = f" (a link to {os.path.realpath(path)})" if os.path.islink(path) else ""
    return ("CL901", f"not a regular file: {kind}{target}; not read")


def hash_regular(path: str, sidecar: str | None = None) -> bytes | None:
    """blake2b-128 of a regular file's bytes (then, when it exists, of its `sidecar`'s), read in
    pieces; None for a file that cannot be read or is not a regular file."""
    import hashlib

    digest = hashlib.blake2b(digest_size=16)
    for part, name in ((b"", path), (b"\x00sidecar\x00", sidecar)):
        if name is None or (part and not os.path.lexists(name)):
            continue
        handle, _problem = open_regular(name)
        if handle is None:
            if not part:
                return None
            continue
        digest.update(part)
        if not feed(digest, handle):
            return None
    return digest.digest()


def feed(digest: Any, handle: BinaryIO) -> bool:
    """Update `digest` with everything `handle` holds, a megabyte at a time, and close it; False when the
    read fails (the file went away or became unreadable meanwhile)."""
    try:
        with handle:
            for block in iter(lambda: handle.read(1024 * 1024), b""):
                digest.update(block)
    except OSError:
        return False
    return True


# -- a run that dies writes nothing more ----------------------------------------------------

_PARENT: int | None = None  # in a worker process: the pid of the run's main process


def watch_parent(pid: int) -> None:
    """Called in each worker: its writes stop once `pid` (the main process) is gone."""
    global _PARENT
    _PARENT = pid


def orphaned() -> bool:
    """Whether this is a worker whose main process died (it was re-parented)."""
    return _PARENT is not None and os.getppid() != _PARENT


@contextlib.contextmanager
def atomic_output(path: str) -> Iterator[TextIO]:
    """A text stream that becomes `path` only when the block ends without an error.

    A report written with `-o` replaces the previous one whole or not at all: a run that fails
    (or is interrupted) half-way leaves the old file as it was. The temporary file carries the
    fixer's `TEMP_PREFIX` and this pid, so a later run sweeps it if this one was killed. A path
    that exists and is not a regular file (`/dev/stdout`, a FIFO) is written in place.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError:
        mode = None
    if mode is not None and not stat.S_ISREG(mode):
        with open(path, "w", encoding="utf-8") as stream:
            yield stream
        return
    folder = os.path.dirname(os.path.abspath(path))
    handle, temporary = tempfile.mkstemp(prefix=f"{TEMP_PREFIX}{os.getpid()}-", suffix=".tmp", dir=folder)
    try:
        with os.fdopen(handle, "w", encoding="utf-8") as stream:
            yield stream
        if mode is None:  # a new file gets the usual mode, not mkstemp's private 0600
            umask = os.umask(0)
            os.umask(umask)
            os.chmod(temporary, 0o666 & ~umask)
        else:
            os.chmod(temporary, stat.S_IMODE(mode))
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise


def sweep_temp_files(seen: list[str], folders: set[str] | list[str] = ()) -> int:
    """Remove the temporary files a killed or crashed run left: `.corpuslint-<pid>-*.tmp` whose
    process is gone (a fix's, a report's, the index's private link; `seen` while walking, or found
    in `folders`). Returns how many."""
    candidates = set(seen)
    for folder in folders:
        try:
            with os.scandir(folder) as entries:
                candidates.update(e.path for e in entries if e.name.startswith(TEMP_PREFIX) and e.name.endswith(".tmp"))
        except OSError:
            continue
    removed = 0
    for path in sorted(candidates):
        if _writer_alive(os.path.basename(path)):
            continue
        try:
            os.unlink(path)
            removed += 1
        except OSError:
            pass
    return removed


def _writer_alive(name: str) -> bool:
    pid = name[len(TEMP_PREFIX):].split("-", 1)[0]
    if not pid.isdigit():
        return False  # a name from before the pid was part of it
    try:
        os.kill(int(pid), 0)
    except ProcessLookupError:
        return False
    except OSError:
        return True  # someone else's process
    try:  # a killed worker may stay a zombie until something reaps it: dead all the same
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as handle:
            return handle.read().rsplit(")", 1)[1].split()[0] != "Z"
    except (OSError, IndexError):
        return True


CACHE_GITIGNORE = "# written by corpuslint: the cache is not for version control\n*\n"
_OLD_GITIGNORE = "# created by corpuslint: the cache is not part of the corpus\n*\n"  # the index's, before
CACHEDIR_TAG = ("Signature: 8a477f597d28d172789f06886806bc55\n"
                "# This file is a cache directory tag created by corpuslint.\n")


# -- what corpuslint wrote beside the corpus: reports (-o) and baselines ---------------------------

OUTPUTS = "outputs.json"  # in the cache folder


def cache_folder(root: str | os.PathLike, cache_dir: str) -> str:
    """The cache folder of a config: `cache-dir`, relative to the config's folder `root`."""
    return cache_dir if os.path.isabs(cache_dir) else os.path.join(root, cache_dir)


def written_outputs(folder: str) -> dict[str, tuple[int, int]]:
    """The reports (`-o`) and baselines corpuslint wrote, by real path: (size, mtime_ns) as they
    were written (`record_outputs`). Discovery skips such a file while it is as written: a report
    left in the corpus folder is not a document (qa17b F10). Nothing recorded or unreadable: {}."""
    try:
        with open(os.path.join(folder, OUTPUTS), encoding="utf-8") as handle:
            rows = json.load(handle)
        return {str(path): (int(size), int(mtime)) for path, size, mtime in rows}
    except (OSError, ValueError, TypeError):
        return {}


def output_stamp(path: str) -> tuple[str, tuple[int, int]] | None:
    """A regular file's real path and (size, mtime_ns); None for a missing or special file."""
    try:
        real = os.path.realpath(path)
        st = os.stat(real)
    except OSError:
        return None
    return (real, (st.st_size, st.st_mtime_ns)) if stat.S_ISREG(st.st_mode) else None


def record_outputs(folder: str, paths: list[str]) -> None:
    """Add `paths` (files corpuslint wrote, or is about to replace) to the cache folder's record as
    they now are; rows whose file is gone or changed since go. Best effort: a folder that cannot
    be written (a read-only checkout) records nothing, and a later walk checks the files."""
    rows = written_outputs(folder)
    rows = {path: was for path, was in rows.items() if (now := output_stamp(path)) and now[1] == was}
    for path in paths:
        stamp = output_stamp(path)
        if stamp is not None:
            rows[stamp[0]] = stamp[1]
    with contextlib.suppress(OSError):
        os.makedirs(folder, exist_ok=True)
        mark_cache_folder(folder)
        with atomic_output(os.path.join(folder, OUTPUTS)) as stream:
            json.dump(sorted([path, *was] for path, was in rows.items()), stream)


# A report or baseline corpuslint wrote is known by how it begins, wherever it lies and whatever its
# name (moved, renamed, copied, written with --no-cache, in a fresh checkout: no record holds it;
# qa18b #6). Only files of these suffixes are looked into (a 4 KiB read each): a walk does not open
# every text file twice, and what it found in a file is kept by the file's change stamp (`HEADS`): an
# unchanged file is not opened again by the next walk. A text report (`-o report.txt`) is not
# recognised: its lines are a user's.
REPORT_SUFFIXES = frozenset({".json", ".jsonl", ".ndjson", ".sarif", ".xml", ".html", ".htm"})
_FINDING = rb'\{\s*"path":\s*"(?:[^"\\]|\\.)*",\s*"record":\s*(?:null|\d+),\s*"document":\s*(?:null|"(?:[^"\\]|\\.)*"),' \
    rb'\s*"line":\s*\d+,\s*"column":\s*\d+,\s*"end_line":'
_REPORT_HEADS = {  # kind -> what the file's first 4 KiB begin with (after a BOM and blanks)
    "JSON findings": rb'\[\s*' + _FINDING,  # --output-format json (an empty `[]` is no document either)
    "JSON Lines findings": _FINDING,  # --output-format jsonl
    "SARIF log": rb'\{\s*"\$schema":\s*"[^"]*sarif[^"]*",[^\x00]*?"driver":\s*\{\s*"name":\s*"corpuslint"',
    "baseline": rb'\{\s*"corpuslint-baseline":',
    "JUnit XML": rb'<\?xml[^>]*\?>\s*<testsuites name="corpuslint"',
    # the report's own title (report.html): "corpuslint report: <sources>", not a page titled
    # "corpuslint report card: ..." (qa19b #4)
    "HTML report": rb'<!DOCTYPE html>\s*<html[^>]*><head>.{0,600}?<title>corpuslint report: ',
}
_REPORT_HEAD = None


def own_report(path: str) -> str | None:
    """The kind of corpuslint output `path` holds (its first 4 KiB: a findings report in JSON, JSON
    Lines, SARIF, JUnit or HTML, or a baseline), or None: a corpus document, or not readable (the
    reader says why)."""
    global _REPORT_HEAD
    if os.path.splitext(path)[1].lower() not in REPORT_SUFFIXES:
        return None
    handle, _problem = open_regular(path)
    if handle is None:
        return None
    try:
        with handle:
            head = handle.read(4096)
    except OSError:
        return None
    if _REPORT_HEAD is None:
        import re

        heads = (b"(?P<k%d>%s)" % (i, rx) for i, rx in enumerate(_REPORT_HEADS.values()))
        _REPORT_HEAD = re.compile(b"|".join(heads), re.DOTALL)
    found = _REPORT_HEAD.match(head.removeprefix(b"\xef\xbb\xbf").lstrip())
    return list(_REPORT_HEADS)[int(found.lastgroup[1:])] if found else None


HEADS = "heads.json"  # in the cache folder: what `own_report` found in each file a walk looked into


def known_heads(folder: str) -> dict[str, tuple[str, str | None]]:
    """What `own_report` found in the files the walks looked into (`record_heads`), by real path:
    (the file's change stamp then, the kind of report or None). Nothing recorded or unreadable: {}."""
    try:
        with open(os.path.join(folder, HEADS), encoding="utf-8") as handle:
            rows = json.load(handle)
        return {str(path): (str(stamp), None if kind is None else str(kind)) for path, stamp, kind in rows}
    except (OSError, ValueError, TypeError):
        return {}


def record_heads(folder: str, heads: dict[str, tuple[str, str | None]]) -> None:
    """Keep `heads` (real path -> (change stamp, `own_report`'s answer)) in the cache folder, so the
    next walk does not open an unchanged file again (review19 #9: every .json, .jsonl and .html
    file was read once more on each walk, cached runs too). Written only into a cache folder that
    exists (a run that makes none, `--no-cache --no-index`, leaves no trace); best effort."""
    if not os.path.isdir(folder):
        return
    with contextlib.suppress(OSError):
        with atomic_output(os.path.join(folder, HEADS)) as stream:
            json.dump(sorted([path, *known] for path, known in heads.items()), stream)


def mark_cache_folder(folder: str) -> None:
    """Give corpuslint's cache folder its `.gitignore` (`*`: the index and results never go into
    git) and `CACHEDIR.TAG` (backup tools skip it), each written atomically, and written again
    when it is missing or a torn (empty, cut short) copy of what corpuslint writes: a disk that
    filled up mid-write once left an empty `.gitignore`, which no later run repaired, so `git add .`
    took the cache (qa17b F3). A file of someone else's (`cache-dir` pointing to a folder with
    its own `.gitignore`) is left alone. Raises OSError (a read-only checkout: the caller runs
    without the folder)."""
    for name, ours in ((".gitignore", (CACHE_GITIGNORE, _OLD_GITIGNORE)), ("CACHEDIR.TAG", (CACHEDIR_TAG,))):
        path = os.path.join(folder, name)
        try:
            with open(path, encoding="utf-8", errors="replace") as handle:
                held = handle.read(4096)
        except FileNotFoundError:
            held = None
        if held is not None and (held in ours or not any(text.startswith(held) for text in ours)):
            continue  # as corpuslint wrote it, or not corpuslint's
        with atomic_output(path) as stream:
            stream.write(ours[0])
