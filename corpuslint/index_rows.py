"""How the corpus index stores fingerprints in SQLite: the schema, the 64-bit key of a
(kind, key) pair, and the writer of one file's documents. `corpuslint.index` keeps the index up
to date and answers the corpus rules from these tables; `corpuslint.dist` keys its files with
the same `fp_key`.
"""

from __future__ import annotations

import sqlite3
from array import array
from bisect import bisect_left, bisect_right
from collections.abc import Iterable

from xxhash import xxh64_intdigest

from corpuslint.rule import Fingerprint, Row, rows

KEYS_WINDOW = 256  # records of a file whose keys one query reads (see `KeyReader`)
LONG_VALUE = 64  # longer values are kept beside the fingerprints, in `longv` (see SCHEMA)
MAX_ROWS_KEPT = 200_000  # repeated keys' rows kept during a run's check (see `RepeatedRows`)
MAX_LONG_KEPT = 20_000  # long values kept with them (~500 bytes each; see `RepeatedRows`)


def fp_key(kind: str, key: str) -> int:
    """One signed 64-bit integer for (kind, key): sqlite's native INTEGER, 8 bytes a row.

    xxHash64 (the `xxhash` package): keys are only compared for equality, and it is ~4x faster
    than blake2b here, where every line of every document is keyed (~300,000 keys per 10 MB).
    """
    value = xxh64_intdigest(f"{kind}\x00{key}".encode())
    return value - (1 << 64) if value >= 1 << 63 else value


SCHEMA = """
CREATE TABLE meta (name TEXT PRIMARY KEY, value TEXT NOT NULL);
CREATE TABLE files (
    id INTEGER PRIMARY KEY,
    path TEXT NOT NULL UNIQUE,      -- relative to the corpus root, '/'-separated
    mtime_ns INTEGER NOT NULL,
    size INTEGER NOT NULL,
    hash BLOB NOT NULL,             -- blake2b-128 of the file's bytes (and its metadata sidecar's)
    stamp TEXT                      -- files.change_stamp (ctime, inode, device...); NULL: hash it next time
);
CREATE TABLE docs (
    id INTEGER PRIMARY KEY,
    file INTEGER NOT NULL,
    record INTEGER,
    document TEXT NOT NULL
);
CREATE INDEX docs_file ON docs(file, record);
CREATE TABLE fps (
    key INTEGER NOT NULL,           -- fp_key(kind, key)
    doc INTEGER NOT NULL,
    line INTEGER NOT NULL,
    value TEXT,                     -- NULL: longer than LONG_VALUE, in `longv`
    PRIMARY KEY (key, doc)
) WITHOUT ROWID;
CREATE INDEX fps_doc ON fps(doc);
-- A document's long values (its MinHash signature, ~350 characters; its packed features, ~400),
-- in the order documents are written: inside `fps`, whose rows are in key order (random), they
-- made every insert touch more and fuller pages (~25% of the index's write time).
CREATE TABLE longv (
    doc INTEGER NOT NULL,
    key INTEGER NOT NULL,
    value TEXT NOT NULL,
    PRIMARY KEY (doc, key)
) WITHOUT ROWID;
CREATE TABLE dirs (path TEXT PRIMARY KEY, mtime_ns INTEGER NOT NULL) WITHOUT ROWID;
-- The refresh that last added or removed an occurrence of a key (see `generation`); a key not
-- here has not changed since the index was built (generation 0).
CREATE TABLE keygen (key INTEGER PRIMARY KEY, gen INTEGER NOT NULL);
"""

# a fingerprint's value, wherever it is kept (`p`: its row of fps)
VALUE = "COALESCE(p.value, (SELECT l.value FROM longv l WHERE l.doc = p.doc AND l.key = p.key))"


class Writer:
    """What one file's documents are written into (the `add` of an index)."""

    def __init__(self, conn: sqlite3.Connection, file_id: int, changing: int | None = None) -> None:
        self.conn = conn
        self.file_id = file_id
        self.changing = changing  # the refresh's generation, when it must record changed keys

    def add(self, path: str, document: str, record: int | None, fingerprints: Iterable[tuple[Fingerprint, int]]) -> None:
        self.add_rows(path, document, record, rows(fingerprints))

    def add_rows(self, path: str, document: str, record: int | None, found: Iterable[Row]) -> None:
        doc_id = self.conn.execute("INSERT INTO docs (file, record, document) VALUES (?, ?, ?)",
                                   (self.file_id, record, document)).lastrowid
        keyed = {}
        long = []
        for kind, key, value, line in found:
            key = fp_key(kind, key)
            if key not in keyed:
                if len(value) > LONG_VALUE:
                    long.append((doc_id, key, value))
                    value = None
                keyed[key] = (key, doc_id, line, value)
        self.conn.executemany("INSERT OR IGNORE INTO fps VALUES (?, ?, ?, ?)", keyed.values())
        if long:
            self.conn.executemany("INSERT OR IGNORE INTO longv VALUES (?, ?, ?)", long)
        if self.changing is not None:
            self.conn.executemany("INSERT OR REPLACE INTO keygen VALUES (?, ?)",
                                  [(key, self.changing) for key in keyed])


