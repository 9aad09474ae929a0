"""The fix chain on a licence's head and a Sphinx page's title (qa19a #6). Real text in
tests/data/metadata/evidence: `gpl-3-head.txt`, the first 40 lines of /usr/share/common-licenses/GPL-3
(Debian base-files; verbatim copies permitted), `gpl-2-head.txt` the first 80 of GPL-2; `sphinx-c-api-memory-head.txt`, the first 70 lines of
the Python 3.11 C-API page "Memory Management" as text (python3.11-doc, PSF licence), its heading
with Sphinx's headerlink pilcrow stuck to it (`Memory Management¶`). `spdx-GPL-3.0-with-GCC-exception-head.txt`: the
first 1,500 characters of that licence as npm spdx-license-list 6.12.0 gives it (tester33 `c/legal`), under its
template's `insert GPL v3 text here`."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.checks.metadata.page import ANCHOR_GLYPH
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "evidence"


def test_a_licences_title_and_version_stay_whatever_the_metadata_took(cli, tmp_path):
    # main: CL504 wrote `source: Version 3` and the date, CL505 removed `Version 3, 29 June 2007`; the title then
    # stood alone over a blank line, CL504 took it and CL505 removed `GNU GENERAL PUBLIC LICENSE` too
    path = tmp_path / "GPL-3.txt"
    text = (DATA / "gpl-3-head.txt").read_text(encoding="utf-8")
    path.write_text(text, encoding="utf-8")
    flags = ("--isolated", "--no-index", "--no-cache", "--select", "CL504,CL505")
    assert cli("check", path, *flags, "--fix").code in (0, 1)
    assert cli("check", path, *flags, "--fix", "--unsafe-fixes").code in (0, 1)
    assert path.read_text(encoding="utf-8") == text
    doc = Document.from_text(text, metadata={"title": "GNU GENERAL PUBLIC LICENSE", "date": "2007-06-29"})
    assert list(MetadataLineInBody().check(doc)) == []


def test_a_licences_title_is_read_where_it_stands_first():
    # tester27: GPL-2 prints its title again over its terms (line 59); main reported the title there
    text = (DATA / "gpl-2-head.txt").read_text(encoding="utf-8")
    found = [v for v in MetadataInBody().check(Document.from_text(text)) if v.data.get("field") == "title"]
    assert [(text.count("\n", 0, v.start) + 1, v.data["value"]) for v in found] == [(1, "GNU GENERAL PUBLIC LICENSE")]


def test_a_title_line_over_an_article_is_still_reported():
    doc = Document.from_text("Jobs Report Beats Forecasts\n\nEmployers added 250,000 jobs in October, the Labor "
                             "Department said on Friday.\n", metadata={"title": "Jobs Report Beats Forecasts"})
    assert [v.data["fields"] for v in MetadataLineInBody().check(doc)] == [["title"]]


def test_sphinxs_headerlink_pilcrow_is_no_part_of_the_title():
    doc = Document.from_text((DATA / "sphinx-c-api-memory-head.txt").read_text(encoding="utf-8"))
    titles = [v.data["value"] for v in MetadataInBody().check(doc) if v.data["field"] == "title"]
    assert titles == ["Memory Management"]  # main: `Memory Management¶`


@pytest.mark.parametrize("title, kept", [
    ("Evolve: Shared Mutable History ¶", "Evolve: Shared Mutable History"),
    ("Memory Management¶", "Memory Management"),
    # left alone: a `#` or `§` that ends a word is the word's
    ("Learning C#", "Learning C#"),
    ("Section 5§", "Section 5§"),
])
def test_a_permalink_sign_after_a_heading(title, kept):
    assert ANCHOR_GLYPH.sub("", title) == kept


def test_the_licence_test_is_asked_only_of_a_document_with_a_line_to_report(monkeypatch):
    # speed (issue 17): the test reads the whole text; asked of every document with metadata it was
    # 0.45 CPU s of a 10 MB run, for 132 of 4,099 documents with a line CL505 would report
    import corpuslint.checks.metadata.body as body
    asked = []
    real = body.is_licence_document
    monkeypatch.setattr(body, "is_licence_document", lambda text: asked.append(text) or real(text))
    article = Document.from_text("Employers added 250,000 jobs in October, the Labor Department said on Friday.\n",
                                 metadata={"title": "Jobs Report Beats Forecasts"})
    assert list(MetadataLineInBody().check(article)) == [] and asked == []
    # the GPL's title alone over a blank line (its `Version 3` line taken out): a title line, but a licence's
    lines = (DATA / "gpl-3-head.txt").read_text(encoding="utf-8").split("\n")
    gpl = Document.from_text("\n".join(lines[:1] + lines[2:]), metadata={"title": "GNU GENERAL PUBLIC LICENSE"})
    assert [v.data["fields"] for v in MetadataLineInBody()._lines(gpl)] == [["title"]]
    assert list(MetadataLineInBody().check(gpl)) == [] and len(asked) == 1


@pytest.mark.parametrize("name", ["spdx-GPL-3.0-with-GCC-exception-head.txt", "../../legal/spdx-Hippocratic-2.1.txt"])
def test_a_templates_slot_is_no_title(name):
    # tester33: `insert GPL v3 text here` (where the exception is appended to the GPL) and `[SOFTWARE NAME] Copyright
    # (YEAR) (COPYRIGHT HOLDER(S)/AUTHOR(S))` were written as the documents' titles
    text = (DATA / name).read_text(encoding="utf-8")
    found = [v for v in MetadataInBody().check(Document.from_text(text)) if v.data.get("field") == "title"]
    assert found == []
    # a title with a word in brackets is still one (a headline's `(Year in Review)`)
    assert not_a_title("The Best Albums of 2019 (Year in Review)") is None
    assert not_a_title("Insert coin here to play: a history of arcades") is None
