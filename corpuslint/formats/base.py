"""What a format is, and the decoding every format shares.

A format reads a file's bytes into a `SourceFile` (its documents plus what is needed to write it
back unchanged), and writes a `SourceFile` whose documents were fixed back to bytes. Reading
never raises for bad input: problems become `InputProblem`s, reported as CL9xx findings.
"""

from __future__ import annotations

import codecs
from collections.abc import Iterator
from dataclasses import dataclass, field
from functools import lru_cache
from typing import Any, BinaryIO, ClassVar

from corpuslint import files
from corpuslint.formats.htmlcharset import declared_encoding
from corpuslint.models import Document

BINARY_SNIFF_BYTES = 8192

BOMS = (
    (codecs.BOM_UTF8, "utf-8"),
    (codecs.BOM_UTF32_LE, "utf-32-le"),  # before UTF-16 LE, whose BOM is its prefix
    (codecs.BOM_UTF32_BE, "utf-32-be"),
    (codecs.BOM_UTF16_LE, "utf-16-le"),
    (codecs.BOM_UTF16_BE, "utf-16-be"),
)
# the BOMs of the encodings whose text holds NUL bytes (`looks_binary`), and all of them (`decode`)
_WIDE_BOMS = tuple(bom for bom, enc in BOMS if enc.startswith(("utf-16", "utf-32")))
_ANY_BOM = tuple(bom for bom, _enc in BOMS)


@dataclass
class ReadSettings:
    """The parts of the configuration that readers need."""

    encoding: str = "utf-8"
    text_field: str = "text"
    id_field: str = "id"
    text_format: str = "auto"  # a JSONL record's markup: auto, plain, markdown, html (formats/recordformat.py)
    max_document_bytes: int = 16 * 1024 * 1024
    sidecar_suffix: str = ".meta.yaml"
    front_matter: bool = True


@dataclass
class InputProblem:
    """A defect of the input itself; becomes a CL9xx finding."""

    code: str
    message: str
    line: int = 1
    column: int = 1
    record: int | None = None
    document: str | None = None
    path: str | None = None  # another file than the one read (a sidecar), when it is at fault


def empty_document(*, record: int | None = None, line: int = 1, document: str | None = None) -> InputProblem:
    """CL904 for a file or a record with no text, in one wording for the readers (the CLI) and
    the Python API's `check` of a Document: the same input says the same thing both ways."""
    what = "the file holds no text" if record is None else "the record's text is empty"
    return InputProblem("CL904", f"empty document: {what}", line=line, record=record, document=document)


@dataclass
class SourceFile:
    """A file as read: its documents and whatever its writer needs to write it back losslessly."""

    path: str
    format: str
    raw: bytes
    documents: list[Document] = field(default_factory=list)
    problems: list[InputProblem] = field(default_factory=list)
    encoding: str = "utf-8"
    bom: bytes = b""
    newline: str | None = None  # "\r\n" where the file uses CRLF throughout; text then holds "\n"
    writable: bool = True  # False when an input problem makes any write unsafe
    state: dict[str, Any] = field(default_factory=dict)  # format-specific


