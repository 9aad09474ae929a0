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


# review15: a particle's shape no longer makes a brand a person when the word is the site's own name
@pytest.mark.parametrize("brand, title", [
    ("MacRumors", "Apple Said to Ship New iPad in March - MacRumors"),
    ("VanMoof", "The S5 e-bike reviewed | VanMoof Blog"),
    ("DasKeyboard", "Mechanical keyboards for coders :: DasKeyboard"),
])
def test_a_particle_shaped_brand_that_is_the_sites_name_is_no_byline(brand, title):
    lines = list(iter_lines(f"{title}\n{TEASERS}By {brand}\n"))
    page = page_metadata(f"{title}\n{TEASERS}By {brand}\n")
    assert brand not in page.authors
    assert first_byline(lines, frozenset({brand.lower()})) == []


@pytest.mark.parametrize("brand, host", [("MacRumors", "https://www.macrumors.com/2018/03/01/ipad/"),
                                         ("VanMoof", "vanmoof.com")])
def test_a_particle_shaped_brand_in_the_host_is_no_byline(brand, host):
    lines = list(iter_lines(f"{TEASERS}By {brand}\n"))
    assert first_byline(lines, site=host) == []
    assert first_byline(lines, site="https://www.example.com/macrumors/vanmoof") == [brand]  # a path is no host


@pytest.mark.parametrize("name", ["MacKenzie", "VanDyke"])
def test_a_surname_with_a_particle_on_another_site_is_still_kept(name):
    lines = list(iter_lines(f"{TEASERS}By {name}\n"))
    assert first_byline(lines, frozenset({"macrumors"}), "https://www.macrumors.com/") == [name]
