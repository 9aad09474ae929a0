"""CL402 (no fix) on what a text shows again by design (tester28): mdadm's `--detail` output printed
after each step of a Debian Handbook transcript (its lines indented by the program: the session runs
on until lynx's prose indent comes back), perlaix's `export OBJECT_MODE=64` set deeper than the prose
under two headings (a display), perldebug's `<< command` / `>> command` in columns (a term and its
description), a README's reST link targets naming the references the text makes. Both ways: a
paragraph of prose given twice in the same texts is still a copy (an item of the list or a target
given twice is not: the list's own, as a record's fields are)."""

from __future__ import annotations

import pytest

from copyfound import data_text as _text, found as _found  # tests/bios/copyfound.py

NAMES = ["mdadm_outputs", "perlaix_display", "perldebug_items", "rst_targets"]


@pytest.mark.parametrize("name", NAMES)
def test_output_a_text_shows_again_is_no_copy(name):
    assert _found(_text(f"tester28/{name}.txt")) == []


@pytest.mark.parametrize("name, first, last", [
    ("mdadm_outputs", "   Fortunately, this synchronization phase", "enabled by default."),
    ("perlaix_display", "    With the following options you get a threaded", "64-bit mode."),
])
def test_prose_given_twice_beside_them_is_a_copy(name, first, last):
    text = _text(f"tester28/{name}.txt")
    start = text.index(first)
    copy = text[start:text.index(last, start) + len(last)]
    assert len(_found(text + "\n" + copy + "\n")) == 1


def test_a_caption_given_twice_where_the_command_stood_is_a_copy():
    # a display is a line typed as it stands; a headline or a caption set as deep is a scraper's copy
    # (sb26 B: a news page's pull quotes and teaser titles, each given twice)
    text = _text("tester28/perlaix_display.txt").replace(
        "export OBJECT_MODE=64 / setenv OBJECT_MODE 64 (depending on your shell)", "Justin T. Gellerson for The New York Times")
    assert len(_found(text)) == 1
