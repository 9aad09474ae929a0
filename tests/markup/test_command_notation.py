"""CL203 in a text that writes its commands and keys in angle brackets (tester33 A3): GNU ed's tutorial
writes `<RETURN>`, `<r>`, `<w>`, `<newline>`, and its print command `<p>` as a word of a sentence; the safe
fix took the command's name out of "we issue the <p> ("print") command". Real node: tests/data/info
(README there: source). Both ways: a scraper's `<p>` (glued to the text, or in a text without such
notation) keeps its safe fix."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.models import Applicability

ED = DATA / "info" / "ed-002-tutorial.txt"
LINTER = Linter(Config(select=["CL203"]))


def _cl203(text: str):
    return [f for f in LINTER.check([Document.from_text(text)]) if f.code == "CL203"]


def test_eds_print_command_keeps_its_name():
    text = ED.read_text(encoding="utf-8")
    found = _cl203(text)
    p = [f for f in found if text[f.offset:f.end_offset] == "<p>"]
    assert len(p) == 1 and p[0].fix is not None and p[0].fix.applicability is Applicability.UNSAFE  # reported, no safe fix
    fixed = LINTER.fix(Document.from_text(text)).document.text
    assert "we issue the <p>\n(\"print\") command" in fixed


def test_a_glued_p_in_the_same_notation_is_still_residue():
    text = ED.read_text(encoding="utf-8").replace("simple ASCII calendar. To display",
                                                  "simple ASCII calendar.<p>To display")
    fixed = LINTER.fix(Document.from_text(text)).document.text
    assert "calendar.<p>To" not in fixed and "calendar.\nTo display" in fixed


def test_a_scrapers_p_keeps_its_safe_fix():
    # no bracketed notation in the text: the lone `<p>` between sentences is the page's paragraph mark
    news = ("The vote is on Tuesday, officials said. <p> The council will meet again next week to discuss "
            "the budget.\n")
    [found] = _cl203(news)
    assert found.fix.applicability is Applicability.SAFE
