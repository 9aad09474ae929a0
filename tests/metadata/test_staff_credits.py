"""Bylines of the shapes held-out pages print (session 34, byline34, issue 16): the name, then the newsroom's staff
credit after a spaced comma (`Dana Reyes , Example Times Staff`, `Dana Reyes , news services`); the name glued to the
site's own name (`Dana Reyes The Guardian`); an agency's bulleted row over a stamp above the headline, read as no
menu entry's stamp.

The pages are sb26 half A's excerpts the other byline tests read (the Guardian's Standing Rock story as inscriptis
prints it: the byline under a standfirst and a video's caption; CNBC's coal story with a menu over the byline), with
the shape put in place of the page's own byline; each beside its look-alike left alone (a name and a place, a
picture's credit, a name beside words that are not the site's).
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.creditline import name_beside_site, staff_credit
from corpuslint.checks.metadata.page import page_metadata
from pagereading import PAGES  # tests/metadata/pagereading.py

GUARDIAN = (PAGES / "guardian-standing-rock-inscriptis-head.txt").read_text(encoding="utf-8")
BYLINE = "Julia Carrie Wong and Sam Levin"
STAMP = "          Tuesday 29 November 2016 15.26 EST\n"


def guardian(byline: str, *, stamp: bool = True) -> list[str]:
    page = GUARDIAN.replace(BYLINE, byline)
    return page_metadata(page if stamp else page.replace(STAMP, "")).authors


@pytest.mark.parametrize("byline", ["Dana Reyes , The Guardian Staff", "Dana Reyes , Staff Writer", "Dana Reyes, Staff",
                                    "Dana Reyes , news services", "Dana Reyes, Staff and wire reports"])
def test_a_name_and_the_newsrooms_staff_credit_sign_the_story_stamp_or_not(byline):
    assert guardian(byline) == ["Dana Reyes"]
    assert guardian(byline, stamp=False) == ["Dana Reyes"]


@pytest.mark.parametrize("byline", ["Dana Reyes, Boston", "Dana Reyes, staff attorney", "Photo: Dana Reyes",
                                    "Staff writers at the council met Dana Reyes on Monday, news services said."])
def test_a_name_with_a_place_or_another_role_and_no_stamp_is_no_byline(byline):
    assert guardian(byline, stamp=False) == []


@pytest.mark.parametrize("byline", ["Dana Reyes The Guardian", "THE GUARDIAN Dana Reyes", "The Guardian Dana Reyes"])
def test_a_name_glued_to_the_sites_own_name_signs_the_story(byline):
    # the <title> line ends `| The Guardian`: the words beside the name are the site's
    assert guardian(byline) == ["Dana Reyes"]
    assert guardian(byline, stamp=False) == ["Dana Reyes"]


def test_a_name_beside_words_that_are_not_the_sites_is_not_cut_to_a_name():
    assert guardian("Dana Reyes The Observer", stamp=False) == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Reyes , news services", "Dana Reyes"),
    ("Dana Reyes , Example Times Staff", "Dana Reyes"),
    ("Dana Reyes, Staff Reporter", "Dana Reyes"),
    ("DANA REYES, STAFF WRITER", "Dana Reyes"),
    ("Staff, news services", None),  # the newsroom alone: outlets.outlet_alone's
    ("Dana Reyes, Boston", None),
    ("Dana Reyes, staff attorney", None),
    ("Dana Reyes, Example Times", None),  # an outlet with no staff credit: name_then_credit's, a stamp beside
    ("Thanks to Dana Reyes, our staff", None),
])
def test_staff_credit(text, expected):
    assert staff_credit(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("Dana Reyes The Example Times", "Dana Reyes"),
    ("EXAMPLE TIMES Dana Reyes", "Dana Reyes"),
    ("Dana Reyes", None),  # no site's words: bare_name's
    ("The Example Times Opinion", None),
    ("Dana Reyes The Example Times Magazine", None),
    # the site's furniture named after it: a newsletter box's heading, a desk's staff (no person's name)
    ("Example Times Email Features", None),
    ("Example Times Staff Writers", None),
    ("Example Times Media Group", None),
])
def test_name_beside_site(text, expected):
    assert name_beside_site(text, frozenset({"the example times", "example times"})) == expected


def test_an_agencys_bulleted_row_over_the_stamp_makes_the_stamp_no_menu_entrys():
    # `Renewable Energy` (the menu's last entry) / `* Reuters in Geneva` / `* 3 June 2019` over the headline: the stamp is
    # the agency's row's, not the menu entry's
    page = (PAGES / "cnbc-coal-menu-over-byline.txt").read_text(encoding="utf-8")
    assert page_metadata(page).authors == ["Dana Reyes"]
    agency = page.replace("Dana Reyes\nMarch 15, 2019", "* Reuters in Geneva\n* 3 June 2019")
    assert page_metadata(agency).authors in ([], ["Reuters"])


# -- the headline found by its shape, a standfirst and a video's caption between it and the byline ----------------------


@pytest.mark.parametrize("render", ["inscriptis", "lynx"])
def test_a_headline_over_its_standfirst_and_a_videos_caption_with_no_title_line(render):
    # no <title> line over the text: `Standing Rock protesters …` / the standfirst (lynx wraps it onto two lines) / `Police
    # blast … – video` / `Julia Carrie Wong and Sam Levin` / the stamp / the share row: the headline is the line over the
    # standfirst, never the video's caption
    page = (PAGES / f"guardian-standing-rock-untitled-{render}.txt").read_text(encoding="utf-8")
    found = page_metadata(page)
    assert found.title == "Standing Rock protesters hold out against extraordinary police violence"
    assert found.authors == ["Julia Carrie Wong", "Sam Levin"]
    signed = page_metadata(page.replace("Julia Carrie Wong and Sam Levin", "By Dana Reyes"))
    assert (signed.title, signed.authors) == (found.title, ["Dana Reyes"])


@pytest.mark.parametrize("render", ["inscriptis", "lynx"])
def test_a_caption_under_the_standfirst_is_never_the_headline(render):
    # the caption without its ` – video` tail: a headline-shaped line with the names right under it, but under the
    # story's standfirst: no headline read (none rather than the caption)
    page = (PAGES / f"guardian-standing-rock-untitled-{render}.txt").read_text(encoding="utf-8")
    found = page_metadata(page.replace(" – video", ""))
    assert found.title is None
    assert found.authors == ["Julia Carrie Wong", "Sam Levin"]


def test_a_writers_name_in_the_title_line_is_no_sites_name():
    # medium.com (sb26 B, lynx): `Flag Attributes in Android — How to Use Them – Jakob Ulbrich – Medium` over `Jakob Ulbrich
    # (BUTTON) BlockedUnblock (BUTTON) FollowFollowing`: the profile's buttons are no writer
    masthead = frozenset({"jakob ulbrich", "medium"})
    assert name_beside_site("Jakob Ulbrich (BUTTON) BlockedUnblock (BUTTON) FollowFollowing", masthead) is None
    assert name_beside_site("Dana Reyes Medium", masthead) == "Dana Reyes"
