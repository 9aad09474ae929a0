"""A repeated line that is the document's own code: a command of a code sample or its output, a
block of code or of a config file, a lead-in over the document's own example.

Pages of one manual share their code and its lead-ins (CL151 leaves them alone); a script's line
alone between paragraphs is what a scraper left of the template."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

import regex

from corpuslint.checks.boilerplate.codelines import is_code
from corpuslint.console import OWN_COMMAND
from corpuslint.plain_code import code_line
from corpuslint.restmarks import LITERAL_LEAD, opens_display
from corpuslint.roles import Role

if TYPE_CHECKING:
    from corpuslint.analysis import Structure



def in_code_sample(text: str, start: int) -> bool:
    """Whether the line at `start` is a command of a code sample or its output: it or the line
    above it (blank lines between) opens with a prompt. `hello, world!` under `$ wasmtime
    hello.wasm` is what the program printed, whatever other pages carry the words."""
    if OWN_COMMAND.match(text, start):
        return True
    end = start - 1
    while end >= 0 and text[end] in " \t\r\n":
        end -= 1
    return end >= 0 and OWN_COMMAND.match(text, text.rfind("\n", 0, end) + 1) is not None


_INI_SECTION = regex.compile(r"\[[\w.:-]+\]$")  # a config file's section (`[Network]` over `DHCP=yes`)
_TEMPLATE = ("{{", "{%", "|")  # wikitext's and a site generator's template calls, a wiki table's rows
CODE_CHARS = 200  # the longest line of a block of code read as such (`deb http://... main contrib non-free`: 90)


def _marked(line: str) -> bool:
    """A (stripped) line of code by its marks (`is_code`: a call, an assignment, a statement's
    end), not a template's call (`{{Authority control}}`, `{% include footer.html %}`) or a wiki
    table's markup (`|}`): a page's skeleton, which `skeleton.py` keeps where it is the text's."""
    return not line.startswith(_TEMPLATE) and is_code(line)


def _reads_as_code(line: str) -> bool:
    """A (stripped) line of code by its marks (`_marked`), or read as code (`code_line`:
    `#!/bin/sh`, `auto lo`), or a config file's section (`[Network]`); at most CODE_CHARS
    characters (a paragraph on one line is prose, and reading it as code costs most)."""
    if len(line) > CODE_CHARS:
        return False
    return _marked(line) or not line.startswith(_TEMPLATE) and (
        code_line(line) or _INI_SECTION.match(line) is not None)


def _next_line(text: str, pos: int, step: int) -> str:
    """The (stripped) line right above (`step` -1) or below (+1) the line at `pos`; "" if none."""
    if step < 0:
        end = text.rfind("\n", 0, pos)
        return text[text.rfind("\n", 0, end) + 1:end].strip() if end > 0 else ""
    start = text.find("\n", pos)
    if start < 0:
        return ""
    end = text.find("\n", start + 1)
    return text[start + 1:len(text) if end < 0 else end].strip()


def _code_line(line: str, text: str, start: int, end: int) -> bool:
    """Whether the (stripped) line at `start:end` of `text` is a line of a block of code: it and
    the line right above or below it read as code (`_reads_as_code`), one of the two by its
    marks (`_marked`). A script's line alone between paragraphs (`brightcove.createExperiences();`,
    `@media only screen ... {...}`) is what a scraper left of a page's template: furniture that
    many of the site's pages carry."""
    if not _reads_as_code(line):
        return False
    marked = _marked(line)
    return any(nearby and _reads_as_code(nearby) and (marked or _marked(nearby))
               for nearby in (_next_line(text, start, -1), _next_line(text, end, 1)))


def code_block(text: str, start: int, end: int) -> bool:
    """Whether the line or paragraph at `start:end` is code or a config file's text, every line of
    it a line of a block of code (`_code_line`): the code of a page's examples, which its
    translations and other pages of one manual carry (`[Network]` / `DHCP=yes`, `#!/bin/sh` over
    a script), is the document's own. A menu has no call, assignment or statement (`Comments
    (3)`, `Home`)."""
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        line = text[pos:stop].strip()
        if line:
            lo = pos + (len(text[pos:stop]) - len(text[pos:stop].lstrip()))
            if not _code_line(line, text, lo, lo + len(line)):
                return False
        pos = stop + 1
    return True


_LEAD_IN = regex.compile(r"(?<!:):(?:[ \t]+>)?$")  # `Examples:`, and vim help's `Example: >` (an example follows)


def lead_in(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the one line at `start:end` leads in the document's own example: it ends with a
    colon, or with vim help's `: >` (the lines below are an example), and the next line that is
    not blank is indented deeper, not repeated (`repeated(its start)` is false) and, after a
    colon alone, code (`code_line`: `Examples:` over `c.vim  perl.vim`). `Example: >` is a
    common phrase that ten manuals' pages carry over their examples; a menu's caption (`Follow
    us:`) stands over the site's links, which repeat too, and a page's `Related:` over its own
    titles, which are no code. In reST the display is marked (`restmarks`): a line ending with a
    colon over a literal block's `::` or a directive (`Example:` over `.. code-block::`, click's
    `And what it looks like:` over `.. click:run::`), and a unit whose last line ends with `::` (`For
    example::`, `Example:` / `  ::`) over the literal block indented under it, lead in one too."""
    line = text[start:end]
    last_start = text.rfind("\n", 0, end) + 1
    literal = LITERAL_LEAD.search(text, max(last_start, start), end) is not None
    m = _LEAD_IN.search(line)
    if (m is None or "\n" in line) and not literal:
        return False
    below = text.find("\n", end)
    while below >= 0:
        stop = text.find("\n", below + 1)
        raw = text[below + 1:len(text) if stop < 0 else stop]
        if raw.strip():
            break
        below = stop
    else:
        return False
    first = below + 1 + len(raw) - len(raw.lstrip())
    last = text[last_start:end]
    indent = len(last[:len(last) - len(last.lstrip())].expandtabs(8))
    deeper = len(raw[:len(raw) - len(raw.lstrip())].expandtabs(8))
    if not literal and opens_display(raw.strip()) and deeper >= indent:
        return True  # `Example:` over reST's `::` or `.. code-block::`: the display is the document's own
    if deeper <= indent or repeated(first):
        return False
    return literal or ">" in m.group() or code_line(raw.strip())


def lead_in_over_code(s: Structure, start: int, end: int) -> bool:
    """Whether the one rendered line of an HTML page at `start:end` leads in the page's own code: it ends with a
    colon and the next line with anything on it is a `<pre>` block's or all inline code (`For example:` over the
    snippet a MkDocs page shows, `<p><code>request.state.x = 1</code></p>`; `lead_in` reads a plain text's lines,
    where a page's `<pre>` is blank: its body is markup, unseen)."""
    seen = s.view
    if _LEAD_IN.search(seen[start:end].rstrip()) is None or "\n" in seen[start:end].strip():
        return False
    for n in range(s.line_of(max(start, end - 1)) + 1, len(s.line_starts)):
        if s.line_role[n] is Role.CODE:
            return True
        a, b = s.line_bounds(n)
        if s.line_role[n] is not None or seen[a:b].strip():
            words = seen[a:b].strip()
            return bool(words) and s.in_code_span(a + seen[a:b].index(words[0])) and s.in_code_span(
                a + len(seen[a:b].rstrip()) - 1)
    return False
