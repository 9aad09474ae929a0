"""`--diff` says that `--fix` checks the corpus again also where only per-document fixes are shown: they
rewrite lines the corpus rules then read anew (tester29: an HTML feed's `<b>Язык:</b> English` became
`Язык: English` in 10 entries, and CL151 removed it in a pass no diff had shown, with no note)."""

from __future__ import annotations

import io
from collections import Counter

from corpuslint.reporters.text import TextReporter
from corpuslint.results import RunResult


def summary(documents: int, corpus_rules: bool) -> str:
    result = RunResult(fixed=Counter({"CL201": 3}), diffs=["--- a\n+++ b\n"], fix_mode=True, documents=documents,
                       files=1, corpus_rules=corpus_rules)
    out = io.StringIO()
    TextReporter(out).report(result)
    return out.getvalue()


def test_the_diff_of_per_document_fixes_in_a_corpus_says_fix_goes_further():
    assert "checks the corpus again" in summary(15, True)
    assert "checks the corpus again" not in summary(1, True)  # one document: no corpus to read anew
    assert "checks the corpus again" not in summary(15, False)  # no corpus rule selected
