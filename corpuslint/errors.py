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


class TaskFailed(CorpuslintError):
    """An exception a worker process raised, carried back as text: its type's name, its message and
    its formatted traceback (`traceback`). Pickled itself, a plugin's exception class whose __init__
    takes other arguments than its message (`def __init__(self, a, b)`) could not be rebuilt in the
    parent, which then failed with an internal error instead of reporting it."""

    def __init__(self, message: str, traceback: str = "") -> None:
        super().__init__(message)
        self.traceback = traceback

    def __reduce__(self):
        return type(self), (str(self), self.traceback)


def sendable(exc: BaseException, what: str) -> BaseException:
    """`exc`, raised by `what` in a worker, as it can cross to the parent: corpuslint's own (a
    CorpuslintError, an exception class of a corpuslint module: the dist job's JobMismatch, which
    the command says in its own words) and KeyboardInterrupt themselves when they survive pickling;
    any other (a plugin's, Python's) as `TaskFailed`, text that always does."""
    import pickle
    import traceback

    ours = isinstance(exc, (CorpuslintError, KeyboardInterrupt)) or type(exc).__module__.startswith("corpuslint.")
    if ours:
        try:
            pickle.loads(pickle.dumps(exc))
        except Exception:  # noqa: BLE001 - sent as text below
            pass
        else:
            return exc
    return TaskFailed(f"{what} failed: {type(exc).__name__}: {exc}", "".join(traceback.format_exception(exc)))
