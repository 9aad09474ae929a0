"""CL402 on copies a text gives by design in its sections (qa22 r11, real lines of two UDHR
translations): the sentence closing each article under `Naampa N` (Pintupi-Luritja: the safe fix
deleted it from every article but the first) and the title the preamble proclaims under its
announcing sentence (Cashibo-Cacataibo: the safe fix deleted it as a copy of the heading). Both ways:
a paragraph a scraper gave twice, a refrain in two sections only, a headline under a `Read more:`
label are still copies with their safe fix. And a changelog's entry given in two releases (qa22 r09, dpkg):
each release's record, no finding; an entry given twice in one release is still found."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data" / "bios" / "formulas"
PIU = (DATA / "udhr-piu-articles.txt").read_text(encoding="utf-8")
CBR = (DATA / "udhr-cbr-preamble.txt").read_text(encoding="utf-8")
FORMULA = "   Wangka ngaangku nganananya tjakultjunanyi rapa ngaranytjaku kutjupa tjuta nguwanpa.\n"


def findings(text: str) -> dict[int, Applicability | None]:
    doc = Document.from_text(text, path="udhr.txt")
    return {doc.position(v.start)[0]: v.fix.applicability if v.fix else None for v in DuplicateParagraph().check(doc)}


def test_the_sentence_closing_each_numbered_article_is_no_copy():
    assert PIU.count(FORMULA) == 4
    assert findings(PIU) == {}


def test_the_closing_sentence_in_two_articles_only_is_still_a_copy():
    # two copies are what a scraper doubles: no formula of the text's sections
    first = PIU.index(FORMULA)
    second = PIU.index(FORMULA, first + 1)
    text = PIU[:second] + PIU[second:].replace(FORMULA, "", 2)
    assert list(findings(text).values()) == [Applicability.SAFE]


def test_a_paragraph_given_twice_among_the_articles_is_still_found():
    # lynx's indentation left out: an indented block given again gets an unsafe fix of its own
    text = PIU.replace("\n   ", "\n")
    assert findings(text) == {}
    paragraph = text[text.index("Luwu tina ngaranyi"):text.index("tjutakutarra.\n") + len("tjutakutarra.\n")]
    found = findings(text.replace(paragraph, paragraph + "\n" + paragraph, 1))
    assert list(found.values()) == [Applicability.SAFE]


def test_the_title_a_preamble_proclaims_is_no_copy_of_the_heading():
    assert findings(CBR) == {}


def test_a_headline_under_a_label_is_still_a_copy():
    text = CBR.replace("Gobiernocaman xucëx timëcë unicaman ca ësaquin caxa:", "Read more:")
    assert list(findings(text).values()) == [Applicability.SAFE]


# -- a changelog's entries of two releases (qa22 r09)

CHANGELOG = (DATA.parent / "changelogs" / "dpkg-1.21.14-16.txt").read_text(encoding="utf-8")


def test_the_same_entry_in_two_releases_of_a_changelog_is_no_copy():
    # 1.21.16's and 1.21.14's translators' credit: the unsafe fix removed 1.21.14's
    assert findings(CHANGELOG) == {}


def test_an_entry_given_twice_in_one_release_is_still_found():
    credit = CHANGELOG[CHANGELOG.index("  [ Helge Kreutzmann ]"):CHANGELOG.index("scripts translation.\n") + 21]
    text = CHANGELOG.replace(credit, credit + "\n" + credit, 1)
    assert len(findings(text)) == 1
