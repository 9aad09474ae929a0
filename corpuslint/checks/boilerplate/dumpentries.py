"""A definition list's entries in a text browser's dump: the document's reference, not furniture.

lynx prints an HTML `<dl>` (Sphinx's API entries, a man page's options, a glossary) as a term
line in the body's column and its description right under it, indented deeper
(`   class sphinx.transforms.SphinxTransform(document,` / `          A base class of Transforms.`,
`   -H <project>¶` / `          Sets the project name ...`). Each description line is short, so
the line model reads a page of them as a run of furniture (tester29 #1: 78 API descriptions,
options and examples removed from a Sphinx site). The entry is the term, the description and
every line under them indented deeper than the term; `<pre>` code the dump sets in column 1
between two of its lines belongs to it too (`comment = support.add_comment(...)`).

A `<pre>` block of the body the same way (`code_blocks`): lynx sets it in column 1 right under
the indented line that leads into it (`create a file named .gitlab-ci.yml ... with these
contents:` / `   .gitlab-ci.yml¶` / `stages:`), no blank between; its own lines go on indented
as the code is, and after a blank line in column 1; a heading in column 1 stands between blank
lines. The block, its caption and its lead-in are the page's text.

Not an entry: a lynx heading in column 1 over its indented section (a sidebar's `Navigation`,
`Quick search`), a list item's bullet over its sub-items (a contents list, a menu), a term of
words (a teaser card's `Voir` over its headline, a comment's `Klaus-Peter Baumgardt sagt:` over
its text: lynx indents those so too, sb26 B): the term carries the permalink's `¶`, or it is
code-shaped (`_CODE_TERM`) over a description with a line closed by a sentence's mark or a colon.
"""

from __future__ import annotations

import re

from corpuslint.checks.boilerplate.linefeatures import Line, has_link
from corpuslint.textlines import column

__all__ = ["code_blocks", "definition_entries"]

_DEEPER = 4  # columns a description stands right of its term at least (lynx: 7)
# a dump's list item: lynx's bullets level by level, a number
_ITEM = re.compile(r"^(?:[*+o#@•-]|\d{1,3}[.)])\s+\S")
_PERMALINK = "¶"
_CLOSE = (".", ":", "!", "?", ")", ";")
# a code-shaped term: an option (`-H <project>`, `--full`), a call's start maybe after its keywords
# (`class sphinx.util.docutils.SphinxRole(`, `get_location()`), a dotted name (`sphinx.ext.todo`)
_CODE_TERM = re.compile(r"^(?:--?[A-Za-z0-9]|(?:[a-z]+\s+){0,2}[A-Za-z_][\w.]*\(|[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)+\s*$)")
_TEXT_WORDS = 3  # a description line that reads as text: this many words at least, closed by `_CLOSE`


def _described(term: Line, body: list[Line]) -> bool:
    """The term is permalinked, or code-shaped (`_CODE_TERM`) over a description that reads as text (`_CLOSE`)."""
    if term.text.endswith(_PERMALINK):
        return True
    return _CODE_TERM.match(term.text) is not None and any(len(line.text.split()) >= _TEXT_WORDS and line.text.endswith(_CLOSE) and not has_link(line.text)
               for line in body)


def definition_entries(text: str, lines: list[Line]) -> set[int]:
    """The numbers of `lines` (a dump's, `dumps.page_lines`) in a definition list's entries (the
    module's doc): term and description, kept whole."""
    indents = [column(text, line.start) for line in lines]
    found: set[int] = set()
    n = len(lines)
    i = 0
    while i + 1 < n:
        term, below = lines[i], lines[i + 1]
        depth = indents[i]  # the term's column
        if (depth == 0 or _ITEM.match(term.text) or below.number != term.number + 1
                or indents[i + 1] < depth + _DEEPER or _ITEM.match(below.text)):
            i += 1
            continue
        j = i + 1
        while j + 1 < n:
            k = j + 1
            while k < n and indents[k] == 0:
                k += 1  # a `<pre>` block in column 1: the entry's when its description goes on below it
            if k < n and indents[k] > depth:
                j = k
            else:
                break
        if _described(term, lines[i + 1:j + 1]):
            found.update(line.number for line in lines[i:j + 1])
            i = j + 1
        else:
            i += 1
    return found


def _heading(lines: list[Line], indents: list[int], k: int) -> bool:
    """Line `k` in column 1 reads as lynx's heading: a permalink's sign, or a blank line on each side."""
    line = lines[k]
    return line.text.endswith(_PERMALINK) or (line.blank_before and line.blank_after and k + 1 < len(lines)
                                              and indents[k + 1] > 0)


def code_blocks(text: str, lines: list[Line]) -> set[int]:
    """The numbers of `lines` (a dump's) in a `<pre>` block of the body (the module's doc), with the
    indented caption and lead-in right above it."""
    indents = [column(text, line.start) for line in lines]
    found: set[int] = set()
    for i in range(1, len(lines)):
        if indents[i] or not indents[i - 1] or lines[i].blank_before or lines[i].number in found:
            continue
        j = i
        while j + 1 < len(lines) and (not lines[j + 1].blank_before  # the code's own indented lines
                                      or indents[j + 1] == 0 and not _heading(lines, indents, j + 1)):
            j += 1
        if j + 1 >= len(lines):
            continue  # no body below it: the page's end, its footer
        found.update(line.number for line in lines[i:j + 1])
        k = i - 1  # the caption (`lumache.py¶`) and the paragraph leading into the block
        found.add(lines[k].number)
        if lines[k].text.endswith(_PERMALINK) and k and not lines[k].blank_before:
            found.add(lines[k - 1].number)
    return found
