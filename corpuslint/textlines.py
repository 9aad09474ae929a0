"""A line's indent and the lines above a position: how readers and rule families alike walk a text's
lines, kept in one place so that they never disagree on what "deeper" or "the line above" means.

Two indents, because layouts count two ways: `indent` counts the spaces and tabs opening a line (a
dump's own indent, compared with the lines around it), `indent_columns` the columns they fill (a tab
to the next multiple of 8, as a terminal shows it: a manual's tab-indented example under
space-indented prose).
"""

from __future__ import annotations

from collections.abc import Iterator

__all__ = ["column", "indent", "indent_columns", "line_span", "lines_above", "opening_indent"]


def indent(line: str) -> int:
    """How many spaces and tabs open `line`."""
    return len(line) - len(line.lstrip(" \t"))


def column(text: str, start: int) -> int:
    """The column of offset `start` in `text`: the characters between its line's start and it (a
    stripped line's or a unit's `start`: how far the text indents it)."""
    return start - (text.rfind("\n", 0, start) + 1)


def opening_indent(text: str, start: int) -> int:
    """How deep the text indents a unit opening its line at `start`: the white space before it on its line (as
    `column` counts it), or 0 where the unit starts its line or other text stands before it there."""
    line_start = text.rfind("\n", 0, start) + 1
    return 0 if text[line_start:start].strip() else start - line_start


def indent_columns(line: str) -> int:
    """How many columns the whitespace opening `line` fills, a tab to the next multiple of 8."""
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())


def line_span(text: str, offset: int) -> tuple[int, int]:
    """The start and the end (without its newline) of the line holding `offset` (a `Document` has
    `line_span` from its line index; this reads a bare text, around one offset)."""
    start = text.rfind("\n", 0, offset) + 1
    end = text.find("\n", offset)
    return start, len(text) if end < 0 else end


def lines_above(text: str, start: int) -> Iterator[str]:
    """The lines above the line holding `start`, nearest first, blank ones included (read backwards
    from `start`, so a walk costs the lines it reads, never the whole text above)."""
    end = text.rfind("\n", 0, start)
    while end >= 0:
        begin = text.rfind("\n", 0, end) + 1
        yield text[begin:end]
        end = begin - 1
