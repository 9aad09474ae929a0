"""Jupyter notebooks (`.ipynb`, nbformat 4): the cells' sources as one Markdown document.

A notebook is read as its author sees it in Jupyter: a run of cells. Markdown cells are Markdown
(code spans, fences, headings, HTML protected, as in a `.md` file); a code cell is code, read as
a fenced block of the document, so no rule finds in it and no fix edits it; a raw cell is text
that nbconvert passes into its output as it is: read as Markdown too (inline HTML there is the
author's, as in a Markdown cell), or as code when its `raw_mimetype` names another format (HTML,
LaTeX, reStructuredText, Python). Outputs and metadata are not read. Each cell is a part of the document
(corpuslint.parts): a fix stays inside one cell, positions name the cell and its line.

A fix is written back by rebuilding the edited cells' `source` (a list of lines, as nbformat
writes it) and serialising the JSON as it was written: the indent, non-ASCII characters as they
were, keys in their order, the final newline. A notebook whose JSON that would not reproduce byte
for byte is read, and its fixes withheld (`data.fix_withheld`): nothing of it is ever lost.
"""

from __future__ import annotations

import json
import secrets
from typing import Any

import regex

from corpuslint.formats.base import (
    Format,
    InputProblem,
    ReadSettings,
    SourceFile,
    empty_document,
    encode,
    too_large,
    whole_file_text,
)
from corpuslint.models import Document, Origin
from corpuslint.parts import SEPARATOR
from corpuslint.textutil import LazyPattern

KINDS = ("markdown", "code", "raw")  # a cell of another type is read as code: never edited
PROSE_TYPES = ("", "text/markdown", "text/plain")  # a raw cell's `raw_mimetype` whose text is read
BACKTICKS = LazyPattern(r"`{3,}")
# a `\uXXXX` escape of a character outside ASCII: the file was written with `ensure_ascii`
# a line that opens or closes a code fence (CommonMark: up to 3 spaces, then 3 or more ` or ~)
FENCE_LINE = LazyPattern(r"(?m)^ {0,3}(`{3,}|~{3,})([^\n]*)$")
# a line that opens an HTML block running to its end marker, not to a blank line (CommonMark's types 1-2)
HTML_OPENER = LazyPattern(r"(?mi)^ {0,3}<(!--|pre|script|style|textarea)(?=[\s>]|$|(?<=!--))")
ESCAPED = LazyPattern(r"\\u(?:00[89a-fA-F]|0[1-9a-fA-F]|[1-9a-fA-F])")
NOT_WRITTEN = ("its JSON would not be written back byte for byte (corpuslint writes a notebook as nbformat "
               "does: indent as read, non-ASCII as read, keys in their order); fix it by hand or re-save it in Jupyter")


