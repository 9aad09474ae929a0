"""Inline suppression: comments in Markdown, and the `corpuslint-ignore` field of a document.

In a Markdown document (the comment is invisible once rendered)::

    <!-- corpuslint: disable CL101 -->        rules off from here ...
    <!-- corpuslint: enable CL101 -->         ... to here (or to the end of the document)
    <!-- corpuslint: disable-next CL202 -->   rules off for the next paragraph only
    <!-- corpuslint: disable -->              every rule off (and `enable` alone: every rule on)

Rules are named by code (`CL101`), code prefix (`CL1`), name (`stray-html-tag`) or family
(`markup`), comma- or space-separated. In plain text an HTML comment is itself a defect
(CL204), so there the way to silence a rule is the document's `corpuslint-ignore` metadata
(sidecar, front matter or JSONL field) or `per-file-ignores` in the config.

A selector that names no rule, in a comment or in `corpuslint-ignore`, is reported as CL910
(unknown-suppression): a typo there would otherwise silently suppress nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import TYPE_CHECKING

import regex

from corpuslint.selection import specificity
from corpuslint.textutil import LazyPattern, paragraphs

if TYPE_CHECKING:
    from corpuslint.engine import Linter
    from corpuslint.formats.base import InputProblem
    from corpuslint.models import Document
    from corpuslint.rule import Rule

MARKER = "corpuslint:"
DIRECTIVE = LazyPattern(
    r"<!--[ \t]*corpuslint:[ \t]*(?P<kind>disable-next|disable|enable)\b(?P<codes>[^>]*?)[ \t]*-->",
    regex.IGNORECASE,
)
SEPARATORS = LazyPattern(r"[\s,]+")
IGNORE_FIELD = "corpuslint-ignore"


@dataclass(slots=True)
class Region:
    start: int
    end: int
    selectors: tuple[str, ...] | None  # None: every rule


@dataclass(slots=True)
class Suppressions:
    """The regions of one document in which some rules are off."""

    regions: list[Region] = field(default_factory=list)
    # (offset of the comment, selector) for selectors that name no rule
    unknown: list[tuple[int, str]] = field(default_factory=list)

    def covers(self, rule: Rule | type[Rule], offset: int) -> bool:
        for region in self.regions:
            if region.start <= offset < region.end and (
                    region.selectors is None or any(specificity(s, rule) for s in region.selectors)):
                return True
        return False


EMPTY = Suppressions()


def parse(text: str, known: list[type[Rule]] | None = None) -> Suppressions:
    """The suppression regions that the comments of `text` set up."""
    if MARKER not in text and MARKER.upper() not in text.upper():
        return EMPTY
    result = Suppressions()
    blocks = None
    open_all: int | None = None
    open_by: dict[str, int] = {}  # selector (upper-cased) -> where its region started
    for match in DIRECTIVE.finditer(text):
        kind = match.group("kind").lower()
        selectors = tuple(s for s in SEPARATORS.split(match.group("codes").strip()) if s)
        if known is not None:
            for selector in selectors:
                if not _known(selector, known):
                    result.unknown.append((match.start(), selector))
        if kind == "disable-next":
            if blocks is None:
                blocks = paragraphs(text)
            start, end = _next_block(text, match.end(), blocks)
            if end > start:
                result.regions.append(Region(start, end, selectors or None))
        elif kind == "disable":
            if not selectors:
                if open_all is None:
                    open_all = match.end()
            for selector in selectors:
                open_by.setdefault(selector.upper(), match.end())
        else:  # enable
            if not selectors:
                if open_all is not None:
                    result.regions.append(Region(open_all, match.start(), None))
                    open_all = None
                for key, start in open_by.items():
                    result.regions.append(Region(start, match.start(), (key,)))
                open_by.clear()
            for selector in selectors:
                start = open_by.pop(selector.upper(), None)
                if start is not None:
                    result.regions.append(Region(start, match.start(), (selector,)))
    if open_all is not None:
        result.regions.append(Region(open_all, len(text), None))
    for key, start in open_by.items():
        result.regions.append(Region(start, len(text), (key,)))
    return result


def _next_block(text: str, after: int, blocks) -> tuple[int, int]:
    """The paragraph after a `disable-next` comment: from the first text after the comment to
    the end of the paragraph holding it (the comment may stand on the line just above)."""
    start = after
    n = len(text)
    while start < n and text[start].isspace():
        start += 1
    if start >= n:
        return after, after
    for block in blocks:
        if block.start <= start < block.end or block.start >= start:
            return start, max(block.end, start)
    return start, n


def _known(selector: str, rules: list[type[Rule]]) -> bool:
    return selector.upper() == "ALL" or any(specificity(selector, rule) for rule in rules)


# -- the engine's side ----------------------------------------------------------------------


def for_document(linter: Linter, doc: Document) -> Suppressions:
    """The (memoised) suppressions of `doc`; only Markdown documents honour comments."""
    cached = linter.__dict__.get("_suppressions")
    if cached is not None and cached[0] is doc:
        return cached[1]
    if doc.origin.format != "markdown":
        result = EMPTY
    else:
        result = parse(doc.text, list(linter.all_rules.values()))
    linter.__dict__["_suppressions"] = (doc, result)
    return result


def suppressed(linter: Linter, rule: Rule | type[Rule], doc: Document, offset: int) -> bool:
    """Whether a comment in `doc` turns `rule` off at `offset`."""
    if doc.origin.format != "markdown":
        return False
    sup = for_document(linter, doc)
    return sup is not EMPTY and sup.covers(rule, offset)


def problems(linter: Linter, doc: Document) -> list[InputProblem]:
    """CL910 problems: selectors in suppression comments or `corpuslint-ignore` that name no rule."""
    from corpuslint.formats.base import InputProblem

    found: list[InputProblem] = []
    for offset, selector in for_document(linter, doc).unknown:
        line, column = doc.position(offset)
        found.append(InputProblem(
            "CL910", f"suppression comment names `{selector}`, which is no rule, prefix or family "
            "(see `corpuslint rules`); it suppresses nothing",
            line=line, column=column, record=doc.origin.record, document=doc.id))
    if doc.ignore:
        rules = list(linter.all_rules.values())
        for selector in doc.ignore:
            selector = str(selector).strip()
            if selector and not _known(selector, rules):
                found.append(_field_problem(linter, doc, selector))
    return found


def _field_problem(linter: Linter, doc: Document, selector: str) -> InputProblem:
    from corpuslint.formats.base import InputProblem
    from corpuslint.formats.text import sidecar_path

    message = (f"`{IGNORE_FIELD}` names `{selector}`, which is no rule, prefix or family "
               "(see `corpuslint rules`); it suppresses nothing")
    if doc.origin.format == "text":  # the field is in the metadata sidecar
        side = sidecar_path(doc.origin.path, linter.read_settings.sidecar_suffix)
        return InputProblem("CL910", message, line=_field_line(side), path=side, document=doc.id)
    if doc.origin.format == "markdown":  # in the front matter, above the body
        return InputProblem("CL910", message, line=_field_line(doc.origin.path), document=doc.id)
    return InputProblem("CL910", message, line=doc.origin.line, record=doc.origin.record, document=doc.id)


def _field_line(path: str) -> int:
    """The line of `corpuslint-ignore:` in a YAML file or front matter (1 if not found)."""
    try:
        with open(path, encoding="utf-8", errors="replace") as handle:
            for number, line in enumerate(handle, 1):
                if line.startswith(IGNORE_FIELD):
                    return number
                if number > 200:
                    break
    except OSError:
        pass
    return 1


def ignored_by_field(doc: Document, rule: Rule | type[Rule]) -> bool:
    """Whether the document's `corpuslint-ignore` field names `rule` (code, prefix, name, family)."""
    return any(specificity(str(s), rule) for s in doc.ignore if str(s).strip())
