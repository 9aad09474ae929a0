"""One notion of a sentence's end (textutil.ends_sentence), used by the edit guard's "the block's
closing sentences may go" (doc_structure._closing_sentences): a full stop after a list number, a title,
a dotted abbreviation or an initial ends no sentence, so taking the lines after it would leave half
a sentence behind. Real-shaped paragraphs, both ways."""

from __future__ import annotations

import pytest

from corpuslint.analysis import analyse
from corpuslint.textutil import ends_sentence

NOTICE = "Sign up for our newsletter to get the latest news in your inbox."


@pytest.mark.parametrize("text", [
    "The hearing was chaired by Dr.",
    "Funding for the study came from the U.S.",
    "The council will vote on the plan at 7 p.m.",
    "The bill, known as Proposition No.",
    "The photographs were taken by J.",
    "1.",
    "> 2.",
])
def test_an_abbreviation_or_a_list_number_ends_no_sentence(text):
    assert not ends_sentence(text)


@pytest.mark.parametrize("text", [
    "The hearing was chaired by the mayor.",
    "The plant closed in 2019.",
    "The team scored 3.",
    "\u201cWe will rebuild,\u201d she said.\u201d",
    "Who pays for the repairs?",
    "See the list in step 1.",
])
def test_a_sentence_end_is_found(text):
    assert ends_sentence(text)


# a Markdown paragraph whose last line(s) a pack finding wants to take; its first line ends...
ABBREVIATED = [  # ... inside a sentence: the lines after it are that sentence's, the edit is unsafe
    ("The hearing on the bridge repairs was chaired by Dr.", "Ann Lee of the county health board."),
    ("Funding for the study came from the U.S.", "Department of Energy and two universities."),
    ("The council will meet again on Tuesday at 7 p.m.", "in the old library on Main Street."),
    ("The photographs of the flood were taken by J.", "Smith for the Herald."),
]


@pytest.mark.parametrize(("first", "rest"), ABBREVIATED)
def test_closing_lines_after_an_abbreviation_are_not_the_paragraphs_closing_sentences(first, rest):
    text = f"{first}\n{rest} {NOTICE}\n"
    found = analyse(text, markdown=True)
    assert "part of a paragraph" in (found.edit_problem(len(first) + 1, len(text) - 1) or "")


@pytest.mark.parametrize(("first", "rest"), ABBREVIATED)
def test_closing_lines_after_a_sentence_may_go(first, rest):
    first = first.rsplit(" ", 1)[0] + " the mayor."  # the look-alike: a real sentence end
    text = f"{first}\n{NOTICE}\n"
    assert analyse(text, markdown=True).edit_problem(len(first) + 1, len(text) - 1) is None

