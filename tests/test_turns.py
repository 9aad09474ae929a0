"""A dialog's turns (`corpuslint.turns`), the one shape three families ask: CL140 (`uniform.uniform_shape`),
CL402 (`bios/blocks.py`) and the title reader (`metadata/page.py`) read it from one module, the whole text
or its opening (data: tests/data/boilerplate/uniform/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.metadata.lines import iter_lines
from corpuslint.turns import dialog_turns, opens_with_turns, text_lines

DATA = Path(__file__).parent / "data" / "boilerplate" / "uniform"


@pytest.mark.parametrize(("name", "whole", "opening"), [
    ("english_trivia.txt", True, True),  # a question line, its answer, a blank line
    ("chinese_ai.txt", True, True),
    ("english_conversations.txt", True, False),  # conversations of five lines and more: turns, no prompt-and-answer pairs
    ("lynx-zwischenbilanz-page.txt", False, False),  # a whole page's blocks of short lines
    ("company_types.txt", False, False),  # a table
])
def test_the_two_readings(name, whole, opening):
    text = (DATA / name).read_text(encoding="utf-8")
    assert dialog_turns(text_lines(text)) is whole
    assert dialog_turns(candidate_lines(text)) is whole  # the boilerplate family's lines read alike
    assert opens_with_turns(list(iter_lines(text))) is opening


def test_text_lines_number_the_blank_lines_too():
    assert text_lines("Hi there\n\n  How are you?  \n") == [(1, "Hi there", 2.0), (3, "How are you?", 3.0)]
