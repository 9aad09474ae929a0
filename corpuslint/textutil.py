"""Text helpers shared by the rule families: paragraphs, lines, normalisation, removal spans.

Every family needs the same idea of "a paragraph" and of "remove this block and the blank lines
around it", so that their findings and fixes line up with each other.
"""

from __future__ import annotations

import hashlib
from bisect import bisect_left
import re
import unicodedata
import weakref
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from corpuslint import rxcache

BLANK_LINES = rxcache.compile(r"\n[ \t\r\f\v]*\n(?:[ \t\r\f\v]*\n)*")
# ... and blank by `str.strip` (Unicode white space too: a text browser's line of no-break spaces is blank)
SPACE_LINES = re.compile(r"\n[^\S\n]*\n(?:[^\S\n]*\n)*")
URL_LIKE = rxcache.compile(r"(?:https?://|www\.)\S+|\b[\w.-]+@[\w-]+(?:\.[\w-]+)+\b", regex.I)
DIGITS = rxcache.compile(r"\d+")
NON_WORD = rxcache.compile(r"[^\w]+")
WORD_RUN = rxcache.compile(r"\w+")


@dataclass(slots=True, frozen=True)
class Span:
    start: int
    end: int

    def of(self, text: str) -> str:
        return text[self.start:self.end]


_LEADING_SPACE = re.compile(r"\s*")  # (`re`'s `\s` on str is what `str.strip` strips)


def blank_before(text: str, at: int) -> bool:
    """`not text[:at].strip()`, without copying the text before `at`: asked for each copy of a
    long document, the copy made it quadratic (qa19a #11)."""
    at = min(at, len(text))
    return _LEADING_SPACE.match(text, 0, at).end() == at


def paragraphs(text: str, blank=BLANK_LINES) -> list[Span]:
    """Blocks of text separated by one or more blank lines, without surrounding whitespace. `blank`: the
    run of blank lines between two (`BLANK_LINES`: of ASCII white space, as every family's fixes count them;
    `SPACE_LINES`: of any white space, `str.strip`'s)."""
    spans: list[Span] = []
    pos = 0
    for match in blank.finditer(text):
        start, end = _strip(text, pos, match.start())
        if end > start:
            spans.append(Span(start, end))
        pos = match.end()
    start, end = _strip(text, pos, len(text))
    if end > start:
        spans.append(Span(start, end))
    return spans


def paragraph_at(text: str, at: int) -> tuple[int, int]:
    """The paragraph (lines between blank lines: white space only) holding offset `at`; one reading
    of "the paragraph around" for the bios and markup families."""
    begin = at
    while True:
        line_start = text.rfind("\n", 0, begin) + 1
        if line_start == 0:
            begin = 0
            break
        above = text.rfind("\n", 0, line_start - 1) + 1
        if not text[above:line_start - 1].strip():
            begin = line_start
            break
        begin = above
    stop = at
    while True:
        line_end = text.find("\n", stop)
        if line_end == -1:
            return begin, len(text)
        below_end = text.find("\n", line_end + 1)
        below_end = len(text) if below_end == -1 else below_end
        if not text[line_end + 1:below_end].strip():
            return begin, line_end
        stop = line_end + 1


def lines(text: str) -> Iterator[Span]:
    """Non-blank lines, stripped of surrounding whitespace."""
    pos = 0
    n = len(text)
    while pos <= n:
        end = text.find("\n", pos)
        if end == -1:
            end = n
        start, stop = _strip(text, pos, end)
        if stop > start:
            yield Span(start, stop)
        pos = end + 1


def _strip(text: str, start: int, end: int) -> tuple[int, int]:
    """`text[start:end]` without surrounding white space, as bounds (empty: start == end)."""
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def block_removal(text: str, start: int, end: int) -> tuple[int, int]:
    """The span to delete so that the block `text[start:end]` goes with its own blank lines.

    The paragraphs before and after keep the separator that stood between them, so a document
    whose middle paragraph is removed reads as if it had never been there; a block at the end
    takes the blank lines before it instead (and the file keeps its final newline).
    """
    line_start = text.rfind("\n", 0, start) + 1
    if text[line_start:start].strip():
        line_start = start  # the block shares its line with other text: take only the block
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    if text[end:line_end].strip():
        return line_start, end
    if line_start > 0:
        previous_start = text.rfind("\n", 0, line_start - 1) + 1
        if text[previous_start:line_start - 1].strip():
            # the last line(s) of a multi-line paragraph: keep the break after the line before,
            # so the next paragraph does not join this one
            return line_start - 1, line_end
    following = NEXT_CONTENT.search(text, line_end)
    if following:
        return line_start, following.start()
    previous_end = line_start
    while previous_end > 0 and text[previous_end - 1].isspace():
        previous_end -= 1
    return previous_end, line_end


