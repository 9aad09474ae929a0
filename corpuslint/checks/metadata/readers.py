"""Reading one head line as a byline, a dateline, a `Label: value` line or a wire dateline.

The names after a byline's lead are read in `names.py`; a line closing the story (an author box, a
source) in `attribution.py`.
"""

from __future__ import annotations

from typing import Any

import regex

from corpuslint.checks.metadata.continuation import spells_out
from corpuslint.checks.metadata.dates import date_from_match, normalize_date
from corpuslint.checks.metadata.lines import Found, Line, core_word, flat
from corpuslint.checks.metadata.names import read_names, unshout, user_names, without_full_stop
from corpuslint.checks.metadata.vocabulary import (
    BYLINE_START, KNOWN_LABELS, LABEL_LINE, MAX_BYLINE_CHARS, MAX_LABEL_VALUE_WORDS, NAME_STOP, NOT_AGENCIES,
    NOT_LABELS, SENTENCE_END, SMALL_WORDS, SPEECH_WORDS, WEEKDAY_NAMES, WIRE_DATELINE,
)
from corpuslint.checks.metadata.vocabulary import FUNCTION_WORDS
from corpuslint.stamps import DATE_IN_GERMAN_TEXT, DATE_IN_TEXT, MONTHS
from corpuslint.textutil import LazyPattern


# -- bylines ------------------------------------------------------------------------------------


def read_byline(line: Line) -> list[Found] | None:
    match = BYLINE_START.match(line.text)
    if match is None:
        return None
    rest_at = match.end()
    first = line.text[rest_at:].split(None, 1)[0].rstrip(",;") if line.text[rest_at:].strip() else ""
    shout = line.text[:2] == "BY" or len(first) > 1 and first.isupper()  # "By JANE DOE, Associated Press"
    names, consumed = read_names(line.text, rest_at, shout=shout)
    if any(name.casefold() == "by" for name in names):
        return None  # `By By SEPT. 15, 2016`: an empty byline's label twice (the name left out), no one named `By`
    persons = bool(names)  # (a site's user names have no job title: `Posted by admin, editor` is a user and a role)
    if not names:
        names, consumed = user_names(line.text, rest_at) if POST_META.match(line.text) else ([], rest_at)
        if not names:
            return None  # "Posted by admin", "Posted by jsmith and kdoe": a site's user names
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
        elif (_segments_are_meta(stripped) or WRITTEN_FOR_OUTLET.match(rest) or DEGREES_AFTER.match(rest)
              or persons and (JOB_TITLE_AFTER.match(rest) or ROLE_APPOSITIVE.match(rest))):
            pass
        else:
            wire = read_wire(Line(line.start + consumed + (len(rest) - len(rest.lstrip())), line.end,
                               rest.lstrip(), True))
            if wire is None or wire.field != "source":
                return None
            whole = False
            extra = [wire]
    if whole and len(line.text) > MAX_BYLINE_CHARS:
        return None
    names[-1] = without_full_stop(names[-1])
    value: Any = names[0] if len(names) == 1 else names
    end = line.end if whole else line.start + len(line.text[:consumed].rstrip())
    author = Found("author", value, line.start, end, "byline", whole, line.text[: end - line.start])
    for item in extra:
        if item.kind == "byline":
            item.start, item.end = author.start, author.end
    return [author, *extra]


# the post-meta line of a blog: "Posted by <user>", "Posted on <date> by <user>"
POST_META = LazyPattern(r"(?i)^(?:posted|written|submitted|published)\b")
# what follows a byline's name to the line's end: the outlet it was written for, in capitalised words or a
# host (`For Dailymail.com`, `for the Guardian`, `FOR MAILONLINE`), or the writer's degrees without a comma
# (`By Mark Hyman MD`, `MD MPH`): two to five letters each, two capitals at least (no place's name: `LONDON`)
WRITTEN_FOR_OUTLET = LazyPattern(r"^\s+(?i:for)\s+(?:the\s+)?[\p{Lu}\d][\w.&'’-]*(?:\s+(?:[\p{Lu}\d][\w.&'’-]*|of|and|&|the)){0,4}\s*$")
DEGREES_AFTER = LazyPattern(r"^(?:,?\s+(?=(?:[\p{Ll}.]*\p{Lu}){2})\p{Lu}[\p{Lu}\p{Ll}.]{1,4}){1,3}\s*$")
# the writer's job title after the name, in parentheses (`BY DAVID ROE (STAFF WRITER)`, `By Jane Roe (Senior
# Correspondent)`) or after a comma (`By Dr. Jane Roe, contributor`): up to three words, the last a newsroom's role
_JOB_TITLE = r"(?:[\p{L}.'-]+\s+){0,3}(?:writer|reporter|correspondent|editor|columnist|contributor|critic)"
JOB_TITLE_AFTER = LazyPattern(rf"(?i)^\s*(?:\({_JOB_TITLE}\)|,\s+{_JOB_TITLE})\s*$")
# a job title after the name, its field or its employer after a preposition: `, Professor of Hydrology at Bonn University`
ROLE_APPOSITIVE = LazyPattern(r",\s+(?:\p{Lu}[\p{L}.'’-]*\s+){1,3}(?:of|at|for|in)\s+(?:the\s+)?\p{Lu}")
TIME_REST = LazyPattern(r"(?i)^\s*(?:at|@|,)?\s*\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?\s*\.?$")


