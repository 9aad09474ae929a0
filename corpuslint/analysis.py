"""The shared per-document analysis: a document's blocks and the role each plays.

Every rule family needs to know what a line *is* before judging it: a fence line or `}` in a
code block is not boilerplate, `### Known issues` is a section heading and not a repeated
paragraph, `[install]: https://…` is a link definition and not a stray URL, `<details>` in a
Markdown HTML block is legal markup. The analysis is computed once per document (cached on it)
and handed to every family:

* `Markdown` is parsed with markdown-it-py (`corpuslint.markdown_roles`), so fences inside list
  items and quotes, indented code, HTML blocks and lazy lines are read as a CommonMark renderer
  reads them; Liquid `{% highlight %}` blocks (Jekyll) are code too.
* Plain text keeps its line/paragraph model (`corpuslint.plain_roles`), with the roles that can
  be seen in it: list items, quotations, table rows; code and structure by their shape
  (`corpuslint.plain_code`: reST literal blocks and directives, indented code, titles, man-page
  section headings, a document that is all code): no fix changes those lines.

The roles and the block are `corpuslint.roles`' (named here too, as callers import them).
Rules see `view(doc)`: the same document whose code (fenced, indented, inline spans), headings,
link definitions, HTML blocks and front matter are blanked (spaces, newlines kept), so offsets,
lines and columns are those of the real text, and nothing a rule can match lies inside them.
The fixer asks `guard_edits` before it applies a fix's edits, so no fix takes a protected line,
part of a list item or quotation, or an unflagged line of the flagged paragraph (a removal it withholds
as part of a block may still go with the removals after it: `corpuslint.closing_runs`, or narrowed to
the whole blocks it holds: `corpuslint.narrowing`).
"""

from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from corpuslint import parts
from corpuslint.coderesidue import code_residue
from corpuslint.html_lines import kept_blocks, page_lines, same_lines
from corpuslint.html_markup import (
    block_taken_in_part,
    heading_sections,
    html_layout,
    merged_spans,
    text_between_markup,
    touches_markup,
    uncovered,
)
from corpuslint.markdown_roles import markdown_roles, opens_front_matter
from corpuslint.mime import decodes_body
from corpuslint.plain_code import inline_code, plain_structure
from corpuslint.plain_roles import overlay_structure as _overlay, plain_roles, prose_blocks
from corpuslint.roles import PROTECTED, UNSEEN, WHOLE, Block, Role, noun_phrase, role_blocks
from corpuslint.textspans import LineRanges as _Lines, blank as _blank, blank_symbols as _blank_symbols
from corpuslint.textspans import content_end as _content_end, content_start as _content_start
from corpuslint.textutil import ends_sentence

if TYPE_CHECKING:
    from corpuslint.models import Document

__all__ = [
    "MAX_ANALYSED", "PART_OF", "PROTECTED", "UNSEEN", "WHOLE", "Block", "Role", "Structure", "analyse",
    "code_residue", "covered_spans", "edits_problem", "guard_edits", "markdown_unit", "plain_kept", "protected_lines",
    "repaired_removal", "source_text", "structure", "view", "visible_span",
]


# the start of the guard's reason for a removal that takes part of a block (`closing_run` may let it go)
PART_OF = "it would remove part of a"
TITLE_CHANGE = "it would change the page's <title> (its metadata: the page's name, not a line of its text)"


