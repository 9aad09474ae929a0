"""CL213: a documentation generator's header-link mark left after a heading or a term.

Sphinx, MkDocs and Mercurial's docs (among others) write an anchor after every heading and every
definition term for the reader to copy its address; on screen it shows on hover, but a text dump
(`lynx -dump`, inscriptis) keeps its sign: `Welcome¶`, `   .. graphviz::¶`, `Setting up ¶`. The
mark closes a line that is a heading or a term, glued to its last word or after one space, and a
generator writes it after each one, so a page holds several. Prose that speaks of the sign writes
it inside a line (`the ¶ sign`, `see ¶ 12`), after a comma or semicolon (`Default: a paragraph
sign; ¶`), or at a line's end where the sentence goes on below (a legal text's `¶` wrapped before
its number): those are never reported.
"""

from __future__ import annotations

from collections.abc import Iterator

from corpuslint.checks.markup.payloads import looked_at
from corpuslint.models import Document, Fix, Severity, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textlines import indent
from corpuslint.textutil import LazyPattern, shorten

PILCROW = "¶"
# the mark closing its line: glued to the line's last character or after a space
MARK = LazyPattern(r"(?m)(?P<space>[ \t]*)¶[ \t]*$")
_OPENERS = frozenset("([{<«‹“‘„¶§")  # `(¶`, `§¶`: the sign quoted or cited, no anchor
_QUOTES = "'\""  # a quotation mark opens before the sign (`the sign "¶`) where the line holds an odd number
_SENTENCE_ENDS = frozenset(".,;")  # `…a paragraph sign; ¶`, `… the end.¶`: a sentence's end, no heading
_LONGEST_LINE = 250  # a term may be a long signature: `class sphinx.….Documenter(directive: …, indent: str = '')¶`
_LONE_HEADING_WORDS = 12  # a document with a single mark: it must close a short heading over a blank line


def _line_bounds(text: str, pos: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    return start, len(text) if end < 0 else end


def _next_line(text: str, line_end: int) -> str | None:
    """The line under the one ending at `line_end` (None at the text's end)."""
    if line_end >= len(text):
        return None
    end = text.find("\n", line_end + 1)
    return text[line_end + 1:len(text) if end < 0 else end]


def _candidate(text: str, m, markdown: bool) -> bool:
    """Whether the mark at `m` closes a heading- or term-shaped line: glued to a word, a closing
    bracket or a colon (`Welcome¶`, `… → None[source]¶`, `.. graphviz::¶`), or after a space where the
    line stands alone, under a blank line, over a blank one or its own indented description (`Setting up ¶`);
    never after a sentence's end or a quoted sign, nor where the sentence goes on on the next line."""
    line_start, line_end = _line_bounds(text, m.start())
    head = text[line_start:m.start()]
    if not head.strip() or len(head) > _LONGEST_LINE:
        return False  # a sign alone on its line, or a paragraph's line: no heading
    if markdown and (head.startswith("    ") or head.startswith("\t")):
        return False  # an indented code block's line
    last = head[-1]
    if last in _OPENERS or last in _SENTENCE_ENDS and not head.endswith("..") or (
            last in _QUOTES and head.count(last) % 2):
        return False  # the sign quoted or named after a sentence's end; `name = 'html'¶` is a term
    if not m.group("space"):
        return True
    # after a space: the line must stand alone, under a blank line and over a blank line or its own deeper
    # indented description (a heading, a term), not end a paragraph or go on below like a wrapped sentence
    above = text[text.rfind("\n", 0, max(0, line_start - 1)) + 1:max(0, line_start - 1)]
    below = _next_line(text, line_end)
    return not above.strip() and (below is None or not below.strip() or indent(below) > indent(head))


class HeaderLinkMark(Rule):
    """## What it does
    Finds the header-link mark a documentation generator (Sphinx, MkDocs, Mercurial's docs) writes
    after every heading and definition term, as a text dump keeps it: `Welcome¶`, `sphinx.ext.graphviz
    – Add Graphviz graphs¶`, `   .. graphviz::¶`, `Setting up ¶`.

    ## Why is this bad?
    The sign is a link's anchor the page shows on hover, for the reader to copy the heading's address;
    in text it is a stray character glued to a heading's last word (`Welcome¶`), so the heading no
    longer matches the same words elsewhere (a contents list, a search) and a model learns to write
    pilcrows after headings.

    ## Example
    ```
    Sphinx FAQ¶

       This is a list of Frequently Asked Questions about Sphinx.
    ```
    Use instead:
    ```
    Sphinx FAQ

       This is a list of Frequently Asked Questions about Sphinx.
    ```

    ## Fix safety
    Safe: the fix removes the mark and the space before it, nothing else. A line the structure guard reads
    as code (a reST directive's option `:alt: alternate text (text)¶`) keeps its mark: the finding is shown
    without a fix. A numbered heading's section number is no code (`1.1.1. dpkg-dev¶`: its mark goes).

    ## Known problems
    Only a mark that closes its line is reported, glued to the line's last word, a closing bracket or
    a colon, or after a space where the line stands alone under a blank line, over a blank line or its own
    deeper indented description; a document with a single such mark must have it after a short heading over a
    blank line.
    Prose that speaks of the sign is never reported: the sign inside a line (`the ¶ sign`, `see ¶ 12`),
    quoted or after a sentence's end, a comma or a semicolon (`Default: a paragraph sign; ¶`), or at a
    line's end where the sentence goes on below (a legal text's `¶` wrapped before its number). In
    Markdown, code (fenced, indented, spans) is never looked at. Other generators' signs (`#`, `🔗`)
    are not reported.
    """

    code = "CL213"
    triggers = (PILCROW,)
    name = "header-link-mark"
    family = "markup"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        if PILCROW not in doc.text:
            return
        text = looked_at(doc)
        markdown = doc.origin.format == "markdown"
        marks = [m for m in MARK.finditer(text) if _candidate(text, m, markdown)]
        if len(marks) == 1 and not _lone_heading(text, marks[0]):
            return  # one sign in the whole text: a heading's only where it plainly closes one
        for m in marks:
            line_start, _ = _line_bounds(text, m.start())
            heading = text[line_start:m.start()].strip()
            end = m.start() + len(m.group("space")) + 1
            yield Violation(m.start(), end, f"header-link mark `¶` after `{shorten(heading, 50)}`: the anchor a "
                            "documentation page shows on hover, left in its text",
                            fix=Fix.delete(m.start(), end, "Remove the header-link mark"))


def _lone_heading(text: str, m) -> bool:
    """A short line (a heading's few words) over a blank line or the text's end."""
    line_start, line_end = _line_bounds(text, m.start())
    below = _next_line(text, line_end)
    return len(text[line_start:m.start()].split()) <= _LONE_HEADING_WORDS and (below is None or not below.strip())


RULES = (HeaderLinkMark,)
