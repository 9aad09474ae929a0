"""Metadata values: whether one has the type its field asks for, and whether a value found in the
body says the same as the metadata's."""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

from corpuslint.checks.metadata.dates import parse_date
from corpuslint.checks.metadata.schema import FieldSpec, Schema, show
from corpuslint.textutil import LazyPattern, normalize


# -- type checks --------------------------------------------------------------------------------

URL_SCHEME = LazyPattern(r"^[A-Za-z][A-Za-z0-9+.-]*$")


def type_problem(spec: FieldSpec, value: Any, schema: Schema) -> str | None:
    """Why `value` is not a valid value of a field of this type, or None when it is."""
    kind = spec.type
    if kind == "any":
        return None
    if kind == "string":
        return None if isinstance(value, str) else f"is a {_type_name(value)}, not a string"
    if kind == "list":
        items = [value] if isinstance(value, str) else value
        if not isinstance(items, list):
            return f"is a {_type_name(value)}, not a string or a list of strings"
        for i, item in enumerate(items, 1):
            if not isinstance(item, str):
                return f"item {i} is a {_type_name(item)}, not a string"
            if schema.is_empty(item):
                return f"item {i} is empty"
        return None
    if kind == "date":
        if parse_date(value) is None:
            return "is not a date (expected ISO 8601 like 2019-03-25, or a readable date)"
        return None
    if kind == "url":
        if not isinstance(value, str):
            return f"is a {_type_name(value)}, not a URL"
        return url_problem(value)
    if kind == "one-of":
        if value in spec.values:
            return None
        allowed = ", ".join(show(v, 20) for v in spec.values[:8]) + (", …" if len(spec.values) > 8 else "")
        return f"is not one of the allowed values ({allowed})"
    return None


def url_problem(value: str) -> str | None:
    text = value.strip()
    if any(c.isspace() for c in text):
        return "is not a URL (it holds spaces)"
    try:
        parts = urlsplit(text)
    except ValueError:
        return "is not a URL"
    if not parts.scheme or not URL_SCHEME.match(parts.scheme) or parts.scheme.lower() in {"www"}:
        return "is not a URL (no scheme such as https://)"
    if parts.scheme.lower() in {"http", "https", "ftp", "ftps"}:
        host = parts.hostname or ""
        if not host or ("." not in host and host != "localhost" and ":" not in host):
            return "is not a URL (no host)"
    elif not parts.netloc and parts.scheme.lower() not in {"mailto", "urn", "tel", "data"}:
        return "is not a URL (no host)"
    return None


def _type_name(value: Any) -> str:
    if value is None:
        return "null"
    return {bool: "boolean", int: "number", float: "number", str: "string", list: "list",
            dict: "mapping", tuple: "list"}.get(type(value), type(value).__name__)


# -- comparing a body value with a metadata value ----------------------------------------------

TITLE_SUFFIX = LazyPattern(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def same_value(name: str, body: Any, meta: Any) -> bool:
    """Whether a value found in the body says the same as the metadata's."""
    if name == "date":
        a, b = parse_date(body), parse_date(meta)
        return a is not None and b is not None and a.date is not None and a.date == b.date
    if name in ("author", "contributors"):
        body_names = body if isinstance(body, list) else [body]
        meta_text = normalize(" ".join(meta) if isinstance(meta, list) else str(meta))
        return all(isinstance(n, str) and normalize(n) and f" {normalize(n)} " in f" {meta_text} "
                   for n in body_names)
    if not isinstance(body, str) or not isinstance(meta, str):
        return False
    a, b = normalize(body), normalize(meta)
    if a and a == b:
        return True
    if name == "source" and a:
        return _same_source(a, meta)
    if not a or not b:
        return False
    if name == "title":
        # the metadata's title often carries the site's name: "Title | Site", "Title - Site"
        stripped = TITLE_SUFFIX.sub("", meta)
        return normalize(stripped) == a
    return False


def _same_source(body: str, meta: str) -> bool:
    """"Global Research" is the same source as "Global Research Centre" or https://www.globalresearch.ca."""
    squeezed = body.replace(" ", "")
    if len(squeezed) < 4:
        return False
    other = normalize(meta).replace(" ", "")
    if other and (squeezed in other or other in squeezed):
        return True
    if "://" in meta or meta.startswith("www."):
        try:
            host = urlsplit(meta if "://" in meta else "http://" + meta).hostname or ""
        except ValueError:
            return False
        return squeezed in host.replace(".", "").replace("-", "")
    return False
