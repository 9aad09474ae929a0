"""What a date stamp on a line of a page looks like: a date written out with an English month
name, or in ISO form (`March 25, 2019`, `Mon 20 Jan 2020 06.05 GMT`, `25th of March 2019`,
`Posted at 2013-12-30T14:42:01`), with the names of the months and weekdays it is written with.

Two rule families ask the same question of a line: the metadata family reads the date it
finds (`checks/metadata/dates.py`, `date_from_match`), the boilerplate family leaves a date
line alone for it and folds a site's time stamps (CL140, CL151). The recogniser sits here,
below both, so that neither family reaches into the other for it (CL151's `repeated.py` still
reads a document's head through the metadata family's `extract_head`).
"""

from __future__ import annotations

import re

from corpuslint.textutil import LazyPattern

__all__ = ["DATE_IN_GERMAN_TEXT", "DATE_IN_TEXT", "DATE_IN_TEXT_PATTERN", "MONTHS", "MONTH_PATTERN", "TIME_PATTERN", "WEEKDAYS",
           "german_text", "may_hold_day_point"]

MONTHS = {
    "jan": 1, "january": 1, "feb": 2, "february": 2, "mar": 3, "march": 3, "apr": 4, "april": 4,
    "may": 5, "jun": 6, "june": 6, "jul": 7, "july": 7, "aug": 8, "august": 8, "sep": 9, "sept": 9,
    "september": 9, "oct": 10, "october": 10, "nov": 11, "november": 11, "dec": 12, "december": 12,
}
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
            "mon", "tue", "tues", "wed", "thu", "thur", "thurs", "fri", "sat", "sun")

MONTH_PATTERN = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|"
                 r"oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
_WEEKDAY = r"(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)(?:day|nesday|urday)?"
_DAY = r"(?:[0-3]?\d)(?:st|nd|rd|th)?"
# the zone is upper case even inside a case-insensitive pattern: "at 09:11 by Jane" has no zone "by"
TIME_PATTERN = r"(?:\d{1,2}[:.]\d{2}(?::\d{2})?(?:\s*[ap]\.?m\.?)?(?:\s+(?:(?-i:[A-Z]{2,4})|[+-]\d{4}))?)"

# a German day's point before a month named in full as in English (`8. April 2019`, `am 8. August 2019 um 10:00`), the
# date ending its line or its part of it (`* 8. April 2019|`, `8. April 2019, 10:55`); a line it opens with more after
# the year is a numbered list's item (`1. March 2019: first release`), and words after it make a caption
# (`Figure 3. March 2018 sales`), and so does a capitalised word before the day (`Section 4. May 2021`): no date.
# And only where the date is German-shaped (review23 #6): a German word right before the day (`am`, `vom`, `bis`), a
# time after the date, or German text around it (`GERMAN_NEAR` characters before or after it, two of the function
# words of `_GERMAN_WORD`): an English text's `1. March 2019` alone on its line is a numbered list's first item, its
# `in step 3. March 2020, we` and `page 12. March 2020` a step's and a page's number.
_FULL_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_AT_LINE_START = r"(?:^|\n)[ \t]*[0-3]?\d"
_POINTED_REST = rf"[ \t]+{_FULL_MONTH},?[ \t]+\d{{4}}(?:,?[ \t]+(?:at[ \t]+)?{TIME_PATTERN})?[ \t]*"
GERMAN_NEAR = 400
_GERMAN_WORD = (r"(?-i:\b(?:und|nicht|wurde|werden|wird|sich|für|ist|sind|das|dem|eine|einer|auf|mit|vom|zum|zur|nach|bei"
                r"|auch|über)\b)")
_WITHIN = rf"[\s\S]{{0,{GERMAN_NEAR}}}"
_GERMAN_SHAPED = (  # asked right after the day's number, before its point
    r"(?:(?<=(?-i:\b(?:am|vom|bis|seit|zum|ab)\b)[ \t]+[0-3]?\d)"
    rf"|(?=\.[ \t]+{_FULL_MONTH},?[ \t]+\d{{4}},?[ \t]+(?:at[ \t]+)?{TIME_PATTERN})"
    rf"|(?<={_GERMAN_WORD}{_WITHIN}{_GERMAN_WORD}{_WITHIN})|(?={_WITHIN}{_GERMAN_WORD}{_WITHIN}{_GERMAN_WORD})"
    rf"|(?<={_GERMAN_WORD}{_WITHIN})(?={_WITHIN}{_GERMAN_WORD}))"
)


def _day_point(shaped: str) -> str:
    """The day's point of the German form, asked to be `shaped` (German-shaped, or anything: `""`)."""
    return (rf"(?:(?<={_AT_LINE_START})(?=\.{_POINTED_REST}[|·•]?[ \t]*(?:\n|$)){shaped}\."
            rf"|(?<!{_AT_LINE_START})(?<!(?-i:\p{{Lu}})\w*\.?[ \t]+[0-3]?\d)(?<=\d)"
            rf"(?=\.{_POINTED_REST}(?:\n|$|[|,·•–—-]|um\b|\()){shaped}\.)?")


# A date written out with a month name (or ISO), as it stands in a line of text; optional weekday
# before it and an optional time after it. Groups: md_* month-first, dm_* day-first, iso_*.
def _date_in_text(day_point: str) -> str:
    return (
        rf"(?:{_WEEKDAY}\.?,?\s+)?"
        r"(?:"
        rf"(?P<md_month>{MONTH_PATTERN})\.?\s+(?P<md_day>{_DAY}),?\s+(?P<md_year>(?:1[89]|2\d)\d\d)"
        rf"|(?P<dm_day>{_DAY}){day_point}\s+(?:of\s+)?(?P<dm_month>{MONTH_PATTERN})\.?,?\s+"
        r"(?P<dm_year>(?:1[89]|2\d)\d\d)"
        r"|(?P<iso_year>(?:1[89]|2\d)\d\d)-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)"
        r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"  # "Posted at 2013-12-30T14:42:01-0700"
        r")"
        rf"(?:,?\s+(?:at\s+)?{TIME_PATTERN})?"
    )


DATE_IN_TEXT_PATTERN = _date_in_text(_day_point(_GERMAN_SHAPED))
DATE_IN_TEXT = LazyPattern(rf"(?i:\b{DATE_IN_TEXT_PATTERN}\b)")
# ... and in a text known to be German (`german_text`), read by the line: the day's point whatever stands near
DATE_IN_GERMAN_TEXT = LazyPattern(rf"(?i:\b{_date_in_text(_day_point(''))}\b)")
_GERMAN_WORDS = LazyPattern(_GERMAN_WORD)
GERMAN_WORDS = 3  # a German text: this many of `_GERMAN_WORD`'s function words in its head at least


_DAY_POINT_AT_ALL = re.compile(r"\d\.[ \t]+\w")  # what every day's point form starts with (`_POINTED_REST`)


def may_hold_day_point(text: str) -> bool:
    """Whether `text` could hold the day's point form at all: without it, whether the text is German
    changes no date read (`DATE_IN_GERMAN_TEXT` and `DATE_IN_TEXT` differ only there), and
    `german_text`'s scan (a regex of function words over 2,000 characters) need not run."""
    return _DAY_POINT_AT_ALL.search(text) is not None


def german_text(text: str) -> bool:
    """Whether a text's head (its first 2,000 characters) reads as German: `GERMAN_WORDS` function words."""
    return sum(1 for _ in zip(range(GERMAN_WORDS), _GERMAN_WORDS.finditer(text, 0, 2000))) >= GERMAN_WORDS