class Structure:
    """The blocks of one document, by role, and the blanked view rules see."""
    layout = None  # an HTML text's `html_markup.HtmlLayout` (`analyse`): its lists, links, tables and landmarks

    def __init__(self, text: str, blocks: list[Block], line_starts: list[int],
                 code_spans: list[tuple[int, int]], *, markdown: bool = False,
                 markers: list[int] | tuple = (), containers: list[tuple[int, int]] | tuple = (),
                 markup: list[tuple[int, int]] | tuple = (), breaks: list[tuple[int, int]] | tuple = (),
                 tables: list[tuple[int, int]] | tuple = (), words: str = "", titles: list[tuple[int, int]] | tuple = (),
                 links: list[tuple[int, int]] | tuple = ()) -> None:
        self.text = text
        # an HTML page's `<title>` bodies (its metadata, its name: no fix changes them) and links over blocks
        self.titles, self.links = titles, links
        self.markdown = markdown
        self.markup = markup  # an HTML text's tags, comments and script bodies (`html_markup`): unseen, kept
        # ... the tags that end its rendered lines and paragraphs (`html_layout`): a source line is not one; its
        # data tables; and its text with only the markup blanked (what a block holds, code-like lines or not)
        self.breaks, self.tables, self.words = breaks, tables, words
        self.blocks = blocks
        self.line_starts = line_starts
        self.code_spans = code_spans
        self.line_role: list[Role | None] = [None] * len(line_starts)
        self.line_block: list[int] = [-1] * len(line_starts)
        for i, block in enumerate(blocks):
            for n in range(block.first, block.last + 1):
                self.line_role[n] = block.role
                self.line_block[n] = i
        # a block's opening or closing line stays in its block (a quotation with `[!NOTE]` is one
        # quotation, never taken whole since that line may not go) but is protected itself
        self.markers = markers
        # (first, stop) lines of each outermost list item and quotation: its paragraphs are
        # blocks of their own for the rules, but a fix takes the whole of it or none of its blocks
        self.containers = containers
        for n in markers:
            self.line_role[n] = Role.MARKER
        # what no fix changes: in Markdown also what rules do not see (a table)
        self.kept = UNSEEN if markdown else PROTECTED
        self._view: str | None = None
        self._role_lines: dict[Role, list[int]] | None = None  # (`has_role_between`)

    def line_of(self, offset: int) -> int:
        return bisect.bisect_right(self.line_starts, offset) - 1

    def has_role_between(self, role: Role, first: int, last: int) -> bool:
        """Whether a line strictly between lines `first` and `last` has `role`: the lines of each
        role are listed once, then bisected (walking the lines between two copies far apart, for
        each pair of copies, was quadratic on a long document: qa19a #11)."""
        lines = self._role_lines.get(role) if self._role_lines is not None else None
        if lines is None:
            lines = [n for n, r in enumerate(self.line_role) if r is role]
            if self._role_lines is None:
                self._role_lines = {}
            self._role_lines[role] = lines
        return bisect.bisect_right(lines, first) < bisect.bisect_left(lines, last)

    def number(self, n: int, end: bool = False) -> int:
        """The 1-based source line where line `n`'s words start (`end`: end): an HTML text's lines are its rendered ones."""
        if not self.breaks:
            return n + 1
        at = _content_end(self.view, *self.line_bounds(n)) - 1 if end else self.line_starts[n]
        return self.text.count("\n", 0, max(at, self.line_starts[n])) + 1

    def line_bounds(self, n: int) -> tuple[int, int]:
        start = self.line_starts[n]
        end = self.line_starts[n + 1] - 1 if n + 1 < len(self.line_starts) else len(self.text)
        return start, end

    def line_text(self, n: int) -> str:
        return self.text[slice(*self.line_bounds(n))]

    def near_worded(self, n: int, step: int) -> int | None:
        """The nearest line with words from line `n` in direction `step` (1 or -1), a blank line at most between."""
        for k in (n + step, n + 2 * step):
            if not 0 <= k < len(self.line_starts):
                return None
            if self.line_text(k).strip():
                return k
        return None

    def worded_lines(self, start: int, end: int) -> list[int]:
        """The lines whose words `text[start:end]` takes: not a line of which it takes only blank space or
        the line break (a removal's edges: what a repair or a narrowing keeps of it)."""
        text = self.text
        return [n for n in range(self.line_of(start), self.line_of(max(start, end - 1)) + 1)
                if text[max(start, self.line_bounds(n)[0]):min(end, self.line_bounds(n)[1])].strip()]

    def container_lines(self, n: int) -> tuple[int, int] | None:
        """The lines (first, stop) of the outermost list item or quotation holding line `n`, None if none
        does: a fix takes it whole or none of its blocks (`containers` are sorted and apart: bisected)."""
        containers = self.containers
        i = bisect.bisect_right(containers, (n, len(self.line_starts) + 1)) - 1
        if i < 0 or not containers[i][0] <= n < containers[i][1]:
            return None
        return containers[i]

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
            return bool(self.markup)
        return bool(self.code_spans or self.markers) or any(b.role in UNSEEN for b in self.blocks)

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
                for n in self.markers:
                    _blank(chars, *self.line_bounds(n))
                for start, end in self.code_spans:
                    _blank_symbols(chars, start, end)
                for start, end in self.markup:
                    _blank(chars, start, end)
                self._view = "".join(chars)
        return self._view

    def edit_problem(self, start: int, end: int, flagged: list[tuple[int, int]] | None = None,
                     through: int | None = None, blocks: bool = True) -> str | None:
        """Why changing `text[start:end]` would damage the document's structure (None: it would not).

        `flagged` are the spans the finding covers (its own, and the other copy a duplicate
        finding names): an edit may take only their lines (and blank lines). No edit may change a
        protected line or a part of an inline code span, and an edit that removes whole lines may
        not take part of a list item, quotation or table.

        `through`: other removals applied with this one take the text after it up to there (a run of
        removals, `closing_run`): the blocks it touches are judged as if it reached that far.
        `blocks`: False where the caller judges an HTML text's blocks for all of a fix's edits (`html_part`).
        """
        text = self.text
        if start >= end:
            return None
        if self.markup and touches_markup(self.markup, start, end):
            return "it would change the HTML markup (a tag, a comment or a script)"
        if self.titles and touches_markup(self.titles, start, end):
            return TITLE_CHANGE
        reach = end if through is None else max(end, through)
        if blocks and (part := self.html_part([(start, reach)])) is not None:
            return part
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
            if role in self.kept:
                return f"it would change a line of {noun_phrase(role)} (line {self.number(n)})"
            whole_line = whole_line or (a <= content[0] and content[1] <= b)
            if self.line_block[n] >= 0:
                touched.add(self.line_block[n])
            elif allowed is not None and n not in allowed:
                return f"it would remove line {self.number(n)}, which the finding does not cover"
        for i in sorted(touched) if whole_line else ():
            block = self.blocks[i]
            if start <= _content_start(text, block.start, block.end) and _content_end(text, block.start, block.end) <= reach:
                outer = self._container(block)
                if outer is not None and not (start <= outer[0] and outer[1] <= reach):
                    return (f"{PART_OF} {block.role.value} "
                            f"(lines {self.number(self.line_of(outer[0]))}-{self.number(self.line_of(outer[1]), True)})")
                continue  # the whole block goes
            if block.role is not Role.TABLE and _closing_sentences(text, block.start, block.end, start, reach):
                continue  # its last sentences, on lines of their own: what stays is whole sentences
            if block.role in WHOLE or self.markdown:
                # (a Markdown paragraph's lines are soft wraps of its sentences: one of them
                # alone is half a sentence, or half a link)
                what = "paragraph" if block.role is Role.PROSE else block.role.value
                return f"{PART_OF} {what} (lines {self.number(block.first)}-{self.number(block.last, True)})"
            if allowed is not None:
                for n in range(max(first, block.first), min(last, block.last) + 1):
                    if n not in allowed and text[max(start, self.line_bounds(n)[0]):min(end, self.line_bounds(n)[1])].strip():
                        return f"it would remove line {self.number(n)} of the paragraph, which the finding does not cover"
        for a, b in self.code_spans:
            if a < end and start < b and not (start <= a and b <= end):
                return "it would cut into inline code"
        return None

    def html_part(self, taken: list[tuple[int, int]]) -> str | None:
        """Why removing the spans `taken` (sorted) would take part of a rendered HTML block, data table or link
        (`html_markup.block_taken_in_part`: half a sentence, one cell of a row), or its `<title>`; None if it would not."""
        if self.titles and any(touches_markup(self.titles, a, b) for a, b in taken):
            return TITLE_CHANGE
        if not self.breaks or not (found := block_taken_in_part(self.words, self.breaks, taken, self.tables, self.links)):
            return None
        first, last = (self.text.count("\n", 0, at) + 1 for at in (found[0], max(found[0], found[1] - 1)))
        return f"{PART_OF} {found[2]} (an HTML block, lines {first}-{last})"

    def whole_sections(self, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The bodies of an HTML text's `<h2>`-`<h6>` headings whose whole section the removals `taken` take: every
        word under the heading, to the next heading of its rank or above, goes (and every heading inside goes so
        too). Such a heading would stand over nothing (issue 16): it may go with them; only then."""
        if self.layout is None or not taken:
            return []
        spans = merged_spans(sorted(taken))
        heads = heading_sections(self.layout.kept, self.text)
        whole: dict[int, bool] = {}
        for a, b, stop, embeds in reversed(heads):
            whole[a] = not embeds and bool(self.words[b:stop].strip()) and not uncovered(self.words, b, stop, spans) \
                and all(whole[a2] for a2, _b2, _s2, _e2 in heads if b <= a2 < stop)
        return [(a, b) for a, b, _stop, _embeds in heads if whole[a]]

    def section_removal(self, start: int, end: int) -> tuple[int, int]:
        """A removal of `text[start:end]` from the heading right above it (`<h2>`-`<h6>`: no word between) when it
        takes that heading's whole section (no word after it up to the next heading of its rank or above, no
        heading between); else as it is."""
        if self.layout is None:
            return start, end
        heads = heading_sections(self.layout.kept, self.text)
        last = len(self.words[:end].rstrip())  # (the removal's blank lines after its text may reach a heading's)
        for a, b, stop, embeds in heads:
            if not embeds and b <= start and not self.words[b:start].strip() and last <= stop \
                    and not self.words[last:stop].strip() and not any(last <= a2 < stop for a2, _b2, _s2, _e2 in heads):
                return a, end
        return start, end

    def section_heads(self, start: int, end: int, taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
        """The pieces of text (between tags) of the headings in `start:end` whose section `taken` takes whole."""
        pieces = []
        for a, b in (head for head in self.whole_sections(taken) if start <= head[0] and head[1] <= end):
            if touches_markup(self.layout.tags, a, b):  # (its text between its own tags: `Title<a>¶</a>`)
                pieces += text_between_markup(self.layout.tags, self.text, a, b)
            elif self.text[a:b].strip():
                pieces.append((a + len(self.text[a:b]) - len(self.text[a:b].lstrip()), len(self.text[:b].rstrip())))
        return pieces

    def heading_goes(self, start: int, end: int, taken: list[tuple[int, int]]) -> bool:  # (no tag in it)
        """Whether `text[start:end]` is a heading's text, its section taken whole by `taken`."""
        return self.layout is not None and not touches_markup(self.layout.tags, start, end) and any(
            a <= start and end <= b for a, b in self.whole_sections(taken))

    def _container(self, block: Block) -> tuple[int, int] | None:
        """The content bounds of the list item or quotation that holds `block` and more than it."""
        if not self.containers or block.role not in (Role.LIST_ITEM, Role.QUOTE):
            return None
        if (found := self.container_lines(block.first)) is None:
            return None
        first, stop = found
        a = _content_start(self.text, self.line_starts[first], self.line_bounds(stop - 1)[1])
        b = _content_end(self.text, a, self.line_bounds(stop - 1)[1])
        block_a = _content_start(self.text, block.start, block.end)
        block_b = _content_end(self.text, block.start, block.end)
        return None if (a, b) == (block_a, block_b) else (a, b)


