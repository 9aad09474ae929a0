"""A numbered series inside one document: the headings of a law ("Artikel 1." … "Artikel 30"),
chapters, steps. Digits fold to one key (`normalize`), so the 30 headings of a Declaration are
one key that each translation carries. What tells them from a site's template is their order:
the key recurs in the document counting up (1, 2, 3 …), each term over text of the document's
own (the article under its heading). A template line stands once on a page, or twice with the
same number ("Comments (3)" above and below), or in a run of the page's furniture with numbers
that do not count (a blog's archive menu "► June (5)", "► June (2)"; videos' lengths "02:12 -
Source: CNN", "01:22 - Source: CNN"; comments' dates).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable

import regex

from corpuslint.checks.corpus_units import LONG_WORDS, CorpusUnit
from corpuslint.linestart import RegexAtLineStart
from corpuslint.textutil import DIGITS

# a heading of a series carries its number and at most this many other words ("Step 4 of 9")
HEADING_WORDS = 3
# a counter of media or pages ("Photo 2 of 4", "Image 3/8", "Page 2 of 5"): a gallery's or a
# pager's furniture, whichever way it counts: a counter and a media word, two linear searches (one
# pattern with `.*` lookaheads backtracked inside a digit run: 1.95 s on 10,000 digits, CL909)
COUNTER = regex.compile(r"(?<!\d)\d++\s*+(?:of|/)\s*+\d++")
MEDIA_WORD = regex.compile(
    r"(?i)\b(?:photos?|images?|slides?|pictures?|gallery|galleries|click|enlarge|pages?|videos?)\b")


# a digit run longer than this is compared as text: `int()` refuses strings over 4,300 digits
_LONG = 18


def _number(d: str) -> int | tuple[int, str]:
    """A digit run as a number; a long one (an ID, a digit dump) as (length, digits), which orders
    the same and never counts as "the next" one. Leading zeros are dropped first (4,400 zeros and
    a 1 crashed `int`), and other scripts' digits are read as 0-9 ("٠٠١" is 1, "١٢" above "9"); a
    digit newer than Python's Unicode tables (`regex` knows it, `int` does not) stays text."""
    if not d.isascii():
        d = "".join(str(unicodedata.decimal(c, c)) for c in d)
    core = d.lstrip("0")
    return int(core or "0") if len(core) <= _LONG and core.isascii() else (len(core), core)


def _numbers(block: str) -> tuple[int | tuple[int, str], ...]:
    return tuple(_number(d) for d in DIGITS.findall(block))


def _rank(n: int | tuple[int, str]) -> tuple[int, str]:
    return n if isinstance(n, tuple) else (0, "")  # (called only when one of two is a long run)


def _step(a: tuple, b: tuple) -> int:
    """How `b` follows `a` in a numbering: the difference of the first number that differs
    (1: the next, "Artikel 1" → "Artikel 2", "2.1" → "2.2", "Step 4 of 9" → "Step 5 of 9");
    0 when none differs."""
    for x, y in zip(a, b):
        if x != y:
            if isinstance(x, int) and isinstance(y, int):
                return y - x
            return 2 if _rank(x) < _rank(y) else -1  # a long run: above or below, never "the next"
    return 0


def _heading(block: str) -> bool:
    """A line shaped like a heading of the document's own (the number and a few words), not a
    gallery's or a pager's counter."""
    words = sum(DIGITS.search(w) is None for w in block.split())
    return words <= HEADING_WORDS and (COUNTER.search(block) is None or MEDIA_WORD.search(block) is None)


# a heading numbered in Chinese numerals: `第一条` … `第三十条` (a law's articles), `第十二章` (chapters)
_CJK_HEADING = regex.compile(r"第([〇零一二两三四五六七八九十百千]{1,6})([条條章节節款编編部篇回课課项項])")
_CJK_DIGITS = {c: i for i, c in enumerate("零一二三四五六七八九")} | {"〇": 0, "两": 2}
_CJK_UNITS = {"十": 10, "百": 100, "千": 1000}
_CLOSES = (".", "!", "?", "。", "！", "？", "।", "።")  # a sentence's end (an archive menu's `► May (2)` has none)


def _cjk_number(numeral: str) -> int:
    """A number in Chinese numerals: `十一` 11, `二十三` 23, `一百零五` 105."""
    total, digit = 0, 0
    for char in numeral:
        if char in _CJK_UNITS:
            total += (digit or 1) * _CJK_UNITS[char]
            digit = 0
        else:
            digit = digit * 10 + _CJK_DIGITS[char] if digit else _CJK_DIGITS[char]
    return total + digit


def _cjk_term(block: str) -> tuple[str, tuple[int]] | None:
    """A heading numbered in Chinese numerals, alone on its line: (its shape, its number)."""
    match = _CJK_HEADING.fullmatch(block.strip())
    return (f"第#{match.group(2)}", (_cjk_number(match.group(1)),)) if match is not None else None


