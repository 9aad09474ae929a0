"""Titles CL504 never takes from the body: a Markdown document's title is its H1 heading, and a
copyright line is a notice, never a title.

A site generator (MkDocs, Docusaurus, Hugo) titles a Markdown page from its front matter, else
from its first-level heading; rules see the text with headings blanked, so the first line they
see under `# MIT License` is the licence's copyright line (mkdocs-macros' LICENSE.md, session
15's qa15b corpus), and under `# License` its `The MIT License (MIT)`: neither is the page's title.
"""

from __future__ import annotations

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
