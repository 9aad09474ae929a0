"""The fingerprints the corpus rules share (K_DOC, K_UNIT) are marked stored only once the rule's
caller took them all: a rule stopped in between (a timeout) leaves them to the next rule, which
stores them itself (review15: they were marked before the first was yielded, and lost)."""

from __future__ import annotations

from types import SimpleNamespace

from corpuslint.checks.corpus_carriers import K_DOC, K_UNIT, unit_value
from corpuslint.checks.corpus_features import doc_fingerprints, features, stored_by_another, unit_fingerprints
from corpuslint.models import Document

TEXT = ("The council approved the budget on Tuesday.\n\nParks get twelve percent more over two years.\n\n"
        "Residents welcomed the change at the meeting.\n")


def test_a_rule_stopped_half_way_leaves_the_units_to_the_next():
    f = features(Document.from_text(TEXT, path="a.txt"))
    token = object()
    first, second = SimpleNamespace(collect_token=token), SimpleNamespace(collect_token=token)
    units = unit_fingerprints(first, f)
    next(units)  # the first rule takes one, then stops (its time is up)
    units.close()
    assert not stored_by_another(second, K_UNIT)
    taken = list(unit_fingerprints(second, f))  # the next rule stores them all
    assert len(taken) == len(f.units) >= 2
    assert [fp.value for fp in taken] == [unit_value(u, f.text_hash) for u in f.units]
    assert stored_by_another(first, K_UNIT) and list(unit_fingerprints(first, f)) == []


def test_the_signature_is_marked_once_taken():
    f = features(Document.from_text(TEXT, path="b.txt"))
    token = object()
    first, second = SimpleNamespace(collect_token=token), SimpleNamespace(collect_token=token)
    assert len(list(doc_fingerprints(first, f))) == 1
    assert stored_by_another(second, K_DOC) and list(doc_fingerprints(second, f)) == []
