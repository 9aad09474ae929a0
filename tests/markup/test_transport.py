"""CL210 terminal escape sequences and CL211 quoted-printable left in text (qa22 r10). Real texts in
tests/data/markup/transport (README there), both ways: found, and removed or decoded only where exact; an
`=` in prose or code, `=20` in a URL's query, ISO-2022-JP's escapes and an ESC in Markdown code are left alone."""

from __future__ import annotations

from conftest import DATA
from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.models import Applicability

TRANSPORT = DATA / "markup" / "transport"


def _doc(name: str) -> Document:
    return Document.from_text((TRANSPORT / name).read_text(encoding="utf-8"), path=str(TRANSPORT / name))


def _found(doc: Document, code: str):
    return [f for f in Linter(Config(select=[code])).check([doc]) if f.code == code]


def _fixed(doc: Document, code: str) -> str:
    return Linter(Config(select=[code])).fix(doc).document.text


def test_terminal_colours_go_and_every_character_of_the_text_stays():
    doc = _doc("tang300-ansi-head.txt")
    (found,) = _found(doc, "CL210")
    assert found.fix.applicability == Applicability.SAFE and found.data["sequences"] == 8
    fixed = _fixed(doc, "CL210")
    assert "\x1b" not in fixed and fixed.startswith("《感遇・其一》\n作者：张九龄\n兰叶春葳蕤，桂华秋皎洁。\n")
    assert fixed == doc.text.replace("\x1b[32m", "").replace("\x1b[33m", "").replace("\x1b[m", "")


def test_escapes_that_are_no_terminals_are_left_alone():
    # ISO-2022-JP read as ASCII (`ESC$B` … `ESC(J`: the bytes between are kanji), a sequence written out in a
    # program's source, an ESC inside a Markdown code block
    assert _found(Document.from_text("\x1b$B$3$l$O\x1b(J a test\n"), "CL210") == []
    assert _found(Document.from_text('RED = "\\x1b[31m"  # the escape, spelled out\n'), "CL210") == []
    md = Document.from_text("Colours:\n\n```\n\x1b[31mred\x1b[0m\n```\n", path="a.md", format="markdown")
    assert _found(md, "CL210") == []


def test_a_declared_quoted_printable_body_is_decoded_in_its_charset():
    doc = _doc("mail_test_10-qp-part.txt")
    (found,) = _found(doc, "CL211")
    assert found.fix.applicability == Applicability.SAFE and found.data["charset"] == "ISO-8859-1"
    fixed = _fixed(doc, "CL211")
    # `un=20` closing a line is a space there (the line break is the message's); `che =` a soft break (the blank line after it stays one line break)
    assert "vi segnalo che oggi è stato annunciato un \naggiornamento della campagna" in fixed
    assert "addizionale del 5% verrà riconosciuto" in fixed
    assert "lista dei modelli POWER8 che \nbeneficiano della campagna" in fixed  # (`che =`, a blank line)
    assert "=E8" not in fixed and fixed.endswith("--=_alternative 005C1243C12580DD_=--\n")  # the boundary stays
    assert "Content-Transfer-Encoding: quoted-printable" in fixed  # headers are other rules' business


def test_a_body_with_a_real_equals_sign_or_no_charset_gets_no_safe_fix():
    text = (TRANSPORT / "mail_test_10-qp-part.txt").read_text(encoding="utf-8")
    (found,) = _found(Document.from_text(text.replace("Lo sconto=20", "Lo sconto = 5%")), "CL211")
    assert found.fix is None  # a lone `=`: the body is no (pure) quoted-printable, decoding would change it
    (found,) = _found(Document.from_text(text.replace('; charset="ISO-8859-1"', "")), "CL211")
    assert found.fix is None  # no charset, and `=E8` is no UTF-8


def test_quoted_printable_without_its_header_is_reported_with_no_fix():
    (found,) = _found(_doc("mail_test_10-qp-body.txt"), "CL211")
    assert found.fix is None and not found.data["declared"] and found.data["marks"] == 4


def test_equals_signs_of_prose_code_and_urls_are_left_alone():
    for text in (
        "The result is E=MC2 and x=FF in hex; a=B4 is a key.\n" * 3,
        "See https://example.org/search?q=caf=C3=A9&size=20 and https://example.org/?a=E8 and ?b=E0 too.\n" * 2,
        "\tby mx.example.com (version=TLSv1.2 cipher=AES256-SHA bits=256 verify=NOT)\n" * 4,
        "if x ==\n    y:\n" * 5,
        "Title\n=====\n\nText.\n",
    ):
        assert _found(Document.from_text(text), "CL211") == [], text
