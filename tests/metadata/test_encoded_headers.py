"""CL504 writes what a mail's headers say, not how they are encoded, and a licence's version is no source
(qa22 r06). Real text in tests/data/metadata/evidence: the header blocks (and a body line) of mail-parser
4.8.0's tests/mails/mail_test_12 (GB2312 `B` encoded-words) and mail_test_18 (ISO-8859-1 `Q`), and
`gpl-3-head.txt` (/usr/share/common-licenses/GPL-3)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.extract import decoded_header
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "evidence"


def found(text: str) -> dict[str, object]:
    return {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(text))}


def test_encoded_words_in_a_mails_headers_are_read_decoded():
    # main: `subject: =?GB2312?B?tPq/qrj3tdjU9ta1y7C3osax?=`, `from: =?iso-8859-1?Q?Last=DFlName=2C_FirstName?= <…>`
    values = found((DATA / "mail-parser-test12-head.txt").read_text(encoding="utf-8"))
    assert values["title"] == "代开各地增值税发票"  # a message's subject is its title (tester30 H4)
    assert values["author"] == "张先生"  # the sender's name, as for any `From:` (tester30 H4)
    assert values["date"] == "2018-05-13"
    values = found((DATA / "mail-parser-test18-head.txt").read_text(encoding="utf-8"))
    assert values["author"] == "LastßlName, FirstName"
    # left alone: a plain header is read as it stands
    assert values["title"] == "Test for Comma and Name Bugs"


def test_a_header_that_does_not_decode_gives_no_value():
    text = (DATA / "mail-parser-test12-head.txt").read_text(encoding="utf-8")
    broken = text.replace("=?GB2312?B?tPq/qrj3tdjU9ta1y7C3osax?=", "=?x-no-such-charset?B?tPq/qrj3tdjU9ta1y7C3osax?=")
    values = found(broken)
    assert "title" not in values and values["date"] == "2018-05-13"
    assert decoded_header("=?utf-8?B?//79?=") is None  # bytes that are no UTF-8
    # a `gb2312` label on GBK bytes (`镕` is GBK's only) is read as mail clients read it (mail_test_9's subject)
    assert decoded_header("=?gb2312?B?1uzpRrv5?=") == "朱镕基"
    assert decoded_header("Re: a = b?") == "Re: a = b?"


def test_a_licences_version_is_no_source_and_its_day_is_its_date():
    # `Version 3, 29 June 2007` under `GNU GENERAL PUBLIC LICENSE`: main wrote `source: Version 3`
    values = found((DATA / "gpl-3-head.txt").read_text(encoding="utf-8"))
    assert values.get("date") == "2007-06-29" and "source" not in values
    # left alone: a publisher before the day is still the source
    assert found("Global Research, March 25, 2019\n\nThe story begins here, as stories do, with a long line.\n")[
        "source"] == "Global Research"