NEXT_CONTENT = rxcache.compile(r"(?m)^[ \t]*\S")


_ASCII_WORD_RUN = re.compile(r"\w+", re.ASCII)  # `WORD_RUN` on ASCII text, with the faster `re`
_ASCII_DIGITS = re.compile(r"[0-9]+")
_TYPOGRAPHY = re.compile("[\u00a0\u2013\u2014\u2018\u2019\u201c\u201d\u2026\u2022]")


def normalize(text: str) -> str:
    """A form of a paragraph for comparing copies: case, accents, URLs, digits and spacing folded."""
    if not text.isascii() and not ("://" in text or "www." in text or "@" in text):
        # curly quotes, dashes, an ellipsis, a bullet, a no-break space: never part of a word, nor
        # made one by NFKC; as spaces they leave the same words, and most such lines ASCII
        plain = _TYPOGRAPHY.sub(" ", text)
        if plain.isascii():
            text = plain
    if text.isascii():  # 85% of real lines: NFKC changes nothing, casefold is lower, `re` is ~2x faster
        text = text.lower()
        if "://" in text or "www." in text or "@" in text:
            text = URL_LIKE.sub(" ", text)
        return " ".join(_ASCII_WORD_RUN.findall(_ASCII_DIGITS.sub("0", text)))
    text = unicodedata.normalize("NFKC", text).casefold()
    if "://" in text or "www." in text or "@" in text:  # a cheap test first: URL_LIKE is slow
        text = URL_LIKE.sub(" ", text)
    text = DIGITS.sub("0", text)
    return " ".join(WORD_RUN.findall(text))  # the same as splitting on NON_WORD, faster


def fingerprint(text: str) -> str:
    """A short stable hash of normalised text (16 hex digits), for indexes and baselines."""
    return hashlib.blake2b(normalize(text).encode("utf-8"), digest_size=8).hexdigest()


def words(text: str) -> list[str]:
    return normalize(text).split()


def word_key(text: str) -> str:
    """A line's words, case folded, punctuation dropped (no NFKC, digits and URLs kept, unlike
    `normalize`): how two prints of one headline, or a site's name and a page's line, are compared."""
    return " ".join(NON_WORD.sub(" ", text.casefold()).split())


