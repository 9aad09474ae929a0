"""A name alone over or under the page's one stamp alone, where no headline is found (issue 16, byline23).

The page is an excerpt of qa20b's inscriptis text of trafilatura 0.9.0's caktusgroup.com test page (no `<title>`
line over it, so no headline is found): `Mark Lavin` / `June 8, 2015` under the post's tags. Beside it the
look-alikes left alone: the same name over a stamp that is one of two (a list of dated stories), a list of names.
"""

from __future__ import annotations

from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.lonestamp import lone_stamp_day, name_by_lone_stamp
from corpuslint.checks.metadata.page import page_metadata
from pagereading import PAGES, read  # tests/metadata/pagereading.py


def _lines(*texts: str) -> list[Line]:
    return [Line(0, len(text), text, True) for text in texts]


def test_a_name_over_the_pages_one_stamp_signs_it():
    found = read("caktus-lavin-inscriptis-head")
    assert found.headline_line is None
    assert (found.authors, found.date) == (["Mark Lavin"], "2015-06-08")


def test_a_name_over_one_of_two_stamps_is_a_list_of_stories():
    page = (PAGES / "caktus-lavin-inscriptis-head.txt").read_text(encoding="utf-8")
    listed = page.replace("      Back to blog\n", "      Back to blog\n\n          June 1, 2015\n")
    assert page_metadata(listed).authors == []


def test_a_name_among_names_by_the_stamp_is_no_byline():
    # boingboing.net's list of its editors, with a stamp alone beside it
    assert name_by_lone_stamp(_lines("Mark Frauenfelder", "Cory Doctorow", "Jul 19, 2013")) == []
    assert name_by_lone_stamp(_lines("Cory Doctorow", "Jul 19, 2013")) == ["Cory Doctorow"]


def test_a_menu_label_by_the_stamp_is_no_name():
    assert name_by_lone_stamp(_lines("* Contact", "Contact Us", "June 8, 2015")) == []
    assert name_by_lone_stamp(_lines("Home Sports", "June 8, 2015")) == []


def test_a_list_of_events_each_with_its_hour_has_no_lone_stamp():
    # wehranlage-horka.de (qa20b): upcoming events, an English-named month after a German day's point (read with its
    # time) over a German month (read without it): two stamps, the page's date is neither
    lines = _lines("Veranstaltungen", "* 27. November 2016 15:00", "kleiner Weihnachtsmarkt", "* 10. Dezember 2016 17:00",
                   "Konzert bei Kerzenschein mit der Wild Roses Crew")
    assert lone_stamp_day(lines) is None
    assert lone_stamp_day(lines[:3]) == "2016-11-27"


def test_a_commenter_s_name_by_the_stamp_is_no_byline():
    # review23 #9 (repro 02): a short post with one comment, `1 Comment` / `Jane Roe` / `June 9, 2015`, no headline
    # found: the one stamp alone is the comment's, its name the commenter's (main: authors ['Jane Roe'])
    assert read("lone-stamp-commenter").authors == []
    assert name_by_lone_stamp(_lines("Leave a comment", "Jane Roe", "June 9, 2015")) == []
    assert name_by_lone_stamp(_lines("Technical", "Jane Roe", "June 9, 2015")) == ["Jane Roe"]
