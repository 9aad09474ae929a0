"""The structure of authored markup read as plain text: MediaWiki's wikitext and LaTeX.

A Wikipedia article's source and a LaTeX chapter come as `.txt` files and JSONL records, not in
a format of their own, yet their lines are markup as plainly as Markdown's: `== History ==` is a
heading, `{| class="wikitable"` … `|-` … `|}` a table whose rows are the article's data (an
award's winners, an infobox's fields), `{{Reflist}}` and `[[Category:1947 births]]` the page's
own directives and categories; `\\begin{verbatim}` … `\\end{verbatim}` holds code, and a
`\\begin`/`\\end` line alone opens or closes an environment. These lines get the roles
`corpuslint.analysis` protects (`corpuslint.roles.PROTECTED`): no fix changes them; a wikitext
table (and a template's fields over several lines: an infobox) is a table, which a fix takes whole
or not at all (`corpuslint.roles.WHOLE`: no row or `|-` goes alone, while an edit inside a line,
`<br />` to a line break, still may). A line-by-line reading of them as prose took `|-` for "a
sentence among page furniture" and deleted table rows (qa24 #1), or took C++ in a verbatim block
for JavaScript and deleted the `\\end{verbatim}` after it (qa24 #6).

Wikitext is recognised by its own signs together (`wikitext`): wiki links and a `== heading ==`,
a template or a table; or a table's opening, row and closing marks. LaTeX's lines need no such
gate: `\\begin{name}` alone on its line is nothing else.
"""

from __future__ import annotations

import re

from corpuslint.roles import Role

__all__ = ["markup_roles", "verbatim_spans", "wiki_shown", "wikitext"]

WIKI_LINKS = 3  # wiki links (`[[Agronomy]]`) with a heading, a template or a table: wikitext
_HEADING = re.compile(r"^(={2,6})[ \t]*[^=\s].*?[ \t]*\1[ \t]*$", re.M)
_LINK = re.compile(r"\[\[[^\[\]\n|]+(?:\|[^\[\]\n]*)?\]\]")
_TEMPLATE = re.compile(r"\{\{[^{}|\n]+[|}]")
_TABLE_OPEN = re.compile(r"^[ \t]*\{\|", re.M)
_TABLE_ROW = re.compile(r"^[ \t]*\|-", re.M)
_TABLE_CLOSE = re.compile(r"^[ \t]*\|\}", re.M)
# a line that is one or more templates (`{{Reflist|30em}}`, `{{Main|History}} {{See also|X}}`) or a
# magic word (`__NOTOC__`), alone
_TEMPLATE_LINE = re.compile(r"[ \t]*(?:(?:\{\{(?:[^{}\n]|\{\{[^{}\n]*\}\})*\}\}|__[A-Z]+__)[ \t]*)+$")
# a link to a namespace alone on its line: a category, an interlanguage link, a file's figure
_NAMESPACE_LINE = re.compile(r"[ \t]*\[\[[^\[\]|:\n]+:[^\n]*\]\][ \t]*$")

# LaTeX environments whose body is code, typeset as it stands
_VERBATIM = ("verbatim", "verbatim*", "Verbatim", "BVerbatim", "LVerbatim", "lstlisting", "minted", "alltt",
             "comment", "code", "listing", "Code")
_ENVIRONMENT = re.compile(r"[ \t]*\\(begin|end)\{([A-Za-z]+\*?)\}(?:\{[^{}\n]*\}|\[[^\[\]\n]*\])*[ \t]*$")
_SECTION = re.compile(r"[ \t]*\\(?:part|chapter|(?:sub){0,2}section|(?:sub)?paragraph)\*?(?:\[[^\[\]\n]*\])?"
                      r"\{[^\n]*\}[ \t]*(?:\\label\{[^{}\n]*\}[ \t]*)?$")


def wikitext(text: str) -> bool:
    """Whether `text` is MediaWiki's source: `WIKI_LINKS` wiki links and a `== heading ==`, a
    template or a table; or a table's `{|`, `|-` and `|}` marks."""
    if "[[" not in text and "{|" not in text:
        return False
    table = _TABLE_OPEN.search(text) is not None and _TABLE_CLOSE.search(text) is not None
    if table and _TABLE_ROW.search(text) is not None:
        return True
    if text.count("[[") < WIKI_LINKS or len(_LINK.findall(text, 0, 200_000)) < WIKI_LINKS:
        return False
    return table or _HEADING.search(text) is not None or _TEMPLATE.search(text) is not None


# what a reader of a wikitext line does not see: a footnote (`<ref …>…</ref>`, `<ref name="x"/>`), a comment, a
# template (innermost first, `{{lang-ur|{{nq|…}}}}`), bold and italic quotes
# (a footnote's or comment's text never runs past the next one's opening: one unclosed each is not rescanned to the
# line's end from every opening, which took seconds on a long line)
_REF = re.compile(r"<ref\b[^<>\n]*/>|<ref\b[^<>\n]*>(?:(?!<ref\b).)*?</ref>|<!--(?:(?!<!--).)*?-->")
_INNER_TEMPLATE = re.compile(r"\{\{[^{}\n]*\}\}")
_EMPHASIS = re.compile(r"'{2,}")
_PIPED_LINK = re.compile(r"\[\[(?:[^\[\]|\n]*\|)?([^\[\]\n]*)\]\]")  # `[[a|b]]` shows `b`, `[[a]]` `a`
_EXTERNAL_LINK = re.compile(r"\[(?:https?:)?//[^\s\]]+[ \t]*([^\]\n]*)\]")  # `[http://… Article 59]` shows `Article 59`


