"""The documents carrying a fingerprint in the corpus index, as the corpus rules (CL151, CL410,
CL411/CL412) read them back: the kinds of fingerprint `corpus_features` writes, what a stored
value says of its carrier (its text hash, whether the unit stands at the document's edge, its
site's tag, the tag of its numbers), a stored MinHash signature decoded, and `Carriers`, which
groups the sampled carriers of one key into independent articles: documents that tell the same
story count once (Jaccard >= 0.15, or the smaller half contained in the other), the translations
of one page count once (`translations`), one site's pages are one source (`Carriers.sources`).

A change to what these values hold changes the fingerprints the corpus rules yield: bump
`corpus_features.FINGERPRINT_VERSION` (stored indexes are rebuilt).
"""

from __future__ import annotations

import base64
import itertools
import operator
import os
import struct
import sys
import unicodedata
from array import array
from collections import Counter
from functools import lru_cache

from corpuslint.checks.corpus_units import CorpusUnit, digest
from corpuslint.checks.translations import told_only, translated_page, translation_of
from corpuslint.models import Document
from corpuslint.rule import CorpusView, Occurrence
from corpuslint.textutil import DIGITS, URL_LIKE

SAMPLE = 24  # carriers of a paragraph examined to count independent documents
SAME_STORY_JACCARD = 0.15
SAME_STORY_OVERLAP = 0.5
SITE_ARTICLE_JACCARD = 0.6  # the same, for two pages of one site (`Carriers.site_articles`)

K_UNIT = "u"  # a line or paragraph; value: "e"/"m" (edge/middle) + the document's text hash (+ its site's tag)
K_UNIT_SITE = "us"  # the same, per site
K_SITE = "site"  # one per document with a known site
K_DOC = "doc"  # the normalised text hash; value: the MinHash signature
K_BIONAME = "bio"  # the person a bio is about; value: the document's text hash, "~", the bio's sketch (CL410)


TEXT_HASH_CHARS = 16  # a `digest`
SITE_TAG_CHARS = 6  # of the site's `digest`: the carriers of one key sampled are told apart (24 at most)


def site_tag(site: str | None) -> str:
    """A site's tag in a unit's value (`unit_value`); "": no site known."""
    return digest(site)[:SITE_TAG_CHARS] if site else ""


NUMBERS_TAG_CHARS = 6


def numbers_tag(block: str) -> str:
    """A tag of the numbers a line or paragraph spells, in order ("": none): its key folds them
    (`normalize`), so `今週の積算距離 166km` and `今週の積算距離 98km` are one key; the tag tells
    whether the carriers of a key agree on the exact text (`Carriers.numbers`). A link's digits
    are left out, as the key leaves the link out."""
    if "://" in block or "www." in block or "@" in block:
        block = URL_LIKE.sub(" ", block)
    found = DIGITS.findall(block)
    if not found:
        return ""
    spelt = ",".join(found)
    if not spelt.isascii():
        spelt = unicodedata.normalize("NFKC", spelt)  # `２００５` is `2005`
    return digest(spelt)[:NUMBERS_TAG_CHARS]


def unit_value(u: CorpusUnit, text_hash: str, site: str | None = None, numbers: str = "") -> str:
    """A unit's K_UNIT value: "e" (at the document's edge) or "m", the carrier's text hash
    (`carrier`), its site's tag (`carrier_site`: are the carriers one site's pages?), and after
    a "#" the tag of the unit's numbers (`numbers_tag`, `carrier_numbers`), if it has any."""
    return ("e" if u.edge else "m") + text_hash + site_tag(site) + (f"#{numbers}" if numbers else "")


def carrier(kind: str, value: str) -> tuple[bool, str]:
    """(at the edge, the carrier's text hash) of a stored occurrence's value: a K_UNIT value as
    `unit_value` wrote it; the other kinds that name a carrier (K_BIONAME) hold its hash first, alone
    or before a "~" and what the rule keeps of the text (a bio's sketch)."""
    return (value[:1] == "e", value[1:1 + TEXT_HASH_CHARS]) if kind == K_UNIT else (False, value.partition("~")[0])


