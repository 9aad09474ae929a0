"""Shallow features of the lines of a document, the input of the boilerplate-line model (CL140).

What separates page furniture from prose is its shape, not its words (Kohlschütter et al.,
"Boilerplate Detection using Shallow Text Features", WSDM 2010; jusText): a menu entry is short,
has no sentence, few function words, many capitals; a share bar is a run of such lines; a footer
stands after the last paragraph of prose. Every feature here is one of those shapes, measured
on the line, on its neighbours and on where it stands in the document. None lists a phrase of a
particular site; the only word lists are languages' function words (stop words) and the
call-to-action verbs every site uses ("share", "subscribe", "sign in").

Beyond English: the stop-word list covers the common Latin-script languages; a line written in
a script without spaces (Chinese, Japanese) counts its characters as words (two characters a
word) and its particles as stop words, so "short" and "prose-like" mean the same there; Thai,
Lao, Khmer, Myanmar and Tibetan count four characters a word, Ge'ez's word separator (፡) is a
space. A sentence ends at any of Unicode's sentence terminals (the danda, the Urdu and Ethiopic
full stops ...), and where a line's letters are of a script the stop-word list has no words of
(Arabic, the Indic scripts ...), its prose test reads length and sentences alone; a line in Cyrillic or
Greek counts its languages' function words (`stopwords.MORE_STOP_BY_LANGUAGE`), as a Czech line does.

A line is a non-blank line of the text; `line_features(text)` returns them in order with one
feature vector each (a list of floats, in the order of `FEATURE_NAMES`).
"""

from __future__ import annotations

import copy
import math
import re
from collections import Counter
from collections.abc import Iterable
from bisect import bisect_right
from itertools import accumulate, compress, groupby

import regex
from dataclasses import dataclass

from corpuslint.checks.boilerplate.scripts import (  # noqa: F401 (STOP_WORDS, the SENTENCE_ sets: read here)
    CJK, CJK_STOP_RE, CLOSING_QUOTES, END_PUNCT, ETHIOPIC_WORDSPACE, LETTER_SCRIPT, NO_MARK, NO_MARK_RUN,
    SENTENCE_CLOSE, SENTENCE_CLOSE_MARKS, SENTENCE_END, SENTENCE_MARK, STERM, STOP_WORDS, nospace_words,
    other_script_stop, spaceless_words,
)
from corpuslint.checks.calltoaction import CTA_CJK, CTA_PHRASES, CTA_WORDS

__all__ = ["CREDIT", "FEATURE_NAMES", "Line", "Window", "candidate_lines", "has_link", "line_features",
           "may_have_candidates", "own_features", "prose_like", "prose_position"]


HEAD = 300  # characters of a line its character and word counts read
WORD = re.compile(r"\w+")
LETTER_WORD = regex.compile(r"(?<!\w)\p{L}")
CAP_WORD = regex.compile(r"(?<!\w)\p{Lu}")  # a word that starts with a capital (cased scripts only)
UPPER_WORD = regex.compile(r"(?<!\w)\p{Lu}{2,}(?!\w)")
DIGIT = re.compile(r"\d")
SYMBOL = re.compile(r"[^\w\s]")
SEPARATOR = re.compile("[|•·»›«‹×/→←►▶▸▼▲◄◆■□●○★☆✓✔✕✖]")

URL = re.compile(r"https?://|www\.|\b[\w.-]+@[\w-]+\.\w|\b\w[\w-]*\.(?:com|org|net|co\.uk|io|gov|edu)\b", re.I)
# what a credit, a caption or a player says of itself: a line with one is not a heading
# (ownlines), nor an item of the article's list (fixguard)
CREDIT = re.compile(r"(?i)\b(?:via|source|getty|reuters|ap|afp|credit|loading|advertisement|gallery|photo by|"
                     r"image by)\b|^(?:videos?|photos?|images?|pictures?|watch|listen)\b|"
                     r"\b(?:videos?|photos?|images?|pictures?)\s*:| / ")
PHONE = re.compile(r"\+?\(?\d{2,4}\)?[ .-]\d{2,4}[ .-]\d{3,4}\b")
COUNT_IN_PARENS = re.compile(r"[(\[]\d[\d,.]*[)\]]")
BULLETS = frozenset("-*•·–—►▶▸◆■●○»›")

