"""A Project Gutenberg book's labelled header: `Title:`, `Author:`, `Release Date:`, `Language:`.

Every Project Gutenberg text opens with the project's header (CL143 removes it), and its fields say what
the book is, each on its own labelled line, before the line that closes the header (`*** START OF THE
PROJECT GUTENBERG EBOOK …`, `*END*THE SMALL PRINT!…`):

    The Project Gutenberg eBook, The Mirror of Literature, …, by  Various
    Title: The Mirror of Literature, Amusement, and Instruction, Vol. 10,
    Issue 268, August 11, 1827                        <- a value wrapped over two lines
    Author:  Various
    Release Date: October 9, 2003  [eBook #10026]     <- the e-text's number after the day
    Language: English

Where the header holds them, they are the book's metadata, and the other readers (of a page's headline, of
a byline under it) read the project's lines (`Project Gutenberg Etext of The Small Catechism of Martin
Luther`) or the book's own, not its metadata.
"""

from __future__ import annotations

from corpuslint.checks.metadata.dates import normalize_date
from corpuslint.checks.metadata.lines import Found, flat
from corpuslint.checks.metadata.names import read_names
from corpuslint.gutenberg_marks import HEADER_END
from corpuslint.textutil import LazyPattern

HEAD_CHARS = 60_000  # the 1990s templates' header (its whole licence) is about 300 lines, 20,000 characters
# the project named near the top: the header's first lines (`The Project Gutenberg EBook of X, by Y`)
PROJECT = LazyPattern(r"(?i)\bproject\s+gutenberg\b")
PROJECT_LINES = 40
FIELD = LazyPattern(r"(?i)^[ \t]*(?P<label>title|author|release[ \t]+date|language)[ \t]*:[ \t]*(?P<value>\S.*?)[ \t]*$")
ANY_LABEL = LazyPattern(r"^[ \t]*\p{L}[\p{L} ]{0,30}:")
# `[eBook #10026]`, `[Etext #2592]`, `[EBook #24419]` after the release day; `Most recently updated: …` lines
EBOOK_NUMBER = LazyPattern(r"(?i)\s*\[\s*e-?(?:book|text)\s*#?\s*\d*\s*\]?.*$")
NO_AUTHOR = frozenset({"various", "anonymous", "unknown"})  # the header's words for no one person
FIELDS = {"title": "title", "author": "author", "release date": "date", "language": "language"}


def gutenberg_header(text: str) -> list[Found]:
    """The fields of the Project Gutenberg header opening `text` (none when it opens with no such header)."""
    head = text[:HEAD_CHARS]
    if "*" not in head:
        return []  # the closing line opens with asterisks (`HEADER_END`): one C scan for most texts, not the pattern's
    end = HEADER_END.search(head)
    if end is None:
        return []
    top = head[:end.start()]
    if not PROJECT.search("\n".join(top.split("\n", PROJECT_LINES)[:PROJECT_LINES])):
        return []
    lines = top.split("\n")
    offsets = []
    pos = 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    found: list[Found] = []
    seen: set[str] = set()
    for index, line in enumerate(lines):
        match = FIELD.match(line)
        if match is None:
            continue
        field = FIELDS[" ".join(match["label"].lower().split())]
        if field in seen:
            continue
        value = match["value"]
        last = index
        # a value wrapped over the lines under it, up to a blank line or the next label
        while (last + 1 < len(lines) and lines[last + 1].strip() and not ANY_LABEL.match(lines[last + 1])
               and last - index < 3):
            last += 1
            value = f"{value} {lines[last].strip()}"
        start, stop = offsets[index], offsets[last] + len(lines[last])
        shown = line if last == index else f"{line} …"
        item = _item(field, flat(value), start, stop, shown)
        if item is not None:
            seen.add(field)
            found.append(item)
    return found


def _item(field: str, value: str, start: int, end: int, shown: str) -> Found | None:
    if field == "author":
        names, consumed = read_names(value, 0, shout=value.isupper())
        if not names or value[consumed:].strip(" ,.|") or value.lower() in NO_AUTHOR:
            return None  # `Various`, `Anonymous`: no person's name
        return Found("author", names[0] if len(names) == 1 else names, start, end, "known-label", True, shown)
    if field == "date":
        iso = normalize_date(EBOOK_NUMBER.sub("", value), date_only=True)
        if iso is None or len(iso) < 10:
            return None
        return Found("date", iso, start, end, "known-label", True, shown)
    if len(value) > 300:
        return None
    return Found(field, value, start, end, "known-label" if field == "title" else "label", True, shown)
