"""CL504 on qa23's genres (r04): a reStructuredText source's title is over/underlined and its author and date stand
in docinfo fields (`:Author:`, `:Date:`), its directive (`.. include:: ../header.rst`) is no title and a name cited
500 lines down no author; a CSV row (`The Issuing Bank;1;0;1`) and a dialog's first prompt (`What is AI?`, asked
again below) are no titles; a `by` line going on with a sentence is no byline, an acronym in a title no
wire's source. Real text: tests/data/metadata/qa23 (README there)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.extract import extract_head
from corpuslint.checks.metadata.lines import continues_a_sentence, iter_lines
from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.checks.metadata.pageauthors import first_byline
from corpuslint.checks.metadata.restdoc import rest_head
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "qa23"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def fields(text: str) -> dict[str, object]:
    return {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(text, path="d.txt"))}


def test_a_rest_sources_adorned_title_and_docinfo_not_its_directive():
    # main: title `.. include:: ../header.rst`, no author (`:Author: David Goodger` unread)
    assert fields(read("rst_config.txt")) == {
        "title": "Docutils Configuration", "author": "David Goodger", "date": "2026-05-22"}


def test_a_name_cited_deep_in_a_rest_source_is_not_its_author():
    # main: `author: Stefan Merten` from "An example is the xml2rst_ processor / by Stefan Merten."
    found = fields(read("rst_tools_excerpt.txt"))
    assert found["author"] == "David Goodger" and found["title"] == "Docutils Front-End Tools"


def test_a_templates_placeholders_give_nothing():
    # `<EP number> — <title>` and `:Author: <name and optional e-mail; …>`: a template's, no value
    assert fields(read("rst_ep_template.txt")) == {}
    assert rest_head(read("rst_ep_template.txt")) == []


def test_plain_text_under_an_underlined_heading_is_no_rest_source():
    # a Markdown-style underlined heading over prose: not reST's shapes, left to the other readers
    assert rest_head("Notes on the Budget\n===================\n\nThe council met on Monday.\n") is None


def test_a_delimited_row_is_no_title_a_title_with_a_semicolon_is():
    # main: `title: The Issuing Bank;1;0;1` from row 4 of a semicolon-separated table
    assert fields(read("company_banlist.txt")) == {}
    assert not_a_title("The Issuing Bank;1;0;1") == "record"
    assert not_a_title("Love; Loss; and What I Wore") is None


def test_a_dialogs_first_prompt_asked_again_is_no_title():
    # main: `title: What is AI?` (the prompt asked again on line 4 read as a page's headline printed twice)
    assert fields(read("dialog_english_ai.txt")) == {}
    assert fields(read("dialog_turkish_ai.txt")) == {}  # an answer over two lines


def test_a_directive_line_is_no_title():
    assert not_a_title(".. include:: ../header.rst") == "directive"
    assert not_a_title(".. Minimal menu bar for inclusion") is None  # a comment: no directive's shape


def test_a_by_line_going_on_with_the_sentence_above_is_no_byline():
    # tools.rst line 503-504 without its reST head: the page reader's first byline was `Stefan Merten`
    lines = list(iter_lines("This can be transformed with standard XML tools such as XSLT\n"
                            "processors into arbitrary final forms. An example is the xml2rst_ processor\n"
                            "by Stefan Merten.\n"))
    assert continues_a_sentence(lines, 2)
    assert first_byline(lines) == []
    # a headline over its byline (web/article-author-tag.txt, the blank line between taken out) is left alone
    signed = list(iter_lines("The Deck of Cards That Made Tarot A Global Phenomenon\nby Laura June Topolsky July 10, 2015\n"))
    assert not continues_a_sentence(signed, 1)
    assert first_byline(signed) == ["Laura June Topolsky"]


def test_an_acronym_in_a_title_is_no_wire_source_a_wires_lede_is():
    # main: `source: CSS` from `Writing HTML (CSS) Stylesheets for Docutils_` (howto/html-stylesheets.rst)
    found = extract_head("Writing HTML (CSS) Stylesheets for Docutils_\n\nThis document explains how to write.\n")
    assert [item.field for item in found] == ["title"]
    found = extract_head("WASHINGTON (Reuters) The U.S. Senate on Tuesday voted to approve the bill.\n")
    assert [(item.field, item.value) for item in found] == [("source", "Reuters")]


def test_a_bills_name_wrapped_on_its_cover_and_its_first_page_is_read_whole():
    # main: `…지원에 관한 법률` without `일부개정법률안`, the word the name wraps onto both times
    assert fields(read("bill_1809893_excerpt.txt")) == {"title": "남녀고용평등과 일 ·가정 양립 지원에 관한 법률 일부개정법률안"}


def test_front_matter_between_rules_is_no_overlined_title():
    # a rule shorter than the line it closes (docutils wants it as long): a Markdown file's front matter, no title
    assert rest_head("---\ntitle: Notes\n---\n\nThe council met on Monday.\n") is None
    assert rest_head("=======\n Notes\n=======\r\n\r\n:Date: 2002-08-19\r\n")[0].value == "Notes"
