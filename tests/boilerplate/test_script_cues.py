"""A script's cues (qa23b #2, #3). CL151 in a corpus of plays: a script's cues (speakers' names,
stage directions) and the short lines between its own lines are its text, however many plays carry
them; a template line around the script is still found. CL140: a scene of a play is no page, by
its speakers' cues over their speeches; the web pages of tests/data/boilerplate/web have no such
shape. Data: tests/data/boilerplate/plays/SOURCES.md."""

from __future__ import annotations

import pytest

from corpuslint import Document
from cl140_lines import flagged

from corpuslint.checks.boilerplate.cues import cue_of_script, script_cues, speaker_cues
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.pageshape import page_shape
from corpuslint.checks.boilerplate.unitlines import line_indexes
from corpuslint.checks.corpus_units import text_units

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

PLAYS = DATA / "boilerplate" / "plays"


def plays(tail: str = "") -> list[Document]:
    out = []
    for p in (PLAYS / f"{name}.txt" for name in ("king-john", "measure-for-measure", "richard-iii")):
        text = p.read_text(encoding="utf-8")
        out.append(Document.from_text(text.rstrip("\n") + f"\n\n{tail}\n" if tail else text, id=p.stem, path=str(p)))
    return out


def test_a_stage_direction_three_plays_share_is_no_boilerplate():
    docs = plays()
    assert sum(doc.text.count("\nEnter a Messenger\n") for doc in docs) == 4  # in each play, twice in one
    assert by(linter().check(docs), "CL151") == []  # main: 4 findings, an unsafe fix deleting each


def test_a_template_line_under_each_play_is_still_found():
    footer = "Share this scene with your class"
    findings = by(linter().check(plays(footer)), "CL151")
    assert sorted(f.text for f in findings) == [footer] * 3


def test_a_scripts_short_line_between_its_own_lines_is_its_own():
    text = (PLAYS / "richard-iii.txt").read_text(encoding="utf-8")
    assert speaker_cues(candidate_lines(text))
    units, _ = text_units(text)
    lines = line_indexes(units)
    key = {text[u.start:u.end]: u.key for u in units}
    cues = script_cues(units, lines, text)
    assert key["Messenger"] in cues and key["QUEEN ELIZABETH"] in cues and key["Enter a Messenger"] not in cues
    [messenger] = [k for k in lines if text[units[k].start:units[k].end] == "Enter a Messenger"]
    n = lines.index(messenger)
    above, below = [units[k] for k in reversed(lines[n - 3:n])], [units[k] for k in lines[n + 1:n + 4]]
    assert [text[u.start:u.end] for u in (above[0], below[0])] == ["Pitchers have ears.", "ARCHBISHOP OF YORK"]
    assert cue_of_script(units[messenger], [above, below], cues, {key["Enter a Messenger"]})
    # ... not where the lines around it are other documents' too (a run of a page's furniture)
    assert not cue_of_script(units[messenger], [above, below], frozenset(), {u.key for u in units})
    assert not cue_of_script(units[messenger], [above, []], cues, {key["Enter a Messenger"]})  # the script's end


def test_a_scene_of_a_play_is_no_page_by_its_speakers_cues():
    # Henry VIII's first 120 lines: the title, `ACT I`, the Prologue's verse and I.1's speeches; on main 8
    # CL140 findings whose unsafe fix deleted 78 of the 104 lines (the verse and the dialogue)
    path = PLAYS / "henry-viii_head120.txt"
    assert page_shape(candidate_lines(path.read_text(encoding="utf-8"))) == "speaker cues"
    assert not flagged(path, furnished=True)[1]


@pytest.mark.parametrize("path", sorted((DATA / "boilerplate" / "web").glob("*.txt")), ids=lambda p: p.name)
def test_a_web_page_has_no_speakers_cues(path):
    assert not speaker_cues(candidate_lines(path.read_text(encoding="utf-8")))


def test_a_cue_is_over_a_speech_that_closes_a_sentence():
    speech = ["", "STEEL", "Does a bear crap in the woods?", "", "BRICK (V.O.)", "Longer than is funny.", ""]
    assert speaker_cues(candidate_lines("\n".join(speech * 3)))
    # a menu's captions over their items, which close no sentence
    menu = ["", "News", "World", "Politics", "", "Sport", "Football", "Tennis", ""]
    assert not speaker_cues(candidate_lines("\n".join(menu * 3)))
