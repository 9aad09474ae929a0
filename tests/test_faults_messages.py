"""Fault injection through the command line (issue 14), continued from test_faults.py: runs that
pass silently, bytes outside the fixed region (duplicate JSONL keys, hard links), and messages that
blamed the wrong thing. Every subprocess run has a timeout. A test whose subject is only what a run says or
finds runs the command line in-process (conftest's `cli`: ~0.4 CPU s less a run, the start-up
of a subprocess); one that needs a process of its own (a signal, another user, worker processes,
an environment variable, argparse's exit) starts it (`cl`)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest

from fault_helpers import FORCE_WORKERS
from fault_helpers import as_someone_else
from fault_helpers import cl
from fault_helpers import codes
from fault_helpers import findings
from fault_helpers import real_docs


# -- 5. silent passes ---------------------------------------------------------------------------

def _bad_inputs(folder: Path) -> None:
    real_docs(folder, 3)
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\x00\x00\x01binary")
    (folder / "latin.txt").write_bytes("Caf\xe9 au lait, a short latin-1 note about coffee.".encode("latin-1"))
    (folder / "bad.jsonl").write_text('{"id": "1", "text": "fine text here"}\n{"id": 2, "text": \n', encoding="utf-8")


def test_input_problems_are_reported_whatever_select_says(tmp_path, cli):
    _bad_inputs(tmp_path / "c")
    run = cli("check", "--no-cache", "--select", "CL2", "--output-format", "json", "c", cwd=tmp_path)
    assert run.code == 1, run
    assert {"CL902", "CL903", "CL906"} <= set(codes(run)), run
    by_code = cli("check", "--no-cache", "--select", "CL2", "--ignore", "CL903", "--output-format", "json", "c",
                 cwd=tmp_path)
    assert "CL903" not in codes(by_code) and "CL902" in codes(by_code)
    by_name = cli("check", "--no-cache", "--select", "CL2", "--ignore", "binary-file", "--output-format", "json",
                 "c", cwd=tmp_path)
    assert "CL902" not in codes(by_name) and "CL903" in codes(by_name)


PACK = """\
pack: slow
description: A pack whose pattern backtracks badly, to test the time budget.
rules:
  - code: SLW101
    name: slow-pattern
    kind: patterns
    summary: Backtracks exponentially on a long run of a's.
    message: "never `{match}`"
    patterns:
      - '(?:a|aa)+c'
    why: Test only.
