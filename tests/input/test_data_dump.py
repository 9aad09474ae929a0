"""CL912 data-dump-document (qa19a r09): a CSV, TSV or JSON file given as a document is reported
(opt-in); prose, verse, a Markdown table are not. Real texts: tests/data/markup/payloads (README)."""

from __future__ import annotations

import pytest

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config

PAYLOADS = DATA / "markup" / "payloads"


def _doc(path) -> Document:
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def _found(doc: Document, code: str = "CL912"):
    return [f for f in Linter(Config(select=[code])).check([doc]) if f.code == code]


@pytest.mark.parametrize("name, kind", [
    ("debian_releases.csv.txt", "CSV"), ("sources.tsv.txt", "TSV"), ("iso_15924.json.txt", "JSON"),
])
def test_a_document_that_is_a_table_or_json_is_reported_once_with_no_fix(name, kind):
    (found,) = _found(_doc(PAYLOADS / name))
    assert found.line == 1 and found.data["kind"] == kind and found.fix is None


def test_data_dump_is_off_by_default():
    assert [f for f in Linter(Config()).check([_doc(PAYLOADS / "debian_releases.csv.txt")]) if f.code == "CL912"] == []


@pytest.mark.parametrize("path", [
    DATA / "metadata" / "evidence" / "fortune-favorite-things.txt",  # verse with commas and tabs
    DATA / "markup" / "clean_fnc1-train-0035.txt",  # news prose
    PAYLOADS / "srt_explained.md",  # a list and prose
])
def test_prose_and_verse_are_no_data_dump(path):
    assert _found(_doc(path)) == []


def test_a_markdown_table_and_a_sentence_list_are_no_data_dump():
    table = "| a | b | c |\n|---|---|---|\n" + "| 1 | 2 | 3 |\n" * 6
    sentences = "We bought apples, pears, plums, and figs, and ate them.\n" * 6
    assert _found(Document.from_text(table)) == [] == _found(Document.from_text(sentences))
