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


# -- mail33: stamps with no closing over them, a name with a dash or an address, lists' footers under them --------


def stamp(name: str) -> list[str]:
    text = read(name)
    return [text[f.offset:f.end_offset] for f in check(text)]


def test_a_stamp_under_a_blank_line_or_a_rule_with_no_closing_is_found():
    # Robert Fitzsimons over his address, then the list's quotation and ILUG's footer (`-- ` / list lines)
    assert stamp("easy-ham-2-00437-headed.txt") == ["Robert Fitzsimons\nrobfitz@273k.net"]
    # a rule, a blank line, the name over a title, a company, a phone and a web address: the rule goes too
    (found,) = stamp("easy-ham-1-00033-headed.txt")
    assert found.startswith("___") and found.endswith("http://www.infinetivity.com") and "Hauns Froehlingsdorf" in found
    # a dash before the name, a nickname quoted in it (FoRK's `- Adam L. "Duncan" Beberg` under every post)
    assert stamp("easy-ham-2-00797-headed.txt") == [
        '- Adam L. "Duncan" Beberg\n  http://www.mithral.com/~beberg/\n  beberg@mithral.com']
    # the sign-off's initial over a rule and the stamp (`G.` / `____` / `Graham Smith,` ... `Phone: ...`): the
    # sender's own `G.` stays, the rule and the stamp go
    (found,) = stamp("easy-ham-2-00018-headed.txt")
    assert found.startswith("___") and found.endswith("Phone: + 353 (01) 4042840")
    assert "\nG.\n___" in read("easy-ham-2-00018-headed.txt")


def test_the_fix_keeps_the_message_and_the_lists_footer():
    text = read("easy-ham-2-00437-headed.txt")
    fixed = fix_document(Linter({"select": ["CL147"]}), Document.from_text(text, id="m"), unsafe=True).document.text
    assert "\nRobert Fitzsimons\nrobfitz@273k.net\n" in text and "\nRobert Fitzsimons\n" not in fixed
    assert fixed.count("robfitz@273k.net") == 1  # (the header's `From:`, read by CL504)
    assert "<URL:http://www.irishwan.org/>.\n" in fixed and fixed.rstrip().endswith("List maintainer: listmaster@linux.ie")


def test_a_lists_address_is_no_way_to_reach_the_sender_and_a_lone_stamp_is_the_message():
    # genres32's wrong finding: `Bye,` / `Rob.` over an ASCII wave and FoRK's `http://xent.com/mailman/listinfo/fork`
    assert stamp("easy-ham-2-00942-headed.txt") == []
    # a message that is nothing but the sender's stamp (over ILUG's footer): no message to sign, nothing to cut
    assert stamp("easy-ham-1-00086-headed.txt") == []
    # a last paragraph of prose with a link (`A good link is:` over the URL): no name opens it
    assert stamp("easy-ham-1-00726-headed.txt") == []