"""


def test_a_selected_rule_that_times_out_is_reported_with_its_real_time(tmp_path):
    corpus = tmp_path / "c"
    real_docs(corpus, 2)
    (corpus / "slow.txt").write_text("Intro line.\n\n" + "a" * 40 + "b\n", encoding="utf-8")
    (tmp_path / "slow.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "corpuslint.yaml").write_text("packs: [slow.yaml]\ntimeout: 0.5\n", encoding="utf-8")
    outcomes = []
    for _ in range(2):
        run = cl("check", "--no-cache", "--no-index", "--select", "SLW101", "--output-format", "json", "c",
                 cwd=tmp_path, timeout=60)
        timeouts = [f for f in findings(run) if f["code"] == "CL909"]
        assert timeouts, run
        seconds = [float(re.search(r"after (\d+(?:\.\d+)?) s", f["message"]).group(1)) for f in timeouts]
        assert all(s >= 0.4 for s in seconds), timeouts
        outcomes.append(sorted((Path(f["path"]).name, f["message"].split(" stopped")[0]) for f in timeouts))
    assert outcomes[0] == outcomes[1] == [("slow.txt", "rule SLW101 (slow-pattern)")]


@pytest.mark.parametrize("case", ["only-csv-and-log", "include-xyz", "exclude-all", "force-exclude-only-file"])
def test_a_run_that_checks_nothing_fails_and_says_why(tmp_path, case, cli):
    corpus = tmp_path / "c"
    corpus.mkdir()
    args = ["c"]
    if case == "only-csv-and-log":
        (corpus / "a.csv").write_text("a,b\n1,2\n")
        (corpus / "b.log").write_text("started\n")
    else:
        real_docs(corpus, 3)
    if case == "include-xyz":
        (tmp_path / "corpuslint.yaml").write_text('include: ["*.xyz"]\n')
    if case == "exclude-all":
        (tmp_path / "corpuslint.yaml").write_text('exclude: ["*"]\n')
    if case == "force-exclude-only-file":
        (tmp_path / "corpuslint.yaml").write_text('extend-exclude: ["c/"]\n')
        args = ["--force-exclude", str(Path("c") / sorted(os.listdir(corpus))[0])]
    run = cli("check", "--no-cache", *args, cwd=tmp_path)
    assert run.code == 2, run
    assert "no file" in run.err or "no document" in run.err, run
    assert "All checks passed" not in run.out
    assert "--allow-empty" in run.err or "include" in run.err or "exclude" in run.err, run
    allowed = cli("check", "--no-cache", "--allow-empty", *args, cwd=tmp_path)
    assert allowed.code == 0, allowed


def test_a_named_git_ignored_folder_is_checked(tmp_path, cli):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("ignored/\n")
    real_docs(tmp_path / "ignored", 3)
    run = cli("check", "--no-cache", "--output-format", "json", "ignored", cwd=tmp_path)
    assert run.code in (0, 1), run
    text = cli("check", "--no-cache", "ignored", cwd=tmp_path)
    assert "3 documents in 3 files" in text.out, text
    forced = cli("check", "--no-cache", "--force-exclude", "ignored", cwd=tmp_path)
    assert forced.code == 2, forced  # --force-exclude keeps today's behaviour, and says so


def test_upper_case_extensions_are_checked(tmp_path, cli):
    corpus = tmp_path / "c"
    for i, path in enumerate(real_docs(corpus, 3)):
        path.rename(path.with_suffix(".TXT" if i else ".Txt"))
    run = cli("check", "--no-cache", "c", cwd=tmp_path)
    assert "3 documents in 3 files" in run.out, run


def test_an_unreadable_folder_is_a_cl901_finding(tmp_path):
    corpus = tmp_path / "c"
    real_docs(corpus, 3)
    real_docs(corpus / "sub", 2)
    user = as_someone_else(tmp_path)
    os.chmod(corpus / "sub", 0)
    try:
        run = cl("check", "--no-cache", "--no-index", "--output-format", "json", "c", cwd=tmp_path, user=user)
    finally:
        os.chmod(corpus / "sub", 0o755)
    assert run.code == 1, run
    unreadable = [f for f in findings(run) if f["code"] == "CL901"]
    assert [Path(f["path"]).name for f in unreadable] == ["sub"], run


# -- 6. bytes outside the fixed region ----------------------------------------------------------

def test_a_jsonl_record_with_duplicate_keys_is_reported_and_never_rewritten(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    dup = '{"id": "d", "text":"first &amp; A","text":"second &amp; dup"}\n'
    fine = '{"id": "f", "text": "Fish &amp; chips, the menu said."}\n'
    (corpus / "d.jsonl").write_text(dup + fine, encoding="utf-8")
    run = cl("check", "--no-cache", "--output-format", "json", "c", cwd=tmp_path)
    dups = [f for f in findings(run) if f["code"].startswith("CL9") and f["line"] == 1]
    assert dups and "duplicate key" in dups[0]["message"] and "`text`" in dups[0]["message"], run
    cl("check", "--fix", "--no-cache", "c", cwd=tmp_path)
    lines = (corpus / "d.jsonl").read_text(encoding="utf-8").splitlines(keepends=True)
    assert lines[0] == dup
    assert "&amp;" not in lines[1]  # the other records are still fixed


def test_a_hard_linked_file_is_never_silently_split(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    doc = corpus / "a.txt"
    doc.write_text("Fish &amp; chips, the menu said, and nothing else that day.\n", encoding="utf-8")
    os.link(doc, tmp_path / "elsewhere.txt")
    run = cl("check", "--fix", "--no-cache", "c", cwd=tmp_path)
    a, b = doc, tmp_path / "elsewhere.txt"
    if os.path.samefile(a, b):
        assert a.read_text(encoding="utf-8") == b.read_text(encoding="utf-8")
        if "&amp;" in a.read_text(encoding="utf-8"):
            assert "hard link" in run.err, run
    else:
        pytest.fail(f"the hard link was split: {run}")


# -- 7. wrong messages --------------------------------------------------------------------------

@pytest.mark.parametrize("target", ["missing/dir/out.json", "adir"])
def test_output_file_in_a_missing_folder_or_a_folder_is_a_usage_error(tmp_path, target, cli):
    real_docs(tmp_path / "c", 2)
    (tmp_path / "adir").mkdir()
    run = cli("check", "--no-cache", "-o", target, "c", cwd=tmp_path)
    assert run.code == 2 and "internal error" not in run.err and "bug" not in run.err, run
    assert target.split("/")[0] in run.err


def test_symlink_loop_named_on_the_command_line(tmp_path, cli):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    run = cli("check", "--no-cache", "loop.txt", cwd=tmp_path)
    assert run.code == 2 and "no such file" not in run.err and "loop" in run.err, run


def test_null_text_field_says_null(tmp_path, cli):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "n.jsonl").write_text('{"id": "n", "text": null}\n', encoding="utf-8")
    run = cli("check", "--no-cache", "--output-format", "json", "c", cwd=tmp_path)
    messages = [f["message"] for f in findings(run) if f["code"] == "CL907"]
    assert messages and "null" in messages[0] and "has no" not in messages[0], run


def test_an_unknown_encoding_is_a_config_error(tmp_path, cli):
    real_docs(tmp_path / "c", 3)
    (tmp_path / "corpuslint.yaml").write_text("encoding: klingon\n", encoding="utf-8")
    run = cli("check", "--no-cache", "c", cwd=tmp_path)
    assert run.code == 2 and "encoding" in run.err and "klingon" in run.err and "CL903" not in run.out, run


def test_an_invalid_per_file_ignores_glob_is_a_config_error(tmp_path, cli):
    real_docs(tmp_path / "c", 2)
    (tmp_path / "corpuslint.yaml").write_text('per-file-ignores:\n  "c/[a-": [CL101]\n', encoding="utf-8")
    run = cli("check", "--no-cache", "c", cwd=tmp_path)
    assert run.code == 2 and "per-file-ignores" in run.err, run


@pytest.mark.parametrize("jobs", ["0", "-1"])
def test_jobs_below_one_is_a_usage_error(tmp_path, jobs):
    real_docs(tmp_path / "c", 2)
    run = cl("check", "--no-cache", "--jobs", jobs, "c", cwd=tmp_path)
    assert run.code == 2 and "--jobs" in run.err, run


def test_many_jobs_are_capped(tmp_path):
    real_docs(tmp_path / "c", 40)
    few = cl("check", "--no-cache", "--output-format", "json", "-j", "2", "c", cwd=tmp_path, env=FORCE_WORKERS)
    many = cl("check", "--no-cache", "--output-format", "json", "-j", "1000", "c", cwd=tmp_path,
              env={**FORCE_WORKERS, "CORPUSLINT_TRACE_WORKERS": "1"})
    assert many.code == few.code and many.out == few.out
    started = [int(n) for n in re.findall(r"(\d+) worker", many.err)]
    assert started and max(started) <= (os.cpu_count() or 1), many


def test_file_names_are_escaped_in_the_text_output(tmp_path, cli):
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = "Fish &amp; chips, the menu said.\n"
    (corpus / "two\nlines.txt").write_text(text, encoding="utf-8")
    (corpus / "\x1b[31mred.txt").write_text(text, encoding="utf-8")
    run = cli("check", "--no-cache", "c", cwd=tmp_path)
    assert run.code == 1, run
    assert "\x1b" not in run.out and "two\nlines" not in run.out, run
    assert "two\\nlines.txt" in run.out and "\\x1b[31mred.txt" in run.out, run


def test_one_cache_folder_per_corpus(tmp_path):
    real_docs(tmp_path / "c", 5)
    cl("check", "c", cwd=tmp_path)
    caches = sorted(str(p.relative_to(tmp_path)) for p in tmp_path.rglob(".corpuslint_cache"))
    assert len(caches) == 1, caches


def test_read_only_refusal_names_the_folder_when_the_folder_is_the_cause(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("Fish &amp; chips, the menu said.\n", encoding="utf-8")
    user = as_someone_else(tmp_path)
    os.chmod(corpus, 0o555)
    try:
        run = cl("check", "--fix", "--no-cache", "--no-index", "c", cwd=tmp_path, user=user)
    finally:
        os.chmod(corpus, 0o755)
    assert run.code == 2, run
    assert "folder" in run.err and "read-only (mode" not in run.err, run


def test_diff_and_fix_count_the_same_files(tmp_path, cli, monkeypatch):
    # in-process (the summaries are under test, not the process): two subprocess starts fewer
    monkeypatch.setenv("NO_COLOR", "1")
    real_docs(tmp_path / "c", 100)
    diff = cli("check", "--diff", "--no-cache", "c", cwd=tmp_path)
    diffed = {line[6:] for line in diff.out.splitlines() if line.startswith("+++ b/")}
    would = int(re.search(r"Would fix \d+ findings? \(.*\) in (\d+) file", diff.err).group(1))
    fix = cli("check", "--fix", "--no-cache", "c", cwd=tmp_path)
    fixed = int(re.search(r"Fixed \d+ findings? \(.*\) in (\d+) file", fix.out).group(1))
    # a document and its metadata sidecar are one file of the corpus, in both summaries
    assert would == fixed == len({name.removesuffix(".meta.yaml").removesuffix(".txt") for name in diffed})


def test_an_unlistable_folder_is_a_cl901_finding_even_as_root(tmp_path, cli, monkeypatch):
    """The same case in-process, for root (whom permissions do not stop): the folder's listing fails."""
    corpus = tmp_path / "c"
    real_docs(corpus, 3)
    real_docs(corpus / "sub", 2)
    real_scandir = os.scandir

    def scandir(path="."):
        if os.path.basename(os.fspath(path)) == "sub":
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path)

    monkeypatch.setattr(os, "scandir", scandir)
    run = cli("check", "--no-cache", "--no-index", "--output-format", "json", "c", cwd=tmp_path)
    unreadable = [f for f in run.json() if f["code"] == "CL901"]
    assert [(Path(f["path"]).name, "Permission denied" in f["message"]) for f in unreadable] == [("sub", True)], run


