"""`json`: a list of findings; `jsonl`: one finding per line. The public contract for scripts."""

from __future__ import annotations

import json

from corpuslint.reporters.base import Reporter


def finding_dicts(result) -> list[dict]:
    return [f.model_dump(mode="json") for f in result.findings]


class JsonReporter(Reporter):
    name = "json"
    description = "A JSON list of findings (path, line, column, end_line, end_column, code, name, ...)."

    def report(self, result) -> None:
        json.dump(finding_dicts(result), self.stream, indent=2, ensure_ascii=False)
        self.stream.write("\n")


class JsonLinesReporter(Reporter):
    name = "jsonl"
    description = "One JSON finding per line, for streaming into other tools."

    def report(self, result) -> None:
        for item in finding_dicts(result):
            self.stream.write(json.dumps(item, ensure_ascii=False) + "\n")
