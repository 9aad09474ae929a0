"""CL4xx: text repeated inside one document: duplicated author bios and duplicate paragraphs.

Scrapers often keep an article's text twice: the author bio in the article's footer and again
in the site's "About the author" box, the photo captions once per gallery slide, or the whole
body when two page regions held it. Both rules here share one analysis per document:

1. The document is cut into units: paragraphs (blocks between blank lines); a block whose lines
   are themselves paragraphs (one newline between them, not hard-wrapped prose) is cut into
   lines. List items and table rows are left out: they repeat by nature.
2. Each unit is normalised (`textutil.normalize`) and cut into word shingles
   (`corpuslint.similarity`). A unit that repeats an earlier one exactly, or nearly (Jaccard, or
   containment of the shorter in the fuller), is a copy.
3. A run of consecutive short units that together nearly equals one other paragraph is a copy
   too: the bio spread over four short paragraphs in the footer, then given again as one
   paragraph in the "About the author" box.

The later copy is reported, naming the earlier one. If the repeated text is an author bio
(`corpuslint.checks.bios.biography`), the finding is CL401; otherwise CL402.

CL410 (a bio repeated across documents) is in `repeated.py`; it works from the corpus rules'
shared features (`checks/corpus_features.py`). Bios are recognised in `biography.py`.
"""

from __future__ import annotations

import re
import threading
from collections import Counter
from dataclasses import dataclass, field
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, islice
from operator import and_, eq, itemgetter

import regex
from pydantic import BaseModel, ConfigDict, Field

from corpuslint import hookimpl
from corpuslint.checks.bios.biography import BIO_THRESHOLD, _may_be_bio, bio_evidence
from corpuslint.checks.bios.repeated import RepeatedBio
from corpuslint.models import Applicability, Document, Fix, Related, Severity, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.similarity import quick_tokens, word_shingles
from corpuslint.textutil import URL_LIKE, block_removal, is_structure, paragraphs, shorten

# -- options ----------------------------------------------------------------------------------


