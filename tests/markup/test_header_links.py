"""CL213: the header-link mark (`¶`) a documentation generator writes after each heading and term, as a
text dump keeps it; prose that names the sign left alone. Real lines: tests/data/markup/headerlinks/README.md."""
from __future__ import annotations

from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.fixer import fix_document
from corpuslint.plain_code import code_line

from conftest import DATA

PAGES = DATA / "markup" / "headerlinks"


LINTER = Linter(Config(select=["CL213"]))


def findings(text: str, fmt: str = "text"):
    return LINTER.check([Document.from_text(text, path="page.md" if fmt == "markdown" else "page.txt", format=fmt)])


def fixed(text: str) -> str:
    return fix_document(LINTER, Document.from_text(text, path="page.txt")).document.text


def test_the_marks_after_headings_and_terms_go_and_nothing_else():
    text = (PAGES / "sphinx_graphviz.txt").read_text(encoding="utf-8")
    found = findings(text)
    assert [f.line for f in found] == [1, 9, 16]  # the title, a directive's term, a config value's term
    assert all(f.fix.applicability.value == "safe" for f in found)
    after = fixed(text)
    assert after == text.replace("¶", "")
    assert after.startswith("sphinx.ext.graphviz – Add Graphviz graphs\n") and "   .. graphviz::\n" in after


def test_a_mark_after_a_space_goes_with_its_space():
    text = (PAGES / "mercurial_evolve.txt").read_text(encoding="utf-8")
    extra = "\n\nSetting up ¶\n\n   Alice and Bob share one repository.\n"
    found = findings(text + extra)
    assert [text[f.fix.edits[0].start:f.fix.edits[0].end] for f in found[:1]] == [" ¶"]
    assert fixed(text + extra) == (text + extra).replace(" ¶", "")


def test_prose_that_names_the_sign_is_left_alone():
    # Sphinx's own description of its permalinks: `Default: a paragraph sign; ¶` (among its terms' marks)
    text = (PAGES / "sphinx_permalinks_icon.txt").read_text(encoding="utf-8")
    assert [f.line for f in findings(text)] == [8, 14, 20]  # its terms only: `html_permalinks_icon¶`, …
    legal = ("The court has said so before. See State v. Smith, 2010 ND 5, ¶\n12, 777 N.W.2d 1; and the rule\n"
             "is applied in Jones, ¶ 14. The ¶ sign is read \"paragraph\"; a paragraph is marked by the ¶\n\n"
             "Notes ¶\n\n   See above.\n")
    # wrapped before its number, inside a line, closing a paragraph: none; a heading alone between blank lines: the mark
    assert [f.line for f in findings(legal)] == [5]
    assert findings("A paragraph ends here.¶\nAnd the next one here.¶\n") == []  # a sentence's end: no heading


def test_markdown_code_is_never_looked_at():
    text = "# Notes\n\n```\nWelcome¶\nGet started¶\n```\n\n    Indented¶\n    Code¶\n\nThe `Title¶` mark.\n"
    assert findings(text, "markdown") == []


def test_a_numbered_headings_mark_goes_and_code_keeps_its_own():
    # the Developer's Reference (GPL-2+) as pandoc writes its Sphinx page (tester31): `1.1.1. dpkg-dev¶`'s
    # section number is no code; a statement's dots and brackets still are (the guard keeps that line)
    text = ("1.1. Core tools¶\n\nThe following tools are pretty much required for any maintainer.\n\n"
            "1.1.1. dpkg-dev¶\n\ndpkg-dev contains the tools (including dpkg-source) required to unpack,\n"
            "build, and upload Debian source packages.\n")
    assert fixed(text) == text.replace("¶", "")
    assert not code_line("1.1.1. dpkg-dev¶") and code_line("3.14 pi.x->y[0] = 2")
