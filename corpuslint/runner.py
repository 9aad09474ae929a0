"""Running the engine over many files, in worker processes when that pays.

Workers are forked after the linter (rules compiled, corpus index built) exists, so each starts
with a copy of it instead of rebuilding it; only work units go in and findings come out.

A work unit is a batch of small files, or a byte range of one large JSON Lines file: a corpus is
often ONE big .jsonl, and without ranges `--jobs N` would leave N-1 cores idle on it. The corpus
rules' collect phase (fingerprinting every document for the index) is cut the same way
(`fingerprint_files`); the parent writes what the workers return into the index.

`time_budget` enforces the per-rule, per-document `timeout` for every rule, including rules
that do not pass `timeout=` to their `regex` calls: a pathological document then costs at most
about 1.25 x `timeout` per rule and becomes a CL909 finding, and the run goes on.
"""

from __future__ import annotations

import contextlib
import os
import time
from collections.abc import Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpuslint.engine import FileOutcome, Linter

_LINTER: Linter | None = None  # the forked workers' copy
_MODE: dict[str, bool] = {}
_ALARM_PERIOD: float = 0.0  # the workers re-arm the timer: timers are not inherited across fork

# A JSONL file at least this large is cut into ranges for the workers.
RANGE_MIN_FILE_BYTES = 8 * 1024 * 1024
# Ranges per worker: 8 keeps the last range short, so no core idles long at the end (about 95%
# of a perfect split with uneven records), while the per-range cost stays negligible.
RANGES_PER_JOB = 8


@dataclass(frozen=True)
class FileRange:
    """Bytes [start, end) of `path`, with the lines and records before them."""

    path: str
    start: int
    end: int
    first_line: int
    first_record: int
    part: int = 0  # 0 for the file's first range



def process_file(linter: Linter, path: str, *, fix: bool, unsafe: bool, diff: bool) -> FileOutcome:
    from corpuslint.engine import FileOutcome, RuleCrash
    from corpuslint.fixer import fix_file

    try:
        if fix or diff:
            return fix_file(linter, path, unsafe=unsafe, write=fix and not diff, diff=diff)
        return linter.check_file(path)
    except RuleCrash as exc:
        return FileOutcome(path=path, errors=[str(exc)])
    except Exception as exc:  # never a traceback for one file's sake; name it and go on
        return FileOutcome(path=path, errors=[f"{path}: internal error: {type(exc).__name__}: {exc}"])


def process_range(linter: Linter, unit: FileRange) -> FileOutcome:
    """Check one range of a JSONL file: `Linter.check_file` for a part of the file."""
    from corpuslint.engine import FileOutcome

    outcome = FileOutcome(path=unit.path, bytes=unit.end - unit.start)
    items = linter.format_for(unit.path).iter_range(unit.path, linter.read_settings, unit.start, unit.end,
                                                    unit.first_line, unit.first_record)
    try:
        return linter.check_items(outcome, items)
    except Exception as exc:
        outcome.errors.append(f"{unit.path}: internal error: {type(exc).__name__}: {exc}")
        return outcome


def _init_worker(period: float) -> None:
    if period:
        import signal

        signal.setitimer(signal.ITIMER_REAL, period, period)


def _work(unit: list[str] | FileRange) -> list[FileOutcome]:
    assert _LINTER is not None
    if isinstance(unit, FileRange):
        return [process_range(_LINTER, unit)]
    return [process_file(_LINTER, p, **_MODE) for p in unit]


def _batches(files: list[str], target_bytes: int = 2 * 1024 * 1024, max_files: int = 200) -> list[list[str]]:
    batches, current, size = [], [], 0
    for path in files:
        try:
            length = os.path.getsize(path)
        except OSError:
            length = 0
        current.append(path)
        size += length
        if size >= target_bytes or len(current) >= max_files:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    return batches


def _size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


def total_bytes(files: list[str]) -> int:
    return sum(_size(path) for path in files)


