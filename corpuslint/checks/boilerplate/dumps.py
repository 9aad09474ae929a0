"""A web page dumped by a text browser (lynx -dump, w3m, links): recognised, its wrapped paragraphs joined.

A text browser prints a page hard-wrapped at its screen's width (lynx: 80 columns), so each
paragraph of the article stands on several lines of 60 to 79 characters, most of them ending in
the middle of a sentence. CL140's line features (words per line, a sentence end) mean nothing
there, and its `pages-only` gate declines hard-wrapped text (issue 15, session 21: on the lynx
dumps of 151 real pages the rule found 10% of the furniture, on the same pages as inscriptis text
64%). What a dump keeps of the page tells it from the other hard-wrapped text (a manual page, a
changelog, a licence, e-mail), whose short lines are the document's own (`text_browser_dump`):
its form widgets (`(BUTTON)`, a text field of underscores), images by their file name
(`[logo.png]`), its menus as bullets at a fixed indentation (`     * Home`), nested five columns
deeper with the next bullet (`          + Sub`: a sign of its own, shops27: a dump without images' names
or forms shows its menus only),
the page's link `#Title` on its first line, the list of `References` lynx adds at its end.

`unwrap` gives the rule the lines it learned: each wrapped paragraph as one line (one `Line`
over the paragraph's original lines; its text their words, joined). A line is the wrapped
start of the next when the next one's first word would not have fitted on it (the width of
the dump known from its lines) and the next goes on at the column where its text began (a
list item's text, not its bullet). A run of short links never fills the width: each stays a
line of its own. A finding on a joined line covers all its original lines (a fix removes the
whole paragraph, never half of it).

A manual or a book dumped by a text browser is still a manual (`manual`): its chapters show the
same signs (DocBook's navigation: the `#Title` link, menu bullets), but between its navigation
bars stand the chapter's own numbered headings, its table of contents, tables, shell commands
and their lead-in sentences, all short lines the model learned as a page's furniture (review21
#1: the Debian Reference's chapters, 71 of 113 findings inside the chapter). Its sign is its
numbered sections, two levels deep or more (`6.7. Le diagnostic ...`, `12.2.1. Mailing lists`),
`SECTIONS` of them, `CONTENTS` of them in a row (a contents list). The 151 pages of qa20b have
none such run (one line at most looks like a section's number: `66.820 Gebrauchtmaschinen` is not).

CL140 asks one question of this module (`page_lines`): the lines to judge, a dump's unwrapped and
without lynx's `References` list, and that list, reported whole by its shape (`references_finding`),
and whether the text is a page's dump. A dump is a page by its marks, whatever its width: the
`hard-wrapped text` shape does not decline it (a dump whose width cannot be told, fewer than
`_WIDTH_LINES` lines of text, or whose `o` bullets read as sentences running on in lower case, stays
wrapped), and its lists are no code (`dump_kept`): lynx nests its bullets `*`, `+`, `o`, `#`, `@`,
each level five columns deeper, and plain text's structure reads a block indented deeper than the
line above, its lines opening with `#` (a comment) or `@` (a decorator), as an indented code block
(qa20b, half A: 870 lines of menus so kept on 6 of 78 pages, 536 on one).
"""

from __future__ import annotations

import re

from corpuslint.analysis import Role, plain_kept, structure
from corpuslint.checks.boilerplate.linefeatures import Line, candidate_lines
from corpuslint.checks.boilerplate.pageshape import hard_wrapped
from corpuslint.models import Document, Fix, Violation
from corpuslint.plain_code import bulleted_line, code_line, form_field
from corpuslint.textutil import block_removal

__all__ = ["dump_kept", "guard_edges", "link_header_end", "manual", "page_lines", "references_finding", "references_tail",
           "text_browser_dump", "unwrap"]

