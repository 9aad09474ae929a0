"""benchmarks/read_ledger.py: a read skips the findings read before by the findings themselves, so a
changed pool (findings gone or new) cannot make it read a finding again, as redrawn seeds did (session 15:
17 of 50 read before)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

BENCH = Path(__file__).resolve().parents[1] / "benchmarks"
sys.path.insert(0, str(BENCH))
import read_ledger  # noqa: E402


def finding(i, code="CL402", message="m"):
    return {"path": "txt/doc-%03d.txt" % (i // 3), "document": None, "line": i, "end_line": i, "code": code,
            "text": "line %d" % i, "message": message}


def test_a_finding_read_once_is_never_drawn_again_when_the_pool_changes(tmp_path):
    ledger = tmp_path / "read.jsonl"
    pool = [finding(i) for i in range(200)]
    first = read_ledger.draw(pool, 1, 50)[0]
    read_ledger.append([read_ledger.entry(f, "bios", "s1/1", "test") for f in first], ledger)
    later = [f for i, f in enumerate(pool) if i % 29 != 5]  # the pool loses 7 findings
    read = {read_ledger.key(f) for f in first}
    # the old protocol: redraw seed 1 over today's pool and skip what it draws now
    redrawn = {id(f) for f in read_ledger.draw(later, 1, 50)[0]}
    by_seed = read_ledger.draw(later, 2, 50, skip_ids=redrawn)[0]
    assert any(read_ledger.key(f) in read for f in by_seed)  # the flaw: some are read again
    by_ledger, passed = read_ledger.draw(later, 2, 50, skip_keys=read_ledger.load_keys(ledger))
    assert len(by_ledger) == 50 and passed > 0
    assert not any(read_ledger.key(f) in read for f in by_ledger)


def test_a_finding_is_the_same_when_its_message_changes_and_not_when_its_text_does():
    assert read_ledger.key(finding(4, message="old words")) == read_ledger.key(finding(4, message="new words"))
    other = dict(finding(4), text="another line")
    assert read_ledger.key(other) != read_ledger.key(finding(4))


def test_an_entry_recorded_twice_is_kept_once(tmp_path):
    ledger = tmp_path / "read.jsonl"
    entries = [read_ledger.entry(finding(i), "bios", "s1/1", "test") for i in range(5)]
    assert read_ledger.append(entries, ledger) == 5
    assert read_ledger.append(entries, ledger) == 0
    assert len(read_ledger.load_keys(ledger)) == 5


def test_a_first_read_without_a_ledger_draws_as_read_sample_always_drew():
    import random
    pool = [finding(i) for i in range(300)]
    assert read_ledger.draw(pool, 16, 50)[0] == random.Random(16).sample(pool, 50)


@pytest.mark.skipif(not (BENCH.parent.parent / "shared" / "corpora" / "web" / "txt" / "nytimes-2.txt").exists(),
                    reason="needs ../shared/corpora")
def test_read_sample_skips_the_ledger_and_records_only_the_families_read(tmp_path):
    lines = (BENCH.parent.parent / "shared" / "corpora" / "web" / "txt" / "nytimes-2.txt").read_text().split("\n")
    found = []
    for i, text in enumerate(lines, 1):
        if text.strip():
            for code in ("CL151", "CL303"):
                found.append({"path": "web/txt/nytimes-2.txt", "document": "web/txt/nytimes-2.txt", "line": i,
                              "end_line": i, "code": code, "text": text, "message": "m", "fix": None})
    findings = tmp_path / "all.json"
    findings.write_text(json.dumps(found))
    ledger = tmp_path / "read.jsonl"

    def run(*extra):
        return subprocess.run([sys.executable, str(BENCH / "read_sample.py"), str(findings), str(tmp_path / "out"),
                               "--ledger", str(ledger), *extra], capture_output=True, text=True, check=True).stdout

    run("--seed", "7", "--family", "corpus", "--record", "t/7")
    recorded = [json.loads(line) for line in ledger.read_text().splitlines()]
    assert len(recorded) == 50 and {e["code"] for e in recorded} == {"CL151"}
    run("--seed", "8", "--family", "corpus")
    drawn = (tmp_path / "out" / "corpus.txt").read_text()
    for e in recorded:
        assert f" CL151 web/txt/nytimes-2.txt#web/txt/nytimes-2.txt:{e['line']}-" not in drawn
    with pytest.raises(subprocess.CalledProcessError):
        run("--seed", "9", "--record", "t/9")  # recording needs the families read


def test_two_textless_findings_on_one_record_are_two_and_old_entries_still_pass_over_them():
    # review16a: a record's "no author" and "no date" (CL501, no text) shared one key
    author = dict(finding(7, code="CL501", message="metadata has no `author`"), text=None)
    date = dict(finding(7, code="CL501", message="metadata has no `date`"), text=None)
    assert read_ledger.key(author) != read_ledger.key(date)
    legacy = {read_ledger.key(author)[:4] + (read_ledger.LEGACY_EMPTY,)}  # a pre-session-16 entry
    assert read_ledger.draw([author, date], 3, 2, skip_keys=legacy)[0] == []
