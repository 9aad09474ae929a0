"""Markdown with optional front matter: YAML between `---` fences (Jekyll, most generators) or
TOML between `+++` fences (Hugo, Zola), at the very top of the file.

Front matter that a site generator would not see as such is reported (CL905) rather than read
as text: a blank line before the opening fence, `key: value` lines closed by `---` with no opening
fence (a generator renders them as a heading), and a byte-order mark before the fence (some
tools do not skip it). Such a file is checked but never written by `--fix`.
"""

from __future__ import annotations

import regex

from corpuslint.textutil import LazyPattern

from corpuslint import yamlio
from corpuslint.formats.base import (
    Format,
    InputProblem,
    ReadSettings,
    SourceFile,
    empty_document,
    encode,
    ignore_list,
    whole_file_text,
)
from corpuslint.models import Document, Origin
from corpuslint.yamlio import render_metadata  # noqa: F401  (its old home: imported from here before)

# The opening fence, the YAML, and the closing fence (`---` or `...`), each on its own line.
FRONT_MATTER = LazyPattern(r"\A---[ \t]*\n(?P<yaml>.*?\n)?(?:---|\.\.\.)[ \t]*(?:\n|\Z)", regex.S)
TOML_FRONT_MATTER = LazyPattern(r"\A\+\+\+[ \t]*\n(?P<toml>.*?\n)?\+\+\+[ \t]*(?:\n|\Z)", regex.S)
# Blank lines, then what would be front matter if it started on the first line.
LATE_FRONT_MATTER = LazyPattern(r"\A(?P<blank>(?:[ \t]*\n)+)(?=(?:---|\+\+\+)[ \t]*\n)")
# `key: value` lines (and their indented or `- item` continuations) closed by a `---` line, with
# no opening fence: the keys of a front matter whose first fence is missing.
UNOPENED_FRONT_MATTER = LazyPattern(
    r"\A(?P<keys>[A-Za-z_][\w-]*:(?:[ \t][^\n]*)?\n(?:(?:[A-Za-z_][\w-]*:(?:[ \t][^\n]*)?|[ \t]+\S[^\n]*|-[ \t][^\n]*)\n)*)---[ \t]*(?:\n|\Z)")
KEY_NAME = LazyPattern(r"(?m)^([A-Za-z_][\w-]*):")


class MarkdownFormat(Format):
    name = "markdown"
    extensions = (".md", ".markdown", ".mdx")

    def read(self, path: str, data: bytes, settings: ReadSettings) -> SourceFile:
        source = SourceFile(path=path, format=self.name, raw=data)
        text = whole_file_text(source, data, settings)
        if text is None:
            return source

        metadata = None
        body_start = 0
        match = FRONT_MATTER.match(text) if settings.front_matter else None
        if settings.front_matter and not match:
            metadata, body_start = self._misplaced_front_matter(text, source)
        if match and source.bom:
            source.problems.append(InputProblem(
                "CL905", "a byte-order mark (BOM) stands before the front matter's opening `---`: some "
                "tools then read the front matter as text; save the file without a BOM", line=1))
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
        elif settings.front_matter and metadata is None and text.startswith("---\n"):
            source.problems.append(InputProblem(
                "CL905", "front matter opened with `---` is never closed", line=1))
            source.writable = False

        body = text[body_start:]
        if not body.strip() and not metadata:
            source.problems.append(empty_document())
            return source
        source.state["body_start"] = body_start
        source.documents.append(Document.model_construct(
            id=path,
            text=body,
            metadata=dict(metadata) if metadata else {},
            origin=Origin.model_construct(path=path, format=self.name, line=text.count("\n", 0, body_start) + 1,
                                          offset=body_start),
            ignore=ignore_list(metadata),
            fixable=source.writable,
        ))
        return source

    def _misplaced_front_matter(self, text: str, source: SourceFile) -> tuple[dict | None, int]:
        """Front matter a generator would not read: TOML (read), late or unopened (reported).

        Returns the metadata read and where the body starts (0: the whole text is the body).
        """
        toml = TOML_FRONT_MATTER.match(text)
        if toml:
            import tomllib  # rare (Hugo's +++ front matter): not a cost of every run's start-up

            try:
                metadata = tomllib.loads(toml.group("toml") or "")
            except tomllib.TOMLDecodeError as exc:
                source.problems.append(InputProblem("CL905", f"malformed TOML front matter: {exc}", line=2))
                source.writable = False
                return None, 0
            # read for checking; written back only if unchanged (a metadata fix is refused)
            source.state["toml"] = True
            source.state["front_matter"] = text[:toml.end()]
            source.state["body_start"] = toml.end()
            return metadata, toml.end()
        late = LATE_FRONT_MATTER.match(text)
        if late:
            blank = late.group("blank").count("\n")
            fence = text[late.end():late.end() + 3]
            source.problems.append(InputProblem(
                "CL905", f"the front matter's opening `{fence}` is on line {blank + 1}, after "
                f"{'a blank line' if blank == 1 else f'{blank} blank lines'}: site generators read front matter "
                "only from the first line, so they show it as text; remove the blank lines", line=blank + 1))
            source.writable = False
            return None, 0
        unopened = UNOPENED_FRONT_MATTER.match(text)
        if unopened:
            keys = KEY_NAME.findall(unopened.group("keys"))
            lines = unopened.group("keys").count("\n")
            shown = ", ".join(f"`{k}:`" for k in keys[:4]) + (", …" if len(keys) > 4 else "")
            source.problems.append(InputProblem(
                "CL905", f"front matter without its opening `---`: lines 1-{lines} ({shown}) end with a `---` "
                "line but do not start with one, so they are read as text (a heading); add `---` as the "
                "first line", line=1))
            source.writable = False
        return None, 0

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        if not documents:
            return {}
        doc = documents[0]
        old = source.documents[0]
        head = source.state.get("front_matter", "")
        if doc.metadata != old.metadata:
            if source.state.get("toml"):
                raise ValueError("TOML front matter is read but not written (no round-trip TOML writer); "
                                 "edit its metadata by hand")
            opening, closing = source.state.get("fences", ("---\n", "---\n"))
            if not closing.endswith("\n") and doc.text:
                closing += "\n"
            head = opening + yamlio.render_metadata(source.state.get("yaml_text"), doc.metadata) + closing
        return {source.path: encode(head + doc.text, source)}
