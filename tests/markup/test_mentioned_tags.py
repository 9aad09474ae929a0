"""An HTML element that a sentence talks about is a word of it, not a scraper's residue: no safe fix
removes it (tester34 S2, S3, S7: "akin to an <input type="text"> in HTML" became "akin to an in HTML").
Residue glued to its words, in a run of tags or between two sentences keeps its safe fix. POD's
`C<form>` is no HTML. Excerpts: tests/data/markup/mentions/debian-*.txt (README there)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "markup" / "mentions"
LINTER = Linter(Config(select=["CL201", "CL203"]))


def _run(text: str):
    doc = Document.from_text(text, path="t.txt", format="plain")
    return LINTER.check_document(doc), fix_document(LINTER, doc).document.text


@pytest.mark.parametrize("name, kept", [
    ("golang-github-charmbracelet-bubbles-dev", 'akin to an <input type="text"> in HTML.'),
    ("libjs-cssrelpreload", 'The new <link rel="preload"> standard'),
    ("libjs-jquery-selectize.js", "custom <select> UI\ncontrol."),
    ("libpod-markdown-perl", "within paragraphs (eg. <span>), and at block level (<div>, <table>)."),
    ("libxml-atom-microformats-perl", "(note: not <summary>) of Atom entries."),
    ("node-balanced-match", "like { and } or\n<b> and </b> in Node.js."),
    ("elpa-nov", "EPUB3 (<nav>) TOCs"),
    ("python3-sphinx-reredirects", 'generate HTML page start.html with\n<meta http-equiv="refresh" content="0; url=intro.html">.'),
    ("libjs-textarea-caret", 'a <textarea> or <input type="text">, in pixels.'),
    ("libjs-textarea-caret", "supports <textarea>s and <input type=\"text\"> elements"),
    ("libjs-textarea-caret", "long words in a <textarea>\n"),
    ("libperl6-form-perl", "And a C<form> function."),
])
def test_an_element_the_prose_talks_about_keeps_its_words(name, kept):
    text = (DATA / f"debian-{name}.txt").read_text(encoding="utf-8")
    assert kept in text
    found, fixed = _run(text)
    assert kept in fixed
    assert all(f.fix is None or f.fix.applicability.value == "unsafe" for f in found)


def test_pod_formatting_codes_are_no_html():
    found, _ = _run((DATA / "debian-libperl6-form-perl.txt").read_text(encoding="utf-8"))
    assert found == []  # `C<format>`, `C<form>`: POD's code spans
    found, _ = _run("Notice the C<OBJECT> attribute, and the B<header> in bold.\n")
    assert found == []


@pytest.mark.parametrize("text, expected", [
    # residue glued to its words, in a run, between sentences, or opening a paragraph: still safe
    ("According to <u>Reuters</u> on Sunday, troops moved.", "According to Reuters on Sunday, troops moved."),
    ("The vote is on Tuesday.<br><br>Officials later confirmed it.", "The vote is on Tuesday.\n\nOfficials later confirmed it."),
    ("The vote is on Tuesday. <p> Officials later confirmed it.", "The vote is on Tuesday. Officials later confirmed it."),
    ("<p>The vote is on Tuesday, the minister said in a statement.", "The vote is on Tuesday, the minister said in a statement."),
    ("Ann Smith <br /> Bob Jones\n", "Ann Smith\nBob Jones\n"),
    ("Tick to agree.<input type=\"checkbox\" checked>", "Tick to agree."),
    ("Filed by NEWS<span>Officials later confirmed it.", "Filed by NEWSOfficials later confirmed it."),
])
def test_residue_keeps_its_safe_fix(text, expected):
    found, fixed = _run(text)
    assert found and fixed == expected


def test_a_closing_tag_after_a_capital_is_no_pod_code():
    # Markdown's `<kbd>C</kbd>`: `C</kbd>` closes the key's element; only an opening `C<` is POD's
    found, _ = _run("Press <kbd>Ctrl</kbd>+<kbd>C</kbd> to copy.\n")
    assert [f.code for f in found] == ["CL201", "CL201"]  # two elements, no lone `<kbd>` (CL203)
