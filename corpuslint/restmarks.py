"""reST's adornments: a section title's underline (and overline), told from a Markdown fence.

Two readers ask it: the plain-text reader (`plain_code`: a text's fences and titles) and the reST head
reader (`checks/metadata/restdoc.py`: a document's title), and both read its explicit markup's
directives and hyperlink targets from here; the copy and markup rules read its literal blocks (`::`, a
code directive's body: `opens_literal`, `literal_blocks`), the document's samples shown as they stand. A line of one punctuation mark repeated
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

__all__ = ["ADORNMENT", "CODE_DIRECTIVES", "DIRECTIVE", "FENCE_MARKS", "LITERAL_LEAD", "TARGET", "literal_blocks",
           "opens_display", "opens_literal", "overline_mark", "underline"]

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
# the directives whose body is shown as it stands: code, a sample, a program's output (`.. code-block:: text`)
CODE_DIRECTIVES = frozenset({
    "code", "code-block", "sourcecode", "literalinclude", "highlight", "doctest", "testcode",
    "testoutput", "testsetup", "testcleanup", "parsed-literal", "math", "raw", "csv-table",
    "productionlist", "ipython", "jupyter-execute", "prompt", "program-output", "command-output",
    "graphviz", "digraph", "graph", "uml", "mermaid", "plot"})


def opens_display(line: str) -> bool:
    """Whether a (stripped) line opens a display of the document's own: a literal block's `::` alone, or a
    directive (`.. code-block:: python`, `.. click:example::`) with its body below."""
    return line == "::" or DIRECTIVE.match(line) is not None


def opens_literal(line: str) -> bool:
    """Whether a (stripped) line makes the block indented under it literal, shown as it stands: a
    paragraph ending `::` (`For example::`, `::` alone) or a code directive (`.. code-block:: python`,
    `.. code-block:: text`: its arguments follow the `::`)."""
    if LITERAL_LEAD.search(line) is not None:
        return not line.startswith("..") or (found := DIRECTIVE.match(line)) is None or _code(found)
    found = DIRECTIVE.match(line) if line.startswith("..") else None
    return found is not None and _code(found)


def _code(directive: re.Match) -> bool:
    return directive["name"].lower().split(":")[-1] in CODE_DIRECTIVES


def literal_blocks(text: str) -> list[tuple[int, int]]:
    """The spans of reST's literal blocks and code directives' bodies in `text` (`opens_literal`): the
    lines indented deeper than their opener, blank lines between. A template's `<div> yay </div>` shown
    in a `.. code-block:: text` is the document's sample, no markup a scraper left."""
    if "::" not in text:
        return []
    spans: list[tuple[int, int]] = []
    lines = text.split("\n")
    offsets, at = [], 0
    for line in lines:
        offsets.append(at)
        at += len(line) + 1
    n = 0
    while n < len(lines):
        stripped = lines[n].strip()
        if not stripped.endswith("::") and not (stripped.startswith("..") and "::" in stripped) \
                or not opens_literal(stripped):
            n += 1
            continue
        outer = len(lines[n]) - len(lines[n].lstrip(" \t"))
        end, m = n + 1, n + 1
        while m < len(lines):
            if lines[m].strip():
                if len(lines[m]) - len(lines[m].lstrip(" \t")) <= outer:
                    break
                end = m + 1
            m += 1
        if end > n + 1:
            spans.append((offsets[n + 1], offsets[end - 1] + len(lines[end - 1])))
        n = max(end, n + 1)
    return spans


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
