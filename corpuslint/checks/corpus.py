"""CL151 and CL410-CL412: what only the whole corpus shows.

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
only the groups count. On top of that a long paragraph, or a short one that is a full sentence,
counts as boilerplate only at the head or tail of the documents (first or last two lines), in
very many documents, or in at least half of one site's documents; short page furniture ("Read
More", "Story Continued Below", "*") may stand anywhere.
"""

from __future__ import annotations

import base64
import hashlib
import os
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field, replace
from functools import cached_property
from urllib.parse import urlsplit

import regex
from pydantic import BaseModel, ConfigDict, Field

from corpuslint import hookimpl
from corpuslint import similarity as sim
from corpuslint.biography import BIO_THRESHOLD, BioEvidence, bio_evidence
from corpuslint.models import Applicability, Document, Fix, MetadataEdit, Related, Severity, TextEdit, Violation
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, FixAvailability, Occurrence
from corpuslint.textutil import LazyPattern, block_removal, normalize, paragraphs, shorten

NUM_PERM = 64  # MinHash values per document; 32 bits of each are kept in the index
SHINGLE = 3  # words per shingle
SAMPLE = 24  # carriers of a paragraph examined to count independent documents
SAME_STORY_JACCARD = 0.15
SAME_STORY_OVERLAP = 0.5
MAX_UNITS = 3000  # lines and paragraphs fingerprinted per document (memory bound)
MAX_UNIT_CHARS = 5000  # longer blocks are prose, never furniture
LONG_WORDS = 12
FINGERPRINT_VERSION = 3  # bump when what `fingerprints` yields changes: stored indexes are rebuilt

K_UNIT = "u"  # a line or paragraph; value: "e"/"m" (edge/middle) + the document's text hash
K_UNIT_SITE = "us"  # the same, per site
K_SITE = "site"  # one per document with a known site
K_DOC = "doc"  # the normalised text hash; value: the MinHash signature
K_BIONAME = "bio"  # the person a bio is about; value: the document's text hash

