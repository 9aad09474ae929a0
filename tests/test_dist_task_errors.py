"""An exception a task raises reaches the user as a message, exit 2, whatever its class: sent back
from a worker as text (type name, message, formatted traceback: corpuslint.errors.TaskFailed), never
pickled itself. A plugin's exception class whose __init__ takes other arguments than its message
could not be rebuilt in the parent, which failed with "internal error: TypeError: E.__init__()
missing 1 required positional argument" (review14). The same for the CLI's `--jobs` workers.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

from test_dist_job import CORPUS, ROOT  # noqa: E402

from corpuslint.errors import TaskFailed  # noqa: E402
from corpuslint.runner import map_units  # noqa: E402

# a rule method raising a plugin's exception whose class pickles but does not unpickle
SCRIPT = r"""
import importlib, sys
where, method = sys.argv[1], sys.argv[2]
module, name = where.rsplit(".", 1)

class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)

def boom(self, *args, **kwargs):
    raise E("plugin boom", 2)

setattr(getattr(importlib.import_module(module), name), method, boom)
from corpuslint.cli import main
sys.exit(main(sys.argv[3:]))
"""
FOLLOW_UPS = ("corpuslint.checks.duplicates.NearDuplicateDocument", "follow_ups")  # stage 2
CHECK = ("corpuslint.checks.metadata.rules.EmptyMetadata", "check")  # stage 4, and the job's warm-up


def dist(base, patched, workers: int, *extra: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    return subprocess.run([sys.executable, "-c", SCRIPT, *patched, "dist", "check", "corpus", "--tasks", "4",
                           "--buckets", "3", "--workers", str(workers), "--output-format", "jsonl", "--work-dir",
                           f"w{workers}", *extra], cwd=base, env=env, capture_output=True, text=True, timeout=120)


@pytest.mark.parametrize("workers", [1, 2])
# (a plugin's `lookups` raising in stage 1 is a rule crash now, reported as `check` reports one and the
# task goes on: tests/test_dist_stage_1_crash.py)
@pytest.mark.parametrize("patched,stage", [(FOLLOW_UPS, "reduce")])
def test_a_plugins_exception_that_does_not_unpickle_is_reported_as_a_task_failure(tmp_path, patched, stage, workers):
    shutil.copytree(CORPUS, tmp_path / "corpus")
    out = dist(tmp_path, patched, workers)
    assert out.returncode == 2, out.stderr[-3000:]
    said = [line for line in out.stderr.splitlines() if line.startswith("corpuslint: error: ")]
    assert len(said) == 1 and said[0].startswith(f"corpuslint: error: {stage} task "), out.stderr[-3000:]
    assert said[0].endswith(" failed: E: plugin boom")
    assert "internal error" not in out.stderr and out.stdout == ""


def test_a_rule_crashing_on_the_warm_up_document_does_not_end_the_job(tmp_path):
    """The job's warm-up (the rules run once on a sample before the workers fork) crashed with an
    internal error where the tasks report a rule's crash and go on (corpuslint.dist.steps: as
    `corpuslint check` does, the other rules' findings kept, each crash said, exit 2)."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    out = dist(tmp_path, CHECK, 2)
    assert out.returncode == 2, out.stderr[-3000:]
    assert "internal error" not in out.stderr and out.stdout
    said = [line for line in out.stderr.splitlines() if line.startswith("corpuslint: error: ")]
    assert said and all("rule CL502 (empty-metadata, from metadata) crashed on" in line for line in said)
    log = (tmp_path / "w2" / "logs" / "console.log").read_text()
    assert "rule CL502 (empty-metadata, from metadata) crashed on" in log and "E: plugin boom" in log


class E(Exception):
    def __init__(self, a, b):
        super().__init__(a)


def raises(unit):
    if unit == 2:
        raise E(f"unit {unit} failed", unit)
    return [unit]


def test_the_cli_workers_send_an_exception_that_does_not_unpickle_as_text():
    with pytest.raises(TaskFailed, match=r"^a worker's work unit failed: E: unit 2 failed$") as caught:
        list(map_units([1, 2, 3], raises, jobs=2))
    assert 'raise E(f"unit {unit} failed", unit)' in caught.value.traceback
    assert list(map_units([1, 3], raises, jobs=2)) == [(1, [1]), (3, [3])]
