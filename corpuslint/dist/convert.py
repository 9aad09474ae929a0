"""Between datatrove's `Document` and corpuslint's: where a document came from travels with it.

corpuslint names every finding by the user's path, record number, line and id. A datatrove
document carries only `id`, `text` and `metadata`, so the readers here put the document's origin
in `metadata["corpuslint_origin"]` (path, format, record, line), and the steps read it back. A
document from a stock datatrove reader read with `corpuslint_adapter` carries its file and
line; one without any origin is named by its id.
"""

from __future__ import annotations

from typing import Any

from corpuslint.formats.base import ignore_list
from corpuslint.models import Document, Finding, Origin

ORIGIN_KEY = "corpuslint_origin"  # where the document came from (see the module docstring)
FINDINGS_KEY = "corpuslint"  # what the annotator found, in the document's metadata
# keys the steps and datatrove's readers add, which are not the user's metadata
INTERNAL_KEYS = (ORIGIN_KEY, FINDINGS_KEY)


def origin_metadata(doc: Document) -> dict[str, Any]:
    """What `to_corpuslint` needs to rebuild `doc`'s origin."""
    o = doc.origin
    found = {"path": o.path, "format": o.format, "record": o.record, "line": o.line, "inline": o.text_is_inline,
             "fixable": doc.fixable, "ignore": list(doc.ignore)}
    if o.parts:  # a chat record's messages in its text (corpuslint.parts)
        found["parts"] = [list(part) for part in o.parts]
        if o.roles is not None:
            found["roles"] = list(o.roles)
        if o.cells is not None:  # a notebook's cells (formats/notebook.py)
            found["cells"] = [list(cell) for cell in o.cells]
    if o.read_only:
        found["read_only"] = o.read_only
    return found


# The document a corpuslint reader made last: (the datatrove document, its id, a copy of its
# metadata as made, the corpuslint document it was made of). `to_corpuslint` of that datatrove
# document, while its text, id and metadata are as made, is the reader's document itself, not a
# second conversion of it (~16 us a document in each stage that reads: the CLI converts none).
_MADE: list = [None, None, None, None]


def to_datatrove(doc: Document, datatrove_document: type, *, remember: bool = False) -> Any:
    """A datatrove Document of a corpuslint one: the user's metadata plus its origin.

    `remember` (a reader, for the step that converts it back next): see `_MADE`. A record with a
    field named like the keys the steps add is converted back as before (without that field)."""
    dt_doc = datatrove_document(text=doc.text, id=doc.id, metadata={**doc.metadata, ORIGIN_KEY: origin_metadata(doc)})
    if remember:
        _MADE[:] = ([dt_doc, dt_doc.id, dict(dt_doc.metadata), doc] if doc.metadata.keys().isdisjoint(INTERNAL_KEYS)
                    else [None, None, None, None])
    return dt_doc


def to_corpuslint(dt_doc: Any) -> Document:
    """The corpuslint Document of a datatrove one (see the module docstring)."""
    made = _MADE
    if dt_doc is made[0] and dt_doc.text is made[3].text and dt_doc.id is made[1] and dt_doc.metadata == made[2]:
        return made[3]  # as the reader made it, unchanged since
    metadata = {k: v for k, v in (dt_doc.metadata or {}).items() if k not in INTERNAL_KEYS}
    origin = (dt_doc.metadata or {}).get(ORIGIN_KEY) or {}
    path = origin.get("path") or metadata.get("file_path") or str(dt_doc.id)
    if origin.get("adapted"):
        metadata.pop("file_path", None)  # added by datatrove's reader, not part of the record
    fmt = origin.get("format") or "jsonl"
    return Document.model_construct(
        id=str(dt_doc.id), text=dt_doc.text or "", metadata=metadata,
        origin=Origin(path=path, format=fmt, record=origin.get("record"), line=origin.get("line") or 1,
                      text_is_inline=origin.get("inline", fmt == "jsonl"),
                      parts=tuple(tuple(p) for p in origin["parts"]) if origin.get("parts") else None,
                      roles=tuple(origin["roles"]) if origin.get("parts") and "roles" in origin else None,
                      cells=tuple(tuple(c) for c in origin["cells"]) if origin.get("parts") and "cells" in origin else None,
                      read_only=origin.get("read_only")),
        ignore=origin["ignore"] if "ignore" in origin else ignore_list(metadata),
        fixable=origin.get("fixable", True),
    )


def chat_messages(dt_doc: Any) -> dict[str, str]:
    """A chat record's message strings by their place in the record (`messages[2].content`),
    from its text (the messages joined) and its origin; {} for a document of one string. After
    `CorpuslintFixer`: the strings `corpuslint check --fix` writes into the record."""
    parts = ((dt_doc.metadata or {}).get(ORIGIN_KEY) or {}).get("parts") or ()
    text = dt_doc.text or ""
    return {name: text[start:end] for start, end, name in parts}


def corpuslint_adapter(self, data: dict, path: str, id_in_file: int | str) -> dict:
    """An `adapter=` for datatrove's stock readers (JsonlReader, ParquetReader...): the record's
    own fields become the metadata corpuslint sees, as its JSONL reader gives them, and the file
    and line (the position in the file) go with the document so that findings name them.

    `self` is the reader (datatrove binds the adapter to it): its `text_key` and `id_key` apply.
    Records whose text is missing or empty are still dropped by datatrove; read with
    `CorpuslintReader` to have them reported (CL904, CL906, CL907).
    """
    text = data.get(self.text_key, "")
    metadata = {k: v for k, v in data.items() if k != self.text_key}
    line = id_in_file + 1 if isinstance(id_in_file, int) else None
    doc_id = data.get(self.id_key)
    return {
        "text": text,
        "id": str(doc_id) if doc_id is not None else f"{path}:{line if line is not None else id_in_file}",
        "metadata": {**metadata, ORIGIN_KEY: {"path": path, "format": "jsonl", "record": None, "line": line or 1,
                                               "adapted": True}},
    }


def finding_summary(finding: Finding) -> dict[str, Any]:
    """The short form kept in `metadata["corpuslint"]`: fixed keys, so columnar writers accept it."""
    return {"code": finding.code, "name": finding.name, "severity": _value(finding.severity),
            "line": finding.line, "column": finding.column, "offset": finding.offset,
            "end_offset": finding.end_offset, "message": finding.message,
            "fix": _value(finding.fix.applicability) if finding.fix is not None else ""}


def _value(enum_or_str: Any) -> str:
    return getattr(enum_or_str, "value", enum_or_str)