# The last word of a text that ends a sentence: closing punctuation (then quotes or brackets) after
# a word that is no list number ("1." alone on its line), initial ("J."), dotted abbreviation
# ("U.S.", "p.m.") or title/label abbreviation ("Dr.", "No."): those end with a full stop inside a sentence.
# The sentence ends of the world's scripts: Unicode's Sentence_Terminal characters beyond ASCII
# (`\p{STerm}` of `regex`'s Unicode data; tests/test_boilerplate_scripts.py checks the list) and
# Tibetan's shad (U+0F0D, U+0F0E), which ends its sentences without being one of them: the
# Devanagari danda (। ॥), the Arabic and Urdu full stop and question mark (۔ ؟), the Ethiopic
# full stop (።), the Armenian (։), Myanmar (။), Khmer (។) ones, CJK's 。！？, `‼` ...
STERM = "\u0589\u061d\u061e\u061f\u06d4\u0700\u0701\u0702\u07f9\u0837\u0839\u083d\u083e\u0964\u0965\u104a\u104b\u1362\u1367\u1368\u166e\u1735\u1736\u17d4\u17d5\u1803\u1809\u1944\u1945\u1aa8\u1aa9\u1aaa\u1aab\u1b4e\u1b4f\u1b5a\u1b5b\u1b5e\u1b5f\u1b7d\u1b7e\u1b7f\u1c3b\u1c3c\u1c7e\u1c7f\u2024\u203c\u203d\u2047\u2048\u2049\u2cf9\u2cfa\u2cfb\u2e2e\u2e3c\u2e53\u2e54\u2e60\u2e61\u3002\ua4ff\ua60e\ua60f\ua6f3\ua6f7\ua876\ua877\ua8ce\ua8cf\ua92f\ua9c8\ua9c9\uaa5d\uaa5e\uaa5f\uaaf0\uaaf1\uabeb\ufe12\ufe15\ufe16\ufe52\ufe56\ufe57\uff01\uff0e\uff1f\uff61\U00010a56\U00010a57\U00010f55\U00010f56\U00010f57\U00010f58\U00010f59\U00010f86\U00010f87\U00010f88\U00010f89\U00011047\U00011048\U000110be\U000110bf\U000110c0\U000110c1\U00011141\U00011142\U00011143\U000111c5\U000111c6\U000111cd\U000111de\U000111df\U00011238\U00011239\U0001123b\U0001123c\U000112a9\U000113d4\U000113d5\U0001144b\U0001144c\U000115c2\U000115c3\U000115c9\U000115ca\U000115cb\U000115cc\U000115cd\U000115ce\U000115cf\U000115d0\U000115d1\U000115d2\U000115d3\U000115d4\U000115d5\U000115d6\U000115d7\U00011641\U00011642\U0001173c\U0001173d\U0001173e\U00011944\U00011946\U00011a42\U00011a43\U00011a9b\U00011a9c\U00011c41\U00011c42\U00011ef7\U00011ef8\U00011f43\U00011f44\U00016a6e\U00016a6f\U00016af5\U00016b37\U00016b38\U00016b44\U00016d6e\U00016d6f\U00016e98\U0001bc9f\U0001da88\u0f0d\u0f0e"
SENTENCE_END = frozenset(".!?。！？…" + STERM)  # what closes a sentence, in any script


def closes_sentence(line: str) -> bool:
    """The (stripped) line closes a sentence, in any script, inside a quotation or a bracket too."""
    return line.rstrip("\"'”’)»」』")[-1:] in SENTENCE_END

_SENTENCE_END = rxcache.compile(r"(.*?)([.!?…])[\"'”’)\]]*\Z", regex.S)
_NOT_A_SENTENCE_END = rxcache.compile(
    r"(?:[^\W\d_]|(?:[^\W\d_]{1,2}\.)+[^\W\d_]{1,2}"
    r"|(?i:mrs?|ms|dr|prof|st|mt|no|nos|nr|vol|pp?|fig|jr|sr|gen|gov|sen|rep|rev|hon|capt|col|lt|sgt|vs|cf|approx|ca))\Z")


def ends_sentence(text: str) -> bool:
    """Whether `text` ends a sentence: "... said the mayor." does; "1.", "Dr.", "U.S.", "p.m.",
    "No." and an initial ("J.") end an abbreviation or a list number, inside a sentence. Only the
    last word is read (found from the end: a long text is not scanned)."""
    text = text.rstrip()
    if not text:
        return False
    last = text.rsplit(None, 1)[-1]
    m = _SENTENCE_END.match(last.lstrip("([\"'“‘"))
    if m is None:
        return False
    if m.group(2) != ".":
        return True
    word = m.group(1)
    if word.isdigit():  # "It was 2019." ends a sentence; "1." alone on its line numbers a list item
        start = len(text) - len(last)
        return bool(text[text.rfind("\n", 0, start) + 1:start].strip(" \t>"))
    return _NOT_A_SENTENCE_END.match(word) is None


def shorten(text: str, width: int = 80) -> str:
    """One line of at most `width` characters, for messages."""
    flat = " ".join(text.split())
    return flat if len(flat) <= width else flat[: width - 1] + "…"


