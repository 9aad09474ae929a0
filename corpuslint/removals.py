"""What a fix run's removals took of the corpus's own text, per rule: the lines, the documents, and how
many lay in a document's interior rather than in a run at its head or tail.

Boilerplate sits at a page's edges (a menu above, a footer below) and now and then in between (an
"Advertisement" line); a rule that removes lines from the middle of many documents, a tenth of each,
is more likely removing their text (tester26: CL151 took 2,098 verse lines from 20 cantos, ~10% of
each, and the per-document "removed most of the text" note never fired). Such a rule, whose removals
over the run lie mostly in documents' interiors, is named once per run, with the count, the documents
and how to review it (`interior_warnings`), as ruff's summaries do; the run still writes (a warning,
not a refusal: see docs/fixes.md).
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, field

from corpuslint.keptcopy import kept_span
from corpuslint.models import Document, Finding

# a removal lies in a document's interior when at least this many of the fixed text's non-blank lines, and
# this share of them, stand on each side of it: a menu under a page's title and byline is still its head
EDGE_LINES = 3
EDGE_SHARE = 0.1
# a document counts as losing its interior to a rule when the rule removed at least this many
# non-blank lines from its interior, and at least this share of its non-blank lines
INTERIOR_LINES = 10
INTERIOR_SHARE = 0.05
# ... and a rule is named when that happened in at least this many documents of the run, and when at least
# this share of all the lines it removed in the run lay in an interior: a page model removes page furniture
# from the middle of web pages too (sidebars, comment threads: CL140, 2,261 of its 11,929 lines on the 94
# dev pages, 29 pages past the thresholds above, and its removals 96% boilerplate by the pages' labels),
# but most of what it removes is at their head and tail
INTERIOR_DOCUMENTS = 5
INTERIOR_RUN_SHARE = 0.5


class RemovalMarks:
    """Where one document's fix removed lines, pass after pass: (code, lines, place in the text as it
    now is, whether a copy of them stays in the document); each pass moves the earlier marks by its
    own edits. A removal that keeps a copy (CL401-CL403: `keptcopy.kept_span`) takes no text of the
    document's own: its lines count, never as interior ones."""

    def __init__(self) -> None:
        self.marks: list[list] = []

    def passed(self, before: Document, chosen: list[Finding]) -> None:
        """A pass applied `chosen`'s fixes to `before`: mark their removals and move every mark."""
        edits = sorted((e for f in chosen for e in f.fix.edits), key=lambda e: (e.start, e.end))
        ends = [e.end for e in edits]
        shifts = [0]
        for e in edits:
            shifts.append(shifts[-1] + len(e.replacement) - (e.end - e.start))

        def moved(pos: int) -> int:
            i = bisect.bisect_right(ends, pos)  # the edits ending at or before pos
            inside = i < len(edits) and edits[i].start < pos
            return (edits[i].start if inside else pos) + shifts[i]

        for mark in self.marks:
            mark[2] = moved(mark[2])
        text = before.text
        for finding in chosen:
            for edit in finding.fix.edits:
                lines = removed_lines(text, edit.start, edit.end, edit.replacement)
                if lines:
                    self.marks.append([finding.code, lines, moved(edit.start), kept_span(finding) is not None])

    def tally(self, text: str) -> dict[str, tuple[int, int]]:
        """Per rule, (lines removed, of them in the interior of the fixed `text`: `EDGE_LINES` and
        `EDGE_SHARE` of its non-blank lines on both sides)."""
        starts, pos = [], 0  # where each non-blank line of the fixed text starts
        for line in text.split("\n"):
            if line.strip():
                starts.append(pos)
            pos += len(line) + 1
        edge = max(EDGE_LINES, EDGE_SHARE * len(starts))
        out: dict[str, tuple[int, int]] = {}
        for code, lines, pos, copy_kept in self.marks:
            before = bisect.bisect_left(starts, pos)
            inside = before >= edge and len(starts) - before >= edge and not copy_kept
            total, interior = out.get(code, (0, 0))
            out[code] = (total + lines, interior + (lines if inside else 0))
        return out


def removed_lines(text: str, start: int, end: int, replacement: str) -> int:
    """How many non-blank lines of `text` an edit removes: those it covers whole, less the non-blank
    lines of its replacement (a word taken from a line removes no line)."""
    pieces = text[start:end].split("\n")
    line_end = text.find("\n", end)
    whole = [text[text.rfind("\n", 0, start) + 1:start].strip() == ""] + [True] * (len(pieces) - 2)
    if len(pieces) > 1:
        whole.append(text[end:line_end if line_end >= 0 else len(text)].strip() == "")
    else:
        whole[0] = whole[0] and text[end:line_end if line_end >= 0 else len(text)].strip() == ""
    covered = sum(1 for piece, is_whole in zip(pieces, whole) if is_whole and piece.strip())
    return max(0, covered - sum(1 for line in replacement.split("\n") if line.strip()))


@dataclass
class RuleRemovals:
    """One rule's removals over a run."""

    lines: int = 0
    interior: int = 0
    documents: int = 0
    interior_documents: list[str] = field(default_factory=list)  # those losing their interior (see above)


def document_rows(name: str, text: str, marks: RemovalMarks | None, fixed: str) -> list[tuple[str, str, int, int, int]]:
    """One document's removals, per rule: (code, document, lines, interior lines, its non-blank lines)."""
    if marks is None or not marks.marks:
        return []
    size = sum(1 for line in text.split("\n") if line.strip())
    return [(code, name, lines, interior, size) for code, (lines, interior) in sorted(marks.tally(fixed).items())]


def by_rule(rows: list[tuple[str, str, int, int, int]]) -> dict[str, RuleRemovals]:
    """The run's removals per rule, from every document's rows (`document_rows`)."""
    per_document: dict[tuple[str, str], list[int]] = {}  # a later pass over the corpus adds to a document's rows
    for code, name, lines, interior, size in rows:
        seen = per_document.setdefault((code, name), [0, 0, size])
        seen[0] += lines
        seen[1] += interior
    rules: dict[str, RuleRemovals] = {}
    for (code, name), (lines, interior, size) in per_document.items():
        rule = rules.setdefault(code, RuleRemovals())
        rule.lines += lines
        rule.interior += interior
        rule.documents += 1
        if interior >= INTERIOR_LINES and interior >= INTERIOR_SHARE * size:
            rule.interior_documents.append(name)
    return rules


def interior_warnings(rows: list[tuple[str, str, int, int, int]], *, write: bool) -> list[str]:
    """One warning per rule whose fixes removed lines from the interior of many documents (see above)."""
    warnings = []
    for code, rule in sorted(by_rule(rows).items()):
        names = rule.interior_documents
        if len(names) < INTERIOR_DOCUMENTS or rule.interior < INTERIOR_RUN_SHARE * rule.lines:
            continue
        shown = ", ".join(names[:3]) + (f" and {len(names) - 3} more" if len(names) > 3 else "")
        warnings.append(
            f"{code} {'removed' if write else 'would remove'} {rule.lines:,} lines from {rule.documents:,} "
            f"document(s), {rule.interior:,} of them from the middle of the text (not a run at its head or "
            f"tail), at least {INTERIOR_LINES} lines and {INTERIOR_SHARE:.0%} of each in {len(names):,} "
            f"documents ({shown}): more like the documents' own text than boilerplate; review them "
            f"(`--diff --select {code}`), then keep them with `--ignore {code}` or `per-file-ignores`")
    return warnings
