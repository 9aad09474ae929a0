"""CL140: a menu outside the article, read whole by its scores where none of its entries is flagged (issue 15).

`smoothing.menu_blocks` reads a run of bulleted entries as one menu where the model reads it as one
(each entry scored `RUN_FLOOR` or more, their mean `FLOOR` or more) and one of its entries, or the
line right above or below it, is flagged: its heading, the menu it continues. On a site whose words
the model never learned a whole menu falls just under the threshold, its heading too, and nothing
around it is flagged: lynx's `* Menu` / `+ Aktuell` / `+ Tests` / `o Computer` (cnet.de, thirteen
entries 0.71-0.94), gofeminin's `* Mama` / `* Job & Geld` / `* Horoskop` (nine, 0.80-0.93), a
blog's archive `* ►  2016 (440)` / `+ ►  December (46)` (0.90-0.92), intel's browser list under its
`upgrade your browser` plea (`* Safari` / `* Chrome` / `* IE` / `* Firefox`).

Its place says the rest: such a run standing wholly before the first line of the article's body or
after its last (`context.body_clusters`: the clusters of prose holding a tenth of the page's words),
`ENTRIES` entries or more (`smoothing.menu_entry`: a bullet, six words at most, no sentence's,
colon's or comma's end), each scored `RUN_FLOOR` or more (a line the guards keep or one scored
lower ends the run), their mean `MEAN` or more, on a page where the model flags a line. An article's own short list stands inside its body,
or the model scores it low (a recipe's `* 1 package plastic spoons` 0.09-0.15, a club's board
`* Vorstand: Wilhelm Stahl` 0.08-0.21); a page with no body of prose has no outside to read.

A menu on one line is read so too: a row of `BAR_ITEMS` entries or more between bars (`bar_row`),
whatever its script (cnn-arabic-lynx's footer `CNN International TV | CNN US TV | Work for us`,
`خدمة آخر خبر للرسائل النصية | ... | RSS`: 0.64-0.93 under a retrained model, session 33), scored
`RUN_FLOOR` or more, outside the body. A table's row is no such row: its cells are figures, or a
rule of dashes stands beside it (`|---|---|`). And a row of entries between commas, two or more of
which the page's flagged menus name alone on their lines (`named_row`: Wikimedia blog's categories over
the headline, `Foundation, From the archives, Technology`, under its menu's `Foundation` / `Technology`:
0.77 under a retrained model): the same links again, whatever the words.
No word list: scores, bullets, bars and positions only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpuslint.checks.boilerplate.context import body_clusters, body_span
from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.checks.boilerplate.smoothing import RUN_FLOOR, bulleted_runs, menu_entry
from corpuslint.stamps import DATE_IN_TEXT

__all__ = ["BAR_ITEMS", "ENTRIES", "MEAN", "NAMED", "bar_row", "named_row", "outer_menus"]

ENTRIES = 3  # a run's entries at least
MEAN = 0.8  # ... their mean first-stage score at least
BAR_ITEMS = 3  # a menu on one line: this many entries between bars at least
BAR_ITEM_WORDS = 6  # ... each this many words at most (an Arabic site's `خدمة آخر خبر للبريد الإلكتروني`, five)
BAR_ITEM_CHARS = 40  # ... and characters
_ITEM_CLOSED = frozenset(".!?:;,。！？")  # an entry closes no sentence or clause
_FIGURE = re.compile(r"[\d\s.,%$€£+-]+")  # a table's cell: a figure
NAMED = 2  # a row's entries the page's flagged lines name, at least
_COMMAS = re.compile(r"\s*,\s*")
_BYLINE_ITEM = re.compile(r"(?:^|\|)\s*[Bb]y\s")  # an item opening with `By`: an author's
_TABLE_RULE = re.compile(r"\s*\|?\s*:?-{3,}")  # a Markdown table's rule under its head (`|---|:--|`)


def bar_row(lines: Sequence[Line], k: int) -> bool:
    """Line `k` is a menu on one line: `BAR_ITEMS` entries or more between bars, each a few words
    (`BAR_ITEM_WORDS`, `BAR_ITEM_CHARS`) closing no sentence or clause, no figure alone, and no
    table's rule of dashes right above or below it. A row holding a date is a post's head (`January 13, 2020
    at 08:45 AM | categories: Python, Mercurial | View Comments`, sb26 B), and so is one holding an author
    (`Mike Cason | mcason@al.com By Mike Cason`: an address, or an item opening with `By`): metadata, the CL5xx rules'."""
    text = lines[k].text
    if text.count("|") < 2:
        return False
    items = [item.strip() for item in text.split("|")]
    items = [item for item in items if item]
    if len(items) < BAR_ITEMS or any(len(item) > BAR_ITEM_CHARS or len(item.split()) > BAR_ITEM_WORDS
                                     or item[-1] in _ITEM_CLOSED or _FIGURE.fullmatch(item) for item in items):
        return False
    if "@" in text or _BYLINE_ITEM.search(text) or any(c.isdigit() for c in text) and DATE_IN_TEXT.search(text):
        return False
    number = lines[k].number
    return not any(0 <= j < len(lines) and abs(lines[j].number - number) == 1 and _TABLE_RULE.match(lines[j].text)
                   for j in (k - 1, k + 1))


