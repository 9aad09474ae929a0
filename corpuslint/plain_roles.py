"""The roles that can be seen in a plain text's lines: list items (`- `, `1. `), quotations
(`> `), table rows (cells between `|` or tabs); the rest is prose, in paragraphs.

Code and document structure (literal blocks, indented code, titles, man-page headings, a
source file) are read by shape in `corpuslint.plain_code`, laid over these roles by the analysis;
a line of code-like text inside a paragraph of prose stays prose.
"""

from __future__ import annotations

import re

from corpuslint import rxcache
from corpuslint.roles import Block, Role

PLAIN_LIST = rxcache.compile(r"^[ \t]*(?:[-*+•▪◦–\u25a0-\u25ff][ \t]+|\(?\d{1,3}[.)][ \t]+|\(?[a-z][.)][ \t]+)\S")
PLAIN_QUOTE = rxcache.compile(r"^[ \t]*>")
PLAIN_TABLE = rxcache.compile(r"^[ \t]*\|.*\|[ \t]*$|^[^\t\n]*\S\t+\S[^\t\n]*\t+\S")
# A line that one of the three may match starts like this (or holds a tab): looser than they are,
# so that a text without one has none of those lines (`prose_blocks`, the fast path). `re`, and the
# lines after a line break found by their "\n": ~8x faster than `(?m)^` tried at every offset.
_SPECIAL_HEAD = r"[ \t]*(?:[-*+•▪◦–][ \t]|[>|]|\(?\d{1,3}[.)][ \t]|\(?[a-z][.)][ \t])"
_SPECIAL_FIRST = re.compile(_SPECIAL_HEAD)
_SPECIAL_NEXT = re.compile("\n" + _SPECIAL_HEAD)


def _maybe_special(text: str) -> bool:
    """Whether a line of `text` may be a plain-text list item, quotation or table row."""
    return "\t" in text or _SPECIAL_FIRST.match(text) is not None or _SPECIAL_NEXT.search(text) is not None


def plain_roles(text: str, line_starts: list[int]) -> list:
    """Roles of plain-text lines: list items, quotations, table rows; the rest is prose.

    A list item runs on over the indented lines below it; every list item, quotation and table
    is its own block, so that a paragraph that mixes them splits where its roles change.
    """
    n_lines = len(line_starts)
    roles: list[tuple[Role, int] | None] = [None] * n_lines
    counter = 0
    previous: tuple[Role, int] | None = None
    for n in range(n_lines):
        a = line_starts[n]
        b = line_starts[n + 1] - 1 if n + 1 < n_lines else len(text)
        line = text[a:b]
        if not line.strip():
            previous = None
            continue
        if PLAIN_LIST.match(line):
            counter += 1
            role = (Role.LIST_ITEM, counter)
        elif PLAIN_QUOTE.match(line):
            role = previous if previous and previous[0] is Role.QUOTE else (Role.QUOTE, counter + 1)
        elif PLAIN_TABLE.match(line):
            role = previous if previous and previous[0] is Role.TABLE else (Role.TABLE, counter + 1)
        elif previous and previous[0] is Role.LIST_ITEM and line[:1] in " \t":
            role = previous
        else:
            role = previous if previous and previous[0] is Role.PROSE else (Role.PROSE, counter + 1)
        if role[1] > counter:
            counter = role[1]
        roles[n] = role
        previous = role
    return roles


def prose_blocks(text: str, line_starts: list[int]) -> list[Block] | None:
    """The blocks of a plain text none of whose lines can be a list item, quotation or table row
    (most documents): its paragraphs, runs of lines with content. `role_blocks(plain_roles(...))`
    without the three matches per line and the role list (~0.2 s CPU per 10 MB of news, where
    the fixes of 1,200 documents are guarded); None for other texts."""
    if _maybe_special(text):
        return None
    lines = text.split("\n")
    n_lines = len(lines)
    if n_lines != len(line_starts):
        return None
    blocks: list[Block] = []
    first = -1
    for n, line in enumerate(lines):
        if line.strip():
            if first < 0:
                first = n
        elif first >= 0:
            blocks.append(Block(Role.PROSE, first, n - 1, line_starts[first], line_starts[n] - 1))
            first = -1
    if first >= 0:
        blocks.append(Block(Role.PROSE, first, n_lines - 1, line_starts[first], len(text)))
    return blocks


def overlay_structure(roles: list, found: list) -> None:
    """Lay plain text's code and structure lines (`plain_structure`) over its reader's roles:
    each run of one such role is an item of its own."""
    item = len(roles) + 1
    previous = None
    for n, role in enumerate(found):
        if role is None:
            if roles[n] is not None:
                previous = None
            continue
        if role is not previous:
            item += 1
            previous = role
        roles[n] = (role, item)
