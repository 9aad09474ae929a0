"""A hang fails the test that hangs, with where it was stuck, instead of blocking the suite (CI's
budget is 90 minutes; pytest-timeout is not a dependency). conftest applies `guard` to each test's
setup, call and teardown.

A session of the suite (load 13-18) sat in `poll` at 67%, in or around test_dist_stage_1_crash,
until it was killed. A blocked main thread is woken by a real signal: `poll`, `select`, `waitpid`
and lock waits return EINTR, Python runs the handler, and its exception ends the wait
(`_thread.interrupt_main` only sets a flag that a thread blocked in a system call never reads).
SIGALRM sent by a timer thread to the main thread (`pthread_kill`: no other thread takes it; not
ITIMER_REAL, which test_pathological checks corpuslint leaves unset); the code under test sets no handler for it
(corpuslint's rule budgets use SIGPROF), and a forked process does not inherit the timer. A test may
nest a shorter `guard` (test_dist_job's Ray job): the inner one puts the outer's handler back when it ends.

If the handler never runs (the main thread stuck in C code that retries its waits),
faulthandler's own watchdog dumps every thread's stack and ends the run, exit code 1, a while
later (`BACKSTOP`): a failed run, never one that waits for CI's limit."""

from __future__ import annotations

import contextlib
import faulthandler
import os
import signal
import sys
import threading
from collections.abc import Iterator

import pytest

# s a phase (setup, call or teardown) may take: above test_dist_job's guard of its Ray job (900 s) and the
# subprocess timeouts of the tests (at most 600 s); the slowest test takes ~45 s idle
LIMIT = float(os.environ.get("CORPUSLINT_TEST_HANG_LIMIT", "1200"))
BACKSTOP = 300  # s after LIMIT: faulthandler ends the run if the handler could not run


class Hung(BaseException):  # not an Exception: no `except Exception` on the way swallows it
    pass


@contextlib.contextmanager
def guard(seconds: float, what: str) -> Iterator[None]:
    """Fail `what` if the block runs past `seconds`: SIGALRM's handler prints every thread's stack
    (stderr, shown with the failure) and raises `Hung` where the main thread was; said as the test's
    failure. Off the main thread, or without `pthread_kill`, the block runs unguarded."""
    if threading.current_thread() is not threading.main_thread() or not hasattr(signal, "pthread_kill"):
        yield
        return

    def on_alarm(signum, frame):
        try:
            faulthandler.dump_traceback(file=sys.stderr, all_threads=True)  # pytest's capture shows it
        except (AttributeError, OSError, ValueError):  # a stderr with no file descriptor
            faulthandler.dump_traceback(file=sys.__stderr__, all_threads=True)
        raise Hung

    main, lock, state = threading.main_thread().ident, threading.Lock(), {"done": False}

    def fire():  # SIGALRM to the main thread itself (not ITIMER_REAL: a test checks corpuslint leaves it unset)
        with lock:
            if not state["done"]:
                signal.pthread_kill(main, signal.SIGALRM)

    previous = signal.signal(signal.SIGALRM, on_alarm)
    timer = threading.Timer(seconds, fire)
    timer.daemon = True
    timer.start()
    try:
        yield
    except Hung:
        pytest.fail(f"{what} did not finish in {seconds:g} s: a hang (every thread's stack is in the captured "
                    "stderr; CORPUSLINT_TEST_HANG_LIMIT sets the limit)", pytrace=True)
    finally:
        with lock:
            state["done"] = True
        timer.cancel()
        timer.join()  # its thread gone before the next phase: none ends (and frees its objects) inside a test
        signal.signal(signal.SIGALRM, previous)


@contextlib.contextmanager
def backstop(seconds: float) -> Iterator[None]:
    """faulthandler's watchdog thread: every thread's stack, then `_exit(1)`, if the block runs past
    `seconds` (one at a time in a process: the hooks', not nested)."""
    faulthandler.dump_traceback_later(seconds, exit=True, file=sys.__stderr__)  # not pytest's capture: lost at exit
    try:
        yield
    finally:
        faulthandler.cancel_dump_traceback_later()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_protocol(item, nextitem):
    with backstop(3 * LIMIT + BACKSTOP):  # the test's three phases
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_setup(item):
    with guard(LIMIT, f"{item.nodeid} (setup)"):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_call(item):
    with guard(LIMIT, f"{item.nodeid} (call)"):
        return (yield)


@pytest.hookimpl(wrapper=True)
def pytest_runtest_teardown(item, nextitem):
    with guard(LIMIT, f"{item.nodeid} (teardown)"):
        return (yield)
