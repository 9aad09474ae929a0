"""An author's comment and a program's output a text shows, where main reported damage or deleted
content (tester28): hf-xet's README opens with an HTML comment holding its Apache licence header
(read as plain text, CL204's safe fix deleted the notice); the Debian Handbook's convmv transcript
prints `�` for the names it cannot decode yet (CL207 said bytes were lost). Both ways: an ad server's
comment is still removed safely, a `�` in prose is still reported."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.markup import HtmlComment, ReplacementCharacter
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "markup" / "tester28"


def check(rule, text: str):
    return list(rule.check(Document.from_text(text, path="t.txt", format="plain")))


def test_a_comment_holding_a_licence_notice_is_no_safe_removal():
    found = check(HtmlComment(), (DATA / "hfxet_licence_comment.txt").read_text(encoding="utf-8"))
    assert len(found) == 1 and found[0].fix.applicability is Applicability.UNSAFE
    assert "a notice" in found[0].message


def test_a_comment_holding_a_sentence_is_no_safe_removal_but_an_ad_servers_is():
    note = check(HtmlComment(), "Intro.\n\n<!--\nThis section is kept in sync with the manual by hand.\n-->\nText.\n")
    assert note[0].fix.applicability is Applicability.UNSAFE
    ad = check(HtmlComment(), "The vote is on Tuesday.\n<!-- google_ad_client = \"pub-6608306193529351\"; //-->\n"
                              "<!-- AdSpeed.com Serving Code 7.9.4 -->\n")
    assert [v.fix.applicability for v in ad] == [Applicability.SAFE, Applicability.SAFE]


def test_a_replacement_character_a_transcript_shows_is_not_reported():
    text = (DATA / "convmv_session_ar.txt").read_text(encoding="utf-8")
    assert check(ReplacementCharacter(), text) == []
    # the same text with a `�` in its prose: bytes lost there
    prose = text.replace("convmv (في", "conv�mv (في", 1)
    assert len(check(ReplacementCharacter(), prose)) == 1
