"""`check -` reads one input from standard input (ruff's `-` and `--stdin-filename`), on real text.

Each test runs the command in an empty folder and compares with what the same command does on a
copy of the file on disk. In-process (`main` with bytes for stdin and stdout: a subprocess start
is ~0.7 CPU s), but for the fix written to stdout through a real pipe and the folder's config
found from the name, which run it as a user does (a subprocess with stdin).
"""

from __future__ import annotations

import io
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data"
DEFECT = DATA / "ci" / "fnc1-train-0537.txt"  # real article with `&nbsp;`/`&hellip;` entities (CL202, safe)
CLEAN = DATA / "ci" / "fakenewsnet-BuzzFeed_Real_41.txt"  # real article, clean for every default rule
SEED = ROOT / "seeds" / "000_8649d156db22d76a.txt"  # real page: a byline and a dateline (CL504)


def process(cwd: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    return subprocess.run([sys.executable, "-m", "corpuslint", *args, "--isolated"], input=stdin, cwd=cwd,
                          capture_output=True, env=env, timeout=120)


@pytest.fixture
def run(capsysbinary, monkeypatch):
    """`corpuslint ARGS... --isolated` in-process in `cwd`, `stdin` as its standard input: the
    return code and the bytes of stdout and stderr, as `process` gives them."""
    from corpuslint.cli import main

    def run_in(cwd: Path, *args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
        monkeypatch.chdir(cwd)
        monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(stdin), encoding="utf-8"))
        capsysbinary.readouterr()
        code = main([*args, "--isolated"])
        out, err = capsysbinary.readouterr()
        return subprocess.CompletedProcess(args, code, out, err)

    return run_in


def test_check_stdin_reports_as_the_file_does(run, tmp_path):
    shutil.copy(DEFECT, tmp_path / "a.txt")
    on_disk = run(tmp_path, "check", "a.txt", "--no-index", "--no-cache", "--output-format", "json")
    (tmp_path / "a.txt").unlink()
    piped = run(tmp_path, "check", "-", "--stdin-filename", "a.txt", "--output-format", "json",
                stdin=DEFECT.read_bytes())
    assert piped.returncode == on_disk.returncode == 1
    assert json.loads(piped.stdout) == json.loads(on_disk.stdout)
    plain = run(tmp_path, "check", "-", stdin=DEFECT.read_bytes())
    assert plain.stdout.decode().startswith("-:") and "CL202" in plain.stdout.decode()
    assert list(tmp_path.iterdir()) == []  # no index, no cache, nothing written


def test_fix_writes_the_fixed_text_to_stdout_and_the_report_to_stderr(run, tmp_path):
    shutil.copy(DEFECT, tmp_path / "a.txt")
    run(tmp_path, "check", "a.txt", "--fix", "--no-index", "--no-cache")
    fixed_on_disk = (tmp_path / "a.txt").read_bytes()
    (tmp_path / "a.txt").unlink()
    piped = process(tmp_path, "check", "-", "--fix", stdin=DEFECT.read_bytes())  # through a real pipe
    assert fixed_on_disk != DEFECT.read_bytes()
    assert piped.stdout == fixed_on_disk
    assert "Fixed" in piped.stderr.decode() and "in 1 file" in piped.stderr.decode()
    assert list(tmp_path.iterdir()) == []


def test_clean_text_passes_and_fix_gives_it_back_byte_for_byte(run, tmp_path):
    data = CLEAN.read_bytes()
    assert run(tmp_path, "check", "-", stdin=data).returncode == 0
    fixed = run(tmp_path, "check", "-", "--fix", stdin=data)
    assert fixed.returncode == 0 and fixed.stdout == data


def test_diff_names_the_stdin_filename(run, tmp_path):
    piped = run(tmp_path, "check", "-", "--stdin-filename", "story.txt", "--diff", stdin=DEFECT.read_bytes())
    assert piped.returncode == 1
    assert piped.stdout.decode().startswith("--- a/story.txt\n+++ b/story.txt\n")
    assert "&nbsp;" in piped.stdout.decode()  # a removed line
    assert list(tmp_path.iterdir()) == []


