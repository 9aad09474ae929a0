"""A short date that cannot tell its month from its day (`Published 12/10/16`) takes the order the page's other
dates write them in (session 16, meta16: metadata/dateorder.py), only when those agree."""

from __future__ import annotations

from corpuslint.checks.metadata.dateorder import page_order, reading_order
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.lines import iter_lines
from corpuslint.checks.metadata.page import page_found, page_metadata
from tests.metadata.pagereading import PAGES


def lines_of(name: str):
    return list(iter_lines((PAGES / f"{name}.txt").read_text(encoding="utf-8")))


def test_a_us_page_dates_its_story_by_its_ambiguous_published_label():
    # howtogeek (mercury half A): its comments dated `December 9, 2016`, the story `Published 12/10/16`
    text = (PAGES / "mercury-howtogeek-head.txt").read_text(encoding="utf-8")
    assert page_order(list(iter_lines(text))) == "mdy"
    assert page_metadata(text).date == "2016-12-10"
    dated = [found for found in page_found(text) if found.field == "date"]
    assert [(found.value, found.shown) for found in dated] == [("2016-12-10", "Published 12/10/16")]


def test_the_same_page_with_no_other_date_still_gives_none():
    # the howtogeek page without its comments' dates: the label alone cannot tell 10 December from 12 October
    text = (PAGES / "mercury-howtogeek-head.txt").read_text(encoding="utf-8")
    text = "\n".join(line for line in text.split("\n") if line != "December 9, 2016") + "\n"
    assert "Published 12/10/16" in text
    assert page_order(list(iter_lines(text))) is None
    assert page_metadata(text).date is None


def test_a_day_first_page_reads_the_label_day_first():
    # the Guardian (web): `Thu 3 Jan 2019 02.00 EST`, `27 Nov 2018` under its teasers: day first
    lines = lines_of("guardian-1")
    assert page_order(lines) == "dmy"
    with reading_order(lines):
        assert day_written("Published 12/10/16") == "2016-10-12"
        assert day_written("Published 12/13/16") == "2016-12-13"  # a number above 12 tells by itself
    assert day_written("Published 12/10/16") is None  # outside a page: the line alone decides


def test_a_page_writing_both_orders_tells_none():
    # lwn-1 and spiceworks (web): month-first and day-first dates both
    for name in ("lwn-1", "spiceworks"):
        lines = lines_of(name)
        assert page_order(lines) is None
        with reading_order(lines):
            assert day_written("Published 05/10/16") is None


def test_a_page_with_one_other_date_tells_none():
    # fnc1-train-0405 (../shared/corpora/txt): `Saturday 23 August 2014` once: one date is no convention
    lines = lines_of("fnc1-train-0405")
    assert page_order(lines) is None