class LazyPattern:
    """A `regex` pattern compiled on first use.

    Rule modules are imported on every run, also to check one file from a pre-commit hook;
    compiling all their patterns up front cost more start-up than anything else (~50 ms), and
    most runs of one file need a third of them, so the patterns wait until a document needs them.
    After the first use a method (`search`, `finditer`, ...) is an ordinary attribute of the
    instance, as fast to call as the compiled pattern's own.
    """

    _made: weakref.WeakSet[LazyPattern] = weakref.WeakSet()

    def __init__(self, source: str, flags: int = 0, compiled=None) -> None:
        self.source, self.flags, self._compiled = source, flags, compiled
        LazyPattern._made.add(self)

    @classmethod
    def compile_all(cls) -> None:
        """Compile every pattern made so far (~0.2 s for all): before forking workers, which
        would otherwise each compile the hundred or so a run uses (see `Linter.warm_up`)."""
        for pattern in list(cls._made):
            pattern.compiled()

    def compiled(self):
        if self._compiled is None:
            self._compiled = rxcache.compile(self.source, self.flags)
        return self._compiled

    def __getattr__(self, name: str):
        if name.startswith("__"):
            raise AttributeError(name)  # copy/pickle probe for these; they must not compile
        value = getattr(self.compiled(), name)
        self.__dict__[name] = value  # the next lookup finds it without coming here
        return value


FENCE = rxcache.compile(r"^[ \t]{0,3}(?:```|~~~)", regex.M)
HEADING = rxcache.compile(r"^[ \t]{0,3}#{1,6}[ \t]")
TABLE_RULE = rxcache.compile(r"^\s*\|?\s*:?-{3,}:?\s*\|")  # "---|---", "| --- | :--: |"


_FENCED: tuple[str | None, bool] = (None, False)  # the last text asked about, and whether it has a fence


def _has_fence(text: str) -> bool:
    """Whether `text` holds a code fence mark at all. `is_structure` is asked about many units of
    one text in a row, and the two searches of a whole text took 70% of its time (~0.12 s CPU
    per 10 MB); the answer for the last text is kept (a one-entry cache: a tuple swapped whole,
    so a thread never reads one text's answer with another's)."""
    global _FENCED
    last, fenced = _FENCED
    if last is text:
        return fenced
    fenced = "```" in text or "~~~" in text
    _FENCED = (text, fenced)
    return fenced


_FENCES: tuple[str | None, list[int]] = (None, [])  # the last text asked about, and where its FENCE marks start


def _fence_starts(text: str) -> list[int]:
    """Where the code fence marks of `text` (`FENCE`) start, in order; the answer for the last
    text is kept, as `_has_fence` keeps its. Counting the marks above each line asked about
    (`FENCE.findall(text, 0, line_start)`) read the text from its start for every unit: quadratic,
    75 s of CPU for CL401-CL403 on a 2 MB text with one fence (qa19a #11)."""
    global _FENCES
    last, starts = _FENCES
    if last is text:
        return starts
    starts = [m.start() for m in FENCE.finditer(text)]
    _FENCES = (text, starts)
    return starts


def is_structure(text: str, start: int, end: int) -> bool:
    """The line(s) at start..end are document structure that repeats by nature, not text: a Markdown
    heading, a code fence or a line inside a fenced or indented code block, a table row (cells
    split by ` | ` on it and on a line beside it)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start:line_start + 1].isalpha() and text.find(" | ", line_start, line_end) == -1 \
            and not _has_fence(text):
        return False  # (most lines) no heading, fence, code line or table row starts with a letter
    line = text[line_start:line_end]  # (copied only past that test: a line may be a long paragraph)
    if HEADING.match(line) or FENCE.match(line):
        return True
    if _has_fence(text):
        if bisect_left(_fence_starts(text), line_start) % 2 == 1:
            return True  # inside a fenced block
    prev_end = max(0, line_start - 1)
    prev_line = text[text.rfind("\n", 0, prev_end) + 1:prev_end]
    next_start = min(len(text), line_end + 1)
    nl = text.find("\n", next_start)
    next_line = text[next_start: len(text) if nl == -1 else nl]
    indented = line.startswith(("    ", "\t"))
    if indented and (prev_line.startswith(("    ", "\t")) or next_line.startswith(("    ", "\t"))):
        return True  # an indented code block (two lines or more)
    return _cells(line) and (_cells(prev_line) or _cells(next_line) or TABLE_RULE.match(prev_line) is not None
                             or TABLE_RULE.match(next_line) is not None)


def _cells(line: str) -> bool:
    """Whether `line` splits cells by ` | ` (a cell after it): `| a | b |`, `a | b`. A label with its separator
    at the line's end (`modules |`, an HTML page's relbar entry, the `<li>` that follows on the next line) is
    an entry of a row of links, no table's."""
    at = line.find(" | ")
    while at >= 0:
        if line[at + 3:].strip():
            return True
        at = line.find(" | ", at + 1)
    return False


