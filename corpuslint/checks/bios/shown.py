"""Copies a documentation page shows on purpose, which CL402's fix must never remove (tester30):
an example given again right under itself as its source (DokuWiki's syntax page: each construct
rendered at the margin, then indented as the preformatted text that writes it), two sections'
near-copies (`mkdocs build`'s options table and `mkdocs gh-deploy`'s fuller one, each under its
command's heading), and a line that is half of a sentence its block goes on with (AsciiDoc's
`which allows mailmap to replace both the name and the email of a` / `commit matching …`).
Found by shape: indents, headings, a sentence left open; never by words."""

from __future__ import annotations

import bisect
import functools
from itertools import islice

import regex

from corpuslint.checks.bios.authored import heading_between
from corpuslint.checks.bios.units import CLOSING, SENTENCE_ENDS
from corpuslint.checks.bios.whole import OPEN_END, LOWER_WORD
from corpuslint.models import Document
from corpuslint.textlines import indent_columns, lines_above


def _lines(text: str, start: int, end: int) -> list[str]:
    """The non-blank lines of start..end, each whole (with its indent)."""
    line_start = text.rfind("\n", 0, start) + 1
    return [row for row in text[line_start:end].split("\n") if row.strip()]


def _paragraph_after(text: str, end: int) -> str | None:
    """The first line of the paragraph after the one ending at `end`, when a blank line parts them
    (None at the text's end or when the paragraph goes on)."""
    stop = text.find("\n", end)
    if stop == -1:
        return None
    rows = text[stop + 1:stop + 2000].split("\n")
    if not rows or rows[0].strip():
        return None
    return next((row for row in rows if row.strip()), None)