# a heading numbered in Roman numerals, a word or two before it: `ACT I` … `ACT V`, `Chapter IV.`, `PART II`
_ROMAN_HEADING = regex.compile(r"(\p{L}+(?:[ \t]+\p{L}+)?)[ \t]+([IVXLC]{1,7})\.?")
# (found by the newline before each line, `linestart`: 13 -> 3 ms on the bench's 152 texts that get to it)
_ROMAN_LINE = RegexAtLineStart(r"[ \t]*\p{L}+(?:[ \t]+\p{L}+)?[ \t]+[IVXLC]{1,7}\.?[ \t]*$")
_ROMAN = {"I": 1, "V": 5, "X": 10, "L": 50, "C": 100}
_ROMAN_VALID = regex.compile(r"C{0,3}(?:XC|XL|L?X{0,3})(?:IX|IV|V?I{0,3})")
# what every `_ROMAN_LINE` ends with: a numeral's last letter at a line's end (`re`'s scan for a letter of five,
# 0.06 s per 10 MB, against the whole pattern's 0.3 s; 152 of the bench's 4,099 texts get through to it)
_ROMAN_END = re.compile(r"[IVXLC]\.?[ \t]*(?:\n|\Z)")


def _roman_lines(text: str) -> bool:
    """Whether a line of `text` is a heading numbered in Roman numerals (`_ROMAN_LINE`)."""
    return _ROMAN_END.search(text) is not None and bool(_ROMAN_LINE.starts(text, len(text), 1))


def _roman_term(block: str) -> tuple[str, tuple[int]] | None:
    """A heading numbered in Roman numerals, alone on its line: (its shape, its number)."""
    match = _ROMAN_HEADING.fullmatch(block.strip())
    if match is None or not _ROMAN_VALID.fullmatch(match.group(2)):
        return None
    values = [_ROMAN[c] for c in match.group(2)]
    number = sum(-v if k + 1 < len(values) and v < values[k + 1] else v for k, v in enumerate(values))
    return f"{match.group(1).casefold()} #", (number,)


def series_keys(text: str, units: Iterable[CorpusUnit]) -> set[str]:
    """The keys of the units that are the terms of a numbered series in this document: the key
    recurs, each occurrence numbered above the one before it (at least half of them the next
    number) with text between the two (a sentence, a long line, or a short line closing as one:
    an article of two words; in a series of eleven terms or more, one in ten may have none). A heading numbered in Chinese numerals (`第一条`, `第二条`: each its own key) is a
    term of its shape's series, and so is one numbered in Roman numerals (`ACT I` … `ACT V` of a play,
    qa23b: each its own key too)."""
    units = units if isinstance(units, list) else list(units)
    # a term's key recurs in the document: only a key met twice can be one (most documents have
    # none, and the heading test split every paragraph with a digit: 0.3 CPU s per 10 MB of news)
    seen: set[str] = set()
    twice = {u.key for u in units if u.key in seen or seen.add(u.key)}
    cjk = "第" in text
    roman = _roman_lines(text)
    if not twice and not cjk and not roman:
        return set()
    terms: dict[str, list[tuple[tuple, int, str]]] = {}  # key (or shape) -> (numbers, text units before, key)
    between = 0
    search = DIGITS.search
    for u in units:  # (in text order: a paragraph, then its lines)
        term = None
        if u.key in twice and not (u.number or u.symbols or u.sentence) \
                and search(text, u.start, u.end) is not None:
            block = text[u.start:u.end]
            if _heading(block):
                term = (u.key, _numbers(block))
        elif cjk and u.words <= HEADING_WORDS and (shape := _cjk_term(text[u.start:u.end])) is not None:
            term = shape
        elif roman and u.words <= HEADING_WORDS and not u.sentence and (shape := _roman_term(text[u.start:u.end])):
            term = shape
        if term is not None:
            terms.setdefault(term[0], []).append((term[1], between, u.key))
        elif u.sentence or u.words >= LONG_WORDS or text[u.start:u.end].rstrip().endswith(_CLOSES):
            between += 1  # text of its own: a sentence, a long line, a short article's closed sentence
    found = set()
    for seq in terms.values():
        if len(seq) < 2:
            continue
        steps = [(_step(a, b), q - p) for (a, p, _), (b, q, _) in zip(seq, seq[1:])]
        # (a tenth of the terms may stand right over the next: an article the source lost, `ARTICLE 24` over `&1`)
        if all(step > 0 for step, _ in steps) and 10 * sum(gap == 0 for _, gap in steps) <= len(steps) - 1 \
                and 2 * sum(step == 1 for step, _ in steps) >= len(steps):
            found.update(key for _, _, key in seq)
    return found
