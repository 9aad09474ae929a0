"""The numbers and dates a site's template fills in, which differ from page to page where the line
around them is the same (CL151 folds digits; these tell a template's number from a document's own)."""

from __future__ import annotations

import regex

from corpuslint.stamps import DATE_IN_TEXT


# the numbers a template fills in where its carriers spell others: a year (`© 2019 Site`), a
# counter out of a whole joined by a word (`Page 2 of 5`, `Seite 2 von 5`), or one whole number
# standing as a word (`941 comments`, `► April (2)`, `5 min read`) that is no field's value (`LEVEL
# OF EVIDENCE: 4`), no price (`$ 5`) and no measure (`20ml`, `19.4km/h`, `1,500`)
_YEAR = regex.compile(r"(?:19|20)\d\d")
_COUNTER = regex.compile(r"(\d{1,4})\s*\p{L}{1,3}\s*(\d{1,4})")
_COUNT = regex.compile(r"(?<![\p{L}\p{N}\p{Sc}.,:/\\#№-])(?<!:\s*)(?<!\p{Sc}\s*)\d{1,6}(?![\p{L}\p{N}.,:/%‰°])")


_SECTION_NUMBER = regex.compile(r"[ \t]*(\d{1,3})(\.?)[ \t]+\p{Lu}")


def template_numbers(block: str, text: str = "") -> bool:
    """Whether a line's numbers are what a template fills in (see above): each a year, the line's
    two numbers a counter (`Page 2 of 5`: the first at most the second), or its one number a count
    (not a section's number in the document `text`'s outline: `8 See also` under `7 Reception`)."""
    found = regex.findall(r"\d+", block)
    if found and all(_YEAR.fullmatch(n) for n in found):
        return True
    if len(found) == 2:
        m = _COUNTER.search(block)
        return m is not None and int(m[1]) <= int(m[2])
    if len(found) != 1 or _COUNT.search(block) is None:
        return False
    m = _SECTION_NUMBER.match(block)
    if m is None or not text:
        return True
    n, dot = int(m[1]), regex.escape(m[2])  # (the outline's numbers spelt alike: `6 See also`, `7 References`)
    return n == 0 or regex.search(rf"(?m)^[ \t]*(?:{n - 1}|{n + 1}){dot}[ \t]+\p{{Lu}}", text) is None


def time_stamp(block: str) -> bool:
    """A short line with a full date (`Updated 9:22 PM EST, Mon November 6, 2023`): the page's
    time stamp, whose digits fold to the same key on each page of the site."""
    return len(block.split()) <= 10 and DATE_IN_TEXT.search(block) is not None


_CLOCK = regex.compile(r"(?<!\d)\d{1,2}:\d\d(?::\d\d)?(?!\d)")
STAMP_WORDS = 12  # a template's stamp: a label and its date (`Last updated 2025-10-07 12:22:08 UTC`)


def template_stamp(block: str) -> bool:
    """A short line of words and one date stamp whose digits are all the stamp's (its date and clock times):
    `Last updated 2025-10-07 12:22:08 UTC`, `This page was last edited on 3 March 2021, at 10:15.` A page's
    template fills the date in, so its carriers spell other digits; a date alone (`date_alone`) is none."""
    if len(block.split()) > STAMP_WORDS or date_alone(block):
        return False
    dates = [m.span() for m in DATE_IN_TEXT.finditer(block)]
    if not dates:
        return False
    stamped = dates + [m.span() for m in _CLOCK.finditer(block)]
    return all(any(a <= m.start() and m.end() <= b for a, b in stamped) for m in regex.finditer(r"\d+", block))


def date_alone(block: str) -> bool:
    """A line that is a date and nothing else (`June 8, 2015`, `Mon, May 5, 2017 9:22 AM`): its
    digits fold, so its key is the shape every date of that form shares, not the line; a date that
    differs from document to document is no template (qa19c r09: a post's dateline "occurs in 5
    documents" where that date stands in one)."""
    s = block.strip().strip("|·•*-–—()[],.:; \t")
    return len(s) <= 60 and DATE_IN_TEXT.fullmatch(s) is not None
