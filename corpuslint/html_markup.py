"""The markup of an HTML text: where its tags, comments, declarations and script or style bodies lie.

A record that says it holds HTML (`content_type: text/html`: a feed entry's content, a crawled
page) is a document in a markup language, as a Markdown record is: its tags are the language,
not markup left in text. Rules see the text with these spans blanked (`analysis.view`: the
words between the tags, at their own offsets), and no fix may change one of them. Read with the
standard library's `html.parser`, the tokenizer browsers' rules describe (a `<` that opens no tag
stays text, `<script>` and `<style>` bodies are raw text, a comment runs to its `-->`);
character references (`&amp;`) are the text's own: they are not markup. Code and headings are
protected as Markdown's are: a `<pre>` block as a fence and an `<h1>`-`<h6>` as a heading (blanked
whole), `<code>`, `<kbd>`, `<samp>` and `<tt>` as inline code (rules see its words, not its marks, and no
edit cuts into it).
"""

from __future__ import annotations

import bisect
import re
from html.parser import HTMLParser
from typing import NamedTuple


# a block of code and a heading: kept whole, as a fenced block and a heading are in Markdown
KEPT_WHOLE = frozenset({"pre", "h1", "h2", "h3", "h4", "h5", "h6"})
INLINE_CODE = frozenset({"code", "kbd", "samp", "tt"})  # (`<tt>`: the code of pages older than HTML5)
# the elements a browser starts a new line at (and ends one after): the text between two of them is
# one line or paragraph of the rendered page, whatever the source's line breaks. A table's cells
# are not among them: a row is read as one line, as a text browser renders it.
BREAKS = frozenset({
    "address", "article", "aside", "blockquote", "body", "br", "caption", "center", "dd", "details", "dialog",
    "div", "dl", "dt", "fieldset", "figcaption", "figure", "footer", "form", "h1", "h2", "h3", "h4", "h5", "h6",
    "head", "header", "hgroup", "hr", "html", "legend", "li", "main", "menu", "nav", "ol", "option", "p", "pre",
    "section", "select", "summary", "table", "tbody", "textarea", "tfoot", "thead", "title", "tr", "ul"})
# what a data table holds besides its cells' words; any other block inside makes it a page's layout
TABLE_PARTS = frozenset({"br", "caption", "tbody", "tfoot", "thead", "tr"})
# an inline `<svg>` is an image: its `<title>` a tooltip, its `<text>` drawn, none of it a line of the page's
# text (lynx and inscriptis show none of it); the body is markup. One of these HTML tags, which SVG does not
# have, ends an `<svg>` left open, as a browser's parser ends it (outside a `<foreignObject>`)
SVG_BREAKOUT = frozenset({
    "b", "big", "blockquote", "body", "br", "center", "code", "dd", "div", "dl", "dt", "em", "embed", "h1", "h2",
    "h3", "h4", "h5", "h6", "head", "hr", "i", "img", "li", "listing", "menu", "meta", "nobr", "ol", "p", "pre",
    "ruby", "s", "small", "span", "strike", "strong", "sub", "sup", "table", "tt", "u", "ul", "var"})
# the page's own region and its navigation, by the landmarks HTML and ARIA name (`<main>`, `role="navigation"`): a
# list inside the first and outside the second, linking only to the site's pages, is the page's own (a doc page's
# contents list, Sphinx's toctree; not a teaser list's cards nor a share bar: `_in_own_list`), as
# is a definition list (terms over their definitions: a manual's options, `-v` / `--verbose` / `Be verbose.` in
# every git manual page, `--stdin` alone in git-check-mailmap's) in no navigation landmark
MAIN_ROLES = frozenset({"main"})
NAVIGATION = frozenset({"nav", "aside", "header", "footer"})
NAVIGATION_ROLES = frozenset({"navigation", "complementary", "banner", "contentinfo", "search", "menu", "menubar"})
CARDS = frozenset({"article", "figure", "h1", "h2", "h3", "h4", "h5", "h6", "img", "picture", "svg", "button", "form"})
ABSOLUTE = re.compile(r"\s*(?:[A-Za-z][A-Za-z0-9+.-]*:|//)")  # (an address with its scheme or host: another site's)
VOID = frozenset({"area", "base", "br", "col", "embed", "hr", "img", "input", "link", "meta", "param", "source",
                  "track", "wbr"})
# the most words of a link a fix takes whole or not at all (`short_links`): a label and a page's title
LINK_WORDS = 8


