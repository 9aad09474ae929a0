"""How a run's check asks the persistent corpus index (the `CorpusView` side of `index.SqliteIndex`).

A check asks, for every key of every document, how many documents carry it, where and with which values:
one query a key was most of the corpus rules' time. So a document's keys are counted in bulk before its
rules ask (`prefetch_counts`), the keys two documents or more carry are counted in one scan once enough
documents were asked about (`warm_up`, `_repeated_counts`), and answers are kept for the run (`_keep`): the
index does not change while a run checks. Kept apart from `index`, which opens, keeps up to date and holds
the file: this mixin only reads, through the host's `conn`, `_relative` and `_shown`.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterable
from typing import Any

from corpuslint.index_rows import VALUE as _VALUE, KeyReader, RepeatedRows, fp_key
from corpuslint.rule import Occurrence

MAX_COUNTS_KEPT = 200_000  # key counts kept during a run's check (~20 MB at most; see `prefetch_counts`)
COUNT_BATCH = 500  # keys per counting query (sqlite allows 32,766 parameters)
BULK_COUNTS_AFTER = 256  # documents prefetched one by one before the repeated keys are counted at once
MAX_ANSWERS_KEPT = 10_000  # `values` and `occurrences` answers kept during a run's check (see `_keep`)
KEPT_ANSWER_CHARS = 128  # longer ones (a document's own features or signature) are asked once


class IndexReads:
    """The counting and locating a check asks of the index, kept in bulk for the run (see the module's docstring).
    The host (`SqliteIndex`) sets the state below in its `__init__` and clears it on `close` and `refresh`."""

    _doc_count: int | None
    _counts: dict[int, int]  # fp key -> documents carrying it (see `prefetch_counts`)
    _repeated: bool | dict[int, int]  # see `_repeated_counts`
    _prefetched: int
    _rows: RepeatedRows | None  # their rows (see `_read_repeated`)
    _answers: dict[tuple, Any]  # see `_keep`
    _rels: dict[str, str]  # a path as findings name it -> as the index stores it
    _file_ids: dict[str, int | None]  # the index's `files` id of a stored path (see `prefetch_counts`)
    _own: frozenset[int] | set[int]  # the keys of the document prefetched last
    _keys: KeyReader  # a document's keys, a file's next documents' read at once
    built: bool  # created in this run (see `warm_up`)

    @property
    def conn(self) -> sqlite3.Connection:
        raise NotImplementedError

    def _relative(self, path: str) -> str:
        raise NotImplementedError

    def _shown(self, rel: str) -> str:
        raise NotImplementedError

    def document_count(self) -> int:
        if self._doc_count is None:
            self._doc_count = self.conn.execute("SELECT COUNT(*) FROM docs").fetchone()[0]
        return self._doc_count

    def prefetch_counts(self, path: str, record: int | None, document: str) -> None:
        """Count every key of one document in bulk, before its corpus rules ask (`count`).

        One query per key was 60,000 queries per 2,000 documents, most of the corpus rules'
        time; here one query per document reads its keys (its file's id looked up once a run),
        and its keys not counted yet in this run are counted in bulk (the index does not change
        while a run checks; a refresh forgets the counts). Once the repeated keys' counts are at
        hand (`_repeated_counts`), the document's keys are only kept as a set: a key of its own
        that no other document carries counts 1 (`count`). A document the index does not hold
        is counted key by key.
        """
        conn, counts = self.conn, self._counts
        file_id = self._stored_file(path)
        if file_id is None:
            self._own = frozenset()
            return
        keys = self._keys.read(conn, file_id, record, document)
        repeated = self._repeated_counts()
        if repeated is not None:  # a key of this document is carried by it at least
            self._own = set(keys)
            return
        self._own = frozenset()
        missing = [key for key in keys if key not in counts]
        if len(counts) + len(missing) > MAX_COUNTS_KEPT:
            counts.clear()
        for i in range(0, len(missing), COUNT_BATCH):
            chunk = missing[i:i + COUNT_BATCH]
            counts.update(conn.execute(
                f"SELECT key, COUNT(*) FROM fps WHERE key IN ({','.join('?' * len(chunk))}) GROUP BY key", chunk))

    def warm_up(self, checked: Iterable[str]) -> None:
        """Before a check's workers are forked (`checked`: the files they will check): the repeated
        keys' counts read here, once, for all of them (each would read them itself after its first
        BULK_COUNTS_AFTER documents, counted key by key meanwhile), when that scan is due anyway:
        the index was built in this run, or the files hold BULK_COUNTS_AFTER documents or more.
        A few documents checked against a large stored index never scan it (see `_repeated_counts`)."""
        if self._repeated is False and (self.built or self._documents_in(checked, BULK_COUNTS_AFTER) >= BULK_COUNTS_AFTER):
            self._read_repeated()

    def _documents_in(self, paths: Iterable[str], enough: int) -> int:
        """How many stored documents the files hold (counting stops at `enough`); their file ids
        are kept for `prefetch_counts`."""
        total = 0
        for path in paths:
            if (file_id := self._stored_file(path)) is not None:
                total += self.conn.execute("SELECT COUNT(*) FROM docs WHERE file=?", (file_id,)).fetchone()[0]
                if total >= enough:
                    break
        return total

    def _stored_file(self, path: str) -> int | None:
        """The `files` id of a checked file (None: not stored), looked up once a run."""
        rel = self._rels.get(path)
        if rel is None:
            rel = self._rels[path] = self._relative(path)
        file_id = self._file_ids.get(rel, -1)
        if file_id == -1:
            row = self.conn.execute("SELECT id FROM files WHERE path=?", (rel,)).fetchone()
            file_id = self._file_ids[rel] = row[0] if row else None
        return file_id

    def _repeated_counts(self) -> dict[int, int] | None:
        """The counts of the keys two documents or more carry (`_read_repeated`), once
        BULK_COUNTS_AFTER documents were prefetched key by key (so one file checked against a
        large index never scans it); None before, or when more than MAX_COUNTS_KEPT keys repeat."""
        if self._repeated is False:
            self._prefetched += 1
            if self._prefetched >= BULK_COUNTS_AFTER:
                self._read_repeated()
        return self._repeated if isinstance(self._repeated, dict) else None

    def _read_repeated(self) -> None:
        """Read the repeated keys' counts in one scan of the index (~30 ms per 10 MB), and their rows."""
        found = self.conn.execute("SELECT key, COUNT(*) FROM fps GROUP BY key HAVING COUNT(*) > 1 LIMIT ?",
                                  (MAX_COUNTS_KEPT + 1,)).fetchall()
        self._repeated = dict(found) if len(found) <= MAX_COUNTS_KEPT else True
        self._rows = RepeatedRows.read(self.conn, self._repeated) if self._repeated is not True else None

    def count(self, kind: str, key: str) -> int:
        fp = fp_key(kind, key)
        found = self._counts.get(fp)
        if found is None and self._repeated.__class__ is dict:  # (see `prefetch_counts`)
            found = self._repeated.get(fp)
            if found is None and fp in self._own:
                return 1
        if found is None:
            found = self.conn.execute("SELECT COUNT(*) FROM fps WHERE key=?", (fp,)).fetchone()[0]
            if len(self._counts) < MAX_COUNTS_KEPT:
                self._counts[fp] = found
        return found

    def occurrences(self, kind: str, key: str, limit: int = 5) -> list[Occurrence]:
        question = ("occurrences", fp_key(kind, key), limit)
        found = self._answers.get(question)  # (see `_keep`)
        if found is None:
            rows = self._rows.occurrences(question[1], limit) if self._rows is not None else None
            if rows is None:  # (not a repeated key, or their rows not read)
                rows = self.conn.execute(
                    f"SELECT f.path, d.document, d.record, p.line, {_VALUE} FROM fps p JOIN docs d ON d.id = p.doc "
                    "JOIN files f ON f.id = d.file WHERE p.key=? ORDER BY f.path, d.record, p.line LIMIT ?",
                    question[1:]).fetchall()
            found = self._keep(question, [Occurrence(path=self._shown(path), document=document, record=record,
                                                     line=line, value=value)
                                          for path, document, record, line, value in rows])
        return list(found)

    def values(self, kind: str, key: str) -> dict[str, int]:
        question = ("values", fp_key(kind, key))
        found = self._answers.get(question)  # (see `_keep`)
        if found is None:
            found = self._rows.values(question[1]) if self._rows is not None else None
            if found is None:
                found = dict(self.conn.execute(
                    f"SELECT {_VALUE}, COUNT(*) FROM fps p WHERE p.key=? GROUP BY 1", question[1:]).fetchall())
            found = self._keep(question, found)
        return dict(found)

    def _keep(self, question: tuple, answer: Any) -> Any:
        """Keep an answer for the rest of the run's check (the index does not change while a run
        checks; a refresh forgets them; callers get copies): many documents ask about the same key,
        at 40-60 µs a query (or a sort of the repeated key's rows, `RepeatedRows`). An
        answer with long values is not kept: its key is a document's own (its features, its MinHash
        signature: ~400 characters, asked once), and kept they cost 6 MB per 10 MB."""
        values = answer if isinstance(answer, dict) else [o.value for o in answer]
        if sum(map(len, values)) > KEPT_ANSWER_CHARS:
            return answer
        if len(self._answers) >= MAX_ANSWERS_KEPT:
            self._answers.clear()
        self._answers[question] = answer
        return answer
