"""CL151 and lines whose key is a shape or a form rather than the line: a date (qa19c r09).
Real documents: tests/data/boilerplate/datelines/README.md."""
from __future__ import annotations

from corpuslint import Document
from corpuslint.checks.boilerplate.repeated import date_alone

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

DATELINES = DATA / "boilerplate" / "datelines"


def _documents(folder) -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p))
            for p in sorted(folder.glob("*.txt"))]


def test_a_date_alone_is_keyed_by_its_shape_and_is_no_repeated_line():
    docs = _documents(DATELINES)
    assert len(docs) == 5
    # main: `June 8, 2015` "occurs in 5 documents (5 different articles)", the post's own dateline
    found = by(linter().check(docs), "CL151")
    assert not [f for f in found if date_alone(f.text)], [f.text for f in found]
    for line in ("June 8, 2015", "   June 19, 2019", "February 03, 2019", "Mon, May 5, 2017 9:22 AM", "2019-06-19"):
        assert date_alone(line), line
    for line in ("June 5, 2019 by luxurious", "News & Events    June 11, 2019", "Updated June 5, 2019 with a"
                 " correction", "Pages: 1 2 3 4"):
        assert not date_alone(line), line
