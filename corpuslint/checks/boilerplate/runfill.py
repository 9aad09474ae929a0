"""A line just under CL140's threshold inside a run of flagged furniture goes with the run (issue 15).

The line model scores each line on its own features and a few neighbours'; on a site it never saw, some
lines of a footer, a teaser list or a comment form fall just under the threshold while the lines around
them pass it (`Kommentarfunktion ist geschlossen.` 0.89 between a teaser's `February 14, 2019` and
`« Vorherigen Post`, `Copyright 2016 © New Republic. All rights reserved.` 0.89 inside a footer's menu).
jusText's context smoothing reads such a block by its neighbours: a near-good block between bad ones is bad.

`smoothing` already does this for short entries between two flagged lines, and `framed` for long lines
framed outside the article's body; what both leave is a line of any length or shape (a sentence, a date,
a copyright) whose nearest decided lines are mostly flagged, wherever it stands. Here: a line the model
scored `FLOOR` or more but under its threshold, whose `NEAREST` nearest decided lines on each side (a
flagged line, or one the model scored; lines the guards kept unscored are stepped over) hold a flagged
line on both sides and are `SHARE` flagged or more; or that stands between two flagged lines of a block of
furniture, the lines around it up to an unflagged prose line on each side, `BLOCK_LINES` decided lines or more
and `SHARE` of them flagged (a comment form's `Ihr Name` / `Ihre E-Mail Adresse` / `Ihre URL (optional)` under
its flagged heading, their nearest lines undecided). A prose line (`Line.prose`) that nothing flags is a
vote against and stops the walk: no run or block reaches across a paragraph. Never a prose line itself, nor the
line right above an unflagged line of text, prose or a line the guards kept unscored (the article's headline or
a subheading over its paragraph, a letter's `Vicky:` over its first sentence in a blog's feed),
nor a line opening with a figure (a table's cells `31`, `111`, a chronicle's `1802 - ...`, a reference's
`[21] ...`: the article's own data stand between the model's false flags on it), nor a lead-in of four words or
more closing with a colon (`Below is the state machine that defines task state transitions:`), nor a sentence
inside the article's body (`context.body_span`: `And they saw her wearing Chozo armour. [M1]` between two
`Advertisement` lines of a long story). What it adds counts as
flagged for the next round (`ROUNDS` at most): a run's two or three undecided lines in a row.

sb26 half A (tuned there), CL140 alone, inscriptis / lynx: 110 / 170 lines more, by the labels 101 / 159
boilerplate, 5 / 6 unsure, 4 / 5 content (`Check out more articles on BuzzFeed.com!`, a GitHub README's `See
my contact page for details.`, a YouTube page's `The interactive transcript could not be loaded.`; lynx: a table's
last names, a recipe's `Zubereitungszeit: 25 Minuten`, a list's last speaker above `Share`). Measured on half B
and on the web pages: benchmarks/RESULTS.md, session 34.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Collection, Sequence

from corpuslint.checks.boilerplate.context import body_clusters, body_span
from corpuslint.checks.boilerplate.linefeatures import Line

__all__ = ["BLOCK_LINES", "FLOOR", "NEAREST", "ROUNDS", "RUN_WHY", "SHARE", "run_members"]

FLOOR = 0.8  # a score just under the threshold (0.935, the shipped model's)
NEAREST = 3  # decided lines read on each side ...
SHARE = 0.5  # ... of which this share at least is flagged, one on each side at least
ROUNDS = 3  # the lines a round adds vote in the next
BLOCK_LINES = 4  # decided lines of a block of furniture between two paragraphs, at least
RUN_WHY = "just under the threshold, inside a run of page furniture"
_FIGURE_FIRST = re.compile(r"[\[(]?\d")  # a table's cell, a numbered entry: `31`, `1802 - `, `[21] `
_LEAD_IN = re.compile(r":\s*$")  # ... of four words or more: the text's lead-in to what follows
_CLOSED = re.compile(r"[.!?…。！？][\"”’»)]*(?:\s*\[\w{1,4}\])?\s*$")  # a sentence, its note's mark after it maybe


def _votes(lines: Sequence[Line], decided: Sequence[int], taken: Collection[int], i: int, step: int) -> list[bool]:
    """The nearest decided lines from line `i` in one direction (`step` -1 up, 1 down), flagged or not,
    `NEAREST` at most; an unflagged prose line is the last vote. `decided`: the indices of the flagged, scored
    and prose lines, in order."""
    votes: list[bool] = []
    k = bisect_left(decided, i) + step  # line `i` is scored: one of `decided`
    while 0 <= k < len(decided) and len(votes) < NEAREST:
        j = decided[k]
        votes.append(j in taken)
        if not votes[-1] and lines[j].prose:
            break
        k += step
    return votes


def _blocks(lines: Sequence[Line], first: Sequence[float | None], taken: Collection[int]) -> list[int]:
    """For each line between two flagged lines of a block of furniture (the lines between two unflagged prose
    lines, holding `BLOCK_LINES` decided lines or more, `SHARE` of them flagged), the block's first flagged line;
    -1 for the others."""
    block = [-1] * len(lines)
    start = 0
    for end in range(len(lines) + 1):
        if end < len(lines) and not (lines[end].prose and end not in taken):
            continue
        decided = [j for j in range(start, end) if j in taken or first[j] is not None]
        marks = [j for j in decided if j in taken]
        if len(decided) >= BLOCK_LINES and marks and len(marks) >= SHARE * len(decided):
            for j in range(marks[0] + 1, marks[-1]):
                block[j] = marks[0]
        start = end + 1
    return block


def run_members(lines: Sequence[Line], first: Sequence[float | None], threshold: float,
                flagged: Collection[int]) -> list[int]:
    """The indices of the lines scored from `FLOOR` to under `threshold` that stand inside a run of the
    `flagged` lines (see the module's docstring), in order; none of `flagged` itself."""
    taken = set(flagged)
    added: list[int] = []
    span: tuple[int, int] | None = None
    for round_ in range(ROUNDS):
        asked = [i for i, score in enumerate(first) if score is not None and FLOOR <= score < threshold
                 and i not in taken and not lines[i].prose and not _FIGURE_FIRST.match(lines[i].text.lstrip())
                 and not (i + 1 < len(lines) and i + 1 not in taken and (lines[i + 1].prose or first[i + 1] is None))
                 and not (lines[i].words >= 4 and _LEAD_IN.search(lines[i].text))]
        if asked and round_ == 0:
            span = body_span(lines, *body_clusters(lines))
        if span is not None:  # a sentence inside the article's body is its own, between its ads too
            asked = [i for i in asked if not (span[0] < i < span[1] and _CLOSED.search(lines[i].text))]
        if not asked:  # (a heading over its paragraph, a salutation over its letter, a lead-in: not asked)
            break
        decided = [j for j, line in enumerate(lines) if j in taken or first[j] is not None or line.prose]
        block = _blocks(lines, first, taken)
        new = []
        for i in asked:
            up = _votes(lines, decided, taken, i, -1)
            down = _votes(lines, decided, taken, i, 1)
            if (any(up) and any(down) and sum(up) + sum(down) >= SHARE * (len(up) + len(down))) or block[i] >= 0:
                new.append(i)
        if not new:
            break
        taken.update(new)
        added += new
    return sorted(added)
