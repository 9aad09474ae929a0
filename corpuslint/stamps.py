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

from corpuslint.textutil import LazyPattern

__all__ = ["DATE_IN_TEXT", "DATE_IN_TEXT_PATTERN", "MONTHS", "MONTH_PATTERN", "TIME_PATTERN", "WEEKDAYS"]

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
_FULL_MONTH = r"(?-i:January|February|March|April|May|June|July|August|September|October|November|December)"
_AT_LINE_START = r"(?:^|\n)[ \t]*[0-3]?\d"
_POINTED_REST = rf"[ \t]+{_FULL_MONTH},?[ \t]+\d{{4}}(?:,?[ \t]+(?:at[ \t]+)?{TIME_PATTERN})?[ \t]*"
_DAY_POINT = (
    rf"(?:(?<={_AT_LINE_START})\.(?={_POINTED_REST}[|·•]?[ \t]*(?:\n|$))"
    rf"|(?<!{_AT_LINE_START})(?<!(?-i:\p{{Lu}})\w*\.?[ \t]+[0-3]?\d)(?<=\d)\.(?={_POINTED_REST}(?:\n|$|[|,·•–—-]|um\b|\()))?"
)

# A date written out with a month name (or ISO), as it stands in a line of text; optional weekday
# before it and an optional time after it. Groups: md_* month-first, dm_* day-first, iso_*.
DATE_IN_TEXT_PATTERN = (
    rf"(?:{_WEEKDAY}\.?,?\s+)?"
    r"(?:"
    rf"(?P<md_month>{MONTH_PATTERN})\.?\s+(?P<md_day>{_DAY}),?\s+(?P<md_year>(?:1[89]|2\d)\d\d)"
    rf"|(?P<dm_day>{_DAY}){_DAY_POINT}\s+(?:of\s+)?(?P<dm_month>{MONTH_PATTERN})\.?,?\s+(?P<dm_year>(?:1[89]|2\d)\d\d)"
    r"|(?P<iso_year>(?:1[89]|2\d)\d\d)-(?P<iso_month>[01]\d)-(?P<iso_day>[0-3]\d)"
    r"(?:T\d\d:\d\d(?::\d\d(?:\.\d+)?)?(?:Z|[+-]\d\d:?\d\d)?)?"  # "Posted at 2013-12-30T14:42:01-0700"
    r")"
    rf"(?:,?\s+(?:at\s+)?{TIME_PATTERN})?"
)
DATE_IN_TEXT = LazyPattern(rf"(?i:\b{DATE_IN_TEXT_PATTERN}\b)")