class CopyOptions(BaseModel):
    """Options shared by CL401 and CL402 (each rule reads its own copy)."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    min_words: int = Field(8, alias="min-words", ge=1,
                           description="A paragraph shorter than this (in words) is never reported as a "
                                       "duplicate, except a bio (see `min-bio-words`).")
    min_chars: int = Field(40, alias="min-chars", ge=1,
                           description="A paragraph shorter than this (normalised characters) is never reported.")
    min_bio_words: int = Field(4, alias="min-bio-words", ge=1,
                               description="A short paragraph repeated exactly is still reported if it is a bio "
                                           "(\"Follow Evan McMurry (@evanmcmurry) on Twitter\") and has this many words.")
    near_threshold: float = Field(0.8, alias="near-threshold", gt=0.0, le=1.0,
                                  description="Jaccard similarity of word shingles from which two paragraphs are "
                                              "near copies.")
    containment_threshold: float = Field(0.9, alias="containment-threshold", gt=0.0, le=1.0,
                                         description="Share of the shorter paragraph's shingles found in the fuller "
                                                     "one from which the two are near copies (when the shorter has "
                                                     "at least `min-length-ratio` of the fuller's length).")
    min_length_ratio: float = Field(0.5, alias="min-length-ratio", gt=0.0, le=1.0,
                                    description="A short paragraph contained in a much longer one (a pull quote) is "
                                                "not a copy: the shorter must have this share of the fuller's shingles.")
    run_threshold: float = Field(0.8, alias="run-threshold", gt=0.0, le=1.0,
                                 description="Share of a run of consecutive paragraphs' shingles found in one other "
                                             "paragraph from which the run is a copy of it.")
    max_run: int = Field(6, alias="max-run", ge=2,
                         description="Most consecutive paragraphs that may together form one copy.")
    shingle_size: int = Field(3, alias="shingle-size", ge=1, le=8,
                              description="Words per shingle.")
    max_paragraphs: int = Field(1500, alias="max-paragraphs", ge=2,
                                description="Above this many paragraphs only exact copies are looked for "
                                            "(keeps huge documents fast).")


# -- the shared analysis ----------------------------------------------------------------------

LIST_OR_TABLE = regex.compile(r"^(?:[-*+•▪◦]\s|\d{1,3}[.)]\s|\|)")
_RUN_MEMBER = 0.5  # share of a run member's shingles that must be in the target
_RUN_COVERAGE = 0.5  # share of the target's shingles the run must cover
_RUN_TARGET_WORDS = 15
_MAX_POSTING = 64  # a shingle in more units than this is common phrasing, not evidence
# Two bios of the same person are copies at a lower similarity than other text: a bio is
# re-worded between a footer and an "About the author" box ("Award-winning author ...", a
# sentence more, another blog address).
_BIO_OVERLAP = 0.5  # shared shingles / the smaller copy's shingles
_BIO_SHARED = 12  # and at least this many shared shingles


_BIO_SENTENCE_SHARED = 3  # shingles two bios must share before their sentences are compared
_BIO_SENTENCES = 0.5  # sentence-set similarity from which two bios of one person are one bio
_SENTENCE_CUT = regex.compile(r"(?<=[.!?])\s+(?=[\p{Lu}\"“‘'(])|(?<=:)\s+")
_SENTENCE_WORD = regex.compile(r"[\p{L}\d]{2,}")


def sentence_similarity(a: str, b: str) -> float:
    """How alike two short texts are sentence by sentence, whatever the order of the sentences:
    each sentence of the text with fewer is matched with its most similar sentence of the other
    (Jaccard of their word sets), and the mean is taken. A bio whose sentences were swapped and
    reworded scores ~0.6-0.8; two bios of different people with the same shape ~0.2."""
    def sentences(text: str) -> list[set[str]]:
        out = []
        for part in _SENTENCE_CUT.split(text):
            words = {w.casefold() for w in _SENTENCE_WORD.findall(part)}
            if len(words) >= 3:
                out.append(words)
        return out

    sa, sb = sentences(a), sentences(b)
    if not sa or not sb:
        return 0.0
    if len(sa) > len(sb):
        sa, sb = sb, sa
    total = 0.0
    for x in sa:
        total += max(len(x & y) / len(x | y) for y in sb)
    return total / len(sa)


@dataclass(slots=True)
class CopyUnit:
    start: int
    end: int
    key: str = ""  # normalised text (its words, space-separated)
    words: int = 0
    shingles: set = field(default_factory=set)
    listy: bool = False
    tokens: list[bytes] = field(default_factory=list)  # the words, UTF-8
    ready: bool = False  # key, words, tokens and shingles computed (`_ready`)


@dataclass(slots=True)
class Copy:
    """One repeat: the later copy, the earlier one, and how alike they are."""

    later: tuple[int, int]
    earlier: tuple[int, int]
    kind: str  # "exact", "normalized", "near", "run"
    similarity: float
    measure: str
    jaccard: float
    containment: float
    keep_later: bool  # which copy the fix keeps
    bio: bool = False
    bio_score: float = 0.0
    bio_name: str | None = None
    later_run: bool = False  # the later copy is a run of several units
    earlier_run: bool = False
    later_units: tuple[int, int] = (0, 0)  # first and last unit of each copy
    earlier_units: tuple[int, int] = (0, 0)
    quotation: bool = False  # a quotation given twice (a pull quote), not part of a repeated region

    @property
    def category(self) -> str:
        """Which rule reports it: "bio" (CL401), "paragraph" (CL402) or "quotation" (CL403)."""
        return "bio" if self.bio else "quotation" if self.quotation else "paragraph"


def _hard_wrapped(lines: list[str]) -> bool:
    """True for prose wrapped at a fixed width (its lines are not paragraphs of their own).

    Wrapped lines are long and of nearly the same length, and the line after a break usually
    goes on with the sentence; a block of captions, links or one-line paragraphs is not.
    """
    if len(lines) < 2:
        return False
    body = lines[:-1]
    longest = max(len(line) for line in lines)
    if longest > 100 or longest < 40 or any(len(line) < 0.7 * longest for line in body):
        return False
    if len(lines) == 2:
        following = lines[1].lstrip()
        return bool(following) and following[0].islower()
    return True


def units_of(text: str, *, tokenise: bool = True, shingle_size: int = 3) -> list[CopyUnit]:
    """The units a document is compared in: paragraphs, or the lines of unwrapped blocks.

    With `tokenise=False` the units are only cut out; `_ready` computes a unit's words and
    shingles when they are needed (the prefilter leaves most units untouched).
    """
    units: list[CopyUnit] = []
    for block in paragraphs(text):
        chunk = text[block.start:block.end]
        if "\n" in chunk:
            pieces = []
            pos = block.start
            for line in chunk.split("\n"):
                stripped = line.strip()
                if stripped:
                    offset = pos + line.index(stripped[0])
                    pieces.append((offset, offset + len(stripped)))
                pos += len(line) + 1
            if not _hard_wrapped([text[s:e] for s, e in pieces]):
                for s, e in pieces:
                    units.append(CopyUnit(s, e, listy=_listy(text, s, e)))
                continue
        units.append(CopyUnit(block.start, block.end, listy=_listy(text, block.start, block.end)))
    if tokenise:
        for unit in units:
            _ready(text, unit, shingle_size)
    return units


def _listy(text: str, start: int, end: int) -> bool:
    """A list item, a table row or a line of code: they repeat by nature (a commit listed in two
    tables of release notes, a statement in two code samples)."""
    if LIST_OR_TABLE.match(text[start:min(end, start + 8)]):  # the marker is <= 5 characters
        return True
    if " | " in text[start:end] and "\n" not in text[start:end]:
        # a row of a Markdown table written without outer pipes: a line beside it has cells too
        before = text.rfind("\n", 0, max(0, start - 1))
        prev_line = text[before + 1:max(0, start - 1)]
        after = text.find("\n", end + 1)
        next_line = text[end + 1: after if after != -1 else len(text)]
        if " | " in prev_line or "|" in prev_line.strip()[:1] or " | " in next_line or "-|-" in prev_line:
            return True
    return is_structure(text, start, end)  # a code fence or code line, a heading, a table row


def _ready(text: str, unit: CopyUnit, k: int) -> CopyUnit:
    """Compute `unit`'s tokens, normalised key, word count and shingles (once)."""
    if unit.ready:
        return unit
    chunk = text[unit.start:unit.end]
    if not chunk.isascii() and not ("://" in chunk or "www." in chunk or "@" in chunk):
        # curly quotes, dashes, ellipses and no-break spaces cut words and are never part of one
        # (after NFKC too): as spaces they leave ASCII text, the fast path below (a third of
        # the paragraphs have them; ~20 ms on the 2000 documents)
        raw = _NOT_WORD_MARKS.sub(b" ", chunk.encode())
        if raw.isascii():
            chunk = raw.decode()
    if chunk.isascii():
        # `quick_tokens` for ASCII text in three C calls (lower-case letters and digits; the rest
        # cuts words), where its `re.findall` took most of the ~25 µs a paragraph cost: the
        # same words, as bytes, ~4x faster (~20 ms on the 2000 documents)
        if "://" in chunk or "www." in chunk or "@" in chunk:
            chunk = URL_LIKE.sub(" ", chunk)
        words = chunk.encode().translate(_ASCII_WORDS).split()
        count = len(words)
        if count < 40:  # numbers are not words for the minimum lengths (all far below 40)
            count -= sum(map(bytes.isdigit, words))
        unit.key = b" ".join(words).decode()
    else:
        found = quick_tokens(chunk)
        count = len(found)
        if count < 40:
            count -= sum(1 for w in found if w.isdigit())
        unit.key = " ".join(found)
        words = [w.encode() for w in found]  # the shingles of both kinds of text are of bytes
    unit.tokens = words
    unit.words = count
    if words and not unit.listy:
        unit.shingles = _shingle_hashes(words, k)
    unit.ready = True
    return unit


