"""A bug that escapes a `--jobs` worker (a built-in exception out of corpuslint's own code) is
reported as the internal error it is without --jobs, in the same words (review15: it read
`error: a worker's work unit failed: KeyError ...`); a corpuslint error stays an error."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from corpuslint.errors import TaskFailed, UsageError
from corpuslint.runner import map_units

ROOT = Path(__file__).parents[1]
# the file-level step of a check raising a KeyError past its own guard (a bug in corpuslint)
SCRIPT = r"""
import sys
import corpuslint.work as work

def process_file(linter, path, **mode):
    raise KeyError("language")

work.process_file = process_file
from corpuslint.cli import main
sys.exit(main(sys.argv[1:]))
"""
BUG = ("corpuslint: internal error: KeyError: 'language'\n"
       "This is a bug in corpuslint or a plugin; rerun with CORPUSLINT_DEBUG=1 for the traceback.")


def run(tmp_path, *args: str, debug: bool = False) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if k != "CORPUSLINT_DEBUG"}
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))
    env["CORPUSLINT_PARALLEL_MIN_BYTES"] = "0"  # workers even for a few small files
    if debug:
        env["CORPUSLINT_DEBUG"] = "1"
    return subprocess.run([sys.executable, "-c", SCRIPT, "check", "--no-index", "--isolated", "corpus", *args],
                          cwd=tmp_path, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"]])
def test_a_workers_bug_is_an_internal_error_with_or_without_jobs(tmp_path, jobs):
    (tmp_path / "corpus").mkdir()
    for n in range(4):
        (tmp_path / "corpus" / f"{n}.txt").write_text(f"Story {n}.\n\nThe council met on Tuesday.\n")
    out = run(tmp_path, *jobs)
    assert out.returncode == 2
    assert out.stderr.strip() == BUG, out.stderr[-2000:]


def test_with_debug_a_workers_bug_shows_its_traceback(tmp_path):
    (tmp_path / "corpus").mkdir()
    for n in range(4):
        (tmp_path / "corpus" / f"{n}.txt").write_text(f"Story {n}.\n")
    out = run(tmp_path, "--jobs", "2", debug=True)
    assert out.returncode == 2 and 'in process_file' in out.stderr and BUG in out.stderr


def key_error(unit):
    if unit == 2:
        raise KeyError("x")
    return [unit]


def usage_error(unit):
    raise UsageError("bad unit")


def test_the_worker_marks_a_bug_and_not_its_own_error():
    with pytest.raises(TaskFailed) as caught:
        list(map_units([1, 2, 3], key_error, jobs=2))
    assert caught.value.internal == "KeyError: 'x'"
    with pytest.raises(UsageError, match="bad unit"):  # corpuslint's own error: itself, reported as an error
        list(map_units([1, 2], usage_error, jobs=2))
