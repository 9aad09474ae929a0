"""A pack rule's paragraph removal takes the label lines over its match only where they are the
notice's: the block opens with them, or they carry the rule's own words. A comment's signature glued
between the comment and a newsletter widget (qa19c r06: `Highland Fleet Lute` / `Subscribe` / `to our
Newsletter`, a few lines of qa19c's held-out corpus) stays; the widget's lines go."""

from __future__ import annotations

from pathlib import Path

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "packs" / "widgets"
LINTER = Linter(load_config(None))


def fixed(text: str) -> tuple[list, str]:
    doc = Document.from_text(text, path="page.txt")
    found = [f for f in LINTER.check_document(doc) if f.code == "CL111"]
    return found, fix_document(LINTER, doc).document.text


def test_a_comment_signature_over_the_newsletter_widget_stays():
    text = (DATA / "sott-comment-signature.txt").read_text(encoding="utf-8")
    found, after = fixed(text)
    assert [f.fix.applicability for f in found] == [Applicability.SAFE]
    assert "Subscribe\n" not in after and "to our Newsletter" not in after
    assert after.count("Highland Fleet Lute") == text.count("Highland Fleet Lute")
    assert "Live it up!!!....[Link]\n   Highland Fleet Lute\n" in after


def test_the_widgets_own_heading_goes_with_it():
    # the same lines with the widget's heading between the signature and the prompt
    text = (DATA / "sott-comment-signature.txt").read_text(encoding="utf-8").replace(
        "   Subscribe\n", "   Newsletter\n   Subscribe\n")
    found, after = fixed(text)
    assert [f.fix.applicability for f in found] == [Applicability.SAFE]
    assert "Newsletter" not in after and "Subscribe" not in after
    assert after.count("Highland Fleet Lute") == text.count("Highland Fleet Lute")


def test_what_a_python_session_printed_is_no_label():
    # tester27: the tutorial's `if x < 0: ... else: print('More')`, whose output `More` CL131 took for a
    # "More" link (and main's safe fix removed it)
    session = ("   Perhaps the most well-known statement type is the if statement. For\n   example:\n"
               ">>> x = int(input(\"Please enter an integer: \"))\nPlease enter an integer: 42\n>>> if x < 0:\n"
               "...     x = 0\n...     print('Negative changed to zero')\n... else:\n...     print('More')\n...\n"
               "More\n\n   There can be zero or more elif parts, and the else part is optional.\n")
    assert not [f for f in LINTER.check([Document.from_text(session)]) if f.code == "CL131"]
    # the same label under a line of dots in prose is a link's, as before
    prose = "The council voted on Monday to keep the library open.\n\n...\nMore\n"
    assert [f.code for f in LINTER.check([Document.from_text(prose)]) if f.code == "CL131"] == ["CL131"]