# U+2000-U+206F (spaces, dashes, quotes, bullets, ellipsis, primes: none is a letter or digit, nor
# becomes one under NFKC), and the no-break space, guillemets, pound and euro signs
_NOT_WORD_MARKS = re.compile(rb"\xe2\x80[\x80-\xbf]|\xe2\x81[\x80-\xaf]|\xc2[\xa0\xa3\xab\xbb]|\xe2\x82\xac")
_ASCII_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


def _shingle_hashes(words: list[bytes], k: int) -> set[int]:
    """`similarity.word_shingles(words, k)` with each shingle replaced by its `hash()`.

    The analysis intersects and counts these sets many times; a tuple of three words is hashed
    again at every set operation, an int is not: ~15% faster on the real documents. Within one
    process a hash stands for its tuple (64 bits: two of a document's few thousand shingles
    collide with a chance of about 1e-12); never stored, so the per-process hash seed is harmless.
    """
    if len(words) <= k:
        return {hash(tuple(words))}
    return set(map(hash, zip(*(words[i:] for i in range(k)))))


def _collapse(text: str) -> str:
    return " ".join(text.split())


# -- the prefilter ----------------------------------------------------------------------------
#
# Most documents repeat nothing: before cutting a document into units and shingles, a few C-level
# byte operations over the whole text prove that for 70% of the real documents, and name the few
# lines that may hold a copy in the others. Only the units on those lines are tokenised and
# shingled, and bios are scored only for units that are part of a candidate pair.
#
# Keys. The text is lower-cased (ASCII) and cut into "pieces" at . ? ! ; : , - and line breaks
# (en and em dashes cut like "-", an ellipsis like "."); spaces, other punctuation, curly quotes
# and the rest of U+2000-U+2FFF are dropped, and a non-ASCII letter keeps only its first UTF-8
# byte. A piece of at least `_KEY_MIN` bytes gives two keys, its first and its last `_KEY_EDGE`
# bytes (one key, itself, when it is shorter). A line is a candidate when one of its keys is
# found on another line.
#
# What it guarantees, and its limits. Two units that are the same after `quick_tokens` (case,
# spacing, quote style) share every piece, except pieces that differ by a link or an email, or
# by a cutting mark one copy has and the other has not. A near copy (Jaccard >= 0.8 of 3-word
# shingles, or containment >= 0.9 at half the length) keeps at least 80% of its shingles, so at
# most one shingle in five differs: it shares a run of >= 5 consecutive words with the other,
# and, in real text, a whole clause, or at least the start or the end of one (a caption that
# adds "Untimely:" before a sentence, a bio that adds "Award-winning author", a list item that
# says "removing" where the body says "remove"). What is missed is a near copy that changes a
# word near both ends of every clause it has (or the marks around all of them), and a run of
# short units none of which shares a clause's start or end with the target (see
# `_add_neighbours`). Measured on the 2000 real documents and the seed: of the 289 pairs of
# units (>= 8 words) with Jaccard >= 0.5 or containment >= 0.6, far below the thresholds,
# 286 are both on candidate lines; the 3 others are at Jaccard <= 0.52 and containment <= 0.72.
# The findings are the same as without the prefilter (tests/test_bios_prefilter.py). It is
# only used with the default thresholds or stricter ones (`_prefilter_applies`).
#
# Cost: ~65 ms CPU for the 2000 documents (4.8 MB, ~70 MB/s), ~600 of which go on to the
# analysis of their candidate units (~4 lines each); the full analysis of every unit took 2.6 s.

_KEY_MIN = 12  # bytes: shorter pieces ("he said", "U", "000") are common, not evidence
_KEY_EDGE = 20  # bytes (about four words) at each end of a piece that make its keys
_SENTENCE_MARKS = b".?!;:,-\n"


def _key_table(newline: int) -> bytes:
    table = bytearray(range(256))
    for c in b"ABCDEFGHIJKLMNOPQRSTUVWXYZ":
        table[c] = c + 32
    for c in _SENTENCE_MARKS:
        table[c] = 1
    table[10] = newline
    return bytes(table)


# En and em dashes and the ellipsis cut like "-" and "." (both are cutting marks, so all three become
# "-"); one `re` pass costs ~3 ms for the 2000 documents where three `bytes.replace` took ~11 ms.
_UNICODE_MARK = re.compile("|".join(("–", "—", "…")).encode())
_KEY_TABLE = _key_table(1)  # every mark cuts a piece
_LINE_TABLE = _key_table(10)  # line breaks stay line breaks, to find the lines keys are on
_KEY_KEEP = set(b"0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ" + _SENTENCE_MARKS)
_KEY_KEEP |= set(range(0xC0, 0x100)) - {0xE2}  # UTF-8 lead bytes but U+2000-U+2FFF's
_KEY_DROP = bytes(c for c in range(256) if c not in _KEY_KEEP)
_AT_LEAST_MIN = itemgetter(slice(_KEY_MIN - 1, _KEY_MIN))  # b"" (false) for a shorter piece
_LONGER_THAN_EDGE = itemgetter(slice(_KEY_EDGE, _KEY_EDGE + 1))
_HEAD = itemgetter(slice(None, _KEY_EDGE))
_TAIL = itemgetter(slice(-_KEY_EDGE, None))
_PLUS_ONE = (1).__add__


