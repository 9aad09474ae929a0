"""The line that closes a Project Gutenberg book's header: where the project's frame ends and the book begins.

Two rule families ask where that line is: the boilerplate family removes the header above it
(CL143, `checks/boilerplate/gutenberg.py`), the metadata family reads the header's labelled fields
above it (CL504, `checks/metadata/gutenberg.py`). The marker sits here, below both, so that the two
readings of one header agree and neither family reaches into the other (as `stamps` does for dates).

The marker: `*** START OF THE PROJECT GUTENBERG EBOOK X ***` (2000s on, `THIS` before 2020),
`*** START OF THE COPYRIGHTED PROJECT GUTENBERG EBOOK`, and the end of the 1990s templates'
licence, `*END*THE SMALL PRINT! FOR PUBLIC DOMAIN ETEXTS*Ver.04.29.93*END*` (`*END THE SMALL
PRINT!`). Each opens its line with asterisks, as no sentence does.
"""

from __future__ import annotations

from corpuslint.textutil import LazyPattern

__all__ = ["HEADER_END", "HEADER_END_LINE"]

_MARKER = (r"^[ \t]*\*{1,5}[ \t]*(?:START[ \t]+OF[ \t]+(?:THE[ \t]+|THIS[ \t]+)?(?:COPYRIGHTED[ \t]+)?"
           r"PROJECT[ \t]+GUTENBERG\b|END[ \t]*\*?[ \t]*THE[ \t]+SMALL[ \t]+PRINT\b)")
# where the marker starts (the metadata family reads the fields above it)
HEADER_END = LazyPattern(r"(?im)" + _MARKER)
# the marker's whole line (the boilerplate family removes through it)
HEADER_END_LINE = LazyPattern(r"(?im)" + _MARKER + r"[^\n]*$")
