"""CL140 and a letter in an instruction record (tester26 #12, Alpaca's seed_task_17 as "Question:/Answer:"
text): the answer's e-mail signs off with `Best,` over `[Name]`, the name its closing goes on into, never a
page's furniture. A footer's address, whose lines end with commas too, is not taken for a letter's closing."""

from __future__ import annotations

from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.textguards import is_signature

DATA = Path(__file__).parent / "data" / "boilerplate"


def test_a_letters_signature_under_its_closing_is_the_texts_own():
    path = DATA / "instruct" / "alpaca-seed-task-17-qa.txt"
    lines, found = flagged(path, furnished=True)
    assert not found  # main: `Here is the email.` (the user's input) and `[Name]` removed
    assert "[Name]" not in {lines[n - 1].strip() for n in flagged(path)[1]}  # nor by the line model alone
    text = candidate_lines("Best regards,\nARR EiCs\n\nBest,\n[Name]\n\nExample Media Ltd,\n12 Main Street,\nSpringfield\n")
    assert is_signature(text[1], text[0]) and is_signature(text[3], text[2])
    assert not is_signature(text[6], text[5])  # an address's line, under a line with a number
    apart = candidate_lines("Best,\n\n[Name]\n")
    assert not is_signature(apart[1], apart[0])  # a blank line between: no closing above it


def test_a_letter_s_date_in_figures_under_its_paragraph_is_the_texts_own():
    # a Chinese blog's feed (session 33): a post quotes a letter, its date in figures under its paragraph
    # (`2002.8.31`; a retrained model flagged it, 0.95); a teaser's date stands under its headline, and a
    # version or a score is no date
    path = DATA / "feeds" / "xy15400.blogcn.com-feed.txt"
    lines = candidate_lines(path.read_text(encoding="utf-8"))
    at = {line.text: i for i, line in enumerate(lines)}
    assert is_signature(lines[at["2002.8.31"]], lines[at["2002.8.31"] - 1])
    text, found = flagged(path, furnished=True)
    assert "2002.8.31" not in {text[n - 1] for n in found}
    teaser = candidate_lines("Ten things to see in Lisbon this spring\n2019-05-03\n\n"
                             + "The city is full of them, and we went to find out how many there are in all.\n3.10.2\n")
    assert not is_signature(teaser[1], teaser[0])  # under a headline
    assert not is_signature(teaser[3], teaser[2])  # a version's number
    letter = candidate_lines(teaser[2].text + "\n31/08/2002\n")
    assert is_signature(letter[1], letter[0])
