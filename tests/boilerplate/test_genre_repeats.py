"""CL151 on genres that repeat for good reasons (tester32 item 3; data: tests/data/boilerplate/genres32/SOURCES.md):
a release note's section headings, a line of a wrapped paragraph, two answers of one Q&A site sharing a command,
famous verse that several collections quote. Each is the documents' own; a template in the same documents is
still found."""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.checks.boilerplate.outlineheads import outline_heading
from corpuslint.checks.verse import measure

DATA = Path(__file__).parent.parent / "data" / "boilerplate" / "genres32"
HEADING = "UI, Workflows & Features"
CLOSING = "Also contains minor documentation updates and code clean-ups."


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def check(texts: dict[str, str], **metadata) -> list:
    docs = [Document.from_text(text, id=name, metadata=dict(metadata)) for name, text in texts.items()]
    return Linter({"select": ["CL151"]}).check(docs)


def records(name: str, field: str, **drop) -> list[Document]:
    out = []
    for line in read(name).splitlines():
        record = json.loads(line)
        text = record.pop(field)
        out.append(Document.from_text(text, id=record.pop("id"),
                                      metadata={k: v for k, v in record.items() if k not in drop}))
    return out


RELEASES = ("relnotes-1.7.10.txt", "relnotes-1.7.11.txt", "relnotes-1.7.12.txt")


def test_a_release_notes_section_heading_is_its_outline_and_its_closing_line_a_template():
    findings = check({name: read(name) for name in RELEASES})
    assert [f.text for f in findings] == [CLOSING] * 3  # the closing line at the tail: the series' template
    assert all(f.fix is not None for f in findings)
    # the same heading in texts without an outline (no title, no other heading) stands where a stamp does
    bare = {}
    for name in RELEASES:
        blocks = read(name).split("\n\n")
        items = [b for b in blocks[3:] if b.lstrip().startswith("*")]
        bare[name] = items[0] + "\n\n" + HEADING + "\n\n" + "\n\n".join(items[1:]) + "\n"
    assert [f.text for f in check(bare)] == [HEADING] * 3


def test_outline_heading_reads_the_heading_over_its_own_entries():
    text = read("relnotes-1.7.11.txt")
    start = text.index(HEADING)
    assert outline_heading(text, start, start + len(HEADING), lambda pos: False)
    # over lines the corpus repeats (a template's heading over the template) it is not the document's
    assert not outline_heading(text, start, start + len(HEADING), lambda pos: True)
    closing = text.index(CLOSING)
    assert not outline_heading(text, closing, closing + len(CLOSING), lambda pos: False)  # a sentence, at the end


def test_a_line_of_a_wrapped_paragraph_goes_with_it_or_stays():
    # `This primarily is to backport various fixes accumulated on the 'master'` / `front since 2.37.1.`
    assert check({name: read(name) for name in ("relnotes-2.37.2.txt", "relnotes-2.37.3.txt",
                                               "relnotes-2.37.4.txt")}) == []
    # git 1.6.2-1.6.5 repeat an announcement amid their text: no navigation list, no line of it alone
    announcement = {name: read(name) for name in ("relnotes-1.6.2.txt", "relnotes-1.6.3.txt", "relnotes-1.6.4.txt",
                                                 "relnotes-1.6.5.txt")}
    assert check(announcement) == []


def test_two_answers_of_one_qa_site_sharing_a_command_or_its_lead_in_are_no_template():
    docs = records("qa-se.jsonl", "body")
    assert {doc.metadata["url"].split("/")[2] for doc in docs} == {"unix.stackexchange.com"}
    found = Linter({"select": ["CL151"]}).check(docs)  # base: 5 findings, a command, a display, a lead-in, a half
    # left: the reference sentence closing two answers, at both tails as a template's sign-off stands, whole
    assert [f.text.split()[:3] for f in found] == [["For", "more", "information"]] * 2
    assert all(f.text.endswith("(https://www.debian.org/ports/) .") for f in found)
    # a label the site's template stamps at the tail of two of its answers still counts from two documents
    stamped = [Document.from_text(doc.text.rstrip() + "\n\nFeatured image from file\n", id=doc.id,
                                  metadata=doc.metadata) for doc in docs[2:4]]
    assert [f.text for f in Linter({"select": ["CL151"]}).check(stamped)] == ["Featured image from file"] * 2


def test_famous_verse_that_collections_quote_is_the_poems_own():
    assert measure("夕阳无限好，只是近黄昏。") == 5 and measure("此情可待成追忆？只是当时已惘然。") == 7
    assert measure("本文仅代表作者观点，不代表本站立场。") == 0  # clauses of unlike length: prose, a notice
    docs = records("fortunes-zh.jsonl", "text")
    found = Linter({"select": ["CL151"]}).check(docs)
    assert not [f for f in found if "。" in f.text]  # base: 9 verse lines (in a poem, over its attribution)
    # the couplet alone at the tail of three texts, over nothing of theirs, is still reported
    tailed = {f"t{k}": f"{doc.text}\n\n春眠不觉晓，处处闻啼鸟。\n" for k, doc in enumerate(docs[:3])}
    assert [f.text for f in check(tailed) if "。" in f.text] == ["春眠不觉晓，处处闻啼鸟。"] * 3