def _prefilter_applies(options: CopyOptions) -> bool:
    """The prefilter's reasoning holds for the default thresholds and stricter ones."""
    return (options.near_threshold >= 0.8 and options.containment_threshold >= 0.9
            and options.run_threshold >= 0.8 and options.shingle_size >= 3)


def candidate_lines(text: str) -> set[int] | None:
    """0-based numbers of the lines of `text` that share a key with another line.

    None when no line does: then no unit can be a copy of another (see the comment above).
    """
    raw = text.encode("utf-8", "surrogatepass")
    if b"\xe2\x80" in raw:  # en and em dashes cut like "-", an ellipsis like "..."
        raw = _UNICODE_MARK.sub(b"-", raw)
    lined = raw.translate(_LINE_TABLE, _KEY_DROP)
    pieces = list(filter(_AT_LEAST_MIN, lined.replace(b"\n", b"\1").split(b"\1")))
    # No key twice (70% of the documents): a set of the heads, then of heads and tails, tells.
    keys = set(map(_HEAD, pieces))
    if len(keys) == len(pieces):
        tails = list(map(_TAIL, filter(_LONGER_THAN_EDGE, pieces)))
        keys.update(tails)
        if len(keys) == len(pieces) + len(tails):
            return None
    keys = list(map(_HEAD, pieces))
    keys += map(_TAIL, filter(_LONGER_THAN_EDGE, pieces))
    keys.sort()  # the keys found twice, in C: a sorted key equal to the one after it
    repeated = set(compress(keys, map(eq, keys, islice(keys, 1, None))))
    # where each line ends (its newline included), to put a key's occurrences on their lines
    ends = list(accumulate(map(_PLUS_ONE, map(len, lined.split(b"\n")))))
    lines: set[int] = set()
    for key in repeated:
        found = set()
        pos = lined.find(key)
        while pos >= 0:
            found.add(bisect_right(ends, pos))
            pos = lined.find(key, pos + 1)
        if len(found) > 1:
            lines |= found
    return lines or None


def _units_on_lines(text: str, units: list[CopyUnit], lines: set[int]) -> list[int]:
    """Indexes of the units that hold at least one of `lines` (0-based line numbers)."""
    out = []
    line = pos = 0
    for j, unit in enumerate(units):
        line += text.count("\n", pos, unit.start)
        first = line
        line += text.count("\n", unit.start, unit.end)
        pos = unit.end
        if any(first <= n <= line for n in lines):
            out.append(j)
    return out


class _UnitList(list):
    """The units of a text; an entry may be None until `get` makes it a `CopyUnit`."""

    __slots__ = ("make",)

    def get(self, j: int) -> CopyUnit:
        unit = self[j]
        if unit is None:
            unit = self[j] = self.make(j)
        return unit


_BLOCK_SPACE = " \t\r\f\v"  # what a blank line may hold (`textutil.BLANK_LINES`)


def _units_around(text: str, lines: set[int]) -> tuple[_UnitList, list[int]] | None:
    """The units of `text` and the indexes of those on `lines`, without cutting the others.

    Cutting every unit of a document into a `CopyUnit` took ~50 µs per document (~30 ms for the
    ~600 real documents that pass the prefilter), most of it for units nothing looks at. When
    no two lines of the text are next to each other (each paragraph is one line: 80% of those
    documents), unit j is the j-th line that is not blank, and only the units the analysis
    looks at are made (`_UnitList.get`); the same units as `units_of`. None for other texts.
    """
    rows = text.split("\n")
    if len(rows) < 2:
        return None
    filled = [bool(row.strip(_BLOCK_SPACE)) for row in rows]
    if any(map(and_, filled, islice(filled, 1, None))):
        return None  # a block of several lines: `units_of` decides how it is cut
    starts = list(accumulate(map(_PLUS_ONE, map(len, rows)), initial=0))
    unit_rows = list(compress(range(len(rows)), map(str.strip, rows)))

    def make(j: int) -> CopyUnit:
        r = unit_rows[j]
        row = rows[r]
        stripped = row.strip()
        start = starts[r] + row.index(stripped[0])
        return CopyUnit(start, start + len(stripped), listy=_listy(text, start, start + len(stripped)))

    units = _UnitList([None] * len(unit_rows))
    units.make = make
    active = []
    for line in sorted(lines):
        j = bisect_left(unit_rows, line)
        if j < len(unit_rows) and unit_rows[j] == line:
            units[j] = make(j)
            active.append(j)
    return units, active


# -- the analysis -----------------------------------------------------------------------------


