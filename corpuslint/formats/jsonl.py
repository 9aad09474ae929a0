"""JSON Lines: one document per record; the text and id fields are configurable.

Records are kept as their raw lines so that a fix rewrites only the records it changed; every
other line stays byte for byte as it was.
"""

from __future__ import annotations

import json
import os
import re
from collections.abc import Iterator
from typing import Any

import regex

from corpuslint import rxcache
from corpuslint.formats.base import (
    Format,
    InputProblem,
    ReadSettings,
    SourceFile,
    binary_problem,
    decode,
    empty_document,
    looks_binary,
    open_regular,
    split_lines,
    too_large,
)
from corpuslint.formats.chat import chat_field, chat_text, part_path
from corpuslint.formats.recorddiff import records_diff
from corpuslint.formats.recordformat import text_markup
from corpuslint.models import Document, Origin
from corpuslint.parts import strings


_JSON_TYPES = {str: "string", list: "array", int: "number", float: "number", bool: "boolean", type(None): "null"}


class JsonlFormat(Format):
    name = "jsonl"
    extensions = (".jsonl", ".ndjson")
    file_is_document = False  # `max-document-bytes` caps each record

    def read(self, path: str, data: bytes, settings: ReadSettings) -> SourceFile:
        source = SourceFile(path=path, format=JsonlFormat.name, raw=data)  # (`.jsonl.gz` too: JSONL once read)
        lines = split_lines(data)  # on "\n" only, as iter_documents reads them
        source.state["lines"] = lines
        source.state["text_field"] = settings.text_field
        source.state["records"] = {}  # document index -> line index
        for item in self._parse_lines(path, lines, settings, source):
            if isinstance(item, InputProblem):
                source.problems.append(item)
            else:
                source.state["records"][len(source.documents)] = item.origin.line - 1
                source.documents.append(item)
        return source

    def iter_documents(self, path: str, settings: ReadSettings) -> Iterator[Document | InputProblem]:
        # Streamed, line by line: memory stays flat however large the file.
        return self.iter_range(path, settings, 0, None)

    def iter_range(self, path: str, settings: ReadSettings, start: int, end: int | None, first_line: int = 0,
                   first_record: int = 0) -> Iterator[Document | InputProblem]:
        """Stream the records of the bytes [start, end) of a file (to its end with `end=None`),
        numbered as in the whole file.

        For parallel checking of one large file: `split_ranges` cuts it at line starts and counts
        the lines (`first_line`) and records (`first_record`) before each range, so findings
        carry the same line, record and default id as a reader of the whole file gives them.
        """
        handle, problem = open_regular(path)
        if handle is None:
            yield problem
            return
        with handle:
            handle.seek(start)
            lines = _bounded_lines(handle, settings.max_document_bytes, None if end is None else end - start)
            yield from self._parse_lines(path, lines, settings, None, first_line, first_record)

    def _parse_lines(self, path, lines, settings: ReadSettings, source: SourceFile | None,
                     first_line: int = 0, first_record: int = 0):
        record = first_record
        for index, raw in enumerate(lines, first_line):
            line_no = index + 1
            if index == 0 and looks_binary(raw):
                yield binary_problem(raw)
                if source is not None:
                    source.writable = False
                return
            if not raw.strip():
                continue
            record += 1
            size = getattr(raw, "size", len(raw))
            if size > settings.max_document_bytes:
                problem = too_large(size, settings.max_document_bytes, "record")
                problem.line, problem.record = line_no, record
                yield problem
                continue
            text, _enc, _bom, problem = decode(raw[3:] if index == 0 and raw.startswith(b"\xef\xbb\xbf") else raw,
                                               "utf-8")
            if problem is not None:
                problem.line, problem.record = line_no, record
                yield problem
                continue
            try:
                obj = _loads(text)
            except json.JSONDecodeError as exc:
                yield InputProblem("CL906", f"malformed JSON record: {exc.msg} (column {exc.colno})",
                                   line=line_no, column=exc.colno, record=record)
                continue
            except _DuplicateKey as exc:
                # which value would a reader keep? json keeps the last, others the first: the
                # record is reported and, not being a document, never rewritten
                yield InputProblem("CL906", f"duplicate key `{exc.key}` in the record: readers disagree on which "
                                   "value counts, so it is neither checked nor fixed; keep one",
                                   line=line_no, record=record)
                continue
            if not isinstance(obj, dict):
                yield InputProblem("CL906", f"record is a JSON {_JSON_TYPES.get(type(obj), 'value')}, "
                                   "not an object", line=line_no, record=record)
                continue
            if (b"\\ud" in raw or b"\\uD" in raw) and (lone := _lone_surrogate(obj, text)) is not None:
                yield InputProblem("CL903", lone[0], line=line_no, column=lone[1], record=record)
                continue
            body = obj.get(settings.text_field)
            doc_id = obj.get(settings.id_field)
            doc_id = str(doc_id) if doc_id is not None else f"{path}:{line_no}"
            text_field, parts, roles = settings.text_field, None, None
            if not isinstance(body, str) and (chat := chat_field(obj, text_field)) is not None:
                read = chat_text(obj, chat)  # a conversation: its messages, joined (formats/chat.py)
                if isinstance(read, str):
                    yield InputProblem("CL907", read, line=line_no, record=record, document=doc_id)
                    continue
                (body, parts, roles), text_field = read, chat
            if not isinstance(body, str):
                field_name = settings.text_field
                if field_name not in obj:
                    message = f"record has no `{field_name}` field (set `jsonl.text-field` in the config)"
                elif body is None:
                    message = f"record's `{field_name}` is null: it holds no text"
                else:
                    message = f"record's `{field_name}` is a JSON {_json_type(body)}, not a string"
                yield InputProblem("CL907", message, line=line_no, record=record, document=doc_id)
                continue
            if not body.strip():
                yield empty_document(line=line_no, record=record, document=doc_id)
                continue
            metadata = {k: v for k, v in obj.items() if k != text_field}
            # a record whose text is Markdown is read as a `.md` file is, HTML as HTML (chat messages stay plain)
            markup = (None if parts else text_markup(settings.text_format, metadata, doc_id)) or self.name
            yield Document.built(
                id=doc_id,
                text=body,
                metadata=metadata,
                origin=Origin(path=path, format=JsonlFormat.name, record=record, line=line_no, text_is_inline=True,
                              parts=parts, roles=roles) if parts else
                Origin(path=path, format=markup, record=record, line=line_no, text_is_inline=True),
                ignore=_ignore(metadata),
                fixable=True,
            )

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        lines: list[bytes] = list(source.state["lines"])
        style = _FileStyle(source.state.get("plain", source.raw))  # (a `.jsonl.gz` file's raw is compressed)
        for doc_index, (old, new) in enumerate(zip(source.documents, documents, strict=True)):
            if old.text == new.text and old.metadata == new.metadata:
                continue  # untouched records stay byte-identical
            line_index = source.state["records"][doc_index]
            if not new.text.strip():
                lines[line_index] = b""  # the record is dropped (an unsafe CL911 fix)
                continue
            raw = lines[line_index]
            body = raw.rstrip(b"\r\n")
            ending = raw[len(body):]
            bom = b"\xef\xbb\xbf" if line_index == 0 and body.startswith(b"\xef\xbb\xbf") else b""
            text_field = source.state.get("text_field", "text")
            if old.origin.parts:  # a chat record: each changed message put back where it was
                line = encode_chat(body[len(bom):].decode("utf-8"), old, new, style)
            else:
                line = encode_record(body[len(bom):].decode("utf-8"), old, new, text_field, style)
            lines[line_index] = bom + line.encode("utf-8") + ending
        return {source.path: b"".join(lines)}


    def review_diff(self, source: SourceFile, documents: list[Document]) -> str | None:
        return records_diff(source.path, source.documents, documents)  # each record's text, line by line


