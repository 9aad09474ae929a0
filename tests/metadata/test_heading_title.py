"""CL504 takes no title from the body of a Markdown page that has a level-1 heading (its title, for
a site generator), and never a copyright line; a Markdown page without one still gets its title
line. Real files: tests/data/markdown/docs (session 15, qa15b's corpus; README there: sources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.headingtitle import copyright_line, has_h1
from corpuslint.models import Document

DOCS = Path(__file__).parents[1] / "data" / "markdown" / "docs"


def titles(doc: Document) -> list[str]:
    return [v.data["value"] for v in MetadataInBody().check(doc) if v.data["field"] == "title"]


@pytest.mark.parametrize("name", [
    "mkdocs-macros-LICENSE.md",  # `# MIT License`, then "Copyright (C) 2018-2024 Laurent Franceschetti"
    "pymdown-LICENSE.md",  # `# License`, `## PyMdown Extensions`, then "The MIT License (MIT)"
])
def test_a_markdown_page_with_an_h1_gets_no_title_from_its_body(name):
    path = DOCS / name
    doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path), format="markdown")
    assert has_h1(doc)
    assert titles(doc) == []


BODY = "\n\nThe council voted on Tuesday to close the old bridge to traffic for the whole of the summer.\n"


def test_a_markdown_page_without_an_h1_still_gets_its_title_line():
    doc = Document.from_text("Council Closes the Old Bridge" + BODY, path="a.md", format="markdown")
    assert not has_h1(doc)
    assert titles(doc) == ["Council Closes the Old Bridge"]


def test_setext_h1_counts_and_h2_does_not():
    assert has_h1(Document.from_text("Council Closes the Old Bridge\n=====" + BODY, path="a.md", format="markdown"))
    assert not has_h1(Document.from_text("## Section\n" + BODY, path="a.md", format="markdown"))
    assert not has_h1(Document.from_text("# Not markdown" + BODY, path="a.txt"))


def test_a_copyright_line_is_never_a_title():
    for line in ("Copyright (C) 2018-2024 Laurent Franceschetti", "© 2014 Isaac Muse", "(c) 2020 Jane Doe"):
        assert copyright_line(line)
        assert titles(Document.from_text(line + BODY, path="a.txt")) == []
    assert not copyright_line("Copyright Office Rejects AI Art Claim")  # a headline about copyright


# the Debian FAQ's chapter 12 (fr) as lynx dumps it, its `#` line of links taken (tester28 #18: CL151's fix): the
# previous chapter's link left on top (`Chapitre 11. …`) is no title; the page's own chapter title on top is
FAQ = Path(__file__).parents[1] / "data" / "tester28" / "support.fr.txt"
CHAPTER_12 = ("     __________________________________________________________________\n\n"
              "Chapitre 12. Obtenir de l'aide sur Debian GNU/Linux\n\n   Table des matières\n\n"
              "   12.1. Quelles autres documentations existent sur le système Debian ?\n"
              "   12.2. Y a-t-il des ressources en ligne pour discuter de Debian ?\n\n"
              "12.1. Quelles autres documentations existent sur le système Debian ?\n\n"
              "     * Les instructions d'installation pour la version actuelle : voir\n")


def test_a_link_to_another_chapter_on_top_is_no_title():
    assert titles(Document.from_text(FAQ.read_text(encoding="utf-8"), path=str(FAQ))) == []
    own = "   Chapitre 12. Obtenir de l'aide sur Debian GNU/Linux\n" + CHAPTER_12
    assert titles(Document.from_text(own, path="support.fr.txt")) == ["Chapitre 12. Obtenir de l'aide sur Debian GNU/Linux"]
