"""CL140 leaves alone the runs of lines that are a text's own (issue 15, session 21): a Japanese
blog written a sentence (or a phrase) a line, and a document's numbered table of contents whose
entries stand again as its sections' headings. A Japanese site's menu, its items closing no
clause, is not such a run (qa20b's pages, their menus among them, lose no flagged line); the
Debian guide's own page furniture is still flagged."""

from __future__ import annotations

from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.textruns import contents_entries, is_grammar_row, is_sentence_a_line

DATA = Path(__file__).parent / "data" / "boilerplate"
RUNS = DATA / "textruns"


def test_a_blog_written_a_sentence_a_line_is_left_alone():
    # qa20's feed of a Japanese guest house's diary (RSS as text): 108 lines flagged before, with `furnished`
    lines, found = flagged(RUNS / "dogsinn.jp-feed.txt", furnished=True)
    assert not found
    own = {n for n, line in enumerate(lines, 1) if line in ("今日もパピヨンが来ました。", "妙に続く。", "近所のペットショップには大型犬用は売っていないので、")}
    assert len(own) == 3 and not own & flagged(RUNS / "dogsinn.jp-feed.txt")[1]


def test_the_shape_of_a_sentence_a_line():
    text = (RUNS / "dogsinn.jp-feed.txt").read_text(encoding="utf-8")
    lines = candidate_lines(text)
    at = {line.text: i for i, line in enumerate(lines)}
    assert is_sentence_a_line(lines, at["コーギーがきました。"]) and is_sentence_a_line(lines, at["妙に続く。"])
    assert is_sentence_a_line(lines, at["またまたパピヨン"])  # a post's title, a blank line above its text
    menu = candidate_lines((RUNS / "nikkei-menu.txt").read_text(encoding="utf-8"))
    assert not any(is_sentence_a_line(menu, i) for i in range(len(menu)))


def test_two_chinese_sentences_one_under_the_other_are_the_text_s_own():
    # a Chinese blog's feed (session 33): a post's last lines, each closing its sentence with `。`, the last
    # with the feed's link to the full post after it; the run around them (titles, phrases a line) closes
    # too few lines to count, and a retrained model flagged the last (0.93) and lost `否则怎么活到现在。`
    text = (DATA / "feeds" / "xy15400.blogcn.com-feed.txt").read_text(encoding="utf-8")
    lines = candidate_lines(text)
    at = {line.text: i for i, line in enumerate(lines)}
    for own in ("很好笑的信，也许。但很严肃地怀念。", "我忘了当时什么事。但很确定我不会想死。", "否则怎么活到现在。 (浏览全文 引用此文)"):
        assert is_sentence_a_line(lines, at[own]), own
    # the feed's link alone, a post's title, a phrase closing nothing, a line with no closed neighbour
    for other in ("(浏览全文 引用此文)", "开学了", "我什么都不懂", "没错,对我来说狗狗就是天使."):
        assert not is_sentence_a_line(lines, at[other]), other


def test_a_numbered_table_of_contents_is_the_document_s_own():
    path = RUNS / "maintguide-build.ru.txt"
    lines, found = flagged(path, furnished=True)
    toc = {n for n, line in enumerate(lines, 1) if line.startswith("  6.") and n < 25}
    assert len(toc) == 7 and not toc & found
    # head (and, under main's model before session 33, the footer's bar, 298): chapter titles, no furniture cue (review22 #0)
    assert not found and 1 in flagged(path)[1]
    doc = DocLines(candidate_lines(path.read_text(encoding="utf-8")))
    entries = {doc.lines[i].text for i in contents_entries(doc)}
    assert "6.6. Быстрая пересборка" in entries and "Теперь мы готовы собрать пакет." not in entries


def test_a_grammar_s_rule_and_its_rows_are_the_reference_s_own():
    # the Python reference's `simple_stmt ::=` and its 15 rows of alternatives (qa19a, Sphinx HTML as text)
    lines = candidate_lines((RUNS / "python-reference-simple-stmts-grammar.txt").read_text(encoding="utf-8"))
    rows = [i for i, line in enumerate(lines) if is_grammar_row(lines, i)]
    assert [lines[i].text for i in rows[:2]] == ["simple_stmt ::=  expression_stmt", "| assert_stmt"]
    assert len(rows) == 17  # the rule, its 15 rows, and `expression_stmt ::=` below
    assert not any(is_grammar_row(lines, i) for i, line in enumerate(lines) if line.text.startswith(("7.", "A simple")))