def _units(linter: Linter, files: list[str], jobs: int, can_split: bool) -> Iterator[list[str] | FileRange]:
    """Batches of small files, and the ranges of each large splittable file, in file order."""
    small: list[str] = []
    for path in files:
        size = _size(path)
        fmt = linter.format_for(path)
        if can_split and size >= RANGE_MIN_FILE_BYTES and hasattr(fmt, "iter_range"):
            yield from _batches(small)
            small = []
            from corpuslint.formats.jsonl import split_ranges

            # ranges of 1-4 MB: enough per task to keep workers busy, small enough that one
            # range's text and findings stay a few MB (peak RSS 54 MB at 10 MB and 140 MB of JSONL
            # with 4 MB ranges, against 147 MB at 140 MB with 17 MB ranges)
            target = max(1024 * 1024, min(4 * 1024 * 1024, size // (jobs * RANGES_PER_JOB)))
            for part, (start, end, line, record) in enumerate(split_ranges(path, target)):
                yield FileRange(path, start, end, line, record, part)
        else:
            small.append(path)
    yield from _batches(small)


def run_files(linter: Linter, files: list[str], *, fix: bool, unsafe: bool, diff: bool,
              jobs: int | None = None, progress: Any = None) -> Iterator[FileOutcome]:
    """Each file's outcome, in file order; a large JSONL file (checked, not fixed) comes as one
    outcome per byte range, so its findings stream out and memory stays flat."""
    global _MODE

    jobs = jobs or linter.config.jobs or os.cpu_count() or 1
    can_split = not (fix or diff)  # a fix rewrites the whole file: one worker owns it
    if _workers_pay(linter, files, jobs, can_split):
        _MODE = {"fix": fix, "unsafe": unsafe, "diff": diff}
        done = _in_workers(linter, _units(linter, files, jobs, can_split), _work, jobs)
    else:
        done = ((unit, [process_range(linter, unit)] if isinstance(unit, FileRange) else
                 (process_file(linter, p, fix=fix, unsafe=unsafe, diff=diff) for p in unit))
                for unit in _units(linter, files, 1, can_split))
    for unit, outcomes in done:
        for outcome in outcomes:
            if isinstance(unit, FileRange):
                outcome.part = unit.part
            if progress and not outcome.part:
                progress(1)
            yield outcome


def _workers_pay(linter: Linter, files: list[str], jobs: int, can_split: bool) -> bool:
    """Whether forking workers pays: more than one core, and several files or one large JSONL
    (which is cut into ranges), with enough bytes to outweigh the fork."""
    from corpuslint.engine import PARALLEL_MIN_BYTES

    big_jsonl = can_split and any(_size(p) >= RANGE_MIN_FILE_BYTES and hasattr(linter.format_for(p), "iter_range")
                                  for p in files)
    return (jobs > 1 and (len(files) > 1 or big_jsonl) and not linter.plugins
            and total_bytes(files) >= PARALLEL_MIN_BYTES)


def _in_workers(linter: Linter, units: Iterator[Any], work: Any, jobs: int) -> Iterator[tuple[Any, Any]]:
    """Each unit with `work(unit)`'s result, computed in `jobs` forked workers.

    Submitted in order and collected in that order, so output is deterministic whatever the
    scheduling; at most a few units per worker are in flight, so finished results do not pile
    up in memory while the parent writes the report or the index.
    """
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    global _LINTER
    _LINTER = linter
    context = multiprocessing.get_context("fork")
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                             initargs=(_ALARM_PERIOD,)) as pool:
        in_flight: deque = deque()
        for unit in units:
            in_flight.append((unit, pool.submit(work, unit)))
            if len(in_flight) >= jobs * 4:
                done, future = in_flight.popleft()
                yield done, future.result()
        while in_flight:
            done, future = in_flight.popleft()
            yield done, future.result()


# -- the collect phase -------------------------------------------------------------------------

class _Recorder:
    """Stands for an index in `Linter.collect`: records each `add`, to be replayed into the real one."""

    __slots__ = ("adds",)

    def __init__(self) -> None:
        self.adds: list[tuple[str, str, int | None, list]] = []

    def add(self, path: str, document: str, record: int | None, fingerprints) -> None:
        self.adds.append((path, document, record, list(fingerprints)))


def _fingerprint_unit(linter: Linter, unit: list[str] | FileRange, rules: list, keep: bool) -> list[tuple[str, list]]:
    """(path, the `add` calls of its documents) for each file of a unit, or for the range."""
    from corpuslint.models import Document

    out = []
    for path in ([unit.path] if isinstance(unit, FileRange) else unit):
        fmt = linter.format_for(path)
        items = (fmt.iter_range(path, linter.read_settings, unit.start, unit.end, unit.first_line, unit.first_record)
                 if isinstance(unit, FileRange) else fmt.iter_documents(path, linter.read_settings))
        recorder = _Recorder()
        for item in items:
            if isinstance(item, Document):
                linter.collect(recorder, item, rules, keep=keep)
        out.append((path, recorder.adds))
    return out


_COLLECT_RULES: list = []


def _fingerprint_work(unit: list[str] | FileRange) -> tuple[list[tuple[str, list]], list[tuple[str, str]]]:
    assert _LINTER is not None
    _LINTER.collect_errors.clear()  # this worker's, handed to the parent with the unit
    return _fingerprint_unit(_LINTER, unit, _COLLECT_RULES, keep=False), list(_LINTER.collect_errors)


def fingerprint_files(linter: Linter, files: list[str], rules: list, *,
                      jobs: int | None = None) -> Iterator[tuple[str, list]]:
    """The collect phase over `files`: (path, its documents' `add` calls) in file order (a large
    JSONL file comes as one item per byte range), computed in worker processes when that pays.

    Building the index of a corpus took as long as checking it, on one core: 10 MB of JSONL,
    5 s of fingerprints before the workers started. In the parent (one worker) the rules keep
    their document features for the check that follows; forked workers cannot hand them on.
    """
    global _COLLECT_RULES

    jobs = jobs or linter.config.jobs or os.cpu_count() or 1
    if not _workers_pay(linter, files, jobs, True):
        for unit in _batches(files):
            yield from _fingerprint_unit(linter, unit, rules, keep=True)
        return
    _COLLECT_RULES = rules
    for _unit, (adds, errors) in _in_workers(linter, _units(linter, files, jobs, True), _fingerprint_work, jobs):
        linter.collect_errors.extend(errors)
        yield from adds


@contextlib.contextmanager
def time_budget(linter: Linter) -> Iterator[None]:
    """Interrupt a rule that runs past `timeout` on one document, whatever it is doing.

    A SIGALRM interval timer ticks every `timeout / 4` seconds for the whole run (not armed per
    rule: two system calls per rule and document would cost more than most rules); the engine
    stamps when the current rule started (`Linter._rule_started`), and the handler raises
    TimeoutError inside the rule once it has run `timeout` seconds. Both `regex` and `re` check
    for signals while matching, so a backtracking pattern is stopped too. Only in the main thread
    of a process whose SIGALRM is not used by anyone else (a library caller's own handler wins).
    """
    import signal
    import threading

    global _ALARM_PERIOD
    if (not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGALRM) not in (signal.SIG_DFL, None)):
        yield
        return
    limit = linter.config.timeout

    def on_alarm(signum: int, frame: Any) -> None:
        started = linter._rule_started
        if started is not None and time.perf_counter() - started >= limit:
            raise TimeoutError(f"rule ran past its {limit:g} s budget")

    previous = signal.signal(signal.SIGALRM, on_alarm)
    _ALARM_PERIOD = max(limit / 4, 0.05)
    signal.setitimer(signal.ITIMER_REAL, _ALARM_PERIOD, _ALARM_PERIOD)
    try:
        yield
    finally:
        signal.setitimer(signal.ITIMER_REAL, 0)
        signal.signal(signal.SIGALRM, previous)
        _ALARM_PERIOD = 0.0
