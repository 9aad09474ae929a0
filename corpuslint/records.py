"""A file of records in the `fortune` format: each record (a quotation, a poem, a song) closed by a
line that is only `%` (`%%` in some collections).

Two rule families ask it: CL140 leaves such a file alone (no page's furniture around an article:
`pageshape.records`), and CL402/CL403 read a line shared by two of its records, or said again in
one record of verse, as each record's own (`bios/refrains.py`). The format's mark sits here, below
both, read two ways, each as its caller measured it:

- by its lines (`closed_records`; CL140): `RECORDS` records or more of two lines or more, each closed
  by the same separator line (`%` or `%%`) with a line flush above and below it (a chart's `%` label
  on a page stands between blank lines);
- by its text (`record_marks`; CL402/CL403, which need where each record stands): `MARKS` lines that
  are only `%` or more, the text opening with a record, not LaTeX (a source's lone `%` lines between
  its sections are spacers, review23 #5), most records shorter than `RECORD_MEDIAN` characters.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Protocol

import regex

__all__ = ["MARK", "MARKS", "RECORDS", "RECORD_MEDIAN", "closed_records", "record_marks", "separator"]

RECORDS = 3  # records closed by one separator line: a file of records (its lines read)
_SEPARATOR = re.compile(r"%%?")  # fortune's `%`, and `%%`

MARK = "\n%\n"  # the record mark as the text reading finds it: a line that is only `%`
MARKS = 3  # a file of records: this many marks or more (four records)
RECORD_MEDIAN = 1000  # characters: most records of a fortune file are short
# a LaTeX command (`\section{Method}`, `\begin{table}`, `\cite[p. 3]{x}`): a source's `%` lines are spacers
_LATEX = regex.compile(r"\\[A-Za-z]+\*?[{\[]")


class Numbered(Protocol):
    """A non-blank line as `closed_records` reads it (the boilerplate family's `linefeatures.Line` is one)."""

    @property
    def number(self) -> int: ...  # 1-based, blank lines counted
    @property
    def text(self) -> str: ...  # stripped


def separator(text: str) -> bool:
    """The (stripped) line is a record's separator (`%`, `%%`)."""
    return len(text) <= 2 and _SEPARATOR.fullmatch(text) is not None


def closed_records(lines: Sequence[Numbered]) -> bool:
    """`RECORDS` records or more of two lines or more, each closed by the same separator line with a
    line right above and below it (the module's doc)."""
    closed: dict[str, int] = {}
    since = 0  # lines since the last separator
    for k, line in enumerate(lines):
        text = line.text
        if not separator(text):
            since += 1
            continue
        if (since >= 2 and lines[k - 1].number == line.number - 1
                and (k + 1 == len(lines) or lines[k + 1].number == line.number + 1)):
            closed[text] = closed.get(text, 0) + 1
            if closed[text] >= RECORDS:
                return True
        since = 0
    return False


@lru_cache(maxsize=8)
def record_marks(text: str) -> tuple[int, ...]:
    """Where the record marks of a file of records start, or () for a text that is none (a str's
    hash is kept: one scan per text; the module's doc)."""
    found, at = [], text.find(MARK)
    while at >= 0:
        found.append(at)
        at = text.find(MARK, at + 1)
    if len(found) < MARKS or text.lstrip().startswith("\\") or _LATEX.search(text) is not None:
        return ()
    sizes = sorted(b - a for a, b in zip([0, *found], [*found, len(text)]))
    return tuple(found) if sizes[len(sizes) // 2] < RECORD_MEDIAN else ()
