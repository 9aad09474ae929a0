"""reST's adornments: a section title's underline (and overline), told from a Markdown fence.

Two readers ask it: the plain-text reader (`plain_code`: a text's fences and titles) and the reST head
reader (`checks/metadata/restdoc.py`: a document's title), and both read its explicit markup's
directives and hyperlink targets from here. A line of one punctuation mark repeated
(`=====`, `~~~~~~~`, a run of backquotes) is an adornment where it lies directly under a text line no
longer than it (docutils' underline); a run of backquotes or tildes anywhere else is a Markdown fence
(`~~~` / code / `~~~`): over a title, other marks are an overline (`=====` / Title / `=====`), a fence's
never (a fence / `ls` / a fence is a command in code). A text line is no adornment itself; CRLF line ends
are read as line ends.

A reST section underlined with tildes (`Example` / `~~~~~~~`) read as a fence's opening made all the
prose down to the next such title code, which no rule looks at (qa23's docutils sources: 435 prose
sentences; twins24).
"""

from __future__ import annotations

import re

__all__ = ["ADORNMENT", "DIRECTIVE", "FENCE_MARKS", "LITERAL_LEAD", "TARGET", "opens_display", "overline_mark", "underline"]

# one printable non-alphanumeric ASCII character repeated, as docutils allows
ADORNMENT = re.compile(r"([!-/:-@\[-`{-~])\1{2,}[ \t\r]*$")
FENCE_MARKS = "`~"  # a run of these is a Markdown fence unless it underlines a text line
# a directive: `.. include:: ../header.rst`, `.. code-block:: python`, `.. py:function:: f()`, a substitution
# definition's `.. |copy| unicode:: U+00A9` (its name: the group `name`)
DIRECTIVE = re.compile(r"\.\.[ \t]+(?:\|[^|]+\|[ \t]+)?(?P<name>[\w.:+-]+)::(?:[ \t]|$)")
TARGET = re.compile(r"\.\.[ \t]+_[^:\n]+:(?:[ \t]|$)")  # a hyperlink target: `.. _Docutils: https://…`, `.. __: …`
# a paragraph ending in `::` (`Example::`, `For example::`, `::` alone): the block indented under it is a literal
# block, shown as it stands
LITERAL_LEAD = re.compile(r"::[ \t\r]*$")


def opens_display(line: str) -> bool:
    """Whether a (stripped) line opens a display of the document's own: a literal block's `::` alone, or a
    directive (`.. code-block:: python`, `.. click:example::`) with its body below."""
    return line == "::" or DIRECTIVE.match(line) is not None


def underline(lines: list[str], n: int) -> bool:
    """Whether line `n` is an adornment directly under a text line (not blank, not an adornment) that
    is no longer than it (both measured with their indentation)."""
    if n < 1 or ADORNMENT.match(lines[n]) is None:
        return False
    text = lines[n - 1].rstrip()
    return bool(text.strip()) and ADORNMENT.match(text.lstrip()) is None and len(lines[n].rstrip()) >= len(text)


def overline_mark(line: str) -> str:
    """The mark of a line that may be a title's overline (an adornment of any mark but a fence's); ""."""
    found = ADORNMENT.match(line)
    return found.group(1) if found is not None and found.group(1) not in FENCE_MARKS else ""