def _closing_sentences(text: str, block_start: int, block_end: int, start: int, end: int) -> bool:
    """Whether text[start:end] takes a block's closing lines (or a soft-wrapped Markdown
    paragraph's closing sentences) after a sentence's end (`ends_sentence`: not after a list
    number "1." at a line's start, "Dr.", "U.S.", "p.m.", "No." or an initial)."""
    first = _content_start(text, block_start, block_end)
    if not first < start or _content_end(text, block_start, block_end) > end:
        return False
    return ends_sentence(text[first:start].rstrip(" \t\n>"))


# -- building ---------------------------------------------------------------------------------


def structure(doc: Document) -> Structure:
    """The document's structure, computed once and kept on it."""
    private = doc.__pydantic_private__
    found = private.get("_structure") if private is not None else None
    if found is None or (found.text is not doc.text and found._view is not doc.text):
        markdown = doc.origin.format == "markdown"
        found = analyse(doc.text, markdown=markdown, front_matter=markdown and _top(doc), line_starts=doc.line_starts,
                        mdx=markdown and doc.origin.path.lower().endswith(".mdx"), html=doc.origin.format == "html")
        doc._structure = found
    return found


def _top(doc: Document) -> bool:
    """Whether the text starts its file or record: a Markdown record's text is all of it, so a `---` block at
    its top is front matter, left alone."""
    return doc.origin.line == 1 or doc.origin.text_is_inline