# A line this long that closes a sentence is prose: never a candidate (the fast path).
LONG_SENTENCE = 80
PROSE_STOP = 0.4  # the stop-word ratio a fast-path line is taken to have (typical of prose)

# A line is prose when it is long and reads as sentences: these lines anchor the article.
PROSE_WORDS = 12

FEATURE_NAMES: tuple[str, ...] = (
    "log_chars", "log_words", "avg_word_len", "ends_sentence", "ends_punct", "sentence_marks",
    "stop_ratio", "cap_ratio", "upper_ratio", "urls", "phones", "digit_ratio", "symbol_ratio",
    "separators", "cta", "cta_ratio", "bullet", "comma_ratio", "count_in_parens", "cjk",
    "repeats_in_doc", "position", "prose_before", "prose_after", "log_dist_prose",
    "log_short_run", "blank_before", "blank_after", "doc_short_share", "doc_log_lines",
    "prose", "doc_prose_share",
    "p1_words", "p1_ends", "p1_stop", "p1_cta", "n1_words", "n1_ends", "n1_stop", "n1_cta",
    "p2_words", "p2_ends", "n2_words", "n2_ends",
    "win_words", "win_ends", "win_stop", "win_cta",
    "in_span_a", "dist_span_a", "in_span_b", "dist_span_b", "win15_prose",
)
INDEX = {name: i for i, name in enumerate(FEATURE_NAMES)}


@dataclass(slots=True)
class Line:
    """A non-blank line: its bounds in the text (stripped), its number, its features."""

    start: int
    end: int
    number: int  # 1-based line number in the text, blank lines counted
    text: str
    blank_before: bool = False
    blank_after: bool = False
    words: float = 0.0
    ends: float = 0.0
    stop: float = 0.0
    prose: bool = False
    cta: float = 0.0
    cjk: bool = False
    candidate: bool = False  # not long sentence-closing prose: the model may be asked about it
    shape: tuple | None = None  # a candidate's counts `_rest` reads (from `_basic`)
    own: list[float] | None = None
    features: list[float] | None = None


def prose_like(line: Line) -> bool:
    """Long, sentence-shaped, full of function words: article text, never furniture."""
    return line.prose


def reads_as_sentence(line: Line) -> bool:
    """A line of the article's text: a paragraph of prose, or six words or more closed by a
    sentence mark (`However, the pope had not said it.`): the guards' test of what stands beside a line."""
    return line.prose or (line.words >= 6 and line.text[-1] in SENTENCE_CLOSE_MARKS)


_LINK_MARKS = ("://", "www.", ".com", ".org", ".net", ".co.uk", ".io", ".gov", ".edu")


def _may_link(s: str) -> bool:
    """Whether `URL` can match at all: each of its forms needs one of these marks (a cheap
    test first; the pattern itself is slow on long lines)."""
    if "@" in s:
        return True
    if "." not in s:
        return False
    return _LINK_MARK.search(s.lower()) is not None


_LINK_MARK = re.compile("|".join(re.escape(mark) for mark in _LINK_MARKS))  # any of them, in one scan


# ASCII lines (most lines of English text) are measured on bytes: the `\w+` words of the
# patterns above are the runs of bytes left when every other byte is a space, and the stop-word,
# call-to-action, digit, symbol and separator counts are the same as the patterns' (each table
# below is built from the pattern it stands for, so they cannot drift apart)
_WORD_BYTES = bytes(c if WORD.match(chr(c)) else 32 for c in range(256))
_STOP_B = frozenset(w.encode() for w in STOP_WORDS if w.isascii())
_CTA_B = frozenset(w.encode() for w in CTA_WORDS if w.isascii())
_CTA_PHRASES_B = tuple(p.encode() for p in CTA_PHRASES if p.isascii())
# any of the phrases at all: one scan (each phrase is then counted once, as `_cta` counts them)
_ANY_PHRASE_B = re.compile(b"|".join(re.escape(p) for p in _CTA_PHRASES_B))
_ANY_PHRASE = re.compile("|".join(re.escape(p) for p in CTA_PHRASES))
_DIGIT_B = bytes(c for c in range(128) if DIGIT.match(chr(c)))
_SYMBOL_B = bytes(c for c in range(128) if SYMBOL.match(chr(c)))
_SEPARATOR_B = bytes(c for c in range(128) if SEPARATOR.match(chr(c)))
# the words' letters as classes ("U" upper, "l" lower, "d" digit or underscore): a word that
# opens with a letter, with a capital, or is all capitals is counted by one scan of the classes
_CLASS_B = bytes(ord("U") if chr(c).isupper() else ord("l") if chr(c).islower() else ord("d") if c != 32 else 32
                 for c in range(256))
