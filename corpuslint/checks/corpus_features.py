"""What the corpus rules (CL151 boilerplate, CL410 bios, CL411/CL412 duplicates) know of a document.

A line that is furniture on one page is invisible in that page and obvious across a thousand;
the same bio stamped under every article of one writer, the same article scraped twice under two
URLs, likewise. These rules fingerprint every document into the corpus index (paragraph and line
hashes, a MinHash signature, LSH band keys; never the text) and then ask the index how often,
and where, each fingerprint occurs.

Boilerplate or a shared quotation?
----------------------------------
News copies share paragraphs too: four outlets running one wire story all carry its quotes. What
separates boilerplate from such a quotation is that boilerplate repeats across *different*
articles. So every count here is a count of independent documents: the documents that carry a
paragraph are grouped by their whole-text MinHash similarity (two documents with word-3-gram
Jaccard >= 0.15, or whose smaller one is half contained in the other, tell the same story), and
only the groups count; the translations of one page (named alike but for a language code, of
about one length) count once too. On top of that a long paragraph, or a short one that is a
full sentence, counts as boilerplate only at the head or tail of the documents (first or last two lines), in
very many documents, or in at least half of one site's documents; short page furniture ("Read
More", "Story Continued Below", "*") may stand anywhere.

This module is their shared plumbing: the features of one document computed once for all four
(its lines and paragraphs with their keys, `corpus_units`; a MinHash signature, its site) and the
fingerprints they write of them into the corpus index. What the index says back, the documents
carrying a fingerprint grouped into independent articles (a page's translations counting once:
`translations`), is `corpus_carriers`.
"""

from __future__ import annotations

import base64
import json
import struct
from array import array
from collections.abc import Iterator
from dataclasses import dataclass, field, replace

from xxhash import xxh3_128_hexdigest

from corpuslint import similarity as sim
from corpuslint.analysis import view
from corpuslint.checks.corpus_carriers import (  # noqa: F401 (dist.features reads signature_from_value here)
    K_DOC, K_UNIT, Carriers, numbers_tag, signature_from_value, site_tag,
)
from corpuslint.checks.corpus_units import (  # noqa: F401 (the units' names, as this module always gave them)
    BIO_TAIL_UNITS, LONG_WORDS, MAX_UNIT_CHARS, MAX_UNITS, CorpusUnit, digest, one_per_block, text_units,
    unit_key,
)
from corpuslint.checks.pagesite import abspath, site_of
from corpuslint.checks.stopwords import language_of
from corpuslint.checks.translations import translated_page
from corpuslint.models import Document
from corpuslint.parts import without_system
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint
from corpuslint.textutil import DIGITS, URL_LIKE, line_norms, normalize  # noqa: F401 (imported from here)

NUM_PERM = 64  # MinHash values per document; 32 bits of each are kept in the index
SHINGLE = 3  # words per shingle
# bump when what `fingerprints` yields changes: stored indexes are rebuilt (5: LSH band keys of the
# signature's 32-bit values, the part the index stores; 6: a unit's value names its carrier's site;
# 7: a chat record's signature leaves its system prompt out; 8: a path in `source` names no site;
# 9: the signature's value names the text's language; 10: a unit's value tags its numbers; 11: a temporary
# folder, `tmp.XXXXXXXXXX`, names no site; 12: a bio's person names its sketch, CL410;
# 13: a bio's value adds its sentences' words, and a profile after the article is stored by its person, CL410;
# 14: a unit's key leaves its Markdown links' targets out, CL151; 15: a document's numbers, K_NUMS, CL411/CL412;
# 16: the stored features add the profiles CL410 looked for while collecting, `features_fingerprint`;
# 17: ... and which units' words alone score below a bio's threshold, WORDS_BELOW)
FINGERPRINT_VERSION = 17


# -- features of one document, computed once and shared by the four rules ----------------------