def test_a_jsonl_input_diffs_as_a_patch_or_record_by_record(run, tmp_path):
    record = b'{"id": "a", "text": "According to <u>Reuters</u> on Sunday, troops came.\\n"}\n'
    patch = run(tmp_path, "check", "-", "--stdin-filename", "x.jsonl", "--select", "CL201", "--diff", stdin=record)
    assert patch.stdout.decode().startswith("--- a/x.jsonl\n+++ b/x.jsonl\n")
    review = run(tmp_path, "check", "-", "--stdin-filename", "x.jsonl", "--select", "CL201", "--diff-format",
                 "records", stdin=record)
    assert review.stdout.decode().splitlines()[:5] == [
        "--- a/x.jsonl:1 [record 1, id a] text", "+++ b/x.jsonl:1 [record 1, id a] text", "@@ -1,2 +1,2 @@",
        "-According to <u>Reuters</u> on Sunday, troops came.", "+According to Reuters on Sunday, troops came."]


def test_the_name_picks_the_format(run, tmp_path):
    # an entity in a fenced code block is code in Markdown, residue in plain text
    text = "A short note on the shell.\n\n```html\n<p>Tom &amp; Jerry</p>\n```\n\nThat is all there is to it.\n"
    as_md = run(tmp_path, "check", "-", "--stdin-filename", "note.md", "--select", "CL202", stdin=text.encode())
    as_text = run(tmp_path, "check", "-", "--select", "CL202,CL201", stdin=text.encode())
    assert as_md.returncode == 0, as_md
    assert as_text.returncode == 1 and "-:4:" in as_text.stdout.decode()
    record = json.dumps({"id": "r1", "text": DEFECT.read_text()}) + "\n"
    as_jsonl = run(tmp_path, "check", "--stdin-filename", "rows.jsonl", "--fix", stdin=record.encode())
    out = json.loads(as_jsonl.stdout)
    assert out["id"] == "r1" and "&nbsp;" not in out["text"] and "&nbsp;" in record


def test_metadata_fixes_are_not_applied_without_a_sidecar(run, tmp_path):
    piped = run(tmp_path, "check", "-", "--fix", stdin=SEED.read_bytes())
    err = piped.stderr.decode()
    assert 'author found in the body: "Stephen Lendman"' in err
    assert "-:5:1: CL504 [metadata-in-body]" in err  # shown without [*]: nothing to write it to
    assert b"By Stephen Lendman" in piped.stdout  # the byline stays in the text
    assert list(tmp_path.iterdir()) == []


def test_stdin_with_other_paths(run, tmp_path):
    (tmp_path / "b.txt").write_bytes(CLEAN.read_bytes())
    mixed = run(tmp_path, "check", "-", "b.txt", stdin=DEFECT.read_bytes())
    assert mixed.returncode == 2 and "cannot be checked with other paths (b.txt)" in mixed.stderr.decode()
    named = run(tmp_path, "check", "b.txt", "--stdin-filename", "a.txt", stdin=DEFECT.read_bytes())
    assert named.returncode == 1 and "ignoring b.txt in favor of standard input" in named.stderr.decode()
    assert "a.txt:" in named.stdout.decode() and "b.txt:" not in named.stdout.decode()


def test_the_name_finds_its_folders_config(tmp_path):
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "corpuslint.yaml").write_text("select: [CL202]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    done = subprocess.run([sys.executable, "-m", "corpuslint", "check", "--stdin-filename", "sub/new.txt"],
                          input=DEFECT.read_bytes(), cwd=tmp_path, capture_output=True, env=env, timeout=120)
    codes = {line.split()[1] for line in done.stdout.decode().splitlines() if line.startswith("sub/new.txt:")}
    assert done.returncode == 1 and codes == {"CL202"}
    assert sorted(p.name for p in (tmp_path / "sub").iterdir()) == ["corpuslint.yaml"]
