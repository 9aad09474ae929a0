"""CL402 on lines a document gives again by its structure (tester25 #3, #5: safe fixes that took a
document's own text). Real lines (tests/data/bios/sections25): zutty's USAGE.org, its `-help` listing
and the option heads over each option's description (`:   -name  Instance name for Xrdb and WM_CLASS`),
and GNU make's NEWS, each release paged by a form feed and led in by "A complete list of bugs fixed in
this version is available here:". Both ways: one listing row given again alone is only unsafe, and a
paragraph pasted twice in a row is still a safe copy."""

from __future__ import annotations

from copyfound import data_text, found as _found  # tests/bios/copyfound.py


def _text(name: str) -> str:
    return data_text("sections25/" + name)


def test_a_summarys_rows_heading_their_sections_are_no_copies():
    # main: the three option heads removed by a safe fix, each description left under the one before
    assert _found(_text("zutty_usage_options.txt")) == []


def test_one_row_given_again_alone_is_a_copy_but_not_a_safe_one():
    text = _text("zutty_usage_options.txt")
    one = text[:text.index(":   -dwfont      Double-width")]  # -name's section only
    assert _found(one) == [(33, "unsafe")]  # a summary's row, or a teaser over its story: a person decides


def test_each_releases_lead_in_under_its_paged_title_is_no_copy():
    # main: the lead-in of 4.2.1 and 4.2 removed by a safe fix (the line after a form feed, read as a running head)
    assert _found(_text("make_news_releases.txt")) == []


def test_a_paragraph_pasted_twice_in_a_row_is_still_a_safe_copy():
    text = _text("zutty_usage_options.txt")
    para = text[text.index("If this option is not present"):text.index("will be used.\n") + len("will be used.\n")]
    assert [fix for _, fix in _found(text.replace(para, para + "\n" + para))] == ["safe"]
    text = _text("make_news_releases.txt")
    para = text[text.index("All user-visible changes"):text.index("reporting bugs.\n") + len("reporting bugs.\n")]
    assert _found(text.replace(para, para + "\n" + para)) == [(12, "safe")]
