"""CL5xx: document metadata: missing, empty, invalid, or left in the body.

Every rule of the family reads the same **schema**: the fields a document's metadata should
hold, each with a type, the keys that count as it (`aliases`), and whether it is required.
The default schema:

| field  | type   | required        | keys looked at                                                   |
|--------|--------|-----------------|------------------------------------------------------------------|
| title  | string | with-metadata   | title, headline                                                  |
| author | list   | with-metadata   | author, authors, byline, creator                                 |
| date   | date   | with-metadata   | date, publish_date, published, pubdate, date_published, published_at |
| source | string | with-metadata   | source, site_name, publisher, site                               |
| url    | url    | never           | url, link, canonical_url                                         |

Whether a corpus should carry metadata at all is the corpus owner's policy, so CL501
(missing-metadata) is off by default: turn it on with `extend-select: [CL501]`. The other rules
are on: an empty or invalid value, or metadata left in the body, is a defect whatever the policy.

`with-metadata` (the default requirement) means: required in a document that carries article
metadata at all, i.e. has at least one key of the schema (even an empty one). A bare `.txt` without a
sidecar, or a JSONL record holding only `id` and `text`, is not told it lacks an author: in a
corpus of 1,578 bare texts that would be 6,000 findings saying one thing, that the corpus has no
metadata, which its owner knows. Where a producer did record metadata, a field it left out is a
defect of that record (39 FakeNewsNet records carry a title and nothing else). A JSONL record's
`id` or provenance fields do not count: only schema keys show that article metadata was meant.
Set `required: always` to demand a field everywhere, `never` to only check its type.

The schema is a rule option (`fields`), read by every rule of the family. Entries are merged
into the defaults field by field; `null` removes a default field:

```yaml
rules:
  CL501: &schema
    fields:
      title: {required: always}
      language: {type: one-of, values: [en, de], required: always, aliases: [lang]}
      url: null
  CL502: *schema
  CL503: *schema
  CL504: {<<: *schema, head-lines: 10}
  CL505: *schema
```
"""

from __future__ import annotations

import json
from collections.abc import Iterator
from dataclasses import dataclass, field
from typing import Any, ClassVar, Literal
from urllib.parse import urlsplit

import regex
from pydantic import BaseModel, ConfigDict, Field, field_validator, model_validator

from corpuslint import hookimpl
from corpuslint.checks.metadata.dates import is_iso, parse_date
from corpuslint.checks.metadata.extract import Found, extract_head, extract_tail, head_lines
from corpuslint.models import Applicability, Document, Fix, MetadataEdit, Severity, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, block_removal, normalize, shorten

# -- the schema ---------------------------------------------------------------------------------

Requirement = Literal["always", "with-metadata", "never"]
FieldType = Literal["string", "date", "url", "list", "one-of", "any"]

DEFAULT_FIELDS: dict[str, dict[str, Any]] = {
    "title": {"type": "string", "aliases": ["headline"]},
    "author": {"type": "list", "aliases": ["authors", "byline", "creator"]},
    "date": {"type": "date",
             "aliases": ["publish_date", "published", "pubdate", "date_published", "published_at"]},
    "source": {"type": "string", "aliases": ["site_name", "publisher", "site"]},
    "url": {"type": "url", "required": "never", "aliases": ["link", "canonical_url"]},
}
DEFAULT_EMPTY_VALUES = ["n/a", "na", "none", "null", "nil", "unknown", "undefined", "-", "--", "tbd", "todo"]


class FieldSpec(BaseModel):
    """One field of the metadata schema."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    required: Requirement = Field(
        "with-metadata",
        description="`always`; `with-metadata` (only in documents that have any schema key); `never`. "
                    "`true`/`false` mean always/never.")
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


class SchemaOptions(BaseModel):
    """The options every metadata rule shares: the schema."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    fields: dict[str, FieldSpec] = Field(
        default_factory=lambda: {k: FieldSpec(**v) for k, v in DEFAULT_FIELDS.items()},
        description="The metadata schema: field name -> {required, type, aliases, values}. Merged into the "
                    "defaults (title, author, date, source, url) field by field; `null` drops a default field.")
    empty_values: list[str] = Field(
        default_factory=lambda: list(DEFAULT_EMPTY_VALUES), alias="empty-values",
        description="Strings that count as empty (compared case-insensitively), besides \"\", [], {} and null.")

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
        self.signature = options.model_dump_json(include={"fields", "empty_values"})

    def read(self, metadata: dict[str, Any]) -> dict[str, FieldState]:
        """Each field's state in `metadata`; the last document's result is reused by the next rule."""
        items = list(metadata.items())
        cached = _READ_CACHE.get(self.signature)
        if cached is not None and cached[0] is metadata and cached[2] == items:
            return cached[1]
        states = {}
        folded: dict[str, str] | None = None
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
        _READ_CACHE[self.signature] = (metadata, states, items)
        return states

    def key_state(self, metadata: dict[str, Any], key: str) -> FieldState:
        """The state of a key outside the schema (a generic label like `region`)."""
        state = FieldState(key, FieldSpec(required="never", type="any"), [key])
        value = _lookup(metadata, _folded_keys(metadata), key)
        if value is not _MISSING:
            state.present.append((key, value))
            if not self.is_empty(value):
                state.key, state.value = key, value
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
        return state.spec.required == "always" or state.spec.required == "with-metadata" and carries


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


