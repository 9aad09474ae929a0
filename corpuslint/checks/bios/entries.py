"""Copies that are each their own entry's text: a note a manual gives under every option it applies
to, the sentence a NEWS file closes each release's notes with, a licence's disclaimer in two stanzas
of a DEP-5 copyright file, two options described in the same words (qa24 r03, r08; qa22 r09, qa20
r10: CL402's unsafe fix took 130 lines of 18 man pages and 55 of 12 copyright files, none a copy).

A scraper's copy stands near its first (twice in a row, a teaser over its own body) or among the
page's furniture; the text's own stands in an entry of its own, under a head of the same kind as
the first copy's and another one: an option at the same indent (`whole.in_two_entries`), a
release's title (`whole.named_entries_apart`), a record's field, or the term its line opens with.
A page is no reference (review24 #2, qa20b correctiv.org): a teaser's `weiterlesen 5 Minuten` over
the next teaser is the page's furniture, no term (the two terms read alike but for their numbers),
and a headline `Ungarn: Die geheime AfD-Show` alone over the article's indented lines is no field
(a record's field stands in a stanza of fields, directly over its value's indented lines).
"""

from __future__ import annotations

import regex

from corpuslint.checks.bios.whole import in_two_entries, named_entries_apart, term_line

# a definition list's item on one line: indented, a term (an option: `-w`, `w`), two spaces or more, its text
_ITEM = regex.compile(r"(\S{1,30})[ \t]{2,}\S")
# a record's field opening a line with its value (DEP-5's `License: Permission is …`), going on in indented lines
# (capitalised: `rule: exactly;…`, a style sheet's line in a mail's HTML, is no field)
_FIELD = regex.compile(r"\p{Lu}[\p{L}\d-]{0,30}:[ \t]+\S")
_FIELD_LINES = 200  # a field's value: a licence's text is a few dozen lines


def own_entries(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether each copy is its own entry's text (see the module docstring)."""
    return (named_entries_apart(text, earlier, later) or _two_terms(text, earlier, later)
            or _two_items(text, earlier, later) or _field_value(text, later))


_NUMBER = regex.compile(r"\b\d+\b")  # a number of its own (an option's `--socks4`, `--socks5` are two terms)


def _two_terms(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """`whole.in_two_entries`, under two terms that are not the same words but for their numbers
    (a page's teasers, each under the one before's `weiterlesen 5 Minuten`, `weiterlesen 7 Minuten`);
    a list's numbers alone are two entries (a reply quoting a comment, under `8.` and `27.`)."""
    if not in_two_entries(text, earlier, later):
        return False
    first, second = (_NUMBER.sub("0", term_line(text, at).strip()) for at in (earlier[0], later[0]))
    return first != second or regex.search(r"\p{L}", first) is None  # (numbered comments `8.`, `27.`: two entries)


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
    licence, not a copy of another's. The field's line stands directly over its value's next line and
    in a stanza with another field (`Files:`, `Copyright:` over `License:`): a page's headline
    `Ungarn: Die geheime AfD-Show`, a blank line under it, is none."""
    cursor = text.rfind("\n", 0, later[0]) + 1
    if cursor == later[0] or text[cursor:later[0]].strip():
        return False
    for _ in range(_FIELD_LINES):
        if cursor == 0:
            return False
        cursor = text.rfind("\n", 0, cursor - 1) + 1
        row = text[cursor:text.find("\n", cursor)]
        if row and row[0] not in " \t":
            return _FIELD.match(row) is not None and _in_stanza(text, cursor)
    return False


def _in_stanza(text: str, start: int) -> bool:
    """The field's line at `start` is directly over an indented line, and another field opens a line of
    its stanza above it (DEP-5's `Files:` and `Copyright:` over `License:`, their continuation lines
    and one blank line at most between: python3.11's libffi stanza)."""
    end = text.find("\n", start)
    below = text[end + 1:text.find("\n", end + 1)] if end != -1 else ""
    if not below.strip() or below[0] not in " \t":
        return False
    cursor, blanks = start, 0
    while cursor > 0:
        cursor = text.rfind("\n", 0, cursor - 1) + 1
        row = text[cursor:text.find("\n", cursor)]
        if not row.strip():
            blanks += 1
            if blanks > 1:
                return False
        elif row[0] not in " \t":
            return _FIELD.match(row) is not None
    return False
