"""Repetitions a Markdown document's author wrote on purpose, which CL401-CL403 do not report.

A scraper's copy is the same paragraph twice in one stretch of text: a widget rendered twice, a
lede given again under its teaser. A documentation page repeats itself by design: each section
of a reference says "Type annotations can as usual be overridden …" again (griffe's Google and
Numpydoc halves), each release entry of a changelog opens with its own intro, each package of a
THIRD-PARTY-NOTICES file quotes its MIT licence, and a lead-in ("While this will succeed (and is
what `--fix` would yield):") introduces each code block under it. Removing either copy takes a
section's own text away; the real files are in tests/data/markdown_docs (session 15, qa15b's
corpus: 110 of 113 CL402 findings were such repetitions, none a scraper's copy).
"""

from __future__ import annotations

from corpuslint.analysis import Role, structure
from corpuslint.models import Document

# what may close a lead-in after its colon: emphasis, a bracket, quotes
_LEAD_IN_TAIL = "*_)]\"'’” \t"


def authored_repeat(doc: Document, earlier: tuple[int, int], later: tuple[int, int]) -> str:
    """Why the two copies are the author's own repetition in a Markdown document ("" if they are
    not): a heading stands between them (each is its section's), or they are lead-ins that end
    with a colon (each introduces the code, list or table under it)."""
    text = doc.text
    for start, end in (earlier, later):
        if text[start:end].rstrip(_LEAD_IN_TAIL).endswith(":"):
            return "lead-in"
    s = structure(doc)
    first, last = s.line_of(earlier[1]), s.line_of(later[0])
    roles = s.line_role
    for n in range(first + 1, last):
        if roles[n] is Role.HEADING:
            return "section"
    return ""


def in_quotation(doc: Document, span: tuple[int, int]) -> bool:
    """Whether a copy is (part of) a Markdown quotation: quoted text (a licence, a warning) that the
    document gives as it was written, whose lines no safe fix takes."""
    s = structure(doc)
    return s.line_role[s.line_of(span[0])] is Role.QUOTE
