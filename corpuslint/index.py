"""The corpus index: fingerprints of every document, for corpus rules to count and locate.

`MemoryIndex` serves one run (the library API and small corpora). It holds fingerprints, never
texts: a document costs its fingerprints' keys and one `Occurrence` per distinct key.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable

from corpuslint.rule import Fingerprint, Occurrence


class MemoryIndex:
    """An in-memory `CorpusView`."""

    def __init__(self) -> None:
        self._docs: set[tuple[str, str]] = set()
        # (kind, key) -> document key -> occurrence (first in that document)
        self._where: dict[tuple[str, str], dict[tuple[str, str], Occurrence]] = defaultdict(dict)

    def add(self, path: str, document: str, record: int | None, fingerprints: Iterable[tuple[Fingerprint, int]]) -> None:
        """Add one document's fingerprints, each with the file line it stands on."""
        doc_key = (path, document)
        self._docs.add(doc_key)
        for fp, line in fingerprints:
            bucket = self._where[(fp.kind, fp.key)]
            if doc_key not in bucket:
                bucket[doc_key] = Occurrence(path=path, document=document, record=record, line=line, value=fp.value)

    # -- CorpusView ------------------------------------------------------------------------

    def document_count(self) -> int:
        return len(self._docs)

    def count(self, kind: str, key: str) -> int:
        return len(self._where.get((kind, key), ()))

    def occurrences(self, kind: str, key: str, limit: int = 5) -> list[Occurrence]:
        bucket = self._where.get((kind, key), {})
        return sorted(bucket.values(), key=lambda o: (o.path, o.record or 0, o.line))[:limit]

    def values(self, kind: str, key: str) -> dict[str, int]:
        counts: dict[str, int] = defaultdict(int)
        for occurrence in self._where.get((kind, key), {}).values():
            counts[occurrence.value] += 1
        return dict(counts)
