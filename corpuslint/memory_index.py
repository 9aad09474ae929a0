"""The in-memory corpus index: one run's `CorpusView` over the documents at hand (the library
API, `--no-index`); corpuslint.index holds the persistent one and says what both store."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Sequence

from corpuslint.rule import Fingerprint, Occurrence, Row, rows


class MemoryIndex:
    """An in-memory `CorpusView`."""
    answers_any_key = True  # a key no document carries counts 0 (a view of routed keys raises: dist)

    def __init__(self) -> None:
        # Each `add` is one document, as each is one `docs` row of the persistent index: keyed by
        # (path, id) instead, two JSONL records with the same text and `id`, or two API documents
        # of one path, were one document, and their duplicate went unreported.
        self._docs = 0
        # (kind, key) -> document number -> (path, document, record, line, value) of its first
        # occurrence there: plain tuples, made `Occurrence`s only when asked (~180,000 rows per
        # 10 MB, most never asked for their places)
        self._where: dict[tuple[str, str], dict[int, tuple]] = defaultdict(dict)

    def add(self, path: str, document: str, record: int | None, fingerprints: Iterable[tuple[Fingerprint, int]]) -> None:
        """Add one document's fingerprints, each with the file line it stands on."""
        self.add_rows(path, document, record, rows(fingerprints))

    def add_rows(self, path: str, document: str, record: int | None, found: Iterable[Row]) -> None:
        """`add` with the fingerprints as `rows`."""
        doc_key = self._docs
        self._docs += 1
        for kind, key, value, line in found:
            bucket = self._where[(kind, key)]
            if doc_key not in bucket:
                bucket[doc_key] = (path, document, record, line, value)

    # -- CorpusView ------------------------------------------------------------------------

    def document_count(self) -> int:
        return self._docs

    def count(self, kind: str, key: str) -> int:
        return len(self._where.get((kind, key), ()))

    def occurrences(self, kind: str, key: str, limit: int = 5) -> list[Occurrence]:
        bucket = self._where.get((kind, key), {})
        return [Occurrence(*row) for row in sorted(bucket.values(), key=lambda o: (o[0], o[2] or 0, o[3]))[:limit]]

    def values(self, kind: str, key: str) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for row in self._where.get((kind, key), {}).values():
            counts[row[4]] += 1
        return dict(counts)

    def warm_up(self, checked: Sequence[str]) -> None:
        """Nothing to read before workers are forked: they inherit the whole index."""
