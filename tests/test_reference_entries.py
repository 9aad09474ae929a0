"""Reference text's own repeats are neither copies nor markup a scraper left (tester26 #1-#3, #8, #9, #11).

Real excerpts (tests/data/records/README.md): two config keys' descriptions under their reST directives, a
vignette's worked examples laid out a field a paragraph, one package in two tables of a FAQ, the Jargon File's
index over its entries' headwords (CL402); HTML and calls shown in reST code blocks (CL201, CL402). Each both
ways: the same words outside that shape are still found.
"""

from __future__ import annotations

from pathlib import Path

from corpuslint import Document, Linter

DATA = Path(__file__).parent / "data" / "records"


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def found(text: str, code: str = "CL402") -> list:
    return Linter({"select": [code]}).check([Document.from_text(text)])


def test_two_directives_bodies_in_the_same_words_are_two_entries():
    text = read("flask-config-max-form.rst.txt")
    assert found(text) == []
    # the same paragraphs under no directive: a copy
    plain = "\n".join(row.strip() for row in text.splitlines() if not row.startswith(".."))
    assert found(plain)


def test_a_worked_examples_fields_are_its_own_and_an_example_pasted_again_is_a_copy():
    text = read("zoo-read-examples.txt")
    assert found(text) == []
    example = text[text.index("\\section*{Example 10}"):]
    assert found(text + "\n" + example.replace("Example 10", "Example 11"))


def test_a_row_in_two_tables_is_each_tables_and_a_table_given_twice_is_a_copy():
    text = read("zoo-faq-tables.txt")
    assert found(text) == []
    table = text[text.index("\\begin{tabular}"):text.index("\\end{tabular}")]
    assert found(text + "\n\n" + table + "\\end{tabular}\n")


def test_an_index_entry_and_its_headword_are_no_copy():
    text = read("jargon-index-headwords.txt")
    assert found(text) == []
    # the headword's line stamped again under the entry, no index around it: a copy
    head = "   :You know you've been hacking too long when:\n"
    assert [f.line for f in found(text + "\n" + head)] == [text.count("\n") + 2]
    # a page's headline under its menu and again over its sponsor's lines (no headword shape): still a copy
    assert 17 in [f.line for f in found(read("guardian-series-headline.txt"))]


def test_html_and_calls_shown_in_rest_code_blocks_are_the_documents_samples():
    assert found(read("jinja-templates-code-blocks.rst.txt"), "CL201") == []
    assert found(read("flask-views-code-blocks.rst.txt")) == []
    # the same tags in a paragraph of prose are a scraper's
    assert found("With both options enabled:\n\n<div> yay </div>\n", "CL201")


def test_a_glossarys_cross_references_down_a_table_are_no_javascript():
    text = read("jargon-si-prefixes.txt")
    assert found(text, "CL205") == []
    # a function's body closed at the end of a run of statements is
    script = "(function(d, s, id) {\n  var js, fjs = d.getElementsByTagName(s)[0];\n  js.src = 'sdk.js';\n})\n"
    assert found(text + "\n" + script, "CL205")


def test_calls_in_two_sweave_chunks_are_the_vignettes_code():
    # `z <- read.zoo(text = Lines, header = TRUE, index = 1:2, FUN = chron)` in two examples' R chunks: a
    # "near-duplicate paragraph" on 0e351df (tester26)
    text = read("zoo-read-sweave-chunks.txt")
    assert found(text) == []
    # the chunks' marks taken away, the same lines are a text's paragraphs again, and a copy
    bare = "\n".join("" if row == "@" or row.startswith("<<") else row for row in text.split("\n"))
    assert [f.line for f in found(bare)] == [33]


def test_a_story_told_again_inside_its_own_quotation_is_no_repeated_quotation():
    # the koan "Moon instructs a student": Moon answers with the student's story, quoted, its inner quotation
    # nested (‘I understand …); CL403 on 0e351df (tester26)
    text = read("jargon-koan-moon.txt")
    copies = Linter({"select": ["CL401", "CL402", "CL403"]})
    assert copies.check([Document.from_text(text)]) == []
    # the story given again with its own marks, as a pull quote does, is still a repeated quotation
    again = text.replace("‘I understand", "“I understand")
    assert [f.code for f in copies.check([Document.from_text(again)])] == ["CL403"]
