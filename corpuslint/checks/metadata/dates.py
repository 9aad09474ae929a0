"""Dates as scrapers write them, read into ISO 8601 (stdlib only).

Metadata dates come in every shape: ISO strings, `March 25, 2019`, `25 Mar 2019`, RFC 2822
(`Mon, 25 Mar 2019 10:00:00 +0000`), numeric `25/03/2019`, epoch seconds or milliseconds, a
MongoDB export's `{"$date": 1474243200000}`, and the `date`/`datetime` objects YAML loaders
produce. `parse_date` reads all of these; `DATE_IN_TEXT` (`corpuslint.stamps`, shared with the
boilerplate family) finds a written-out date inside a line, `date_from_match` reads it.

Why not dateutil: its fuzzy parser accepts almost anything ("May" alone, "4th"), which is exactly
wrong for a linter that must tell a date from a word; the formats that matter fit in one table.
"""

from __future__ import annotations

import datetime as dt
import email.utils
from collections.abc import Callable
from contextvars import ContextVar
from typing import Any, NamedTuple

import regex

from corpuslint.stamps import DATE_IN_GERMAN_TEXT, DATE_IN_TEXT, DATE_IN_TEXT_PATTERN, MONTHS
from corpuslint.stamps import MONTH_PATTERN as _MONTH
from corpuslint.stamps import TIME_PATTERN as _TIME
from corpuslint.checks.metadata.vocabulary import PUBLISHING_VERBS
from corpuslint.textutil import LazyPattern

_DATE_WHOLE = LazyPattern(rf"(?i)^\s*(?:{_TIME},?\s+)?{DATE_IN_TEXT_PATTERN}\.?\s*$")
_MONTH_YEAR = LazyPattern(rf"(?i)^\s*(?P<month>{_MONTH})\.?,?\s+(?P<year>(?:1[89]|2\d)\d\d)\s*$")
_ISO = LazyPattern(
    r"^\s*(?P<y>\d{4})(?:-(?P<m>\d{2})(?:-(?P<d>\d{2})"
    r"(?:[T ](?P<time>\d{2}:\d{2}(?::\d{2}(?:[.,]\d+)?)?)\s*(?P<tz>Z|[+-]\d{2}(?::?\d{2})?)?)?)?)?\s*$")
_COMPACT = LazyPattern(r"^\s*(?P<y>(?:1[89]|2\d)\d\d)(?P<m>[01]\d)(?P<d>[0-3]\d)\s*$")
_NUMERIC = LazyPattern(r"^\s*(?P<a>\d{1,4})(?P<sep>[/.-])(?P<b>\d{1,2})(?P=sep)(?P<c>\d{2,4})"
                         rf"(?:,?\s+{_TIME})?\s*$", regex.I)
_EPOCH_STRING = LazyPattern(r"^\s*-?\d{9,13}(?:\.\d+)?\s*$")

MIN_YEAR, MAX_YEAR = 1800, 2999


class ParsedDate(NamedTuple):
    """A date read from a value: its ISO form and whether another reading was possible."""

    iso: str  # "2019-03-25", "2019-03-25T10:00:00+00:00", or a reduced "2019-03" / "2019"
    date: dt.date | None  # the calendar day, when the value names one
    ambiguous: bool = False  # a numeric 03/04/2019 that could be read either way


def parse_date(value: Any, *, day_first: bool = False) -> ParsedDate | None:
    """Read a metadata value as a date; None when it is not one.

    `day_first` decides numeric dates that could be either (03/04/2019); the result is then
    marked `ambiguous`.
    """
    if value is None or isinstance(value, bool):
        return None
    if isinstance(value, dt.datetime):
        return ParsedDate(value.isoformat(), value.date())
    if isinstance(value, dt.date):
        return ParsedDate(value.isoformat(), value)
    if isinstance(value, (int, float)):
        return _from_epoch(float(value))
    if isinstance(value, dict):
        # MongoDB extended JSON, as scrapers export it: {"$date": ms} or {"$date": "ISO"}
        inner = value.get("$date")
        if isinstance(inner, dict):
            inner = inner.get("$numberLong")
            inner = int(inner) if isinstance(inner, str) and inner.lstrip("-").isdigit() else inner
        return parse_date(inner, day_first=day_first) if inner is not None and len(value) == 1 else None
    if not isinstance(value, str):
        return None
    return _parse_string(value, day_first)