@dataclass(slots=True)
class Features:
    text: str
    units: list[CorpusUnit]
    text_hash: str
    words: int
    site: str | None
    bands: dict[tuple[int, int], list[str]] = field(default_factory=dict)
    normalized: str = ""  # what the signature is computed from, until it is
    _signed: tuple[tuple[int, ...], int] | None = None
    _signed_value: str = ""
    # whether the stored value names the text's language: only `Carriers.groups` reads it, and
    # only for a document whose name carries a language code (`translated_page`); `features`
    # clears it for the others (the guess costs ~0.5 s per 10 MB); True where the name is unknown
    names_language: bool = True
    # the units of prose (`unitbio.prose_units`), which the bios' placing of every unit asks: once
    prose: list[CorpusUnit] | None = None

    @property
    def signature(self) -> tuple[int, ...]:
        """The MinHash signature of the document's word 3-grams (computed on first use: a check
        against a built index reads the stored one instead, see `stored_signature`)."""
        return self._signature()[0]

    @property
    def shingles(self) -> int:
        """How many distinct word 3-grams the document has."""
        return self._signature()[1]

    def _signature(self) -> tuple[tuple[int, ...], int]:
        if self._signed is None:
            if self.words and not self.normalized:  # read from the index (K_FEATS), which keeps no text
                self.normalized = text_units(self.text)[1]
            self._signed = sim.document_signature(self.normalized.split(), NUM_PERM, SHINGLE)
            self.normalized = ""
        return self._signed

    @property
    def signature_value(self) -> str:
        """The signature as the index stores it (packed once: four rules store it), and the guess
        of the text's language (`language_of`), which tells a translation from a page of one
        language filed alike (`Carriers.groups`): `shingles:base64[:language]`."""
        if not self._signed_value:
            packed = struct.pack(f"<{len(self.signature)}I", *(v & 0xFFFFFFFF for v in self.signature))
            language = language_of(self.text) if self.text and self.names_language else ""
            self._signed_value = f"{self.shingles}:{base64.b64encode(packed).decode()}" + (
                f":{language}" if language else "")
        return self._signed_value


# -- the fingerprints the four rules share, stored once per document ------------------------
#
# Each of the four rules stores the document's signature (K_DOC), and CL151 and CL410 both its
# units (K_UNIT): alone, each must; together, the index kept one row per key and document and
# the copies were made, sent and keyed for nothing (~64,000 of 178,000 fingerprints per 10 MB).
# In the collect phase (`CorpusRule.collect_token`) the first rule that makes them stores them.


_STORED: list = [None, set()]  # the collect (its token) and the shared fingerprints stored in it


def stored_by_another(rule: CorpusRule, name: str) -> bool:
    """Whether another rule stored the shared fingerprints `name` (K_DOC, K_UNIT) of the document
    in this collect (never outside the collect phase)."""
    token = rule.collect_token
    return token is not None and _STORED[0] is token and name in _STORED[1]


def _stored(rule: CorpusRule, name: str) -> None:
    token = rule.collect_token
    if token is not None:
        if _STORED[0] is not token:
            _STORED[:] = [token, set()]
        _STORED[1].add(name)


def doc_fingerprints(rule: CorpusRule, f: Features) -> Iterator[Fingerprint]:
    """The document's K_DOC fingerprint (its text hash; value: its signature), unless another
    rule stored it in this collect (marked only once the caller took it: a rule that fails, or
    times out, before that leaves it to the next)."""
    if stored_by_another(rule, K_DOC):
        return
    yield Fingerprint(K_DOC, f.text_hash, 0, 0, f.signature_value)
    _stored(rule, K_DOC)


def unit_fingerprints(rule: CorpusRule, f: Features) -> Iterator[Fingerprint]:
    """The K_UNIT fingerprint of each unit (value: `unit_value`), unless another rule stored them
    in this collect (marked after the caller took the last one, as `doc_fingerprints`)."""
    if stored_by_another(rule, K_UNIT):
        return
    text_hash = f.text_hash + site_tag(f.site)  # (`unit_value`, spelt out: every unit of every document)
    text = f.text
    for u in f.units:
        value = ("e" if u.edge else "m") + text_hash
        if text:
            numbers = numbers_tag(text[u.start:u.end])
            if numbers:
                value += "#" + numbers
        yield Fingerprint(K_UNIT, u.key, u.start, u.end, value)
    _stored(rule, K_UNIT)


_CACHE: list = [None, None, None]  # (text, metadata id, features) of the last document

# The features of the documents an index was just built from, kept for the check that follows:
# a run reads every document twice (collect, then check against the whole index), and computing
# the features again was half the time of the corpus rules (~3 s per 10 MB). A kept entry is
# used once; it is found by the document's place, id, site and text (length and hash), so a
# document that changed in between is computed afresh. At most KEEP_DOCUMENTS (~10 KB each):
# in a larger corpus the first ones profit.
_KEPT: dict[tuple, Features] = {}
KEEP_DOCUMENTS = 10_000


