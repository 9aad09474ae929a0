"""CL402 on text that repeats by design (qa20, held out: a few real lines of its corpus). A manual's
contents list and the numbered headings it lists (the Debian FAQ through lynx, r01), two entries of a
reference that word one sentence alike (doc-debian's bug-maint-mailcontrol, r10), a song's chorus and
an interview's reply; and a feed's auto-title (the post's first line + `...`) over the post: the copy
to drop is the truncated head, never the post's sentence, and CL505 must not take the sentence after
CL402 took the head (r14). Both ways: a paragraph a scraper gave twice in the same texts is still found."""

from __future__ import annotations

import json
from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "bios"


def _doc(name: str, text: str | None = None) -> Document:
    path = DATA / name
    return Document.from_text(path.read_text(encoding="utf-8") if text is None else text, path=str(path))


def findings(doc: Document) -> dict[int, tuple[Applicability | None, str]]:
    return {doc.position(v.start)[0]: (v.fix.applicability if v.fix else None, v.message)
            for v in DuplicateParagraph().check(doc)}


# -- a contents list and its headings (r01)

def test_a_contents_entry_and_the_heading_it_lists_are_no_copies():
    # `3.1. Which Debian distribution …` (contents, line 12) over the section's heading (line 25): the
    # safe fix removed the heading; `3.1.1. You asked me …` wrapped in the contents, one line as heading
    assert findings(_doc("manuals/debian-faq-choosing-toc.txt")) == {}


def test_a_chapters_heading_under_the_running_header_is_no_copy():
    # lynx's header `Chapter 9. Keeping your Debian system up-to-date` / `Prev  Next` over the heading
    assert findings(_doc("manuals/debian-faq-uptodate-head.txt")) == {}


def test_a_paragraph_given_twice_in_a_manual_with_contents_is_still_found():
    text = (DATA / "manuals/debian-faq-choosing-toc.txt").read_text(encoding="utf-8")
    end = text.index("are there?”.\n") + len("are there?”.\n")
    paragraph = text[text.index("   For more information"):end]
    doc = _doc("manuals/debian-faq-choosing-toc.txt", text.replace(paragraph, paragraph + "\n" + paragraph, 1))
    found = findings(doc)
    assert len(found) == 1 and "For more information on the available" in next(iter(found.values()))[1]


# -- two entries of a reference (r10)

def test_near_copies_in_two_entries_of_a_reference_are_each_entrys_own():
    # `reopen`'s "If you wish to become the new originator of the reopened report …" and `submitter`'s
    # "… of the report …": the unsafe fix removed the submitter entry's sentence; then no fix, and
    # since qa24 r03 (an exact copy in two entries is each entry's own too) no finding
    assert not findings(_doc("manuals/bts-mailcontrol-entries.txt"))


def test_a_near_copy_inside_one_entry_keeps_its_fix():
    text = (DATA / "manuals/bts-mailcontrol-entries.txt").read_text(encoding="utf-8")
    entry = text[:text.index("   submitter")]  # the reopen entry alone, its sentence given again in it
    again = ("          If you wish to become the new originator of the report you can\n"
             "          use the ! shorthand or specify your own email address.\n")
    found = findings(_doc("manuals/bts-mailcontrol-entries.txt", entry + "\n" + again))
    assert [a for a, _m in found.values()] == [Applicability.UNSAFE]


# -- a song's chorus, an interview's reply

def test_a_songs_chorus_among_its_verses_is_no_copy():
    # "Fast Car" quoted in a post: the chorus after each verse (6 unsafe removals on main)
    assert findings(_doc("verse/upsaid-fast-car.txt")) == {}


def test_a_stanza_given_again_across_the_posts_prose_is_still_found():
    text = (DATA / "verse/upsaid-fast-car.txt").read_text(encoding="utf-8")
    chorus = text[text.index("So remember"):text.index("You got a fast car")]
    prose = text[text.index("台灣"):text.index("\n\n", text.index("台灣")) + 2]  # the post's own paragraph
    found = findings(_doc("verse/upsaid-fast-car.txt", chorus + prose + chorus))
    assert found and all(a is not Applicability.SAFE for a, _m in found.values())


def test_an_interviewees_reply_said_twice_is_no_copy():
    # "Dr. Morvai Krisztina, …: - Így van." to two of the reporter's ("R.: - …") questions
    assert findings(_doc("verse/torokorszag-interview.txt")) == {}


