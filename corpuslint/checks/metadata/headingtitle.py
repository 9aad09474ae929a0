"""Titles CL504 never takes from the body: a Markdown document's title is its H1 heading, a
copyright line is a notice, never a title, and a numbered chapter's title over a page whose own
sections are numbered under another chapter is a link to that chapter.

A site generator (MkDocs, Docusaurus, Hugo) titles a Markdown page from its front matter, else
from its first-level heading; rules see the text with headings blanked, so the first line they
see under `# MIT License` is the licence's copyright line (mkdocs-macros' LICENSE.md, session
15's qa15b corpus), and under `# License` its `The MIT License (MIT)`: neither is the page's title.
"""

from __future__ import annotations

from collections import Counter

from corpuslint.analysis import Role, structure
from corpuslint.models import Document
from corpuslint.textutil import LazyPattern

# "Copyright (C) 2018-2024 Laurent Franceschetti", "© 2014 Isaac Muse", "(c) 2020 Jane Doe"
# (not "Copyright Office Rejects …", a headline about copyright)
COPYRIGHT_TITLE = LazyPattern(r"(?i)^\W{0,3}?(?:copyright\s*(?:©|\(c\)|\d{4})|©|\(c\)\s*\d{4})")
# a level-1 heading: `# Title` (ATX) or a line underlined with `=` (setext)
_ATX_H1 = LazyPattern(r"^ {0,3}#(?:[ \t]|$)")
_SETEXT_H1 = LazyPattern(r"^ {0,3}=+[ \t]*$")


def has_h1(doc: Document) -> bool:
    """Whether a Markdown document has a level-1 heading (its title, for a site generator)."""
    if doc.origin.format != "markdown":
        return False
    s = structure(doc)
    text = s.text
    for block in s.blocks:
        if block.role is not Role.HEADING:
            continue
        lines = text[block.start:block.end].split("\n")
        if _ATX_H1.match(lines[0]) or (len(lines) > 1 and _SETEXT_H1.match(lines[-1])):
            return True
    return False


def copyright_line(value: str) -> bool:
    """A copyright notice ("Copyright (C) 2018-2024 Laurent Franceschetti"): never a title."""
    return COPYRIGHT_TITLE.match(value.strip()) is not None


# a numbered chapter's or appendix's title: `Chapitre 14. Distribuer …`, `Kapitel 2. Debian …`, `12. Advanced …`
_NUMBERED_TITLE = LazyPattern(r"^(?:\p{L}+\s+)?(?P<n>\d{1,3}|[A-Z])\.\s+\p{L}")
# a section's numbered line under a chapter: `15.1. Renforcement du système`, `   A.2.1 Ubuntu's flavours`
_SECTION_LINE = LazyPattern(r"(?m)^[ \t]*(?P<n>\d{1,3}|[A-Z])\.\d{1,3}\.?[ \t]+\p{L}")
SECTIONS = 2  # the page's own numbered sections under one chapter, at least
SECTION_LOOK = 50_000  # characters of the text looked through for them


def another_chapters_title(title: str, text: str) -> bool:
    """The numbered title names another chapter than the page's (tester28 #18: lynx's link to the previous chapter,
    `Chapitre 14. Distribuer Debian GNU/Linux dans un produit commercial`, left on top of chapter 15, whose own
    sections are `15.1. …`, `15.2. …`): the page numbers `SECTIONS` sections or more under one chapter, none under
    the title's number."""
    m = _NUMBERED_TITLE.match(title)
    if m is None:
        return False
    numbers = Counter(s.group("n") for s in _SECTION_LINE.finditer(text[:SECTION_LOOK]))
    return m.group("n") not in numbers and max(numbers.values(), default=0) >= SECTIONS
