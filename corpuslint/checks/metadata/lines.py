"""The lines of a document's head as head extraction sees them, what a value found there is
(`Found`), and the tests of a line's shape (prose, a title, a known label)."""

from __future__ import annotations

import string
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from itertools import islice
from typing import Any

from corpuslint.checks.metadata.vocabulary import (
    BYLINE_START, CHROME_WORDS, KNOWN_LABELS, LABEL_LINE, SENTENCE_END, SMALL_WORDS, UPDATE_LINE,
)
from corpuslint.textutil import LazyPattern


# -- what a value found in the body is ----------------------------------------------------------


@dataclass(slots=True)
class Found:
    """One metadata value found in the body."""

    field: str  # "title", "author", "date", "source", or a label's key ("region")
    value: Any  # normalised: a string, or a list of strings for several authors
    start: int  # the text the value stands on: the whole line(s), or a prefix of a line
    end: int
    kind: str  # "title", "byline", "dateline", "label", "wire"
    whole_line: bool  # True when start..end is whole line(s) holding nothing but this metadata
    shown: str = ""  # the text as it stands, for messages


@dataclass(slots=True)
class Line:
    start: int
    end: int
    text: str
    blank_after: bool  # a blank line (or the end of the text) follows


# -- lines --------------------------------------------------------------------------------------


LINE_TEXT_CAP = 240  # longer lines are prose: the checks never need more of them


def head_lines(text: str, count: int) -> list[Line]:
    """The first `count` non-blank lines, stripped, each knowing whether a blank line follows it.

    A line's `text` is cut at `LINE_TEXT_CAP` characters; `start`/`end` are the whole line's.
    """
    return list(islice(iter_lines(text), count))


def iter_lines(text: str) -> Iterator[Line]:
    """The non-blank lines of `text` as `head_lines` gives them, computed as they are asked for.

    Nothing is copied but the (capped) text of a line: a head ends at its first line of prose,
    usually the first or second, and copying whole paragraphs to strip them cost more than the
    rest of `extract_head` (~40 ms per 10 MB).
    """
    previous: Line | None = None
    pos, size, find = 0, len(text), text.find
    while pos <= size:  # `textutil.lines` written out: its spans and generator cost as much as the rest
        end = find("\n", pos)
        if end == -1:
            end = size
        start, stop = pos, end
        while start < stop and text[start].isspace():
            start += 1
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        if stop > start:
            if previous is not None:
                previous.blank_after = text.count("\n", previous.end, start) >= 2
                yield previous
            previous = Line(start, stop, text[start:min(stop, start + LINE_TEXT_CAP)], True)
        pos = end + 1
    if previous is not None:
        yield previous


class LinesOnDemand:
    """`iter_lines(text)`'s first `count` lines, each computed the first time it is asked for."""

    __slots__ = ("_source", "_lines", "_count")

    def __init__(self, text: str, count: int) -> None:
        self._lines: list[Line] = []
        self._source, self._count = iter_lines(text), count

    def get(self, index: int) -> Line | None:
        lines = self._lines
        while len(lines) <= index < self._count:
            line = next(self._source, None)
            if line is None:
                self._count = len(lines)
                break
            lines.append(line)
        return lines[index] if index < len(lines) else None


