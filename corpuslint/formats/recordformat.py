"""Which markup a JSONL record's text is written in: plain text or Markdown (`jsonl.text-format`).

A README kept as a record (PyPI's long descriptions, The Stack's files) is Markdown: read as
plain text, its headings, code samples, badges and HTML blocks are prose to the rules, which then
remove headings as boilerplate and report every `<p align="center">` as markup left in text. A
file says its format by its name (`.md`); a record says it only in its own fields, so `auto`
(the default) reads Markdown only where a field says so explicitly: a media type
(`content_type: text/markdown`, PyPI's `description_content_type`), a language that is the
format (The Stack's `lang: Markdown`), or the path of the file the record was (`path:
docs/README.md`, as a file of that name is read). Anything else stays plain text, as before.
"""

from __future__ import annotations

from typing import Any

TEXT_FORMATS = ("auto", "plain", "markdown")

# fields that give the text's media type (a MIME type, or the format's name)
TYPE_FIELDS = ("content_type", "content-type", "contentType", "description_content_type", "mime", "mime_type",
               "mimetype", "media_type", "text_format", "format")
# fields that name a programming or markup language (The Stack v1 `lang`, v2 `language`)
LANGUAGE_FIELDS = ("lang", "language")
# fields that give the path of the file the record was read from
PATH_FIELDS = ("path", "file_path", "filepath", "file_name", "filename", "file", "max_stars_repo_path")
MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown", "markdown", "md", "gfm", "commonmark"})
MARKDOWN_SUFFIXES = (".md", ".markdown")
# where a record keeps its metadata besides the top level (RedPajama's `meta`, Dolma's `metadata`)
_NESTED = ("meta", "metadata")
_LOOKED_AT = frozenset(TYPE_FIELDS + LANGUAGE_FIELDS + PATH_FIELDS + _NESTED)


def is_markdown(setting: str, metadata: dict[str, Any], doc_id: Any = None) -> bool:
    """Whether a record's text is read as Markdown under `jsonl.text-format` = `setting`."""
    if setting == "auto":
        return declared(metadata, doc_id) is True
    return setting == "markdown"


def declared(metadata: dict[str, Any], doc_id: Any = None) -> bool | None:
    """What the record's own fields say: True (Markdown), False (another format: `text/plain`,
    `text/x-rst`) or None (nothing). A media type wins over a path: `README.md` served as
    `text/plain` is plain text."""
    if _LOOKED_AT.isdisjoint(metadata):  # most records: one set operation
        return True if isinstance(doc_id, str) and _markdown_path(doc_id) else None
    places = [metadata] + [nested for key in _NESTED if isinstance(nested := metadata.get(key), dict)]
    for place in places:
        for key in TYPE_FIELDS:
            value = place.get(key)
            if isinstance(value, str) and (kind := _media_type(value)) is not None:
                return kind in MARKDOWN_TYPES
    for place in places:
        for key in LANGUAGE_FIELDS:
            value = place.get(key)
            if isinstance(value, str) and value.strip().lower() == "markdown":
                return True
        for key in PATH_FIELDS:
            value = place.get(key)
            if isinstance(value, str) and _markdown_path(value):
                return True
    if isinstance(doc_id, str) and _markdown_path(doc_id):
        return True
    return None


def _media_type(value: str) -> str | None:
    """`text/markdown` of `text/markdown; charset=UTF-8; variant=GFM`; a bare format's name
    (`markdown`); None for a value that is neither (a `format` field meaning something else)."""
    kind = value.split(";", 1)[0].strip().lower()
    if "/" in kind or kind in MARKDOWN_TYPES:
        return kind
    return None


def _markdown_path(value: str) -> bool:
    """A file path (not a URL: a web page's address says nothing of the text extracted from it)
    ending in a Markdown suffix."""
    if not value[-10:].rstrip().lower().endswith(MARKDOWN_SUFFIXES):
        return False
    return "://" not in value and "\n" not in value.strip()