_STRUCTURED = frozenset({"markdown", "html"})  # the formats whose markup rules do not see


def view(doc: Document) -> Document:
    """The document as rules see it: protected text blanked (the document itself if none)."""
    if doc.origin.format not in _STRUCTURED:
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
    seen._structure, seen._line_starts, seen._source_starts = s, s.line_starts, doc.line_starts  # (HTML: its rendered lines)
    seen._source_text = doc.text
    doc._view = seen
    return seen


# A run reads each document twice (the collect phase, then the check): the second parse of the
# same Markdown is taken from here, keyed by the text's hash and length (not the text: a large
# corpus's texts would stay in memory). Bounded; an entry is a few small lists.
_ANALYSED: dict[tuple[int, int, bool, bool], tuple[list[Block], list[tuple[int, int]], list[int], list]] = {}
MAX_ANALYSED = 20_000


def analyse(text: str, *, markdown: bool, front_matter: bool = False,
            line_starts: list[int] | None = None, mdx: bool = False, html: bool = False) -> Structure:
    """(`html`: a plain text's lines, read with its markup blanked.)"""
    if line_starts is None:
        line_starts = [0] + [i + 1 for i, c in enumerate(text) if c == "\n"]
    if html and (layout := html_layout(text, line_starts)).markup:  # (lines: the page's; headings' and code's blank)
        seen, shown = (Structure(text, [], line_starts, layout.code, markup=m).view for m in (layout.markup, layout.tags))
        plain = analyse((page := page_lines(seen, shown, text, layout)).text, markdown=False)  # (lines of code kept)
        found = Structure(text, kept_blocks(plain.blocks, shown, plain.line_starts, page.kept), plain.line_starts,
                          merged_spans(plain.code_spans + layout.code), markup=layout.markup, breaks=layout.breaks,
                          tables=layout.tables, words=seen, titles=layout.titles, links=layout.links)
        found._view, found.layout = same_lines(found.view, page.text), layout
        return found
    if not markdown:
        found_code = plain_structure(text)
        if found_code is not None and len(found_code) != len(line_starts):
            found_code = None
        blocks = prose_blocks(text, line_starts) if found_code is None else None
        if blocks is None:
            roles = plain_roles(text, line_starts)
            if found_code is not None:
                _overlay(roles, found_code)
            blocks = role_blocks(text, line_starts, roles)
        return Structure(text, blocks, line_starts, inline_code(text), markdown=False)
    key = (hash(text), len(text), front_matter, mdx)
    found = _ANALYSED.get(key)
    if found is None:
        roles, spans, markers, containers = markdown_roles(text, line_starts, front_matter, mdx)
        found = role_blocks(text, line_starts, roles), spans, markers, containers
        if len(_ANALYSED) >= MAX_ANALYSED:
            _ANALYSED.clear()
        _ANALYSED[key] = found
    return Structure(text, found[0], line_starts, found[1], markdown=True, markers=found[2],
                     containers=found[3])


