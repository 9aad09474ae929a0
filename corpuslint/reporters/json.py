"""`json`: a list of findings; `jsonl`: one finding per line. The public contract for scripts.

Both stream: each file's findings are written as soon as it is checked.
"""

from __future__ import annotations

from corpuslint.reporters.base import Reporter


class JsonReporter(Reporter):
    name = "json"
    description = "A JSON list of findings (path, line, column, end_line, end_column, code, name, ...)."
    streaming = True

    def start(self) -> None:
        self._first = True
        self.stream.write("[")

    def add(self, findings) -> None:
        for finding in findings:
            # pydantic's own serialiser (Rust): 4x faster than model_dump + json.dumps, same text
            item = finding.model_dump_json(indent=2)
            self.stream.write(("\n" if self._first else ",\n") + "  " + item.replace("\n", "\n  "))
            self._first = False

    def finish(self, result) -> None:
        self.stream.write("]\n" if self._first else "\n]\n")


class JsonLinesReporter(Reporter):
    name = "jsonl"
    description = "One JSON finding per line, for streaming into other tools."
    streaming = True

    def add(self, findings) -> None:
        for finding in findings:
            self.stream.write(finding.model_dump_json() + "\n")
