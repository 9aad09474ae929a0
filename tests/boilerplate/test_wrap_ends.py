"""CL151 and the last line of a hard-wrapped sentence (`... the son of` / `Israel.`) or of a fortune
(`-- Goethe, ...`), which many documents share without it being furniture (qa18a #4). Real
documents: tests/data/boilerplate/ownlines/README.md."""
from __future__ import annotations

from pathlib import Path

from corpuslint import Document
from corpuslint.checks.boilerplate.neighbours import own_items
from corpuslint.checks.corpus_units import text_units

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

OWN = DATA / "boilerplate" / "ownlines"


def documents(paths: list[Path]) -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p)) for p in paths]


def index_of(text: str, units, line: str) -> int:
    return next(i for i, u in enumerate(units) if u.line and text[u.start:u.end] == line)


def test_the_end_of_a_verse_wrapped_at_79_columns_is_the_verses_own():
    # 15 books of the KJV as `bible -l79` prints them, each with a verse whose last line is `Israel.`
    docs = documents(sorted((OWN / "kjv").glob("*.txt")))
    assert sum("\nIsrael.\n" in d.text for d in docs) == 15
    assert not by(linter().check(docs), "CL151")  # main: `Israel.` in all 15 (one-word lines count from 10)


def test_a_short_line_under_a_line_the_width_did_not_fill_is_not_a_wrap():
    text = (OWN / "kjv" / "Ezra.txt").read_text(encoding="utf-8")
    units, _ = text_units(text)
    tail = index_of(text, units, "Israel.")
    assert tail in own_items(text, units, lambda i: i == tail)
    # the same line under a line far shorter than the text's width: the sentence above could
    # have taken its word, so it was not broken off there (a teaser's headline over `Read more.`)
    cut = text.replace("to praise the LORD, after the ordinance of David king of\n",
                       "to praise the LORD, after\n")
    units, _ = text_units(cut)
    tail = index_of(cut, units, "Israel.")
    assert tail not in own_items(cut, units, lambda i: i == tail)
    # nor under a line that ends its sentence: a line of its own (`MORE TO COME` under a story)
    closed = text.replace("ordinance of David king of\n", "ordinance of David king of it.\n")
    units, _ = text_units(closed)
    tail = index_of(closed, units, "Israel.")
    assert tail not in own_items(closed, units, lambda i: i == tail)


def test_an_attribution_under_a_fortune_is_the_fortunes_own():
    text = (OWN / "fortune-goethe.txt").read_text(encoding="utf-8")
    units, _ = text_units(text)
    by_line = index_of(text, units, "-- Goethe, Maximen und Reflexionen, Nr. 141")
    assert by_line in own_items(text, units, lambda i: i == by_line)
    # a bullet that is no dash, under the same two lines: a list's item, not an attribution
    starred = text.replace("-- Goethe", "* Goethe")
    units, _ = text_units(starred)
    item = index_of(starred, units, "* Goethe, Maximen und Reflexionen, Nr. 141")
    assert item not in own_items(starred, units, lambda i: i == item)


def test_the_long_lines_of_a_wrapped_paragraph_go_with_it_or_stay():
    # qa23 r07: main's unsafe fix took lines 1 and 3-5 of the entry's first paragraph and kept 2 and 6,
    # `{National Computer Security Council} (an arm of the` / `are four levels, A, B, C, and D. …`
    text = (OWN / "foldoc-tcsec.txt").read_text(encoding="utf-8")
    units, _ = text_units(text)
    rows = ["<security, standard> A standard from the US Government",
            'U.S. National Security Agency), "Trusted Computer System',
            'Evaluation Criteria, DOD standard 5200.28-STD, December 1985"',
            "which defines criteria for trusted computer products.  There"]
    flagged = {index_of(text, units, row) for row in rows}
    assert flagged <= own_items(text, units, flagged.__contains__)
    # the paragraph repeated whole goes whole: none of its lines is the document's own
    block = flagged | {index_of(text, units, row) for row in (
        "{National Computer Security Council} (an arm of the",
        "are four levels, A, B, C, and D.  Each level adds more", "features and requirements.")}
    assert not block & own_items(text, units, block.__contains__)
