"""CL402's safe fix must not remove a line the text repeats by its form (qa17a): a surah's refrain
among its verses, the same translation line of each verse-and-translation pair, a row of a table
listed in two tables, an item's labelled field, a log's event, a form of address heading each part
of a speech. These get unsafe fixes; a page's running foot next to a form feed and a headline
stamped over the story keep their safe fix (the seeds' bios: tests/bios/test_repeated_bio.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.bios.rules import DuplicateParagraph, RepeatedQuotation
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "bios" / "series"


def load(name: str) -> Document:
    path = DATA / f"{name}.txt"
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path))


def findings(doc: Document):
    return list(DuplicateParagraph().check(doc))


def line(doc: Document, offset: int) -> int:
    return doc.position(offset)[0]


def unsafe_lines(doc: Document, reason: str) -> list[int]:
    """The lines of the findings whose fix is unsafe for `reason`; every finding's fix is unsafe."""
    found = findings(doc)
    assert found and all(v.fix is not None and v.fix.applicability is Applicability.UNSAFE for v in found)
    return [line(doc, v.start) for v in found if reason in v.message]


def test_a_surahs_refrain_among_its_verses_gets_no_safe_fix():
    # Yusuf Ali's Ar-Rahman, one verse a paragraph: the refrain at the end (beside a long verse,
    # the text's last line) was removed safely on main; the inner ones are a refrain already. The last
    # one closing the text is a refrain said again among the text's paragraphs too (qa23b r01: Psalm 46)
    doc = load("surah-55-yusuf-ali")
    found = findings(doc)
    # since verse24 (qa23b #5), a refrain of one line among the verses gets no fix at all: the finding stays
    assert [line(doc, v.start) for v in found] == [17, 21, 25, 29, 33]
    assert all(v.fix is None and "a refrain as well as a copy" in v.message for v in found)


def test_the_translation_line_of_each_verse_pair_gets_no_safe_fix():
    # an Arabic verse over its Urdu translation, pair by pair: the refrain's Urdu line, 4 safe removals on main
    doc = load("surah-55-arabic-urdu")
    # the pair given again whole is the copy, the block (qa23 r02): Arabic line and Urdu line together
    assert unsafe_lines(doc, "refrain of its form") == [15, 24, 30, 36]


def test_a_row_listed_in_two_tables_is_each_tables_own():
    # each table's data (zoo's FAQ lists a package under "Depends" and "Imports", tester26): not reported
    doc = load("latex-hydrology-tables")
    assert findings(doc) == []
    # a table given again whole is a copy: its rows are reported (a block of short lines: no safe fix)
    text = doc.text
    table = text[text.index("\\begin{tabular}"):text.index("\\end{tabular}")]
    again = Document.from_text(text + "\n\n" + table + "\\end{tabular}\n")
    assert unsafe_lines(again, "") == [37, 38]


def test_an_items_labelled_field_in_a_series_of_records_is_not_reported():
    # "Licence: public domain, …" under two data sets, other sets have other licences: each record
    # (Source:, Updated:, Licence:) gives its own field, no paragraph given twice (unsafe on main, bios19)
    doc = load("catalogue-fields")
    assert findings(doc) == []


def test_a_labelled_field_of_a_one_field_item_is_its_items_own():
    # the same licence under two items with no other field: not a record, a field of its item
    text = load("catalogue-fields").text
    text = "\n".join(row for row in text.split("\n") if not row.startswith(("Source:", "Updated:")))
    # its block's own line, but a catalogue is no dialog: the copy is read as a line again (review23b L0), and the
    # field's label keeps it from a safe fix (qa23 r02)
    found = findings(Document.from_text(text))
    assert found and all(v.fix.applicability is Applicability.UNSAFE for v in found)


def test_a_logs_events_get_no_safe_fix():
    # apt's term.log, two runs: "debconf: delaying …" (a field: debconf's other messages) and
    # "update-alternatives: …" (a line of a run among its "Setting up …" lines)
    doc = load("apt-term-log")
    assert unsafe_lines(doc, "labelled field") == [15]
    assert unsafe_lines(doc, "a line of a block whose lines open with the same words") == [24]


def test_a_row_of_a_widgets_buttons_is_no_logs_event():
    # fixer22 #3: the shared web corpus's lifehacker page, one comment's buttons (17 lines): three `Share to …`
    # lines made any line of the block "a log's events" on main; a log's lines give data after their words
    # (apt's versions, a time, a count), buttons none. The apt log's line still is one (test above)
    from corpuslint.checks.bios.series import series_row

    text = (DATA / "lifehacker-comment-buttons.txt").read_text(encoding="utf-8")
    for line in ("Follow patrickallan for Lifehacker", "Share to Pinterest", "Go to permalink"):
        at = text.index(line)
        assert series_row(text, at, at + len(line)) == "", line
    apt = load("apt-term-log").text
    at = apt.index("update-alternatives", apt.index("Log started: 2021-03-15"))
    assert series_row(apt, at, apt.index("\n", at)) == "log"
    # ... but only beside its run: moved away from the `Setting up` lines (after the `Processing triggers` ones), not
    lines = apt.split("\n")
    moved = "\n".join(lines[:23] + lines[24:26] + [lines[23]] + lines[26:])
    at = moved.index("update-alternatives", moved.index("Log started: 2021-03-15"))
    assert series_row(moved, at, moved.index("\n", at)) == ""


def test_a_form_of_address_heading_each_part_gets_no_safe_fix():
    doc = load("speech-salutation")
    assert unsafe_lines(doc, "a line ending with a colon over a paragraph of its own") == [7, 11]


def test_a_short_field_is_not_reported():
    # "Price: $5" under several items is shorter than `min-words`: no finding at all
    assert findings(load("menu-price-fields")) == []


def test_a_running_foot_next_to_a_form_feed_keeps_its_safe_fix():
    doc = load("pdf-running-foot")
    found = findings(doc)
    assert [line(doc, v.start) for v in found] == [16, 23]
    assert all(v.fix is not None and v.fix.applicability is Applicability.SAFE for v in found)


def test_a_headline_stamped_over_the_story_keeps_its_safe_fix():
    # top, share box (a line of a short block: unsafe as on main) and over the story (safe)
    doc = load("news-headline-thrice")
    found = {line(doc, v.start): v.fix.applicability for v in findings(doc)}
    assert found == {5: Applicability.UNSAFE, 8: Applicability.SAFE}


@pytest.mark.parametrize("name", sorted(p.stem for p in DATA.glob("*.txt")))
def test_no_near_copy_or_quotation_is_reported_in_these_texts(name):
    # the verses, rows and fields that differ in a word are no near copies (CL402), no pull quotes (CL403)
    doc = load(name)
    assert not any("near-duplicate" in v.message for v in findings(doc))
    assert list(RepeatedQuotation().check(doc)) == []
