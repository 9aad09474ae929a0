"""The roles a line of a document plays, and the blocks that lines of one role make.

The vocabulary of the shared analysis (`corpuslint.analysis`): both readers (`markdown_roles`,
`plain_roles`) give each line a role and an item, and `role_blocks` groups the lines into blocks.
Which roles rules never see, and which a fix takes whole or not at all, are named here too.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Role(str, Enum):
    PROSE = "prose"
    HEADING = "heading"
    LIST_ITEM = "list item"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"
    HTML = "html"
    LINK_DEFINITION = "link definition"
    FRONT_MATTER = "front matter"
    BREAK = "thematic break"
    MARKER = "block marker"  # a line that opens or closes a block: `///`, `!!! note`, `> [!NOTE]`, `:::tip`


# Never checked as prose, never removed by a fix.
PROTECTED = frozenset({Role.HEADING, Role.CODE, Role.HTML, Role.LINK_DEFINITION, Role.FRONT_MATTER, Role.BREAK,
                       Role.MARKER})
# Markdown tables are data an author laid out, not prose: rules do not see them, and in Markdown
# no fix changes what rules do not see (a removal that reached into a table took it with it).
UNSEEN = PROTECTED | {Role.TABLE}
# A fix takes such a block whole or not at all (in plain text, where rules see a table's rows).
WHOLE = frozenset({Role.LIST_ITEM, Role.QUOTE, Role.TABLE})
_MASS_NOUNS = frozenset({Role.CODE, Role.HTML, Role.FRONT_MATTER})  # "a line of code", never "of a code"


def noun_phrase(role: Role) -> str:
    """The role as a reason names it: `a heading`, `a list item`, but `code`, `HTML`, `front matter`."""
    return role.value if role in _MASS_NOUNS else f"a {role.value}"


@dataclass(slots=True, frozen=True)
class Block:
    """Lines `first`..`last` (0-based lines of the document's text, inclusive) of one role."""

    role: Role
    first: int
    last: int
    start: int  # offset of the first line's start
    end: int  # offset of the last line's end (before its newline)


def role_blocks(text: str, line_starts: list[int], roles: list) -> list[Block]:
    """Runs of lines that share a role and an item; a blank line ends a prose block."""
    blocks: list[Block] = []
    n_lines = len(line_starts)
    n = 0
    while n < n_lines:
        role = roles[n]
        if role is None:
            n += 1
            continue
        m = n
        while m + 1 < n_lines and roles[m + 1] == role and (
                role[0] is not Role.PROSE or _non_blank(text, line_starts, m + 1)):
            m += 1
        if role[0] is not Role.PROSE and role[0] not in PROTECTED:
            # a list item or quotation runs over its blank lines: trim them off its ends
            while m > n and not _non_blank(text, line_starts, m):
                m -= 1
        end = line_starts[m + 1] - 1 if m + 1 < n_lines else len(text)
        blocks.append(Block(role[0], n, m, line_starts[n], end))
        n = m + 1
    return blocks


def _non_blank(text: str, line_starts: list[int], n: int) -> bool:
    a = line_starts[n]
    b = line_starts[n + 1] - 1 if n + 1 < len(line_starts) else len(text)
    return bool(text[a:b].strip())
