"""Text converted from a PDF (tester31): nothing of a paper is read as a page's furniture, and its
own defects are found: ligature characters (CL214), words hyphenated across line ends (CL215), a
PDF or an EPUB named on the command line (CL902 says how to convert it). Data: tests/data/pdftext/SOURCES.md."""

from __future__ import annotations

import re
from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.checks.pdftext import own_line_numbers, paginated, section_heading
from corpuslint.fixer import fix_document
from corpuslint.formats.base import binary_problem

DATA = Path(__file__).parent / "data" / "pdftext"
ZOO = ("zoo_zoo-p1-2.txt", "zoo_zoo-read-p1-2.txt", "zoo_zoo-quickref-p1-2.txt")


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def check(texts: dict[str, str], select: list[str]) -> list:
    return Linter({"select": select}).check([Document.from_text(text, id=name) for name, text in texts.items()])


def test_a_pdfs_text_is_told_by_its_shape():
    zoo = read(ZOO[0])
    assert paginated(zoo)
    assert not paginated(zoo.replace("\f", ""))  # no page breaks: wrapped prose of any kind
    assert not paginated("Home\n\fNews\nSport\n")  # a form feed among short lines
    own = own_line_numbers(zoo, paragraphs=False)
    lines = zoo.split("\n")
    # the title page (authors, affiliations), `Abstract` and `1. Introduction` are the paper's
    assert {lines[k] for k in own} >= {"Achim Zeileis", "Gabor Grothendieck", "Universität Innsbruck", "Abstract",
                                       "1. Introduction"}
    assert not any(lines[k].startswith("observations, such as discrete") for k in own)  # a paragraph, without `paragraphs`
    # a numbered heading over its section, in any text (a PDF's page a record); not a page's running head
    prose = "The coin package provides a unified approach to conditional inference procedures\n"
    heading = "Title\n\n1 Introduction\n" + prose
    assert section_heading(heading, 7, 21)
    assert not section_heading("2 Order-restricted Scores Test\n\n" + prose, 0, 30)


def test_a_vignettes_title_page_and_headings_are_not_corpus_boilerplate():
    # three vignettes of one package: the same authors, affiliations and headings, each the paper's own
    assert check({name: read(name) for name in ZOO}, ["CL151", "CL142"]) == []


def test_a_paragraphs_lines_beside_r_code_and_figure_labels_are_never_furniture():
    text = read("vcd-strucplot.txt")
    found = check({"vcd": text}, ["CL140", "CL142"])
    lines = text.split("\n")
    flagged = {k for f in found for k in range(f.line, (f.end_line or f.line) + 1)}
    for k, line in enumerate(lines, 1):
        if line.startswith(("entries, and are particularly", "the default split direction", "Let us first visualize")):
            assert k not in flagged, line  # lines 3 and 5 of a paragraph; a paragraph's line among a figure's labels
        if line.startswith(("Figure 1:", "> mosaic(")):
            assert k not in flagged, line  # a caption, an R prompt
    assert all(f.code == "CL140" for f in found)  # Table 1's row labels are no menu (CL142)
    assert not any(lines[k - 1] in {"Gender", "Female", "Language"} for k in flagged)  # nor a mosaic plot's labels (genres32)


def test_a_tables_cells_one_a_line_are_the_papers_own():
    # pscl's Table 2 as pdftotext writes it: a column a block, its word cells (`Type`, `hosp`, `no. parameters`)
    # among the numbers (`1.029`, `(0.024)`) and over its caption; CL140 read them as a menu (genres32)
    text = read("pscl_countreg-p17-18.txt")
    pages = text.split("\f")
    lines = text.split("\n")
    own = own_line_numbers(text)
    for cell in ("Type", "Distribution", "fm_pois fm_qpois", "healthexcellent", "no. parameters", "zero-augmented"):
        assert all(k in own for k, line in enumerate(lines) if line == cell), cell
    assert [line for k, line in enumerate(lines) if k not in own and line.strip()] == [
        "Regression Models for Count Data in R"]  # page 18's running head stays the page's
    # the same word cells, without the numbers under them or a caption: a run of short lines, no table by its shape
    bare = "\n".join(line for line in pages[0].split("\n")[2:]
                     if re.search(r"[^\W\d_]{3,}", line) and len(line) < 40 and not line.startswith("Table"))
    reordered = pages[1] + "\f" + bare + "\n\f"
    lines = reordered.split("\n")
    own = own_line_numbers(reordered)
    assert {"Distribution", "hosp", "healthexcellent"} <= {line for k, line in enumerate(lines) if k not in own}


def test_ligatures_are_written_as_letters():
    text = "the identiﬁcation of a model-speciﬁc eﬀect, diﬃcult.\nThe ﬁ ligature, alone, is named.\n"
    found = check({"a": text}, ["CL214"])
    assert [text[f.offset:f.end_offset] for f in found] == ["identiﬁcation", "speciﬁc", "eﬀect", "diﬃcult"]
    fixed = fix_document(Linter({"select": ["CL214"]}), Document.from_text(text, id="a")).document.text
    assert fixed == "the identification of a model-specific effect, difficult.\nThe ﬁ ligature, alone, is named.\n"


def test_a_word_broken_at_a_line_end_is_joined_where_the_document_writes_it():
    text = ("It presents hands-on exam-\n     ples for a wide range of models; the examples\n"
            "are well-\nknown, and well-known to all. The tool is user-\nfriendly.\n")
    found = check({"a": text}, ["CL215"])
    assert [text[f.offset:f.end_offset] for f in found] == ["exam-"]  # `well-known` elsewhere: its own hyphen; `userfriendly` nowhere
    assert found[0].fix is not None and found[0].fix.applicability.value == "unsafe"
    fixed = fix_document(Linter({"select": ["CL215"]}), Document.from_text(text, id="a"), unsafe=True).document.text
    assert fixed.startswith("It presents hands-on examples\n     for a wide range")


def test_a_pdf_or_an_epub_named_is_told_how_to_convert():
    assert "`pdftotext FILE`" in binary_problem(b"%PDF-1.5\n%\xe2\xe3\xcf\xd3\n1 0 obj\x00").message
    epub = b"PK\x03\x04" + b"\x00" * 26 + b"mimetypeapplication/epub+zip" + b"PK\x03\x04META-INF/container.xml"
    assert "`pandoc FILE -t plain" in binary_problem(epub).message
    assert "unzip FILE" in binary_problem(b"PK\x03\x04" + b"\x00" * 40).message  # any other zip, as before


def test_parallel_fields_of_a_papers_examples_are_no_copies():
    # zoo-read's examples each describe themselves by `Input class:` / `Input index:` / ...: a line of its block
    zoo = read(ZOO[0])
    text = zoo + read("zoo_zoo-read-examples.txt")
    found = check({"a": text}, ["CL402", "CL403"])
    # only page 2's running head, standing between blank lines, repeats the title (line 1, wrapped)
    assert [(f.code, text.split("\n")[f.line - 1]) for f in found] == [
        ("CL402", "zoo: An S3 Class and Methods for Indexed Totally Ordered Observations")]
