"""The engine: read, check, fix, in one direction. The public Python API lives here.

    paths ─discover─▶ files ─read─▶ Documents ─check─▶ Findings ─fix─▶ Edits ─write─▶ files
                                         └─collect─▶ Index ─┘ (corpus rules)

`Linter` is what a data pipeline uses without the CLI: `check(documents)` on any iterable of
`Document`s, `fix(document)` for one document; `run(paths)` is the CLI's whole job.
"""

from __future__ import annotations

import os
import sys
import time
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from itertools import islice
from typing import TYPE_CHECKING, Any

from pydantic import ValidationError

from corpuslint import suppression
from corpuslint.config import Config, rule_options_line
from corpuslint.errors import ConfigError
from corpuslint.formats.base import Format, InputProblem, SourceFile
from corpuslint.models import Applicability, Document, Finding, FindingFix, Severity, Violation
from corpuslint.plugins import Registry, build_registry
from corpuslint.rule import CorpusRule, Rule
from corpuslint.selection import PerFileIgnores, check_selectors, enabled
from corpuslint.textutil import shorten

if TYPE_CHECKING:
    from corpuslint.index import MemoryIndex

MAX_FIX_PASSES = 10
# Below this much input, worker processes cost more than they save.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024


@dataclass
class FileOutcome:
    """What checking (and maybe fixing) one file produced."""

    path: str
    findings: list[Finding] = field(default_factory=list)
    documents: int = 0
    bytes: int = 0
    fixed: Counter = field(default_factory=Counter)  # code -> number of fixes applied
    written: list[str] = field(default_factory=list)
    diff: str = ""
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)  # warnings that do not fail the run (file not fixed)
    # a large JSONL file is checked in byte ranges, each its own outcome, so that its findings
    # stream out as they come: `part` counts them (0 = the file's first or only outcome)
    part: int = 0


@dataclass
class Tally:
    """Counts of the findings of a run, kept even when the findings themselves are not."""

    total: int = 0
    by_code: Counter = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)
    fixable: Counter = field(default_factory=Counter)  # code -> findings with a fix
    no_fix: Counter = field(default_factory=Counter)  # code -> findings without a fix
    safe: int = 0
    unsafe: int = 0
    by_severity: Counter = field(default_factory=Counter)

    def count(self, findings: list[Finding]) -> None:
        for f in findings:
            self.total += 1
            self.by_code[f.code] += 1
            self.names[f.code] = f.name
            self.by_severity[f.severity] += 1
            if f.fix is None:
                self.no_fix[f.code] += 1
            else:
                self.fixable[f.code] += 1
                if f.fix.applicability == Applicability.SAFE:
                    self.safe += 1
                else:
                    self.unsafe += 1


def _finding_order(f: Finding) -> tuple:
    return (f.record or 0, f.line, f.column, f.code)


@dataclass
class RunResult:
    """What a run produced. With a `sink`, findings stream out file by file and only their
    `tally` stays, so memory does not grow with the corpus (the reporters that can, do)."""

    findings: list[Finding] = field(default_factory=list)
    files: int = 0
    documents: int = 0
    bytes: int = 0
    fixed: Counter = field(default_factory=Counter)
    written: list[str] = field(default_factory=list)
    diffs: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    seconds: float = 0.0
    fix_mode: bool = False
    unsafe_fixes: bool = False
    rules: dict[str, type[Rule]] = field(default_factory=dict)
    paths: list[str] = field(default_factory=list)  # every file checked, in order
    tally: Tally = field(default_factory=Tally)
    # each file's findings pass through `filters` (a baseline), then go to `sink` if set, else
    # into `findings`
    filters: list[Any] = field(default_factory=list)
    sink: Any = None

    def add(self, outcome: FileOutcome) -> None:
        if not outcome.part:
            self.files += 1
            self.paths.append(outcome.path)
        findings = sorted(outcome.findings, key=_finding_order)
        for keep in self.filters:
            findings = keep(findings)
        self.tally.count(findings)
        if self.sink is not None:
            self.sink(findings)
        else:
            self.findings.extend(findings)
        self.documents += outcome.documents
        self.bytes += outcome.bytes
        self.fixed.update(outcome.fixed)
        self.written.extend(outcome.written)
        if outcome.diff:
            self.diffs.append(outcome.diff)
        self.errors.extend(outcome.errors)
        self.notes.extend(outcome.notes)

    def failing_count(self, fail_on: Severity) -> int:
        return sum(n for severity, n in self.tally.by_severity.items() if severity.rank >= fail_on.rank)

    def failing(self, fail_on: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity.rank >= fail_on.rank]


