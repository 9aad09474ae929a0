"""Every time budget inside a rule counts the rule's CPU time (CLOCK), never the wall clock: a
loaded machine stretches wall time and once changed which pack rules were stopped (reviewer 15b)."""
from __future__ import annotations

import signal
import time

import pytest
import regex

from corpuslint.rule import CLOCK


@pytest.fixture
def clock():
    saved = CLOCK.started
    yield CLOCK
    CLOCK.started = saved


def test_a_pack_scan_stops_on_cpu_time_not_wall_time(clock, monkeypatch):
    from corpuslint.packs.blocks import _scan

    pattern = regex.compile(r"word")
    text = "a word\nanother word\n"
    regions = [(0, 6), (7, len(text))]
    # wall time jumps an hour (a loaded machine): the CPU budget is untouched, the scan finishes
    clock.started = time.process_time()
    real = time.monotonic
    monkeypatch.setattr(time, "monotonic", lambda: real() + 3600)
    assert [m.group() for m in _scan(pattern, text, regions, 2.0)] == ["word", "word"]
    # the rule has used its CPU seconds: the scan stops
    clock.started = time.process_time() - 3.0
    with pytest.raises(TimeoutError):
        list(_scan(pattern, text, regions, 2.0))


def test_regex_gets_no_wall_timeout_where_the_profiling_timer_stops_the_rule(clock):
    from corpuslint.runner import time_budget

    clock.started = None
    assert clock.regex_timeout(2.0) == 2.0  # outside the engine: the wall bound is the only guard
    clock.started = time.process_time() - 0.5
    assert 1.0 < clock.regex_timeout(2.0) <= 1.5  # no timer armed: the CPU time left
    if not hasattr(signal, "setitimer"):
        return
    with time_budget(2.0, clock):  # the engine's own handler stops the rule: no wall timeout
        assert clock.regex_timeout(2.0) is None
    assert 1.0 < clock.regex_timeout(2.0) <= 1.5


def test_regex_keeps_its_timeout_where_a_callers_profiler_owns_sigprof(clock):
    # a profiler's handler and timer: time_budget stands aside, so nothing stops the rule but
    # the regex timeout (review15c: it returned None for any armed ITIMER_PROF, unbounded)
    from corpuslint.runner import time_budget

    if not hasattr(signal, "setitimer"):
        pytest.skip("no interval timers")
    previous = signal.signal(signal.SIGPROF, lambda *a: None)
    signal.setitimer(signal.ITIMER_PROF, 0.01, 0.01)
    try:
        with time_budget(2.0, clock):
            clock.started = time.process_time() - 0.5
            timeout = clock.regex_timeout(2.0)
            assert timeout is not None and 0.001 <= timeout <= 1.5
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
