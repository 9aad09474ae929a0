"""What a reporter is: it turns the findings of a run into one output format."""

from __future__ import annotations

from typing import TYPE_CHECKING, ClassVar, TextIO

if TYPE_CHECKING:
    from corpuslint.engine import RunResult


class Reporter:
    """Base class; subclasses set `name` (the `--output-format` value) and write `report`."""

    name: ClassVar[str]
    description: ClassVar[str] = ""

    def __init__(self, stream: TextIO, *, show_source: bool = True, quiet: bool = False,
                 statistics: bool = False, show_fixes: bool = False, color: bool = False) -> None:
        self.stream = stream
        self.show_source = show_source
        self.quiet = quiet
        self.statistics = statistics
        self.show_fixes = show_fixes
        self.color = color

    def report(self, result: RunResult) -> None:
        raise NotImplementedError
