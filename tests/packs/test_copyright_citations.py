"""CL120 on the works a text cites (qa19a #4): a list of works under a sentence that introduces it,
each `«Title», copyright © YEAR Name.`, is the document's content; the holders' own copyright lines
of the same page are still its notices. Real front matter of the Debian New Maintainers' Guide in
three languages: tests/data/legal (README there: sources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document
from corpuslint.packs.documents import citation_at

LEGAL = Path(__file__).parents[2] / "tests" / "data" / "legal"
LINTER = Linter(load_config(None))
CITED = {  # the works each translation names, as its lines end
    "es": ("Jaldhar Vyas.", "Will Lowe."),
    "ja": ("Jaldhar Vyas.", "Will Lowe."),
    "ru": ("Jaldhar Vyas.", "Will Lowe."),
}


def cl120(doc: Document):
    return [f for f in LINTER.check_document(doc) if f.code == "CL120"]


@pytest.mark.parametrize("lang", sorted(CITED))
def test_the_works_a_guide_cites_stay_its_own_notices_go(lang):
    path = LEGAL / f"maint-guide-{lang}-front.txt"
    doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path))
    found = cl120(doc)
    lines = [doc.text[f.offset:f.end_offset] for f in found]
    # the four holders' lines (`Copyright © 2005-2015 Osamu Aoki`, `製作著作 © …`, `Авторские права © …`) ...
    assert len(found) == 4 and all("1997" not in line for line in lines), lines
    result = fix_document(LINTER, doc, only={"CL120"})
    # ... go; the cited works and the sentence that introduces them stay
    for work in CITED[lang]:
        assert f"1997 {work}" in result.document.text
    assert "Osamu Aoki" not in result.document.text


@pytest.mark.parametrize("text", [
    # a footer's notice under a label, not under a sentence
    "Follow us:\n\nExample News, © 2017 Example Media Group.",
    # a notice that opens its line names no work
    "These are the sources we used for this story:\n\nCopyright © 2017 Example Media Group.",
    # a site's name run into the notice, no comma or quotation closing a work's name
    "The original source of this article is:\n\nGlobal Research Copyright © Stephen Lendman, Global Research, 2019",
])
def test_a_notice_not_listed_as_a_cited_work_is_still_reported(text):
    at = text.index("©")
    assert not citation_at(text, at, at + 1)
    assert cl120(Document.from_text(text, path="page.txt"))


def test_a_lead_in_wrapped_over_lines_and_items_in_one_paragraph():
    text = ("This manual was written using these two documents as\nexamples:\n"
            "* \"Making a Debian Package\", copyright © 1997 Jaldhar Vyas.\n"
            "* \"The New-Maintainer's Debian Packaging Howto\", copyright © 1997 Will Lowe.\n")
    for name in ("Jaldhar", "Will"):
        at = text.index("©", text.index(name) - 20)
        assert citation_at(text, at, at + 1)