def find_copies(text: str, options: CopyOptions, *, prefilter: bool = True) -> list[Copy]:
    """Every later copy of a paragraph (or run of paragraphs) in `text`, in document order.

    `prefilter=False` analyses every unit (the reference the prefilter is tested against).
    """
    k = options.shingle_size
    lines = None
    if prefilter and _prefilter_applies(options):
        lines = candidate_lines(text)
        if lines is None:
            return []
    around = None if lines is None else _units_around(text, lines)
    if around is not None:
        units, active = around
        n = len(units)
    else:
        units = _UnitList(units_of(text, tokenise=False))
        n = len(units)
        if n < 2:
            return []
        active = range(n) if lines is None else _units_on_lines(text, units, lines)
    if len(active) < 2:
        return []
    restricted = lines is not None
    for j in active:
        _ready(text, units[j], k)
    copies: list[Copy] = []
    reported: set[int] = set()  # units already reported as a later copy (or part of one)
    involved: set[int] = set()  # units already part of some copy

    def long_enough(u: CopyUnit) -> bool:
        return not u.listy and u.words >= options.min_words and len(u.key) >= options.min_chars

    # 1. exact copies (after normalisation); short ones only if they are bios
    first: dict[str, int] = {}
    for j in active:
        u = units[j]
        if not u.key or u.listy or u.words < min(options.min_words, options.min_bio_words):
            continue
        i = first.setdefault(u.key, j)
        if i == j:
            continue
        earlier = units[i]
        identical = _collapse(text[earlier.start:earlier.end]) == _collapse(text[u.start:u.end])
        copy = Copy((u.start, u.end), (earlier.start, earlier.end), "exact" if identical else "normalized",
                    1.0, "exact", 1.0, 1.0, keep_later=False, later_units=(j, j), earlier_units=(i, i))
        if not long_enough(u):
            evidence = bio_evidence(text[u.start:u.end])
            if evidence.score < BIO_THRESHOLD or u.words < options.min_bio_words:
                continue
        copies.append(copy)
        reported.add(j)
        involved.update((i, j))

    if n > options.max_paragraphs:
        return _classify(text, units, copies, k)

    # Shingles as word tuples (fast, in memory). Only shingles that occur in two units or more
    # can make a copy, so only those go into the postings; most units have none and cost nothing.
    seen: set[int] = set()
    repeated: set[int] = set()
    for j in active:
        mine = units[j].shingles
        if mine:
            if not seen.isdisjoint(mine):
                repeated |= seen & mine
            seen |= mine
    if not repeated:
        return _classify(text, units, copies, k)
    postings: dict = {}
    for j in active:
        u = units[j]
        if u.shingles and not u.shingles.isdisjoint(repeated):
            for s in u.shingles & repeated:
                plist = postings.get(s)
                if plist is None:
                    postings[s] = [j]
                else:
                    plist.append(j)

    bio_cache: dict = {}

    def bio_of(key):
        """Bio evidence of a unit (an index) or of a run of units (a (first, last) pair)."""
        if key not in bio_cache:
            lo, hi = key if isinstance(key, tuple) else (key, key)
            bio_cache[key] = bio_evidence(text[units[lo].start:units[hi].end])
        return bio_cache[key]

    shared_cache: dict[int, dict[int, int]] = {}

    def shared_with(j: int) -> dict[int, int]:
        """Units sharing shingles with unit `j`, and how many (exact counts; a fresh dict)."""
        # computed once per unit for the near copies and the runs (-8 ms on the 2000 documents)
        if j not in shared_cache:
            shared_cache[j] = _shared_with(j)
        return dict(shared_cache[j])

    def _shared_with(j: int) -> dict[int, int]:
        mine = units[j].shingles
        candidates: set[int] = set()
        for s in mine & repeated:
            plist = postings[s]
            if len(plist) <= _MAX_POSTING:
                candidates.update(plist)
        candidates.discard(j)
        return {i: len(mine & units[i].shingles) for i in candidates}

    # 2. near copies, pair by pair
    reworded: list[tuple[int, int, float, float, float]] = []  # bios alike sentence by sentence (step 4)
    for j in active:
        u = units[j]
        if j in reported or not long_enough(u):
            continue
        best = None
        for i, inter in shared_with(j).items():
            if i >= j or not long_enough(units[i]):
                continue
            a, b = len(units[i].shingles), len(u.shingles)
            jac = inter / (a + b - inter)
            small, big = min(a, b), max(a, b)
            cont = inter / small
            near = jac >= options.near_threshold or (
                cont >= options.containment_threshold and small >= options.min_length_ratio * big)
            sentences = 0.0
            if not near:
                if not (cont >= _BIO_OVERLAP and inter >= _BIO_SHARED and _same_bio(bio_of(i), bio_of(j))):
                    # a bio given again with its sentences in another order and reworded: its
                    # shingles differ, its sentences' words do not (sentence-set similarity)
                    if inter < _BIO_SENTENCE_SHARED or not _same_bio(bio_of(i), bio_of(j)):
                        continue
                    sentences = sentence_similarity(text[units[i].start:units[i].end], text[u.start:u.end])
                    if sentences >= _BIO_SENTENCES:
                        reworded.append((j, i, round(sentences, 3), round(jac, 3), round(cont, 3)))
                    continue
            score = max(jac, cont if small >= options.min_length_ratio * big else 0.0)
            if not near:
                score = cont
            if best is None or score > best[0]:
                best = (score, i, jac, cont)
        if best is None:
            continue
        score, i, jac, cont = best
        earlier = units[i]
        keep_later = len(u.shingles) > len(earlier.shingles)
        measure = "jaccard" if score == jac else "containment"
        copies.append(Copy((u.start, u.end), (earlier.start, earlier.end), "near", round(score, 3), measure,
                           round(jac, 3), round(cont, 3), keep_later=keep_later, later_units=(j, j),
                           earlier_units=(i, i)))
        reported.add(j)
        involved.update((i, j))

    # 3. a run of consecutive units that together nearly equals one other unit
    for t in active:
        target = units[t]
        if t in involved or target.listy or target.words < _RUN_TARGET_WORDS or not target.shingles:
            continue
        counts = shared_with(t)
        if restricted and counts:
            # Short units next to a unit that shares a clause with the target (a "He said:", a
            # bio's last line) share no key but may still belong to the run: look at them too,
            # when a run could reach the target's coverage or the target is a bio.
            _add_neighbours(text, units, t, counts, options, k, involved, bio_of)
        if len(counts) < 2:
            continue
        run = _best_run(text, units, t, counts, options, involved, bio_of)
        if run is None:
            continue
        lo, hi, inter_run, run_size, _bio = run
        cont = inter_run / run_size
        jac = inter_run / (run_size + len(target.shingles) - inter_run)
        overlap = inter_run / min(run_size, len(target.shingles))
        first_unit, last_unit = units[lo], units[hi]
        run_span = (first_unit.start, last_unit.end)
        target_span = (target.start, target.end)
        run_is_later = lo > t
        target_fuller = len(target.shingles) >= run_size
        if run_is_later:
            later, earlier, keep_later = run_span, target_span, not target_fuller
        else:
            later, earlier, keep_later = target_span, run_span, target_fuller
        copies.append(Copy(later, earlier, "run", round(overlap, 3), "containment", round(jac, 3), round(cont, 3),
                           keep_later=keep_later, later_run=run_is_later, earlier_run=not run_is_later,
                           later_units=(lo, hi) if run_is_later else (t, t),
                           earlier_units=(t, t) if run_is_later else (lo, hi)))
        involved.update(range(lo, hi + 1))
        involved.add(t)
    # 4. a bio given again reworded, its sentences in another order, where nothing closer was found
    for j, i, sentences, jac, cont in reworded:
        if j in involved or i in involved:
            continue
        u, earlier = units[j], units[i]
        copies.append(Copy((u.start, u.end), (earlier.start, earlier.end), "near", sentences, "sentences", jac, cont,
                           keep_later=len(u.shingles) > len(earlier.shingles), later_units=(j, j),
                           earlier_units=(i, i)))
        reported.add(j)
        involved.update((i, j))
    copies.sort(key=lambda c: c.later)
    return _classify(text, units, copies, k)