_ALL_CAPS_B = re.compile(rb" UU+(?![^ ])")
# Lines that are ASCII but for their typography (curly quotes, dashes, an ellipsis, a
# no-break space, a bullet) are measured on bytes too: each such character stands for an ASCII
# one that every pattern above classes the same way (not a word character, digit or CJK; a
# space, a separator or another symbol alike), built here from the patterns themselves
_TYPOGRAPHY = "\u2018\u2019\u201a\u201b\u201c\u201d\u201e\u2013\u2014\u2015\u2026\u2022\u00b7\u00ab\u00bb\u2039\u203a" \
              "\u00a0\u2009\u200a\u202f\u00d7\u2192\u2190\u25ba\u25b6\u00a9\u00ae\u2122\u00b0\u2032\u2033\u00a3\u20ac"


def _ascii_stand_in(c: str) -> str | None:
    """The ASCII character the patterns class as they class `c`, or None."""
    if WORD.match(c) or DIGIT.match(c) or CJK.match(c) or LETTER_WORD.match(c):
        return None
    for stand_in in (" ", "|", "'"):
        if all(bool(p.match(c)) == bool(p.match(stand_in)) for p in (SYMBOL, SEPARATOR)) \
                and c.isspace() == stand_in.isspace():
            return stand_in
    return None


_TO_ASCII = {c: r for c in _TYPOGRAPHY if (r := _ascii_stand_in(c)) is not None}
_TYPOGRAPHIC = frozenset(_TO_ASCII)
_NOT_ASCII = re.compile(r"[^\x00-\x7f]")


def _ascii_head(head: str) -> bytes | None:
    """`head` as ASCII bytes for the byte counts: as it is, or with its typography replaced by
    the ASCII stand-ins (`_TO_ASCII`); None when it has other characters (letters beyond ASCII,
    CJK): the patterns count those."""
    if head.isascii():
        return head.encode("ascii")
    odd = set(_NOT_ASCII.findall(head))
    if not odd <= _TYPOGRAPHIC:
        return None
    for c in odd:  # a few kinds in a line: one replace each (a translate table costs more)
        head = head.replace(c, _TO_ASCII[c])
    return head.encode("ascii")


