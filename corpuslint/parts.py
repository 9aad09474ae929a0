"""A document whose text is several strings of one record (a chat record's messages).

The reader joins the strings with a blank line, so that rules read each as paragraphs of their
own, and keeps where each lies (`Origin.parts`). A fix must stay inside one of them: the writer
puts each string back where it came from and nothing else of the record changes, so an edit that
reached into the blank line between two, or across it, could not be written. A removal that took
the blank line along is narrowed to its own string (and one at a string's end takes the blank
line before it); one that would empty a string (a whole message) is withheld: a conversation with
an empty turn is no longer the conversation.
"""

from __future__ import annotations

import bisect
from typing import Any

Parts = tuple[tuple[int, int, str], ...]

SEPARATOR = "\n\n"


def joined(strings: list[tuple[str, str]]) -> tuple[str, Parts]:
    """The text of (name, string) pairs joined by a blank line, and where each lies in it."""
    pieces: list[str] = []
    parts: list[tuple[int, int, str]] = []
    at = 0
    for name, value in strings:
        if pieces:
            pieces.append(SEPARATOR)
            at += len(SEPARATOR)
        pieces.append(value)
        parts.append((at, at + len(value), name))
        at += len(value)
    return "".join(pieces), tuple(parts)


def part_at(parts: Parts, offset: int) -> tuple[int, int, str]:
    """The part holding `offset`: the last one starting at or before it (the blank line between
    two belongs to the one before)."""
    index = bisect.bisect_right(parts, (offset, float("inf"))) - 1
    return parts[max(index, 0)]


def holder(parts: Parts, start: int, end: int) -> tuple[int, int, str] | None:
    """The part that holds all of [start, end) (an insertion at either edge included), or None."""
    for part in parts:
        if part[0] <= start and end <= part[1]:
            return part
    return None


def guard(parts: Parts, edits: list, text: str) -> tuple[list, str | None]:
    """`edits` as they may be applied to a several-string text: each inside one string (a removal
    that took the blank line between two narrowed to its own string), or why not."""
    out = []
    cells = parts[0][2].startswith("cell ")  # a notebook's cells (formats/notebook.py), else a record's strings
    for edit in edits:
        part = holder(parts, edit.start, edit.end)
        if part is None and not edit.replacement:
            part = _overlapped(parts, edit.start, edit.end)
            if part is not None:
                edit = type(edit)(start=max(edit.start, part[0]), end=min(edit.end, part[1]))
        if part is None:
            if cells:
                return edits, "it would reach from one cell of the notebook into another (a fix stays inside one cell)"
            return edits, "it would reach from one part of the record into another (a fix stays inside one message)"
        if not edit.replacement and (edit.end == part[1] or edit.start == part[0]):
            edit = _trimmed(text, part, edit)
        out.append(edit)
    for part in parts:
        if text[part[0]:part[1]].strip() and not _after(text, part, out).strip():
            return edits, f"it would empty `{part[2]}` (a fix never removes a whole {'cell' if cells else 'message'})"
    return out, None


def _trimmed(text: str, part: tuple[int, int, str], edit):
    """A removal at a string's end (or start) with the blank lines it would leave there: a
    message ends with its last paragraph, not with the blank line that stood after it."""
    start, end = edit.start, edit.end
    if end == part[1]:
        while start > part[0] and text[start - 1] in " \t\n":
            start -= 1
    else:
        while end < part[1] and text[end] in " \t\n":
            end += 1
    return edit if (start, end) == (edit.start, edit.end) else type(edit)(start=start, end=end)


def _overlapped(parts: Parts, start: int, end: int) -> tuple[int, int, str] | None:
    """The one part a removal reaches into, when the rest of it is blank lines between parts."""
    inside = [p for p in parts if p[0] < end and start < p[1]]
    return inside[0] if len(inside) == 1 else None


def _after(text: str, part: tuple[int, int, str], edits: list) -> str:
    """The part's string once `edits` (each inside one part) are applied."""
    pieces, at = [], part[0]
    for edit in sorted((e for e in edits if part[0] <= e.start and e.end <= part[1]), key=lambda e: e.start):
        pieces.append(text[at:edit.start])
        pieces.append(edit.replacement)
        at = edit.end
    pieces.append(text[at:part[1]])
    return "".join(pieces)


def shifted(parts: Parts, edits: list) -> Parts:
    """Where the parts lie after `edits` (each inside one part, none overlapping) are applied."""
    out = []
    ordered = sorted(edits, key=lambda e: (e.start, e.end))
    for start, end, name in parts:
        new_start, new_end = start, end
        for edit in ordered:
            delta = len(edit.replacement) - (edit.end - edit.start)
            if edit.end <= start and not (edit.start == edit.end == start):
                new_start += delta  # wholly before the part (an insertion at its start is in it)
                new_end += delta
            elif start <= edit.start and edit.end <= end:
                new_end += delta
        out.append((new_start, new_end, name))
    return tuple(out)


def strings(text: str, parts: Parts) -> list[str]:
    return [text[start:end] for start, end, _name in parts]


def part_name(doc: Any, offset: int) -> str | None:
    """The name of the part of `doc`'s text holding `offset` (`messages[2].content`), or None."""
    parts = doc.origin.parts
    if not parts:
        return None
    return part_at(parts, offset)[2]


