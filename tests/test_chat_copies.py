"""A conversation quotes itself; a dataset's prompts share their template (review16d #1-#3).

On the FAQ answers of tests/data/chat/faq_chat.jsonl and news paragraphs of tests/data/bios (pygments' doc/faq.rst, BSD; docutils'
FAQ.rst, public domain). An answer that repeats the paragraph the user gave it (a summary's source,
a sentence to repeat) is no CL402/CL403 copy: those compare paragraphs inside one message, so a
paragraph given twice in one message is still found, and the same text as one string (a `text`
record) still is. A paragraph that the prompts (system/user messages) of many records share is the
dataset's instruction, not CL151's boilerplate; one the answers share (canned text) still is.
"""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data" / "chat"
RECORDS = [json.loads(line) for line in (DATA / "faq_chat.jsonl").read_text(encoding="utf-8").splitlines()]
ANSWER = RECORDS[2]["messages"][2]["content"]  # docutils' em-dash answer
PARAGRAPH = ANSWER.split("\n\n")[1]  # "ReStructuredText has no character entity subsystem. ..."
# a prose paragraph of each of tests/data/bios' FNC-1 news stories (25 words or more): 29 texts
NEWS = [found[0] for f in sorted((Path(__file__).parent / "data" / "bios").glob("fnc1-train-*.txt"))
        if (found := [p for p in f.read_text(encoding="utf-8").split("\n\n") if len(p.split()) >= 25
                      and "\n" not in p.strip()])]


def _write(path: Path, records) -> Path:
    path.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in records), encoding="utf-8")
    return path


def _codes(cli, path, *extra) -> list[tuple[str, str | None]]:
    found = cli("check", path, "--isolated", "--no-index", "--no-cache", "--output-format", "json", *extra).json()
    return [(f["code"], (f.get("data") or {}).get("part")) for f in found]


def _chat(user: str, assistant: str, record_id: str = "r") -> dict:
    return {"id": record_id, "messages": [{"role": "user", "content": user}, {"role": "assistant", "content": assistant}]}


def test_an_answer_quoting_the_prompt_keeps_its_paragraph(cli, tmp_path):
    path = _write(tmp_path / "quote.jsonl", [_chat(
        "Summarise the following.\n\n" + PARAGRAPH,
        "Here is the text again:\n\n" + PARAGRAPH + "\n\nIn short, Docutils relies on Unicode for such characters.")])
    assert not [c for c in _codes(cli, path) if c[0].startswith("CL40")]
    before = path.read_bytes()
    cli("check", path, "--isolated", "--no-index", "--no-cache", "--fix", "--unsafe-fixes")
    assert path.read_bytes() == before  # neither message loses the paragraph


def test_a_quotation_of_the_question_is_no_repeated_quotation(cli, tmp_path):
    quote = '"We will not raise taxes this year, whatever happens to the budget," the mayor said.'  # review16d q.jsonl
    path = _write(tmp_path / "q.jsonl", [_chat(
        "What did the mayor say about taxes at the meeting?\n\n" + quote,
        "He promised no tax rise. In his words: " + quote + " Critics doubted it.")])
    assert not [c for c in _codes(cli, path, "--select", "CL4") if c[0].startswith("CL40")]
    # in one message (the question given twice): still found
    path = _write(tmp_path / "q1.jsonl", [_chat(
        "What did the mayor say?\n\n" + quote + "\n\nHe promised no tax rise. In his words: " + quote, "He did.")])
    assert ("CL403", "messages[0].content") in _codes(cli, path, "--select", "CL4")


def test_a_copy_inside_one_message_is_still_found(cli, tmp_path):
    record = _chat("What is an em-dash in reStructuredText?", PARAGRAPH + "\n\nAs the FAQ explains.\n\n" + PARAGRAPH)
    record["messages"].append({"role": "user", "content": "Thanks, that helps."})
    path = _write(tmp_path / "twice.jsonl", [record])
    assert ("CL402", "messages[1].content") in _codes(cli, path)
    cli("check", path, "--isolated", "--no-index", "--no-cache", "--fix", "--unsafe-fixes", "--select", "CL402")
    # the later copy goes, and the blank line before it: the message ends with its own last paragraph
    assert json.loads(path.read_text(encoding="utf-8"))["messages"][1]["content"] == PARAGRAPH + "\n\nAs the FAQ explains."
    # the conversation's text as one string: the user's paragraph and the answer's are copies
    text = _write(tmp_path / "text.jsonl", [{"id": "t", "text": "Summarise the following.\n\n" + PARAGRAPH
                                            + "\n\nHere is the text again:\n\n" + PARAGRAPH}])
    assert [c[0] for c in _codes(cli, text)].count("CL402") == 1


def test_a_shared_instruction_is_the_prompt_template(cli, tmp_path):
    instruction = "Summarise the following paragraph of a news story in one sentence, keeping the names as they are."
    records = [_chat(instruction + "\n\n" + p, " ".join(p.split()[:8]), f"p{i}") for i, p in enumerate(NEWS)]
    path = _write(tmp_path / "instr.jsonl", records)
    assert not [c for c in _codes(cli, path) if c[0] == "CL151"]
    # the same paragraph heading the answers: canned text, still CL151's
    canned = "As an AI language model, I cannot give personal opinions, but here is some information that may help you."
    records = [_chat(" ".join(p.split()[:8]), canned + "\n\n" + p, f"a{i}") for i, p in enumerate(NEWS)]
    found = _codes(cli, _write(tmp_path / "canned.jsonl", records))
    assert found.count(("CL151", "messages[1].content")) == len(NEWS)


def test_an_answers_opening_yes_is_its_reply_not_canned_text(cli, tmp_path):
    # the Python FAQ's "Are there any interfaces to database packages in Python?" answered `Yes.` then its
    # paragraph (tester31); the same `Yes.` over many answers is each one's reply to its question
    records = [_chat("Is this paragraph from a news story? " + " ".join(p.split()[:8]), "Yes.\n\n" + p, f"y{i}")
               for i, p in enumerate(NEWS)]
    assert not [c for c in _codes(cli, _write(tmp_path / "yes.jsonl", records)) if c[0] == "CL151"]