def _basic(line: Line) -> None:
    """The counts of a candidate line its neighbours and the precision guards read (words,
    function words, sentence end, calls to action, prose), set on the line; what `_rest` needs
    of them is kept in `line.shape`. Character and word counts read the first `HEAD` characters
    only: what makes a line furniture shows at its start, and a long line costs no more."""
    s = line.text
    head = s[:HEAD]
    tokens = s.split()
    n = len(s)
    last = s[-1]
    ends_sentence = 1.0 if last in SENTENCE_END or (last in CLOSING_QUOTES and n > 1 and s[-2] in SENTENCE_END) else 0.0
    hb = head.encode("ascii") if head.isascii() else _ascii_head(head)
    unread = no_mark = False  # function words not countable; a script without a sentence mark
    if hb is not None:
        wtoks_b = hb.translate(_WORD_BYTES).lower().split()
        nw = len(wtoks_b)
        words = len(tokens)
        stop = sum(map(_STOP_B.__contains__, wtoks_b)) / max(nw, 1)
        joined_b = b" ".join(wtoks_b)
        cta = sum(map(_CTA_B.__contains__, wtoks_b))
        if _ANY_PHRASE_B.search(joined_b):
            cta += sum(1 for p in _CTA_PHRASES_B if p in joined_b)
    else:
        wtoks = WORD.findall(head.lower())
        nw = len(wtoks)
        cjk_chars = len(CJK.findall(head))
        if cjk_chars * 3 >= len(head):
            line.cjk = True
            words = cjk_chars / 2 + sum(1 for t in tokens if t.isascii())
            stop = len(CJK_STOP_RE.findall(head)) / max(cjk_chars, 1) * 2
        elif (nospace := nospace_words(head, tokens)) is not None:
            line.cjk = True  # measured by its characters, as CJK is
            words, stop, unread = nospace, 0.0, True
            if NO_MARK.search(head) is not None and len(head) >= NO_MARK_RUN * len(head.split()):
                no_mark = True
        else:
            if ETHIOPIC_WORDSPACE in s:
                tokens = s.replace(ETHIOPIC_WORDSPACE, " ").split()
            words = len(tokens)
            stop = sum(map(STOP_WORDS.__contains__, wtoks)) / max(nw, 1)
            if stop < 0.12:
                scripts = LETTER_SCRIPT.findall(head)
                unread = scripts.count("") * 2 > len(scripts)
                if unread:  # Cyrillic, Greek: their languages' function words, where the line has them
                    stop += other_script_stop(wtoks) / max(nw, 1)
        joined = " ".join(wtoks)
        cta = sum(map(CTA_WORDS.__contains__, wtoks))
        if _ANY_PHRASE.search(joined):
            cta += sum(1 for p in CTA_PHRASES if p in joined)
        if cjk_chars:  # each of the CJK phrases has a character `CJK` counts
            cta += sum(1 for p in CTA_CJK if p in head)
    line.words = words
    line.ends = ends_sentence
    line.stop = stop
    line.cta = float(cta)
    # the sentence marks inside the line matter to `prose` only when it does not end one
    # (counted in `_rest`, for its features)
    line.prose = (words >= PROSE_WORDS and (stop >= 0.12 or line.cjk or unread)
                  and (ends_sentence > 0 or no_mark or (n > 40 and SENTENCE_MARK.search(s) is not None)))
    line.shape = (len(tokens), nw, hb, cta)


def fast_words(s: str) -> float:
    """The words of a long line that closes a sentence (the fast path): its spaces, and where
    they are too few for prose Ge'ez's words or the characters of a script without spaces
    (`spaceless_words`)."""
    words = s.count(" ") + 1.0
    if words >= PROSE_WORDS or s.isascii():
        return words
    measured = spaceless_words(s, s[:HEAD])
    return words if measured is None else max(words, measured)


def _rest(line: Line) -> list[float]:
    """The features of the line alone (the first 20 of `FEATURE_NAMES`), from the counts
    `_basic` set and the rest of the line's shape (capitals, links, digits, symbols)."""
    s = line.text
    n = len(s)
    head = s[:HEAD]
    ntokens, nwtoks, hb, cta = line.shape
    marks = len(SENTENCE_MARK.findall(s)) if n > 40 else 0
    if hb is not None:
        # the same counts as the patterns below, from the words: in ASCII a word starts where a
        # \w+ run starts (three regex scans cost more than the rest of the line's features)
        classes = b" " + b" ".join(hb.translate(_WORD_BYTES).split()).translate(_CLASS_B)
        caps = classes.count(b" U")
        lw = max(caps + classes.count(b" l"), 1)
        caps, upper = caps / lw, len(_ALL_CAPS_B.findall(classes)) / lw
        hn = len(hb)
        digits = hn - len(hb.translate(None, _DIGIT_B))
        symbols = hn - len(hb.translate(None, _SYMBOL_B))
        seps = hn - len(hb.translate(None, _SEPARATOR_B))
    else:
        lw = max(len(LETTER_WORD.findall(head)), 1)
        caps = len(CAP_WORD.findall(head)) / lw
        upper = len(UPPER_WORD.findall(head)) / lw
        digits = len(DIGIT.findall(head))
        symbols = len(SYMBOL.findall(head))
        seps = len(SEPARATOR.findall(head))
        hn = len(head)
    last = s[-1]
    ends_punct = 1.0 if last in END_PUNCT else 0.0
    urls = len(URL.findall(s)) if _may_link(s) else 0
    phones = len(PHONE.findall(head)) if digits >= 7 else 0
    words = line.words
    first = s[0]
    return [
        math.log1p(n), math.log1p(words), (n - ntokens + 1) / max(ntokens, 1) if not line.cjk else 1.5,
        line.ends, ends_punct, math.log1p(marks),
        line.stop, caps, upper, math.log1p(urls), math.log1p(phones), digits / hn, symbols / hn,
        math.log1p(seps), math.log1p(cta), cta / max(words, 1),
        1.0 if first in BULLETS or (first.isdigit() and s[1:3].lstrip("0123456789")[:1] in (".", ")")) else 0.0,
        head.count(",") / max(nwtoks, 1), 1.0 if COUNT_IN_PARENS.search(head) else 0.0, 1.0 if line.cjk else 0.0,
    ]


