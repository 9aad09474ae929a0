"""CL402 on a plain text's own structure (tester33 A4, B2, B3): a paper in plain text (pandoc) names a section
again over its appendix part, and the safe fix removed the title; sed's manual says one sentence under
two commands' terms, and the safe fix removed the second entry's; a licence words two clauses alike, each under
its numbered title, and the unsafe fix took one; a song quoted with its verses cut by `...` lines gives its
chorus twice, and the unsafe fix took one. Real documents: tests/data/bios/sections33
(README there). Both ways: a scraped story's teaser headlines given twice stay safe copies, and a
title pasted twice in a row is still one."""

from __future__ import annotations

from copyfound import data_text, found as _found  # tests/bios/copyfound.py


def _text(name: str) -> str:
    return data_text("sections33/" + name)


def test_a_section_title_named_again_is_no_safe_copy():
    assert _found(_text("sandwich-jss.txt")) == [(571, "unsafe")]


def test_a_title_pasted_twice_in_a_row_is_still_a_copy():
    text = _text("sandwich-jss.txt")
    title = "Testing and dating structural changes in the presence of heteroskedasticity and autocorrelation\n"
    at = text.index(title)
    twice = text[:at] + title + "\n" + text[at:]
    assert _found(twice) == [(443, "safe"), (573, "unsafe")]


def test_one_sentence_under_two_commands_terms_is_each_entrys_own():
    found = _found(_text("sed-011-commands.txt"))
    assert (115, "unsafe") in found and all(fix != "safe" for _, fix in found)


def test_a_storys_teasers_given_twice_are_still_safe_copies():
    assert _found(_text("news-367-teasers.txt")) == [(14, "safe"), (17, "safe"), (40, "safe")]


def test_a_licences_clauses_under_their_numbered_titles_keep_both():
    # main: OLFL's patent grant lost its operative sentence as a 95% copy of the usage grant (unsafe fix), and
    # CECILL's 5.3.2 clause was taken as 5.3.1's copy (tester33 B2)
    assert _found(_text("spdx-OLFL-1.3.txt")) == [(97, None)]
    assert _found(_text("spdx-CECILL-1.1.txt")) == [(128, None)]


def test_near_copies_without_a_title_between_keep_their_fix():
    # the same two OLFL paragraphs with `§3 Grant of patent license` left out: a near copy of the text's, fixed
    text = _text("spdx-OLFL-1.3.txt").replace("\n§3 Grant of patent license\n", "\n")
    assert [fix for _, fix in _found(text)] == ["unsafe"]


def test_a_songs_chorus_across_its_elided_verses_is_its_own():
    # main: the chorus line removed by the unsafe fix: the `...` lines between the verses were read as no verse
    assert _found(_text("fortune-puttin-on-the-ritz.txt")) == []


def test_a_line_given_twice_in_a_row_is_still_reported():
    # a song's repeat or a line pasted twice: the shape cannot tell, so the fix stays unsafe
    assert _found(_text("fortune-another-brick.txt")) == [(7, "unsafe")]
