"""What changed in the corpus since the index's last refresh, found without walking it all.

The first refresh walks the corpus root as discovery does and records each folder's mtime;
later refreshes list again only the folders whose entries changed, and tell a changed file by
its stamp (mtime, size and `files.change_stamp`, its sidecar's folded in), then by its hash.
"""

from __future__ import annotations

import os
import sys
import time
from collections.abc import Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint.files import change_stamp, hash_regular

Stamp = tuple[int, int, str | None]  # (mtime, size, change stamp); see `stamp`

if TYPE_CHECKING:
    from corpuslint.discovery import Discovery


def chain(*iterables: Iterable[str]) -> Iterator[str]:
    for iterable in iterables:
        yield from iterable


class Walker:
    """Lists the corpus's files: all of them once, then only what changed folders hold.

    Folder paths are kept relative to the root ('' is the root); a folder's mtime changes when
    an entry is added, removed or renamed in it, not when a file in it is edited (the files'
    own stamps catch that).
    """

    def __init__(self, discovery: Discovery, root: str, dirs: dict[str, int]) -> None:
        self.discovery = discovery
        self.root = root
        self.dirs = dirs
        self.changed_dirs: dict[str, int] = {}
        self.gone_dirs: list[str] = []
        self.names: dict[str, frozenset[str] | None] = {}  # folder -> what it holds (see `stamp`)
        self.now = time.time_ns()  # what the files' change stamps are judged racy against

    def _rel(self, folder: str) -> str:
        rel = os.path.relpath(folder, self.root).replace(os.sep, "/")
        return "" if rel == "." else rel

    def _abs(self, rel: str) -> str:
        return os.path.join(self.root, rel) if rel else self.root

    def _included(self, name: str) -> bool:
        return self.discovery.included(name)

    def walk(self, top: str | None = None) -> Iterator[str]:
        """Every file under `top` (default: the root), as discovery finds them; folders recorded."""
        top = top or self.root
        for dirpath, dirnames, filenames in os.walk(top):
            current = Path(dirpath)
            # the same filters as Discovery._walk, which this mirrors to record the folders
            dirnames[:] = sorted(d for d in dirnames if not self.discovery._excluded(current / d, is_dir=True))
            try:
                self.changed_dirs[self._rel(dirpath)] = os.stat(dirpath).st_mtime_ns
            except OSError:
                continue
            for name in sorted(filenames):
                if self._included(name) and not self.discovery._excluded(current / name):
                    yield str(current / name)

    def stamps(self, rels: Iterable[str], suffix: str) -> dict[str, Stamp]:
        """`stamp` of each of `rels` (paths relative to the root) that can be stat-ed.

        A refresh stats every indexed file: here folder by folder, each name against an open
        descriptor of its folder rather than through its whole path (10,000 files: ~115 ms in
        `stamp` calls, ~60 ms so).
        """
        prefix = os.path.join(self.root, "")
        if os.stat not in os.supports_dir_fd:
            return {rel: found for rel in rels if (found := stamp(prefix + rel, suffix, self.names, self.now)) is not None}
        folders: dict[str, list[str]] = {}
        for rel in rels:
            folder, _, name = rel.rpartition("/")
            names = folders.get(folder)
            if names is None:
                folders[folder] = [name]
            else:
                names.append(name)
        found: dict[str, Stamp] = {}
        for folder, names in folders.items():
            here = self._abs(folder)
            lead = folder + "/" if folder else ""
            try:
                fd = os.open(here, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0) | getattr(os, "O_CLOEXEC", 0))
            except OSError:  # a folder that cannot be opened (gone, or listed but not readable)
                found.update((lead + name, st) for name in names
                             if (st := stamp(os.path.join(here, name), suffix, self.names, self.now)) is not None)
                continue
            try:
                listed = _listing(here, self.names)
                # most folders hold no sidecar at all: their files' names need no look
                sides = listed is None or os.sep in suffix or _any_ends_with(listed, suffix)
                for name in names:
                    try:
                        st = os.stat(name, dir_fd=fd)
                    except OSError:
                        continue
                    mtime, size, change = st.st_mtime_ns, st.st_size, change_stamp(st, self.now)
                    side = sidecar(name, suffix) if sides else None
                    if side is not None and _listed(os.path.join(here, side), self.names):
                        try:
                            side_st = os.stat(side, dir_fd=fd)
                            mtime, size = max(mtime, side_st.st_mtime_ns), size + side_st.st_size
                            change = _folded(change, side_st, self.now)
                        except OSError:
                            pass
                    found[lead + name] = mtime, size, change
            finally:
                os.close(fd)
        return found

    def files(self) -> Iterator[str]:
        """What the folders whose entries changed now hold (the indexed files: `stamps`)."""
        for rel, mtime in self.dirs.items():
            folder = self._abs(rel)
            try:
                now = os.stat(folder).st_mtime_ns
            except OSError:
                self.gone_dirs.append(rel)
                continue
            if now == mtime:
                continue
            self.changed_dirs[rel] = now
            try:
                entries = sorted(os.scandir(folder), key=lambda e: e.name)
            except OSError:
                continue
            for entry in entries:
                path = Path(entry.path)
                if entry.is_dir(follow_symlinks=False):
                    child = self._rel(entry.path)
                    if child not in self.dirs and not self.discovery._excluded(path, is_dir=True):
                        yield from self.walk(entry.path)
                elif self._included(entry.name) and not self.discovery._excluded(path):
                    yield entry.path