class NotebookFormat(Format):
    name = "notebook"
    extensions = (".ipynb",)
    file_is_document = False  # outputs (images) make a notebook large: `max-document-bytes` caps its text

    def read(self, path: str, data: bytes, settings: ReadSettings) -> SourceFile:
        source = SourceFile(path=path, format=self.name, raw=data)
        limit = settings.max_document_bytes
        settings = ReadSettings(**{**vars(settings), "max_document_bytes": max(len(data), limit)})
        text = whole_file_text(source, data, settings)
        if text is None:
            return source
        notebook = _load(text, source)
        if notebook is None:
            source.writable = False
            return source
        style = _style(text, notebook)
        lines = _source_lines(notebook, style)
        pieces: list[str] = []
        parts: list[tuple[int, int, str]] = []
        cells: list[tuple[int, int, bool]] = []
        kinds: list[str] = []
        at = 0
        for number, cell in enumerate(notebook["cells"], 1):
            value = cell.get("source") if isinstance(cell, dict) else None
            kind = cell.get("cell_type") if isinstance(cell, dict) else None
            if not isinstance(value, str) and not (isinstance(value, list) and all(isinstance(v, str) for v in value)):
                what = "no `source`" if not isinstance(cell, dict) or "source" not in cell else \
                    "a `source` that is neither a string nor a list of strings"
                source.problems.append(InputProblem("CL906", f"malformed notebook: cell {number} has {what}; that "
                                                    "cell is not read and the file is not written",
                                                    line=lines.get(number, 1)))
                source.writable = False
                continue
            own = "".join(value)
            kind = kind if kind in KINDS and not _foreign(cell) else "code"
            if pieces:
                pieces.append(SEPARATOR)
                at += len(SEPARATOR)
            fence = ""
            if kind == "code":  # a fenced block: longer than any backtick run of the code (CommonMark)
                fence = "`" * max([3] + [len(m) + 1 for m in BACKTICKS.findall(own)])
                pieces.append(fence + "\n")
                at += len(fence) + 1
            pieces.append(own)
            parts.append((at, at + len(own), f"cell {number}"))
            cells.append((number, lines.get(number, 1), isinstance(value, list)))
            kinds.append(kind)
            at += len(own)
            fence = fence or _open_fence(own) or _open_html(own)  # Jupyter ends them with the cell
            if fence:
                closing = ("" if own.endswith("\n") else "\n") + fence
                pieces.append(closing)
                at += len(closing)
        body = "".join(pieces)
        if len(body.encode("utf-8")) > limit:
            source.problems.append(too_large(len(body.encode("utf-8")), limit, "notebook's text"))
            source.writable = False
            return source
        if not any(body[a:b].strip() for (a, b, _n), kind in zip(parts, kinds) if kind != "code"):
            if not any(body[a:b].strip() for a, b, _n in parts):
                source.problems.append(empty_document())
            # only code: nothing any rule reads (its cells are checked by a code linter)
            return source
        exact = style is not None and _dumps(notebook, style) == text
        source.state.update(notebook=notebook, style=style, kinds=kinds)
        source.documents.append(Document.model_construct(
            id=path, text=body, metadata={},
            origin=Origin.model_construct(path=path, format="markdown", line=cells[0][1], offset=None,
                                          parts=tuple(parts), cells=tuple(cells),
                                          read_only=None if exact else NOT_WRITTEN),
            ignore=[], fixable=source.writable and exact,
        ))
        return source

    def write(self, source: SourceFile, documents: list[Document]) -> dict[str, bytes]:
        if not documents or not source.documents:
            return {}
        doc, old = documents[0], source.documents[0]
        if doc.metadata != old.metadata:
            raise ValueError("a notebook's metadata is not written (no fix moves text into it)")
        if doc.text == old.text:
            return {}
        notebook = dict(source.state["notebook"])
        cells = list(notebook["cells"])
        for new, was, kind, (number, _line, listed) in zip(doc.origin.parts, old.origin.parts, source.state["kinds"],
                                                          old.origin.cells):
            text = doc.text[new[0]:new[1]]
            if text == old.text[was[0]:was[1]]:
                continue
            if kind == "code":
                raise ValueError(f"a fix would edit code cell {number}; no fix edits code")
            cells[number - 1] = {**cells[number - 1], "source": text.splitlines(True) if listed else text}
        notebook["cells"] = cells
        return {source.path: encode(_dumps(notebook, source.state["style"]), source)}


def _open_fence(text: str) -> str | None:
    """The fence that closes a code fence a Markdown cell leaves open, or None. Jupyter renders
    each cell alone, so such a fence ends with its cell; in the joined text it would run on, and the
    next code cell's opening fence would close it, making that cell's code prose to the rules."""
    opened: tuple[str, int] | None = None
    for found in FENCE_LINE.finditer(text):
        run, info = found.group(1), found.group(2)
        if opened is None:
            if not (run[0] == "`" and "`" in info):
                opened = (run[0], len(run))
        elif run[0] == opened[0] and len(run) >= opened[1] and not info.strip():
            opened = None
    return opened[0] * opened[1] if opened else None


