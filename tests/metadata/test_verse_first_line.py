"""A poem's or a song's first line is no title (tester33 B3): CL504 took `I am changing my name to Chrysler` and
`Louie Louie, me gotta go` from Debian fortunes as titles, and CL505 then removed the verse line under
`--unsafe-fixes`. A title set apart by a blank line, over verse or over prose, is still read."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.extract import head_credit
from corpuslint.checks.verse import opens_stanza
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "verse33"
FORTUNES = {record["id"]: record["text"]
            for record in map(json.loads, (DATA / "fortunes.jsonl").read_text(encoding="utf-8").splitlines())}
HEADLINE = (DATA / "fakenewsnet-BuzzFeed_Fake_28.txt").read_text(encoding="utf-8")


def title_found(text: str) -> str | None:
    found = [v for v in MetadataInBody().check(Document.from_text(text)) if v.data["field"] == "title"]
    return found[0].data["value"] if found else None


def first_line_end(text: str) -> int:
    return text.index("\n")


@pytest.mark.parametrize("key", ["songs-poems-212", "songs-poems-347", "songs-poems-620"])
def test_a_verse_line_opening_the_text_is_no_title(key):
    assert opens_stanza(FORTUNES[key], first_line_end(FORTUNES[key]), head_credit)
    assert title_found(FORTUNES[key]) is None


@pytest.mark.parametrize(("key", "title"), [
    ("songs-poems-281", "If Dr. Seuss Were a Technical Writer....."),
    ("songs-poems-507", "The Advertising Agency Song"),
])
def test_a_title_over_a_blank_line_and_verse_is_read(key, title):
    assert not opens_stanza(FORTUNES[key], first_line_end(FORTUNES[key]), head_credit)
    assert title_found(FORTUNES[key]) == title


def test_a_headline_over_prose_is_read():
    assert title_found(HEADLINE) == "A Daisy of a Rerun"
    # the blank line under it closed up: the prose's lines are no stanza's either
    closed = HEADLINE.replace("\n\n", "\n", 1)
    assert not opens_stanza(closed, first_line_end(closed), head_credit)


def test_a_headline_over_its_author_is_no_stanza():
    # a sentence-case headline, the author's name alone, a role: a story's head (the name is no verse line)
    text = "Clinton urges voters to take out Trump\nMelanie McFarland\nStaff Writer\n\n" + HEADLINE.split("\n\n", 1)[1]
    assert not opens_stanza(text, first_line_end(text), head_credit)
