"""A corpus rule that crashes in the corpus job's fingerprint stage (a plugin's bug in its
`fingerprints` or `lookups`) is reported as `corpuslint check` reports a crash of its collect
phase: the rule's fingerprints of that document are left out, the other rules' and documents' kept,
`corpuslint: error: rule CL151 (...) crashed on corpus/a.jsonl record 1 while fingerprinting it for
the corpus index: ValueError: plugin boom` after the report, exit 2; the stage counts it
(`rule_crashed` in its stats.json) and the task goes on. Before: a crash in `fingerprints` was
dropped without a word (exit 1) or failed the check stage with an internal error (MissingAnswer:
the document's keys were missing), one in `lookups` failed the fingerprint task."""

from __future__ import annotations

import contextlib
import importlib
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

from test_dist_job import CORPUS, ROOT  # noqa: E402

# a plugin rule's bug: the method raises on the documents whose id ends with 9, and on fnc1-train-1848
# (corpus/a.jsonl record 3, which carries a CL151 finding); exec'd over `original` in the subprocess
# (`SCRIPT`) and in-process (`run_here`) alike
BOOM = r"""
def boom(self, doc, *args, **kwargs):
    if str(doc.id).endswith("9") or doc.id == "fnc1-train-1848":
        if os.environ.get("CORPUSLINT_TEST_BOOM") == "timeout":
            raise TimeoutError("regex time budget")  # as a rule's time budget stops it
        raise ValueError("plugin boom")
    return original(self, doc, *args, **kwargs)
"""
SCRIPT = r"""
import importlib, os, sys
module, name = sys.argv[1].rsplit(".", 1)
cls = getattr(importlib.import_module(module), name)
method = sys.argv[2]
original = getattr(cls, method)
""" + BOOM + r"""
setattr(cls, method, boom)
from corpuslint.cli import main
sys.exit(main(sys.argv[3:]))
"""
FINGERPRINTS = ("corpuslint.checks.boilerplate.repeated.RepeatedParagraph", "fingerprints")
URL_FINGERPRINTS = ("corpuslint.checks.urls.variants.CorpusUrlVariant", "fingerprints")
LOOKUPS = ("corpuslint.checks.metadata.rules.MissingMetadata", "lookups")
CRASHED_AT = ["corpus/a.jsonl record 1", "corpus/a.jsonl record 3", "corpus/c.jsonl record 5",
              "corpus/c.jsonl record 7"]