def _open_html(text: str) -> str | None:
    """What closes an HTML block a Markdown cell leaves open (`<!--` without `-->`, `<pre>` without
    `</pre>`, CommonMark's blocks that run to their end marker), or None: as `_open_fence`."""
    last = None
    for last in HTML_OPENER.finditer(text):
        pass
    if last is None:
        return None
    closer = "-->" if last.group(1) == "!--" else f"</{last.group(1).lower()}>"
    return None if closer in text[last.end():].lower() else closer


def _foreign(cell: dict[str, Any]) -> bool:
    """Whether a raw cell holds another format's source (`raw_mimetype` text/html, text/latex,
    text/restructuredtext, text/x-python: nbconvert passes it into that format's output as it is):
    read as code, neither prose nor Markdown."""
    metadata = cell.get("metadata")
    if cell.get("cell_type") != "raw" or not isinstance(metadata, dict):
        return False
    mimetype = metadata.get("raw_mimetype", metadata.get("format"))
    return isinstance(mimetype, str) and mimetype.strip().lower() not in PROSE_TYPES


def _load(text: str, source: SourceFile) -> dict[str, Any] | None:
    """The notebook's JSON, or None with the problem on `source`."""
    try:
        notebook = json.loads(text)
    except ValueError as exc:
        line, column = getattr(exc, "lineno", 1), getattr(exc, "colno", 1)
        source.problems.append(InputProblem("CL906", f"malformed notebook: not valid JSON ({getattr(exc, 'msg', exc)})",
                                            line=line, column=column))
        return None
    if not isinstance(notebook, dict) or "nbformat" not in notebook:
        source.problems.append(InputProblem("CL906", "malformed notebook: a Jupyter notebook is a JSON object with "
                                            "`nbformat` and `cells`; this file has neither, so it is not read"))
        return None
    version = notebook.get("nbformat")
    if not isinstance(version, int) or version < 4 or not isinstance(notebook.get("cells"), list):
        source.problems.append(InputProblem(
            "CL913", f"Jupyter notebook in nbformat {version} (cells in `worksheets`): corpuslint reads nbformat 4; "
            "not checked (upgrade it first: `jupyter nbconvert --to notebook --inplace FILE`)"))
        return None
    return notebook


def _style(text: str, notebook: dict[str, Any]) -> tuple[int | None, bool, bool] | None:
    """How the file was serialised: (indent, non-ASCII escaped, final newline)."""
    first_end = text.find("\n")
    indent = None
    if first_end != -1:  # the second line: `<indent>"cells": [`
        second_end = text.find("\n", first_end + 1)
        line = text[first_end + 1:second_end if second_end != -1 else len(text)]
        indent = len(line) - len(line.lstrip(" "))
        if not indent:
            return None
    escaped = text.isascii() and ESCAPED.search(text) is not None
    return indent, escaped, text.endswith("\n")


def _dumps(notebook: dict[str, Any], style: tuple[int | None, bool, bool]) -> str:
    indent, escaped, newline = style
    return json.dumps(notebook, indent=indent, ensure_ascii=escaped) + ("\n" if newline else "")


def _source_lines(notebook: dict[str, Any], style: tuple[int | None, bool, bool] | None) -> dict[int, int]:
    """The file line of each cell's source (its first line): found by serialising the notebook as it
    was written with a marker for each source, which keeps its lines where they were."""
    if style is None or style[0] is None:
        return {}
    mark = f"@corpuslint-{secrets.token_hex(6)}-"
    probe = dict(notebook)
    probe["cells"] = [
        {**cell, "source": [f"{mark}{n}"] * max(len(cell["source"]), 1) if isinstance(cell.get("source"), list)
         else f"{mark}{n}"} if isinstance(cell, dict) else cell
        for n, cell in enumerate(notebook["cells"], 1)]
    found: dict[int, int] = {}
    pattern = regex.compile(regex.escape(mark) + r"(\d+)")
    for line, row in enumerate(_dumps(probe, style).split("\n"), 1):
        if mark in row:
            found.setdefault(int(pattern.search(row).group(1)), line)
    return found
