"""A documentation page's own heading is never CL151's (tester31 B11, tester29 #2): pandoc's plain text of five Sphinx
pages of Debian's Developer's Reference (GPL-2+, tests/data/boilerplate/sphinxpandoc/README.md) sets the page's H1
in column 1 like its paragraphs, and the other pages' menus name it; and a lynx dump of Sphinx's FAQ
(BSD-2-Clause, tests/data/boilerplate/docsite30/README.md) whose menus list its title, the `¶` gone."""
from __future__ import annotations

from corpuslint import Document
from corpuslint.checks.boilerplate.dumpheads import page_heading

from conftest import DATA, by
from conftest import corpus_linter as linter

PANDOC = DATA / "boilerplate" / "sphinxpandoc"
TITLES = {"developer-duties": "3. Debian Developer's Duties", "l10n": "8. Internationalization and Translations",
          "new-maintainer": "2. Applying to Become a Member", "resources": "4. Resources for Debian Members",
          "scope": "1. Scope of This Document"}


def _pandoc(mark: str = "¶") -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8").replace("¶", mark), id=p.stem, path=str(p))
            for p in sorted(PANDOC.glob("*.txt"))]


def test_a_pandoc_pages_h1_stays_with_its_mark_or_without():
    for mark in ("¶", ""):  # as written, and once CL213 took the header-link marks off
        found = by(linter().check(_pandoc(mark)), "CL151")
        assert not [f for f in found if f.text.rstrip("¶") in TITLES.values() and f.column == 1
                    and f.line > 10 and f.line < 15], mark
        # the site's template around it is still found: the relbar's label, the sidebar's labels
        assert {"Navigation", "Previous topic", "Next topic"} <= {f.text for f in found}


def test_the_same_titles_as_the_sidebars_links_are_found():
    """`Next topic` / `3. Debian Developer's Duties` / `This Page`: a label over a link, no heading of the page."""
    found = by(linter().check(_pandoc("")), "CL151", "new-maintainer")
    assert "3. Debian Developer's Duties" in {f.text for f in found if f.line > 40}


FAQ = """Navigation

     * Documentation »
     * Sphinx FAQ

Quick search

   ____________________ Go

Sphinx FAQ

   This is a list of Frequently Asked Questions about Sphinx. Feel free to
   suggest new entries!
"""


def _at(text: str, line: str, repeated=lambda pos: False) -> bool:
    start = text.index(line, text.index("Go"))
    return page_heading(text, start, start + len(line), repeated)


def test_a_lynx_pages_title_that_its_menus_list_over_its_own_text():
    assert _at(FAQ, "Sphinx FAQ")
    # the same heading over the site's repeated text, or that no menu of the page lists, is not known for the page's
    assert not _at(FAQ, "Sphinx FAQ", lambda pos: True)
    assert not _at(FAQ.replace("     * Sphinx FAQ\n", ""), "Sphinx FAQ")
    # a sidebar's heading over a list or a search box is not the page's
    assert not page_heading(FAQ, 0, len("Navigation"), lambda pos: False)
    assert not page_heading(FAQ, FAQ.index("Quick"), FAQ.index("Quick") + 12, lambda pos: False)


def test_the_fixed_page_opens_with_its_h1_and_cl504_takes_it_for_the_title():
    """The relbar fixed away (and the marks: CL213), the page's first line is its own H1, not a section's head."""
    from corpuslint.checks.metadata.body import MetadataInBody
    from corpuslint.fixer import apply_fixes

    docs = _pandoc("")
    found = [f for f in by(linter().check(docs), "CL151", "developer-duties") if f.fix is not None]
    fixed, _ = apply_fixes(next(d for d in docs if d.id == "developer-duties"), found)
    assert fixed.text.lstrip().startswith("3. Debian Developer's Duties\n\n3.1. Package Maintainer's Duties\n")
    titles = [v.data["value"] for v in MetadataInBody().check(fixed) if v.data["field"] == "title"]
    assert titles == ["3. Debian Developer's Duties"]