_HEAD = re.compile(r"\A\s*\n? {3}#\S")  # lynx's list of the page's `<link>` elements, on its first line
# what a text browser leaves of a page, each a sign of its own (a dump has two or more of them)
_MARKS = (
    re.compile(r"\((?:BUTTON|IMG|submit|Submit)\)"),  # a form's button, an image without its name
    # an image by its file name, and the query of a resized copy (`[29020c.jpeg?w=1000&amp;q=65]`, lynx may wrap it)
    re.compile(r"\[[^\]\s/]{1,80}\.(?:png|jpe?g|gif|svg|webp)(?:\?[^\]\[]{1,300})?\]", re.I),
    re.compile(r"(?:^ {5}\* \S.*\n(?:.*\n){0,3}?){3}", re.M),  # a menu: three bullets at lynx's indentation
    re.compile(r"^ {5}\* \S.*\n {10}\+ \S", re.M),  # lynx's nesting: a `+` item at ten columns right under a `*` at five
    re.compile(r"(?<!_)_{20}(?!_)|\S _{8,60}(?!_)|(?<!_)_{8,60} \S"),  # a text field (lynx's default size, or labelled)
    re.compile(r"^ *IFRAME: \S", re.M),  # an inline frame, by its address
    _HEAD,  # the page's link (`#Title`, an alternate or a feed) on the first line
    re.compile(r"^References\n\n(?: +Visible links:\n)? +1\. (?:https?|file|ftp|mailto):", re.M),  # lynx's list of the links
)
MARKS = 2  # a dump shows this many of them at least
# lynx's number of a link, before its text (`[29]webcast`, `* [25]python,`): no word of the page
_LINK_NUMBER = re.compile(r"\[\d{1,4}\](?=\S)")
# the list of the page's links lynx prints at its end, below `References`
_REFERENCE = re.compile(r"(?:Visible|Hidden) links:|\d{1,5}\. [a-z][a-z+.-]*:\S*")
_BULLET = re.compile(r"(?:[*+#o•-]|\d{1,3}[.)])\s+")  # a list item's bullet or number
# ... on a line that goes on at a paragraph's column: not lynx's third bullet `o` there, a word
# (`o que`, `o bien`)
_ITEM = re.compile(r"(?:[*+#•-]|\d{1,3}[.)])\s+")
# a section's number (two levels or more, `6.7.`, `12.2.1`, an appendix's `A.1.`) and its title's first letter
_SECTION = re.compile(r"(?:\d{1,2}|[A-Z])(?:\.\d{1,2})+\.?\s+[^\W\d_]")
SECTIONS = 6  # numbered sections: a manual's chapter ...
CONTENTS = 3  # ... this many of them on non-blank lines in a row (its contents)
_WIDTH_LINES = 20  # lines of five words or more a width is read from
_SLACK = 25  # a wrapped line is at most this much narrower than the width (a long word moved down)


def text_browser_dump(text: str) -> bool:
    """Whether the text is a page dumped by a text browser: `MARKS` of its signs (the module's doc)."""
    found = 0
    for mark in _MARKS:
        if mark.search(text):
            found += 1
            if found >= MARKS:
                return True
    return False


def link_header_end(text: str, start: int) -> int | None:
    """Where lynx's line of the page's `<link rel>` labels ends, if the line at `start` opens it (`   #The Debian
    Administrator's Handbook Appendix A. Derivative` first in the text): the end of its paragraph. lynx prints the
    labels (the book's, the chapter's, the previous and the next page's) as one line it wraps at its width or breaks
    between two labels; every line of it down to the blank line is the header, and the lines under its first are the
    neighbouring pages' titles (tester28 #18: left behind by a removal of the first line alone, they opened the text
    and CL504 read `Distributions Appendix A. … A.3. Linux Mint`, or the previous chapter's title, as the page's)."""
    if text[start:start + 1] != "#" or not _HEAD.match(text[:start + 2]):
        return None
    blank = re.compile(r"\n[ \t]*(?:\n|\Z)").search(text, start)
    return len(text[:blank.start()].rstrip()) if blank else len(text.rstrip())


