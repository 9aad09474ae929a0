"""CL411/CL412 and the numbers of two texts of the same words: a copy's plain numbers, or another
document's identifiers (tester32: two git security releases, other versions and CVE ids, were "the
same text")."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint import Document
from corpuslint.checks.duplicates.numbers import compare_numbers, is_identifier, numbers_value

from conftest import CORPUS_DATA, DATA, by
from conftest import corpus_linter as linter

RELNOTES = DATA / "duplicates"


def _doc(text: str, name: str) -> Document:
    return Document.from_text(text, id=name, path=f"{name}.txt")


def _relnotes(version: str) -> str:
    return (RELNOTES / f"git-relnotes-{version}.txt").read_text(encoding="utf-8")


def test_two_releases_of_one_template_are_no_copies():
    """2.33.4 and 2.20.5: the same words, other versions and CVE ids: not CL411's "the same text"
    (keeping one would drop a security notice); CL412 names them, with the identifiers."""
    findings = linter().check([_doc(_relnotes("2.20.5"), "2.20.5"), _doc(_relnotes("2.33.4"), "2.33.4")])
    assert not by(findings, "CL411")
    [near] = by(findings, "CL412")
    assert Path(near.path).stem == "2.33.4" and near.data["similarity"] == 1.0
    assert "the same words as 2.20.5.txt but other identifiers" in near.message
    assert "CVE-2022-29187" in near.data["identifiers"] and "v2.33.4" in near.data["identifiers"]


def test_an_exact_copy_of_a_release_is_still_a_copy():
    findings = linter().check([_doc(_relnotes("2.33.4"), "a"), _doc(_relnotes("2.33.4"), "b")])
    [copy] = by(findings, "CL411")
    assert Path(copy.path).stem == "b" and "numbers_differ" not in copy.data
    assert not by(findings, "CL412")


def test_a_copy_whose_plain_numbers_moved_is_still_a_copy():
    """A wire story scraped a year later: its footer's year moved (`Copyright 2014.` -> `2015.`)."""
    story = (CORPUS_DATA / "fnc1-train-2325.txt").read_text(encoding="utf-8")
    assert "Copyright 2014." in story
    later = story.replace("Copyright 2014.", "Copyright 2015.")
    findings = linter().check([_doc(story, "first"), _doc(later, "later")])
    [copy] = by(findings, "CL411")
    assert Path(copy.path).stem == "later" and copy.data["numbers_differ"] == 1
    assert "but for 1 plain number (`Copyright 2015`)" in copy.message
    assert not by(findings, "CL412")


def test_a_copy_of_one_release_beside_another_release():
    """2.20.5, 2.33.4, then 2.20.5 again: the copy is CL411's (of the first), the other release CL412's."""
    docs = [_doc(_relnotes("2.20.5"), "a"), _doc(_relnotes("2.33.4"), "b"), _doc(_relnotes("2.20.5"), "c")]
    findings = linter().check(docs)
    [copy] = by(findings, "CL411")
    assert Path(copy.path).stem == "c" and "a.txt" in copy.message and copy.data["copies"] == 2
    assert [Path(f.path).stem for f in by(findings, "CL412")] == ["b"]


@pytest.mark.parametrize("text, number, identifier", [
    ("the security issue CVE-2022-29187; see", "29187", True),
    ("Git v2.33.4 Release Notes", "33", True),
    ("fixes that appear in 1.5.4.7 and", "4", True),
    ("Release 2026f - 2026-10-27 announced", "10", True),
    ("MOGADISHU, Sept 5 (Reuters) - The alert", "5", True),
    ("published on 27 October 2026 by", "2026", True),
    ("a $200 replica of the", "200", True),
    ("rose 3.5% to close", "5", True),
    ("see bug #1234 for", "1234", True),
    ("Copyright 2014. Follow Reuters", "2014", False),
    ("has had more than 200 million views", "200", False),
    ("Updated 10:32 GMT", "32", False),
    ("a 30-year-old man", "30", False),
])
def test_identifiers_by_shape(text, number, identifier):
    start = text.index(number)
    assert is_identifier(text, start, start + len(number)) is identifier


def test_numbers_compared_place_by_place():
    a, b = _relnotes("2.33.4"), _relnotes("2.20.5")
    compared = compare_numbers(a, numbers_value(b))
    assert compared.placed and not compared.same_document and not compared.plain
    assert compare_numbers(a, numbers_value(a)).same_document
    assert not compare_numbers(a, numbers_value("1 2")).placed  # another count of numbers: not placed
