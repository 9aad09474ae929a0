"""Faulty input in the datatrove steps and `corpuslint dist check` (qa17b F8, F4): what `corpuslint
check` reports as a CL9xx finding is a finding there too, never a traceback or a failed task."""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path
from types import SimpleNamespace

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

from datatrove.executor import LocalPipelineExecutor  # noqa: E402
from datatrove.pipeline.writers import JsonlWriter  # noqa: E402

from corpuslint.dist import CorpuslintAnnotator, CorpuslintFilter, CorpuslintFixer, CorpuslintReader  # noqa: E402

CORPUS = Path(__file__).parent / "data" / "dist" / "corpus"
# this checkout's corpuslint in the CLI's own process (its folder is a tmp_path: `-m corpuslint`
# would import the venv's installed copy, another checkout's code)
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(Path(__file__).resolve().parent.parent),
                                                                  os.environ.get("PYTHONPATH")]))}


def real_records(n: int) -> list[dict]:
    with (CORPUS / "a.jsonl").open(encoding="utf-8") as handle:
        return [json.loads(line) for line in handle][:n]


def gz_lines(folder: Path) -> list[dict]:
    out = []
    for path in sorted(folder.rglob("*.gz")):
        with gzip.open(path, "rt", encoding="utf-8") as handle:
            out.extend(json.loads(line) for line in handle if line.strip())
    return out


def test_a_lone_surrogate_record_is_a_cl903_finding_and_the_documented_pipeline_writes_the_rest(tmp_path,
                                                                                                 monkeypatch):
    monkeypatch.chdir(tmp_path)
    first, second = real_records(2)
    (tmp_path / "in").mkdir()
    bad = json.dumps({"id": "bad", "text": first["text"][:200] + " \ud800 <u>x</u>"})  # json escapes it: `\ud800`
    assert "\\ud800" in bad
    pair = json.dumps({"id": "pair", "text": second["text"][:200] + " \U0001f600"})  # a pair is no problem
    (tmp_path / "in" / "a.jsonl").write_text(bad + "\n" + pair + "\n", encoding="utf-8")
    pipeline = [  # docs/dist.md's FineWeb-style pipeline
        CorpuslintReader("in/", None, findings_folder="lint/"),
        CorpuslintAnnotator(None, output_folder="lint/"),
        CorpuslintFilter(codes=["CL2", "CL911"], exclusion_writer=JsonlWriter("removed/")),
        CorpuslintFixer(None),
        JsonlWriter("clean/"),
    ]
    LocalPipelineExecutor(pipeline, tasks=1, logging_dir=str(tmp_path / "logs")).run()
    problems = gz_lines(tmp_path / "lint" / "findings")
    assert [(p["code"], p["record"], p["line"]) for p in problems if p["code"].startswith("CL9")] == [("CL903", 1, 1)]
    cl903 = next(p for p in problems if p["code"] == "CL903")
    assert "lone surrogate" in cl903["message"] and "\\ud800" in cl903["message"]
    assert [d["id"] for d in gz_lines(tmp_path / "clean")] == ["pair"]
    # the task finished (a failed task leaves no completion marker)
    assert list((tmp_path / "logs" / "completions").iterdir())


def test_check_reports_the_lone_surrogate_record_as_dist_does(tmp_path, cli):
    first, second = real_records(2)
    bad = json.dumps({"id": "bad", "text": first["text"][:300], "title": "x \udfff y"})  # in metadata too
    (tmp_path / "c.jsonl").write_text(bad + "\n" + json.dumps(second) + "\n", encoding="utf-8")
    result = cli("check", "c.jsonl", "--no-cache", "--no-index", "--output-format", "json", cwd=tmp_path)
    found = [(f["code"], f["record"]) for f in result.json() if f["code"].startswith("CL9")]
    assert found == [("CL903", 1)], result
    assert all(f["record"] == 2 for f in result.json() if f["code"] != "CL903")
    # --fix leaves the record as it was, byte for byte
    before = (tmp_path / "c.jsonl").read_bytes().split(b"\n")[0]
    cli("check", "c.jsonl", "--no-cache", "--no-index", "--fix", "--unsafe-fixes", cwd=tmp_path)
    assert (tmp_path / "c.jsonl").read_bytes().split(b"\n")[0] == before


def run(*args: str, cwd: Path) -> SimpleNamespace:
    """The CLI in a process of its own (datatrove's loguru handlers outlive an in-process run)."""
    done = subprocess.run([sys.executable, "-m", "corpuslint", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300, env=ENV)
    return SimpleNamespace(code=done.returncode, out=done.stdout, err=done.stderr)


def test_dist_check_reports_a_broken_symlink_and_a_loop_as_check_does(tmp_path, cli):
    # both faults in one folder: one pair of dist runs (~5 s each under load) instead of one per fault
    data = tmp_path / "d" / "data"
    data.mkdir(parents=True)
    (data / "a.jsonl").write_text("".join(json.dumps(r) + "\n" for r in real_records(2)), encoding="utf-8")
    os.symlink("nowhere.txt", data / "broken.txt")
    os.symlink("l1.txt", data / "l2.txt")
    os.symlink("l2.txt", data / "l1.txt")
    check = cli("check", "d/data", "--no-cache", "--no-index", "--output-format", "jsonl", cwd=tmp_path)
    dist = run("dist", "check", "d/data", "--work-dir", "d/w", "--output-format", "jsonl", cwd=tmp_path)
    assert "Traceback" not in dist.err and "failed" not in dist.err, dist.err

    def cl901(result):
        return sorted((f["path"], f["code"]) for f in map(json.loads, result.out.splitlines()) if f["code"] == "CL901")

    assert {Path(path).name for path, _ in cl901(check)} == {"broken.txt", "l1.txt", "l2.txt"}, check
    assert cl901(dist) == cl901(check), (check, dist)
    assert dist.code == check.code == 1
    # a rerun with nothing changed is not refused as stale
    again = run("dist", "check", "d/data", "--work-dir", "d/w", "--output-format", "jsonl", cwd=tmp_path)
    assert again.code == 1 and cl901(again) == cl901(check), again.err