def carrier_site(kind: str, value: str) -> str:
    """The site tag (`site_tag`) of an occurrence's carrier ("": unknown)."""
    return value[1 + TEXT_HASH_CHARS:].partition("#")[0] if kind == K_UNIT else ""


def carrier_numbers(kind: str, value: str) -> str:
    """The tag of the numbers (`numbers_tag`) of an occurrence's unit ("": none, or not told)."""
    return value.partition("#")[2] if kind == K_UNIT else ""

def _compact_signature(value: str) -> tuple[int, array] | None:
    """A stored signature (`shingles:base64 of little-endian 32-bit words[:language]`) as its
    shingle count and an array of the words: 0.6 KB where a tuple of Python ints is 5 KB (`Carriers`
    keeps up to MAX_SIGNATURES_KEPT of them), and decoded ~15x faster. None: not a signature."""
    try:
        count, packed = value.split(":", 2)[:2]
        raw = base64.b64decode(packed)
        if array("I").itemsize == 4:
            words = array("I", raw)  # (a length not a multiple of 4 raises ValueError)
            if sys.byteorder == "big":
                words.byteswap()
        else:
            words = array("L", struct.unpack(f"<{len(raw) // 4}I", raw))
        return int(count), words
    except (ValueError, struct.error):
        return None


def language_from_value(value: str) -> str:
    """The language a stored signature's value names (`Features.signature_value`), "" none."""
    parts = value.split(":", 2)
    return parts[2] if len(parts) == 3 else ""


def signature_from_value(value: str) -> tuple[int, tuple[int, ...]] | None:
    """A stored signature as its shingle count and a tuple of its words (band keys are its slices)."""
    compact = _compact_signature(value)
    return None if compact is None else (compact[0], tuple(compact[1]))


def estimate(a: tuple[int, tuple[int, ...]], b: tuple[int, tuple[int, ...]]) -> tuple[float, float]:
    """(Jaccard, overlap) of two documents from their stored signatures and shingle counts."""
    (na, sa), (nb, sb) = a, b
    if not sa or len(sa) != len(sb) or not na or not nb:
        return 0.0, 0.0
    j = sum(map(operator.eq, sa, sb)) / len(sa)  # (in C: ~2x the generator's speed)
    inter = j * (na + nb) / (1 + j)
    return j, min(1.0, inter / min(na, nb))


def is_self(occ: Occurrence, doc: Document) -> bool:
    """Whether `occ` is `doc`'s own occurrence: the same file and record; and, for a document
    with no record whose id is not its path (the API's `Document.from_text(text, id=...)`, all
    of one path `<text>`), the same id. Files' documents are not compared by id: a text file's
    id, or a JSONL record's without an `id` field, is spelled with the path it was read by,
    which in the corpus index may be another spelling of the same file."""
    if occ.record != doc.origin.record:
        return False
    if occ.record is None and doc.id != doc.origin.path and occ.document != doc.id:
        return False
    a, b = occ.path, doc.origin.path
    if a == b:
        return True
    na, nb = _normal(a), _normal(b)
    if os.path.isabs(a) == os.path.isabs(b) and not (na.startswith("..") or nb.startswith("..")):
        return na == nb  # both absolute, or both below the same working directory
    return os.path.abspath(a) == os.path.abspath(b)


@lru_cache(maxsize=4096)
def _normal(path: str) -> str:
    """A path's normal form, which does not depend on the working directory: cached (a corpus
    has few files; `abspath` of every occurrence was ~5% of a run's corpus findings)."""
    return os.path.normpath(path)


MAX_SIGNATURES_KEPT = 20_000  # ~0.6 KB each (`_compact_signature`): a bounded cache, not the corpus