def wiki_shown(line: str) -> str:
    """The words a wikitext line shows its reader: its links' labels, without its footnotes, comments,
    templates and emphasis marks (`The '''Senate''' ({{lang-ur|…}}) is the [[upper house|upper legislative]]
    chamber` shows `The Senate () is the upper legislative chamber`): prose under its markup."""
    shown = _REF.sub("", line)
    for _ in range(4):
        inner = _INNER_TEMPLATE.sub("", shown)
        if inner == shown:
            break
        shown = inner
    shown = _PIPED_LINK.sub(r"\1", shown)
    shown = _EXTERNAL_LINK.sub(r"\1", shown)
    return _EMPHASIS.sub("", shown)


def markup_roles(text: str) -> list[Role | None] | None:
    """Per line (of `text.split("\\n")`): HEADING, TABLE, MARKER, LINK_DEFINITION or CODE where a
    line is wikitext's or LaTeX's structure, None elsewhere; None for a text with none."""
    wiki = wikitext(text)
    latex = "\\begin{" in text or "\\section" in text or "\\chapter" in text
    if not wiki and not latex:
        return None
    lines = text.split("\n")
    roles: list[Role | None] = [None] * len(lines)
    if wiki:
        _wiki(lines, roles)
    if latex:
        _latex(lines, roles)
    return roles if any(roles) else None


def _wiki(lines: list[str], roles: list) -> None:
    n, n_lines = 0, len(lines)
    while n < n_lines:
        line = lines[n]
        stripped = line.strip()
        if stripped.startswith("{|"):
            end = _table_end(lines, n)
            roles[n:end + 1] = [Role.TABLE] * (end + 1 - n)
            n = end + 1
            continue
        if stripped.startswith("{{"):
            if _TEMPLATE_LINE.match(line):
                roles[n] = Role.MARKER
                n += 1
                continue
            end = _template_end(lines, n)
            if end is not None and end > n:  # a template's fields over several lines (an infobox)
                roles[n:end + 1] = [Role.TABLE] * (end + 1 - n)
                n = end + 1
                continue
        elif stripped.startswith("=") and _HEADING.match(stripped):
            roles[n] = Role.HEADING
        elif stripped.startswith("[[") and _NAMESPACE_LINE.match(line) and _one_link(stripped):
            roles[n] = Role.LINK_DEFINITION
        elif stripped.startswith("__") and _TEMPLATE_LINE.match(line):
            roles[n] = Role.MARKER
        n += 1


def _table_end(lines: list[str], first: int) -> int:
    """The line of the `|}` that closes the table opened on line `first` (nested tables counted); the
    text's last line for a table never closed (MediaWiki closes it there: an excerpt cut inside it)."""
    depth = 0
    for n in range(first, len(lines)):
        stripped = lines[n].lstrip()
        if stripped.startswith("{|"):
            depth += 1
        elif stripped.startswith("|}"):
            depth -= 1
            if depth == 0:
                return n
    return len(lines) - 1


_TEMPLATE_LINES = 300  # a template longer than this is no infobox: left as it reads


def _template_end(lines: list[str], first: int) -> int | None:
    """The line where the template opened at line `first`'s start closes (its braces balanced), if
    that line ends there."""
    depth = 0
    for n in range(first, min(len(lines), first + _TEMPLATE_LINES)):
        line = lines[n]
        i = 0
        while i < len(line):
            pair = line[i:i + 2]
            if pair == "{{":
                depth += 1
                i += 2
            elif pair == "}}":
                depth -= 1
                i += 2
                if depth == 0:
                    return n if not line[i:].strip() else None
            else:
                i += 1
    return None


def _one_link(line: str) -> bool:
    """Whether a line `[[…]]` is one link: its brackets never close before its end."""
    depth = 0
    for i in range(len(line) - 1):
        pair = line[i:i + 2]
        if pair == "[[":
            depth += 1
        elif pair == "]]":
            depth -= 1
            if depth == 0 and line[i + 2:].strip():
                return False
    return True


def _latex(lines: list[str], roles: list) -> list[tuple[int, int]]:
    """Set LaTeX's roles; the (first, stop) lines of each verbatim environment's body."""
    bodies = []
    n, n_lines = 0, len(lines)
    while n < n_lines:
        line = lines[n]
        if "\\" not in line:
            n += 1
            continue
        env = _ENVIRONMENT.match(line)
        if env is not None:
            roles[n] = Role.MARKER
            if env.group(1) == "begin" and env.group(2) in _VERBATIM:
                end = _environment_end(lines, n + 1, env.group(2))
                if end is not None:
                    for m in range(n + 1, end):
                        roles[m] = Role.CODE if lines[m].strip() else None
                    roles[end] = Role.MARKER
                    bodies.append((n + 1, end))
                    n = end + 1
                    continue
        elif _SECTION.match(line):
            roles[n] = Role.HEADING
        n += 1
    return bodies


def _environment_end(lines: list[str], first: int, name: str) -> int | None:
    end = "\\end{" + name + "}"
    for n in range(first, len(lines)):
        if end in lines[n]:
            return n if lines[n].strip() == end else None
    return None


def verbatim_spans(text: str) -> list[tuple[int, int]]:
    """The offsets of LaTeX verbatim environments' bodies (`\\begin{verbatim}` … `\\end{verbatim}`,
    `lstlisting`, `minted` …): code the document typesets as it stands."""
    if "\\begin{" not in text:
        return []
    lines = text.split("\n")
    starts = [0]
    for line in lines:
        starts.append(starts[-1] + len(line) + 1)
    return [(starts[first], starts[stop]) for first, stop in _latex(lines, [None] * len(lines))]
