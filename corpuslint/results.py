"""What a run produces: each file's outcome, the run's result and tally, a fix's result.

The bottom layer: plain data that every layer above hands up (runner, cache, fixer, session,
reporters), so none of them needs the module that produced it.
"""

from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from corpuslint.models import Applicability, Document, Finding, Severity
from corpuslint.textutil import DIGITS

if TYPE_CHECKING:
    from corpuslint.rule import Rule


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
    # the findings a safe fix held back (FixResult.held), by `held_key`: a later pass over the
    # corpus (session.Session._settle) leaves them too
    held: list[tuple] = field(default_factory=list)
    # a large JSONL file is checked in byte ranges, each its own outcome, so that its findings
    # stream out as they come: `part` counts them (0 = the file's first or only outcome)
    part: int = 0
    # of its documents whose fixes did not settle: the most passes one of them ran
    unsettled_passes: int = 0
    # what the fixes removed, per document and rule (corpuslint.removals.document_rows)
    removals: list[tuple] = field(default_factory=list)


@dataclass
class Tally:
    """Counts of the findings of a run, kept even when the findings themselves are not."""

    total: int = 0
    by_code: Counter = field(default_factory=Counter)
    names: dict[str, str] = field(default_factory=dict)
    fixable: Counter = field(default_factory=Counter)  # code -> findings with a fix
    safely_fixable: Counter = field(default_factory=Counter)  # code -> findings with a safe fix
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
            label = fix_label(f)
            if label is None:
                self.no_fix[f.code] += 1
            else:
                self.fixable[f.code] += 1
                if label == Applicability.SAFE:
                    self.safe += 1
                    self.safely_fixable[f.code] += 1
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
    held: set[tuple] = field(default_factory=set)  # FileOutcome.held of every file
    seconds: float = 0.0
    fix_mode: bool = False
    unsafe_fixes: bool = False
    rules: dict[str, type[Rule]] = field(default_factory=dict)
    corpus_rules: bool = False  # corpus rules ran: `--fix` checks the corpus again after its fixes (session)
    paths: list[str] = field(default_factory=list)  # every file checked, in order
    fixed_files: int = 0  # files written (or, with --diff, that would be), a sidecar with its file
    skipped: Counter = field(default_factory=Counter)  # what discovery left out, by reason
    tally: Tally = field(default_factory=Tally)
    # each file's findings pass through `filters` (a baseline), then go to `sink` if set, else
    # into `findings`
    filters: list[Any] = field(default_factory=list)
    sink: Any = None
    # the result cache's figures for the run ({"hits": n, "misses": n}); empty without the cache
    cache_stats: dict[str, int] = field(default_factory=dict)
    # what the fixes removed, per document and rule (corpuslint.removals): the run's warnings on them
    removals: list[tuple] = field(default_factory=list)
    removal_warnings: list[str] = field(default_factory=list)  # also in `notes`; SARIF names them

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
        self.fixed_files += bool(outcome.written or outcome.diff)
        if outcome.diff:
            self.diffs.append(outcome.diff)
        self.errors.extend(outcome.errors)
        self.notes.extend(outcome.notes)
        self.held.update(outcome.held)
        self.removals.extend(outcome.removals)

    def failing_count(self, fail_on: Severity) -> int:
        return sum(n for severity, n in self.tally.by_severity.items() if severity.rank >= fail_on.rank)

    def failing(self, fail_on: Severity) -> list[Finding]:
        return [f for f in self.findings if f.severity.rank >= fail_on.rank]


class RuleCrash(Exception):
    """A rule raised; the run reports it (exit 2) and goes on. From `Linter.check_document`: every
    rule that crashed on the document (`crashes`, their messages `messages`) and the findings of
    the rules that did not (`findings`), which the run keeps."""

    def __init__(self, *args: Any) -> None:
        super().__init__(*args)
        self.crashes: list[RuleCrash] = [self]
        self.findings: list[Finding] = []

    @property
    def messages(self) -> list[str]:
        return [str(crash) for crash in self.crashes]

    @classmethod
    def of(cls, crashes: list[RuleCrash], findings: list[Finding]) -> RuleCrash:
        """The first crash, carrying all of them and the other rules' findings."""
        first = crashes[0]
        first.crashes, first.findings = list(crashes), findings
        return first


@dataclass
class FixResult:
    document: Document
    applied: Counter = field(default_factory=Counter)
    remaining: list[Finding] = field(default_factory=list)
    converged: bool = True
    # findings left with a safe fix that a safe run did not apply: labelled unsafe (`[-]`) in
    # the document as given, safe only in the text its safe fixes made (said in a note)
    held: list[Finding] = field(default_factory=list)
    # findings left with a fix the run could apply that a later pass found: it would remove lines of
    # the document as given that no fix of the first reading took (corpuslint.given.Named; said in a note)
    spared: list[Finding] = field(default_factory=list)
    # findings left whose fix removes a copy and keeps another that other fixes of the run removed
    # (corpuslint.keptcopy), each with those fixes' codes (said in a note)
    orphaned: list[tuple[Finding, list[str]]] = field(default_factory=list)
    # the fixes applied on a later pass to findings the first reading did not have (CL505's, once CL504's fix
    # put the author in the metadata), by code: `check` never showed them (said in a note)
    chained: Counter = field(default_factory=Counter)
    passes: int = 0  # how many passes a fix that did not settle ran (`converged` False)
    removed: Any = None  # where the fixes removed lines (corpuslint.removals.RemovalMarks)


def head_key(finding: Finding, doc: Document) -> tuple[str, str]:
    """A finding's rule and the first line of the text it matched in `doc`: the same finding after a fix
    removed a line between its notice and the next ("Become a Member ...", a duplicate line, a quoted
    tweet: once the duplicate is gone the unit takes the tweet's line too), and one text's finding only."""
    return finding.code, doc.text[finding.offset:finding.end_offset].split("\n", 1)[0]


def held_key(finding: Finding, doc: Document) -> tuple:
    """A held-back finding's identity across the passes of one fix run (its text's place moves): its
    file, record and `head_key`, the matched line hashed. Not `finding.text`, the display text cut at
    120 characters, which two long findings with a common start share (review18 #7)."""
    code, head = head_key(finding, doc)
    return finding.path, finding.record, code, finding_hash(head)


def fix_label(finding: Finding) -> Applicability | None:
    """How `--fix` takes a finding, as the reports label it: its fix's applicability; for a finding whose
    removal the guard withheld (part of a block) but which `--fix` removes with the removals after it that
    take the rest (`data.fix_with_run`, set by the linter), that run's; None when nothing fixes it."""
    if finding.fix is not None:
        return finding.fix.applicability
    run = finding.data.get("fix_with_run") if finding.data else None
    return Applicability(run) if run in ("safe", "unsafe") else None


def applicable(finding: Finding, unsafe: bool) -> bool:
    return finding.fix is not None and (unsafe or finding.fix.applicability == Applicability.SAFE)


# -- a finding's identity (baselines, SARIF), which survives edits elsewhere in its file -----------

def text_fingerprint(finding: Finding) -> str:
    """A hash of rule and offending text alone (what reporters without the document can use)."""
    return finding_hash(finding.code, offending_text(finding))


def offending_text(finding: Finding) -> str:
    if finding.text:
        return " ".join(unicodedata.normalize("NFC", finding.text).split())
    # no offending text (an input problem): its message, with numbers that shift folded
    return DIGITS.sub("0", finding.message)


def finding_hash(*parts: str) -> str:
    return hashlib.blake2b("\x00".join(parts).encode("utf-8"), digest_size=10).hexdigest()
