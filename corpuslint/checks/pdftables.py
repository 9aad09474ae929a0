"""A table, a figure's labels or an R printout in a PDF's text, set one cell a line, told by its shape.

`pdftotext` without `-layout` writes a table's cells one a line, a column (or a row) a block
between blank lines: `Type` / `Distribution` / `Method`, then `ML` / `fm_pois` / `1.029` /
`(0.024)` / `0.165` … A figure's axis ticks and labels, and a printed regression summary
(`Estimate Std. Error z value`) come out the same way. Read as a web page, such a run of short
lines is a menu, and CL140 flagged its word cells (`Male`, `healthpoor`, `no. parameters`) and with
`--unsafe-fixes` removed them: the paper's results (genres32, issue 15). What the run IS: short
cells one under the other, between blank lines only, many of them numbers (a count, an estimate,
its standard error in parentheses, a p-value, a percentage, a value with its unit), or under (or
over) a `Table 3: …` caption. A page's first and last lines (its running head, its number) never
open or close such a run: they are CL141's.
"""

from __future__ import annotations

import re
from collections import Counter

__all__ = ["table_line_numbers"]

FORM_FEED = "\f"
_CELL_WORDS = 6  # a cell: `Number of physician office visits`, `Physician office visits (in clogs)`
_CELL_WIDTH = 0.6  # of the text's width at most: a wrapped paragraph's line is no cell
_NUMBERS = 3  # number cells in a run at least ...
_NUMBER_SHARE = 1 / 3  # ... and this share of its cells: a table's body, a figure's ticks
_CAPTIONED = 3  # cells at least right under or over a `Table N` caption
_COLUMN = 3  # cells at least in each of two columns of the same length side by side
_PAGE_EDGE = 2  # non-blank lines at a page's top and bottom that no run takes: its head and its number
_PAGE_NUMBER = re.compile(r"^\s*\f?\s*\d{1,4}\s*$")
# a number as a table prints it: `1.029`, `(0.024)`, `−0.362`, `<0.001`, `12,345`, `5%`, `1e-05`, `0.01**`
_NUMBER = (r"[<>≤≥±]?[(\[]?[−\-–+]?(?:\d[\d,]*(?:\.\d+)?|\.\d+)(?:[eE][−\-+]?\d+)?%?[)\]]?\**")
_NUMBER_CELL = re.compile(rf"^(?:{_NUMBER})(?:\s+(?:{_NUMBER}|[^\W\d_]{{1,3}}))*$")  # a unit: `12 kg`, `3.5 ms`
_SENTENCE = re.compile(r"[^.!?][.!?]['\"’”)]?$")  # a sentence's end (`no.`, `et al.` too: a cell is shorter)
_TABLE_CAPTION = re.compile(r"^\s*(?:Table|Tab\.|Figure|Fig\.)\s+[\dIVX]{1,4}[:.]?\s", re.IGNORECASE)


def _cell(line: str, width: int) -> bool:
    """A line that may be a table's cell: short, no sentence's end (a number's point is none)."""
    stripped = line.strip()
    if not stripped or FORM_FEED in line or len(stripped) > _CELL_WIDTH * width:
        return False
    if len(stripped.split()) > _CELL_WORDS:
        return False
    return bool(_NUMBER_CELL.match(stripped)) or not (_SENTENCE.search(stripped) and len(stripped.split()) > 2)


def _page_edges(lines: list[str]) -> set[int]:
    """The lines at every page's top and bottom (pages split at form feeds) that may be its
    furniture: its first and last non-blank lines, and the next ones in where that one or the next
    is a page number alone (`2` over `Order-restricted Scores Test`)."""
    edges: set[int] = set()
    page: list[int] = []

    def close() -> None:
        for end in (page[:_PAGE_EDGE], page[::-1][:_PAGE_EDGE]):
            numbered = any(_PAGE_NUMBER.match(lines[k]) for k in end)
            edges.update(end if numbered else end[:1])
        page.clear()
    for k, line in enumerate(lines):
        if FORM_FEED in line:
            close()
        if line.replace(FORM_FEED, "").strip():
            page.append(k)
    close()
    return edges


def _head_key(line: str) -> str:
    """A running head's text, folded: case, spacing and digits (its page's number) aside."""
    return " ".join(re.sub(r"\d+", "", line.replace(FORM_FEED, "")).casefold().split())


def _running_heads(lines: list[str], edges: set[int]) -> set[str]:
    """The folded texts that stand at two pages' edges or more (a running head or foot with a
    word): wherever `pdftotext` sets that text (over a figure, mid-page), it is no cell."""
    seen = Counter(_head_key(lines[k]) for k in edges if re.search(r"[^\W\d_]{3,}", lines[k]))
    return {key for key, count in seen.items() if count >= 2}


def _captioned(lines: list[str], first: int, last: int) -> bool:
    """Whether a `Table N` / `Figure N` caption stands right over `first` or right under `last`
    (one blank line between allowed; a caption of two lines over it too)."""
    above = [k for k in range(first - 1, max(-1, first - 4), -1) if lines[k].strip()][:2]
    below = [k for k in range(last + 1, min(len(lines), last + 3)) if lines[k].strip()][:1]
    return any(_TABLE_CAPTION.match(lines[k]) for k in above + below)


def _columns(run: list[int]) -> bool:
    """Whether a run holds two blocks side by side (one blank line between) of the same length
    (give or take the table's title over the first), `_COLUMN` cells or more each: a table's two
    columns (`Slot` / `x` / `y` beside `Class` / `"data.frame"` / `"factor"`), which a list or a
    menu, one block, is not."""
    blocks: list[int] = []
    for k, previous in zip(run, [None, *run]):
        if previous is not None and k == previous + 1:
            blocks[-1] += 1
        else:
            blocks.append(1)
    return any(abs(a - b) <= 1 and min(a, b) >= _COLUMN for a, b in zip(blocks, blocks[1:]))


def table_line_numbers(lines: list[str], width: int) -> set[int]:
    """The 0-based numbers of the lines of a PDF's text that are a table's, a figure's or a
    printout's cells (see the module's docstring): a run of cell lines with blank lines between
    (one at a time), holding `_NUMBERS` number cells or more that are `_NUMBER_SHARE` of its cells,
    or `_CAPTIONED` cells under or over a `Table N` caption, or two columns alike (`_columns`)."""
    edges = _page_edges(lines)
    heads = _running_heads(lines, edges)
    out: set[int] = set()
    run: list[int] = []

    def close() -> None:
        if not run:
            return
        numbers = sum(1 for k in run if _NUMBER_CELL.match(lines[k].strip()))
        if (numbers >= _NUMBERS and numbers >= _NUMBER_SHARE * len(run)) or (
                len(run) >= _CAPTIONED and _captioned(lines, run[0], run[-1])) or _columns(run):
            out.update(run)
        run.clear()
    blank = 0
    tail = False  # the line above is a paragraph's: a short line right under it ends that paragraph
    for k, line in enumerate(lines):
        if not line.strip() and FORM_FEED not in line:
            blank += 1
            tail = False
            if blank > 1:
                close()
            continue
        blank = 0
        cell = _cell(line, width)
        if k in edges or not cell or _head_key(line) in heads or tail:
            close()
            tail = not cell  # (a paragraph's last short line is no cell: the lines under it may be)
        else:
            run.append(k)
    close()
    return out