def _byline_rest(rest: str) -> str | None:
    """The date in what follows a byline ("on 19 Sep 2016", "| Posted: January 8, 2015 2:10 pm")."""
    if not YEAR_LIKE.search(rest):
        return None
    match = DATE_IN_TEXT.search(rest)
    if match is None:
        return None
    before = rest[: match.start()].strip(" \t,|–—-:").lower()
    words_before = regex.sub(r"(?:\b(?:on|posted|published|updated)\b|[|:,])", " ", before).split()
    after = rest[match.end():].strip(" \t,|–—-.")
    if after and not regex.fullmatch(r"(?i)(?:at\s+)?\d{1,2}[:.]\d{2}\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?", after):
        return None
    if len(words_before) > 4:
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
        if len(words) > 5 or not all(core_word(w)[:1].isupper() or core_word(w).lower() in SMALL_WORDS
                                     for w in words if core_word(w)):
            return False
    return True


# -- datelines ----------------------------------------------------------------------------------

YEAR_LIKE = LazyPattern(r"\d\d\d\d")  # a cheap test before the date pattern
DATELINE_LEAD = LazyPattern(r"(?i)^(?:(?:posted|published|publication\s+date|dated?)(?:\s+on)?\s*:?\s*)")
WEEKDAY_ALONE = LazyPattern(rf"(?i){WEEKDAY_NAMES}")
TIME_ONLY = LazyPattern(r"(?i)^\d{1,2}[:.]\d{2}(?::\d{2})?\s*(?:[ap]\.?m\.?)?(?:\s+[A-Z]{2,4})?$")


def read_dateline(line: Line, german: bool = False) -> list[Found] | None:
    """A dateline (`german`: of a German text, whose day's point before an English month is read
    alone on its line, `stamps.DATE_IN_GERMAN_TEXT`)."""
    text = line.text.rstrip(". ")
    if len(text) > 80 or not YEAR_LIKE.search(text):
        return None
    lead = DATELINE_LEAD.match(text)
    body_at = lead.end() if lead else 0
    match = None
    for match in (DATE_IN_GERMAN_TEXT if german else DATE_IN_TEXT).finditer(text, pos=body_at):
        if match.end() == len(text):
            break
        author = date_then_byline(line, text, match)
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
    if WEEKDAY_ALONE.fullmatch(prefix):
        return items  # `Freitag, November 22, 2019`, `Samstag, 2016-10-08`: the day's name, no source
    if VERSION_LABEL.fullmatch(prefix):
        return items  # `Version 3, 29 June 2007`: the version's day, and a version is no source
    if lead is None and _is_source_name(prefix):
        items.append(Found("source", prefix, line.start, line.end, "dateline", True, line.text))
        return items
    if lead is None and prefix.isupper():
        return items  # "WASHINGTON, March 25, 2019": a place
    return None


DATE_THEN_BY = LazyPattern(r"\s*(?:(?:[|,•·–—-]|//?)\s*)?(?i:by):?\s+")  # `Jun 6, 2013 08:59 AM ET // by A`