def test_the_index_is_not_locked_while_documents_are_read(tmp_path, cli, monkeypatch):
    """Another run can write the index while this one reads and fingerprints documents."""
    import sqlite3

    from corpuslint.formats.text import TextFormat

    real_docs(tmp_path / "c", 10)
    index = tmp_path / "c" / ".corpuslint_cache" / "index.sqlite"
    locked: list[str] = []
    read = TextFormat.iter_documents

    def iter_documents(self, path, settings):
        if index.exists():
            other = sqlite3.connect(index, timeout=0, isolation_level=None)
            try:
                other.execute("BEGIN IMMEDIATE")
                other.execute("ROLLBACK")
            except sqlite3.OperationalError as exc:
                locked.append(f"{path}: {exc}")
            finally:
                other.close()
        return read(self, path, settings)

    monkeypatch.setattr(TextFormat, "iter_documents", iter_documents)
    assert cli("check", "--no-cache", "-q", "c", cwd=tmp_path).code in (0, 1)
    (tmp_path / "c" / sorted(os.listdir(tmp_path / "c"))[-1]).write_text("A new text, and a new one.\n")
    assert cli("check", "--no-cache", "-q", "c", cwd=tmp_path).code in (0, 1)  # a refresh that reads a file
    assert not locked, locked[:3]


