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
from pagereading import PAGES, names, read  # tests/metadata/pagereading.py


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


def _guardian_with(byline: str, stamp: str = "Tuesday 29 November 2016 15.26 EST") -> list[str]:
    """The Guardian excerpt's byline and stamp lines put back with other shapes (the page's own context around them)."""
    page = (PAGES / "guardian-standing-rock-inscriptis-head.txt").read_text(encoding="utf-8")
    page = page.replace("          Julia Carrie Wong and Sam Levin\n", f"          {byline}\n" if byline else "")
    page = page.replace("          Tuesday 29 November 2016 15.26 EST\n", f"          {stamp}\n" if stamp else "")
    return page_metadata(page).authors


@pytest.mark.parametrize(("byline", "expected"), [
    ("Dana Reyes, The Example Times", ["Dana Reyes"]),  # the outlet after a comma
    ("Ann Lee, MD, MPH", ["Ann Lee"]),  # degrees
    ("Dana Reyes | dreyes@example.com", ["Dana Reyes"]),  # the writer's address
    ("Dana Reyes dreyes@example.com", ["Dana Reyes"]),
    ("Dana Reyes Staff Writer", ["Dana Reyes"]),  # a job title with no comma, a rank before the trade
    ("Dana Reyes Contributor", ["Dana Reyes"]),
    ("Words by Dana Reyes, photos by Lee Park", ["Dana Reyes"]),  # the pictures' credit after the byline
    ("By Dana Reyes; photography by Lee Park", ["Dana Reyes"]),
    ("Autor: Jan Kowalski", ["Jan Kowalski"]),  # a month's short form that is a given name
    ("By Jun Lee", ["Jun Lee"]),
    # left alone
    ("Web Audio Editor", []),  # a tool's name ends in a trade: no rank before it
    ("With Dana Reyes", []),  # a show's host, a phrase: was given whole as a name
    ("Dana Reyes, who covers the courts", []),  # a sentence about someone, no credit
])
def test_a_name_and_its_credit_over_the_stamp(byline, expected):
    assert _guardian_with(byline) == expected


def test_a_name_and_its_credit_with_no_stamp_beside_it_is_no_byline():
    # `Ann Lee, Boston`: a caption's or a list's name and place reads as a name and its credit; the stamp is the evidence
    assert _guardian_with("Ann Lee, Boston", stamp="") == []
    assert _guardian_with("Dana Reyes, The Example Times", stamp="") == []


def test_a_months_short_form_before_a_day_is_still_a_date():
    assert _guardian_with("By Jan 15, 2016", stamp="") == []


@pytest.mark.parametrize(("line", "expected"), [
    ("بقلم: محمد علي", ["محمد علي"]),  # Arabic: "by the pen of"
    ("كتب: محمد علي | 12 مايو 2019", ["محمد علي"]),  # "wrote:", then the stamp
    ("نویسنده: علی رضایی", ["علی رضایی"]),  # Persian: "author:"
    ("מאת: דנה כהן", ["דנה כהן"]),  # Hebrew: "by"
    ("Автор: Иван Петров", ["Иван Петров"]),
    ("Авторы: Иван Петров и Анна Смирнова", ["Иван Петров", "Анна Смирнова"]),
    ("Yazar: Ahmet Yılmaz ve Ayşe Kaya", ["Ahmet Yılmaz", "Ayşe Kaya"]),
    ("Συντάκτης: Γιάννης Παπαδόπουλος", ["Γιάννης Παπαδόπουλος"]),
    # left alone: `كتب` without its colon is "books" too (a menu's `new children's books`), a sentence after a label
    ("كتب الأطفال الجديدة", []),
    ("كتب محمد علي عن الحرب في سوريا وما بعدها اليوم", []),
    ("تحرير: محمد علي", []),  # the editor's label, no author's
])
def test_labelled_bylines_in_other_scripts(line, expected):
    assert names(line) == expected


def test_a_labelled_arabic_byline_under_the_headline_signs_the_page():
    assert _guardian_with("بقلم: محمد علي") == ["محمد علي"]


@pytest.mark.parametrize(("line", "expected"), [
    ("Guest post by Dana Reyes", ["Dana Reyes"]),
    ("A guest post by Dana Reyes", ["Dana Reyes"]),
    ("Column by Dana Reyes", ["Dana Reyes"]),
    ("Posted in Politics, World by Dana Reyes on March 3, 2019", ["Dana Reyes"]),  # a post's categories, then its writer
    ("Filed under: Politics | By Dana Reyes", ["Dana Reyes"]),  # a meta line's byline part after a bar
    ("Sports | By John Doe | March 3, 2019", ["John Doe"]),
    # left alone
    ("Posted in Uncategorized | Leave a comment", []),
    ("Politics | Stand By Me", []),  # a phrase's `By` inside a part, not opening it
])
def test_bylines_after_a_posts_label(line, expected):
    assert names(line) == expected


def test_the_name_by_the_stamp_signs_not_the_menu_entry_over_it():
    # cnbc.com's section menu, then a name over its stamp over the headline (the page's own byline taken out and the
    # shape put in its place): `Renewable Energy` was read as the name the stamp two lines under it dates
    assert read("cnbc-coal-menu-over-byline").authors == ["Dana Reyes"]



def _observer_with_box(box: str) -> list[str]:
    """The Observer excerpt without its byline, an author box put after the story's last paragraph."""
    page = (PAGES / "mercury-observer-head.txt").read_text(encoding="utf-8")
    page = page.replace("By Sage Lazzaro • 12/16/16 12:21pm\n", "")
    end = page.index("\n", page.index("He believes the find can change the view of an area"))
    return page_metadata(page[: end + 1] + "\n" + box + page[end + 1:]).authors


def test_an_author_box_link_under_the_story_names_the_writer():
    assert _observer_with_box("Sage Lazzaro\nView all posts by Sage Lazzaro\n") == ["Sage Lazzaro"]
    assert _observer_with_box("Sage Lazzaro\nSee all articles by Sage Lazzaro\n") == ["Sage Lazzaro"]


def test_author_links_of_several_writers_or_without_the_name_over_them_name_no_one():
    # a sidebar of writers' links; a link alone (no box's name or bio over it)
    two = "Sage Lazzaro\nView all posts by Sage Lazzaro\nJohn Park\nView all posts by John Park\n"
    assert _observer_with_box(two) == []
    assert _observer_with_box("View all posts by Sage Lazzaro\n") == []