_SENTENCE_ENDS = frozenset(".!?…")
_DOMAIN = LazyPattern(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
SITE_FIELDS = ("site", "source", "domain", "publisher", "source_domain", "canonical_link", "url", "link")


# -- features of one document, computed once and shared by the four rules ----------------------

@dataclass(slots=True)
class Unit:
    start: int
    end: int
    key: str
    words: int
    edge: bool
    line: bool  # a line inside a longer paragraph (else a whole paragraph)
    sentence: bool  # reads as a sentence (ends with . ! ?, not all capitals)
    tail: bool  # among the last few lines, where bios stand
    number: bool  # only digits (and punctuation)
    symbols: bool  # no letters or digits at all ("***", "___")
    bio: BioEvidence | None = None  # see `bio_of`: computed on demand (bio_evidence is slow)
    bio_done: bool = False


@dataclass(slots=True)
class Features:
    text: str
    units: list[Unit]
    text_hash: str
    words: int
    signature: tuple[int, ...]
    shingles: int
    site: str | None
    bands: dict[tuple[int, int], list[str]] = field(default_factory=dict)

    @property
    def signature_value(self) -> str:
        packed = struct.pack(f"<{len(self.signature)}I", *(v & 0xFFFFFFFF for v in self.signature))
        return f"{self.shingles}:{base64.b64encode(packed).decode()}"


_CACHE: list = [None, None, None]  # (text, metadata id, features) of the last document

# The features of the documents an index was just built from, kept for the check that follows:
# a run reads every document twice (collect, then check against the whole index), and computing
# the features again was half the time of the corpus rules (~3 s per 10 MB). A kept entry is
# used once; it is found by the document's place, id, site and text (length and hash), so a
# document that changed in between is computed afresh. At most KEEP_DOCUMENTS (~10 KB each):
# in a larger corpus the first ones profit.
_KEPT: dict[tuple, Features] = {}
KEEP_DOCUMENTS = 10_000


def features(doc: Document, *, keep: bool = False) -> Features:
    """The document's features, computed once for the four rules; `keep` (the collect phase)
    also keeps them for the check of the same document later in the run."""
    text = doc.text
    if _CACHE[0] is text and _CACHE[1] == id(doc.metadata):
        return _CACHE[2]
    site = site_of(doc)
    key = (os.path.abspath(doc.origin.path), doc.origin.record, doc.id, site, len(text), hash(text))
    result = _KEPT.pop(key, None)
    if result is not None:
        result.text = text
    else:
        units, normalized = _units(text)
        tokens = normalized.split()  # `sim.tokens(text)`, from the paragraphs' normal forms
        shingle_set = sim.shingles(tokens, SHINGLE)
        result = Features(
            text=text,
            units=units,
            text_hash=_hash(" ".join(tokens)),
            words=len(tokens),
            signature=sim.minhash(shingle_set, NUM_PERM),
            shingles=len(shingle_set),
            site=site,
        )
        if keep and len(_KEPT) < KEEP_DOCUMENTS:
            _KEPT[key] = replace(result, text="")  # the text is the check's document's
    _CACHE[:] = [text, id(doc.metadata), result]
    return result


def _hash(normalised: str) -> str:
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()


def unit_key(block: str) -> str:
    """The key of a line or paragraph: its normalised form, or its symbols when it has no words."""
    return _unit_key(block, normalize(block))


def _unit_key(block: str, norm: str) -> str:
    return _hash(norm or "\x00" + " ".join(block.split()))


BIO_TAIL_UNITS = 3  # a bio of another wording is looked for among the last lines of a document
BIO_MAX_WORDS = 120
# A cheap test before `bio_evidence` (slow): every bio cue it knows holds one of these words.
_BIO_HINTS = ("author", "writer", "journalist", "reporter", "editor", "columnist", "correspondent",
              "contributor", "commentator", "blogger", "novelist", "historian", "professor", "lecturer",
              "fellow", "analyst", "scholar", "essayist", "critic", "economist", "researcher", "broadcaster",
              "anchor", "podcaster", "follow", "reach", "contact", "mail", "lives", "visit", "blog", "writes",
              "reports", "appeared", "book", "@")


def bio_of(f: Features, u: Unit) -> BioEvidence | None:
    """The unit's bio evidence when it reads as an author bio (computed once, on demand)."""
    if not u.bio_done:
        u.bio_done = True
        # 5 words at least: a bio says who someone is ("Follow Evan McMurry (@evanmcmurry) on
        # Twitter"); a 3-word line such as "About the author:" is the label above one
        if 5 <= u.words <= BIO_MAX_WORDS:
            block = f.text[u.start:u.end]
            lowered = block.lower()
            if any(hint in lowered for hint in _BIO_HINTS):
                evidence = bio_evidence(block, u.start / max(len(f.text), 1))
                u.bio = evidence if evidence.score >= BIO_THRESHOLD else None
    return u.bio


def _units(text: str) -> tuple[list[Unit], str]:
    """Paragraphs, and the lines of multi-line paragraphs, with their position in the document;
    and `normalize(text)`.

    Each line is normalised once: a paragraph's normal form is its lines' joined, and the
    text's its paragraphs' (`normalize` works word by word, and no word spans a line break).
    Normalising the whole text again for the document's shingles cost ~0.7 s per 10 MB.
    """
    blocks: list[tuple[int, int, bool, int, int, str]] = []  # start, end, is a line, first and last line, norm
    normalized: list[str] = []
    n = 0
    for para in paragraphs(text):
        inner = text[para.start:para.end]
        if "\n" not in inner:
            norm = normalize(inner)
            normalized.append(norm)
            if len(blocks) <= MAX_UNITS:
                blocks.append((para.start, para.end, False, n, n, norm))
            n += 1
            continue
        first = n
        pos = para.start
        lines = []
        for piece in inner.split("\n"):
            stripped = piece.strip()
            if stripped:
                start = pos + piece.index(stripped[0])
                lines.append((start, start + len(stripped), True, n, n, normalize(stripped)))
                n += 1
            pos += len(piece) + 1
        norm = " ".join(line[5] for line in lines if line[5])
        normalized.append(norm)
        if len(blocks) <= MAX_UNITS:
            blocks.append((para.start, para.end, False, first, n - 1, norm))
            blocks.extend(lines)
    units = []
    for start, end, is_line, first, last, norm in blocks[:MAX_UNITS]:
        if end - start > MAX_UNIT_CHARS:
            continue
        block = text[start:end]
        words = norm.count(" ") + 1 if norm else 0
        units.append(Unit(
            start=start, end=end, key=_unit_key(block, norm), words=words,
            edge=first < 2 or last >= n - 2, line=is_line,
            sentence=4 <= words < LONG_WORDS and block.rstrip("\"'”’)]")[-1:] in _SENTENCE_ENDS
            and not block.isupper(),
            tail=last >= n - BIO_TAIL_UNITS,
            number=bool(norm) and not norm.strip("0 "),
            symbols=not norm.replace("_", "").strip(),
        ))
    return units, " ".join(norm for norm in normalized if norm)


def site_of(doc: Document) -> str | None:
    """The site a document comes from: a metadata field, else a parent folder named like a host."""
    meta = doc.metadata or {}
    for name in SITE_FIELDS:
        value = meta.get(name)
        if isinstance(value, str) and value.strip():
            value = value.strip().lower()
            host = urlsplit(value if "//" in value else "//" + value).hostname if ("." in value or "/" in value) else None
            if host:
                return host.removeprefix("www.")
            return " ".join(value.split())
    folder = os.path.basename(os.path.dirname(os.path.abspath(doc.origin.path))).lower()
    if _DOMAIN.match(folder):
        return folder.removeprefix("www.")
    return None


def signature_from_value(value: str) -> tuple[int, tuple[int, ...]] | None:
    try:
        count, packed = value.split(":", 1)
        raw = base64.b64decode(packed)
        return int(count), struct.unpack(f"<{len(raw) // 4}I", raw)
    except (ValueError, struct.error):
        return None


def estimate(a: tuple[int, tuple[int, ...]], b: tuple[int, tuple[int, ...]]) -> tuple[float, float]:
    """(Jaccard, overlap) of two documents from their stored signatures and shingle counts."""
    (na, sa), (nb, sb) = a, b
    if not sa or len(sa) != len(sb) or not na or not nb:
        return 0.0, 0.0
    j = sum(1 for x, y in zip(sa, sb) if x == y) / len(sa)
    inter = j * (na + nb) / (1 + j)
    return j, min(1.0, inter / min(na, nb))


def _is_self(occ: Occurrence, doc: Document) -> bool:
    return occ.record == doc.origin.record and os.path.abspath(occ.path) == os.path.abspath(doc.origin.path)


def _where(occ: Occurrence) -> str:
    return f"{occ.path}:{occ.line}" if occ.record is None else f"{occ.path}:{occ.line} (record {occ.record})"


class _Carriers:
    """What the index says about the documents carrying one fingerprint, cached per run."""

    def __init__(self) -> None:
        self._signatures: dict[str, tuple[int, tuple[int, ...]] | None] = {}
        self._groups: dict[tuple[str, str], tuple[int, float, list[Occurrence]]] = {}

    def signature(self, corpus: CorpusView, text_hash: str) -> tuple[int, tuple[int, ...]] | None:
        if text_hash not in self._signatures:
            values = corpus.values(K_DOC, text_hash)
            self._signatures[text_hash] = signature_from_value(next(iter(values))) if values else None
        return self._signatures[text_hash]

    def groups(self, corpus: CorpusView, kind: str, key: str) -> tuple[int, float, list[Occurrence]]:
        """(independent documents, share at the head/tail, the sampled occurrences)."""
        cached = self._groups.get((kind, key))
        if cached is not None:
            return cached
        occs = corpus.occurrences(kind, key, limit=SAMPLE)
        leaders: list[tuple[int, tuple[int, ...]]] = []
        hashes_seen: set[str] = set()
        stories = 0
        edge = 0
        for occ in occs:
            mark, text_hash = (occ.value[:1], occ.value[1:]) if kind == K_UNIT else ("m", occ.value)
            edge += mark == "e"
            if text_hash in hashes_seen:
                continue  # an exact copy of a document already counted
            hashes_seen.add(text_hash)
            sig = self.signature(corpus, text_hash)
            if sig is None:
                stories += 1
                continue
            if any(_same_story(sig, lead) for lead in leaders):
                continue
            leaders.append(sig)
            stories += 1
        result = (stories, edge / len(occs) if occs else 0.0, occs)
        if len(self._groups) > 200_000:
            self._groups.clear()
        self._groups[(kind, key)] = result
        return result


def _same_story(a: tuple[int, tuple[int, ...]], b: tuple[int, tuple[int, ...]]) -> bool:
    j, o = estimate(a, b)
    return j >= SAME_STORY_JACCARD or o >= SAME_STORY_OVERLAP


def _other(occs: list[Occurrence], doc: Document) -> Occurrence | None:
    return next((o for o in occs if not _is_self(o, doc)), None)


def _covered(units: list[tuple[Unit, object]]) -> list[tuple[Unit, object]]:
    """Drop the lines of a reported paragraph: one finding per block."""
    paras = [u for u, _ in units if not u.line]
    return [(u, info) for u, info in units
            if not (u.line and any(p.start <= u.start and u.end <= p.end for p in paras))]


# -- CL151 ------------------------------------------------------------------------------------

class RepeatedParagraphOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    min_documents: int = Field(
        3, alias="min-documents", ge=2,
        description="Independent documents (different articles) that must carry a line or paragraph.")
    min_documents_anywhere: int = Field(
        10, alias="min-documents-anywhere", ge=2,
        description="Independent documents above which a long paragraph or a full sentence counts "
                    "wherever it stands; below it, only at the head or tail of the documents.")
    site_share: float = Field(
        0.5, alias="site-share", gt=0, le=1,
        description="A long paragraph also counts when at least this share of its site's documents "
                    "carry it (site from metadata `site`/`source`/`url`..., or a folder named like a host).")


class RepeatedParagraph(CorpusRule):
    """## What it does
    Reports a line or paragraph that recurs, after normalisation (case, spacing, digits and URLs
    folded), in many different documents of the corpus: page furniture ("Story Continued Below",
    "Read More", "*"), disclaimers, share counters, comment prompts, newsletter pleas. The
    message says how many documents carry it and names one other place.

    ## Why is this bad?
    Boilerplate repeated across a corpus is the text a language model learns best and needs
    least; it skews deduplication, word counts and topic models, and is invisible when reading
    one document at a time.

    ## Example
    The same line in 67 articles of one site:
    ```
    Hillary Clinton, by contrast, sees the world as a place where all boats can rise at once.

    Story Continued Below

    That is the election of 2016 distilled down to its essence.
    ```
    Use instead:
    ```
    Hillary Clinton, by contrast, sees the world as a place where all boats can rise at once.

    That is the election of 2016 distilled down to its essence.
    ```

    ## Options
    - `min-documents` (default 3): independent documents that must carry the text.
    - `min-documents-anywhere` (default 10): a long paragraph (12 words or more) or a full
      sentence counts in the middle of documents only from this many documents on; below it,
      only where it stands in the first or last two lines of at least half of them. A line of
      symbols only ("***", "___") is a section break, so it counts only from this many documents
      on, wherever it stands.
    - `site-share` (default 0.5): ... or when this share of its site's documents carry it.

    Documents count as independent when their texts are not copies of one story: carriers whose
    word-3-gram Jaccard similarity is 0.15 or more (or whose smaller text is half contained in the
    larger) count once. A quotation that four outlets share in their copies of one wire story
    is therefore not boilerplate, however often it occurs.

    ## Fix safety
    The fix removes the line or paragraph with its blank lines. It is unsafe: the verdict rests
    on counts, and a sentence that many independent articles share (an official statement
    quoted everywhere) could be removed. Review with `--diff`, or run `corpuslint learn` to turn
    the repeated paragraphs into a rule pack you review and commit.

    ## Known problems
    A paragraph that is an author bio is reported by CL410 instead. Counts are per corpus: in a
    small corpus a site's furniture may occur too rarely to be seen; lower `min-documents` there.
    """

    code = "CL151"
    defers_to_specific = True  # a pack rule that names the boilerplate says more
    name = "repeated-paragraph"
    family = "boilerplate"
    uses_own_fingerprints = False  # check_corpus works from `features(doc)`
    severity = Severity.WARNING
    fingerprint_version = FINGERPRINT_VERSION
    fix_availability = FixAvailability.ALWAYS
    Options = RepeatedParagraphOptions

    def __init__(self, options=None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self._carriers = _Carriers()
        self._verdicts: dict[tuple[str, str | None], tuple[int, int, int | None] | None] = {}

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        f = features(doc, keep=self.collecting)
        yield Fingerprint(K_DOC, f.text_hash, 0, 0, f.signature_value)
        if f.site:
            yield Fingerprint(K_SITE, _hash(f.site))
        for u in f.units:
            yield Fingerprint(K_UNIT, u.key, u.start, u.end, ("e" if u.edge else "m") + f.text_hash)
            if f.site:
                yield Fingerprint(K_UNIT_SITE, _hash(f"{f.site}\x00{u.key}"), u.start, u.end)

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc)
        found: list[tuple[Unit, tuple]] = []
        for u in f.units:
            verdict = self._verdict(u, f.site, corpus)
            if verdict is not None and bio_of(f, u) is None:  # a bio is CL410's
                found.append((u, verdict))
        text = doc.text
        for u, (total, stories, site_count, occs) in _covered(found):
            other = _other(occs, doc)
            block = text[u.start:u.end]
            unit = "line" if u.line or "\n" not in block else "paragraph"
            site = f"; {site_count} of them from {f.site}" if site_count else ""
            start, end = block_removal(text, u.start, u.end)
            yield Violation(
                u.start, u.end,
                f"corpus boilerplate: this {unit} `{shorten(block, 60)}` occurs in {total} documents "
                f"({stories}{'+' if stories >= SAMPLE else ''} different articles{site}); remove it",
                fix=Fix(title=f"remove the repeated {unit}", applicability=Applicability.UNSAFE,
                        edits=[TextEdit(start=start, end=end)]),
                related=[Related(path=other.path, line=other.line, record=other.record,
                                 message="also here")] if other else [],
                source=f"{unit}:{u.key}",
                data={"documents": total, "independent": stories, "key": u.key,
                      **({"site": f.site, "site_documents": site_count} if site_count else {})},
            )

    def _verdict(self, u: Unit, site: str | None, corpus: CorpusView):
        if u.number:
            return None  # "12", "+12", "1.": digits fold to one key, so their count says nothing
        opts = self.options
        cache_key = (u.key, site)
        if cache_key in self._verdicts:
            return self._verdicts[cache_key]
        verdict = None
        total = corpus.count(K_UNIT, u.key)
        if total >= opts.min_documents:
            stories, edge, occs = self._carriers.groups(corpus, K_UNIT, u.key)
            if stories >= opts.min_documents:
                long = u.words >= LONG_WORDS or u.sentence
                site_count = corpus.count(K_UNIT_SITE, _hash(f"{site}\x00{u.key}")) if site else 0
                if u.symbols or u.words <= 1:
                    # "***" is a section break, "No." an answer, "Update" a heading: structure
                    # of an article unless everywhere (one-word lines were the false findings in
                    # the samples read; "Authors:" in 55 politico pages still counts)
                    ok = stories >= opts.min_documents_anywhere
                else:
                    ok = not long or edge >= 0.5 or stories >= opts.min_documents_anywhere
                if not ok and not u.symbols and site and site_count >= opts.min_documents:  # the site's own
                    site_docs = corpus.count(K_SITE, _hash(site))
                    ok = site_count >= opts.site_share * site_docs
                if ok:
                    verdict = (total, stories, site_count if site_count >= 2 else None, occs)
        if len(self._verdicts) > 200_000:
            self._verdicts.clear()
        self._verdicts[cache_key] = verdict
        return verdict


# -- CL410 ------------------------------------------------------------------------------------

class RepeatedBioOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    min_documents: int = Field(
        2, alias="min-documents", ge=2,
        description="Independent documents that must carry the bio (or a bio of the same person).")
    field_name: str = Field("author_bio", alias="field", min_length=1,
                            description="The metadata field the fix moves the bio into.")


class RepeatedBio(CorpusRule):
    """## What it does
    Reports an author bio (a short third-person paragraph about the writer: "Josh Gerstein is a
    senior reporter for POLITICO.", "Follow Evan McMurry (@evanmcmurry) on Twitter") that occurs
    in several documents, word for word or as another bio of the same person.

    ## Why is this bad?
    A bio stamped under every article of one writer is metadata, not text: it repeats verbatim
    across the corpus, attaches the writer's name and contacts to unrelated articles, and is
    told apart from the article only by reading many of them. Kept in a metadata field, it
    stays available (for attribution) without polluting the text.

    ## Example
    In two articles by the same reporter:
    ```
    ... the judge wrote in his order.

    Josh Gerstein is a senior reporter for POLITICO.
    ```
    Use instead: the article without the last paragraph, and in its metadata
    `author_bio: Josh Gerstein is a senior reporter for POLITICO.`

    ## Options
    - `min-documents` (default 2): independent documents that carry the bio (copies of one
      article count once).
    - `field` (default `author_bio`): the metadata field the fix writes.

    ## Fix safety
    Unsafe: the fix removes the paragraph from the text and stores it in the metadata field
    (appended after a blank line when the field already holds another bio). It changes the
    text, and a paragraph recognised as a bio by mistake would leave the body.

    ## Known problems
    Bios are recognised by their shape (a name or pronoun with a writer's role, contact and
    follow lines; see `corpuslint.biography`); a bio in an unusual form is missed. A bio that
    occurs in one document only is CL40x's business, not this rule's.
    """

    code = "CL410"
    name = "repeated-bio"
    family = "bios"
    uses_own_fingerprints = False  # check_corpus works from `features(doc)`
    severity = Severity.WARNING
    fingerprint_version = FINGERPRINT_VERSION
    fix_availability = FixAvailability.ALWAYS
    Options = RepeatedBioOptions

    def __init__(self, options=None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self._carriers = _Carriers()

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        f = features(doc, keep=self.collecting)
        yield Fingerprint(K_DOC, f.text_hash, 0, 0, f.signature_value)
        for u in f.units:
            yield Fingerprint(K_UNIT, u.key, u.start, u.end, ("e" if u.edge else "m") + f.text_hash)
            if u.tail:
                bio = bio_of(f, u)
                if bio is not None and bio.name:
                    yield Fingerprint(K_BIONAME, _name_key(bio.name), u.start, u.end, f.text_hash)

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc)
        need = self.options.min_documents
        found = []
        for u in f.units:
            repeated = corpus.count(K_UNIT, u.key) >= need
            if not (repeated or u.tail):
                continue
            bio = bio_of(f, u)
            if bio is None:
                continue
            how, stories, occs = "word for word", 0, []
            if repeated:
                stories, _edge, occs = self._carriers.groups(corpus, K_UNIT, u.key)
            if stories < need and u.tail and bio.name and corpus.count(K_BIONAME, _name_key(bio.name)) >= need:
                stories, _edge, occs = self._carriers.groups(corpus, K_BIONAME, _name_key(bio.name))
                how = f"as a bio of {bio.name}"
            if stories >= need:
                found.append((u, (how, stories, occs)))
        text = doc.text
        field_name = self.options.field_name
        for u, (how, stories, occs) in _covered(found):
            bio = " ".join(text[u.start:u.end].split())
            other = _other(occs, doc)
            start, end = block_removal(text, u.start, u.end)
            existing = doc.metadata.get(field_name)
            metadata = []
            if not (isinstance(existing, str) and bio in existing):
                value = f"{existing}\n\n{bio}" if isinstance(existing, str) and existing.strip() else bio
                metadata = [MetadataEdit(key=field_name, value=value)]
            yield Violation(
                u.start, u.end,
                f"author bio repeated across documents ({how}, in {stories}{'+' if stories >= SAMPLE else ''} "
                f"articles): `{shorten(bio, 60)}`; move it to the `{field_name}` metadata field",
                fix=Fix(title=f"move the bio to metadata `{field_name}`", applicability=Applicability.UNSAFE,
                        edits=[TextEdit(start=start, end=end)], metadata=metadata),
                related=[Related(path=other.path, line=other.line, record=other.record,
                                 message="the bio also here")] if other else [],
                source=f"bio:{u.bio.name or u.key}",
                data={"independent": stories, "name": u.bio.name, "score": u.bio.score, "cues": list(u.bio.cues)},
            )


def _name_key(name: str) -> str:
    return _hash(normalize(name))


# -- CL411 / CL412 ----------------------------------------------------------------------------

class DuplicateOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    min_words: int = Field(20, alias="min-words", ge=1,
                           description="Documents shorter than this (in words) are not compared.")


class DuplicateDocument(CorpusRule):
    """## What it does
    Reports a document whose text, normalised (case, spacing, digits, URLs and punctuation
    folded), is the same as an earlier document's. It is reported on the later one (in path and
    record order), naming the earlier.

    ## Why is this bad?
    The same article scraped twice (two URLs, two crawls) weighs double in training and leaks
    between train and test splits.

    ## Example
    `b.txt:1:1: CL411 [duplicate-document] the same text as a.txt (record 12)`

    Use instead: keep one of the two.

    ## Options
    - `min-words` (default 20): shorter documents are not compared.

    ## Fix safety
    No fix: which copy to keep (and whether the metadata differs) is a person's call.
    """

    code = "CL411"
    name = "duplicate-document"
    family = "duplicates"
    uses_own_fingerprints = False  # check_corpus works from `features(doc)`
    severity = Severity.WARNING
    fingerprint_version = FINGERPRINT_VERSION
    Options = DuplicateOptions

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        f = features(doc, keep=self.collecting)
        yield Fingerprint(K_DOC, f.text_hash, 0, 0, f.signature_value)

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc)
        if f.words < self.options.min_words or corpus.count(K_DOC, f.text_hash) < 2:
            return
        occs = corpus.occurrences(K_DOC, f.text_hash, limit=50)
        first = _other(occs, doc)
        if first is None or _earlier(doc, occs, first) is not first:
            return
        yield Violation(
            0, min(len(doc.text), max(doc.text.find("\n"), 0) or len(doc.text)),
            f"duplicate document: the same text as {_where_doc(first)} "
            f"({corpus.count(K_DOC, f.text_hash)} copies in the corpus); keep one",
            related=[Related(path=first.path, line=first.line, record=first.record, message="the earlier copy")],
            data={"similarity": 1.0, "copies": corpus.count(K_DOC, f.text_hash), "earlier": first.path},
        )


