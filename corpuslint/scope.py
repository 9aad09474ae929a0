"""Which files of the indexed corpus a run checks: a partial run (pre-commit's staged files, one
file named) is checked against the index of the whole corpus, whose other files it does not report.

A finding that could stand on either of two documents (CL411/CL412: which of two copies is "the
duplicate") goes to the later one in path order in a full run; in a partial run it must go to
the checked one, else a staged copy that sorts before the committed original passes unreported.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable


class CheckedScope:
    """The checked files of a partial run, as the index stores their paths (relative to its root)."""

    def __init__(self, checked: Iterable[str]) -> None:
        self.checked = frozenset(checked)
        # what a result cache keys corpus findings computed in this scope with: they hold for
        # the same checked files only (a full run's key is "")
        self.key = hashlib.blake2b("\0".join(sorted(self.checked)).encode("utf-8", "surrogateescape"),
                                   digest_size=16).hexdigest()

    def holds(self, rel: str) -> bool:
        return rel in self.checked


def checked_scope(stored: Iterable[str], checked: Iterable[str]) -> CheckedScope | None:
    """The scope of a run that checks `checked` of the `stored` files (both as the index stores
    paths); None when it checks them all (a full run: every document is checked)."""
    checked = set(checked)
    if all(rel in checked for rel in stored):
        return None
    return CheckedScope(checked)


class Scoped:
    """A corpus index's partial-run scope: which of its files this run checks (`limit_to`) and
    whether an occurrence's file is one of them (`is_checked`, a CorpusView's option). The index
    gives its stored paths (`_stored_paths`) and how it stores a path (`_relative`)."""

    scope: CheckedScope | None = None  # the checked files of a partial run (None: a full run)

    def _stored_paths(self) -> Iterable[str]:
        raise NotImplementedError

    def _relative(self, path: str) -> str:
        raise NotImplementedError

    def limit_to(self, files: Iterable[str]) -> None:
        """The files this run checks: a part of the corpus, or all of it."""
        self.scope = checked_scope(self._stored_paths(), map(self._relative, files))
        # each path's answer, for this run: CL411/CL412 ask it of every occurrence they read (~4,800 per 10 MB
        # of a partial run, ~0.07 s of `_relative`'s abspath and relpath), of a few paths
        self._checked: dict[str, bool] = {}

    def is_checked(self, path: str) -> bool:
        """Whether this run checks the file at `path` (an occurrence's): a CorpusView's option."""
        if self.scope is None:
            return True
        checked = self._checked.get(path)
        if checked is None:
            checked = self._checked[path] = self.scope.holds(self._relative(path))
        return checked