def manual(lines: list[Line]) -> bool:
    """Whether the dump is a manual's or a book's chapter: `SECTIONS` lines or more open with a
    section's number (`_SECTION`), `CONTENTS` of them in a row, blank lines aside (the module's doc)."""
    found = run = longest = 0
    for line in lines:
        if not _SECTION.match(line.text):
            run = 0
            continue
        found += 1
        run += 1
        longest = max(longest, run)
        if found >= SECTIONS and longest >= CONTENTS:
            return True
    return False


def _width(raws: list[str]) -> int:
    """The width the text is wrapped at: the 95th percentile of its lines of five words or more
    (an overlong line, a URL or a row of code, does not move it); 0 if too few to tell."""
    widths = sorted(len(raw) for raw in raws if raw.count(" ") >= 4 + len(raw) - len(raw.lstrip(" ")))
    if len(widths) < _WIDTH_LINES:
        return 0
    return widths[int(0.95 * (len(widths) - 1))]


def _text_column(raw: str) -> int:
    """Where a line's text begins: after its indentation and its bullet or number, if any."""
    stripped = raw.lstrip(" ")
    m = _BULLET.match(stripped)
    return len(raw) - len(stripped) + (m.end() if m else 0)


def unwrap(text: str, lines: list[Line]) -> list[Line]:
    """`lines` (the text's non-blank lines, `split_lines` or `candidate_lines`) with each wrapped
    paragraph made one line: its start the first line's, its end the last one's, its text their
    texts joined by a space. The lines are numbered again, a paragraph counting one (two lines
    are consecutive when no blank line stands between them, as before). No counts or features:
    `candidate_lines(text, lines)` gives them. `lines` unchanged if the width cannot be told."""
    raws = [text[line.start - _indent(text, line.start):line.end] for line in lines]
    width = _width(raws)
    if not width:
        return lines
    out: list[Line] = []
    shift = 0  # original lines joined so far: the new numbers are the old ones less this
    i, n = 0, len(lines)
    while i < n:
        first = lines[i]
        column = _text_column(raws[i])
        j = i
        while j + 1 < n and _wraps(raws[j], raws[j + 1], lines[j], lines[j + 1], width, column):
            j += 1
        last = lines[j]
        joined = first.text if j == i else " ".join(line.text for line in lines[i:j + 1])
        if "[" in joined:
            joined = _LINK_NUMBER.sub("", joined) or joined
        joined = Line(first.start, last.end, first.number - shift, joined, first.blank_before, last.blank_after)
        out.append(joined)
        shift += j - i
        i = j + 1
    return out


def _indent(text: str, start: int) -> int:
    """The spaces before a stripped line's start on its raw line."""
    k = start
    while k > 0 and text[k - 1] == " ":
        k -= 1
    return start - k


def _wraps(raw: str, below: str, line: Line, after: Line, width: int, column: int) -> bool:
    """`below`, the very next line, is the wrapped rest of the paragraph `raw` stands in: the
    first word of `below` would not have fitted on `raw`, `raw` is text (three words or more),
    and `below` goes on at the paragraph's text column with no bullet of its own."""
    if after.number != line.number + 1 or len(raw) < width - _SLACK or line.text.count(" ") < 2:
        return False
    indent = len(below) - len(below.lstrip(" "))
    if indent != column or _ITEM.match(after.text):
        return False
    word = after.text.split(None, 1)[0]
    return len(raw) + 1 + len(word) > width


def references_tail(lines: list[Line]) -> int | None:
    """The index of the `References` line that opens lynx's list of the page's links at the end
    of a dump (`Visible links:`, `1. https://...`, every line to the end), or None: the
    browser's index of the page's links, none of the page's text."""
    k = len(lines) - 1
    while k > 0 and _REFERENCE.fullmatch(lines[k].text):
        k -= 1
    return k if k < len(lines) - 1 and lines[k].text == "References" else None


