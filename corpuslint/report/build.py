"""Building a report: from PATHs (check them in-process) or from a saved findings file.

    corpuslint report PATH... -o report.html          # read the corpus, check it, render
    corpuslint report --from findings.jsonl -o r.html # the findings of an earlier run only
    corpuslint report --from findings.jsonl PATH...   # those findings, the corpus's counts

Reading the corpus (a fast pass, no rules) gives what the findings cannot: document and
character totals, each document's group, metadata completeness and the text around the sampled
findings.
"""

from __future__ import annotations

import time
from collections import defaultdict
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any

from corpuslint import __version__
from corpuslint.errors import UsageError
from corpuslint.files import atomic_output
from corpuslint.models import Finding
from corpuslint.report.corpus import CorpusStats, corpus_files, doc_key, read_contexts, read_stats
from corpuslint.report.loader import read_findings
from corpuslint.report.model import Aggregate

if TYPE_CHECKING:
    from corpuslint.session import Linter


@dataclass
class Report:
    """Everything the page shows."""

    aggregate: Aggregate
    stats: CorpusStats | None
    sources: list[str]
    findings_file: str | None = None
    baseline: str | None = None
    group_by: str = "site"
    seconds: float = 0.0
    generated: str = field(default_factory=lambda: time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime()))
    version: str = __version__
    notes: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)


class _Statuses:
    """With a baseline: marks each file's findings new or known, as `check --baseline` splits them."""

    def __init__(self, baseline: str | None, linter: Linter | None) -> None:
        self.matcher = None
        if baseline:
            from corpuslint.baseline import Matcher

            self.matcher = Matcher(baseline, linter)  # a missing or broken baseline fails first

    def __call__(self, findings: list[Finding]) -> list[tuple[Finding, str]]:
        if self.matcher is None:
            return [(f, "") for f in findings]
        new = {id(f) for f in self.matcher(findings)}
        return [(f, "new" if id(f) in new else "known") for f in findings]


def from_paths(linter: Linter, paths: list[str], *, group_by: str = "site", baseline: str | None = None,
               jobs: int | None = None, progress: Any = None, cache: bool = True) -> Report:
    """Read and check `paths` in-process, folding each file's findings in as they stream out."""
    from corpuslint.results import RunResult

    started = time.perf_counter()
    files = corpus_files(linter, paths)
    if not files:
        raise UsageError(f"nothing to report: no files to check under {', '.join(paths)} "
                         "(see `include`, `extend-include` and `exclude` in the configuration)")
    stats = read_stats(linter, files, group_by)
    statuses = _Statuses(baseline, linter)
    aggregate = Aggregate(stats, group_by)

    def sink(findings: list[Finding]) -> None:
        for finding, status in statuses(findings):
            aggregate.add(finding, status)

    result = RunResult()
    result.sink = sink
    linter.run(paths, jobs=jobs, progress=progress, cache=cache, result=result)
    _contexts(linter, aggregate)
    report = Report(aggregate, stats, sources=list(paths), baseline=baseline, group_by=aggregate.group_by,
                    errors=list(result.errors), notes=list(result.notes))
    report.seconds = time.perf_counter() - started
    return report


def from_findings(findings_file: str, *, linter: Linter | None = None, paths: list[str] | None = None,
                  group_by: str = "site", baseline: str | None = None) -> Report:
    """A report of a saved findings file; with `paths` (and a linter), the corpus's counts too."""
    started = time.perf_counter()
    files = corpus_files(linter, paths) if paths and linter else None
    stats = read_stats(linter, files, group_by) if files is not None else None
    statuses = _Statuses(baseline, linter)
    aggregate = Aggregate(stats, group_by)
    by_file: list[Finding] = []
    outside = _Outside(files)
    for finding in outside.watch(read_findings(findings_file)):  # validated item by item: bad input stops here
        if by_file and finding.path != by_file[-1].path:
            for f, status in statuses(by_file):
                aggregate.add(f, status)
            by_file = []
        by_file.append(finding)
    for f, status in statuses(by_file):
        aggregate.add(f, status)
    outside.refuse(findings_file, paths or [])
    if stats is not None:
        _contexts(linter, aggregate)
    report = Report(aggregate, stats, sources=list(paths or []), findings_file=findings_file,
                    baseline=baseline, group_by=aggregate.group_by)
    if not aggregate.total:
        report.notes.append(f"{findings_file} holds no findings: a clean run, or one that wrote nothing.")
    if stats is None:
        report.notes.append(
            "Made from a findings file alone: the corpus's size, each document's site or field, and "
            "metadata completeness are not in it. Name the corpus too (`corpuslint report --from FILE PATH...`) "
            "to count them.")
    report.seconds = time.perf_counter() - started
    return report


class _Outside:
    """The findings of `--from FILE PATH...` about files not under PATH: the page would count
    them against another corpus ("236.5% of the corpus"), so the report is refused."""

    def __init__(self, files: list[str] | None) -> None:
        self.known = None if files is None else {doc_key(path, None)[0] for path in files}
        self.count = 0
        self.total = 0
        self.example = ""

    def watch(self, findings: Iterable[Finding]) -> Iterator[Finding]:
        for f in findings:
            self.total += 1
            if self.known is not None and doc_key(f.path, None)[0] not in self.known:
                self.count += 1
                self.example = self.example or f.path
            yield f

    def refuse(self, findings_file: str, paths: list[str]) -> None:
        if self.count:
            raise UsageError(
                f"{self.count:,} of the {self.total:,} findings in {findings_file} are about files that "
                f"{' '.join(paths)} does not hold (such as {self.example}): the page would count them against "
                "another corpus. Name the corpus the findings were made on, from the folder `check` ran in, "
                "or leave PATH out")


def _contexts(linter: Linter, aggregate: Aggregate) -> None:
    wanted: dict[tuple[str, int | None], list[Any]] = defaultdict(list)
    for row in aggregate.sample_rows():
        wanted[doc_key(row.path, row.record)].append(row)
    read_contexts(linter, wanted)


def write_atomic(path: str, text: str) -> int:
    """Write `text` to `path` whole or not at all (never half a report)."""
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:  # a file name that is not UTF-8 (lone surrogates): shown escaped, as `check` does
        text = text.encode("utf-8", "backslashreplace").decode("utf-8")
    with atomic_output(path) as stream:
        stream.write(text)
    return len(text.encode("utf-8"))
