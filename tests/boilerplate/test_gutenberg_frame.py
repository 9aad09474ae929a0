"""CL143 gutenberg-frame on real Project Gutenberg texts of two template eras (the 1990s Small
Print, the 2000s START/END markers wrapped by a long title): the header and the tail are found and
their removal keeps the book; a marker quoted in prose, a text with no marker and a START-like line
over a book with no END marker are left alone. The files: tests/data/boilerplate/gutenberg/README.md."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.gutenberg import GutenbergFrame
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "boilerplate" / "gutenberg"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def fixed(text: str) -> tuple[str, list]:
    found = list(GutenbergFrame().check(Document.from_text(text, path="book.txt")))
    for v in sorted(found, key=lambda v: v.start, reverse=True):
        for edit in v.fix.edits:
            text = text[:edit.start] + edit.replacement + text[edit.end:]
    return text, found


def test_the_small_print_header_and_the_etext_tail_of_the_1990s():
    text = read("pg_small_catechism_ja.txt")
    after, found = fixed(text)
    assert [v.data["part"] for v in found] == ["head", "tail"]
    assert all(v.fix.applicability is Applicability.SAFE for v in found)
    assert found[0].data["lines"] == 285
    assert after.startswith("マルチン・ルターの小信仰問答書\n")
    assert after.rstrip().endswith("問い　これはどういう意味ですか。")
    assert "Gutenberg" not in after and "SMALL PRINT" not in after


def test_markers_wrapped_over_two_lines_and_a_full_license_in_the_tail():
    text = read("pg10026-excerpt.txt")
    after, found = fixed(text)
    assert len(found) == 2
    assert after.startswith("E-text prepared by Jonathan Ingram")  # the credits below the marker stay
    assert after.endswith("and sold by all Newsmen and Booksellers._\n")
    assert "AMUSEMENT, AND INSTRUCTION, VOL. 10, ISSUE 268, AUGUST 11, 1827***" not in after
    assert "Professor Porson was often in pecuniary difficulties." in after
    assert "LICENSE" not in after


def test_a_book_without_the_end_marker_keeps_its_tail():
    text = read("pg10026-excerpt.txt")
    book = text[:text.index("***END OF")]
    after, found = fixed(book)
    assert [v.data["part"] for v in found] == ["head"]
    assert after.endswith("and sold by all Newsmen and Booksellers._\n\n\n\n")


def test_markers_in_prose_and_a_start_line_over_a_book_are_left_alone():
    quoted = ("Every file opens with a header closed by the line *** START OF THE PROJECT GUTENBERG EBOOK ***,\n"
              "which cleaners look for.\n")
    assert fixed(quoted)[1] == []
    # no START marker: an `End of the Project Gutenberg ...` line opening a wrapped sentence of the book
    text = read("pg10026-excerpt.txt")
    book = text[text.index("HOSPITAL OF ST. THOMAS"):text.index("***END OF")]
    prose = book.replace("The subject of the above engraving", "End of the Project Gutenberg era, the subject of the engraving")
    assert fixed(prose)[1] == []
    # a START-like line with the book above it and no END marker: nothing says it is PG's frame
    over = "\n\n".join([book] * 3) + "\n\n*** START OF THE PROJECT GUTENBERG EDITION, said the note. ***\n\nThe end.\n"
    assert fixed(over)[1] == []
