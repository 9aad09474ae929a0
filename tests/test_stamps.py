"""The date stamp both rule families read (`corpuslint.stamps`, issue 17): one recogniser, found in
the lines of real pages' heads and left alone where a line only looks like it."""

from __future__ import annotations

import pytest

from corpuslint.stamps import DATE_IN_TEXT


@pytest.mark.parametrize(("line", "date"), [
    # the Guardian's head (tests/data/boilerplate/trafilatura-theguardian.com.academics.txt)
    ("Mon 20 Jan 2020 06.05 GMT Last modified on Mon 20 Jan 2020 06.07 GMT", "Mon 20 Jan 2020 06.05 GMT"),
    # Wikimedia's byline (tests/data/boilerplate/trafilatura-wikimediafoundation.org.turkey.txt)
    ("By Wikimedia Foundation • 15 January 2020", "15 January 2020"),
    ("Posted at 2013-12-30T14:42:01-0700", "2013-12-30T14:42:01-0700"),
    ("Updated 9:22 PM EST, Mon November 6, 2023", "Mon November 6, 2023"),
])
def test_a_written_date_is_found_with_its_weekday_and_time(line, date):
    match = DATE_IN_TEXT.search(line)
    assert match is not None and match.group(0) == date


@pytest.mark.parametrize("line", [
    "May I have a word with the 4th floor?",  # a month's name as a word, a day without a month
    "Access to Wikipedia restored in Turkey after more than two and a half years",
    "- Aktualisiert am 28.01.2020 - 15:49",  # numeric and German: the metadata family's other readers
])
def test_a_line_without_a_written_date_has_none(line):
    assert DATE_IN_TEXT.search(line) is None


def test_both_families_read_the_one_recogniser():
    from corpuslint.checks.boilerplate import ownlines, templatefill, textguards
    from corpuslint.checks.metadata import bylineline, dates, readers
    from corpuslint.stamps import MONTHS

    assert textguards.DATE_IN_TEXT is templatefill.DATE_IN_TEXT is dates.DATE_IN_TEXT is readers.DATE_IN_TEXT
    assert dates.DATE_IN_TEXT is DATE_IN_TEXT
    assert bylineline.date_in_line is dates.date_in_line  # (the recogniser, on a German page its unguarded form)
    # the article head's date reads the same English month names, and German, French, Spanish ones
    assert set(MONTHS) < set(ownlines._MONTHS[3:-1].split("|"))
