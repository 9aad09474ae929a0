"""CL140's board lists: a forum's index or a board's list of threads, each row with its counts, is the page's content.

A forum's index lists its boards (`Music   1,768   28,043   3 days ago by someuser`: a name, its topics
and posts, its last post) and a board lists its threads (`17  ● Our lab joins the top 1%  0/808  someuser`:
a title, its replies and views, its starter), row after row, a hundred rows at times. The line model reads
each row as furniture (short, capitalised, numbers, no sentence) and removed the page's whole content
(forum28: the lead's held-out thread lists and indexes, shops_dev's `spinkat.ru` index and
`letstalkbitcoin.com` board).

A row is read by what it carries, its counts (`counts`): numbers standing as fields of their own (`1,768`,
`0/808`, `72 24,734`), two or more on the line once its time stamps are blanked out, or one standing last in
a column (`Auto trans        0`), or one on each of two lines in a row (`1 Темы` over `11 Сообщения`, a text
browser's cells); not an item of a bulleted list (a menu's `o Rosca 15`, a news box's `* 12/4 Game Night`). Not a count: a year, a day (`12/4`), a number in brackets (`(12)`: a category's or an archive month's
tally in a sidebar), a field's value after its label (`Posts: 50`, `Тем: 74`: a poster's or the board's
statistics), a number inside a word or a link (`mp3`, `t=11300`). `ROWS` rows or more, each within `GAP`
lines of the one before, make a list; a longer gap, of `BRIDGE` rows' lengths at most, is a row the reading
missed or a section's heading row between two runs of one list (a forum index's next category, its columns'
names again, a row whose counts ran into its description: spinkat.ru's index, cut in three); a row of pagination (`1 2 3`) at either end of it is no row. As a
catalogue (`catalogue.py`), the list is the page's content where it outweighs the page's prose elsewhere
and is not itself prose (a thread's posts between their frames' `Posts: 4`): a sidebar's `Recent
discussions` beside a thread, a widget's table beside an article, are left to the model. Inside the list,
a short line saying what a widget asks (`Reply`, `Subscribe`) is still the frame's.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpuslint.checks.boilerplate.catalogue import gap_chains, record_period
from corpuslint.checks.boilerplate.context import prose_clusters
from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.checks.boilerplate.recordlists import stamp_in, without_stamps
from corpuslint.stamps import MONTH_PATTERN

__all__ = ["GAP", "ROWS", "board_lines", "counts"]

ROWS = 10  # rows in a row at least: a board's page of threads (20, 25, 50), a forum's index, not a sidebar's five
GAP = 12  # lines at most from one row's counts to the next (a title, a description, a starter, a last post)
BRIDGE = 3  # a gap of this many rows' lengths at most (and `2 * GAP` lines) still joins two runs of one list
BRIDGE_RUN = 3  # rows a run has at least before its rows' length tells how far a bridge reaches
ROW_WORDS = 40  # a row's line has at most this many words (a title, a name, a last post's title)
PROSE_SHARE = 0.5  # the list's words in prose lines, at most: a list of rows, not a thread's posts
CTA_WORDS = 3  # a line of this many words at most saying what a widget asks is the frame's

_FIELDS = re.compile(r"[\s|/]+")  # a row's fields: columns, a table's bars, `replies/views`
_COUNT = re.compile(r"\d{1,3}(?:[,.\u00a0\u202f]\d{3})+|\d+(?:[.,]\d)?[kKmMкК]?")
_YEAR = re.compile(r"(?:19|20)\d\d")
_COLUMN = re.compile(r"(?:\s{2,}|\|\s*)\d[\d,.]*\s*\|?$")  # a count standing last, in a column of its own
# a date with its month first (`February 09, 2011`), blanked before the stamps are: `4 7 February 09` holds two counts
_MONTH_FIRST = re.compile(rf"(?i)\b(?:{MONTH_PATTERN})\.?\s+[0-3]?\d\b")
_RUN = re.compile(r"(?<!\d)1\s+2\s+3(?!\d)")  # pagination's pages
_BULLET = re.compile(r"[-*•·–—►▶▸◆■○»›+o#@]\s")  # a list's item as the text browsers print it: a menu's, not a table's row
_DAY = re.compile(r"(?<![\d/])(?:[0-2]?\d|3[01])/(?:[0-2]?\d|3[01])(?![\d/])")  # `12/4`: a day, not `0/808`


def counts(text: str) -> int:
    """How many counts a row's line carries: numbers standing as fields of their own, its time stamps
    blanked out, not a year, a day (`12/4`), a number in brackets or a field's value after its label (see the module)."""
    if not any(c.isdigit() for c in text):
        return 0
    n = 0
    previous = ""
    for field in _FIELDS.split(_DAY.sub(" ", without_stamps(_MONTH_FIRST.sub(" ", text)))):
        if field and _COUNT.fullmatch(field) and not _YEAR.fullmatch(field) and not previous.endswith(":"):
            n += 1
        if field:
            previous = field
    return n


