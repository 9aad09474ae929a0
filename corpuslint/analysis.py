"""The shared per-document analysis: a document's blocks and the role each plays.

Every rule family needs to know what a line *is* before judging it: a fence line or `}` in a
code block is not boilerplate, `### Known issues` is a section heading and not a repeated
paragraph, `[install]: https://…` is a link definition and not a stray URL, `<details>` in a
Markdown HTML block is legal markup. The analysis is computed once per document (cached on it)
and handed to every family:

* `Markdown` is parsed with markdown-it-py (CommonMark, tables, the front-matter plugin), so
  fences inside list items and quotes, indented code, HTML blocks and lazy lines are read as a
  CommonMark renderer reads them; Liquid `{% highlight %}` blocks (Jekyll) are code too.
* Plain text keeps its line/paragraph model, with the roles that can be seen in it: list items
  (`- `, `1. `), quotations (`> `), table rows (cells between `|` or tabs). Code cannot be told
  from prose there: a line of code-like text inside prose is prose.

Rules see `view(doc)`: the same document whose code (fenced, indented, inline spans), headings,
link definitions, HTML blocks and front matter are blanked (spaces, newlines kept), so offsets,
lines and columns are those of the real text, and nothing a rule can match lies inside them.
The fixer asks `removal_problem` before it applies a removal, so no fix takes a protected line,
part of a list item or quotation, or an unflagged line of the flagged paragraph.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from enum import Enum
from functools import lru_cache
from typing import TYPE_CHECKING

import regex

from corpuslint import rxcache

if TYPE_CHECKING:
    from corpuslint.models import Document


class Role(str, Enum):
    PROSE = "prose"
    HEADING = "heading"
    LIST_ITEM = "list item"
    QUOTE = "quote"
    TABLE = "table"
    CODE = "code"
    HTML = "html"
    LINK_DEFINITION = "link definition"
    FRONT_MATTER = "front matter"
    BREAK = "thematic break"


# Never checked as prose, never removed by a fix.
PROTECTED = frozenset({Role.HEADING, Role.CODE, Role.HTML, Role.LINK_DEFINITION, Role.FRONT_MATTER, Role.BREAK})
# Markdown tables are data an author laid out, not prose: rules do not see them either.
UNSEEN = PROTECTED | {Role.TABLE}
# A fix takes such a block whole or not at all.
WHOLE = frozenset({Role.LIST_ITEM, Role.QUOTE, Role.TABLE})


@dataclass(slots=True, frozen=True)
class Block:
    """Lines `first`..`last` (0-based lines of the document's text, inclusive) of one role."""

    role: Role
    first: int
    last: int
    start: int  # offset of the first line's start
    end: int  # offset of the last line's end (before its newline)


LINK_DEFINITION = rxcache.compile(r"(?m)^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S")
LIQUID_OPEN = rxcache.compile(r"(?m)^\s*\{%-?\s*highlight\b")
LIQUID_CLOSE = rxcache.compile(r"\{%-?\s*endhighlight\b")
CODE_SPAN = rxcache.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", regex.S)
PLAIN_LIST = rxcache.compile(r"^[ \t]*(?:[-*+•▪◦–][ \t]+|\(?\d{1,3}[.)][ \t]+|\(?[a-z][.)][ \t]+)\S")
PLAIN_QUOTE = rxcache.compile(r"^[ \t]*>")
PLAIN_TABLE = rxcache.compile(r"^[ \t]*\|.*\|[ \t]*$|^[^\t\n]*\S\t+\S[^\t\n]*\t+\S")
# A line that one of the three may match starts like this (or holds a tab): looser than they are,
# so that a text without one has none of those lines (`_plain_roles`' fast path). `re`, and the
# lines after a line break found by their "\n": ~8x faster than `(?m)^` tried at every offset.
_SPECIAL_HEAD = r"[ \t]*(?:[-*+•▪◦–][ \t]|[>|]|\(?\d{1,3}[.)][ \t]|\(?[a-z][.)][ \t])"
_SPECIAL_FIRST = re.compile(_SPECIAL_HEAD)
_SPECIAL_NEXT = re.compile("\n" + _SPECIAL_HEAD)


def _maybe_special(text: str) -> bool:
    """Whether a line of `text` may be a plain-text list item, quotation or table row."""
    return "\t" in text or _SPECIAL_FIRST.match(text) is not None or _SPECIAL_NEXT.search(text) is not None


class Structure:
    """The blocks of one document, by role, and the blanked view rules see."""

    def __init__(self, text: str, blocks: list[Block], line_starts: list[int],
                 code_spans: list[tuple[int, int]], *, markdown: bool = False) -> None:
        self.text = text
        self.markdown = markdown
        self.blocks = blocks
        self.line_starts = line_starts
        self.code_spans = code_spans
        self.line_role: list[Role | None] = [None] * len(line_starts)
        self.line_block: list[int] = [-1] * len(line_starts)
        for i, block in enumerate(blocks):
            for n in range(block.first, block.last + 1):
                self.line_role[n] = block.role
                self.line_block[n] = i
        self._view: str | None = None

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def line_bounds(self, n: int) -> tuple[int, int]:
        start = self.line_starts[n]
        end = self.line_starts[n + 1] - 1 if n + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def role_at(self, offset: int) -> Role | None:
        if self.in_code_span(offset):
            return Role.CODE
        return self.line_role[self.line_of(offset)]

    def in_code_span(self, offset: int) -> bool:
        spans = self.code_spans
        i = bisect.bisect_right(spans, (offset, len(self.text) + 1)) - 1
        return i >= 0 and spans[i][0] <= offset < spans[i][1]

    def has_protected(self) -> bool:
        """Whether rules see less than the text (in plain text they see all of it)."""
        if not self.markdown:
            return False
        return bool(self.code_spans) or any(b.role in UNSEEN for b in self.blocks)

    @property
    def view(self) -> str:
        """The text with every protected block and inline code span blanked (same offsets)."""
        if self._view is None:
            if not self.has_protected():
                self._view = self.text
            else:
                chars = list(self.text)
                for block in self.blocks:
                    if block.role in UNSEEN:
                        _blank(chars, block.start, block.end)
                for start, end in self.code_spans:
                    _blank_symbols(chars, start, end)
                self._view = "".join(chars)
        return self._view

    def edit_problem(self, start: int, end: int, flagged: list[tuple[int, int]] | None = None) -> str | None:
        """Why changing `text[start:end]` would damage the document's structure (None: it would not).

        `flagged` are the spans the finding covers (its own, and the other copy a duplicate
        finding names): an edit may take only their lines (and blank lines). No edit may change a
        protected line or a part of an inline code span, and an edit that removes whole lines may
        not take part of a list item, quotation or table.
        """
        text = self.text
        if start >= end:
            return None
        first, last = self.line_of(start), self.line_of(max(start, end - 1))
        allowed = None
        if flagged is not None:
            allowed = _Lines([(self.line_of(a), self.line_of(max(a, b - 1))) for a, b in flagged])
        touched: set[int] = set()
        whole_line = False  # does the edit take a line's whole content, or only part of one?
        for n in range(first, last + 1):
            a, b = self.line_bounds(n)
            content = _content_start(text, a, b), _content_end(text, a, b)
            a, b = max(a, start), min(b, end)
            if not text[a:b].strip():
                continue
            role = self.line_role[n]
            if role in PROTECTED:
                return f"it would change a line of a {role.value} (line {n + 1})"
            whole_line = whole_line or (a <= content[0] and content[1] <= b)
            if self.line_block[n] >= 0:
                touched.add(self.line_block[n])
            elif allowed is not None and n not in allowed:
                return f"it would remove line {n + 1}, which the finding does not cover"
        for i in sorted(touched) if whole_line else ():
            block = self.blocks[i]
            if start <= _content_start(text, block.start, block.end) and _content_end(text, block.start, block.end) <= end:
                continue  # the whole block goes
            if block.role in WHOLE or self.markdown:
                # (a Markdown paragraph's lines are soft wraps of its sentences: one of them
                # alone is half a sentence, or half a link)
                what = "paragraph" if block.role is Role.PROSE else block.role.value
                return f"it would remove part of a {what} (lines {block.first + 1}-{block.last + 1})"
            if allowed is not None:
                for n in range(max(first, block.first), min(last, block.last) + 1):
                    if n not in allowed and text[max(start, self.line_bounds(n)[0]):min(end, self.line_bounds(n)[1])].strip():
                        return f"it would remove line {n + 1} of the paragraph, which the finding does not cover"
        for a, b in self.code_spans:
            if a < end and start < b and not (start <= a and b <= end):
                return "it would cut into inline code"
        return None


class _Lines:
    """Line ranges (inclusive), asked whether they hold a line."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges

    def __contains__(self, n: int) -> bool:
        return any(a <= n <= b for a, b in self.ranges)


def _blank_symbols(chars: list[str], start: int, end: int) -> None:
    """Inline code keeps its words (`scalaVersion` tells two sentences apart) but loses the
    marks that markup and URL rules read (`<b>`, `});`, `&amp;`, `://`)."""
    for i in range(start, end):
        if chars[i] != "\n" and not (chars[i].isalnum() or chars[i] == "_"):
            chars[i] = " "


def _blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def _content_start(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


# -- building ---------------------------------------------------------------------------------


def structure(doc: Document) -> Structure:
    """The document's structure, computed once and kept on it."""
    private = doc.__pydantic_private__
    found = private.get("_structure") if private is not None else None
    if found is None or (found.text is not doc.text and found._view is not doc.text):
        found = analyse(doc.text, markdown=doc.origin.format == "markdown",
                        front_matter=doc.origin.format == "markdown" and doc.origin.line == 1,
                        line_starts=doc.line_starts)
        doc._structure = found
    return found


def view(doc: Document) -> Document:
    """The document as rules see it: protected text blanked (the document itself if none)."""
    if doc.origin.format != "markdown":
        return doc  # plain text is seen whole
    private = doc.__pydantic_private__
    found = private.get("_view") if private is not None else None
    if found is not None and found.__pydantic_private__.get("_source_text") is doc.text:
        return found
    s = structure(doc)
    if s.view is doc.text:
        return doc
    seen = doc.model_copy(update={"text": s.view})
    seen._view = None
    seen._structure = s
    seen._source_text = doc.text
    doc._view = seen
    return seen


# A run reads each document twice (the collect phase, then the check): the second parse of the
# same Markdown is taken from here, keyed by the text's hash and length (not the text: a large
# corpus's texts would stay in memory). Bounded; an entry is a few small lists.
_ANALYSED: dict[tuple[int, int, bool], tuple[list[Block], list[tuple[int, int]]]] = {}
MAX_ANALYSED = 20_000


def analyse(text: str, *, markdown: bool, front_matter: bool = False,
            line_starts: list[int] | None = None) -> Structure:
    if line_starts is None:
        line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    if not markdown:
        blocks = _prose_blocks(text, line_starts)
        if blocks is None:
            blocks = _blocks(text, line_starts, _plain_roles(text, line_starts))
        return Structure(text, blocks, line_starts, [], markdown=False)
    key = (hash(text), len(text), front_matter)
    found = _ANALYSED.get(key)
    if found is None:
        roles, spans = _markdown_roles(text, line_starts, front_matter)
        found = _blocks(text, line_starts, roles), spans
        if len(_ANALYSED) >= MAX_ANALYSED:
            _ANALYSED.clear()
        _ANALYSED[key] = found
    return Structure(text, found[0], line_starts, found[1], markdown=True)


@lru_cache(maxsize=2)
def _parser(front_matter: bool):
    from markdown_it import MarkdownIt

    # blocks only: inline parsing (half the time) is not needed, code spans are found by `_code_spans`
    md = MarkdownIt("commonmark").enable("table").disable(["inline", "text_join"])
    if front_matter:
        from mdit_py_plugins.front_matter import front_matter_plugin

        md.use(front_matter_plugin)
    return md


LEAF_ROLES = {"fence": Role.CODE, "code_block": Role.CODE, "html_block": Role.HTML,
              "heading_open": Role.HEADING, "hr": Role.BREAK, "front_matter": Role.FRONT_MATTER,
              "table_open": Role.TABLE}


def _markdown_roles(text: str, line_starts: list[int], front_matter: bool):
    """(role, item) per line; `item` numbers the list item or quotation a line belongs to."""
    n_lines = len(line_starts)
    roles: list[tuple[Role, int] | None] = [None] * n_lines
    containers: list[tuple[str, int]] = []  # (kind, id) of the open list items and quotations
    counter = 0
    for token in _parser(front_matter).parse(text):
        kind = token.type
        if kind in ("list_item_open", "blockquote_open"):
            counter += 1
            containers.append((kind, counter))
            continue
        if kind in ("list_item_close", "blockquote_close"):
            if containers:
                containers.pop()
            continue
        if token.map is None:
            continue
        first, stop = token.map
        role = LEAF_ROLES.get(kind)
        if role is None:
            if kind != "paragraph_open":
                continue
            role = Role.PROSE
        item = 0
        if role in (Role.PROSE, Role.TABLE) and containers:
            container, item = containers[0]  # the outermost list item or quotation holds it whole
            role = Role.LIST_ITEM if container == "list_item_open" else Role.QUOTE
        for n in range(first, min(stop, n_lines)):
            roles[n] = (role, item)
    # link reference definitions make no token (and kramdown reads them inside paragraphs too)
    for n in range(n_lines):
        current = roles[n]
        if current is not None and current[0] in (Role.CODE, Role.HTML, Role.FRONT_MATTER):
            continue
        a = line_starts[n]
        b = line_starts[n + 1] - 1 if n + 1 < n_lines else len(text)
        if LINK_DEFINITION.match(text, a, b):
            roles[n] = (Role.LINK_DEFINITION, 0)
    _liquid_code(text, line_starts, roles)
    spans = _code_spans(text, line_starts, roles)
    return roles, spans


def _liquid_code(text: str, line_starts: list[int], roles: list) -> None:
    """Jekyll's `{% highlight lang %}` … `{% endhighlight %}` blocks are code."""
    if "{%" not in text:
        return
    n_lines = len(line_starts)
    n = 0
    while n < n_lines:
        a = line_starts[n]
        b = line_starts[n + 1] - 1 if n + 1 < n_lines else len(text)
        if LIQUID_OPEN.match(text, a, b) and (roles[n] is None or roles[n][0] is not Role.CODE):
            m = n
            while True:
                ma = line_starts[m]
                mb = line_starts[m + 1] - 1 if m + 1 < n_lines else len(text)
                roles[m] = (Role.CODE, 0)
                if LIQUID_CLOSE.search(text, ma, mb) or m + 1 >= n_lines:
                    break
                m += 1
            n = m + 1
            continue
        n += 1


def _code_spans(text: str, line_starts: list[int], roles: list) -> list[tuple[int, int]]:
    """Inline code spans of the prose-like blocks, as (start, end) offsets in text order."""
    if "`" not in text:
        return []
    spans: list[tuple[int, int]] = []
    n_lines = len(line_starts)
    n = 0
    while n < n_lines:
        role = roles[n]
        if role is None or role[0] in PROTECTED:
            n += 1
            continue
        m = n  # a run of lines of one block: a span may break across them
        while m + 1 < n_lines and roles[m + 1] == role:
            m += 1
        a = line_starts[n]
        b = line_starts[m + 1] - 1 if m + 1 < n_lines else len(text)
        if "`" in text[a:b]:
            for match in CODE_SPAN.finditer(text, a, b):
                if "\n\n" not in match.group(2):
                    spans.append((match.start(), match.end()))
        n = m + 1
    return spans


def _plain_roles(text: str, line_starts: list[int]) -> list:
    """Roles of plain-text lines: list items, quotations, table rows; the rest is prose.

    A list item runs on over the indented lines below it; every list item, quotation and table
    is its own block, so that a paragraph that mixes them splits where its roles change.
    """
    n_lines = len(line_starts)
    roles: list[tuple[Role, int] | None] = [None] * n_lines
    counter = 0
    previous: tuple[Role, int] | None = None
    for n in range(n_lines):
        a = line_starts[n]
        b = line_starts[n + 1] - 1 if n + 1 < n_lines else len(text)
        line = text[a:b]
        if not line.strip():
            previous = None
            continue
        if PLAIN_LIST.match(line):
            counter += 1
            role = (Role.LIST_ITEM, counter)
        elif PLAIN_QUOTE.match(line):
            role = previous if previous and previous[0] is Role.QUOTE else (Role.QUOTE, counter + 1)
        elif PLAIN_TABLE.match(line):
            role = previous if previous and previous[0] is Role.TABLE else (Role.TABLE, counter + 1)
        elif previous and previous[0] is Role.LIST_ITEM and line[:1] in " \t":
            role = previous
        else:
            role = previous if previous and previous[0] is Role.PROSE else (Role.PROSE, counter + 1)
        if role[1] > counter:
            counter = role[1]
        roles[n] = role
        previous = role
    return roles


def _prose_blocks(text: str, line_starts: list[int]) -> list[Block] | None:
    """The blocks of a plain text none of whose lines can be a list item, quotation or table row
    (most documents): its paragraphs, runs of lines with content. `_blocks(_plain_roles(...))`
    without the three matches per line and the role list (~0.2 s CPU per 10 MB of news, where
    the fixes of 1,200 documents are guarded); None for other texts."""
    if _maybe_special(text):
        return None
    lines = text.split("\n")
    n_lines = len(lines)
    if n_lines != len(line_starts):
        return None
    blocks: list[Block] = []
    first = -1
    for n, line in enumerate(lines):
        if line.strip():
            if first < 0:
                first = n
        elif first >= 0:
            blocks.append(Block(Role.PROSE, first, n - 1, line_starts[first], line_starts[n] - 1))
            first = -1
    if first >= 0:
        blocks.append(Block(Role.PROSE, first, n_lines - 1, line_starts[first], len(text)))
    return blocks


def _blocks(text: str, line_starts: list[int], roles: list) -> list[Block]:
    """Runs of lines that share a role and an item; a blank line ends a prose block."""
    blocks: list[Block] = []
    n_lines = len(line_starts)
    n = 0
    while n < n_lines:
        role = roles[n]
        if role is None:
            n += 1
            continue
        m = n
        while m + 1 < n_lines and roles[m + 1] == role and (
                role[0] is not Role.PROSE or _non_blank(text, line_starts, m + 1)):
            m += 1
        if role[0] is not Role.PROSE and role[0] not in PROTECTED:
            # a list item or quotation runs over its blank lines: trim them off its ends
            while m > n and not _non_blank(text, line_starts, m):
                m -= 1
        end = line_starts[m + 1] - 1 if m + 1 < n_lines else len(text)
        blocks.append(Block(role[0], n, m, line_starts[n], end))
        n = m + 1
    return blocks


def _non_blank(text: str, line_starts: list[int], n: int) -> bool:
    a = line_starts[n]
    b = line_starts[n + 1] - 1 if n + 1 < len(line_starts) else len(text)
    return bool(text[a:b].strip())


def visible_span(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """A finding's span moved off protected text: trimmed to what rules can see, None when all of
    it lies in code, headings or link definitions. A point (a finding about the whole document)
    on a protected line moves to the first line rules see."""
    if doc.origin.format != "markdown":
        return start, end
    s = structure(doc)
    if not s.has_protected():
        return start, end
    seen = s.view
    if start == end:
        if s.role_at(start) not in UNSEEN:
            return start, end
        first = _first_visible(seen, start, len(seen))
        if first is None:
            first = _first_visible(seen, 0, len(seen))
        return (start, end) if first is None else (first, first)
    first = _first_visible(seen, start, end)
    if first is None:
        return None
    last = end
    while last > first and seen[last - 1].isspace():
        last -= 1
    return first, last


def _first_visible(seen: str, start: int, end: int) -> int | None:
    for i in range(start, end):
        if not seen[i].isspace():
            return i
    return None


def edits_problem(doc: Document, edits, flagged: list[tuple[int, int]]) -> str | None:
    """Why a fix's text edits would damage the document's structure (None: they would not)."""
    found = None
    for edit in edits:
        if edit.start == edit.end and not edit.replacement:
            continue
        if found is None:
            found = structure(doc)
        problem = found.edit_problem(edit.start, max(edit.end, edit.start), flagged)
        if problem is not None:
            return problem
    return None


def markdown_unit(doc: Document, start: int, end: int) -> bool:
    """Whether `text[start:end]` is a whole prose block (paragraph or quotation) of a Markdown
    document: the unit a corpus rule may count there. A list item is an enumeration (a course,
    a contributor, a download link), and a line inside a paragraph is a soft wrap, not a unit."""
    s = structure(doc)
    n = s.line_of(start)
    i = s.line_block[n]
    if i < 0:
        return False
    block = s.blocks[i]
    if block.role not in (Role.PROSE, Role.QUOTE):
        return False
    return start <= _content_start(s.text, block.start, block.end) and \
        _content_end(s.text, block.start, block.end) <= end


def source_text(doc: Document) -> str:
    """The real text of a document rules see through `view` (the document's own otherwise)."""
    private = doc.__pydantic_private__
    source = private.get("_source_text") if private is not None else None
    return source if source is not None else doc.text


def protected_lines(doc: Document) -> list[tuple[Role, str]] | None:
    """The code, heading, link-definition, HTML and front-matter lines of a Markdown document, in
    order, with their roles (None for plain text): what no fix may change, add or remove."""
    if doc.origin.format != "markdown":
        return None
    s = structure(doc)
    lines = s.text.split("\n")
    return [(role, lines[n]) for n, role in enumerate(s.line_role) if role in PROTECTED]


def repaired_removal(doc: Document, start: int, end: int, flagged: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A deletion narrowed to its own lines when only the blank lines it took at its edges reach
    into protected lines (a rule that saw them blanked took them for blank lines): the lines with
    content, their line break, and one blank line; None if that is not enough."""
    s = structure(doc)
    text = s.text
    lines = [n for n in range(s.line_of(start), s.line_of(max(start, end - 1)) + 1)
             if text[max(start, s.line_bounds(n)[0]):min(end, s.line_bounds(n)[1])].strip()]
    content = [n for n in lines if s.line_role[n] not in PROTECTED]
    if not content or any(s.line_role[n] in PROTECTED for n in range(content[0], content[-1] + 1)):
        return None
    new_start = s.line_bounds(content[0])[0]
    new_end = s.line_bounds(content[-1])[1] + 1 if content[-1] + 1 < len(s.line_starts) else len(text)
    if new_start >= 2 and text[new_start - 2:new_start] == "\n\n" and text[new_end:new_end + 1] == "\n":
        new_end += 1  # one of the two blank lines around it goes with it
    if new_end >= len(text) and new_start > 0:
        new_start -= 1  # the last block: the line break before it goes (the file's final newline stays)
        while new_start > 0 and text[new_start - 1] == "\n" and s.line_role[s.line_of(new_start - 1)] is None:
            new_start -= 1
        new_end = len(text)  # the line break before it ends the file now
    if (new_start, new_end) == (start, end) or s.edit_problem(new_start, new_end, flagged) is not None:
        return None
    return new_start, new_end


def covered_spans(start: int, end: int, data: dict | None) -> list[tuple[int, int]]:
    """What a finding covers, for its fix: its span, and the other copy a duplicate finding names
    (`earlier_start`/`earlier_end` in its data), whose removal it may propose instead."""
    spans = [(start, end)]
    if data and isinstance(data.get("earlier_start"), int) and isinstance(data.get("earlier_end"), int):
        spans.append((data["earlier_start"], data["earlier_end"]))
    return spans


def guard_edits(doc: Document, edits: list, covered: list[tuple[int, int]]) -> tuple[list, str | None]:
    """A fix's text edits as they may be applied to `doc`: unchanged, or a removal narrowed to its
    own lines (`repaired_removal`), with None; or the edits and why they may not be applied."""
    problem = edits_problem(doc, edits, covered) if edits else None
    if problem is not None and len(edits) == 1 and not edits[0].replacement:
        narrowed = repaired_removal(doc, edits[0].start, edits[0].end, covered)
        if narrowed is not None:
            from corpuslint.models import TextEdit

            return [TextEdit(start=narrowed[0], end=narrowed[1])], None
    return edits, problem
