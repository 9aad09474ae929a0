"""What is reported: which rules run, at what severity, and where a finding is suppressed.

Like flake8's style guide, this is the one place that decides; the linter asks it.

Selection. Selectors are codes (`CL201`), code prefixes (`CL2`), rule names (`stray-html-tag`),
family names (`markup`) or `ALL`. As in ruff, the more specific selector wins: `select: [CL2]`
with `ignore: [CL201]` runs every CL2xx rule but CL201, and `ignore: [CL2]` with
`extend-select: [CL203]` keeps CL203. `per-file-ignores` maps globs (relative to the config
file's folder) to selectors ignored in matching files; `severity` maps rules to severities.

Inline suppression. In a Markdown document (the comment is invisible once rendered)::

    <!-- corpuslint: disable CL101 -->        rules off from here ...
    <!-- corpuslint: enable CL101 -->         ... to here (or to the end of the document)
    <!-- corpuslint: disable-next CL202 -->   rules off for the next paragraph only
    <!-- corpuslint: disable -->              every rule off (and `enable` alone: every rule on)

Rules are named by code, code prefix, name or family, comma- or space-separated. In plain text
an HTML comment is itself a defect (CL204), so there the way to silence a rule is the document's
`corpuslint-ignore` metadata (sidecar, front matter or JSONL field) or `per-file-ignores`.

A selector that names no rule, in a comment or in `corpuslint-ignore`, is reported as CL910
(unknown-suppression): a typo there would otherwise silently suppress nothing.
"""

from __future__ import annotations

import fnmatch
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

import regex

from corpuslint.errors import ConfigError
from corpuslint.formats.base import InputProblem
from corpuslint.formats.text import sidecar_path
from corpuslint.models import Severity
from corpuslint.textutil import LazyPattern, paragraphs

if TYPE_CHECKING:
    from corpuslint.models import Document
    from corpuslint.rule import Rule


# -- selection -------------------------------------------------------------------------------

def specificity(selector: str, rule: type[Rule]) -> int:
    """How precisely `selector` names `rule`: 0 for no match, higher is more specific."""
    sel = selector.strip()
    if not sel:
        return 0
    if sel.upper() == "ALL":
        return 1
    if sel.lower() == rule.family.lower():
        return 2
    if sel.lower() == rule.name.lower():
        return 100
    if rule.code.upper().startswith(sel.upper()):
        return 2 + len(sel)
    return 0


def is_selector_known(selector: str, rules: Iterable[type[Rule]]) -> bool:
    return any(specificity(selector, rule) for rule in rules) or selector.upper() == "ALL"


def enabled(rule: type[Rule], select: list[str] | None, extend_select: list[str], ignore: list[str]) -> bool:
    chosen = max((specificity(s, rule) for s in (select or [])), default=0)
    if select is None and rule.default_enabled:
        chosen = 1
    chosen = max(chosen, *(specificity(s, rule) for s in extend_select), 0)
    if not rule.default_enabled and chosen < 100 and not _exact_code(rule, [*(select or []), *extend_select]):
        return False  # off-by-default rules need their own code or name
    ignored = max((specificity(s, rule) for s in ignore), default=0)
    return chosen > 0 and chosen > ignored


def ignored_by_name(rules: Iterable[type[Rule]], ignore: list[str]) -> frozenset[str]:
    """The codes of the input rules (CL9xx) that `ignore` names by their own code or name.

    An input problem (a file that cannot be read or decoded, a malformed record) is reported
    whatever `select` says: a run that selects `CL2` must not pass a corpus whose files it could
    not read. Only naming the rule itself silences it, not a prefix or a family.
    """
    names = {s.strip().upper() for s in ignore} | {s.strip().lower() for s in ignore}
    return frozenset(r.code for r in rules if r.code.startswith("CL9") and (r.code in names or r.name in names))


def _exact_code(rule: type[Rule], selectors: list[str]) -> bool:
    return any(s.strip().upper() == rule.code.upper() for s in selectors)


class PerFileIgnores:
    """Glob (relative to the config file's folder) -> selectors ignored in matching files."""

    def __init__(self, table: dict[str, list[str]], root: Path) -> None:
        self.table = table
        self.root = root

    def ignored(self, path: str, rule: type[Rule]) -> bool:
        if not self.table:
            return False
        relative = self._relative(path)
        name = Path(path).name
        for pattern, selectors in self.table.items():
            if fnmatch.fnmatch(relative, pattern) or fnmatch.fnmatch(name, pattern):
                if any(specificity(s, rule) for s in selectors):
                    return True
        return False

    def _relative(self, path: str) -> str:
        try:
            return Path(path).resolve().relative_to(self.root.resolve()).as_posix()
        except ValueError:
            return Path(path).as_posix()


