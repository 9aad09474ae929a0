"""Lead-ins of a document's own text that a simple shape test misses: a line whose sentence the
display under it finishes, and a heading the document gives over each of its records.

CL151 spares a line that leads in the document's own example (`repeated.lead_in`: a colon over a
deeper, unrepeated display). Two more lines lead in text of their own (tester27): a notice's `You
may obtain a copy of the License at` over the address set deeper below it (its sentence ends in
the display, removed alone it leaves the address under nothing), and a release log's `Security
fixes:` heading, given over each release's entries (13 times in expat's changelog). And two lead-ins
of a record's own (tester29): a line whose sentence an address alone on the line below finishes, at
any indentation, the address the record's own (`This module can be found at` / the project's URL),
and a clause closing with a colon over the record's own paragraphs (`The main features of this
library are:` over each feature's sentence).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from corpuslint.checks.boilerplate.optionlist import option_entry
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


_ADDRESS_ALONE = regex.compile(r"^[ \t]*<?(?:URL:)?[a-z][a-z0-9+.-]{1,10}://\S+>?[ \t]*$")
CLAUSE_WORDS = 5  # a lead-in that is a clause (`The main features of this library are:`), not a label
_SEPARATOR = regex.compile(r"^[ \t]*\.?[ \t]*$")  # a blank line, or Debian's ` .` between paragraphs


def _next_filled(text: str, end: int) -> tuple[int, str] | None:
    """The next line after the line ending at `end` that is neither blank nor a lone `.`."""
    pos = text.find("\n", end)
    while pos >= 0:
        stop = text.find("\n", pos + 1)
        raw = text[pos + 1:len(text) if stop < 0 else stop]
        if not _SEPARATOR.match(raw):
            return pos + 1 + len(raw) - len(raw.lstrip()), raw
        pos = stop
    return None


def open_over_own_address(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """The one line at `start:end` leaves its sentence open (see `open_over_display`) right over an
    address alone on its line that is the document's own (not repeated): `This module can be found at`
    / `https://gitlab.freedesktop.org/xorg/lib/libxau`, one sentence whose object differs per record."""
    line = text[start:end]
    if "\n" in line or _OPEN_END.search(line) is None:
        return False
    below = _next_line(text, end)
    if below is None or not _ADDRESS_ALONE.match(below[1]):
        return False
    return not repeated(below[0] + len(below[1]) - len(below[1].lstrip())) and not repeated(below[0])


def clause_over_own_text(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """The one line at `start:end` is a clause closing with a colon (`CLAUSE_WORDS` words or more, its
    first in capitals, the rest mostly not: not a title) right over a sentence of the document's own (not
    repeated, a sentence's end on its line or the next, or an entry of its list of options): `The main
    features of this library are:` over `Small: the shared library requires around 30KB ...`. A page's caption stands over links or headlines,
    which end no sentence (`You may also like:`)."""
    line = text[start:end].strip()
    words = line.split()
    if "\n" in line or not line.endswith(":") or line.endswith("::") or len(words) < CLAUSE_WORDS:
        return False
    if not words[0][:1].isupper() or sum(w[:1].isupper() for w in words[1:]) * 2 > len(words) - 1:
        return False
    below = _next_filled(text, end)
    if below is None or repeated(below[0]) or repeated(text.rfind("\n", 0, below[0]) + 1):
        return False
    if option_entry(text, below[0]):
        return True  # `Die folgenden Optionen werden verstanden:` over the page's own `--address=ADRESSE`
    own = below[1].strip()
    after = _next_line(text, below[0] + len(own))
    closes = own[-1:] in ".!?" or (after is not None and after[1].strip()[-1:] in ".!?"
                                   and after[1].strip()[:1].islower())
    return len(own.split()) >= CLAUSE_WORDS and closes


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
