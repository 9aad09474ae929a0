"""CL402 on what a reference or a record file gives again in each entry (qa24 r03, r08; qa22 r09, qa20
r10), and on a Quran surah's refrain (qa24 r09). Real lines (tests/data/bios/entries24, scripture):
curl.1's "This option is global …" under three options, dpkg.1's trigger note under three actions
(`--configure package...|-a|--pending`: an ellipsis, no rule), ps.1's `w` and `-w`, avahi's NEWS
(each release's notes under its underlined title), python3.11's DEP-5 copyright file (the CWI
disclaimer, again in `Modules/_gestalt.c`'s `License:` field; tarfile's and libffi's Expat licences), and Surat al-Qamar 1-44 (Tanzil's
Uthmani text, one verse a line). Main reported 14 copies in them, each with a fix (two safe).
Both ways: the same lines given again where a scraper gives them (twice in a row, the same term)
are still found, and so are a page's copies (review24 #2, qa20b correctiv.org.zusage excerpts: lynx's
donation box under the headline `Ungarn: Die geheime AfD-Show`, no record's field; inscriptis's
teasers each under the one before's `weiterlesen N Minuten`, no option's term)."""

from __future__ import annotations

import pytest

from corpuslint.checks.bios.units import columns, line_of_stanza
from copyfound import data_text as _text, found as _found  # tests/bios/copyfound.py

NAMES = ["entries24/curl_global.txt", "entries24/dpkg_triggers.txt", "entries24/ps_wide.txt",
         "entries24/avahi_news.txt", "entries24/py_copyright.txt", "entries24/py_copyright_expat.txt", "scripture/surat_al_qamar.txt",
         # tester27: an info manual's `Raises a *note LookupError …` under each ` -- Function:`, unittest's
         # `Changed in version 3.3: …` under each assert method's signature and its permalink `¶` (lynx)
         "entries27/info_codecs_raises.txt", "entries27/lynx_unittest_changed.txt",
         # and `Changed in version 3.6: …` under `class float(x=0.0)¶` and `class int(x=0)¶` (a kind before the signature)
         "entries27/lynx_functions_changed.txt"]


@pytest.mark.parametrize("name", NAMES)
def test_each_entrys_own_text_is_no_copy(name):
    assert _found(_text(name)) == []


def test_a_note_given_twice_in_a_row_in_one_entry_is_still_a_copy():
    text = _text("entries24/dpkg_triggers.txt")
    note = "           Will process triggers unless --no-triggers has been specified.\n"
    at = text.index(note) + len(note)
    assert [fix for _, fix in _found(text[:at] + "\n" + note + text[at:])] == ["safe"]


def test_two_items_under_one_term_are_still_a_copy():
    text = _text("entries24/ps_wide.txt")
    assert [fix for _, fix in _found(text.replace("       -w     Wide", "       w      Wide"))] == ["safe"]


def test_a_disclaimer_given_twice_outside_a_field_is_still_a_copy():
    text = _text("entries24/py_copyright.txt")
    start = text.index("STICHTING MATHEMATISCH CENTRUM DISCLAIMS")
    disclaimer = text[start:text.index("\n\n", start)]
    found = _found(text[:start] + disclaimer + "\n\n" + text[start:])
    assert found[0][1] is not None  # the pasted copy right under the first, reported with its fix


def test_a_licence_under_no_field_is_still_a_copy():
    # the libffi stanza's licence out of its field, its lines not indented: a notice given again
    text = _text("entries24/py_copyright_expat.txt")
    at = text.rindex("License: ")
    flat = "\n".join(line.strip() for line in text[at + 9:].split("\n"))
    assert len(_found(text[:at] + flat)) == 2


def test_the_refrain_is_a_chorus_but_a_verse_given_twice_in_a_row_is_a_copy():
    text = _text("scripture/surat_al_qamar.txt")
    lines = text.split("\n")
    refrain = lines[18]
    assert [k for k, line in enumerate(lines) if line == refrain] == [18, 23, 33, 41]
    assert _found(text) == []
    doubled = "\n".join(lines[:19] + [refrain] + lines[19:])
    assert [line for line, _ in _found(doubled)] == [20]


def test_a_mark_set_on_a_letter_takes_no_column():
    verse = "فَفَتَحْنَآ أَبْوَٰبَ ٱلسَّمَآءِ بِمَآءٍ مُّنْهَمِرٍ"
    assert columns(verse) == len("ففتحنا أبوب السماء بماء منهمر") < len(verse)
    text = _text("scripture/surat_al_qamar.txt")
    start = text.index(text.split("\n")[18])
    assert line_of_stanza(text, start, text.index("\n", start))  # a line of a block of short lines


def test_a_pages_copy_under_a_headline_with_a_colon_is_still_found():
    # main 5ef21cc: none (the headline read as a record's field `Label: value` over 200 indented lines)
    found = _found(_text("entries24/correctiv_lynx.txt"))
    assert [line for line, _ in found] == [64]  # the donation box, given again under the next article


def test_a_pages_teasers_under_read_more_lines_are_still_found():
    # main 5ef21cc: 58, 63, 65 (the teaser under `weiterlesen 4 Minuten`, its copy under `weiterlesen 5 Minuten`, read
    # as two entries of a definition list)
    found = _found(_text("entries24/correctiv_inscriptis.txt"))
    assert [line for line, _ in found] == [58, 63, 65, 70, 72]


def test_a_field_given_twice_under_one_entry_head_is_still_a_copy():
    text = _text("entries27/info_codecs_raises.txt")
    field = "     Raises a *note LookupError: 1bc2. in case the encoding cannot be\n     found.\n"
    at = text.index(field) + len(field)
    assert len(_found(text[:at] + "\n" + field + text[at:])) == 1


# tester34 S4-S6: the same sentence under two entries that a markup's line command opens (POD's `=item`,
# Texinfo's `@deftypefun`): each entry's own documentation, no copy; without the text's block closers
# (`=back`, `@end`) a line opening with `@` is a reply's, and the copy is found
@pytest.mark.parametrize("name", ["entries34/io_socket_ssl_ciphers.pod.txt", "entries34/pod_simple_over_events.pod.txt",
                                  "entries34/rltech_bind_keyseq.texi.txt"])
def test_a_sentence_under_two_commanded_entries_is_each_ones_own(name):
    assert _found(_text(name)) == []


def test_a_sentence_under_two_replies_is_still_a_copy():
    text = ("@alice thanks for the link\n\nThe council will vote on the new budget next Tuesday, the mayor said.\n\n"
            "@bob see this\n\nThe council will vote on the new budget next Tuesday, the mayor said.\n")
    assert [fix for _, fix in _found(text)] == ["safe"]


def test_a_sentence_twice_in_one_commanded_entry_is_still_a_copy():
    text = _text("entries34/rltech_bind_keyseq.texi.txt")
    line = "The return value is non-zero if @var{keyseq} is invalid.\n"
    at = text.index(line) + len(line)
    assert len(_found(text[:at] + "\n" + line + text[at:])) == 1
