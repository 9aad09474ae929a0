"""CL151 and a site's navigation list that names its page (tester27, pydoc_site): the relbar's
fixed entries beside the page's breadcrumb and title are the template, reported as one run; the
page's own entries are left. Real pages:
tests/data/boilerplate/docsite/README.md."""
from __future__ import annotations

from corpuslint import Document

from conftest import DATA, by
from conftest import corpus_linter as linter

SITE = DATA / "boilerplate" / "docsite"
ANYWHERE = {"CL151": {"min-documents-anywhere": 3}}  # eight pages count as the forty would


def pages() -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p))
            for p in sorted(SITE.glob("*.txt"))]


def test_a_relbar_is_the_template_and_the_pages_own_entries_stay():
    found = linter(**ANYWHERE).check(pages())
    atexit = by(found, "CL151", "library_atexit")
    runs = [f for f in atexit if f.data.get("lines")]
    # main: none of the relbar's lines, read as items of a list whose other items are the page's own
    assert runs and runs[0].text.startswith("* index * modules | * next | * previous |")
    assert runs[0].fix is not None and runs[0].data["lines"] >= 5
    assert "near-copies counted once" in runs[0].message
    text = (SITE / "library_atexit.txt").read_text(encoding="utf-8")
    own = text.index("* atexit — Exit handlers\n     * ____")  # the breadcrumb's last entry: the page
    assert not any(f.offset <= own < f.end_offset for f in atexit)
    # the search line's `Go` entry goes with the `|` under it: no half item left
    assert any(f.text == "* ____________________ Go |" and f.fix is not None for f in atexit)
