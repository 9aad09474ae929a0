"""Running work over many files, in worker processes when that pays.

The runner knows files, work units and processes, not rules: it is handed the work function
(`run_files(units, work)`, see corpuslint.work) and calls it on each unit, here or in forked
workers. Workers are forked after the linter (rules compiled, corpus index built) exists, so
each starts with a copy of the work function and what it holds instead of rebuilding it; only
work units go in and results come out. What the rules would build on their first documents
(patterns, word lists) the work function's `warm_up` builds here first, for the same reason.

A work unit is a batch of small files, or a byte range of one large JSON Lines file: a corpus is
often ONE big .jsonl, and without ranges `--jobs N` would leave N-1 cores idle on it. The corpus
rules' collect phase is cut the same way (`map_units`); the session writes what the workers
return into the index.

`time_budget` enforces the per-rule, per-document `timeout` (CPU seconds) for every rule,
including rules that do not pass `timeout=` to their `regex` calls: a pathological document then
costs at most about 1.25 x `timeout` of CPU per rule and becomes a CL909 finding, and the run goes on.
"""

from __future__ import annotations

import contextlib
import os
import sys
import time
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any, Union

if TYPE_CHECKING:
    from corpuslint.rule import RuleClock
    from corpuslint.results import FileOutcome

_WORK: Callable[[Any], Any] | None = None  # the forked workers' copy of the work function
_ALARM_PERIOD: float = 0.0  # the workers re-arm the timer: timers are not inherited across fork
_BUDGET_CLOCK: list[RuleClock] = []  # the clock time_budget's handler keeps (the workers reset its mark)

# Below this much input, worker processes cost more than they save.
PARALLEL_MIN_BYTES = 4 * 1024 * 1024
# A JSONL file at least this large is cut into ranges for the workers.
RANGE_MIN_FILE_BYTES = 8 * 1024 * 1024
# Ranges per worker: 8 keeps the last range short, so no core idles long at the end (about 95%
# of a perfect split with uneven records), while the per-range cost stays negligible.
RANGES_PER_JOB = 8
TAIL_MIN_BYTES = 256 * 1024  # the smallest range of a file's tail (see `work_units`)


@dataclass(frozen=True)
class FileRange:
    """Bytes [start, end) of `path`, with the lines and records before them."""

    path: str
    start: int
    end: int
    first_line: int
    first_record: int
    part: int = 0  # 0 for the file's first range


Unit = Union[list[str], FileRange]


def _init_worker(period: float, parent: int) -> None:
    import signal

    signal.signal(signal.SIGTERM, signal.SIG_DFL)  # the main process's handler (cli) is not the worker's
    _die_with_parent(parent)
    if period:
        _rearm(period)


def _rearm(period: float) -> None:
    """A worker's time budget: the timer armed again, and the handler's mark taken from this
    process's CPU time (which starts at 0: the parent's mark would start its rules far ahead)."""
    import signal

    if _BUDGET_CLOCK:
        _BUDGET_CLOCK[0].mark = time.process_time() + period
    signal.setitimer(signal.ITIMER_PROF, period, period)


def _die_with_parent(parent: int) -> None:
    """A worker never outlives the run: on Linux the kernel kills it when the main process dies
    (PR_SET_PDEATHSIG); everywhere, the fixer writes nothing once the main process is gone
    (`files.orphaned`), and a worker whose parent died before this ran exits at once."""
    import signal

    from corpuslint import files

    files.watch_parent(parent)
    if sys.platform.startswith("linux"):
        try:
            import ctypes

            libc = ctypes.CDLL(None, use_errno=True)
            libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # PR_SET_PDEATHSIG = 1
        except (OSError, AttributeError):
            pass
    if os.getppid() != parent:  # the parent died before the signal was set up
        os._exit(1)


def _call(unit: Unit) -> Any:
    assert _WORK is not None
    try:
        result = _WORK(unit)
        return result if isinstance(result, (list, tuple)) else list(result)
    except Exception as exc:  # noqa: BLE001 - as text if it would not unpickle in the parent (a plugin's)
        from corpuslint.errors import sendable

        raise sendable(exc, "a worker's work unit", bug=True) from None


def batches(files: list[str], target_bytes: int = 2 * 1024 * 1024, max_files: int = 200) -> list[list[str]]:
    """Files in batches of about `target_bytes` (at most `max_files`), in order."""
    out, current, size = [], [], 0
    for path in files:
        current.append(path)
        size += file_size(path)
        if size >= target_bytes or len(current) >= max_files:
            out.append(current)
            current, size = [], 0
    if current:
        out.append(current)
    return out


def file_size(path: str) -> int:
    try:
        return os.path.getsize(path)
    except OSError:
        return 0


_size = file_size


def total_bytes(files: list[str]) -> int:
    return sum(file_size(path) for path in files)


