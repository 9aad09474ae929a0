"""A repeated line that is part of a wrapped sentence: CL151 removes it only with its whole paragraph, never
alone (tester34 U1: Debian descriptions wrap at 75 columns, and a line their siblings share, `ease of use.`,
`(SLAM), computer vision, and motion planning (obstacle avoi…`, was cut out of its paragraph, leaving "The main
goals of MySQL are speed, robustness and"). A template's line (a menu entry, a footer's notice) stands on its
own: the line above it ends its sentence or is no prose, and it ends its own or has no line right under it.
"""

from __future__ import annotations

import regex

from corpuslint.checks.metadata.continuation import RUNS_ON, leaves_sentence_open
from corpuslint.textlines import lines_above

SHORT_WORDS = 3  # a sentence's opening words, at least, over a line that goes on in lower case
WORD = regex.compile(r"\p{L}[\p{L}'’-]*")
BULLET = regex.compile(r"[ \t]*(?:[*•·+-]|\d{1,3}[.)])[ \t]")  # a list's item: its own unit, no sentence's part
LOWER_WORD = regex.compile(r"[ \t]*\p{Ll}[\p{L}'’-]*[ \t,]")  # a word in lower case, then a space (not an address)


def _line_above(text: str, start: int) -> str | None:
    """The line right above the line at `start` (None: the text's first line or a blank line between)."""
    above = next(lines_above(text, start), None)
    return above if above is not None and above.strip() else None


def _line_below(text: str, end: int) -> str | None:
    """The line right under the line ending at `end` (None: the text's last line or a blank line between)."""
    line_end = text.find("\n", end)
    if line_end == -1:
        return None
    stop = text.find("\n", line_end + 1)
    below = text[line_end + 1:len(text) if stop == -1 else stop]
    return below if below.strip() else None


def in_wrapped_sentence(text: str, start: int, end: int) -> bool:
    """Whether the lines `text[start:end]` begin inside a sentence that the line right above leaves open, or
    leave their own sentence open over a line right under them (`leaves_sentence_open`): removing them alone
    cuts a sentence. (Whatever the line opens with: `Mapping` / `(SLAM), computer vision, …`.)"""
    above = _line_above(text, start)
    if above is not None and leaves_sentence_open(above):
        return True
    last_start = text.rfind("\n", start, end) + 1 if "\n" in text[start:end].rstrip("\n") else start
    last, below = text[max(start, last_start):end], _line_below(text, end)
    if below is None:
        return False
    # a shorter line too where the line under it goes on in lower case: `This package contains the source` / `for
    # the Rust async-attributes crate,`
    return leaves_sentence_open(last) or (len(WORD.findall(last)) >= SHORT_WORDS and not BULLET.match(last)
                                          and RUNS_ON.search(last.rstrip()) is not None and LOWER_WORD.match(below))