def has_link(text: str) -> bool:
    """Whether the line has a link, an e-mail address or a domain name (its `urls` feature > 0)."""
    return _may_link(text) and URL.search(text) is not None


def _own(line: Line) -> list[float]:
    """The features of the line alone."""
    _basic(line)
    return _rest(line)


def own_features(line: Line) -> list[float]:
    """The features of the line alone (the first 20 of `FEATURE_NAMES`), computed on a copy: a
    fast-path line keeps the counts its neighbours were measured with."""
    return _own(copy.copy(line))


def _span_distance(i: int, span: tuple[int, int]) -> float:
    """Lines from the span (0 inside it), log-scaled; before and after are told apart by sign."""
    if i < span[0]:
        return -math.log1p(span[0] - i)
    if i > span[1]:
        return math.log1p(i - span[1])
    return 0.0


def split_lines(text: str) -> list[Line]:
    """The non-blank lines of the text, stripped, with their numbers and blank-line neighbours."""
    out: list[Line] = []
    append = out.append
    pos = 0
    blank = True  # the line above is blank (or the text starts here)
    number = 0
    previous: Line | None = None
    for raw in text.split("\n"):
        number += 1
        stripped = raw.strip()
        if stripped:
            # the first non-blank character is where the stripped line starts in the raw one
            start = pos if raw[0] == stripped[0] else pos + raw.index(stripped[0])
            line = Line(start, start + len(stripped), number, stripped, blank, True)
            if previous is not None and not blank:
                previous.blank_after = False
            append(line)
            previous = line
            blank = False
        else:
            blank = True
        pos += len(raw) + 1
    return out


def candidate_lines(text: str, lines: list[Line] | None = None, *, gate: bool = False) -> list[Line]:
    """Every non-blank line of `text` with the counts its neighbours are measured by: a long line
    that closes a sentence takes the fast path (its counts from its spaces: prose, never
    flagged), every other line is a candidate (`Line.candidate`) and gets its counts from
    `_basic`. No feature vector yet (`Window`). With `gate`, a text without a candidate (every
    line a long sentence: nothing for the model to judge) gives no lines at all, built for none."""
    if lines is not None:
        for line in lines:
            text = line.text
            if len(text) >= LONG_SENTENCE and text[-1] in SENTENCE_CLOSE:
                line.words = words = fast_words(text)
                line.ends, line.stop, line.prose = 1.0, PROSE_STOP, words >= PROSE_WORDS
            else:
                line.candidate = True
                _basic(line)
        return lines
    # the text split and stripped once (in C); only the non-blank lines are walked in Python
    raws = text.split("\n")
    strips = list(map(str.strip, raws))
    if gate and not has_candidate(strips):
        return []
    # where each raw line starts: the lengths before it and one newline each
    offsets = accumulate(map(len, raws), initial=0)
    # blank lines around the text: the first line has a blank line above it, the last one below
    blank = [not s for s in strips]
    blank.append(True)
    out: list[Line] = []
    append = out.append
    for k, s, raw, offset in compress(zip(range(len(strips)), strips, raws, offsets), strips):
        start = offset + k
        if raw[0] != s[0]:
            start += raw.index(s[0])  # the first non-blank character is where the stripped line starts
        n = len(s)
        blank_before = blank[k - 1]  # blank[-1] (the one past the end) for the first line
        blank_after = blank[k + 1]
        if n >= LONG_SENTENCE and s[-1] in SENTENCE_CLOSE:
            # a long line that closes a sentence: prose, never flagged, so its own features
            # are not computed (the fast path, most lines of an article); its neighbours see
            # the shape that matters, a long sentence
            words = fast_words(s)
            append(Line(start, start + n, k + 1, s, blank_before, blank_after, words, 1.0, PROSE_STOP,
                        words >= PROSE_WORDS))
        else:
            line = Line(start, start + n, k + 1, s, blank_before, blank_after)
            line.candidate = True
            _basic(line)
            append(line)
    return out


