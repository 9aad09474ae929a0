"""The prefilter of copy finding: a few byte operations that prove most documents repeat nothing,
and name the few lines that may hold a copy in the others."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from itertools import accumulate, compress, islice
from operator import and_, eq, itemgetter

from corpuslint.checks.bios.options import CopyOptions
from corpuslint.checks.bios.units import CopyUnit, UnitList


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
# `add_neighbours`). Measured on the 2000 real documents and the seed: of the 289 pairs of
# units (>= 8 words) with Jaccard >= 0.5 or containment >= 0.6, far below the thresholds,
# 286 are both on candidate lines; the 3 others are at Jaccard <= 0.52 and containment <= 0.72.
# The findings are the same as without the prefilter (tests/bios/test_bios_prefilter.py). It is
# only used with the default thresholds or stricter ones (`prefilter_applies`).
#
# Cost: ~65 ms CPU for the 2000 documents (4.8 MB, ~70 MB/s), ~600 of which go on to the
# analysis of their candidate units (~4 lines each); the full analysis of every unit took 2.6 s.

_KEY_MIN = 12  # bytes: shorter pieces ("he said", "U", "000") are common, not evidence
_KEY_EDGE = 20  # bytes (about four words) at each end of a piece that make its keys
_SENTENCE_MARKS = b".?!;:,-\n"
_FIND_KEYS = 8  # repeated keys looked for one `bytes.find` loop each; more, in one Aho-Corasick pass


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


def prefilter_applies(options: CopyOptions) -> bool:
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
    ordered = list(map(_HEAD, pieces))
    ordered += map(_TAIL, filter(_LONGER_THAN_EDGE, pieces))
    ordered.sort()  # the keys found twice, in C: a sorted key equal to the one after it
    repeated = set(compress(ordered, map(eq, ordered, islice(ordered, 1, None))))
    # where each line ends (its newline included), to put a key's occurrences on their lines
    ends = list(accumulate(map(_PLUS_ONE, map(len, lined.split(b"\n")))))
    # every occurrence of every repeated key, overlapping ones included, in one Aho-Corasick pass:
    # a `bytes.find` loop per key read the whole text once per key, 4,940 keys x 1.8 MB for a 2 MB
    # DEP-5 file (2.5 s of CPU: CL401-CL403 stopped at their `timeout`, qa19a #11); ~0.08 s now
    # (a few keys, most documents that pass: a `bytes.find` loop each, every occurrence as the automaton
    # finds them; building an automaton for two keys cost more than its pass, ~0.05 s per 10 MB)
    keys = sorted(repeated)
    found: dict[int, set[int]] = {}
    if len(keys) <= _FIND_KEYS:
        for k, key in enumerate(keys):
            on = found[k] = set()
            at = lined.find(key)
            while at >= 0:
                on.add(bisect_right(ends, at))
                at = lined.find(key, at + 1)
    else:
        for k, start, _end in _matcher(keys).find_matches_as_indexes(lined, overlapping=True):
            found.setdefault(k, set()).add(bisect_right(ends, start))
    lines: set[int] = set()
    for on in found.values():
        if len(on) > 1:
            lines |= on
    return lines or None


def _matcher(keys: list[bytes]):
    """An Aho-Corasick automaton of `keys` (`ahocorasick-rs`, a dependency)."""
    import ahocorasick_rs

    return ahocorasick_rs.BytesAhoCorasick(keys)


def units_on_lines(text: str, units: list[CopyUnit], lines: set[int]) -> list[int]:
    """Indexes of the units that hold at least one of `lines` (0-based line numbers).

    The lines sorted and bisected: testing each unit against every line was quadratic, 0.63-0.71 s
    of CPU on a 358 KB licence-notice file of 6,199 units and 4,298 candidate lines (qa15b #10)."""
    out = []
    ordered = sorted(lines)
    size = len(ordered)
    line = pos = 0
    for j, unit in enumerate(units):
        line += text.count("\n", pos, unit.start)
        first = line
        line += text.count("\n", unit.start, unit.end)
        pos = unit.end
        k = bisect_left(ordered, first)
        if k < size and ordered[k] <= line:
            out.append(j)
    return out


_BLOCK_SPACE = " \t\r\f\v"  # what a blank line may hold (`textutil.BLANK_LINES`)


def units_around(text: str, lines: set[int]) -> tuple[UnitList, list[int]] | None:
    """The units of `text` and the indexes of those on `lines`, without cutting the others.

    Cutting every unit of a document into a `CopyUnit` took ~50 µs per document (~30 ms for the
    ~600 real documents that pass the prefilter), most of it for units nothing looks at. When
    no two lines of the text are next to each other (each paragraph is one line: 80% of those
    documents), unit j is the j-th line that is not blank, and only the units the analysis
    looks at are made (`UnitList.get`); the same units as `units_of`. None for other texts.
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
        return CopyUnit(start, start + len(stripped), nature=None, text=text)  # (`listy` asked when read)

    units = UnitList([None] * len(unit_rows))
    units.make = make
    active = []
    for line in sorted(lines):
        j = bisect_left(unit_rows, line)
        if j < len(unit_rows) and unit_rows[j] == line:
            units[j] = make(j)
            active.append(j)
    return units, active
