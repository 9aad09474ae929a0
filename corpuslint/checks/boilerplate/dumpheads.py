"""A numbered heading of an indented text dump: the document's own outline, not a page's furniture.

A text browser's dump (lynx, w3m) and `pod2text` indent the body and set headings in column 1.
A numbered heading there (`Chapitre 13. Participer au projet Debian`, `Kapitel 14. ...`, `13.1.
Comment ...`, `A.2. Ubuntu`) is the page's own title or section head: the other pages of the
site carry it too, but indented, in their prev/next links and contents lists (tester28 #10). The
nav copies stay reportable (they are indented); the heading in column 1 over the page's
indented text is the page's. So is a heading that ends with the permalink's `¶` (Sphinx's,
MkDocs' header link, numbered or not: `Sphinx FAQ¶`, `2. Applying to Become a Member¶`,
tester29 #2): the sign heads a section of the page's body, a sidebar's heading in column 1
(`Navigation`, `Quick search`) has none. A heading's first section may open with its own
heading in column 1 right under it (`2.1. ...¶`): the body is what stands below them.
So is a man page's section heading in capitals (`BEZEICHNUNG`, `OPTIONEN`, tester29 #6), where the
text is an outline of such headings: its column-1 lines, but for the running header and footer,
mostly (`CAPS_SHARE`) headings in capitals, `CAPS_HEADINGS` of them or more, over the indented body
(a page's nav heading in capitals stands among column-1 lines of other shapes), and over a section
that holds a line of the document's own (`repeated` is false at its start): a translation's credit
section, `ÜBERSETZUNG` over the same three paragraphs on every page, is reported with them.

Without a number or a sign (a dump without permalinks, or once CL213 took the `¶` off), a page's title
or section head is still what it is: a heading in column 1 over its section's indented text (a paragraph, a
term over its description, a list of its own), whose words the page's own menus list as an entry (its
breadcrumbs, its contents: `* Sphinx FAQ`), as the other pages' menus do. A sidebar's heading stands over
the site's template (`Navigation` over `* Documentation »`, a search box), and a template's heading, the
same words at the same place on every page, is no entry of any menu.

A page's own heading stands so in a dump that does not indent its body too (pandoc's plain text: `3. Debian
Developer's Duties¶` over `3.1. Package Maintainer's Duties¶` over the page's paragraphs, tester31 B11): a line of
its own in column 1 over its section's prose (a paragraph of the page's own, with a sentence; the headings of its
first sections may stand between), that the `¶` closes or the page's menus list (pandoc's `-   ` entries too, its
breadcrumbs and contents). A sidebar's heading stands over a list, a search box or the site's own repeated lines;
a prev/next link's title over the next label. (A heading that merely opens the page's body under the site's
repeated lines is not known so: a site's name over the first post's text stands there too.)
"""

from __future__ import annotations

from collections.abc import Callable

import regex

__all__ = ["listed_heading", "outline_heading", "own_heading", "page_heading"]

# an outline number closed by its point opening the heading, with an optional label word before it:
# `Chapitre 13.`, `Kapitel 14.`, `Chapter IV.`, `13.1.`, `A.2.`; then a capitalised word (the title).
# Not a page's `Top 10 Stories` (no point), nor a letter alone (`Plan A Trip`)
_NUMBERED = regex.compile(r"(?:\p{L}{2,20}[ \t]+)?(?:\d{1,3}|[IVXLC]{1,6}|\p{Lu}(?=\.\d))(?:\.\d{1,3})*\.[ \t]+\p{Lu}")
_PERMALINK = "¶"  # a header link's sign, after a heading of the page's body
_TITLE_LINES = 2  # a title the dump wrapped (`... prochaine version principale de` / `Debian`)
_INDENTED_SHARE = 0.6  # of the document's non-blank lines: its body is indented
_CAPS = regex.compile(r"\p{Lu}[\p{Lu}\d \t\-/&,]{1,40}")  # `BEZEICHNUNG`, `SIEHE AUCH`, `EXIT STATUS`
CAPS_HEADINGS = 3
CAPS_SHARE = 0.8
# an entry of a menu run, indented under its bullet as a text browser prints a list: `     * Sphinx FAQ`,
# `          + How do I…`, `               o Displaying Links`
_ENTRY = regex.compile(r"(?m)^[ \t]+[*+o•·-][ \t]+(\S[^\n]*?)[ \t]*$")
_BULLET = regex.compile(r"[ \t]*[*+o•·-][ \t]")  # a list's entry
# pandoc's list entry, in column 1 at the top level: `-   3. Debian Developer's Duties`
_FLUSH_ENTRY = regex.compile(r"(?m)^[ \t]*[*+•-][ \t]+(\S[^\n]*?)[ \t]*$")
# a sentence closed inside the paragraph or at its end (`... about Sphinx. Feel free to`), in any script
_SENTENCE = regex.compile(r"[\p{Ll}\p{Lo}\d)][.!?:。！？](?:[\s\"'”’)]|$)")
_HEADING_WORDS = 12  # a heading's words at most
_FIELD = regex.compile(r"[ \t]*_{4,}")  # a search box's field, as lynx prints it
_OWN_WORDS = 5  # the section's text under the heading: a sentence's few words at least
_BODY_LINES = 12  # (how far down its section is read)


