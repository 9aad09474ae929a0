"""The fixes of CL211 and CL209 go where the fixer read the text as code (qa22 r07, r10; real texts in
tests/data/markup/transport): a quoted-printable body's encoded lines (`www=2Eaquillaindustries=2Ecom`)
and a WebVTT file's style sheet are no code; both fixes were withheld ("it would change a line of a
code"). The other way (an `=` in prose or code, a body no header declares) is test_transport's."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.models import Applicability

TRANSPORT = DATA / "markup" / "transport"


def _doc(name: str) -> Document:
    return Document.from_text((TRANSPORT / name).read_text(encoding="utf-8"), path=str(TRANSPORT / name))


def _fixed(doc: Document, code: str):
    linter = Linter(Config(select=[code]))
    (found,) = [f for f in linter.check([doc]) if f.code == code]
    return found, linter.fix(doc).document.text


def test_a_quoted_printable_body_whose_lines_read_as_code_is_decoded():
    found, fixed = _fixed(_doc("mail_test_15-qp-part.txt"), "CL211")
    assert found.fix is not None and found.fix.applicability == Applicability.SAFE
    assert "www.aquillaindustries.com\n" in fixed and "C/O Aquilla Industries Singapore Pte. Ltd\n" in fixed
    assert "=2E" not in fixed and fixed.rstrip().endswith("----=BOUNDARY_2131626_CNPT_ITGD_FXNG_PQPM")


def test_a_webvtt_files_style_sheet_goes_with_its_cue_machinery():
    found, fixed = _fixed(_doc("webvtt-styles.txt"), "CL209")
    assert found.fix is not None and found.fix.applicability == Applicability.SAFE
    assert fixed.strip() == "- Hello <b>world</b>."

