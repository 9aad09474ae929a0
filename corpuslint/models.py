"""The data that flows through corpuslint: documents in, findings and fixes out.

`Finding` is serialised as the JSON output, a public contract that CI scripts read: add fields,
never rename or remove them.

Every model builds its validator on first use (`defer_build`): a run builds only those it
validates (a check of one file without fixes never builds `Document`'s, `Fix`'s or
`TextEdit`'s; documents are made with `model_construct` or, by the JSONL reader, `Document.built`),
~7 ms less start-up.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field
from enum import Enum
from typing import Any
from urllib.parse import urlsplit

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr

from corpuslint.parts import cell_position, part_at


class Severity(str, Enum):
    ERROR = "error"
    WARNING = "warning"
    INFO = "info"

    @property
    def rank(self) -> int:
        return {"info": 0, "warning": 1, "error": 2}[self.value]


class Applicability(str, Enum):
    """How far a fix can be trusted; ruff's split, since users expect it."""

    SAFE = "safe"  # keeps the document's meaning; applied by --fix
    UNSAFE = "unsafe"  # may remove or change content a person should look at; needs --unsafe-fixes


class TextEdit(BaseModel):
    """Replace `text[start:end]` of a document by `replacement` (character offsets)."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    start: int
    end: int
    replacement: str = ""


class MetadataEdit(BaseModel):
    """Set (or, with `delete`, remove) one metadata key of a document."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    key: str
    value: Any = None
    delete: bool = False


class Fix(BaseModel):
    """What a finding's fix would do: text edits and/or metadata edits, applied together."""

    model_config = ConfigDict(defer_build=True)

    title: str
    applicability: Applicability = Applicability.SAFE
    edits: list[TextEdit] = Field(default_factory=list)
    metadata: list[MetadataEdit] = Field(default_factory=list)

    @classmethod
    def delete(cls, start: int, end: int, title: str, *, safe: bool = True) -> Fix:
        return cls(
            title=title,
            applicability=Applicability.SAFE if safe else Applicability.UNSAFE,
            edits=[TextEdit(start=start, end=end)],
        )

    @classmethod
    def replace(cls, start: int, end: int, replacement: str, title: str, *, safe: bool = True) -> Fix:
        return cls(
            title=title,
            applicability=Applicability.SAFE if safe else Applicability.UNSAFE,
            edits=[TextEdit(start=start, end=end, replacement=replacement)],
        )


class Origin(BaseModel):
    """Where a document came from, so that positions in `text` map back to the file."""

    model_config = ConfigDict(frozen=True, defer_build=True)

    path: str
    format: str = "text"  # the name of the reader: text, markdown, jsonl, or a plugin's
    record: int | None = None  # 1-based record number inside a multi-document file (JSONL)
    line: int = 1  # the file line on which the text (body, record) starts
    text_is_inline: bool = False  # True where the text is one encoded value on one file line
    # the character offset in the file (as read: no byte-order mark, newlines as `\n`) at which the
    # text starts: 0 for a text file, the front matter's length for Markdown; None where the text
    # is no span of the file (a JSONL record's value) or the reader does not say
    offset: int | None = None
    # a record whose text is several strings (a chat record's messages): (start, end, name) of each
    # in `text`, where they are joined by a blank line; positions count inside the one holding them
    # and no fix crosses from one into another (corpuslint.parts). None: the text is one string
    parts: tuple[tuple[int, int, str], ...] | None = None
    # who speaks in each of `parts` (a message's role, lower case: "system", "user", "assistant",
    # ShareGPT's "human", "gpt"; "" where the message names none). None: not known
    roles: tuple[str, ...] | None = None
    # a Jupyter notebook's cells, one per part: (cell number from 1, the file line of its source's
    # first line, whether its source is a list of lines, one per file line); positions then name
    # the file line of the cell's line (corpuslint.parts.cell_position). None: no notebook
    cells: tuple[tuple[int, int, bool], ...] | None = None
    # why no fix may be written to this document (a notebook whose JSON would not be written back
    # byte for byte): its findings keep their fixes' reason in `data.fix_withheld`. None: writable
    read_only: str | None = None

    @property
    def conversation(self) -> bool:
        """A record whose text is a conversation's messages (its parts), not a notebook's cells: a
        notebook is one author's document, read as a page is (its bylines, its repeated paragraphs)."""
        return self.parts is not None and self.cells is None

    @property
    def is_record(self) -> bool:
        """A record of a file of many (JSONL, its text plain or Markdown): an unsafe fix may drop
        it whole, where a file's text is never emptied."""
        return self.format == "jsonl" or self.record is not None