def test_a_refusal_names_the_folder_or_the_owner_even_as_root(tmp_path, cli, monkeypatch):
    """In-process, for root: the folder (or the file) is made unwritable as `os.access` sees it."""
    corpus = tmp_path / "c"
    corpus.mkdir()
    doc = corpus / "a.txt"
    doc.write_text("Fish &amp; chips, the menu said.\n", encoding="utf-8")
    real_access = os.access
    blocked = {str(corpus)}
    monkeypatch.setattr(os, "geteuid", lambda: 4242)  # not root, not the owner
    monkeypatch.setattr(os, "access", lambda p, mode, **kw: False if str(p) in blocked else real_access(p, mode))
    run = cli("check", "--fix", "--no-cache", "--no-index", "c", cwd=tmp_path)
    assert run.code == 2 and "its folder" in run.err and "read-only (mode" not in run.err, run
    blocked = {str(doc.resolve())}
    run = cli("check", "--fix", "--no-cache", "--no-index", "c", cwd=tmp_path)
    assert run.code == 2 and "not writable by this user" in run.err and "owned by" in run.err, run
    assert "&amp;" in doc.read_text(encoding="utf-8")


def test_output_file_is_replaced_whole_or_left_as_it_was(tmp_path):
    """-o writes through a temporary file: an interrupted run keeps the previous report."""
    from corpuslint.files import atomic_output

    out = tmp_path / "out.json"
    out.write_text("the previous report\n", encoding="utf-8")
    out.chmod(0o640)
    with pytest.raises(KeyboardInterrupt):
        with atomic_output(str(out)) as stream:
            stream.write('{"half": ')
            raise KeyboardInterrupt
    assert out.read_text(encoding="utf-8") == "the previous report\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["out.json"]
    real_docs(tmp_path / "c", 2)
    run = cl("check", "--no-cache", "--output-format", "json", "-o", "out.json", "c", cwd=tmp_path)
    assert run.code in (0, 1), run
    assert isinstance(json.loads(out.read_text(encoding="utf-8")), list)
    assert oct(out.stat().st_mode & 0o777) == oct(0o640)  # the file keeps its permissions
    assert not any(p.name.endswith(".tmp") for p in tmp_path.iterdir())
