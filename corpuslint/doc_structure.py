"""The structure of one document: its blocks by role, the blanked view rules see, and why an edit would damage it.

`analysis` builds a `Structure` once per document (Markdown, plain text, an HTML page's rendered lines) and
caches it; this module is the object itself: which block and role each line has, the text rules see (code,
headings, markup blanked, offsets kept), and the fix guard's judgement of one edit (`edit_problem`: a protected
line, part of a list item, quotation or table, an unflagged line of the flagged paragraph, a cut into inline
code; in HTML part of a rendered block or the page's `<title>`, and the headings a removal may take with their
whole section). Kept apart from the building so that each stays one idea.
"""

from __future__ import annotations

import bisect

from corpuslint.html_markup import (
    block_taken_in_part,
    heading_sections,
    merged_spans,
    text_between_markup,
    touches_markup,
    uncovered,
)
from corpuslint.roles import PROTECTED, UNSEEN, WHOLE, Block, Role, noun_phrase
from corpuslint.textspans import LineRanges as _Lines, blank as _blank, blank_symbols as _blank_symbols
from corpuslint.textspans import content_end as _content_end, content_start as _content_start
from corpuslint.textutil import ends_sentence

__all__ = ["PART_OF", "TITLE_CHANGE", "Structure"]


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
