"""Metadata a scraper left in the body: the title line, the byline, the dateline, labelled lines.

Pages put the same few things above an article, in the same few shapes:

    Russia Sends "Peacekeeping" Troops to Venezuela.       <- title: the first line, alone, Title Case
    By Stephen Lendman                                      <- byline: "By" + names
    Global Research, March 25, 2019                         <- dateline: [publisher,] date
    Region: Latin America & Caribbean, Russia               <- labelled lines (with a broken
    and FSU                                                 <-   continuation line)
    WASHINGTON (Reuters) - The U.S. ...                     <- wire dateline opening the lede

`extract_head` reads only the head of a document (the first `max_lines` non-blank lines) and stops
at the first line of prose, so nothing inside an article is taken for metadata. What it finds is
reported with the span it stands on and the value normalised as a fix would write it.
"""

from __future__ import annotations

import string
from collections.abc import Iterator
from itertools import islice
from dataclasses import dataclass
from typing import Any

import regex

from corpuslint.textutil import LazyPattern
from corpuslint.textutil import lines as stripped_lines

from corpuslint.checks.metadata.dates import DATE_IN_TEXT, MONTHS, WEEKDAYS, date_from_match, normalize_date

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


# -- vocabularies (shapes of page furniture, not lists of sites) ------------------------------

SMALL_WORDS = frozenset(
    "a an the and or nor but of to in on at for by with from as into onto via vs v per than "
    "de la le du des da del di von van".split())
FUNCTION_WORDS = frozenset(
    "the this that these those then now all some any far contrast way time one two no not its "
    "his her their our my your it he she they we you there here".split())
NAME_STOP = frozenset(MONTHS) | frozenset(WEEKDAYS) | frozenset(
    "today tomorrow yesterday morning evening night noon midnight".split())
CONNECTORS = frozenset({"of", "for", "the"})
PARTICLES = frozenset("de da del della der den di du dos la le van von bin ibn al el st.".split())
# words of a page's chrome; a first line holding one is not a title
CHROME_WORDS = LazyPattern(r"(?i)\b(?:shares?|facebook|twitter|tweet|subscribe|advertisement|comments?|"
                             r"newsletter|sign\s+up|log\s*in|cookies?|javascript|loading)\b")
UPDATE_LINE = LazyPattern(r"(?i)^\s*(?:last\s+)?(?:updated|modified|edited|revised)\b")

KNOWN_LABELS = {
    "author": "author", "authors": "author", "by": "author", "byline": "author", "written by": "author",
    "writer": "author", "posted by": "author", "reporter": "author",
    "date": "date", "dated": "date", "published": "date", "published on": "date", "posted": "date",
    "posted on": "date", "publication date": "date", "date published": "date", "pubdate": "date",
    "source": "source", "publisher": "source", "published by": "source", "site": "source",
    "title": "title", "headline": "title",
    "tags": "tags", "tag": "tags", "tagged": "tags", "categories": "tags", "category": "tags",
    "filed under": "tags", "posted in": "tags", "topics": "tags", "keywords": "tags", "labels": "tags",
}
# labels that open captions, credits, kickers, notes and quotes, not metadata
NOT_LABELS = frozenset(
    "image images photo photos picture pictures video videos watch credit credits caption related "
    "more note warning breaking example claim share follow via update updates exclusive urgent "
    "listen click read trending advertisement sponsored correction clarification editor editors "
    "origins rating status question answer q a transcript quote archive archives results search".split())
HONORIFICS = frozenset("dr dr. prof prof. mr mr. mrs mrs. ms ms. rev rev. sir dame".split())
SPEECH_WORDS = LazyPattern(r"(?i)\b(?:said|says|say|told|tells|asks?|asked|added|adds|writes|wrote|"
                             r"tweeted|explained|replied|noted|stated|declared)\b")

LABEL_LINE = LazyPattern(r"^(?P<label>\p{Lu}[\p{L}'’]*(?:[ ][\p{L}'’]+){0,2})\s*:\s*(?P<value>\S.*)$")
BYLINE_START = LazyPattern(r"^(?i:(?:(?:posted|written|story|reported|words|text|report|photos?\s+and\s+text)\s+)?by)"
                             r"(?::\s*|\s+)(?=\S)")
