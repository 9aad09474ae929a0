"""Fault injection, black-box through the command line, on copies of real documents (issue 14).

Here: a safe fix that would empty a document, a process killed in the middle of `--fix`, odd
files in the corpus (FIFOs, sockets, devices, /dev/zero), the corpus index deleted mid-run;
test_faults_messages.py: silent passes, bytes outside the fixed region, wrong messages. Every run has a timeout, so a hang fails the test
instead of blocking the suite.

Documents come from `../shared/corpora/txt` beside the checkout (CI has it too), else from
`tests/data`.
"""

from __future__ import annotations

import json
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest

from fault_helpers import ALL_BOILERPLATE
from fault_helpers import ALL_BOILERPLATE_TEXT
from fault_helpers import FORCE_WORKERS
from fault_helpers import _env
from fault_helpers import boilerplate_docs
from fault_helpers import cl
from fault_helpers import codes
from fault_helpers import findings
from fault_helpers import needs_linux
from fault_helpers import real_docs
from fault_helpers import session_processes
from fault_helpers import snapshot


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
