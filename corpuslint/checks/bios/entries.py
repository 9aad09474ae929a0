"""Copies that are each their own entry's text: a note a manual gives under every option it applies
to, the sentence a NEWS file closes each release's notes with, a licence's disclaimer in two stanzas
of a DEP-5 copyright file, two options described in the same words (qa24 r03, r08; qa22 r09, qa20
r10: CL402's unsafe fix took 130 lines of 18 man pages and 55 of 12 copyright files, none a copy).

A scraper's copy stands near its first (twice in a row, a teaser over its own body) or among the
page's furniture; the text's own stands in an entry of its own, under a head of the same kind as
the first copy's and another one: an option at the same indent (`whole.in_two_entries`), a
release's title (`whole.named_entries_apart`), a record's field, or the term its line opens with; a row
of another table than the first copy's, a field of another record (`series`: a worked example's
`Input class:` in a vignette's series of examples).
A page is no reference (review24 #2, qa20b correctiv.org): a teaser's `weiterlesen 5 Minuten` over
the next teaser is the page's furniture, no term (the two terms read alike but for their numbers),
and a headline `Ungarn: Die geheime AfD-Show` alone over the article's indented lines is no field
(a record's field stands in a stanza of fields, directly over its value's indented lines).
"""

from __future__ import annotations

import regex

from corpuslint.checks.bios.series import fields_of_two_records, rows_of_two_tables
from corpuslint.checks.bios.units import CLOSING, LIST_OR_TABLE, next_paragraph, paragraph_at
from corpuslint.checks.bios.whole import folded, in_two_entries, named_entries_apart, term_line

# a definition list's item on one line: indented, a term (an option: `-w`, `w`), two spaces or more, its text
_ITEM = regex.compile(r"(\S{1,30})[ \t]{2,}\S")
# a record's field opening a line with its value (DEP-5's `License: Permission is …`), going on in indented lines
# (capitalised: `rule: exactly;…`, a style sheet's line in a mail's HTML, is no field)
_FIELD = regex.compile(r"\p{Lu}[\p{L}\d-]{0,30}:[ \t]+\S")
_FIELD_LINES = 200  # a field's value: a licence's text is a few dozen lines


