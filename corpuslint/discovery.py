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
        self._gitignores: dict[Path, pathspec.GitIgnoreSpec | None] = {}

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
        relative = self._relative(path)
        probe = relative + "/" if is_dir else relative
        if self.exclude.match_file(probe) or self.exclude.match_file(path.name + ("/" if is_dir else "")):
            return True
        return self.config.respect_gitignore and self._gitignored(path, is_dir)

    def _relative(self, path: Path) -> str:
        try:
            return path.resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return path.as_posix()

    def _gitignored(self, path: Path, is_dir: bool) -> bool:
        absolute = path.resolve()
        for folder in absolute.parents:
            spec = self._gitignore(folder)
            if spec is not None:
                rel = absolute.relative_to(folder).as_posix() + ("/" if is_dir else "")
                if spec.match_file(rel):
                    return True
            if (folder / ".git").exists():
                break  # a repository's root: .gitignore files above it do not apply
        return False

    def _gitignore(self, folder: Path) -> pathspec.GitIgnoreSpec | None:
        if folder not in self._gitignores:
            spec = None
            ignore_file = folder / ".gitignore"
            if ignore_file.is_file():
                import pathspec

                try:
                    spec = pathspec.GitIgnoreSpec.from_lines(ignore_file.read_text(encoding="utf-8").splitlines())
                except (OSError, UnicodeDecodeError):
                    spec = None
            self._gitignores[folder] = spec
        return self._gitignores[folder]