class _DuplicateKey(ValueError):
    def __init__(self, key: str) -> None:
        super().__init__(key)
        self.key = key


def _unique_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    """A JSON object as a dict, refusing a key given twice (json.loads would keep the last)."""
    obj = dict(pairs)
    if len(obj) != len(pairs):
        seen: set[str] = set()
        raise _DuplicateKey(next(k for k, _v in pairs if k in seen or seen.add(k)))
    return obj


# `json.loads(text, object_pairs_hook=_unique_keys)` builds a new decoder and its scanner for every
# call (~10 µs a record): one decoder serves every record
_DECODER = json.JSONDecoder(object_pairs_hook=_unique_keys)


def _loads(text: str) -> Any:
    """`json.loads(text, object_pairs_hook=_unique_keys)`, with the one decoder."""
    if text.startswith("\ufeff"):  # as `json.loads` refuses it
        raise json.JSONDecodeError("Unexpected UTF-8 BOM (decode using utf-8-sig)", text, 0)
    return _DECODER.decode(text)


_ESCAPE = regex.compile(r"\\u([dD][89a-fA-F][0-9a-fA-F]{2})")
_SURROGATE = re.compile("[\ud800-\udfff]")


def _lone_surrogate(obj: Any, line: str) -> tuple[str, int] | None:
    """(message, column) when a string of the record holds a lone surrogate escape (`\\ud800`
    with no partner): Python's json reads it, but it is no Unicode character, so no UTF-8 writer
    (orjson, datatrove's JsonlWriter and JsonlReader) takes the record: an input problem, reported
    as undecodable text rather than checked, fixed or passed on. A pair (an emoji) is fine."""
    stack, found = [obj], None
    while stack and found is None:
        value = stack.pop()
        if isinstance(value, str):
            hit = _SURROGATE.search(value)
            found = hit.group() if hit else None
        elif isinstance(value, dict):
            stack.extend(value.values())
            stack.extend(value.keys())
        elif isinstance(value, list):
            stack.extend(value)
    if found is None:
        return None
    column = 1
    for match in _ESCAPE.finditer(line):
        if int(match.group(1), 16) == ord(found):
            column = match.start() + 1
            break
    return (f"not valid Unicode: a lone surrogate escape `\\u{ord(found):04x}` (half of a UTF-16 pair, "
            "without its other half); UTF-8 writers (orjson, datatrove's JsonlWriter) refuse the record, so it is "
            "not checked; replace the escape (e.g. with `\\ufffd`) or drop the record", column)


