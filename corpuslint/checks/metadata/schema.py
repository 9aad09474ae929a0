"""The metadata schema every rule of the family reads: the fields a document should carry, their
types, aliases and requirement (the rule options), and a document's metadata read against it."""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from typing import Any, Literal

from pydantic import Field, field_validator, model_validator

from corpuslint.rule import StrictOptions, options_key
from corpuslint.textutil import shorten


# -- the schema ---------------------------------------------------------------------------------

Requirement = Literal["usual", "always", "with-metadata", "never"]
FieldType = Literal["string", "date", "url", "list", "one-of", "any"]

DEFAULT_FIELDS: dict[str, dict[str, Any]] = {
    "title": {"type": "string", "aliases": ["headline"]},
    "author": {"type": "list", "aliases": ["authors", "byline", "creator", "by"]},
    "date": {"type": "date",
             "aliases": ["publish_date", "published", "pubdate", "date_published", "published_at"]},
    "source": {"type": "string", "aliases": ["site_name", "publisher", "site"]},
    "url": {"type": "url", "required": "never", "aliases": ["link", "canonical_url"]},
}
DEFAULT_EMPTY_VALUES = ["n/a", "na", "none", "null", "nil", "unknown", "undefined", "-", "--", "tbd", "todo"]


class FieldSpec(StrictOptions):
    """One field of the metadata schema."""

    required: Requirement = Field(
        "usual",
        description="`usual` (expected where most documents of the corpus, or of the document's site, have "
                    "it: `expected-share`); `always`; `with-metadata` (only in documents that have any schema "
                    "key); `never`. `true`/`false` mean always/never.")
    type: FieldType = Field(
        "string",
        description="string; date (ISO 8601 or another readable date); url (with scheme and host); "
                    "list (of strings; one string counts as a list of one); one-of (see `values`); any.")
    aliases: list[str] = Field(
        default_factory=list,
        description="Other keys that count as this field, looked at in order after the field's own name; "
                    "`a.b` looks inside a nested mapping.")
    values: list[Any] = Field(default_factory=list, description="The allowed values of a `one-of` field.")

    @field_validator("required", mode="before")
    @classmethod
    def _bool_requirement(cls, value: Any) -> Any:
        if value is True:
            return "always"
        if value is False:
            return "never"
        return value

    @model_validator(mode="after")
    def _values_for_one_of(self) -> FieldSpec:
        if self.type == "one-of" and not self.values:
            raise ValueError("a `one-of` field needs `values`")
        if self.values and self.type != "one-of":
            raise ValueError("`values` is only for a field of type `one-of`")
        return self


class SchemaOptions(StrictOptions):
    """The options every metadata rule shares: the schema."""

    fields: dict[str, FieldSpec] = Field(
        default_factory=lambda: {k: FieldSpec(**v) for k, v in DEFAULT_FIELDS.items()},
        description="The metadata schema: field name -> {required, type, aliases, values}. Merged into the "
                    "defaults (title, author, date, source, url) field by field; `null` drops a default field.")
    empty_values: list[str] = Field(
        default_factory=lambda: list(DEFAULT_EMPTY_VALUES), alias="empty-values",
        description="Strings that count as empty (compared case-insensitively), besides \"\", [], {} and null.")
    expected_share: float = Field(
        0.8, alias="expected-share", gt=0, le=1,
        description="A field whose requirement is `usual` is expected of a document when at least this share "
                    "of the documents with metadata of its corpus (or of its site) have it.")

    @field_validator("fields", mode="before")
    @classmethod
    def _merge_defaults(cls, value: Any) -> Any:
        if not isinstance(value, dict):
            return value
        merged: dict[str, Any] = {k: dict(v) for k, v in DEFAULT_FIELDS.items()}
        for name, spec in value.items():
            if spec is None:
                merged.pop(name, None)
            elif isinstance(spec, dict) and name in merged:
                merged[name] = {**merged[name], **spec}
            else:
                merged[name] = spec
        return merged