def features(doc: Document, *, keep: bool = False, corpus: CorpusView | None = None) -> Features:
    """The document's features, computed once for the four rules; `keep` (the collect phase)
    also keeps them for the check of the same document later in the run; `corpus` (the check):
    read as the index stores them for the text (K_FEATS) when they were not kept."""
    text = doc.text
    cached = last_features(doc)
    if cached is not None:
        return cached
    site = site_of(doc)
    key = (abspath(doc.origin.path), doc.origin.record, doc.id, site, len(text), hash(text))
    result = _KEPT.pop(key, None)
    if result.__class__ is tuple:
        result = _unpacked(result)
    if result is None and corpus is not None and getattr(corpus, "answers_any_key", False):
        result = stored_features(corpus, text)
    compared = without_system(doc)  # a chat record's turns but its system prompt: what is signed
    if result is not None:
        result.text, result.site = text, site
        if not result._signed_value:
            result.names_language = bool(translated_page(doc.id))
        if compared is not None and result._signed is None:  # (read from the index: K_FEATS)
            result._signed = sim.document_signature(normalize(compared).split(), NUM_PERM, SHINGLE)
    else:
        # `normalized` is `normalize(text)`: its words (`sim.tokens(text)`) joined by one space
        prepared = _PREPARED.pop(id(text), None)
        if prepared is not None and prepared[0] is text:
            _, units, normalized, signed = prepared
        else:
            (units, normalized), signed = text_units(text), None
            if compared is not None:
                signed = sim.document_signature(normalize(compared).split(), NUM_PERM, SHINGLE)
        result = Features(
            text=text,
            units=units,
            text_hash=digest(normalized),
            words=normalized.count(" ") + 1 if normalized else 0,
            site=site,
            normalized=normalized if signed is None else "",
            _signed=signed,
        )
        result.names_language = bool(translated_page(doc.id))
        if keep and len(_KEPT) < KEEP_DOCUMENTS:
            result.signature_value  # noqa: B018 (the collect phase stores it anyway; the copy keeps no text)
            _KEPT[key] = replace(result, text="")  # the text is the check's document's
    remember_features(doc, result)
    return result


# The collect phase hands the rules its documents a batch at a time before their fingerprints
# (`CorpusRule.prepare`): their units, and their signatures computed together (numpy's calls of
# one document's signature cost more than their work, ~0.1 s per 10 MB), for `features` to take.
_PREPARED: dict[int, tuple] = {}  # id(text) -> (text, units, normal form, signature)
_PREPARED_FOR: list = [None]  # the batch they are of (the rules that share them each pass it on)


def prepare(docs: list[Document]) -> None:
    """Compute the features of a batch of documents the collect phase is about to fingerprint
    (what depends on the text alone), for `features` to take as each document comes."""
    if _PREPARED_FOR[0] is docs:
        return
    _PREPARED_FOR[0] = docs
    _PREPARED.clear()
    if len(docs) < 2 or (sim._signed[0] < sim.VECTOR_AFTER and len(docs) < sim.VECTOR_AFTER):
        return  # a handful of documents: `features` keeps to plain Python (see `sim.VECTOR_AFTER`)
    seen = [view(doc) for doc in docs]  # the documents as the rules see them
    texts = [doc.text for doc in seen]
    units = [text_units(text) for text in texts]
    compared = [without_system(doc) for doc in seen]  # (None: the whole text is signed)
    for text, (found, normalized), signed in zip(
            texts, units, sim.document_signatures([(normalized if rest is None else normalize(rest)).split()
                                                   for (_, normalized), rest in zip(units, compared)], NUM_PERM)):
        _PREPARED[id(text)] = (text, found, normalized, signed)


def last_features(doc: Document) -> Features | None:
    """The features `features` gave last, if they were this document's (its text and metadata)."""
    return _CACHE[2] if _CACHE[0] is doc.text and _CACHE[1] == id(doc.metadata) else None


def remember_features(doc: Document, f: Features) -> None:
    """Make `features(doc)` answer `f`, as it does for the document it computed last (the four
    rules ask in turn); `corpuslint.dist` hands a document's features from stage 1 this way."""
    _CACHE[:] = [doc.text, id(doc.metadata), f]


# -- the features of a text in the index, for a check against an index built by an earlier run --
#
# Checking against a built index, nothing was collected in this run: computing every document's
# features again was ~1 s per 10 MB (its lines normalised and keyed, its bios looked for). The
# collect phase stores them instead, one row per document (K_FEATS): the key names the text (its
# length and xxh3-128, so a text changed since is computed afresh), the value packs its units'
# places, sizes, flags and keys (~25 bytes a unit). They depend on the text alone (the site is
# the document's), so copies of a text share the row.

K_FEATS = "feats"


