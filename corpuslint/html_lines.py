"""An HTML text's rendered lines: where a browser or a text browser (lynx, inscriptis) breaks it.

A source line is not a line of the page: a feed entry holds a post on three lines joined by `<br />`,
a generated page puts its head, title and navigation header on one line, and a paragraph wraps over
many source lines. Line rules (CL140's model was trained on inscriptis and lynx renders) read the
page's lines, so the view rules see of an HTML text (`analysis.view`) breaks as the page does: the
source's own line breaks are the spaces HTML makes of them, and the white space around each tag that
breaks the text (`html_markup.BREAKS`: a block's edge, `<br>`, a table row) ends a line there, with a
blank line after a paragraph, a heading, a table (their margins), the page's `<title>` (not a line of
its body: the head reader reads it as a page's first line, standing alone) or two `<br>`; a no-break space
(`&nbsp;`) is the space it shows. A heading and a `<pre>` block, which rules do not see, stand on lines
of their own (a `<pre>` keeps its source lines), with the role they play (`kept_blocks`): the guards
written for a Markdown heading and code (CL402's copies under two headings) see them. Nothing moves: the
view keeps every offset, so a finding on a rendered line is reported at its source position and its
removal is the text between the tags (`html_markup.text_between_markup`). A text without a block tag
(a record of plain lines with a `<b>` in one) keeps its own lines.
"""

from __future__ import annotations

import bisect
import re
from typing import NamedTuple

from corpuslint.html_markup import merged_spans
from corpuslint.roles import Block, Role

# the elements with a margin above and below them: a blank line between them and the text around (and
# the page's `<title>`, which is no line of its body)
PARAGRAPHS = frozenset({"blockquote", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "p", "pre", "table",
                        "title"})
_TAG_NAME = re.compile(r"<\s*/?\s*([A-Za-z][A-Za-z0-9]*)")
# a no-break space written as a reference: a space on the page (a feed's `<p>&nbsp;</p>` is a blank line)
_NBSP = re.compile(r"&(?:nbsp|#160|#[xX]0*[aA]0);?")
_WORD = re.compile(r"\S")
_NEWLINE = re.compile("\n")


def rendered_lines(seen: str, text: str, breaks: list[tuple[int, int]], kept: list[tuple[str, int, int]] = ()) -> str:
    """`seen` (the HTML `text` with its markup blanked, same offsets) with its line breaks where the
    page's are: none inside a block, one or two in the blank space around the tags of `breaks`
    (sorted, disjoint), at its end (a line starts at its first word); a no-break space is a space.
    The `<pre>` bodies among `kept` ((element, start, end)) keep their own line breaks."""
    seen = no_break_spaces(seen)
    if not breaks:
        return seen
    chars = list(seen.replace("\r", " ").replace("\n", " "))
    for tag, a, b in kept:
        if tag == "pre":
            for m in _NEWLINE.finditer(seen, a, b):
                chars[m.start()] = "\n"
    n = len(chars)
    backwards = seen[::-1]  # (the word before a tag, found by a regex's search: a blanked page is mostly blank)
    i = 0
    while i < len(breaks):
        word = _WORD.search(backwards, n - breaks[i][0])
        start = n - word.start() if word else 0
        word = _WORD.search(seen, breaks[i][1])
        end = word.start() if word else n
        names = []
        while i < len(breaks) and breaks[i][0] < end:  # (the break tags of this one stretch of blank)
            names += _TAG_NAME.findall(text, breaks[i][0], breaks[i][1])
            i += 1
        if start == 0:
            continue  # (the text's first line starts at its first word)
        names = [name.lower() for name in names]
        count = 1 if end == n else 2 if names.count("br") > 1 or not PARAGRAPHS.isdisjoint(names) else 1
        for k in range(min(count, end - start)):
            chars[end - 1 - k] = "\n"
    return "".join(chars)


def kept_blocks(blocks: list[Block], rendered: str, line_starts: list[int], kept: list[tuple[str, int, int]]) -> list[Block]:
    """`blocks` (of the lines rules see) with the blocks of the headings (`Role.HEADING`), `<pre>` bodies and lines
    of inline code (`Role.CODE`: `code_lines`) among `kept` ((element, body start, body end)) on the `rendered` lines
    (`line_starts`) that show them: from the line of a body's first word to the line of its last (none for a body
    without one)."""
    if not kept:
        return blocks
    blocks = list(blocks)
    for tag, a, b in kept:
        first = _WORD.search(rendered, a, b)
        if first is None:
            continue
        last = b - 1
        while rendered[last].isspace():
            last -= 1
        n = bisect.bisect_right(line_starts, first.start()) - 1
        m = bisect.bisect_right(line_starts, last) - 1
        end = line_starts[m + 1] - 1 if m + 1 < len(line_starts) else len(rendered)
        blocks.append(Block(Role.CODE if tag in ("pre", "code") else Role.HEADING, n, m, line_starts[n], end))
    return sorted(blocks, key=lambda block: block.first)


