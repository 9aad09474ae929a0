"""A repeated line that heads a section of the document's own text, in a document made of such sections.

Documents of one genre share an outline: every git release note has `UI, Workflows & Features` over
its new features and `Performance, Internal Implementation, Development Support etc.` over its
internals, the 1.5 series `* Bugfixes` and `(performance)` over their entries (tester32: 15 of 30
CL151 findings read on 485 release notes were such headings; the fix removed them and merged the
sections). Counted across the corpus the heading is "in 50 documents", as a template's line is; what
it stands over tells them apart. A section heading is a line of its own (blank lines about it), a few
words ending no sentence, over entries of the document's own (bulleted, prose: a sentence, not a line the
corpus repeats), in a text that has other such headings: an outline, three headings or more (underlined
titles count). A template's line inside an article (`Story Continued Below`, `Image 2 of 4`) stands over
the article's next paragraph, not over a list of entries; a sidebar's heading stands over links, not
prose; `Leave a Reply` over the site's repeated sentence.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from corpuslint.textlines import indent_columns
from corpuslint.textutil import SPACE_LINES, paragraphs

__all__ = ["outline_heading"]

MAX_WORDS = 8  # a heading's words at most
SHORT = 4  # a heading's words that may end with a point
OUTLINE = 3  # headings of a document that make an outline (its own title among them)
OWN_WORDS = 5  # the section's first text: a sentence's few words at least
_BODY_BLOCKS = 3  # sub-headings (`Fixes since v2.9` / `---`) that may stand between a heading and its text
SECTION_BLOCKS = 3  # of the section's text blocks (none repeated), one at least is prose
_UNDERLINE = regex.compile(r"[ \t]*([=\-~^*#+`'\"])\1{2,}[ \t]*")
_SENTENCE = regex.compile(r"[\p{L}\d)\"'”’][.!?。！？](?:[\s\"'”’)]|$)")
_BULLET = regex.compile(r"[*\-•+][ \t]+")
_ENDS = frozenset(".!?;,。！？；，")


def _blocks(text: str) -> list[tuple[int, list[str]]]:
    """The text's blocks of non-blank lines (`str.strip`'s blank: a line of no-break spaces parts two), each
    with its first line's offset: the paragraphs' whole lines, indentation and all (an entry set deeper)."""
    blocks: list[tuple[int, list[str]]] = []
    for span in paragraphs(text, SPACE_LINES):
        first = text.rfind("\n", 0, span.start) + 1
        last = text.find("\n", span.end)
        blocks.append((first, text[first:len(text) if last < 0 else last].split("\n")))
    return blocks


def _heading_line(line: str) -> bool:
    """A heading's words: a few, not in lower case first, ending no sentence or clause (a point only
    after `etc.` or a few words: `Backward compatibility notes.`)."""
    words = _BULLET.sub("", line.strip(), count=1).split()
    if not 0 < len(words) <= MAX_WORDS or words[0][:1].islower() or not any(c.isalpha() for c in line):
        return False
    end = words[-1][-1:]
    return end not in _ENDS or end == "." and (len(words) <= SHORT or words[-1].casefold() == "etc.")


def _heading_block(lines: list[str]) -> bool:
    """A block that is a heading: one line, or a line over its underline (`Updates since v2.9` / `---`)."""
    if len(lines) == 2 and _UNDERLINE.fullmatch(lines[1]):
        return _heading_line(lines[0])
    return len(lines) == 1 and _heading_line(lines[0]) and not _UNDERLINE.fullmatch(lines[0])


def _bulleted(line: str) -> bool:
    return _BULLET.match(line.lstrip()) is not None


def _deeper(line: str, than: str) -> bool:
    return indent_columns(line) > indent_columns(than)


def _own_prose(lines: list[str]) -> bool:
    """Whether the block is prose: a sentence's words (a list item's words, `* automatic typo correction
    works on aliases as well`, count too)."""
    joined = " ".join(line.strip() for line in lines)
    return len(joined.split()) >= OWN_WORDS and (_SENTENCE.search(joined) is not None or len(lines) > 1
                                                 or len(joined.split()) >= 2 * OWN_WORDS)


def outline_heading(text: str, start: int, end: int, repeated: Callable[[int], bool],
                    cache: dict | None = None) -> bool:
    """Whether the line at `start:end` (or it with its underline) heads a section of the document's own prose in a text with an
    outline (see the module's docstring). `repeated(offset)`: the line starting there is one the corpus
    repeats; `cache` keeps the text's blocks and headings between questions about one document."""
    if cache is None:
        cache = {}
    if "blocks" not in cache:
        blocks = _blocks(text)
        heads = {" ".join(lines[0].split()).casefold() for n, (_, lines) in enumerate(blocks[:-1])
                 if _heading_block(lines) and (not _bulleted(lines[0]) or _deeper(blocks[n + 1][1][0], lines[0]))}
        cache.update(blocks=blocks, starts={s: n for n, (s, _) in enumerate(blocks)}, heads=len(heads))
    if cache["heads"] < OUTLINE:
        return False
    n = cache["starts"].get(text.rfind("\n", 0, start) + 1)
    blocks = cache["blocks"]
    if not n or not _heading_block(blocks[n][1]) or text.count("\n", start, end) >= len(blocks[n][1]):
        return False  # (the text's first block is its title, no section heading)
    bulleted = _bulleted(blocks[n][1][0])
    text_blocks = 0
    for body_start, lines in blocks[n + 1:n + 1 + _BODY_BLOCKS + SECTION_BLOCKS]:
        if bulleted and not _deeper(lines[0], blocks[n][1][0]):
            return False  # a bulleted heading heads the items set deeper under it (`* Bugfixes` / `  - ...`)
        if _heading_block(lines):
            if text_blocks:
                return False  # the next heading: the section had no prose of its own
            continue  # a sub-heading over the section's first text
        if repeated(body_start + len(lines[0]) - len(lines[0].lstrip())):
            return False  # the corpus's lines under it: a template's heading over the template
        if not _bulleted(lines[0]):
            return False  # a paragraph under it: an article's flow (`Image 2 of 4`, `Story Continued Below`)
        if _own_prose(lines):
            return True
        text_blocks += 1
        if text_blocks >= SECTION_BLOCKS:
            return False
    return False