def shown_examples(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> str:
    """How the copies are examples a page shows, each its own, or "": an example and its source
    right under it (`source_under_example`), or a line of two preformatted blocks (`in_margin_block`:
    two front-matter examples, each with its document's first paragraph)."""
    if source_under_example(text, earlier, later):
        return "an example and, right under it, its source, indented"
    if in_margin_block(text, earlier[0]) and in_margin_block(text, later[0]):
        return "lines of two preformatted examples"
    if in_code_block(text, earlier[0]) != in_code_block(text, later[0]):
        return "an example's source in a code block and what it shows, outside"
    return ""


_CODE_OPENS = regex.compile(r"[ \t]*<(?:code|file|pre)\b[^>\n]*>[ \t]*$", regex.I)
_CODE_CLOSES = regex.compile(r"[ \t]*</(?:code|file|pre)>[ \t]*$", regex.I)
_FENCE = regex.compile(r"[ \t]{0,3}(?:```|~~~)")


def in_code_block(text: str, start: int) -> bool:
    """The line at `start` stands in a code block a markup writes around it: between a line that opens
    one (DokuWiki's `<code>` or `<file>`, HTML's `<pre>`) and its closing line, or inside a Markdown
    fence (an odd number of fence lines above it). A page that shows a construct's source in such a
    block and what it renders outside (DokuWiki's `<html>` example) holds both as its content, and a
    fix that took the copy in the block would change code."""
    line_start = text.rfind("\n", 0, start) + 1
    if bisect.bisect_left(_fence_lines(text), line_start) % 2:
        return True
    if text.find("<", 0, line_start) == -1:
        return False
    for row in islice(lines_above(text, line_start), _BLOCK_LOOK_UP):
        if _CODE_CLOSES.match(row):
            return False
        if _CODE_OPENS.match(row):
            return True
    return False


@functools.lru_cache(maxsize=4)
def _fence_lines(text: str) -> tuple[int, ...]:
    """The starts of the text's Markdown fence lines, in order (CL402 asks of each copy how many stand
    above it: read once a text, not once a copy)."""
    if "```" not in text and "~~~" not in text:
        return ()
    starts, at = [], 0
    for row in text.split("\n"):
        if _FENCE.match(row):
            starts.append(at)
        at += len(row) + 1
    return tuple(starts)


_SAID_BETWEEN = 8  # lines between an example and its source: a sentence or two saying what follows, other examples


def source_under_example(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The later copy is the earlier given again under it (blank lines between, or a few lines: `This
    is how it looks in the source:`, the block's other examples) as an indented block, where the
    text's prose stands at the margin: the earlier copy and the paragraph after the later one open at
    column 0. A markup language's syntax page shows each example rendered, then as the preformatted
    source that writes it (DokuWiki's two-space block, Markdown's four): both are the page's content.
    (A text browser's dump sets its prose deeper than the margin: its pull quote or teaser title set
    deeper still is not this shape.)"""
    between = text[earlier[1]:later[0]]
    if between.count("\n") < 2 or len([row for row in between.split("\n") if row.strip()]) > _SAID_BETWEEN:
        return False
    first, second = _lines(text, *earlier), _lines(text, *later)
    if not first or not second or indent_columns(first[0]) != 0:
        return False
    if any(indent_columns(row) == 0 for row in second):
        return False
    after = _paragraph_after(text, later[1])
    return after is None or indent_columns(after) == 0


_BLOCK_LOOK_UP = 60  # lines walked up through a preformatted block to the prose leading into it


_PROSE_WORDS = 4  # a line of prose: this many words at least, most of them of letters (not `echo -0x7f -0o36`)


def _prose(row: str) -> bool:
    words = row.split()
    return len(words) >= _PROSE_WORDS and sum(w.strip(".,;:!?()'\"").isalpha() for w in words) >= 0.75 * len(words)


def in_margin_block(text: str, start: int) -> bool:
    """The line at `start` stands at the margin in a preformatted block a text browser's dump shows
    (lynx: the prose indented, a `<pre>` at the margin, right under the prose line that leads into it,
    no blank line between: `   … like this:` over `Title:   My Document`): walking up through the
    block's lines (at the margin, blank, or its own indented ones), the first line of indented prose
    has the block's first line right under it, at the margin."""
    line_start = text.rfind("\n", 0, start) + 1
    if start != line_start:
        return False
    below = ""  # the line walked from
    for row in islice(lines_above(text, line_start), _BLOCK_LOOK_UP):
        if row.strip() and indent_columns(row) >= 2 and _prose(row):
            return bool(below.strip()) and indent_columns(below) == 0
        below = row
    return False


def cut_mid_sentence(text: str, start: int, end: int) -> bool:
    """The unit at start..end is one line that leaves its sentence open (it ends on a comma or a
    word no sentence ends with) and the line right under it goes on with that sentence in lower
    case: half of a sentence its block wraps (AsciiDoc's paragraphs between `--` lines, no blank
    line to part them), not a paragraph a copy of which could be removed."""
    if text.find("\n", start, end) != -1 or not text.startswith("\n", end):
        return False
    unit = text[start:end].rstrip()
    if unit.rstrip(CLOSING).endswith(SENTENCE_ENDS) or OPEN_END.search(unit) is None:
        return False
    stop = text.find("\n", end + 1)
    below = text[end + 1:stop if stop != -1 else len(text)].strip()
    return LOWER_WORD.match(below) is not None


# a reference entry's head names a command or an option as typed (`mkdocs gh-deploy`, `name`, `site_dir`), in
# lower case, a permalink mark after it; a news page's section title (`Portrait of personalities`) is words
_ENTRY_HEAD = regex.compile(r"[a-z][\w.-]*(?: [a-z][\w.-]*){0,2}[^\w\s]?")
_HEADING_CHARS = 60  # a heading names its section in a few words (`mkdocs gh-deploy`, `name`)


def _margin_heading_between(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """A text browser's dump sets its prose indented and its headings at the margin, alone between
    blank lines: a reference entry's head (`_ENTRY_HEAD`) stands so between the copies, whose lines
    are both the prose's."""
    if not all(indent_columns(_lines(text, *span)[0]) > 0 for span in (earlier, later)):
        return False
    rows = text[earlier[1]:later[0]].split("\n")
    for k in range(1, len(rows) - 1):
        row = rows[k]
        if (_ENTRY_HEAD.fullmatch(row.strip()) and indent_columns(row) == 0 and len(row) <= _HEADING_CHARS
                and not rows[k - 1].strip() and not rows[k + 1].strip()
                and not row.rstrip(CLOSING).endswith(SENTENCE_ENDS)):
            return True
    return False


# a numbered section's title on a line of its own: `§3 Grant of patent license`, `5.3.2. REDISTRIBUTION OF MODIFIED
# SOFTWARE`, `Article 4 - Obligations`, `Section 2.1 Definitions`; a few words, closing no sentence
_NUMBERED_TITLE = regex.compile(
    r"[ \t]*(?:§[ \t]*\d{1,3}|(?:(?i:article|section|clause|art\.)[ \t]+)?\d{1,2}(?:\.\d{1,2})*\.?)"
    r"[ \t]+(?:[-–—:][ \t]+)?\p{Lu}[^\n]{0,80}")
_TITLE_WORDS = 12


def _numbered_title_between(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """A numbered section's title (`_NUMBERED_TITLE`) opens a paragraph between the copies (under a blank line,
    over a blank line or its clause's text, not over another numbered line: a list's items): a
    licence's clauses (OLFL's `§2 Grant of usage rights` and `§3 Grant of patent license` open alike, CECILL's
    5.3.1 and 5.3.2 each close with their own redistribution terms; tester33 B2)."""
    rows = text[earlier[1]:later[0]].split("\n")
    for k in range(1, len(rows) - 1):
        row = rows[k]
        if (not rows[k - 1].strip() and len(row.split()) <= _TITLE_WORDS and _NUMBERED_TITLE.fullmatch(row.rstrip())
                and not row.rstrip(CLOSING).endswith(SENTENCE_ENDS) and not _NUMBERED_TITLE.match(rows[k + 1])):
            return True
    return False


def own_sections(doc: Document, copy) -> bool:
    """Two near-copies (not the same words) with a heading between them: each section's own text,
    differing in what names that section's subject (two commands' options tables, two themes'
    option docs, two clauses of a licence under their numbered titles). Which one the text needs is no
    shape's to decide; the finding stays, its fix goes."""
    return copy.kind in ("near", "run") and not (copy.caption or copy.in_text) and (
        heading_between(doc, copy.earlier, copy.later) or _margin_heading_between(doc.text, copy.earlier, copy.later)
        or _numbered_title_between(doc.text, copy.earlier, copy.later))
