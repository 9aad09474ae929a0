"""A short label beside the page's furniture, outside the article (CL140, issue 15): `Share this:`, `Tagged:`,
`More news`, `Top Stories in LIFE`, `Social Account`, a menu's entry at the head of the page.

On a site whose words it never learned the line model scores such a label under its threshold (`Themen in
diesem Artikel` 0.93, `Afficher les commentaires` 0.92), and the smoothing (`smoothing.between_flagged`,
`sandwiched`) takes a line only between two flagged ones; a label heads or closes a block of furniture, so
one side of it is furniture and the other often is not. Its place decides (jusText: a near-bad block next
to a bad one is bad, outside the main text): a line the model scored `FLOOR` or more, an entry or a label as
the smoothing reads one (`smoothing.unclosed`: eight words at most, no sentence, no digit, not a lead-in of
four words or more closing with a colon), whose nearest line above or below is flagged (by the first stage
or its smoothing; or as such a label, where the line scored `CHAIN_FLOOR` or more: a run of them goes
together, a menu none of whose entries reached the threshold beside its flagged heading, but not a song's
lines or an article's list along one flagged line), standing above the first line of the article's body or below its
last (`context.body_clusters`: the prose clusters holding a tenth of its prose) and in none of its clusters.
Not beside a byline or a time stamp (`smoothing.heads`: the article's title stands over them), nor in the
article's head: above the body, only a line with a flagged line below it before the body (the title, dek,
caption and byline stand between the page's last furniture and the body: `Affaire KPMG: un juge se récuse`
under the menu's `* Justice et faits divers`, `GNU General Public License` over its own contents).

Session 28 (labels28), tuned on sb26's half A (inscriptis; its lynx render and half B read for precision):
line recall 0.815 -> 0.821 on A's inscriptis with no content line more, 0.799 -> 0.805 on B's (three more,
two of them a press release's contact footer). Scores and positions only, no word list.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from corpuslint.checks.boilerplate.context import body_clusters
from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.checks.boilerplate.smoothing import heads, unclosed

__all__ = ["CHAIN_FLOOR", "FLOOR", "edge_labels"]

FLOOR = 0.6  # the least first-stage score of a label beside furniture (its place says the rest)
CHAIN_FLOOR = 0.85  # ... and of one beside such a label only (`smoothing.FLOOR`: a menu's entry just under)


def edge_labels(lines: Sequence[Line], first: Sequence[float | None], threshold: float,
                flagged: Collection[int]) -> list[int]:
    """The indices of the labels beside furniture outside the article (the module's doc) not in `flagged`
    (the lines the first stage flags, and its smoothing's), in order."""
    if not flagged:
        return []
    cid, body = body_clusters(lines)
    in_body = [i for i, line in enumerate(lines) if line.prose and cid[i] in body]
    if not in_body:
        return []
    top, bottom = in_body[0], in_body[-1]
    head_end = max((k for k in flagged if k < top), default=-1)  # the page's last furniture over the article's head
    taken = set(flagged)
    out: list[int] = []
    order = range(len(lines))
    for i in [*order, *reversed(order)]:  # down, then up: a run of labels goes with the flagged line at either end
        score = first[i]
        if (i in taken or score is None or not FLOOR <= score < threshold or top <= i <= bottom
                or cid[i] in body or head_end < i < top or not unclosed(lines[i])):
            continue
        beside = [k for k in (i - 1, i + 1) if 0 <= k < len(lines)]
        if (any(k in flagged or (k in taken and score >= CHAIN_FLOOR) for k in beside)
                and not any(heads(lines[k]) for k in beside)):
            taken.add(i)
            out.append(i)
    return sorted(out)
