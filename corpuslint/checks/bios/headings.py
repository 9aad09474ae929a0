"""Copies that are a plain text's own structure, not a scraper's: a section's title given again, and
one sentence said in two entries of a reference, each under its own term.

A paper converted to plain text (pandoc's plain writer: JSS papers, tester33) sets each section's title
on a line alone, a few words closing no sentence, over its paragraphs; its appendix names a section
again over that section's code (`Testing and dating structural changes in the presence of
heteroskedasticity and autocorrelation` at lines 441 and 571 of sandwich.txt). In a text with several
such titles over prose, two copies of one are each a section's head (`heading_given_again`). A
scraped story has its headline at the top and no titles over its paragraphs: its headline given
again stays a copy.

An Info manual describes each command under its term, indented (sed's `‘a\’` / `‘TEXT’` and `‘i\’` /
`‘TEXT’` each say "As a GNU extension, this command accepts two addresses."): a sentence said under two
different terms is each entry's own (`under_other_terms`).
"""

from __future__ import annotations

from corpuslint.checks.bios.units import CLOSING, SENTENCE_ENDS, per_text
from corpuslint.textlines import opening_indent

HEADING_WORDS = 16  # a title's words at most
HEADINGS_IN_TEXT = 3  # other titles over prose: the text is sectioned by plain titles
PROSE_WORDS = 20  # a paragraph of prose under a title: this many words, closing a sentence
TERM_LINES = 3  # a term's lines above its indented text, at most (`‘a\’` over `‘TEXT’`)


def _lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of every line of `text`."""
    spans, at = [], 0
    for row in text.split("\n"):
        spans.append((at, at + len(row)))
        at += len(row) + 1
    return spans


def _title(row: str) -> bool:
    """A line shaped as a title: a few words, opening with a capital or a number, closing no sentence
    nor a lead-in (`Load real interest series:`)."""
    words = row.split()
    stripped = row.strip().rstrip(CLOSING)
    return (0 < len(words) <= HEADING_WORDS and (stripped[:1].isupper() or stripped[:1].isdigit())
            and not stripped.endswith(SENTENCE_ENDS) and not stripped.endswith((":", ",", ";")))


def _titles_over_prose(text: str) -> int:
    """How many lines of `text` stand alone (blank lines around), shaped as titles, over a paragraph
    of prose (PROSE_WORDS words or more, closing a sentence)."""
    memo = per_text(text, "titles")
    if "count" in memo:
        return memo["count"]
    rows = text.split("\n")
    spans = _lines(text)
    count = 0
    for i, row in enumerate(rows):
        if not _title(row) or (i > 0 and rows[i - 1].strip()) or (i + 1 < len(rows) and rows[i + 1].strip()):
            continue
        if _heads_prose(text, spans[i][1]):
            count += 1
            if count > HEADINGS_IN_TEXT:
                break
    memo["count"] = count
    return count


def _alone(text: str, start: int, end: int) -> bool:
    """The unit at start..end is one line with a blank line (or the text's edge) above and below."""
    if "\n" in text[start:end]:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)] if line_start else ""
    below_end = text.find("\n", line_end + 1)
    below = text[line_end + 1:len(text) if below_end < 0 else below_end] if line_end < len(text) else ""
    return not above.strip() and not below.strip()


def heading_given_again(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether both copies are a section's title: each a line alone shaped as a title (`_title`), the
    first not the text's opening line (a headline), text between them (not a line pasted twice in a row),
    in a text with more than HEADINGS_IN_TEXT titles over prose."""
    if not all(_alone(text, *span) and _title(text[span[0]:span[1]]) for span in (earlier, later)):
        return False
    if not text[:earlier[0]].strip() or not text[earlier[1]:later[0]].strip():
        return False  # a headline at the top given again, or a line pasted twice in a row: a scraper's copy
    return _titles_over_prose(text) > HEADINGS_IN_TEXT


def _heads_prose(text: str, end: int) -> bool:
    """The paragraph under the line ending at `end` is prose: PROSE_WORDS words or more, closing a sentence."""
    rows = text[end:].lstrip("\n \t").split("\n")
    para = []
    for row in rows:
        if not row.strip():
            break
        para.append(row.strip())
    below = " ".join(para)
    return len(below.split()) >= PROSE_WORDS and below.rstrip(CLOSING).endswith(SENTENCE_ENDS)


def _term_above(text: str, start: int) -> str | None:
    """The term a unit indented at `start` describes: the lines indented less right above its block
    (its paragraph and the blank lines and paragraphs indented as it is, up to TERM_LINES lines of the
    term) with the entry's first line right under it, or None where the unit is not indented, no term
    stands above, or a blank line parts it from its text (a section's heading over a text browser's
    indented prose: lynx's `Naampa 1`)."""
    indent = opening_indent(text, start)
    if indent == 0:
        return None
    end = start - indent - 1  # (the line above's end)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        row = text[begin:end]
        if row.strip() and len(row) - len(row.lstrip()) < indent:
            below = text[end + 1:text.find("\n", end + 1)] if text.find("\n", end + 1) > 0 else ""
            if not below.strip():
                return None  # a heading over a blank line and indented prose (lynx's), no definition's term
            term = [row.strip()]
            end = begin - 1
            while end > 0 and len(term) < TERM_LINES:
                begin = text.rfind("\n", 0, end) + 1
                row = text[begin:end]
                if not row.strip() or len(row) - len(row.lstrip()) >= indent:
                    break
                term.append(row.strip())
                end = begin - 1
            return "\n".join(reversed(term))
        end = begin - 1
    return None


def under_other_terms(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether the copies are indented under two different terms, each closing no sentence: one sentence
    said in two entries of a reference (sed's `a` and `i` commands), each entry's own."""
    first, second = _term_above(text, earlier[0]), _term_above(text, later[0])
    if not first or not second or first == second:
        return False
    return not any(term.rstrip(CLOSING).endswith(SENTENCE_ENDS) for term in (first, second))
