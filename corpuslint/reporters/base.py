"""What a reporter is: it turns the findings of a run into one output format.

Two ways to write one:

* `report(result)`: called once at the end with every finding (`result.findings`). Simple;
  right for formats that need everything at once (SARIF, JUnit).
* streaming: set `streaming = True` and write `start()`, `add(findings)` (called once per file,
  as files are checked) and `finish(result)`. The run then keeps no findings in memory, only
  their counts (`result.tally`), so a corpus of any size is reported in constant memory.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TextIO

if TYPE_CHECKING:
    from corpuslint.results import RunResult
    from corpuslint.models import Finding


class Reporter:
    """Base class; subclasses set `name` (the `--output-format` value) and write `report`."""

    name: ClassVar[str]
    description: ClassVar[str] = ""
    streaming: ClassVar[bool] = False

    def __init__(self, stream: TextIO, *, show_source: bool = True, quiet: bool = False,
                 statistics: bool = False, show_fixes: bool = False, color: bool = False) -> None:
        self.stream = stream
        self.show_source = show_source
        self.quiet = quiet
        self.statistics = statistics
        self.show_fixes = show_fixes
        self.color = color

    def report(self, result: RunResult) -> None:
        """Write the whole report; streaming reporters get this for free."""
        if not self.streaming:
            raise NotImplementedError
        self.start()
        self.add(result.findings)
        self.finish(result)

    def start(self) -> None:
        """Streaming: before the first file."""

    def add(self, findings: list[Finding]) -> None:
        """Streaming: the findings of one file (maybe none)."""

    def finish(self, result: RunResult) -> None:
        """Streaming: after the last file; `result.tally` counts everything that was added."""
