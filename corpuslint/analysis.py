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

The roles and the block are `corpuslint.roles`', the `Structure` object `corpuslint.doc_structure`'s (named here
too, as callers import them).
Rules see `view(doc)`: the same document whose code (fenced, indented, inline spans), headings,
link definitions, HTML blocks and front matter are blanked (spaces, newlines kept), so offsets,
lines and columns are those of the real text, and nothing a rule can match lies inside them.
The fixer asks `guard_edits` before it applies a fix's edits, so no fix takes a protected line,
part of a list item or quotation, or an unflagged line of the flagged paragraph (a removal it withholds
as part of a block may still go with the removals after it: `corpuslint.closing_runs`, or narrowed to
the whole blocks it holds: `corpuslint.narrowing`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpuslint import parts
from corpuslint.coderesidue import code_residue
from corpuslint.doc_structure import PART_OF, Structure
from corpuslint.html_lines import kept_blocks, page_lines, same_lines
from corpuslint.html_markup import html_layout, merged_spans, text_between_markup
from corpuslint.markdown_roles import markdown_roles, opens_front_matter
from corpuslint.mime import decodes_body
from corpuslint.plain_code import inline_code, plain_structure
from corpuslint.plain_roles import overlay_structure as _overlay, plain_roles, prose_blocks
from corpuslint.roles import PROTECTED, UNSEEN, WHOLE, Block, Role, role_blocks
from corpuslint.textspans import content_end as _content_end, content_start as _content_start

if TYPE_CHECKING:
    from corpuslint.models import Document

__all__ = [
    "MAX_ANALYSED", "PART_OF", "PROTECTED", "UNSEEN", "WHOLE", "Block", "Role", "Structure", "analyse",
    "code_residue", "covered_spans", "edits_problem", "guard_edits", "markdown_unit", "plain_kept", "protected_lines",
    "repaired_removal", "source_text", "structure", "view", "visible_span",
]


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
