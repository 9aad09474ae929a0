"""A one-word byline under a teasers heading is dropped only when it is a brand's word
(`By PubExchange`, a recommendation widget's vendor): a surname with a particle (`MacKenzie`,
`VanDyke`) has the same two capitals and is a person's. And the repeated-headline reader hears the
site the document's metadata names, as the rest of the page reader does. Both ways."""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.lines import iter_lines
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.checks.metadata.pageauthors import first_byline

TEASERS = ("City council approves the budget for next year\n"
           "Related Stories\n"
           "Bridge repairs to close Main Street for three weeks\n")


def byline_after_teasers(signature: str) -> list[str]:
    return first_byline(list(iter_lines(f"{TEASERS}{signature}\n")))


@pytest.mark.parametrize("name", ["MacKenzie", "MacDonald", "VanDyke", "FitzGerald", "DeMarco", "LaGuardia",
                                  "DiCaprio", "Ann MacKenzie"])
def test_a_surname_with_a_particle_after_teasers_is_kept(name):
    assert byline_after_teasers(f"By {name}") == [name]


@pytest.mark.parametrize("brand", ["PubExchange", "HubSpot", "OutBrain"])
def test_a_brands_word_after_teasers_is_no_byline(brand):
    assert byline_after_teasers(f"By {brand}") == []


WIKIPEDIA = ("Mozilla - Wikipedia\n"
             "Jump to navigation\n"
             "Jump to search\n"
             "Mozilla\n"
             "From Wikipedia, the free encyclopedia\n"
             "Mozilla is a free software community founded in 1998 by members of Netscape. The Mozilla "
             "community uses, develops, spreads and supports Mozilla products.\n")


def test_a_one_word_headline_before_the_site_the_metadata_names_is_the_title():
    assert page_metadata(WIKIPEDIA, site="https://en.wikipedia.org/wiki/Mozilla").title == "Mozilla"


@pytest.mark.parametrize("site", [None, "https://www.mozilla.org/about/"])
def test_without_that_site_the_title_line_stays_whole(site):
    assert page_metadata(WIKIPEDIA, site=site).title == "Mozilla - Wikipedia"
