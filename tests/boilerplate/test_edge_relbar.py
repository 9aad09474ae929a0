"""CL151 and a relbar of one-word entries at a page's edge (tester31, devref_pandoc): pandoc's
`-   index` / `-   next |` / `-   Debian »` count in too few different pages to be reported for
their words, but their carriers hold them in one order at the page's head and foot with the
`Navigation` label over them: the site's template. Real pages: tests/data/boilerplate/sphinxpandoc/README.md."""
from __future__ import annotations

from corpuslint import Document

from conftest import DATA, by
from conftest import corpus_linter as linter

SITE = DATA / "boilerplate" / "sphinxpandoc"


def pages(edit=lambda name, text: text) -> list[Document]:
    return [Document.from_text(edit(p.stem, p.read_text(encoding="utf-8")), id=p.stem, path=str(p))
            for p in sorted(SITE.glob("*.txt"))]


def test_a_pandoc_relbar_at_both_edges_is_found_whole():
    found = by(linter().check(pages()), "CL151", "developer-duties")
    runs = [f for f in found if f.data.get("lines")]
    assert [f.line for f in runs] == [3, 54]
    assert all(" ".join(f.text.split()).startswith("- index - next | - previous | - [] - Debian »") for f in runs)
    assert all(f.fix is not None for f in runs)
    assert {f.line for f in found if f.text == "Navigation"} == {1, 52}
    # the page's own text stays
    assert not any("Package Maintainer" in f.text or "high-quality" in f.text for f in found)


def test_the_same_one_word_list_inside_the_pages_stays():
    """The relbar's entries moved into each page's body (a list of its own among its
    paragraphs, the label left out): no edge, no template; they stay."""
    def inside(name, text):
        nav = text.split("\n\n", 2)[1]
        text = text.replace("Navigation\n\n" + nav + "\n\n", "").replace("\n\nNavigation\n\n" + nav, "")
        para = text.index("¶\n\n")
        for _ in range(4):  # past the page's first lines: the H1, a section's head and two paragraphs
            para = text.index("\n\n", para + 2)
        return text[:para] + "\n\n" + nav + text[para:]
    docs = pages(inside)
    assert all("Navigation" not in d.text and d.text.count("-   next |") == 1 for d in docs)
    found = by(linter().check(docs), "CL151")
    assert not any("index" in f.text or "next |" in f.text for f in found)