def _add_neighbours(text: str, units: list[CopyUnit], t: int, counts: dict[int, int], options: CopyOptions,
                    k: int, involved: set[int], bio_of) -> None:
    """Add to `counts` the units within a run's reach of `counts`' units that share shingles with `t`.

    Only when a run is plausible: the target is a bio (bios are what runs of short lines repeat),
    or the units that share a key with it already cover half of what a run must
    (`_RUN_COVERAGE`). A target that merely shares a phrase with another unit does not look
    further: that keeps ~80% of the targets from tokenising their neighbours (~70 ms CPU on the
    2000 real documents). The limit: a run whose keyless members (short lines sharing no clause
    start or end with the target) carry more than half of the target is not seen.
    """
    n = len(units)
    window = set()
    for i in counts:
        window.update(range(max(0, i - options.max_run + 1), min(n, i + options.max_run)))
    window.discard(t)
    window.difference_update(counts)
    window.difference_update(involved)  # never run members (`_best_run`): not worth tokenising
    if not window:
        return
    mine = units[t].shingles
    shared = sum(inter for i, inter in counts.items() if i not in involved)
    if shared < _RUN_COVERAGE / 2 * len(mine) and (not _may_be_bio(text[units[t].start:units[t].end])
                                                   or bio_of(t).score < BIO_THRESHOLD):
        return  # `_may_be_bio` first: ~1000 targets, none a bio, ~30 ms in `bio_evidence`
    for b in sorted(window):
        other = _ready(text, units.get(b), k).shingles
        if other and not mine.isdisjoint(other):
            counts[b] = len(mine & other)


def _best_run(text: str, units: list[CopyUnit], t: int, counts: dict[int, int], options: CopyOptions,
              involved: set[int], bio_of) -> tuple[int, int, int, int, bool] | None:
    """The best run of >= 2 consecutive units (not `t`) whose shingles lie mostly inside unit `t`.

    Returns (first unit, last unit, shared shingles, run shingles, is a bio pair) or None.
    """
    target = units[t]
    members = sorted(i for i, inter in counts.items()
                     if i not in involved and not units[i].listy and units[i].shingles
                     and (inter / len(units[i].shingles) >= _RUN_MEMBER or inter >= 5))
    if len(members) < 2:
        return None
    best = None
    # group members into runs of consecutive units, bridging units with no words (a bare URL, "*")
    groups: list[list[int]] = []
    for i in members:
        if groups:
            prev = groups[-1][-1]
            between = range(prev + 1, i)
            if all(not _ready(text, units.get(b), options.shingle_size).shingles and b != t for b in between) and i - groups[-1][0] < options.max_run:
                groups[-1].append(i)
                continue
        groups.append([i])
    for group in groups:
        if len(group) < 2:
            continue
        lo, hi = group[0], group[-1]
        if lo <= t <= hi:
            continue
        run_shingles: set[int] = set()
        words = 0
        for i in range(lo, hi + 1):
            _ready(text, units.get(i), options.shingle_size)
            run_shingles |= units[i].shingles
            words += units[i].words
        if words < options.min_words or not run_shingles:
            continue
        inter = sum(1 for s in run_shingles if s in target.shingles)
        cont = inter / len(run_shingles)
        if cont >= options.run_threshold and inter / len(target.shingles) >= _RUN_COVERAGE:
            bio = False
        elif inter / min(len(run_shingles), len(target.shingles)) >= _BIO_OVERLAP and inter >= _BIO_SHARED:
            # a looser match, accepted for two bios of the same person only
            if not _same_bio(bio_of(t), bio_of((lo, hi))):
                continue
            bio = True
        else:
            continue
        if best is None or inter > best[2]:
            best = (lo, hi, inter, len(run_shingles), bio)
    return best


