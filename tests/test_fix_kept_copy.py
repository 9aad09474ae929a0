"""Nothing is lost across a document's fix passes: a removal that keeps a copy of what it removes goes
in only if that copy still stands after the run's other fixes (corpuslint.keptcopy), and a later pass
removes a copy of a line the first reading named only as many times as the first reading named it
(corpuslint.given.Named, counted).

The texts: a Blogger post of chardet's tests (iso-8859-2-hungarian/ugyanmar.blogspot.com.xml, entry 6:
qa20 r14), as a JSON Lines record with its title; and the news sentences of test_fix_properties'
corpus (fnc1), in the shape Hypothesis found: one sentence three times around another paragraph.
"""

from __future__ import annotations

from corpuslint import hookimpl
from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.keptcopy import KeptCopies
from corpuslint.models import Document, Finding, FindingFix, Fix, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule

LINTER = Linter()
OPENING = "mára csak egy olykor feltűnő ablak maradt belőle."
POST = ("  aki azt hiszi, mindent tud rólam, pedig csak olyannak lát, amilyennek szeretne. és ez egyre kevésbé "
        "pozitív, sokkal inkább közömbös.\n")
CHAI = ("The CHAI program to help AIDS victims is considered one of the Clinton Foundation’s most important "
        "contributions and is probably its best known initiative.")
LEAD = ("Former President Bill Clinton and his Clinton Health Access Initiative (CHAI) distributed “watered-down” "
        "HIV/AIDs drugs to patients in sub-Saharan Africa, and “likely increased” the risks of morbidity and "
        "mortality, according to a draft congressional report obtained by The Daily Caller News Foundation.")


def _post(text: str, title: str) -> Document:
    return Document.from_text(text, metadata={"title": title, "author": "-b-", "date": "2005-12-21"},
                              path="post.jsonl", format="jsonl")


def test_the_post_keeps_its_opening_sentence_that_two_rules_each_removed_as_the_other_copy():
    # the title (Blogger's auto-title, the post's first sentence) over the post, whose opening line is
    # the same sentence: CL505 removes the title line (the metadata has it), CL402 the opening (a copy
    # of the title line); on main both went in one pass, and the sentence left the text
    doc = _post(f"{OPENING}\n\n{OPENING}\n\n{POST}", OPENING)
    found = sorted((f.code, f.line) for f in LINTER.check([doc]) if f.fix is not None)
    assert found == [("CL402", 3), ("CL505", 1)]
    result = LINTER.fix(doc, unsafe=True)
    assert result.document.text.count(OPENING) == 1, result.document.text
    assert result.document.text.endswith(POST)
    assert result.applied["CL505"] == 1 and not result.applied["CL402"]  # the title line goes, once


def test_the_auto_title_with_its_ellipsis_still_goes():
    # qa20 r14 as given: the title line and `...` over the post: removed (CL402's safe fix), the post keeps
    # its own sentence
    doc = _post(f"{OPENING}\n...\n\n{OPENING}\n\n{POST}", f"{OPENING}\n...")
    result = LINTER.fix(doc, unsafe=True)
    assert result.document.text == f"{OPENING}\n\n{POST}"
    assert not result.orphaned


def test_one_copy_of_a_sentence_given_three_times_stays():
    # CL402 removes the second and the third copy (keeping the first), CL504 puts the first in `title`,
    # and a later pass's CL505 removed the first as the title line: on main no copy was left in the text
    text = f"{CHAI}\n\n{CHAI}\n\n{LEAD}\n\n{CHAI}"
    result = LINTER.fix(Document.from_text(text), unsafe=True)
    assert result.document.text.count(CHAI) == 1, result.document.text
    assert LEAD in result.document.text
    assert result.document.metadata.get("title") == CHAI


def test_a_copy_of_a_sentence_given_twice_still_goes():
    text = f"{LEAD}\n\n{CHAI}\n\n{CHAI}\n"
    result = LINTER.fix(Document.from_text(text), unsafe=True)
    assert result.applied["CL402"] == 1 and not result.orphaned
    assert result.document.text.count(CHAI) == 1 and LEAD in result.document.text


def test_when_the_restarts_run_out_the_removals_whose_copy_is_gone_are_left(monkeypatch):
    # review21 #3: one restart fewer than the three copies need; the last result went out as it was,
    # with no copy of the sentence left and no note
    from corpuslint import fixer

    monkeypatch.setattr(fixer, "MAX_RESTARTS", 1)
    result = LINTER.fix(Document.from_text(f"{CHAI}\n\n{CHAI}\n\n{LEAD}\n\n{CHAI}"), unsafe=True)
    assert result.converged and result.document.text.count(CHAI) >= 1, result.document.text
    assert LEAD in result.document.text
    assert [f.code for f, _codes in result.orphaned] == ["CL402"]  # said in the note


