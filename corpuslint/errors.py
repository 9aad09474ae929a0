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

    def __init__(self, message: str, traceback: str = "", internal: str = "") -> None:
        super().__init__(message)
        self.traceback = traceback
        # `KeyError: 'x'` when the worker's exception was no CorpuslintError (a bug in corpuslint or a
        # plugin): the CLI reports it as the internal error it would be without --jobs, in the same words
        self.internal = internal

    def __reduce__(self):
        return type(self), (str(self), self.traceback, self.internal)


class Terminated(KeyboardInterrupt):
    """SIGTERM (`timeout`, a CI job's time limit, `kill`), raised where the run is, like Ctrl-C's
    KeyboardInterrupt: the command says what `--fix` had already written and exits 143 (128 + 15)."""

    label = " (SIGTERM)"  # after "corpuslint: interrupted"
    exit_code = 143


def sendable(exc: BaseException, what: str, bug: bool = False) -> BaseException:
    """`exc`, raised by `what` in a worker, as it can cross to the parent: corpuslint's own (a
    CorpuslintError, an exception class of a corpuslint module: the dist job's JobMismatch, which
    the command says in its own words) and KeyboardInterrupt themselves when they survive pickling;
    any other (a plugin's, Python's) as `TaskFailed`, text that always does. `bug`: such an other one is
    a bug in corpuslint or a plugin, which the CLI reports as an internal error (a `--jobs` worker's; a
    dist task's failure is reported as the task's)."""
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
    internal = f"{type(exc).__name__}: {exc}" if bug and not isinstance(exc, CorpuslintError) else ""
    return TaskFailed(f"{what} failed: {type(exc).__name__}: {exc}", "".join(traceback.format_exception(exc)),
                      internal)


def internal_error(what: str) -> str:
    """The message of an exception that is a bug (`KeyError: 'x'`), the same with --jobs or without."""
    return (f"corpuslint: internal error: {what}\n"
            "This is a bug in corpuslint or a plugin; rerun with CORPUSLINT_DEBUG=1 for the traceback.")
