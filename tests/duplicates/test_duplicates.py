"""CL411/CL412 on real documents: exact and near-duplicate documents of a corpus."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint import Document

from conftest import CORPUS_DATA as DATA
from conftest import by
from conftest import corpus_linter as linter


def test_exact_duplicate_is_reported_on_the_later_document(corpus_findings):
    [finding] = by(corpus_findings, "CL411")
    assert Path(finding.path).stem == "fakenewsnet-PolitiFact_Real_9"
    assert "fakenewsnet-PolitiFact_Real_8" in finding.message
    assert not by(corpus_findings, "CL411", "fakenewsnet-PolitiFact_Real_8")


def test_near_duplicates_name_the_earlier_document_and_the_similarity(corpus_findings):
    [finding] = by(corpus_findings, "CL412", "fnc1-train-1318")
    assert "fnc1-train-0432" in finding.message and "estimated similarity 0.9" in finding.message
    assert not by(corpus_findings, "CL412", "fnc1-train-0432")


def _variant(text: str, every: int) -> str:
    words = text.split(" ")
    return " ".join("CHANGED" if i % every == 0 else w for i, w in enumerate(words))


@pytest.mark.parametrize("threshold, reported", [(0.5, True), (0.95, False)])
def test_near_duplicate_threshold(threshold, reported):
    original = (DATA / "fnc1-train-0061.txt").read_text(encoding="utf-8")
    pair = [Document.from_text(original, id="a", path="a.txt"),
            Document.from_text(_variant(original, 12), id="b", path="b.txt")]
    findings = linter(CL412={"threshold": threshold}).check(pair)
    near = by(findings, "CL412")
    assert bool(near) is reported
    if reported:
        assert near[0].path == "b.txt" and 0.5 <= near[0].data["similarity"] < 0.95


def test_a_text_that_states_its_version_is_told_from_a_copy():
    """tester27: the GNU FDL 1.3 "near-duplicate" of 1.2 (0.95) is its next version; the message says
    the version it states (`data.version`), and leaves keeping both to the reader."""
    from corpuslint.checks.duplicates import own_version

    gfdl = ("\n                GNU Free Documentation License\n"
            "                 Version 1.3, 3 November 2008\n\n\n"
            " Copyright (C) 2000, 2001, 2002, 2007, 2008 Free Software Foundation, Inc.\n")
    assert own_version(gfdl) == "1.3"
    story = "Kremlin Says Unaware of Any Plans for Putin to Meet With Trump\n\nThe Kremlin said on Monday...\n"
    assert own_version(story) is None
