"""CL143 gutenberg-frame: the header and the licence around a Project Gutenberg book.

Every text of Project Gutenberg, one of the most common sources of book corpora, is framed by
the project's own text: a header (title, author, release date, and in the older templates the
whole licence, "the Small Print") closed by a START marker line, and a tail opened by an END
marker line (the "Full Project Gutenberg License", donation pleas). The markers are the project's
own: they say where the book begins and where it ends. Their variants across the eras of the
templates are those PG's own `ebookmaker` (parsers/boilerplate.py) looks for, and those the
peers' cleaners list (c-w/gutenberg's `strip_headers`, gutenbergpy); read, not copied.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from corpuslint.gutenberg_marks import HEADER_END_LINE
from corpuslint.models import Document, Fix, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import shorten

# The line that opens the tail: `*** END OF THE PROJECT GUTENBERG EBOOK X ***`, `End of the
# Project Gutenberg EBook of X, by Y` (and `End of Project Gutenberg Etext of X`, the older
# templates' only marker, `End of Project Gutenberg's X`), `Ende dieses Projekt Gutenberg
# Etextes` (the German texts'); the words after `Project Gutenberg` name the file, so a sentence
# opening a line (`End of the Project Gutenberg era, ...`) is none.
_END = regex.compile(
    r"(?im)^[ \t]*(?:\*{1,5}[ \t]*END[ \t]+OF[ \t]+(?:THE[ \t]+|THIS[ \t]+)?(?:COPYRIGHTED[ \t]+)?"
    r"PROJECT[ \t]+GUTENBERG\b|\*{0,5}[ \t]*End[ \t]+of[ \t]+(?:the[ \t]+|this[ \t]+)?Project[ \t]+Gutenberg"
    r"(?:'s\b|[ \t]+(?:e-?books?|e-?texts?|etexts?|edition|works?)\b|[ \t]*\*|[ \t]*$)"
    r"|\*{0,5}[ \t]*Ende[ \t]+dieses[ \t]+Projekt?e?s?[ \t]+Gutenberg\b)[^\n]{0,150}$")
_GUTENBERG = regex.compile(r"(?i)gutenberg")
# The words of the project's own paragraphs (its header fields, licence, donation pleas and
# addresses): a paragraph holding none of them in a header or a tail is the book's
_FRAME_WORDS = regex.compile(
    r"(?i)gutenberg|e-?texts?\b|e-?books?\b|small[ \t]+print|licen[cs]|copyright|donat|trademark|royalt"
    r"|warrant|public[ \t]+domain|distribut|https?:|www\.|ftp|volunteer|^[ \t]*(?:title|author|translator"
    r"|editor|illustrator|release[ \t]+date|posting[ \t]+date|language|character[ \t]+set[ \t]+encoding"
    r"|credits|produced[ \t]+by|prepared[ \t]+by)[ \t]*:|release[ \t]+date|\[e-?(?:text|book)[ \t]*#|file"
    r"|@|foundation|refund|liab|damage|\btax|\birs\b|edition|\bmail\b|e-?mail|http")
MAX_HEAD_LINES = 1500  # a header is shorter than this: the 1990s templates' is about 300 lines
# lines of the header's (tail's) paragraphs that do not speak the project's words: more, and the
# part holds some of the book (a quoted marker, a book printed before its own licence)
BOOK_LINES = 40


def _other_lines(part: str) -> int:
    """The lines of `part`'s paragraphs that hold none of the project's words."""
    return sum(len(block.strip().split("\n")) for block in regex.split(r"\n[ \t]*\n", part)
               if block.strip() and not _FRAME_WORDS.search(block))


def frame(text: str) -> tuple[tuple[int, int, bool] | None, tuple[int, int, bool] | None]:
    """The header and the tail of a Project Gutenberg text, each as (start, end, provable) or None.

    The header runs from the text's start to the end of the last START marker line within the
    first `MAX_HEAD_LINES` lines (before the first END marker); the tail from the first END
    marker after it to the text's end. A part is provable when the text mentions the project
    before its START marker (the marker itself says `PROJECT GUTENBERG`), and the part's
    paragraphs that do not speak the project's words hold `BOOK_LINES` lines or fewer.
    """
    end_match = None
    head = None
    limit = _line_offset(text, MAX_HEAD_LINES)
    starts = [m for m in HEADER_END_LINE.finditer(text, 0, limit)]
    first_end = _END.search(text)
    if first_end is not None:
        starts = [m for m in starts if m.end() <= first_end.start()]
    if starts:
        start = starts[-1]
        marker_end = _marker_end(text, start.end())
        if _GUTENBERG.search(text[:marker_end]):
            provable = _other_lines(text[:start.start()]) <= BOOK_LINES
            head = (0, marker_end, provable)
        end_match = _END.search(text, marker_end)
    else:
        end_match = first_end
    tail = None
    if end_match is not None:
        provable = _other_lines(text[end_match.end():]) <= BOOK_LINES
        if provable or head is not None:
            tail = (end_match.start(), len(text.rstrip()), provable)
    if head is not None and not head[2] and tail is None:
        return None, None  # a START-like line over what reads as a book, and no END: not PG's frame
    return head, tail


def _marker_end(text: str, end: int) -> int:
    """Where a marker line ending at `end` really ends: a long title wraps the marker over the
    lines of its paragraph (`***START OF THE PROJECT GUTENBERG EBOOK THE MIRROR OF LITERATURE,` /
    `AMUSEMENT, AND INSTRUCTION, VOL. 10, ...***`), closed by its asterisks."""
    if text[:end].rstrip().endswith("*"):
        return end
    k = end
    for _ in range(3):
        if k >= len(text) or text[k] != "\n":
            return end
        nxt = text.find("\n", k + 1)
        nxt = len(text) if nxt == -1 else nxt
        line = text[k + 1:nxt]
        if not line.strip():
            return end
        if line.rstrip().endswith("*"):
            return nxt
        k = nxt
    return end


def _line_offset(text: str, lines: int) -> int:
    offset = 0
    for _ in range(lines):
        offset = text.find("\n", offset) + 1
        if offset == 0:
            return len(text)
    return offset


class GutenbergFrame(Rule):
    """## What it does
    Reports the frame Project Gutenberg puts around each of its books: the header up to its
    START marker line (`*** START OF THE PROJECT GUTENBERG EBOOK ... ***`; in the 1990s
    templates the whole licence, "the Small Print", closed by `*END*THE SMALL PRINT! FOR PUBLIC
    DOMAIN ETEXTS*...`), and the tail from its END marker line (`End of the Project Gutenberg
    EBook of ...`, `*** END OF THE PROJECT GUTENBERG EBOOK ... ***`, `Ende dieses Projekt
    Gutenberg Etextes`) to the text's end, with the Full Project Gutenberg License.

    ## Why is this bad?
    Project Gutenberg is one of the most common sources of book corpora, and every one of its
    texts carries the same few thousand words of header, licence and donation pleas. They are
    the project's, not the book's: in a corpus they repeat under every book, skew its
    statistics and teach a model to write licences.

    ## Example
    ```
    The Project Gutenberg EBook of Emma, by Jane Austen
    ...
    *** START OF THIS PROJECT GUTENBERG EBOOK EMMA ***

    EMMA
    ```
    Use instead:
    ```
    EMMA
    ```

    ## Options
    None.

    ## Fix safety
    The fix removes the header with the START marker line, and the tail from the END marker
    line on. It is safe: the markers are the project's statement of where the book begins and
    ends, at the line's start, with their asterisks. It is unsafe when the part to remove
    holds more than 40 lines of paragraphs that speak none of the project's words (Gutenberg,
    etext, eBook, licence, copyright, donation, trademark, warranty, an address, a header field
    such as `Title:`), which a header or a licence never does: a marker quoted in prose, or a
    book printed before its licence.

    Never flagged: a START marker with no mention of Project Gutenberg before it; a START-like
    line over what reads as a book with no END marker after it; a marker within a line (quoted
    in a sentence); a START marker after line 1,500; a text with no marker (then nothing says
    where the book begins: the header's lines are left to the other rules).

    ## Known problems
    The `Produced by ...` credits below the START marker and the book's own front matter
    stay. A text whose END marker is missing keeps its tail (nothing says where the book ends).
    """

    code = "CL143"
    triggers = ("utenberg", "UTENBERG")
    judges_by_words = True  # (corpuslint.keptcopy: its removal of a kept copy does not count)
    name = "gutenberg-frame"
    family = "boilerplate"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if "utenberg" not in text and "UTENBERG" not in text:
            return
        head, tail = frame(text)
        if head is not None:
            start, end, provable = head
            cut_end = end
            while cut_end < len(text) and text[cut_end] in " \t\r\n":
                cut_end += 1
            marker = text[text.rfind("\n", 0, end) + 1:end].strip()
            lines = text.count("\n", 0, end) + 1
            yield Violation(
                start=start, end=end,
                message=(f"Project Gutenberg header ({lines} lines, up to `{shorten(marker, 50)}`); "
                         "remove it"),
                fix=Fix.delete(0, cut_end, "Remove the Project Gutenberg header", safe=provable),
                data={"part": "head", "lines": lines},
            )
        if tail is not None:
            start, end, provable = tail
            cut_start = start
            while cut_start > 0 and text[cut_start - 1] in " \t\r\n":
                cut_start -= 1
            final = "\n" if text.endswith("\n") and cut_start > 0 else ""
            marker = text[start:text.find("\n", start) if "\n" in text[start:] else len(text)].strip()
            lines = text.count("\n", start, end) + 1
            yield Violation(
                start=start, end=end,
                message=(f"Project Gutenberg licence and tail ({lines} lines, from `{shorten(marker, 50)}`); "
                         "remove it"),
                fix=Fix.replace(cut_start, len(text), final, "Remove the Project Gutenberg tail", safe=provable),
                data={"part": "tail", "lines": lines},
            )
