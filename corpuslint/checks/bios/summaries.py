"""A summary and its sections: a row of a block that lists the text's parts (an options listing,
`:   -name         Instance name for Xrdb and WM_CLASS` among zutty's `-help` output) given again
alone, over the paragraph that section gives the part (tester25 #3: CL402's safe fix took three
option heads out of zutty's USAGE, each left a description of nothing).

A scraper's copy is a paragraph given again; a section's head is one line standing alone, a
paragraph of its own under it, and its first copy is one row among the rows of a block. When two
rows of one block or more each head a section of their own further on, the block is a summary of
the sections: each head is the text's own, no copy. One such row alone may still be a teaser's
headline given again over its story: its fix needs a person.
"""

from __future__ import annotations

import regex

from corpuslint.checks.bios.units import SENTENCE_ENDS, next_paragraph, paragraph_at, per_text

_ROWS = 3  # a summary: a block of this many lines or more
_HEAD_CHARS = 80  # a head, a listing's row: one short line (a terminal's width)
_SECTIONS = 2  # rows of one block, each heading a section of its own further on: a summary of the sections


def _key(line: str) -> str:
    """A line as a summary row and a section's head are compared: its words, the spacing between left out
    (a listing aligns its columns, a section's head has its own)."""
    return " ".join(line.split())


def _lone_lines(text: str) -> dict[str, list[int]]:
    """Where the text's one-line paragraphs start (a blank line or an edge above and below), by `_key`.
    Read once per text (a memo): every copy of a text asks of the same lines."""
    memo = per_text(text, "lone-lines")
    if "lines" not in memo:
        lines: dict[str, list[int]] = {}
        rows = text.split("\n")
        at = 0
        for i, row in enumerate(rows):
            if row.strip() and (i == 0 or not rows[i - 1].strip()) and (i + 1 == len(rows) or not rows[i + 1].strip()):
                lines.setdefault(_key(row), []).append(at)
            at += len(row) + 1
        memo["lines"] = lines
    return memo["lines"]


def _block(text: str, earlier: tuple[int, int]) -> tuple[tuple[int, int], set[str]] | None:
    """The block holding the earlier copy and its rows' keys, when it has `_ROWS` lines or more."""
    block = paragraph_at(text, earlier[0])
    rows = {_key(row) for row in text[block[0]:block[1]].split("\n") if row.strip()}
    return (block, rows) if len(rows) >= _ROWS else None


def _over_own_paragraph(text: str, start: int, rows: set[str]) -> bool:
    """The line at `start` stands alone over a paragraph that is not a row of the summary (a list
    laid out again a row a paragraph is the list given again, not its sections)."""
    line = (start, _line_end(text, start))
    if paragraph_at(text, start) != line:
        return False
    below = next_paragraph(text, line, 1)
    return below is not None and _key(text[below[0]:_line_end(text, below[0])]) not in rows


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def heads_its_section(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The earlier copy is a row of a block of `_ROWS` lines or more, the later one a head (a short
    line closing no sentence) alone over a paragraph of its own: a summary's row and its section's
    head, or a teaser's headline given again over its story (the fix is unsafe). A sentence given
    again is no head: a scraped page's paragraphs, one a line, keep their copies' safe fix."""
    head = text[later[0]:later[1]].strip()
    if "\n" in head or len(head) > _HEAD_CHARS or head.endswith(SENTENCE_ENDS):
        return False
    found = _block(text, earlier)
    return found is not None and later[0] >= found[0][1] and _over_own_paragraph(
        text, text.rfind("\n", 0, later[0]) + 1, found[1])


def summary_of_sections(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """`heads_its_section`, and `_SECTIONS` rows of the earlier copy's block or more each stand alone
    over a paragraph of its own further on: the block sums up the sections, each head is its section's own."""
    if not heads_its_section(text, earlier, later):
        return False
    (_, block_end), rows = _block(text, earlier)
    lone = _lone_lines(text)
    heads = sum(1 for row in rows if any(start >= block_end and _over_own_paragraph(text, start, rows)
                                         for start in lone.get(row, ())))
    return heads >= _SECTIONS


_EDGE_MARKS = regex.compile(r"^\W+|\W+$")  # a headword's marks: the Jargon File's `:YMMV:`
_INDEX_LOOK = 40  # entries of an index looked at on each side of the copy


def _one_line(text: str, span: tuple[int, int]) -> str | None:
    """The paragraph `span`'s text if it is one short line, else None."""
    row = text[span[0]:span[1]].strip()
    return row if "\n" not in row and len(row) <= _HEAD_CHARS else None


def index_and_head(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The earlier copy is an entry of an index laid out an entry a paragraph (a run of `_ROWS` short
    one-line paragraphs or more), the later one a headword alone over a paragraph of its own, and
    `_SECTIONS` entries of that index or more open such a head further on: the Jargon File's index of
    its chunk's entries (`You know you've been hacking too long when`) and the entry's headword
    (`:You know you've been hacking too long when:`, tester26). The index lists the entries; each
    headword is its entry's own."""
    later_block = paragraph_at(text, later[0])
    head = _one_line(text, later_block)
    if head is None or (below := next_paragraph(text, later_block, 1)) is None or _one_line(text, below) is not None:
        return False
    block = paragraph_at(text, earlier[0])
    if _one_line(text, block) is None or block[1] > later[0]:
        return False
    entries, edge = [], block
    for step in (-1, 1):
        near = block
        for _ in range(_INDEX_LOOK):
            near = next_paragraph(text, near, step)
            if near is None or (row := _one_line(text, near)) is None:
                break
            entries.append(row)
            if step > 0:
                edge = near  # (the heads are looked for past the index's last entry)
    if len(entries) + 1 < _ROWS:
        return False
    heads = 0
    for entry in dict.fromkeys(_EDGE_MARKS.sub("", row) for row in entries):
        if entry and _heads_a_paragraph(text, entry, edge[1]):
            heads += 1
            if heads >= _SECTIONS:
                return True
    return False


def _heads_a_paragraph(text: str, entry: str, start: int) -> bool:
    """A one-line paragraph after `start` is `entry` set off by marks, its words after them (`:YMMV: //, cav.`),
    over a paragraph of its own: a headword. A line that goes on with words (`Seascape: the state of our
    oceans is supported by`, a sponsor's line under a Guardian page's series name) is none."""
    for found in regex.finditer(r"(?m)^[ \t]*[^\w\s]*" + regex.escape(entry) + r"(?=[^\w\s]|[ \t]*$)", text,
                                pos=start):
        block = paragraph_at(text, found.end() - 1)
        if _one_line(text, block) is not None and (below := next_paragraph(text, block, 1)) is not None \
                and _one_line(text, below) is None:
            return True
    return False