class PageLines(NamedTuple):
    """What rules read of an HTML page: `text`, its words broken as the page's lines (`rendered_lines`), its lines
    of inline code blanked; `kept`, the bodies of its headings, `<pre>` blocks and lines of code (`kept_blocks`)."""

    text: str
    kept: list[tuple[str, int, int]]


def page_lines(seen: str, shown: str, text: str, layout) -> PageLines:
    """The lines of the HTML `text` (`layout`: its `html_markup.HtmlLayout`) with `seen` (its markup and inline code's
    marks blanked) on them, as `shown` (its tags only blanked) breaks: a line all inline code (`code_lines`) blank,
    as a `<pre>` block's lines are."""
    broken = rendered_lines(shown, text, layout.breaks, layout.kept)
    code = code_lines(broken, layout.code, merged_spans(layout.navigation + layout.own_lists))
    if code:
        chars = list(seen)
        for _tag, a, b in code:
            for i in range(a, b):
                if chars[i] not in "\r\n":
                    chars[i] = " "
        seen = "".join(chars)
    return PageLines(same_lines(seen, broken), layout.kept + code)


def code_lines(rendered: str, code: list[tuple[int, int]], elsewhere: list[tuple[int, int]] = ()) -> list[tuple[str, int, int]]:
    """The `rendered` lines whose words are all inline code (`code`: the bodies of `<code>`, `<kbd>`, `<samp>`,
    `<tt>`, sorted), as `kept` bodies ("code", start, end): a command (`pip install lxml`), an API name alone in
    a field or a table (`Expr`, `filter() float() ge()`), a signature. They are the page's content as a `<pre>`
    block is, however many pages of a manual give them (its translations, its API pages): rules do not see
    them and no fix takes them. A line with a word of prose beside its code (`Call pip install`) is prose, one in
    a navigation landmark (among `elsewhere`, sorted: a sidebar's contents naming the page's `DEBUG` section) an
    entry of the site's menu, and one in the page's own lists (`elsewhere` too: a field list's `Node type: Expr`)
    an entry's part, kept as its code spans are (a blank line there would cut the entry's lines apart)."""
    out: list[tuple[str, int, int]] = []
    n = len(rendered)
    for a, b in code:
        first = _WORD.search(rendered, a, b)  # (a line starts at its first word: the code's tags are before it)
        if first is None or out and first.start() < out[-1][2] or elsewhere and _within(elsewhere, a):
            continue  # (a line found already; a menu's entry, an own list's)
        start = rendered.rfind("\n", 0, first.start()) + 1
        end = rendered.find("\n", first.start())
        end = n if end < 0 else end
        at, k, whole = start, max(bisect.bisect_right(code, (start, n + 1)) - 1, 0), True
        while whole and (word := _WORD.search(rendered, at, end)) is not None:
            while k < len(code) and code[k][1] <= word.start():
                k += 1
            whole = k < len(code) and code[k][0] <= word.start()
            at = min(end, code[k][1]) if whole else end
        if whole and _WORD.search(rendered, start, end):
            out.append(("code", start, end))
    return out


def _within(spans: list[tuple[int, int]], at: int) -> bool:
    k = bisect.bisect_right(spans, (at, len(spans) and spans[-1][1] + 1)) - 1
    return k >= 0 and spans[k][0] <= at < spans[k][1]


def no_break_spaces(seen: str) -> str:
    """`seen` with each no-break space written as a reference (`&nbsp;`) blanked: the space the page shows."""
    return _NBSP.sub(lambda m: " " * len(m.group()), seen) if "&" in seen else seen


def same_lines(view: str, rendered: str) -> str:
    """`view` (a copy of the same text with more of it blanked: inline code's marks) broken where `rendered` is."""
    if view == rendered:
        return rendered
    view = no_break_spaces(view)
    chars = list((view if "\r" in rendered else view.replace("\r", " ")).replace("\n", " "))
    for m in _NEWLINE.finditer(rendered):
        chars[m.start()] = "\n"
    return "".join(chars)
