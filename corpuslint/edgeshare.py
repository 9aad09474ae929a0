"""Two removals that meet on white space: the one whose rule can fix only the text as given goes first.

A rule's removal of a line takes its line break; the next rule's removal of the run below starts at
that same line break (it takes the break before its first line, as the last lines of a text go). The
two overlap by one character, and the fixer, taking fixes in the order of their place, took the first
and left the second for a later pass, where a rule that judges a line by its neighbours
(`Rule.fixes_first_reading_only`: CL140) may no longer fix it (qa21r news.discovery, lynx: CL131's
`Recommended for you` went, CL140's 119 lines of teasers under it stayed). The other rule's removal
yields instead: it is found again on the next pass, against the new text, and each removal leaves
the white space as it would alone (two removals merged into one left a blank line two passes do not).
"""

from __future__ import annotations

from collections.abc import Callable

from corpuslint.closing_runs import blank_overlap, deletes_one_span
from corpuslint.models import Finding, TextEdit


def yielding(candidates: list[Finding], chosen: list[Finding], first_reading_only: Callable[[str], bool],
             text: str) -> set[int]:
    """The ids of `chosen` removals that block a candidate left out whose rule fixes only the first
    reading, where both only delete and what they share is white space."""
    chosen_ids = {id(f) for f in chosen}
    left = [f for f in candidates if id(f) not in chosen_ids and first_reading_only(f.code) and deletes_one_span(f)]
    if not left:
        return set()
    # the chosen removals that may wait a pass: deletions of rules fixed on any reading
    waiting = [(f, f.fix.edits[0]) for f in chosen if not first_reading_only(f.code) and deletes_one_span(f)]
    out: set[int] = set()
    for blocked in left:
        (b,) = blocked.fix.edits
        blocking = [(f, a) for f, a in waiting if blank_overlap(text, (a.start, a.end), (b.start, b.end))]
        # only for more lines than it holds up: the one yielding may not come back the same (a label whose
        # fix takes the line under it once a removal left it there, which the first reading did not take)
        if blocking and _lines(text, b) > sum(_lines(text, a) for _, a in blocking):
            out.update(id(f) for f, _ in blocking)
    return out


def _lines(text: str, edit: TextEdit) -> int:
    return text.count("\n", edit.start, edit.end) + 1
