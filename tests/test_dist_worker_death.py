"""A worker of `corpuslint dist check` that dies (SIGKILL, the OOM killer, `os._exit`) ends the
job at once with a message naming its task, exit 2, never a hang (corpuslint.dist.local); a rerun
of the same command resumes and finds what `corpuslint check` finds.

The job whose worker dies runs in a process of its own, with a timeout; the rerun runs in the test's
process under a watchdog: a regression fails here, it cannot hang the suite. The task dies in the
middle of its documents, after reading the first.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

from test_dist_job import CORPUS, ROOT, multiset  # noqa: E402

SCRIPT = r"""
import os, signal, sys
from corpuslint.dist import job

stage, how = sys.argv[1], sys.argv[2]
cls = {"fingerprints": job.FingerprintStage, "check": job.CorpuslintAnnotator}[stage]
original = cls.run

def dies_in_task_1(data, rank):
    for number, doc in enumerate(data or ()):
        if rank == 1 and number == 1:
            if how == "kill":
                os.kill(os.getpid(), signal.SIGKILL)
            os._exit(3)
        yield doc

def run(self, data, rank=0, world_size=1):
    return original(self, dies_in_task_1(data, rank), rank, world_size)

cls.run = run
from corpuslint.cli import main
sys.exit(main(sys.argv[3:]))
"""

ARGS = ["dist", "check", "corpus", "--tasks", "4", "--buckets", "3", "--workers", "2", "--output-format", "jsonl"]


def run_cli(base: Path, *args: str, wait: float = 120) -> tuple[int | None, str, str]:
    """`corpuslint ARGS` with the script's patch (args[:2]: its stage and how it dies) or without it
    (args[0] == "dist"): (exit code or None if still running after `wait` s, stdout, stderr). No
    process of the run (a worker) may outlive it."""
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-m", "corpuslint", *args] if args[0] == "dist" else [sys.executable, "-c", SCRIPT,
                                                                                     *args]
    proc = subprocess.Popen(command, cwd=base, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                            start_new_session=True)
    try:
        out, err = proc.communicate(timeout=wait)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)  # the job and its workers, left waiting
        out, err = proc.communicate()
        return None, out, err
    assert group_is_gone(proc.pid), "a worker outlived the job"
    return proc.returncode, out, err


RESUME_LIMIT = 300  # s: a hang fails the test, a loaded machine does not


def resume(cli, base: Path) -> tuple[int, str, str]:
    """The same command again, as a user reruns it, in this process (its imports are made: a process of
    its own spent ~1 CPU s, ~5 s under load, importing them), under a watchdog: a hang fails the test
    (hang_guard.guard). No worker may outlive it. (exit code, stdout, stderr)"""
    import multiprocess

    from hang_guard import guard

    with guard(RESUME_LIMIT, "the resumed job"):
        result = cli(*ARGS, "--work-dir", "w", cwd=base)
    assert not multiprocess.active_children(), "a worker outlived the job"
    return result.code, result.out, result.err


def group_is_gone(pgid: int) -> bool:
    try:
        os.killpg(pgid, 0)
    except ProcessLookupError:
        return True
    return False


@pytest.fixture(scope="module")
def expected(dist_check_lines):
    """What `corpuslint check` finds in the corpus (conftest's, found in-process once a session: the
    jobs under test run in processes of their own; this one needs no timeout)."""
    return multiset(dist_check_lines)


@pytest.mark.parametrize("stage,how,said", [("check", "kill", "(signal 9)"), ("fingerprints", "kill", "(signal 9)"),
                                            ("check", "exit", "(exit code 3)")])
def test_a_dead_worker_fails_the_job_at_once_and_a_rerun_resumes(tmp_path, expected, cli, stage, how, said):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    code, out, err = run_cli(tmp_path, stage, how, *ARGS, "--work-dir", "w")
    assert code is not None, f"the job hung after its worker died: {err[-2000:]}"
    assert code == 2, (code, err)
    assert ("corpuslint: error: task 1's worker died " + said + "; rerun the same command to resume: "
            "completed tasks are skipped") in err, err
    assert "internal error" not in err, err
    # at once: no sleep on a dependency stage's unfinished tasks (local.py's only wait, 2 minutes;
    # a hang ends in run_cli's timeout), whatever the machine's load (a wall-clock limit was not)
    log = (tmp_path / "w" / "logs" / "console.log").read_text()
    assert "Waiting..." not in err + log, (err, log[-3000:])
    assert out == ""  # no partial report
    completions = tmp_path / "w" / "logs" / stage / "completions"
    assert not (completions / "00001").exists()

    code, out, err = resume(cli, tmp_path)  # the same command again resumes
    assert code == 1, err
    assert multiset(out.splitlines()) == expected
    assert sorted(p.name for p in completions.iterdir()) == ["00000", "00001", "00002", "00003"]


def test_a_task_handed_to_a_worker_that_died_after_its_reply_is_never_a_broken_pipe():
    """review14b: the parent's send to a dead worker raised BrokenPipeError, which the CLI read as a closed
    stdout (exit 0, no findings). A broken pipe on the way to a worker says it died before it got the task
    (`_send` False): the task goes to another worker (tests/test_dist_idle_worker.py)."""
    import multiprocess

    from corpuslint.dist.local import _send

    class Dead:  # a worker process that ended: killed by SIGKILL
        exitcode = -9

        def join(self, timeout=None):
            return None

    mine, theirs = multiprocess.Pipe()
    theirs.close()
    assert _send((Dead(), mine), 3) is False
    alive, other = multiprocess.Pipe()
    assert _send((Dead(), alive), 4) is True  # an open pipe: the rank is handed over
    assert other.recv() == 4
