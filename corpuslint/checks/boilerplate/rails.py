"""A page's rail of headline teasers after the article (CL140, issue 15): a long bulleted list of other
stories' headlines, each a whole title on its line (`* Singer shares vintage snap of her toned body in
racy tour costume... but a decade on`), under the page's furniture below the article's body.

Each teaser reads as a sentence without its full stop, and the line model's guards keep such a line
(they are asked nothing), so a rail of a hundred teasers stood between a flagged `Most read` and a
flagged footer. Its shape says what it is: `RAIL` bulleted entries or more, one a line with no blank line
between, each `WORDS` words (a title, not a tag nor a menu's entry), none but one in ten closing with a
full stop (a list of sentences is the article's: release notes, a summary's points), standing after the
last line of the article's body with a line the model flags between them (the furniture that opens the
rail: `Related stories`, a share bar). An article's own list ends its text right below its last
paragraph with nothing flagged between; a table of contents, a glossary or ingredients stand inside or
above the body, or are short entries.
"""

from __future__ import annotations

from collections.abc import Collection, Sequence

from corpuslint.checks.boilerplate.context import body_clusters
from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.checks.boilerplate.smoothing import BULLETED, bulleted_runs

__all__ = ["RAIL", "RAIL_WHY", "WORDS", "teaser_rails"]

RAIL = 8  # bulleted teasers in a row at least
WORDS = (4, 30)  # a teaser's words: a headline's
FULL_STOPS = 0.1  # the share of entries closing with a full stop, at most (a list of sentences is the text's)
RAIL_WHY = "in a rail of headline teasers after the article, among page furniture"


def _teaser(line: Line) -> bool:
    return WORDS[0] <= line.words <= WORDS[1] and BULLETED.match(line.text) is not None


def _full_stop(text: str) -> bool:
    return text.endswith(".") and not text.endswith("..")  # an ellipsis is a teaser's cut, no sentence's end


def teaser_rails(lines: Sequence[Line], flagged: Collection[int]) -> list[int]:
    """The indices of the lines of the page's teaser rails (see the module's docstring) not in `flagged`
    (the lines CL140 flags so far)."""
    if not flagged:
        return []
    cid, body = body_clusters(lines)
    # the article's last paragraph: a teaser long enough to read as prose is no paragraph of it
    last = next((i for i in range(len(lines) - 1, -1, -1)
                 if lines[i].prose and cid[i] in body and not _teaser(lines[i])), None)
    if last is None:
        return []
    after = sorted(i for i in flagged if i > last)
    if not after:
        return []
    out: list[int] = []
    for run in bulleted_runs(lines, _teaser, after[0] + 1):  # a rail opens below a flagged line under the body
        if (len(run) >= RAIL and sum(_full_stop(lines[k].text) for k in run) <= FULL_STOPS * len(run)
                and _between_furniture(lines, flagged, run, last)):
            out += [k for k in run if k not in flagged]
    return out


def _mark(text: str) -> str | None:
    """A bulleted entry's bullet (`*`, `o`, `•`), None for a line that is no entry."""
    bullet = BULLETED.match(text)
    return text[0] if bullet is not None else None


def _between_furniture(lines: Sequence[Line], flagged: Collection[int], run: range, last: int) -> bool:
    """Whether the `run` stands under a flagged line that opens it, below the article's `last`
    paragraph: not a lone flagged line right under that paragraph with the article's unflagged lines
    going on below it (an ad slot's `Advertisement` over the article's own closing list and its
    lead-in: only a rail's heading right above the run opens it from there), nor a flagged entry of
    the same list unless another flagged entry of it stands right below the run (a list of tags whose
    short entries the model flags, not an article's list one of whose entries it flags)."""
    opener = max(k for k in flagged if k < run.start)  # the runs are looked for below a flagged line
    mark = _mark(lines[run.start].text)
    if _mark(lines[opener].text) == mark:
        below = run.stop
        return opener == run.start - 1 and below in flagged and _mark(lines[below].text) == mark
    return opener == run.start - 1 or opener != last + 1 or opener + 1 in flagged
