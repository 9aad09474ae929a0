"""The same corpus gives the same findings, whatever the order the documents were checked in,
the hash seed, the job count or the machine's load (qa16b finding 9: one `--jobs 2` run gave 12
CL151 findings on Debian changelogs more than another of the same command)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

from conftest import DATA, corpus_linter

CHANGELOGS = DATA / "boilerplate" / "changelogs"
PAGES = DATA / "fix_settles"  # 16 rule pages sharing a template (CL151 finds it)
ROOT = Path(__file__).resolve().parent.parent


def _docs(order):
    from corpuslint import Document

    return [Document.from_text((CHANGELOGS / f"{name}.txt").read_text(encoding="utf-8"), id=name,
                               path=str(CHANGELOGS / f"{name}.txt")) for name in order]


def _by_document(findings):
    out: dict[str, list] = {}
    for f in findings:
        if f.code == "CL151":
            out.setdefault(Path(f.path).stem, []).append((f.line, f.text, f.message))
    return {name: sorted(found) for name, found in out.items()}


NAMES = ["debianutils-head", "libmpg123-0", "libxext6", "software-properties-common"]


def test_cl151_findings_do_not_depend_on_which_documents_were_checked_first():
    """`* Bump Standards-Version to 4.6.0` and `... to 3.9.0.` share a key (digits and the full
    stop fold), but one is a sentence and the other not: the verdict was cached for the key, so
    the first document checked decided it for all (a --jobs worker's share of the files)."""
    forward = _by_document(corpus_linter().check(_docs(NAMES)))
    backward = _by_document(corpus_linter().check(_docs(NAMES[::-1])))
    assert forward == backward
    # (since list151 a changelog's entries are its own list items, never CL151: the order must
    # still not matter where findings are made, as on the rule pages below)
    pages = sorted(PAGES.glob("*.md"))
    def pages_docs(order):
        from corpuslint import Document

        return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p)) for p in order]
    found = _by_document(corpus_linter().check(pages_docs(pages)))
    assert found and found == _by_document(corpus_linter().check(pages_docs(pages[::-1])))


def _json_run(tmp_path: Path, seed: str, jobs: str) -> list:
    env = {**os.environ, "PYTHONHASHSEED": seed, "CORPUSLINT_PARALLEL_MIN_BYTES": "0",
           "PYTHONPATH": str(ROOT) + os.pathsep + os.environ.get("PYTHONPATH", "")}
    out = subprocess.run([sys.executable, "-m", "corpuslint.cli", "check", str(tmp_path / "corpus"), "--no-index",
                          "--no-cache", "--isolated", "--jobs", jobs, "--output-format", "json"],
                         capture_output=True, text=True, env=env, cwd=tmp_path, check=False)
    assert out.returncode in (0, 1), out.stderr
    return json.loads(out.stdout)


def test_two_runs_under_different_hash_seeds_and_job_counts_give_the_same_json(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    for name in NAMES:
        (corpus / f"{name}.txt").write_bytes((CHANGELOGS / f"{name}.txt").read_bytes())
    for page in PAGES.glob("*.md"):
        (corpus / page.name).write_bytes(page.read_bytes())
    first = _json_run(tmp_path, "1", "1")
    assert any(f["code"] == "CL151" for f in first)
    assert _json_run(tmp_path, "2", "2") == first
    assert _json_run(tmp_path, "3", "1") == first


def test_a_rule_its_time_budget_stops_while_fingerprinting_says_so_as_cl909():
    """The collect phase dropped a timed-out rule's fingerprints of a document without a word
    (and timed a `regex` call there by the wall clock, which a loaded machine runs out): the
    corpus counts, so other documents' findings, changed with the load and nothing said so."""
    import time

    from corpuslint.runner import time_budget

    linter = corpus_linter()
    linter.config.timeout = 0.2
    rule = linter.by_code["CL151"]
    plain = rule.fingerprints

    def slow(doc):
        if doc.id == "libxext6":
            end = time.process_time() + 5
            while time.process_time() < end:  # CPU time: the budget stops it
                pass
        yield from plain(doc)

    rule.fingerprints = slow
    with time_budget(0.2, linter.clock):
        findings = linter.check(_docs(NAMES))
    [cut] = [f for f in findings if f.code == "CL909"]
    assert Path(cut.path).stem == "libxext6"
    assert "CL151" in cut.message and "fingerprinting" in cut.message
    assert linter.clock.started is None
