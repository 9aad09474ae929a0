"""Which markup a JSONL record's text is written in: plain text, Markdown or HTML (`jsonl.text-format`).

A README kept as a record (PyPI's long descriptions, The Stack's files) is Markdown: read as
plain text, its headings, code samples, badges and HTML blocks are prose to the rules, which then
remove headings as boilerplate and report every `<p align="center">` as markup left in text. A
file says its format by its name (`.md`); a record says it only in its own fields, so `auto`
(the default) reads Markdown only where a field says so explicitly: a media type
(`content_type: text/markdown`, PyPI's `description_content_type`), a language that is the
format (The Stack's `lang: Markdown`), or the path of the file the record was (`path:
docs/README.md`, as a file of that name is read). Anything else stays plain text, as before.

A feed entry's content or a crawled page kept as a record is HTML (`content_type: text/html`, a
`path` ending in `.html`): read as plain text, every tag of it is "markup left in text". Read as
HTML, rules see the words between the tags and no fix changes a tag (`corpuslint.html_markup`).
"""

from __future__ import annotations

from typing import Any

TEXT_FORMATS = ("auto", "plain", "markdown", "html")

# fields that give the text's media type (a MIME type, or the format's name)
TYPE_FIELDS = ("content_type", "content-type", "contentType", "description_content_type", "mime", "mime_type",
               "mimetype", "media_type", "text_format", "format")
# fields that name a programming or markup language (The Stack v1 `lang`, v2 `language`)
LANGUAGE_FIELDS = ("lang", "language")
# fields that give the path of the file the record was read from
PATH_FIELDS = ("path", "file_path", "filepath", "file_name", "filename", "file", "max_stars_repo_path")
MARKDOWN_TYPES = frozenset({"text/markdown", "text/x-markdown", "markdown", "md", "gfm", "commonmark"})
MARKDOWN_SUFFIXES = (".md", ".markdown")
HTML_TYPES = frozenset({"text/html", "application/xhtml+xml", "html", "xhtml"})
HTML_SUFFIXES = (".html", ".htm", ".xhtml")
# where a record keeps its metadata besides the top level (RedPajama's `meta`, Dolma's `metadata`)
_NESTED = ("meta", "metadata")
_LOOKED_AT = frozenset(TYPE_FIELDS + LANGUAGE_FIELDS + PATH_FIELDS + _NESTED)


def is_markdown(setting: str, metadata: dict[str, Any], doc_id: Any = None) -> bool:
    """Whether a record's text is read as Markdown under `jsonl.text-format` = `setting`."""
    return text_markup(setting, metadata, doc_id) == "markdown"


def text_markup(setting: str, metadata: dict[str, Any], doc_id: Any = None) -> str | None:
    """The markup a record's text is read in under `jsonl.text-format` = `setting`: "markdown",
    "html", or None (plain text)."""
    if setting == "auto":
        kind = declared_markup(metadata, doc_id)
        return kind if kind in ("markdown", "html") else None
    return setting if setting in ("markdown", "html") else None


def declared(metadata: dict[str, Any], doc_id: Any = None) -> bool | None:
    """What the record's own fields say of Markdown: True (Markdown), False (another format:
    `text/plain`, `text/x-rst`, `text/html`) or None (nothing)."""
    kind = declared_markup(metadata, doc_id)
    return None if kind is None else kind == "markdown"


def declared_markup(metadata: dict[str, Any], doc_id: Any = None) -> str | None:
    """What the record's own fields say: "markdown", "html", "other" (`text/plain`, `text/x-rst`)
    or None (nothing). A media type wins over a path: `README.md` served as `text/plain` is plain
    text."""
    if _LOOKED_AT.isdisjoint(metadata):  # most records: one set operation
        return _path_markup(doc_id)
    places = [metadata] + [nested for key in _NESTED if isinstance(nested := metadata.get(key), dict)]
    for place in places:
        for key in TYPE_FIELDS:
            value = place.get(key)
            if isinstance(value, str) and (kind := _media_type(value)) is not None:
                return "markdown" if kind in MARKDOWN_TYPES else "html" if kind in HTML_TYPES else "other"
    for place in places:
        for key in LANGUAGE_FIELDS:
            value = place.get(key)
            if isinstance(value, str) and value.strip().lower() in ("markdown", "html"):
                return value.strip().lower()
        for key in PATH_FIELDS:
            if (kind := _path_markup(place.get(key))) is not None:
                return kind
    return _path_markup(doc_id)


def _media_type(value: str) -> str | None:
    """`text/markdown` of `text/markdown; charset=UTF-8; variant=GFM`; a bare format's name
    (`markdown`); None for a value that is neither (a `format` field meaning something else)."""
    kind = value.split(";", 1)[0].strip().lower()
    if "/" in kind or kind in MARKDOWN_TYPES or kind in HTML_TYPES:
        return kind
    return None


def _path_markup(value: Any) -> str | None:
    """"markdown" or "html" for a file path (not a URL: a web page's address says nothing of the
    text extracted from it) ending in a Markdown or HTML suffix; else None."""
    if not isinstance(value, str):
        return None
    end = value[-10:].rstrip().lower()
    kind = "markdown" if end.endswith(MARKDOWN_SUFFIXES) else "html" if end.endswith(HTML_SUFFIXES) else None
    return kind if kind is not None and "://" not in value and "\n" not in value.strip() else None
