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
    clock.started = None
    assert clock.regex_timeout(2.0) == 2.0  # outside the engine: the wall bound is the only guard
    clock.started = time.process_time() - 0.5
    assert 1.0 < clock.regex_timeout(2.0) <= 1.5  # no timer armed: the CPU time left
    if not hasattr(signal, "setitimer"):
        return
    previous = signal.signal(signal.SIGPROF, lambda *a: None)
    signal.setitimer(signal.ITIMER_PROF, 10.0, 10.0)
    try:
        assert clock.regex_timeout(2.0) is None
    finally:
        signal.setitimer(signal.ITIMER_PROF, 0)
        signal.signal(signal.SIGPROF, previous)
