"""A repeated line inside a long sorted list of the document's own items, one a paragraph.

A book's index or a glossary's contents sets each entry on its own line with a blank line
between (the Jargon File's 2,000 headwords: `brain-damaged`, `list-bomb`, `real time`), and
the corpus's other chunks of the same book, or other glossaries, carry some of its entries
again. An entry that "occurs in 3 documents" is still one item of this document's list: taking
it out punches a hole in the index. What tells the index from a site's menu is its order and
length: a run of `RUN` single-line paragraphs or more of one shape (the same indentation, a few
words) in alphabetical order (`SORTED` of its neighbours in order), most of them not repeated,
with items of its own on both sides of the repeated one. A menu's entries and a page's share
buttons (`Facebook`, `Twitter`, `Most read`) are in the site's order; a page's icon names, sorted,
are a few dozen at most.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from corpuslint.checks.corpus_units import CorpusUnit
from corpuslint.textlines import column

RUN = 30  # single-line paragraphs in a row, one shape: an index (a page's 21 icon names, shared/corpora/web/txt/iab-1.txt)
SIDE = 3  # of the document's own items on each side of the repeated one, at least
ITEM_WORDS = 8  # an item's words at most (`Live Free Or Die!`: a headword may close a sentence)
SORTED = 0.9  # of the run's neighbouring items, in alphabetical order at least


def _item(text: str, u: CorpusUnit) -> bool:
    return not u.line and 0 < u.words <= ITEM_WORDS and text.find("\n", u.start, u.end) < 0


def _sort_key(text: str, u: CorpusUnit) -> str:
    return "".join(c for c in text[u.start:u.end].casefold() if c.isalnum())


def _in_order(text: str, units: Sequence[CorpusUnit], run: list[int]) -> bool:
    keys = [_sort_key(text, units[i]) for i in run]
    return sum(a <= b for a, b in zip(keys, keys[1:])) >= SORTED * (len(keys) - 1)


def list_items(text: str, units: Sequence[CorpusUnit], repeated: Callable[[int], bool]) -> set[int]:
    """The indexes of the repeated units (`repeated(i)`) that are items of a long list of the
    document's own, one a paragraph (see the module's docstring)."""
    found: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if len(run) < RUN:
            return
        flags = [repeated(i) for i in run]
        if 2 * sum(flags) >= len(run) or not _in_order(text, units, run):
            return  # mostly repeated, or in no alphabetical order: the site's furniture
        for n, i in enumerate(run):
            if flags[n] and sum(not f for f in flags[:n]) >= SIDE and sum(not f for f in flags[n + 1:]) >= SIDE:
                found.add(i)

    for i, u in enumerate(units):
        if not _item(text, u):
            close()
            run = []
            continue
        if run:
            prev = units[run[-1]]
            if text.count("\n", prev.end, u.start) != 2 or column(text, u.start) != column(text, prev.start):
                close()
                run = []
        run.append(i)
    close()
    return found


def _item_line(line: str) -> bool:
    words = len(line.split())
    return 0 < words <= ITEM_WORDS


def in_sorted_list(lines: Sequence[str], start: int, end: int) -> bool:
    """Whether the lines `start:end` (a run a menu's reader found) lie inside a long sorted list of
    the document's own, one item a paragraph (see the module's docstring): walked up and down from
    the run over single-line paragraphs of its first line's indentation, `RUN` items or more in
    alphabetical order (`SORTED`). Six headwords of the Jargon File's index (`Itanic` … `J. Random`)
    read as a menu's entries among its 2,000; a site's menu is in the site's order."""
    first = next((n for n in range(start, end) if lines[n].strip()), None)
    if first is None:
        return False
    indent = len(lines[first]) - len(lines[first].lstrip())

    def item(n: int) -> bool:
        line = lines[n]
        return (_item_line(line) and len(line) - len(line.lstrip()) == indent
                and (n == 0 or not lines[n - 1].strip()) and (n + 1 >= len(lines) or not lines[n + 1].strip()))

    items = [n for n in range(first, end) if lines[n].strip()]
    if not all(item(n) for n in items):
        return False
    up = first - 2
    while up >= 0 and item(up) and len(items) < 4 * RUN:
        items.insert(0, up)
        up -= 2
    down = items[-1] + 2
    while down < len(lines) and item(down) and len(items) < 8 * RUN:
        items.append(down)
        down += 2
    if len(items) < RUN:
        return False
    keys = ["".join(c for c in lines[n].casefold() if c.isalnum()) for n in items]
    return sum(a <= b for a, b in zip(keys, keys[1:])) >= SORTED * (len(keys) - 1)
