"""CL125 (confidentiality-notice) on real mail, both ways: the notice paragraphs at a message's
tail are found and removed by the safe fix; a notice quoted in a reply (`>` lines) and a mail
that talks about such notices are left alone (tests/data/email/README.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

EMAIL = Path(__file__).parents[1] / "data" / "email"
LINTER = Linter(Config(select=["CL125"]))


def run(name: str):
    path = EMAIL / f"{name}.txt"
    doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path), format="plain")
    return doc.text, LINTER.check_document(doc), fix_document(LINTER, doc, unsafe=True).document.text


@pytest.mark.parametrize(("name", "removed", "kept"), [
    ("easy-ham-1-02493",
     ["This e-mail and any files transmitted with it are confidential",
      "in error, please notify the EPA postmaster", "swept by MIMEsweeper"],
     ["disabling the infrared port", "The opinions contained within are personal",
      "Irish Linux Users' Group: ilug@linux.ie"]),
    ("easy-ham-2-00084",
     ["This e-mail message and any attachments may contain information",
      "If you are not the intended recipient, any disclosure"],
     ["BGE does not accept any responsibility"]),
    ("easy-ham-2-00220",
     ["The information contained in this e-mail is confidential", "carry out your own virus checks."],
     ["Quake start up in 16 bit depth?", "Registered in Ireland, No. 205721."]),
    ("easy-ham-1-01620",  # framed by `*****` lines (qa16c): no title between an overline and an underline
     ["This transmission may contain information", "*" * 70],
     ["Thanks for any opinions,\nBen", "ghosting operations"]),
])
def test_a_notice_at_a_mails_tail_is_found_and_its_paragraph_removed(name, removed, kept):
    text, found, fixed = run(name)
    # unsafe (review16c): a story quoting a notice, or a sample after "reads:", is prose a person keeps
    assert found and all(f.code == "CL125" and f.fix is not None and f.fix.applicability == "unsafe" for f in found)
    for words in removed:
        assert words in text and words not in fixed
    for words in kept:
        assert words in text and words in fixed


@pytest.mark.parametrize("name", ["easy-ham-1-02497", "easy-ham-2-00044", "easy-ham-2-00047"])
def test_a_quoted_notice_and_a_mail_about_notices_are_left_alone(name):
    text, found, fixed = run(name)
    assert found == [] and fixed == text
