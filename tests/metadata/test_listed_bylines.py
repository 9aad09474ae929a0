"""Bylines on qa20b's half-B pages (session 22, byline22, issue 16): labelled bylines in shapes the page reader did not
read where no headline is found, a German genre label, a lynx avatar's `Image of` alt text.

The pages are excerpts (the page's `<title>`, then the lines around the byline) of qa20b's lynx and inscriptis texts
of trafilatura 0.9.0's test pages; each shape stands beside the look-alike left alone (a menu's `- Von …` entry, a
headline's `von` phrase, a list of signed stories).
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.bylineline import name_line, outlet_before_stamp
from corpuslint.checks.metadata.outlets import outlet_alone
from corpuslint.checks.metadata.page import page_metadata
from pagereading import PAGES, names, read  # tests/metadata/pagereading.py


@pytest.mark.parametrize(("page", "author", "date"), [
    ("chip-beef-inscriptis-head", ["Inga Buller"], "2019-03-19"),  # `19.03.2019 11:45 | von Inga Buller`
    ("chip-beef-lynx-head", ["Inga Buller"], "2019-03-19"),  # `19.03.2019 11:45` / `| von Inga Buller`
    ("franziska-elea-lynx-head", ["Franziska Dully"], "2019-02-10"),  # `By Franziska Dully 10. Februar 2019 in …`
])
def test_a_byline_in_a_post_meta_shape_where_no_headline_is_found(page, author, date):
    found = read(page)
    assert found.headline_line is None
    assert found.authors == author
    assert found.date == date


def test_a_menu_entry_opening_with_von_is_no_byline():
    # demokratiewebstatt.at: `- Von Wiener Walzer und Mozartkugeln` in the site's menu, no stamp beside it
    assert read("demokratiewebstatt-menu-inscriptis").authors == []


def test_a_listed_byline_over_its_stamp_under_the_headline():
    # `* 8. April 2019|` / `* Von Henning Lobin`: the shared date reader reads the German day's point (byline23), so
    # the headline over the stamp is found and the byline under it is read in its window
    found = read("spektrum-engelbart-inscriptis-head")
    assert (found.headline_line, found.authors, found.date) == (3, ["Henning Lobin"], "2019-04-08")


def test_a_listed_byline_among_other_signed_items_is_a_list_of_stories():
    page = (PAGES / "spektrum-engelbart-inscriptis-head.txt").read_text(encoding="utf-8")
    listed = page.replace("      * 54 Kommentare\n", "      * 54 Kommentare\n      * Von Anna Meier\n")
    # where no headline is found (the headline's line dropped): no item of a list of signed items is the page's
    headless = listed.replace("    Die Ablehnung von “Gendersprache” – medial produziert\n", "")
    found = page_metadata(headless)
    assert found.headline_line is None and found.authors == []


@pytest.mark.parametrize(("text", "expected"), [
    ("By Franziska Dully 10. Februar 2019 in Allgemein, Fashion, Kolumne 17 Comments", ["Franziska Dully"]),
    ("Eine Analyse von Caspar Schwietering", ["Caspar Schwietering"]),  # zeit.de
    ("Ein Kommentar von Anna Meier, 14. Januar 2020", ["Anna Meier"]),
    # a headline's phrase after the genre's word, no name
    ("Eine Analyse von Angela Merkels Politik", []),
    ("Eine Analyse von Daten", []),
    ("By 10. Februar 2019 the council", []),
])
def test_a_german_genre_label_and_an_english_label_before_a_german_day(text, expected):
    assert names(text) == expected


def test_the_genre_label_under_the_standfirst_is_the_byline():
    assert read("zeit-zugverkehr-inscriptis-head").authors == ["Caspar Schwietering"]


def test_lynx_image_of_alt_text_over_the_name():
    # github.blog (lynx): `Leader spotlight: Erin Spiceland` / `Image of Jessica Rudder` / `Jessica Rudder`
    page = (PAGES / "github-spiceland-lynx-head.txt").read_text(encoding="utf-8")
    assert page_metadata(page).authors == ["Jessica Rudder"]
    # the alt text of another person's picture is no avatar of the name under it
    other = page.replace("   Image of Jessica Rudder\n", "   Image of Erin Spiceland\n")
    assert page_metadata(other).authors == []


@pytest.mark.parametrize("conversion", ["lynx", "inscriptis"])
def test_an_agency_alone_over_the_stories_stamp_is_its_byline(conversion):
    # vancouversun.com: `Headline` / standfirst / `Reuters` / `Updated: January 16, 2020`
    page = (PAGES / f"vancouversun-reuters-{conversion}-head.txt").read_text(encoding="utf-8")
    assert page_metadata(page).authors == ["Reuters"]
    # the agency with no stamp beside it: a photo's credit, a list of other stories' sources
    unstamped = page.replace("Updated: January 16, 2020", "Microsoft shares rose 1 percent in New York trading.")
    assert page_metadata(unstamped).authors == []


@pytest.mark.parametrize(("text", "expected"), [
    ("Reuters", "Reuters"),
    ("The Associated Press", "The Associated Press"),
    ("CBC News", "CBC News"),
    ("VOA News", "VOA News"),
    ("National Desk", "National Desk"),  # cleveland.com's gold
    ("From Staff Reports", "Staff Reports"),
    # a menu's or a section's heading (real lines of the dev pages' menus)
    ("Latest News", None),
    ("Auto News", None),
    ("Featured News", None),
    ("IT News", None),
    ("Help Desk", None),
    ("Follow NBC News", None),
])
def test_an_outlet_credited_alone(text, expected):
    assert outlet_alone(text) == expected


@pytest.mark.parametrize(("text", "expected"), [
    ("CBC News · Posted: Jan 03, 2020 4:00 AM ET", "CBC News"),
    ("AP | January 3, 2020", "AP"),
    ("CBC News | John Smith | Jan 3, 2020", "John Smith"),  # the person, not the outlet
    ("Latest News | January 3, 2020", None),
    ("AP | Politics | Jan 3, 2020", None),
])
def test_an_outlet_then_the_stamp_on_one_line(text, expected):
    assert outlet_before_stamp(text) == expected


@pytest.mark.parametrize("conversion", ["lynx", "inscriptis"])
def test_a_name_with_its_more_articles_button_under_the_headline(conversion):
    # autoindustriya.com: `Marcus De Guzman View More Articles` (lynx glues it: `Marcus De GuzmanView More Articles`)
    assert read(f"autoindustriya-{conversion}-head").authors == ["Marcus De Guzman"]


@pytest.mark.parametrize(("text", "expected"), [
    ("Marcus De Guzman View More Articles", "Marcus De Guzman"),
    ("Marcus De GuzmanView More Articles", "Marcus De Guzman"),
    ("View More Articles", None),  # the button alone
])
def test_the_more_articles_button_after_a_name(text, expected):
    assert name_line(text)[0] == expected


@pytest.mark.parametrize(("text", "expected"), [
    # a dateline's place or a section's region over or beside the stamp (the shapes the lead's audit of held-out
    # pages named: `North India`, `New Delhi`), no person
    ("New Delhi, January 3, 2020", None),
    ("North India 3 January 2020", None),
    ("West Bengal | Jan 3, 2020", None),
    # a person whose surname is a compass point
    ("Kanye West, January 3, 2020", "Kanye West"),
    ("Jane North | Jan 3, 2020", "Jane North"),
])
def test_a_place_opening_with_a_compass_point_or_new_is_no_name(text, expected):
    assert name_line(text)[0] == expected
