"""Copies that are each their own entry's text: a note a manual gives under every option it applies
to, the sentence a NEWS file closes each release's notes with, a licence's disclaimer in two stanzas
of a DEP-5 copyright file, two options described in the same words (qa24 r03, r08; qa22 r09, qa20
r10: CL402's unsafe fix took 130 lines of 18 man pages and 55 of 12 copyright files, none a copy).

A scraper's copy stands near its first (twice in a row, a teaser over its own body) or among the
page's furniture; the text's own stands in an entry of its own, under a head of the same kind as
the first copy's and another one: an option at the same indent (`whole.in_two_entries`), a
release's title (`whole.named_entries_apart`), a record's field, or the term its line opens with.
"""

from __future__ import annotations

import regex

from corpuslint.checks.bios.whole import in_two_entries, named_entries_apart

# a definition list's item on one line: indented, a term (an option: `-w`, `w`), two spaces or more, its text
_ITEM = regex.compile(r"(\S{1,30})[ \t]{2,}\S")
# a record's field opening a line with its value (DEP-5's `License: Permission is …`), going on in indented lines
# (capitalised: `rule: exactly;…`, a style sheet's line in a mail's HTML, is no field)
_FIELD = regex.compile(r"\p{Lu}[\p{L}\d-]{0,30}:[ \t]+\S")
_FIELD_LINES = 200  # a field's value: a licence's text is a few dozen lines


def own_entries(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether each copy is its own entry's text (see the module docstring)."""
    return (named_entries_apart(text, earlier, later) or in_two_entries(text, earlier, later)
            or _two_items(text, earlier, later) or _field_value(text, later))


def _term(text: str, start: int) -> str | None:
    """The term an indented line of a definition list opens with at `start`, or None."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == start or text[line_start:start].strip():
        return None
    match = _ITEM.match(text, start)
    return match.group(1) if match is not None else None


def _two_items(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy is an item of a definition list, its line opening with its own term: ps's `w` and
    `-w`, "Wide output. Use this option twice for unlimited width." each (the same words, two options)."""
    first, second = _term(text, earlier[0]), _term(text, later[0])
    return first is not None and second is not None and first != second


def _field_value(text: str, later: tuple[int, int]) -> bool:
    """The copy is (part of) a record's field value: its lines indented under a line that opens with a
    field's label and its value, nothing but indented or blank lines between (a DEP-5 `License:`
    field's text, its paragraphs apart by ` .`, a space or a blank line): each record's own
    licence, not a copy of another's."""
    cursor = text.rfind("\n", 0, later[0]) + 1
    if cursor == later[0] or text[cursor:later[0]].strip():
        return False
    for _ in range(_FIELD_LINES):
        if cursor == 0:
            return False
        cursor = text.rfind("\n", 0, cursor - 1) + 1
        row = text[cursor:text.find("\n", cursor)]
        if row and row[0] not in " \t":
            return _FIELD.match(row) is not None
    return False
