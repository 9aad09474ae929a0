"""CL412 compares chat records by their conversations, not by the system prompt they share.

tests/data/chat/docutils_faq30.jsonl: 30 questions and answers of docutils' FAQ.rst (public
domain; the qa16b chat corpus), each a user and an assistant message; system_prompt.txt: a
308-word documentation-assistant prompt, put in front of every record as datasets do. Compared
whole, the shared prompt made short exchanges "near copies" (review16d #3b: faq-11 and faq-20 of
faq-9, similarity 0.84 and 0.89, "keep one"). Two real near copies are added (the same answer to
a reworded question, one sentence changed): those are still found, on all three paths the
signature takes (the in-memory index, the SQLite index read by a later run, the dist job).
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
DATA = Path(__file__).parent / "data" / "chat"
SYSTEM = (DATA / "system_prompt.txt").read_text(encoding="utf-8").strip()
RECORDS = [json.loads(line) for line in (DATA / "docutils_faq30.jsonl").read_text(encoding="utf-8").splitlines()]


def _near(record: dict, question: str, edits: list[tuple[str, str]], record_id: str) -> dict:
    answer = record["messages"][1]["content"]
    for old, new in edits:
        assert old in answer
        answer = answer.replace(old, new)
    return {"id": record_id, "messages": [{"role": "user", "content": question},
                                          {"role": "assistant", "content": answer}]}


# record 31 is record 15's answer (faq-21, lists) with its last sentence changed; 32 is record
# 19's (faq-25, nested inline markup) with its first
COPIES = [_near(RECORDS[14], "How do I mark up lists in reStructuredText?",
                [("See `How are lists\nformatted in HTML?`_ for details.", "The HTML writer's stylesheet decides it.")],
                "faq-21b"),
          _near(RECORDS[18], "Is nested inline markup supported?", [("Not currently, no.", "No, not at the moment.")],
                "faq-25b")]
FOUND = [(31, "messages[1].content", 15), (32, "messages[1].content", 19)]


def _with_system(records: list[dict], role: str = "system") -> list[dict]:
    return [{**r, "messages": [{"role": role, "content": SYSTEM}, *r["messages"]]} for r in records]


def _write(path: Path, records: list[dict]) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _near_copies(findings: list[dict]) -> list[tuple[int, str, int]]:
    return [(f["record"], f["data"]["part"], f["related"][0]["record"]) for f in findings if f["code"] == "CL412"]


def _check(cli, path, *extra) -> list[dict]:
    out = cli("check", path, "--isolated", "--no-cache", "--output-format", "json", "--select", "CL411,CL412", *extra)
    return out.json()


@pytest.mark.parametrize("batched", [False, True])
def test_a_shared_system_prompt_makes_no_near_copies(cli, tmp_path, monkeypatch, batched):
    if batched:  # the collect phase signs a batch of documents at once (`corpus_features.prepare`)
        from corpuslint import similarity

        monkeypatch.setattr(similarity, "VECTOR_AFTER", 0)
    path = _write(tmp_path / "sys.jsonl", _with_system(RECORDS + COPIES))
    assert _near_copies(_check(cli, path, "--no-index")) == FOUND
    # as without the prompt: the prompt changes nothing
    bare = _write(tmp_path / "bare.jsonl", RECORDS + COPIES)
    assert _near_copies(_check(cli, bare, "--no-index")) == [(r, "messages[0].content", o) for r, _p, o in FOUND]
    # `developer` is the system prompt's newer name
    assert _near_copies(_check(cli, _write(tmp_path / "dev.jsonl", _with_system(RECORDS + COPIES, "developer")),
                               "--no-index")) == FOUND


def test_the_same_prompt_in_a_user_message_is_content(cli, tmp_path):
    """Only the system role is left out: a long passage the user gives each time is what the
    records say, and short answers under it are near copies (the counter-case)."""
    records = [{**r, "messages": [{"role": "user", "content": SYSTEM + "\n\n" + r["messages"][0]["content"]},
                                  {"role": "assistant", "content": r["messages"][1]["content"]}]}
               for r in RECORDS]
    found = _near_copies(_check(cli, _write(tmp_path / "user.jsonl", records), "--no-index"))
    assert (3, "messages[0].content", 1) in found or len(found) >= 2  # faq-9's ten-word answer, and others


def test_a_short_exchange_under_a_long_prompt_is_not_compared(cli, tmp_path):
    records = _with_system([
        {"id": "t1", "messages": [{"role": "user", "content": "Thanks, that worked."},
                                  {"role": "assistant", "content": "Glad it helped."}]},
        {"id": "t2", "messages": [{"role": "user", "content": "Thank you, it works now."},
                                  {"role": "assistant", "content": "You're welcome."}]}])
    assert _near_copies(_check(cli, _write(tmp_path / "short.jsonl", records), "--no-index")) == []


def test_the_sqlite_index_of_an_earlier_run_gives_the_same(cli, tmp_path):
    _write(tmp_path / "corpus" / "sys.jsonl", _with_system(RECORDS + COPIES))
    cli("check", "corpus", "--isolated", "--no-cache", "--select", "CL411,CL412", "--exit-zero", cwd=tmp_path)
    assert (tmp_path / "corpus" / ".corpuslint_cache" / "index.sqlite").is_file()
    again = cli("check", "corpus", "--isolated", "--no-cache", "--output-format", "json", "--select", "CL411,CL412",
                cwd=tmp_path).json()  # reads the index the first run built (its stored features and signatures)
    assert "rebuilding" not in cli("check", "corpus", "--isolated", "--no-cache", "--select", "CL412", "--exit-zero",
                                   cwd=tmp_path).err
    assert _near_copies(again) == FOUND


def test_the_dist_job_gives_the_same(tmp_path):
    pytest.importorskip("datatrove")
    pytest.importorskip("pyarrow")
    _write(tmp_path / "corpus" / "sys.jsonl", _with_system(RECORDS + COPIES))
    (tmp_path / "cfg.yaml").write_text("select: [CL411, CL412]\n", encoding="utf-8")
    env = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
    out = subprocess.run([sys.executable, "-m", "corpuslint.cli", "dist", "check", "corpus", "--config", "cfg.yaml",
                          "--tasks", "2", "--buckets", "2", "--workers", "1", "--output-format", "jsonl",
                          "--work-dir", "w"], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=300)
    assert out.returncode == 1, out.stderr[-3000:]
    assert _near_copies([json.loads(line) for line in out.stdout.splitlines()]) == FOUND