# -- a feed's auto-title over the post (r14)

def _record() -> Document:
    record = json.loads((DATA / "feeds/ugyanmar-blogger-post.jsonl").read_text(encoding="utf-8"))
    text = record.pop("text")
    record.pop("id")
    return Document.from_text(text, metadata=record)


def test_the_truncated_head_goes_and_the_posts_sentence_stays():
    doc = _record()
    (violation,) = DuplicateParagraph().check(doc)
    assert violation.fix.applicability is Applicability.SAFE
    (edit,) = violation.fix.edits
    assert doc.text[edit.start:edit.end] == "mára csak egy olykor feltűnő ablak maradt belőle.\n...\n\n"


def test_cl402_and_cl505_together_keep_the_posts_first_sentence():
    linter = Linter(Config(select=["CL402", "CL505"]))
    result = fix_document(linter, _record(), unsafe=True)
    assert result.document.text.startswith("mára csak egy olykor feltűnő ablak maradt belőle.\n\n  aki azt hiszi")
    assert "..." not in result.document.text


def test_a_title_cut_with_an_ellipsis_is_no_title_line_for_cl505():
    from corpuslint.checks.metadata.body import MetadataLineInBody

    doc = _record()
    post = Document.from_text(doc.text[doc.text.index("\n\n") + 2:], metadata=doc.metadata)
    assert list(MetadataLineInBody().check(post)) == []
    # the title as the post's head, with its ellipsis, is the title line (both lines)
    (violation,) = MetadataLineInBody().check(doc)
    assert doc.text[violation.start:violation.end] == "mára csak egy olykor feltűnő ablak maradt belőle.\n..."


# -- two spellings set side by side (the Jargon File's "Hacker Writing Style", tester26 #6)

def test_a_mark_moved_inside_a_quotation_is_the_texts_point_and_no_copy():
    # `typing “dd”.` and `typing “dd.”`: the entry contrasts the two; the unsafe fix removed the first
    text = ("   Consider, for example, a sentence in a {vi} tutorial that looks like\n   this:\n\n"
            "     Then delete a line from the file by typing “dd”.\n\n   Standard usage would make this\n\n"
            "     Then delete a line from the file by typing “dd.”\n\n"
            "   but that would be very bad — because the reader would be prone to type\n")
    assert findings(Document.from_text(text, path="jargon.txt")) == {}
    # the same line given again with a mark changed, not moved, is still a copy
    again = text.replace("typing “dd.”", "typing “dd”!")
    assert list(findings(Document.from_text(again, path="jargon.txt"))) == [8]


# -- one sentence in two entries of an API reference (tester25's pydoc: joined docstrings, #7)

LINECACHE = ("Clear the cache entirely.\n\nGet a line for a Python source file from the cache.\n"
             "Update the cache if it doesn't contain an entry for this file already.\n\n"
             "Get the lines for a Python source file from the cache.\n"
             "Update the cache if it doesn't contain an entry for this file already.\n\n"
             "Discard cache entries that are out of date.\n(This is not checked upon each call!)\n")
SYSCONFIG = ("Access to Python's configuration information.\n\nParse a Makefile-style file.\n\n"
             "A dictionary containing name/value pairs is returned.  If an\noptional dictionary is passed in as "
             "the second argument, it is\nused instead of a new dictionary.\n\nReturn the path of the Makefile.\n\n"
             "Parse a config.h-style file.\n\n"
             "A dictionary containing name/value pairs is returned.  If an\noptional dictionary is passed in as "
             "the second argument, it is\nused instead of a new dictionary.\n\nReturn the path of pyconfig.h.\n")


def test_one_sentence_in_two_api_entries_is_found_but_its_fix_is_unsafe():
    # each copy belongs to its entry: under another summary line, or beside another sentence; the safe
    # fix removed one function's description
    for text, line in ((LINECACHE, 7), (SYSCONFIG, 14)):
        (applicability, message), = findings(Document.from_text(text, path="pydoc.txt")).values()
        assert applicability is Applicability.UNSAFE and "two entries" in message
    # the description given again whole with its summary line is a copy as before, its fix safe
    again = SYSCONFIG.replace("Parse a config.h-style file.", "Parse a Makefile-style file.")
    assert {a for a, _ in findings(Document.from_text(again, path="pydoc.txt")).values()} == {Applicability.SAFE}
