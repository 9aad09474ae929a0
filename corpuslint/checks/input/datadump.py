"""CL912: a document that is a data dump (a CSV, TSV or JSON file given as text), not prose.

An input problem rather than a defect inside the text: nothing in the document is prose to keep
or residue to remove; the file is the wrong kind of input for a text corpus, as a binary file is
(CL902). Found by shape over the whole document: it parses as JSON (or every line does), or every
line splits on one delimiter into short fields, as no paragraph does.
"""

from __future__ import annotations

import json
from collections import Counter
from collections.abc import Iterator

from corpuslint.models import Document, Severity, Violation
from corpuslint.rule import Rule

MIN_LEAVES = 3  # a JSON dump: an object or array holding this many values (strings, numbers...) or more
MIN_LINES = 5  # a delimited dump: this many lines or more
MIN_SHARE = 0.9  # of its non-blank lines split into short fields on one delimiter
MODE_SHARE = 0.4  # and this share of them into the same number of fields
FIELD_WORDS = 6  # a short field: this many words at most
LOOK_AT = 400  # lines read of a long document (a dump is one from its first line to its last)
DELIMITERS = (("\t", "TSV", 2), (",", "CSV", 3), (";", "CSV", 3))  # and the fields a row has at least
SENTENCE_END = (".", "!", "?", "…", "。", ":")


def _leaves(value, limit: int = 3) -> int:
    """How many values that are no object or array `value` holds (counted up to `limit`)."""
    if not isinstance(value, (dict, list)):
        return 1
    count = 0
    for item in value.values() if isinstance(value, dict) else value:
        count += _leaves(item, limit - count)
        if count >= limit:
            break
    return count


def _json(text: str) -> str | None:
    """"JSON" where the whole text is one JSON object or array holding three values or more, "JSON
    Lines" where every line (three or more) is one; else None."""
    stripped = text.strip()
    if stripped[:1] in "{[" and stripped[-1:] in "}]":
        try:
            value = json.loads(stripped)
        except ValueError:
            value = None
        if isinstance(value, (dict, list)) and _leaves(value) >= MIN_LEAVES:
            return "JSON"
    lines = [line for line in stripped.split("\n", LOOK_AT) if line.strip()][:LOOK_AT]
    if len(lines) < 3 or not all(line.lstrip()[:1] in "{[" for line in lines):
        return None
    for line in lines:
        try:
            if not isinstance(json.loads(line), (dict, list)):
                return None
        except ValueError:
            return None
    return "JSON Lines"


def _fields(line: str, delimiter: str) -> list[str] | None:
    """A row's fields, or None where the line reads as prose (a long field, a sentence's end)."""
    if delimiter not in line:
        return None
    fields = [f.strip().strip('"').strip() for f in line.strip().split(delimiter)]
    if any(len(f.split()) > FIELD_WORDS for f in fields):
        return None
    last = fields[-1]
    if last.endswith(SENTENCE_END) and not last[:1].isdigit() and len(last.split()) > 1:
        return None
    return fields


def _delimited(text: str) -> tuple[str, int, int] | None:
    """(kind, rows, fields in most rows) where every line (but a tenth) is a row of one delimiter."""
    lines = [line for line in text.split("\n", LOOK_AT) if line.strip()][:LOOK_AT]
    if len(lines) < MIN_LINES:
        return None
    for delimiter, kind, least in DELIMITERS:
        if delimiter not in lines[0]:
            continue
        counts = Counter()
        for line in lines:
            fields = _fields(line, delimiter)
            if fields is not None and len(fields) >= least:
                counts[len(fields)] += 1
        rows = sum(counts.values())
        if rows >= MIN_SHARE * len(lines) and counts.most_common(1)[0][1] >= MODE_SHARE * rows:
            return kind, rows, counts.most_common(1)[0][0]
    return None


class DataDumpDocument(Rule):
    """## What it does
    Reports a document that is a data dump rather than text: the whole of it one JSON value (an
    object or an array, holding three values or more), JSON Lines (every line an object or array), or a
    table with a delimiter (CSV, TSV, `;`-separated): five lines or more, nine in ten of them
    split by the delimiter of the first line into short fields (at most six words, not ending a
    sentence), two or more (TAB) or three or more (`,` `;`) of them, most rows with the same
    number of fields.

    ## Why is this bad?
    A corpus meant to be text gets records, keys and numbers that no one writes as language,
    often many times over (every row's `"numeric": "166"`). The document was the wrong file, not
    a text with a defect: it should be left out, or its text field extracted.

    ## Example
    ```
    version,codename,series,created,release,eol
    1.1,Buzz,buzz,1993-08-16,1996-06-17,1997-06-05
    1.2,Rex,rex,1996-06-17,1996-12-12,1998-06-05
    1.3,Bo,bo,1996-12-12,1997-06-05,1999-03-09
    2.0,Hamm,hamm,1997-06-05,1998-07-24,2000-03-09
    ```
    Use instead: leave the file out of the corpus.

    ## Fix safety
    No fix: dropping a document is for a person (or the corpus builder) to decide, as with
    CL911. Unlike the input problems found while reading (CL901-CL911), it is selected like any
    other rule (`--select CL2` leaves it out).

    ## Known problems
    Off by default. A short table in a text, a Markdown table (`|` is no delimiter here) and a
    log (its lines are sentences or have no common delimiter) are not reported; nor a table whose
    fields are prose (quoted sentences with commas in them).
    """

    code = "CL912"
    name = "data-dump-document"
    family = "input"
    severity = Severity.WARNING
    default_enabled = False

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        head = text.lstrip()[:1]
        first_line = text.lstrip().split("\n", 1)[0]
        if head not in ("{", "[") and not any(d in first_line for d, _, _ in DELIMITERS):
            return  # (most documents) no JSON, no delimiter on the first line
        start = len(text) - len(text.lstrip())
        end = text.find("\n", start)
        end = len(text) if end == -1 else end
        if head in ("{", "[") and (kind := _json(text)) is not None:
            yield Violation(start, end, f"the document is {kind} data, not text", source=kind.lower(),
                            data={"kind": kind})
            return
        if (table := _delimited(text)) is not None:
            kind, rows, width = table
            yield Violation(start, end, f"the document is a {kind} table ({rows} rows of {width} fields), not text",
                            source=kind.lower(), data={"kind": kind, "rows": rows, "fields": width})
