"""Bylines of sb26 half A's pages (session 32, meta32, issue 16): a list of writers without a `By` over the stamp,
a byline set as a bulleted list under the share row, and lines that read as a name but are none.

The pages are excerpts (the page's `<title>`, then the lines around the headline) of sb26 A's inscriptis and lynx
texts of Mercury Parser's fixture pages (theguardian.com, theatlantic.com); each shape stands beside its look-alike
left alone (a play's title, a list of names with no stamp, a row of buttons).
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.bylineline import bare_name, name_line
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.checks.metadata.pageauthors import listed_names
from pagereading import PAGES, read  # tests/metadata/pagereading.py


@pytest.mark.parametrize("render", ["inscriptis", "lynx"])
def test_writers_listed_without_by_over_the_stamp_sign_the_story(render):
    # `Julia Carrie Wong and Sam Levin` / `Tuesday 29 November 2016 15.26 EST` under the standfirst and a video's caption
    found = read(f"guardian-standing-rock-{render}-head")
    assert found.authors == ["Julia Carrie Wong", "Sam Levin"]
    assert found.date == "2016-11-29"


def test_a_list_of_names_with_no_stamp_beside_it_is_no_byline():
    page = (PAGES / "guardian-standing-rock-inscriptis-head.txt").read_text(encoding="utf-8")
    unstamped = page.replace("          Tuesday 29 November 2016 15.26 EST\n", "")
    assert page_metadata(unstamped).authors == []


def test_a_play_over_a_stamp_names_no_writers():
    page = (PAGES / "guardian-standing-rock-inscriptis-head.txt").read_text(encoding="utf-8")
    play = page.replace("Julia Carrie Wong and Sam Levin", "Romeo and Juliet")
    assert page_metadata(play).authors == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Julia Carrie Wong and Sam Levin", ["Julia Carrie Wong", "Sam Levin"]),
    ("Ann Lee, Tom Park & Jo Kim", ["Ann Lee", "Tom Park", "Jo Kim"]),
    ("Romeo and Juliet", []),  # one word each: no writer's whole name
    ("Lewis and Clark", []),
    ("Politics and Government", []),
    ("New York and New Jersey", []),
    ("Ann Lee and Ann Lee", []),  # one name twice is no list
    ("Julia Carrie Wong", []),  # one name: name_line's
    ("Julia Carrie Wong and Sam Levin report from Cannon Ball", []),
])
def test_listed_names(text, expected):
    assert listed_names(text) == expected


def test_a_bulleted_byline_over_its_bulleted_time_under_the_share_row():
    # `* Share` / `* Tweet` / `*` … / `Text Size` / `* Kaveh Waddell` / `* 1:18 PM ET` / `* Technology`: the share row
    # and its empty icon marks do not push the byline out of reach, and the stamp's item makes no menu of the name
    assert read("atlantic-push-alert-inscriptis-head").authors == ["Kaveh Waddell"]


def test_a_bulleted_name_in_a_menu_of_words_is_still_no_byline():
    page = (PAGES / "atlantic-push-alert-inscriptis-head.txt").read_text(encoding="utf-8")
    menu = page.replace("          * 1:18 PM ET\n", "          * Subscribe\n")
    assert page_metadata(menu).authors == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Howard Blume Howard BlumeContact Reporter", ("Howard Blume", True)),  # lynx: the avatar's alt, then the name
    ("Howard Blume Howard Blume", ("Howard Blume", False)),
    ("Jane Roe Jane Roe June 3, 2016", ("Jane Roe", True)),
    ("New York New York", (None, False)),
])
def test_a_name_printed_twice_on_its_line_is_the_name_once(text, expected):
    assert name_line(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("LIKE SAVE PRINT", None),  # yna.co.kr's row of buttons under its share row
    ("Text Size", None),
    ("Log In", None),
    ("Tom Ford", "Tom Ford"),
])
def test_buttons_words_alone_are_no_name(text, expected):
    assert bare_name(text) == expected
