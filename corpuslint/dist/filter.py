"""`CorpuslintFilter`: drop documents by corpuslint's findings, as a datatrove filter.

Apart from the other steps (`corpuslint.dist.steps`) because `BaseFilter`'s package imports
every stock datatrove filter (~25 ms and ~2,000 page faults a process), which a job that does
not filter need not import.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from datatrove.pipeline.filters.base_filter import BaseFilter

from corpuslint.dist.convert import FINDINGS_KEY, finding_summary
from corpuslint.dist.settings import ConfigLike
from corpuslint.dist.steps import LinterStep
from corpuslint.models import Severity


class CorpuslintFilter(LinterStep, BaseFilter):
    """Drop documents with findings of some rules or severities; the reason is the rule's code.

    Args:
        config: a corpuslint config (path, dict or None), used when the documents were not
            annotated upstream (per-document rules only).
        codes: codes, code prefixes (`CL4`) or rule names whose findings drop a document.
        min_severity: findings at or above this severity ("info", "warning", "error") drop it.
            With neither given, a document is dropped for an error-severity finding.
        exclusion_writer: a datatrove writer for the dropped documents (`filter_reason` = code).
    """

    name = "🔻 corpuslint filter"

    def __init__(self, config: ConfigLike = None, codes: Iterable[str] | None = None,
                 min_severity: str | None = None, exclusion_writer=None, *, index: Any = None) -> None:
        LinterStep.__init__(self, config, index)
        BaseFilter.__init__(self, exclusion_writer)
        self.codes = tuple(codes or ())
        if min_severity is None and not self.codes:
            min_severity = "error"
        self.min_rank = Severity(min_severity).rank if min_severity else None
        self._rank = (0, 1)

    def run(self, data, rank: int = 0, world_size: int = 1):
        self._rank = (rank, world_size)
        return BaseFilter.run(self, data, rank, world_size)

    def filter(self, doc) -> bool | tuple[bool, str]:
        summaries = doc.metadata.get(FINDINGS_KEY)
        if summaries is None:
            found = self.findings(self.linter_for(*self._rank), doc) or []
            summaries = [finding_summary(f) for f in found]
        for summary in summaries:
            if self._drops(summary):
                return False, summary["code"]
        return True

    def _drops(self, summary: dict[str, Any]) -> bool:
        code = summary["code"]
        if any(code.startswith(c) or summary.get("name") == c for c in self.codes):
            return True
        return self.min_rank is not None and Severity(summary["severity"]).rank >= self.min_rank
