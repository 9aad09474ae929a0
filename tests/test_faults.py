"""Fault injection, black-box through the command line, on copies of real documents (issue 14).

Each test reproduces one case of the issue: a process killed in the middle of `--fix`, odd files
in the corpus (FIFOs, sockets, devices, /dev/zero), the corpus index deleted mid-run, documents
that are all boilerplate, runs that check nothing, JSONL records with duplicate keys, hard links,
and messages that blamed the wrong thing. Every run has a timeout, so a hang fails the test
instead of blocking the suite.

Documents come from `../shared/corpora/txt` beside the checkout (CI has it too), else from
`tests/data`.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import socket
import stat
import subprocess
import sys
import threading
import time
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent
SHARED_TXT = ROOT.parent / "shared" / "corpora" / "txt"
ALL_BOILERPLATE = ("fakenewsnet-BuzzFeed_Real_44.txt", "fakenewsnet-PolitiFact_Real_41.txt",
                   "fakenewsnet-PolitiFact_Real_77.txt")
ALL_BOILERPLATE_TEXT = ("External links are provided for reference purposes. ABC News is not responsible for "
                        "the content of external Internet sites.\n\nCopyright © 2017 ABC News Internet "
                        "Ventures. Yahoo! - ABC News Network")


# -- helpers ------------------------------------------------------------------------------------

def _sources() -> list[Path]:
    if SHARED_TXT.is_dir():
        return sorted(SHARED_TXT.glob("*.txt"))
    return sorted(p for p in (HERE / "data").rglob("*.txt") if p.stat().st_size > 200)


def real_docs(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """Copy `n` real documents (writable copies) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = _sources()
    step = max(1, len(sources) // max(n, 1))
    picked = sources[start::step][:n] or sources[:n]
    out = []
    for src in picked:
        target = folder / src.name
        shutil.copyfile(src, target)
        out.append(target)
    return out


def boilerplate_docs(folder: Path) -> list[Path]:
    """The three documents of the dev corpus that are nothing but a disclaimer and a copyright."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in ALL_BOILERPLATE:
        src = SHARED_TXT / name
        target = folder / name
        if src.is_file():
            shutil.copyfile(src, target)
        else:
            target.write_text(ALL_BOILERPLATE_TEXT, encoding="utf-8")
        out.append(target)
    return out


class Run:
    def __init__(self, proc: subprocess.CompletedProcess, seconds: float) -> None:
        self.code, self.out, self.err, self.seconds = proc.returncode, proc.stdout, proc.stderr, seconds

    def json(self):
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Run(code={self.code}, seconds={self.seconds:.1f}, out={self.out[-3000:]!r}, err={self.err[-3000:]!r})"


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CORPUSLINT_DEBUG", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["NO_COLOR"] = "1"
    env.update(extra or {})
    return env


def cl(*args: str, cwd: Path, timeout: float = 60, env: dict[str, str] | None = None, user: int | None = None) -> Run:
    """Run `python -m corpuslint.cli ARGS` in `cwd`; a hang past `timeout` fails the test."""
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "corpuslint.cli", *map(str, args)], cwd=cwd,
                              capture_output=True, text=True, timeout=timeout, env=_env(env),
                              preexec_fn=_as_user(user), errors="replace")
    except subprocess.TimeoutExpired:
        pytest.fail(f"corpuslint {' '.join(map(str, args))} did not finish within {timeout} s")
    return Run(proc, time.perf_counter() - started)


def _as_user(uid: int | None):
    if uid is None:
        return None

    def drop() -> None:
        os.setgid(uid)
        os.setuid(uid)

    return drop


def findings(run: Run) -> list[dict]:
    assert run.out.strip().startswith("["), run
    return run.json()


def codes(run: Run) -> Counter:
    return Counter(f["code"] for f in findings(run))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def session_processes(sid: int) -> list[int]:
    """Processes (not zombies) whose session is `sid`."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, session = fields[0], int(fields[3])
        if session == sid and state != "Z":
            pids.append(int(entry))
    return pids


NOBODY = 65534
needs_linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc and FIFOs")


def as_someone_else(folder: Path) -> int | None:
    """Run as `nobody` when we are root (permissions do not stop root); the tree becomes theirs."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    for parent in Path(os.path.realpath(sys.executable)).parents:
        if parent != Path("/") and not parent.stat().st_mode & stat.S_IXOTH:
            pytest.skip(f"running as root, and `nobody` cannot run {sys.executable} ({parent} is closed)")
    for parent in [folder, *folder.parents]:
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            os.chmod(parent, mode | stat.S_IXOTH)
    for path in [folder, *folder.rglob("*")]:
        os.lchown(path, NOBODY, NOBODY)
    return NOBODY


# -- 1. a safe fix must not empty a document; the fix summary equals a fresh check -------------

def test_fixes_that_would_empty_a_document_are_not_safe(tmp_path):
    corpus = tmp_path / "c"
    real_docs(corpus, 5)
    empty_ones = boilerplate_docs(corpus)
    before = {p: p.read_bytes() for p in empty_ones}
    run = cl("check", "--fix", "--no-cache", "--output-format", "json", "c", cwd=tmp_path)
    assert run.code == 1, run
    for path in empty_ones:
        assert path.read_bytes() == before[path], f"{path.name} was changed: {path.read_bytes()!r}"
    found = [f for f in findings(run) if Path(f["path"]).name in ALL_BOILERPLATE]
    whole = [f for f in found if f["code"] == "CL911"]
    assert len(whole) == 3, found
    assert all("boilerplate" in f["message"] for f in whole)
    # the fixes that would have emptied it are still offered, as unsafe ones that say why
    removals = [f for f in found if f["code"] in ("CL120", "CL122")]
    assert removals and all(f["fix"]["applicability"] == "unsafe" for f in removals), removals
    assert all("empty" in f["fix"]["message"] for f in removals), removals
    # text files are reported only: even unsafe fixes never empty them
    cl("check", "--fix", "--unsafe-fixes", "--no-cache", "c", cwd=tmp_path)
    assert all(p.read_bytes() == before[p] for p in empty_ones)


def test_an_all_boilerplate_jsonl_record_is_dropped_only_with_unsafe_fixes(tmp_path):
    keep = real_docs(tmp_path / "src", 2)
    records = [{"id": "a", "text": keep[0].read_text(encoding="utf-8")},
               {"id": "bp", "text": ALL_BOILERPLATE_TEXT},
               {"id": "b", "text": keep[1].read_text(encoding="utf-8")}]
    corpus = tmp_path / "c"
    corpus.mkdir()
    data = tmp_path / "c" / "docs.jsonl"
    lines = [json.dumps(r, ensure_ascii=False) + "\n" for r in records]
    data.write_text("".join(lines), encoding="utf-8")
    run = cl("check", "--fix", "--no-cache", "--output-format", "json", "c", cwd=tmp_path)
    after = data.read_text(encoding="utf-8").splitlines(keepends=True)
    assert after[1] == lines[1], "the safe fixes emptied the record"
    assert any(f["code"] == "CL911" and f["document"] == "bp" for f in findings(run)), run
    run = cl("check", "--fix", "--unsafe-fixes", "--no-cache", "c", cwd=tmp_path)
    after = data.read_text(encoding="utf-8")
    assert ALL_BOILERPLATE_TEXT[:40] not in after and '"bp"' not in after
    assert len(after.splitlines()) == 2  # the record is dropped, not left with an empty text
    # ... and never silently (issue 15): the summary counts the drop, a warning names the record
    assert "CL911 ×1" in run.out, run
    assert "record 2" in run.err and "id bp) dropped" in run.err, run


def test_fix_summary_equals_a_fresh_check_of_the_result(tmp_path):
    real_docs(tmp_path / "c", 100)
    boilerplate_docs(tmp_path / "c")
    fixed = cl("check", "--fix", "--no-cache", "--output-format", "json", "c", cwd=tmp_path)
    fresh = cl("check", "--no-cache", "--output-format", "json", "c", cwd=tmp_path)
    assert codes(fixed) == codes(fresh)
    assert codes(fixed)["CL904"] == 0  # no fix left an empty document behind


# -- 2. kill -9 of the main process during --fix -----------------------------------------------

KILL_DOCS = 300
FORCE_WORKERS = {"CORPUSLINT_PARALLEL_MIN_BYTES": "0"}  # a few hundred documents, in worker processes


@pytest.fixture(scope="module")
def fixed_reference(tmp_path_factory):
    """The documents before and after an uninterrupted `--fix` (what each file may hold)."""
    base = tmp_path_factory.mktemp("kill-reference")
    real_docs(base / "c", KILL_DOCS)
    old = snapshot(base / "c")
    run = cl("check", "--fix", "--no-cache", "-q", "-j", "2", "c", cwd=base, env=FORCE_WORKERS, timeout=120)
    assert run.code in (0, 1), run
    new = snapshot(base / "c")
    assert sum(old[n] != new[n] for n in old) > 50, "the reference fix changed too little to test anything"
    return old, new, run.seconds


@needs_linux
@pytest.mark.parametrize("at", [0.3, 0.55, 0.8])  # of the time an uninterrupted fix takes
def test_kill_9_during_fix_leaves_no_writer_and_no_stray_file(tmp_path, fixed_reference, at):
    old, new, seconds = fixed_reference
    corpus = tmp_path / "c"
    real_docs(corpus, KILL_DOCS)
    assert snapshot(corpus) == old
    proc = subprocess.Popen([sys.executable, "-m", "corpuslint.cli", "check", "--fix", "--no-cache", "-q",
                             "-j", "2", "c"], cwd=tmp_path, env=_env(FORCE_WORKERS), start_new_session=True,
                            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    time.sleep(at * seconds)
    os.kill(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    deadline = time.monotonic() + 2.0
    while session_processes(proc.pid) and time.monotonic() < deadline:
        time.sleep(0.05)
    left = session_processes(proc.pid)
    for pid in left:  # do not leave them to the next test
        try:
            os.kill(pid, signal.SIGKILL)
        except ProcessLookupError:
            pass
    assert not left, f"{len(left)} process(es) outlived the killed run by 2 s"
    after = {n: data for n, data in snapshot(corpus).items() if not n.startswith(".corpuslint-")}
    assert set(old) <= set(after) <= set(new), "a document vanished, or a file no fix writes appeared"
    torn = [n for n in after if after[n] not in (old.get(n), new.get(n))]  # sidecars: absent or new
    assert not torn, f"files neither old nor new: {torn[:5]}"
    # the next run (even a check of one file) removes what the killed one left
    cl("check", "--no-cache", "-q", str(Path("c") / sorted(old)[0]), cwd=tmp_path)
    stray = [p.name for p in corpus.iterdir() if p.name.startswith(".corpuslint-")]
    assert not stray, stray


# -- 3. FIFOs, sockets, devices and /dev/zero in the corpus -------------------------------------

@needs_linux
def test_fifo_socket_and_devices_are_reported_not_opened(tmp_path):
    corpus = tmp_path / "c"
    docs = real_docs(corpus, 20)
    os.mkfifo(corpus / "pipe.txt")
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(corpus / "sock.txt"))
    os.symlink("/dev/null", corpus / "null.txt")
    os.symlink("/dev/zero", corpus / "zero.txt")
    try:
        run = cl("check", "--no-cache", "--output-format", "json", "c", cwd=tmp_path, timeout=30)
        named = cl("check", "--no-cache", "--output-format", "json", "c/" + docs[0].name,
                   cwd=tmp_path, timeout=30)  # the index refresh walks the whole corpus
        fixed = cl("check", "--fix", "--no-cache", "-q", "c", cwd=tmp_path, timeout=30)
    finally:
        server.close()
    assert run.seconds < 20 and named.code in (0, 1) and fixed.code in (0, 1), (run, named, fixed)
    odd = {Path(f["path"]).name: f for f in findings(run) if f["code"] == "CL901"}
    assert set(odd) == {"pipe.txt", "sock.txt", "null.txt", "zero.txt"}, findings(run)
    assert all("not a regular file" in f["message"] for f in odd.values()), odd
    assert not list(corpus.glob("**/*-journal"))


@needs_linux
def test_reading_stops_at_max_document_bytes(tmp_path):
    corpus = tmp_path / "c"
    real_docs(corpus, 3)
    with open(corpus / "huge.txt", "wb") as handle:  # sparse: 300 MB that cost no disk
        handle.truncate(300 * 1024 * 1024)
    (tmp_path / "corpuslint.yaml").write_text("max-document-bytes: 100000\n", encoding="utf-8")
    wrapper = ("import resource, subprocess, sys; p = subprocess.run(sys.argv[1:], capture_output=True, text=True); "
               "print(p.stdout); print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)")
    proc = subprocess.run([sys.executable, "-c", wrapper, sys.executable, "-m", "corpuslint.cli", "check",
                           "--no-cache", "--output-format", "json", "c"], cwd=tmp_path, capture_output=True,
                          text=True, timeout=60, env=_env())
    out, rss_kb = proc.stdout.rsplit("\n", 2)[0], int(proc.stdout.split()[-1])
    found = json.loads(out)
    assert any(f["code"] == "CL908" and f["path"].endswith("huge.txt") for f in found), found
    assert rss_kb < 250 * 1024, f"peak RSS {rss_kb // 1024} MB: the file was read whole"


# -- 4. the index deleted mid-run ---------------------------------------------------------------

def test_index_removed_mid_run_loses_no_finding(tmp_path):
    corpus = tmp_path / "c"
    real_docs(corpus, 300)
    (tmp_path / "corpuslint.yaml").write_text("select: [ALL]\n", encoding="utf-8")
    reference = cl("check", "--rebuild-index", "--no-cache", "--output-format", "json", "c", cwd=tmp_path)
    index = tmp_path / ".corpuslint_cache" / "index.sqlite"
    assert index.is_file(), list(tmp_path.rglob("index.sqlite"))
    index.unlink()
    removed = threading.Event()

    def remove_when_built() -> None:
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and not removed.is_set():
            if index.exists() and index.stat().st_size > 100_000:
                time.sleep(0.2)
                for suffix in ("", "-journal", "-wal", "-shm"):
                    Path(str(index) + suffix).unlink(missing_ok=True)
                removed.set()
                return
            time.sleep(0.01)

    remover = threading.Thread(target=remove_when_built, daemon=True)
    remover.start()
    run = cl("check", "--rebuild-index", "--no-cache", "--output-format", "json", "-j", "2", "c", cwd=tmp_path,
             env=FORCE_WORKERS)  # workers open the index themselves
    assert removed.is_set(), "the index was never removed: the test tested nothing"
    removed.set()
    remover.join()
    if run.code == 2 and not run.out.strip().startswith("["):
        assert len(run.err.strip().splitlines()) <= 2 and "index" in run.err, run  # one clear error
        return
    assert len(run.err.strip().splitlines()) <= 2, run  # a warning at most, not one per document
    key = lambda f: (f["path"], f["line"], f["code"])  # noqa: E731
    assert sorted(map(key, findings(run))) == sorted(map(key, findings(reference)))


# -- 5. silent passes ---------------------------------------------------------------------------

def _bad_inputs(folder: Path) -> None:
    real_docs(folder, 3)
    (folder / "scan.txt").write_bytes(b"%PDF-1.4\x00\x00\x01binary")
    (folder / "latin.txt").write_bytes("Caf\xe9 au lait, a short latin-1 note about coffee.".encode("latin-1"))
    (folder / "bad.jsonl").write_text('{"id": "1", "text": "fine text here"}\n{"id": 2, "text": \n', encoding="utf-8")


def test_input_problems_are_reported_whatever_select_says(tmp_path):
    _bad_inputs(tmp_path / "c")
    run = cl("check", "--no-cache", "--select", "CL2", "--output-format", "json", "c", cwd=tmp_path)
    assert run.code == 1, run
    assert {"CL902", "CL903", "CL906"} <= set(codes(run)), run
    by_code = cl("check", "--no-cache", "--select", "CL2", "--ignore", "CL903", "--output-format", "json", "c",
                 cwd=tmp_path)
    assert "CL903" not in codes(by_code) and "CL902" in codes(by_code)
    by_name = cl("check", "--no-cache", "--select", "CL2", "--ignore", "binary-file", "--output-format", "json",
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
def test_a_run_that_checks_nothing_fails_and_says_why(tmp_path, case):
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
    run = cl("check", "--no-cache", *args, cwd=tmp_path)
    assert run.code == 2, run
    assert "no file" in run.err or "no document" in run.err, run
    assert "All checks passed" not in run.out
    assert "--allow-empty" in run.err or "include" in run.err or "exclude" in run.err, run
    allowed = cl("check", "--no-cache", "--allow-empty", *args, cwd=tmp_path)
    assert allowed.code == 0, allowed


def test_a_named_git_ignored_folder_is_checked(tmp_path):
    (tmp_path / ".git").mkdir()
    (tmp_path / ".gitignore").write_text("ignored/\n")
    real_docs(tmp_path / "ignored", 3)
    run = cl("check", "--no-cache", "--output-format", "json", "ignored", cwd=tmp_path)
    assert run.code in (0, 1), run
    text = cl("check", "--no-cache", "ignored", cwd=tmp_path)
    assert "3 documents in 3 files" in text.out, text
    forced = cl("check", "--no-cache", "--force-exclude", "ignored", cwd=tmp_path)
    assert forced.code == 2, forced  # --force-exclude keeps today's behaviour, and says so


def test_upper_case_extensions_are_checked(tmp_path):
    corpus = tmp_path / "c"
    for i, path in enumerate(real_docs(corpus, 3)):
        path.rename(path.with_suffix(".TXT" if i else ".Txt"))
    run = cl("check", "--no-cache", "c", cwd=tmp_path)
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
def test_output_file_in_a_missing_folder_or_a_folder_is_a_usage_error(tmp_path, target):
    real_docs(tmp_path / "c", 2)
    (tmp_path / "adir").mkdir()
    run = cl("check", "--no-cache", "-o", target, "c", cwd=tmp_path)
    assert run.code == 2 and "internal error" not in run.err and "bug" not in run.err, run
    assert target.split("/")[0] in run.err


def test_symlink_loop_named_on_the_command_line(tmp_path):
    os.symlink("loop.txt", tmp_path / "loop.txt")
    run = cl("check", "--no-cache", "loop.txt", cwd=tmp_path)
    assert run.code == 2 and "no such file" not in run.err and "loop" in run.err, run


def test_null_text_field_says_null(tmp_path):
    (tmp_path / "c").mkdir()
    (tmp_path / "c" / "n.jsonl").write_text('{"id": "n", "text": null}\n', encoding="utf-8")
    run = cl("check", "--no-cache", "--output-format", "json", "c", cwd=tmp_path)
    messages = [f["message"] for f in findings(run) if f["code"] == "CL907"]
    assert messages and "null" in messages[0] and "has no" not in messages[0], run


def test_an_unknown_encoding_is_a_config_error(tmp_path):
    real_docs(tmp_path / "c", 3)
    (tmp_path / "corpuslint.yaml").write_text("encoding: klingon\n", encoding="utf-8")
    run = cl("check", "--no-cache", "c", cwd=tmp_path)
    assert run.code == 2 and "encoding" in run.err and "klingon" in run.err and "CL903" not in run.out, run


def test_an_invalid_per_file_ignores_glob_is_a_config_error(tmp_path):
    real_docs(tmp_path / "c", 2)
    (tmp_path / "corpuslint.yaml").write_text('per-file-ignores:\n  "c/[a-": [CL101]\n', encoding="utf-8")
    run = cl("check", "--no-cache", "c", cwd=tmp_path)
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


def test_file_names_are_escaped_in_the_text_output(tmp_path):
    corpus = tmp_path / "c"
    corpus.mkdir()
    text = "Fish &amp; chips, the menu said.\n"
    (corpus / "two\nlines.txt").write_text(text, encoding="utf-8")
    (corpus / "\x1b[31mred.txt").write_text(text, encoding="utf-8")
    run = cl("check", "--no-cache", "c", cwd=tmp_path)
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


def test_diff_and_fix_count_the_same_files(tmp_path):
    real_docs(tmp_path / "c", 100)
    diff = cl("check", "--diff", "--no-cache", "c", cwd=tmp_path)
    diffed = {line[6:] for line in diff.out.splitlines() if line.startswith("+++ b/")}
    would = int(re.search(r"Would fix \d+ findings? \(.*\) in (\d+) file", diff.err).group(1))
    fix = cl("check", "--fix", "--no-cache", "c", cwd=tmp_path)
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
