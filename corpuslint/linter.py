"""The linter: checks one document, or the items a reader streams from one file, with the
rules the configuration selects; collects a document's fingerprints for the corpus index and
gives its corpus findings once an index is there.

It knows nothing of runs: discovery, the index's persistence, the result cache, worker
processes, fixing files and reporting are the session's (corpuslint.session), which hands
the linter what it needs. `corpuslint.Linter`, the public API, is the session's subclass of
this one, which adds `fix` and `run`.
"""

from __future__ import annotations

import os
import time
from collections.abc import Iterable
from typing import TYPE_CHECKING, Any, NamedTuple

from corpuslint import wholedoc
from corpuslint.analysis import PART_OF, covered_spans, guard_edits, view, visible_span
from corpuslint.config import Config
from corpuslint.formats.base import Format, InputProblem, empty_document
from corpuslint.index import MemoryIndex, warn
from corpuslint.models import Document, Finding, FindingFix, Violation
from corpuslint.narrowing import settle_withheld
from corpuslint.parts import cell_position, part_name
from corpuslint.plugins import Registry, build_registry
from corpuslint.policy import PerFileIgnores, Policy, ignored_by_name, severities
from corpuslint.results import FileOutcome, RuleCrash
from corpuslint.rule import CLOCK, CorpusRule, CorpusView, Fingerprint, Rule
from corpuslint.ruleset import RuleSet
from corpuslint.textutil import LazyPattern, shorten
from corpuslint.triggers import TriggerProof

if TYPE_CHECKING:
    from corpuslint.given import GivenLines  # an annotation only (the session builds them)


class CollectTimeout(NamedTuple):
    """In the list `Linter.collect` returns: a rule its time budget stopped while fingerprinting
    a document (the other entries, (path, message), are rules that crashed)."""

    path: str
    message: str
    problem: InputProblem


