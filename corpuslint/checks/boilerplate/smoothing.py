"""CL140's context smoothing: short lines the model scores under its threshold, among lines it flags.

A page's menu or sidebar is a run of short lines; the line model scores each on its own features
and its neighbours', and on a site whose words it never learned some entries of a run fall just
under the threshold while the entries around them pass it (`+ Stadtbezirke` 0.91 between
`Leben in Stuttgart` 0.96 and `+ Integrationspolitik` 0.95). jusText's context rule reads such a
block by its neighbours: a short block between two bad blocks is bad. Here: a line the model was
asked about (not a sentence, a subheading or another of the guards' lines), of `WORDS` words at
most, closing no sentence (a screenplay's short lines of dialogue stand between its flagged cues),
with no digit (an article's table cells, data and handles stand between the model's false flags),
scored `FLOOR` or more, whose nearest lines above and below that the model did not leave
undecided (skipping at most `GAP` lines it scored under the threshold) are both flagged by the
first stage. A line the guards keep (a sentence, a heading over prose, the article's own short
line) or the fast path's prose stops the walk: nothing is flagged across the article's text.

A menu's run of bulleted entries, one a line (inscriptis' `* Politik` / `+ Alle` / `+ Wirtschaft`,
lynx's `* Home`), is read as one block too: where `RUN_FLAGGED` of its entries or more are flagged,
its other entries the model scored `RUN_FLOOR` or more go with them (a site's second menu,
`* Magazin` 0.54, `* Wirtschaft` 0.71, between `+ Alle` 0.96 ... ). An entry: a bullet, `RUN_WORDS`
words at most, no sentence mark, colon or comma at its end (an article's list says sentences).

A run of three bulleted entries or more the model reads as a menu as a whole (`menu_blocks`: each entry
`RUN_FLOOR` or more, their mean `FLOOR` or more, with an entry flagged or a flagged line right above or
below it) goes whole: a site's section menu under its flagged heading, none of its entries at the threshold.

A single line right between two lines the first stage flags (`sandwiched`, session 25) goes with them
from `SANDWICH_FLOOR`: a menu's `AU` between `U.K.` and `DE`, a widget's `Linkedin` between
`Twitter` and `Email`; not a line closing a sentence, holding a digit or closing with a colon, nor one
of more than `WORDS` words or longer than its neighbours (the article's headline between `Tweet` and
`More`), nor one beside a byline or a time stamp.

A list's empty entry (`empty_entries`, shops27), a bullet alone on its line (`*`, `+`: the item was an
icon's link, a submenu's opener, and the text dump kept only its marker), says nothing: it goes with
the flagged lines it stands between (the nearest lines above and below that are not empty entries
themselves, or one of them at the text's edge). On shops_dev's 51 pages (both renders) 621 such lines, 608
labelled boilerplate, 13 unsure, none content; main missed 114.

Measured on qa20b's half A (design; the other half reports), web/score.py's pages and the news
corpus: see training/README.md, session 24. No word list: it reads scores and positions only.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Collection, Iterator, Sequence

from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.checks.boilerplate.recordlists import stamp_kind

__all__ = ["BULLETED", "FLOOR", "GAP", "LEAD_IN", "MENU_ENTRIES", "menu_entry", "RUN_FLAGGED", "RUN_FLOOR", "RUN_WORDS", "WORDS", "SANDWICH_FLOOR", "SANDWICH_LONGER", "between_flagged", "bulleted_runs", "empty_entries", "heads", "in_flagged_menu", "menu_blocks", "sandwiched", "smoothed", "unclosed"]

FLOOR = 0.85  # the least first-stage score of a line flagged by its neighbours
WORDS = 8  # ... and its most words: an entry, a label, a headline (a list item of a sentence is the text's)
GAP = 10  # undecided lines (asked, under the threshold) at most between the two flagged ones
LEAD_IN = 4  # the words of a lead-in closing with a colon, at least
_DIGIT = re.compile(r"\d")  # a number: data, not a menu's entry


def unclosed(line: Line) -> bool:
    """A short line that closes no sentence: an entry, a label, a headline, a `more...` link (an ellipsis
    is no sentence's end); a short sentence between flagged lines is as often a screenplay's dialogue
    (`Are they cold?` between two speakers' cues) or a caption's. Not a line with a digit: a table's
    cell (`2.9`), a field's value (`Restsäure: 7,1 g/l`), a recipe's quantity (`200 g Margarine`), an
    article's list of handles (`@VP will be archived at @VP44`): its data, where the model's single
    false flags stand as often as in a menu; nor a lead-in of `LEAD_IN` words or more closing with a
    colon (`First Lady Michelle Obama:`, over the list it introduces; `Share this:` is a widget's)."""
    text = line.text
    return (line.words <= WORDS and (not line.ends or text.endswith(("..", "…")))
            and not (line.words >= LEAD_IN and text.endswith(":")) and _DIGIT.search(text) is None)


def between_flagged(lines: Sequence[Line], first: Sequence[float | None], threshold: float) -> list[int]:
    """The indices of the lines the first stage scored in [`FLOOR`, `threshold`) that stand between
    two lines it flagged, with only undecided lines between (`first` None: not asked, a decided
    line that stops the walk)."""
    n = len(first)
    out: list[int] = []
    i = 0
    while i < n:
        s = first[i]
        if s is None or s >= threshold:
            i += 1
            continue
        j = i  # a run of undecided lines: i .. j-1
        while j < n and first[j] is not None and first[j] < threshold:  # type: ignore[operator]
            j += 1
        above, below = first[i - 1] if i else None, first[j] if j < n else None
        if j - i <= GAP and above is not None and above >= threshold and below is not None and below >= threshold:
            out += [k for k in range(i, j) if first[k] >= FLOOR and unclosed(lines[k])]  # type: ignore[operator]
        i = j
    return out


RUN_FLAGGED = 4  # entries of a bulleted run flagged by the first stage: a menu
RUN_FLOOR = 0.5  # ... whose other entries go with them from this score on
RUN_WORDS = 6  # an entry's words at most
BULLETED = re.compile(r"(?:[-*+•·–—►▶▸◆■●○]|o(?= ))\s*\S")  # a bullet, then the entry
_CLOSED = frozenset(".!?:;,。！？")


def menu_entry(line: Line) -> bool:
    """A menu's entry: a bullet, `RUN_WORDS` words at most, no sentence mark, colon or comma at its end."""
    text = line.text
    return line.words <= RUN_WORDS and text[-1] not in _CLOSED and BULLETED.match(text) is not None


def in_flagged_menu(lines: Sequence[Line], first: Sequence[float | None], threshold: float) -> list[int]:
    """The indices of the lines the first stage scored in [`RUN_FLOOR`, `threshold`) that are entries of
    a run of bulleted entries, one a line with no blank line between, of which `RUN_FLAGGED` or more are
    flagged by the first stage."""
    out: list[int] = []
    for run in bulleted_runs(lines, menu_entry):
        scores = [first[k] for k in run]
        if sum(1 for s in scores if s is not None and s >= threshold) >= RUN_FLAGGED:
            out += [k for k, s in zip(run, scores) if s is not None and RUN_FLOOR <= s < threshold]
    return out


MENU_ENTRIES = 3  # a bulleted run's entries at least, read whole by its scores (`menu_blocks`)


def menu_blocks(lines: Sequence[Line], first: Sequence[float | None], threshold: float) -> list[int]:
    """The indices of the lines the first stage scored in [`RUN_FLOOR`, `threshold`) that are entries of
    a run of `MENU_ENTRIES` bulleted entries or more (`menu_entry`, one a line), each asked about and scored
    `RUN_FLOOR` or more (a line the guards keep or one scored lower ends the run), that the model reads
    as a menu as a whole: their mean score `FLOOR` or more, with an entry flagged or a flagged line right above or below the run (its heading, the menu
    it continues). A site's section menu under its flagged heading (`Leben in Stuttgart` 0.97 over `+
    Stadtbezirke` 0.92, `+ Grüne Großstadt` 0.84, ... ten entries, none flagged), a menu's tail after
    three flagged entries (`* Blog` 0.94, `* Support` 0.90); an article's list has entries the model
    scores low, and a list of sentences is no run of entries."""
    out: list[int] = []
    last = len(lines) - 1
    index = {id(line): k for k, line in enumerate(lines)}

    def read(line: Line) -> bool:  # an entry the model was asked about and scored `RUN_FLOOR` or more
        score = first[index[id(line)]]
        return menu_entry(line) and score is not None and score >= RUN_FLOOR

    for run in bulleted_runs(lines, read):
        if len(run) < MENU_ENTRIES:
            continue
        scores = [first[k] for k in run]
        if sum(scores) < FLOOR * len(scores):  # type: ignore[arg-type]
            continue
        above, below = run.start - 1, run.stop
        if (any(s >= threshold for s in scores)  # type: ignore[operator]
                or (above >= 0 and (first[above] or 0.0) >= threshold)
                or (below <= last and (first[below] or 0.0) >= threshold)):
            out += [k for k, s in zip(run, scores) if s < threshold]  # type: ignore[operator]
    return out


def bulleted_runs(lines: Sequence[Line], entry: Callable[[Line], bool], start: int = 0) -> Iterator[range]:
    """The runs of lines from `start` on that are each an `entry`, one a line with no blank line between
    (a list as a page's text renders it: a menu, a rail of teasers)."""
    n = len(lines)
    i = start
    while i < n:
        if not entry(lines[i]):
            i += 1
            continue
        j = i + 1
        while j < n and lines[j].number == lines[j - 1].number + 1 and entry(lines[j]):
            j += 1
        yield range(i, j)
        i = j


SANDWICH_FLOOR = 0.5  # the least first-stage score of a line both of whose neighbours CL140 flags
SANDWICH_LONGER = 2  # ... and the most words it has over the longer of them (an entry among entries, not a title)


def sandwiched(lines: Sequence[Line], first: Sequence[float | None], flagged: Collection[int]) -> list[int]:
    """The indices of the lines the first stage scored in [`SANDWICH_FLOOR`, its threshold) whose
    lines right above and right below are both among `flagged` (CL140's flags so far but the second
    stage's: its verdict on a sentence or a byline among furniture is no menu's entry around the line):
    a single entry of a menu or a list of teasers the model scored under its neighbours, where no
    undecided line stands between it and them (jusText: a short block between two bad ones). Only
    an entry as `between_flagged` reads one (`unclosed`: `WORDS` words at most, no sentence, no
    digit), not a lead-in closing with a colon (the article's list under it), nor one longer than both
    (`SANDWICH_LONGER` words more: the article's headline between a share bar and a `More`), nor one
    beside a byline or a time stamp (`heads`)."""
    return [i for i in flagged_gaps(flagged) if first[i] is not None and first[i] >= SANDWICH_FLOOR  # type: ignore[operator]
            and unclosed(lines[i]) and not lines[i].text.endswith(":")
            and lines[i].words <= max(lines[i - 1].words, lines[i + 1].words) + SANDWICH_LONGER
            and not heads(lines[i - 1]) and not heads(lines[i + 1])]


_BY = ("by ", "par ", "por ", "von ", "di ", "door ")


def heads(line: Line) -> bool:
    """A byline or a time stamp (`recordlists.stamp_kind`): what stands at an article's head, under
    its headline, or in a teaser's record; a line between a menu and one is as often the article's
    title (`Hundreds of workers go on strike` / `by Jane Doe @Site November 29, 2016: 8:18 AM ET`)."""
    return line.text[:6].lower().startswith(_BY) or stamp_kind(line) is not None


def flagged_gaps(flagged: Collection[int]) -> list[int]:
    """The indices not in `flagged` with both neighbours in it."""
    return sorted(i + 1 for i in flagged if i + 1 not in flagged and i + 2 in flagged)


def smoothed(lines: Sequence[Line], first: Sequence[float | None], threshold: float) -> list[int]:
    """The lines flagged by their neighbours (`between_flagged`, `in_flagged_menu`, `menu_blocks`), in order."""
    return sorted(set(between_flagged(lines, first, threshold)) | set(in_flagged_menu(lines, first, threshold))
                  | set(menu_blocks(lines, first, threshold)))


EMPTY_ENTRY = frozenset("*+o•·")  # a bullet alone on its line: a list's item without its text (not `-`: an empty cell)


def empty_entries(lines: Sequence[Line], flagged: Collection[int]) -> list[int]:
    """The indices of the empty entries (`EMPTY_ENTRY`) not among `flagged` whose nearest lines above
    and below that are not empty entries are both among `flagged` (or one is, the other the text's edge)."""
    out: list[int] = []
    n = len(lines)
    i = 0
    while i < n:
        if lines[i].text not in EMPTY_ENTRY or i in flagged:
            i += 1
            continue
        j = i
        while j < n and lines[j].text in EMPTY_ENTRY:
            j += 1
        above, below = (i - 1 in flagged) if i else None, (j in flagged) if j < n else None
        if (above or below) and above is not False and below is not False:
            out += [k for k in range(i, j) if k not in flagged]
        i = j
    return out
