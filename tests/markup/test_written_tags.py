"""Tags a sentence writes about, not a scraper's residue (tester32 items 1-2: git's release notes,
tests/data/markup/written). A placeholder ending a dotted key (`merge.<option>`), a tag with its
attributes elided (`<meta http-equiv=content-type...>`), a range of elements (`<H1>..<H6>`), an
argument named again after its option (`--config=<var>` … `variable <var>`): no finding, and `--fix`
(safe or unsafe) keeps every line. Both ways: the same tags whole, alone, or glued to a sentence are
still residue, and a lone tag's fix never breaks a line inside a sentence."""

from __future__ import annotations

import pytest

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config

WRITTEN = DATA / "markup" / "written"
LINTER = Linter(Config(select=["CL201", "CL202", "CL203", "CL204"]))


def _doc(name: str) -> Document:
    path = WRITTEN / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


@pytest.mark.parametrize("name, kept", [
    ("git_1.7.5.2_merge_option.txt", "the fallback default merge.<option>\n"),
    ("git_2.36.0_meta_elided.txt", "Remove unneeded <meta http-equiv=content-type...> from gitweb"),
    ("git_2.14.3_h1_range.txt", "   not match <H1>..<H6> elements without any attributes"),
    ("git_2.30.1_config_var.txt", "the configuration variable <var> is not defined"),
])
def test_tags_a_sentence_writes_about_are_no_finding_and_survive_every_fix(name, kept):
    doc = _doc(name)
    assert kept in doc.text
    assert LINTER.check([doc]) == []
    assert LINTER.fix(doc).document.text == doc.text
    assert LINTER.fix(doc, unsafe=True).document.text == doc.text


@pytest.mark.parametrize("text, code", [
    # the placeholders gone, `<option>` glued after a sentence's full stop is a dropdown's residue
    ("variables did not override the fallback default.<option>\nconfiguration variables such as merge.ff\n",
     "CL203"),
    # the attributes whole: a page's head, not a sentence's object
    ('Remove unneeded <meta http-equiv="content-type" content="text/html"> from gitweb\n', "CL201"),
    # one heading alone, no range, glued to its words
    (" * The built-in pattern for HTML did not match <H1>Release notes without any attributes\n", "CL203"),
])
def test_the_same_tags_without_the_shape_are_still_found(text, code):
    found = LINTER.check([Document.from_text(text)])
    assert [f.code for f in found] == [code]


def test_a_lone_tag_in_a_sentence_becomes_a_space_never_a_line_break():
    text = " * The built-in pattern for HTML did not match <H1>Release notes without any attributes\n"
    fixed = LINTER.fix(Document.from_text(text), unsafe=True).document.text
    assert fixed == " * The built-in pattern for HTML did not match Release notes without any attributes\n"
    # glued between a sentence's end and a capital, it ended a paragraph: the break stays (test_notation)
    assert LINTER.fix(Document.from_text("The vote is on Tuesday.<p>Officials later confirmed it.")
                      ).document.text == "The vote is on Tuesday.\nOfficials later confirmed it."


def test_an_html_page_saved_as_text_keeps_its_head_tags_found():
    path = DATA / "markup" / "mentions" / "gcc-12-NEWS-html-head.txt"
    found = LINTER.check([Document.from_text(path.read_text(encoding="utf-8"), path=str(path))])
    assert any('<meta http-equiv="Content-Type"' in f.message for f in found)
