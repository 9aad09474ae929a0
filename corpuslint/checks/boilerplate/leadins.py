"""Lead-ins of a document's own text that a simple shape test misses: a line whose sentence the
display under it finishes, and a heading the document gives over each of its records.

CL151 spares a line that leads in the document's own example (`repeated.lead_in`: a colon over a
deeper, unrepeated display). Two more lines lead in text of their own (tester27): a notice's `You
may obtain a copy of the License at` over the address set deeper below it (its sentence ends in
the display, removed alone it leaves the address under nothing), and a release log's `Security
fixes:` heading, given over each release's entries (13 times in expat's changelog).
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from corpuslint.textlines import indent_columns

# the last word of a line that ends no sentence: a preposition, an article, a conjunction
# (`You may obtain a copy of the License at`, `… is available from`)
_OPEN_END = regex.compile(
    r"(?i)\b(?:at|from|to|in|on|of|by|via|with|for|the|a|an|and|or)[ \t]*$")


def _next_line(text: str, end: int) -> tuple[int, str] | None:
    """The next line that is not blank after the line ending at `end`: its start and text."""
    pos = text.find("\n", end)
    while pos >= 0:
        stop = text.find("\n", pos + 1)
        raw = text[pos + 1:len(text) if stop < 0 else stop]
        if raw.strip():
            return pos + 1, raw
        pos = stop
    return None


def open_over_display(text: str, start: int, end: int) -> bool:
    """The one line at `start:end` leaves its sentence open (its last word a preposition, an
    article, a conjunction) over a line set deeper below it: the display (an address, a command)
    finishes the line's sentence, and the two are one sentence of the document's own."""
    line = text[start:end]
    if "\n" in line or _OPEN_END.search(line) is None:
        return False
    below = _next_line(text, end)
    return below is not None and indent_columns(below[1]) > indent_columns(text[text.rfind("\n", 0, start) + 1:end])


def recurring_heading(text: str, units: Sequence, index: int) -> bool:
    """A line ending with a colon that the document gives `RECURRING` times or more, each over other
    lines (`Security fixes:` over each release's entries in expat's changelog): a heading of the
    document's own records, its structure wherever it stands, however many documents share it. A
    page's furniture label stands over the same links each time, or once or twice (`Share this:`
    at the top and the bottom)."""
    unit = units[index]
    if not text[unit.start:unit.end].rstrip().endswith(":"):
        return False
    under = set()
    for other in units:
        if other.key == unit.key:
            below = _next_line(text, other.end)
            under.add(below[1].strip() if below is not None else "")
    return len(under) >= RECURRING


RECURRING = 3
