"""A record's own fields: a `Label: value` line among the record's other fields is its data, not furniture.

A catalogue entry, a feed's program notice, a bot's per-game card lists what the record is, a field a
line (`Разработчик: ZXStyles` / `Язык: English` / `Состояние: Free`; `**Released:** 5 Aug, 2016` /
`**Play space:** Seated` / `**Tracked motion controllers:** Yes`). A field whose value is common (`Язык:
English`, `Состояние: Free`) recurs across many records word for word, and CL151 counted it as
furniture (tester29 #6): removed, it leaves the record with a gap in its card. What the line IS: one
field of a run of fields (`FIELDS` lines or more with no blank line between, each a short label, a
colon and a value, their labels different), whose other fields differ from record to record (one of
them at least is the document's own: `Разработчик: ZXStyles`, the name of the program). A template's
labelled block repeats whole (a footer's `Phone:` / `E-mail:` / `Address:` carry the same values on
every page): none of its fields is a page's own, and it is still reported. So is a run of fields in the
document's opening block (no blank line above it): the document's header, an e-mail's `Subject: Re: Test`,
which CL151 judges as the message's lines.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from corpuslint.textlines import line_span

__all__ = ["FIELDS", "record_field"]

FIELDS = 3  # fields of a run at least: a label and its value twice is a caption pair as often
_LABEL_WORDS = 5  # `Tracked motion controllers`, `Steam Store Description`
# a label (Markdown's bold around it or around label and colon allowed), a colon, a value or nothing
_FIELD = regex.compile(r"^[ \t]*(?:[*•\-–][ \t]+)?(?:\*\*|__)?(?P<label>\p{L}[^:\n*_]{0,50}?)[ \t]?:(?:\*\*|__)?"
                       r"(?:[ \t]+\S|[ \t]*$)")
_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_ADDRESS = regex.compile(r"^[ \t]*(?:https?|ftp)://|^[ \t]*www\.")


def _label(line: str) -> str | None:
    """The label of a field line (folded to lower case), or None."""
    m = _FIELD.match(line)
    if m is None or _ADDRESS.match(line):
        return None
    label = m["label"].strip()
    return label.casefold() if 0 < len(label.split()) <= _LABEL_WORDS else None


def record_field(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the one line at `start:end` is a field of a record's own run of fields (see the module's
    docstring): its run of field lines (no blank line between) holds `FIELDS` lines or more, with
    different labels, one of them at least not repeated (`repeated(its start)` is false)."""
    line_start, line_end = line_span(text, start)
    if line_end < end or _label(text[line_start:line_end]) is None:
        return False
    run = [(line_start, line_end)]
    pos = line_start
    while pos > 0:  # the fields above it
        above = text.rfind("\n", 0, pos - 1) + 1
        if _label(text[above:pos - 1]) is None:
            break
        run.insert(0, (above, pos - 1))
        pos = above
    pos = line_end
    while pos < len(text):  # and below it
        stop = text.find("\n", pos + 1)
        stop = len(text) if stop < 0 else stop
        if _label(text[pos + 1:stop]) is None:
            break
        run.append((pos + 1, stop))
        pos = stop
    if len(run) < FIELDS:
        return False
    if not _BLANK_LINE.search(text, 0, run[0][0]):
        return False  # in the document's opening block: its header (an e-mail's `Subject:`), judged as such
    labels = [_label(text[a:b]) for a, b in run]
    if len(set(labels)) < len(labels):
        return False  # the same label twice: a list of captions, a page's labelled links
    return any(not repeated(a + len(text[a:b]) - len(text[a:b].lstrip())) and not repeated(a) for a, b in run)