def _any_ends_with(names: frozenset[str], suffix: str) -> bool:
    """Whether a name ends with `suffix`: one search of the names joined (a name holds no NUL),
    not a Python loop over them (~0.3 ms per 1,000 names, every folder of every refresh)."""
    return bool(names) and (suffix + "\0") in ("\0".join(names) + "\0")


def sidecar(path: str, suffix: str) -> str | None:
    if path.lower().endswith((".txt", ".text")):
        return os.path.splitext(path)[0] + suffix
    return None


def stamp(path: str, suffix: str, names: dict[str, frozenset[str] | None] | None = None,
          now_ns: int | None = None) -> Stamp | None:
    """The file's (mtime, size, change stamp), its sidecar's folded in; None when it cannot be
    stat-ed. The change stamp (`files.change_stamp`, judged at `now_ns`) is None while the file or
    its sidecar is racy: the file is then hashed, whatever its mtime and size.

    `names` (folder -> the names it holds, filled here) lets a refresh list each folder once
    instead of stat-ing the sidecar of every .txt file, which most do not have.
    """
    try:
        st = os.stat(path)
    except OSError:
        return None
    now = time.time_ns() if now_ns is None else now_ns
    mtime, size, change = st.st_mtime_ns, st.st_size, change_stamp(st, now)
    side = sidecar(path, suffix)
    if side is not None and (names is None or _listed(side, names)):
        try:
            side_st = os.stat(side)
            mtime, size = max(mtime, side_st.st_mtime_ns), size + side_st.st_size
            change = _folded(change, side_st, now)
        except OSError:
            pass
    return mtime, size, change


def unchanged(stored: tuple[int, int, str | None], stamp: Stamp) -> bool:
    """Whether a file still has the stamp stored for it: the change stamps agree (neither racy);
    else it is read and hashed."""
    return stamp[2] is not None and stored == stamp


def _folded(change: str | None, side_st: os.stat_result, now: int) -> str | None:
    """A text file's change stamp with its sidecar's (None when either is racy)."""
    side = change_stamp(side_st, now)
    return None if change is None or side is None else f"{change}|{side}"


# where a name's case may differ from what the folder lists, a stat answers, not the listing
_EXACT_NAMES = sys.platform not in ("darwin", "win32", "cygwin")


def _listed(path: str, names: dict[str, frozenset[str] | None]) -> bool:
    """Whether `path` may exist, by its folder's listing (True when the folder cannot be listed)."""
    folder, name = os.path.split(path)
    listed = _listing(folder, names)
    return listed is None or name in listed


def _listing(folder: str, names: dict[str, frozenset[str] | None]) -> frozenset[str] | None:
    """What `folder` holds, listed once (None: it cannot be listed, or names may differ in case)."""
    if folder not in names:
        try:
            names[folder] = frozenset(os.listdir(folder)) if _EXACT_NAMES else None
        except OSError:
            names[folder] = None
    return names[folder]


def digest(path: str, suffix: str) -> bytes | None:
    """The file's hash with its sidecar's (None: unreadable or not a regular file, never read)."""
    return hash_regular(path, sidecar(path, suffix))