# `normalize` of an ASCII line as one byte translation: letters lower-cased, digits to "0" (a
# run of them then folds to one "0"), anything else but the line break a space
_ASCII_FOLD = bytes(
    (c + 32 if 65 <= c <= 90 else 48 if 48 <= c <= 57 else c if 97 <= c <= 122 or c in (10, 95) else 32)
    for c in range(256))


def line_norms(text: str) -> list[str] | None:
    """`[normalize(line) for line in text.split("\\n")]`, for the whole text at once; None where
    that is not sure to give the same (a line that stays non-ASCII after `normalize`'s own
    typography step, or typography beside a link, which `normalize` leaves for NFKC).

    Line by line, `normalize`'s regular expressions were the larger part of a document's corpus
    features (~0.5 s per 10 MB); as a byte translation the text takes a third of that.
    """
    if not text.isascii():
        if "://" in text or "www." in text.lower() or "@" in text:
            return None
        text = _TYPOGRAPHY.sub(" ", text)
        if not text.isascii():
            return None
    return _fold_lines(text)


_MARKER = re.compile(r"://|www\.|@")


def _links_dropped(text: str) -> str:
    """`URL_LIKE.sub(" ", line)` on each line of `text` that holds a link's or an address's mark:
    only those (`URL_LIKE`, of the slower `regex`, tries every place of what it is given)."""
    out: list[str] = []
    done = 0
    for mark in _MARKER.finditer(text):
        if mark.start() < done:
            continue  # (its line is done)
        start = text.rfind("\n", 0, mark.start()) + 1
        end = text.find("\n", mark.end())
        end = len(text) if end == -1 else end
        out += (text[done:start], URL_LIKE.sub(" ", text[start:end]))
        done = end
    out.append(text[done:])
    return "".join(out)


def _fold_lines(text: str) -> list[str]:
    """`normalize` of each line of an ASCII text (no typography left) as a byte translation of the
    whole text (then each line's white space collapsed: faster in `str.split` than in `re`)."""
    text = text.lower()
    if "://" in text or "www." in text or "@" in text:
        text = _links_dropped(text)  # a link or an address never spans a line break
    folded = text.encode("ascii").translate(_ASCII_FOLD)
    while b"00" in folded:
        folded = folded.replace(b"00", b"0")
    return [" ".join(line.split()) for line in folded.decode("ascii").split("\n")]


def all_line_norms(text: str) -> list[str]:
    """`[normalize(line) for line in text.split("\\n")]`, the text worked on whole where it can be.

    The lines that `normalize` takes the ASCII way (most lines, typography made spaces) are folded
    together (`_fold_lines`); the others (letters beyond ASCII; typography beside a link) go
    through NFKC together: NFKC, case folding, the link and digit patterns never make, remove or
    span a line break (checked over every code point), so the text's lines are each line's.
    Line by line, `normalize` was half of a document's corpus features.
    """
    if text.isascii():
        return _fold_lines(text)
    plain = _TYPOGRAPHY.sub(" ", text)
    if plain.isascii() and not ("://" in text or "www." in text or "@" in text):
        return _fold_lines(plain)
    originals = text.split("\n")
    plains = plain.split("\n")
    easy: list[int] = []
    hard: list[int] = []
    for i, (line, plain_line) in enumerate(zip(originals, plains)):
        if plain_line.isascii() and (line.isascii() or not ("://" in line or "www." in line or "@" in line)):
            easy.append(i)
        else:
            hard.append(i)
    out = [""] * len(originals)
    if easy:
        for i, norm in zip(easy, _fold_lines("\n".join([plains[i] for i in easy]))):
            out[i] = norm
    if hard:
        joined = unicodedata.normalize("NFKC", "\n".join([originals[i] for i in hard])).casefold()
        if "://" in joined or "www." in joined or "@" in joined:
            joined = _links_dropped(joined)
        pieces = DIGITS.sub("0", joined).split("\n")
        if len(pieces) != len(hard):  # (never: see above) each line alone
            pieces = [normalize(originals[i]) for i in hard]
            for i, norm in zip(hard, pieces):
                out[i] = norm
        else:
            findall = WORD_RUN.findall
            for i, piece in zip(hard, pieces):
                out[i] = " ".join(findall(piece))
    return out
