"""A `<title>` with a section's label before a colon and the site's name after a bar (session 32, meta32, issue 16):
`Science: <headline> | Observer` over a page that prints `<headline>` alone is that headline (a capitalised kicker,
`SI: …`, was read so before; a label in ordinary case was not). The page is the Observer excerpt of Mercury Parser's
fixture (tests/data/metadata/pages/mercury-observer-head.txt) with its `<title>` line written in those shapes.
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.page import page_metadata
from pagereading import PAGES  # tests/metadata/pagereading.py

HEADLINE = "Archaeologists Just Discovered a 2,500-Year-Old Lost City Atop a Greek Mountain Peak"


def _titled(title: str, printed: str = HEADLINE) -> str | None:
    page = (PAGES / "mercury-observer-head.txt").read_text(encoding="utf-8")
    page = page.replace(page.split("\n", 1)[0], title, 1).replace(f"\n{HEADLINE}\n", f"\n{printed}\n", 1)
    return page_metadata(page).title


@pytest.mark.parametrize("title", [
    f"Science: {HEADLINE} | Observer",
    f"Health: {HEADLINE} - Observer",
    f"Release Notes: {HEADLINE} | Observer",
    f"SI: {HEADLINE} | Observer",  # a kicker in capitals: read so before
])
def test_a_sections_label_and_the_sites_name_around_the_printed_headline(title):
    assert _titled(title) == HEADLINE


def test_a_headline_printed_with_its_colon_keeps_it():
    # the page prints the whole `Science: …` line: the label is the headline's own
    printed = f"Science: {HEADLINE}"
    assert _titled(f"{printed} | Observer", printed=printed) == printed