def run(cwd: Path, patched: tuple[str, str] | None, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-c", SCRIPT, *patched] if patched else [sys.executable, "-m", "corpuslint.cli"]
    return subprocess.run([*command, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


def dist(cwd: Path, patched, workers: int, work_dir: str) -> subprocess.CompletedProcess:
    return run(cwd, patched, "dist", "check", "corpus", "--isolated", "--tasks", "4", "--buckets", "3", "--workers",
               str(workers), "--output-format", "jsonl", "--work-dir", work_dir)


_CHECKED: dict[tuple, subprocess.CompletedProcess] = {}
_JOBS: dict[tuple, subprocess.CompletedProcess] = {}


def dist_once(cwd: Path, patched, workers: int, work_dir: str) -> subprocess.CompletedProcess:
    """`dist` into `work_dir` (with the boom the environment asks for), run once for the module: a
    test that starts from the same job's work folder copies it instead of running the job again."""
    key = (cwd, patched, workers, work_dir, os.environ.get("CORPUSLINT_TEST_BOOM"))
    if key not in _JOBS:
        _JOBS[key] = dist(cwd, patched, workers, work_dir)
    return _JOBS[key]


def run_here(cwd: Path, patched: tuple[str, str] | None, *args: str) -> subprocess.CompletedProcess:
    """`run`'s command in-process, `BOOM` patched in while it runs: `check`'s side of the
    comparisons is no test of the process boundary (a subprocess start is ~0.7 CPU s)."""
    from corpuslint.cli import main

    cls, original = None, None
    if patched:
        module, name = patched[0].rsplit(".", 1)
        cls, method = getattr(importlib.import_module(module), name), patched[1]
        original = getattr(cls, method)
        namespace = {"os": os, "original": original}
        exec(BOOM, namespace)
        boom = namespace["boom"]

    out, err, here = io.StringIO(), io.StringIO(), os.getcwd()
    try:
        if cls is not None:
            setattr(cls, method, boom)
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        os.chdir(here)
        if cls is not None:
            setattr(cls, method, original)
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


def checked(cwd: Path, patched) -> subprocess.CompletedProcess:
    """`corpuslint check` of the corpus with `patched` (and the boom the environment asks for), run once
    for the module, in-process: the jobs at 1 and 2 workers are compared with the same check (~1.2 CPU s a run)."""
    key = (cwd, patched, os.environ.get("CORPUSLINT_TEST_BOOM"))
    if key not in _CHECKED:
        _CHECKED[key] = run_here(cwd, patched, "check", "corpus", "--isolated", "--no-cache", "--no-index",
                                 "--output-format", "jsonl")
    return _CHECKED[key]


def errors(out: subprocess.CompletedProcess) -> list[str]:
    return [line for line in out.stderr.splitlines() if line.startswith("corpuslint: error: ")]


@pytest.fixture(scope="module")
def base(tmp_path_factory):
    base = tmp_path_factory.mktemp("stage1")
    shutil.copytree(CORPUS, base / "corpus")
    return base


@pytest.mark.parametrize("workers", [1, 2])
@pytest.mark.parametrize("patched,code", [(FINGERPRINTS, "CL151 (repeated-paragraph, from boilerplate)"),
                                          (URL_FINGERPRINTS, "CL304 (corpus-url-variant, from urls)")])
def test_a_crash_while_fingerprinting_is_reported_as_check_reports_it(base, patched, code, workers):
    check = checked(base, patched)
    assert check.returncode == 2
    said = [f"corpuslint: error: rule {code} crashed on {where} while fingerprinting it for the corpus index: "
            "ValueError: plugin boom" for where in CRASHED_AT]
    assert errors(check) == said
    work = f"w-{patched[0].rsplit('.', 1)[1]}-{workers}"
    out = dist(base, patched, workers, work)
    assert out.returncode == 2, out.stderr[-3000:]
    assert "internal error" not in out.stderr
    assert errors(out) == said
    assert sorted(out.stdout.splitlines()) == sorted(check.stdout.splitlines())  # the same findings, whole
    assert len(out.stdout.splitlines()) > 40
    stats = json.loads((base / work / "logs" / "fingerprints" / "stats.json").read_text())
    assert sum(step["stats"].get("rule_crashed", 0) for step in stats) == len(CRASHED_AT)
    assert "while fingerprinting it for the corpus index" in (base / work / "logs" / "console.log").read_text()
    if patched == FINGERPRINTS:  # (the resume reads the crash records alike whichever rule crashed: one rule's)
        # a rerun resumes (every task complete) and says the crashes again, from the work folder's records
        again = dist(base, patched, workers, work)
        assert (again.returncode, again.stdout, errors(again)) == (2, out.stdout, said)


@pytest.mark.parametrize("workers", [1, 2])
def test_a_crash_while_listing_lookups_is_a_rule_crash_and_the_task_goes_on(base, workers):
    """`lookups` is the corpus job's alone (check asks its index anything): the crash is said in
    check's words with what the rule was doing, and the findings are check's, whole (the rule's
    own questions about that document answered from what the other documents routed)."""
    clean = checked(base, None)
    out = dist(base, LOOKUPS, workers, f"w-lookups-{workers}")
    assert out.returncode == 2, out.stderr[-3000:]
    assert errors(out) == [
        f"corpuslint: error: rule CL501 (missing-metadata, from metadata) crashed on {where} while listing the keys "
        "it will look up for it (the corpus job's fingerprint stage): ValueError: plugin boom" for where in CRASHED_AT]
    assert sorted(out.stdout.splitlines()) == sorted(clean.stdout.splitlines())


def test_a_clean_job_writes_empty_crash_records(base):
    out = dist(base, None, 1, "w-clean")
    assert out.returncode == 1 and errors(out) == []
    assert [json.loads(p.read_text()) for p in sorted((base / "w-clean" / "crashes").glob("fingerprints-*.json"))] \
        == [[], [], [], []]


@pytest.mark.parametrize("workers", [1, 2])
def test_a_rule_its_time_budget_stops_in_stage_1_is_check_s_cl909(base, monkeypatch, workers):
    # review16d: a fingerprinting timeout was taken for a crash (error lines without the document,
    # exit 2); then a warning with no finding. `check` says CL909 on the document and goes on:
    # dist check now reports the same findings, the CL909s included, and says nothing more
    monkeypatch.setenv("CORPUSLINT_TEST_BOOM", "timeout")
    check = checked(base, FINGERPRINTS)
    stopped = [json.loads(line) for line in check.stdout.splitlines() if json.loads(line)["code"] == "CL909"]
    assert [(f["path"], f["record"]) for f in stopped] == [
        ("corpus/a.jsonl", 1), ("corpus/a.jsonl", 3), ("corpus/c.jsonl", 5), ("corpus/c.jsonl", 7)]
    assert "while fingerprinting this document for the corpus index" in stopped[0]["message"]
    work = f"w-timeout-{workers}"
    out = dist_once(base, FINGERPRINTS, workers, work)
    assert (out.returncode, check.returncode) == (1, 1), out.stderr[-3000:]
    assert errors(out) == [] and "corpuslint: warning" not in out.stderr
    assert sorted(out.stdout.splitlines()) == sorted(check.stdout.splitlines())  # CL909s included
    stats = json.loads((base / work / "logs" / "fingerprints" / "stats.json").read_text())
    assert sum(step["stats"].get("rule_stopped", 0) for step in stats) == len(stopped)
    assert sum(step["stats"].get("rule_crashed", 0) for step in stats) == 0
    assert "corpus/a.jsonl record 3" in (base / work / "logs" / "console.log").read_text()
    again = dist(base, FINGERPRINTS, workers, work)  # resumed: said again, from the work folder's records
    assert (again.returncode, again.stdout) == (1, out.stdout)


def test_a_work_folder_of_an_earlier_version_still_warns(base, monkeypatch):
    """A stage-1 record written before the CL909 was kept (no `cl909` key): the warning as before."""
    monkeypatch.setenv("CORPUSLINT_TEST_BOOM", "timeout")
    out = dist_once(base, FINGERPRINTS, 1, "w-timeout-1")  # the job of the test above, at one worker
    shutil.copytree(base / "w-timeout-1", base / "w-timeout-old")
    for record in (base / "w-timeout-old" / "crashes").glob("fingerprints-*.json"):
        entries = json.loads(record.read_text())
        record.write_text(json.dumps([{k: v for k, v in e.items() if k not in ("cl909", "line")} for e in entries]))
    again = dist(base, FINGERPRINTS, 1, "w-timeout-old")
    assert errors(again) == []
    warned = [line for line in again.stderr.splitlines() if line.startswith("corpuslint: warning: ")]
    assert any("corpus/a.jsonl record 3" in line and "stopped" in line for line in warned), again.stderr
    assert len(out.stdout.splitlines()) == len(again.stdout.splitlines())
