"""A terminal session a text shows set apart from its prose: what a program prints again is its own.

lynx prints a page's prose indented (three columns) and its `<pre>` blocks at the margin; pod2text
and Markdown indent code deeper than the prose. A session shown so opens with a prompt and a command
(`# aa-genprof dhclient`, `$ ls travail/`, `> perl -d data`) at another indent than the prose that
leads into it, and runs on until that prose's indent comes back after a blank line. A program prints
its prompt once per round (aa-genprof's "Please start the application to be profiled in / another
window …" for each program profiled), perl's debugger its banner at each start, a log its lines
again (journald's `Unit ssh.service entered failed state.`): the repeats are the session's, never a
scraper's copy (tester28: CL402's safe fix deleted aa-genprof's second prompt from a Debian Handbook
transcript). Found by shape: a prompt at an indent of its own, not by words.
"""

from __future__ import annotations

import bisect
from functools import lru_cache
from itertools import islice

from corpuslint import textlines
from corpuslint.console import COMMAND_PROMPT

_PROSE_INDENT = 2  # the indent of a dump's prose, at least (lynx: 3)
_LOOK_UP = 200  # lines walked up to the prose over a session set deeper
_MARKS = ("$ ", "# ", "% ", ">>> ", "> ")


def _prose_indent(text: str, start: int, indent: int) -> int | None:
    """The indent of the prose leading into a prompt at `indent` columns: at the margin, that of the
    line right above it (lynx's prose over its `<pre>`); deeper, that of the nearest line above
    indented less (pod2text's prose over its code). None where the prose stands at the prompt's indent."""
    for line in islice(textlines.lines_above(text, start), _LOOK_UP):
        if not line.strip():
            continue
        above = textlines.indent(line)
        if indent == 0:
            return above if above >= _PROSE_INDENT else None
        if above < indent:
            return above
    return None


def _session_end(text: str, start: int, indent: int, prose: int) -> int:
    """Where the session opening at `start` ends: before the blank line that a line at the prose's
    indent (`prose` columns or more over a session at the margin, or less under one set deeper) follows."""
    pos = text.find("\n", start)
    blank_at = -1  # the start of the blank line(s) before the line looked at
    while pos != -1:
        begin = pos + 1
        pos = text.find("\n", begin)
        line = text[begin:len(text) if pos == -1 else pos]
        if not line.strip():
            blank_at = begin if blank_at == -1 else blank_at
            continue
        if blank_at != -1 and (textlines.indent(line) >= prose if indent < prose else textlines.indent(line) <= prose):
            return blank_at - 1
        blank_at = -1
    return len(text)


@lru_cache(maxsize=16)
def _sessions(text: str) -> tuple[list[int], list[int]]:
    """The (starts, ends) of the text's sessions, in order."""
    starts: list[int] = []
    ends: list[int] = []
    if not any(mark in text for mark in _MARKS):
        return starts, ends
    for m in COMMAND_PROMPT.finditer(text):
        if ends and m.start() < ends[-1]:
            continue  # a prompt inside the session before (its next command)
        indent = textlines.indent(text[m.start():m.end()])
        prose = _prose_indent(text, m.start(), indent)
        if prose is None:
            continue  # prose at the prompt's indent: no layout to tell the session's end by
        starts.append(m.start())
        ends.append(_session_end(text, m.start(), indent, prose))
    return starts, ends


def in_session(text: str, start: int) -> bool:
    """Whether `start` lies in a terminal session a text browser's dump shows (module docstring)."""
    starts, ends = _sessions(text)
    if not starts:
        return False
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and start < ends[i]
