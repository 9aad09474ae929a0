"""Whether removing a pack rule's unit leaves a unit of the text half there: no safe fix then.

A fix takes a whole unit or nothing (tester28, a README's Markdown read as plain text):
- a heading over a section that stays: `## Donate` over the paragraph that asks for donations (the
  paragraph was left under the section above);
- a link's reference definition whose reference stays: `[please donate today]: https://…` under
  the paragraph's `[please\ndonate today][]` (a broken link left in the text).
"""

from __future__ import annotations

import regex

from corpuslint.textutil import HEADING

_DEFINITION = regex.compile(r"[ \t]{0,3}\[([^\]\n]{1,80})\]:[ \t]*\S+[ \t]*$")
_UNDERLINE = regex.compile(r"[ \t]*(?:=+|-+)[ \t]*$")
_TITLE_WORDS = 5  # a section's title, at most (`## Donate`, `## Support the project`)


def _next_line(text: str, end: int) -> tuple[int, str] | None:
    """The line right under the one ending at or after `end` (its start and text), None at a blank or the end."""
    nl = text.find("\n", end)
    if nl == -1:
        return None
    stop = text.find("\n", nl + 1)
    line = text[nl + 1:len(text) if stop == -1 else stop]
    return (nl + 1, line) if line.strip() else None


def _heading_over_section(text: str, start: int, end: int) -> bool:
    """The unit is a heading alone (`## Donate`, or a title over its `===` rule) and a paragraph that is
    no heading stands under it: its section's text, which stays."""
    title_end = text.find("\n", start, end)
    if title_end != -1:
        if _UNDERLINE.fullmatch(text, title_end + 1, end) is None:
            return False
    else:
        line = text[text.rfind("\n", 0, start) + 1:end]
        if HEADING.match(line) is None or len(line.split()) > _TITLE_WORDS + 1:
            return False  # (a comment's line in a configuration, `# Copyright (C) 2009 …`, is no title)
    at = end
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        return False  # the text's last line: no section under it
    nl = text.find("\n", at)
    first = text[at:len(text) if nl == -1 else nl]
    under = _next_line(text, at)
    return HEADING.match(first) is None and (under is None or _UNDERLINE.fullmatch(under[1]) is None)


def _referenced_definition(text: str, start: int, end: int) -> bool:
    """The unit is a link's reference definition (`[label]: URL`) whose label the text uses elsewhere."""
    m = _DEFINITION.fullmatch(text, start, end)
    if m is None:
        return False
    label = r"\s+".join(regex.escape(word) for word in m.group(1).split())
    use = regex.compile(r"\[\s*" + label + r"\s*\](?!:)|\]\[\s*" + label + r"\s*\]", regex.I)
    return any(not (start <= u.start() < end) for u in use.finditer(text))


def leaves_half(text: str, start: int, end: int) -> bool:
    """Whether removing text[start:end] alone leaves a unit of the text half there (module docstring)."""
    return _heading_over_section(text, start, end) or _referenced_definition(text, start, end)