class Format:
    """Base class of a reader/writer; subclasses set `name` and `extensions`."""

    name: ClassVar[str]
    extensions: ClassVar[tuple[str, ...]]
    # whether a file is one document, so that `max-document-bytes` caps what is read of it
    file_is_document: ClassVar[bool] = True

    def read(self, path: str, data: bytes, settings: ReadSettings) -> SourceFile:
        raise NotImplementedError

    def iter_documents(self, path: str, settings: ReadSettings) -> Iterator[Document | InputProblem]:
        """Stream the documents of a file; formats holding many documents override this."""
        data, problem = read_regular(path, settings.max_document_bytes if self.file_is_document else None)
        if problem is not None:
            yield problem
            return
        source = self.read(path, data, settings)
        yield from source.problems
        yield from source.documents

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        """New bytes per file path, given fixed copies of `source.documents` in the same order.

        Usually one entry, the file itself; a format that keeps metadata beside the file (the
        text format's sidecar) returns that file too. Files whose bytes would not change may be
        left out.
        """
        raise NotImplementedError

    def review_diff(self, source: SourceFile, documents: list[Document]) -> str | None:
        """What `--diff` shows of the fixed `documents` when a patch of the file's bytes cannot be
        read (a JSONL record is one long line), or None: the patch."""
        return None

    def shown_bytes(self, data: bytes | None) -> bytes | None:
        """The bytes `--diff` compares of a file of this format: its own, or a compressed file's
        decompressed (`.jsonl.gz`)."""
        return data

    def expected_bytes(self, source: SourceFile) -> dict[str, bytes | None]:
        """What each file `write` may return held when it was read (None: it did not exist).

        The fixer writes a file only while it still holds exactly these bytes, so a change made
        by someone else between reading and writing is never overwritten.
        """
        return {source.path: source.raw}


def splittable(fmt: Format) -> bool:
    """Whether a large file of this format may be checked in byte ranges: it streams ranges
    (`iter_range`) and a byte offset is a place to start reading (not in a compressed file)."""
    return hasattr(fmt, "iter_range") and getattr(fmt, "splittable", True)


def open_regular(path: str) -> tuple[BinaryIO | None, InputProblem | None]:
    """Open `path` if it is a regular file, else the CL901 problem saying what it is (see
    corpuslint.files: a FIFO or a device is never opened)."""
    handle, problem = files.open_regular(path)
    return handle, InputProblem(*problem) if problem else None


def read_regular(path: str, limit: int | None) -> tuple[bytes, InputProblem | None]:
    """The bytes of a regular file, at most `limit` (else CL908, the file not read), or the
    problem that stopped reading it (see corpuslint.files)."""
    data, problem = files.read_regular(path, limit)
    return data, InputProblem(*problem) if problem else None


def too_large(size: int, limit: int, what: str = "document") -> InputProblem:
    return InputProblem(*files.too_large(size, limit, what))


_COMPRESSED = ((b"\x1f\x8b", "gzip", "gunzip -k"), (b"BZh", "bzip2", "bunzip2 -k"),  # (bzip2: + "[1-9]1AY&SY")
               (b"\xfd7zXZ\x00", "xz", "unxz -k"), (b"\x28\xb5\x2f\xfd", "zstd", "unzstd"),
               (b"PK\x03\x04", "zip", "unzip"))


def binary_problem(data: bytes) -> InputProblem:
    """CL902 for a file that looks binary, naming a compressed one's format (`a.jsonl.gz`): none is read;
    a PDF's or an EPUB's with the command that converts it to text."""
    converted = _document_format(data)
    if converted:  # a PDF or an EPUB book: text a converter gives
        kind, command = converted
        return InputProblem("CL902", f"binary file: {kind}; not checked (convert it to text first, e.g. `{command}`)")
    compressed = _compression(data)
    if compressed:
        kind, command = compressed
        read = ("corpuslint reads gzip only as JSONL named `.jsonl.gz` or `.ndjson.gz`" if kind == "gzip" else
                f"corpuslint reads no {kind}-compressed files")
        return InputProblem("CL902", f"binary file: {kind}-compressed, and {read}; not checked (decompress it "
                                f"first, e.g. `{command} FILE`)")
    return InputProblem("CL902", "binary file (it holds NUL bytes); not checked")


def _document_format(data: bytes) -> tuple[str, str] | None:
    """(what it is, the command that converts it to text) of a PDF or an EPUB book, by its magic
    number (an EPUB is a zip holding `mimetype`: `application/epub+zip` and `META-INF/container.xml`); else None."""
    if data.startswith(b"%PDF-"):
        return "a PDF document", "pdftotext FILE"
    head = data[:BINARY_SNIFF_BYTES]
    if data.startswith(b"PK\x03\x04") and (b"application/epub+zip" in head or b"META-INF/container.xml" in head):
        return "an EPUB book (zip-compressed XHTML)", "pandoc FILE -t plain -o FILE.txt"
    return None