# metadata fields that name the site a document comes from, in the order they are trusted
SITE_FIELDS = ("site", "source", "domain", "publisher", "source_domain", "canonical_link", "url", "link")
# a host's name: labels, a dot between, a top-level domain of letters (`news.example.co.uk`,
# `bücher.de`, `xn--80ak6aa92e.com`), or `localhost`, or an IPv4 address
_HOST_NAME = re.compile(r"(?:[^\W_](?:[\w-]{0,61}[^\W_])?\.)+(?:[^\W\d_]{2,63}|xn--[a-z0-9-]{1,59})"
                        r"|localhost|\d{1,3}(?:\.\d{1,3}){3}")


def site_named(value: str) -> str | None:
    """The site a metadata value names: a URL's host (`https://www.example.com/a` and
    `example.com/a`: `example.com`), else the value itself, folded (`Reuters`, `common-crawl`).

    None for a file's path or a URL without a host (`/usr/share/doc/x/copyright`,
    `data/part-1/x.txt`, `python3.11-doc:/usr/share/...`, `file:///srv/x.txt`): it says where
    the text was read, not the site it comes from, and its first folder (`data`) read as a
    site made one "site" of a corpus's every record (qa19a #12).
    """
    value = value.strip().lower()
    if "." not in value and "/" not in value:
        return " ".join(value.split())
    url = "//" in value
    try:
        host = urlsplit(value if url else "//" + value).hostname
    except ValueError:  # (`[` of an IPv6 address not closed)
        host = None
    if "/" in value and (not host or (not url and _HOST_NAME.fullmatch(host) is None)):
        return None  # a path, or a URL with no host
    if host:
        return host.removeprefix("www.")
    return " ".join(value.split())


