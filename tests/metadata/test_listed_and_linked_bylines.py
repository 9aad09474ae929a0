"""Bylines the page reader missed on pages of unseen sites (session 33, meta33, issue 16), each beside its look-alike
left alone: writers listed without a `By` where no `<title>` line anchors the headline, a list of writers on the
stamp's line, lynx's mark of an avatar's image before the name, a writer's stories listed under the comments
(Kinja's `Recent from X`), a stamp over the section's label over the headline, and a possessive (`British
Columbia’s`), which names an owner, never a writer.

The pages are excerpts of sb26 half A's inscriptis texts (Mercury Parser's fixture pages of theguardian.com and
deadspin.com, github.blog's page); the one-line shapes are the ones those pages print, reworded.
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.bylineline import bare_name, clean_byline, name_line
from corpuslint.checks.metadata.listednames import stamped_list
from corpuslint.checks.metadata.page import page_metadata
from pagereading import PAGES, names, read  # tests/metadata/pagereading.py

GUARDIAN = "guardian-standing-rock-inscriptis-head"
BYLINE, STAMP = "Julia Carrie Wong and Sam Levin", "Tuesday 29 November 2016 15.26 EST"


def _guardian(*, title: bool = True, byline: str | None = None) -> str:
    page = (PAGES / f"{GUARDIAN}.txt").read_text(encoding="utf-8")
    if byline is not None:
        page = page.replace(BYLINE, byline).replace(f"          {STAMP}\n", "")
    return page if title else page.split("\n", 1)[1]


def test_writers_listed_over_the_stamp_with_no_title_line_over_the_text():
    # the whole-page text as lynx or inscriptis print it: no `<title>` line to find the headline by
    found = page_metadata(_guardian(title=False))
    assert found.authors == ["Julia Carrie Wong", "Sam Levin"]
    assert found.date == "2016-11-29"  # (the headline, a standfirst and a caption over the names, is not found)


def test_a_list_of_names_with_no_stamp_and_no_title_line_is_no_byline():
    unstamped = _guardian(title=False).replace(f"          {STAMP}\n", "")
    assert page_metadata(unstamped).authors == []


@pytest.mark.parametrize("title", [True, False])
@pytest.mark.parametrize("byline", [f"{STAMP} | {BYLINE}", f"{BYLINE} · {STAMP}"])
def test_writers_listed_on_the_stamps_line(byline, title):
    assert page_metadata(_guardian(title=title, byline=byline)).authors == ["Julia Carrie Wong", "Sam Levin"]


@pytest.mark.parametrize(("text", "expected"), [
    ("June 3, 2019 | Dana Reyes and Lee Park", ["Dana Reyes", "Lee Park"]),
    ("Ann Lee, Tom Park & Jo Kim · 3 hours ago", ["Ann Lee", "Tom Park", "Jo Kim"]),
    ("Romeo and Juliet | June 3, 2019", []),  # one word each: no writer's whole name
    ("Dana Reyes | June 3, 2019", []),  # one name: name_line's
    ("Politics | Dana Reyes and Lee Park", []),  # a section's label, no stamp
])
def test_stamped_list(text, expected):
    assert stamped_list(text) == expected


@pytest.mark.parametrize("mark", ["[12] ", "[12]", "[12] [avatar-julia.png] "])
def test_lynx_mark_of_the_avatar_before_the_name(mark):
    # lynx prints an image with no alt text as its file's name in brackets, glued to the link's text
    page = _guardian().replace(BYLINE, mark + "Julia Carrie Wong")
    assert page_metadata(page).authors == ["Julia Carrie Wong"]
    assert page_metadata(page.replace(mark, "[Update] ")).authors == []  # a bracketed word: no name alone on the line


@pytest.mark.parametrize(("text", "expected"), [
    ("[12] Julia Carrie Wong", "Julia Carrie Wong"),
    ("[Update] Julia Carrie Wong", "[Update] Julia Carrie Wong"),  # a bracketed word is the line's, no image
    ("[ ] Remember Me", "[ ] Remember Me"),  # a form's check box
])
def test_clean_byline_drops_only_an_image_mark(text, expected):
    assert clean_byline(text) == expected


def test_a_name_under_the_headline_a_kinja_author_module_lists_stories_of():
    # `Chris Thompson` / `Today 12:34pm` under the headline (a relative stamp, no day), no `<title>` line; under the
    # comments, `Recent from Chris Thompson` lists the writer's other stories
    assert read("deadspin-kinja-inscriptis").authors == ["Chris Thompson"]


def test_without_the_author_module_the_lone_name_is_left_alone():
    page = (PAGES / "deadspin-kinja-inscriptis.txt").read_text(encoding="utf-8")
    assert page_metadata(page.replace("Recent from Chris Thompson", "Recent from Deadspin")).authors == []


def test_a_sections_more_from_box_bears_no_name_out():
    # `More from X` lists a section's stories as often as a writer's (refinery29's `More from Styling Tips`)
    page = (PAGES / "deadspin-kinja-inscriptis.txt").read_text(encoding="utf-8")
    assert page_metadata(page.replace("Recent from Chris Thompson", "More from Chris Thompson")).authors == []


@pytest.mark.parametrize("text", ["British Columbia’s", "British Columbia's", "KAMALA HARRIS’S", "Canada’s Justin Trudeau"])
def test_a_possessive_is_no_name(text):
    assert bare_name(text) is None
    assert name_line(text)[0] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("By British Columbia’s Ministry of Health", []),
    ("By Dana Reyes’s", []),
    ("By Dana O’Shea", ["Dana O’Shea"]),  # an apostrophe inside a name
    ("By Dana D’Souza", ["Dana D’Souza"]),
])
def test_a_possessive_byline_names_no_one(text, expected):
    assert names(text) == expected


def test_a_name_under_the_headline_dated_over_its_section_label():
    # `March 29, 2019` / `* Community` / `Leader spotlight: Erin Spiceland` / `Jessica Rudder` / <prose>, no `<title>`
    found = read("github-blog-spotlight-inscriptis")
    assert (found.title, found.authors, found.date) == ("Leader spotlight: Erin Spiceland", ["Jessica Rudder"], "2019-03-29")


def test_a_stamp_over_a_sentence_over_the_headline_dates_no_name_under_it():
    # a line of more than a label's words between the stamp and the headline: the stamp is that line's (a teaser's)
    page = (PAGES / "github-blog-spotlight-inscriptis.txt").read_text(encoding="utf-8")
    page = page.replace("* Community", "Our community news from the last week")
    assert page_metadata(page).authors == []


def test_a_teasers_section_label_under_the_headline_is_no_name():
    # a section front (independent.ie's Soccer, from /work/shops_dev): `Thursday 4 December 2014` / `Premier League` /
    # a teaser's headline / its standfirst / `Premier League` (the next teaser's label, no writer): no headline, no title
    found = read("independent-soccer-front-inscriptis")
    assert found.title is None and found.headline_line is None
