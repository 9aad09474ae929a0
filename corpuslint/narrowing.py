"""A removal that would take part of a block, narrowed to the whole blocks it holds (issue 15, cleaning).

The fix guard (`analysis.Structure.edit_problem`) withholds a removal that takes part of a list item,
quotation or paragraph: half an item is worse than the item left whole. But a run of furniture a
rule flags often begins or ends inside such a block, one wrapped line of it unflagged (lynx and
inscriptis render a menu's item over two lines, `1. Detroit files for bankruptcy ...` /
`18 Jul 2013`), and then a 160-line menu kept its fix back for the sake of its last line: on
whole-page text of held-out news sites a quarter of the boilerplate lines CL140 flagged were left in
the page so. Narrowing the removal to the lines between the blocks it cuts removes less than the
finding covers, never more, and leaves every block whole: the cut blocks stay, entire. Not where the
run begins in the middle of a list the rule left above it (`_inside_list`): there the verdict split a list.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from corpuslint.analysis import structure
from corpuslint.roles import Role
from corpuslint.textlines import indent

if TYPE_CHECKING:
    from corpuslint.analysis import Structure
    from corpuslint.models import Document

__all__ = ["whole_blocks_removal"]


def whole_blocks_removal(doc: Document, start: int, end: int,
                         covered: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of `text[start:end]`'s lines that leaves the blocks it would take in part (at its
    edges) whole, if that span is a removal the guard allows; None if nothing is left or it is not.
    Not in HTML (its blocks are the markup's, judged by `html_markup`)."""
    s = structure(doc)
    if s.breaks or s.markup or start >= end:
        return None
    text = s.text
    taken = s.worded_lines(start, end)
    if not taken:
        return None
    a, b = taken[0], taken[-1]
    if _inside_list(s, a):
        return None
    for _ in range(8):  # each round drops the cut blocks at the edges; a few rounds settle any run
        a, b = _skip_blank(s, a, b)
        if a > b:
            return None
        if (a, b) != (taken[0], taken[-1]):  # (whole lines, each with its line break)
            new_start, new_end = s.line_starts[a], s.line_starts[b + 1] if b + 1 < len(s.line_starts) else len(text)
            if s.edit_problem(new_start, new_end, covered) is None:
                return new_start, new_end
        head, tail = _unit(s, a), _unit(s, b)
        moved = False
        if head[0] < a:
            a, moved = head[1] + 1, True
        if tail[1] > b:
            b, moved = tail[0] - 1, True
        if not moved:
            return None  # the cut block is inside (a container's part) or another problem: no edge to move
    return None


_NUMBERED = re.compile(r"[ \t]*\d{1,3}[.)][ \t]")


def _inside_list(s: Structure, n: int) -> bool:
    """Whether line `n` is an item of a numbered list whose item right above it (no blank line or one between, the
    same indentation) the rule left: the run begins in the middle of a list (a ranking's rows 7-10 under rows
    1-6), where the verdict split one list in two, not a menu's edge. Narrowed, the fix would take its rest."""
    if s.line_role[n] is not Role.LIST_ITEM or not _NUMBERED.match(s.text[slice(*s.line_bounds(n))]):
        return False  # (a menu's bullets split by the verdict are still a menu: `* Write For Us` under `* Full Site`)
    for above in (n - 1, n - 2):
        if above < 0:
            return False
        line = s.text[slice(*s.line_bounds(above))]
        if line.strip():
            return (s.line_role[above] is Role.LIST_ITEM and _NUMBERED.match(line) is not None
                    and indent(line) == indent(s.text[slice(*s.line_bounds(n))]))
    return False


def _skip_blank(s: Structure, a: int, b: int) -> tuple[int, int]:
    while a <= b and not s.text[slice(*s.line_bounds(a))].strip():
        a += 1
    while b >= a and not s.text[slice(*s.line_bounds(b))].strip():
        b -= 1
    return a, b


def _unit(s: Structure, n: int) -> tuple[int, int]:
    """The first and last line of what a fix takes whole or not at all around line `n`: the outermost
    list item or quotation holding it, else its block, else the line."""
    i = s.line_block[n]
    if i < 0:
        return n, n
    block = s.blocks[i]
    if (outer := s.container_lines(n)) is not None:
        return min(outer[0], block.first), max(outer[1] - 1, block.last)
    return block.first, block.last
