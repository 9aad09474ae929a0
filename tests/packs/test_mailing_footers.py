"""CL114's footer region (`region: footer`, packs/footers.py) on real newsletters (tests/data/email/footers): from
the first cue line to the end when nothing but cue lines and short blocks follow it; a cue with the sender's
sentences under it keeps its own line's finding."""

from __future__ import annotations

from corpuslint import Document, Linter
from corpuslint.config import Config

from conftest import DATA

FOOTERS = DATA / "email" / "footers"


def check(text: str) -> list:
    return Linter(Config(select=["CL114"])).check([Document.from_text(text, path="mail.txt")])


def fixed(text: str) -> str:
    return Linter(Config(select=["CL114"])).fix(Document.from_text(text, path="mail.txt"), unsafe=True).document.text


def test_a_newsletters_footer_is_one_region_from_its_first_cue_to_the_end():
    text = (FOOTERS / "hard-ham-00001-tail.txt").read_text(encoding="utf-8")
    [finding] = check(text)
    assert text[finding.offset:].startswith("UNSUBSCRIBE\nHere's how to unsubscribe")
    assert finding.end_offset == len(text.rstrip()) and "14 lines in all" in finding.message
    assert finding.fix.applicability.value == "unsafe"
    after = fixed(text)
    assert after.endswith("CUSTOMER SERVICE\nAsk our staff for help with email delivery problems.\n"
                          "http://www.fool.com/m.asp?i=562085\n")
    assert "Copyright (c) 1995-2001 The Motley Fool" not in after and "X-Version" not in after


def test_a_cue_over_the_senders_sentences_or_a_postscript_is_its_line_alone():
    text = (FOOTERS / "hard-ham-00004-excerpt.txt").read_text(encoding="utf-8")
    assert all(f.data.get("unit") != "region" for f in check(text))
    assert "Note to PGP users: your editor has a new longer key" in fixed(text)
    text = ("See you at the fair.\n\nOur mailing address is:\nTunesBag Ltd, 69 Great Hampton St\n\n"
            "P.S. We will see you all at the fair on Friday!\n")
    [finding] = check(text)
    assert finding.text == "Our mailing address is:"
    assert fixed(text).endswith("TunesBag Ltd, 69 Great Hampton St\n\nP.S. We will see you all at the fair on Friday!\n")
