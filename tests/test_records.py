"""A fortune file's records (`corpuslint.records`), the one format two families ask: CL140 (`pageshape.records`,
by the lines) and CL402/CL403 (`bios/refrains.py`, by the text: where each record stands). Real files
(tests/data/bios/records, tests/data/boilerplate/records: their SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.records import closed_records, record_marks

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize(("path", "by_lines", "marks"), [
    ("bios/records/father-william.txt", True, 4),
    ("boilerplate/records/fortunes-zh-song100-excerpt.txt", True, 19),
    # three marks, but the first record is one line: two records of two lines or more for the line reading
    ("bios/records/education-semester.txt", False, 3),
    ("bios/records/latex-percent-spacers.txt", False, 0),  # a LaTeX source's `%` spacers (review23 #5)
    ("bios/nytimes-4.txt", False, 0),  # a page
])
def test_the_two_readings(path, by_lines, marks):
    text = (DATA / path).read_text(encoding="utf-8")
    assert closed_records(candidate_lines(text)) is by_lines
    assert len(record_marks(text)) == marks


def test_a_mark_is_where_its_line_starts():
    text = "One saying,\nin two lines.\n%\nAnother\none.\n%\nA third\nhere.\n%\nThe last.\n"
    assert record_marks(text) == tuple(at for at in range(len(text)) if text.startswith("\n%\n", at))
