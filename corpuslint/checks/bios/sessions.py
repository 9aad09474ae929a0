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

import regex

from corpuslint import textlines
from corpuslint.console import COMMAND_PROMPT

_PROSE_INDENT = 2  # the indent of a dump's prose, at least (lynx: 3)
_LOOK_UP = 200  # lines walked up to the prose over a session set deeper
# a prompt's mark and the space after it (">>> " holds "> "), each looked for only where its character stands:
# a two-character search keys on its last character, here the text's commonest, a one-character one is a
# `memchr` (the five searches of every text that reaches the copies' units, 35 ms per 10 MB, now 5 ms)
_MARKS = (("$", "$ "), ("#", "# "), ("%", "% "), (">", "> "))
_PROSE_LINE_WORDS = 8  # a line of a paragraph of prose, deeper than the prose: this many words at least, most of letters


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


def _back_to_prose(line: str, indent: int, prose: int) -> bool:
    """Whether `line`, after a blank line, is the prose again: under a session at the margin, a line
    at the prose's indent or between it and the lynx's least (the prose after a list's end), or a
    line of prose deeper (a box's paragraph); under one set deeper, a line at the prose's indent or less. A
    program's output indents its own lines (mdadm's `           Version : 1.2`, `    Number   Major`,
    tester28): a line deeper than the prose is still the session's."""
    at = textlines.indent(line)
    if indent >= prose:
        return at <= prose
    if at == prose or _PROSE_INDENT < at < prose:
        return True  # (an output's column at two: `  lv_files   vg_critical`, lvdisplay's, is not lynx's prose)
    words = line.split()
    return at > prose and len(words) >= _PROSE_LINE_WORDS and sum(w.isalpha() for w in words) >= 0.8 * len(words)


def _session_end(text: str, start: int, indent: int, prose: int) -> int:
    """Where the session opening at `start` ends: before the blank line that the prose follows
    (`_back_to_prose`)."""
    pos = text.find("\n", start)
    blank_at = -1  # the start of the blank line(s) before the line looked at
    while pos != -1:
        begin = pos + 1
        pos = text.find("\n", begin)
        line = text[begin:len(text) if pos == -1 else pos]
        if not line.strip():
            blank_at = begin if blank_at == -1 else blank_at
            continue
        if blank_at != -1 and _back_to_prose(line, indent, prose):
            return blank_at - 1
        blank_at = -1
    return len(text)


@lru_cache(maxsize=16)
def _sessions(text: str) -> tuple[list[int], list[int]]:
    """The (starts, ends) of the text's sessions, in order."""
    starts: list[int] = []
    ends: list[int] = []
    if not any(char in text and mark in text for char, mark in _MARKS):
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


_SENTENCE_END = (".", "!", "?", "…", ":")
# a line typed as it stands: a command word in lower case (or a path, a prompt) and a setting, an
# option, a path or a statement's mark on the line (`export OBJECT_MODE=64`, `./Configure -d`); a
# headline or a caption given again (`“Some of my relatives …”`, a teaser's title) is none
_TYPED = regex.compile(r"[a-z./~$#][\w./~-]*\b.*?(?:\w=\S|\s--?[a-zA-Z]|[/\\][\w.-]+/|[;{}])")


def in_display(text: str, start: int, end: int) -> bool:
    """Whether the one line at start..end is a display: a line typed as it stands (`_TYPED`), no
    sentence (no closing mark), alone in its paragraph and set deeper than the paragraph of prose
    right above it (pod2text's verbatim
    `     export OBJECT_MODE=64 / setenv …` under `    With the following options you get …`,
    given again under the next heading: tester28). A command or a setting shown as it is typed
    repeats from recipe to recipe; a doubled paragraph of prose is no such line."""
    if (text.find("\n", start, end) != -1 or text[start:end].rstrip().endswith(_SENTENCE_END)
            or _TYPED.match(text, start, end) is None):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or text[line_start - 2] != "\n":
        return False  # not the first line of its paragraph
    if not text.startswith("\n", end) or not text.startswith("\n", end + 1) and end + 1 < len(text):
        return False  # not the last
    above = text.rfind("\n", 0, line_start - 2) + 1
    prose_line = text[above:line_start - 2]
    return (bool(prose_line.strip()) and textlines.indent(prose_line) < start - line_start
            and (len(prose_line.split()) >= _PROSE_LINE_WORDS or prose_line.rstrip().endswith(_SENTENCE_END)))

