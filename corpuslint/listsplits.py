"""What a narrowed removal must not split: a heading from the list under it, a list of statements in two.

`narrowing` narrows a removal that would cut a block at its edge to the whole blocks between. That
is right for a menu whose last item wraps over an unflagged line: the item stays whole, the menu
goes. But the document's own lists have the same shape as far as blocks go, and the narrowed span
then takes some of their parts and leaves the others: a GNU ChangeLog's dated entries (each
`2021-11-16  Name  <e-mail>` over its indented `* file: What changed.` items), which a forced model
reads as furniture line by line, lost their headings and every other item (GCC's libcpp ChangeLog:
the fixes took 63% of it before narrowing, 70% after). So a narrowed span is refused where, at
its edge,

- its last line heads a list of statements it leaves: a line that is no item and carries a date or a
  number (an entry's heading: `2021-11-16  Name  <e-mail>`, a release's `1.2.3 (2021-10-19)`), right over
  (a blank line at most between) list items set deeper, the first closing a sentence with a full stop. An
  entry's heading goes with what it says, or stays with it; a box's label over its entries (`Next events` /
  `* Register`, `Verwandte Artikel` over teasers whose deks close sentences) says nothing, and goes;
- it splits a list of statements: the item at its edge and the item of the same list next to it
  outside (the same marker, set as deep, a blank line at most between) each close a sentence with a
  full stop (`* Makefile.in: Regenerate.`). A list whose items are sentences is text, one item
  after another; a menu's items (`* Home`, `* Write For Us`) close none, and its split by the
  verdict is still a menu's.

The removal stays withheld then, as it was before narrowing: the finding still says why.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpuslint.roles import Role
from corpuslint.textlines import indent_columns

if TYPE_CHECKING:
    from corpuslint.analysis import Structure

__all__ = ["splits_a_list"]

_CLOSERS = "\"”’)»"  # a sentence may close inside a quotation or a bracket


def splits_a_list(s: Structure, a: int, b: int) -> str | None:
    """Why the removal of lines `a`..`b` (non-blank, whole) would split a list (see the module's
    docstring), or None."""
    below = s.near_worded(b, 1)
    if below is not None and s.line_role[below] is Role.LIST_ITEM:
        if (s.line_role[b] is not Role.LIST_ITEM and indent_columns(s.line_text(below)) > indent_columns(s.line_text(b))
                and any(ch.isdigit() for ch in s.line_text(b)) and _statement(s, s.line_block[below])):
            return "it would take a heading and leave the list under it"
        if _statements(s, b, below):
            return "it would split a list of sentences"
    above = s.near_worded(a, -1)
    if above is not None and _statements(s, a, above):
        return "it would split a list of sentences"
    return None


def _statements(s: Structure, inside: int, outside: int) -> bool:
    """Whether the lines `inside` and `outside` belong to two items of one list (the same marker, set
    as deep), each closing a sentence with a full stop."""
    if s.line_role[inside] is not Role.LIST_ITEM or s.line_role[outside] is not Role.LIST_ITEM:
        return False
    one, other = s.line_block[inside], s.line_block[outside]
    if one < 0 or other < 0 or one == other:
        return False
    firsts = [s.line_text(s.blocks[i].first) for i in (one, other)]
    if indent_columns(firsts[0]) != indent_columns(firsts[1]) or _marker(firsts[0]) != _marker(firsts[1]):
        return False
    return _statement(s, one) and _statement(s, other)


def _marker(line: str) -> str:
    """An item's marker kind: its bullet, or `0` for a number (`1.` and `2.` are items of one list)."""
    mark = line.lstrip()[:1]
    return "0" if mark.isdigit() else mark


def _statement(s: Structure, i: int) -> bool:
    """Whether block `i` closes a sentence with a full stop, in two words or more (`* Makefile.in: Regenerate.`)."""
    if i < 0:
        return False
    block = s.blocks[i]
    words = " ".join(s.line_text(n) for n in range(block.first, block.last + 1)).split()
    return len(words) >= 3 and s.line_text(block.last).rstrip().rstrip(_CLOSERS).endswith(".")