def prose_position(lines: list[Line]) -> tuple[list[float], float]:
    """The prose words before each line and the document's prose words (1 when it has none):
    the `prose_before` and `prose_after` features."""
    # a line that is not prose adds 0.0, which leaves the running sum as it was
    acc = list(accumulate([line.words if line.prose else 0.0 for line in lines], initial=0.0))
    return acc[:-1], acc[-1] or 1.0


def prose_share(line: Line, before: float, total: float) -> tuple[float, float]:
    """The `prose_before` and `prose_after` features of a line: the shares of the document's prose
    words before it and after it (`before`, `total`: its `prose_position`)."""
    return before / total, 1.0 - (before + (line.words if line.prose else 0.0)) / total


def has_candidate(stripped: Iterable[str]) -> bool:
    """Whether any of these stripped lines is a candidate (`Line.candidate`): shorter than
    `LONG_SENTENCE` or not closing a sentence. A text of long sentences only (most of an extracted
    article's paragraphs) has none: nothing for the model to judge."""
    for s in stripped:
        if s and (len(s) < LONG_SENTENCE or s[-1] not in SENTENCE_CLOSE):
            return True
    return False


def may_have_candidates(text: str) -> bool:
    """Whether any line of the text is a candidate (`has_candidate`); CL140 asks `candidate_lines(text,
    gate=True)`, which asks the same while it splits the text."""
    return has_candidate(map(str.strip, text.split("\n")))


def _best_spans(words: list[float], prose: list[bool]) -> tuple[tuple[int, int], tuple[int, int]]:
    """The run of lines with the largest total weight (Kadane) under two weightings, in one pass:
    prose counts its words for, furniture against (2, or 1 and half its words), so the run is
    where the article stands (boilerpipe's "largest text block"); (0, -1) when none weighs more
    than nothing."""
    best_a, span_a, total_a, start_a = 0.0, (0, -1), 0.0, 0
    best_b, span_b, total_b, start_b = 0.0, (0, -1), 0.0, 0
    for i, (w, p) in enumerate(zip(words, prose)):
        if total_a <= 0:
            total_a, start_a = 0.0, i
        if total_b <= 0:
            total_b, start_b = 0.0, i
        if p:
            total_a += w
            total_b += w
        else:
            total_a += -2.0
            total_b += -(1.0 + 0.5 * w)
        if total_a > best_a:
            best_a, span_a = total_a, (start_a, i)
        if total_b > best_b:
            best_b, span_b = total_b, (start_b, i)
    return span_a, span_b


_NO_SPAN = ((0, -1), (0, -1))  # a document without prose: the spans `_best_spans` finds for it


