"""Verse, tables and data rows that corpora share are the documents' own (tester26; data:
tests/data/boilerplate/verse/SOURCES.md): CL151 leaves an epic's formula inside its stanza, a CSV
file's header and a grid table's row alone, and CL140 reads no poem as a menu; the same line
standing where a stamp stands is still reported."""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter
from corpuslint.checks.boilerplate.configlines import commented_config
from corpuslint.checks.boilerplate.itemruns import in_sorted_list
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.tables import table_row
from corpuslint.checks.boilerplate.uniform import verse

DATA = Path(__file__).parent / "data" / "boilerplate" / "verse"
WEB = Path(__file__).parent / "data" / "boilerplate" / "web"
KALEVALA = ("kalevala-00-148.txt", "kalevala-01-106.txt", "kalevala-03-190.txt")
CSV = ("umath-arccos.csv.txt", "umath-arcsin.csv.txt", "umath-arcsinh.csv.txt")
FORMULA = "sanan virkkoi, noin nimesi:"


def read(name: str, folder: Path = DATA) -> str:
    return (folder / name).read_text(encoding="utf-8")


def repeated(texts: dict[str, str]) -> list:
    docs = [Document.from_text(text, id=name) for name, text in texts.items()]
    return Linter({"select": ["CL151"]}).check(docs)


def test_an_epics_formula_inside_its_stanza_is_the_poems_line():
    # the Kalevala's `sanan virkkoi, noin nimesi:` in three runos, a line among the poem's own
    assert repeated({name: read(name) for name in KALEVALA}) == []
    # the same line where a stamp stands, a paragraph of its own under the poem, is still reported
    tailed = {name: read(name) + "\n" + FORMULA + "\n" for name in KALEVALA}
    assert {f.line for f in repeated(tailed)} == {14}
    # a chunk cut so that the formula opens it or closes it is still the poem's (kalevala_11:1, tester26)
    cut = {name: FORMULA + "\n" + read(name) + FORMULA + "\n" for name in KALEVALA}
    assert repeated(cut) == []


def test_a_csv_header_and_a_grid_tables_row_are_rows():
    # numpy's validation sets share their header row: 3 findings on 54a963e
    assert repeated({name: read(name) for name in CSV}) == []
    # the header over prose (no rows of its fields below) is a line three documents carry
    header = read(CSV[0]).split("\n")[0]
    over_prose = {name: header + "\n\n" + read(name).replace("\n", " ") + "\n" for name in KALEVALA}
    assert {f.line for f in repeated(over_prose)} == {1}
    # Debian Reference's translations keep a table's rows (`|A |10.x.x.x |255.0.0.0 |/8 |1 |`)
    for name in ("debref-de-03-228.txt", "debref-es-03-280.txt", "debref-fr-05-301.txt"):
        text = read(name)
        rows = [k for k, line in enumerate(text.split("\n")) if line.strip().startswith("|A ")]
        at = sum(len(line) + 1 for line in text.split("\n")[:rows[0]])
        assert table_row(text, at + 4, text.index("\n", at)), name
        assert not table_row(text, 4, text.index("\n")), name  # the section's heading over its prose
    assert not table_row("Home, News, Sport\n\nThe council voted on Tuesday.\n", 0, 17)


def test_a_poem_is_verse_and_a_page_is_not():
    assert verse(candidate_lines(read("yeats-later-poems-00.txt")))
    assert all(verse(candidate_lines(read(name))) for name in KALEVALA)
    # pages of menus and headlines, a blog's short lines in Chinese: no clause runs over their ends
    for name in ("002.txt", "blogger.txt", "pixnet.txt", "lwn-1.txt"):
        assert not verse(candidate_lines(read(name, WEB))), name


def test_cl140_reads_no_poem_as_a_menu():
    # Yeats's "Solomon and the Witch", "Easter, 1916": 14 findings (113 of 145 lines) on 54a963e
    doc = Document.from_text(read("yeats-later-poems-00.txt"), id="yeats")
    assert [f for f in Linter({"select": ["CL140"]}).check([doc])] == []


def test_an_entry_of_a_books_long_index_is_its_item():
    # the Jargon File's index, a headword a paragraph: `brain-damaged` (1 finding on 54a963e), which
    # two entries elsewhere in the book end their sentences with
    names = ("jargon-02-459-index.txt", "jargon-08-405.txt", "jargon-26-495.txt")
    texts = {name: read(name) for name in names}
    assert repeated(texts) == []
    # five short paragraphs are no list of the document's own: the line counts again
    texts[names[0]] = "\n".join(texts[names[0]].split("\n")[40:49]) + "\n"
    assert {f.line for f in repeated(texts)} == {5}


def test_a_comment_over_a_config_files_lines_is_the_examples():
    # Debian Reference's `/etc/hosts` example, kept untranslated (4 findings on 54a963e)
    text = read("debref-de-03-132.txt")
    at = text.index("# The following")
    assert commented_config(text, at, text.index("\n", at))
    # a heading-like `#` line over a page's headlines, or over share buttons, is no config file's comment
    page = "    # Related\n    Council votes to close the bridge for repairs\n    Mayor says the plan is 2.5 years late.\n"
    assert not commented_config(page, 4, page.index("\n"))
    assert not commented_config("# Share this story\nFacebook\nTwitter\n", 0, 18)


def test_a_text_browsers_dump_is_a_page_whatever_its_wrapping():
    """lynx wraps a shop's page as a poet does (clauses left open at the lines' ends): the "verse" shape
    silenced CL140 on four held-out shop pages' lynx dumps, so a dump is never verse (`page_shape`)."""
    from corpuslint.checks.boilerplate.pageshape import page_shape

    lines = candidate_lines(read("yeats-later-poems-00.txt"))
    assert page_shape(lines) == "verse"
    assert page_shape(lines, dump=True) is None


def test_an_example_line_its_sentence_introduces_is_the_manuals():
    # `nameserver 192.168.11.1`, kept untranslated, under "... 则包含如下。" in Chinese (a colon in German and
    # Spanish): the example's line; reported on 0e351df (tester26)
    names = ("debref-de-03-168.txt", "debref-es-03-220.txt", "debref-zh-cn-05-156.txt")
    assert repeated({name: read(name) for name in names}) == []
    # the same line under the text's last sentence, where a footer stands, is still reported
    tailed = {name: read(name) + "\nnameserver 192.168.11.1\n" for name in names}
    assert [(f.document, f.line) for f in repeated(tailed)] == [("debref-zh-cn-05-156.txt", 17)]


def test_headwords_of_a_books_long_index_are_no_menu():
    # six headwords (`Itanic` ... `J. Random`) among the Jargon File's index read as a menu after the last
    # sentence (CL142, tester26): the index is sorted, 80 headwords here, 2,000 in the book
    text = read("jargon-02-head-and-index.txt")
    menus = Linter({"select": ["CL142"]})
    assert menus.check([Document.from_text(text, id="jargon")]) == []
    # what tells the index: its length and order; the same headwords in no order, or six alone, are none
    lines = text.split("\n")
    at = lines.index("   Itanic")
    assert in_sorted_list(lines, at, at + 11)
    flipped = lines[:100] + list(reversed(lines[100:]))
    assert not in_sorted_list(flipped, flipped.index("   Itanic"), flipped.index("   Itanic") + 1)
    six = lines[at - 1:at + 12]
    assert not in_sorted_list(six, 1, 12)
