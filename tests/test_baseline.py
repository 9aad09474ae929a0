"""Baselines: known findings pass, new ones fail, and line shifts do not make old ones new."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

from conftest import SEED

CI = Path(__file__).parent / "data" / "ci"
ENTITIES = "fnc1-train-0537.txt"  # real article: `&nbsp;&hellip;` on lines 13, 25 and 37 (CL202)
MOJIBAKE = "fnc1-train-0269.txt"  # real article: `â€”` on line 17 (CL206)
CONFIG = "builtin-packs: false\nselect: [CL2, CL9]\n"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    (tmp_path / "corpuslint.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "docs").mkdir()
    for name in (ENTITIES, MOJIBAKE):
        (tmp_path / "docs" / name).write_bytes((CI / name).read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


def test_write_then_check_against_the_baseline_passes(corpus, cli):
    written = cli("check", "docs", "--write-baseline", "baseline.json")
    assert written.code == 0, written
    assert "7 findings written to baseline.json; they pass with --baseline baseline.json" in written.err
    assert "All checks passed" not in written.out  # they were recorded, not passed
    data = json.loads((corpus / "baseline.json").read_text(encoding="utf-8"))
    assert data["corpuslint-baseline"] == 1
    entries = {(e["path"], e["code"]): e for e in data["findings"]}
    assert (f"docs/{MOJIBAKE}", "CL206") in entries
    assert all("line" not in e for e in data["findings"])  # never matched by line

    checked = cli("check", "docs", "--baseline", "baseline.json")
    assert checked.code == 0, checked
    assert "All checks passed" in checked.out
    assert "7 known findings not shown" in checked.err


def test_baseline_survives_lines_inserted_above_the_findings(corpus, cli):
    cli("check", "docs", "--write-baseline", "baseline.json")
    for name in (ENTITIES, MOJIBAKE):
        path = corpus / "docs" / name
        path.write_text("Editor's note: this story was updated.\n\nSecond added line.\n\n"
                        + path.read_text(encoding="utf-8"), encoding="utf-8")
    result = cli("check", "docs", "--baseline", "baseline.json", "--output-format", "json")
    assert result.code == 0, result
    assert result.json() == []


def test_a_new_finding_fails_and_only_it_is_reported(corpus, cli):
    cli("check", "docs", "--write-baseline", "baseline.json")
    path = corpus / "docs" / MOJIBAKE
    text = path.read_text(encoding="utf-8")
    path.write_text(text.replace("The UK Foreign Office", "The UK Foreign Office â€” in London â€”", 1),
                    encoding="utf-8")
    result = cli("check", "docs", "--baseline", "baseline.json", "--output-format", "json")
    assert result.code == 1
    found = result.json()
    assert [(f["code"], f["line"]) for f in found] == [("CL206", 19), ("CL206", 19)]


def test_a_third_copy_of_a_known_finding_is_new(corpus, cli):
    """Identical findings in one file are counted, not collapsed."""
    cli("check", "docs", "--write-baseline", "baseline.json")
    path = corpus / "docs" / ENTITIES
    lines = path.read_text(encoding="utf-8").split("\n")
    lines.append(lines[12])  # line 13 again, with its `&nbsp;&hellip;`: same text, same context
    path.write_text("\n".join(lines), encoding="utf-8")
    result = cli("check", "docs", "--baseline", "baseline.json", "--output-format", "json")
    assert result.code == 1
    assert sorted(f["code"] for f in result.json()) == ["CL202", "CL202"]


def test_fixed_findings_leave_the_baseline_harmlessly(corpus, cli):
    cli("check", "docs", "--write-baseline", "baseline.json")
    assert cli("check", f"docs/{ENTITIES}", "--fix").code == 0
    assert cli("check", "docs", "--baseline", "baseline.json").code == 0


def test_missing_baseline_is_a_usage_error(corpus, cli):
    result = cli("check", "docs", "--baseline", "nope.json")
    assert result.code == 2
    assert "baseline file not found: nope.json" in result.err


def test_baseline_paths_are_relative_to_the_baseline_file(corpus, cli, monkeypatch):
    cli("check", "docs", "--write-baseline", "baseline.json")
    monkeypatch.chdir(corpus / "docs")  # the same files, named differently
    result = cli("check", ".", "--config", str(corpus / "corpuslint.yaml"), "--baseline", "../baseline.json")
    assert result.code == 0, result


def test_input_problems_are_not_baselined_but_reported(corpus, cli):
    """A file that cannot be read is no defect to adopt: --write-baseline reports it (and fails, as
    a check would); --baseline does not hide it, even from a baseline that holds it."""
    (corpus / "docs" / "records.jsonl").write_text('{"text": "A fine record."}\n{broken\n', encoding="utf-8")
    written = cli("check", "docs", "--write-baseline", "baseline.json")
    assert written.code == 1, written
    assert "7 findings written to baseline.json" in written.err
    assert "1 input problem (CL9xx) not written but reported" in written.err
    assert "CL906" in written.out
    data = json.loads((corpus / "baseline.json").read_text(encoding="utf-8"))
    assert not [e for e in data["findings"] if e["code"].startswith("CL9")]
    checked = cli("check", "docs", "--baseline", "baseline.json", "--output-format", "json")
    assert checked.code == 1
    assert [f["code"] for f in checked.json()] == ["CL906"]
    # a baseline written before (it held the input problem) does not hide it either
    data["findings"].append({"path": "docs/records.jsonl", "code": "CL906", "name": "malformed-record",
                             "fingerprint": "x", "count": 1, "text": ""})
    from corpuslint import baseline
    from corpuslint.config import load_config
    from corpuslint.engine import Linter

    linter = Linter(load_config(corpus / "corpuslint.yaml"))
    finding = next(f for f in linter.run(["docs"], cache=False).findings if f.code == "CL906")
    data["findings"][-1]["fingerprint"] = baseline.keys(linter, [finding], corpus)[0][2]
    (corpus / "baseline.json").write_text(json.dumps(data), encoding="utf-8")
    checked = cli("check", "docs", "--baseline", "baseline.json", "--output-format", "json")
    assert [f["code"] for f in checked.json()] == ["CL906"]


def test_a_baseline_that_cannot_be_written_whole_leaves_the_old_one(tmp_path, cli):
    """qa18b #3: --write-baseline used Path.write_text: on a full disk the old baseline was torn
    (4,096 bytes of 3,632 + more, invalid JSON) and every later --baseline run failed. A file size
    limit (RLIMIT_FSIZE, as a full disk: the write fails part-way) stands in for the full disk: that
    run is a subprocess (the limit is the process's); the runs before and after it are in-process."""
    import resource
    import signal
    import subprocess
    import sys

    from fault_helpers import _env

    corpus = tmp_path / "c"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "a.txt")
    check = ["check", "--no-cache", "--no-index", "c"]
    args = [sys.executable, "-m", "corpuslint.cli", *check]
    small = cli(*check, "--select", "CL120", "--write-baseline", "b.json", cwd=tmp_path)
    assert small.code == 0, small
    old = (tmp_path / "b.json").read_bytes()

    def limit() -> None:
        signal.signal(signal.SIGXFSZ, signal.SIG_IGN)  # the write fails (EFBIG) instead of killing the process
        resource.setrlimit(resource.RLIMIT_FSIZE, (len(old) + 100, len(old) + 100))

    # no bytecode written under the limit: a .pyc cut short (importlib's one raw write) would be kept,
    # and the session's shared cache (conftest: PYTHONPYCACHEPREFIX) would break every later subprocess
    big = subprocess.run([*args, "--write-baseline", "b.json"], cwd=tmp_path, env=_env({"PYTHONDONTWRITEBYTECODE": "1"}),
                         capture_output=True, text=True, preexec_fn=limit)
    assert big.returncode == 2 and "--write-baseline b.json: cannot write it" in big.stderr, big
    assert (tmp_path / "b.json").read_bytes() == old  # as it was, whole
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []  # no temporary file left
    again = cli(*check, "--select", "CL120", "--baseline", "b.json", cwd=tmp_path)
    assert again.code == 0, again
