"""A related-links label with the headlines it lists (reads21a): CL131 took `MORE:` and left the related
stories' headlines under it, read as text once the label was gone; CL135 quoted its match cut after the
headline's first letter (`MORE: N`). Real lines: tests/data/packs/labels/README.md."""
from __future__ import annotations

from conftest import DATA
from corpuslint import Linter
from corpuslint.config import Config
from corpuslint.models import Applicability, Document

LABELS = DATA / "packs" / "labels"


def _fixed(name: str, code: str) -> tuple[str, str, list]:
    text = (LABELS / name).read_text(encoding="utf-8")
    found = Linter(Config(select=[code])).check([Document.from_text(text)])
    out = text
    for v in sorted(found, key=lambda v: v.offset, reverse=True):
        assert v.fix.applicability is Applicability.SAFE
        for edit in sorted(v.fix.edits, key=lambda e: e.start, reverse=True):
            out = out[:edit.start] + edit.replacement + out[edit.end:]
    return text, out, found


def test_a_more_label_goes_with_the_headlines_it_lists_up_to_the_prose():
    text, out, found = _fixed("fnc1-train-2214-more.txt", "CL131")
    # main 297378f: one finding on `MORE:` alone; its fix left both headlines under "Story developing …"
    assert [v.data.get("items") for v in found] == [2]
    assert "2 related headlines" in found[0].message
    assert "MORE:" not in out and "Parliament Hill Shooting (+Photos" not in out and "‘Hero’" not in out
    # the prose under the list is the article's: it stays, as does all the text above the label
    assert "Story developing …\n\nSee an Associated Press update below.\n\n2 dead in shooting" in out
    assert out.replace("\n", "") == text[:text.index("MORE:")].replace("\n", "") + \
        text[text.index("See an Associated"):].replace("\n", "")


def test_the_list_stops_at_a_line_that_is_no_headline():
    text, out, found = _fixed("web-nytimes-1-related.txt", "CL131")
    assert [v.data.get("items") for v in found] == [2]
    # `THE FOOD CHAIN` (three words) is no headline: it and what follows stay
    assert out.startswith("Continue reading the main story\n\nTHE FOOD CHAIN\n\nDarfur Withers as Sudan Sells Food AUG. 9, 2008\n")


def test_a_label_over_a_sentence_goes_alone():
    text = "The first paragraph.\n\nRELATED\n\nThe police said on Tuesday that two men had been arrested near the border.\n"
    found = Linter(Config(select=["CL131"])).check([Document.from_text(text)])
    assert [v.data.get("items") for v in found] == [None]
    assert "headline" not in found[0].message


def test_cl135_quotes_whole_words():
    _, _, found = _fixed("fnc1-train-0899-more.txt", "CL135")
    # main 297378f: "link leftover `MORE: N`"
    assert [v.message for v in found] == ["link leftover `MORE: Nun`; remove the line"]