def unit_flags(u: CorpusUnit) -> int:
    """A unit's six flags as the bits of one byte (edge, line, sentence, tail, number, symbols):
    the one layout of the index row here and of `corpuslint.dist`'s features file."""
    return u.edge | u.line << 1 | u.sentence << 2 | u.tail << 3 | u.number << 4 | u.symbols << 5


# the six flags (edge, line, sentence, tail, number, symbols) of each flag byte `unit_flags` packs:
# a stored unit is built in one call, here and in corpuslint.dist (six bit tests a unit were a
# third of reading a document's stored features)
FLAG_BITS = [tuple(bool(bits >> k & 1) for k in range(6)) for bits in range(64)]
# the K_FEATS row's seventh bit: the unit's words alone score below the bio threshold (`words_bio` falsy:
# `unitbio.bio_of`), so CL410's test of a unit given elsewhere (`repeated._stamped`) asks no score of it
WORDS_BELOW = 64
# the row's flag byte as a unit's fields after its six flags, as asked while collecting: `bio`, `bio_done`, `words_bio`
ROW_BITS = [FLAG_BITS[bits & 63] + ((None, False, False) if bits & WORDS_BELOW else ()) for bits in range(128)]
# ... and its bio looked for: none (`bio`, `bio_done`, `words_bio`)
DONE_BITS = [FLAG_BITS[bits & 63] + (None, True, False if bits & WORDS_BELOW else None) for bits in range(128)]
# ... and its profile too, none (`profile`, `profile_done`): CL410's collect asks every unit without a bio
PROFILED_BITS = [flags + (None, True) for flags in DONE_BITS]


def unit_of(start: int, end: int, key: str, words: int, flags: int) -> CorpusUnit:
    """The unit whose flags `unit_flags` packed."""
    return CorpusUnit(start, end, key, words, *FLAG_BITS[flags & 63])


def text_key(text: str) -> str:
    return f"{len(text)}:{xxh3_128_hexdigest(text.encode('utf-8', 'surrogatepass'))}"


def features_fingerprint(f: Features) -> Fingerprint:
    """The K_FEATS row of a document whose features were just computed from its text."""
    units = f.units
    flags = array("B", [unit_flags(u) | (WORDS_BELOW if u.words_bio is not None and not u.words_bio else 0)
                        for u in units])
    data = b"".join((
        struct.pack("<II", len(units), f.words), bytes.fromhex(f.text_hash),
        array("i", [u.start for u in units]).tobytes(), array("i", [u.end for u in units]).tobytes(),
        array("i", [u.words for u in units]).tobytes(), flags.tobytes(),
        bytes.fromhex("".join(u.key for u in units)),
        # the bios looked for (a unit's index, and its evidence or None): CL410 looks at the
        # last lines of every document while collecting (~0.3 s per 10 MB)
        json.dumps([[i, None if u.bio is None else [u.bio.score, list(u.bio.cues), u.bio.name, u.bio.words]]
                    for i, u in enumerate(units) if u.bio_done], separators=(",", ":")).encode(),
        b"\n", _profiles(units),  # (compact JSON holds no raw line break)
    ))
    return Fingerprint(K_FEATS, text_key(f.text), 0, 0, base64.b64encode(data).decode("ascii"))


def _profiles(units: list[CorpusUnit]) -> bytes:
    """The profiles looked for among `units` (CL410's `repeated._profile`, a person's name or None), as JSON:
    `[1, [[i, name], ...]]` when every unit whose bio was looked for and not found had its profile looked for
    (CL410's collect asks each: only the names found are listed), else `[0, [[i, name or null], ...]]`. In
    the check against a built index, CL410 asked `likeness.profile_name` of ~11,000 units per 10 MB again
    (~0.15 s); the collect had the answers."""
    every = all(u.profile_done for u in units if u.bio_done and u.bio is None) and all(u.bio_done for u in units)
    found = [[i, u.profile] for i, u in enumerate(units) if u.profile_done and (u.profile is not None or not every)]
    return json.dumps([int(every), found], separators=(",", ":")).encode()


