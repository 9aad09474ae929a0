"""Date reading (corpuslint.checks.metadata.dates) and head extraction details (corpuslint.checks.metadata.extract)."""

from __future__ import annotations

import datetime as dt

import pytest

from corpuslint.checks.metadata.dates import is_iso, normalize_date, parse_date
from corpuslint.checks.metadata.extract import extract_head


@pytest.mark.parametrize(("value", "iso"), [
    ("2019-03-25", "2019-03-25"),
    ("2019-03-25T10:00:00Z", "2019-03-25"),
    ("2019-03-25 10:00:00+0000", "2019-03-25"),
    ("March 25, 2019", "2019-03-25"),
    ("Mar. 25, 2019", "2019-03-25"),
    ("march 25th, 2019", "2019-03-25"),
    ("25 March 2019", "2019-03-25"),
    ("25 Mar 2019", "2019-03-25"),
    ("Monday, March 25, 2019", "2019-03-25"),
    ("Saturday 23 August 2014", "2014-08-23"),
    ("Sep 27, 2016 at 10:32 AM", "2016-09-27"),
    ("10:32 AM ET, Tue September 27, 2016", "2016-09-27"),
    ("Mon, 25 Mar 2019 10:00:00 +0000", "2019-03-25"),
    ("25/03/2019", "2019-03-25"),
    ("2019/03/25", "2019-03-25"),
    ("20190325", "2019-03-25"),
    (1553472000, "2019-03-25"),  # epoch seconds
    (1474243200000, "2016-09-19"),  # epoch milliseconds
    ({"$date": 1474243200000}, "2016-09-19"),  # MongoDB export, as in FakeNewsNet
    ({"$date": "2016-09-19T00:00:00Z"}, "2016-09-19"),
    (dt.date(2019, 3, 25), "2019-03-25"),  # what YAML front matter loads
    (dt.datetime(2019, 3, 25, 8, 0), "2019-03-25"),
])
def test_dates_normalise(value, iso):
    assert normalize_date(value, date_only=True) == iso


@pytest.mark.parametrize("value", [
    "2019-02-30", "2019-13-01", "32 March 2019", "yesterday", "N/A", "", "May", "4th", "Nov 1",
    "0000-01-01", None, True, [], {"$date": None}, "next week", "12345",
])
def test_not_dates(value):
    assert parse_date(value) is None


def test_reduced_precision_and_time():
    assert normalize_date("2019") == "2019"
    assert normalize_date("2019-03") == "2019-03"
    assert normalize_date("March 2019") == "2019-03"
    assert normalize_date("March 2019", date_only=True) is None
    assert normalize_date("2019-03-25T10:00:00+02:00") == "2019-03-25T10:00:00+02:00"
    assert normalize_date(1474243200000) == "2016-09-19T00:00:00Z"


def test_ambiguous_numeric_dates():
    parsed = parse_date("03/04/2019")
    assert parsed.ambiguous and parsed.iso == "2019-03-04"
    assert parse_date("03/04/2019", day_first=True).iso == "2019-04-03"
    assert not parse_date("13/04/2019").ambiguous


def test_is_iso():
    assert is_iso("2019-03-25") and is_iso("2019-03-25T10:00:00Z")
    assert not is_iso("March 25, 2019") and not is_iso("2019-02-30")


def values(text: str) -> dict:
    return {f.field: f.value for f in extract_head(text)}


@pytest.mark.parametrize(("text", "expected"), [
    ("By Jane Doe and John Roe\n\nThe council voted on Tuesday to close the library, a decision that angered many.",
     {"author": ["Jane Doe", "John Roe"]}),
    ("By Stephen Lendman, Global Research\n\nText of the article goes here and it is long enough to be prose.",
     {"author": "Stephen Lendman"}),
    ("BY EDDIE SCARRY | 01/12/15 12:35 PM\n\nDrones are often at the center of controversy for their ability.",
     {"author": "Eddie Scarry"}),
    ("March 25, 2019\n\nThe council voted on Tuesday to close the library, a decision that angered many.",
     {"date": "2019-03-25"}),
    ("2019-03-25\n\nThe council voted on Tuesday to close the library, a decision that angered many.",
     {"date": "2019-03-25"}),
    ("WASHINGTON (Reuters) - The council voted on Tuesday to close the library.", {"source": "Reuters"}),
    ("By JANE DOE, Associated Press\n\nThe council voted on Tuesday to close the library, a decision.",
     {"author": "Jane Doe"}),
    ("Posted on March 25, 2019 by Jane Doe\n\nThe council voted on Tuesday to close the library, a decision.",
     {"author": "Jane Doe", "date": "2019-03-25"}),
    ("By Jane Doe on March 25, 2019 at 10:00 AM\n\nThe council voted on Tuesday to close the library.",
     {"author": "Jane Doe", "date": "2019-03-25"}),
    ("Published: March 25, 2019\n\nThe council voted on Tuesday to close the library, a decision.",
     {"date": "2019-03-25"}),
    ("Washington (CNN) President Barack Obama made an impassioned plea Tuesday.", {"source": "CNN"}),
])
def test_extract_shapes(text, expected):
    assert values(text) == expected


@pytest.mark.parametrize("text", [
    "By the way, where is President Obama right now? On Air Force One headed back to vacation.",
    "By November, reports were tipping a springtime ship date after the Chinese New Year.",
    "By Sunday morning Nelson's name had become a trending topic on Facebook.",
    "(DETROIT) In a decision that is expected to send shockwaves through the community.",
    "(Source) A neighbor tells 8 News NOW former baseball star Jose Canseco was hurt.",
    "— Fox News (@FoxNews) May 5, 2017\n\nText.",
    "Updated 10:32 AM ET, Tue September 27, 2016\n\nText.",
    "He said: 'Her presence was both overwhelming and comforting.'\n\nText.",
    "I woke up this morning to find a variation of this headline splashed all over my news feed:\n\nText.",
    "Region: Europe\n\nThe council voted on Tuesday to close the library, a decision that angered many.",
    # a quotation introduced by a colon: its byline is the quoted article's, not this document's
    "Example #1:\n\nVia Example.com, Feb. 4, 2015:\n\nFebruary 4th, 2015 | by Barbara Johnson\n\nText.",
])
def test_extract_leaves_prose_alone(text):
    assert extract_head(text) == []


def test_a_two_digit_year_that_has_not_come_yet_is_no_stamp():
    """`Flight 1-2-34 1:00 pm` (a flight's number, a timetable) read as 2034-01-02: a stamp is not written after
    its day, so a two-digit year read as 20yy after today is refused (mend14); the stamps of the past stay."""
    from corpuslint.checks.metadata.dates import day_written
    assert day_written("Flight 1-2-34 1:00 pm") is None
    assert day_written("Flight 1/2/34 1:00 boarding") is None
    assert day_written("First Posted: 08-13-10 05:18 PM") == "2010-08-13"
    assert day_written("9/11/13 10:00AM") == "2013-09-11"