def _keys_text(keys: list[str]) -> str:
    return ", ".join(f"`{k}`" for k in keys)


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


# -- the rules ----------------------------------------------------------------------------------


class MetadataRule(Rule):
    family = "metadata"
    Options: ClassVar[type[BaseModel]] = SchemaOptions

    def __init__(self, options: BaseModel | None = None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self.schema = Schema(self.options)


class MissingMetadata(MetadataRule):
    """## What it does
    Reports a required metadata field that the document's metadata does not have under any of
    its keys (the field's name or one of its `aliases`). By default `title`, `author`, `date`
    and `source` are required in every document that carries article metadata at all (at least
    one key of the schema); documents with no metadata, such as bare `.txt` files, are not
    reported.

    ## Why is this bad?
    A record without an author or a date cannot be attributed, deduplicated by date, or filtered
    by source; the gap usually means the scraper failed on that page.

    ## Example
    ```json
    {"id": "a1", "text": "…", "title": "Trump to visit Mexico"}
    ```
    `news.jsonl:7:1: CL501 [missing-metadata] metadata has no `author` (looked for `author`, `authors`, `byline`, `creator`)`

    Use instead:
    ```json
    {"id": "a1", "text": "…", "title": "Trump to visit Mexico", "authors": ["Jane Doe"],
     "publish_date": "2016-08-31", "source": "Reuters"}
    ```

    ## Options
    - `fields`: the metadata schema (see the family's documentation: `required`, `type`,
      `aliases`, `values` per field; merged into the defaults).
    - `empty-values`: strings that count as empty.

    ## Fix safety
    No fix; where the body holds the value (a byline, a dateline), CL504 offers one.

    ## Known problems
    Whether a field is expected is a policy of each corpus: a sidecar holding only
    `source: fnc1` is told it lacks a title, an author and a date. Say what your corpus needs
    under `rules: {metadata: {fields: {...}}}` (`required: never` for a field you do not keep),
    or ignore CL501.
    """

    code = "CL501"
    name = "missing-metadata"

    def check(self, doc: Document) -> Iterator[Violation]:
        states = self.schema.read(doc.metadata)
        carries = self.schema.carries_metadata(states)
        for state in states.values():
            if state.is_present or not self.schema.required(state, carries):
                continue
            yield Violation(
                0, 0,
                f"metadata has no `{state.name}` (looked for {_keys_text(state.keys)}); add it",
                data={"field": state.name, "keys": state.keys})


class EmptyMetadata(MetadataRule):
    """## What it does
    Reports a required metadata field whose keys are all present but empty: `""`, only
    whitespace, `[]`, `{}`, `null`, or a placeholder such as `N/A` or `unknown` (option
    `empty-values`).

    ## Why is this bad?
    An empty value looks like data to a loader and passes a "has the key" check, yet carries
    nothing; it is a scraper's failure recorded as if it were a success. It is reported apart
    from a missing key so that the two can be told apart and selected separately.

    ## Example
    ```json
    {"id": "a1", "text": "…", "title": "…", "authors": [], "publish_date": null}
    ```
    `news.jsonl:7:1: CL502 [empty-metadata] `author` is empty: `authors` = []`

    Use instead: fill the value in, or drop the key (CL501 then reports it as missing).

    ## Options
    - `fields`: the metadata schema (see CL501).
    - `empty-values`: strings that count as empty (default: n/a, na, none, null, nil, unknown,
      undefined, -, --, tbd, todo).

    ## Fix safety
    No fix; where the body holds the value, CL504 offers one.
    """

    code = "CL502"
    name = "empty-metadata"

    def check(self, doc: Document) -> Iterator[Violation]:
        states = self.schema.read(doc.metadata)
        carries = self.schema.carries_metadata(states)
        for state in states.values():
            if not state.is_empty or not self.schema.required(state, carries):
                continue
            shown = ", ".join(f"`{k}` = {show(v, 30)}" for k, v in state.present)
            yield Violation(
                0, 0, f"`{state.name}` is empty: {shown}; fill it in",
                data={"field": state.name, "keys": [k for k, _ in state.present],
                      "value": state.present[0][1] if len(state.present) == 1 else [v for _, v in state.present]})


class InvalidMetadata(MetadataRule):
    """## What it does
    Reports a metadata value that does not fit its field's type: a date that does not parse
    (`2019-02-30`, `yesterday`), a URL without a scheme or host (`www.example.com/a`), a title
    that is not a string, an author list holding a number, a value outside a `one-of` field's
    `values`. Every key of the field is checked, not only the first.

    Dates may be ISO 8601 strings, other readable dates (`March 25, 2019`, `25/03/2019`, RFC 2822),
    epoch seconds or milliseconds, or `{"$date": …}` as MongoDB exports write them; with
    `iso-dates: true`, dates not written in ISO 8601 are reported too.

    ## Why is this bad?
    A value of the wrong type breaks the next tool: a date column that fails to parse, a URL
    that cannot be fetched, a title that is a list.

    ## Example
    ```yaml
    title: 42
    date: 2019-02-30
    url: www.example.com/story
    ```
    `post.md:1:1: CL503 [invalid-metadata] `date` is not a date …: `date` = "2019-02-30"`

    Use instead:
    ```yaml
    title: "42"
    date: 2019-02-28
    url: https://www.example.com/story
    ```

    ## Options
    - `fields`: the metadata schema (see CL501).
    - `iso-dates`: also report readable dates not written in ISO 8601 (default false).
    - `day-first`: read ambiguous numeric dates (03/04/2019) as day/month (default false).

    ## Fix safety
    Only with `iso-dates`: a readable date is rewritten in ISO 8601, a safe fix since the day it
    names does not change; an ambiguous numeric date gets no fix. Other problems need a person.
    """

    code = "CL503"
    name = "invalid-metadata"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    Options = InvalidOptions

    def check(self, doc: Document) -> Iterator[Violation]:
        states = self.schema.read(doc.metadata)
        for state in states.values():
            for key, value in state.present:
                if self.schema.is_empty(value):
                    continue
                problem = type_problem(state.spec, value, self.schema)
                if problem is not None:
                    yield Violation(
                        0, 0, f"`{state.name}` {problem}: `{key}` = {show(value)}",
                        data={"field": state.name, "key": key, "value": value, "problem": problem})
                elif state.spec.type == "date" and self.options.iso_dates:
                    yield from self._non_iso(state.name, key, value)

    def _non_iso(self, name: str, key: str, value: Any) -> Iterator[Violation]:
        if isinstance(value, str) and is_iso(value):
            return
        parsed = parse_date(value, day_first=self.options.day_first)
        if parsed is None:
            return
        fix = None
        if not parsed.ambiguous and "." not in key:
            fix = Fix(title=f"Write `{key}` as {parsed.iso}", applicability=Applicability.SAFE,
                      metadata=[MetadataEdit(key=key, value=parsed.iso)])
        note = " (ambiguous: day and month could be swapped)" if parsed.ambiguous else ""
        yield Violation(
            0, 0, f"`{name}` is not written in ISO 8601: `{key}` = {show(value)}; write {parsed.iso}{note}",
            fix=fix, data={"field": name, "key": key, "value": value, "iso": parsed.iso})


# the last document's head, per option set: (text object, what extract_head found in it)
_HEAD_CACHE: dict[tuple[int, bool, int], tuple[str, list[Found]]] = {}


class BodyRule(MetadataRule):
    Options = BodyOptions

    def found(self, doc: Document) -> list[Found]:
        if not doc.text:
            return []
        key = (self.options.head_lines, self.options.generic_labels, self.options.tail_lines)
        cached = _HEAD_CACHE.get(key)
        if cached is not None and cached[0] is doc.text:
            return cached[1]  # CL504 and CL505 read the same head of the same document in a row
        found = extract_head(doc.text, self.options.head_lines, generic_labels=self.options.generic_labels)
        if self.options.tail_lines:
            after = max((item.end for item in found), default=0)
            found = found + extract_tail(doc.text, self.options.tail_lines, after=after)
        _HEAD_CACHE[key] = (doc.text, found)
        return found

    def state_of(self, states: dict[str, FieldState], doc: Document, name: str) -> FieldState:
        return states[name] if name in states else self.schema.key_state(doc.metadata, name)


class MetadataInBody(BodyRule):
    """## What it does
    Finds metadata that a scraper left at the top of the body while the document's metadata
    lacks it (or has it empty): the title line, a byline (`By Stephen Lendman`, `Posted by A on
    19 Sep 2016`), a dateline (`Global Research, March 25, 2019`, `Saturday 23 August 2014`), a
    wire dateline opening the lede (`WASHINGTON (Reuters) -`), a place-only dateline (`DENVER —`,
    `TOLEDO, Ohio --`: field `place`), a date and a dash opening the lede (`Feb. 23, 2015 --`),
    blog post-meta lines (`Posted on <date> by <user>`, `Posted by admin`), bylines with
    honorifics and degrees (`By Dr. Ann Lee, MD, MPH` -> `Ann Lee`), the headline given twice,
    category and tag lines (`Categories: … | Tags: …`, `Labels: …` -> `tags`, a list), and
    labelled lines (`Region: …`, `Theme: …`, including a broken-off continuation line). At the
    end of the document (`tail-lines`) it reads attribution: `This article originally appeared
    on X`, `… first appeared on X and is republished with permission`, `Written by A for X`,
    `Syndicated by X`, `Source: https://…`, a bare URL as the last line (field `source`), and a
    post-meta or tag line under a post. It reports each field once, on the line where the value
    stands, with the value normalised as the fix writes it (names, ISO 8601 dates).

    Only the head of the document is read (`head-lines`), and the search stops at the first line
    of prose. The title is taken only from a first line that stands alone, followed by a blank
    line, and is written in headline case (or is given twice), and is never a plea (`Watch the full
    episode here`) or a site's name (`Example News ®`); `Label: value` lines outside the schema are
    taken only next to a byline or dateline, and never from page headings (`Tag Archives: …`).
    `Source: <name>` credits a story's claims and is not read; `Source: <URL>` is.

    ## Why is this bad?
    Metadata in the body is lost to every tool that reads metadata fields, and pollutes the text
    that models are trained on or that search indexes.

    ## Example
    ```
    Russia Sends "Peacekeeping" Troops to Venezuela. Joint Military Exercises.

    By Stephen Lendman

    Global Research, March 25, 2019
    ```
    `seed.txt:5:1: CL504 [metadata-in-body] author found in the body: "Stephen Lendman" (metadata has none)`

    Use instead: the values in the metadata (`author: Stephen Lendman`, `date: 2019-03-25`,
    `source: Global Research`, ...); CL505 then offers to remove the lines.

    ## Options
    - `fields`: the metadata schema (see CL501), for the keys that count as each field.
    - `head-lines`: how many non-blank lines at the top are searched (default 8).
    - `tail-lines`: how many non-blank lines at the end are searched for attribution (default 4; 0: none).
    - `generic-labels`: also report `Label: value` lines outside the schema (default true).

    ## Fix safety
    Safe: the fix only adds the missing metadata field (or fills the empty key, in its list or
    string shape) and leaves the text alone; nothing is removed. A `.txt` file gets a
    `name.meta.yaml` sidecar.

    ## Known problems
    A title in sentence case is not recognised (only the first line in headline case is taken
    for a title). `Name, March 25, 2019` reads `Name` as the publisher; a place in title case
    there (`New Delhi, March 25, 2019`) is taken for one too. A byline of the form
    `By A, B` (without "and") is read as one author with an affiliation.
    """

    code = "CL504"
    name = "metadata-in-body"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        found = self.found(doc)
        if not found:
            return
        states = self.schema.read(doc.metadata)
        done: set[str] = set()
        for item in found:
            if item.field in done:
                continue
            state = self.state_of(states, doc, item.field)
            if state.key is not None:
                continue  # the metadata has a value: CL505's business if it is the same
            done.add(item.field)
            key, value = _target(state, item)
            if state.is_empty:
                why = f"metadata's `{state.present[0][0]}` is empty"
            else:
                why = "metadata has none"
            shown = show(item.value, 80)
            yield Violation(
                item.start, item.end,
                f"{item.field} found in the body: {shown} ({why}); set `{key}` in the metadata",
                fix=Fix(title=f"Set `{key}` to {shown}", applicability=Applicability.SAFE,
                        metadata=[MetadataEdit(key=key, value=value)]),
                source=item.kind,
                data={"field": item.field, "value": item.value, "key": key})


def _target(state: FieldState, item: Found) -> tuple[str, Any]:
    """The key a fix writes and the value in the shape that key holds."""
    value = item.value
    for key, old in state.present:
        if "." in key:
            continue
        if isinstance(old, list) and isinstance(value, str):
            return key, [value]
        if isinstance(old, str) and isinstance(value, list):
            return key, ", ".join(value)
        return key, value
    return state.name, value


class MetadataLineInBody(BodyRule):
    """## What it does
    Reports a line at the top of the body that only repeats what the metadata already holds: the
    title line when the metadata has the same title, a byline naming the metadata's author, a
    dateline with its date (and publisher), a labelled line with the same value. Typically
    the metadata was filled from the line (by CL504's fix, or by the scraper) and the line
    stayed.

    ## Why is this bad?
    The text then holds page furniture: a model trained on it learns to write bylines, a
    deduplicator sees a difference where there is none, a summariser quotes the byline.

    ## Example
    ```
    ---
    author: Stephen Lendman
    ---
    By Stephen Lendman

    According to Reuters on Sunday, ...
    ```
    `post.md:4:1: CL505 [metadata-line-in-body] byline repeats the metadata's author "Stephen Lendman": remove it`

    Use instead: the article without the line.

    ## Options
    Those of CL504: `fields`, `head-lines`, `generic-labels`.

    ## Fix safety
    Unsafe: the fix removes the line (with a broken-off continuation line and its blank lines),
    and some users keep bylines and datelines on purpose. A wire dateline opening the lede
    (`WASHINGTON (Reuters) -`) is a convention of the text and is never reported.
    """

    code = "CL505"
    name = "metadata-line-in-body"
    severity = Severity.INFO
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        if not doc.text or not doc.metadata:
            return
        states = self.schema.read(doc.metadata)
        groups: dict[tuple[int, int], list[Found]] = {}
        for item in self.found(doc):
            if item.kind != "wire":
                groups.setdefault((item.start, item.end), []).append(item)
        reported: set[tuple[int, int]] = set()
        title = states.get("title")
        if title is not None and isinstance(title.value, str):
            limit = 2 * len(title.value) + 20
            for line in head_lines(doc.text, 3):
                if line.blank_after and len(line.text) <= limit and same_value("title", line.text, title.value):
                    reported.add((line.start, line.end))
                    yield self._violation(doc, line.start, line.end, True, "title line",
                                          [("title", title.key, title.value)])
                    break
        for (start, end), items in groups.items():
            if (start, end) in reported:
                continue
            matched = []
            for item in items:
                state = self.state_of(states, doc, item.field)
                if state.key is None or not same_value(item.field, item.value, state.value):
                    break
                matched.append((item.field, state.key, state.value))
            else:
                what = {"title": "title line", "byline": "byline", "dateline": "dateline",
                        "label": "labelled line", "known-label": "labelled line"}[items[0].kind]
                yield self._violation(doc, start, end, items[0].whole_line, what, matched)

    def _violation(self, doc: Document, start: int, end: int, whole: bool, what: str,
                   matched: list[tuple[str, str, Any]]) -> Violation:
        if whole:
            cut = block_removal(doc.text, start, end)
        else:
            stop = end
            while stop < len(doc.text) and doc.text[stop] in " \t":
                stop += 1
            cut = (start, stop)
        if [m[0] for m in matched] == ["title"]:
            said = f"{what} repeats the metadata's title: {show(doc.text[start:end], 70)}"
        else:
            repeats = ", ".join(f"{name} {show(value, 50)}" for name, _key, value in matched)
            said = f"{what} {show(doc.text[start:end], 50)} repeats the metadata's {repeats}"
        return Violation(
            start, end, f"{said}; remove it",
            fix=Fix(title=f"Remove the {what}", applicability=Applicability.UNSAFE,
                    edits=[TextEdit(start=cut[0], end=cut[1])]),
            data={"fields": [m[0] for m in matched], "keys": [m[1] for m in matched]})


# -- comparing a body value with a metadata value ----------------------------------------------

TITLE_SUFFIX = LazyPattern(r"\s+[|–—-]\s+[^|–—-]{2,60}$")


def same_value(name: str, body: Any, meta: Any) -> bool:
    """Whether a value found in the body says the same as the metadata's."""
    if name == "date":
        a, b = parse_date(body), parse_date(meta)
        return a is not None and b is not None and a.date is not None and a.date == b.date
    if name == "author":
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


RULES = (MissingMetadata, EmptyMetadata, InvalidMetadata, MetadataInBody, MetadataLineInBody)


@hookimpl
def corpuslint_register_rules(register):
    for rule in RULES:
        register(rule)
