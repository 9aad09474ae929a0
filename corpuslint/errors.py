"""Errors that end a run with exit code 2 and a message, never a traceback."""

from __future__ import annotations


class CorpuslintError(Exception):
    """Base of the errors the CLI turns into a one-paragraph message and exit code 2."""


class ConfigError(CorpuslintError):
    """The configuration, a rule pack or a plugin is wrong; the message names file, line and key."""

    def __init__(self, message: str, *, path: str | None = None, line: int | None = None) -> None:
        self.path = path
        self.line = line
        where = ""
        if path:
            where = f"{path}:{line}: " if line else f"{path}: "
        super().__init__(f"{where}{message}")


class UsageError(CorpuslintError):
    """The command line is wrong."""