def normalize_date(value: Any, *, date_only: bool = False, day_first: bool = False) -> str | None:
    """The ISO 8601 form of a date value (just `YYYY-MM-DD` with `date_only`), or None."""
    parsed = parse_date(value, day_first=day_first)
    if parsed is None:
        return None
    if date_only:
        return parsed.date.isoformat() if parsed.date else None
    return parsed.iso


def is_iso(value: str) -> bool:
    """True when a string already is ISO 8601 (a date, or a date and time)."""
    return bool(_ISO.match(value)) and parse_date(value) is not None


# Month names of other languages, for the page reader (a day, the month, the year: `30 avril 2015`,
# `1 de diciembre de 2017`, `3. listopadu 2021`, `24. März 2019`); English stays in DATE_IN_TEXT.
FOREIGN_MONTHS = {
    # French, Spanish, Portuguese, Italian, German, Dutch, Czech (genitive)
    "janvier": 1, "février": 2, "fevrier": 2, "mars": 3, "avril": 4, "mai": 5, "juin": 6, "juillet": 7,
    "août": 8, "aout": 8, "septembre": 9, "octobre": 10, "novembre": 11, "décembre": 12, "decembre": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7, "agosto": 8,
    "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
    "janeiro": 1, "fevereiro": 2, "março": 3, "marco": 3, "maio": 5, "junho": 6, "julho": 7,
    "setembro": 9, "outubro": 10, "dezembro": 12,
    "gennaio": 1, "febbraio": 2, "aprile": 4, "maggio": 5, "giugno": 6, "luglio": 7, "settembre": 9,
    "ottobre": 10, "dicembre": 12,
    "januar": 1, "februar": 2, "märz": 3, "maerz": 3, "juni": 6, "juli": 7, "oktober": 10, "dezember": 12,
    "januari": 1, "februari": 2, "maart": 3, "mei": 5, "augustus": 8,
    "ledna": 1, "února": 2, "března": 3, "dubna": 4, "května": 5, "června": 6, "července": 7, "srpna": 8,
    "září": 9, "října": 10, "listopadu": 11, "prosince": 12,
}
# their short forms (`21.dez.2018 às 12h55`, `3 févr. 2019`, `12. Okt. 2020`, `5 dic 2018`, `14 mrt 2017`), English's
# too for the dotted spelling (`21.dec.2018`); the ones that are English words (`set`, `out`, `ago`, `gen`, `mag`)
# only with their dot
MONTH_ABBREVIATIONS = {
    "jan": 1, "janv": 1, "ene": 1, "gen": 1, "feb": 2, "fev": 2, "fév": 2, "févr": 2, "fevr": 2, "mar": 3, "mär": 3,
    "mrt": 3, "apr": 4, "abr": 4, "avr": 4, "may": 5, "mag": 5, "jun": 6, "giu": 6, "jul": 7, "juil": 7, "lug": 7,
    "aug": 8, "ago": 8, "sep": 9, "sept": 9, "set": 9, "oct": 10, "okt": 10, "out": 10, "ott": 10, "nov": 11,
    "dec": 12, "déc": 12, "dez": 12, "dic": 12,
}
DOTTED_ONLY = ("set", "out", "ago", "gen", "mag")
# English's own short names: after `N.` (`Figure 3. Mar 2018`, `Table 1. Nov 2020`, `Section 4. May 2021`) they
# are a caption's or a numbering's next word, so they follow a day only across whitespace (`3 Mar 2018`) or glued
# with dots on both sides (`21.dec.2018`); the other languages' short names and full names may follow `N.`
# (`12. Okt. 2020`, `21.dez.2018`, `24. März 2019`)
ENGLISH_SHORT = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "sept", "oct", "nov", "dec")
_FOREIGN_MONTH = "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
_SHORT_MONTH = "|".join(sorted((m for m in MONTH_ABBREVIATIONS if m not in DOTTED_ONLY), key=len, reverse=True))
_OTHER_SHORT = "|".join(sorted((m for m in MONTH_ABBREVIATIONS if m not in DOTTED_ONLY + ENGLISH_SHORT),
                               key=len, reverse=True))
