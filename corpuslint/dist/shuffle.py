"""The files between the corpus job's stages, and the streaming merge that reduces them.

Stage 1 writes, per task and bucket, the documents' fingerprints sorted by key (parquet); a
bucket's reducer merges its tasks' files with a heap (`heapq.merge` over row batches), so a key
carried by ten million documents costs memory for one batch per task, and gathers per key what
the corpus rules ask of an index: how many documents carry it, the first `OCCURRENCE_LIMIT`
occurrences in the index's order (path, record, line), and value counts for the kinds a rule
declared (`CorpusRule.value_kinds`). Nothing here knows datatrove; files are opened through
whatever `open` the caller hands over (a datatrove DataFolder's, for remote storage).
"""

from __future__ import annotations

import heapq
import itertools
import json
from array import array
from bisect import bisect_left, bisect_right
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from typing import IO, Any

import orjson
import pyarrow as pa
import pyarrow.compute as pc
import pyarrow.parquet as pq

from corpuslint.index import fp_key
from corpuslint.rule import Occurrence

OCCURRENCE_LIMIT = 50  # occurrences kept per key: the most any built-in rule asks for (CL411)
BATCH_ROWS = 8192  # rows read at a time from each task's file while merging

FINGERPRINTS = pa.schema([
    ("kind", pa.string()), ("key", pa.string()),
    ("path", pa.string()), ("document", pa.string()), ("record", pa.int64()), ("line", pa.int64()),
    ("value", pa.string()),
    ("request", pa.bool_()),  # a lookup the task's documents will ask (no occurrence)
    # the document's number in the task's reading order (1, 2...; 0: a request): the check stage
    # takes its own fingerprints into reading order by it (sorting the strings cost 0.1 s at 8,000)
    ("seq", pa.int32()),
])
MERGED = FINGERPRINTS.names[:8]  # the columns the merges read (not `seq`)
ANSWERS = pa.schema([
    ("kind", pa.string()), ("key", pa.string()), ("count", pa.int64()),
    ("occurrences", pa.string()),  # JSON: [[path, document, record, line, value], ...]
    ("values", pa.string()),  # JSON object, or "" when the kind keeps no value counts
])
REQUESTS = pa.schema([("kind", pa.string()), ("key", pa.string()), ("task", pa.int32())])

Opener = Callable[[str, str], IO[bytes]]


def bucket_of(kind: str, key: str, buckets: int) -> int:
    """The bucket of a key: the index's own 64-bit hash of it, so every task agrees (with one
    bucket, no hash: stage 1 asks this of every fingerprint)."""
    return fp_key(kind, key) % buckets if buckets > 1 else 0


def order(row: tuple) -> tuple:
    """Rows of one key in the index's order: path, record (none first), line, document."""
    record = row[4]
    return (not row[7], row[2], -1 if record is None else record, row[5], row[3])


