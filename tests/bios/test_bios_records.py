"""CL402/CL403 in a file of records (Debian fortunes, qa22 r05, real excerpts): a refrain inside one
record of verse and a line two different records share (a parody's first line) are the records'
own: no finding (main: the unsafe fix deleted Tolkien's "In the Land of Mordor where the Shadows
lie." and the second parody's first line). Both ways: the Snark record the file gives twice is
still a copy, line by line; a line said twice in prose without record marks is still found."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph, RepeatedQuotation
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "bios" / "records"


def lines(name: str, text: str | None = None) -> list[int]:
    doc = Document.from_text(text if text is not None else (DATA / name).read_text(encoding="utf-8"), path=name)
    found = [*DuplicateParagraph().check(doc), *RepeatedQuotation().check(doc)]
    return sorted(doc.position(v.start)[0] for v in found)


def test_a_refrain_inside_one_record_of_verse_is_no_copy():
    assert lines("ring-verse.txt") == []
    assert lines("education-semester.txt") == []


def test_two_records_sharing_their_first_line_are_no_copies():
    assert lines("father-william.txt") == []


def test_a_record_given_twice_is_still_a_copy():
    # the Snark stanza twice (lines 6-14 and 16-24); its own "said it twice / thrice" is no copy
    assert lines("snark.txt") == [16, 18, 21, 23]



def test_a_latex_sources_percent_spacers_make_no_file_of_records():
    # review23 #5: two lone `%` lines made any text a fortune file and the copied paragraph was missed
    assert lines("latex-percent-spacers.txt") == [11]
    # more sections, more spacers: LaTeX commands (and the opening `\section`) are no fortune file's
    text = (DATA / "latex-percent-spacers.txt").read_text(encoding="utf-8")
    more = text + "%\n\\section{Results}\n\nThe filter works.\n%\n\\section{Conclusion}\n\nIt is simple.\n"
    assert lines("more.txt", more) == [11]
