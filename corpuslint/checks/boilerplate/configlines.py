"""A comment over a config file's lines: the example's own line, never corpus boilerplate.

A manual shows a config file as it is, comments included (Debian Reference's `/etc/hosts`:
`# The following lines are desirable for IPv6 capable hosts` over `::1 localhost ...`), and
its translations keep the example untranslated, so the comment "occurs in 5 documents". In
text rendered from HTML the example is indented as deep as the prose about it, and its lines
read as no code by their marks (no call, no assignment). What shows the example is the lines
under the comment: two or more, in its block (no blank line between) and at its indentation,
each holding a datum (an address `127.0.1.1`, `ff02::1`, a `key=value`, a number with a unit
`/8`), none closing a sentence. A page's heading `# Related` stands over headlines.
"""

from __future__ import annotations

import regex

from corpuslint.textutil import ends_sentence

_COMMENT = regex.compile(r"[^\S\n]*#[^\S\n]+\S")  # (w3m indents with no-break spaces too)
_DATUM = regex.compile(r"\d[.:/]\w|\w[.:/]\d|::\w|\w=\S")
LINES = 2  # config lines under the comment, at least


def commented_config(text: str, start: int, end: int) -> bool:
    """Whether the one line at `start:end` is a comment over a config file's lines (see the
    module's docstring)."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.find("\n", start, end) >= 0 or _COMMENT.match(text, line_start) is None:
        return False
    first = text[line_start:end]
    indent = len(first) - len(first.lstrip())
    pos = text.find("\n", end)
    found = 0
    while pos >= 0 and found < LINES:
        stop = text.find("\n", pos + 1)
        line = text[pos + 1:len(text) if stop < 0 else stop]
        stripped = line.strip()
        if not stripped or len(line) - len(line.lstrip()) != indent:
            break
        if stripped.startswith("#"):
            pos = stop
            continue  # another comment of the file
        if _DATUM.search(stripped) is None or ends_sentence(stripped):
            return False
        found += 1
        pos = stop
    return found >= LINES
