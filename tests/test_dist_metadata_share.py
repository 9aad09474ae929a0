"""CL501's share in the corpus job: the rule asks how many documents carry metadata (the share's denominator) as well
as how many carry the field, and the job answers only what a rule declares (`CorpusRule.lookups`). A record with a
`source` field and a body byline (tester34: a Debian package description, `… as a successor of abc2ps by` /
`Michael Methfessel.`) made the rule ask the undeclared count: `dist check` stopped with an internal error where
`check` passed."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

RECORD = {"id": "x", "source": "abcm2ps",
          "text": "The program translates tunes written in the ABC format to PostScript.\n\n"
                  "Jean-François Moine once wrote abcm2ps as a successor of abc2ps by\nMichael Methfessel.\n"}


def corpuslint(*args: str, cwd) -> subprocess.CompletedProcess:
    # a process of its own, as a user runs it: datatrove's logging outlives an in-process run
    return subprocess.run([sys.executable, "-m", "corpuslint", *args], cwd=cwd, capture_output=True, text=True,
                          timeout=300)


def test_the_job_answers_the_share_of_a_field_a_record_lacks(tmp_path):
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "debdesc.jsonl").write_text(json.dumps(RECORD) + "\n", encoding="utf-8")
    job = corpuslint("dist", "check", "data", "--work-dir", "w", "--tasks", "1", "--workers", "1", cwd=tmp_path)
    check = corpuslint("check", "data", "--no-cache", "--isolated", cwd=tmp_path)
    assert job.returncode == check.returncode == 0, (job.stderr[-2000:], check.stdout)
    assert "internal error" not in job.stderr
