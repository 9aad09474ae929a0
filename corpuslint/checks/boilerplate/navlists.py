"""A site's navigation list that names the page it stands on: a template with a slot filled in.

A relbar or breadcrumb (`* index` / `* modules |` / `* next |` / `* Python »` / `* 3.11.2
Documentation »` / … / `* atexit — Exit handlers`) is never repeated whole: its last entries
are the page's own (its chapter, its title). Line by line, its fixed entries are what every page
of the site carries; but beside entries of the page's own, `neighbours.own_items` reads them as
items of the document's own list, as it reads a recipe's `- salt` among its other ingredients.

What tells the template from the list is where its carriers hold the lines: a site's template
gives the same entries in the same order on every page, so the carriers of one entry hold the
next one the same number of lines below it. A recipe's `- salt` is followed by `- pepper` in
some recipes and by anything in the others.

So the repeated lines of a block are the site's template (not the document's own items) when
the block holds a run of three repeated lines or more, each of which half of its sampled
carriers, and at least `min-documents` documents, hold with the next line of the run at the
same distance below it; and the block's repeated lines are at least twice its own (a frame that
the page fills a slot or two of, not a list of the page's own that shares a few items).

A relbar's one-word entries (`-   index`, `-   next |`, `-   Debian »`: a pandoc dump of a Sphinx
site, tester31; on the HTML page itself, whose `<li>`s show no bullet, `modules |`, `next |`: the
separator after the label marks the entry) have no verdict of their own: a line of one word counts only where nearly every
document carries it (`No.`, `Update`: an article's structure otherwise). At a page's edge (a block
starting in its first `EDGE_LINES` lines or ending in its last) the same chain decides for them
(`edge_entries`): bulleted (or separated) entries that their carriers hold in the same order, with the label over
the block (`Navigation`), are the template's, however short.
"""

from __future__ import annotations

from collections.abc import Callable, Collection, Sequence
from typing import TypeVar

from corpuslint.analysis import source_text
from corpuslint.checks.boilerplate.neighbours import BULLET, blocks_of_lines, wrapped_block
from corpuslint.checks.corpus_carriers import K_UNIT, SAMPLE
from corpuslint.checks.corpus_units import CorpusUnit
from corpuslint.models import Document
from corpuslint.rule import CorpusView

T = TypeVar("T")

MIN_RUN = 3  # repeated lines in a row: two lines that follow each other on many pages are a pair
OWN_SHARE = 2  # the block's repeated lines at least this many times its own lines
EDGE_LINES = 12  # a page's edge: a block starting in its first lines or ending in its last


def template_lists(doc: Document, units: Sequence[CorpusUnit], own: Collection[int], repeated: Collection[int],
                   corpus: CorpusView, min_documents: int) -> set[int]:
    """The indexes of the repeated lines (`repeated`) that stand in a navigation list of the site's
    template (see the module's docstring); asked only where `own` (`neighbours.own_items`) has some."""
    found: set[int] = set()
    if not own:
        return found
    text, source = doc.text, source_text(doc)
    for block in blocks_of_lines(text, units):
        if len(block) < MIN_RUN:
            continue
        flags = [i in repeated for i in block]
        shared = sum(flags)
        if shared < MIN_RUN or shared < OWN_SHARE * (len(block) - shared) or wrapped_block(text, units, block):
            continue  # (a list's entries carry no sentence over from one to the next: a wrapped paragraph does)
        if any(_held_together(source, units, run, corpus, min_documents) for run in _runs(block, flags)):
            found.update(i for i, flag in zip(block, flags) if flag)
    return found


def edge_entries(doc: Document, units: Sequence[CorpusUnit], repeated: Collection[int], short: Collection[int],
                 carried: Callable[[int], bool], corpus: CorpusView, min_documents: int) -> set[int]:
    """The indexes of the lines of a bulleted block at the page's edge that its carriers hold in one
    order, short ones among them (`short`: no verdict for their few words; `carried(i)`: by
    `min_documents` documents), the others repeated (`repeated`), and the block's label over it: a
    relbar's `-   index` / `-   next |` (see the module's docstring)."""
    found: set[int] = set()
    text, source = doc.text, source_text(doc)
    head = _nth_newline(text, EDGE_LINES)  # a block starting above it, or ending below `tail`, is at an edge
    tail = _nth_newline_from_end(text, EDGE_LINES)
    blocks = blocks_of_lines(text, units)
    for n, block in enumerate(blocks):
        if len(block) < MIN_RUN or not any(i in short for i in block):
            continue
        if units[block[0]].start > head and units[block[-1]].start <= tail:
            continue
        entries = {i for i in block if i in short and marked_entry(text, source, units[i]) and carried(i)}
        label = blocks[n - 1] if n else []
        if len(label) == 1 and label[0] in short and not BULLET.match(text, units[label[0]].start) \
                and text.count("\n", units[label[0]].end, units[block[0]].start) == 2 and carried(label[0]):
            block = label + block  # `Navigation` over the list
            entries.add(label[0])
        flags = [i in repeated or i in entries for i in block]
        for run in _runs(block, flags):
            if any(i in entries for i in run) and _held_together(source, units, run, corpus, min_documents):
                found.update(run)
    return found


# what ends a label of a row of links, set between it and the next: `modules |`, `Python »`, `Home ›`, `Docs /`
SEPARATORS = frozenset("|»›/·•>")


def marked_entry(text: str, source: str, u: CorpusUnit) -> bool:
    """Whether the line `u` is marked as an entry of a list: by its bullet (`-   index`: lynx's, pandoc's); on an
    HTML page, whose rendered lines show no bullet (`source`: its markup, at the same offsets as `text`), by the
    `<li>` that opens it, or by the separator after its label (Sphinx's relbar `index` / `modules |` / `next |`
    / `Flask Documentation (2.2.x) »`)."""
    if BULLET.match(text, u.start):
        return True
    line = text[u.start:u.end].rstrip()
    if len(line) > 1 and line[-1] in SEPARATORS and line[:-1].strip() != "":
        return True
    return source is not text and _opens_item(source, u.start)


