"""Bad input: a CL9xx finding naming file and line, the run goes on, no traceback, nothing lost."""

from __future__ import annotations

import os
import shutil

from conftest import DATA, SEED


def check_json(cli, *paths, extra=()):
    result = cli("check", *paths, "--isolated", "--select", "CL2,CL9", "--output-format", "json", *extra)
    assert "Traceback" not in result.err
    return result, result.json()


def test_binary_file(tmp_path, cli):
    path = tmp_path / "scan.txt"
    path.write_bytes(b"%PDF-1.4\x00\x01\x02binary")
    result, findings = check_json(cli, path)
    assert result.code == 1
    assert [(f["code"], f["name"]) for f in findings] == [("CL902", "binary-file")]


def test_invalid_utf8_names_line_and_byte(tmp_path, cli):
    path = tmp_path / "latin.txt"
    path.write_bytes("First line.\nCaf\u00e9 au lait.\n".encode("latin-1"))
    _, [finding] = check_json(cli, path)
    assert finding["code"] == "CL903"
    assert finding["line"] == 2 and finding["column"] == 4
    assert "e9" in finding["message"]
    assert path.read_bytes() == "First line.\nCaf\u00e9 au lait.\n".encode("latin-1")


def test_configured_encoding_reads_latin1(tmp_path, cli):
    path = tmp_path / "latin.txt"
    path.write_bytes("Caf\u00e9 <b>au</b> lait.\n".encode("latin-1"))
    (tmp_path / "corpuslint.yaml").write_text("encoding: latin-1\nselect: [CL2, CL9]\n", encoding="utf-8")
    result = cli("check", path, "--output-format", "json")
    assert [f["code"] for f in result.json()] == ["CL201"]


def test_empty_and_whitespace_files(tmp_path, cli):
    (tmp_path / "empty.txt").write_bytes(b"")
    (tmp_path / "blank.txt").write_text("\n  \n", encoding="utf-8")
    _, findings = check_json(cli, tmp_path)
    assert sorted(f["code"] for f in findings) == ["CL904", "CL904"]


def test_unreadable_file(tmp_path, cli):
    path = tmp_path / "gone.txt"
    os.symlink(tmp_path / "nowhere", path)  # a broken link cannot be opened, even by root
    result, [finding] = check_json(cli, tmp_path)
    assert finding["code"] == "CL901" and "cannot read" in finding["message"]


def test_malformed_front_matter_is_reported_and_the_body_still_checked(tmp_path, cli):
    path = tmp_path / "post.md"
    path.write_text('---\ntitle: "unclosed\nauthor: x\n---\n\nBody with <div>an open tag.\n', encoding="utf-8")
    _, findings = check_json(cli, path)
    codes = [f["code"] for f in findings]
    assert "CL905" in codes and "CL203" in codes
    assert next(f for f in findings if f["code"] == "CL905")["line"] >= 2


def test_front_matter_that_is_not_a_mapping(tmp_path, cli):
    path = tmp_path / "post.md"
    path.write_text("---\n- a\n- b\n---\nText.\n", encoding="utf-8")
    _, findings = check_json(cli, path)
    assert [f["code"] for f in findings] == ["CL905"]


def test_jsonl_second_record_malformed_later_records_still_checked(tmp_path, cli):
    path = tmp_path / "corpus.jsonl"
    path.write_text(
        '{"id": "a", "text": "fine"}\n'
        '{"id": "b", "text": "broken\n'
        '{"id": "c", "text": "has <b>bold</b>"}\n'
        '[1, 2]\n'
        '{"id": "e", "body": "no text field"}\n',
        encoding="utf-8")
    _, findings = check_json(cli, path)
    summary = [(f["code"], f["line"]) for f in findings]
    assert ("CL906", 2) in summary
    assert ("CL201", 3) in summary
    assert ("CL906", 4) in summary
    assert ("CL907", 5) in summary
    malformed = next(f for f in findings if f["line"] == 2)
    assert "line" not in malformed["message"] or "2" in str(malformed["line"])


def test_jsonl_custom_text_field(tmp_path, cli):
    path = tmp_path / "corpus.jsonl"
    path.write_text('{"doc": "x1", "body": "a <b>b</b>"}\n', encoding="utf-8")
    (tmp_path / "corpuslint.yaml").write_text("select: [CL2, CL9]\njsonl:\n  text-field: body\n  id-field: doc\n",
                                              encoding="utf-8")
    [finding] = cli("check", path, "--output-format", "json").json()
    assert finding["code"] == "CL201" and finding["document"] == "x1"


def test_document_over_the_size_cap(tmp_path, cli):
    path = tmp_path / "huge.txt"
    path.write_text("word " * 5000, encoding="utf-8")
    (tmp_path / "corpuslint.yaml").write_text("select: [CL2, CL9]\nmax-document-bytes: 1000\n", encoding="utf-8")
    [finding] = cli("check", path, "--output-format", "json").json()
    assert finding["code"] == "CL908"


def test_fix_never_writes_a_file_with_an_input_problem(tmp_path, cli):
    path = tmp_path / "post.md"
    original = b'---\ntitle: "unclosed\n---\nBody <b>x</b>\n'
    path.write_bytes(original)
    cli("check", path, "--isolated", "--select", "CL2,CL9", "--fix")
    assert path.read_bytes() == original


def test_bad_files_do_not_stop_the_run(tmp_path, cli):
    shutil.copy(SEED, tmp_path / "seed.txt")
    (tmp_path / "bin.txt").write_bytes(b"\x00\x00")
    (tmp_path / "bad.txt").write_bytes(b"not utf8 \xfd\x81")
    shutil.copy(DATA / "markup" / "fnc1-train-2124.txt", tmp_path / "z.txt")
    _, findings = check_json(cli, tmp_path)
    assert {f["code"] for f in findings} >= {"CL201", "CL902", "CL903"}
    assert any(f["path"].endswith("z.txt") for f in findings)