def _removal(code: str, family: str, start: int, end: int, data: dict) -> Finding:
    return Finding.model_construct(
        path="a.txt", line=1, column=1, end_line=1, end_column=1, code=code, name=code, family=family,
        severity="warning", message="", data=data, offset=start, end_offset=end,
        fix=FindingFix(applicability="unsafe", message="", edits=[TextEdit(start=start, end=end)]))


def test_a_models_removal_of_the_copy_kept_counts_and_a_packs_does_not():
    # review21 #4: CL402 removes the second copy and keeps the first; the first removed as CL140's
    # verdict (a model's guess) leaves no copy; removed by a pack's rule (its words are boilerplate) it counts
    # as boilerplate either way
    text = f"{CHAI}\n\n{LEAD}\n\n{CHAI}"
    second = text.rindex(CHAI)
    copy = _removal("CL402", "bios", second - 2, len(text),
                    {"keeps": "earlier", "earlier_start": 0, "earlier_end": len(CHAI)})
    by_words = frozenset(code for code, rule in LINTER.all_rules.items() if rule.judges_by_words)
    assert {"CL131", "CL143", "CL144", "CL151"} <= by_words and not {"CL140", "CL141", "CL142"} & by_words
    for code, data, lost in (("CL140", {"score": 0.9}, True), ("CL131", {"pack": "navigation"}, False),
                             ("CL151", {}, False)):
        kept = KeptCopies(by_words)
        first = _removal(code, "boilerplate", 0, len(CHAI) + 2, data)
        kept.applied(text, [(copy, ("CL402", CHAI)), (first, (code, CHAI))])
        assert bool(kept.gone(LEAD)) is lost, code


def test_no_note_on_the_copy_when_no_fix_went_in(monkeypatch):
    # review21 #7c / fixer22 #5: the restart run withholds the CL402 removal whose copy was gone; when that
    # run leaves the document as given (fixes never empty a document: `wholedoc`, or every fix refused),
    # no fix took the copy, and the note "the copy its fix keeps is removed by another fix" was wrong
    from corpuslint import fixer

    runs = []
    passes = fixer._fix_passes

    def restart_applies_nothing(linter, doc, **kwargs):
        result, kept = passes(linter, doc, **kwargs)
        runs.append(result)
        if len(runs) > 1:  # as the wholedoc guard returns it: the document as given, nothing applied
            result = type(result)(document=doc, remaining=linter.check_document(doc))
        return result, kept

    monkeypatch.setattr(fixer, "_fix_passes", restart_applies_nothing)
    text = f"{CHAI}\n\n{CHAI}\n\n{LEAD}\n\n{CHAI}"
    result = LINTER.fix(Document.from_text(text), unsafe=True)
    assert len(runs) > 1 and result.document.text == text and not result.applied
    assert not result.orphaned


class _Promo(Rule):
    """A plugin's removal rule (fixer22 #4): flags the first of two copies of the fnc1 sentence, the copy CL402
    keeps (and, once a copy is gone, nothing)."""

    code = "XPR1"
    name = "promo"
    family = "test"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc):
        at = doc.text.find(CHAI)
        if at >= 0 and doc.text.count(CHAI) == 2:
            yield Violation(at, at + len(CHAI), "promo", fix=Fix(title="remove", applicability="unsafe",
                                                                edits=[TextEdit(start=at, end=at + len(CHAI))]))


def test_a_plugins_rule_declares_that_it_judges_by_words(monkeypatch):
    # keptcopy's exemption is the rule's attribute (Rule.judges_by_words), not a list of codes: a plugin's
    # rule that takes the kept copy counts unless it declares it
    class Plugin:
        @hookimpl
        def corpuslint_register_rules(self, register):
            register(_Promo)

    text = f"{LEAD}\n\n{CHAI}\n\n{CHAI}\n"
    linter = Linter(load_config(None, overrides={"select": ["CL402", "XPR1"]}), plugins=(Plugin(),))
    result = linter.fix(Document.from_text(text), unsafe=True)
    assert result.document.text.count(CHAI) == 1 and result.applied == {"XPR1": 1}  # CL402 withheld
    monkeypatch.setattr(_Promo, "judges_by_words", True)
    result = linter.fix(Document.from_text(text), unsafe=True)
    assert result.document.text.count(CHAI) == 0 and result.applied == {"XPR1": 1, "CL402": 1}
