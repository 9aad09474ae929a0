"""Whether two copies are a contents entry and the heading it lists: structure, not a stamped copy.

A manual's chapter (DocBook through lynx: the Debian FAQ) opens with its table of contents, a run of
numbered entries (`3.1. Which Debian distribution …`, `3.1.1. You asked me to …`), and gives each
entry again as the heading over its section; a page's running header names the chapter
(`Chapter 3. Choosing a Debian distribution` under the navigation line) over the chapter's heading.
Both copies open with the same section number: removing either loses the document's structure, and
removing the heading leaves its section under the previous one (qa20 r01: 28 of 33 CL402 findings in
the lynx Debian FAQ). A scraper's stamped copy carries no section number of a run of numbered lines.
"""

from __future__ import annotations

import regex

from corpuslint import textlines

# a section number opening a line: a numbered title ("3.1.", "3.1.1", "12.3.") or a chapter's
# ("Chapter 9.", "Appendix B."); a list's item ("1. ") is a list item, never compared as a unit
_NUMBER = regex.compile(
    r"[ \t]*(?:(?i:chapter|section|part|appendix|kapitel|chapitre|cap[íi]tulo|capitolo|hoofdstuk)[ \t]+"
    r"(\d{1,3}|[IVXLC]{1,6}|[A-Z])\.?|(\d{1,3}(?:\.\d{1,3})+)\.?)(?=[ \t]+\S)")
# a section named in a cross-reference ("see Section 6.10", "voir Section 6.10, « … »", "siehe Abschnitt 3.2")
_SECTION_WORD = r"(?i:section|abschnitt|kapitel|chapitre|chapter|sección|seção|sezione|paragraphe)"
_CONTENTS_ENTRIES = 3  # a run of numbered entries: this one and two more near it
_LOOK_LINES = 6  # non-blank lines looked at on each side of the entry
_LOOK_CHARS = 4000  # (within this many characters: the text is not copied for each copy asked about)
_HEADER_LINES = 10  # a page's running header stands in the text's first lines


def _number(line: str) -> str | None:
    """The section number opening `line` ("3.1", "chapter 9"), or None."""
    match = _NUMBER.match(line)
    if match is None:
        return None
    if match.group(2):
        return match.group(2)
    return "chapter " + match.group(1).lower()


def _lines(text: str, start: int, end: int) -> list[str]:
    return text[start:end].split("\n")


def _numbered_near(text: str, start: int, end: int) -> int:
    """How many of the non-blank lines around start..end (`_LOOK_LINES` on each side, and its own)
    open with a section number."""
    begin, stop = max(0, start - _LOOK_CHARS), min(len(text), end + _LOOK_CHARS)
    before = text[begin:start].split("\n")[:-1]  # (the last: the unit's own line)
    after = text[end:stop].split("\n")[1:]  # (the first: the rest of the unit's line)
    if begin > 0:
        before = before[1:]  # a line cut by the window
    if stop < len(text):
        after = after[:-1]
    own = [row for row in _lines(text, text.rfind("\n", 0, start) + 1, end) if row.strip()]
    # an entry's wrapped lines hang under its title, deeper than its number (lynx's contents of the Debian
    # FAQ, an entry of three or five lines): the lines looked at are those at the entry's indent or less
    indent = textlines.indent(own[0]) if own else 0
    before = [row for row in before if row.strip() and textlines.indent(row) <= indent][-_LOOK_LINES:]
    after = [row for row in after if row.strip() and textlines.indent(row) <= indent][:_LOOK_LINES]
    return sum(1 for row in before + own + after if _number(row) is not None)


def _cross_reference(number: str) -> regex.Pattern:
    """A reference to section `number` ("6.10") in prose: the word for a section, then the number."""
    return regex.compile(_SECTION_WORD + r"[ \t\n]+" + regex.escape(number) + r"(?![\d])")


def contents_and_heading(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The later copy is a numbered heading and the earlier one lists it: a line of the earlier copy
    opens with the same section number, and the earlier copy stands in a contents list (two more
    numbered entries among its neighbouring lines) or in the text's first lines (a running header); or
    the earlier copy is prose that names the section by its word and number (`voir Section 6.10, « Que
    trouve-t-on dans le répertoire pool ? »` over the section's heading `6.10. Que trouve-t-on …`, tester28):
    the heading is the section's, never the copy to remove."""
    line_start = text.rfind("\n", 0, later[0]) + 1
    heading = _number(text[line_start:later[1]].split("\n", 1)[0])
    if heading is None:
        return False
    first = text.rfind("\n", 0, earlier[0]) + 1
    if "." in heading and _cross_reference(heading).search(text, first, earlier[1]) is not None:
        return True  # prose that refers to the section by its number: `voir Section 6.10, « Que trouve-t-on … »`
    if not any(_number(row) == heading for row in _lines(text, first, earlier[1])):
        return False
    top = text.count("\n", 0, first) < _HEADER_LINES
    return top or _numbered_near(text, earlier[0], earlier[1]) >= _CONTENTS_ENTRIES