NAME_TOKEN = LazyPattern(r"^(?:\p{Lu}[\p{L}'’\-]*\.?|\p{Lu}\.(?:\p{Lu}\.)*)$")
WIRE_DATELINE = LazyPattern(
    r"^(?P<place>\p{Lu}[\p{L}.'’\-]*(?:[ /]\p{Lu}[\p{L}.'’\-]*){0,3}"
    r"(?:,\s*\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2})?"
    r"(?:,\s*\p{L}{3,9}\.?\s+\d{1,2}(?:,\s*\d{4})?)?\s+)?"
    r"\((?P<agency>[^()\n]{2,30})\)(?P<dash>\s*(?:[-–—]{1,2}|:)\s*|\s+)(?=\p{Lu}|\S)")
NOT_AGENCIES = frozenset({"source", "sources", "excerpt", "photo", "photos", "video", "via", "image", "file",
                          "file photo", "reuters photo", "ap photo", "updated", "update", "watch", "see",
                          "pictured", "above", "below", "left", "right", "center", "centre"})
SENTENCE_END = tuple('.!?"”’')

MAX_BYLINE_CHARS = 100
MAX_LABEL_VALUE_WORDS = 12


def extract_head(text: str, max_lines: int = 8, *, generic_labels: bool = True) -> list[Found]:
    """Metadata standing in the head of `text`: the first `max_lines` non-blank lines, up to the
    first line of prose."""
    lines = _LinesOnDemand(text, max_lines + 1)
    found: list[Found] = []
    generic: list[Found] = []
    anchored = False  # a byline, dateline or known label: the head is a metadata block
    index = 0
    while index < max_lines and (line := lines.get(index)) is not None:
        nxt = lines.get(index + 1)
        if UPDATE_LINE.match(line.text):
            index += 1  # "Updated 10:32 AM ET": metadata, but not a publication date
            continue
        items = _byline(line)
        if items is None:
            items = _dateline(line)
        if (items is None and index == 0 and nxt is not None and _flat(nxt.text) == _flat(line.text)
                and _could_be_title(line.text)):
            # the headline twice (the page's and the article's): a title whatever its case
            found.append(Found("title", _flat(line.text), line.start, line.end, "title", True, line.text))
            index += 2
            continue
        if (items is None and index == 0 and nxt is not None and line.blank_after and _is_title(line.text)
                and not _known_label_line(line.text)):
            found.append(Found("title", without_site_name(_flat(line.text)), line.start, line.end, "title", True,
                               line.text))
            index += 1
            continue
        if items is None:
            label = _label(line, nxt if nxt is not None and index + 1 < max_lines else None)
            if label is not None:
                item, used = label
                if item is not None:
                    if item.kind == "label" or item.field == "source":
                        # generic labels, and "Source:" (often a story or picture credit), only
                        # count next to a byline or dateline
                        generic.append(item)
                    else:
                        found.append(item)
                        anchored = True
                index += used
                continue
        if items:
            found.extend(items)
            anchored = True
            if any(not i.whole_line for i in items):
                break  # the line goes on with the lede (an inline byline + wire dateline)
            index += 1
            continue
        wire = _wire(line)
        if wire is not None:
            found.append(wire)
            break
        place = _place_dateline(line) or (_date_dash(line) if YEAR_LIKE.search(line.text[:40]) else None)
        if place is not None:
            found.append(place)
            break
        if line.end - line.start > 120 or _is_prose(line.text):
            break
        if line.text.endswith(":"):
            break  # "Example #1:", "Via WorldNewsDailyReport.com, Feb. 4, 2015:": a quotation follows
        index += 1
    if anchored:
        found.extend(i for i in generic if generic_labels or i.kind != "label")
        found.sort(key=lambda i: i.start)
    return found


def extract_tail(text: str, max_lines: int = 4, *, after: int = 0) -> list[Found]:
    """Attribution at the end of `text` (its last `max_lines` non-blank lines, none before offset
    `after`): `Source: https://…`, a bare source URL as the last line, `This piece first appeared on
    X and is republished with permission`, `Originally published at X`, `Written by A for X`,
    `Syndicated by X`."""
    tail = _last_lines(text, max_lines)
    found: list[Found] = []
    for position, line in enumerate(tail):
        if line.start < after or len(line.text) > 240:
            continue
        items = _attribution(line, last=position == len(tail) - 1, alone=len(tail) < 2 or not _is_bare_url(
            tail[position - 1].text) if position else True)
        if not items and POST_META.match(line.text):
            items = _byline(line) or _dateline(line) or []  # "Posted by A at 12:55 AM" under a post
        if not items and _known_label_line(line.text):
            label = _label(line, None)
            if label is not None and label[0] is not None and label[0].field == "tags":
                items = [label[0]]  # "Labels: FPGA, Tools", "Tags: ..." under a post
        found.extend(items)
    return found