def date_then_byline(line: Line, text: str, match: regex.Match) -> list[Found] | None:
    """`Posted on March 25, 2019 by Jane Doe`: a date, then a byline closing the line."""
    if text[: match.start()].strip() and not DATELINE_LEAD.match(text):
        return None
    by = DATE_THEN_BY.match(text, match.end())
    day = date_from_match(match)
    if by is None or day is None:
        return None
    names, consumed = read_names(text, by.end(), shout=False)
    if not names and POST_META.match(text):
        names, consumed = user_names(text, by.end())
    if not names or text[consumed:].strip(" .,"):
        return None
    value: Any = names[0] if len(names) == 1 else names
    return [Found("author", value, line.start, line.end, "byline", True, line.text),
            Found("date", day.isoformat(), line.start, line.end, "byline", True, line.text)]


# a document's version before its date (`Version 3, 29 June 2007` under a licence's name): no publisher
VERSION_LABEL = LazyPattern(r"(?i)(?:version|revision|release|edition|draft|rev\.?|v\.?)\s*\d+(?:\.\d+)*[a-z]?")


def _is_source_name(text: str) -> bool:
    if not regex.fullmatch(r"[\p{L}\d&.'’ -]+", text):
        return False
    words = text.split()
    if not 1 <= len(words) <= 6 or len(text) > 50 or text.isupper() and len(text) > 6:
        return False
    for word in words:
        core = core_word(word)
        if not core:
            continue
        if core.lower() in NAME_STOP:
            return False
        if not (core[0].isupper() or core[0].isdigit() or core.lower() in SMALL_WORDS):
            return False
    return True


# -- labelled lines -----------------------------------------------------------------------------


def read_label(line: Line, nxt: Line | None) -> tuple[Found | None, int] | None:
    """A `Label: value` line; returns the item (None when it is metadata we do not keep) and the
    number of lines it takes (2 with a continuation line)."""
    match = LABEL_LINE.match(line.text) if ":" in line.text else None  # the colon first, in C
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
    shown = line.text if used == 1 or nxt is None else f"{line.text} … {nxt.text}"
    if known == "tags":
        tags = _tags(value)
        if not tags:
            return None
        return Found("tags", tags, line.start, end, "known-label", True, shown), used
    if known == "author":
        names, consumed = read_names(value, 0, shout=value.isupper())
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
        return Found(known, flat(value), line.start, end, "known-label", True, shown), used
    key = regex.sub(r"[^\w]+", "_", key_words.replace("'", "")).strip("_")
    return Found(key, flat(value), line.start, end, "label", True, shown), used


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


# a blog theme's tag line without a colon, under its post: `Posted in News`, `Tagged jobs, stack overflow`, `Filed under
# celebrity breakups, nick loeb`, `Posted in Gardening | Tagged roses, pruning | Leave a comment`, `This entry was posted in
# Gardening and tagged roses, pruning on March 3, 2019 by admin.`
THEME_TAGS = LazyPattern(
    r"^(?:(?i:this\s+(?:entry|post)\s+was\s+)?(?i:posted)\s+in|Filed\s+under|Tagged)\s+(?P<first>[^|:.!?]+?)"
    r"(?:(?:\s*\|\s*|\s+and\s+)(?i:tagged|tags)\s+(?P<second>[^|:.!?]+?))?"
    r"(?P<rest>\s+(?:on|by)\s+[^|]*|\s*\|\s*[^|]*|\.\s+(?i:bookmark\s+the\s+permalink))?\.?$")
# what a theme's line may close with: its comments' link, an edit link
THEME_CLOSE = LazyPattern(r"(?i)^(?:\s*\|\s*(?:leave\s+a\s+(?:comment|reply)|\d+\s+comments?|comments?\s+off.*|edit)"
                          r"|\.\s+bookmark\s+the\s+permalink)\s*$")
NOT_A_TAG_START = SMALL_WORDS | FUNCTION_WORDS | frozenset({"reply", "response", "front", "part", "full", "error"})


def read_theme_tags(line: Line) -> Found | None:
    """The tags of a blog theme's tag line without a colon (`THEME_TAGS`): a list of short items (four words at most,
    none opening with a function word: `Posted in reply to …`, `Tagged as a terrorist, he fled` are sentences)."""
    match = THEME_TAGS.match(line.text) if len(line.text) <= 200 else None
    if match is None or line.text.endswith(".") and line.text[:5].lower() != "this ":
        return None  # `Tagged Smith, who was out at second.`: a sentence; only the theme's own sentence ends so
    items = [t.strip() for part in (match["first"], match["second"] or "") for t in TAG_SPLIT.split(part) if t.strip()]
    if not items or any(len(t) > 40 or len(t.split()) > 4 or t.split()[0].lower() in NOT_A_TAG_START
                        or not regex.search(r"\p{L}", t) for t in items):
        return None
    rest = match["rest"] or ""
    if rest and not THEME_CLOSE.match(rest) and not POST_META_REST.match(rest):
        return None
    tags = [t for i, t in enumerate(items) if t.lower() not in (u.lower() for u in items[:i])]
    return Found("tags", tags, line.start, line.end, "known-label", not rest or THEME_CLOSE.match(rest) is not None,
                 line.text)


