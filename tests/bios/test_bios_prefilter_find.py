"""The CL401-CL403 prefilter's repeated keys found by `bytes.find` when they are few (session 23, issue
17): the same candidate lines as by the Aho-Corasick automaton, on real documents of tests/data."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.bios import prefilter

DATA = Path(__file__).parents[1] / "data"
DOCS = sorted((DATA / "bios").glob("*.txt")) + [DATA / "metadata" / "pages" / "royal-road.txt",
                                                DATA / "metadata" / "000_8649d156db22d76a.txt"]


@pytest.mark.parametrize("path", DOCS, ids=lambda p: p.stem)
def test_candidate_lines_are_the_same_by_find_and_by_the_automaton(path, monkeypatch):
    text = path.read_text(encoding="utf-8")
    by_find = prefilter.candidate_lines(text)
    monkeypatch.setattr(prefilter, "_FIND_KEYS", -1)  # every key through the Aho-Corasick automaton
    assert prefilter.candidate_lines(text) == by_find


def test_few_repeated_keys_take_the_find_loop_and_find_overlapping_occurrences():
    # a key repeated inside itself: every occurrence counts, as the automaton's overlapping matches do
    text = "aaaaaaaaaaaaaaaaaaaaaaaaaaaa\nsomething else entirely here\naaaaaaaaaaaaaaaaaaaaaaaaaaaa\n"
    assert prefilter.candidate_lines(text) == {0, 2}
