"""Texts that are not news read as what they are (genres25, the tester qa24's open findings): a wikitext
citation's fields are no metadata of the article, its prose under bold, templates and links is no code, and
its `<br />` between two names a line break; a reST lead-in over its own display (`Example:` over `::` or
a directive) is the document's, not corpus boilerplate; a man page's notice indented under `COPYRIGHT` is
a notice; a notice's removal stops at the list item under it. Real lines (tests/data/genres/README.md),
both ways."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.analysis import Role, analyse
from corpuslint.config import load_config
from corpuslint.engine import Linter as EngineLinter
from corpuslint.fixer import fix_document
from corpuslint.models import Document as ModelDocument

DATA = Path(__file__).parent / "data" / "genres"
PLAIN_MARKUP = Path(__file__).parent / "data" / "plain_markup"
LINTER = EngineLinter(load_config(None))


def read(name: str, folder: Path = DATA) -> str:
    return (folder / name).read_text(encoding="utf-8")


def found(codes: list[str], text: str, **config) -> list:
    return Linter({"select": codes, **config}).check([Document.from_text(text)])


# -- wikitext ---------------------------------------------------------------------------------------------


def test_a_citation_templates_fields_are_no_title_and_no_date():
    # `| publisher  = [[Statistics Estonia]]` over `| date = 30 September 2013`: a headline over its stamp by shape;
    # main proposed both as the article's title and date, safe
    text = read("enwiki-Economy_of_Estonia-citation.txt")
    assert found(["CL504"], text) == []
    # the same values printed as a page prints its headline and stamp are read
    page = ("{{Use dmy dates|date=October 2013}}\n\nMost requested statistics\n30 September 2013\n\n"
            + text.split("\n")[2] + "\n")
    fields = {f.data["field"]: f.data["value"] for f in found(["CL504"], page)}
    assert fields == {"title": "Most requested statistics", "date": "2013-09-30"}


def test_wikitext_prose_under_its_markup_is_prose_not_code():
    text = read("enwiki-Senate_of_Pakistan-excerpt.txt")
    line_role = analyse(text, markdown=False).line_role
    roles = {line: line_role[n] for n, line in enumerate(text.split("\n"))}
    prose = [line for line in text.split("\n") if line.startswith(("The '''Senate", "First convened", "After Independence"))]
    assert len(prose) == 3 and {roles[line] for line in prose} == {Role.PROSE}  # main: CODE, the whole article
    # its structure keeps its roles: a heading, a table's rows, a one-line template
    assert roles["== History =="] is Role.HEADING
    assert roles["| Balochistan || 14|| 4|| 4|| 1|| 23"] is Role.TABLE
    assert roles["{{Reflist|30em}}"] is Role.MARKER


def test_a_line_break_between_two_names_stays_a_line_break():
    text = "\n".join(read("enwiki-award-table-excerpt.txt", PLAIN_MARKUP).split("\n")[:12])  # (its infobox)
    fixed = fix_document(LINTER, ModelDocument.from_text(text), only={"CL201"}).document.text
    # `[[…|David Wasco]] <br/> [[…|Sandy Reynolds-Wasco]]`: main left the two names on one line, as one
    assert "[[David and Sandy Reynolds-Wasco|David Wasco]]\n[[David and Sandy Reynolds-Wasco|Sandy Reynolds-Wasco]]" in fixed
    assert "<br" not in fixed and "]]  [[" not in fixed
    # an inline element goes with nothing in its place
    assert fix_document(LINTER, ModelDocument.from_text("According to <u>Reuters</u> on Sunday, troops arrived."),
                        only={"CL201"}).document.text == "According to Reuters on Sunday, troops arrived."


# -- reStructuredText -------------------------------------------------------------------------------------

RST = ("click-arguments-excerpt.rst", "click-options-excerpt.rst", "click-commands-excerpt.rst",
       "docutils-latex-excerpt.rst")
ANYWHERE = {"rules": {"CL151": {"min-documents-anywhere": 3}}}  # four documents count as ten would


def test_a_lead_in_over_its_own_display_is_no_corpus_boilerplate():
    # `Example:` over `.. click:example::` in click's pages, `Example:` / `  ::` in docutils' latex.txt
    docs = [Document.from_text(read(name), id=name) for name in RST]
    assert Linter({"select": ["CL151"], **ANYWHERE}).check(docs) == []
    # a label over no display (the documents' own prose) is still a line four documents carry
    bare = [Document.from_text("Example:\n\n" + read(name).split("Example:")[0], id=name) for name in RST]
    assert {f.line for f in Linter({"select": ["CL151"], **ANYWHERE}).check(bare)} == {1}


# -- notices ----------------------------------------------------------------------------------------------


def test_a_man_pages_indented_copyright_notice_is_reported_again():
    text = read("gnu-grep.1-tail.txt")
    notices = [f for f in LINTER.check_document(ModelDocument.from_text(text)) if f.code == "CL120"]
    assert len(notices) == 1 and notices[0].fix.applicability.value == "safe"
    fixed = fix_document(LINTER, ModelDocument.from_text(text), only={"CL120"}).document.text
    assert "Copyright 1998-2000" not in fixed
    assert "This is free software; see the source for copying conditions." in fixed and "NOTES" in fixed
    # a copyright the text's sentence speaks of, indented as deep, is prose
    assert found(["CL120"], "       The blog said its copyright 2014 filing had been ignored by the agency.") == []


def test_a_notices_removal_stops_at_the_list_item_under_it():
    text = ("The decision follows weeks of talks with the Iraqi government in Baghdad, officials said.\n\n"
            "(c) 2016 CBS Interactive Inc. All Rights Reserved.\n* David Martin\n")
    fixed = fix_document(LINTER, ModelDocument.from_text(text), only={"CL120"}).document.text
    assert "All Rights Reserved" not in fixed
    assert fixed.rstrip().endswith("* David Martin")  # main removed the reporter's line with the notice


def test_a_notices_removal_keeps_a_sentence_wrapped_over_a_word_like_a_list_mark():
    # review25: `etc. under the terms` is the wrapped sentence's next line, no list item (`a.`, `1.` are)
    text = ("The decision follows weeks of talks with the Iraqi government in Baghdad, officials said.\n\n"
            "Copyright 2016 CBS Interactive Inc. Shared with friends, family, colleagues\n"
            "etc. under the terms of our licence. Read them before you share it.\n")
    fixed = fix_document(LINTER, ModelDocument.from_text(text), only={"CL120"}).document.text
    assert "under the terms" not in fixed or "Copyright 2016" in fixed  # the sentence goes whole or stays