class Linter:
    """Checks documents with the rules the configuration selects."""

    def __init__(self, config: Config | None = None, *, registry: Registry | None = None,
                 plugins: tuple[Any, ...] = ()) -> None:
        self.config = config or Config()
        self.registry = registry or build_registry(plugins)
        self.plugins = plugins
        self.ruleset = RuleSet(self.config, self.registry)
        self.all_rules = self.ruleset.all_rules
        self.rules = self.ruleset.rules
        self.doc_rules = self.ruleset.doc_rules
        self.corpus_rules = self.ruleset.corpus_rules
        self.by_code = self.ruleset.by_code
        self._deferring = self.ruleset.deferring
        self._defer_share = self.ruleset.defer_share
        self._by_format: dict[str, list[tuple[Rule, Any]]] = {}
        self._plans: dict[str, tuple[list, list, TriggerProof]] = {}  # see `_doc_plan_for`
        self.per_file_ignores = PerFileIgnores(self.config.per_file_ignores, self.config.root)
        self.severity = severities(self.all_rules, self.config.severity, self.lookup, self.config.path)
        self.read_settings = self.config.read_settings()
        self._ignored_inputs = ignored_by_name(self.all_rules.values(), self.config.ignore)
        self.policy = Policy(self.all_rules, self.severity, self.per_file_ignores, self.read_settings.sidecar_suffix)
        self.index: CorpusView | None = None
        self.index_lost = ""  # why the index failed during this run's check (see `index_failed`)
        # the process's one clock (a pack group restarts it for each of its rules: see rule.RuleClock)
        self.clock = CLOCK
        self.formats: dict[str, Format] = {name: cls() for name, cls in self.registry.formats.items()}
        self._by_extension = {ext: fmt for fmt in self.formats.values() for ext in fmt.extensions}
        self._warm: set[int] = set()  # the rules `warm_up` warmed, by id
        # a later pass of a corpus fix (session.Session._settle): the rules that judge a line by
        # its neighbours (Rule.fixes_first_reading_only) are not asked again about what is left
        self.fixing_again = False
        # on those passes, each file's lines before the first (corpuslint.given): what a later
        # pass may not remove
        self.given_lines: GivenLines | None = None
        # and the findings a safe fix held back on the first pass (results.held_key) stay unfixed
        self.held: set[tuple] = set()
        # CL909 of the rules stopped by their time budget while fingerprinting a document, by
        # (path, record, document id): reported with the document's findings (`check_document`)
        self.collect_timeouts: dict[tuple[str, int | None, str], list[InputProblem]] = {}

    def warm_up(self, rules: Iterable[Rule] = (), *, include_selected: bool = True) -> None:
        """Build now what `rules` and the selected rules (`include_selected`) would build on their first
        documents: every `LazyPattern` and each rule's own (`Rule.warm_up`). The session calls it
        before it forks workers, which then inherit it: each of two workers compiled the same ~110
        patterns and loaded the public suffix list again, in the collect phase and again in the
        check (~0.5 CPU s each per run). A run in one process builds only what its documents ask."""
        LazyPattern.compile_all()
        for rule in (*(self.rules if include_selected else ()), *rules):
            if id(rule) not in self._warm:
                self._warm.add(id(rule))
                rule.warm_up()

    def lookup(self, code_or_name: str) -> type[Rule] | None:
        return self.ruleset.lookup(code_or_name)

    def use_index(self, index: CorpusView | None) -> None:
        """The corpus index the corpus rules check documents against (None: they do not run);
        what they kept of the index they had is dropped (`CorpusRule.forget`)."""
        self.index = index
        self.index_lost = ""
        for rule in self.corpus_rules:
            rule.forget()

    def format_for(self, path: str) -> Format:
        root, ext = os.path.splitext(path.lower())
        return (self._by_extension.get(os.path.splitext(root)[1] + ext)  # `.jsonl.gz` before `.gz`
                or self._by_extension.get(ext) or self.formats["text"])

    # -- checking documents -------------------------------------------------------------------

    def check(self, documents: Iterable[Document]) -> list[Finding]:
        """Check documents with every selected rule, corpus rules included (they see all of them)."""
        docs = list(documents) if self.corpus_rules else documents
        if self.corpus_rules:
            self.build_index(doc for doc in docs if doc.text.strip())
        findings: list[Finding] = []
        for doc in docs:
            if doc.text.strip():
                findings.extend(self.check_document(doc))
            else:  # what a reader reports of an empty file or record, instead of checking it
                findings.extend(self.problem_findings(doc, [empty_document(record=doc.origin.record, document=doc.id)]))
        return findings

    def check_document(self, doc: Document) -> list[Finding]:
        """Findings of one document: per-document rules, plus corpus rules once an index exists."""
        findings: list[Finding] = []
        try:
            seen = view(doc)  # once for all the rules (the document's text does not change meanwhile)
        except Exception:
            seen = None  # each rule asks again, and a failure is reported as its crash, as always
        run_rule = self._run_rule
        crashes: list[RuleCrash] = []
        rules, proof = self._doc_plan_for(doc.origin.format)
        present = None  # the trigger literals' presence in the text, asked once (corpuslint.triggers)
        for rule, quiet, triggers in rules:
            if quiet is not None and seen is not None:
                if triggers is not None:  # `Rule.quiet` itself: none of its triggers in the text
                    if present is None:
                        present = proof.present_in(seen.text)
                    if not any(map(present, triggers)):
                        continue
                elif _proves_nothing(quiet, seen):
                    continue  # nothing to find here, by the rule's own proof (`Rule.quiet`)
            try:
                found = run_rule(rule, doc, rule.check, seen)
            except RuleCrash as exc:  # the other rules still run: a crash hides none of their findings
                crashes.append(exc)
                continue
            if found:
                findings.extend(found)
        if self.index is not None and not self.index_lost:
            findings.extend(self.corpus_findings(doc, crashes))
            if self.collect_timeouts:
                cut = self.collect_timeouts.get((doc.origin.path, doc.origin.record, doc.id))
                if cut:
                    findings.extend(self.problem_findings(doc, cut))
        findings.extend(self.problem_findings(doc, self.policy.problems(doc)))  # CL910
        if self._deferring and len(findings) > 1:
            findings = self._drop_deferred(findings)
        if findings:
            findings = wholedoc.guard(doc, findings, self.whole_document, self.config.unsafe_fixes,
                                      self.config.min_document_chars)  # CL911
        findings.sort(key=lambda f: (f.offset, f.code))
        settle_withheld(doc, findings)  # (the per-document and the corpus rules' findings: both meet here)
        if crashes:
            raise RuleCrash.of(crashes, findings)
        return findings

    def corpus_findings(self, doc: Document, crashes: list[RuleCrash] | None = None) -> list[Finding]:
        """The corpus rules' findings of one document, against the index (which must exist).
        `crashes`: a rule's crash is added there and the other rules run (else it is raised)."""
        found: list[Finding] = []
        lost = getattr(self.index, "failures", ())  # the errors of an index that fails, not its rules'
        prefetch = getattr(self.index, "prefetch_counts", None)
        if prefetch is not None:  # an index that reads a document's counts in bulk (SqliteIndex)
            try:
                prefetch(doc.origin.path, doc.origin.record, doc.id)
            except lost as exc:
                return self.index_failed(exc)
        for rule in self.corpus_rules:
            if doc.origin.format in rule.skip_formats:
                continue
            # `own` inside `_run_rule`: the time budget and the crash guard cover computing it too
            try:
                found.extend(self._run_rule(rule, doc, lambda d, r=rule: r.check_corpus(
                    d, self.index, list(r.fingerprints(d)) if r.uses_own_fingerprints else [])))
            except RuleCrash as exc:
                if isinstance(exc.__cause__, lost):
                    return self.index_failed(exc.__cause__)
                if crashes is None:
                    raise
                crashes.append(exc)
        return found

    def index_failed(self, exc: BaseException) -> list[Finding]:
        """The index failed mid-run (made unreadable under the run): the corpus rules stop for the
        rest of it, said once, rather than an internal error on every file; the others go on."""
        self.index_lost = f"{type(exc).__name__}: {exc}"
        warn(f"corpus index unavailable during the check ({self.index_lost}); the corpus rules "
             "did not check the rest of the files")
        return []

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

    def _doc_rules_for(self, fmt: str) -> list[tuple[Rule, Any]]:
        """The per-document rules that apply to a format, each with its `quiet` where it has one
        (None: the rule is always called); computed once per format."""
        rules = self._by_format.get(fmt)
        if rules is None:
            # (not the rules whose `check` never finds anything: the input rules report through
            # the reader and `problem_findings`)
            rules = self._by_format[fmt] = [(r, _quiet_of(r)) for r in self.doc_rules if fmt not in r.skip_formats
                                            and not getattr(type(r).check, "finds_nothing", False)]
        return rules

    def _doc_plan_for(self, fmt: str) -> tuple[list[tuple[Rule, Any, tuple[str, ...] | None]], TriggerProof]:
        """`_doc_rules_for(fmt)` with each rule's triggers where its `quiet` is `Rule.quiet` itself
        (None for the others), and the proof that asks all those triggers of a text at once."""
        rules = self._doc_rules_for(fmt)
        plan = self._plans.get(fmt)
        if plan is None or plan[0] is not rules:  # (built again when the rules were)
            steps = [(rule, quiet, tuple(rule.triggers) if getattr(quiet, "__func__", None) is Rule.quiet else None)
                     for rule, quiet in rules]
            proof = TriggerProof(literal for _, _, triggers in steps for literal in triggers or ())
            plan = self._plans[fmt] = (rules, steps, proof)
        return plan[1], plan[2]

    def _run_rule(self, rule: Rule, doc: Document, call, seen: Document | None = None) -> list[Finding]:
        # A plain function returning a list, not a generator: it runs once per rule and document
        # (~100k times for 2000 documents), where a generator's set-up cost showed in profiles.
        # The clock lets runner.time_budget stop a rule that overruns `timeout` (CL909).
        clock = self.clock
        started = clock.start()  # CPU time: see runner.time_budget
        try:
            # code, headings, link definitions blanked (corpuslint.analysis); `seen`: that view, given
            violations = call(view(doc) if seen is None else seen)
            if violations.__class__ is not list:
                violations = list(violations)
            clock.started = None
        except TimeoutError as exc:
            clock.started = None
            # a pack group times each of its rules itself (they ran in an earlier rule's call)
            # (never below 0: under the timer a rule's start may lie ahead of its real one, RuleClock.start)
            elapsed = getattr(exc, "elapsed", None) or max(time.process_time() - started, 0.0)
            return self.problem_findings(doc, [InputProblem(
                "CL909", f"rule {rule.code} ({rule.name}) stopped after {elapsed:.1f} s of CPU time on this document "
                f"(`timeout` is {self.config.timeout:g} s); its findings here are missing",
                line=doc.origin.line, record=doc.origin.record, document=doc.id)])
        except Exception as exc:  # a rule's bug must not end the run or hide the other findings
            clock.started = None
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
        return self.policy.suppressed(code, doc)

    def to_finding(self, rule: Rule | type[Rule], doc: Document, v: Violation) -> Finding | None:
        policy = self.policy
        if policy.suppressed(rule.code, doc):
            return None
        if doc.origin.format == "markdown" and policy.commented_out(rule, doc, v.start):
            return None  # an inline `<!-- corpuslint: disable ... -->` comment
        start = max(0, min(v.start, len(doc.text)))
        end = max(start, min(v.end, len(doc.text)))
        span = visible_span(doc, start, end)
        if span is None:
            return None  # all of it in code, a heading or a link definition
        start, end = span
        line, column = doc.position(start)
        end_line, end_column = doc.position(end)
        fix = withheld = None
        if v.fix is not None:
            # never code, a heading or part of a list; a removal narrowed to its own lines
            edits, problem = guard_edits(doc, v.fix.edits, covered_spans(start, end, v.data))
            if problem is None:
                fix = FindingFix(applicability=v.fix.applicability, message=v.fix.title,
                                 edits=edits, metadata=v.fix.metadata)
            else:  # reported without its fix, and why
                v.data = {**v.data, "fix_withheld": problem}
                if problem.startswith(PART_OF) and len(edits) == 1 and not edits[0].replacement and not v.fix.metadata:
                    withheld = FindingFix(applicability=v.fix.applicability, message=v.fix.title, edits=edits)
        if fix is not None and doc.origin.read_only:  # a notebook corpuslint cannot write back exactly
            v.data = {**v.data, "fix_withheld": doc.origin.read_only}
            fix = None
        if doc.origin.cells is not None:  # a notebook: the cell and its line, as ruff names them
            cell, cell_line = cell_position(doc, start)[:2]
            v.data = {**v.data, "cell": cell, "cell_line": cell_line}
        elif doc.origin.parts:  # a chat record: which message the column counts in
            v.data = {**v.data, "part": part_name(doc, start)}
        finding = Finding.model_construct(
            path=doc.origin.path, record=doc.origin.record, document=doc.id,
            line=line, column=column, end_line=end_line, end_column=end_column,
            code=rule.code, name=rule.name, family=rule.family, severity=self.severity.get(rule.code, rule.severity),
            message=v.message, fix=fix, source=v.source, related=v.related, data=v.data,
            text=shorten(doc.text[start:end], 120) if end > start else None,
            offset=start, end_offset=end, document_offset=doc.origin.offset,
        )
        if withheld is not None:  # the fixer may apply it with the removals after it (`closing_runs.closing_run`)
            finding._withheld = withheld
        return finding

    def whole_document(self, doc: Document, message: str, fix: FindingFix | None) -> Finding | None:
        """CL911: the document is all boilerplate (see corpuslint.wholedoc)."""
        rule_cls = self.all_rules.get(wholedoc.CODE)
        if rule_cls is None or rule_cls.code in self._ignored_inputs or self.suppressed(rule_cls.code, doc):
            return None
        end_line, end_column = doc.position(len(doc.text))
        return Finding.model_construct(
            path=doc.origin.path, record=doc.origin.record, document=doc.id,
            line=doc.origin.line, column=1, end_line=end_line, end_column=end_column,
            code=rule_cls.code, name=rule_cls.name, family=rule_cls.family,
            severity=self.severity.get(rule_cls.code, rule_cls.severity), message=message,
            fix=fix, source=None, related=[], data={}, text=shorten(doc.text, 120), offset=0,
            end_offset=len(doc.text), document_offset=doc.origin.offset)

    def problem_findings(self, doc_or_path: Document | str, problems: list[InputProblem]) -> list[Finding]:
        """Findings of input problems (CL9xx): reported whatever `select` says, unless `ignore`
        names the rule itself (see policy.ignored_by_name) or a per-file ignore covers it."""
        findings = []
        for problem in problems:
            rule_cls = self.all_rules.get(problem.code)
            if rule_cls is None or problem.code in self._ignored_inputs:
                continue  # ignored by its own code or name
            path = problem.path or (doc_or_path.origin.path if isinstance(doc_or_path, Document) else doc_or_path)
            if self.per_file_ignores.ignored(path, rule_cls):
                continue
            findings.append(Finding.model_construct(
                path=path, record=problem.record, document=problem.document,
                line=problem.line, column=problem.column, end_line=problem.line, end_column=problem.column,
                code=rule_cls.code, name=rule_cls.name, family=rule_cls.family,
                severity=self.severity.get(rule_cls.code, rule_cls.severity), message=problem.message,
                fix=None, source=None, related=[], data={}, text=None, offset=0, end_offset=0,
                document_offset=None))
        return findings

    _problem_findings = problem_findings  # the name plugins and older callers used

    # -- the collect phase --------------------------------------------------------------------

    def build_index(self, documents: Iterable[Document]) -> MemoryIndex:
        """The collect phase over documents at hand: an in-memory index, which the linter then uses."""
        index = MemoryIndex()
        self.collect_timeouts.clear()
        for doc in documents:
            self.collect(index, doc)
        self.index = index
        return index

    def collect(self, index: Any, doc: Document, rules: list[CorpusRule] | None = None, *,
                keep: bool = True) -> list[tuple[str, str] | CollectTimeout]:
        """Add one document's fingerprints (of `rules`, default the selected corpus rules) to
        `index` (anything with the `add` of an index); return (path, message) of each rule
        that crashed on it (reported, exit 2: the other rules and documents go on), and a
        `CollectTimeout` for each rule its time budget stopped (a CL909 finding).

        `keep`: this process checks the document later in the run (`CorpusRule.collecting`).
        """
        fingerprints: list[tuple[Fingerprint, int]] = []
        crashed: list[tuple[str, str] | CollectTimeout] = []
        # a document on one line of its file (a JSONL record): every fingerprint's line is that line
        # (~180,000 `position` calls per 10 MB spared)
        inline = doc.origin.line if doc.origin.text_is_inline else None
        token = object()  # this document's collect (`CorpusRule.collect_token`)
        clock = self.clock
        for rule in self.corpus_rules if rules is None else rules:
            if doc.origin.format in rule.skip_formats:
                continue
            rule.collecting = keep
            rule.collect_token = token
            # the rule's CPU budget, as in the check (`_run_rule`): without it a `regex` call
            # inside `fingerprints` had a wall-clock timeout, which a loaded machine ran out
            started = clock.start()
            try:
                found = rule.fingerprints(view(doc))
                if inline is not None:
                    fingerprints.extend((fp, inline) for fp in found)
                else:
                    fingerprints.extend((fp, doc.position(fp.start)[0]) for fp in found)
            except TimeoutError as exc:
                # the index misses the rest of its fingerprints of this document, and other
                # documents' counts with them: said as CL909 on the document, never silently
                elapsed = getattr(exc, "elapsed", None) or max(time.process_time() - started, 0.0)
                crashed.append(self._collect_timeout(rule, doc, elapsed))
                continue
            except Exception as exc:  # a rule's bug
                crashed.append((doc.origin.path, collect_crash(rule, doc, exc)))
                continue
            finally:
                clock.started = None
                rule.collecting = False
                rule.collect_token = None
        index.add(doc.origin.path, doc.id, doc.origin.record, fingerprints)
        return crashed

    def _collect_timeout(self, rule: CorpusRule, doc: Document, elapsed: float) -> CollectTimeout:
        """A rule stopped by its time budget while fingerprinting `doc`: kept for the document's
        check in this process (`collect_timeouts`), and returned for a session that collected in
        a worker to hand to `note_collect_timeout`."""
        problem = InputProblem(
            "CL909", f"rule {rule.code} ({rule.name}) stopped after {elapsed:.1f} s of CPU time while "
            f"fingerprinting this document for the corpus index (`timeout` is {self.config.timeout:g} s); "
            "the corpus counts miss the rest of it, so corpus findings here and in other documents may be missing",
            line=doc.origin.line, record=doc.origin.record, document=doc.id)
        timeout = CollectTimeout(doc.origin.path, problem.message, problem)
        self.note_collect_timeout(timeout)
        return timeout

    def note_collect_timeout(self, timeout: CollectTimeout) -> None:
        """Report `timeout` (a rule stopped while fingerprinting a document) as CL909 when the
        document is checked."""
        problem = timeout.problem
        found = self.collect_timeouts.setdefault((timeout.path, problem.record, problem.document), [])
        if problem not in found:
            found.append(problem)

    # -- a file's items -----------------------------------------------------------------------

    def check_file(self, path: str, items: Iterable[Document | InputProblem] | None = None) -> FileOutcome:
        """Check one file, streaming its documents (`items`: what its reader gave, read before)."""
        outcome = FileOutcome(path=path)
        try:
            outcome.bytes = os.path.getsize(path)
        except OSError:
            pass
        if items is None:
            items = self.format_for(path).iter_documents(path, self.read_settings)
        return self.check_items(outcome, items)

    def check_items(self, outcome: FileOutcome, items: Iterable[Document | InputProblem]) -> FileOutcome:
        """Check what a reader streams (documents and input problems) into `outcome`."""
        path = outcome.path
        try:
            for item in items:
                if isinstance(item, InputProblem):
                    outcome.findings.extend(self.problem_findings(path, [item]))
                else:
                    outcome.documents += 1
                    try:
                        outcome.findings.extend(self.check_document(item))
                    except RuleCrash as exc:  # reported (exit 2); the other rules' findings, and documents, kept
                        outcome.findings.extend(exc.findings)
                        outcome.errors.extend(exc.messages)
        except RuleCrash as exc:
            outcome.errors.append(str(exc))
        return outcome