def flat(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> list[str]:
    return text.split()


def is_prose(text: str) -> bool:
    if len(text) > 120:
        return True
    words = _words(text)
    if len(words) >= 15:
        return True
    return len(words) >= 6 and text.endswith(SENTENCE_END)


def core_word(word: str) -> str:
    return word.strip(string.punctuation + "“”‘’«»—–")


CREDIT_LIKE = LazyPattern(r"(?i)\p{L}\s?/\s?\p{L}|\b(?:photo|image|picture|credit|via|getty)s?\b\s*:?")

PICTURE_CREDIT = LazyPattern(r"(?i)\b(?:photo(?:graph)?s?|image|picture|illustration|credit)(?:\s+by)?\s*:?\s*$")


def credits_a_picture(text: str, name: str) -> bool:
    """`… Photo: Joseph Cox`, `Photograph by Ann Lee`: the name stands as a picture's credit."""
    at = text.find(name)
    if at < 0:
        at = text.find(name.upper())
    return at >= 0 and PICTURE_CREDIT.search(text[:at]) is not None


# a line of code: a template's tag (`[% IF … %]`, `{% if %}`, `<?php`, `{{ x }}`), or a date written as a string
# literal (`'2005-03-01'`, `new('2005-03-01')`): a sample the text shows, never its headline or its stamp (qa20 r06);
# a wikitext template's parameter on a line of its own (`|publisher=Cornell University`, ` | accessdate = 7 March
# 2016`: a citation's fields): the cited work's, never the document's title or date (qa24)
CODE_LINE = LazyPattern(r"\[%|%\]|\{%|%\}|\{\{|\}\}|<\?|<%|%>|(['\"])\d{4}-\d\d-\d\d\1"
                        r"|^[ \t]*\|[ \t]*\w[\w -]{0,30}?[ \t]*=")


def code_line(text: str) -> bool:
    return CODE_LINE.search(text) is not None or data_row(text)


# a number alone in a field of a delimited row (`2055.30`, `-3`, `1e5`)
NUMBER_FIELD = LazyPattern(r"[-+]?(?:\d+(?:[.,]\d+)*|\.\d+)(?:[eE][-+]?\d+)?")


def data_row(text: str) -> bool:
    """A row of delimited data a text shows as a sample (`Daily,24 Feb 2005,2055.30,4337.00`, `23 Feb 2005|43.72`,
    a TSV line): fields split by a comma with no space after it (three or more), or by a tab, `|` or `;` (two or
    more), two of them numbers alone or one a decimal. Its date is a value of the data, never the document's (tester33 C, a
    vignette's CSV sample). A dateline's commas have a space after them (`WASHINGTON, March 5, 2019`)."""
    stripped = text.strip().strip("|")
    for separator, least in (("\t", 2), ("|", 2), (";", 2), (",", 3)):
        if separator not in stripped or separator == "," and ", " in stripped:
            continue
        fields = [field.strip() for field in stripped.split(separator)]
        numbers = [field for field in fields if NUMBER_FIELD.fullmatch(field)]
        # a measurement (`43.72`) or two numbers: one small count beside a stamp (`5 March 2019 | 1`) is a page's
        if len(fields) >= least and all(fields) and (len(numbers) > 1 or any("." in n for n in numbers)):
            return True
    return False


def known_label_line(text: str) -> bool:
    if ":" not in text:
        return False  # LABEL_LINE needs the colon: most lines are rejected in C
    match = LABEL_LINE.match(text)
    return match is not None and " ".join(match["label"].lower().split()) in KNOWN_LABELS


PLEA = LazyPattern(r"(?i)^(?:watch|click|tap|read|listen|subscribe|sign\s+up|follow|share|download|join|like|"
                   r"get|see|view|shop|buy|donate|support)\b.*\b(?:here|now|today|below|more|free|us)\W*$")
CHROME_START = LazyPattern(r"(?i)^(?:share|tweet|follow|like\s+us|subscribe|sign\s+(?:up|in)|log\s*in|click|tap|"
                           r"email|print|comments?|advertisement)\b")
SITE_MARK = LazyPattern(r"[®™©℠]|\(R\)|\(TM\)")
TITLE_SEPARATOR = LazyPattern(r"\s+[|–—-]\s+")


def without_site_name(title: str) -> str:
    """`Headline - The New York Times` -> `Headline`: short trailing parts in title case (a site's
    name, a section) dropped while a headline of three words or more is left; a headline the
    <title> gives twice (`A - A - Site`) once."""
    while True:
        parts = list(TITLE_SEPARATOR.finditer(title))
        for cut in parts:
            if title[: cut.start()] == title[cut.end():]:
                return title[: cut.start()]
        if not parts:
            return title
        last = parts[-1]
        head, tail = title[: last.start()], title[last.end():]
        words = tail.split()
        if (len(words) > 4 or len(head.split()) < 3 or not all(core_word(w)[:1].isupper()
                                                                  or core_word(w).lower() in SMALL_WORDS
                                                                  for w in words if core_word(w))):
            return title
        title = head


def is_title_before_site_name(text: str) -> bool:
    """`Friday Facts #282 - 0.17 in sight | Factorio`: a headline, a bar, the site's name; the bar
    alone keeps a line from `is_title` (it also joins a caption and its credit)."""
    if "|" not in text:
        return False
    head = without_site_name(flat(text))
    return "|" not in head and is_title(head)


UNSPACED_SCRIPT = LazyPattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")


# a list's bullet opening a line: `* "Debian Tutorial" di Havoc Pennington.`, `* (Motoya Kurotsu) inserted keepj`
LIST_BULLET = LazyPattern(r"^[*+•▪◦‣·-][ \t]")


def could_be_title(text: str) -> bool:
    """A line that may be a headline at all: not a plea (`Watch the full episode here`), not a site's
    name (`Example News ®`), not a label, not a sentence of prose, not a list's item (a bibliography's
    entry, a change log's: a page prints its headline on a line of its own)."""
    count = len(_words(text))
    if count == 1 and len(UNSPACED_SCRIPT.findall(text)) >= 6:
        count = 2  # `宇航员在太空中喝酒会怎么样？后果很严重`: a headline in a script written without spaces
    return (2 <= count <= 25 and len(text) <= 160 and not PLEA.search(text) and not SITE_MARK.search(text)
            and not CHROME_START.match(text) and not known_label_line(text) and not BYLINE_START.match(text)
            and "http" not in text and not LIST_BULLET.match(text))


@lru_cache(maxsize=16)  # the page reader tests a page's first line twice (`looks_like_a_page`, `_titled_page`)
def headline_shaped(text: str) -> bool:
    """Not page furniture that repeats down a story like a headline: `Advertisement - story continues
    below`, `Share this on Facebook: Facebook`, `80510 SHARES Facebook Twitter Reddit` (a headline may
    name one platform: `Zuckerberg offers peek at Facebook's acquisition strategies`, even twice: `Facebook Is
    Tracking Me Even Though I’m Not on Facebook`; the distinct words count)."""
    return could_be_title(text) and len({word.casefold() for word in CHROME_WORDS.findall(text)}) < 2


def last_lines(text: str, count: int) -> list[Line]:
    """The last `count` non-blank lines of `text`, stripped, in order."""
    out: list[Line] = []
    end = len(text)
    while len(out) < count and end > 0:
        start = text.rfind("\n", 0, end) + 1
        raw = text[start:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            s0 = start + lead
            out.append(Line(s0, s0 + len(stripped), stripped[:LINE_TEXT_CAP], True))
        end = start - 1
    out.reverse()
    return out


def is_title(text: str) -> bool:
    if not 12 <= len(text) <= 160:
        return False
    if SITE_MARK.search(text) or PLEA.search(text):
        return False  # "Example News ®", "Watch The Full Episode Here": a site's name, a plea
    words = _words(text)
    if not 4 <= len(words) <= 25:
        return False
    if text.endswith((",", ";", ":", "-", "–", "—")) or "http" in text or "@" in text or "|" in text:
        return False
    half = len(words) // 2
    if len(words) % 2 == 0 and words[:half] == words[half:]:
        return False  # "Seth Rich Seth Rich": a tag repeated, not a headline
    first = core_word(words[0])
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    significant = 0
    capitalised = 0
    for word in words:
        core = core_word(word)
        if not core or not core[0].isalpha():
            continue
        if core.lower() in SMALL_WORDS and word is not words[0]:
            continue
        significant += 1
        if core[0].isupper():
            capitalised += 1
    if significant < 3:
        return False
    ratio = capitalised / significant
    if text.endswith("."):
        # a line ending like a sentence must look like a headline all the more
        if significant < 5 or ratio < 0.9:
            return False
    elif ratio < 0.8:
        return False
    # the page's chrome and picture credits look like headlines too (regexes last: they cost most)
    if CREDIT_LIKE.search(text):
        return False  # "CRAIG WARGA/NY DAILY NEWS/GETTY IMAGES", "… Photo: Reuters"
    return not (CHROME_WORDS.search(text) or BYLINE_START.match(text) or UPDATE_LINE.match(text))


SENTENCE_WORDS = 5  # words of the line above that make it a wrapped sentence's, no headline's


def continues_a_sentence(lines: list[Line], index: int) -> bool:
    """The line at `index` opens in lower case and goes on with the sentence of the line above it in the same
    paragraph (`An example is the xml2rst_ processor` / `by Stefan Merten.`: a tool's author cited 500 lines down a
    manual, no byline): the line above is no headline, runs on without a stop, and holds five words or more."""
    if index == 0 or not lines[index].text[:1].islower():
        return False
    above = lines[index - 1]
    if above.blank_after or len(_words(above.text)) < SENTENCE_WORDS:
        return False
    runs_on = above.text[-1:].isalnum() or above.text[-1:] in "_,;)"  # (`xml2rst_`: a reST reference)
    return runs_on and not is_title(above.text)


def goes_on_below(lines: list[Line], index: int, names: list[str]) -> bool:
    """A byline of one word whose phrase goes on in lower case on the line under it (`By Homo` / `erectus, about 1.8
    million years ago, …`): a wrapped sentence's genus or a term's first word, no one's name. A person's byline over
    its stamp or the story's first sentence stands over a line opening with a capital or a digit; so does one in a
    sentence that runs on into its `by` from the line above (`… made` / `by Homo` / `erectus.`)."""
    if len(names) != 1 or " " in names[0] or index + 1 >= len(lines) or lines[index].blank_after:
        return False
    below = lines[index + 1].text
    if not below[:1].islower():
        return False
    if len(_words(below)) >= SENTENCE_WORDS:
        return True
    # a shorter wrap (`the tools were made` / `by Homo` / `erectus.`): the line opens in lower case and the one above
    # runs on into it, a sentence around the `by`
    above = lines[index - 1] if index > 0 else None
    return (above is not None and not above.blank_after and lines[index].text[:1].islower()
            and (above.text[-1:].isalnum() or above.text[-1:] == ","))


# a line of the article's tools: a share or follow row, a network's button, print and e-mail, the text's size
TOOLS = LazyPattern(r"(?i)^(?:[*•+·|-]\s*)?(?:text\s+size|font\s+size|share(?:\s+(?:this|on|via)\b)?|tweet|print|e-?mail|"
                    r"follow(?:\s+on)?|facebook|twitter|linkedin|whatsapp|pinterest|reddit|flipboard|save\s+story)\b")
TOOLS_CHARS = 50  # a row of buttons is short


def tools_line(text: str) -> bool:
    """`TEXT SIZE - +`, `* Facebook Share on Facebook`, `Share This Story`, `Follow on Twitter Archive Email`."""
    return len(text) <= TOOLS_CHARS and TOOLS.match(text) is not None and not is_prose(text)
