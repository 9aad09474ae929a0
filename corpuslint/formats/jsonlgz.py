"""Gzip-compressed JSON Lines (`.jsonl.gz`, `.ndjson.gz`): the usual form of a training dump.

Read as JSONL, streamed through the decompressor, so that memory stays flat and a finding's line
is the line of the decompressed file (what `zcat FILE | sed -n Np` shows). `--fix` writes the file
back gzip-compressed, as pre-commit hooks and ruff rewrite a file in its own form: the records a fix
did not touch keep their bytes in the decompressed stream, but the compressed bytes change (one gzip
member, level 6 as `gzip` writes, the original's mtime and name kept). `--diff` shows the change of
the decompressed text. A compressed file cannot be cut into byte ranges, so it is checked by one
worker however large.

zstd (`.jsonl.zst`) is not read: `zstandard` is no dependency of corpuslint; such a file is a CL902
finding saying to decompress it (`unzstd -k FILE`).
"""

from __future__ import annotations

import gzip
import io
import struct
import zlib
from collections.abc import Iterator

from corpuslint.formats.base import InputProblem, ReadSettings, SourceFile, open_regular
from corpuslint.formats.jsonl import JsonlFormat, _bounded_lines
from corpuslint.models import Document

GZIP_MAGIC = b"\x1f\x8b"
_BROKEN = (OSError, EOFError, zlib.error)  # gzip.BadGzipFile is an OSError


class GzipJsonlFormat(JsonlFormat):
    name = "jsonl.gz"
    extensions = (".jsonl.gz", ".ndjson.gz")
    splittable = False  # a byte offset into a compressed stream is no line start

    def read(self, path: str, data: bytes, settings: ReadSettings) -> SourceFile:
        plain, problem = _decompressed(data)
        source = super().read(path, plain, settings)
        source.raw = data  # what the file holds: the fixer writes only while it still holds it
        source.state["plain"] = plain
        source.state["gzip_header"] = _header(data)
        if problem is not None:
            source.problems.append(problem)
            source.writable = False
        return source

    def iter_range(self, path: str, settings: ReadSettings, start: int, end: int | None, first_line: int = 0,
                   first_record: int = 0) -> Iterator[Document | InputProblem]:
        if start or end is not None:  # (never asked: `splittable` is False)
            raise ValueError(f"{path}: a compressed file is read whole, not in byte ranges")
        handle, problem = open_regular(path)
        if handle is None:
            yield problem
            return
        with handle:
            if handle.read(2) != GZIP_MAGIC:
                handle.seek(0)  # not compressed after all: plain JSONL under a `.gz` name
                stream = handle
            else:
                handle.seek(0)
                stream = gzip.GzipFile(fileobj=handle, mode="rb")
            lines = _guarded(_bounded_lines(stream, settings.max_document_bytes, None))
            yield from self._parse_lines(path, lines, settings, None)
            if lines.problem is not None:
                yield lines.problem

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        header = source.state.get("gzip_header")
        plain = super().write(source, documents)[source.path]
        if header is None:
            return {source.path: plain}  # it was not compressed: neither is what is written
        name, mtime = header
        buffer = io.BytesIO()
        with gzip.GzipFile(filename=name, mode="wb", fileobj=buffer, compresslevel=6, mtime=mtime) as out:
            out.write(plain)
        return {source.path: buffer.getvalue()}

    def shown_bytes(self, data: bytes | None) -> bytes | None:
        return _decompressed(data)[0] if data else data


class _guarded:
    """The lines of a decompressing stream, ending where the stream breaks (a truncated download,
    a corrupt block) with `problem` set instead of raising: the records before it are checked."""

    def __init__(self, lines: Iterator[bytes]) -> None:
        self.lines = lines
        self.problem: InputProblem | None = None
        self.count = 0

    def __iter__(self) -> Iterator[bytes]:
        try:
            for line in self.lines:
                self.count += 1
                yield line
        except _BROKEN as exc:
            self.problem = _broken(exc, self.count + 1)


def _broken(exc: BaseException, line: int) -> InputProblem:
    return InputProblem("CL902", f"gzip stream broken after line {line - 1} ({type(exc).__name__}: {exc}); "
                        "the records before it are checked, the file is never fixed", line=max(line, 1))


def _decompressed(data: bytes) -> tuple[bytes, InputProblem | None]:
    """The decompressed bytes (each gzip member's, as `zcat` joins them; up to a break, cut at its
    last whole line) and the problem a break is; bytes that are not gzip as they are."""
    if not data.startswith(GZIP_MAGIC):
        return data, None
    out: list[bytes] = []
    rest = data
    try:
        while rest.startswith(GZIP_MAGIC):
            member = zlib.decompressobj(31)  # (31: a gzip header and trailer around deflate)
            out.append(member.decompress(rest))
            if not member.eof:
                raise EOFError("compressed file ended before the end-of-stream marker was reached")
            rest = member.unused_data
        if rest.strip(b"\x00"):  # (zero padding is allowed, as gzip allows it)
            raise OSError("bytes that are not gzip after the last member")
    except _BROKEN as exc:
        plain = b"".join(out)
        cut = plain.rfind(b"\n") + 1  # a record cut in two is not read
        return plain[:cut], _broken(exc, plain.count(b"\n", 0, cut) + 1)
    return b"".join(out), None


def _header(data: bytes) -> tuple[str, int] | None:
    """(original name, mtime) of a gzip member's header, for writing the file back as it was
    stamped; None for bytes that are not gzip."""
    if not data.startswith(GZIP_MAGIC) or len(data) < 10:
        return None
    flags = data[3]
    (mtime,) = struct.unpack("<I", data[4:8])
    name = ""
    if flags & 0x08:  # FNAME, after FEXTRA when there is one
        at = 10
        if flags & 0x04 and len(data) >= 12:
            at += 2 + struct.unpack("<H", data[10:12])[0]
        end = data.find(b"\x00", at)
        name = data[at:end].decode("latin-1") if end > 0 else ""
    return name, mtime
