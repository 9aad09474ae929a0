"""CL504 reads a paper's authors on its PDF title page (mail33, issue 16 item 2): the names under the title, with
their affiliation marks (`Hothorn1 , Hornik2 ,`), initials without a full stop (`Terry M Therneau`), one a line
between affiliations; a long title's wrapped line (`Covariance Matrix Estimators`) is no author, nor is a team
(`zoo Development Team`). Unsafe: a name list is read by shape. Data: tests/data/pdftext/SOURCES.md (pdftotext of
R package vignettes)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.body import MetadataInBody
from corpuslint.checks.metadata.titlepage import names_of, paper_authors
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "pdftext"


def authors(name: str):
    found = [v for v in MetadataInBody().check(Document.from_text((DATA / name).read_text(encoding="utf-8")))
             if v.data["field"] == "author"]
    return found[0] if found else None


@pytest.mark.parametrize("name, expected", [
    ("coin_LegoCondInf-p1-2.txt", ["Torsten Hothorn", "Kurt Hornik", "Mark A. van de Wiel", "Achim Zeileis"]),
    ("sandwich_sandwich-p1-2.txt", ["Achim Zeileis"]),  # under `… HC and HAC` / `Covariance Matrix Estimators`
    ("survival_adjcurve-p1-2.txt", ["Terry M Therneau", "Cynthia S Crowson", "Elizabeth J Atkinson"]),
    ("zoo_zoo-p1-2.txt", ["Achim Zeileis", "Gabor Grothendieck"]),  # one a line, their affiliations under them
    ("vcd-strucplot.txt", ["David Meyer", "Achim Zeileis", "Kurt Hornik"]),
])
def test_the_authors_under_a_papers_title(name, expected):
    v = authors(name)
    assert v is not None and v.data["value"] == expected
    assert v.fix.applicability is Applicability.UNSAFE


def test_no_author_where_the_title_page_names_none():
    assert authors("zoo_zoo-design-p1-2.txt") is None  # `zoo Development Team`
    # the same names with no PDF around them (no form feed, no wrapped paragraphs): not a title page
    text = (DATA / "coin_LegoCondInf-p1-2.txt").read_text(encoding="utf-8")
    assert paper_authors(text.replace("\f", "\n\n")) is None
    # names with nothing on the page to bear them out (no affiliation, address, date or abstract under them)
    head = "A Lego System for Conditional Inference\nTorsten Hothorn, Kurt Hornik\n\n" + "x " * 30 + "\n"
    assert paper_authors(head * 3 + "\f") is None


def test_a_line_of_names_by_shape():
    assert names_of("Torsten Hothorn1 , Kurt Hornik2 ,") == ["Torsten Hothorn", "Kurt Hornik"]
    assert names_of("and Achim Zeileis2") == ["Achim Zeileis"]
    assert names_of("Achim Zeileis, David Meyer, and Kurt Hornik") == ["Achim Zeileis", "David Meyer", "Kurt Hornik"]
    for line in ("Universität Innsbruck", "Ludwig-Maximilians-Universität München", "Mayo Clinic",
                 "Implementation of Clustered Covariances in R", "Abstract", "zoo Development Team"):
        assert names_of(line) is None, line