def _same_bio(a, b) -> bool:
    """Two bio evidences that are both bios, of the same person when both name one."""
    if a.score < BIO_THRESHOLD or b.score < BIO_THRESHOLD:
        return False
    if a.name and b.name:
        return a.name.casefold() == b.name.casefold()
    return True


QUOTATION = regex.compile(r"^(?:[\w'’ -]{1,30}:\s*)?[\"“‘'«„]")


def _classify(text: str, units: list[CopyUnit], copies: list[Copy], k: int = 3) -> list[Copy]:
    """Mark bios, and quotations given twice that are not part of a larger repeated region."""
    pairs = {c.later_units[0]: c.earlier_units[0] for c in copies if c.later_units[0] == c.later_units[1]}

    def neighbour(j: int, step: int) -> int:
        j += step
        while 0 <= j < len(units) and not _ready(text, units.get(j), k).key:
            j += step
        return j

    for copy in copies:
        later = bio_evidence(text[copy.later[0]:copy.later[1]])
        earlier = bio_evidence(text[copy.earlier[0]:copy.earlier[1]])
        best = later if later.score >= earlier.score else earlier
        copy.bio = best.score >= BIO_THRESHOLD
        copy.bio_score = best.score
        copy.bio_name = best.name
        if copy.bio or copy.later_run or copy.earlier_run:
            continue
        j, i = copy.later_units[0], copy.earlier_units[0]
        if not (QUOTATION.match(text[copy.later[0]:copy.later[1]])
                or QUOTATION.match(text[copy.earlier[0]:copy.earlier[1]])):
            continue
        in_region = any(pairs.get(neighbour(j, step)) == neighbour(i, step) for step in (-1, 1))
        copy.quotation = not in_region
    return copies


_CACHE = threading.local()


def copies_in(doc: Document, options: CopyOptions) -> list[Copy]:
    """`find_copies` for one document, computed once for both rules (a one-entry cache)."""
    key = tuple(options.__dict__.values())  # the field values (model_dump_json cost ~8 ms per 2000 docs)
    cached = getattr(_CACHE, "entry", None)
    if cached is not None and cached[0] is doc.text and cached[1] == key:
        return cached[2]
    result = find_copies(doc.text, options)
    _CACHE.entry = (doc.text, key, result)
    return result


# -- the rules --------------------------------------------------------------------------------


class _DuplicateRule(Rule):
    family = "bios"
    fix_availability = FixAvailability.ALWAYS
    Options = CopyOptions
    category: str = ""

    def check(self, doc: Document):
        for copy in copies_in(doc, self.options):
            if copy.category == self.category:
                yield self._violation(doc, copy)

    def _violation(self, doc: Document, copy: Copy) -> Violation:
        text = doc.text
        line = doc.position(copy.earlier[0])[0]
        end_line = doc.position(copy.earlier[1])[0]
        where = f"line {line}" if line == end_line else f"lines {line}–{end_line}"
        this_line = doc.position(copy.later[0])[0]
        quoted = shorten(text[copy.later[0]:copy.later[1]], 60)
        if copy.bio:
            what = "duplicated bio"
        elif copy.quotation:
            what = "repeated quotation"
        else:
            what = "duplicate paragraph" if copy.kind in ("exact", "normalized") else "near-duplicate paragraph"
        percent = f"{copy.similarity:.0%}"
        if copy.kind == "exact":
            how = f"repeats {where} exactly"
        elif copy.kind == "normalized":
            how = f"repeats {where} (the same words; case, digits or links differ)"
        elif copy.kind == "run":
            how = (f"repeats {where} ({'spread over several paragraphs' if copy.earlier_run else 'as one paragraph'}"
                   f", {percent} similar)")
        else:
            how = f"repeats {where} ({percent} similar)"
        if copy.kind == "exact":
            advice = "remove this copy"
            fix = self._removal(text, copy.later, "Remove the repeated copy", safe=True)
        else:
            if copy.keep_later:
                kept, removed = f"this fuller copy at line {this_line}", copy.earlier
            else:
                kept, removed = f"the fuller copy at {where}", copy.later
            if copy.kind == "normalized":
                kept = f"the first copy at {where}"
            advice = f"keep one copy (the fix keeps {kept})"
            fix = self._removal(text, removed, f"Remove the {'earlier' if copy.keep_later else 'later'} copy, "
                                               f"keeping {kept}", safe=False)
        message = f"{what}: \"{quoted}\" {how}; {advice}"
        related = [Related(path=doc.origin.path, line=doc.position(copy.earlier[0])[0], record=doc.origin.record,
                           message=f"first copy ({where})")]
        data = {
            "similarity": copy.similarity,
            "measure": copy.measure,
            "kind": copy.kind,
            "jaccard": copy.jaccard,
            "containment": copy.containment,
            "earlier_line": line,
            "earlier_end_line": end_line,
            "earlier_start": copy.earlier[0],
            "earlier_end": copy.earlier[1],
            "keeps": "later" if copy.keep_later and copy.kind != "exact" else "earlier",
            "bio_score": copy.bio_score,
        }
        if copy.bio_name:
            data["bio_name"] = copy.bio_name
        return Violation(copy.later[0], copy.later[1], message, fix=fix, related=related,
                         source=f"bios.{copy.kind}", data=data)

    @staticmethod
    def _removal(text: str, span: tuple[int, int], title: str, *, safe: bool) -> Fix:
        start, end = block_removal(text, span[0], span[1])
        return Fix(title=title, applicability=Applicability.SAFE if safe else Applicability.UNSAFE,
                   edits=[TextEdit(start=start, end=end)])