def _compression(data: bytes) -> tuple[str, str] | None:
    """(format, command to decompress) of compressed bytes, by their magic number; else None."""
    for magic, kind, command in _COMPRESSED:
        if data.startswith(magic) and (kind != "bzip2" or data[4:10] == b"1AY&SY"):
            return kind, command
    return None


# what Texinfo writes into an info file around a special node's tag (`^@^H[index^@^H]`, `^@^H[image src=…^@^H]`):
# its only NUL bytes, in text that is otherwise plain
INFO_MARKERS = (b"\x00\x08[", b"\x00\x08]")


def looks_binary(data: bytes) -> bool:
    """Whether `data` holds NUL bytes in its first `BINARY_SNIFF_BYTES` (or is compressed), other than
    an info file's markers (`info_markers_only`)."""
    if data.startswith(_WIDE_BOMS):
        return False
    if b"\x00" in data[:BINARY_SNIFF_BYTES]:
        return not info_markers_only(data)
    return data[:1] in b"\x1f\xfd\x28BP%" and (_compression(data) is not None or data.startswith(b"%PDF-"))


def info_markers_only(data: bytes) -> bool:
    """Every NUL byte of `data` opens an info file's marker (`INFO_MARKERS`): a GNU info node is text, its
    index nodes carry `^@^H[index^@^H]`. The text is read with them and checked; they are the file's own,
    and no fix removes them (`analysis.edits_problem`)."""
    return data.count(b"\x00") == sum(data.count(marker) for marker in INFO_MARKERS)


def decode(data: bytes, encoding: str) -> tuple[str | None, str, bytes, InputProblem | None]:
    """Decode bytes: (text, encoding used, BOM, problem). A BOM overrides the configured encoding."""
    if looks_binary(data):
        return None, encoding, b"", binary_problem(data)
    bom = b""
    if data.startswith(_ANY_BOM):  # (one C call for the many records and files without one)
        for candidate, enc in BOMS:
            if data.startswith(candidate):
                bom, encoding = candidate, enc
                break
    try:
        return data[len(bom):].decode(encoding), _without_bom(encoding) if not bom else encoding, bom, None
    except UnicodeDecodeError as exc:
        offset = exc.start + len(bom)
        line = data[:offset].count(b"\n") + 1
        column = offset - (data.rfind(b"\n", 0, offset) + 1) + 1
        bad = data[offset:offset + 4].hex(" ")
        return None, encoding, bom, InputProblem(
            "CL903",
            f"not valid {encoding}: byte(s) {bad} at byte {offset} cannot be decoded; "
            f"set `encoding` in the config if the file uses another encoding",
            line=line,
            column=column,
        )
    except LookupError:
        return None, encoding, bom, InputProblem("CL903", f"unknown encoding {encoding!r} in the configuration")


@lru_cache(maxsize=64)
def _without_bom(encoding: str) -> str:
    """The codec that writes back what was read from a file without a BOM.

    `utf-8-sig`, `utf-16` and `utf-32` would add a BOM on encoding that the file did not have;
    without a BOM, `utf-16`/`utf-32` decode in the machine's byte order.
    """
    import sys

    try:
        name = codecs.lookup(encoding).name
    except LookupError:
        return encoding
    order = "le" if sys.byteorder == "little" else "be"
    return {"utf-8-sig": "utf-8", "utf-16": f"utf-16-{order}", "utf-32": f"utf-32-{order}"}.get(name, encoding)


