"""A record that is one page of a printed document: a PDF stored a page a record.

Corpora built for language models often keep a PDF as one JSONL record per page (`{"text": page,
"page": 3, "doc": "paper.pdf"}`): no form feed is left between the pages, so a page's text is not
`pdftext.paginated` by its shape alone, and its running head recurs record after record. What
says that a record is a page is its metadata: a page number field (`page`, `page_number`,
`page_no`, `pageno`, `page_idx`: a whole number, or digits), not its text. On such a page, a
short line repeated across pages is furniture only at the page's top or bottom (`at_page_edge`),
and a running head by its shape (`running_head`) is safe to remove: a line inside the page that
other pages repeat is a table's cell, a printout's header (`Call:`, `Estimate Std. Error`).
"""

from __future__ import annotations

import re
from typing import Any

__all__ = ["PAGE_FIELDS", "at_page_edge", "page_number", "running_head"]

PAGE_FIELDS = ("page", "page_number", "page_num", "page_no", "pageno", "page_idx", "page_index")


def page_number(metadata: dict[str, Any] | None) -> int | None:
    """The page number a record's metadata gives it (the first of `PAGE_FIELDS` that is a whole
    number or a string of digits), or None: no page of a printed document."""
    if not metadata:
        return None
    for name in PAGE_FIELDS:
        value = metadata.get(name)
        if isinstance(value, bool):
            continue
        if isinstance(value, int):
            return value
        if isinstance(value, str) and value.strip().isdigit():
            return int(value)
    return None


_EDGE_LINES = 2  # non-blank lines at a page's top and at its bottom: its running head and its number
_HEAD_WORDS = 12  # a running head: a title, the authors, a chapter's name
_NUMBER_ALONE = re.compile(r"^\s*(?:[-–—]\s*)?\d{1,4}(?:\s*[-–—])?\s*$")
_NUMBER = re.compile(r"(?<![\d.])\d{1,4}(?![\d.])")
_ADDRESS = re.compile(r"@|://|\bwww\.|\bURL\b|\bE-?mail\b", re.IGNORECASE)
_NUMBER_BESIDE = re.compile(r"^\s*\d{1,4}\s{1,}\S|\S\s{1,}\d{1,4}\s*$")  # `2 Order-restricted …`, `… Tests 17`


def _edges(text: str) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The (start, end) of a page's first and of its last `_EDGE_LINES` non-blank lines."""
    spans = []
    start = 0
    for line in text.split("\n"):
        if line.strip():
            spans.append((start, start + len(line)))
        start += len(line) + 1
    return spans[:_EDGE_LINES], spans[::-1][:_EDGE_LINES]


def at_page_edge(text: str, start: int) -> bool:
    """Whether the line holding `start` is one of a page's first or last `_EDGE_LINES` non-blank
    lines: where a page's running head, its foot and its number stand."""
    top, bottom = _edges(text)
    return any(a <= start <= b for a, b in top + bottom)


def running_head(text: str, start: int, end: int, page: int) -> bool:
    """Whether text[start:end] is a running head of the page record numbered `page` by its shape:
    one line of `_HEAD_WORDS` words at most, no address (an author's `E-mail:`, `URL:` are the
    paper's), at the page's top with the page's number on it (`2 Order-restricted Scores Test`)
    or alone on the top's other line (`2` over it); at the bottom only with the number on its line
    (`Journal of Statistical Software 17`): a number alone under a page's last line is as often a
    table's last cell. The number is the record's page (or the next, pages counted from 0):
    `1 Introduction` on page 2, `Chapter 2` on page 40 are headings, not heads."""
    piece = text[start:end].strip()
    if not piece or "\n" in piece or len(piece.split()) > _HEAD_WORDS or _ADDRESS.search(piece):
        return False

    def numbered(line: str) -> bool:
        return any(int(n) - page in (0, 1) for n in _NUMBER.findall(line))
    top, bottom = _edges(text)
    for edge, alone in ((top, True), (bottom, False)):
        here = [k for k, (a, b) in enumerate(edge) if a <= start <= b]
        if not here:
            continue
        line = text[edge[here[0]][0]:edge[here[0]][1]]
        others = [text[a:b] for k, (a, b) in enumerate(edge) if k != here[0]]
        if (_NUMBER_BESIDE.search(line) and numbered(line)) or alone and any(
                _NUMBER_ALONE.match(other) and numbered(other) for other in others):
            return True
    return False
