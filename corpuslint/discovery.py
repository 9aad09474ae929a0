"""Finding the files to check: include/exclude globs and `.gitignore`, as ruff does.

A file named on the command line is always checked (unless `force-exclude`), whatever its
extension; a directory is walked, keeping files whose name matches `include` and skipping what
`exclude`, `extend-exclude` and the `.gitignore` files on the way rule out.
"""

from __future__ import annotations

import fnmatch
import os
from collections.abc import Iterator
from functools import cached_property
from pathlib import Path
from typing import TYPE_CHECKING

from corpuslint.config import Config

if TYPE_CHECKING:
    import pathspec


class Discovery:
    def __init__(self, config: Config) -> None:
        self.config = config
        self.root = config.root
        self.include = [p for p in config.include]
        self._gitignores: dict[str, pathspec.GitIgnoreSpec | None] = {}
        self._chains: dict[str, list[tuple[str, pathspec.GitIgnoreSpec]]] = {}
        self._resolved: dict[str, str] = {}  # folder -> its real path

    @cached_property
    def exclude(self) -> pathspec.GitIgnoreSpec:
        # pathspec is imported when a folder is walked or an exclude tested: files named on the
        # command line (pre-commit's way) do not need it, and its import costs ~10 ms
        import pathspec

        return pathspec.GitIgnoreSpec.from_lines([*self.config.exclude, *self.config.extend_exclude])

    def files(self, paths: list[str]) -> Iterator[str]:
        """Each file to check once, in a stable order (sorted within each directory)."""
        seen: set[str] = set()
        for raw in paths:
            path = Path(raw)
            if path.is_dir():
                found = self._walk(path)
            else:
                found = iter([raw]) if not (self.config.force_exclude and self._excluded(path)) else iter(())
            for item in found:
                key = os.path.normpath(item)
                if key not in seen:
                    seen.add(key)
                    yield item

    def _walk(self, top: Path) -> Iterator[str]:
        for dirpath, dirnames, filenames in os.walk(top):
            current = Path(dirpath)
            dirnames[:] = sorted(d for d in dirnames if not self._excluded(current / d, is_dir=True))
            for name in sorted(filenames):
                path = current / name
                if not any(fnmatch.fnmatch(name, pattern) for pattern in self.include):
                    continue
                if self._excluded(path):
                    continue
                yield str(path)

    def _excluded(self, path: Path, is_dir: bool = False) -> bool:
        absolute = self._absolute(path)
        relative = self._relative(path, absolute)
        probe = relative + "/" if is_dir else relative
        if self.exclude.match_file(probe) or self.exclude.match_file(path.name + ("/" if is_dir else "")):
            return True
        return self.config.respect_gitignore and self._gitignored(absolute, is_dir)

    # Paths are resolved a folder at a time (a file is its resolved folder plus its name): resolving
    # every file of a 41,000-file corpus took ~2.5 s, all of it before the workers started.

    def _absolute(self, path: Path) -> str:
        folder, name = os.path.split(os.path.abspath(path))
        resolved = self._resolved.get(folder)
        if resolved is None:
            resolved = self._resolved[folder] = os.path.realpath(folder)
        return os.path.join(resolved, name)

    @cached_property
    def _root(self) -> str:
        return os.path.realpath(self.root)

    def _relative(self, path: Path, absolute: str) -> str:
        root = self._root
        if absolute == root:
            return "."
        prefix = root if root.endswith(os.sep) else root + os.sep
        if absolute.startswith(prefix):
            return absolute[len(prefix):].replace(os.sep, "/")
        return path.as_posix()

    def _gitignored(self, absolute: str, is_dir: bool) -> bool:
        for folder, spec in self._ignore_chain(os.path.dirname(absolute)):
            prefix = folder if folder.endswith(os.sep) else folder + os.sep
            rel = absolute[len(prefix):].replace(os.sep, "/") + ("/" if is_dir else "")
            if spec.match_file(rel):
                return True
        return False

    def _ignore_chain(self, folder: str) -> list[tuple[str, pathspec.GitIgnoreSpec]]:
        """The `.gitignore` files that apply in `folder`: its own, then its parents' up to the
        repository's root (the folder holding `.git`; those above it do not apply)."""
        chain = self._chains.get(folder)
        if chain is None:
            spec = self._gitignore(folder)
            chain = [(folder, spec)] if spec is not None else []
            parent = os.path.dirname(folder)
            if parent != folder and not os.path.exists(os.path.join(folder, ".git")):
                chain = chain + self._ignore_chain(parent)
            self._chains[folder] = chain
        return chain

    def _gitignore(self, folder: str) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._gitignores:
            spec = None
            ignore_file = os.path.join(folder, ".gitignore")
            if os.path.isfile(ignore_file):
                import pathspec

                try:
                    with open(ignore_file, encoding="utf-8") as handle:
                        spec = pathspec.GitIgnoreSpec.from_lines(handle.read().splitlines())
                except (OSError, UnicodeDecodeError):
                    spec = None
            self._gitignores[folder] = spec
        return self._gitignores[folder]
