"""Which order a page writes a date's month and day in, told by its other dates, for a short date that
cannot tell by itself.

`Published 05/10/16` is 10 May on a US page and 5 October on a British or European one: the line alone
cannot say, so the date reader gives no day (`dates.day_written_at`). The page can: a US page writes its
other dates month first (`December 9, 2016` over each comment, `12/13/2016`), a day-first page day first
(`9 December 2016`, `9. Dezember 2016`, `25/03/2019`). The order is taken only when the page writes at
least two dates one way and none the other; a page mixing both, or writing no other date, still gives none.
Worked out once per page, and only when a line asks (`reading_order`), so a page with no such line pays
nothing.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from contextlib import contextmanager

from corpuslint.checks.metadata.dates import FOREIGN_DATE_IN_TEXT, PAGE_GERMAN, PAGE_ORDER
from corpuslint.checks.metadata.lines import Line
from corpuslint.stamps import DATE_IN_TEXT, german_text
from corpuslint.textutil import LazyPattern

# a numeric date with a four-digit year whose first or second number is above 12 (`25/03/2019`, `12/13/2016`)
SLASHED = LazyPattern(r"(?<![\d/.])(?P<a>[0-3]?\d)/(?P<b>[0-3]?\d)/(?:19|20)\d\d(?![\d/])")
MIN_DATES = 2  # dates written one way (and none the other) that tell a page's order


def page_order(lines: Sequence[Line]) -> str | None:
    """"mdy" or "dmy": the order the page's other dates write month and day in, when they agree; else None."""
    month_first = day_first = 0
    for line in lines:
        text = line.text
        if not any(ch.isdigit() for ch in text):
            continue
        for match in DATE_IN_TEXT.finditer(text):
            month_first += bool(match.group("md_year"))
            day_first += bool(match.group("dm_year"))
        day_first += sum(1 for _ in FOREIGN_DATE_IN_TEXT.finditer(text))
        for match in SLASHED.finditer(text):
            a, b = int(match["a"]), int(match["b"])
            day_first += a > 12 and b <= 12
            month_first += b > 12 and a <= 12
    if month_first >= MIN_DATES and not day_first:
        return "mdy"
    if day_first >= MIN_DATES and not month_first:
        return "dmy"
    return None


@contextmanager
def reading_order(lines: Sequence[Line]) -> Iterator[None]:
    """While reading this page, a short date that cannot tell its order takes the page's (`page_order`,
    worked out when first asked), and a German page's `8. April 2019` alone on a line is read (`PAGE_GERMAN`)."""
    memo: list[str | None] = []
    german_memo: list[bool] = []

    def order() -> str | None:
        if not memo:
            memo.append(page_order(lines))
        return memo[0]

    def german() -> bool:
        if not german_memo:
            german_memo.append(german_text("\n".join(line.text for line in lines[:40])))
        return german_memo[0]

    token, german_token = PAGE_ORDER.set(order), PAGE_GERMAN.set(german)
    try:
        yield
    finally:
        PAGE_GERMAN.reset(german_token)
        PAGE_ORDER.reset(token)
