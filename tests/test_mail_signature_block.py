"""CL147 mail-signature-block: a signature without the `-- ` delimiter, under the sender's closing
(genres32). Data: tests/data/email/README.md (SpamAssassin public corpus, easy-ham)."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.fixer import fix_document

DATA = Path(__file__).parent / "data" / "email"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def check(text: str) -> list:
    return Linter({"select": ["CL147"]}).check([Document.from_text(text, id="m")])


def test_a_name_and_an_address_under_the_closing_are_the_clients_stamp():
    text = read("easy-ham-1-01467-headed.txt")  # `Regards,` / `Paul Fries` / `paul@cwie.net` over the quotation
    found = check(text)
    assert [text[f.offset:f.end_offset] for f in found] == ["Paul Fries\npaul@cwie.net"]
    assert found[0].severity.value == "info" and found[0].fix.applicability.value == "unsafe"
    fixed = fix_document(Linter({"select": ["CL147"]}), Document.from_text(text, id="m"), unsafe=True).document.text
    assert "Regards,\n\n-----Original Message-----" in fixed  # the closing stays, the quotation too (CL145's)


def test_a_closing_over_a_name_alone_and_text_that_is_no_mail_are_left_alone():
    # `Thanks,` / `Roi` over the list's footer: the sender's own sign-off, no way to reach them under it
    assert check(read("easy-ham-1-01229-headed.txt")) == []
    # the same stamp with no mail around it (no header block, quotation or salutation): a story's last lines
    body = read("easy-ham-1-01467-headed.txt").split("\n\n", 1)[1].split("-----Original Message-----")[0]
    assert check(body) == []
    # a delimiter over it: CL146's
    text = read("easy-ham-1-01467-headed.txt").replace("Regards,\nPaul Fries", "Regards,\n-- \nPaul Fries")
    assert check(text) == []
