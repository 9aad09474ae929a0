"""A safe fix never applies a finding labelled unsafe (`[-]`) in the text as given, even when a
fix elsewhere widens the finding's unit (qa18b F1). The data is Global Research's text of the
hypothesis example (tests/data/fix_held/): "Become a Member of Global Research", a duplicate line,
then a quoted tweet, in one paragraph. CL402 removes the duplicate; CL110's unit then reached the
tweet and, keyed by its whole span, was no longer known as the `[-]` finding: the safe fix took
the tweet, which no finding flagged. And CL110 itself labelled a fix that takes an embedded
tweet's line safe (its statement test read the tweet as no statement)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.engine import Linter
from corpuslint.models import Document

DATA = Path(__file__).parent / "data" / "fix_held"
TWEET = ("The #1 trend on Twitter right now is #TrumpWon – thank you! — Donald J. Trump "
         "(@realDonaldTrump) September 27, 2016")
NOTICE = "Become a Member of Global Research"
INTRO = ("The congressional report was initiated by Rep. Marsha Blackburn, a Tennessee Republican "
         "and vice-chair of the House Energy and Commerce Committee.")
LINTER = Linter()


def _cl110(text: str) -> list:
    return [f for f in LINTER.check([Document.from_text(text)]) if f.code == "CL110"]


def test_cl110_fix_is_unsafe_when_an_embedded_tweet_follows_the_notice():
    text = f"{INTRO}\n\n{NOTICE}\n{TWEET}"
    [found] = _cl110(text)
    assert found.fix.applicability.value == "unsafe"
    assert TWEET in LINTER.fix(Document.from_text(text)).document.text


def test_cl110_fix_stays_safe_for_the_notice_alone_and_under_prose():
    for text in (f"{INTRO}\n\n{NOTICE}", f"{INTRO}\n\nThe committee will vote on the report next week, "
                 f"a spokesman said on Monday.\n{NOTICE}"):
        [found] = _cl110(text)
        assert found.fix.applicability.value == "safe"
        fixed = LINTER.fix(Document.from_text(text)).document.text
        assert NOTICE not in fixed and INTRO in fixed


@pytest.mark.parametrize("last", [TWEET, "Photo: Reuters", "Thank you!"])
def test_safe_fix_keeps_the_unsafe_finding_a_removed_duplicate_widens(last):
    given = (DATA / "appeal_then_tweet.txt").read_text(encoding="utf-8")
    text = given.replace(TWEET, last)
    assert [f.fix.applicability.value for f in _cl110(text)] == ["unsafe"]
    result = LINTER.fix(Document.from_text(text))
    assert result.applied.get("CL402") == 1 and "CL110" not in result.applied
    assert NOTICE in result.document.text and result.document.text.endswith(last)
    if last != TWEET:  # the tweet keeps CL110 unsafe after the fix too: nothing held
        assert [f.code for f in result.held] == ["CL110"]  # said in a note, not applied
    # the unsafe fix takes it, as labelled
    assert "CL110" in LINTER.fix(Document.from_text(text), unsafe=True).applied


def test_the_hypothesis_example_settles_in_one_safe_fix():
    text = (DATA / "hypothesis_example.txt").read_text(encoding="utf-8")
    first = LINTER.fix(Document.from_text(text))
    held = {f.code for f in first.held}
    again = LINTER.fix(first.document)
    assert set(again.applied) <= held and "CL110" not in again.applied
    assert TWEET in again.document.text


def test_a_held_findings_key_is_its_matched_line_not_the_shortened_display_text():
    """review18 #7: held_key used `finding.text`, cut at 120 characters: two long findings of one rule
    with a common start (two versions of a lead paragraph, fnc1-train-0330) shared it, so holding back
    one held back the other. Now it is the matched line's hash, the line `head_key` also knows a
    finding by (the same finding once a fix widened its unit over the next line)."""
    from corpuslint.models import Finding
    from corpuslint.results import head_key, held_key

    lead = ("British intelligence agencies MI5 and MI6 have identified the man suspected of the horrific beheading "
            "of American journalist James Foley, according to British media reports.")
    other = lead.replace("according to British media reports.", "The Mail on Sunday is reporting.")
    text = f"{lead}\n\n{other}\nA line below it.\n"
    doc = Document.from_text(text)

    def finding(start: int, end: int) -> Finding:
        return Finding(path="a.txt", line=1, column=1, end_line=1, end_column=1, code="CL402", name="x",
                       family="dedup", message="m", severity="warning", offset=start, end_offset=end,
                       text=" ".join(text[start:end].split())[:119] + "…")

    first, second = finding(0, len(lead)), finding(text.index(other), text.index(other) + len(other))
    assert first.text == second.text  # the display text cannot tell them apart
    assert held_key(first, doc) != held_key(second, doc)
    widened = finding(second.offset, len(text) - 1)  # the same finding, its unit over the next line
    assert held_key(widened, doc) == held_key(second, doc) and head_key(widened, doc) == head_key(second, doc)