class Window:
    """What the context features of a document's lines are measured from (the runs of short
    lines, the prose around each line, the article's span, the window means), computed once;
    `fill(i)` gives line `i` its feature vector (`FEATURE_NAMES` order). `position` is the
    document's `prose_position`, if the caller has it."""

    W = 5  # lines each side of the window means

    def __init__(self, lines: list[Line], position: tuple[list[float], float] | None = None) -> None:
        self.lines = lines
        count = self.count = len(lines)
        self.texts = [line.text for line in lines]
        self.seen: Counter[str] | None = None  # each text's count, for a long document (`_repeats`)
        self.before, self.prose_words_total = position or prose_position(lines)
        prose = self.prose = [line.prose for line in lines]
        words_raw = [line.words for line in lines]
        # a short line is never prose (prose has PROSE_WORDS words or more)
        short = [w < 8 for w in words_raw]
        self.doc_short_share = short.count(True) / count
        prose_lines = prose.count(True)
        self.doc_prose_share = prose_lines / count
        self.doc_log_lines = math.log1p(count)

        # runs of consecutive short lines (a menu, a share bar, a list of links): each line's run
        run: list[int] = []
        for is_short, group in groupby(short):
            n = len(list(group))
            run += [n if is_short else 0] * n
        self.run = run

        # the prose lines, for the distance to the nearest one (`fill`)
        self.prose_at = list(compress(range(count), prose))
        self.span_a, self.span_b = _best_spans(words_raw, prose) if prose_lines else _NO_SPAN

        self.words = list(map(math.log1p, words_raw))
        self.ends = [line.ends for line in lines]
        self.stops = [line.stop for line in lines]
        self.ctas = [min(line.cta, 3.0) for line in lines]
        self.pw, self.pe, self.ps, self.pc = (_prefix(self.words), _prefix(self.ends), _prefix(self.stops),
                                              _prefix(self.ctas))

    def _repeats(self, text: str) -> int:
        """How many of the document's lines read `text`: counted in the list for a short document
        (a `Counter` costs more to build than a few scans), from a `Counter` for a long one."""
        if self.count <= 64:
            return self.texts.count(text)
        if self.seen is None:
            self.seen = Counter(self.texts)
        return self.seen[text]

    def _dist(self, i: int) -> int:
        """Lines from line `i` to the nearest prose line (0 for prose; 10**6 and more without)."""
        at = self.prose_at
        k = bisect_right(at, i)
        before = i - at[k - 1] if k else i + 10**6
        if k and at[k - 1] == i:
            return 0
        after = at[k] - i if k < len(at) else 10**6 - i
        return min(before, after)

    def fill(self, i: int) -> None:
        """Line `i`'s own features (`Line.own`) and its whole vector (`Line.features`)."""
        line = self.lines[i]
        if line.own is None:
            line.own = _rest(line)
        count, W = self.count, self.W
        words, ends, stops, ctas = self.words, self.ends, self.stops, self.ctas
        lo = max(0, i - W)
        hi = min(count, i + W + 1)
        span = hi - lo
        p1 = i - 1 if i >= 1 else None
        n1 = i + 1 if i + 1 < count else None
        p2 = i - 2 if i >= 2 else None
        n2 = i + 2 if i + 2 < count else None
        prose_before, prose_after = prose_share(line, self.before[i], self.prose_words_total)
        span_a, span_b, prose = self.span_a, self.span_b, self.prose
        wlo, whi = max(0, i - 15), min(count, i + 16)
        pw, pe, ps, pc = self.pw, self.pe, self.ps, self.pc
        line.features = line.own + [
            math.log1p(self._repeats(line.text) - 1),
            i / count,
            prose_before,
            prose_after,
            math.log1p(min(self._dist(i), 1000)),
            math.log1p(self.run[i]),
            1.0 if line.blank_before else 0.0,
            1.0 if line.blank_after else 0.0,
            self.doc_short_share,
            self.doc_log_lines,
            1.0 if line.prose else 0.0,
            self.doc_prose_share,
            words[p1] if p1 is not None else -1.0, ends[p1] if p1 is not None else -1.0,
            stops[p1] if p1 is not None else -1.0, ctas[p1] if p1 is not None else -1.0,
            words[n1] if n1 is not None else -1.0, ends[n1] if n1 is not None else -1.0,
            stops[n1] if n1 is not None else -1.0, ctas[n1] if n1 is not None else -1.0,
            words[p2] if p2 is not None else -1.0, ends[p2] if p2 is not None else -1.0,
            words[n2] if n2 is not None else -1.0, ends[n2] if n2 is not None else -1.0,
            (pw[hi] - pw[lo]) / span, (pe[hi] - pe[lo]) / span, (ps[hi] - ps[lo]) / span, (pc[hi] - pc[lo]) / span,
            1.0 if span_a[0] <= i <= span_a[1] else 0.0, _span_distance(i, span_a),
            1.0 if span_b[0] <= i <= span_b[1] else 0.0, _span_distance(i, span_b),
            prose[wlo:whi].count(True) / (whi - wlo),
        ]


def _prefix(values: list[float]) -> list[float]:
    """Prefix sums (for the window means), added in order from 0.0."""
    return list(accumulate(values, initial=0.0))


def line_features(text: str, lines: list[Line] | None = None, *, all_features: bool = False) -> list[Line]:
    """Every non-blank line of `text`; the candidates (not long, sentence-closing prose) with
    their feature vector (`FEATURE_NAMES` order), the others with `features` None."""
    lines = candidate_lines(text, lines)
    if any(line.candidate for line in lines):
        window = Window(lines)
        for i, line in enumerate(lines):
            if line.candidate:
                window.fill(i)
    return lines