# `on March 3, 2019 by admin`, `by admin`: the post's stamp and author after its tags
POST_META_REST = LazyPattern(r"(?i)^\s+(?:on\s+[^|]{4,40}?)?(?:\s*by\s+[\w.@ -]{2,40})?$")


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
    r"(?:\s?,\s*(?P<region>\p{Lu}[\p{L}.]*(?:\s\p{Lu}[\p{L}.]*){0,2}))?"
    r"\s*(?P<dash>—|–|--|-)\s*(?=[\p{Lu}\d\"“‘'])")
NOT_PLACES = frozenset(
    "breaking update updated exclusive watch video photos editor note warning opinion analysis review "
    "what why how who when where you we the this that it live urgent developing correction new".split())
DATE_DASH = LazyPattern(r"\s*(?:--|—|–)\s*(?=\p{Lu})")


def read_date_dash(line: Line) -> Found | None:
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


def read_place_dateline(line: Line) -> Found | None:
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
    named = words[1:] if len(words) > 1 and words[0].lower() == "new" else words  # NEW YORK, NEW DELHI: not a "NEW" kicker
    if any(w.strip(".'’-").lower() in NOT_PLACES or w.strip(".'’-").lower() in NAME_STOP for w in named):
        return None
    if len(place.replace(" ", "").replace(".", "")) < 3 or match["dash"] == "-" and not match["region"]:
        return None  # "A-" or a hyphenated word; a lone hyphen only after "PLACE, Region"
    rest = text[match.end():]
    if len(rest.split()) < 4:
        return None  # a heading with a dash, not a lede
    if not match["region"] and spells_out(place, rest):
        return None  # `NBD — Network Block Device — is a protocol`: an acronym explained (continuation)
    value = " ".join(unshout(w) for w in words)
    if match["region"]:
        value += ", " + match["region"]
    end = line.start + match.end()
    while end > line.start and text[end - line.start - 1].isspace():
        end -= 1
    return Found("place", value, line.start, end, "dateline", False, text[: end - line.start])


# -- wire datelines -----------------------------------------------------------------------------


# how far after a wire dateline without a dash another `Name (Name)` makes the line a list of names
LIST_OF_NAMES_CHARS = 60


LEDE_WORDS = 6  # words of a lede after a wire's agency with no dash before them (`WASHINGTON (AP) The Senate …`)


def read_wire(line: Line) -> Found | None:
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
    if not all(core_word(w)[:1].isupper() for w in words):
        return None
    dash = match["dash"].strip()
    letters = agency.replace(" ", "")
    acronym = letters.isupper() and 2 <= len(letters) <= 6 and letters.isalpha()
    if not (dash or match["place"] or acronym):
        return None
    rest = text[match.end():]
    if not dash and not (rest[:1].isupper() or rest[:1] in "\"“‘'" or not rest.strip() and match["place"]):
        return None  # "Paul Ryan (R-WI) said", "The Islamic State (Isis) has": a parenthesis in prose
    if not dash and "(" in rest[:LIST_OF_NAMES_CHARS]:
        return None  # `English (British) English English (Canada) Esperanto`: a page's list of languages, editions
    if not dash and rest.strip() and len(rest.split()) < LEDE_WORDS and not rest.rstrip().endswith(SENTENCE_END):
        return None  # `Writing HTML (CSS) Stylesheets for Docutils_`: a title's acronym, no lede opening after it
    if ":" in agency or regex.search(r"\b[RDI]-", agency):
        return None
    if match["place"]:
        place_words = match["place"].split()
        if any(core_word(w).lower() in NAME_STOP - set(MONTHS) for w in place_words):
            return None
    end = line.start + match.end()
    while end > line.start and text[end - line.start - 1].isspace():
        end -= 1
    return Found("source", agency, line.start, end, "wire", False, text[: end - line.start])
