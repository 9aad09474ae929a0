"""The suite's hang guard (tests/hang_guard.py): a test that blocks fails, with a message, instead of
blocking the run; a quick one is left alone."""

from __future__ import annotations

import contextlib
import os
import select
import signal
import subprocess
import sys
import time

import pytest

from hang_guard import guard


def test_every_test_runs_under_the_guard():
    assert getattr(signal.getsignal(signal.SIGALRM), "__qualname__", "") == "guard.<locals>.on_alarm"


def test_a_quick_block_is_left_alone():
    with guard(60, "a quick block"):
        time.sleep(0.01)
    with guard(60, "a block that fails"), pytest.raises(ZeroDivisionError):
        1 / 0  # noqa: B018 - its own exception, unchanged


def test_a_wait_in_poll_fails_with_a_message():
    read, write = os.pipe()
    try:
        started = time.monotonic()
        with pytest.raises(pytest.fail.Exception, match=r"a stuck poll did not finish in 0.3 s: a hang"):
            with guard(0.3, "a stuck poll"):
                waiting = select.poll()
                waiting.register(read, select.POLLIN)
                waiting.poll()  # no timeout, nothing ever written: the system call itself is woken
        assert time.monotonic() - started < 30
    finally:
        os.close(read)
        os.close(write)


def test_a_child_that_left_a_grandchild_holding_its_pipes_fails_with_a_message():
    # the shape of the hang seen at test_dist_stage_1_crash: the pytest process in poll, no child left
    # running (the child exited; a process it started holds the write end of its stdout): a
    # `communicate` without a timeout waits for that pipe's end as long as that process lives
    child = [sys.executable, "-c", "import subprocess, sys; subprocess.Popen(['sleep', '60']); sys.exit(0)"]
    proc = subprocess.Popen(child, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True)
    try:
        with pytest.raises(pytest.fail.Exception, match="a child's pipes did not finish in 1 s"):
            with guard(1, "a child's pipes"):
                proc.communicate()
        assert proc.poll() == 0  # the child had ended: only its grandchild was left
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)  # the grandchild (its session's group)
        proc.wait()