def page_lines(text: str, lines: list[Line]) -> tuple[list[Line], list[list[Line]], bool]:
    """The lines CL140 judges of `text` (its `candidate_lines`), the browser's own blocks judged apart
    (none but in a dump), and whether the text is a page's dump. A page as a text browser prints it
    (hard-wrapped, `text_browser_dump`) is read with each wrapped paragraph as the one line it was
    (`unwrap`); lynx's list of the page's links at its end (`references_tail`) is the browser's, not
    the page's, and is judged apart. A manual's chapter so dumped stays hard-wrapped text (`manual`):
    `lines` as given, no dump."""
    if hard_wrapped(lines) and text_browser_dump(text):
        unwrapped = candidate_lines(text, unwrap(text, lines))
        if not manual(unwrapped):
            apart = []
            tail = references_tail(unwrapped)
            if tail is not None:
                apart.append(unwrapped[tail:])
                unwrapped = unwrapped[:tail]
            return unwrapped, apart, True
    return lines, [], False


def dump_kept(doc: Document):
    """`analysis.plain_kept` for a page's dump: a test whether a span lies on the text's code or
    structure lines only, a line that plain text's structure took for code kept only where it reads
    as code (`_browsers_line`); None for a text without such lines."""
    s = structure(doc)
    if not any(role in s.kept for role in s.line_role):
        return None

    def own(n: int) -> bool:
        line = s.line_text(n).strip()
        return not line or (s.line_role[n] in s.kept and not (s.line_role[n] is Role.CODE and _browsers_line(line)))

    def kept(start: int, end: int) -> bool:
        return all(own(n) for n in range(s.line_of(start), s.line_of(max(start, end - 1)) + 1))
    return kept


def guard_edges(doc: Document, lines: list[Line]):
    """For a dump's `lines`: a test whether two of them (indices) stand on either side of the edge of
    the lines the fixer guards (plain text's code and structure lines, `analysis.plain_kept`, which no
    fix may change), or None for a text without such lines. CL140 flags the browser's lines among them
    (`dump_kept`), but a finding over both would lose its whole fix: a run of flagged lines is cut
    there, so the lines the fixer may take keep their fix (qa20b lynx: 13,536 -> 12,651 boilerplate
    lines removed before the cut, on pages such as cnn_test_nlp whose menus plain text reads as code)."""
    kept = plain_kept(doc)
    if kept is None:
        return None
    return lambda a, b: kept(lines[a].start, lines[a].end) != kept(lines[b].start, lines[b].end)


def _browsers_line(line: str) -> bool:
    """Whether a (stripped) line of a dump that plain text's structure reads as code is the browser's
    layout of the page: a list item (`plain_code.bulleted_line`: lynx's bullets, level by level; not a number,
    which in a block read as code may be the code's: taken for the browser's, nytimes' `1. Loading...` joined a
    CL140 run to lines the fixer guards as code, and two lines beside it kept their fix, sb26 B), a form's
    field (`plain_code.form_field`), or a line that does not read as code (`plain_code.code_line`: a shop's
    `Auf den Wunschzettel`, a form's label) and opens with a capital, as a label does: not a wrapped
    fragment of a sentence (in lower case, or after a formula's TeX in braces: the text between a
    Wikipedia formula's lines)."""
    return bulleted_line(line) or form_field(line) or (line[0].isupper() and not code_line(line))


def references_finding(text: str, tail: list[Line]) -> Violation:
    """CL140's finding on lynx's `References` list (`page_lines`'s second part): found by its shape,
    no model's score."""
    size = f"{len(tail)} lines"
    start, end = block_removal(text, tail[0].start, tail[-1].end)
    return Violation(start=tail[0].start, end=tail[-1].end,
                     message=f"boilerplate {size}: a text browser's list of the page's links",
                     fix=Fix.delete(start, end, f"Remove the {size}", safe=False),
                     data={"lines": len(tail), "text_browser": True})
