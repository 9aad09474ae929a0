"""Byline kinds Mercury Parser's fixture pages showed (issue 16, session 14, `--set mercury --half A`): a `By`
kept when a name line's tail is cut, an author card's link or an empty widget's button cutting the byline
window, the byline shapes of common theme families (a WordPress post-info line, a name and its contact
button, Vox Media's `Updated by`, an icon before `by`), and the article's print of a headline that a list
of headlines printed first.

The `mercury-*-head.txt` pages are excerpts of half A's pages (the <title> line, then the lines around the
headline, each cut at 400 characters); the single lines are real pages' own, each found case beside the
look-alike left alone.
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.bylineline import name_line
from corpuslint.checks.metadata.lines import Line, iter_lines
from corpuslint.checks.metadata.pageauthors import link_over_stamp  # (no page reading shows what it decides: medef-head)
from corpuslint.checks.metadata.pagedate import byline_stamp
from corpuslint.checks.metadata.vocabulary import TEASERS_HEADING
from pagereading import PAGES, names, read  # tests/metadata/pagereading.py


@pytest.mark.parametrize(("text", "expected"), [
    ("By Sage Lazzaro • 12/16/16 12:21pm", "Sage Lazzaro"),  # observer
    ("By Zach Hanlon 5 minute Read", "Zach Hanlon"),  # fastcompany
    ("By Emily Kirkpatrick • @kirkpate", "Emily Kirkpatrick"),  # people
])
def test_a_name_line_cut_before_its_stamp_drops_its_by(text, expected):
    assert name_line(text) == (expected, True)


def test_a_sentence_opening_with_by_is_no_name():
    assert name_line("By the time we got there • 5 min read")[0] is None


@pytest.mark.parametrize(("text", "expected"), [
    ("December 21, 2016 By Robert Gehl 2 Comments", ["Robert Gehl"]),  # thefederalistpapers (Genesis theme)
    ("February 22, 2015 by Terry Firma 84 Comments", ["Terry Firma"]),  # ../shared/corpora/txt fnc1-train-1521
    ("Updated by Aja Romano @ajaromano Dec 10, 2016, 10:20am EST", ["Aja Romano"]),  # vox
    ("👤 by BWW News Desk", ["Bww News Desk"]),  # broadwayworld: an icon before "by"
])
def test_theme_byline_shapes(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "84 Comments",  # a comment count alone
    "© by WhatsBroadcast",  # a copyright credit under a newsletter's box (rnz.de), no icon
    "Updated by the minute",  # no name after "Updated by"
])
def test_theme_byline_look_alikes_are_left_alone(text):
    assert names(text) == []


def test_a_name_and_its_contact_button():
    assert name_line("Howard Blume Contact Reporter") == ("Howard Blume", True)
    assert name_line("Contact Reporter")[0] is None
    # latimes: no date printed; the button alone marks the name under the photo's caption as the byline
    assert read("mercury-latimes-head").authors == ["Howard Blume"]


def test_updated_by_is_vox_medias_byline_and_its_stamp_the_day():
    found = read("mercury-vox-head")
    assert (found.authors, found.date) == (["Aja Romano"], "2016-12-10")
    # the update word after the name is still an update's day, not the story's
    text = "By Alissa Wilkinson @alissamarie Updated Jul 24, 2018, 2:15pm EDT"
    assert byline_stamp([Line(0, 0, "", True), Line(0, len(text), text, True)], "Alissa Wilkinson") is None


def test_an_author_cards_link_does_not_cut_the_byline_window():
    # abcnews: `By Josh Haskell / Close / Follow on Twitter / More from Josh / David Caplan / … / Dec 16, 2016`
    found = read("mercury-abcnews-head")
    assert found.date == "2016-12-16"
    assert found.authors[0] == "Josh Haskell"  # (the co-authors on the cards below are not read yet)


def test_an_empty_widgets_button_does_not_cut_the_window_nor_its_vendor_sign_the_page():
    # aol: `Before you go, we thought you'd like these... / READ MORE ×3 / Share / Dec 1st 2016 1:01PM`; far below,
    # a recommendation widget's cards signed `By PubExchange`
    found = read("mercury-aol-head")
    assert (found.authors, found.date) == ([], "2016-12-01")


def test_a_teasers_heading_over_stories_titles_still_cuts_the_window():
    # medef: `Read Also / International - Europe / Making Sense of Competition Law Compliance / July 13, 2017`
    lines = list(iter_lines((PAGES / "medef-head.txt").read_text(encoding="utf-8")))
    heading = next(i for i, line in enumerate(lines) if TEASERS_HEADING.match(line.text))
    assert not link_over_stamp(lines, heading, heading - 2)


def test_the_headlines_print_with_a_byline_under_it_is_the_articles():
    # 247sports: the headline is printed in two lists of headlines first, then over `Travis Haney - 4 hours ago`
    found = read("mercury-247sports-head")
    assert found.authors == ["Travis Haney"]
    lines = list(iter_lines((PAGES / "mercury-247sports-head.txt").read_text(encoding="utf-8")))
    assert lines[found.headline_line + 1].text == "Travis Haney - 4 hours ago"


def test_a_line_padded_with_spaces_is_read_in_linear_time():
    """The tail patterns (`2 Comments`, `Contact Reporter`, `Follow`) start at a run of spaces once, not at
    each of its spaces: on 200,000 spaces a quadratic search would take minutes, the linear one milliseconds."""
    import time

    from corpuslint.checks.metadata.bylineline import COMMENT_COUNT, CONTACT_BUTTON, FOLLOW_BUTTON

    padded = "By Robert Gehl" + " " * 200_000 + "x"
    started = time.process_time()
    for pattern in (COMMENT_COUNT, CONTACT_BUTTON, FOLLOW_BUTTON):
        assert pattern.search(padded) is None
    assert names("By Robert Gehl" + " " * 200_000 + "2 Comments") == ["Robert Gehl"]  # the count cut, spaces and all
    assert time.process_time() - started < 2.0
    assert names("December 21, 2016 By Robert Gehl   2 Comments") == ["Robert Gehl"]  # the count still cut
    assert name_line("Howard Blume   Contact Reporter") == ("Howard Blume", True)