class DuplicatedBio(_DuplicateRule):
    """## What it does
    Reports an author bio that a document gives twice: the same bio again, word for word or
    nearly (other wording, another link, a sentence more), including a bio spread over several
    short paragraphs in one place and given as one paragraph in another. The later copy is
    reported; the message names the earlier one and how similar the two are.

    A bio is recognised by what it is: a short third-person paragraph about a person, opening
    with a name and a bio predicate ("X is a senior reporter for ...", "X lives in ...", "is
    the author of ..."), with bio cues ("His new book", "can be reached at" and an email,
    "Follow X (@handle) on Twitter", "Visit his blog").

    ## Why is this bad?
    Scrapers keep both the article's footer and the site's "About the author" box, so the bio
    is in the text twice. Models trained on it learn to write bios twice; counts and
    deduplication downstream are skewed.

    ## Example
    ```
    Award-winning author Stephen Lendman lives in Chicago. He can be reached at ...

    His new book as editor and contributor is titled "Flashpoint in Ukraine ..."

    About the author:

    Stephen Lendman lives in Chicago. He can be reached at ... His new book ...
    ```
    Use instead: keep one copy of the bio (or none, if your corpus keeps article text only).

    ## Options
    Shared with CL402: `min-words`, `min-chars`, `min-bio-words`, `near-threshold`,
    `containment-threshold`, `min-length-ratio`, `run-threshold`, `max-run`, `shingle-size`,
    `max-paragraphs`.

    ## Fix safety
    A copy that repeats the earlier one exactly is removed with its blank lines: a safe fix.
    A near copy differs from the other in some words, so the fix (which keeps the fuller of the
    two, and says which) is unsafe.

    ## Known problems
    A bio is compared with the other paragraphs of the same document only; the same bio in
    other documents is the corpus family's business (CL410+).
    """

    code = "CL401"
    name = "duplicated-bio"
    category = "bio"


class DuplicateParagraph(_DuplicateRule):
    """## What it does
    Reports a paragraph that repeats an earlier paragraph of the same document, exactly (after
    folding case, spacing, digits and links) or nearly (most of their word shingles are the
    same), or a run of consecutive paragraphs that another paragraph repeats. The later copy is
    reported; the message names the earlier one and the similarity.

    Short lines (under `min-words` words or `min-chars` characters: "*", "Advertisement",
    "+12") are left to the boilerplate family; list items and table rows, which repeat by
    nature, are not compared; a short quotation that a longer paragraph also holds (a pull
    quote) is not a copy.

    ## Why is this bad?
    A page scraped with two regions holding the same text (a gallery's captions, a mobile and
    a desktop body) gives a document with every sentence twice; a model trained on it learns
    to repeat itself and near-duplicate detection across the corpus gets confused.

    ## Example
    ```
    Shocker: Michael Phelps' self-proclaimed girlfriend Taylor Lianne Chandler (above) has admitted ...
    +12
    Shocker: Michael Phelps' self-proclaimed girlfriend Taylor Lianne Chandler (above) has admitted ...
    ```
    Use instead: keep one copy.

    ## Options
    `min-words` (8), `min-chars` (40): shorter paragraphs are never reported.
    `near-threshold` (0.8): Jaccard similarity of word shingles for a near copy.
    `containment-threshold` (0.9) with `min-length-ratio` (0.5): a shorter paragraph whose
    shingles are nearly all in a fuller one (at least half its length) is a near copy.
    `run-threshold` (0.8), `max-run` (6): runs of consecutive paragraphs found in one other.
    `shingle-size` (3): words per shingle. `max-paragraphs` (1500): above this, exact copies only.

    ## Fix safety
    An exact copy is removed with its blank lines: safe, nothing is lost. A near copy (or a
    copy that differs in case, digits or links) gets an unsafe fix that keeps the fuller of the
    two and removes the other; the message says which one is kept.

    A quotation given twice (a pull quote) is CL403's, unless it belongs to a longer repeated
    stretch.

    ## Known problems
    A caption that repeats a sentence of the body (common on news sites) is reported; the
    unsafe fix keeps the fuller of the two, which may be the caption.
    """

    code = "CL402"
    name = "duplicate-paragraph"
    category = "paragraph"


class RepeatedQuotation(_DuplicateRule):
    """## What it does
    Reports a quotation that a document gives twice: once on its own (a pull quote, a caption,
    a highlighted line) and again in the body, word for word or inside a longer paragraph. The
    later copy is reported, naming the earlier one. A quotation that is part of a longer
    repeated stretch (the whole body twice) is CL402's, not this rule's.

    ## Why is this bad?
    Pull quotes are a layout device; in extracted text they are a sentence said twice, which
    skews quotation counts and teaches a model to repeat itself. Often intended by the page's
    editor, so this rule only informs.

    ## Example
    ```
    “This sends out a very strong message to anyone like that - if you do it you will be punished”

    "This sends out a very strong message to anyone like that - if you do it you will be punished."
    ```
    Use instead: keep the quotation where the article gives it, with its speaker.

    ## Options
    The same as CL402 (`min-words`, `near-threshold`, `containment-threshold`, ...).

    ## Fix safety
    An exact repeat is removed safely; otherwise the unsafe fix keeps the fuller copy (usually
    the body paragraph that names the speaker) and says so.
    """

    code = "CL403"
    name = "repeated-quotation"
    severity = Severity.INFO
    category = "quotation"


RULES = (DuplicatedBio, DuplicateParagraph, RepeatedQuotation, RepeatedBio)


@hookimpl
def corpuslint_register_rules(register):
    for rule in RULES:
        register(rule)