def _json_type(value: Any) -> str:
    return {bool: "boolean", int: "number", float: "number", list: "array", dict: "object"}.get(type(value),
                                                                                              type(value).__name__)


class _FileStyle:
    """Whether the file escapes non-ASCII characters, decided once per file and only if needed."""

    def __init__(self, raw: bytes) -> None:
        self.raw = raw
        self._ascii: bool | None = None

    def ensure_ascii(self) -> bool:
        if self._ascii is None:
            if not self.raw.isascii():
                self._ascii = False
            else:
                # all ASCII: escaped non-ASCII characters somewhere say the writer escapes;
                # nothing either way: json.dumps's default, which most JSONL writers share
                self._ascii = True
        return self._ascii


ESCAPED_NON_ASCII = rxcache.compile(r"\\u(?!00[0-7][0-9a-fA-F])[0-9a-fA-F]{4}")
_WS = " \t\r\n"


def encode_record(line: str, old: Document, new: Document, text_field: str = "text",
                  style: _FileStyle | None = None) -> str:
    """The record `line` with only what changed between `old` and `new` rewritten.

    The changed values (the text, changed metadata keys) are spliced into the original line in
    place, serialised in the line's own style (separators, ASCII escaping); every other byte of
    the line stays as it was. Removed keys go with their separator; new keys go at the end.
    """
    ensure_ascii = _escapes(line, style)
    try:
        members, close = _members(line)
    except (ValueError, IndexError):
        members, close = None, -1
    keys = [m[0] for m in members] if members is not None else []
    if members is None or len(set(keys)) != len(keys):
        return _reserialise(line, new, text_field, ensure_ascii)

    item_sep, key_sep = ", ", ": "
    if len(members) > 1:
        item_sep = line[members[0][3]:members[1][1]]
    elif members:
        item_sep = ", " if line[members[0][2] - 1] == " " else ","
    if members:
        key_sep = line[members[0][4]:members[0][2]]
    nested = (item_sep.strip(_WS) + (" " if item_sep.endswith(" ") else ""),
              key_sep.strip(_WS) + (" " if key_sep.endswith(" ") else ""))

    def dump(value: Any) -> str:
        text = json.dumps(value, ensure_ascii=ensure_ascii, separators=nested, default=_json_default)
        # valid raw in JSON, but line splitters that follow Unicode (str.splitlines) cut there
        return text.replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")

    pieces: list[tuple[str, str]] = []  # (member text, the separator that followed it)
    for index, (key, key_start, value_start, value_end, _key_end) in enumerate(members):
        after = line[value_end:members[index + 1][1]] if index + 1 < len(members) else item_sep
        value = line[value_start:value_end]
        if key == text_field:
            if new.text != old.text:
                value = dump(new.text)
        elif key not in new.metadata:
            if key in old.metadata:
                continue  # removed, with its separator
        elif key not in old.metadata or new.metadata[key] != old.metadata[key]:
            value = dump(new.metadata[key])
        pieces.append((line[key_start:value_start] + value, after))
    for key in (k for k in new.metadata if k not in keys):
        pieces.append((dump(key) + key_sep + dump(new.metadata[key]), item_sep))
    body = "".join(text + (sep if i + 1 < len(pieces) else "") for i, (text, sep) in enumerate(pieces))
    if members:
        return line[:members[0][1]] + body + line[members[-1][3]:]
    return line[:close] + body + line[close:]