def own_entries(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether each copy is its own entry's text (see the module docstring)."""
    return (named_entries_apart(text, earlier, later) or _two_terms(text, earlier, later)
            or _two_items(text, earlier, later) or _field_value(text, later)
            or _two_fields(text, earlier, later)
            or _own_lead_ins(text, earlier, later) or _own_summaries(text, earlier, later)
            or rows_of_two_tables(text, earlier, later) or fields_of_two_records(text, earlier, later)
            or _two_definitions(text, earlier, later))


# an API reference's entry head: Texinfo's definition (` -- Function: codecs.getencoder (encoding)`) or a
# signature under Sphinx's permalink as a text browser prints it (`assertWarns(warning, callable, *args)¶`),
# its kind or C type before it (`class float(x=0.0)¶`, `PyObject *PyModule_GetState(PyObject *module)¶`,
# `@functools.lru_cache(user_function)¶`: tester27)
# ... or a markup's command that opens a named entry at a line's start (POD's `=item SSL_cipher_list`, Texinfo's
# `@deftypefun int rl_bind_keyseq_in_map (…)`, `@item name`, LaTeX's `\item[name]`: tester34 S4-S6), not one
# that closes or frames a list (`=back`, `=over 4`, `@end deftypefun`) nor a bullet's (`=item *`)
_DEFINITION = regex.compile(r"^[ \t]*(?:-- \p{Lu}[\p{L} ]{0,30}: \S[^\n]*|[\w.]+(?:\([^\n]*\))?¶|"
                            r"(?:[\w.*&]+[ \t]+){0,4}[*&@]*[\w.]+\([^\n]*\)¶|"
                            r"[=@](?!(?:end|over|back|cut|begin|for|encoding|pod|c|comment|bye|page|sp)\b)[a-z]{2,}\d?"
                            r"[ \t]+[^\s*\d][^\n]*|\\item\[[^\]\n]+\][^\n]*)[ \t]*$", regex.M)
_DEFINITION_REACH = 4000  # characters: a copy stands this near under its entry's head at most


# a text written in a markup of line commands closes its blocks so (POD's `=back`, `=cut`; Texinfo's `@end
# deftypefun`): only there is a line opening with `=` or `@` a command (not a reply's `@name thanks`)
_COMMANDS_CLOSED = regex.compile(r"^(?:=back|=cut|@end[ \t]+[a-z]+)[ \t]*$", regex.M)


def _definition_above(text: str, start: int) -> int | None:
    """Where the nearest entry head above `start` begins, within `_DEFINITION_REACH`."""
    found = None
    commands: bool | None = None
    for m in _DEFINITION.finditer(text, max(0, start - _DEFINITION_REACH), start):
        if m.group().lstrip()[:1] in "=@":
            if commands is None:
                commands = _COMMANDS_CLOSED.search(text) is not None
            if not commands:
                continue
        found = m.start()
    return found


def _two_definitions(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy stands in an API entry of its own, under its own head, another entry's head between
    them: codecs' `Raises a LookupError in case the encoding cannot be found.` under each of
    `getencoder`, `getdecoder` ..., unittest's `Changed in version 3.3: Added the msg keyword argument`
    under each assert method (tester27: an info manual, a doc site printed by lynx). A reference repeats
    a field under each entry it applies to; a scraper's copy has no entry of its own."""
    first = _definition_above(text, earlier[0])
    second = _definition_above(text, later[0])
    return first is not None and second is not None and second > earlier[1]


def _below(text: str, span: tuple[int, int]) -> str | None:
    """The paragraph right under the one holding `span`, if `span` ends its paragraph, else None."""
    block = paragraph_at(text, span[0])
    if text[span[1]:block[1]].strip():
        return None
    near = next_paragraph(text, block, 1)
    return None if near is None else text[near[0]:near[1]]


def _own_lead_ins(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy is a lead-in ending with a colon over what it introduces, a list, an indented block
    or code, and the two differ: socketserver's "Class variables that may be overridden by derived
    classes or instances:" over each class's own variables (tester25 #7). A lead-in belongs to what
    it introduces, as in Markdown (`authored.authored_repeat`); a scraper's copy comes with it."""
    below = []
    for span in (earlier, later):
        if not text[span[0]:span[1]].rstrip(CLOSING).endswith(":"):
            return False
        under = _below(text, span)
        if under is None or not (LIST_OR_TABLE.match(under.lstrip()) or under[:1] in " \t"):
            return False
        below.append(under)
    return folded(below[0]) != folded(below[1])


# a docstring's section: a label alone on its line over its indented fields (Google's `Args:`,
# `Returns:`), or a name underlined (Numpydoc's `Parameters` over `----------`)
_DOC_SECTION = regex.compile(r"[ \t]*\p{Lu}\p{L}+(?: \p{L}+)?(?::[ \t]*\n[ \t]+\S|[ \t]*\n[ \t]*-{3,}[ \t]*(?:\n|$))")


def _sections(text: str, span: tuple[int, int]) -> str | None:
    """The docstring sections right under the paragraph ending with `span` (its entry's fields), or None."""
    under = _below(text, span)
    if under is None or _DOC_SECTION.match(under) is None:
        return None
    block = paragraph_at(text, span[0])
    sections = []
    while (near := next_paragraph(text, block, 1)) is not None and _DOC_SECTION.match(text, near[0]):
        sections.append(text[near[0]:near[1]])
        block = near
    return "\n".join(sections)


def _own_summaries(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy is an API entry's summary over the entry's own docstring sections, and the two
    entries' sections differ: ipaddress's "Take an IP string/int and return an object of the correct
    type." over `Args:`, `Returns:` and `Raises:` of ip_address(), ip_network() and ip_interface()
    (tester25 #7). Each function's own sentence; a stretch pasted again brings its sections along."""
    first, second = _sections(text, earlier), _sections(text, later)
    return first is not None and second is not None and folded(first) != folded(second)


# a field of a record laid out in columns, opening its indented line: a label, the colon aligned
# with its stanza's others by spaces (`Description : …`, `Subscription: open`), then its value
_ALIGNED_FIELD = regex.compile(r"([ \t]+)\p{Lu}[\p{L}\d-]{0,30}(?: [\p{L}\d-]+)?[ \t]*:[ \t]+(?=\S)")
_STANZA_LINES = 60  # a record's stanza: its fields and their wrapped values


def _two_fields(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy is a field's value in a record laid out in columns (`_aligned_field`), or a record's
    fields from that one on whose first values differ: each mailing list's entry describes its own
    list, two of them in the same words (debian-chinese-big5 and -gb, tester25 #10), or nearly
    (debian-dug-by's and -ie's "Discussion list for the Debian community in Belarus / Ireland …"), each
    record's own, not a copy. A record given again whole, its first value the same, is a copy."""
    first, second = _aligned_field(text, earlier), _aligned_field(text, later)
    if first is None or second is None:
        return False
    return not (first[0] or second[0]) or first[1] != second[1]


def _aligned_field(text: str, span: tuple[int, int]) -> tuple[bool, str] | None:
    """Whether the copy is a field's value in a record laid out in columns: it opens on the field's
    line (`Description : Discussion list for …`) or stands under it at the value's column (the
    value's next paragraph), and another field of another label opens a line of the stanza at the
    field's indent (`Moderated   : no`). Then (False, its first line) for the field alone, (True, its
    first line: the record's key) for the field with the fields below it (a record from it on); else None."""
    line_start = text.rfind("\n", 0, span[0]) + 1
    row = _line(text, line_start)
    field = _ALIGNED_FIELD.match(row)
    if field is None or span[0] - line_start not in (len(field.group(1)), field.end()):  # the field, or its value
        if text[line_start:span[0]].strip():
            return None
        column, cursor, field = span[0] - line_start, line_start, None
        for _ in range(_STANZA_LINES):  # up to the line the value is indented under
            if cursor == 0:
                return None
            cursor = text.rfind("\n", 0, cursor - 1) + 1
            row = text[cursor:text.find("\n", cursor)]
            if row.strip() and len(row) - len(row.lstrip(" \t")) < column:
                field = _ALIGNED_FIELD.match(row)
                break
        if field is None or field.end() != column:
            return None  # not under a field's value, at its column
        line_start = cursor
    rows = text[span[0]:span[1]].split("\n")
    fields = any(row.strip() and len(row) - len(row.lstrip(" \t")) <= len(field.group(1)) for row in rows[1:])
    label = _label(field.group())
    if not any(_another_field(text, line_start, field, label, step) for step in (-1, 1)):
        return None
    return fields, " ".join(rows[0].split())


def _label(field: str) -> str:
    return field.strip().rstrip(":").strip()


def _line(text: str, start: int) -> str:
    end = text.find("\n", start)
    return text[start:] if end == -1 else text[start:end]


def _another_field(text: str, start: int, field: regex.Match, label: str, step: int) -> bool:
    """Another field at `field`'s indent, of another label than `label`, its value at the same column,
    opens a line of the stanza of the field's line at `start`, above (`step` -1) or below (+1), lines
    indented deeper or blank between: a record laid out in columns (a caption's `PHOTO: …` over the next
    `PHOTO: …`, a teaser's `Indonesia: dead whale …` under `Published: 20 Nov 2018` are none)."""
    indent, cursor = field.group(1), start
    for _ in range(_STANZA_LINES):
        if step < 0:
            if cursor == 0:
                return False
            cursor = text.rfind("\n", 0, cursor - 1) + 1
        else:
            cursor = text.find("\n", cursor) + 1
            if cursor == 0:
                return False
        row = _line(text, cursor)
        if not row.strip():
            continue
        here = len(row) - len(row.lstrip(" \t"))
        if here < len(indent):
            return False  # out of the stanza
        if here == len(indent):
            other = _ALIGNED_FIELD.match(row)
            return other is not None and _label(other.group()) != label and other.end() == field.end()
    return False


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