def markup_spans(text: str, line_starts: list[int] | None = None) -> list[tuple[int, int]]:
    """(start, end) offsets of the markup in `text`, sorted and disjoint: each tag with its
    attributes, comment, doctype or processing instruction, and the body of each `<script>`,
    `<style>`, `<pre>` and heading element."""
    return html_spans(text, line_starts)[0]


def html_spans(text: str, line_starts: list[int] | None = None) -> tuple[list[tuple[int, int]], list[tuple[int, int]]]:
    """The markup spans (`markup_spans`) and the inline code spans (the bodies of `<code>`,
    `<kbd>` and `<samp>` outside a `<pre>` or heading) of `text`, each sorted and disjoint."""
    layout = html_layout(text, line_starts)
    return layout.markup, layout.code


class HtmlLayout(NamedTuple):
    """Where an HTML text's markup lies and how it breaks the page (each list sorted)."""

    markup: list[tuple[int, int]]  # `markup_spans`
    code: list[tuple[int, int]]  # inline code's bodies
    breaks: list[tuple[int, int]]  # the tags that end the rendered lines and paragraphs (`BREAKS`)
    tables: list[tuple[int, int]]  # data tables: rows of cells of words, no block inside
    tags: list[tuple[int, int]]  # `markup` without the bodies of `KEPT_WHOLE` elements: the tags only
    kept: list[tuple[str, int, int]]  # (element, body start, body end) of each outermost heading and `<pre>`
    titles: list[tuple[int, int]] = []  # the bodies of its `<title>` elements: the page's metadata, never its text
    links: list[tuple[int, int]] = []  # its short links laid out over blocks (`short_links`): a fix takes each whole
    own_lists: list[tuple[int, int]] = []  # its lists in its main region and its definition lists (`MAIN_ROLES`)
    navigation: list[tuple[int, int]] = []  # its navigation landmarks (`NAVIGATION`, `NAVIGATION_ROLES`)
    nav_tables: list[tuple[int, int]] = []  # its navigation tables (`navigation_table`)


def html_layout(text: str, line_starts: list[int] | None = None) -> HtmlLayout:
    """`html_spans`, the spans of the tags that break the rendered text into its lines and
    paragraphs (`BREAKS`), sorted: the text between two of them is one block of the page; the
    spans of its data tables (rows of cells of words, no block inside: not a page's layout), which a fix
    takes whole or not at all, as a plain text's table; and its headings' and `<pre>` blocks' bodies,
    which rules do not see but which stand on lines of their own (`html_lines.kept_blocks`)."""
    if "<" not in text:
        return HtmlLayout([], [], [], [], [], [])
    if line_starts is None:
        line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    reader = _MarkupReader(text, line_starts)
    try:
        reader.feed(text)
        reader.close()
    except (AssertionError, ValueError):  # (older parsers raised on a malformed declaration)
        pass
    reader.close_open()
    kept = _outermost(sorted(reader.kept, key=lambda k: (k[1], -k[2])))
    tags = merged_spans(reader.spans)
    markup = merged_spans(reader.spans + [(a, b) for _tag, a, b in reader.kept]) if reader.kept else tags
    return HtmlLayout(markup, merged_spans(reader.code), merged_spans(reader.breaks), merged_spans(reader.tables),
                      tags, kept, merged_spans(reader.titles), short_links(text, tags, reader.links),
                      merged_spans(reader.own_lists), merged_spans(reader.navigation), merged_spans(reader.nav_tables))


