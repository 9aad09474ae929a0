"""The role of each line of a Markdown text, and its inline code spans.

Parsed with markdown-it-py (CommonMark, tables, the front-matter plugin), so fences inside list
items and quotes, indented code, HTML blocks and lazy lines are read as a CommonMark renderer
reads them; Liquid `{% highlight %}` blocks (Jekyll) are code too, and link reference definitions
(which make no token) are found line by line.

The lines that open or close an extension's block are markers (`Role.MARKER`, see
`block_markers`): CommonMark reads `/// note`, `!!! tip`, `> [!NOTE]` or `:::` as a paragraph's
text, but they are syntax, like a fence. In MDX, ESM (`import`, `export`) and JSX blocks are
markup like HTML blocks.
"""

from __future__ import annotations

from functools import lru_cache

import regex

from corpuslint import rxcache
from corpuslint.roles import PROTECTED, Role

LINK_DEFINITION = rxcache.compile(r"(?m)^ {0,3}\[(?!\^)[^\]\n]+\]:[ \t]*\S")
LIQUID_OPEN = rxcache.compile(r"(?m)^\s*\{%-?\s*highlight\b")
LIQUID_CLOSE = rxcache.compile(r"\{%-?\s*endhighlight\b")
CODE_SPAN = rxcache.compile(r"(?<!`)(`+)(?!`)(.+?)(?<!`)\1(?!`)", regex.S)
# A block's opening or closing line, once a quotation's `>` and the indentation are off it:
# pymdown's `///` blocks (`/// note | Title`, `////`), MkDocs admonitions (`!!! tip "Title"`,
# `???+ note`), GitHub alerts and Obsidian callouts (`[!NOTE]`), Docusaurus and Pandoc `:::`
# containers (`:::tip`, `::: {.note}`, `:::`), pymdown tabs (`=== "Tab"`).
BLOCK_MARKER = rxcache.compile(
    r"(?:/{3,}(?:[ \t]+\S.*)?"
    r"|(?:!!!|\?\?\?\+?)(?:[ \t]+(?:[\w-]+|\"[^\"\n]*\"))+"
    r"|:{3,}(?:[ \t]*[\w{\[].*)?"
    r"|===[!+]?[ \t]+\"[^\"\n]*\")[ \t]*\Z")
# a GitHub alert or Obsidian callout's first line, inside a quotation only
ALERT = rxcache.compile(r"\[![\w-]+\][+-]?(?:[ \t]+\S.*)?[ \t]*\Z")
MARKER_HINTS = ("///", "!!!", "???", ":::", "===", "[!")
CONTAINER_PREFIX = rxcache.compile(r"[ \t]*(?:>[ \t]?)*[ \t]*(?:(?:[-+*]|\d{1,9}[.)])[ \t]+)?")
# MDX: a block that opens with an ESM statement, a JSX element or an expression is code for MDX
MDX_BLOCK = rxcache.compile(r"[ \t]*(?:(?:import|export)[ \t{*]|<[A-Za-z/>]|\{)")


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


def markdown_roles(text: str, line_starts: list[int], front_matter: bool, mdx: bool = False):
    """(role, item) per line, the inline code spans, the block markers' line numbers, and the lines
    (first, stop) of each outermost list item and quotation; `item` numbers the list item or
    quotation a line belongs to."""
    n_lines = len(line_starts)
    roles: list[tuple[Role, int] | None] = [None] * n_lines
    containers: list[tuple[str, int]] = []  # (kind, id) of the open list items and quotations
    outer: list[tuple[int, int]] = []
    counter = 0
    for token in _parser(front_matter).parse(text):
        kind = token.type
        if kind in ("list_item_open", "blockquote_open"):
            counter += 1
            if not containers and token.map is not None:
                outer.append((token.map[0], min(token.map[1], n_lines)))
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
            role = Role.HTML if mdx and MDX_BLOCK.match(text, line_starts[first]) else Role.PROSE
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
    return roles, spans, block_markers(text, line_starts, roles, mdx), outer


def block_markers(text: str, line_starts: list[int], roles: list, mdx: bool = False) -> list[int]:
    """The lines of prose, list items and quotations that are a block's opening or closing line
    (and, in MDX, a JSX line inside a paragraph)."""
    if not mdx and not any(hint in text for hint in MARKER_HINTS):
        return []
    markers = []
    n_lines = len(line_starts)
    for n, role in enumerate(roles):
        if role is None or role[0] not in (Role.PROSE, Role.LIST_ITEM, Role.QUOTE):
            continue
        a = line_starts[n]
        b = line_starts[n + 1] - 1 if n + 1 < n_lines else len(text)
        content = CONTAINER_PREFIX.match(text, a, b).end()
        if content < b and (BLOCK_MARKER.match(text, content, b) or mdx and MDX_BLOCK.match(text, content, b)
                            or ">" in text[a:content] and ALERT.match(text, content, b)):
            markers.append(n)
    return markers


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


_FENCE_LINE = regex.compile(r"^---[ \t]*$", regex.M)


def opens_front_matter(text: str, start: int, end: int) -> bool:
    """Whether removing `text[start:end]` from the top of a Markdown text would leave a `---` line first,
    with another below: the lines between, thematic breaks around a section until then, would read as
    YAML front matter (a weekly bot post's `*Disclaimer: …*` over `---` / `# Full support` / … / `---`, tester29)."""
    if text[:start].strip():
        return False
    rest = text[end:].lstrip(" \t\n")
    return _FENCE_LINE.match(rest) is not None and _FENCE_LINE.search(rest, 3) is not None
