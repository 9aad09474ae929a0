"""A pack finding never takes the article's own sentences with the notice that closes their
paragraph (a safe fix once removed "The mayor said ... Become a Member of Global Research" whole):
the seed article's real lines, joined as scraped text and Markdown join them, both ways."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document

ROOT = Path(__file__).parents[2]
DATA = ROOT / "tests" / "data" / "boilerplate"
LINTER = Linter(load_config(None))

# real lines of the seed article (seeds/000_8649d156db22d76a.txt)
OPENING = [
    "According to Reuters on Sunday, Russia sent around 100 troops to Caracas, saying the following:",
    "Is a token Russian force in Venezuela prelude to sending greater numbers?",
    "Maduro exposed a US paramilitary plot against him and his government, arrests made, indicating more to come.",
]
OWN = "A small contingent of troops to the country headed by a senior commander is an encouraging sign."
MEMBER = "Become a Member of Global Research"
SHARE = "Note to readers: please click the share buttons below. Forward this article to your email lists."
COPYRIGHT = "Copyright © Stephen Lendman, Global Research, 2019"


def article(last: str) -> str:
    return "\n\n".join([*OPENING, last]) + "\n"


def run(text: str, fmt: str, *, unsafe: bool = False):
    doc = Document.from_text(text, path=f"post.{'md' if fmt == 'markdown' else 'txt'}", format=fmt)
    found = [f for f in LINTER.check_document(doc) if f.code.startswith("CL1")]
    return found, fix_document(LINTER, doc, unsafe=unsafe).document.text


CLOSING = [  # (format, last paragraph, what the safe fix leaves of it)
    ("plain", f"{OWN}\n{MEMBER}", OWN),
    ("markdown", f"{OWN}\n{MEMBER}", OWN),  # a soft break: one Markdown paragraph
    ("markdown", f"- {OWN}\n{MEMBER}", f"- {OWN}"),  # the plea a lazy line of the list item
    ("markdown", f"> {OWN}\n> {SHARE}", f"> {OWN}"),  # a quotation's closing line
    ("plain", f"{OWN}\n{SHARE}", OWN),
    ("markdown", f"{OWN}\n{SHARE}", OWN),
    ("plain", f"{OWN} {COPYRIGHT}", OWN),  # on one line: the closing sentence alone
    ("markdown", f"{OWN} {COPYRIGHT}", OWN),
    ("plain", f"{OWN} It was 2019. {COPYRIGHT}", f"{OWN} It was 2019."),  # a short sentence between
]


@pytest.mark.parametrize(("fmt", "last", "kept"), CLOSING)
def test_a_safe_fix_takes_the_notice_closing_a_paragraph_and_leaves_its_sentence(fmt, last, kept):
    found, fixed = run(article(last), fmt)
    assert len(found) == 1 and found[0].fix is not None and found[0].fix.applicability == "safe"
    assert OWN not in (found[0].text or "")  # the finding is the notice, not the article's sentence
    assert fixed == article(kept)


@pytest.mark.parametrize("fmt", ["plain", "markdown"])
@pytest.mark.parametrize("notice", [MEMBER, SHARE])
def test_a_notice_in_its_own_paragraph_still_goes_whole_and_safely(fmt, notice):
    found, fixed = run("\n\n".join([*OPENING, OWN, notice]) + "\n", fmt)
    assert [f.fix.applicability for f in found] == ["safe"]
    assert fixed == "\n\n".join([*OPENING, OWN]) + "\n"


def test_the_seed_notices_go_whole_where_their_own_words_open_the_sentence():
    # "The original source of this article is Global Research Copyright © ...": words before the
    # match in its own sentence are the notice's
    text = (ROOT / "seeds" / "000_8649d156db22d76a.txt").read_text(encoding="utf-8")
    found, _ = run(text, "plain")
    line = "The original source of this article is Global Research Copyright © Stephen Lendman, Global Research, 2019"
    assert any(f.code == "CL120" and f.text == line for f in found)


def test_a_question_to_the_reader_before_the_prompt_goes_with_it():
    # fnc1-train-1041: "Do you have any hairy issues with your smartphone? Let us know in the comments."
    text = (DATA / "fnc1-train-1041.txt").read_text(encoding="utf-8")
    found, fixed = run(text, "plain")
    assert "Do you have any hairy issues with your smartphone? Let us know in the comments." not in fixed
    assert "hairy issues" not in fixed and len(fixed) < len(text)


def test_a_credit_line_before_the_prompt_stays():
    # fnc1-train-1688: the credit is the article's, the question and the call are the page's
    text = (DATA / "fnc1-train-1688.txt").read_text(encoding="utf-8")
    _, fixed = run(text, "plain")
    assert "Additional reporting by Mashable staff." in fixed.splitlines()
    assert "Share it in the comments" not in fixed and "Have something to add" not in fixed


@pytest.mark.parametrize("fmt", ["plain", "markdown"])
def test_a_notice_the_article_goes_on_after_is_reported_with_an_unsafe_fix_that_says_why(fmt):
    # the plea on the paragraph's first line, the article's sentence on the next: which is which
    # in the rest of such a paragraph a person decides
    found, fixed = run(article(f"{MEMBER}\n{OWN}"), fmt)
    assert len(found) == 1 and found[0].code == "CL110"
    assert found[0].fix is not None and found[0].fix.applicability == "unsafe"
    assert "(unsafe fix: the paragraph goes on after it:" in found[0].message
    assert fixed == article(f"{MEMBER}\n{OWN}")  # --fix leaves it


def test_a_label_and_its_value_on_the_next_line_stay_one_notice():
    # fnc1-train-0343's press contact: "To contact the author on this story:" / "Josh Rogin at ..."
    text = article("To contact the author on this story:\nJosh Rogin at joshrogin@bloomberg.net")
    found, fixed = run(text, "plain")
    assert [f.fix.applicability for f in found] == ["safe"] and "Josh Rogin" not in fixed


def test_a_post_that_goes_on_after_its_donation_call_keeps_it_unless_a_person_says_so():
    # the Scala blog's "Evolving Scala" (2025-03-24): "Donate to the Scala Center if you want to
    # support ..." then, on the paragraph's next line, "Much of their work is not glamorous, ...":
    # the whole paragraph was a safe removal; it is the post's own recommendation
    text = (ROOT / "tests" / "data" / "markdown" / "2025-03-24-evolving-scala.md").read_text(encoding="utf-8")
    found, fixed = run(text, "markdown")
    donate = [f for f in found if f.code == "CL110"]
    assert len(donate) == 1 and donate[0].fix.applicability == "unsafe"
    assert '(unsafe fix: the paragraph goes on after it: "Much of their work' in donate[0].message
    assert "Much of their work is not glamorous" in fixed and "Donate to the Scala Center" in fixed


@pytest.mark.parametrize(("unit", "kept"), [
    # a menu's labels before the match are no sentence of the article (web/nytimes-1's footer)
    ("Times Topics\nPublic Editor\nN.Y.C. Events Guide\nSubscribe", ""),
    # a question to the reader goes with the call after it (fnc1-train-1041)
    ("Do you have any hairy issues with your smartphone? Let us know in the comments.", ""),
    # the article's statement stays
    (f"{OWN} {COPYRIGHT}", OWN + " "),
    # ... also with a short sentence, or one an abbreviation cut, between it and the notice (review14b)
    (f"{OWN} It was 2019. {COPYRIGHT}", f"{OWN} It was 2019. "),
    (f"{OWN} Officials agreed. Copyright © 2020", f"{OWN} Officials agreed. "),
    (f"The report was written by Dr. Smith. {COPYRIGHT}", "The report was written by Dr. Smith. "),
])
def test_what_a_unit_keeps_before_its_match(unit, kept):
    from corpuslint.packs.blocks import lead_end

    hit = max(unit.rfind("Subscribe"), unit.rfind("Let us know"), unit.rfind("Copyright"))
    assert unit[:lead_end(unit, 0, hit)] == kept
