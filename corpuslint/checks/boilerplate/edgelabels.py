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

Session 29 (labels29): what a line beside furniture IS decides before its place (web: five content lines
more, a feed's letter `Vicky:` and a post's last sentence). A line holding a sentence (`否则怎么活到现在。
(浏览全文 引用此文)`: a sentence with its link) is no label (`_holds_sentence`); a feed's items
(`feedshape.item_lines`: each title over its own text) are no furniture beside it, whatever the model said
of them; a label closing with a colon or a comma under furniture, over text (a sentence, a paragraph), opens
that text (`_opens_text`: a letter's `Vicky:` / `Dear Jane,`); above the body, a line under furniture across
a blank line, over the article's title and its byline, is the article's head (`_over_head`: the photo's
caption over the title); and a line across a blank line from its furniture whose own block goes on with an
entry the model scored under `FLOOR` is that list's last entry (`_in_own_list`: Wikipedia's `External
links`). Its labels are evidence for no other line (`classifier`: not for `smoothing.sandwiched`).
Just under the article's last paragraph, a line that credits (a name or an outlet after `by`/`from`, an
e-mail address: `With files from The Canadian Press`, `Write to Jane Roe at jane@example.com`) is the
story's own tail, metadata to read, not a label (held out, the lead: three such credits lost).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from corpuslint.checks.boilerplate.context import body_clusters, body_span
from corpuslint.checks.boilerplate.feedshape import feed_furniture, item_lines
from corpuslint.checks.boilerplate.linefeatures import Line, reads_as_sentence
from corpuslint.checks.boilerplate.scripts import SENTENCE_MARK
from corpuslint.checks.boilerplate.smoothing import heads, unclosed

__all__ = ["CHAIN_FLOOR", "FLOOR", "edge_labels"]

FLOOR = 0.6  # the least first-stage score of a label beside furniture (its place says the rest)
CHAIN_FLOOR = 0.85  # ... and of one beside such a label only (`smoothing.FLOOR`: a menu's entry just under)
SENTENCE_WORDS = 3  # words at least before a sentence's mark inside a line: a sentence (`U.S. News` is none)
HEAD_REACH = 3  # lines at most from a label to the byline or time stamp under the article's title
TAIL_REACH = 2  # lines at most under the article's last paragraph to a credit of the story (`CREDIT`)
# a credit: a capitalised name or outlet after `by`/`from`, or an e-mail address
CREDIT = re.compile(r"\b(?:[Bb]y|[Ff]rom)\s+(?:the\s+)?[A-Z]|[\w.+-]+@[\w-]+\.[\w.-]+")


def edge_labels(lines: Sequence[Line], first: Sequence[float | None], threshold: float,
                flagged: Collection[int]) -> list[int]:
    """The indices of the labels beside furniture outside the article (the module's doc) not in `flagged`
    (the lines the first stage flags, and its smoothing's), in order."""
    if not flagged:
        return []
    cid, body = body_clusters(lines)
    if (span := body_span(lines, cid, body)) is None:
        return []
    top, bottom = span
    head_end = max((k for k in flagged if k < top), default=-1)  # the page's last furniture over the article's head
    own: frozenset[int] | None = None  # a feed's items' lines, read once a label beside a flagged line is found
    taken = set(flagged)
    out: list[int] = []
    order = range(len(lines))
    for i in [*order, *reversed(order)]:  # down, then up: a run of labels goes with the flagged line at either end
        score = first[i]
        if (i in taken or score is None or not FLOOR <= score < threshold or top <= i <= bottom
                or cid[i] in body or head_end < i < top or not unclosed(lines[i]) or _holds_sentence(lines[i])
                or (bottom < i <= bottom + TAIL_REACH and CREDIT.search(lines[i].text))):
            continue
        beside = [k for k in (i - 1, i + 1) if 0 <= k < len(lines)]
        by = [k for k in beside if k in flagged or (k in taken and score >= CHAIN_FLOOR)]
        if by and own is None:
            own = _items_own(lines)
        by = [k for k in by if k not in own] if own else by
        if not by or any(heads(lines[k]) for k in beside) or all(_in_own_list(lines, first, taken, i, k) for k in by):
            continue
        if by == [i - 1] and i + 1 < len(lines) and i + 1 not in taken and (
                _opens_text(lines, first, i) or (i < top and _over_head(lines, first, i, top, taken))):
            continue
        taken.add(i)
        out.append(i)
    return sorted(out)


def _items_own(lines: Sequence[Line]) -> frozenset[int]:
    """The lines of a feed's items (`feedshape.item_lines`: each title over its own text), not the feed's
    furniture among them: the document's, whatever the model said of them."""
    titles, items = item_lines(lines)
    return items - feed_furniture(lines, titles, items) if items else frozenset()


def _holds_sentence(line: Line) -> bool:
    """A sentence's end inside the line after `SENTENCE_WORDS` words (in CJK, after any): the sentence of a
    text, its link after it (`否则怎么活到现在。 (浏览全文 引用此文)`), never a label."""
    mark = SENTENCE_MARK.search(line.text)
    return mark is not None and (line.cjk or len(line.text[:mark.start()].split()) >= SENTENCE_WORDS)


def _opens_text(lines: Sequence[Line], first: Sequence[float | None], i: int) -> bool:
    """Line `i`, under furniture, closes with a colon or a comma over text (a sentence, a paragraph, a line
    the model is not asked about): a letter's salutation (`Vicky:`, `Dear Jane,`), a lead-in to its text."""
    below = lines[i + 1]
    return lines[i].text.endswith((":", ",")) and (first[i + 1] is None or reads_as_sentence(below))


def _over_head(lines: Sequence[Line], first: Sequence[float | None], i: int, top: int, taken: Collection[int]) -> bool:
    """Line `i`, a blank line under furniture, stands over the article's title (a short line the model is not
    asked about: the guards keep it) with a byline or a time stamp `HEAD_REACH` lines at most below, none
    of them flagged: the article's head (a photo's caption over the title), not the page's."""
    if lines[i].number == lines[i - 1].number + 1 or first[i + 1] is not None or lines[i + 1].prose:
        return False
    for k in range(i + 2, min(top, i + 1 + HEAD_REACH)):
        if k in taken:
            return False
        if heads(lines[k]):
            return True
    return False


def _in_own_list(lines: Sequence[Line], first: Sequence[float | None], taken: Collection[int], i: int, k: int) -> bool:
    """Line `i` stands a blank line away from the flagged line `k`, and its own block goes on, away from `k`,
    with a line the model scored under `FLOOR`, not flagged: it is that list's first or last entry (Wikipedia's external
    links, `Mozilla Wiki` / `Mozilla Mercurial Repository`, over a navigation box), not the furniture's."""
    if abs(lines[i].number - lines[k].number) == 1:
        return False
    o = i + 1 if k < i else i - 1
    if not 0 <= o < len(lines) or abs(lines[o].number - lines[i].number) != 1 or o in taken:
        return False
    score = first[o]
    return score is not None and score < FLOOR
