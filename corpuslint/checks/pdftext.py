"""Text converted from a PDF (`pdftotext`), recognised by its shape, and the lines that are the paper's own.

A PDF's text is the lines of its pages: form feeds between the pages, paragraphs wrapped at the
page's one width, and between them what a page sets one item a line: display maths one symbol a
line, a table one cell a line, a figure's labels, an R session's `>` prompts and output, a title
page of title, authors, affiliations and `Abstract`. Read as a web page, those runs of short lines
look like menus and the paragraph lines among them like a sentence among furniture (tester31).
Shared by the boilerplate family (CL140, CL142, CL151) so that all read a paper alike.
"""

from __future__ import annotations

import functools
import re

from corpuslint.checks.pdftables import table_line_numbers

FORM_FEED = "\f"
_FULL = 0.8  # a line this share of the text's width or more: a wrapped paragraph's line
_WRAPPED_MIN = 5  # full lines whose sentence goes on below: a text wrapped at one width
_PAGE_WRAPPED_MIN = 2  # ... on one page that its record says is one (a page of figures and a caption)
_SENTENCE_END = re.compile(r"[.!?:]['\"’”)]?\s*$")
_NUMBERED_HEADING = re.compile(r"^\s*(?:\d{1,2}(?:\.\d{1,2})*\.?|[A-Z]\.|[IVX]{1,4}\.)\s+[A-Z][^\n.!?]{1,70}$")
_WORD = re.compile(r"[^\W\d_]{3,}")
_AFFILIATION = re.compile(r"^\s*Affiliations?:\s*$")
_CAPTION = re.compile(r"^\s*[^\W\d_]{3,12}\.?\s+\d{1,3}[:.]\s+\S")  # `Figure 1: Mosaic plot …`, `Table 2. …`


def _width(lines: list[str]) -> int:
    """The text's width: the 90th percentile of its non-blank lines' lengths."""
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    return lengths[int(0.9 * len(lengths))] if lengths else 0


@functools.lru_cache(maxsize=8)
def paginated(text: str, page: bool = False) -> bool:
    """Whether the text is a PDF's text by its shape: a form feed between pages, and paragraphs
    wrapped at one width (five lines or more at that width whose sentence goes on below). With
    `page` (the record is one page of a printed document, `pagerecords.page_number`), no form feed
    is asked, and two such lines do: the record is its one page."""
    if FORM_FEED not in text and not page:
        return False
    lines = text.split("\n")
    width = _width(lines)
    if width < 40:
        return False
    wrapped = 0
    least = _PAGE_WRAPPED_MIN if page else _WRAPPED_MIN
    for line, below in zip(lines, lines[1:]):
        if len(line.rstrip()) >= _FULL * width and below.strip() and not _SENTENCE_END.search(line):
            wrapped += 1
            if wrapped >= least:
                return True
    return False


@functools.lru_cache(maxsize=16)
def own_line_numbers(text: str, paragraphs: bool = True, page: int | None = None) -> frozenset[int]:
    """The 0-based numbers of the lines of a PDF's text (`paginated`) that are the paper's own,
    never a page's furniture: the title page (the lines before the first paragraph); the authors'
    `Affiliation:` block to its page's end; a line without a word of three letters (display maths
    `i=1`, a table's numbers); a table's, a figure's or a printout's cells one a line
    (`pdftables`); a figure's or a table's caption (`Figure 1: …`); a numbered heading
    (`1 Introduction`) and a short line over its own paragraph (`Abstract`); with `paragraphs`,
    also every line of a block (lines without a blank one between) that holds a line at the
    text's width (a paragraph, with the R prompt or the formula it runs into: a paragraph a whole
    corpus repeats, a journal's notice, is still CL151's). Empty for a text of another shape.
    `page`: the text is one page record of a PDF, this page (`pagerecords.page_number`): only the
    first page has a title page; another's first lines are its running head."""
    if not paginated(text, page is not None):
        return frozenset()
    lines = text.split("\n")
    width = _width(lines)
    own: set[int] = set()
    block: list[int] = []
    started = page is not None and page > 1  # the first paragraph seen: the title page is behind

    def close() -> None:
        nonlocal started
        full = any(len(lines[k].rstrip()) >= _FULL * width for k in block)
        if block and not full and not started:
            own.update(block)  # the title page
        elif block and full and paragraphs:
            own.update(block)
        started = started or full
        block.clear()
    for k, line in enumerate(lines):
        if not line.strip() or FORM_FEED in line:
            close()
        else:
            block.append(k)
    close()
    own |= table_line_numbers(lines, width)  # a table's, a figure's, a printout's cells, one a line
    affiliation = False
    for k, line in enumerate(lines):
        if FORM_FEED in line:
            affiliation = False
        if _AFFILIATION.match(line):
            affiliation = True
        stripped = line.strip()
        if (affiliation or (stripped and not _WORD.search(stripped)) or _CAPTION.match(line)
                or heading(lines, k, width)):
            own.add(k)
    return frozenset(own)


def heading(lines: list[str], k: int, width: int) -> bool:
    """A numbered section heading (`1 Introduction`, `2.3. Results`), or a short line (six words at
    most, no sentence mark at its end) right over a paragraph's line at the text's width."""
    line = lines[k].strip()
    if not line or len(line.split()) > 6:
        return False
    if _NUMBERED_HEADING.match(line):
        return True
    below = lines[k + 1] if k + 1 < len(lines) else ""
    return not _SENTENCE_END.search(line) and len(below.rstrip()) >= _FULL * width and line[:1].isupper()


def own_span(text: str, start: int, end: int, paragraphs: bool = True, page: int | None = None) -> bool:
    """Whether every non-blank line of text[start:end] is the paper's own (`own_line_numbers`)."""
    own = own_line_numbers(text, paragraphs, page)
    if not own:
        return False
    first = text.count("\n", 0, start)
    piece = text[start:end].rstrip("\n")
    return all(first + k in own or not line.strip() for k, line in enumerate(piece.split("\n")))


def section_heading(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one line that is a paper's numbered section heading over its
    section (`1 Introduction`, `2.3. Results`): under a blank line, the next line a paragraph's
    (eight words or more), the line not the text's first (a page's running head with its number: `2 Order-restricted
    Scores Test` over a blank line). In any text, a PDF's pages one record each included."""
    line = text[start:end].strip()
    if "\n" in line or not _NUMBERED_HEADING.match(line) or not text[:start].strip():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    if above.strip():
        return False  # a heading stands under a blank line
    below_start = text.find("\n", end)
    if below_start < 0:
        return False
    below_end = text.find("\n", below_start + 1)
    below = text[below_start + 1:len(text) if below_end < 0 else below_end]
    return len(below.split()) >= 8


def line_in_block(text: str, start: int, end: int) -> bool:
    """Whether text[start:end] is one line of a PDF's text (`paginated`) with a line of text
    right above or below it (no blank line, no page break between): a line of its block (an
    example's `Input class: …` among its other fields, an R call's argument line), no paragraph
    of its own; a running head stands between blank lines."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    line_end = len(text) if line_end < 0 else line_end
    if end > line_end + 1 or not paginated(text):
        return False
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)] if line_start else ""
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1:len(text) if below_end < 0 else below_end] if line_end < len(text) else ""
    return any(line.strip() and FORM_FEED not in line for line in (above, below)) and FORM_FEED not in text[line_start:line_end]
