"""Code that a plain text shows and whose markup is the code's own (qa20 r03): a template (Template
Toolkit's `[% … %]`, Jinja's `{% … %}` and `{{ x }}`, Handlebars' `{{#each}}`, PHP's `<?php … ?>`,
ERB's and JSP's `<%= … %>`) and a listing whose lines are numbered (`  44<TAB>  <table cellpadding=1>`).

A forum post that asks about a template quotes it (`[% FOREACH item = news.items %]` / `<pre>` /
`[% item.title %]` / `</pre>` / `[% END %]`): the `<pre>` is the template's, and removing it
rewrites the question. A scraper's residue never comes with template directives around it, nor
in lines numbered one by one.
- TEMPLATE: a paragraph holding directive lines is code from its first directive line to its last,
  and on either side as far as its lines are no sentences (the template's markup lines; not the
  prose that introduces it, which ends with a colon). An indented template goes on over blank
  lines into the next indented paragraphs that hold no sentence (`# Output:` / `# <B>Bold!</B>`).
- LISTING: three lines or more numbered 1, 2, 3 … in turn (a number alone, then a tab or spaces),
  where a line's number stands alone or before a tab (a listing numbers its blank lines too), or
  its lines read as code (`;`, braces, `=`, a tag): not a table of contents (`1 Introduction`).
"""

from __future__ import annotations

import functools

import regex

from corpuslint import textlines
from corpuslint.textutil import LazyPattern

# a template directive on one line (not wikitext: `{{cite web |title=…}}` has no space inside its braces)
DIRECTIVE = LazyPattern(r"\[%.*?%\]|\{%.*?%\}|<\?php\b|<%[=#-]?[ \t].*?%>|"
                        r"\{\{[ \t]+[\w.$\[\]'\"]+(?:\([^{}\n]*\))?(?:[ \t]*\|[ \t]*\w+(?:\([^{}\n]*\))?)*[ \t]+\}\}|"
                        r"\{\{[#/^>][ \t]*\w[\w .-]*\}\}")
TEMPLATE_MARKS = ("[%", "{%", "{{", "<?php", "<%")
SENTENCE_WORDS = 6  # a line of prose has this many words at least, outside tags and directives
WORD = LazyPattern(r"[^\W\d_]{2,}")
TAG_OR_DIRECTIVE = LazyPattern(r"<[^<>\n]*>|\[%.*?%\]|\{%.*?%\}|\{\{.*?\}\}")
NUMBERED = LazyPattern(r"^[ \t]*(\d{1,4})(?:(\t)|[ \t]+(?=\S)|[ \t]*$)(.*)$")
LISTING_LINES = 3
CODE_MARK = LazyPattern(r"[;{}=$]")


def _sentence(line: str) -> bool:
    """A line of prose: six words or more outside its tags and directives, and mostly letters."""
    bare = TAG_OR_DIRECTIVE.sub(" ", line).strip()
    if len(WORD.findall(bare)) < SENTENCE_WORDS:
        return False
    return sum(c.isalpha() or c.isspace() for c in bare) / len(bare) > 0.8


def _template_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines that belong to a template the text shows."""
    code: set[int] = set()
    n_lines = len(lines)
    directive = [bool(line.strip()) and DIRECTIVE.search(line) is not None for line in lines]
    n = 0
    while n < n_lines:
        if not directive[n]:
            n += 1
            continue
        a = n  # the paragraph around the directive line
        while a > 0 and lines[a - 1].strip():
            a -= 1
        b = n
        while b + 1 < n_lines and lines[b + 1].strip():
            b += 1
        first = next(k for k in range(a, b + 1) if directive[k])
        last = max(k for k in range(a, b + 1) if directive[k])
        top, bottom = first, last
        while top > a and not _sentence(lines[top - 1]) and not lines[top - 1].rstrip().endswith((":", "：")):
            top -= 1
        while bottom < b and not _sentence(lines[bottom + 1]):
            bottom += 1
        code.update(range(top, bottom + 1))
        depth = textlines.indent(lines[first])
        if depth:  # an indented template: the indented paragraphs around it that hold no sentence
            code.update(_indented_neighbours(lines, top, bottom, depth))
        n = b + 1
    return code


def _indented_neighbours(lines: list[str], top: int, bottom: int, depth: int) -> set[int]:
    found: set[int] = set()
    for step, start in ((1, bottom + 1), (-1, top - 1)):
        k = start
        while 0 <= k < len(lines):
            line = lines[k]
            if not line.strip():
                k += step
                continue
            if textlines.indent(line) < depth or _sentence(line):
                break
            found.add(k)
            k += step
    return found


def _listing_lines(lines: list[str]) -> set[int]:
    """The numbers of the lines of listings numbered line by line."""
    code: set[int] = set()
    run: list[int] = []
    expected = None
    for k, line in enumerate(lines + [""]):
        m = NUMBERED.match(line) if line[:12].lstrip(" \t")[:1].isdigit() else None
        if m is not None and expected is not None and int(m.group(1)) == expected:
            run.append(k)
            expected += 1
            continue
        _take(lines, run, code)
        run = [k] if m is not None else []
        expected = int(m.group(1)) + 1 if m is not None else None
    return code


def _take(lines: list[str], run: list[int], code: set[int]) -> None:
    if len(run) < LISTING_LINES:
        return
    rests = [NUMBERED.match(lines[k]) for k in run]
    if any(m.group(2) or not m.group(3).strip() for m in rests) or (
            sum(CODE_MARK.search(m.group(3)) is not None for m in rests) * 3 >= len(rests)):
        code.update(run)


@functools.lru_cache(maxsize=4)
def listed_code(text: str) -> tuple[tuple[int, int], ...]:
    """Spans (start, end) of the lines of `text` that are a template's or a numbered listing's."""
    template = any(mark in text for mark in TEMPLATE_MARKS)
    if not template and "\t" not in text and not regex.search(r"(?m)^[ \t]*\d{1,4}[ \t]", text):
        return ()
    lines = text.split("\n")
    code = _listing_lines(lines)
    if template:
        code |= _template_lines(lines)
    if not code:
        return ()
    spans: list[tuple[int, int]] = []
    pos = 0
    for k, line in enumerate(lines):
        if k in code:
            if spans and spans[-1][1] == pos - 1:
                spans[-1] = (spans[-1][0], pos + len(line))
            else:
                spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return tuple(spans)