def split_newlines(text: str) -> tuple[str, str | None]:
    """Translate CRLF to LF when the file uses CRLF throughout, so rules see one kind of newline.

    A file with mixed endings is left as it is: translating it could not be undone exactly.
    """
    crlf = text.count("\r\n")
    if crlf and crlf == text.count("\n") and crlf == text.count("\r"):
        return text.replace("\r\n", "\n"), "\r\n"
    return text, None


def encode(text: str, source: SourceFile) -> bytes:
    """Encode a whole file's new text the way the original was: newline, encoding, BOM.

    Raises UnicodeEncodeError if the text holds a character the file's encoding cannot hold
    (the fixer rejects such fixes before it gets here).
    """
    if source.newline:
        text = text.replace("\n", source.newline)
    return source.bom + text.encode(source.encoding)


def split_lines(data: bytes) -> list[bytes]:
    """Lines of a file's bytes, each with its ending, split on `\n` only (like iterating a file).

    `b"".join(split_lines(data)) == data` always holds.
    """
    lines = data.split(b"\n")
    out = [line + b"\n" for line in lines[:-1]]
    if lines[-1]:
        out.append(lines[-1])
    return out


def check_size(data: bytes, settings: ReadSettings) -> InputProblem | None:
    """CL908 for a document over `max-document-bytes` (it is then not checked)."""
    if len(data) > settings.max_document_bytes:
        return too_large(len(data), settings.max_document_bytes)
    return None


def decode_page(data: bytes, encoding: str) -> tuple[str | None, str, bytes, InputProblem | None]:
    """Decode an HTML page's bytes as `decode` does, and when the configured encoding cannot read
    them, in the encoding the page declares (`<meta charset>`, `http-equiv`, `<?xml encoding?>`:
    `htmlcharset`). The configured encoding comes first: a saved page has lost the HTTP header that
    outranks its `<meta>` in a browser, and pages are saved as UTF-8 with their old `charset=iso-8859-1`
    kept (their accented letters then read as UTF-8, never as Latin-1, which would make them mojibake);
    a page truly in Latin-1 is no valid UTF-8 once it holds one accented letter."""
    text, used, bom, problem = decode(data, encoding)
    if problem is None or bom or problem.code != "CL903" or not problem.message.startswith("not valid"):
        return text, used, bom, problem
    declared = declared_encoding(data)
    if declared is None:
        return text, used, bom, problem
    codec, label = declared
    if codecs.lookup(codec).name == codecs.lookup(encoding).name:
        problem.message = problem.message.replace("cannot be decoded;", f"cannot be decoded (the page declares "
                                                  f"`{label}` too);", 1)
        return text, used, bom, problem
    text, used, bom, second = decode(data, codec)
    if second is None:
        return text, used, bom, None
    second.message = (f"not valid {encoding}, nor {label}, the encoding the page declares: byte(s) "
                      + second.message.split("byte(s) ", 1)[1])
    return None, encoding, bom, second


def whole_file_text(source: SourceFile, data: bytes, settings: ReadSettings, *, page: bool = False) -> str | None:
    """A one-document file's text, decoded with its newlines made `\n` (kept on `source` for writing
    back), or None when it is too large or cannot be decoded: then the problem is on `source`, which
    is marked not writable. An HTML `page` may be read in the encoding it declares (`decode_page`)."""
    problem = check_size(data, settings)
    text = None
    if problem is None:
        text, source.encoding, source.bom, problem = (decode_page if page else decode)(data, settings.encoding)
    if problem is not None:
        source.problems.append(problem)
        source.writable = False
        return None
    text, source.newline = split_newlines(text)
    return text


def ignore_list(metadata: Any) -> list[str]:
    """The selectors of a document's `corpuslint-ignore` field (a list, or one string)."""
    if not metadata:
        return []
    value = metadata.get("corpuslint-ignore")
    if isinstance(value, str):
        return [v.strip() for v in value.replace(",", " ").split() if v.strip()]
    if isinstance(value, list):
        return [str(v).strip() for v in value]
    return []