def _quiet_of(rule: Rule) -> Any:
    """The rule's `Rule.quiet` where it can prove anything (it has `triggers`, or its own
    method), else None: the engine then calls the rule without asking."""
    if getattr(rule, "triggers", ()) or getattr(type(rule), "quiet", Rule.quiet) is not Rule.quiet:
        return rule.quiet
    return None


def _proves_nothing(quiet: Any, seen: Document) -> bool:
    """Ask a rule's `quiet` without letting its bug stop the file: a proof that raises proves
    nothing, the rule's `check` then runs and a real bug shows as that rule's crash."""
    try:
        return bool(quiet(seen))
    except Exception:
        return False


def _covered(start: int, end: int, spans: list[tuple[int, int]]) -> int:
    """How many characters of [start, end) the spans cover together (overlaps counted once)."""
    total, reach = 0, start
    for a, b in sorted(spans):
        a, b = max(a, reach), min(b, end)
        if b > a:
            total += b - a
            reach = b
    return total


def collect_crash(rule: Rule, doc: Document, exc: BaseException,
                  doing: str = "while fingerprinting it for the corpus index") -> str:
    """How a corpus rule's crash in the collect phase is said (`corpuslint check`, and the corpus
    job's fingerprint stage: the same words)."""
    return (f"rule {rule.code} ({rule.name}, from {rule.origin or type(rule).__module__}) crashed on "
            f"{doc.origin.path}" + (f" record {doc.origin.record}" if doc.origin.record else "")
            + f" {doing}: {type(exc).__name__}: {exc}")
