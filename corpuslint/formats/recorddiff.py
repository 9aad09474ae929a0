"""`--diff` of a JSONL file, record by record: what a fix changes in each record's text, line by line.

A record is one line of the file, often 5-15 KB: a patch of the file shows a changed record as
one removed and one added line, which nobody can review. The review diff shows each changed
record's text as a unified diff of its own lines, under a header naming the file, the record's
line, its number and id (`path:line [record N, id …] text`), and each changed metadata field as
a `-`/`+` pair of its JSON value; a record an unsafe fix drops shows all its lines removed.
"""

from __future__ import annotations

import difflib
import json
from typing import Any

from corpuslint.models import Document


def records_diff(path: str, old_docs: list[Document], new_docs: list[Document]) -> str:
    """The review diff of the records whose text or metadata changed between `old_docs` and
    `new_docs` (fixed copies, in the same order); empty when none did."""
    out: list[str] = []
    for old, new in zip(old_docs, new_docs, strict=True):
        if old.text == new.text and old.metadata == new.metadata:
            continue
        where = f"{path}:{old.origin.line} [record {old.origin.record}, id {_shown(old.id)}]"
        dropped = not new.text.strip()
        if old.text != new.text:
            after = [] if dropped else new.text.split("\n")
            header = f"{where} text" + (" (record dropped)" if dropped else "")
            out.extend(_unified(old.text.split("\n"), after, header))
        if not dropped and old.metadata != new.metadata:
            keys = [k for k in {**old.metadata, **new.metadata} if old.metadata.get(k, _MISSING) !=
                    new.metadata.get(k, _MISSING)]
            before = [_field(k, old.metadata[k]) for k in keys if k in old.metadata]
            after_fields = [_field(k, new.metadata[k]) for k in keys if k in new.metadata]
            out.extend(_unified(before, after_fields, f"{where} metadata"))
    return "".join(line + "\n" for line in out)


_MISSING = object()


def _unified(before: list[str], after: list[str], header: str) -> list[str]:
    return list(difflib.unified_diff(before, after, fromfile=f"a/{header}", tofile=f"b/{header}", lineterm=""))


def _field(key: str, value: Any) -> str:
    return f"{json.dumps(key, ensure_ascii=False)}: {json.dumps(value, ensure_ascii=False, default=str)}"


def _shown(value: str) -> str:
    """An id as one printable line (an id may hold a newline or a control character)."""
    return value if value.isprintable() else "".join(c if c.isprintable() else repr(c)[1:-1] for c in value)
