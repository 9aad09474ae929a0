"""CL404: a document that is one text given again whole (tester32: the bash changelog 30 times in one
13 MB record, which CL402 could not finish in its budget)."""

from __future__ import annotations

from corpuslint import Document, Linter
from corpuslint.checks.bios.wholecopies import text_period
from corpuslint.config import Config

from conftest import CORPUS_DATA

STORY = (CORPUS_DATA / "fnc1-train-2325.txt").read_text(encoding="utf-8").strip() + "\n"


def _findings(text: str):
    return [f for f in Linter(Config(select=["CL404"])).check([Document.from_text(text, id="d", path="d.txt")])
            if f.code == "CL404"]


def test_a_text_given_three_times_is_reported_once_on_its_second_copy():
    [finding] = _findings(STORY * 3)
    assert finding.data["copies"] == 3 and finding.offset == len(STORY)
    assert "given 3 times" in finding.message


def test_the_last_copy_may_stop_short():
    lines = STORY.split("\n")
    text = STORY * 2 + "\n".join(lines[:5]) + "\n"
    [finding] = _findings(text)
    assert finding.data["copies"] == 2 and "and part of it again" in finding.message


def test_a_text_given_once_or_its_copy_changed_is_left_alone():
    assert not _findings(STORY)
    changed = STORY + STORY.replace("Copyright 2014.", "Copyright 2015.")
    assert not _findings(changed)  # two versions, not one text twice: CL402's to compare
    assert not _findings("Thank you.\n\n" * 10)  # a short line said again: under min-words


def test_period_of_lines():
    assert text_period("a\nb\n\na\nb\n") == (2, 2, 5)
    assert text_period("a\nb\nc\n") is None
    # (speed33) the first line's words looked for again before the lines are hashed: spacing folded still
    assert text_period("\n  Thank  you\tall.\nBye\n\nThank you all.  \n Bye\n") == (2, 2, 24)
    assert text_period("Thank you all.\nBye\nThank you, all.\nBye\n") is None  # (its words again, not the line)
    assert text_period("\n \n\t\n") is None