def _earlier(doc: Document, occs: list[Occurrence], candidate: Occurrence) -> Occurrence | None:
    """`candidate` when it comes before `doc` in the index's order (path, record)."""
    for occ in occs:
        if _is_self(occ, doc):
            return None
        if occ is candidate:
            return candidate
    return candidate  # `doc` lies beyond the listed ones: they all come first


def _where_doc(occ: Occurrence) -> str:
    return occ.path if occ.record is None else f"{occ.path} (record {occ.record}, `{occ.document}`)"


class NearDuplicateOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    threshold: float = Field(0.8, gt=0.0, lt=1.0,
                             description="Estimated Jaccard similarity of word 3-grams from which two "
                                         "documents are near duplicates.")
    min_words: int = Field(20, alias="min-words", ge=1,
                           description="Documents shorter than this (in words) are not compared.")


class NearDuplicateDocument(CorpusRule):
    """## What it does
    Reports a document that is nearly the same as an earlier one: the estimated Jaccard
    similarity of their word 3-grams is at least `threshold` (0.8). Candidates are found with
    MinHash (64 values) and locality-sensitive hashing, so the cost does not grow with the
    square of the corpus. Reported on the later document, naming the earlier one and the
    estimated similarity. Exact copies are CL411's.

    ## Why is this bad?
    The same article republished with another headline, byline, or a different set of share
    buttons is still a duplicate: it weighs double in training and leaks across splits.

    ## Example
    `mirror/story.txt:1:1: CL412 [near-duplicate-document] nearly the same text as wire/story.txt
    (estimated similarity 0.91)`

    Use instead: keep one of the two.

    ## Options
    - `threshold` (default 0.8): estimated similarity from which documents are near duplicates.
    - `min-words` (default 20): shorter documents are not compared.

    ## Fix safety
    No fix: which version to keep is a person's call.

    ## Known problems
    The similarity is an estimate (about ±0.05 near 0.8); pairs just around the threshold may
    come and go when either text changes a little.
    """

    code = "CL412"
    name = "near-duplicate-document"
    family = "duplicates"
    uses_own_fingerprints = False  # check_corpus works from `features(doc)`
    severity = Severity.WARNING
    fingerprint_version = FINGERPRINT_VERSION
    Options = NearDuplicateOptions

    def __init__(self, options=None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self._carriers = _Carriers()

    @cached_property
    def _lsh(self) -> tuple[int, int]:
        # (bands, rows) on first use: the search takes ~15 ms, which a run without the index
        # (pre-commit on one file with --no-index, `corpuslint rule`) need not pay at start-up
        return sim.lsh_params(self.options.threshold, NUM_PERM)

    @property
    def bands(self) -> int:
        return self._lsh[0]

    @property
    def rows(self) -> int:
        return self._lsh[1]

    @property
    def kind(self) -> str:
        return f"band{self.bands}x{self.rows}"

    def _band_keys(self, f: Features) -> list[str]:
        params = (self.bands, self.rows)
        if params not in f.bands:
            f.bands[params] = sim.band_keys(f.signature, self.bands, self.rows)
        return f.bands[params]

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        f = features(doc, keep=self.collecting)
        yield Fingerprint(K_DOC, f.text_hash, 0, 0, f.signature_value)
        if f.words >= self.options.min_words:
            for key in self._band_keys(f):
                yield Fingerprint(self.kind, key, 0, 0, f.text_hash)

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc)
        if f.words < self.options.min_words:
            return
        mine = (f.shingles, tuple(v & 0xFFFFFFFF for v in f.signature))
        best: tuple[tuple[str, int], Occurrence, float] | None = None
        checked: set[str] = set()
        for key in self._band_keys(f):
            if corpus.count(self.kind, key) < 2:
                continue
            occs = corpus.occurrences(self.kind, key, limit=SAMPLE)
            for occ in occs:
                if _is_self(occ, doc):
                    break  # the rest come after this document
                if occ.value == f.text_hash or occ.value in checked:
                    continue
                checked.add(occ.value)
                other = self._carriers.signature(corpus, occ.value)
                if other is None:
                    continue
                j, _overlap = estimate(mine, other)
                if j >= self.options.threshold:
                    order = (occ.path, occ.record or 0)
                    if best is None or order < best[0]:
                        best = (order, occ, j)
        if best is None:
            return
        _, first, j = best
        yield Violation(
            0, min(len(doc.text), max(doc.text.find("\n"), 0) or len(doc.text)),
            f"near-duplicate document: nearly the same text as {_where_doc(first)} "
            f"(estimated similarity {j:.2f}); keep one",
            related=[Related(path=first.path, line=first.line, record=first.record, message="the earlier version")],
            data={"similarity": round(j, 3), "earlier": first.path},
        )


@hookimpl
def corpuslint_register_rules(register):
    for rule in (RepeatedParagraph, RepeatedBio, DuplicateDocument, NearDuplicateDocument):
        register(rule)
