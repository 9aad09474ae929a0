"""A fix that lets its rule take one more line each pass settles (qa21: mlb.com's inscriptis text).

tests/data/fix_cascade: `* Tickets`, twelve `Loading...` and `Skip to main content`, read as one
list item. CL131 names every label, but the guard lets a fix take only the item's closing lines after
a sentence's end (`Loading...` ends like one): one line a pass. After 10 passes `--fix` said "did not
settle" and wrote nothing. A pass that removes text cannot undo another, so the fixer goes on while
each pass shrinks the text (up to MAX_SHRINKING_PASSES); a cycle is still caught.
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
