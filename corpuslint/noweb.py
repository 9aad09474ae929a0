"""Literate programs' code chunks in plain text: Sweave's and knitr's `.Rnw` (noweb), by shape.

A vignette written in Sweave is LaTeX with R between `<<label, options>>=` (at the margin, alone on
its line) and `@` (alone, or before the documentation's first words): the lines between are the
program, the same calls again and again across a package's examples (`z <- read.zoo(text = Lines,
header = TRUE, index = 1:2, FUN = chron)`, tester26), never a copy or a paragraph of prose. A
chunk never closed (no `@` and no next chunk below) is left alone; the next chunk's opener closes
one too (noweb allows it).
"""

from __future__ import annotations

import bisect
import functools
import re

from corpuslint.roles import Role

_OPEN = re.compile(r"<<[^<>\n]{0,200}>>=[ \t\r]*$")
_CLOSE = re.compile(r"@(?:[ \t].*)?[\r]?$")
CHUNK_LINES = 2000  # a chunk longer than this is no program shown in a document


def noweb_text(text: str) -> bool:
    """Whether `text` may hold a chunk: one search for the opener's end at a line's end."""
    return ">>=" in text and re.search(r"(?m)^<<[^<>\n]{0,200}>>=[ \t\r]*$", text) is not None


def noweb_chunks(lines: list[str], roles: list) -> bool:
    """Mark each chunk's lines, its opener and its closing `@` CODE; whether any was found."""
    found = False
    n = 0
    while n < len(lines):
        if _OPEN.match(lines[n]) is None:
            n += 1
            continue
        m = n + 1
        while m < len(lines) and m - n <= CHUNK_LINES and _CLOSE.match(lines[m]) is None \
                and _OPEN.match(lines[m]) is None:
            m += 1
        if m >= len(lines) or m - n > CHUNK_LINES:
            n += 1
            continue
        closed = _CLOSE.match(lines[m]) is not None
        for k in range(n, m + 1 if closed else m):
            if lines[k].strip():
                roles[k] = Role.CODE
        found = True
        n = m + 1 if closed else m
    return found


@functools.lru_cache(maxsize=8)
def chunk_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The (start, end) offsets of the text's chunks, opener to closing `@` (none for most texts)."""
    if not noweb_text(text):
        return ()
    lines = text.split("\n")
    roles: list = [None] * len(lines)
    noweb_chunks(lines, roles)
    spans: list[tuple[int, int]] = []
    at = 0
    for line, role in zip(lines, roles):
        end = at + len(line)
        if role is Role.CODE:
            if spans and spans[-1][1] >= at - 2:  # (a blank line inside a chunk joins its parts)
                spans[-1] = (spans[-1][0], end)
            else:
                spans.append((at, end))
        at = end + 1
    return tuple(spans)


def in_chunk(text: str, start: int) -> bool:
    """Whether offset `start` lies inside one of the text's chunks."""
    spans = chunk_spans(text)
    if not spans:
        return False
    k = bisect.bisect_right(spans, (start, len(text) + 1)) - 1
    return k >= 0 and spans[k][0] <= start <= spans[k][1]
