"""CL142 and a document that is a book's table of contents and nothing else (tester31: the EPUB's
`bk01-toc` chapter): one finding naming the document, without a fix; a contents list over the
text's own sections, or a flat numbered list, is left. Real text: tests/data/boilerplate/contents/README.md."""
from __future__ import annotations

import re

from corpuslint import Document, Linter
from corpuslint.config import Config

from conftest import DATA

HERE = DATA / "boilerplate" / "contents"
TOC = (HERE / "project-history.en_bk01-toc.txt").read_text(encoding="utf-8")


def cl142(text: str):
    return [f for f in Linter(Config(select=["CL142"])).check([Document.from_text(text, id="d")]) if f.code == "CL142"]


def test_a_document_that_is_a_table_of_contents_is_one_finding_without_a_fix():
    found = cl142(TOC)
    assert len(found) == 1 and found[0].fix is None
    assert found[0].line == 1 and found[0].data["entries"] == 43
    assert "the whole document is a table of contents" in found[0].message


def test_a_contents_list_over_its_own_sections_or_a_flat_list_is_left():
    chapter = (HERE / "project-history.en_ch01-head.txt").read_text(encoding="utf-8")
    assert not any("whole document" in f.message for f in cl142(TOC + "\n\n" + chapter))
    flat = "\n".join(line for line in TOC.split("\n") if not re.match(r"\s*[\dA-Z]{1,3}\.\d", line))  # chapters only
    assert "2. Leadership" in flat and "1.1. In the Beginning" not in flat
    assert not any("whole document" in f.message for f in cl142(flat))
