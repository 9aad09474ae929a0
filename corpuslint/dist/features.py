"""A document's corpus features (`checks.corpus_features.features`), from stage 1 to stage 4.

The corpus rules CL151/CL410/CL411/CL412 share one computation per document: its paragraphs and
lines with their normalised keys, its text hash, its MinHash signature. The CLI computes it once
(the collect phase keeps it for the check); the job computed it in stage 1 and again in stage 4,
~10% of the check stage. Stage 1 now writes what stage 4 cannot read elsewhere, compactly
(`features/{task}.parquet`, ~61 bytes a document): per unit its place (offset, length), words
and flags, and which of the document's own unit keys it has (an index into them: the keys
themselves, the text hash and the signature are in the task's fingerprint files, which stage 4
reads anyway). Stage 4 rebuilds the `Features` from both and hands it to the rules the way
`features()` hands a document's to the rules after the first (its cache of the last document).

Nothing here changes what the rules find: a document is matched by path, record and length, in
the order stage 1 read them; a document stage 1 shipped nothing for, or that does not match, or
a `corpus_features` whose data classes have other fields than these, is computed as before.
"""

from __future__ import annotations

import dataclasses
import json
import sys
from collections.abc import Iterator
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

# The rule families are plugins, which nothing here imports (pyproject.toml's contracts): this is
# the module of the built-in corpus rules' features, used when the plugins loaded it (a linter
# was built) and its data classes are the ones rebuilt here (`supported`).
FEATURES_MODULE = "corpuslint.checks.corpus_features"
BIOS_MODULE = "corpuslint.checks.bios.biography"  # CL410's `BioEvidence`, when CL410 is loaded


def _features_module() -> Any:
    return sys.modules.get(FEATURES_MODULE)


_BIO_FIELDS = ("score", "cues", "name", "words")


_BIO_CLASS: list = []  # (the module, its class or None): looked up once per loaded module


def _bio_class() -> Any:
    """CL410's `BioEvidence`, if the bios rules are loaded and it has the fields shipped here
    (else no bio is shipped, and stage 4 looks for them again as before)."""
    module = sys.modules.get(BIOS_MODULE)
    if not _BIO_CLASS or _BIO_CLASS[0] is not module:
        cls = getattr(module, "BioEvidence", None)
        try:
            fits = tuple(f.name for f in dataclasses.fields(cls)) == _BIO_FIELDS
        except TypeError:
            fits = False
        _BIO_CLASS[:] = [module, cls if fits else None]
    return _BIO_CLASS[1]


# the fields rebuilt here; another set (corpus_features changed) turns the shipping off
_UNIT_FIELDS = ("start", "end", "key", "words", "edge", "line", "sentence", "tail", "number", "symbols", "bio",
                "bio_done", "words_bio", "profile", "profile_done")  # (words_bio, profile: caches, found again on demand)
_FEATURE_FIELDS = ("text", "units", "text_hash", "words", "site", "bands", "normalized", "_signed", "_signed_value",
                   "names_language", "prose")  # (names_language: left True, its default: the guess is made as before; prose: a cache)
K_UNIT = "u"  # the kind of a unit's key in the index (corpus_features.K_UNIT, checked by `supported`)


def supported() -> bool:
    """Whether features can be shipped: the built-in corpus rules are loaded, their features are
    what this module knows how to rebuild, and `features()` keeps the last document's."""
    cf = _features_module()
    try:
        return (tuple(f.name for f in dataclasses.fields(cf.CorpusUnit)) == _UNIT_FIELDS
                and tuple(f.name for f in dataclasses.fields(cf.Features)) == _FEATURE_FIELDS
                and cf.K_UNIT == K_UNIT and len(cf.FLAG_BITS) == 64
                and all(callable(getattr(cf, name)) for name in (
                    "site_of", "signature_from_value", "unit_flags", "unit_of", "last_features", "remember_features")))
    except (AttributeError, TypeError):
        return False


SCHEMA = pa.schema([
    ("path", pa.string()), ("record", pa.int64()), ("length", pa.int64()), ("words", pa.int64()),
    ("refs", pa.list_(pa.int32())),  # per unit: its key's index in the document's sorted unit keys
    ("starts", pa.list_(pa.int32())),  # per unit: its offset minus the end of the unit before
    ("lengths", pa.list_(pa.int32())), ("unit_words", pa.list_(pa.int32())),
    ("flags", pa.list_(pa.int8())),  # per unit: `corpus_features.unit_flags`
    # the bios CL410 looked for while fingerprinting (the last lines of the document): JSON
    # [[unit, null or [score, cues, name, words]], ...], "" for none; stage 4 looked again (~0.3 s per 8,000 documents)
    ("bios", pa.string()),
    # the document's site (`pagesite.site_of`; "" for none; null: not shipped, found again): the
    # check stage asked for it again for every document (~0.1 CPU s per 2,000 documents)
    ("site", pa.string()),
])