def visible_span(doc: Document, start: int, end: int) -> tuple[int, int] | None:
    """A finding's span moved off protected text: trimmed to what rules can see, None when all of
    it lies in code, headings or link definitions. A point (a finding about the whole document)
    on a protected line moves to the first line rules see."""
    if doc.origin.format not in _STRUCTURED:
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
    if doc.origin.parts and edits:
        problem = parts.guard(doc.origin.parts, list(edits), doc.text)[1]
        if problem is not None or any(parts.holder(doc.origin.parts, e.start, e.end) is None for e in edits):
            return problem or "it would reach from one part of the record into another"
    found = None
    removals = sorted((e.start, e.end) for e in edits if e.start < e.end and not e.replacement)
    if removals and doc.origin.format == "html" and (problem := (found := structure(doc)).html_part(removals)):
        return problem  # (judged for all the edits together: a removal narrowed between tags is many)
    for edit in edits:
        if edit.start == edit.end and not edit.replacement:
            continue
        if "\x00" in doc.text[edit.start:edit.end]:
            return "it would remove an info file's marker (`^@^H[index^@^H]`: NUL bytes)"
        if edit.replacement and decodes_body(doc.text, edit.start, edit.end, edit.replacement):
            continue  # a declared quoted-printable body decoded whole: what the mail reader shows
        if found is None:
            found = structure(doc)
        if found.markdown and _top(doc) and not edit.replacement and opens_front_matter(doc.text, edit.start, edit.end):
            return "it would leave `---` as the text's first line: the lines down to the next `---` would read as front matter"
        problem = found.edit_problem(edit.start, max(edit.end, edit.start), flagged, blocks=False)
        if problem is not None and not (found.layout is not None and found.heading_goes(edit.start, edit.end, removals)):
            return problem  # (an HTML heading's text may go with its whole section)
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


