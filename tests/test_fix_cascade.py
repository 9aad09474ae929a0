"""A fix that lets its rule take one more line each pass settles (qa21: mlb.com's inscriptis text).

tests/data/fix_cascade: `* Tickets`, twelve `Loading...` and `Skip to main content`, read as one
list item. CL131 names every label, but the guard lets a fix take only the item's closing lines after
a sentence's end (`Loading...` ends like one): one line a pass. After 10 passes `--fix` said "did not
settle" and wrote nothing. A pass that removes text cannot undo another, so the fixer goes on while
each pass shrinks the text (up to MAX_SHRINKING_PASSES); a cycle is still caught. And the removals of one
pass that together take the item's closing lines are judged as one edit (closing_runs.closing_run), so the
run goes in one pass (review21 #2: with 150 labels, 100 passes and still 'did not settle').
"""

from __future__ import annotations

import shutil
from pathlib import Path

DATA = Path(__file__).parent / "data" / "fix_cascade" / "mlb-inscriptis-tickets.txt"


def test_a_cascade_of_removals_settles_and_is_written(tmp_path, cli):
    target = tmp_path / "txt"
    target.mkdir()
    page = target / "a.txt"
    shutil.copy(DATA, page)
    result = cli("check", "--isolated", "--no-cache", "--no-index", "--fix", "--exit-zero", "--select", "CL131", target)
    assert "did not settle" not in result.err, result
    fixed = page.read_text(encoding="utf-8")
    assert "Skip to main content" not in fixed
    # the list item's entry stays, and the one label the guard keeps with it (no sentence ends before it)
    assert fixed.split() == ["*", "Tickets", "Loading..."]


def _labels(n: int, last: str | None = None) -> str:
    """The real item with `n` labels instead of twelve (review21 #2's tickets150: 150), and its last line."""
    lines = DATA.read_text(encoding="utf-8").split("\n")
    return "\n".join([lines[0]] + [lines[1]] * n + [lines[-2] if last is None else last]) + "\n"


def test_the_run_of_labels_goes_in_one_pass(monkeypatch):
    # review21 #2: the removals of one pass that together take the item's closing lines are judged as one
    # edit (closing_runs.closing_run): 150 labels went one a pass, 100 passes and 'did not settle'
    from corpuslint import fixer
    from corpuslint.engine import Linter
    from corpuslint.models import Document

    passes = []
    apply = fixer.apply_fixes
    monkeypatch.setattr(fixer, "apply_fixes", lambda *a, **k: passes.append(1) or apply(*a, **k))
    linter = Linter({"select": ["CL131"]})
    text = _labels(150)
    result = linter.fix(Document.from_text(text))
    assert result.converged and result.applied["CL131"] == 150 and len(passes) == 1
    assert result.document.text == text.split("\n", 2)[0] + "\n" + text.split("\n")[1] + "\n"


def test_a_run_that_does_not_close_the_item_is_left():
    # the same labels with a sentence of the item's own after them (a news lead, tests/test_fix_kept_copy):
    # no label is the item's closing line, so none goes (no removal of part of the item)
    from corpuslint.engine import Linter
    from corpuslint.models import Document

    lead = ("                    Former President Bill Clinton and his Clinton Health Access Initiative (CHAI) "
            "distributed “watered-down” HIV/AIDs drugs to patients in sub-Saharan Africa.")
    text = _labels(12, lead)
    linter = Linter({"select": ["CL131"]})
    assert sum(f.code == "CL131" for f in linter.check_document(Document.from_text(text))) == 12
    result = linter.fix(Document.from_text(text))
    assert result.converged and result.document.text == text


def test_did_not_settle_says_the_passes_run():
    # review21 #2: the message said "after 10 passes" when 100 had run
    from corpuslint.fixer import MAX_SHRINKING_PASSES, settle_words

    assert settle_words(MAX_SHRINKING_PASSES) == "after 100 passes (each still removing text)"
    assert settle_words(4) == "after 4 passes (or undid each other)"


def test_check_labels_the_run_that_fix_takes(tmp_path, cli):
    # fixer22: `check` said of the labels the guard withheld as part of the item "no fix" (no [*]; "[*] 1
    # fixable") though `--fix` removes eleven of them with the run: they now carry `data.fix_with_run`
    # ("safe": `--fix` takes them), their `fix` stays null (alone, a removal would take part of the item),
    # and the text report labels them [*]. The label right under `* Tickets` is not taken: no label.
    import json

    from corpuslint.engine import Linter
    from corpuslint.models import Document

    findings = Linter({"select": ["CL131"]}).check_document(Document.from_text(DATA.read_text(encoding="utf-8")))
    runs = {f.line: f.data.get("fix_with_run") for f in findings}
    assert runs == {2: None, **{n: "safe" for n in range(3, 14)}, 14: None}
    assert all(f.fix is None for f in findings if f.line < 14) and findings[-1].fix is not None
    page = tmp_path / "a.txt"
    shutil.copy(DATA, page)
    text = cli("check", "--isolated", "--no-cache", "--no-index", "--exit-zero", "--select", "CL131", page)
    assert "[*] 12 fixable with `corpuslint check --fix`" in text.out, text
    assert sum(" CL131 [*] " in line for line in text.out.splitlines()) == 12
    report = json.loads(cli("check", "--isolated", "--no-cache", "--no-index", "--exit-zero", "--select", "CL131",
                            "--output-format", "json", page).out)
    assert [f["fix"] is None for f in report] == [True] * 12 + [False]
    assert [f["data"].get("fix_with_run") for f in report] == [None] + ["safe"] * 11 + [None]


def test_a_run_that_does_not_close_the_item_is_not_labelled():
    from corpuslint.engine import Linter
    from corpuslint.models import Document

    lead = ("                    Former President Bill Clinton and his Clinton Health Access Initiative (CHAI) "
            "distributed “watered-down” HIV/AIDs drugs to patients in sub-Saharan Africa.")
    findings = Linter({"select": ["CL131"]}).check_document(Document.from_text(_labels(12, lead)))
    assert len(findings) == 12 and not any("fix_with_run" in f.data for f in findings)
