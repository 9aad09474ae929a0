"""JSON Lines: one document per record; the text and id fields are configurable.

Records are kept as their raw lines so that a fix rewrites only the records it changed; every
other line stays byte for byte as it was.
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from typing import Any

from corpuslint.formats.base import Format, InputProblem, ReadSettings, SourceFile, decode, looks_binary
from corpuslint.models import Document, Origin


class JsonlFormat(Format):
    name = "jsonl"
    extensions = (".jsonl", ".ndjson")

    def read(self, path: str, data: bytes, settings: ReadSettings) -> SourceFile:
        source = SourceFile(path=path, format=self.name, raw=data)
        lines = data.splitlines(keepends=True)
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
        try:
            handle = open(path, "rb")
        except OSError as exc:
            yield InputProblem("CL901", f"cannot read file: {exc.strerror or exc}")
            return
        with handle:
            yield from self._parse_lines(path, handle, settings, None)

    def _parse_lines(self, path, lines, settings: ReadSettings, source: SourceFile | None):
        record = 0
        for index, raw in enumerate(lines):
            line_no = index + 1
            if index == 0 and looks_binary(raw):
                yield InputProblem("CL902", "binary file (it holds NUL bytes); not checked")
                if source is not None:
                    source.writable = False
                return
            if not raw.strip():
                continue
            record += 1
            if len(raw) > settings.max_document_bytes:
                yield InputProblem(
                    "CL908",
                    f"record is {len(raw):,} bytes, over the {settings.max_document_bytes:,}-byte limit "
                    "(`max-document-bytes`); not checked",
                    line=line_no, record=record)
                continue
            text, _enc, _bom, problem = decode(raw[3:] if index == 0 and raw.startswith(b"\xef\xbb\xbf") else raw,
                                               "utf-8")
            if problem is not None:
                problem.line, problem.record = line_no, record
                yield problem
                continue
            try:
                obj = json.loads(text)
            except json.JSONDecodeError as exc:
                yield InputProblem("CL906", f"malformed JSON record: {exc.msg} (column {exc.colno})",
                                   line=line_no, column=exc.colno, record=record)
                continue
            if not isinstance(obj, dict):
                yield InputProblem("CL906", f"record is a JSON {type(obj).__name__}, not an object",
                                   line=line_no, record=record)
                continue
            body = obj.get(settings.text_field)
            doc_id = obj.get(settings.id_field)
            doc_id = str(doc_id) if doc_id is not None else f"{path}:{line_no}"
            if not isinstance(body, str):
                what = "has no" if body is None else f"has a non-string ({type(body).__name__})"
                yield InputProblem("CL907", f"record {what} `{settings.text_field}` field "
                                   "(set `jsonl.text-field` in the config)",
                                   line=line_no, record=record, document=doc_id)
                continue
            if not body.strip():
                yield InputProblem("CL904", "empty document: the record's text is empty",
                                   line=line_no, record=record, document=doc_id)
                continue
            metadata = {k: v for k, v in obj.items() if k != settings.text_field}
            yield Document.model_construct(
                id=doc_id,
                text=body,
                metadata=metadata,
                origin=Origin(path=path, format=self.name, record=record, line=line_no, text_is_inline=True),
                ignore=_ignore(metadata),
                fixable=True,
            )

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        lines: list[bytes] = list(source.state["lines"])
        for doc_index, (old, new) in enumerate(zip(source.documents, documents, strict=True)):
            if old.text == new.text and old.metadata == new.metadata:
                continue  # untouched records stay byte-identical
            line_index = source.state["records"][doc_index]
            raw = lines[line_index]
            ending = raw[len(raw.rstrip(b"\r\n")):]
            lines[line_index] = encode_record(raw, old, new, source) + ending
        return {source.path: b"".join(lines)}


def encode_record(raw: bytes, old: Document, new: Document, source: SourceFile) -> bytes:
    """Re-serialise one changed record in the style of the original line."""
    text_field = source.state.get("text_field", "text")
    original: dict[str, Any] = json.loads(raw.decode("utf-8-sig"))
    out: dict[str, Any] = {}
    # keep the original key order; the text goes where it was
    for key in original:
        if key == text_field or key not in new.metadata and key in old.metadata:
            if key == text_field:
                out[key] = new.text
            continue
        out[key] = new.metadata.get(key, original[key])
    if text_field not in out:
        out[text_field] = new.text
    for key, value in new.metadata.items():
        if key not in out:
            out[key] = value
    ascii_only = raw.isascii()
    compact = b'","' in raw or b'":"' in raw
    separators = (",", ":") if compact else (", ", ": ")
    return json.dumps(out, ensure_ascii=ascii_only, separators=separators).encode("utf-8")


def _ignore(metadata: dict[str, Any]) -> list[str]:
    value = metadata.get("corpuslint-ignore")
    if isinstance(value, str):
        return [v for v in value.replace(",", " ").split() if v]
    if isinstance(value, list):
        return [str(v) for v in value]
    return []