def _escapes(line: str, style: _FileStyle | None) -> bool:
    """Whether a value written into `line` escapes non-ASCII characters, as the line (or file) does."""
    if not line.isascii():
        return False
    if ESCAPED_NON_ASCII.search(line):
        return True
    return style.ensure_ascii() if style is not None else True


def encode_chat(line: str, old: Document, new: Document, style: _FileStyle | None = None) -> str:
    """A chat record's `line` with its changed message strings (and metadata) rewritten in place:
    every other byte, the messages' roles and the other messages included, stays as it was."""
    ensure_ascii = _escapes(line, style)
    before, after = strings(old.text, old.origin.parts), strings(new.text, new.origin.parts)
    changed = [(part_path(name), text) for (_s, _e, name), was, text in zip(old.origin.parts, before, after)
               if was != text]
    field = part_path(old.origin.parts[0][2])[0]
    try:
        spans = [(_nested_span(line, path), text) for path, text in changed]
        if new.metadata != old.metadata:
            _unique_members(line)  # (as encode_record will locate them; it would put the text in `field`)
    except (ValueError, IndexError, KeyError, TypeError, StopIteration):
        spans = None
    if spans is None:  # the line's members cannot be located exactly: the record serialised again
        obj = json.loads(line)
        for (name, index, key), text in changed:
            obj[name][index][key] = text
        compact = not regex.search(r'"\s*:\s', line)
        out = {k: v if k == field else new.metadata[k] for k, v in obj.items() if k == field or k in new.metadata}
        out.update({k: v for k, v in new.metadata.items() if k not in out})
        return json.dumps(out, ensure_ascii=ensure_ascii, separators=(",", ":") if compact else (", ", ": "),
                          default=_json_default)
    for (start, end), text in sorted(spans, key=lambda item: item[0][0], reverse=True):
        value = json.dumps(text, ensure_ascii=ensure_ascii).replace("\u2028", "\\u2028").replace("\u2029", "\\u2029")
        line = line[:start] + value + line[end:]
    if new.metadata == old.metadata:
        return line
    return encode_record(line, old, new.model_copy(update={"text": old.text}), field, style)


def _nested_span(line: str, path: tuple[str, int, str]) -> tuple[int, int]:
    """(start, end) in `line` of the value at `record[field][index][key]`."""
    field, index, key = path
    value_start = next(m[2] for m in _unique_members(line) if m[0] == field)
    items = _array_items(line, value_start)
    found = next(m for m in _unique_members(line, items[index]) if m[0] == key)
    return found[2], found[3]


def _unique_members(line: str, start: int = 0) -> list[tuple[str, int, int, int, int]]:
    """`_members` of the object at `line[start]`, refusing one that names a key twice."""
    members, _close = _members(line, start)
    if len({m[0] for m in members}) != len(members):
        raise ValueError("duplicate keys")
    return members


def _array_items(line: str, start: int) -> list[int]:
    """The start offsets of the items of the JSON array at `line[start]`."""
    decoder = json.JSONDecoder()
    n = len(line)
    if line[start] != "[":
        raise ValueError("not an array")
    i = start + 1
    items: list[int] = []
    while True:
        while i < n and line[i] in _WS:
            i += 1
        if line[i] == "]":
            return items
        items.append(i)
        _value, i = decoder.raw_decode(line, i)
        while i < n and line[i] in _WS:
            i += 1
        if line[i] == ",":
            i += 1
        elif line[i] != "]":
            raise ValueError("expected ',' or ']'")


