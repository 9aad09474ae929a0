"""A line of a table: a row of the document's data, never corpus boilerplate.

Tables repeat by nature: a CSV file's header row (`dtype,input,output,ulperrortol`) heads every
file of its series, and a manual's translations keep the rows they do not translate
(`|A |10.x.x.x |255.0.0.0 |/8 |1 |`). What makes a line a row is its shape among its
neighbours, whatever it says: a grid row opens and closes with `|` over or under another row
or a rule (`+----+----+`, `|----+----|`); a delimited row (a tab, or two commas or semicolons
with no space after them) has as many fields as the rows beside it.
"""

from __future__ import annotations

import regex

from corpuslint.analysis import structure
from corpuslint.html_markup import left_over
from corpuslint.textlines import line_span

ROWS = 3  # rows beside a delimited row that have its number of fields
_RULE = regex.compile(r"[+|][-=+|: ]*[-=]{3}[-=+|: ]*[+|]?")  # `+----+----+`, `|----+-----|`


def _neighbours(text: str, start: int, end: int, count: int) -> tuple[list[str], list[str]]:
    """Up to `count` lines right above (nearest first) and below `start:end`, stripped, blank
    lines included."""
    above: list[str] = []
    pos = start
    while pos > 0 and len(above) < count:
        s = text.rfind("\n", 0, pos - 1) + 1
        above.append(text[s:pos - 1].strip())
        pos = s
    below: list[str] = []
    pos = end
    while pos < len(text) and len(below) < count:
        e = text.find("\n", pos + 1)
        e = len(text) if e < 0 else e
        below.append(text[pos + 1:e].strip())
        pos = e
    return above, below


def _grid_row(line: str) -> bool:
    return len(line) > 2 and line[0] == "|" and line[-1] == "|" and line.count("|") >= 3


def _fields(line: str) -> tuple[str, int] | None:
    """A delimited row's delimiter and its count: a tab (once or more), or two commas or
    semicolons or more, none followed by a space (a sentence's commas are)."""
    if "\t" in line.strip():
        return "\t", line.strip().count("\t")
    for mark in (",", ";"):
        n = line.count(mark)
        if n >= 2 and f"{mark} " not in line:
            return mark, n
    return None


def table_row(text: str, start: int, end: int) -> bool:
    """Whether the one line at `start:end` is a row of a table (see the module's docstring)."""
    if text.find("\n", start, end) >= 0:
        return False
    ls, le = line_span(text, start)
    line = text[ls:le].strip()
    above, below = _neighbours(text, ls, le, ROWS)
    if _grid_row(line):
        return any(_grid_row(n) or _RULE.fullmatch(n) is not None for n in above[:1] + below[:1])
    fields = _fields(line)
    if fields is None:
        return False
    mark, n = fields
    return any(len(side) == ROWS and all(s.count(mark) == n for s in side) for side in (above, below))


def html_table_part(doc, spans: list[tuple[int, int]]) -> set[int]:
    """Which of the flagged line spans (sorted) lie in an HTML data table that they do not take whole
    (`html_markup.html_layout`): an options table's cells stand one a source line, short and without
    a sentence, and read alone they look like a menu's entries; a table is the page's data, or (a
    dialog's shortcut keys) furniture whole."""
    if doc.origin.format != "html" or not (tables := structure(doc).tables):
        return set()
    words = structure(doc).words
    return {k for a, b in tables if left_over(words, a, b, spans) for k, (x, _y) in enumerate(spans) if a <= x < b}