_ENGLISH_SHORT = "|".join(sorted(ENGLISH_SHORT, key=len, reverse=True))
_DOTTED_MONTH = "|".join(DOTTED_ONLY)
_YEAR = r"(?:de\s+)?(?P<year>(?:1[89]|2\d)\d\d)\b"
# `3 out. 2018 às 10h00` (Portuguese outubro) but not `He struck 3 out. 2019 was …`: an English word's dot and
# a space before the year is believed only where the year ends the line or a time, a comma or a bracket follows
_DATE_ENDS = r"(?=\s*(?:$|[,;:)|·•\-–—]|\d|(?i:às|as|à|a\s+las|alle|um|om|at|h)\b))"
FOREIGN_DATE_IN_TEXT = LazyPattern(
    rf"(?i)(?<![\w.])(?P<day>[0-3]?\d)(?:er|º|°)?(?:"
    rf"\s+(?:de\s+)?(?:(?P<month>{_FOREIGN_MONTH})\.?|(?P<month>{_SHORT_MONTH})\.?)(?:,?\s+|(?<=\.)){_YEAR}"
    rf"|\.\s*(?:de\s+)?(?:(?P<month>{_FOREIGN_MONTH})\.?|(?P<month>{_OTHER_SHORT})\.?)(?:,?\s+|(?<=\.)\s*){_YEAR}"
    rf"|\.(?P<month>{_ENGLISH_SHORT})\.{_YEAR}"
    rf"|(?:\.\s*|\s+)(?P<month>{_DOTTED_MONTH})\.(?:{_YEAR}|\s+{_YEAR}{_DATE_ENDS}))")


def date_from_foreign_match(match: regex.Match) -> dt.date | None:
    """The day a FOREIGN_DATE_IN_TEXT match names, if it is a real one."""
    month = match["month"].lower()
    return _day(int(match["year"]), FOREIGN_MONTHS.get(month) or MONTH_ABBREVIATIONS[month], int(match["day"]))


def date_from_match(match: regex.Match) -> dt.date | None:
    """The calendar day a `DATE_IN_TEXT` match names, or None (e.g. 31 February)."""
    for prefix in ("md", "dm", "iso"):
        year = match.group(f"{prefix}_year")
        if year:
            month = match.group(f"{prefix}_month")
            day = match.group(f"{prefix}_day")
            month_no = int(month) if month.isdigit() else MONTHS.get(month.lower().rstrip("."))
            return _day(int(year), month_no, int(_digits(day)))
    return None


# -- internals ------------------------------------------------------------------------------


def _parse_string(text: str, day_first: bool) -> ParsedDate | None:
    text = text.strip()
    if not text or len(text) > 80:
        return None
    match = _ISO.match(text)
    if match:
        return _from_iso(match, text)
    match = _COMPACT.match(text)
    if match:
        day = _day(int(match["y"]), int(match["m"]), int(match["d"]))
        return ParsedDate(day.isoformat(), day) if day else None
    match = _DATE_WHOLE.match(text)
    if match:
        day = date_from_match(match)
        return ParsedDate(day.isoformat(), day) if day else None
    match = _MONTH_YEAR.match(text)
    if match:
        year, month = int(match["year"]), MONTHS[match["month"].lower()]
        return ParsedDate(f"{year:04d}-{month:02d}", None)
    match = _NUMERIC.match(text)
    if match:
        return _from_numeric(match, day_first)
    if _EPOCH_STRING.match(text):
        return _from_epoch(float(text))
    if "," in text or any(c.isalpha() for c in text):
        try:
            stamp = email.utils.parsedate_to_datetime(text)  # RFC 2822: "Mon, 25 Mar 2019 10:00:00 +0000"
        except (TypeError, ValueError, IndexError):
            return None
        if stamp is not None and MIN_YEAR <= stamp.year <= MAX_YEAR:
            return ParsedDate(stamp.isoformat(), stamp.date())
    return None


