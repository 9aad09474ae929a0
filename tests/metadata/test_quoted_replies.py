"""CL504 takes no metadata from a reply's quoted message, and writes a value from an HTML record as text, its
character references decoded (tester30 H3). Real text in tests/data/metadata/evidence: talon's
tests/fixtures/html_replies/OLK_SRC_BODY_SECTION.html (an Outlook reply: `Reply` over the original's
headers) and talon's AOL reply (`Hello` / `-----Original Message-----` / the original's headers)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.analysis import view
from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.models import Document, Origin

DATA = Path(__file__).parents[1] / "data" / "metadata" / "evidence"
REPLY = (DATA / "talon-olk-src-body-section.html").read_text(encoding="utf-8")


def found(doc: Document) -> dict[str, object]:
    return {v.data["field"]: v.data["value"] for v in MetadataInBody().check(doc)}


def html_record(text: str) -> Document:
    return view(Document(id="r", text=text, origin=Origin(path="m.jsonl", format="html", record=1, line=1,
                                                          text_is_inline=True)))


def test_the_quoted_messages_headers_are_not_the_replys_metadata():
    # main: from `Bob &lt; bob@example.com &gt;`, date, to, subject: the original message's, as a SAFE fix
    assert found(html_record(REPLY)) == {}
    aol = (DATA / "talon-original-message.txt").read_text(encoding="utf-8")
    assert found(Document.from_text(aol)) == {}
    assert found(Document.from_text(aol.replace("-----Original Message-----\n", ""))) == {}


def test_a_header_block_opening_the_record_is_read_with_its_entities_decoded():
    values = found(html_record(REPLY.replace("<div>Reply</div>", "")))
    assert values["to"] == "Rob <rob@example.com>" and values["date"] == "2011-11-01" and values["subject"] == "Test"


def test_the_header_line_repeats_the_decoded_value_the_fix_wrote():
    doc = html_record(REPLY.replace("<div>Reply</div>", ""))
    doc.metadata = {"to": "Rob <rob@example.com>"}
    assert [v.data["fields"] for v in MetadataLineInBody().check(doc)] == [["to"]]  # main: none
    doc.metadata = {"to": "Bob <bob@example.com>"}
    assert list(MetadataLineInBody().check(doc)) == []