def stored_features(corpus: CorpusView, text: str) -> Features | None:
    """The features the index stores for `text` (K_FEATS), or None."""
    values = corpus.values(K_FEATS, text_key(text))
    if not values:
        return None
    try:
        data = base64.b64decode(next(iter(values)))
        n, words = struct.unpack_from("<II", data)
        text_hash = data[8:16].hex()
        pos = 16
        columns = []
        for _ in range(3):
            column = array("i")
            column.frombytes(data[pos:pos + 4 * n])
            columns.append(column.tolist())
            pos += 4 * n
        flags = data[pos:pos + n]
        keys = data[pos + n:pos + 9 * n].hex()
        if len(keys) != 16 * n or column.itemsize != 4:
            return None
        looked_for, _, profiled = data[pos + 9 * n:].partition(b"\n")
        bios = json.loads(looked_for)
        every_profile, profiles = json.loads(profiled) if profiled else (0, [])
    except (ValueError, struct.error):
        return None
    # every unit's bio looked for (CL410's fingerprints ask each unit): each made so (`bio_done`), and only the
    # bios found set after; the per-unit loop over all of them was a third of reading the row
    every = len(bios) == n  # (the row lists each looked-for unit once, in order: `features_fingerprint`)
    bits = (PROFILED_BITS if every_profile else DONE_BITS) if every else ROW_BITS
    unit = CorpusUnit
    units = [unit(start, end, key, count, *bits[flag & 127])
             for start, end, count, flag, key in zip(*columns, flags, map(keys.__getitem__, map(
                 slice, range(0, 16 * n, 16), range(16, 16 * n + 16, 16))))]
    if bios:
        from corpuslint.checks.bios.biography import BioEvidence  # (the bios package imports this module)
    for i, bio in bios:
        if not every:
            units[i].bio_done = True
        if bio is not None:
            units[i].bio = BioEvidence(bio[0], tuple(bio[1]), bio[2], bio[3])
            units[i].profile_done = False  # (asked only of a unit without a bio, as the collect did)
    for i, name in profiles:
        units[i].profile_done = True
        units[i].profile = name
    return Features(text="", units=units, text_hash=text_hash, words=words, site=None)


# Forked workers of the collect phase cannot keep features for the check: the check's workers
# are forked from the parent later. So a collect worker hands what it kept to the parent with its
# unit's fingerprints (`take_kept`, as plain tuples: pickling the dataclasses cost ~1 s per 10 MB),
# the parent keeps them (`keep_handed`, still packed) and the check's workers inherit them with
# the fork. The check of 10 MB in two workers computed the features again, ~0.7 CPU s; without
# the LSH band keys CL411/CL412 computed while collecting, it computed those again (4,001 calls).

def take_kept() -> list[tuple] | None:
    """The features this process kept since the last call, as plain tuples; forgotten here."""
    out = [(key, f.text_hash, f.words, f.site, f._signed, f._signed_value,
            [(u.start, u.end, u.key, u.words, u.edge, u.line, u.sentence, u.tail, u.number, u.symbols,
              u.bio, u.bio_done, False if u.words_bio is not None and not u.words_bio else None)  # (WORDS_BELOW)
             for u in f.units], f.bands or None)
           for key, f in _KEPT.items() if f.__class__ is not tuple]  # (a tuple: handed here by another)
    _KEPT.clear()
    return out or None


def keep_handed(handed: list[tuple]) -> None:
    """Keep what `take_kept` gave in another process, for the check of the same documents here or
    in a process forked from here (at most KEEP_DOCUMENTS, as in the collect phase itself)."""
    for item in handed:
        if len(_KEPT) >= KEEP_DOCUMENTS:
            return
        _KEPT[item[0]] = item


class SharesFeatures:
    """The corpus rules that share `features`: what they kept while collecting in a worker goes
    to the parent (`CorpusRule.hand_over`/`take_over`); the first of them hands it all over."""

    def hand_over(self) -> list[tuple] | None:
        return take_kept()

    def take_over(self, kept: list[tuple]) -> None:
        keep_handed(kept)

    def warm_up(self) -> None:
        sim.warm_up()

    def prepare(self, docs: list[Document]) -> None:
        try:
            prepare(docs)
        except Exception:  # (a bug: each document's features are computed alone, any crash reported there)
            _PREPARED.clear()


def _unpacked(item: tuple) -> Features:
    _key, text_hash, words, site, signed, signed_value, units, bands = item
    return Features(text="", units=[CorpusUnit(*u) for u in units], text_hash=text_hash, words=words, site=site,
                    bands=bands or {}, _signed=signed, _signed_value=signed_value)


def stored_signature(corpus: CorpusView, carriers: Carriers, f: Features) -> tuple[int, tuple[int, ...]]:
    """(shingles, the signature's 32-bit values) of the document: as the index stores them for
    its text (any document with the same normalised text has the same signature), else computed.

    Checking against a built index, the signature was half the cost of a document's features."""
    if f._signed is None:
        stored = carriers.signature(corpus, f.text_hash)
        if stored is not None and len(stored[1]) == NUM_PERM:
            return stored[0], tuple(stored[1])  # (the band keys are made of slices of it)
    return f.shingles, tuple(v & 0xFFFFFFFF for v in f.signature)