def cell_position(doc: Any, offset: int) -> tuple[int, int, int, int]:
    """(cell number, line in the cell, file line, column) of `offset` in a notebook's text
    (`Origin.cells`): the column counts characters of the cell's line, as an editor of the
    notebook shows it; the file line is that of the line's JSON string."""
    parts, cells = doc.origin.parts, doc.origin.cells
    index = max(bisect.bisect_right(parts, (offset, float("inf"))) - 1, 0)
    starts = doc.line_starts
    line = bisect.bisect_right(starts, offset) - 1
    first = bisect.bisect_right(starts, parts[index][0]) - 1
    number, file_line, listed = cells[index]
    in_cell = line - first + 1
    return number, in_cell, file_line + (in_cell - 1 if listed else 0), offset - starts[line] + 1


def lines_named(doc: Any, offsets: list[int], limit: int = 3) -> str:
    """How a message names the lines of `offsets` (another copy, the other spelling): "line 20",
    "lines 20, 34"; in a notebook the cell and its line, as the text output's `cell 3:2:5` places a
    finding ("cell 3, line 2"; "cell 3, lines 2, 5; cell 7, line 1"), where the file's line would be
    one the user never sees in Jupyter. Up to `limit` lines, then "...". """
    if getattr(doc.origin, "cells", None) is None:
        found = sorted({doc.position(offset)[0] for offset in offsets})
        shown = ", ".join(str(n) for n in found[:limit]) + (", ..." if len(found) > limit else "")
        return ("line " if len(found) == 1 else "lines ") + shown
    places = sorted({cell_position(doc, offset)[:2] for offset in offsets})
    by_cell: dict[int, list[int]] = {}
    for cell, line in places[:limit]:
        by_cell.setdefault(cell, []).append(line)
    named = "; ".join(f"cell {cell}, line{'s' if len(lines) > 1 else ''} {', '.join(map(str, lines))}"
                      for cell, lines in by_cell.items())
    return named + (", ..." if len(places) > limit else "")


def line_range_named(doc: Any, start: int, end: int) -> str:
    """How a message names the lines from `start` to `end` (the earlier copy of a paragraph):
    "line 20", "lines 20–22"; in a notebook "cell 3, line 2", "cell 3, lines 2–4", or, across cells,
    "cell 3, line 2 to cell 4, line 1"."""
    if getattr(doc.origin, "cells", None) is None:
        first, last = doc.position(start)[0], doc.position(end)[0]
        return f"line {first}" if first == last else f"lines {first}–{last}"
    (cell, first), (end_cell, last) = cell_position(doc, start)[:2], cell_position(doc, end)[:2]
    if cell != end_cell:
        return f"cell {cell}, line {first} to cell {end_cell}, line {last}"
    return f"cell {cell}, line {first}" if first == last else f"cell {cell}, lines {first}–{last}"


def whole_part(doc: Any, start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` is all of one part (a whole message), blanks aside."""
    part = part_at(doc.origin.parts, start)
    return doc.text[part[0]:part[1]].strip() == doc.text[start:end].strip()


# who answers in a conversation (OpenAI's `assistant`, ShareGPT's `gpt`, Gemini's `model`): every
# other speaker (system, user, human, tool, developer, a role left out) gives the prompt
ANSWER_ROLES = frozenset({"assistant", "gpt", "model", "bot", "chatgpt", "ai"})


def prompt_part(doc: Any, offset: int) -> bool:
    """Whether `offset` lies in a message of the prompt's side (not the model's answer). A
    paragraph that such messages share across records is the dataset's prompt template (a task's
    instruction), not a page's furniture; a shared paragraph of the answers is canned text."""
    parts, roles = doc.origin.parts, doc.origin.roles
    if not parts or roles is None or len(roles) != len(parts):
        return False
    return roles[parts.index(part_at(parts, offset))] not in ANSWER_ROLES


REPLY_WORDS = 3  # an answer's own reply to its question, at most: `Yes.`, `No.`, `It depends.`
_STOPS = (".", "!", "?")


def answer_reply(doc: Any, start: int, end: int) -> bool:
    """Whether `doc.text[start:end]` opens an answer's message and is a sentence of a few words (`Yes.`
    over the FAQ's answer to "Are there any interfaces to database packages in Python?", tester31): the
    reply to the question asked, however many answers give it; canned text says more."""
    parts, roles = doc.origin.parts, doc.origin.roles
    if not parts or roles is None or len(roles) != len(parts):
        return False
    part = part_at(parts, start)
    said = doc.text[start:end].strip()
    return (roles[parts.index(part)] in ANSWER_ROLES and not doc.text[part[0]:start].strip()
            and said.endswith(_STOPS) and len(said.split()) <= REPLY_WORDS)


# who sets the conversation up rather than takes part in it: OpenAI's `system` (and `developer`,
# its newer name), ShareGPT's `system`
SYSTEM_ROLES = frozenset({"system", "developer"})


def without_system(doc: Any) -> str | None:
    """A chat record's text without its system messages (the others joined by a blank line), or
    None when it has none (the whole text stands). A dataset puts one long system prompt in front
    of every conversation: compared whole, 30 different conversations under a 300-word prompt
    were "near copies" of each other (review16d #3b); what a record says is its other turns."""
    parts, roles = doc.origin.parts, doc.origin.roles
    if not parts or roles is None or len(roles) != len(parts) or SYSTEM_ROLES.isdisjoint(roles):
        return None
    text = doc.text
    return SEPARATOR.join(text[start:end] for (start, end, _name), role in zip(parts, roles)
                          if role not in SYSTEM_ROLES)


def conversation_start(doc: Any) -> int:
    """Where a chat record's conversation begins in its text: its first message that is not a
    system prompt (0: the text's start), where a finding about the conversation stands."""
    parts, roles = doc.origin.parts, doc.origin.roles
    if not parts or roles is None or len(roles) != len(parts):
        return 0
    return next((start for (start, _end, _name), role in zip(parts, roles) if role not in SYSTEM_ROLES), 0)
