"""CL504 on qa23's genres (r04): a reStructuredText source's title is over/underlined and its author and date stand
in docinfo fields (`:Author:`, `:Date:`), its directive (`.. include:: ../header.rst`) is no title and a name cited
500 lines down no author; a CSV row (`The Issuing Bank;1;0;1`) and a dialog's first prompt (`What is AI?`, asked
again below) are no titles. Real text: tests/data/metadata/qa23 (README there)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.notitle import not_a_title
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
