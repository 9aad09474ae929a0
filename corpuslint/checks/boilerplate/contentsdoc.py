"""A document that is a book's table of contents and nothing else (CL142): an EPUB's `bk01-toc`
chapter, a manual's contents page saved on its own.

CL142 leaves a contents list alone inside a text (a numbered series is a book's contents, and a
contents list whose entries head the text's own sections is its outline). A document that holds
nothing but the list, its title and its label (`Table of Contents`, `Inhaltsverzeichnis`) is
another thing: the book's navigation, whose entries lead to other documents, with no sentence of
its own. Its lines are not furniture one by one (forty line findings would say nothing); the
document is, and whether to drop it is the user's decision, so one finding names it, without a fix.

By shape, in any language: eight numbered entries or more (`1.`, `4.13.2.`, `A.1.`: an outline's
numbers, one to a line, a title of fifteen words at most each, not a sentence), making nine tenths
of the document's lines or more, two of them a level down at least (`1.1.`: chapters and their
sections, not a flat list of steps), the top level's numbers never going back (`1` … `4`, then
the appendices `A`, `B`); at most three other lines, none of them a sentence (the book's title,
the list's label). A text whose contents list stands over its sections has their paragraphs too.
"""

from __future__ import annotations

import regex

_ENTRY = regex.compile(r"(?:\d{1,3}(?:\.\d{1,3})*\.?|[A-Z](?:\.\d{1,3})*\.)[ \t]+(\S.*)")  # `1.`, `4.13.2.`, `A.1.`
_SENTENCE_END = (".", "!", "。")
MIN_ENTRIES = 8
ENTRY_SHARE = 0.9
MAX_OTHER = 3
MAX_WORDS = 15
MIN_SECTIONS = 2  # entries numbered a level down (`1.1.`): the outline of a book, not a flat list


def _top(number: str) -> tuple[int, int]:
    """The order of an entry's top-level number: chapters (digits) first, then appendices (letters)."""
    head = number.split(".", 1)[0]
    return (0, int(head)) if head.isdigit() else (1, ord(head))


def contents_entries(text: str) -> int:
    """The number of entries when the whole of `text` is a table of contents (see the module's docstring), else 0."""
    lines = [line.strip() for line in text.split("\n") if line.strip()]
    if len(lines) < MIN_ENTRIES:
        return 0
    entries, others, deeper, last = 0, 0, 0, (0, 0)
    for line in lines:
        m = _ENTRY.fullmatch(line)
        title = m.group(1).split() if m is not None else []
        if m is not None and len(title) <= MAX_WORDS and not (line.endswith(_SENTENCE_END) and len(title) >= 6):
            number = line.split(None, 1)[0]
            order = _top(number)
            if order < last:
                return 0  # the numbers go back: a list of its own, not a book's outline
            last, entries = order, entries + 1
            deeper += number.rstrip(".").count(".") > 0
            continue
        others += 1
        if others > MAX_OTHER or line.endswith(_SENTENCE_END) and len(line.split()) >= 6:
            return 0
    if deeper < MIN_SECTIONS:
        return 0  # a flat numbered list (a listicle, a recipe's steps): no outline of chapters and sections
    return entries if entries >= MIN_ENTRIES and entries >= ENTRY_SHARE * len(lines) - MAX_OTHER else 0
