"""CL402 reads a copy of one line of a block of lines by its block (qa23 r02, r08): a line under other
lines than its first copy (another question over the same answer) is the block's own, no finding; a
block given again whole is one copy whose fix takes the block, never some of its lines. And the copies
of a text that gives ten paragraphs a hundred times each are judged in a time near-linear in them."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.bios import series, whole
from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "bios" / "blocks"


def load(name: str) -> Document:
    path = DATA / f"{name}.txt"
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


@pytest.mark.parametrize("name", ["chatterbot-en-ai", "chatterbot-en-gossip", "chatterbot-fa-emotion",
                                  "chatterbot-fa-literature-head"])
def test_an_answer_under_another_question_is_no_copy(name):
    # main: SAFE fixes deleting `I work on all kinds of computers, …` under `What kind of hardware`, and
    # lines 1 and 3 of the Persian three-line answer under four other questions (keeping line 2)
    assert list(DuplicateParagraph().check(load(name))) == []


@pytest.mark.parametrize("name", ["webmd-1-signup-twice", "review23b-lede-under-caption"])
def test_a_pages_line_given_again_under_another_line_is_still_a_copy(name):
    # review23b L0: a page is no dialog; its sign-up line under two teasers, a lede under a headline then under a
    # caption, is the copy it was before blocks were read (main: no finding)
    assert len(list(DuplicateParagraph().check(load(name)))) == 1


def test_a_question_and_answer_given_again_is_one_copy_the_fix_takes_whole():
    doc = load("chatterbot-en-tech-support-head")
    text = doc.text
    found = list(DuplicateParagraph().check(doc))
    assert len(found) > 100  # (pairs given again within 60 lines of the first read as a chorus: no finding)
    for v in found:
        (edit,) = v.fix.edits
        removed = [row for row in text[edit.start:edit.end].split("\n") if row.strip()]
        assert len(removed) == 2, removed  # the question and its answer, never the answer alone
        assert text[v.start:v.end].split("\n")[0] in removed[0]


def test_the_copies_verdicts_are_worked_out_once_per_text_and_unit(monkeypatch):
    calls = {"refrain": 0, "marks": 0}
    refrain, marks = series._recurring_refrain, whole._section_marks

    def count_refrain(*args):
        calls["refrain"] += 1
        return refrain(*args)

    def count_marks(*args):
        calls["marks"] += 1
        return marks(*args)

    monkeypatch.setattr(series, "_recurring_refrain", count_refrain)
    monkeypatch.setattr(whole, "_section_marks", count_marks)
    text = load("chatterbot-en-tech-support-head").text + "\n"  # a text no memo has seen
    found = list(DuplicateParagraph().check(Document.from_text(text)))
    # each asked of every copy (and each a pass over the whole text) on main: CL402 hit its time budget;
    # here once per distinct pair and its answer line (10 pairs)
    assert len(found) > 100 and calls["refrain"] <= 20 and calls["marks"] == 1


def test_a_question_asked_in_other_words_over_the_same_answer_is_no_near_copy():
    # read23: `تا حالا کلیله و دمنه رو خوندی` over the answer `کلیله و دمنه رو خوندی` has: main's near-copy path
    # ("spread over several paragraphs, 100% similar") removed the first question with its answer
    assert list(DuplicateParagraph().check(load("chatterbot-fa-literature-kalila"))) == []


def test_a_subtitle_cues_line_shown_again_in_the_next_cue_is_the_cues_own():
    # read23: cue 32 repeats cue 31's three lines and adds one; main's unsafe fix removed its first line
    doc = load("pysrt-capability-cues-31-32")
    assert list(DuplicateParagraph().check(doc)) == []
    # without the cues' times the same lines are a copy, as before
    plain = "\n".join(line for line in doc.text.split("\n") if "-->" not in line)
    assert len(list(DuplicateParagraph().check(Document.from_text(plain, path="cues.txt")))) == 1
