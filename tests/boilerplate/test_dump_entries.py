"""tester29 #1-2: on a Sphinx site dumped by lynx, CL140 took the API entries' descriptions (a term over
its deeper-indented description) and a `<pre>` block set in column 1 for furniture, and CL151 each page's
own title (`Utilities¶`) because other pages' nav lists carry it. Real excerpts: tests/data/boilerplate/docsite29."""
from __future__ import annotations

from cl140_lines import flagged

from corpuslint.checks.boilerplate.dumpheads import outline_heading

from conftest import DATA

SITE = DATA / "boilerplate" / "docsite29"


def _line_at(text: str, number: int) -> tuple[int, int]:
    start = sum(len(line) + 1 for line in text.split("\n")[:number - 1])
    return start, start + len(text.split("\n")[number - 1])


def test_a_dumps_api_entries_and_code_are_the_pages_its_sidebar_is_not():
    lines, hit = flagged(SITE / "extdev_utils.txt", furnished=True)
    assert lines[117].strip() == "A base class of Transforms." and lines[204].strip().startswith("The line number")
    assert not hit & set(range(102, 316))  # every signature and description of the reference
    assert {6, 12, 16, 64} <= hit  # `Navigation`, `Quick search`, `On this page`, `Site navigation`
    lines, hit = flagged(SITE / "tutorial_deploying.txt", furnished=True)
    assert lines[90] == "stages:" and lines[89].strip() == ".gitlab-ci.yml¶"
    assert not hit & set(range(80, 111))  # the lead-in, its caption, the `<pre>` block, the sentence below
    assert {6, 12} <= hit


def test_a_permalinked_heading_in_column_1_of_a_dump_is_the_pages_own_title():
    text = (SITE / "extdev_utils.txt").read_text(encoding="utf-8")
    assert outline_heading(text, *_line_at(text, 102))  # `Utilities¶`
    assert not outline_heading(text, *_line_at(text, 6))  # `Navigation`: the sidebar's, no sign
    assert not outline_heading(text, *_line_at(text, 12))  # `Quick search`
    book = (SITE / "new-maintainer.ru.txt").read_text(encoding="utf-8")
    # over its first section's heading in column 1 (`2.1. Приступаем к работе¶`), then the indented text
    assert outline_heading(book, *_line_at(book, 15)) and outline_heading(book, *_line_at(book, 17))
    assert not outline_heading(book, *_line_at(book, 13))  # the breadcrumb's copy, indented


def test_a_term_of_words_over_indented_text_is_no_entry():
    """lynx indents a teaser card's label over its text as it does a `<dl>` (sb26 B la-bas.org):
    only a permalinked or code-shaped term opens an entry."""
    from corpuslint.checks.boilerplate.dumpentries import definition_entries
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines
    card = ("   Voir\n       La bibliothèque de LÀ-BAS. Des perles, des classiques, des découvertes, des outils,\n"
            "       Vos avis et conseils sont bienvenus !\n\n")
    entry = ("   -H <project>¶\n          Sets the project name to put in generated files (see project).\n\n"
             "   get_location() → str[source]\n          Get current location info for logging.\n\n")
    assert not definition_entries(card, candidate_lines(card))
    assert len(definition_entries(entry, candidate_lines(entry))) == 4
