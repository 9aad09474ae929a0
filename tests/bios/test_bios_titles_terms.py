"""CL402 on a plain text's own structure (tester33 A4): a paper in plain text (pandoc) names a section
again over its appendix part, and the safe fix removed the title; sed's manual says one sentence under
two commands' terms, and the safe fix removed the second entry's. Real documents: tests/data/bios/sections33
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
