"""A rule that crashes on a document hides no other finding: the other rules' findings of that
document, and the file's later documents, are kept; the crash is reported (`corpuslint: error:
rule ... crashed on PATH record N: ...`, exit 2). `corpuslint dist check` reports it the same way,
with the same findings as `corpuslint check` (before, a dist task dropped the document's findings
of every rule, logged the crash in `W/logs/console.log` only and exited 1; plain `check` dropped the
rest of the file)."""

from __future__ import annotations

import contextlib
import importlib.util
import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
CORPUS = Path(__file__).parent / "data" / "dist" / "corpus"

# a plugin rule's bug: CL502's check raises on the documents whose id ends with 9
SCRIPT = r"""
import sys
from corpuslint.checks.metadata.rules import EmptyMetadata
original = EmptyMetadata.check

def check(self, doc):
    if str(doc.id).endswith("9"):
        raise ValueError("plugin boom")
    return original(self, doc)

EmptyMetadata.check = check
from corpuslint.cli import main
sys.exit(main(sys.argv[1:]))
"""
needs_dist = pytest.mark.skipif(not (importlib.util.find_spec("datatrove") and importlib.util.find_spec("pyarrow")),
                                reason="corpuslint[dist] is not installed")
CRASH = "rule CL502 (empty-metadata, from metadata) crashed on "


def run(cwd: Path, *args: str, patched: bool = True) -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    command = [sys.executable, "-c", SCRIPT] if patched else [sys.executable, "-m", "corpuslint.cli"]
    return subprocess.run([*command, *args], cwd=cwd, env=env, capture_output=True, text=True, timeout=180)


def records(out: str) -> list[tuple[str, int, str]]:
    return sorted((f["path"], f["record"], f["code"]) for f in map(json.loads, out.splitlines()))


def run_here(cwd: Path, *args: str, patched: bool = True) -> subprocess.CompletedProcess:
    """`run`'s command in-process (the same patch while it runs): `check`'s side of the comparisons
    is no test of the process boundary, and a subprocess start costs ~0.7 CPU s."""
    from corpuslint.checks.metadata.rules import EmptyMetadata
    from corpuslint.cli import main

    original = EmptyMetadata.check

    def check(self, doc):
        if str(doc.id).endswith("9"):
            raise ValueError("plugin boom")
        return original(self, doc)

    out, err, here = io.StringIO(), io.StringIO(), os.getcwd()
    try:
        if patched:
            EmptyMetadata.check = check
        os.chdir(cwd)
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(list(args))
    finally:
        os.chdir(here)
        EmptyMetadata.check = original
    return subprocess.CompletedProcess(args, code, out.getvalue(), err.getvalue())


@pytest.fixture(scope="module")
def checked(tmp_path_factory):
    base = tmp_path_factory.mktemp("crash")
    shutil.copytree(CORPUS, base / "corpus")
    clean = run_here(base, "check", "corpus", "--isolated", "--no-cache", "--output-format", "jsonl", patched=False)
    crashed = run_here(base, "check", "corpus", "--isolated", "--no-cache", "--output-format", "jsonl")
    return base, clean, crashed


def test_check_keeps_the_other_rules_findings_and_reports_each_crash(checked):
    _base, clean, crashed = checked
    assert clean.returncode == 1 and crashed.returncode == 2, crashed.stderr[-2000:]
    errors = [line for line in crashed.stderr.splitlines() if line.startswith("corpuslint: error: ")]
    assert errors and all(CRASH in line and line.endswith(": ValueError: plugin boom") for line in errors)
    assert len(errors) < 40  # some documents only: the others' CL502 findings are found
    crashed_at = {(line.split(CRASH)[1].split(" record ")[0], int(line.split(" record ")[1].split(":")[0]))
                  for line in errors}
    # every finding of the clean run is there, but CL502's on the documents it crashed on
    expected = [r for r in records(clean.stdout) if not (r[2] == "CL502" and r[:2] in crashed_at)]
    assert records(crashed.stdout) == expected
    assert len(expected) > 20 and any(r[:2] in crashed_at for r in expected)  # a crashed document's others kept
    lost = [r for r in records(clean.stdout) if r[2] == "CL502" and r[:2] in crashed_at]
    assert lost, "the test crashes CL502 on a document where it finds something"


@needs_dist
@pytest.mark.parametrize("workers", [1, 2])
def test_dist_check_reports_a_crash_as_check_does(checked, workers):
    base, _clean, crashed = checked
    out = run(base, "dist", "check", "corpus", "--isolated", "--tasks", "4", "--buckets", "3", "--workers",
              str(workers), "--output-format", "jsonl", "--work-dir", f"w{workers}")
    assert out.returncode == 2, out.stderr[-3000:]
    assert sorted(out.stdout.splitlines()) == sorted(crashed.stdout.splitlines())  # the same findings, whole
    said = [line for line in out.stderr.splitlines() if line.startswith("corpuslint: error: ")]
    assert said == [line for line in crashed.stderr.splitlines() if line.startswith("corpuslint: error: ")]
    # a rerun resumes (every task complete): the same report, from the work folder's records
    again = run(base, "dist", "check", "corpus", "--isolated", "--tasks", "4", "--buckets", "3", "--workers",
                str(workers), "--output-format", "jsonl", "--work-dir", f"w{workers}")
    assert (again.returncode, again.stdout) == (2, out.stdout)
    assert [line for line in again.stderr.splitlines() if line.startswith("corpuslint: error: ")] == said


@needs_dist
def test_dist_check_reports_the_crash_in_sarif_as_check_does(checked):
    base, _clean, _crashed = checked
    cli = run_here(base, "check", "corpus", "--isolated", "--no-cache", "--output-format", "sarif")
    out = run(base, "dist", "check", "corpus", "--isolated", "--tasks", "2", "--output-format", "sarif",
              "--work-dir", "wsarif")
    assert cli.returncode == out.returncode == 2
    notes = [json.loads(o.stdout)["runs"][0]["invocations"][0]["toolExecutionNotifications"] for o in (cli, out)]
    assert notes[0] == notes[1] and all(CRASH in n["message"]["text"] for n in notes[1])