def named_row(text: str, named: set[str]) -> bool:
    """A row of entries between commas (`Foundation, From the archives, Technology`): each a few words
    (`BAR_ITEM_WORDS`, `BAR_ITEM_CHARS`) closing no sentence, `NAMED` of them or more lines the page's
    furniture holds alone (`named`: the flagged lines' texts, case folded)."""
    items = _COMMAS.split(text.rstrip(","))
    if len(items) < NAMED or any(not item or len(item) > BAR_ITEM_CHARS or len(item.split()) > BAR_ITEM_WORDS
                                 or item[-1] in _ITEM_CLOSED for item in items):
        return False
    return sum(1 for item in items if item.casefold() in named) >= NAMED


def outer_menus(lines: Sequence[Line], first: Sequence[float | None], threshold: float) -> list[int]:
    """The indices of the lines the first stage scored in [`RUN_FLOOR`, `threshold`) that are entries of
    a run of bulleted entries read as a menu outside the article's body (the module's doc)."""
    candidates = [k for k, s in enumerate(first) if s is not None and RUN_FLOOR <= s < threshold]
    rows = [k for k in candidates if "|" in lines[k].text and bar_row(lines, k)]
    if any("," in lines[k].text for k in candidates):
        named = {line.text.casefold() for line, s in zip(lines, first) if s is not None and s >= threshold}
        rows += [k for k in candidates if "," in lines[k].text and k not in rows and named_row(lines[k].text, named)]
    if (len(candidates) < ENTRIES and not rows) or not any(s is not None and s >= threshold for s in first):
        return []  # too few entries, or a page on which the model flags nothing: no furniture to go with
    cid, body = body_clusters(lines)
    if (span := body_span(lines, cid, body)) is None:
        return []
    top, bottom = span
    index = {id(line): k for k, line in enumerate(lines)}

    def read(line: Line) -> bool:  # an entry the model was asked about and scored `RUN_FLOOR` or more
        score = first[index[id(line)]]
        return score is not None and score >= RUN_FLOOR and menu_entry(line)

    out: list[int] = [k for k in rows if k < top or k > bottom]  # a menu on one line, outside the body
    for run in bulleted_runs(lines, read):
        if len(run) < ENTRIES or not (run.stop <= top or run.start > bottom):
            continue
        scores = [first[k] for k in run]
        if sum(scores) >= MEAN * len(scores):  # type: ignore[arg-type]
            out += [k for k, s in zip(run, scores) if s < threshold]  # type: ignore[operator]
    return out