class Document(BaseModel):
    """One document: its text, its metadata, and where it came from.

    Rules report character offsets into `text`; `position()` turns them into editor lines and
    columns through a line index built once, on first use.
    """

    model_config = ConfigDict(arbitrary_types_allowed=True, defer_build=True)

    id: str
    text: str
    metadata: dict[str, Any] = Field(default_factory=dict)
    origin: Origin
    # codes suppressed for this whole document (front matter / record field `corpuslint-ignore`)
    ignore: list[str] = Field(default_factory=list)
    # False when an input problem makes writing this document back unsafe
    fixable: bool = True

    _line_starts: list[int] | None = PrivateAttr(default=None)
    # the shared analysis (corpuslint.analysis): blocks with roles, and the view rules see
    _structure: Any = PrivateAttr(default=None)
    _view: Any = PrivateAttr(default=None)
    _source_text: str | None = PrivateAttr(default=None)
    # the source's line starts where the view's lines are others (an HTML text's rendered lines): positions stay the file's
    _source_starts: list[int] | None = PrivateAttr(default=None)

    @classmethod
    def built(cls, *, id: str, text: str, metadata: dict[str, Any], origin: Origin, ignore: list[str],
              fixable: bool = True) -> Document:
        """`model_construct` with every field given, for a reader's hot loop: the same object
        (fields, fields set, private attributes at their defaults; tests/test_fast_paths.py
        compares them) without its per-field default machinery (~30 µs of ~32 per document)."""
        doc = cls.__new__(cls)
        _set = object.__setattr__
        _set(doc, "__dict__", {"id": id, "text": text, "metadata": metadata, "origin": origin, "ignore": ignore,
                               "fixable": fixable})
        _set(doc, "__pydantic_fields_set__", {"id", "text", "metadata", "origin", "ignore", "fixable"})
        _set(doc, "__pydantic_extra__", None)
        _set(doc, "__pydantic_private__", {"_line_starts": None, "_structure": None, "_view": None,
                                           "_source_text": None, "_source_starts": None})
        return doc

    @classmethod
    def from_text(cls, text: str, *, id: str = "<text>", metadata: dict[str, Any] | None = None,
                  path: str = "<text>", format: str = "text") -> Document:
        """Build a document from a string; the entry point for library users and tests."""
        if not isinstance(text, str):  # bytes: which encoding is the caller's to say
            hint = "; decode the bytes first (bytes.decode(encoding))" if isinstance(text, (bytes, bytearray)) else ""
            raise TypeError(f"Document.from_text(text): text must be a str, not {type(text).__name__}{hint}")
        for name, value in (("id", id), ("path", path), ("format", format)):
            if not isinstance(value, str):
                raise TypeError(f"Document.from_text({name}=...): must be a str, not {type(value).__name__}")
        return cls(id=id, text=text, metadata=metadata or {}, origin=Origin(path=path, format=format))

    @property
    def line_starts(self) -> list[int]:
        # read through __pydantic_private__ itself: `self._line_starts` goes through pydantic's
        # __getattr__, ~7 µs a call, and positions are asked for tens of times per document
        private = self.__pydantic_private__
        starts = private.get("_line_starts") if private is not None else None
        if starts is None:
            starts = [0]
            text = self.text
            find = text.find
            i = find("\n")
            while i != -1:
                starts.append(i + 1)
                i = find("\n", i + 1)
            self._line_starts = starts
        return starts

    def metadata_site(self) -> str | None:
        """The site the metadata names: the host of the first site-like field, else its plain value.

        `source` names a site only by a host or URL (FakeNewsNet's `http://cnn.it`): a bare name there is the
        data set's or collection's a record came from (Dolma's `"source": "c4"`, RedPajama's subsets, a Debian
        description's source package), and read as a site it made sibling records "pages of one site" whose
        shared prose CL151 cut line by line (tester34: 330 of 6,000 records left mid-sentence).

        The corpus rules (a site's templates) and the report (findings by site) group by it.
        """
        for name in SITE_FIELDS:
            value = self.metadata.get(name) if self.metadata else None
            if isinstance(value, str) and value.strip():
                site = site_named(value)
                if site and name == "source" and _HOST_NAME.fullmatch(site) is None:
                    continue  # a bare name in `source` is a collection's, not a site's (`c4`, `common-crawl`, `boost1.74`)
                if site:
                    return site
        return None

    def text_position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of a character offset inside `text`."""
        private = self.__pydantic_private__
        starts = (private.get("_source_starts") if private is not None else None) or self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        return index + 1, offset - starts[index] + 1

    def position(self, offset: int) -> tuple[int, int]:
        """1-based (line, column) of `offset` as the file shows it in an editor.

        For a document that is one encoded value on one line (a JSONL record), the line is the
        record's line and the column counts characters inside its text.
        """
        if self.origin.cells is not None:
            return cell_position(self, offset)[2:]
        if self.origin.text_is_inline:
            if self.origin.parts:
                return self.origin.line, offset - part_at(self.origin.parts, offset)[0] + 1
            return self.origin.line, offset + 1
        line, column = self.text_position(offset)
        return self.origin.line + line - 1, column

    def line_span(self, offset: int) -> tuple[int, int]:
        """Offsets of the start and end (without the newline) of the text line holding `offset`."""
        starts = self.line_starts
        index = bisect.bisect_right(starts, offset) - 1
        start = starts[index]
        end = starts[index + 1] - 1 if index + 1 < len(starts) else len(self.text)
        return start, end


class Related(BaseModel):
    """Another place a finding refers to: the earlier copy, the other spelling."""

    model_config = ConfigDict(defer_build=True)

    path: str
    line: int | None = None
    record: int | None = None
    message: str = ""


@dataclass(slots=True)
class Violation:
    """What a rule yields: a span of the document's text and what is wrong with it.

    A plain dataclass rather than a pydantic model: rules yield many of these on the hot path and
    the engine turns each into a `Finding` once.
    """

    start: int
    end: int
    message: str
    fix: Fix | None = None
    related: list[Related] = field(default_factory=list)
    source: str | None = None  # which pack/pattern or sub-check matched
    data: dict[str, Any] = field(default_factory=dict)  # machine-readable detail (values, scores)


class FindingFix(BaseModel):
    """The public, serialised view of a fix."""

    model_config = ConfigDict(defer_build=True)

    applicability: Applicability
    message: str
    edits: list[TextEdit] = Field(default_factory=list)
    metadata: list[MetadataEdit] = Field(default_factory=list)


class Finding(BaseModel):
    """One problem, located in a file. Its JSON form is the public output contract."""

    model_config = ConfigDict(defer_build=True)

    path: str
    record: int | None = None
    document: str | None = None  # the document id (the JSONL id field, or the path)
    line: int
    column: int
    end_line: int
    end_column: int
    code: str
    name: str
    family: str
    severity: Severity
    message: str
    fix: FindingFix | None = None
    source: str | None = None
    related: list[Related] = Field(default_factory=list)
    data: dict[str, Any] = Field(default_factory=dict)
    text: str | None = None  # the offending text, shortened, as the human output shows it
    # character offsets inside the document text (as `fix.edits` are); for tooling (baselines, fixes)
    offset: int = 0
    end_offset: int = 0
    # where the document text starts in the file: file offset = document_offset + offset (and + each
    # edit's start/end); None for a JSONL record (its text is a JSON string) and input problems
    document_offset: int | None = None
    # a removal the structure guard withheld because it takes part of a block (`corpuslint.analysis`):
    # the fixer applies it when the pass's other removals take the rest (`closing_runs.closing_run`)
    _withheld: FindingFix | None = PrivateAttr(default=None)

    def place(self, path: str | None = None) -> str:
        """`path:line:column`; in a notebook `path:cell 3:2:5` (the cell, its line, the column), as the
        text output writes it: what a message about the finding names."""
        path = self.path if path is None else path
        if "cell" in self.data:
            return f"{path}:cell {self.data['cell']}:{self.data['cell_line']}:{self.column}"
        return f"{path}:{self.line}:{self.column}"

