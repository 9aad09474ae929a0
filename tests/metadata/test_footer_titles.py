"""A page whose text lost its `<title>` opens with the site's name or a widget: its print in the footer, beside
the menu's entries and below the story, is no headline printed again; a credit whose name was a logo is no title
(qa19c, inscriptis: otto.de's `Two For Fashion`, luxuryhaven's `Food Advertising by`)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.checks.metadata.page import page_found, page_metadata

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"


def test_the_site_s_name_again_in_the_footer_menu_is_no_headline():
    text = (PAGES / "otto-twoforfashion-inscriptis.txt").read_text(encoding="utf-8")
    assert page_metadata(text).headline_line is None  # at main: `Two For Fashion` in the footer, the headline
    assert page_found(text) == []


def test_the_headline_printed_again_above_its_story_is_still_read():
    text = ("How to Build a Terrarium | eHow\n\n* Home\n* Garden\n\nHow to Build a Terrarium\n\nBy Ann Lee\n\n"
            "Terrariums are small gardens kept under glass, and they need very little care once planted.\n"
            "Choose a clear container with a wide opening so that you can reach inside with your hands.\n")
    assert page_metadata(text).title == "How to Build a Terrarium"


def test_a_credit_whose_name_was_a_logo_is_no_title():
    assert not_a_title("Food Advertising by") == "credit"
    assert not_a_title("Powered by") == "credit"
    assert not_a_title("Stand by Me") is None
    assert not_a_title("The Man Who Was Loved By") == "credit"  # (the shape: a title does not end on its "by")