def _row(lines: Sequence[Line], i: int, tallies: list[int]) -> bool:
    """Whether line `i` carries a row's counts: two or more, or one last in a column, or one over or under
    another line of one (a text browser prints a row's cells a line each)."""
    line = lines[i]
    if line.prose or line.words > ROW_WORDS or not tallies[i] or _BULLET.match(line.text):
        return False
    if tallies[i] >= 2 or _COLUMN.search(line.text):
        return True
    return tallies[i] == 1 and any(0 <= j < len(lines) and tallies[j] == 1 and lines[j].words <= CTA_WORDS + 1
                                   and line.words <= CTA_WORDS + 1 for j in (i - 1, i + 1))


def _chains(lines: Sequence[Line]) -> list[list[int]]:
    """Runs of rows (`_row`), each within `GAP` lines of the one before, `ROWS` long at least; two rows'
    lines right one over the other are one row's (its cells a line each), unless three or more stand so
    (a table a row a line)."""
    tallies = [counts(line.text) if not line.prose else 0 for line in lines]
    marks = [i for i in range(len(lines)) if _row(lines, i, tallies)]
    rows: list[int] = []
    k = 0
    while k < len(marks):
        j = k
        while j + 1 < len(marks) and marks[j + 1] == marks[j] + 1:
            j += 1
        rows += marks[k:j + 1] if j - k >= 2 else [marks[j]]
        k = j + 1
    out = _bridged(gap_chains(rows, GAP, 1))
    for chain in out:  # pagination at either end is the list's frame, not a row
        while chain and _RUN.search(lines[chain[0]].text):
            chain.pop(0)
        while chain and _RUN.search(lines[chain[-1]].text):
            chain.pop()
    return [chain for chain in out if len(chain) >= ROWS]


def _bridged(runs: list[list[int]]) -> list[list[int]]:
    """The runs of rows joined across a gap of `BRIDGE` rows' lengths at most (see the module), the
    length read from the run above, `BRIDGE_RUN` rows long at least; a lone row bridged to at a list's
    end is no row of it (a legend's `More than 15 replies or 150 views` under a board's tools)."""
    out: list[list[int]] = []
    last: list[int] = []  # the run last joined to the list above by a bridge
    for run in runs:
        if out and len(out[-1]) >= BRIDGE_RUN and run[0] - out[-1][-1] <= min(2 * GAP, BRIDGE * record_period(out[-1])):
            out[-1] = out[-1] + run
            last = run
            continue
        if len(last) == 1:
            out[-1].pop()
        out.append(run)
        last = []
    if len(last) == 1:
        out[-1].pop()
    return out


def board_lines(lines: Sequence[Line]) -> set[int]:
    """The indices of the lines of the page's board lists that outweigh its prose elsewhere and are no
    prose themselves (see the module's docstring), their call-to-action lines left out."""
    chains = _chains(lines)
    if not chains:
        return set()
    cid, _ = prose_clusters(lines)
    out: set[int] = set()
    for chain in chains:
        period = record_period(chain)  # a row's length
        start, end = max(0, chain[0] - period + 1), chain[-1]
        tail = [j for j in range(end + 1, min(len(lines), end + period)) if stamp_in(lines[j].text)]
        end = tail[-1] if tail else end  # the last row's last post, below its counts
        inside = sum(lines[i].words for i in range(start, end + 1))
        prose = sum(lines[i].words for i in range(start, end + 1) if lines[i].prose)
        outside = sum(lines[i].words for i, c in enumerate(cid) if c >= 0 and not start <= i <= end)
        if inside <= outside or prose > PROSE_SHARE * inside:
            continue  # a sidebar's list beside a thread or an article; a thread's posts between their frames
        out.update(i for i in range(start, end + 1) if not (lines[i].cta and lines[i].words <= CTA_WORDS))
    return out