class KeyReader:
    """The keys one stored document carries (`read`), for a check's `prefetch_counts`. A file's
    records checked in order (this one follows the one asked before, a blank line or two between
    them) are read KEYS_WINDOW records at a time, in one query: one query per document was
    ~0.1 s per 10 MB of statement overhead alone. Out of order, a first document, a text file's
    (record None): one query for the document. A new reader forgets (the index changed)."""

    def __init__(self) -> None:
        self._window: tuple[int, int, int, dict[tuple[int, str], list[int]]] | None = None
        self._last: tuple[int, int] | None = None  # (file id, record) read last

    def read(self, conn: sqlite3.Connection, file_id: int, record: int | None, document: str) -> list[int]:
        last, self._last = self._last, (file_id, record) if record is not None else None
        window = self._window
        if record is not None:
            if window is not None and window[0] == file_id and window[1] <= record < window[2]:
                return window[3].get((record, document), [])
            if last is not None and last[0] == file_id and last[1] < record <= last[1] + 3:
                found: dict[tuple[int, str], list[int]] = {}
                for at, name, key in conn.execute(
                        "SELECT d.record, d.document, p.key FROM docs d JOIN fps p ON p.doc = d.id "
                        "WHERE d.file=? AND d.record >= ? AND d.record < ?", (file_id, record, record + KEYS_WINDOW)):
                    keys = found.get((at, name))
                    if keys is None:
                        found[(at, name)] = [key]
                    else:
                        keys.append(key)
                self._window = (file_id, record, record + KEYS_WINDOW, found)
                return found.get((record, document), [])
        return [key for (key,) in conn.execute(
            "SELECT p.key FROM docs d JOIN fps p ON p.doc = d.id WHERE d.file=? AND d.record IS ? AND d.document=?",
            (file_id, record, document))]


class RepeatedRows:
    """Every row of the keys two documents or more carry, read in one scan once a run's check
    has counted them (`SqliteIndex._read_repeated`), so that `occurrences` and `values` of such a
    key need no query: per 10 MB ~8,000 of them were asked one query each (the carriers of a
    paragraph, CL151; a near-duplicate band, CL412), ~0.3 s, and the scan costs ~0.1 s. Their
    answers are the queries': occurrences by (path, record, line), a NULL record first; values in
    their sorted order. The long values are kept too (`values` of a key one document carries: its
    features, its signature). Kept in columns, in key order (~100 bytes a row: the 64,522 rows of the
    10 MB benchmark, ~6 MB), and only when the repeated rows are at most `MAX_ROWS_KEPT`; None
    otherwise, and the index is asked key by key."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        paths = dict(conn.execute("SELECT id, path FROM files"))
        # a document's place: (path, its record as the queries order it, document, record)
        self._docs = {doc: (paths[file_id], -1 if record is None else record, document, record)
                      for doc, file_id, record, document in conn.execute("SELECT id, file, record, document FROM docs")}
        found = conn.execute(f"SELECT p.key, p.doc, p.line, {VALUE} FROM fps p WHERE p.key IN "
                             "(SELECT key FROM fps GROUP BY key HAVING COUNT(*) > 1) ORDER BY p.key")
        self._keys, self._doc, self._line, self._values = array("q"), array("q"), array("q"), []
        while chunk := found.fetchmany(4096):  # (all at once, the rows' tuples cost ~10 MB more)
            keys, docs, lines, values = zip(*chunk)
            self._keys.extend(keys)
            self._doc.extend(docs)
            self._line.extend(lines)
            self._values.extend(values)
        # the long values (a document's MinHash signature, its packed features), asked once each
        # (~6,700 per 10 MB: a document's own features, its carriers' signatures), ~0.15 s of queries
        long = conn.execute("SELECT COUNT(*) FROM longv").fetchone()[0] <= MAX_LONG_KEPT
        self._long: dict[int, str] = dict(conn.execute("SELECT key, value FROM longv")) if long else {}

    @staticmethod
    def read(conn: sqlite3.Connection, counts: dict[int, int]) -> RepeatedRows | None:
        return RepeatedRows(conn) if sum(counts.values()) <= MAX_ROWS_KEPT else None

    def _rows(self, key: int) -> range | None:
        start = bisect_left(self._keys, key)
        end = bisect_right(self._keys, key, start)
        return range(start, end) if end > start else None

    def occurrences(self, key: int, limit: int) -> list[tuple[str, str, int | None, int, str]] | None:
        """(path as stored, document, record, line, value) of the key's first `limit` carriers;
        None: not a repeated key."""
        rows = self._rows(key)
        if rows is None:
            return None
        docs, doc, line = self._docs, self._doc, self._line
        ordered = sorted(rows, key=lambda i: (*docs[doc[i]][:2], line[i], doc[i]))[:limit]
        return [(place[0], place[2], place[3], line[i], self._values[i]) for i in ordered for place in (docs[doc[i]],)]

    def values(self, key: int) -> dict[str, int] | None:
        """Each value of a repeated key and in how many documents it occurs, or of a key one document
        carries with a long value (None: neither)."""
        rows = self._rows(key)
        if rows is None:
            value = self._long.get(key)  # (a key no two documents carry: its one row)
            return None if value is None else {value: 1}
        counts: dict[str, int] = {}
        for i in rows:
            counts[self._values[i]] = counts.get(self._values[i], 0) + 1
        return dict(sorted(counts.items()))
