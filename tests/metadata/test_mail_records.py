"""CL504/CL505 on mail records (mail33): the sender a record's metadata names (`from`) is its author, so a name in
its body (a forwarded post's `Posted by Dan Gillmor`) is no author it lacks; and the header block of a forwarded or
quoted message (under `--- begin forwarded text` or `-------- Original Message --------`, or set in from the margin
as nmh quotes the message it answers) is the earlier message's: its `Date:` repeats no metadata of the record.
Data: tests/data/metadata/mail33/SOURCES.md (SpamAssassin easy-ham-2)."""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.models import Document

RECORDS = {r["id"]: r for r in map(json.loads, (Path(__file__).parents[1] / "data" / "metadata" / "mail33"
                                                / "easy-ham-2-records.jsonl").read_text(encoding="utf-8").splitlines())}


def record(name: str, **changes) -> Document:
    fields = {k: v for k, v in {**RECORDS[name], **changes}.items() if v is not None}
    return Document.from_text(fields.pop("text"), id=fields.pop("id"), metadata=fields)


def test_a_forwarded_or_quoted_messages_header_repeats_nothing_of_the_record():
    # main: CL505 `dateline "Date: Sat, 3 Aug 2002 05:26:12 +0100" repeats the metadata's date "Sat, 3 Aug 2002
    # 01:25:36 -0400"; remove it` (another message's day and hour), and the same on the other three
    for name in ("easy-ham-2-00958.txt", "easy-ham-2-00770.txt", "easy-ham-2-00667.txt"):
        assert list(MetadataLineInBody().check(record(name))) == [], name
        assert list(MetadataInBody().check(record(name, date=None))) == [], name  # nor is its day the record's


def test_a_mail_records_author_is_its_sender():
    # main: `author found in the body: "Dan Gillmor" (metadata has none)`: the forwarded post's writer
    assert [v.data["field"] for v in MetadataInBody().check(record("easy-ham-2-00905.txt"))] == []
    # without a sender the record is no mail: the byline is read as before
    found = {v.data["field"]: v.data["value"] for v in MetadataInBody().check(record("easy-ham-2-00905.txt", **{"from": None}))}
    assert found.get("author") == "Dan Gillmor"


def test_a_header_block_at_the_margin_opening_the_text_is_still_the_documents():
    # the same fields opening the text, at the margin and under no marker: the message's own header block
    text = RECORDS["easy-ham-2-00770.txt"]["text"]
    own = "\n".join(line.strip() for line in text.split("\n")[:3]) + "\n\n" + "\n".join(text.split("\n")[4:])
    found = {v.data["field"]: v.data["value"] for v in MetadataInBody().check(Document.from_text(own))}
    assert found.get("date") == "2002-08-06"