class InvalidOptions(SchemaOptions):
    iso_dates: bool = Field(
        False, alias="iso-dates",
        description="Also report dates that parse but are not written in ISO 8601 (with a safe fix that "
                    "rewrites them, unless the date is ambiguous like 03/04/2019).")
    day_first: bool = Field(
        False, alias="day-first",
        description="Read ambiguous numeric dates (03/04/2019) day first, as 3 April.")


class BodyOptions(SchemaOptions):
    head_lines: int = Field(
        8, alias="head-lines", ge=1, le=50,
        description="How many non-blank lines at the top of a document are searched for metadata; "
                    "the search also stops at the first line of prose.")
    tail_lines: int = Field(
        4, alias="tail-lines", ge=0, le=20,
        description="How many non-blank lines at the end of a document are searched for attribution "
                    "(`Source: …`, `This article first appeared on …`, a bare source URL as the last line); 0: none.")
    page_reader: bool = Field(
        True, alias="page-reader",
        description="On a whole page's text (its <title> as the first line, the headline again further "
                    "down), also read the title, byline and date that stand around the headline, "
                    "below the head (CL504 only).")
    generic_labels: bool = Field(
        True, alias="generic-labels",
        description="Also report `Label: value` lines outside the schema (`Region: ...`, `Theme: ...`) as "
                    "metadata keys, when they stand in a head that also holds a byline or dateline.")


# -- reading metadata against the schema -------------------------------------------------------


@dataclass(slots=True)
class FieldState:
    """What a document's metadata holds for one schema field."""

    name: str
    spec: FieldSpec
    keys: list[str]  # the keys looked at, in order
    present: list[tuple[str, Any]] = field(default_factory=list)  # (key, value) of each key present
    value: Any = None  # the first non-empty value
    key: str | None = None  # and its key

    @property
    def is_present(self) -> bool:
        return bool(self.present)

    @property
    def is_empty(self) -> bool:
        return bool(self.present) and self.key is None


_MISSING = object()
# where a record keeps its metadata as one object (RedPajama's and the Pile's `meta`, Dolma's and
# datatrove's `metadata`): a field found there is the record's, as a top-level key would be
METADATA_OBJECTS = ("meta", "metadata")
# the last metadata read, per schema: (metadata object, its field states); the rules of the family
# read the same document one after the other
_READ_CACHE: dict[str, tuple[dict[str, Any], dict[str, FieldState], list]] = {}


