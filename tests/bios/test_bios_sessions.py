"""CL402 on lines a text gives again by design, where main's fixes removed content (tester28). Real
lines (tests/data/bios/tester28): a Debian Handbook transcript as lynx prints it (aa-genprof asks its
prompt again for the second program; its `<pre>` at the margin under indented prose), perldebtut's two
debugger sessions (perl's banner at each start), perlpacktut's `pack` statements a heading and its
paragraph apart (the statements' one-letter words made the three a "run"), perlhacktips' gdb commands
`step` and `next` each "Steps through the program a line at a time" under its own bullet, and the
Debian FAQ's numbered headings given in its contents (an entry wrapped over two lines) and in a
cross-reference (`voir Section 6.10, « … »`). Main reported 10 copies, four with a safe fix.
Both ways: a scraper's copy of the prose, of a definition under the same term, of a paragraph that
refers to a section is still found."""

from __future__ import annotations

import pytest

from copyfound import data_text as _text, found as _found  # tests/bios/copyfound.py

NAMES = ["apparmor_session", "perldebtut_sessions", "perlpacktut_gappy", "perlhacktips_gdb", "faq_choosing_toc",
         "faq_ftparchives_xref"]


@pytest.mark.parametrize("name", NAMES)
def test_a_texts_own_repeats_are_no_copies(name):
    assert _found(_text(f"tester28/{name}.txt")) == []


def test_the_lead_in_given_again_after_the_session_is_a_copy():
    text = _text("tester28/apparmor_session.txt")
    lead_in = text[:text.index("# aa-genprof")]
    assert len(_found(text + "\n" + lead_in)) == 1


def test_the_tutorials_paragraph_given_twice_is_a_copy():
    text = _text("tester28/perlpacktut_gappy.txt")
    start = text.index("    That's certainly better")
    paragraph = text[start:text.index("\n\n", start)]
    assert len(_found(text + "\n" + paragraph + "\n")) == 1


def test_a_definition_under_the_same_term_twice_is_a_copy():
    text = _text("tester28/perlhacktips_gdb.txt").replace("*  next", "*  step")
    assert len(_found(text)) == 1


def test_the_cross_reference_given_twice_is_a_copy():
    text = _text("tester28/faq_ftparchives_xref.txt")
    start = text.index("   Le répertoire pool contient")
    paragraph = text[start:text.index("\n\n", start)]
    assert len(_found(text.replace(paragraph, paragraph + "\n\n" + paragraph))) == 1
