"""A copy that is part of an entry: the same words in two entries of a reference, each entry's own.

An API reference (a module's docstrings, a manual's list of functions) says the same sentence in
two entries on purpose: `sysconfig`'s "A dictionary containing name/value pairs is returned. ..."
under "Parse a Makefile-style file." and again under "Parse a config.h-style file.", `linecache`'s
"Update the cache if it doesn't contain an entry for this file already." closing two functions'
paragraphs that open with other sentences (tester25 #7). Removing one copy leaves that entry without
its description. A scraper's copy is a block given again whole, or given again under the same
line; these copies stand each under a head of its own, so which one is "the copy" is a person's
call: the fix is unsafe.
"""

from __future__ import annotations

from corpuslint.checks.bios.units import CLOSING, SENTENCE_ENDS, next_paragraph
from corpuslint.textutil import paragraph_at

HEAD_WORDS = 10  # an entry's head: one line of this many words at most (a function's summary line)
REST_WORDS = 4  # the words of a paragraph's other sentences at least (`Show caption` beside a caption is a label)


def _rows(text: str, span: tuple[int, int]) -> list[tuple[int, int, str]]:
    """The non-blank lines of `span`: (start, end, the line stripped)."""
    out, at = [], span[0]
    for line in text[span[0]:span[1]].split("\n"):
        if line.strip():
            lead = len(line) - len(line.lstrip())
            out.append((at + lead, at + len(line.rstrip()), line.strip()))
        at += len(line) + 1
    return out


def _head(text: str, block: tuple[int, int], copy: tuple[int, int]) -> str | None:
    """The paragraph right above `block` when it is one short line (an entry's head), else None;
    None too where it is the other `copy` (a note given twice in a row)."""
    above = next_paragraph(text, block, -1)
    if above is None or above[0] < copy[1] and copy[0] < above[1]:
        return None
    rows = _rows(text, above)
    if len(rows) != 1 or len(rows[0][2].split()) > HEAD_WORDS:
        return None
    return rows[0][2]


def under_own_heads(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy is a whole paragraph right under a one-line paragraph (`HEAD_WORDS` words at most),
    the two heads differ but open with the same word (two entries' summary lines: `Parse a
    Makefile-style file.`, `Parse a config.h-style file.`), and more than the later's head stands
    between the copies: one description under two entries (`sysconfig`). A paragraph given again
    right under itself with a line between (`As the FAQ explains.`) is a copy."""
    heads = []
    for span, other in ((earlier, later), (later, earlier)):
        block = paragraph_at(text, span[0])
        rows = _rows(text, block)
        if not rows or rows[0][0] < span[0] or rows[-1][1] > span[1]:
            return False  # the copy is not its paragraph whole
        head = _head(text, block, other)
        if head is None:
            return False
        heads.append(head)
    later_head = next_paragraph(text, paragraph_at(text, later[0]), -1)
    between = next_paragraph(text, later_head, -1) if later_head else None
    if between is None or between[0] < earlier[1]:
        return False  # copy, a line, copy: the paragraph given again right under itself, a line between
    first = [head.split()[0].casefold() for head in heads]
    return heads[0] != heads[1] and first[0] == first[1]  # two entries' heads, alike (`Parse a …`)


def in_other_paragraphs(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy is a sentence of a paragraph that holds other lines (its lines whole: the line above
    it, if any, closes its sentence, the copy closes its own), those lines a sentence or more of
    `REST_WORDS` words, and the two paragraphs' other lines differ: one sentence in two entries whose
    other sentences are their own (`linecache`). A caption given again over the story's next sentence
    has a label beside its first copy (`Show caption`, fnc1-train-1832): a copy as before."""
    others = []
    for span in (earlier, later):
        rows = _rows(text, paragraph_at(text, span[0]))
        inside = [r for r in rows if span[0] <= r[0] and r[1] <= span[1]]
        rest = [r[2] for r in rows if r[1] <= span[0] or span[1] <= r[0]]
        if not inside or not rest or len(inside) + len(rest) != len(rows):
            return False  # the copy is its paragraph whole, or cuts a line
        if not inside[-1][2].rstrip(CLOSING).endswith(SENTENCE_ENDS):
            return False
        above = [r for r in rows if r[1] <= span[0]]
        if above and not above[-1][2].rstrip(CLOSING).endswith(SENTENCE_ENDS):
            return False  # the copy goes on with a sentence opened above it
        if len(" ".join(rest).split()) < REST_WORDS or not rest[-1].rstrip(CLOSING).endswith(SENTENCE_ENDS):
            return False  # a label beside the copy (a caption's `Show caption`), no sentence of an entry
        others.append(rest)
    return others[0] != others[1]


ENTRY_PART = ("the copies stand in two entries, each under a head of its own (an API's summary line, a paragraph's "
              "other sentences): the same words said in each entry, which one is a copy is a person's call")
