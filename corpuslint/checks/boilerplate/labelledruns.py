"""A page's labelled runs of long bulleted entries outside the article (CL140, issue 15): a teaser box under a
label in capitals (`DON'T MISS`, `FEMAIL TODAY`) and a slideshow's captions under its counter (`1 of 24`).

Each entry is one bullet wrapped over two to four lines, a headline run into its dek (`* Stroll in the park: Jane
Roe steps out with her sister ... Out and about in Leeds`) or a dated photo's caption (`* Jane Roe greets supporters
in Leeds on June 21, 2011, at the party's office.`). A text browser's dump reads each as one long line, which the
line model's guards keep as a sentence; `rails` wants entries of a headline's length and `teasers` a head line over
a dek line, so a box of twenty such entries stood whole between flagged furniture.

Its shape: a label right above the run (`LABEL_REACH` short lines at most between), in capitals (`LABEL_WORDS`
words at most, `LABEL_LETTERS` letters at least, no sentence) or a slideshow's counter (`1 of 24`, `3/12`); then
`RUN` bulleted entries or more in a row, each of `ITEM_WORDS` words (their median `MEDIAN_WORDS` at least: longer
than a menu's or a list of key points' entries); under a label in capitals at most half of them closing with a full
stop (teasers, not a list of sentences: references, a summary's points). Outside the article only: the run stands
wholly below the article's body or wholly above it (`context.body_span`, the boxes' entries read as no prose), the
article's `ARTICLE_WORDS` words of prose or more on the other side, and CL140 flags a line within `NEAR` lines above
the label or below the run, or beyond them with no prose between (the page's furniture around the box). The article's own bulleted list (its key
points) stands inside its body, prose above and below, under no such label.
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Collection, Sequence
from statistics import median

from corpuslint.checks.boilerplate.context import body_clusters, body_span
from corpuslint.checks.boilerplate.linefeatures import Line, reads_as_sentence
from corpuslint.checks.boilerplate.postframe import ARTICLE_WORDS
from corpuslint.checks.boilerplate.smoothing import BULLETED, bulleted_runs

__all__ = ["LABELLED_WHY", "RUN", "labelled_runs"]

RUN = 6  # bulleted entries in a row at least
ITEM_WORDS = (8, 90)  # an entry's words: a headline with its dek, a photo's caption
MEDIAN_WORDS = 12  # ... their median at least (a menu's, a list of key points' entries are shorter)
FULL_STOPS = 0.5  # under a label in capitals, the share of entries closing with a full stop at most
LABEL_REACH = 3  # lines from the label to the run's first entry, at most (`Fullscreen` / `1 of 24` / the captions)
LABEL_WORDS = 5  # a label's words at most
LABEL_LETTERS = 4  # a label in capitals: this many letters at least
CONTROL_WORDS = 1  # a slideshow's control over its counter (`Fullscreen`): one word
NEAR = 12  # lines above the label or below the run where CL140 flags a line (the page's furniture)
LABELLED_WHY = "in a labelled run of teasers or slideshow captions outside the article (a label in capitals or `1 of 24` over long bulleted entries)"

_COUNTER = re.compile(r"\d{1,3}\s*(?:of|/)\s*\d{1,3}")  # a slideshow's counter: `1 of 24`, `3/12`
_LETTERS = re.compile(r"[^\W\d_]")


def _entry(line: Line) -> bool:
    return ITEM_WORDS[0] <= line.words <= ITEM_WORDS[1] and BULLETED.match(line.text) is not None


def _full_stop(text: str) -> bool:
    return text.endswith(".") and not text.endswith("..")


def _label(line: Line) -> str | None:
    """`caps` for a label in capitals, `counter` for a slideshow's counter, None for another line."""
    text = line.text
    if _COUNTER.fullmatch(text):
        return "counter"
    if line.words > LABEL_WORDS or BULLETED.match(text) or text[-1:] in ".,;:?" or reads_as_sentence(line):
        return None
    letters = _LETTERS.findall(text)
    return "caps" if len(letters) >= LABEL_LETTERS and all(c.isupper() for c in letters) else None