class Carriers:
    """What the index says about the documents carrying one fingerprint, cached per run."""

    # The stored signatures, by text hash: one cache for the four rules (each asked the index
    # for the same documents' signatures), kept while they check against the same index.
    _signatures: dict[str, tuple[int, array] | None] = {}
    _signatures_of: list = [None]  # the index they were read from
    _languages: dict[str, str] = {}  # the language the stored value names, by text hash (told only)

    def __init__(self) -> None:
        self._groups: dict[tuple[str, str], tuple[int, float, list[Occurrence]]] = {}
        self._sources: dict[tuple[str, str], int] = {}
        self._numbers: dict[tuple[str, str], Counter] = {}

    def forget(self) -> None:
        """Drop every answer kept: the index changed (a fix's re-check reads the fixed corpus)."""
        self._groups.clear()
        self._sources.clear()
        self._numbers.clear()
        Carriers._signatures_of[0] = None  # `signature` clears its cache on its next call

    def signature(self, corpus: CorpusView, text_hash: str) -> tuple[int, array] | None:
        """The stored signature of a text (as `_compact_signature`), or None."""
        cache = Carriers._signatures
        if Carriers._signatures_of[0] is not corpus:
            cache.clear()
            Carriers._languages.clear()
            Carriers._signatures_of[0] = corpus
        elif len(cache) > MAX_SIGNATURES_KEPT:
            # the older half goes (a dict keeps insertion order): clearing it all, near-copies a
            # few thousand documents apart (the 100 MB benchmark) were read from the index again
            for old in list(itertools.islice(cache, len(cache) // 2)):
                del cache[old]
                Carriers._languages.pop(old, None)
        if text_hash not in cache:
            values = corpus.values(K_DOC, text_hash)
            value = next(iter(values)) if values else ""
            cache[text_hash] = _compact_signature(value) if values else None
            language = language_from_value(value)
            if language:
                Carriers._languages[text_hash] = language
        return cache[text_hash]

    def language(self, corpus: CorpusView, text_hash: str) -> str:
        """The guess of a carrier's language its stored signature names ("": not told)."""
        self.signature(corpus, text_hash)
        return Carriers._languages.get(text_hash, "")

    def sources(self, corpus: CorpusView, kind: str, key: str) -> int:
        """The independent documents (`groups`) among the sampled carriers of a key, the pages of
        one known site counted once: a site's template is one source, whatever its articles."""
        if (kind, key) not in self._sources:
            self._groups.pop((kind, key), None)
            self.groups(corpus, kind, key)
        return self._sources[(kind, key)]

    def numbers(self, corpus: CorpusView, kind: str, key: str) -> Counter:
        """How many of the independent documents (`groups`) carrying a key spell each tag of
        numbers (`numbers_tag`; "": none, or not told): one tag, they agree on the exact text."""
        if (kind, key) not in self._numbers:
            self._groups.pop((kind, key), None)
            self.groups(corpus, kind, key)
        return self._numbers[(kind, key)]

    def groups(self, corpus: CorpusView, kind: str, key: str) -> tuple[int, float, list[Occurrence]]:
        """(independent documents, share at the head/tail, the first two sampled occurrences)."""
        cached = self._groups.get((kind, key))
        if cached is not None:
            return cached
        occs = corpus.occurrences(kind, key, limit=SAMPLE)
        carried = [carrier(kind, occ.value) for occ in occs]  # (at the edge, text hash)
        edge = sum(at_edge for at_edge, _ in carried)
        sites: set[str] = set()  # the site tags of the independent stories (`sources`)
        numbers: Counter = Counter()  # the tags of their numbers (`numbers`)
        pages: list[tuple[frozenset[str], int, str]] = []  # (`translated_page`, shingles, language) of the stories counted

        def translated(occ: Occurrence, text_hash: str, sig: tuple[int, array]) -> bool:
            """Whether the carrier is a page counted, in another language: its code, config and
            output are the page's."""
            page = translated_page(occ.document)
            language = self.language(corpus, text_hash) if page else ""
            if page and told_only(occ.document) not in ("", language):
                page = frozenset()  # `it` in a name whose text is not told Italian: a word
            if translation_of(page, sig[0], pages, language):
                return True
            if page:
                pages.append((page, sig[0], language))
            return False

        stories = 0
        for occ, text_hash in self._stories(corpus, zip(occs, (h for _, h in carried)), translated):
            stories += 1
            tag = carrier_site(kind, occ.value)
            sites.add(tag or text_hash)  # a carrier of no known site is a source of its own
            numbers[carrier_numbers(kind, occ.value)] += 1
        # of the sampled occurrences only the first two are kept: what the rules read of them is
        # `other_place`, the first that is not the document checked, which is in them at most once
        # (24 kept per key made the cache the largest part of a run's memory on a large corpus)
        result = (stories, edge / len(occs) if occs else 0.0, occs[:2])
        if len(self._groups) > 200_000:
            self._groups.clear()
            self._sources.clear()
            self._numbers.clear()
        self._groups[(kind, key)] = result
        self._sources[(kind, key)] = len(sites)
        self._numbers[(kind, key)] = numbers
        return result

    def independent(self, corpus: CorpusView, text_hashes, enough: int = 2) -> int:
        """Independent documents among these texts, up to `enough`: as `groups` counts a key's
        carriers (`_stories`)."""
        stories = 0
        for _ in self._stories(corpus, ((h, h) for h in sorted(text_hashes)[:SAMPLE])):
            stories += 1
            if stories >= enough:
                break
        return stories

    def _stories(self, corpus: CorpusView, carriers, retold=None):
        """The carriers, (item, text hash) in order, that tell a story none before them told: an
        exact copy of a text counted is that story again, and so is a text alike the first teller
        of one (`_same_story`), or one `retold(item, text_hash, signature)` says is (a translation).
        A text with no stored signature tells a story of its own. Yields (item, text hash)."""
        leaders: list[tuple[int, array]] = []
        seen: set[str] = set()
        for item, text_hash in carriers:
            if text_hash in seen:
                continue  # an exact copy of a document already counted
            seen.add(text_hash)
            sig = self.signature(corpus, text_hash)
            if sig is not None:
                if any(_same_story(sig, lead) for lead in leaders):
                    continue
                if retold is not None and retold(item, text_hash, sig):
                    continue
                leaders.append(sig)
            yield item, text_hash

    def site_articles(self, corpus: CorpusView, text_hashes, enough: int = 2) -> int:
        """Different articles among texts of ONE site, up to `enough`: its template makes two
        articles alike (0.2-0.4 Jaccard between two whole pages of nytimes, webmd, wapo)."""
        leaders: list = []
        for text_hash in sorted(text_hashes)[:SAMPLE]:
            sig = self.signature(corpus, text_hash)
            if sig is None or not any(lead and estimate(sig, lead)[0] >= SITE_ARTICLE_JACCARD for lead in leaders):
                leaders.append(sig)
                if len(leaders) >= enough:
                    break
        return len(leaders)


def carrier_follow_ups(kind: str, count: int, occurrences: list[Occurrence]) -> list[tuple[str, str]]:
    """What `Carriers.groups` asks after reading the occurrences of a key: the signature (K_DOC)
    of each sampled carrier, named by the text hash in its occurrence's value. A key one
    document carries asks nothing beyond that document's own K_DOC."""
    if count < 2:
        return []
    return [(K_DOC, carrier(kind, occ.value)[1]) for occ in occurrences[:SAMPLE]]


def _same_story(a: tuple[int, tuple[int, ...]], b: tuple[int, tuple[int, ...]]) -> bool:
    j, o = estimate(a, b)
    return j >= SAME_STORY_JACCARD or o >= SAME_STORY_OVERLAP


def other_place(occs: list[Occurrence], doc: Document) -> Occurrence | None:
    return next((o for o in occs if not is_self(o, doc)), None)