class Schema:
    """A compiled schema: reads one document's metadata field by field."""

    def __init__(self, options: SchemaOptions) -> None:
        self.fields = options.fields
        self.empty_values = frozenset(v.casefold().strip() for v in options.empty_values)
        self.keys = {name: _unique([name, *spec.aliases]) for name, spec in self.fields.items()}
        self._folded = {name: [(k, _fold(k)) for k in keys] for name, keys in self.keys.items()}
        # what `read` depends on, and only that: the five rules' options differ in other keys, and
        # keyed on all of them each rule read the same metadata again (~0.1 s per 10 MB of JSONL)
        self.signature = options_key(options, include=("fields", "empty_values"))

    def read(self, metadata: dict[str, Any]) -> dict[str, FieldState]:
        """Each field's state in `metadata`; the last document's result is reused by the next rule."""
        items = list(metadata.items())
        cached = _READ_CACHE.get(self.signature)
        if cached is not None and cached[0] is metadata and cached[2] == items:
            return cached[1]
        states = {}
        folded: dict[str, str] | None = None
        nested = _objects(metadata)
        for name, spec in self.fields.items():
            state = FieldState(name, spec, self.keys[name])
            states[name] = state
            if not metadata:
                continue
            for key, fold in self._folded[name]:
                if key in metadata:
                    value = metadata[key]
                else:
                    if folded is None:
                        folded = _folded_keys(metadata)
                    real = folded.get(fold)
                    if real is not None:
                        value = metadata[real]
                    elif "." in key:
                        value = _lookup(metadata, folded, key)
                        if value is _MISSING:
                            continue
                    else:
                        continue
                state.present.append((key, value))
                if state.key is None and not self.is_empty(value):
                    state.key, state.value = key, value
            if not state.present and nested:
                self._read_nested(state, nested, name)
        _READ_CACHE[self.signature] = (metadata, states, items)
        return states

    def _read_nested(self, state: FieldState, nested: list[tuple[str, dict[str, Any]]], name: str) -> None:
        """The field's keys looked up in the record's metadata object (`meta.source`), when the
        record has none of them at the top."""
        for holder, inner in nested:
            folded = _folded_keys(inner)
            for key, _fold_key in self._folded[name]:
                value = _lookup(inner, folded, key)
                if value is _MISSING:
                    continue
                state.present.append((f"{holder}.{key}", value))
                if state.key is None and not self.is_empty(value):
                    state.key, state.value = f"{holder}.{key}", value

    def key_state(self, metadata: dict[str, Any], key: str) -> FieldState:
        """The state of a key outside the schema (a generic label like `region`), at the top of
        the metadata or in its metadata object."""
        state = FieldState(key, FieldSpec(required="never", type="any"), [key])
        value = _lookup(metadata, _folded_keys(metadata), key)
        where = key
        if value is _MISSING:
            for holder, inner in _objects(metadata):
                value = _lookup(inner, _folded_keys(inner), key)
                if value is not _MISSING:
                    where = f"{holder}.{key}"
                    break
        if value is not _MISSING:
            state.present.append((where, value))
            if not self.is_empty(value):
                state.key, state.value = where, value
        return state

    def is_empty(self, value: Any) -> bool:
        if value is None:
            return True
        if isinstance(value, str):
            stripped = value.strip()
            return not stripped or stripped.casefold() in self.empty_values
        if isinstance(value, (list, tuple, set)):
            return all(self.is_empty(v) for v in value)
        if isinstance(value, dict):
            return not value or all(self.is_empty(v) for v in value.values())
        return False

    def carries_metadata(self, states: dict[str, FieldState]) -> bool:
        return any(s.is_present for s in states.values())

    def required(self, state: FieldState, carries: bool) -> bool:
        """Whether the field is required of this document, reading `usual` as `with-metadata`
        (what a rule without the corpus can tell)."""
        required = state.spec.required
        return required == "always" or required in ("with-metadata", "usual") and carries


def _objects(metadata: dict[str, Any]) -> list[tuple[str, dict[str, Any]]]:
    """The record's metadata objects ((key, object): `meta`, `metadata`), if it has any."""
    if not metadata:
        return []
    return [(k, metadata[k]) for k in METADATA_OBJECTS if isinstance(metadata.get(k), dict)]


def _unique(items: list[str]) -> list[str]:
    seen: list[str] = []
    for item in items:
        if item not in seen:
            seen.append(item)
    return seen


def _fold(key: Any) -> str:
    return str(key).casefold().replace("-", "_")


def _folded_keys(metadata: dict[str, Any]) -> dict[str, str]:
    return {_fold(k): k for k in metadata}


def _lookup(metadata: dict[str, Any], folded: dict[str, str], key: str) -> Any:
    if key in metadata:
        return metadata[key]
    real = folded.get(key.casefold().replace("-", "_"))
    if real is not None:
        return metadata[real]
    if "." in key:
        node: Any = metadata
        for part in key.split("."):
            if not isinstance(node, dict):
                return _MISSING
            sub = _lookup(node, _folded_keys(node), part)
            if sub is _MISSING:
                return _MISSING
            node = sub
        return node
    return _MISSING


def show(value: Any, width: int = 60) -> str:
    """A metadata value as a message shows it: a string in quotes, anything else as JSON; shortened."""
    if isinstance(value, str):
        return f'"{shorten(value, width - 2)}"'
    try:
        text = json.dumps(value, ensure_ascii=False, default=str)
    except (TypeError, ValueError):
        text = repr(value)
    return shorten(text, width)


def keys_text(keys: list[str]) -> str:
    return ", ".join(f"`{k}`" for k in keys)
