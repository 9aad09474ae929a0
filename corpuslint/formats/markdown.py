"""Markdown with optional YAML front matter (`---` fences at the top of the file)."""

from __future__ import annotations

import regex

from corpuslint.textutil import LazyPattern

from corpuslint import yamlio
from corpuslint.formats.base import (
    Format,
    InputProblem,
    ReadSettings,
    SourceFile,
    check_size,
    decode,
    encode,
    ignore_list,
    split_newlines,
)
from corpuslint.models import Document, Origin
from corpuslint.yamlio import render_metadata  # noqa: F401  (its old home: imported from here before)

# The opening fence, the YAML, and the closing fence (`---` or `...`), each on its own line.
FRONT_MATTER = LazyPattern(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.S)


class MarkdownFormat(Format):
    name = "markdown"
    extensions = (".md", ".markdown")

    def read(self, path: str, data: bytes, settings: ReadSettings) -> SourceFile:
        source = SourceFile(path=path, format=self.name, raw=data)
        too_big = check_size(data, settings)
        if too_big:
            source.problems.append(too_big)
            source.writable = False
            return source
        text, source.encoding, source.bom, problem = decode(data, settings.encoding)
        if problem is not None:
            source.problems.append(problem)
            source.writable = False
            return source
        text, source.newline = split_newlines(text)

        metadata = None
        body_start = 0
        match = FRONT_MATTER.match(text) if settings.front_matter else None
        if match:
            body_start = match.end()
            source.state["front_matter"] = text[:body_start]
            open_end = text.index("\n") + 1
            yaml_end = match.end("yaml") if match.group("yaml") is not None else open_end
            source.state["fences"] = (text[:open_end], text[yaml_end:body_start])
            source.state["yaml_text"] = match.group("yaml") or ""
            try:
                metadata = yamlio.load(match.group("yaml") or "")
            except yamlio.YamlError as exc:
                source.problems.append(InputProblem(
                    "CL905", f"malformed YAML front matter: {exc}", line=(exc.line or 0) + 1))
                source.writable = False
            else:
                if metadata is not None and not isinstance(metadata, dict):
                    source.problems.append(InputProblem(
                        "CL905", "front matter is not a mapping of keys to values", line=2))
                    source.writable = False
                    metadata = None
                source.state["yaml"] = metadata
        elif settings.front_matter and text.startswith("---\n"):
            source.problems.append(InputProblem(
                "CL905", "front matter opened with `---` is never closed", line=1))
            source.writable = False

        body = text[body_start:]
        if not body.strip() and not metadata:
            source.problems.append(InputProblem("CL904", "empty document: the file holds no text"))
            return source
        source.state["body_start"] = body_start
        source.documents.append(Document.model_construct(
            id=path,
            text=body,
            metadata=dict(metadata) if metadata else {},
            origin=Origin(path=path, format=self.name, line=text.count("\n", 0, body_start) + 1),
            ignore=ignore_list(metadata),
            fixable=source.writable,
        ))
        return source

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        if not documents:
            return {}
        doc = documents[0]
        old = source.documents[0]
        head = source.state.get("front_matter", "")
        if doc.metadata != old.metadata:
            opening, closing = source.state.get("fences", ("---\n", "---\n"))
            if not closing.endswith("\n") and doc.text:
                closing += "\n"
            head = opening + yamlio.render_metadata(source.state.get("yaml_text"), doc.metadata) + closing
        return {source.path: encode(head + doc.text, source)}
