"""Code and markup lines of technical text, which CL140 never takes for furniture.

A LaTeX or Sweave source, an R vignette or the text of its PDF holds commands (`\\label{tab:vcov}`,
`\\section{Generalized linear models}`, `\\end{table}`), literate programs' chunks (`<<cbind>>=` /
`cbind(z1, z2)` / `@`) and console sessions (`R> data1q <- ag(data1, ...)`, `> z`). Each such
line is short, has no sentence and few function words: the line model's furniture (issue 15,
session 18: R vignettes lost their code and commands to the fix). They are the document's own,
whatever the model says: `code_lines` finds them by their marks, which page furniture does not
carry (a menu has no `<-`, no `\\begin{`, no call `f(x)`).

- a noweb chunk (Sweave, knitr): its head `<<name>>=`, its lines, its end `@`; an R Markdown
  chunk from ```` ```{r} ```` to its fence;
- a LaTeX command at the line's start (`\\item`, `\\bibitem{...}`, `\\caption{`);
- an R assignment (`x <- f(y)`), a console line (`R> ...`, `> ...`, `+ ...` going on with code);
- (`text_beside_code`) the text's lines that a chunk, a formula or a command interrupts: the
  lead-in right above it (`Convert the zeros to NA and then use na.locf:`, `... the Laplace
  approximation to the log-likelihood is`) and the sentence going on in lower case right below
  it (`and determine a fill-reducing permutation, $P$, for $A$.`);
- a console session (tester27: a tutorial's `>>> 2 + 2` / `4`, a shell's `$ python3 script.py` /
  `269`, taken for a menu's short lines): a block of lines (no blank line between) from a prompt
  line (`>>> command`, `$ command ...`) to the block's end, the commands with their output; a
  Python import (`import os`, `from hmac import compare_digest as compare_hash`); a comment (`# ...`)
  below a line of code in its block (no blank line between; not below a list's item, `- f()`:
  lynx bullets a nested list's fourth level `#`);
- a line that `plain_code.code_line` reads as code and that holds a call, an assignment or a
  statement's end (a share bar's `f | t | in` or a credit's `[h/t ABC News]` is symbols, not code;
  a count `Comments(301)` is no call). A line with a link or an HTML tag is left to the model: a
  page's tracking pixel or `Retrieved from "https://...?title=X&oldid=1"` is its furniture.
"""

from __future__ import annotations

import re

from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.console import SESSION_OPENER
from corpuslint.plain_code import code_line

__all__ = ["code_lines", "is_code", "text_beside_code"]

_CHUNK_HEAD = re.compile(r"^<<[^<>\n]*>>=\s*$")
_CHUNK_END = re.compile(r"^@(?:\s|$)")
_FENCE_HEAD = re.compile(r"^```+\s*\{\w")
_LATEX = re.compile(r"^\\[A-Za-z]+\*?(?:[{\[\s]|$)")
_ASSIGN = re.compile(r"^[\w.$\[\]\"'(),]+\s*<<?-\s*\S|^[\w.]+\s*<-\s*$")
_CONSOLE = re.compile(r"^(?:R>|>|\+)\s+(?=\S)")
_IMPORT = re.compile(r"^(?:from [\w.]+ )?import [\w.*]+(?: as \w+)?(?:, ?[\w.]+(?: as \w+)?)*$")
# a call `f(x`, an assignment or comparison `x = 1`, `a[i] <- 2`, a statement's end `;`, `{`, `}`
_CODE_MARKS = re.compile(r"[A-Za-z_][\w.]*\((?!s\)|\d+\))|[\w\])]\s*(?:<-|==|!=|<=|>=|=)\s*\S|[;{}]\s*$")


_HTML = re.compile(r"</?[A-Za-z][\w-]*[\s>/]|<!")


def is_code(text: str) -> bool:
    """Whether a (stripped) line reads as code or markup by its marks (see the module's doc). An
    HTML tag left in a page's text (`<img src=...>`, `<div style=...>`) is its furniture, not code."""
    if _CHUNK_HEAD.match(text):
        return True
    if _HTML.search(text) or "://" in text:
        return False  # a tag, a link's query (`?title=Mozilla&oldid=7465`): the page's
    if _LATEX.match(text) or _ASSIGN.match(text) or _IMPORT.match(text):
        return True
    m = _CONSOLE.match(text)
    if m is not None:
        if text.startswith("R>"):
            return True  # R's own prompt
        rest = text[m.end():]
        return is_code(rest) or (_CODE_MARKS.search(rest) is not None and code_line(rest))
    return _CODE_MARKS.search(text) is not None and code_line(text)


def code_lines(lines: list[Line]) -> set[int]:
    """Line numbers of the code and markup lines among the document's lines: chunks of literate
    programs whole, console sessions whole (a prompt's line to its block's end, the output with
    it), and lines of code by their marks (`is_code`), a comment below one in its block."""
    out: set[int] = set()
    inside = False
    fence = False
    session = False
    previous = -1
    coded = False  # a line of code stands above in the block (no blank line between)
    for line in lines:
        text = line.text
        adjacent = line.number == previous + 1
        previous = line.number
        coded = coded and adjacent
        if session and adjacent:
            out.add(line.number)
            continue
        session = False
        if SESSION_OPENER.match(text):
            session = True
            out.add(line.number)
            continue
        if inside:
            out.add(line.number)
            if (_CHUNK_END.match(text) and not fence) or (fence and text.startswith("```")):
                inside = False
            continue
        if _CHUNK_HEAD.match(text) or _FENCE_HEAD.match(text):
            inside, fence = True, text.startswith("```")
            out.add(line.number)
        elif is_code(text):
            out.add(line.number)
            coded = not _BULLETED.match(text)  # a text browser's nested list bullets its fourth level `#`
        elif coded and (text == "#" or text.startswith("# ")) and not _HTML.search(text):  # not lynx's `#alternate`
            out.add(line.number)
    return out


# a list item's bullet as a text browser prints a nested list's (lynx: `*`, `+`, `o`, `#`, `@`, `-`)
_BULLETED = re.compile(r"[*+o#@-] \S")


def _reads_as_words(line: Line) -> bool:
    """Three words or more, a fifth of them function words, no call to action (but in a sentence of
    eight words or more: `... passed to register() to be passed along ...`) or link."""
    return (line.words >= 3 and line.stop >= 0.2 and (not line.cta or line.words >= 8)
            and "://" not in line.text and "www." not in line.text)


def text_beside_code(lines: list[Line], code: set[int]) -> set[int]:
    """Line numbers of the text's own lines right beside its code or markup (`code_lines`): a
    lead-in right above a code line that leaves its sentence open or ends with a colon, and a
    line right below one that goes on with the sentence in lower case. Page furniture has no
    code to stand beside (a tag or a link is not code here)."""
    out: set[int] = set()
    if not code:
        return out
    for k, line in enumerate(lines):
        if line.number in code or not _reads_as_words(line):
            continue
        text = line.text
        above = k and lines[k - 1].number == line.number - 1 and lines[k - 1].number in code
        below = k + 1 < len(lines) and lines[k + 1].number == line.number + 1 and lines[k + 1].number in code
        if below and line.words >= 4 and (text[-1] == ":" or text[-1] not in ".!?\"\u201d)"):
            out.add(line.number)
        elif above and text.lstrip("(\"`$")[:1].islower():
            out.add(line.number)
    return out