def short_links(text: str, tags: list[tuple[int, int]], links: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The links laid out over blocks (`links`: `<a>` … `</a>` with a block's tag inside) whose words are
    a label and the page it names (MkDocs' footer: `Next` and `Applications` in two `<div>`s): at most
    `LINK_WORDS` words, headings' included. Half of one is a label without its page or a page's title
    without its label. A longer one is a teaser card (a kicker, a headline, a summary, a time: `NFL` over
    a story's headline), whose lines stand on their own: a rule takes its kicker and leaves the headline
    as a navigation list's rule takes one entry. Sorted; each apart (two links side by side are two)."""
    out = []
    for a, b in sorted(links):
        words = sum(len(text[x:y].split()) for x, y in text_between_markup(tags, text, a, b))
        if words <= LINK_WORDS:
            out.append((a, b))
    return out


def navigation_table(nav_tables: list[tuple[int, int]], at: int) -> tuple[int, int] | None:
    """The navigation table (`nav_tables`, sorted) holding the offset `at`, if any: a table of rows of links a page
    marks as its navigation (its `summary` says so, as DocBook's `Navigation header` over `Prev | Up | Next` and
    `Navigation footer` over `Prev | Up | Next` / `crop.marks | Home | crop.mark.offset` do; a navigation `role`; in a
    navigation landmark), no block in it. A row of it names the neighbouring pages: the table goes whole."""
    k = bisect.bisect_right(nav_tables, (at, len(nav_tables) and nav_tables[-1][1] + 1)) - 1
    return nav_tables[k] if k >= 0 and nav_tables[k][0] <= at < nav_tables[k][1] else None


def _outermost(kept: list[tuple[str, int, int]]) -> list[tuple[str, int, int]]:
    """The bodies not inside another (sorted by start, longest first): a heading in a `<pre>` is the block's code."""
    out: list[tuple[str, int, int]] = []
    for body in kept:
        if body[1] < body[2] and not (out and body[1] < out[-1][2]):
            out.append(body)
    return out


def touches_markup(spans: list[tuple[int, int]], start: int, end: int) -> bool:
    """Whether text[start:end] (or the point `start`, for an insertion) overlaps a markup span."""
    i = bisect.bisect_right(spans, (start, len(spans) and spans[-1][1] + 1)) - 1
    if i >= 0 and spans[i][0] <= start < spans[i][1] and (start > spans[i][0] or end > start):
        return True
    j = i + 1
    return j < len(spans) and spans[j][0] < end


def text_between_markup(spans: list[tuple[int, int]], text: str, start: int, end: int) -> list[tuple[int, int]]:
    """A removal of text[start:end] that takes markup (`<p><b>Язык:</b>&nbsp;English</p>`, a
    boilerplate line of a page) as the removals of its text only, each piece between two tags
    without its edge blanks: the tags stay (an empty `<p><b></b></p>` shows nothing). Empty when
    it touches no markup (nothing to narrow) or holds no text."""
    if not spans or not touches_markup(spans, start, end):
        return []
    pieces = []
    i = max(bisect.bisect_right(spans, (start, len(text) + 1)) - 1, 0)
    at = start
    while at < end:
        while i < len(spans) and spans[i][1] <= at:
            i += 1
        stop = min(end, spans[i][0]) if i < len(spans) else end
        if at < stop and text[at:stop].strip():
            a, b = at, stop
            while text[a].isspace():
                a += 1
            while text[b - 1].isspace():
                b -= 1
            pieces.append((a, b))
        at = max(stop, spans[i][1]) if i < len(spans) and stop == spans[i][0] else end
    return pieces


# the headings whose section a fix may take with it: an `<h1>` is the page's name, its section the page
SECTION_HEADINGS = ("h2", "h3", "h4", "h5", "h6")


# what a section may hold that no removal of text takes: a heading over an image, a form or a widget (an ad's
# frame, a share bar's buttons, an Instagram strip) labels that, not the text a fix removes after it
EMBEDDED = re.compile(r"<(?:img|picture|video|audio|iframe|svg|canvas|object|embed|form|input|select|textarea|button)\b",
                      re.IGNORECASE)


def heading_sections(kept: list[tuple[str, int, int]], text: str) -> list[tuple[int, int, int, bool]]:
    """(body start, body end, section end, embeds) of each `<h2>`-`<h6>` heading of `kept` (`HtmlLayout.kept`): its
    section runs to the next heading of its rank or above (where that one's body starts: the tags between are no
    text), or to the text's end; `embeds`: it holds an image, a form or a widget (`EMBEDDED`)."""
    heads = [(int(tag[1]), a, b) for tag, a, b in kept if tag[:1] == "h" and tag[1:].isdigit()]
    out = []
    for k, (rank, a, b) in enumerate(heads):
        if f"h{rank}" in SECTION_HEADINGS:
            stop = next((a2 for rank2, a2, _b2 in heads[k + 1:] if rank2 <= rank), len(text))
            out.append((a, b, stop, EMBEDDED.search(text, b, stop) is not None))
    return out


def uncovered(words: str, start: int, end: int, taken: list[tuple[int, int]]) -> bool:
    """Whether `words` (the text, its markup blanked) holds a word between `start` and `end` outside the sorted,
    disjoint spans `taken`."""
    at = start
    i = max(bisect.bisect_right(taken, (start, len(words) + 1)) - 1, 0)
    for a, b in taken[i:]:
        if a >= end:
            break
        if b <= at:
            continue
        if words[at:min(a, end)].strip():
            return True
        at = max(at, b)
    return bool(words[at:end].strip()) if at < end else False


def block_taken_in_part(seen: str, breaks: list[tuple[int, int]], taken: list[tuple[int, int]], tables: list[tuple[int, int]] = (),
                        links: list[tuple[int, int]] = ()) -> tuple[int, int, str] | None:
    """The first rendered block (the text between two `BREAKS` tags), data table or link laid out over
    blocks that removing the spans `taken` (sorted) would take part of: some of its words, not all (`seen`:
    the text with its markup blanked), with what it is. A source line that continues a paragraph or a table
    row is half a sentence or half a row (`"Release Notes."</p>`, one cell of an options table), some rows
    of a table a table cut short, a footer's `Next` without the page it names (MkDocs' `<a>` holding `Next`
    and `Applications` in two `<div>`s, issue 16) a link cut in two; None if each goes whole."""
    for start, end in taken:
        words = [i for i in (_first_word(seen, start, end), _last_word(seen, start, end)) if i is not None]
        for i in words:
            k = bisect.bisect_right(breaks, (i, len(seen) + 1)) - 1
            a = breaks[k][1] if k >= 0 else 0
            b = breaks[k + 1][0] if k + 1 < len(breaks) else len(seen)
            if left_over(seen, a, b, taken):
                return a, b, "paragraph"
            for a, b in tables:
                if a <= i < b and left_over(seen, a, b, taken):
                    return a, b, "table"
            for a, b in links:
                if a <= i < b and left_over(seen, a, b, taken):
                    return a, b, "link"
    return None


def continues_block(seen: str, breaks: list[tuple[int, int]], start: int) -> bool:
    """Whether the text at `start` goes on with a rendered block whose words begin before it (a
    source line that continues a paragraph: `"Release Notes."</p>`, the end of a sentence), not the
    block's first line (`Last updated` over the footer's date, its own line of the page)."""
    k = bisect.bisect_right(breaks, (start, len(seen) + 1)) - 1
    a = breaks[k][1] if k >= 0 else 0
    i = start - 1
    while i >= a and seen[i].isspace():  # (back to the word before: a block may be the whole text)
        i -= 1
    return i >= a


def _first_word(seen: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not seen[i].isspace():
            return i
    return None


def _last_word(seen: str, start: int, end: int) -> int | None:
    for i in range(end - 1, start - 1, -1):
        if not seen[i].isspace():
            return i
    return None


_WORD = re.compile(r"\S")


def left_over(seen: str, a: int, b: int, taken: list[tuple[int, int]]) -> bool:
    """Whether `seen[a:b]` holds words outside the spans `taken` (sorted)."""
    at = a
    for x, y in taken:
        if y <= at:
            continue
        if x >= b or _WORD.search(seen, at, x):
            break
        at = y
    return at < b and _WORD.search(seen, at, b) is not None


class _MarkupReader(HTMLParser):
    """Records the span of each markup token; the text between them is left alone."""

    def __init__(self, text: str, line_starts: list[int]) -> None:
        super().__init__(convert_charrefs=False)
        self.text = text
        self.line_starts = line_starts
        self.spans: list[tuple[int, int]] = []
        self.code: list[tuple[int, int]] = []
        self.breaks: list[tuple[int, int]] = []
        self.tables: list[tuple[int, int]] = []
        self.kept: list[tuple[str, int, int]] = []  # (element, body start, body end) of each heading and `<pre>`
        self.open_tables: list[list] = []  # [start, holds a block, rows, navigation] of each table open
        self.nav_tables: list[tuple[int, int]] = []
        self.open: dict[str, tuple[int, int]] = {}  # element -> (nesting depth, where its body starts)
        self.titles: list[tuple[int, int]] = []  # the body of each `<title>`
        self.title_body: int | None = None  # where the open `<title>`'s body starts
        self.links: list[tuple[int, int]] = []
        self.open_links: list[list] = []  # [start, holds a block] of each `<a>` open
        self.svg: list[int] | None = None  # [start, nesting depth, `<foreignObject>` depth] of the open `<svg>`
        self.depth: dict[str, int] = {}  # element -> how many are open
        self.landmarks: list[tuple[str, int, bool, int]] = []  # (element, its depth, navigation, start) of those open
        self.navigation: list[tuple[int, int]] = []  # the navigation landmarks closed
        self.own_list: list | None = None  # [element, its depth, start, a card's or a share bar's mark] of one open
        self.terms: list[int] | None = None  # [depth, start, terms] of the outermost definition list open
        self.own_lists: list[tuple[int, int]] = []

    def _here(self) -> int:
        line, column = self.getpos()
        return self.line_starts[line - 1] + column

    def _to(self, closer: str, start: int) -> None:
        found = self.text.find(closer, start + 1)
        self.spans.append((start, len(self.text) if found < 0 else found + len(closer)))

    def handle_starttag(self, tag, attrs):
        start = self._here()
        end = start + len(self.get_starttag_text() or "<")
        self.spans.append((start, end))
        if self._in_svg(tag, start, 1, tag in SVG_BREAKOUT):
            return
        if tag not in VOID and tag != "svg":
            self._opened(tag, dict(attrs).get("role") or "", start)
        if self.own_list is not None:
            self._in_own_list(tag, attrs)
        if tag == "svg":
            self.svg = [start, 1, 0]
            return
        if tag == "a":
            while self.open_links:  # (an `<a>` inside an open one closes it first, as a browser reads it)
                self._link_closed(start)
            self.open_links.append([start, False])
        if tag in BREAKS:
            self.breaks.append((start, end))
            self._in_link()
            if self.open_tables and tag not in TABLE_PARTS:
                self.open_tables[-1][1] = True
            elif self.open_tables and tag == "tr":
                self.open_tables[-1][2] += 1
            if tag == "table":
                summary = (dict(attrs).get("summary") or "").lower()
                self.open_tables.append([start, False, 0, self._in_navigation() or "navigation" in summary or (
                    dict(attrs).get("role") or "").strip().lower() in NAVIGATION_ROLES])
        if tag == "title":
            self.title_body = end
        if tag in KEPT_WHOLE or tag in INLINE_CODE and KEPT_WHOLE.isdisjoint(self.open):
            depth, body = self.open.get(tag, (0, end))
            self.open[tag] = (depth + 1, body)

    def handle_startendtag(self, tag, attrs):
        start = self._here()
        self.spans.append((start, start + len(self.get_starttag_text() or "<")))
        if self._in_svg(tag, start, 0, tag in SVG_BREAKOUT):
            return
        if self.own_list is not None:
            self._in_own_list(tag, attrs)
        if tag in BREAKS:
            self.breaks.append(self.spans[-1])
            self._in_link()

    def handle_endtag(self, tag):
        start = self._here()
        self._to(">", start)
        if self._in_svg(tag, start, -1, tag in ("br", "p")):  # (`</p>` and `</br>` end it too)
            return
        if self.depth.get(tag):
            self._closing(tag, self.spans[-1][1])
        if tag in BREAKS:
            self.breaks.append(self.spans[-1])
            self._in_link()
        if tag == "a" and self.open_links:
            self._link_closed(self.spans[-1][1])
        if tag == "title" and self.title_body is not None:
            self.titles.append((self.title_body, start))
            self.title_body = None
        if tag == "table" and self.open_tables:
            opened, layout, rows, navigation = self.open_tables.pop()
            if not layout and rows > 1:  # (one row of links is a menu bar laid out)
                self.tables.append((opened, self.spans[-1][1]))
            if not layout and navigation:
                self.nav_tables.append((opened, self.spans[-1][1]))
        if tag in self.open:
            depth, body = self.open.pop(tag)
            if depth > 1:
                self.open[tag] = (depth - 1, body)
            else:
                self._closed(tag, body, start)

    def _opened(self, tag: str, role: str, start: int) -> None:
        """Follows the landmarks open (`MAIN_ROLES`, `NAVIGATION`) and the page's own lists (`<ul>`, `<ol>` opened
        in its main region, in no navigation landmark; a `<dl>` in none) at the element `tag` opened at `start`."""
        depth = self.depth[tag] = self.depth.get(tag, 0) + 1
        role = role.strip().lower()
        if tag == "main" or role in MAIN_ROLES:
            self.landmarks.append((tag, depth, False, start))
        elif tag in NAVIGATION or role in NAVIGATION_ROLES:
            self.landmarks.append((tag, depth, True, start))
        elif tag in ("ul", "ol") and self.own_list is None and self.landmarks and not self._in_navigation():
            self.own_list = [tag, depth, start, False]
        elif tag == "dl" and self.terms is None and not self._in_navigation():
            self.terms = [depth, start, 0]
        elif tag == "dt" and self.terms is not None:
            self.terms[2] += 1

    def _in_own_list(self, tag: str, attrs) -> None:
        """A contents list names the site's pages by their titles, a list of the text's holds its words: its links
        (if any) are the site's own (no scheme, no host), none a card's (a heading, an article, a picture in it: a
        teaser list) nor a share bar's (a link to another host, `mailto:`, an icon): a site's teasers and buttons
        set in `<main>` are not the page's."""
        if tag in CARDS:
            self.own_list[3] = True
        elif tag == "a" and ABSOLUTE.match(dict(attrs).get("href") or ""):
            self.own_list[3] = True

    def _in_navigation(self) -> bool:
        return any(landmark[2] for landmark in self.landmarks)

    def _closing(self, tag: str, end: int) -> None:
        """The element `tag` closed (ending at `end`): the landmark or own list it opened closes with it."""
        depth = self.depth[tag]
        self.depth[tag] = depth - 1
        for k in range(len(self.landmarks) - 1, -1, -1):
            if self.landmarks[k][:2] == (tag, depth):
                if self.landmarks[k][2]:
                    self.navigation.append((self.landmarks[k][3], end))
                del self.landmarks[k:]  # (and a landmark left open inside it)
                break
        if self.own_list is not None and self.own_list[:2] == [tag, depth]:
            if not self.own_list[3]:
                self.own_lists.append((self.own_list[2], end))
            self.own_list = None
        if tag == "dl" and self.terms is not None and self.terms[0] == depth:
            if self.terms[2]:  # (terms over their definitions: a manual's options, an API, a glossary)
                self.own_lists.append((self.terms[1], end))
            self.terms = None

    def _in_svg(self, tag: str, start: int, step: int, html_only: bool) -> bool:
        """Whether the tag at `start` (`step`: 1 opens an element, -1 closes one, 0 both) is inside an `<svg>`:
        the image's markup. An `<svg>` it closes, or ends (`html_only`: a tag SVG does not have,
        `SVG_BREAKOUT`), is one span of markup."""
        if self.svg is None:
            return False
        if html_only and not self.svg[2]:
            self._svg_closed(start)
            return False
        if tag == "svg":
            self.svg[1] += step
        elif tag == "foreignobject":
            self.svg[2] = max(0, self.svg[2] + step)
        if self.svg[1] <= 0:
            self._svg_closed(self.spans[-1][1])
        return True

    def _svg_closed(self, end: int) -> None:
        self.spans.append((self.svg[0], end))
        self.svg = None

    def _link_closed(self, end: int) -> None:
        opened, blocks = self.open_links.pop()
        if blocks:
            self.links.append((opened, end))

    def _in_link(self) -> None:
        """A block's tag inside the open links: each is laid out over blocks (its words on several lines)."""
        for link in self.open_links:
            link[1] = True

    def close_open(self) -> None:
        """An element left open runs to the text's end (as a browser renders it)."""
        if self.svg is not None:
            self._svg_closed(len(self.text))
        self.navigation += [(start, len(self.text)) for _tag, _depth, navigation, start in self.landmarks if navigation]
        for tag, (_depth, body) in self.open.items():
            self._closed(tag, body, len(self.text))
        self.open.clear()

    def _closed(self, tag: str, body: int, end: int) -> None:
        if tag in KEPT_WHOLE:
            self.kept.append((tag, body, end))
        else:
            self.code.append((body, end))

    def handle_comment(self, data):
        start = self._here()
        closer = "-->" if self.text.startswith("<!--", start) else ">"
        self._to(closer, start)

    def handle_decl(self, decl):
        self._to(">", self._here())

    def handle_pi(self, data):
        self._to(">", self._here())

    def unknown_decl(self, data):  # `<![CDATA[...]]>`
        self._to("]]>" if data.startswith("CDATA[") else ">", self._here())

    def handle_data(self, data):
        if self.cdata_elem is not None:  # a script or style body: code, not text
            start = self._here()
            self.spans.append((start, start + len(data)))


def merged_spans(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`spans` sorted, overlapping or touching ones joined, empty ones dropped."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if start >= end:
            continue
        if out and start <= out[-1][1]:
            if end > out[-1][1]:
                out[-1] = (out[-1][0], end)
        else:
            out.append((start, end))
    return out
