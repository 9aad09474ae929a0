"""Chat records (`messages` / ShareGPT `conversations`) in JSON Lines, on real FAQ answers.

tests/data/chat/faq_chat.jsonl: four records of the qa16b chat corpus (pygments' doc/faq.rst, BSD;
docutils' FAQ.rst, public domain), each a system prompt, a question and its answer. A record is
one document; each message is checked as a part of it: the column counts inside the message,
`data.part` names it, and a fix rewrites that message's string and no other byte of the line.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data" / "chat"
CHAT = DATA / "faq_chat.jsonl"
RECORDS = [json.loads(line) for line in CHAT.read_text(encoding="utf-8").splitlines()]
# faq-18's answer names "the XML character entity &mdash;" (a mention, not decoded since session 17):
# the fix tests use it as an extraction would leave it, the entity alone in the parenthesis. The
# answer is about XML's character entities (session 19, aboutmarkup): the fix is unsafe there
NAMED, LEFT = "(XML character entity &mdash;,", "(&mdash;,"


def _residue_copy(path: Path) -> Path:
    path.write_text(CHAT.read_text(encoding="utf-8").replace(NAMED, LEFT), encoding="utf-8")
    return path


def _check(cli, path, *extra):
    return cli("check", path, "--isolated", "--no-index", "--no-cache", "--output-format", "json", *extra)


def _write(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _tagged() -> list[dict]:
    """The records with faq-25's answer opening on a tag an extraction left (`<b>Not currently</b>`):
    its own raw-HTML examples stand in a reST literal block and a raw directive, code since session
    26 (no finding)."""
    records = json.loads(json.dumps(RECORDS))
    answer = records[3]["messages"][2]
    answer["content"] = answer["content"].replace("Not currently", "<b>Not currently</b>", 1)
    return records


def test_messages_are_checked_where_a_text_record_is(cli, tmp_path):
    tagged = _tagged()
    chat = _write(tmp_path / "chat.jsonl", tagged)
    # the same answers as `text` records: the same findings, at the same columns
    text = _write(tmp_path / "text.jsonl", [{"id": r["id"], "text": r["messages"][2]["content"]} for r in tagged])
    found = _check(cli, chat).json()
    expected = _check(cli, text).json()
    assert [(f["code"], f["line"], f["column"], f["end_column"]) for f in found] == \
        [(f["code"], f["line"], f["column"], f["end_column"]) for f in expected]
    # faq-18's `&mdash;` (column 60) and `&amp;mdash;` (1664) are named in an answer about XML's
    # character entities: no finding (session 19); faq-25's own tags stand in a reST literal block
    assert {f["code"] for f in found} == {"CL201"}
    em = found[0]
    assert (em["record"], em["document"], em["line"], em["column"]) == (4, "faq-25", 4, 1)
    assert em["data"]["part"] == "messages[2].content"
    # the system prompt every record shares is no corpus boilerplate (CL151): the dataset's design
    assert not [f for f in found if f["code"] == "CL151"]
    human = cli("check", chat, "--isolated", "--no-index", "--no-cache")
    assert "chat.jsonl:4:1: [record 4, messages[2].content] CL201" in human.out
    assert _check(cli, _write(tmp_path / "plain.jsonl", RECORDS)).json() == []  # the examples: code


def _same_but_contents(old_line: str, new_line: str, field: str, key: str) -> int:
    """The new line is the old one with only message strings replaced (in place); how many."""
    old, new = json.loads(old_line), json.loads(new_line)
    assert list(old) == list(new) and all(old[k] == new[k] for k in old if k != field)
    rebuilt, changed = old_line, 0
    for was, now in zip(old[field], new[field]):
        assert {k: v for k, v in was.items() if k != key} == {k: v for k, v in now.items() if k != key}
        if was[key] != now[key]:
            escape = old_line.isascii()  # as the file writes non-ASCII characters
            rebuilt = rebuilt.replace(json.dumps(was[key], ensure_ascii=escape), json.dumps(now[key], ensure_ascii=escape))
            changed += 1
    assert rebuilt == new_line
    return changed


def test_fix_rewrites_only_the_message(cli, tmp_path):
    chat = _residue_copy(tmp_path / "chat.jsonl")
    before = chat.read_text(encoding="utf-8").splitlines()
    result = cli("check", chat, "--isolated", "--no-index", "--no-cache", "--fix", "--unsafe-fixes")
    assert "Fixed" in result.out
    after = chat.read_text(encoding="utf-8").splitlines()
    changed = [(a, b) for a, b in zip(before, after) if a != b]
    # faq-18 (`&mdash;` decoded, an unsafe fix in its answer about XML's entities); faq-25's tags stand in a reST literal block (`output::`), code no fix
    # touches (plain_code); faq-0, faq-1 byte for byte
    assert len(changed) == 1
    assert all(_same_but_contents(a, b, "messages", "content") == 1 for a, b in changed)
    assert "\u2014" in json.loads(after[2])["messages"][2]["content"]
    # what is left has no fix: the tags and the `&amp;mdash;` stand in code (a literal block, ``…``)
    assert [f["code"] for f in _check(cli, chat).json() if f["fix"]] == []


def test_sharegpt_conversations(cli, tmp_path):
    records = [json.loads(line) for line in _residue_copy(tmp_path / "r.jsonl").read_text(encoding="utf-8").splitlines()]
    shaped = [{"id": r["id"], "conversations": [{"from": {"system": "system", "user": "human"}.get(m["role"], "gpt"),
                                                 "value": m["content"]} for m in r["messages"]]} for r in records]
    path = _write(tmp_path / "sharegpt.jsonl", shaped)
    original = path.read_text(encoding="utf-8").splitlines()
    found = _check(cli, path).json()
    assert [(f["code"], f["line"], f["column"]) for f in found][:1] == [("CL202", 3, 60 + len(LEFT) - len(NAMED))]
    assert found[0]["data"]["part"] == "conversations[2].value"
    cli("check", path, "--isolated", "--no-index", "--no-cache", "--fix", "--unsafe-fixes")
    fixed = path.read_text(encoding="utf-8").splitlines()
    assert _same_but_contents(original[2], fixed[2], "conversations", "value") == 1
    assert original[:2] == fixed[:2]


def test_a_fix_stays_inside_its_message(cli, tmp_path):
    record = json.loads(json.dumps(RECORDS[1]))
    record["messages"][2]["content"] += "\n\nShare this article on Facebook"
    alone = json.loads(json.dumps(RECORDS[1]))
    alone["id"] = "faq-1b"
    alone["messages"][1]["content"] = "Share this article on Facebook"
    path = _write(tmp_path / "chat.jsonl", [record, alone])
    found = _check(cli, path, "--select", "CL102").json()
    assert [(f["record"], f["data"]["part"]) for f in found] == [(1, "messages[2].content"), (2, "messages[1].content")]
    assert found[0]["fix"] is not None
    assert found[1]["fix"] is None and "would empty `messages[1].content`" in found[1]["data"]["fix_withheld"]
    cli("check", path, "--isolated", "--no-index", "--no-cache", "--select", "CL102", "--fix")
    lines = path.read_text(encoding="utf-8").splitlines()
    assert json.loads(lines[0])["messages"][2]["content"] == RECORDS[1]["messages"][2]["content"]
    assert json.loads(lines[1]) == alone  # the whole-message label stays: a turn is never emptied


def test_shapes_it_cannot_read_say_why(cli, tmp_path):
    question = RECORDS[1]["messages"][1]["content"]
    records = [
        {"id": "m", "messages": [{"role": "user", "content": [{"type": "text", "text": question}]}]},
        {"id": "s", "messages": [question, "An answer."]},
        {"id": "n", "messages": [{"role": "user", "text": question}]},
        {"id": "t", "messages": [{"role": "user", "content": question},
                                 {"role": "assistant", "content": None, "tool_calls": []}]},
    ]
    found = _check(cli, _write(tmp_path / "odd.jsonl", records)).json()
    messages = {f["document"]: f["message"] for f in found if f["code"] == "CL907"}
    assert "`messages[0].content` is a JSON array, not a string" in messages["m"]
    assert "`messages[0]` is a JSON string, not a message object" in messages["s"]
    assert "holds no message with a `content` or `value` field" in messages["n"]
    assert "t" not in messages  # a tool call's `content: null` adds no text; the rest is checked


def test_text_field_may_name_the_list(cli, tmp_path):
    record = {"id": "faq-25", "text": "A summary of the answer.", "dialog": _tagged()[3]["messages"]}
    path = _write(tmp_path / "chat.jsonl", [record])
    assert [f["code"] for f in _check(cli, path).json()] == []  # the `text` field is the text
    config = tmp_path / "corpuslint.yaml"
    config.write_text("jsonl: {text-field: dialog}\n", encoding="utf-8")
    found = cli("check", path, "--config", config, "--no-index", "--no-cache", "--output-format", "json").json()
    assert [(f["code"], f["column"], f["data"]["part"]) for f in found] == [("CL201", 1, "dialog[2].content")]
    assert found[0]["document"] == "faq-25"


def test_a_conversation_has_no_title_line(cli, tmp_path):
    # the question in headline case over its answer: a title line in a text record (CL504), a
    # user's turn in a chat record, whose fix would add a `title` key to the record
    question = "Where Does the Name Pygments Come From?"
    answer = RECORDS[1]["messages"][2]["content"]
    path = _write(tmp_path / "mixed.jsonl", [
        {"id": "text", "text": f"{question}\n\n{answer}"},
        {"id": "chat", "messages": [{"role": "user", "content": question}, {"role": "assistant", "content": answer}]},
    ])
    found = _check(cli, path, "--select", "CL5").json()
    assert [(f["document"], f["code"], f["data"].get("field")) for f in found] == [("text", "CL504", "title")]
