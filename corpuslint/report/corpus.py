"""What the findings alone cannot tell: the corpus's size, each document's group, its metadata.

Read straight from the files through the linter's readers (the same documents the check sees),
so shares of characters, findings per document of a site, and metadata completeness have a
denominator. This module and `build.py` are the report's only contact with the linter.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from corpuslint.models import Document

if TYPE_CHECKING:
    from corpuslint.session import Linter

GROUP_KINDS = ("site", "folder", "file")
NO_VALUE = "(none)"


def doc_key(path: str, record: int | None) -> tuple[str, int | None]:
    """A document's identity across a check run and a later read: its file and record."""
    return os.path.normpath(os.path.abspath(path)), record


def folder_of(path: str) -> str:
    folder = os.path.dirname(os.path.normpath(path))
    return (folder or ".") + "/"


def group_of(doc: Document, group_by: str) -> str:
    """The label of the group `doc` falls in for `--group-by` (site, folder, file or a field)."""
    if group_by == "file":
        return os.path.normpath(doc.origin.path)
    if group_by == "folder":
        return folder_of(doc.origin.path)
    if group_by == "site":
        return doc.metadata_site() or f"{folder_of(doc.origin.path)} (no site)"
    name = group_by.removeprefix("field:")
    value = (doc.metadata or {}).get(name)
    if isinstance(value, list):
        value = value[0] if value else None
    if value is None or (isinstance(value, str) and not value.strip()):
        return f"(no {name})"
    return " ".join(str(value).split())[:80]


def present(value: Any) -> bool:
    if value is None:
        return False
    if isinstance(value, str | list | dict | tuple):
        return bool(value.strip() if isinstance(value, str) else value)
    return True


@dataclass
class CorpusStats:
    """Counts over every document read; groups are labels of `--group-by`."""

    group_by: str
    files: int = 0
    documents: int = 0
    chars: int = 0
    group: dict[tuple[str, int | None], str] = field(default_factory=dict)  # doc key -> group
    by_id: dict[str, str] = field(default_factory=dict)  # document id -> group (a fallback)
    group_documents: Counter = field(default_factory=Counter)
    group_chars: Counter = field(default_factory=Counter)
    with_metadata: int = 0  # documents that carry any metadata at all
    metadata_keys: Counter = field(default_factory=Counter)  # key -> documents with a value

    def add(self, doc: Document) -> None:
        label = group_of(doc, self.group_by)
        self.group[doc_key(doc.origin.path, doc.origin.record)] = label
        self.by_id.setdefault(doc.id, label)
        self.documents += 1
        self.chars += len(doc.text)
        self.group_documents[label] += 1
        self.group_chars[label] += len(doc.text)
        if doc.metadata:
            # the record's id is the document's name, not a metadata field to complete
            keys = [k for k, v in doc.metadata.items() if present(v) and not (k == "id" and v == doc.id)]
            self.with_metadata += bool(keys)
            self.metadata_keys.update(keys)

    def group_for(self, path: str, record: int | None, document: str | None) -> str | None:
        label = self.group.get(doc_key(path, record))
        if label is None and document is not None:
            label = self.by_id.get(document)
        return label


def corpus_files(linter: Linter, paths: list[str]) -> list[str]:
    """The files a check of `paths` reads, in its order (include, exclude, .gitignore)."""
    from corpuslint.discovery import Discovery
    from corpuslint.session import outputs_folder

    return list(Discovery(linter.config, outputs_folder(linter.config, paths)).files(paths))


def documents(linter: Linter, files: Iterable[str]) -> Iterable[Document]:
    """Every readable document of `files`; input problems are the check's to report."""
    for path in files:
        for item in linter.format_for(path).iter_documents(path, linter.read_settings):
            if isinstance(item, Document):
                yield item


def read_stats(linter: Linter, files: list[str], group_by: str) -> CorpusStats:
    stats = CorpusStats(group_by=group_by, files=len(files))
    for doc in documents(linter, files):
        stats.add(doc)
    return stats


def read_contexts(linter: Linter, wanted: dict[tuple[str, int | None], list[Any]], *,
                  width: int = 70, longest: int = 200) -> None:
    """Fill `before`/`after` of each wanted row (keyed by document) from its document's text."""
    files = sorted({path for path, _record in wanted})
    for doc in documents(linter, files):
        rows = wanted.get(doc_key(doc.origin.path, doc.origin.record))
        for row in rows or ():
            text = doc.text
            start, end = row.offset, max(row.end_offset, row.offset)
            if start > len(text):
                continue
            row.before = text[max(0, start - width):start]
            row.text = text[start:min(end, start + longest)] + ("…" if end - start > longest else "")
            row.after = text[end:end + width]

