"""The corpus job's fixer fixes chat records as `corpuslint check --fix` does (closing16: it
passed them on unfixed, `chat_not_fixed`).

On real text: the four FAQ records of tests/data/chat/faq_chat.jsonl (pygments, docutils; an
`&mdash;` in an answer about XML's entities, CL202 with an unsafe fix), 30 docutils FAQ records under one system prompt, records whose
answers open with the same canned paragraph (CL151, a corpus rule: unsafe fix) over a news
paragraph each (tests/data/bios), one answer that gives a paragraph twice (CL402), and a question
with an HTML entity (a fix before the answer, which then lies elsewhere in the fixed text). Each
record's messages after the job's fixer (`chat_messages`: its fixed text, split where its origin
says each message lies) are the messages `check --fix` writes into the record, safe and unsafe.
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

from test_chat_copies import NEWS, PARAGRAPH, _chat  # noqa: E402
from test_chat_near_copies import RECORDS, _with_system  # noqa: E402

DATA = Path(__file__).parent / "data" / "chat"
NAMED, LEFT = "(XML character entity &mdash;,", "(&mdash;,"
CANNED = "As an AI language model, I cannot give personal opinions, but here is some information that may help you."


def _corpus(folder: Path) -> None:
    folder.mkdir()
    shutil.copy(DATA / "faq_chat.jsonl", folder / "faq.jsonl")
    records = _with_system(RECORDS)
    records += [_chat(" ".join(p.split()[:8]), CANNED + "\n\n" + p, f"canned-{i}") for i, p in enumerate(NEWS)]
    records.append(_chat("What is an em-dash in reStructuredText?",
                         PARAGRAPH + "\n\nAs the FAQ explains.\n\n" + PARAGRAPH, "twice"))
    # a fix in the question, before the answer: the answer's place moves
    records.append(_chat("My HTML had an em-dash &mdash; like this &mdash; how do I write one in reStructuredText?",
                         PARAGRAPH, "entity-in-question"))
    (folder / "mixed.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records),
                                        encoding="utf-8")
    # faq-18's answer names "the XML character entity &mdash;" (a mention: no finding); the fix is tried
    # on the entity as an extraction leaves it, alone in its parenthesis (as tests/test_chat_records.py)
    for path in (folder / "faq.jsonl", folder / "mixed.jsonl"):
        path.write_text(path.read_text(encoding="utf-8").replace(NAMED, LEFT), encoding="utf-8")


def _messages(record: dict) -> dict[str, str]:
    field = "messages" if "messages" in record else "conversations"
    return {f"{field}[{i}].content": m["content"] for i, m in enumerate(record[field]) if m.get("content", "").strip()}


@pytest.mark.parametrize("unsafe", [False, True], ids=["safe", "unsafe"])
def test_the_job_fixes_chat_records_as_check_fix_does(tmp_path, monkeypatch, cli, unsafe):
    from datatrove.pipeline.writers import JsonlWriter

    from corpuslint.dist import CorpuslintFixer, CorpuslintReader, chat_messages, corpus_job
    from corpuslint.dist.convert import ORIGIN_KEY

    _corpus(tmp_path / "corpus")
    shutil.copytree(tmp_path / "corpus", tmp_path / "fixed")
    out = cli("check", "fixed", "--fix", "--no-index", "--no-cache", "--isolated",
              *(["--unsafe-fixes"] if unsafe else []), cwd=tmp_path)
    assert out.code in (0, 1), out.err
    before, expected = {}, {}
    for name in ("faq.jsonl", "mixed.jsonl"):
        for was, line in zip((tmp_path / "corpus" / name).read_text(encoding="utf-8").splitlines(),
                             (tmp_path / "fixed" / name).read_text(encoding="utf-8").splitlines()):
            record = json.loads(line)
            before[record["id"]], expected[record["id"]] = _messages(json.loads(was)), _messages(record)
    changed = sorted(i for i in expected if expected[i] != before[i])
    # check --fix's fixes: the question's em-dashes (CL202), the answer's second copy (CL402), and,
    # unsafe, faq-18's em-dash (CL202: its answer is about XML's character entities, session 19) and
    # the canned paragraph of the answers (CL151)
    assert "twice" in changed and "entity-in-question" in changed
    assert ("faq-18" in changed) is unsafe and ("canned-0" in changed) is unsafe
    assert len(changed) == (3 + len(NEWS) if unsafe else 2), changed

    # (absolute folders: fsspec keeps the file system of a relative path's first working directory)
    executors = corpus_job(CorpuslintReader("corpus", {}), str(tmp_path / "work"), tasks=2, buckets=2, workers=1,
                           config={}, after=[CorpuslintFixer({}, unsafe=unsafe),
                                             JsonlWriter(str(tmp_path / "out"), compression=None)])
    executors[-1].run()
    got = {}
    from datatrove.data import Document

    for path in sorted((tmp_path / "out").glob("*.jsonl")):
        for line in path.read_text(encoding="utf-8").splitlines():
            record = json.loads(line)
            doc = Document(text=record["text"], id=record["id"], metadata=record["metadata"])
            got[record["id"]] = chat_messages(doc)
            assert ORIGIN_KEY in record["metadata"]
    assert set(got) == set(expected)
    differ = sorted(i for i in got if got[i] != expected[i])
    assert not differ, [(i, got[i], expected[i]) for i in differ[:1]]
    stats = json.dumps([json.loads(p.read_text()) for p in (tmp_path / "work" / "logs").rglob("stats.json")])
    assert "chat_not_fixed" not in stats


def test_chat_messages_of_a_text_document_is_empty():
    from datatrove.data import Document

    from corpuslint.dist import chat_messages

    assert chat_messages(Document(text="Plain text.", id="t", metadata={})) == {}
