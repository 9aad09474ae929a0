"""CL151 and a repeated line among its neighbours: furniture, or an item of the document's own
text (a recipe's ingredient, a name in a credits list, a wrapped sentence's last line)?
Real documents: tests/data/boilerplate/ownlines/README.md."""
from __future__ import annotations

from collections import Counter
from pathlib import Path

from corpuslint import Document
from corpuslint.checks.boilerplate.neighbours import own_items
from corpuslint.checks.corpus_units import text_units

from conftest import DATA
from conftest import by
from conftest import corpus_linter as linter

OWN = DATA / "boilerplate" / "ownlines"
FOOTER = "- 如果您遵循本指南的制作流程而发现有问题或可以改进的流程，请提出 Issue 或 Pull request 。"


def documents(folder: Path) -> list[Document]:
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p))
            for p in sorted(folder.glob("*.txt"))]


def test_a_recipes_ingredients_are_its_own_and_the_repositorys_footer_is_not():
    docs = documents(OWN / "recipes")
    assert sum("\n- 盐\n" in d.text for d in docs) >= 10  # salt: in most of the 15 ingredient lists
    found = by(linter().check(docs), "CL151")
    texts = Counter(f.text for f in found)
    # the footer in all 15, also where a line of the recipe's own follows it in its list (r015)
    assert texts[FOOTER] == 15
    assert FOOTER in (OWN / "recipes" / "r015.txt").read_text(encoding="utf-8").split("\n\n")[-1].split("\n")[0]
    # no ingredient, step or other list item of a recipe
    assert not [t for t in texts if t.startswith("- ") and t != FOOTER]


def test_names_in_credits_lists_are_left_and_the_permissive_notice_found():
    found = by(linter().check(documents(OWN / "credits")), "CL151")
    texts = {f.text for f in found}
    # GNU's THANKS files thank the same people: a name in a list of names is the list's content
    assert not [t for t in texts if "@" in t and "Local Variables" not in t]
    # the FSF all-permissive notice under several files, every line of its block repeated
    assert {"Copying and distribution of this file, with or without modification,",
            "notice and this notice are preserved."} <= texts


def test_the_last_line_of_a_wrapped_sentence_is_the_paragraphs_own():
    text = (OWN / "docutils-faq-bidi.txt").read_text(encoding="utf-8")
    units, _ = text_units(text)
    tail = next(i for i, u in enumerate(units) if text[u.start:u.end] == "list.")
    assert units[tail].line
    assert tail in own_items(text, units, lambda i: i == tail)  # "... the `Docutils-users`_ mailing" / "list."


def test_a_footer_of_two_lines_under_a_paragraph_is_not_own():
    # the mailing-list footer glued under a mail's last paragraph: a run of furniture at the
    # block's end, every line repeated
    text = ("Have a good vacation.\nkre\n_______________________________________________\n"
            "Exmh-workers mailing list\nhttps://listman.redhat.com/mailman/listinfo/exmh-workers\n")
    units, _ = text_units(text)
    footer = {i for i, u in enumerate(units) if u.line and text[u.start:u.end] in (
        "Exmh-workers mailing list", "https://listman.redhat.com/mailman/listinfo/exmh-workers")}
    assert len(footer) == 2
    assert not own_items(text, units, footer.__contains__)


def test_a_speechs_address_over_its_own_text_is_left_and_a_templates_caption_is_not():
    found = by(linter().check(documents(OWN / "speeches")), "CL151")
    assert not [f for f in found if f.text.startswith("Fellow-Citizens")]
    # further down a page, a caption ending with a colon over the page's own text is a template's
    text = "Story of the day, told in full and at length here.\n\nFollow us:\n\n" \
           "We use cookies to enhance your visit to our site and to bring you advertisements."
    units, _ = text_units(text)
    follow = next(i for i, u in enumerate(units) if text[u.start:u.end] == "Follow us:")
    assert not own_items(text, units, lambda i: i == follow)