def streamed(path: str, splittable: Callable[[str], bool]) -> bool:
    """Whether a file is checked in byte ranges (large, and its format can be split)."""
    return file_size(path) >= RANGE_MIN_FILE_BYTES and splittable(path)


def work_units(files: list[str], jobs: int, splittable: Callable[[str], bool] | None) -> Iterator[Unit]:
    """Batches of small files, and the ranges of each large file `splittable` accepts, in file
    order (`splittable` None: no file is cut)."""
    small: list[str] = []
    for path in files:
        size = file_size(path)
        if splittable is not None and size >= RANGE_MIN_FILE_BYTES and splittable(path):
            yield from batches(small)
            small = []
            from corpuslint.formats.jsonl import split_ranges

            # ranges of 1-4 MB: enough per task to keep workers busy, small enough that one
            # range's text and findings stay a few MB (peak RSS 54 MB at 10 MB and 140 MB of JSONL
            # with 4 MB ranges, against 147 MB at 140 MB with 17 MB ranges)
            target = max(1024 * 1024, min(4 * 1024 * 1024, size // (jobs * RANGES_PER_JOB)))
            # the last `jobs` ranges' bytes in quarter ranges: the workers finish nearer together
            # (a worker idled half a range at the end of each phase, ~0.15 s per 10 MB)
            tail = {"tail_bytes": jobs * target, "tail_target": max(TAIL_MIN_BYTES, target // 4)} if jobs > 1 else {}
            for part, (start, end, line, record) in enumerate(split_ranges(path, target, **tail)):
                yield FileRange(path, start, end, line, record, part)
        else:
            small.append(path)
    yield from batches(small)


def useful_jobs(jobs: int | None) -> int | None:
    """At most one worker per core this process may use (`--jobs`): more only add forks and contention
    (`--jobs 1000` ran 2.4x slower than `--jobs 2` on two cores)."""
    if jobs is None:
        return None
    try:
        cores = len(os.sched_getaffinity(0))
    except (AttributeError, OSError):
        cores = os.cpu_count() or 1
    return max(1, min(jobs, cores))


def workers_pay(files: list[str], jobs: int, splittable: Callable[[str], bool] | None) -> bool:
    """Whether forking workers pays: more than one core, and several files or one large file
    that is cut into ranges, with enough bytes to outweigh the fork."""
    big = splittable is not None and any(streamed(p, splittable) for p in files)
    least = int(os.environ.get("CORPUSLINT_PARALLEL_MIN_BYTES", PARALLEL_MIN_BYTES))  # tests force workers
    return jobs > 1 and (len(files) > 1 or big) and total_bytes(files) >= least


def map_units(units: Iterable[Unit], work: Callable[[Unit], Any], jobs: int = 1) -> Iterator[tuple[Unit, Any]]:
    """Each unit with `work(unit)`'s result, in unit order: here (`jobs` 1, results as `work`
    returns them, maybe lazily) or in `jobs` forked worker processes (results as lists)."""
    if jobs <= 1:
        return ((unit, work(unit)) for unit in units)
    return _in_workers(units, work, jobs)


def run_files(units: Iterable[Unit], work: Callable[[Unit], Iterable[FileOutcome]], *, jobs: int = 1,
              progress: Any = None) -> Iterator[FileOutcome]:
    """Each file's outcome, in file order; a large JSONL file (checked, not fixed) comes as one
    outcome per byte range, so its findings stream out and memory stays flat."""
    for unit, outcomes in map_units(units, work, jobs):
        for outcome in outcomes:
            if isinstance(unit, FileRange):
                outcome.part = unit.part
            if progress and not outcome.part:
                progress(1)
            yield outcome


def _in_workers(units: Iterable[Unit], work: Callable[[Unit], Any], jobs: int) -> Iterator[tuple[Unit, Any]]:
    """Each unit with `work(unit)`'s result, computed in `jobs` forked workers.

    Submitted in order and collected in that order, so output is deterministic whatever the
    scheduling; at most a few units per worker are in flight, so finished results do not pile
    up in memory while the parent writes the report or the index.
    """
    import gc
    import multiprocessing
    from collections import deque
    from concurrent.futures import ProcessPoolExecutor

    global _WORK
    _WORK = work
    context = multiprocessing.get_context("fork")
    if os.environ.get("CORPUSLINT_TRACE_WORKERS"):
        print(f"corpuslint: trace: {jobs} worker processes", file=sys.stderr)
    warm_up = getattr(work, "warm_up", None)
    if warm_up is not None:
        warm_up()  # once here, not once in each worker
    # what exists now lives as long as the workers: frozen, a worker's collector never walks it
    # (nor writes to the pages it lives in, which the fork shares until written)
    frozen = gc.get_freeze_count()
    gc.freeze()
    try:
        with ProcessPoolExecutor(max_workers=jobs, mp_context=context, initializer=_init_worker,
                                 initargs=(_ALARM_PERIOD, os.getpid())) as pool:
            in_flight: deque = deque()
            # what the work function builds only for later (`after_fork`): here, once the workers
            # are forked (a "fork" pool starts them all on the first submit; one that started them
            # one by one would hand the later ones the warm-up: no harm) and each has its units
            # queued (called after the first submit, it held back the second worker's first unit)
            later = getattr(work, "after_fork", None)
            for unit in units:
                in_flight.append((unit, pool.submit(_call, unit)))
                if len(in_flight) >= jobs * 4:
                    if later is not None:
                        later()
                        later = None
                    done, future = in_flight.popleft()
                    yield done, future.result()
            if later is not None:
                later()
            while in_flight:
                done, future = in_flight.popleft()
                yield done, future.result()
    finally:
        if not frozen:
            gc.unfreeze()  # a caller that froze nothing gets its collector back as it was


GC_THRESHOLD = (20_000, 20, 20)


@contextlib.contextmanager
def lean_gc() -> Iterator[None]:
    """Around a task's loop: what is loaded by then (the compiled rules, the task's index) is
    frozen out of the cyclic collector's sweeps, and it runs every 20,000 new containers rather
    than every 700. A stage makes many short-lived objects and few cycles; the collector was
    ~6% of the check stage of 8,000 documents (1.3 CPU s; 0.2 after); in the CLI's whole default
    run (index built, then the check) it swept ~0.2 CPU s per 10 MB. Restored after the loop.
    Inside another's (a fixer's index loaded in the annotator's loop) it does nothing: its
    `unfreeze` would hand the outer loop's frozen heap back to the sweeps; after a caller's own
    freeze (the CLI's start-up, `cli._settled`) it unfreezes nothing, for the same reason."""
    if _LEAN:
        yield
        return
    import gc

    before = gc.get_threshold()
    frozen = gc.get_freeze_count()
    gc.freeze()
    gc.set_threshold(*GC_THRESHOLD)
    _LEAN.append(True)
    try:
        yield
    finally:
        _LEAN.pop()
        gc.set_threshold(*before)
        if not frozen:
            gc.unfreeze()


_LEAN: list = []  # a `lean_gc` is in force (see there)


@contextlib.contextmanager
def time_budget(limit: float, clock: RuleClock) -> Iterator[None]:
    """Interrupt a rule that runs past `limit` seconds of CPU time on one document, whatever it is doing.

    CPU time, not wall time: on a loaded machine (a CI runner, a pre-commit hook beside a build)
    wall time stretched a rule's 0.7 s of work past 2 s, and which rules timed out, so which
    findings a file got, changed from run to run (qa15b #10: 0, 1 or 3 CL909 on one file). A
    profiling interval timer (SIGPROF, ITIMER_PROF: the process's CPU time) ticks every
    `limit / 4` CPU seconds for the whole run (not armed per rule: two system calls per rule and
    document would cost more than most rules); the linter stamps when the current rule started
    on its `clock` (without a system call: the handler leaves the start a rule beginning before
    its next tick is given, `RuleClock.mark`), and the handler raises TimeoutError inside the rule
    once it has used `limit` seconds. Both `regex` and `re` check for signals while matching, so
    a backtracking pattern is stopped too. Only in the main thread of a process whose SIGPROF is
    not used by anyone else (a library caller's own handler, a sampling profiler's, wins). The
    timer ticks at a phase set by earlier work, so a rule within a quarter of `limit` of its limit
    may be stopped in one run and not another: the same findings are promised only for rules far
    from the limit (review15b).
    """
    import signal
    import threading

    global _ALARM_PERIOD
    if (not hasattr(signal, "setitimer") or threading.current_thread() is not threading.main_thread()
            or signal.getsignal(signal.SIGPROF) not in (signal.SIG_DFL, None)):
        yield
        return

    period = max(limit / 4, 0.05)

    def on_alarm(signum: int, frame: Any) -> None:
        now = time.process_time()
        # no rule that starts before the next tick has used CPU time up to here (RuleClock)
        clock.mark = now + period
        started = clock.started
        # half a period more: a start taken from a mark lies a whole number of periods before a tick,
        # so without it the jitter of the signal's delivery would pick the fifth tick or the sixth
        if started is not None and now - started >= limit + period / 2:
            raise TimeoutError(f"rule ran past its {limit:g} s budget")

    previous = signal.signal(signal.SIGPROF, on_alarm)
    _ALARM_PERIOD = period
    _BUDGET_CLOCK[:] = [clock]
    clock.mark = time.process_time() + period
    signal.setitimer(signal.ITIMER_PROF, period, period)
    clock.timer = True  # (regex calls inside rules then need no wall timeout: CLOCK.regex_timeout)
    try:
        yield
    finally:
        clock.timer = False
        _BUDGET_CLOCK.clear()
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
        _ALARM_PERIOD = 0.0