def _last_lines(text: str, count: int) -> list[Line]:
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


BARE_URL = LazyPattern(r"^(?:https?://|www\.)\S+$")
# "Source: <name>" credits the claims of a story (a newspaper it rewrites), not where the text comes
# from; with a URL it names the page the text was taken from
SOURCE_URL_LEAD = LazyPattern(r"(?i)^(?:source|via)\s*:?\s+(?=(?:https?://|www\.)\S+\s*$)")
SOURCE_LEAD = LazyPattern(r"(?i)^originally\s+(?:published|appeared|posted)\s+(?:on|in|at|by)\s+")
ATTRIBUTION = LazyPattern(
    r"(?i)^this\s+(?:article|piece|story|post|essay|column|op-ed)\s+"
    r"(?:was\s+|is\s+|has\s+been\s+)?(?:first\s+|originally\s+)?"
    r"(?:appeared|published|posted|ran|written|produced)\s+(?:first\s+|originally\s+)?(?:on|in|at|by|for)\s+")
REPUBLISHED = LazyPattern(
    r"(?i)^(?:(?:re)?published|reprinted|reposted|syndicated|shared)\s+(?:with\s+(?:kind\s+)?permission\s+)?"
    r"(?:from|by|via|of)\s+")
WRITTEN_FOR = LazyPattern(r"^(?i:written|reported|produced)\s+by\s+")
SOURCE_END = LazyPattern(r"(?i)(?:[.;,]\s|[.;,]?$|\s+(?:and|under|with|on|in|as|where|which|copyright)\b|\s+\()")


def _is_bare_url(text: str) -> bool:
    return BARE_URL.match(text) is not None


