"""Markdown with optional YAML front matter (`---` fences at the top of the file)."""

from __future__ import annotations

import regex

from corpuslint import yamlio
from corpuslint.formats.base import Format, InputProblem, ReadSettings, SourceFile, decode, encode, split_newlines
from corpuslint.formats.text import _ignore_list, check_size
from corpuslint.models import Document, Origin

# The opening fence, the YAML, and the closing fence (`---` or `...`), each on its own line.
FRONT_MATTER = regex.compile(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.S)


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
            ignore=_ignore_list(metadata),
            fixable=source.writable,
        ))
        return source

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        if not documents:
            return {}
        doc = documents[0]
        head = source.state.get("front_matter", "")
        original = source.state.get("yaml")
        if doc.metadata != (dict(original) if original else {}):
            head = "---\n" + render_metadata(original, doc.metadata) + "---\n"
        return {source.path: encode(head + doc.text, source)}


def render_metadata(original, new: dict) -> str:
    """YAML for `new`, edited into the loaded original so its comments and key order survive."""
    from ruamel.yaml.comments import CommentedMap

    target = original if isinstance(original, CommentedMap) else CommentedMap()
    for key in [k for k in target if k not in new]:
        del target[key]
    for key, value in new.items():
        if key not in target or target[key] != value:
            target[key] = value
    return yamlio.dump(target)