def plain_kept(doc: Document):
    """For a plain text with code or structure lines (`plain_structure`): a test whether a span
    lies on such lines only, which a corpus rule does not count as a repeated line or paragraph;
    None for a text without them."""
    s = structure(doc)
    if not any(role in s.kept for role in s.line_role):
        return None

    def kept(start: int, end: int) -> bool:
        first, last = s.line_of(start), s.line_of(max(start, end - 1))
        return all(s.line_role[n] in s.kept or not s.line_text(n).strip()
                   for n in range(first, last + 1))
    return kept


def source_text(doc: Document) -> str:
    """The real text of a document rules see through `view` (the document's own otherwise)."""
    private = doc.__pydantic_private__
    source = private.get("_source_text") if private is not None else None
    return source if source is not None else doc.text


def protected_lines(doc: Document) -> list[tuple[Role, str]] | None:
    """The code, heading, link-definition, HTML, front-matter, table and block-marker lines of a
    Markdown document, in order, with their roles (None for plain text): what no fix may change,
    add or remove."""
    if doc.origin.format not in _STRUCTURED:
        return None
    s = structure(doc)
    if s.markup:  # (HTML: its tags, comments, scripts and `<pre>` blocks, which a removal of the text between two
        # tags leaves as they were; a heading's text is the guard's: it goes only with its whole section)
        code = [(a, b) for tag, a, b in s.layout.kept if tag == "pre"] if s.layout is not None else []
        return [(Role.HTML, "".join(s.text[a:b] for a, b in (merged_spans(s.layout.tags + code) if s.layout else s.markup)))]
    lines = s.text.split("\n")
    return [(role, lines[n]) for n, role in enumerate(s.line_role) if role in s.kept]


def repaired_removal(doc: Document, start: int, end: int, flagged: list[tuple[int, int]]) -> tuple[int, int] | None:
    """A deletion narrowed to its own lines when only the blank lines it took at its edges reach
    into protected lines (a rule that saw them blanked took them for blank lines): the lines with
    content, their line break, and one blank line; None if that is not enough."""
    s = structure(doc)
    text = s.text
    if not s.markdown and any(a < end and start < b and not (start <= a and b <= end) for a, b in s.code_spans):
        return None  # it cuts into inline code: taking its whole line instead is no repair
    content = [n for n in s.worded_lines(start, end) if s.line_role[n] not in s.kept]
    if not content or any(s.line_role[n] in s.kept for n in range(content[0], content[-1] + 1)):
        return None
    new_start = s.line_bounds(content[0])[0]
    new_end = s.line_bounds(content[-1])[1] + 1 if content[-1] + 1 < len(s.line_starts) else len(text)
    if new_start >= 2 and text[new_start - 2:new_start] == "\n\n" and text[new_end:new_end + 1] == "\n":
        new_end += 1  # one of the two blank lines around it goes with it
    elif new_start == 0:
        while text[new_end:new_end + 1] == "\n":
            new_end += 1  # the document's first block: its blank lines go too (no file opens with one)
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
    own lines (`repaired_removal`) or, in HTML, to its text between the tags and outside its `<title>`,
    with None; or the edits and why they may not be applied.
    In a several-string record (a chat record's messages) each edit stays inside one string."""
    if doc.origin.parts and edits:
        edits, problem = parts.guard(doc.origin.parts, list(edits), doc.text)
        if problem is not None:
            return edits, problem
    problem = edits_problem(doc, edits, covered) if edits else None
    if problem is not None and len(edits) == 1 and not edits[0].replacement:
        narrowed = repaired_removal(doc, edits[0].start, edits[0].end, covered)
        pieces = [narrowed] if narrowed is not None else text_between_markup(  # (an HTML <title>'s text as its tags)
            merged_spans([*(s := structure(doc)).markup, *s.titles]), doc.text, edits[0].start, edits[0].end)
        if pieces and narrowed is None and s.layout is not None:  # and the headings whose section goes whole
            pieces = sorted(pieces + s.section_heads(edits[0].start, edits[0].end, pieces))
        if pieces:
            from corpuslint.models import TextEdit

            repaired = [TextEdit(start=a, end=b) for a, b in pieces]
            return (repaired, None) if (still := edits_problem(doc, repaired, covered)) is None else (edits, still)
    return edits, problem
