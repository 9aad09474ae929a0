"""Which lines of a real document CL140 flags: shared by the CL140 tests that assert the
article's own lines are left and the furniture is flagged (one reading of a finding's lines)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.models import Document


def flagged(path: Path, **options) -> tuple[list[str], set[int]]:
    """The document's lines, and the (1-based) numbers of the lines CL140's findings cover.

    `furnished` is false unless a test names it: the line model's verdicts and its guards, on
    extracted articles too. The rule's default (true since session 22) keeps it silent on most
    articles, where a guard's test would pass without the guard."""
    text = path.read_text(encoding="utf-8")
    doc = Document.from_text(text, path=str(path), format="text")
    rule = BoilerplateLine(BoilerplateLine.Options(**{"furnished": False, **options}))
    lines: set[int] = set()
    for v in rule.check(doc):
        lines.update(range(doc.text_position(v.start)[0], doc.text_position(v.end)[0] + 1))
    return text.split("\n"), lines
