"""`json`: a list of findings; `jsonl`: one finding per line. The public contract for scripts.

Both stream: each file's findings are written as soon as it is checked.
"""

from __future__ import annotations

import json

from corpuslint.reporters.base import Reporter


def dumps(finding, indent: int | None = None) -> str:
    """The finding as JSON: pydantic's serialiser, or, for a path or text holding a lone surrogate
    (a file name that is not UTF-8, kept by Python as `\\udcff`), `json` with that character as a
    `\\u` escape, so the output stays valid UTF-8 (pydantic refuses it: an internal error before)."""
    try:
        return finding.model_dump_json(indent=indent)
    except ValueError:  # pydantic_core.PydanticSerializationError (a ValueError)
        separators = None if indent else (",", ":")
        return json.dumps(finding.model_dump(mode="json"), indent=indent, separators=separators)


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
            item = dumps(finding, indent=2)
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
            self.stream.write(dumps(finding) + "\n")