def _source_name(text: str) -> tuple[str, int] | None:
    """The publisher at the start of `text` ("The Daily Dot. Copyright 2014" -> "The Daily Dot")."""
    host = regex.match(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?", text)
    if host:
        return host.group().rstrip(".,;)"), host.start() + len(host.group().rstrip(".,;)"))
    stop = SOURCE_END.search(text)
    name = text[: stop.start() if stop else len(text)].strip()
    words = name.split()
    if not 1 <= len(words) <= 8 or not (_core(words[0])[:1].isupper() or _core(words[0])[:1].isdigit()):
        return None
    return name, len(name)


AUTHOR_BOX = LazyPattern(r"^(?:(?:More|All|Other|View\s+all|See\s+all)\s+(?:posts|articles|stories|columns)\s+by"
                         r"|Subscribe\s+to(?=\s+.{3,40}['’]s\s+(?:feed|posts|RSS)\W*$)"
                         r"|Follow(?=\s+.{3,40}\s+on\s+(?:Twitter|X|Facebook|Instagram)\b))\s+")
# what ends an author box after the name: "'s feed", "on Twitter: @handle", "(@handle) on Twitter"
FEED_END = LazyPattern(r"(?:['’]s\s+(?:feed|posts|RSS)|\s*(?:\(@\w+\)\s*)?on\s+(?:Twitter|X|Facebook|Instagram)\b.*)\W*$")


def _attribution(line: Line, *, last: bool, alone: bool) -> list[Found]:
    text = line.text
    box = AUTHOR_BOX.match(text)
    if box:  # an author box: "More posts by Jane Doe", "Subscribe to Jane Doe's feed"
        feed = FEED_END.search(text)
        body = text[: feed.start()] if feed else text
        names, consumed = _read_names(body, box.end(), shout=False)
        if len(names) == 1 and len(names[0].split()) >= 2 and not body[consumed:].strip(" ."):  # "Follow Sarah": no
            return [Found("author", names[0], line.start, line.end, "attribution", True, text)]
        return []
    if last and alone and _is_bare_url(text):
        return [Found("source", text.rstrip(".,;"), line.start, line.end, "attribution", True, text)]
    written = WRITTEN_FOR.match(text)
    if written:
        at_for = text.find(" for ", written.end())
        if at_for == -1:
            return []
        names, consumed = _read_names(text[:at_for], written.end(), shout=False)
        rest = regex.match(r"\s+for\s+", text[consumed:])
        if names and rest and consumed == at_for:
            source = _source_name(text[consumed + rest.end():])
            if source:
                whole = not text[consumed + rest.end() + source[1]:].strip(" .")
                return [Found("author", names[0] if len(names) == 1 else names, line.start, line.end,
                              "attribution", whole, text),
                        Found("source", source[0], line.start, line.end, "attribution", whole, text)]
        return []
    for pattern in (SOURCE_URL_LEAD, SOURCE_LEAD, ATTRIBUTION, REPUBLISHED):
        lead = pattern.match(text)
        if lead is None:
            continue
        source = _source_name(text[lead.end():])
        if source is None:
            return []
        after = text[lead.end() + source[1]:].strip(" .")
        whole = not after or bool(regex.match(r"(?i)(?:and\s+(?:is|was)\s+)?(?:re)?published\s+(?:here\s+)?with\s+"
                                              r"(?:kind\s+)?permission\W*$|copyright\b", after))
        return [Found("source", source[0], line.start, line.end, "attribution", whole, text)]
    return []


def wire_dateline(text: str, start: int = 0) -> Found | None:
    """A wire dateline (`WASHINGTON (Reuters) -`) opening the line at `start`, if any."""
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return _wire(Line(start, end, text[start:end], True))


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
    for span in stripped_lines(text):
        if previous is not None:
            previous.blank_after = text.count("\n", previous.end, span.start) >= 2
            yield previous
        previous = Line(span.start, span.end, text[span.start:min(span.end, span.start + LINE_TEXT_CAP)], True)
    if previous is not None:
        yield previous


class _LinesOnDemand:
    """`iter_lines(text)`'s first `count` lines, each computed the first time it is asked for."""

    __slots__ = ("_source", "_lines", "_count")

    def __init__(self, text: str, count: int) -> None:
        self._source, self._lines, self._count = iter_lines(text), [], count

    def get(self, index: int) -> Line | None:
        lines = self._lines
        while len(lines) <= index < self._count:
            line = next(self._source, None)
            if line is None:
                self._count = len(lines)
                break
            lines.append(line)
        return lines[index] if index < len(lines) else None


def _flat(text: str) -> str:
    return " ".join(text.split())


def _words(text: str) -> list[str]:
    return text.split()


def _is_prose(text: str) -> bool:
    if len(text) > 120:
        return True
    words = _words(text)
    if len(words) >= 15:
        return True
    return len(words) >= 6 and text.endswith(SENTENCE_END)


def _core(word: str) -> str:
    return word.strip(string.punctuation + "“”‘’«»—–")


CREDIT_LIKE = LazyPattern(r"(?i)\p{L}\s?/\s?\p{L}|\b(?:photo|image|picture|credit|via|getty)s?\b\s*:?")


def _known_label_line(text: str) -> bool:
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
    name, a section) dropped while a headline of three words or more is left."""
    while True:
        parts = list(TITLE_SEPARATOR.finditer(title))
        if not parts:
            return title
        last = parts[-1]
        head, tail = title[: last.start()], title[last.end():]
        words = tail.split()
        if (len(words) > 4 or len(head.split()) < 3 or not all(_core(w)[:1].isupper() or _core(w).lower() in SMALL_WORDS
                                                                  for w in words if _core(w))):
            return title
        title = head


def _could_be_title(text: str) -> bool:
    """A line that may be a headline at all: not a plea (`Watch the full episode here`), not a site's
    name (`Example News ®`), not a label, not a sentence of prose."""
    words = _words(text)
    return (2 <= len(words) <= 25 and len(text) <= 160 and not PLEA.search(text) and not SITE_MARK.search(text)
            and not CHROME_START.match(text) and not _known_label_line(text) and not BYLINE_START.match(text)
            and "http" not in text)


def _is_title(text: str) -> bool:
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
    first = _core(words[0])
    if not first or not (first[0].isupper() or first[0].isdigit()):
        return False
    significant = 0
    capitalised = 0
    for word in words:
        core = _core(word)
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


# -- bylines ------------------------------------------------------------------------------------


def _byline(line: Line) -> list[Found] | None:
    match = BYLINE_START.match(line.text)
    if match is None:
        return None
    rest_at = match.end()
    first = line.text[rest_at:].split(None, 1)[0].rstrip(",;") if line.text[rest_at:].strip() else ""
    shout = line.text[:2] == "BY" or len(first) > 1 and first.isupper()  # "By JANE DOE, Associated Press"
    names, consumed = _read_names(line.text, rest_at, shout=shout)
    if not names:
        user = USER_NAME.match(line.text, rest_at) if POST_META.match(line.text) else None
        if user is None:
            return None
        names, consumed = [user["user"]], user.end("user")  # "Posted by admin": a site's user name
    rest = line.text[consumed:]
    extra: list[Found] = []
    stripped = rest.strip()
    if stripped and TIME_REST.match(rest):
        rest, stripped = "", ""  # "Posted by Andrew Zonenberg at 12:55 AM": a time, no date
    whole = True
    if stripped:
        dated = _byline_rest(rest)
        if dated is not None:
            extra = [Found("date", dated, line.start, line.end, "byline", True, line.text)]
        elif _segments_are_meta(stripped):
            pass
        else:
            wire = _wire(Line(line.start + consumed + (len(rest) - len(rest.lstrip())), line.end,
                               rest.lstrip(), True))
            if wire is None or wire.field != "source":
                return None
            whole = False
            extra = [wire]
    if whole and len(line.text) > MAX_BYLINE_CHARS:
        return None
    value: Any = names[0] if len(names) == 1 else names
    end = line.end if whole else line.start + len(line.text[:consumed].rstrip())
    author = Found("author", value, line.start, end, "byline", whole, line.text[: end - line.start])
    for item in extra:
        if item.kind == "byline":
            item.start, item.end = author.start, author.end
    return [author, *extra]


# the post-meta line of a blog: "Posted by <user>", "Posted on <date> by <user>"
POST_META = LazyPattern(r"(?i)^(?:posted|written|submitted|published)\b")
USER_NAME = LazyPattern(r"(?P<user>[\p{Ll}\d][\w.-]{1,29})(?=\s*(?:$|[|,•·]|\s+(?:on|at)\b))")
TIME_REST = LazyPattern(r"(?i)^\s*(?:at|@|,)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*\.?$")


def _read_names(text: str, pos: int, *, shout: bool) -> tuple[list[str], int]:
    """Names from `pos`: "A", "A and B", "A, B and C"; returns them and where they end."""
    names: list[list[str]] = [[]]
    seps: list[str] = []
    consumed = pos
    tokens = list(regex.finditer(r"\S+", text[:pos + 200], pos=pos))
    for i, token in enumerate(tokens):
        word = token.group()
        bare = word.rstrip(",;")
        lower = bare.lower()
        if (names[-1] and lower in CONNECTORS and word == bare and i + 1 < len(tokens)
                and NAME_TOKEN.match(tokens[i + 1].group().rstrip(",;"))
                and tokens[i + 1].group().rstrip(",;.").lower() not in NAME_STOP):
            names[-1].append(bare)  # "Press Trust of India"
            continue
        if lower in ("and", "&") and names[-1]:
            names.append([])
            seps.append("and")
            continue
        if names[-1] and lower in PARTICLES:
            names[-1].append(bare)
            continue
        if not NAME_TOKEN.match(bare):
            break
        if lower in NAME_STOP and not (names[-1] and lower in MONTHS and i + 1 < len(tokens)
                                       and NAME_TOKEN.match(tokens[i + 1].group().rstrip(",;"))
                                       and tokens[i + 1].group().rstrip(",;.").lower() not in NAME_STOP):
            break  # a month ends a name, unless a name goes on after it ("Laura June Topolsky")
        is_caps = bare.isupper() and sum(c.isalpha() for c in bare) >= 2
        if is_caps and not shout:
            break  # an upper-case word after a name: the dateline's place (ABUJA, ...)
        if len(names[-1]) >= 5:
            return [], pos
        names[-1].append(bare)
        consumed = token.end() if word == bare else token.start() + len(bare)
        if word != bare:  # "Smith," closes a name
            names.append([])
            seps.append(",")
            consumed = token.end()
    while names and not names[-1]:
        names.pop()
        if seps:
            seps.pop()
            consumed = _back_to_name_end(text, consumed)
    if not names:
        return [], pos
    if seps and "and" not in seps:
        # "By Stephen Lendman, Global Research": a comma list without "and" is a name + affiliation
        names = names[:1]
        consumed = text.index(names[0][-1], pos) + len(names[0][-1])
    out = []
    for parts in names:
        if not parts:
            return [], pos
        significant = [p for p in parts if p.lower() not in PARTICLES and p not in CONNECTORS]
        if not significant or len(significant) == 1 and significant[0].lower() in FUNCTION_WORDS:
            return [], pos
        if any(p.lower().rstrip(".") in NAME_STOP for p in significant[-1:] + significant[:1]) or any(
                p.lower().rstrip(".") in NAME_STOP and p.lower().rstrip(".") not in MONTHS for p in significant):
            return [], pos  # a month inside a name is a given name ("Laura June Topolsky"), not at its ends
        while len(parts) > 2 and parts[0].lower() in HONORIFICS:
            parts = parts[1:]  # "Dr. Ann Lee": the name is Ann Lee
        name = " ".join(parts)
        if shout or name.isupper():
            name = " ".join(_unshout(p) for p in parts)
        out.append(name)
    if len(out) > 5:
        return [], pos
    return out, consumed


def _back_to_name_end(text: str, consumed: int) -> int:
    while consumed > 0 and (text[consumed - 1].isspace() or text[consumed - 1] in ",;&"):
        consumed -= 1
    if text[max(0, consumed - 3):consumed].lower() == "and":
        consumed -= 3
        while consumed > 0 and text[consumed - 1].isspace():
            consumed -= 1
    return consumed


def _unshout(word: str) -> str:
    if len(word) <= 2 and word.endswith("."):
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))


def _byline_rest(rest: str) -> str | None:
    """The date in what follows a byline ("on 19 Sep 2016", "| Posted: January 8, 2015 2:10 pm")."""
    if not YEAR_LIKE.search(rest):
        return None
    match = DATE_IN_TEXT.search(rest)
    if match is None:
        return None
    before = rest[: match.start()].strip(" \t,|–—-:").lower()
    before = regex.sub(r"(?:\b(?:on|posted|published|updated)\b|[|:,])", " ", before).split()
    after = rest[match.end():].strip(" \t,|–—-.")
    if after and not regex.fullmatch(r"(?i)(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", after):
        return None
    if len(before) > 4:
        return None
    day = date_from_match(match)
    return day.isoformat() if day else None


def _segments_are_meta(rest: str) -> bool:
    """After a byline: `, Global Research`, `| New Delhi`, `- Staff Writer`: affiliations, places."""
    if not rest or rest[0] not in ",|–—-/":
        return False
    for segment in regex.split(r"\s*[|,/]\s*|\s+[–—-]\s+|^[–—-]\s*", rest):
        segment = segment.strip()
        if not segment or TIME_ONLY.match(segment) or regex.fullmatch(r"[\d/.: -]+(?:[ap]\.?m\.?)?", segment, regex.I):
            continue
        words = segment.split()
        if len(words) > 5 or not all(_core(w)[:1].isupper() or _core(w).lower() in SMALL_WORDS
                                     for w in words if _core(w)):
            return False
    return True


# -- datelines ----------------------------------------------------------------------------------

YEAR_LIKE = LazyPattern(r"\d\d\d\d")  # a cheap test before the date pattern
DATELINE_LEAD = LazyPattern(r"(?i)^(?:(?:posted|published|publication\s+date|dated?)(?:\s+on)?\s*:?\s*)")
TIME_ONLY = LazyPattern(r"(?i)^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$")


def _dateline(line: Line) -> list[Found] | None:
    text = line.text.rstrip(". ")
    if len(text) > 80 or not YEAR_LIKE.search(text):
        return None
    lead = DATELINE_LEAD.match(text)
    body_at = lead.end() if lead else 0
    match = None
    for match in DATE_IN_TEXT.finditer(text, pos=body_at):
        if match.end() == len(text):
            break
        author = _date_then_byline(line, text, match)
        if author is not None:
            return author
    if match is None or match.end() != len(text):
        return None
    day = date_from_match(match)
    if day is None:
        return None
    between = text[body_at:match.start()]
    prefix = between.strip().rstrip(",|–—-:").strip()
    if prefix and not regex.search(r"[,|–—-]\s*$", between):
        return None  # "— Fox News (@FoxNews) May 5, 2017": a tweet's signature, not a dateline
    items = [Found("date", day.isoformat(), line.start, line.end, "dateline", True, line.text)]
    if not prefix or TIME_ONLY.match(prefix):
        return items
    if lead is None and _is_source_name(prefix):
        items.append(Found("source", prefix, line.start, line.end, "dateline", True, line.text))
        return items
    if lead is None and prefix.isupper():
        return items  # "WASHINGTON, March 25, 2019": a place
    return None


DATE_THEN_BY = LazyPattern(r"\s*(?:[|,•·–—-]\s*)?(?i:by):?\s+")


def _date_then_byline(line: Line, text: str, match: regex.Match) -> list[Found] | None:
    """`Posted on March 25, 2019 by Jane Doe`: a date, then a byline closing the line."""
    if text[: match.start()].strip() and not DATELINE_LEAD.match(text):
        return None
    by = DATE_THEN_BY.match(text, match.end())
    day = date_from_match(match)
    if by is None or day is None:
        return None
    names, consumed = _read_names(text, by.end(), shout=False)
    if not names and POST_META.match(text) and (user := USER_NAME.match(text, by.end())) is not None:
        names, consumed = [user["user"]], user.end("user")
    if not names or text[consumed:].strip(" .,"):
        return None
    value: Any = names[0] if len(names) == 1 else names
    return [Found("author", value, line.start, line.end, "byline", True, line.text),
            Found("date", day.isoformat(), line.start, line.end, "byline", True, line.text)]


def _is_source_name(text: str) -> bool:
    if not regex.fullmatch(r"[\p{L}\d&.'’ -]+", text):
        return False
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 50 or text.isupper() and len(text) > 6:
        return False
    for word in words:
        core = _core(word)
        if not core:
            continue
        if core.lower() in NAME_STOP:
            return False
        if not (core[0].isupper() or core[0].isdigit() or core.lower() in SMALL_WORDS):
            return False
    return True


# -- labelled lines -----------------------------------------------------------------------------


def _label(line: Line, nxt: Line | None) -> tuple[Found | None, int] | None:
    """A `Label: value` line; returns the item (None when it is metadata we do not keep) and the
    number of lines it takes (2 with a continuation line)."""
    match = LABEL_LINE.match(line.text)
    if match is None:
        return None
    label = " ".join(match["label"].split())
    key_words = label.lower().replace("’", "'")
    value = match["value"].strip()
    known = KNOWN_LABELS.get(key_words)
    if known is None:
        if label.isupper() and len(label) > 1 or SPEECH_WORDS.search(label):
            return None
        if any(w.strip("'") in NOT_LABELS for w in key_words.split()):
            return None
        if not all(w[:1].isupper() for w in label.split()):
            return None  # "What they earn: …" is a kicker; labels are capitalised words
        words = value.split()
        if len(words) > MAX_LABEL_VALUE_WORDS or len(value) > 80 or value.endswith(("!", "?", ":")):
            return None
        if value.endswith(".") and len(words) > 3 or value[:1] in "\"“'‘":
            return None
    end = line.end
    used = 1
    if nxt is not None and _is_continuation(nxt.text):
        value = f"{value} {nxt.text.strip()}"
        end = nxt.end
        used = 2
    shown = line.text if used == 1 else f"{line.text} … {nxt.text}"
    if known == "tags":
        tags = _tags(value)
        if not tags:
            return None
        return Found("tags", tags, line.start, end, "known-label", True, shown), used
    if known == "author":
        names, consumed = _read_names(value, 0, shout=value.isupper())
        if not names or value[consumed:].strip(" ,.|"):
            return None
        value_out: Any = names[0] if len(names) == 1 else names
        return Found("author", value_out, line.start, end, "known-label", True, shown), used
    if known == "date":
        iso = normalize_date(value, date_only=True)
        if iso is None:
            return None
        return Found("date", iso, line.start, end, "known-label", True, shown), used
    if known is not None:
        return Found(known, _flat(value), line.start, end, "known-label", True, shown), used
    key = regex.sub(r"[^\w]+", "_", key_words.replace("'", "")).strip("_")
    return Found(key, _flat(value), line.start, end, "label", True, shown), used


TAG_SPLIT = LazyPattern(r"\s*[,;|•·]\s*")
NEXT_TAG_LABEL = LazyPattern(r"(?i)\s*[|•·]\s*(?:tags?|tagged|categories|category|filed under|topics)\s*:\s*")


def _tags(value: str) -> list[str]:
    """`News, Politics | Tags: Trump, Clinton` -> the tags of both labels, in order, once each."""
    out: list[str] = []
    for part in NEXT_TAG_LABEL.split(value):
        for tag in TAG_SPLIT.split(part):
            tag = tag.strip(" .")
            if tag and len(tag) <= 40 and len(tag.split()) <= 5 and tag.lower() not in (t.lower() for t in out):
                out.append(tag)
    return out


def _is_continuation(text: str) -> bool:
    """A broken-off end of the line before: short, and opening in lower case or with `&`."""
    words = text.split()
    if not 1 <= len(words) <= 4 or len(text) > 40 or text.endswith(SENTENCE_END[:3]):
        return False
    first = text[0]
    return first.islower() or first == "&" or words[0].lower() in ("and", "&")


# -- place-only datelines -----------------------------------------------------------------------

PLACE_DATELINE = LazyPattern(
    r"^(?P<place>\p{Lu}[\p{Lu}.'’\-]+(?:\s\p{Lu}[\p{Lu}.'’\-]+){0,2})"
    r"(?:,\s*(?P<region>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}))?"
    r"\s*(?P<dash>—|–|--|-)\s*(?=[\p{Lu}\d\"“‘'])")
NOT_PLACES = frozenset(
    "breaking update updated exclusive watch video photos editor note warning opinion analysis review "
    "what why how who when where you we the this that it live urgent developing correction new".split())


DATE_DASH = LazyPattern(r"\s*(?:--|—|–)\s*(?=\p{Lu})")


def _date_dash(line: Line) -> Found | None:
    """`Feb. 23, 2015 -- Life-threatening ...`: a date and a dash opening the lede."""
    text = line.text
    match = DATE_IN_TEXT.match(text)
    if match is None:
        return None
    dash = DATE_DASH.match(text, match.end())
    day = date_from_match(match)
    if dash is None or day is None or len(text[dash.end():].split()) < 4:
        return None
    end = line.start + match.end()
    return Found("date", day.isoformat(), line.start, end, "dateline", False, text[: match.end()])


def _place_dateline(line: Line) -> Found | None:
    """`DENVER — The ...`, `TOLEDO, Ohio -- ...`, `RENO, NV—...`: a place in capitals and a dash opening
    the lede; the value is the place as written, in title case."""
    text = line.text
    if "-" not in text[:60] and "—" not in text[:60] and "–" not in text[:60]:
        return None
    match = PLACE_DATELINE.match(text)
    if match is None:
        return None
    place = match["place"]
    words = place.split()
    if any(w.strip(".'’-").lower() in NOT_PLACES or w.strip(".'’-").lower() in NAME_STOP for w in words):
        return None
    if len(place.replace(" ", "").replace(".", "")) < 3 or match["dash"] == "-" and not match["region"]:
        return None  # "A-" or a hyphenated word; a lone hyphen only after "PLACE, Region"
    rest = text[match.end():]
    if len(rest.split()) < 4:
        return None  # a heading with a dash, not a lede
    value = " ".join(_unshout(w) for w in words)
    if match["region"]:
        value += ", " + match["region"]
    end = line.start + match.end()
    while end > line.start and text[end - line.start - 1].isspace():
        end -= 1
    return Found("place", value, line.start, end, "dateline", False, text[: end - line.start])


# -- wire datelines -----------------------------------------------------------------------------


def _wire(line: Line) -> Found | None:
    text = line.text
    if "(" not in text[:80]:
        return None
    match = WIRE_DATELINE.match(text)
    if match is None:
        return None
    agency = " ".join(match["agency"].split())
    words = agency.split()
    if not 1 <= len(words) <= 4 or agency.lower() in NOT_AGENCIES or words[0].lower() in NOT_AGENCIES:
        return None
    if not all(_core(w)[:1].isupper() for w in words):
        return None
    dash = match["dash"].strip()
    letters = agency.replace(" ", "")
    acronym = letters.isupper() and 2 <= len(letters) <= 6 and letters.isalpha()
    if not (dash or match["place"] or acronym):
        return None
    rest = text[match.end():]
    if not dash and not (rest[:1].isupper() or rest[:1] in "\"“‘'" or not rest.strip() and match["place"]):
        return None  # "Paul Ryan (R-WI) said", "The Islamic State (Isis) has": a parenthesis in prose
    if ":" in agency or regex.search(r"\b[RDI]-", agency):
        return None
    if match["place"]:
        place_words = match["place"].split()
        if any(_core(w).lower() in NAME_STOP - set(MONTHS) for w in place_words):
            return None
    end = line.start + match.end()
    while end > line.start and text[end - line.start - 1].isspace():
        end -= 1
    return Found("source", agency, line.start, end, "wire", False, text[: end - line.start])