def _indented_text(text: str) -> bool:
    filled = [line for line in text.split("\n") if line.strip()]
    indented = sum(1 for line in filled if line[:1] in " \t")
    return len(filled) >= 10 and indented >= _INDENTED_SHARE * len(filled)


def _caps_outline(text: str) -> bool:
    """Whether the text is an outline of headings in capitals in column 1 (a man page): see the docstring."""
    column1 = [line.rstrip() for line in text.split("\n") if line.strip() and line[:1] not in " \t"][1:-1]
    caps = sum(1 for line in column1 if _CAPS.fullmatch(line))
    return caps >= CAPS_HEADINGS and caps >= CAPS_SHARE * len(column1)


def _heading(first: str, last: str) -> bool:
    """A heading's first and last lines: numbered (`_NUMBERED`) or closed by the permalink's sign."""
    return _NUMBERED.match(first) is not None or last.rstrip().endswith(_PERMALINK)


def _own_section(lines: list[str], first: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the section under the heading at line `first` (its indented lines up to the next line in
    column 1) holds a line that is not repeated."""
    pos = sum(len(line) + 1 for line in lines[:first + 1])
    for line in lines[first + 1:]:
        if line.strip() and line[:1] not in " \t":
            return False
        body = pos + len(line) - len(line.lstrip())
        if line.strip() and line[:1] in " \t" and not repeated(body):
            return True
        pos += len(line) + 1
    return False


def outline_heading(text: str, start: int, end: int, repeated: Callable[[int], bool] | None = None) -> bool:
    """Whether the unit `text[start:end]` is (a line of) a numbered heading in column 1 of an
    indented text, over the document's indented body: the heading's lines (two at most, a title
    the dump wrapped) stand in column 1 between a blank line and an indented line (or the
    headings of its first sections, in column 1 too), numbered or closed by a permalink's sign;
    or, given `repeated`, a man page's heading in capitals over a section of its own (see above)."""
    if text.rfind("\n", 0, start) + 1 != start:
        return False  # indented: a nav link's or a contents list's copy
    lines = text.split("\n")
    first = text.count("\n", 0, start)
    if (repeated is not None and _CAPS.fullmatch(lines[first].rstrip()) and (first == 0 or not lines[first - 1].strip())
            and _caps_outline(text) and _own_section(lines, first, repeated)):
        return True  # (the unit may hold its section's first lines, indented under it)
    last = first + text.count("\n", start, end)
    while first > 0 and lines[first - 1].strip() and lines[first - 1][:1] not in " \t":
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip() and lines[last + 1][:1] not in " \t":
        last += 1
    if last - first + 1 > _TITLE_LINES or not _heading(lines[first], lines[last]):
        return False
    filled = (line for line in lines[last + 1:] if line.strip())
    below = next(filled, "")
    while below[:1] not in ("", " ", "\t") and _heading(below, below):
        below = next(filled, "")  # its first section's heading, in column 1 too
    return below[:1] in (" ", "\t") and _indented_text(text)


def _heading_lines(lines: list[str], first: int, last: int) -> tuple[int, int]:
    """The lines of the heading in column 1 that holds lines `first`..`last`: its neighbours in column 1."""
    while first > 0 and lines[first - 1].strip() and lines[first - 1][:1] not in " \t":
        first -= 1
    while last + 1 < len(lines) and lines[last + 1].strip() and lines[last + 1][:1] not in " \t":
        last += 1
    return first, last

def _words(line: str) -> str:
    return " ".join(line.split()).casefold()


def listed(text: str, line: str) -> bool:
    """Whether the page's contents list or menus name the heading `line` as an entry."""
    return _listed(text, _words(line))


def _listed(text: str, heading: str, entry: regex.Pattern = _ENTRY) -> bool:
    """Whether the page's menus list `heading` as an entry (wrapped onto a second line, indented deeper)."""
    lines = None
    for m in entry.finditer(text):
        entry = _words(m.group(1))
        if entry == heading:
            return True
        if len(entry) >= 20 and heading.startswith(entry + " "):  # `o sphinx.ext.autodoc – Include documentation from`
            lines = lines or text.split("\n")
            below = lines[text.count("\n", 0, m.end()) + 1] if m.end() < len(text) else ""
            if _words(entry + " " + below) == heading:
                return True
    return False


def listed_heading(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the unit `text[start:end]` is (a line of) a heading in column 1 of an indented text, under a
    blank line, over its section's indented text (a sentence's words at least, the headings of its first
    sections in column 1 may stand between; no search box, no list the corpus repeats, `repeated(its start)`:
    a sidebar's), and listed as an entry of the page's menus: a page's title or section head."""
    if text.rfind("\n", 0, start) + 1 != start:
        return False
    lines = text.split("\n")
    first, last = _heading_lines(lines, text.count("\n", 0, start), text.count("\n", 0, end))
    if last - first + 1 > _TITLE_LINES or first > 0 and lines[first - 1].strip():
        return False
    k = last + 1
    while k < len(lines) and (not lines[k].strip() or lines[k][:1] not in " \t" and not _BULLET.match(lines[k])):
        k += 1  # blank lines, the headings of its first sections (`Release 5.3.0 (released Oct 16, 2022)`)
    body_end = k  # (a list in column 1, pandoc's `-   index`, is what it heads: no indented section)
    while body_end < min(len(lines), k + _BODY_LINES) and (not lines[body_end].strip() or lines[body_end][:1] in " \t"):
        body_end += 1  # the section's indented text, down to the next heading in column 1
    body = lines[k:body_end]
    if not body or _FIELD.match(body[0]) or len(" ".join(body).split()) < _OWN_WORDS:
        return False  # nothing under it, or a search box's field: a sidebar's heading
    offsets = sum(len(line) + 1 for line in lines[:k])
    if _BULLET.match(body[0]) and repeated(offsets + len(body[0]) - len(body[0].lstrip())):
        return False  # a menu the site repeats under a sidebar's heading (`Navigation` / `* Documentation »`)
    return _listed(text, _words(" ".join(lines[first:last + 1]))) and _indented_text(text)


def _block(lines: list[str], k: int) -> int:
    """The index past the block of non-blank lines that starts at line `k`."""
    while k < len(lines) and lines[k].strip():
        k += 1
    return k


def _heading_shape(block: list[str]) -> bool:
    """A heading's block: a line or two, in column 1, no list entry, a few words, no sentence closed at its end."""
    words = " ".join(block).replace(_PERMALINK, "").split()
    return (len(block) <= _TITLE_LINES and block[0][:1] not in " \t" and not _BULLET.match(block[0])
            and 0 < len(words) <= _HEADING_WORDS and words[-1][-1:] not in ".!?:;,")


def page_heading(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the unit `text[start:end]` is (a line of) a page's heading over its own section's prose, in a dump
    that indents its body or not: see the docstring. `repeated(pos)`: the line at `pos` is one the corpus repeats."""
    if text.rfind("\n", 0, start) + 1 != start:
        return False
    lines = text.split("\n")
    first, last = text.count("\n", 0, start), text.count("\n", 0, end)
    while first > 0 and lines[first - 1].strip():
        first -= 1
    last = _block(lines, last) - 1
    block = lines[first:last + 1]
    if not _heading_shape(block):
        return False
    k = last + 1
    while k <= last + _BODY_LINES:  # over the headings of its first sections (in column 1), to its first paragraph
        while k < len(lines) and not lines[k].strip():
            k += 1
        below = lines[k:_block(lines, k)]
        if not below or _BULLET.match(below[0]) or _FIELD.match(below[0]):
            return False  # a list, a search box: a sidebar's heading
        offset = sum(len(line) + 1 for line in lines[:k]) + len(below[0]) - len(below[0].lstrip())
        if len(" ".join(below).split()) >= _OWN_WORDS and _SENTENCE.search(" ".join(below)):
            if repeated(offset):
                return False  # the site's repeated text under its heading
            break
        if not _heading_shape(below):
            return False  # a teaser's title, a line of code: not the section's own text
        k += len(below)
    else:
        return False  # labels over links (`Previous topic` / `2. Applying ...` / `Next topic`)
    return block[-1].rstrip().endswith(_PERMALINK) or _listed(text, _words(" ".join(block)), _FLUSH_ENTRY)

def own_heading(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the unit `text[start:end]` is a heading of the page's own outline (any of the forms above)."""
    return (outline_heading(text, start, end, repeated) or listed_heading(text, start, end, repeated)
            or page_heading(text, start, end, repeated))
