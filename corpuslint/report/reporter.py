"""`check --output-format html -o FILE`: the report page as one more output format.

A reporter sees the findings and the run's counts, not the documents: the page has no character
totals, sites or metadata completeness (it says so); `corpuslint report PATH...` has them.
"""

from __future__ import annotations

from corpuslint.reporters.base import Reporter


class HtmlReporter(Reporter):
    name = "html"
    description = "A self-contained HTML page with charts (see `corpuslint report` for the full page)."
    streaming = True  # findings are folded as files are checked; the page is written at the end

    def start(self) -> None:
        # imported when this format is used: every run registers the reporters, few write a page
        # (~15 ms of each `corpuslint check` start-up otherwise)
        from corpuslint.report.model import Aggregate

        self.aggregate = Aggregate(None, "folder")

    def add(self, findings) -> None:
        for finding in findings:
            self.aggregate.add(finding)

    def finish(self, result) -> None:
        from corpuslint.report.build import Report
        from corpuslint.report.html import render

        report = Report(self.aggregate, None, sources=list(result.paths[:3]) + (["…"] if len(result.paths) > 3 else []),
                        group_by="folder", seconds=result.seconds)
        report.notes.append(
            f"Written by `check --output-format html` ({result.documents:,} documents in {result.files:,} file{'s' if result.files != 1 else ''}): "
            "findings and fixes only. `corpuslint report PATH...` also reads the corpus for character shares, "
            "sites and metadata completeness.")
        self.stream.write(render(report))
