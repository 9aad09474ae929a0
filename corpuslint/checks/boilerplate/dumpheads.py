"""A numbered heading of an indented text dump: the document's own outline, not a page's furniture.

A text browser's dump (lynx, w3m) and `pod2text` indent the body and set headings in column 1.
A numbered heading there (`Chapitre 13. Participer au projet Debian`, `Kapitel 14. ...`, `13.1.
Comment ...`, `A.2. Ubuntu`) is the page's own title or section head: the other pages of the
site carry it too, but indented, in their prev/next links and contents lists (tester28 #10). The
nav copies stay reportable (they are indented); the heading in column 1 over the page's
indented text is the page's. So is a heading that ends with the permalink's `¶` (Sphinx's,
MkDocs' header link, numbered or not: `Sphinx FAQ¶`, `2. Applying to Become a Member¶`,
tester29 #2): the sign heads a section of the page's body, a sidebar's heading in column 1
(`Navigation`, `Quick search`) has none. A heading's first section may open with its own
heading in column 1 right under it (`2.1. ...¶`): the body is what stands below them.
"""

from __future__ import annotations

import regex

__all__ = ["outline_heading"]

# an outline number closed by its point opening the heading, with an optional label word before it:
# `Chapitre 13.`, `Kapitel 14.`, `Chapter IV.`, `13.1.`, `A.2.`; then a capitalised word (the title).
# Not a page's `Top 10 Stories` (no point), nor a letter alone (`Plan A Trip`)
_NUMBERED = regex.compile(r"(?:\p{L}{2,20}[ \t]+)?(?:\d{1,3}|[IVXLC]{1,6}|\p{Lu}(?=\.\d))(?:\.\d{1,3})*\.[ \t]+\p{Lu}")
_PERMALINK = "¶"  # a header link's sign, after a heading of the page's body
_TITLE_LINES = 2  # a title the dump wrapped (`... prochaine version principale de` / `Debian`)
_INDENTED_SHARE = 0.6  # of the document's non-blank lines: its body is indented


def _indented_text(text: str) -> bool:
    filled = [line for line in text.split("\n") if line.strip()]
    indented = sum(1 for line in filled if line[:1] in " \t")
    return len(filled) >= 10 and indented >= _INDENTED_SHARE * len(filled)


def _heading(first: str, last: str) -> bool:
    """A heading's first and last lines: numbered (`_NUMBERED`) or closed by the permalink's sign."""
    return _NUMBERED.match(first) is not None or last.rstrip().endswith(_PERMALINK)


def outline_heading(text: str, start: int, end: int) -> bool:
    """Whether the unit `text[start:end]` is (a line of) a numbered heading in column 1 of an
    indented text, over the document's indented body: the heading's lines (two at most, a title
    the dump wrapped) stand in column 1 between a blank line and an indented line (or the
    headings of its first sections, in column 1 too), numbered or closed by a permalink's sign."""
    if text.rfind("\n", 0, start) + 1 != start:
        return False  # indented: a nav link's or a contents list's copy
    lines = text.split("\n")
    first = text.count("\n", 0, start)
    last = first + text.count("\n", start, end)
    while first > 0 and lines[first - 1].strip() and lines[first - 1][:1] not in " \t":
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip() and lines[last + 1][:1] not in " \t":
        last += 1
    if last - first + 1 > _TITLE_LINES or not _heading(lines[first], lines[last]):
        return False
    filled = (line for line in lines[last + 1:] if line.strip())
    below = next(filled, "")
    while below[:1] not in ("", " ", "\t") and _heading(below, below):
        below = next(filled, "")  # its first section's heading, in column 1 too
    return below[:1] in (" ", "\t") and _indented_text(text)
