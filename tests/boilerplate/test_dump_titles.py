"""tester28's debian-faq (lynx dumps, de/fr) and perlko (pod2text, Korean): CL151 took each FAQ page's own
chapter title (column 1 over the page's indented text) because the other pages' prev/next links carry it
indented, and the tail `GNU/Linux.` of the abstract's wrapped sentence, over the rule every page shares;
CL140 read Korean prose as furniture (`있습니다. 사용하기 ...`: no capital after the point, so no sentence
mark). Real excerpts: tests/data/boilerplate/dumps28."""
from __future__ import annotations

from cl140_lines import flagged

from corpuslint.checks.boilerplate.dumpheads import outline_heading
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.neighbours import own_items
from corpuslint.checks.boilerplate.scripts import SENTENCE_MARK
from corpuslint.checks.corpus_units import text_units

from conftest import DATA

DUMPS = DATA / "boilerplate" / "dumps28"


def _line_at(text: str, number: int) -> tuple[int, int]:
    start = sum(len(line) + 1 for line in text.split("\n")[:number - 1])
    return start, start + len(text.split("\n")[number - 1])


def test_a_numbered_heading_in_column_1_of_a_dump_is_the_pages_own_title():
    text = (DUMPS / "contributing.fr.txt").read_text(encoding="utf-8")
    assert outline_heading(text, *_line_at(text, 9))  # `Chapitre 13. Participer au projet Debian`
    assert outline_heading(text, *_line_at(text, 25))  # `13.1. Comment devenir un membre ...`
    # its copy in the page's header, indented like the nav links, stays a candidate
    assert not outline_heading(text, *_line_at(text, 5))
    # a title the dump wrapped over two lines in column 1, both lines
    wrapped = (DUMPS / "nextrelease.fr.txt").read_text(encoding="utf-8")
    assert outline_heading(wrapped, *_line_at(wrapped, 10)) and outline_heading(wrapped, *_line_at(wrapped, 11))
    # not numbered (the FAQ's own name in column 1), or in a text that is not indented: no such heading
    index = (DUMPS / "index.fr.txt").read_text(encoding="utf-8")
    assert index.split("\n")[6] == "La FAQ Debian GNU/Linux" and not outline_heading(index, *_line_at(index, 7))
    flush = "\n".join(line.strip() for line in text.split("\n"))
    assert not outline_heading(flush, *_line_at(flush, 9))


def test_a_wrapped_sentences_tail_over_a_shared_rule_is_the_texts():
    text = (DUMPS / "index.fr.txt").read_text(encoding="utf-8")
    units, _ = text_units(text)
    tail = next(i for i, u in enumerate(units) if u.line and text[u.start:u.end] == "GNU/Linux.")
    rule = tail + 1
    assert set(text[units[rule].start:units[rule].end]) == {"_"}
    # the tail and the rule under it both repeat: the tail is the abstract's, the rule stays reportable
    assert own_items(text, units, lambda i: i in (tail, rule)) == {tail}


def test_korean_prose_has_sentence_marks_and_is_not_furniture():
    assert SENTENCE_MARK.search("지향하고 있습니다. 사용하기 쉽고, 절차적 프로그래밍과") is not None
    assert SENTENCE_MARK.search("الإنسان. ولما كان") is not None  # Arabic: no capital after the point either
    # `. ` before Han or kana numbers a heading in a nav link: Chinese and Japanese end sentences with `。`
    assert SENTENCE_MARK.search("* 上に戻る * ホーム * 次へ10.5. 動的ルーティング") is None
    path = DUMPS / "perlko.txt"
    lines = {line.number: line for line in candidate_lines(path.read_text(encoding="utf-8"))}
    assert lines[24].prose and not lines[41].prose  # 41 holds no mark: a wrapped line, its neighbours prose now
    assert not flagged(path, furnished=True)[1]  # main: 10 findings in these 70 lines