def _control(line: Line) -> bool:
    """A slideshow's control over its counter: one word (`Fullscreen`, `Expand`)."""
    return line.words <= CONTROL_WORDS and line.text[:1].isalpha() and not reads_as_sentence(line)


def _labelled(lines: Sequence[Line], run: range) -> tuple[str, int] | None:
    """The label over the run (`_label`'s kind, its index), within `LABEL_REACH` short lines above it; None for none."""
    for k in range(run.start - 1, max(-1, run.start - 1 - LABEL_REACH), -1):
        kind = _label(lines[k])
        if kind is not None:
            return kind, k
        if lines[k].words > LABEL_WORDS or reads_as_sentence(lines[k]):
            return None
    return None


def _outside_article(lines: Sequence[Line], boxes: Sequence[tuple[str, int, range]]) -> list[bool]:
    """Whether each box (its label at `label`, its `run`) stands wholly below the article's body or wholly above
    it, the article's `ARTICLE_WORDS` words of prose on the other side (the boxes' entries read as no prose: a
    box of teasers is as long as an article)."""
    entries = {k for _, _, run in boxes for k in run}
    masked = [dataclasses.replace(line, prose=False) if i in entries else line for i, line in enumerate(lines)]
    cid, body = body_clusters(masked)
    span = body_span(masked, cid, body)
    if span is None:
        return [False] * len(boxes)
    first, last = span
    out = []
    for _, label, run in boxes:
        side = range(0, label) if label > last else range(run.stop, len(lines)) if run.stop <= first else range(0)
        out.append(sum(masked[i].words for i in side if masked[i].prose and cid[i] in body) >= ARTICLE_WORDS)
    return out


def _among_furniture(lines: Sequence[Line], label: int, run: range, flagged: Collection[int]) -> bool:
    """Whether CL140 flags a line within `NEAR` lines above the label or below the run, or beyond them with no
    line of prose between (a box among the page's furniture: `doi: …` / `Latest on:` under it, then the menus)."""
    above = label - 1
    while above >= 0 and (label - above <= NEAR or not lines[above].prose):
        if above in flagged:
            return True
        above -= 1
    below = run.stop
    while below < len(lines) and (below - run.stop < NEAR or not lines[below].prose):
        if below in flagged:
            return True
        below += 1
    return False


def labelled_runs(lines: Sequence[Line], flagged: Collection[int]) -> list[int]:
    """The indices of the lines of the page's labelled runs (see the module's docstring), label included, not in
    `flagged` (CL140's flags so far)."""
    if not flagged:
        return []
    boxes = []  # (the label's kind, its index, the run of entries)
    for run in bulleted_runs(lines, _entry):
        if len(run) < RUN or median(lines[k].words for k in run) < MEDIAN_WORDS:
            continue
        labelled = _labelled(lines, run)
        if labelled is None or (labelled[0] == "caps" and sum(_full_stop(lines[k].text) for k in run) > FULL_STOPS * len(run)):
            continue
        boxes.append((*labelled, run))
    if not boxes:
        return []
    boxes = [box for box, outside in zip(boxes, _outside_article(lines, boxes)) if outside]
    flagged = set(flagged)
    out: list[int] = []
    while boxes:  # a box found is furniture around the next one (a slideshow's captions over a box of teasers)
        left = []
        for kind, label, run in boxes:
            if not _among_furniture(lines, label, run, flagged):
                left.append((kind, label, run))
                continue
            if kind == "counter" and label > 0 and _control(lines[label - 1]):
                label -= 1  # the slideshow's control over its counter (`Fullscreen`)
            out += [k for k in range(label, run.stop) if k not in flagged]
            flagged.update(range(label, run.stop))
        if len(left) == len(boxes):
            break
        boxes = left
    return sorted(out)
