"""CL151 and a line that goes on with a sentence the line above began, past a display it shows
(qa22 r08): the half of the document's own sentence is no repeated line, even where other
documents' lines fold to its key. Real text: tests/data/boilerplate/runon (README there)."""
from __future__ import annotations

from corpuslint import Document

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

RUNON = DATA / "boilerplate" / "runon"


def documents(folder: str) -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p))
            for p in sorted((RUNON / folder).glob("*.txt"))]


def lines_of(found, docs) -> list[str]:
    text = {d.id: d.text for d in docs}
    return [text[f.document][f.offset:f.end_offset].strip() for f in found]


def test_the_end_of_a_sentence_around_a_displayed_command_is_the_pages_own():
    # grep, sed, tar: "... the command / info grep / should give you access to the complete manual."
    docs = documents("man")
    assert all("\n       should give you access to the complete manual.\n" in d.text for d in docs)
    assert by(linter().check(docs), "CL151") == []  # main: the line in all 3, an unsafe fix each


def test_a_lone_word_between_two_code_literals_is_no_header_line():
    # the changelog's "from / ``X`` / to / ``Y``", and manpages-l10n's entry wrapped as "... (<= 20151231)" /
    # "to" / "manpages-fr-dev.": `to` folds to the key of 16 e-mails' `To: <address>`
    docs = documents("mail")
    found = by(linter().check(docs), "CL151")
    assert {d.id for d in docs} >= {"python3.11-changelog", "manpages-l10n-changelog.Debian"}
    changelogs = [f for f in found if "changelog" in f.document]
    assert changelogs == []  # main: `to` in both, "occurs in 15 documents"
    # the e-mails' own header lines are still the repeated lines they are
    assert sum(line.startswith("To:") for line in lines_of(found, docs)) >= 10
