"""A whole page's title, byline and publication date, read from its text (menus and all).

A scraper that keeps a page's whole text (a Common Crawl WET record, `html_text`) keeps the
page's `<title>` as its first line and the article's headline again further down, just above the
byline and the date. That repetition is what finds the headline among a page's menus, whatever
the site:

    Obama admits US gun laws are his 'biggest frustration' - BBC News     <- <title>: headline + site
    Accessibility links                                                    <- menus ...
    Obama admits US gun laws are his 'biggest frustration'                 <- the headline again (h1)
    By Jon Sopel                                                           <- byline, date: next to it
    24 July 2015

`page_metadata` takes the title from the first line, cut down to the part the page repeats as a
line of its own (else the first line without a short trailing site name), and looks for the
byline and the date in the few lines around that repeated headline, where pages put them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

import regex

from corpuslint.checks.metadata.dates import DATE_IN_TEXT, date_from_match, parse_date
from corpuslint.checks.metadata.lines import Line, core_word, iter_lines
from corpuslint.checks.metadata.readers import _date_then_byline, _read_names, read_byline
from corpuslint.checks.metadata.vocabulary import NAME_STOP
from corpuslint.textutil import LazyPattern

# " | ", " - ", " – ", " — ": what a <title> puts between the headline and the site's name
SEPARATOR = LazyPattern(r"\s+[|–—-]\s+")
COLON = LazyPattern(r":\s+")
UNSPACED_SCRIPT = LazyPattern(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}\p{Thai}]")
ROLE_WORDS = frozenset(
    "editor writer reporter correspondent columnist contributor staff author engineer producer "
    "follow share subscribe comments comment min read".split())
# the window around the headline where pages put the byline and the date
BEFORE, AFTER = 4, 14
AFTER_BYLINE = 30  # a line opening with "By" is a byline further down too
NUMERIC_DATE = LazyPattern(r"(?<![\d/.])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])")


@dataclass(slots=True)
class PageMetadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO 8601 calendar day
    headline_line: int | None = None  # index (among non-blank lines) of the repeated headline


def _key(text: str) -> str:
    return " ".join(regex.sub(r"[^\w]+", " ", text.casefold()).split())


def _long_enough(key: str) -> bool:
    """A headline, not a site name: 3 words, or 6 characters of a script written without spaces."""
    return len(key.split()) >= 3 or len(UNSPACED_SCRIPT.findall(key)) >= 6


def page_metadata(text: str, *, max_lines: int = 3000) -> PageMetadata:
    lines = [line for _, line in zip(range(max_lines), iter_lines(text))]
    out = PageMetadata()
    if not lines:
        return out
    first = lines[0].text
    headline = _repeated_headline(lines, first)
    if headline is not None:
        out.headline_line = headline
        out.title = " ".join(lines[headline].text.split())
    else:
        out.title = _without_site_name(first)
    window = _window(lines, out.headline_line)
    out.authors = _authors(window, out.headline_line)
    if not out.authors:
        out.authors = _first_byline(lines)
    out.date = _date(window)
    return out


def _repeated_headline(lines: list[Line], first: str) -> int | None:
    """The line that repeats the <title> line whole, or the part of it before a separator (the
    headline without the site's name), or after one when what comes before is short (`Blog Name:
    Headline`); the longest wins, a leading part before a trailing one."""
    wanted: dict[str, int] = {}  # key -> rank: whole 3, leading part 2, trailing part 1
    cuts = list(SEPARATOR.finditer(first)) + list(COLON.finditer(first))
    for cut in cuts:
        head, tail = _key(first[: cut.start()]), _key(first[cut.end():])
        if head and cut.re is SEPARATOR.compiled() and (
                _long_enough(head) or len(head.split()) == 2 and len(tail.split()) <= 3):
            wanted.setdefault(head, 2)  # "New Zealand - Wikipedia": a short headline, a shorter site
        if tail and _long_enough(tail) and len(head.split()) <= 3:
            wanted.setdefault(tail, 1)
    whole = _key(first)
    if whole and _long_enough(whole):
        wanted[whole] = 3
    best: tuple[int, int, int] | None = None
    for index in range(1, len(lines)):
        line = lines[index].text
        if len(line) > 300:
            continue
        rank = wanted.get(_key(line))
        if rank is None:
            continue
        score = (rank, len(line))
        if best is None or score > best[:2]:
            best = (*score, index)
    return None if best is None else best[2]


def _without_site_name(first: str) -> str:
    """`Headline | Section | Site` -> `Headline`: short trailing parts dropped while a headline is left."""
    title = " ".join(first.split())
    while True:
        parts = list(SEPARATOR.finditer(title))
        if not parts:
            return title
        last = parts[-1]
        head, tail = title[: last.start()], title[last.end():]
        tail_words = tail.split()
        if len(tail_words) > 4 or not tail[:1].isupper() and not tail[:1].isdigit() or len(head.split()) < 3:
            return title
        title = head


def _window(lines: list[Line], headline: int | None) -> list[tuple[int, Line]]:
    if headline is None:
        return []
    start = max(1, headline - BEFORE)
    last = headline  # the headline repeated a few lines further (a page's h1 and its article's)
    key = _key(lines[headline].text)
    for index in range(headline + 1, min(len(lines), headline + AFTER)):
        if _key(lines[index].text) == key:
            last = index
    return list(enumerate(lines[start: last + AFTER_BYLINE + 1], start))


def _has_date(text: str) -> bool:
    return len(text) <= 160 and (DATE_IN_TEXT.search(text) is not None or NUMERIC_DATE.search(text) is not None)


def _authors(window: list[tuple[int, Line]], headline: int | None) -> list[str]:
    for _, line in window:
        names = _byline_names(line)
        if names:
            return names
    window = window[:AFTER + BEFORE]
    # a name under the headline with its stamp (`Dan Goodin - Apr 16, 2015`, `Alex Perry 1 day ago`,
    # `Devindra Hardawar, @devindra`), or alone with a date on a line beside it
    if headline is None:
        return []
    after = [line for index, line in window if index > headline][:6]
    before = [line for index, line in window if index < headline]  # an author card above it (Medium)
    for lines in (after, before):
        for i, line in enumerate(lines):
            name, stamped = _name_line(line.text)
            if name and (stamped or any(_has_date(n.text) or MONTH_DAY.search(n.text) or STAMP.search(n.text)
                                        for n in lines[max(0, i - 1): i + 3] if n is not line)):
                return [name]
    return []


def _clean(text: str) -> str:
    """A byline without what names no one: `@handles`, `(reporting)`, `(R.J.)`."""
    return " ".join(HANDLE.sub(" ", PARENTHESIS.sub(" ", text)).split())


def _byline_names(line: Line) -> list[str]:
    """The names of a byline line, the date after them cut off first (`By JEFFREY GETTLEMAN JAN. 13, 2017`)."""
    text = line.text
    if len(text) > 160:
        return []
    if "@" in text or "(" in text:
        text = _clean(text)
        line = Line(line.start, line.start + len(text), text, True)
    foreign = FOREIGN_BY.match(text)
    if foreign:  # "Par Sébastien Farcis", "Por ...", "Von ...": a byline in another language
        text = "By " + text[foreign.end():]
        line = Line(line.start, line.start + len(text), text, True)
    date = DATE_IN_TEXT.search(text) or MONTH_DAY.search(text)
    found = read_byline(line)
    if not found and date is not None and date.start() > 3:
        cut = text[: date.start()].rstrip(" ,|·•-–—")
        found = read_byline(Line(line.start, line.start + len(cut), cut, True))
    if not found and date is not None:
        found = _date_then_byline(line, text.rstrip(". "), date)
    if not found:
        return []
    value = found[0].value
    return value if isinstance(value, list) else [value]


def _repeated_name(lines: list[Line]) -> list[str]:
    """A name standing alone on two lines of a page (the author's card above the article and the
    author box under it), the first such name."""
    seen: dict[str, int] = {}
    for line in lines[1:]:
        if len(line.text) <= 40:
            name = _bare_name(line.text)
            if name:
                seen[name] = seen.get(name, 0) + 1
                if seen[name] == 2:
                    return [name]
    return []


def _first_byline(lines: list[Line]) -> list[str]:
    for line in lines[1:]:
        if len(line.text) <= 100:
            found = read_byline(line)
            if found:
                value = found[0].value
                return value if isinstance(value, list) else [value]
    return []


FOREIGN_BY = LazyPattern(r"^(?:Par|Por|Von|Door|Di|Av|Af)\s+(?=\p{Lu})")
MONTH_DAY = LazyPattern(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?\s+[0-3]?\d\b(?!,?\s*\d)")
HANDLE = LazyPattern(r"(?<!\S)@\w+")
PARENTHESIS = LazyPattern(r"\([^()]{0,40}\)")
# what follows a name on a byline line: a date, a time, "1 day ago", "• 8h"
STAMP = LazyPattern(r"(?i)\b(?:\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago|"
                    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)|[•·|]\s*\d+\s*[hmd]\b")


def _name_line(text: str) -> tuple[str | None, bool]:
    """A line that is a person's name, alone or with its stamp after it; and whether a stamp was there."""
    if len(text) > 100:
        return None, False
    cut = len(text)
    for pattern in (DATE_IN_TEXT, STAMP, NUMERIC_DATE):
        match = pattern.search(text)
        if match is not None:
            cut = min(cut, match.start())
    stamped = cut < len(text) or HANDLE.search(text) is not None
    name = _bare_name(_clean(text[:cut]).strip(" ,|·•-–—"))
    return name, stamped


def _bare_name(text: str) -> str | None:
    """A line that is only a person's name (`Hazel Sheffield`)."""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 40:
        return None
    if any(core_word(w).lower() in ROLE_WORDS or core_word(w).lower() in NAME_STOP for w in words):
        return None
    names, consumed = _read_names(text, 0, shout=text.isupper())
    if len(names) != 1 or text[consumed:].strip():
        return None
    return names[0]


def _date(window: list[tuple[int, Line]]) -> str | None:
    for _, line in window:
        text = line.text
        if len(text) > 160:
            continue
        match = DATE_IN_TEXT.search(text)
        if match is not None:
            day = date_from_match(match)
            if day is not None:
                return day.isoformat()
        numeric = NUMERIC_DATE.search(text)
        if numeric is not None:
            parsed = parse_date(f"{numeric['y']}-{int(numeric['m']):02d}-{int(numeric['d']):02d}")
            if parsed is not None and parsed.date is not None:
                return parsed.date.isoformat()
    return None


def as_fields(found: PageMetadata) -> dict[str, Any]:
    return {"title": found.title, "author": found.authors or None, "date": found.date}
