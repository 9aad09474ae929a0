"""A worker of `corpuslint dist check` killed while it holds no task (before its first, after its
last reply) lost nothing: the job logs a warning naming it, the other workers take its share, and
the job finds what a clean run finds (review14: any death failed the job). A task lost in flight
still fails it (tests/test_dist_worker_death.py), and so does the death of every worker.

The kills are real (SIGKILL, from the job's own process, by a patch of corpuslint.dist.local in
the script below), each waited for (the process reaped) before the job goes on: no sleeps.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

from test_dist_job import ROOT, multiset  # noqa: E402
from test_dist_worker_death import ARGS, CORPUS, expected, run_cli  # noqa: E402,F401 - a fixture

SCRIPT = r"""
import os, signal, sys
from corpuslint.dist import local

how = sys.argv[1]
JOB = os.getpid()  # the patches act in the job's process only (the forked workers inherit them)
send, receive, wait = local._send, local._receive_reply, local.wait
busy = {}  # a worker's process -> whether it holds a task, as the job sees it
by_conn = {}

def kill(process, why):
    os.kill(process.pid, signal.SIGKILL)
    process.join()  # reaped: its pipe is closed before the job goes on
    print(f"test: killed {process.name} {why}", file=sys.__stdout__, flush=True)

def _send(worker, rank):
    process, conn = worker
    by_conn[conn] = process
    if os.getpid() == JOB and process not in busy and (how == "every" or (how == "first" and process.name.endswith("-1"))):
        kill(process, "before its first task")
    busy[process] = True
    return send(worker, rank)

def _receive_reply(conn):
    reply = receive(conn)
    process = by_conn.get(conn)
    if os.getpid() == JOB and process is not None and reply is not None:
        busy[process] = False
        if how == "reply" and process.name.endswith("-1"):
            kill(process, "after its reply")
    return reply

def _wait(objects, timeout=None):
    if os.getpid() == JOB and how == "idle" and any(busy.values()):
        for process, holds in busy.items():
            if not holds and process.is_alive():  # idle while another works: no task left to hand out
                kill(process, "while idle")
    return wait(objects, timeout)

local._send, local._receive_reply, local.wait = _send, _receive_reply, _wait
from corpuslint.cli import main
sys.exit(main(sys.argv[2:]))
"""


def run(base, how):
    """The job under the script's patch `how`: (exit code, stdout's findings, the kills, stderr, seconds)."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    proc = subprocess.Popen([sys.executable, "-c", SCRIPT, how, *ARGS, "--work-dir", "w"], cwd=base, env=env,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True, start_new_session=True)
    start = time.monotonic()
    try:
        out, err = proc.communicate(timeout=120)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        out, err = proc.communicate()
        pytest.fail(f"the job hung: {err[-2000:]}")
    took = time.monotonic() - start
    kills = [line for line in out.splitlines() if line.startswith("test: killed ")]
    return proc.returncode, [line for line in out.splitlines() if not line.startswith("test: ")], kills, err, took


@pytest.mark.parametrize("how", ["first", "reply", "idle"])
def test_an_idle_workers_death_is_logged_and_the_others_finish_the_job(tmp_path, expected, how):  # noqa: F811
    shutil.copytree(CORPUS, tmp_path / "corpus")
    code, findings, kills, err, took = run(tmp_path, how)
    assert kills, "no worker was killed: the test did not test"
    assert code == 1, (kills, err[-3000:])
    assert multiset(findings) == expected
    log = (tmp_path / "w" / "logs" / "console.log").read_text()
    warned = [line for line in log.splitlines() if "died (signal 9) holding no task" in line]
    assert warned and all("corpuslint-worker-" in line and "WARNING" in line for line in warned), log[-3000:]
    assert "internal error" not in err
    assert "Waiting..." not in err + log, log[-3000:]  # no 2-minute sleep on a stage (a wall-clock limit was load-sensitive)
    # on the terminal too (stderr is the log's during the run): one line a death, as the log says it
    # (a death after a stage's last reply may go unseen: the stage ends, nothing was lost)
    said = [line for line in err.splitlines() if "holding no task" in line]
    assert said and len(said) == len(warned), (kills, err[-3000:])
    assert all(line.startswith("corpuslint: warning: corpuslint-worker-") and line.endswith(
        "died (signal 9) holding no task; 1 worker(s) left take its share of the tasks") for line in said)
    assert [line.split("corpuslint: warning: ")[1] for line in said] == [line.split(" - ", 1)[1].strip()
                                                                         for line in warned]


def test_the_death_of_every_worker_fails_the_job(tmp_path):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    code, findings, kills, err, _took = run(tmp_path, "every")
    assert len(kills) == 2
    assert code == 2 and findings == [], err[-3000:]
    # each worker's own end, not the last one's for all
    assert ("corpuslint: error: every worker died (corpuslint-worker-0: signal 9; corpuslint-worker-1: signal 9); "
            "rerun the same command to resume: completed tasks are skipped") in err
    said = [line for line in err.splitlines() if line.startswith("corpuslint: warning: ")]
    assert len(said) == 2 and all("holding no task" in line for line in said), err[-3000:]


def test_every_worker_died_names_each_workers_exit():
    from corpuslint.dist.local import WorkerDied

    died = WorkerDied(None, 1, every=True, each=[("corpuslint-worker-0", -9), ("corpuslint-worker-1", 1)])
    assert str(died).startswith("every worker died (corpuslint-worker-0: signal 9; corpuslint-worker-1: exit code 1); ")
    assert str(WorkerDied(3, -9)).startswith("task 3's worker died (signal 9); ")
