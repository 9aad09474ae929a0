"""A rule's `quiet` (its triggers, or its own proof) is exact: where it says the rule finds
nothing in a document, the rule's `check` finds nothing there; and the engine skips the call
(issue 17: most (rule, document) calls find nothing). Real documents of tests/data, every rule
on (`select: ALL`), each document's view checked by every rule in the engine's order (the pack
group's scan runs at its first member, as in a run)."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from corpuslint import Linter
from corpuslint.analysis import view
from corpuslint.config import load_config
from corpuslint.linter import _quiet_of
from corpuslint.models import Document

DATA = Path(__file__).parent / "data"
# text and Markdown files of a few folders, small ones: markup, boilerplate and packs' defects,
# news, pages, URLs (each gated rule meets documents both ways: see the last assertion)
FOLDERS = ("markup", "boilerplate", "packs", "urls", "web", "bios", "markdown")
MAX_BYTES = 12_000
PER_FOLDER = 45


def _linter() -> Linter:
    return Linter(load_config(None).model_copy(update={"select": ["ALL"]}))


def _documents(linter: Linter) -> list[Document]:
    docs = []
    for folder in FOLDERS:
        paths = sorted(p for p in (DATA / folder).rglob("*") if p.suffix in (".txt", ".md") and p.is_file()
                       and p.stat().st_size <= MAX_BYTES)
        for path in paths[:PER_FOLDER]:
            docs += [d for d in linter.format_for(str(path)).iter_documents(str(path), linter.read_settings)
                     if isinstance(d, Document)]
    return docs


def test_a_rule_that_says_it_finds_nothing_finds_nothing():
    linter = _linter()
    docs = _documents(linter)
    assert len(docs) > 150
    ways: Counter = Counter()
    for doc in docs:
        seen = view(doc)
        for rule, quiet in linter._doc_rules_for(doc.origin.format):
            if quiet is None:
                continue
            said = quiet(seen)
            found = list(rule.check(seen))
            assert not (said and found), (rule.code, doc.origin.path, found[:1])
            ways[rule.code, said] += 1
    gated = {rule.code for rule, quiet in linter._doc_rules_for("text") if quiet is not None}
    assert {"CL101", "CL201", "CL202", "CL204", "CL206", "CL208", "CL144", "CL305"} <= gated
    # both ways on these documents: a proof that never says "quiet" (or always does) proves nothing here
    for code in ("CL111", "CL201", "CL202", "CL206", "CL144", "CL305"):
        assert ways[code, True] and ways[code, False], code


def test_the_engine_skips_a_quiet_rule_and_reports_the_same(monkeypatch):
    linter = _linter()
    docs = _documents(linter)[:120]
    before = [[(f.code, f.offset, f.message) for f in linter.check_document(d)] for d in docs]
    calls: Counter = Counter()
    run_rule = Linter._run_rule

    def counted(self, rule, doc, call, seen=None):
        calls[rule.code] += 1
        return run_rule(self, rule, doc, call, seen)

    monkeypatch.setattr(Linter, "_run_rule", counted)
    assert [[(f.code, f.offset, f.message) for f in linter.check_document(d)] for d in docs] == before
    assert calls["CL201"] < len(docs) and calls["CL206"] < len(docs)  # not asked where quiet
    monkeypatch.setattr("corpuslint.linter._quiet_of", lambda rule: None)  # every rule called: the same findings
    ungated = _linter()
    assert [[(f.code, f.offset, f.message) for f in ungated.check_document(d)] for d in docs] == before


def test_a_proof_that_raises_proves_nothing_and_stops_no_file(monkeypatch):
    """review22 #4: a plugin's `quiet` with a bug: the rule is then called as if it had no proof
    (its findings kept), and the other rules' findings are kept."""
    linter = _linter()
    doc = next(d for d in _documents(linter) if any(f.code == "CL201" for f in linter.check_document(d)))
    before = [(f.code, f.offset) for f in linter.check_document(doc)]
    rule = next(r for r, q in linter._doc_rules_for(doc.origin.format) if r.code == "CL201")

    def broken(seen):
        raise RuntimeError("a bug in a rule's proof")

    monkeypatch.setattr(rule, "quiet", broken)
    linter._by_format.clear()
    assert [(f.code, f.offset) for f in linter.check_document(doc)] == before


def test_the_triggers_asked_at_once_answer_as_each_rules_quiet(monkeypatch):
    """issue 17 (speed32): the engine asks the triggers of the rules whose `quiet` is `Rule.quiet`
    of a text at once (corpuslint.triggers: one Aho-Corasick pass for the longer literals); each
    rule's answer is its own `quiet`'s, on real documents, on a text with a lone surrogate (no
    UTF-8: `in` alone) and on one longer than the pass takes."""
    from corpuslint import triggers

    linter = _linter()
    docs = [view(d) for d in _documents(linter)]
    steps, proof = linter._doc_plan_for("text")
    asked = [(rule, triggers_) for rule, _quiet, triggers_ in steps if triggers_ is not None]
    assert {"CL144", "CL145", "CL201", "CL215", "CL305"} <= {rule.code for rule, _ in asked}
    dashes = docs[0].model_copy(update={"text": "a line\n" + "-" * 30 + "\nand more... of it\n"})
    odd = docs[0].model_copy(update={"text": "broken \udcff byte -- here\n"})
    long = docs[0].model_copy(update={"text": "x " * triggers.MAX_PASS_CHARS + "w. -->"})
    ways: Counter = Counter()
    for seen in [*docs, dashes, odd, long]:
        present = proof.present_in(seen.text)
        for rule, literals in asked:
            said = not any(map(present, literals))
            assert said == rule.quiet(seen), (rule.code, seen.origin.path)
            ways[rule.code, said] += 1
    for code in ("CL144", "CL145", "CL201", "CL305"):
        assert ways[code, True] and ways[code, False], code
    monkeypatch.setattr(triggers, "MAX_PASS_CHARS", 0)  # every text asked with `in` alone: the same answers
    for seen in docs[:40]:
        present = proof.present_in(seen.text)
        assert [not any(map(present, literals)) for _, literals in asked] == [rule.quiet(seen) for rule, _ in asked]