class FeatureWriter:
    """Stage 1: each document's features after the rules fingerprinted it, a row group at a time."""

    FLUSH_ROWS = 4096

    def __init__(self, opener: Any, name: str) -> None:
        self.opener, self.name = opener, name
        self.rows: list[tuple] = []
        self.handle = self.writer = None
        self.bytes = 0

    def add(self, seen: Any, unit_keys: set[str]) -> None:
        """`seen`: the document as the rules saw it; `unit_keys`: the unit keys it added to the
        index. Shipped only when they are exactly its features' units' (then stage 4 has them)."""
        cf = _features_module()
        f = cf.last_features(seen)
        if f is None:
            return  # no rule computed the features of this document: nothing to ship
        units = f.units
        if {u.key for u in units} != unit_keys:
            return
        where = {key: i for i, key in enumerate(sorted(unit_keys))}
        starts, previous = [], 0
        for u in units:
            starts.append(u.start - previous)  # mostly 1 or 2: the line break(s) after the unit before
            previous = u.end
        self.rows.append((
            seen.origin.path, seen.origin.record, len(seen.text), f.words, [where[u.key] for u in units], starts,
            [u.end - u.start for u in units], [u.words for u in units],
            [cf.unit_flags(u) for u in units], _bios(units), "" if f.site is None else f.site or None))
        if len(self.rows) >= self.FLUSH_ROWS:
            self._flush()

    def _flush(self) -> None:
        if not self.rows:
            return
        if self.writer is None:
            self.handle = self.opener(self.name, "wb")
            self.writer = pq.ParquetWriter(self.handle, SCHEMA, compression="zstd")
        columns = list(zip(*self.rows))
        self.writer.write_table(pa.Table.from_arrays([pa.array(c, type=f.type) for c, f in zip(columns, SCHEMA)],
                                                     schema=SCHEMA))
        self.rows = []

    def close(self) -> int:
        self._flush()
        if self.writer is not None:
            self.writer.close()
            self.bytes = self.handle.tell() if hasattr(self.handle, "tell") else 0
            self.handle.close()
        return self.bytes


def _bios(units: list) -> str:
    """The bios looked for among `units` (see SCHEMA), "" for none or when they cannot be shipped."""
    done = [(i, u.bio) for i, u in enumerate(units) if u.bio_done]
    if not done or _bio_class() is None:
        return ""
    return json.dumps([[i, None if bio is None else [bio.score, list(bio.cues), bio.name, bio.words]]
                       for i, bio in done], separators=(",", ":"))


def _remember_site(seen: Any, site: str | None) -> None:
    module = sys.modules.get(getattr(_features_module().site_of, "__module__", ""))
    remember = getattr(module, "remember_site", None)
    if remember is not None:
        remember(seen, site)


def _set_bios(units: list, shipped: str | None) -> None:
    """Mark the units whose bios stage 1 looked for, with what it found (`_bios`)."""
    cls = _bio_class() if shipped else None
    if cls is None:
        return
    for i, bio in json.loads(shipped):
        u = units[i]
        u.bio_done = True
        u.bio = None if bio is None else cls(bio[0], tuple(bio[1]), bio[2], bio[3])


class ShippedFeatures:
    """Stage 4: the features stage 1 wrote, in its order, handed to the rules document by document."""

    def __init__(self, opener: Any, name: str) -> None:
        self.opener, self.name = opener, name
        self._rows = self._read()
        self._row: tuple | None = next(self._rows, None)  # the last document's, or the first
        self._next: tuple | None = next(self._rows, None)
        self.used = 0

    def _read(self) -> Iterator[tuple]:
        with self.opener(self.name, "rb") as handle:
            for batch in pq.ParquetFile(handle).iter_batches(batch_size=1024):
                columns = [batch.column(i).to_pylist() for i in range(batch.num_columns)]
                while len(columns) < len(SCHEMA):  # written before the bios or the site were shipped
                    columns.append([None] * batch.num_rows)
                yield from zip(*columns)

    def provide(self, seen: Any, own: Any) -> bool:
        """Make `features(seen)` return the shipped features of `seen` (True), if stage 1 wrote
        them; `own`: the document's own fingerprints (`shuffle.OwnRows`) for the keys.

        Rows come in the order stage 1 read the documents, one for each document it shipped
        features for: the document asked about is the current row's (asked again: the fixer),
        the next row's, or has none (neither moves on)."""
        cf = _features_module()
        origin = seen.origin
        row = self._row
        if row is None or row[0] != origin.path or row[1] != origin.record:
            row = self._next
            if row is None or row[0] != origin.path or row[1] != origin.record:
                return False
            self._row, self._next = row, next(self._rows, None)
        if row[2] != len(seen.text):
            return False
        _path, _record, _length, words, refs, starts, lengths, unit_words, flags, bios, site = row
        keys, text_hash = own.keys_of(cf.K_UNIT, cf.K_DOC)
        signed = cf.signature_from_value(own.value_of((cf.K_DOC, text_hash[0]))) if len(text_hash) == 1 else None
        if signed is None or (refs and max(refs) >= len(keys)):
            return False
        unit, table, units, end = cf.CorpusUnit, cf.FLAG_BITS, [], 0
        for ref, gap, size, n, bits in zip(refs, starts, lengths, unit_words, flags):
            start = end + gap
            end = start + size
            units.append(unit(start, end, keys[ref], n, *table[bits]))
        _set_bios(units, bios)
        if site is None:
            site = cf.site_of(seen)
        else:
            site = site or None
            _remember_site(seen, site)  # for the rules that ask `site_of` again (CL502)
        f = cf.Features(text=seen.text, units=units, text_hash=text_hash[0], words=words, site=site,
                        _signed=(signed[1], signed[0]))
        cf.remember_features(seen, f)
        self.used += 1
        return True
