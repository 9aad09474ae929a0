"""Wikitext and LaTeX read as plain text (`corpuslint.plain_markup`, qa24 #1, #6, #7): a Wikipedia
article's headings, tables, templates and categories, a LaTeX chapter's `\\begin`/`\\end` lines and
verbatim code are the document's structure: CL140 does not read wikitext as a page, CL205 does not
read a verbatim block's C++ as JavaScript, CL151 does not count `{{Authority control}}`, and no fix
takes a table row, a heading or `\\end{verbatim}`. Real text, both ways."""

from __future__ import annotations

from pathlib import Path

from corpuslint.analysis import Role, analyse
from corpuslint.config import Config, load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document
from corpuslint.plain_markup import verbatim_spans, wikitext

DATA = Path(__file__).parent / "data" / "plain_markup"
LINTER = Linter(load_config(None))
TAILS = ["Achilles", "Alain_Connes", "Alchemy", "Altruism", "An_American_in_Paris"]


def read(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def roles_of(text: str) -> list[tuple[str, Role | None]]:
    s = analyse(text, markdown=False)
    return [(line, s.line_role[n]) for n, line in enumerate(text.split("\n")) if line.strip()]


def test_a_wikitext_articles_headings_tables_and_templates_are_its_structure():
    text = read("enwiki-award-table-excerpt.txt")
    assert wikitext(text)
    roles = dict(roles_of(text))
    assert roles["==Superlatives=="] is Role.HEADING
    assert roles["{{clear}}"] is Role.MARKER
    assert roles["| Most Nominations"] is Role.TABLE  # a cell
    assert roles['{| class="wikitable" style="text-align: center"'] is Role.TABLE
    assert roles["| country   = United States"] is Role.TABLE  # an infobox's field
    assert roles["{{legend|#FAEB86|indicates the winner}}"] is Role.MARKER
    # the lines between the marks stay prose and table rows are never `|-` alone: all the `|-` are the table's
    assert all(role is Role.TABLE for line, role in roles_of(text) if line.startswith("|-"))
    lead = next(line for line, _ in roles_of(text) if line.startswith("The films below"))
    assert roles[lead] is Role.PROSE


def test_categories_and_authority_templates_are_kept_lines():
    roles = dict(roles_of(read("enwiki-Alain_Connes_tail.txt")))
    assert roles["{{Authority control}}"] is Role.MARKER
    assert roles["[[Category:1947 births]]"] is Role.LINK_DEFINITION


def test_text_with_a_few_double_brackets_is_no_wikitext():
    # a link or two in double brackets and no heading, template or table: not MediaWiki's source
    assert not wikitext("See [[Agronomy]] and [[Botany]] for more.\n\nIt was a [[draft]].\n")
    assert not wikitext("A plain paragraph.\n\n== Not a heading without links ==\n")


def test_cl140_reads_no_wikitext_as_a_page_and_its_unsafe_fix_keeps_the_tables():
    for name in ("enwiki-award-table-excerpt.txt", "enwiki-agricultural-science-excerpt.txt"):
        text = read(name)
        doc = Document.from_text(text, path=name)
        assert [f for f in LINTER.check([doc]) if f.code == "CL140"] == [], name  # main: 18 in the two
        fixed = fix_document(LINTER, doc, unsafe=True).document.text
        kept = fixed.split("\n")
        for line, role in roles_of(text):
            if role in (Role.TABLE, Role.HEADING, Role.MARKER) and "<br" not in line:  # (`<br />` may become a line break)
                assert line in kept, (name, line)  # main: 100 of 150 lines of the award article gone
        assert fixed.count("\n|-") == text.count("\n|-")  # no row and no row's separator alone
        assert "* [[Agronomy]]" not in text or "* [[Agronomy]]" in fixed


def test_cl151_does_not_count_a_wiki_articles_templates_and_categories():
    docs = [Document.from_text(read(f"enwiki-{name}_tail.txt"), id=name, path=f"{name}.txt") for name in TAILS]
    findings = Linter(Config(select=["CL151"])).check(docs)
    assert [f.text for f in findings] == []  # main: `{{Authority control}}` in 5 documents


def test_latex_verbatim_blocks_are_code_and_their_environment_lines_markers():
    text = read("cplusplus-namespaces-excerpt.tex.txt")
    roles = roles_of(text)
    assert [role for line, role in roles if line.strip() == "\\end{verbatim}"] == [Role.MARKER, Role.MARKER]
    assert [role for line, role in roles if line.strip() == "\\begin{verbatim}"] == [Role.MARKER, Role.MARKER]
    assert dict(roles)["    auto systemNow = system_clock::now().time_since_epoch();"] is Role.CODE
    assert len(verbatim_spans(text)) == 2
    assert dict(roles)["equals the number of seconds since the \\texttt{system\\_clock's} epoch."] is Role.PROSE


def test_cl205_reads_no_verbatim_cpp_as_javascript_and_no_fix_takes_end_verbatim():
    text = read("cplusplus-namespaces-excerpt.tex.txt")
    doc = Document.from_text(text, path="namespaces.tex.txt")
    assert [f for f in LINTER.check([doc]) if f.code == "CL205"] == []  # main: 2, "JavaScript in text"
    assert fix_document(LINTER, doc, unsafe=True).document.text.count("\\end{verbatim}") == 2  # main: 1


def test_cl205_still_finds_a_script_outside_a_verbatim_block():
    script = "(function(d, s, id) {\n  var js, fjs = d.getElementsByTagName(s)[0];\n  js = d.createElement(s);\n});\n"
    text = "\\section{Sharing}\nShare this page with your friends.\n" + script + "\nThe chapter goes on here.\n"
    doc = Document.from_text(text, path="page.txt")
    assert [f.code for f in LINTER.check([doc]) if f.code == "CL205"] == ["CL205"]
    assert verbatim_spans(text) == []


def test_wiki_shown_reads_a_long_line_of_unclosed_footnotes_in_linear_time():
    # review25: `<ref>…</ref>` was sought from every opening to the line's end (60 KB: 8 s)
    import time

    from corpuslint.plain_markup import wiki_shown
    started = time.process_time()
    assert wiki_shown("<ref>a " * 9000 + "<ref>b</ref> c").endswith("a  c")
    assert wiki_shown("x <!--a " * 9000 + "y").startswith("x <!--a")
    assert time.process_time() - started < 1.0
    assert wiki_shown("The '''Senate'''<ref name=\"s\">{{cite web|url=x}}</ref> is the [[upper house|upper]] chamber."
                      "<ref>Foo</ref> <ref name=b/>") == "The Senate is the upper chamber. "
