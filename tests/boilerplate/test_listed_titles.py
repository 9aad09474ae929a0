"""A page's title in a dump without header-link marks (none written, or CL213 took the `¶` off): three short pages
of a Sphinx site as lynx prints them, each under the site's sidebar (tests/data/boilerplate/docsite30). Each title
repeats because the other pages' menus list it; it is a heading over the page's own text that the page's menus list
too, where the sidebar's headings stand over the site's template."""
from __future__ import annotations

from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.checks.boilerplate.dumpheads import listed_heading

from conftest import DATA

SITE = DATA / "boilerplate" / "docsite30"
SIDEBAR = """Navigation

     * Documentation »
     * {title}

Quick search

   ____________________ Go

Site navigation

   User Guides
     * Getting Started
     * reStructuredText Primer
     * Sphinx FAQ

"""


def _pages(mark: str = "¶") -> list[Document]:
    pages = []
    for path in sorted(SITE.glob("*.txt")):
        body = path.read_text(encoding="utf-8").replace("¶", mark)
        pages.append(Document.from_text(SIDEBAR.format(title=body.split("\n")[0].rstrip("¶")) + body,
                                        path=f"sphinxdoc/{path.name}"))
    return pages


def test_a_pages_title_stays_with_or_without_its_mark_the_sidebar_goes():
    for mark in ("¶", ""):
        found = Linter(Config(select=["CL151"])).check(_pages(mark))
        texts = {f.text.split("\n")[0] for f in found}
        assert {"Site navigation", "Quick search"} <= texts  # the template's headings go
        assert not texts & {"Sphinx FAQ" + mark, "Getting Started" + mark, "reStructuredText Primer" + mark}


def test_a_heading_is_a_title_only_over_its_own_text_and_listed_in_its_menus():
    doc = _pages("")[0].text
    title = doc.index("\nSphinx FAQ\n") + 1
    assert listed_heading(doc, title, title + 10, lambda pos: False)
    # the same heading no menu lists: a template's (`About the author` at the same place on every page)
    other = doc.replace("\nSphinx FAQ\n", "\nAbout the author\n")
    start = other.index("\nAbout the author\n") + 1
    assert not listed_heading(other, start, start + 16, lambda pos: False)
    side = doc.index("Site navigation")  # the sidebar's heading over the site's menu
    assert not listed_heading(doc, side, side + 15, lambda pos: True)