def write_rows(opener: Opener, name: str, rows: list[tuple], schema: pa.Schema = FINGERPRINTS, *,
               sort: bool = False) -> int:
    """Write rows (tuples in the schema's column order) to one parquet file; return its bytes.

    `sort` (fingerprint rows only): in the merge's order (`order`), sorted by Arrow rather than
    by Python (a third of stage 1's time after the fingerprints themselves)."""
    columns = list(zip(*rows)) if rows else [[] for _ in schema]
    table = pa.Table.from_arrays([pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema)
    return write_table(opener, name, table, sort=sort)


def write_table(opener: Opener, name: str, table: pa.Table, *, sort: bool = False) -> int:
    """Write a table in the schema of `write_rows` to one parquet file; return its bytes (`sort`:
    as `write_rows`')."""
    if sort:
        # = sorted(rows, key=lambda row: (row[0], row[1], order(row))): a request first, a record
        # of None as -1, strings as UTF-8 bytes (which sort in code point order, as Python's do)
        keys = table.set_column(4, "record", pc.fill_null(table.column("record"), -1))
        table = table.take(pc.sort_indices(keys, sort_keys=[
            ("kind", "ascending"), ("key", "ascending"), ("request", "descending"), ("path", "ascending"),
            ("record", "ascending"), ("line", "ascending"), ("document", "ascending")]))
    with opener(name, "wb") as handle:
        pq.write_table(table, handle, compression="zstd")
        return handle.tell() if hasattr(handle, "tell") else 0


def write_merged(opener: Opener, name: str, runs: list[Iterator[tuple]], schema: pa.Schema = FINGERPRINTS) -> int:
    """Merge sorted runs of fingerprint rows (an external sort's) into one parquet file, a row
    group of `BATCH_ROWS` at a time; return its bytes."""
    rows = heapq.merge(*runs, key=lambda row: (row[0], row[1], order(row)))
    with opener(name, "wb") as handle:
        with pq.ParquetWriter(handle, schema, compression="zstd") as writer:
            while batch := list(itertools.islice(rows, BATCH_ROWS)):
                columns = list(zip(*batch))
                writer.write_table(pa.Table.from_arrays(
                    [pa.array(col, type=f.type) for col, f in zip(columns, schema)], schema=schema))
        return handle.tell() if hasattr(handle, "tell") else 0


def read_rows(opener: Opener, name: str, kinds: Iterable[str] | None = None,
              columns: list[str] | None = None) -> Iterator[tuple]:
    """The rows of one parquet file, a batch at a time (`kinds`: only the rows of these kinds;
    `columns`: only these columns, the first of them the kind when `kinds` is given)."""
    wanted = pa.array(sorted(kinds), type=pa.string()) if kinds is not None else None
    with opener(name, "rb") as handle:
        for batch in pq.ParquetFile(handle).iter_batches(batch_size=BATCH_ROWS, columns=columns):
            if wanted is not None:
                batch = batch.filter(pc.is_in(batch.column(0), value_set=wanted))
            yield from zip(*(batch.column(i).to_pylist() for i in range(batch.num_columns)))


@dataclass(slots=True)
class Answer:
    """What the index knows of one key, and who asked."""

    kind: str
    key: str
    count: int = 0
    occurrences: list[Occurrence] = field(default_factory=list)
    values: dict[str, int] | None = None
    carriers: set[int] = field(default_factory=set)  # tasks whose documents carry the key
    askers: set[int] = field(default_factory=set)  # tasks whose documents asked for it (lookups)

    def materialize(self) -> Answer:
        """Occurrences as `Occurrence`s: the merge keeps plain tuples, since most keys (one
        document's own) are dropped before anyone reads them."""
        self.occurrences = [o if isinstance(o, Occurrence) else Occurrence(*o) for o in self.occurrences]
        return self

    def row(self) -> tuple:
        # a value that is the key's only one (a document's signature) is written once, in `values`
        only = next(iter(self.values)) if self.values is not None and len(self.values) == 1 else None
        occs = _dumps([[o[0], o[1], o[2], o[3], None if o[4] == only else o[4]] if type(o) is tuple else
                       [o.path, o.document, o.record, o.line, None if o.value == only else o.value]
                       for o in self.occurrences])  # as the merge keeps them (see `materialize`), or not
        values = _dumps(plain_values(self)) if self.values is not None else ""
        return (self.kind, self.key, self.count, occs, values)

    @staticmethod
    def values_of_row(row: tuple) -> dict[str, int] | None:
        """The value counts of a row alone (None: the kind keeps none), its occurrences left
        encoded: a carrier's signature is asked for its value only, never where it occurs."""
        return orjson.loads(row[4]) if row[4] else None

    @classmethod
    def from_row(cls, row: tuple) -> Answer:
        kind, key, count, occs, values = row
        values = orjson.loads(values) if values else None
        only = next(iter(values)) if values is not None and len(values) == 1 else None
        return cls(kind, key, count, [Occurrence(*o) if o[4] is not None else Occurrence(o[0], o[1], o[2], o[3], only)
                                      for o in orjson.loads(occs)], values)


def _dumps(value: Any) -> str:
    """Compact JSON (orjson: the answers' occurrences were a fifth of the reduce stage with `json`);
    `json` for what orjson refuses (a path with a lone surrogate from an undecodable file name)."""
    try:
        return orjson.dumps(value).decode()
    except TypeError:
        return json.dumps(value, ensure_ascii=False, separators=(",", ":"))


def merged(sources: list[Iterator[tuple]]) -> Iterator[tuple[int, tuple]]:
    """(source, row) of every source, merged in (kind, key, order) order; sources are per task and sorted."""
    if len(sources) == 1:
        return zip(itertools.repeat(0), sources[0])  # (no Python frame per row: a reducer's rows are millions)

    def tagged(index: int, rows: Iterator[tuple]) -> Iterator[tuple[tuple, int, tuple]]:
        for row in rows:
            yield (row[0], row[1], order(row)), index, row

    return ((index, row) for _sort, index, row in heapq.merge(*(tagged(i, s) for i, s in enumerate(sources)),
                                                             key=lambda item: item[0]))


def answers(sources: list[Iterator[tuple]], value_kinds: frozenset[str], tasks: list[int], *,
            singles: bool = True, wanted: set[tuple[str, str]] | None = None) -> Iterator[Answer]:
    """One `Answer` per key of the merged sources (`tasks[i]` is the task of `sources[i]`).

    `singles=False`: not the keys that one document carries and no task asked about (most keys;
    no `Answer` is built for them). `wanted`: only these keys. A key's rows stream through: a key
    in ten million documents holds `OCCURRENCE_LIMIT` occurrences, never its rows."""
    current: Answer | None = None
    pending: tuple[int, tuple] | None = None  # a key's first row, until the next row shows it is not alone
    for item in merged(sources):
        row = item[1]
        kind, key = row[0], row[1]
        if pending is not None:
            head = pending[1]
            if head[1] == key and head[0] == kind:
                current = _opened(pending, value_kinds, tasks)
                pending = None
                _add(current, tasks[item[0]], row)
                continue
            if singles or head[7]:
                yield _opened(pending, value_kinds, tasks)
            pending = None
        elif current is not None:
            if current.key == key and current.kind == kind:
                _add(current, tasks[item[0]], row)
                continue
            yield current
            current = None
        if wanted is None or (kind, key) in wanted:
            pending = item
    if pending is not None and (singles or pending[1][7]):
        yield _opened(pending, value_kinds, tasks)
    elif current is not None:
        yield current


def _opened(first: tuple[int, tuple], value_kinds: frozenset[str], tasks: list[int]) -> Answer:
    row = first[1]
    answer = Answer(row[0], row[1], values=Counter() if row[0] in value_kinds else None)
    _add(answer, tasks[first[0]], row)
    return answer


def _add(answer: Answer, task: int, row: tuple) -> None:
    if row[7]:  # a request
        answer.askers.add(task)
        return
    answer.count += 1
    answer.carriers.add(task)
    if len(answer.occurrences) < OCCURRENCE_LIMIT:
        answer.occurrences.append(row[2:7])  # (path, document, record, line, value): see Answer.materialize
    if answer.values is not None:
        answer.values[row[6]] += 1


class RoutedWriter:
    """The answers of one bucket, one parquet file per task they go to, written as they come: a
    task's rows are flushed as a row group every `FLUSH_ROWS`, so a reducer holds at most that
    many rows per task, whatever the bucket's size."""

    FLUSH_ROWS = 4096

    def __init__(self, opener: Opener, name: Callable[[int], str]) -> None:
        self.opener = opener
        self.name = name
        self.pending: dict[int, list[tuple]] = {}
        self.open: dict[int, tuple[Any, Any]] = {}  # task -> (file, ParquetWriter)
        self.bytes = 0

    def add(self, task: int, row: tuple) -> None:
        rows = self.pending.setdefault(task, [])
        rows.append(row)
        if len(rows) >= self.FLUSH_ROWS:
            self._flush(task)

    def _flush(self, task: int) -> None:
        rows = self.pending.pop(task, [])
        if not rows:
            return
        if task not in self.open:
            handle = self.opener(self.name(task), "wb")
            self.open[task] = (handle, pq.ParquetWriter(handle, ANSWERS, compression="zstd"))
        columns = list(zip(*rows))
        self.open[task][1].write_table(pa.Table.from_arrays(
            [pa.array(col, type=f.type) for col, f in zip(columns, ANSWERS)], schema=ANSWERS))

    def close(self) -> int:
        for task in list(self.pending):
            self._flush(task)
        for handle, writer in self.open.values():
            writer.close()
            self.bytes += handle.tell() if hasattr(handle, "tell") else 0
            handle.close()
        return self.bytes


class OwnFingerprints:
    """One task's fingerprints as stage 1 wrote them (its file in every bucket), by document.

    The check stage reads the documents stage 1 read; what a rule asks about a key that only the
    document being checked carries (not routed: count 1) is answered from here, so the check stage
    does not compute every document's fingerprints again (that was a third of its time). Kept in
    Arrow columns, grouped by document; a document's rows become Python objects when it is checked.
    """

    COLUMNS = ("kind", "key", "path", "document", "record", "line", "value", "seq")
    BLOCK_ROWS = 4096  # rows converted to Python objects at a time

    def __init__(self, opener: Opener, names: list[str]) -> None:
        tables = []
        for name in names:
            with opener(name, "rb") as handle:
                table = pq.read_table(handle, columns=list(self.COLUMNS))
            tables.append(table.filter(pc.not_equal(table.column("seq"), 0)))  # not the requests
        table = pa.concat_tables(tables) if tables else pa.table(
            {c: pa.array([], type=FINGERPRINTS.field(c).type) for c in self.COLUMNS})
        # in the order the check stage reads the documents (stage 1's `seq`, an integer: sorting
        # by path, record and document strings cost ~0.1 s at 8,000 documents): `of` converts
        # the rows to Python a block at a time, ahead of the documents that ask for them
        seq = table.column("seq").combine_chunks()
        at = pc.sort_indices(seq)
        runs = pc.run_end_encode(seq.take(at))
        ends = runs.run_ends.to_pylist()
        starts = [0, *ends[:-1]] if ends else []
        # a document's place, from its first row (each row carries it: one value a document here)
        self._places = tuple(table.column(c).take(at.take(pa.array(starts, type=pa.int64()))).to_pylist()
                             for c in ("path", "document", "record"))
        self.ranges: dict[str, tuple[int, int]] = {
            f"{path}\x00{'' if record is None else record}\x00{document}": (start, end)
            for path, document, record, start, end in zip(*self._places, starts, ends)}
        self._starts = starts  # the document of a row: see `find`
        # one contiguous array per column: a document's rows are then a zero-copy slice of each
        # (slicing the table and its chunked columns cost 4x as much per document)
        self.columns = tuple(table.column(c).take(at).combine_chunks() for c in ("kind", "key", "line", "value"))
        self._by_key: tuple[array, array] | None = None  # (sorted key hashes, their rows): see `find`
        self._block: tuple[int, int, tuple[list, ...]] = (0, 0, ((), (), (), ()))  # rows as Python: see `of`

    def find(self, kind: str, key: str) -> Occurrence | None:
        """The occurrence of (kind, key) in any document of the task (its first), or None.

        The resolve stage does not send a task the answer for a key its own documents carry (a
        carrier's signature, mostly: half the follow-up answers): carried by two documents or
        more, the reduce routed it to every carrier task already; by one, that document is here
        and the count is 1. Looked up by the key's 64-bit hash in two compact sorted arrays
        (16 bytes a row, built on the first call), then checked against the row."""
        if self._by_key is None:
            self._by_key = self._key_index()
        hashes, rows = self._by_key
        wanted = fp_key(kind, key)
        kinds, keys = self.columns[0], self.columns[1]
        at = bisect_left(hashes, wanted)
        while at < len(hashes) and hashes[at] == wanted:
            row = rows[at]
            if keys[row].as_py() == key and kinds[row].as_py() == kind:
                place = bisect_right(self._starts, row) - 1
                path, document, record = (column[place] for column in self._places)
                return Occurrence(path, document, record, self.columns[2][row].as_py(), self.columns[3][row].as_py())
            at += 1
        return None

    def _key_index(self) -> tuple[array, array]:
        hashes = [fp_key(kind, key) for kind, key in zip(self.columns[0].to_pylist(), self.columns[1].to_pylist())]
        order = sorted(range(len(hashes)), key=hashes.__getitem__)  # stable: a key's first row first
        return array("q", [hashes[i] for i in order]), array("q", order)

    def of(self, path: str, record: int | None, document: str) -> OwnRows:
        """The document's fingerprints (none: it had none)."""
        where = self.ranges.get(f"{path}\x00{'' if record is None else record}\x00{document}")
        if where is None:
            return OwnRows(path, document, record, [], [], [], [])
        start, end = where
        first, last, block = self._block
        if not first <= start <= end <= last:  # the next block (converting each document's rows was 7% of the stage)
            first, last = start, max(end, min(start + self.BLOCK_ROWS, len(self.columns[0])))
            block = tuple(column[first:last].to_pylist() for column in self.columns)
            self._block = (first, last, block)
        start, end = start - first, end - first
        return OwnRows(path, document, record, *(column[start:end] for column in block))


class OwnRows:
    """One document's fingerprints as a mapping (kind, key) -> `Occurrence`, built on demand: the
    check asks most of them only whether they are the document's."""

    __slots__ = ("path", "document", "record", "lines", "values", "index")

    def __init__(self, path: str, document: str, record: int | None, kinds: list[str], keys: list[str],
                 lines: list[int], values: list[str]) -> None:
        self.path, self.document, self.record, self.lines, self.values = path, document, record, lines, values
        self.index = dict(zip(zip(kinds, keys), range(len(keys))))

    def __contains__(self, kind_key: tuple[str, str]) -> bool:
        return kind_key in self.index

    def get(self, kind_key: tuple[str, str]) -> Occurrence | None:
        i = self.index.get(kind_key)
        return None if i is None else Occurrence(self.path, self.document, self.record, self.lines[i], self.values[i])

    def keys_of(self, *kinds: str) -> tuple[list[str], ...]:
        """The document's keys of each kind, sorted: a list for each, in one pass."""
        found: dict[str, list[str]] = {kind: [] for kind in kinds}
        for k, key in self.index:
            if k in found:
                found[k].append(key)
        return tuple(sorted(found[kind]) for kind in kinds)

    def value_of(self, kind_key: tuple[str, str]) -> str | None:
        """The value of one of the document's keys (None: not the document's)."""
        i = self.index.get(kind_key)
        return None if i is None else self.values[i]


def plain_values(answer: Answer) -> dict[str, int]:
    """Value counts as the SQLite index gives them: ordered by value."""
    return dict(sorted(answer.values.items())) if answer.values is not None else {}


def read_table(opener: Opener, name: str) -> list[dict[str, Any]]:
    with opener(name, "rb") as handle:
        return pq.read_table(handle).to_pylist()
