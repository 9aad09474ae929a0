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



def test_html_code_a_mail_quotes_stays_code_once_its_body_is_decoded():
    # review23 #1: every line of a declared body had lost its code role, so --fix decoded the body
    # and CL201 stripped the `<ul>`/`<li>`/`<b>` tags of the snippet the mail asks about
    doc = _doc("list-mail-qp-code.txt")
    linter = Linter(Config(select=["CL2"]))
    found = linter.check([doc])
    (decode,) = [f for f in found if f.code == "CL211"]
    assert decode.fix is not None and decode.fix.applicability == Applicability.SAFE
    assert all(f.fix is None for f in found if f.code in ("CL201", "CL203"))
    fixed = linter.fix(doc, unsafe=True).document.text
    assert '    <ul class="nav">\n      <li><b>Home</b></li>\n      <li><a href="/about">About</a></li>\n    </ul>\n' in fixed
    assert "not in Chrome." in fixed and "=3D" not in fixed


def test_a_quoted_printable_body_ends_only_at_its_declared_boundary():
    # review23 #1 (mime.py): a `--token` line in a body (a patch's `---`, a signature's `-- `) is no boundary
    from corpuslint.mime import declared_bodies

    text = ("Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: quoted-printable\n\n"
            "Caf=C3=A9 patch below.\n---\n a.txt | 2 +-\n--verbose now works, caf=C3=A9\n")
    assert [(start, end) for start, end, _ in declared_bodies(text)] == [(text.index("Caf"), len(text))]