# -- inline suppression ------------------------------------------------------------------------

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


# -- severity --------------------------------------------------------------------------------

def severities(all_rules: dict[str, type[Rule]], configured: dict[str, Severity],
               lookup: Callable[[str], type[Rule] | None], config_path: str | None = None) -> dict[str, Severity]:
    """Each rule's severity: its own, unless the config's `severity` table says otherwise."""
    table = {r.code: r.severity for r in all_rules.values()}
    for key, severity in configured.items():
        rule_cls = lookup(key)
        if rule_cls is None:
            raise ConfigError(f"`severity`: no rule is called `{key}`", path=config_path)
        table[rule_cls.code] = severity
    return table


# -- the policy a linter asks -----------------------------------------------------------------

class Policy:
    """Whether a finding is reported (suppression, per-file ignores) and at what severity.

    `all_rules`: every known rule (selected or not), which suppression selectors are checked
    against; it keeps the suppressions of the last document it was asked about, since a
    document's findings are decided one after the other.
    """

    def __init__(self, all_rules: dict[str, type[Rule]], severity: dict[str, Severity],
                 per_file_ignores: PerFileIgnores, sidecar_suffix: str) -> None:
        self.all_rules = all_rules
        self.severity = severity
        self.per_file_ignores = per_file_ignores
        self.sidecar_suffix = sidecar_suffix
        self._known = list(all_rules.values())
        self._last: tuple[Document, Suppressions] | None = None

    def suppressed(self, code: str, doc: Document) -> bool:
        """Whether the document's `corpuslint-ignore` field or `per-file-ignores` turn `code` off."""
        if doc.ignore and any(code.startswith(c.strip().upper()) for c in doc.ignore if c.strip()):
            return True
        rule_cls = self.all_rules.get(code)
        if doc.ignore and rule_cls is not None and ignored_by_field(doc, rule_cls):
            return True  # names and families too
        return rule_cls is not None and self.per_file_ignores.ignored(doc.origin.path, rule_cls)

    def commented_out(self, rule: Rule | type[Rule], doc: Document, offset: int) -> bool:
        """Whether a comment in `doc` (Markdown only) turns `rule` off at `offset`."""
        if doc.origin.format != "markdown":
            return False
        sup = self.suppressions(doc)
        return sup is not EMPTY and sup.covers(rule, offset)

    def suppressions(self, doc: Document) -> Suppressions:
        """The (memoised) suppressions of `doc`; only Markdown documents honour comments."""
        last = self._last
        if last is not None and last[0] is doc:
            return last[1]
        result = EMPTY if doc.origin.format != "markdown" else parse(doc.text, self._known)
        self._last = (doc, result)
        return result

    def problems(self, doc: Document) -> list[InputProblem]:
        """CL910 problems: selectors in suppression comments or `corpuslint-ignore` that name no rule."""
        found: list[InputProblem] = []
        for offset, selector in self.suppressions(doc).unknown:
            line, column = doc.position(offset)
            found.append(InputProblem(
                "CL910", f"suppression comment names `{selector}`, which is no rule, prefix or family "
                "(see `corpuslint rules`); it suppresses nothing",
                line=line, column=column, record=doc.origin.record, document=doc.id))
        if doc.ignore:
            for selector in doc.ignore:
                selector = str(selector).strip()
                if selector and not _known(selector, self._known):
                    found.append(self._field_problem(doc, selector))
        return found

    def _field_problem(self, doc: Document, selector: str) -> InputProblem:
        message = (f"`{IGNORE_FIELD}` names `{selector}`, which is no rule, prefix or family "
                   "(see `corpuslint rules`); it suppresses nothing")
        if doc.origin.format == "text" or doc.origin.format == "html" and not doc.origin.text_is_inline:  # in the sidecar
            side = sidecar_path(doc.origin.path, self.sidecar_suffix)
            return InputProblem("CL910", message, line=_field_line(side), path=side, document=doc.id)
        if doc.origin.format == "markdown" and doc.origin.record is None:  # in the front matter, above the body
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
