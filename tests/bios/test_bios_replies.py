"""CL402's safe fix is for a paragraph a scraper stamped twice; a reply that quotes the comment it
answers (an `@handle` over the quoted line, a comment opening with the words it answers) gives them
again on purpose, and removing the quotation leaves the answer answering nothing (qa19c r07). Also
a manual's example output, the same under two commands (qa18a, vim's usr_41.txt). A few lines of
qa19c's and qa18a's held-out corpora, both ways: a comment the page gives twice whole (netzpolitik's
threaded and flat views) keeps its safe fix."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "bios"


def findings(name: str) -> dict[int, tuple[Applicability | None, str]]:
    path = DATA / f"{name}.txt"
    doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path))
    return {doc.position(v.start)[0]: (v.fix.applicability if v.fix else None, v.message)
            for v in DuplicateParagraph().check(doc)}


def test_a_reply_quoting_the_comment_after_its_handle_gets_no_safe_fix():
    # "@habsb" / "Disons qu'en Colombie et Chili, …" (habsb's line, 8 lines up) / Tristan's answer
    found = findings("replies/mondediplo-habsb")
    assert found[17][0] is Applicability.UNSAFE and "reply's address" in found[17][1]
    assert found[49][0] is Applicability.UNSAFE and "reply's address" in found[49][1]
    assert all(a is not Applicability.SAFE for a, _m in found.values())


def test_a_comment_opening_with_the_comment_it_answers_gets_no_safe_fix():
    # "* Billy Holidays (26 juin 2018 @21h11) :" / "Strange fruits" / "ça me saoule" / the quoted line / the answer
    found = findings("replies/mondediplo-quote-title")
    assert list(found) == [32]
    assert found[32][0] is Applicability.UNSAFE and "opens a comment" in found[32][1]


def test_a_comment_the_page_gives_twice_whole_keeps_its_safe_fix():
    # "35. Mamabaer sagt: / 23. Mai 2018 um 21:15 Uhr" over the same text as in the thread above:
    # nothing under it answers it ("Antworten" is the reply button)
    found = findings("replies/netzpolitik-comment-twice")
    assert list(found) == [28] and found[28][0] is Applicability.SAFE


def test_an_examples_output_under_another_command_is_that_examples_own():
    # usr_41.txt: `<\tE1004: White space required …` under `echo -0x7f -0o36` and `vim9cmd echo -0x7f -0o36`:
    # a line of a block under another line than its first copy, the block's own (qa23 r02); a manual is no dialog, so
    # the copy is read as a line again (review23b L0): no safe fix, the output each example shows
    found = findings("manuals/vim-usr41-output")
    assert found and all(a is Applicability.UNSAFE and "each example shows" in m for a, m in found.values())



def test_two_authors_embedded_posts_are_no_copy():
    # reads21b r03: the embed block (line 11) gives Scott Bilsky's tweet "… #seamgate #hairgate #gdhurts" and Paul
    # Peavler's "… #seamgate", each with its author; lines 15 and 21 give their texts again. main 297378f: CL402 at
    # 21, "100% similar", and its unsafe fix removed Peavler's tweet
    assert findings("replies/fnc1-train-0109-two-tweets") == {}


def test_one_authors_post_given_twice_is_still_a_copy():
    # the same lines, with Scott Bilsky's tweet given a second time where Peavler's stood: one author, one post
    text = (DATA / "replies" / "fnc1-train-0109-two-tweets.txt").read_text(encoding="utf-8")
    lines = text.split("\n")
    lines[20] = lines[14]
    doc = Document.from_text("\n".join(lines), path="tweets.txt")
    assert [doc.position(v.start)[0] for v in DuplicateParagraph().check(doc)] == [21]


def test_a_videos_running_time_is_no_comments_posting_time():
    # reads21b r02: a teaser list's `1:15` (the video's length) over `Published: 26 Nov 2018` was read as a
    # comment's header, and the message said the copy opens a comment answering it
    found = findings("replies/web-guardian-1-teasers")
    assert 22 in found and "comment" not in found[22][1]
    assert found[22][0] is Applicability.UNSAFE


def test_a_gallery_caption_given_again_is_called_a_caption():
    # wapo-1 l.76: the slide's text, then the same under `Caption`; main 297378f called it "a log's events"
    # (the block's `Share on …` rows)
    found = findings("replies/web-wapo-1-gallery")
    assert len(found) == 1
    applicability, message = next(iter(found.values()))
    assert "caption" in message and "log" not in message and applicability is Applicability.UNSAFE
