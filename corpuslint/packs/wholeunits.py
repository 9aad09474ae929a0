"""Whether removing a pack rule's unit leaves a unit of the text half there: no safe fix then.

A fix takes a whole unit or nothing (tester28, a README's Markdown read as plain text):
- a heading over a section that stays: `## Donate` over the paragraph that asks for donations (the
  paragraph was left under the section above);
- an author's own section label over its section's text (`Related` over an AMA's answers, `Comments¶`);
- a sentence that introduces the question under it with a colon ("So, please tell us in the comments:");
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


# a list's first item: the section's text under its label (`1. The content creators one is ...`)
_FIRST_ITEM = regex.compile(r"[ \t]{0,3}(?:1[.)]|[-*+•])[ \t]+\S")
_STOP = regex.compile(r"[.!?…][\"'”’)]*(?:[ \t]|$)")
_PERMALINK = "¶"  # a heading's link to itself (Sphinx, MkDocs, as a text browser dumps it): `Comments¶`


def _label_line(text: str, start: int) -> tuple[int, str] | None:
    """The line at `start` if it is a paragraph of its own that reads as a title: a few words, no stop."""
    nl = text.find("\n", start)
    line = text[start:len(text) if nl == -1 else nl]
    above = text[text.rfind("\n", 0, max(start - 1, 0)) + 1:max(start - 1, 0)] if start else ""
    words = line.split()
    if (not words or len(words) > _TITLE_WORDS or above.strip() or _STOP.search(line.rstrip(":"))
            or _FIRST_ITEM.match(line) or (nl != -1 and text[nl + 1:nl + 2].strip())):
        return None
    return (len(text) if nl == -1 else nl), line


def _section_under(text: str, line_end: int) -> str | None:
    """The first line of the paragraph under a label line (past one blank line), None at the text's end."""
    at = line_end
    while at < len(text) and text[at].isspace():
        at += 1
    if at >= len(text):
        return None
    nl = text.find("\n", at)
    return text[at:len(text) if nl == -1 else nl]


def _dump_heading(text: str, label: tuple[int, str], under: str) -> bool:
    """A heading as a text browser dumps a page (lynx): in column 1 over its section's indented sentences, the
    page's body, where its header-link mark was (CL213 takes `Comments¶`'s off) or none was written; a list of
    links under a label is no section's text, and a label in capitals is a widget's (a wire story's `ADVERTISEMENT`
    between its indented paragraphs)."""
    at = text.find(under, label[0])
    return (label[1][:1] not in " \t" and not label[1].strip().isupper() and text[at - 1:at] in (" ", "\t")
            and not _FIRST_ITEM.match(under)
            and len(under.split()) >= _PROSE_WORDS)


def _definition_term(text: str, label: tuple[int, str], under: str) -> bool:
    """A term of a definition list as pandoc's plain text writes one (Debian Policy's obsolete fields:
    `Recommended` over `    Old name for Recommends.`, tester31): in column 1 over its indented sentence,
    the entry above it a description indented so too. A short definition is an entry all the same; a label in
    capitals is a widget's (a wire story's `ADVERTISEMENT` between its indented paragraphs), as `_dump_heading`'s."""
    line_start = label[0] - len(label[1])
    above_end = line_start - 1
    while above_end > 0 and text[above_end - 1] in " \t\n":
        above_end -= 1
    above = text[text.rfind("\n", 0, above_end) + 1:above_end]
    at = text.find(under, label[0])
    return (label[1][:1] not in " \t" and not label[1].strip().isupper() and text[at - 1:at] in (" ", "\t")
            and _STOP.search(under) is not None
            and above_end < line_start - 1 and above[:1] in " \t" and above.strip() != "")


def _own_section_label(text: str, start: int, end: int) -> bool:
    """The unit is an author's own section label over its section's text, not a widget's: a heading
    with its permalink mark (`Comments¶` over the reST primer's section on comments, tester29) or in column 1 of
    a dump over its section's indented sentences (`_dump_heading`), a definition list's term (`_definition_term`), or one
    of two labels or more in the text, each alone over a list whose first item is sentences (an AMA's
    answers under `Content Policy`, `Brigading`, `Related`, reddit, tester29). A page's `Related` or `MORE`
    over the headlines it links lists no sentences."""
    line_start = text.rfind("\n", 0, start) + 1
    label = _label_line(text, line_start)
    if label is None or end > label[0]:
        return False
    under = _section_under(text, label[0])
    if under is None:
        return False
    if label[1].rstrip().endswith(_PERMALINK) or _dump_heading(text, label, under) or _definition_term(text, label, under):
        return bool(under.strip())
    if not (_FIRST_ITEM.match(under) and _STOP.search(under)):
        return False
    siblings = 0
    for m in _FIRST_ITEM.finditer(text):  # (items are few in a text: each checked for a label over it)
        if m.start() and text[m.start() - 1] != "\n":
            continue
        head_end = text.rfind("\n", 0, max(m.start() - 1, 0))  # the end of the label line, over one blank line
        if head_end <= 0 or text[head_end + 1:m.start()].strip():
            continue
        head = _label_line(text, text.rfind("\n", 0, head_end) + 1)
        under_it = text[m.start():text.find("\n", m.start()) if "\n" in text[m.start():] else len(text)]
        if head is not None and head[0] != label[0] and _STOP.search(under_it):
            siblings += 1
    return siblings >= 1


_LEAD_IN_WORDS = 4  # a sentence that introduces what follows with a colon, at least (not a label's `MORE:`)
_PROSE_WORDS = 6  # ... and the paragraph it introduces, at least


def _introduces_text(text: str, start: int, end: int) -> bool:
    """The unit is a sentence that ends with a colon over the question it introduces, which stays ("So,
    please tell us in the comments:" over the question the post asks its readers, reddit, tester29). Removed
    alone, it leaves the question orphaned. A label (`MORE:`) is a word or two; a marker over the story's
    next paragraph ("Story continues below the slideshow:") introduces no question."""
    last = text[text.rfind("\n", 0, end - 1) + 1:end].strip()
    if not last.endswith(":") or len(last.split()) < _LEAD_IN_WORDS:
        return False
    under = _section_under(text, end)
    return under is not None and len(under.split()) >= _PROSE_WORDS and under.rstrip(" \t*_\"”’)").endswith("?")


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
    return (_heading_over_section(text, start, end) or _referenced_definition(text, start, end)
            or _own_section_label(text, start, end) or _introduces_text(text, start, end))
