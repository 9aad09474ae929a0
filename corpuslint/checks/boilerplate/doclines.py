"""One document's lines as CL140's guards read them, with the analyses of the whole document
they share (issue 17: one analysis of a document, computed once and handed on).

The rule's per-document pass makes one `DocLines` next to the lines and hands it to every
guard and to the second stage: where the article's prose stands (`prose_position`, read with
it), and the document-wide readings the article's-own-line shapes ask of it (`ownlines`: its
table rows, its head), each read when a guard first asks for it, then kept on this object: no
module keeps the last document it saw.
"""

from __future__ import annotations

from corpuslint.checks.boilerplate.linefeatures import Line, prose_position, prose_share

__all__ = ["DocLines"]


class DocLines:
    """The lines of one document and what is read of the whole document once."""

    __slots__ = ("lines", "before", "total", "rows", "head", "contents", "refs")

    def __init__(self, lines: list[Line], position: tuple[list[float], float] | None = None) -> None:
        self.lines = lines
        # the prose words before each line, and the document's (`prose_position`)
        self.before, self.total = position or prose_position(lines)
        self.rows: bytearray | None = None  # 1 for a table's row (`ownlines.table_rows`), when asked
        self.head: frozenset[int] | None = None  # the article's head (`ownlines.article_head`), when asked
        self.contents: frozenset[int] | None = None  # its table of contents (`ownlines.contents_entries`), when asked
        self.refs: object | None = None  # its reference tables (`techlines.reference_tables`), when asked

    @property
    def position(self) -> tuple[list[float], float]:
        return self.before, self.total

    def prose_share(self, i: int) -> tuple[float, float]:
        """Line `i`'s `prose_before` and `prose_after` features (`linefeatures.prose_share`)."""
        return prose_share(self.lines[i], self.before[i], self.total)