class Linter:
    """Checks and fixes documents with the rules the configuration selects."""

    _rule_started: float | None = None  # when the running rule started; see runner.time_budget

    def __init__(self, config: Config | None = None, *, registry: Registry | None = None,
                 plugins: tuple[Any, ...] = ()) -> None:
        self.config = config or Config()
        self.registry = registry or build_registry(plugins)
        self.plugins = plugins
        self.all_rules = self._all_rule_classes()
        self.rules = self._instantiate()
        self.doc_rules = [r for r in self.rules if not isinstance(r, CorpusRule)]
        self.corpus_rules = [r for r in self.rules if isinstance(r, CorpusRule)]
        self.by_code = {r.code: r for r in self.rules}
        self._by_format: dict[str, list[Rule]] = {}
        self._deferring = {r.code: r.defer_order for r in self.rules if r.defers_to_specific}
        self._defer_share = {r.code: r.defer_share for r in self.rules if r.defers_to_specific}
        self.per_file_ignores = PerFileIgnores(self.config.per_file_ignores, self.config.root)
        self.severity = self._severities()
        self.index: MemoryIndex | None = None
        # (path, message) of each rule that crashed while fingerprinting a document (collect phase)
        self.collect_errors: list[tuple[str, str]] = []
        self.formats: dict[str, Format] = {name: cls() for name, cls in self.registry.formats.items()}
        self._by_extension = {ext: fmt for fmt in self.formats.values() for ext in fmt.extensions}
        self.read_settings = self.config.read_settings()

    # -- set-up ------------------------------------------------------------------------------

    def _all_rule_classes(self) -> dict[str, type[Rule]]:
        rules = dict(self.registry.rules)
        pack_paths = list(self.registry.packs) if self.config.builtin_packs else []
        pack_paths += [self.config.root / p for p in self.config.packs]
        if pack_paths:
            from corpuslint.packs import load_pack

            builtin = set(self.registry.packs)
            for path in pack_paths:
                if not path.is_file():
                    raise ConfigError(f"rule pack not found: {path}", path=self.config.path)
                for rule_cls in load_pack(path):
                    if rule_cls.code in rules and rules[rule_cls.code] is not rule_cls:
                        other = rules[rule_cls.code].origin or rules[rule_cls.code].__module__
                        raise ConfigError(f"rule code {rule_cls.code} of pack {path} is already used by {other}",
                                          path=str(path))
                    rule_cls.origin = rule_cls.origin or (f"pack {path.name}" if path in builtin else str(path))
                    rules[rule_cls.code] = rule_cls
        return dict(sorted(rules.items()))

    def lookup(self, code_or_name: str) -> type[Rule] | None:
        key = code_or_name.strip()
        if key.upper() in self.all_rules:
            return self.all_rules[key.upper()]
        return next((r for r in self.all_rules.values() if r.name == key.lower()), None)

    def _instantiate(self) -> list[Rule]:
        config = self.config
        classes = list(self.all_rules.values())
        check_selectors(classes, config.select or [], "select")
        check_selectors(classes, config.extend_select, "extend-select")
        check_selectors(classes, config.ignore, "ignore")
        for pattern, selectors in config.per_file_ignores.items():
            check_selectors(classes, selectors, f"per-file-ignores `{pattern}`")
        # `rules:` keys are rule codes or names, or a family name whose options apply to each of
        # its rules (the metadata schema, say, is shared by CL501-CL505); a rule's own entry wins
        # over its family's, key by key.
        raw: dict[str, dict[str, Any]] = {}
        families = {r.family for r in classes}
        for key, value in sorted(config.rules.items(), key=lambda kv: self.lookup(kv[0]) is not None):
            rule_cls = self.lookup(key)
            if rule_cls is None and key in families:
                for member in (r for r in classes if r.family == key):
                    raw.setdefault(member.code, {}).update(value or {})
                continue
            if rule_cls is None:
                raise ConfigError(f"`rules`: no rule or family is called `{key}` (see `corpuslint rules`)",
                                  path=config.path, line=rule_options_line(config, key))
            raw.setdefault(rule_cls.code, {}).update(value or {})
        options: dict[str, Any] = {}
        for code, value in raw.items():
            rule_cls = self.all_rules[code]
            key = next((k for k in config.rules if self.lookup(k) is rule_cls), rule_cls.family)
            try:
                options[code] = rule_cls.Options.model_validate(value)
            except ValidationError as exc:
                problems = "; ".join(
                    f"`{'.'.join(str(p) for p in e['loc'])}`: "
                    + ("unknown option" if e["type"] == "extra_forbidden" else e["msg"])
                    for e in exc.errors())
                known = ", ".join(f"`{f.alias or n}`" for n, f in rule_cls.Options.model_fields.items()) or "none"
                raise ConfigError(f"invalid options for rule {rule_cls.code} ({rule_cls.name}): {problems}; "
                                  f"its options are: {known}",
                                  path=config.path, line=rule_options_line(config, key)) from None
        active = []
        for rule_cls in classes:
            if enabled(rule_cls, config.select, config.extend_select, config.ignore):
                active.append(rule_cls(options.get(rule_cls.code), timeout=config.timeout))
        partners: dict[Any, list[Rule]] = {}
        for rule in active:
            partners.setdefault(type(rule).bind.__func__, []).append(rule)
        for bind, rules in partners.items():
            bind(type(rules[0]), rules)
        return active

    def _severities(self) -> dict[str, Severity]:
        table = {r.code: r.severity for r in self.all_rules.values()}
        for key, severity in self.config.severity.items():
            rule_cls = self.lookup(key)
            if rule_cls is None:
                raise ConfigError(f"`severity`: no rule is called `{key}`", path=self.config.path)
            table[rule_cls.code] = severity
        return table

    # -- checking documents (the library API) -----------------------------------------------

    def check(self, documents: Iterable[Document]) -> list[Finding]:
        """Check documents with every selected rule, corpus rules included (they see all of them)."""
        docs = list(documents) if self.corpus_rules else documents
        if self.corpus_rules:
            self.build_index(docs)
        findings: list[Finding] = []
        for doc in docs:
            findings.extend(self.check_document(doc))
        return findings

    def check_document(self, doc: Document) -> list[Finding]:
        """Findings of one document: per-document rules, plus corpus rules once an index exists."""
        findings: list[Finding] = []
        for rule in self._doc_rules_for(doc.origin.format):
            findings.extend(self._run_rule(rule, doc, rule.check))
        if self.index is not None:
            findings.extend(self.corpus_findings(doc))
        findings.extend(self._problem_findings(doc, suppression.problems(self, doc)))  # CL910
        if self._deferring and len(findings) > 1:
            findings = self._drop_deferred(findings)
        findings.sort(key=lambda f: (f.offset, f.code))
        return findings

    def corpus_findings(self, doc: Document) -> list[Finding]:
        """The corpus rules' findings of one document, against the index (which must exist)."""
        found: list[Finding] = []
        for rule in self.corpus_rules:
            if doc.origin.format in rule.skip_formats:
                continue
            # `own` inside `_run_rule`: the time budget and the crash guard cover computing it too
            found.extend(self._run_rule(rule, doc, lambda d, r=rule: r.check_corpus(
                d, self.index, list(r.fingerprints(d)) if r.uses_own_fingerprints else [])))
        return found

    def resolve(self, findings: list[Finding]) -> list[Finding]:
        """Apply `_drop_deferred` document by document to the findings of one file."""
        if not self._deferring:
            return findings
        by_doc: dict[Any, list[Finding]] = {}
        for f in findings:
            by_doc.setdefault((f.record, f.document), []).append(f)
        return [f for group in by_doc.values() for f in self._drop_deferred(group)]

    def _drop_deferred(self, findings: list[Finding]) -> list[Finding]:
        """Drop a catch-all rule's finding where a specific rule (or a catch-all of lower
        `defer_order`) covers its `defer_share` of its text (CL151: half) or more."""
        deferring = self._deferring
        specific = [(f.offset, f.end_offset, deferring.get(f.code, -1)) for f in findings]
        if len({order for _, _, order in specific}) < 2:
            return findings  # nothing that another finding outranks
        kept = []
        for f in findings:
            order = deferring.get(f.code)
            if order is not None:
                need = max(f.end_offset - f.offset, 1) * self._defer_share[f.code]
                if _covered(f.offset, f.end_offset, [(a, b) for a, b, other in specific if other < order]) >= need:
                    continue
            kept.append(f)
        return kept

    def build_index(self, documents: Iterable[Document]) -> Any:
        """The collect phase: every corpus rule fingerprints every document (an in-memory index)."""
        from corpuslint.index import MemoryIndex

        index = MemoryIndex()
        for doc in documents:
            self.collect(index, doc)
        self.index = index
        return index

    def collect(self, index: Any, doc: Document, rules: list[CorpusRule] | None = None, *, keep: bool = True) -> None:
        """Add one document's fingerprints (of `rules`, default the selected corpus rules).

        `keep`: this process checks the document later in the run (`CorpusRule.collecting`).
        """
        fingerprints = []
        for rule in self.corpus_rules if rules is None else rules:
            if doc.origin.format in rule.skip_formats:
                continue
            rule.collecting = keep
            try:
                fingerprints.extend((fp, doc.position(fp.start)[0]) for fp in rule.fingerprints(doc))
            except TimeoutError:
                continue
            except Exception as exc:  # a rule's bug: reported (exit 2), the other rules and documents go on
                self.collect_errors.append((doc.origin.path,
                    f"rule {rule.code} ({rule.name}, from {rule.origin or type(rule).__module__}) crashed on "
                    f"{doc.origin.path}" + (f" record {doc.origin.record}" if doc.origin.record else "")
                    + f" while fingerprinting it for the corpus index: {type(exc).__name__}: {exc}"))
                continue
            finally:
                rule.collecting = False
        index.add(doc.origin.path, doc.id, doc.origin.record, fingerprints)

    def _doc_rules_for(self, fmt: str) -> list[Rule]:
        """The per-document rules that apply to a format (computed once per format)."""
        rules = self._by_format.get(fmt)
        if rules is None:
            rules = self._by_format[fmt] = [r for r in self.doc_rules if fmt not in r.skip_formats]
        return rules

    def _run_rule(self, rule: Rule, doc: Document, call) -> list[Finding]:
        # A plain function returning a list, not a generator: it runs once per rule and document
        # (~100k times for 2000 documents), where a generator's set-up cost showed in profiles.
        # The stamp lets runner.time_budget stop a rule that overruns `timeout` (CL909).
        started = self._rule_started = time.perf_counter()
        try:
            violations = call(doc)
            if violations.__class__ is not list:
                violations = list(violations)
            self._rule_started = None
        except TimeoutError:
            self._rule_started = None
            elapsed = time.perf_counter() - started
            return self._problem_findings(doc, [InputProblem(
                "CL909", f"rule {rule.code} ({rule.name}) stopped after {elapsed:.1f} s on this document "
                f"(`timeout` is {self.config.timeout:g} s); its findings here are missing",
                line=doc.origin.line, record=doc.origin.record, document=doc.id)])
        except Exception as exc:  # a rule's bug must not end the run or hide the other findings
            self._rule_started = None
            raise RuleCrash(f"rule {rule.code} ({rule.name}, from {rule.origin or type(rule).__module__}) "
                            f"crashed on {doc.origin.path}"
                            + (f" record {doc.origin.record}" if doc.origin.record else "")
                            + f": {type(exc).__name__}: {exc}") from exc
        if not violations:
            return violations
        found = []
        for violation in violations:
            finding = self.to_finding(rule, doc, violation)
            if finding is not None:
                found.append(finding)
        return found

    def suppressed(self, code: str, doc: Document) -> bool:
        if doc.ignore and any(code.startswith(c.strip().upper()) for c in doc.ignore if c.strip()):
            return True
        rule_cls = self.all_rules.get(code)
        if doc.ignore and rule_cls is not None and suppression.ignored_by_field(doc, rule_cls):
            return True  # names and families too
        return rule_cls is not None and self.per_file_ignores.ignored(doc.origin.path, rule_cls)

    def to_finding(self, rule: Rule | type[Rule], doc: Document, v: Violation) -> Finding | None:
        if self.suppressed(rule.code, doc):
            return None
        if doc.origin.format == "markdown" and suppression.suppressed(self, rule, doc, v.start):
            return None  # an inline `<!-- corpuslint: disable ... -->` comment
        start = max(0, min(v.start, len(doc.text)))
        end = max(start, min(v.end, len(doc.text)))
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        fix = None
        if v.fix is not None:
            fix = FindingFix(applicability=v.fix.applicability, message=v.fix.title,
                             edits=v.fix.edits, metadata=v.fix.metadata)
        return Finding.model_construct(
            path=doc.origin.path, record=doc.origin.record, document=doc.id,
            line=line, column=column, end_line=end_line, end_column=end_column,
            code=rule.code, name=rule.name, family=rule.family, severity=self.severity.get(rule.code, rule.severity),
            message=v.message, fix=fix, source=v.source, related=v.related, data=v.data,
            text=shorten(doc.text[start:end], 120) if end > start else None,
            offset=start, end_offset=end,
        )

    def _problem_findings(self, doc_or_path: Document | str, problems: list[InputProblem]) -> list[Finding]:
        findings = []
        for problem in problems:
            rule_cls = self.all_rules.get(problem.code)
            if rule_cls is None or problem.code not in self.by_code:
                continue  # the input rule is not selected
            path = problem.path or (doc_or_path.origin.path if isinstance(doc_or_path, Document) else doc_or_path)
            if self.per_file_ignores.ignored(path, rule_cls):
                continue
            findings.append(Finding.model_construct(
                path=path, record=problem.record, document=problem.document,
                line=problem.line, column=problem.column, end_line=problem.line, end_column=problem.column,
                code=rule_cls.code, name=rule_cls.name, family=rule_cls.family,
                severity=self.severity.get(rule_cls.code, rule_cls.severity), message=problem.message,
                fix=None, source=None, related=[], data={}, text=None, offset=0, end_offset=0))
        return findings

    # -- fixing -------------------------------------------------------------------------------

    def fix(self, doc: Document, *, unsafe: bool = False, only: set[str] | None = None) -> FixResult:
        """Apply fixes to one document until none applies; return the new document and what changed."""
        from corpuslint.fixer import fix_document

        return fix_document(self, doc, unsafe=unsafe, only=only)

    # -- files --------------------------------------------------------------------------------

    def format_for(self, path: str) -> Format:
        ext = os.path.splitext(path)[1].lower()
        return self._by_extension.get(ext) or self.formats["text"]

    def run(self, paths: list[str], *, fix: bool = False, unsafe: bool = False, diff: bool = False,
            jobs: int | None = None, progress: Any = None, cache: bool = False,
            result: RunResult | None = None) -> RunResult:
        """Discover, read, check (and fix) every file under `paths`: the CLI's whole job.

        With `cache`, unchanged files take their findings from the result cache (see
        corpuslint.cache); fixing never does.
        """
        from corpuslint.discovery import Discovery
        from corpuslint.runner import run_files, time_budget

        started = time.perf_counter()
        files = list(Discovery(self.config).files(paths))
        result = result or RunResult()
        result.fix_mode, result.unsafe_fixes, result.rules = fix or diff, unsafe, self.all_rules
        with time_budget(self):
            if self.corpus_rules:
                self.collect_errors.clear()  # this run's only, when a library caller runs again
                self.index = self.corpus_index(files, paths, jobs=jobs)
                result.errors.extend(message for _path, message in self.collect_errors)
            for outcome in self._outcomes(run_files, files, cache=cache and not (fix or diff), fix=fix,
                                          unsafe=unsafe, diff=diff, jobs=jobs, progress=progress):
                result.add(outcome)  # files in discovery order, each file's findings in text order
        result.seconds = time.perf_counter() - started
        return result

    def corpus_index(self, files: list[str], paths: list[str] | None = None, jobs: int | None = None) -> Any:
        """The index for corpus rules (see corpuslint.index).

        By default the persistent SQLite index of the whole corpus root (the config's folder,
        else the common folder of `paths`), refreshed for what changed; with
        `index_mode = "memory"` (`--no-index`) an in-memory index of `files` only, and with
        `"rebuild"` (`--rebuild-index`) the persistent one built afresh.
        """
        from corpuslint.index import persistent_index

        mode = getattr(self, "index_mode", "persistent")
        if mode != "memory" and paths is not None:
            try:
                return persistent_index(self, paths, files, rebuild=mode == "rebuild", jobs=jobs)
            except Exception as exc:  # an unusable cache must not stop the check
                if os.environ.get("CORPUSLINT_DEBUG"):
                    raise
                eprint(f"corpuslint: warning: corpus index unavailable ({type(exc).__name__}: {exc}); "
                       "comparing the checked files with each other only")
        from corpuslint.index import MemoryIndex
        from corpuslint.runner import fingerprint_files

        documents = (item for path in files
                     for item in self.format_for(path).iter_documents(path, self.read_settings)
                     if isinstance(item, Document))
        if len(list(islice(documents, 2))) < 2:
            # One document has nothing to compare with (every corpus rule needs a text in two
            # documents or more): no index, so the corpus rules do not run. Saves fingerprinting
            # it, ~40 ms of `corpuslint check one.txt --no-index`.
            return None
        index = MemoryIndex()
        for _path, adds in fingerprint_files(self, files, self.corpus_rules, jobs=jobs):
            for add in adds:
                index.add(*add)
        self.index = index
        return index

    def check_file(self, path: str) -> FileOutcome:
        """Check one file, streaming its documents."""
        outcome = FileOutcome(path=path)
        try:
            outcome.bytes = os.path.getsize(path)
        except OSError:
            pass
        return self.check_items(outcome, self.format_for(path).iter_documents(path, self.read_settings))

    def check_items(self, outcome: FileOutcome, items: Iterable[Document | InputProblem]) -> FileOutcome:
        """Check what a reader streams (documents and input problems) into `outcome`."""
        path = outcome.path
        try:
            for item in items:
                if isinstance(item, InputProblem):
                    outcome.findings.extend(self._problem_findings(path, [item]))
                else:
                    outcome.documents += 1
                    outcome.findings.extend(self.check_document(item))
        except RuleCrash as exc:
            outcome.errors.append(str(exc))
        return outcome

    def _outcomes(self, run_files, files: list[str], *, cache: bool, **mode: Any) -> Iterator[FileOutcome]:
        """Each file's outcome: from the result cache where it answers, else checked."""
        if not cache:
            return run_files(self, files, **mode)
        from corpuslint.cache import cached_run

        jobs = mode.get("jobs") or self.config.jobs or os.cpu_count() or 1
        return cached_run(self, files, lambda todo: run_files(self, todo, **mode), parallel=jobs > 1)


class RuleCrash(Exception):
    """A rule raised; the run reports it (exit 2) and goes on with other files."""


@dataclass
class FixResult:
    document: Document
    applied: Counter = field(default_factory=Counter)
    remaining: list[Finding] = field(default_factory=list)
    converged: bool = True


def read_source(linter: Linter, path: str) -> SourceFile:
    fmt = linter.format_for(path)
    try:
        with open(path, "rb") as handle:
            data = handle.read()
    except OSError as exc:
        source = SourceFile(path=path, format=fmt.name, raw=b"", writable=False)
        source.problems.append(InputProblem("CL901", f"cannot read file: {exc.strerror or exc}"))
        return source
    return fmt.read(path, data, linter.read_settings)


def applicable(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is not None and (unsafe or finding.fix.applicability == Applicability.SAFE)


def eprint(*args: Any) -> None:
    print(*args, file=sys.stderr)


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """How many characters of [start, end) the spans cover together (overlaps counted once)."""
    total, reach = 0, start
    for a, b in sorted(spans):
        a, b = max(a, reach), min(b, end)
        if b > a:
            total += b - a
            reach = b
    return total
