"""CL501-CL503: metadata missing, empty, or of the wrong type."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any, ClassVar

import regex
from pydantic import BaseModel

from corpuslint.checks.pagesite import site_of
from corpuslint.checks.metadata.dates import is_iso, parse_date
from corpuslint.checks.metadata.schema import FieldState, InvalidOptions, Schema, SchemaOptions, keys_text, show
from corpuslint.checks.metadata.values import type_problem
from corpuslint.models import Applicability, Document, Fix, MetadataEdit, Severity, Violation
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, FixAvailability, Rule
from corpuslint.stamps import DATE_IN_TEXT


# -- the rules ----------------------------------------------------------------------------------


class MetadataRule(Rule):
    family = "metadata"
    Options: ClassVar[type[BaseModel]] = SchemaOptions

    def __init__(self, options: BaseModel | None = None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self.schema = Schema(self.options)


class MissingMetadata(MetadataRule, CorpusRule):
    """## What it does
    Reports a metadata field that the document's metadata does not have under any of its keys
    (the field's name or one of its `aliases`) where the document is expected to have it. By
    default (`required: usual`) `title`, `author`, `date` and `source` are expected of a document
    when most documents of its corpus, or of its site, have them (`expected-share`, 80%): a record
    without the author its neighbours all carry stands out, while a corpus that never records a
    source is not told so on every document. A Markdown post whose file name starts with a date
    (`2022-01-13-release.md`, the Jekyll convention) has its date. Documents without any
    metadata (a bare `.txt`) are not reported, nor counted.

    ## Why is this bad?
    A record without an author or a date cannot be attributed, deduplicated by date, or filtered
    by source; a gap where the rest of the corpus has the field usually means the scraper failed
    on that page.

    ## Example
    ```json
    {"id": "a1", "text": "…", "title": "Trump to visit Mexico"}
    ```
    `news.jsonl:7:1: CL501 [missing-metadata] metadata has no `author` (looked for `author`, `authors`, `byline`, `creator`, `by`; 92% of the corpus has it)`

    Use instead:
    ```json
    {"id": "a1", "text": "…", "title": "Trump to visit Mexico", "authors": ["Jane Doe"],
     "publish_date": "2016-08-31", "source": "Reuters"}
    ```

    ## Options
    - `fields`: the metadata schema (see the family's documentation: `required`, `type`,
      `aliases`, `values` per field; merged into the defaults). `required: always` or
      `with-metadata` states the policy explicitly instead of reading it from the corpus.
    - `expected-share`: the share of documents that makes a `usual` field expected.
    - `empty-values`: strings that count as empty.

    ## Fix safety
    No fix; where the body holds the value (a byline, a dateline), CL504 offers one. The share
    is read from the corpus as it was before any fix, so a fix that writes one field never makes
    the others expected; nor on a later run: a document whose metadata only states what its own
    text says where CL504 reads it (what CL504's fix wrote: the byline's author, the title line;
    as whole words, so author `AP` is not stated by `approved`) is not counted in the share. It
    is still asked when the other documents' own metadata makes a field usual, except where the metadata
    is a text file's sidecar (`name.meta.yaml`) holding nothing but such values: the sidecar CL504's fix
    created for a bare `.txt` makes no field usual of it (the fix that wrote one field leaves no finding
    asking for the others).

    ## Known problems
    The share needs a corpus: checked alone (`--no-index` on one file, or `Linter.check_document`
    without an index), a `usual` field is read as `with-metadata`.
    """

    code = "CL501"
    name = "missing-metadata"
    uses_own_fingerprints = False

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        """Which fields the document has, counted over the corpus and over its site."""
        states = self.schema.read(doc.metadata)
        if not self.schema.carries_metadata(states) or not own_metadata(doc, states):
            return  # the share is of the documents that carry article metadata at all
        site = site_of(doc)
        scopes = ["*"] + ([f"site:{site}"] if site else [])
        for scope in scopes:
            yield Fingerprint(K_DOCUMENTS, scope)
        for name, state in states.items():
            if state.is_present or _implied(doc, state):
                for scope in scopes:
                    yield Fingerprint(K_FIELD, f"{scope}\x00{name}")

    def lookups(self, doc: Document) -> Iterator[tuple[str, str]]:
        """The share of each field the document lacks, over the corpus and over its site."""
        states = self.schema.read(doc.metadata)
        if not self.schema.carries_metadata(states):
            return  # (asked even when its metadata only repeats its text: the share says what is usual)
        site = site_of(doc)
        scopes = ["*"] + ([f"site:{site}"] if site else [])
        missing = False
        for name, state in states.items():
            if not (state.is_present or _implied(doc, state)):
                missing = True
                for scope in scopes:
                    yield K_FIELD, f"{scope}\x00{name}"
        if missing:  # a share's denominator (`_share`): the documents with metadata, in the corpus and on the site
            for scope in scopes:
                yield K_DOCUMENTS, scope

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        return self._missing(doc, corpus)

    def check(self, doc: Document) -> Iterator[Violation]:
        return self._missing(doc, None)

    def _missing(self, doc: Document, corpus: CorpusView | None) -> Iterator[Violation]:
        states = self.schema.read(doc.metadata)
        carries = self.schema.carries_metadata(states)
        site = site_of(doc) if corpus is not None else None
        restated: bool | None = None  # a text file's sidecar that only restates its body, asked when needed
        for state in states.values():
            if state.is_present or _implied(doc, state):
                continue
            why = ""
            if state.spec.required == "usual" and carries:
                if restated is None:
                    restated = doc.origin.format in ("text", "html") and not doc.origin.text_is_inline \
                        and not own_metadata(doc, states)
                if restated:
                    continue  # what CL504's fix wrote into a new sidecar: the file is as bare as it was
            if state.spec.required == "usual" and corpus is not None:
                if not carries:
                    continue
                share = self._share(corpus, "*", state.name)
                if site and share < self.options.expected_share:
                    share = max(share, self._share(corpus, f"site:{site}", state.name))
                if share < self.options.expected_share:
                    continue
                why = f"; {share:.0%} of the documents with metadata have it"
            elif not self.schema.required(state, carries):
                continue
            yield Violation(
                0, 0,
                f"metadata has no `{state.name}` (looked for {keys_text(state.keys)}{why}); add it",
                data={"field": state.name, "keys": state.keys})

    @staticmethod
    def _share(corpus: CorpusView, scope: str, name: str) -> float:
        documents = corpus.count(K_DOCUMENTS, scope)
        if documents < MIN_DOCUMENTS:
            return 0.0  # too few documents to tell what is usual
        return corpus.count(K_FIELD, f"{scope}\x00{name}") / documents


K_DOCUMENTS = "metadata-docs"
K_FIELD = "metadata-field"
MIN_DOCUMENTS = 3
# A Jekyll post's date is in its file name: `_posts/2022-01-13-release.md`
JEKYLL_NAME = regex.compile(r"(?:^|[/\\])\d{4}-\d{2}-\d{2}-[^/\\]+\.(?:md|markdown)$")


def own_metadata(doc: Document, states: dict[str, FieldState]) -> bool:
    """Whether the metadata holds a value its document's text does not state: metadata of its own,
    not only what was read out of the body (CL504's fix writes a byline's author, a title line, a
    dateline's date). A corpus whose metadata is all read from its bodies has no usual fields to
    demand: the share would count CL504's findings, not the producer's record. A value counts as
    read out of the body only where CL504 reads (the head's lines, the tail's attribution) and as
    whole words: author `AP` is not stated by `approved`, nor by a wire credit deep in the text."""
    text = doc.text
    folded: list[str] = []  # the head and the tail, blanks collapsed and case folded, made when needed

    def stated(value: Any, date: bool) -> bool:
        if isinstance(value, list):
            return bool(value) and all(stated(v, date) for v in value)
        if date and hasattr(value, "isoformat"):  # YAML reads `date: 2019-03-25` as a date
            value = value.isoformat()
        if not isinstance(value, str) or not value.strip():
            return False
        if date and is_iso(value) and _dates_in(text, value):
            return True
        if not folded:
            folded.extend(" ".join(part.split()).casefold() for part in _ends(text))
        return any(_whole_words(" ".join(value.split()).casefold(), part) for part in folded)

    return any(state.key is not None and not stated(state.value, state.spec.type == "date")
               for state in states.values())


# where CL504 reads metadata (its `head-lines` 8 and `tail-lines` 4, with room to spare): a value
# found only further in is the text's, not one read out of it
HEAD_LINES, TAIL_LINES, HEAD_CHARS, TAIL_CHARS = 12, 6, 3000, 1500


def _ends(text: str) -> tuple[str, str]:
    """The head and the tail of `text`: its first and last non-blank lines, within a few thousand
    characters."""
    head_end = _nth_line_end(text[:HEAD_CHARS], HEAD_LINES)
    tail = text[-TAIL_CHARS:]
    lines = [line for line in tail.splitlines() if line.strip()]
    return text[:head_end], "\n".join(lines[-TAIL_LINES:])


def _nth_line_end(text: str, count: int) -> int:
    """Where the `count`th non-blank line of `text` ends (the end of `text` if it has fewer)."""
    seen = pos = 0
    while pos < len(text):
        end = text.find("\n", pos)
        end = len(text) if end < 0 else end
        if text[pos:end].strip():
            seen += 1
            if seen == count:
                return end
        pos = end + 1
    return len(text)


def _whole_words(value: str, text: str) -> bool:
    """Whether `value` occurs in `text` not inside a longer word (`ap` in `approved` does not)."""
    start = text.find(value)
    while start >= 0:
        end = start + len(value)
        if (start == 0 or not text[start - 1].isalnum() or not value[0].isalnum()) \
                and (end == len(text) or not text[end].isalnum() or not value[-1].isalnum()):
            return True
        start = text.find(value, start + 1)
    return False


def _dates_in(text: str, iso: str) -> bool:
    """Whether the head or the tail of `text` writes the day `iso` names (`March 25, 2019`)."""
    for part in (text[:2000], text[-1000:]):
        for match in DATE_IN_TEXT.finditer(part):
            parsed = parse_date(match.group(0))
            if parsed is not None and parsed.iso[:10] == iso[:10]:
                return True
    return False


def _implied(doc: Document, state: FieldState) -> bool:
    """A field the document has outside its metadata: the date of a Jekyll post's file name."""
    return state.spec.type == "date" and state.name == "date" and doc.origin.format == "markdown" \
        and JEKYLL_NAME.search(doc.origin.path) is not None


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