def _from_iso(match: regex.Match, text: str) -> ParsedDate | None:
    year = int(match["y"])
    if not MIN_YEAR <= year <= MAX_YEAR:
        return None
    if match["m"] is None:
        return ParsedDate(f"{year:04d}", None)
    month = int(match["m"])
    if not 1 <= month <= 12:
        return None
    if match["d"] is None:
        return ParsedDate(f"{year:04d}-{month:02d}", None)
    day = _day(year, month, int(match["d"]))
    if day is None:
        return None
    if match["time"] is None:
        return ParsedDate(day.isoformat(), day)
    tz = match["tz"] or ""
    if tz and tz != "Z" and ":" not in tz:
        tz = tz[:3] + (":" + tz[3:] if len(tz) > 3 else ":00")
    try:
        stamp = dt.datetime.fromisoformat(f"{day.isoformat()}T{match['time'].replace(',', '.')}{tz}")
    except ValueError:
        return None
    return ParsedDate(stamp.isoformat(), day)


def _from_numeric(match: regex.Match, day_first: bool) -> ParsedDate | None:
    a, b, c = match["a"], match["b"], match["c"]
    if len(a) == 4:  # 2019/03/25
        day = _day(int(a), int(b), int(c))
        return ParsedDate(day.isoformat(), day) if day and len(c) <= 2 else None
    if len(a) > 2:
        return None
    year = int(c)
    if len(c) == 2:
        year += 2000 if year < 70 else 1900
    elif len(c) != 4:
        return None
    month_first = _day(year, int(a), int(b))
    day_first_reading = _day(year, int(b), int(a))
    if month_first and day_first_reading and month_first != day_first_reading:
        day = day_first_reading if day_first else month_first
        return ParsedDate(day.isoformat(), day, ambiguous=True)
    day = month_first or day_first_reading
    return ParsedDate(day.isoformat(), day) if day else None


def _from_epoch(seconds: float) -> ParsedDate | None:
    if seconds != seconds or seconds in (float("inf"), float("-inf")):
        return None
    if abs(seconds) >= 1e11:  # milliseconds, as JavaScript and MongoDB write them
        seconds /= 1000.0
    try:
        stamp = dt.datetime.fromtimestamp(seconds, tz=dt.timezone.utc)
    except (OverflowError, OSError, ValueError):
        return None
    if not MIN_YEAR <= stamp.year <= MAX_YEAR:
        return None
    return ParsedDate(stamp.isoformat().replace("+00:00", "Z"), stamp.date())


def _day(year: int, month: int | None, day: int) -> dt.date | None:
    if month is None or not MIN_YEAR <= year <= MAX_YEAR:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        return None


def _digits(text: str) -> str:
    return "".join(c for c in text if c.isdigit())


NUMERIC_DATE = LazyPattern(r"(?<![\d/.])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>(?:19|20)\d\d)(?![\d/])")
# "04.05.2015": dots put the day first
DOTTED_DATE = LazyPattern(r"(?<![\w.])(?P<d>[0-3]?\d)\.(?P<m>[01]?\d)\.(?P<y>(?:19|20)\d\d)(?![\w.])")
# "2018/6/19 5:50": year first, as Japanese and Chinese pages write it (never in a URL's path: no slash before)
YEAR_FIRST_DATE = LazyPattern(r"(?<![\d/.])(?P<y>(?:19|20)\d\d)/(?P<m>[01]?\d)/(?P<d>[0-3]?\d)(?![\d/])")
# "2017年3月10日": Chinese and Japanese pages write year, month and day with their characters
CJK_DATE = LazyPattern(r"(?<!\d)(?P<y>(?:19|20)\d\d)\s*年\s*(?P<m>[01]?\d)\s*月\s*(?P<d>[0-3]?\d)\s*日")
# "9/11/13 10:00AM": a two-digit year, believed only with a time after it
SHORT_YEAR_DATE = LazyPattern(r"(?<![\d/.])(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d\d)\s+\d{1,2}:\d\d")
# "08-13-10 05:18 PM", "10/ 5/11 09:19 PM ET": a US stamp's other spellings, hyphens or a padding space; the
# twelve-hour clock after it says the month comes first (a day-first or year-first date has no AM/PM)
# "Published 12/13/16": a two-digit year with no time after it, believed only after a publishing word and only
# when one number is above 12 (or both are the same): `Published 05/10/16` is 5 October on a UK or EU page
LABELLED_SHORT_DATE = LazyPattern(rf"(?i)\b(?:{PUBLISHING_VERBS}|updated)\b(?:\s+(?:on|at))?:?\s+"
                                  r"(?P<date>(?P<m>[01]?\d)/(?P<d>[0-3]?\d)/(?P<y>\d\d))(?![\d/])")