def _members(line: str, start: int = 0) -> tuple[list[tuple[str, int, int, int, int]], int]:
    """Members of the JSON object at `line[start]` (after blanks): (key, key start, value start,
    value end, key end) character offsets in `line`, and the offset of the closing brace."""
    decoder = json.JSONDecoder()
    n = len(line)

    def skip(i: int) -> int:
        while i < n and line[i] in _WS:
            i += 1
        return i

    i = skip(start)
    if line[i] != "{":
        raise ValueError("not an object")
    i = skip(i + 1)
    members: list[tuple[str, int, int, int, int]] = []
    if line[i] == "}":
        return members, i
    while True:
        if line[i] != '"':
            raise ValueError("expected a key")
        key, key_end = json.decoder.scanstring(line, i + 1)
        j = skip(key_end)
        if line[j] != ":":
            raise ValueError("expected ':'")
        value_start = skip(j + 1)
        _value, value_end = decoder.raw_decode(line, value_start)
        members.append((key, i, value_start, value_end, key_end))
        k = skip(value_end)
        if line[k] == ",":
            i = skip(k + 1)
            continue
        if line[k] == "}":
            return members, k
        raise ValueError("expected ',' or '}'")


def _reserialise(line: str, new: Document, text_field: str, ensure_ascii: bool) -> str:
    """The whole record serialised again (a line whose members cannot be located exactly)."""
    original: dict[str, Any] = json.loads(line)
    out: dict[str, Any] = {}
    for key in original:
        if key == text_field:
            out[key] = new.text
        elif key in new.metadata:
            out[key] = new.metadata[key]
    for key, value in new.metadata.items():
        out.setdefault(key, value)
    compact = not regex.search(r'"\s*:\s', line)
    separators = (",", ":") if compact else (", ", ": ")
    return json.dumps(out, ensure_ascii=ensure_ascii, separators=separators, default=_json_default)


def _json_default(value: Any) -> Any:
    if hasattr(value, "isoformat"):
        return value.isoformat()
    if isinstance(value, (set, frozenset, tuple)):
        return list(value)
    return str(value)


def _ignore(metadata: dict[str, Any]) -> list[str]:
    value = metadata.get("corpuslint-ignore")
    if isinstance(value, str):
        return [v for v in value.replace(",", " ").split() if v]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []


class _LongLine(bytes):
    """The start of a line longer than the record limit; `size` is the whole line's length."""

    size: int


def _bounded_lines(handle: Any, limit: int, length: int | None) -> Iterator[bytes]:
    """The lines of `handle` (up to `length` bytes, or to its end), none held longer than
    `limit` + 1 bytes: a longer line comes as a `_LongLine` of its first bytes, its rest skipped,
    so that one giant record never sits in memory whole."""
    read = 0
    chunk = max(limit + 1, 1)
    while length is None or read < length:
        raw = handle.readline(chunk)
        if not raw:
            return
        size = len(raw)
        if size == chunk and not raw.endswith(b"\n"):
            while True:
                rest = handle.readline(1024 * 1024)
                size += len(rest)
                if not rest or rest.endswith(b"\n"):
                    break
            raw = _LongLine(raw)
            raw.size = size
        read += size
        yield raw


def split_ranges(path: str, target_bytes: int, *, tail_bytes: int = 0,
                 tail_target: int = 0) -> Iterator[tuple[int, int, int, int]]:
    """Cut a JSONL file into ranges of about `target_bytes`, each ending at a line end; ranges
    that start in the file's last `tail_bytes` are cut to about `tail_target` bytes instead.

    Yields (start, end, lines before, records before) per range, as `iter_range` takes them. The
    counting reads the file once, in `target_bytes` pieces (memory stays flat), at a few hundred
    MB/s; it runs in the parent while workers check the ranges already cut.
    """
    with open(path, "rb") as handle:
        start = line = record = 0
        tail_from = os.fstat(handle.fileno()).st_size - tail_bytes if tail_bytes and tail_target else None
        while True:
            chunk = handle.read(tail_target if tail_from is not None and start >= tail_from else target_bytes)
            if not chunk:
                return
            if not chunk.endswith(b"\n"):
                chunk += handle.readline()  # finish the last line: a range never cuts a record
            end = start + len(chunk)
            yield start, end, line, record
            pieces = chunk.split(b"\n")
            if not pieces[-1]:
                pieces.pop()
            line += len(pieces)
            record += sum(1 for piece in pieces if piece.strip())  # blank lines are not records
            start = end