_INLINE_OPENERS = ("<a ", "<a>", "<span", "<b>", "<b ", "<strong", "<em>", "<em ", "<i>", "<i ")


def _opens_item(source: str, at: int) -> bool:
    """Whether the markup right before `at` (white space and inline tags apart: `<li><a href=…>`) opens an `<li>`."""
    for _ in range(4):
        end = len(source[:at].rstrip())
        if end == 0 or source[end - 1] != ">":
            return False
        start = source.rfind("<", 0, end)
        if start < 0:
            return False
        tag = source[start:end].lower()
        if tag.startswith("<li") and tag[3:4] in (">", " ", "\n", "\t"):
            return True
        if not tag.startswith(_INLINE_OPENERS):
            return False
        at = start
    return False


def _nth_newline(text: str, n: int) -> int:
    """The offset of the `n`-th line break of `text` (1-based), or its end."""
    at = -1
    for _ in range(n):
        at = text.find("\n", at + 1)
        if at < 0:
            return len(text)
    return at


def _nth_newline_from_end(text: str, n: int) -> int:
    """The offset of the `n`-th line break from the end of `text` (its last lines after it), or -1."""
    at = len(text)
    for _ in range(n):
        at = text.rfind("\n", 0, at)
        if at < 0:
            return -1
    return at


def runs_of_lines(text: str, found: list[tuple[CorpusUnit, T]], listed: set[int]) -> list[list[tuple[CorpusUnit, T]]]:
    """The findings in order, one list each; those of a navigation list's lines (`listed`: their
    starts) that follow each other line by line (or across a line of marks alone: `-   []`, a logo's
    empty link) together: one finding, one removal, per run of the list's fixed entries."""
    runs: list[list[tuple[CorpusUnit, T]]] = []
    for item in found:
        u = item[0]
        if runs and u.start in listed and runs[-1][-1][0].start in listed \
                and text.count("\n", with_marks(text, runs[-1][-1][0].end), u.start) == 1:
            runs[-1].append(item)
        else:
            runs.append([item])
    return runs


def rendered_runs(runs: list[list[tuple[CorpusUnit, T]]], line_of: Callable[[int], int],
                  alone: Callable[[CorpusUnit], bool]) -> list[list[tuple[CorpusUnit, T]]]:
    """`runs` (`runs_of_lines`') of an HTML page joined where one starts on the rendered line (`line_of`: an
    offset's line of the page's view) right under the other's last: a sidebar's `<li>` entries, one a line
    of the page, are one finding (674 findings, one per line, on a corpus of a doc site's pages: issue 16).
    A heading or a blank line between (a margin: another block) keeps them apart, and a line that stands
    `alone` (one with inline code, whose removal the guard may refuse: the run's fix would go with it)."""
    out: list[list[tuple[CorpusUnit, T]]] = []
    for run in runs:
        last = out[-1][-1][0] if out else None
        if last is not None and not alone(last) and not alone(run[0][0]) \
                and line_of(run[0][0].start) == line_of(max(last.start, last.end - 1)) + 1:
            out[-1] = out[-1] + run
        else:
            out.append(run)
    return out


def with_marks(text: str, end: int) -> int:
    """The end of a navigation list's run of lines taken with the lines of marks alone right under
    it (an empty entry `*`, a separator `|`): what is left of the list's entries, which a removal
    that stopped above them would leave half an item of."""
    while True:
        nl = text.find("\n", end)
        if nl < 0:
            return end
        below = text.find("\n", nl + 1)
        below = len(text) if below < 0 else below
        line = text[nl + 1:below]
        if not line.strip() or any(c.isalnum() for c in line):
            return end
        end = nl + 1 + len(line.rstrip())


def bulleted(text: str, start: int) -> bool:
    """Whether the line at `start` is a list's item by its bullet (`* index`): lynx sets a list
    four spaces deep, where an indented code block stands in Markdown."""
    return BULLET.match(text, start) is not None


def _runs(block: list[int], flags: list[bool]) -> list[list[int]]:
    """The runs of MIN_RUN repeated lines or more of a block."""
    runs, run = [], []
    for i, flag in zip(block, flags):
        if flag:
            run.append(i)
            continue
        if len(run) >= MIN_RUN:
            runs.append(run)
        run = []
    if len(run) >= MIN_RUN:
        runs.append(run)
    return runs


def _held_together(source: str, units: Sequence[CorpusUnit], run: list[int], corpus: CorpusView,
                   min_documents: int) -> bool:
    """Whether MIN_RUN lines of the run in a row are each held by its carriers with the next one at
    the same distance below it (a line of symbols, `*`, that every list holds, breaks the chain).
    Distances are counted in the `source` text's lines, as the carriers' places are (an HTML page's
    rendered lines are not its source's: Sphinx's relbar entries are one line apart on the page, three
    in the source)."""
    places = {i: {(o.path, o.record, o.line) for o in corpus.occurrences(K_UNIT, units[i].key, limit=SAMPLE)}
              for i in run}
    chain = 1
    for a, b in zip(run, run[1:]):
        gap = source.count("\n", units[a].start, units[b].start)
        below = places[b]
        carriers = {(path, record) for path, record, _ in places[a]}
        together = {(path, record) for path, record, line in places[a] if (path, record, line + gap) in below}
        held = len(together) >= min_documents and 2 * len(together) >= len(carriers)
        chain = chain + 1 if held else 1
        if chain >= MIN_RUN:
            return True
    return False
