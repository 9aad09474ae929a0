"""CL151 and what closes a piece of verse: a quatrain's attribution (`-- Stanislaw Lem, "Cyberiad"`) and a verse
joke's punch line (`Thank you.  You may resume your seat.` under four anthems), which several documents share
without being anyone's template (tester33 B4). Real documents: tests/data/verse/README.md."""
from __future__ import annotations

import json
from pathlib import Path

from corpuslint import Document
from corpuslint.checks.boilerplate.neighbours import own_items
from corpuslint.checks.boilerplate.quotations import closes_recital
from corpuslint.checks.corpus_units import text_units

from conftest import by
from conftest import corpus_linter as linter

FORTUNES = Path(__file__).parents[1] / "data" / "verse" / "fortunes-excerpt.jsonl"
RECORDS = [json.loads(line) for line in FORTUNES.read_text(encoding="utf-8").splitlines()]
CLOSING = "Thank you.  You may resume your seat."


def documents() -> list[Document]:
    return [Document.from_text(r["text"], id=r["id"], path=f"{r['id']}.txt") for r in RECORDS]


def text_of(name: str) -> str:
    return next(r["text"] for r in RECORDS if r["id"] == name)


def test_attributions_and_punch_lines_stay_and_a_series_heading_is_still_found():
    found = by(linter().check(documents()), "CL151")
    lines = {f.message.split("`")[1] for f in found}
    assert not any("Lem" in line or "resume your seat" in line for line in lines), lines
    assert "Humor in the Court:" in lines  # five exchanges under one collection's heading: still reported


def test_an_attribution_under_short_verse_lines_is_the_verses_own():
    text = text_of("songs-poems-464")  # `Seduced, shaggy Samson snored.` ... six lines of 2-5 words
    units, _ = text_units(text)
    line = next(i for i, u in enumerate(units) if u.line and text[u.start:u.end].startswith("-- Stanislaw Lem"))
    assert line in own_items(text, units, lambda i: i == line)
    # the same dash under a menu's one-word entries: no verse, and the entries are the menu's, not a quotation's
    menu = "Home\nNews\nSport\nWeather\nVideos\nRadio\n\t\t-- Stanislaw Lem, \"Cyberiad\""
    units, _ = text_units(menu)
    line = next(i for i, u in enumerate(units) if u.line and menu[u.start:u.end].startswith("-- Stanislaw Lem"))
    assert line not in own_items(menu, units, lambda i: i == line)


def test_a_punch_line_under_a_stanza_closes_the_piece():
    for name in ("songs-poems-435", "songs-poems-436", "songs-poems-437", "songs-poems-438"):
        text = text_of(name)
        assert text.endswith(CLOSING)
        assert closes_recital(text, len(text) - len(CLOSING), len(text), lambda start: False), name
    text = text_of("songs-poems-436")
    at = len(text) - len(CLOSING)
    # left to CL151: under a page's paragraph, under its bulleted list, not the last line, under stamped lines
    page = ("The anthem was sung at the opening of the parliament's new session, as every year since the building "
            "was finished.\n\n" + CLOSING)
    listed = "Please stand:\n\n- Stand up.\n- Sing the anthem.\n- Sit down again.\n\n" + CLOSING
    assert not closes_recital(page, len(page) - len(CLOSING), len(page), lambda start: False)
    assert not closes_recital(listed, len(listed) - len(CLOSING), len(listed), lambda start: False)
    assert not closes_recital(text + "\nShare this:", at, len(text), lambda start: False)
    assert not closes_recital(text, at, len(text), lambda start: True)


def test_an_attribution_a_blank_line_under_its_stanza_is_the_stanzas_own():
    text = (FORTUNES.parent / "diffutils-lao-excerpt.txt").read_text(encoding="utf-8")
    start = text.index("-- The Way of Lao-Tzu")
    end = text.index("\n", start)
    assert closes_recital(text, start, end, lambda begin: False)
    assert not closes_recital(text, start, end, lambda begin: True)  # a stamped stanza is a template's
    # under a wrapped paragraph of prose (lines going on in small letters after any word): a signature's dash
    prose = ("The manual describes how diff3 compares three files and\nreports the ranges where they differ, "
             "and how\nmerging works when two of them changed.\n\n       -- The Way of Lao-Tzu, tr. Wing-tsit Chan\n")
    start = prose.index("-- The Way")
    assert not closes_recital(prose, start, prose.index("\n", start), lambda begin: False)