US_STAMP_DATE = LazyPattern(r"(?<![\d/.-])(?P<m>[01]?\d)(?:-|/\s)(?P<d>[0-3]?\d)(?:-|/\s?)(?P<y>\d\d)"
                            r"\s+\d{1,2}:\d\d\s*(?i:[ap]\.?m\b)")


# The page being read's own order of a short date's day and month ("mdy", "dmy" or None), asked only when a
# line cannot tell (`Published 05/10/16`): set by the page reader (`dateorder.reading_order`) to a function that
# works it out from the page's other dates once, when first asked. Unset: the line alone decides.
PAGE_ORDER: ContextVar[Callable[[], str | None] | None] = ContextVar("PAGE_ORDER", default=None)


# ... and whether it is a German text (`stamps.german_text`), worked out once when first asked: its `8. April
# 2019` alone on a line is read as a date (review23 #6: an English text's `1. March 2019` is a list's item)
PAGE_GERMAN: ContextVar[Callable[[], bool] | None] = ContextVar("PAGE_GERMAN", default=None)


def _NO_ORDER() -> None:
    return None


def date_in_line(text: str) -> regex.Match[str] | None:
    """`DATE_IN_TEXT`'s match in a line, or on a German page (`PAGE_GERMAN`) `DATE_IN_GERMAN_TEXT`'s."""
    match = DATE_IN_TEXT.search(text)
    if match is None and (german := PAGE_GERMAN.get()) is not None and german():
        match = DATE_IN_GERMAN_TEXT.search(text)
    return match


def day_written(text: str) -> str | None:
    """The calendar day a line writes: a month name (English or another language), ISO, m/d/yyyy,
    d.m.yyyy, m/d/yy followed by a time (`9/11/13 10:00AM`, `08-13-10 05:18 PM`) or after a publishing word
    (`Published 12/10/16`), yyyy/m/d or 2017年3月10日."""
    found = day_written_at(text)
    return found[0] if found is not None else None


def day_written_at(text: str) -> tuple[str, int, int] | None:
    """`day_written`'s day with where it is written in the line (start, end)."""
    match = date_in_line(text)
    if match is not None and (day := date_from_match(match)) is not None:
        return day.isoformat(), match.start(), match.end()
    match = FOREIGN_DATE_IN_TEXT.search(text)
    if match is not None and (day := date_from_foreign_match(match)) is not None:
        return day.isoformat(), match.start(), match.end()
    for pattern in (NUMERIC_DATE, DOTTED_DATE, SHORT_YEAR_DATE, US_STAMP_DATE, LABELLED_SHORT_DATE, YEAR_FIRST_DATE,
                    CJK_DATE):
        numeric = pattern.search(text)
        if numeric is None:
            continue
        month, day = int(numeric["m"]), int(numeric["d"])
        if pattern is LABELLED_SHORT_DATE and month != day and month <= 12 and day <= 12:
            # `Published 05/10/16`: 10 May in the US, 5 October elsewhere; the line cannot tell, the page may
            order = (PAGE_ORDER.get() or _NO_ORDER)()
            if order is None:
                continue
            month, day = (day, month) if order == "dmy" else (month, day)
        start, end = numeric.span("date") if pattern is LABELLED_SHORT_DATE else numeric.span()
        year = int(numeric["y"]) + (2000 if len(numeric["y"]) == 2 else 0)
        parsed = parse_date(f"{year:04d}-{month:02d}-{day:02d}")
        if parsed is not None and parsed.date is not None:
            if len(numeric["y"]) == 2 and parsed.date > dt.date.today():
                continue  # `Flight 1-2-34 1:00 pm`: a two-digit year read as 20yy that has not come yet is no stamp
            return parsed.date.isoformat(), start, end
    return None
