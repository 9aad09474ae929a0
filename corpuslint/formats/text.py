"""Plain text: one file, one document; metadata in an optional sidecar `name.meta.yaml`."""

from __future__ import annotations

import os
from typing import Any

from corpuslint import yamlio
from corpuslint.formats.base import (
    Format,
    InputProblem,
    ReadSettings,
    SourceFile,
    decode,
    empty_document,
    encode,
    ignore_list,
    read_regular,
    split_newlines,
    whole_file_text,
)
from corpuslint.formats.recordformat import HTML_SUFFIXES
from corpuslint.models import Document, Origin


def sidecar_path(path: str, suffix: str) -> str:
    root, _ext = os.path.splitext(path)
    return root + suffix


def read_sidecar(path: str, settings: ReadSettings, source: SourceFile) -> Any:
    """Load the sidecar metadata of `path`, if any; problems go to `source`."""
    side = sidecar_path(path, settings.sidecar_suffix)
    source.state["sidecar"] = side
    if not os.path.lexists(side):
        return None
    data, problem = read_regular(side, settings.max_document_bytes)
    if problem is not None:
        problem.message = problem.message.replace("cannot read file", "cannot read metadata sidecar")
        problem.message = problem.message.replace("document is", "metadata sidecar is")
        problem.path = side
        source.problems.append(problem)
        source.writable = False
        return None
    text, _enc, bom, problem = decode(data, "utf-8")
    if problem is not None:
        problem.path = side
        source.problems.append(problem)
        source.writable = False
        return None
    # what writing it back needs: the bytes (to see that nobody changed them), the YAML text
    # (reloaded fresh for each write, so comments and order survive), its BOM and newline
    text, newline = split_newlines(text)
    source.state["sidecar_raw"] = data
    source.state["sidecar_text"] = text
    source.state["sidecar_style"] = (bom, newline)
    try:
        loaded = yamlio.load(text)
    except yamlio.YamlError as exc:
        source.problems.append(InputProblem("CL905", f"malformed YAML in metadata sidecar: {exc}",
                                            line=exc.line or 1, path=side))
        source.writable = False
        return None
    if loaded is None:
        return None
    if not isinstance(loaded, dict):
        source.problems.append(InputProblem("CL905", "metadata sidecar is not a mapping of keys to values",
                                            path=side))
        source.writable = False
        return None
    source.state["sidecar_yaml"] = loaded
    return loaded


class TextFormat(Format):
    name = "text"
    extensions = (".txt", ".text")

    def read(self, path: str, data: bytes, settings: ReadSettings) -> SourceFile:
        source = SourceFile(path=path, format=self.name, raw=data)
        page = path.lower().endswith(HTML_SUFFIXES)
        text = whole_file_text(source, data, settings, page=page)
        if text is None:
            return source
        metadata = read_sidecar(path, settings, source)
        if not text.strip():
            source.problems.append(empty_document())
            return source
        source.documents.append(
            Document.model_construct(
                id=path,
                text=text,
                metadata=dict(metadata) if metadata else {},
                # an `.html` page named on the command line (or included) is read as HTML: its tags are markup
                # (no validator built: plain str fields)
                origin=Origin.model_construct(path=path, format="html" if page else self.name, offset=0),
                ignore=ignore_list(metadata),
                fixable=source.writable,
            )
        )
        return source

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        if not documents:
            return {}
        doc = documents[0]
        old = source.documents[0] if source.documents else None
        out = {}
        if old is None or doc.text != old.text:
            out[source.path] = encode(doc.text, source)
        if old is None or doc.metadata != old.metadata:
            bom, newline = source.state.get("sidecar_style", (b"", None))
            yaml = yamlio.render_metadata(source.state.get("sidecar_text"), doc.metadata)
            if newline:
                yaml = yaml.replace("\n", newline)
            out[source.state["sidecar"]] = bom + yaml.encode("utf-8")
        return out

    def expected_bytes(self, source: SourceFile) -> dict[str, bytes | None]:
        """What each file this format writes held when it was read (None: it did not exist)."""
        expected: dict[str, bytes | None] = {source.path: source.raw}
        if "sidecar" in source.state:
            expected[source.state["sidecar"]] = source.state.get("sidecar_raw")
        return expected
