"""The engine end to end: formats, positions, JSON contract, exit codes, library API."""

from __future__ import annotations

import json
import shutil

import pytest

from conftest import DATA, SEED
from corpuslint import Document, Linter
from corpuslint.config import Config
from corpuslint.models import Finding


def test_seed_reports_the_stray_u_tag_on_its_line(cli):
    result = cli("check", SEED, "--select", "CL2", "--isolated")
    assert result.code == 1
    assert f"{SEED}:15:14: CL201" in result.out
    assert "<u>Reuters</u>" in result.out


def test_rule_explains_the_seed_finding_by_code_and_name(cli):
    by_code = cli("rule", "CL201")
    by_name = cli("rule", "stray-html-tag")
    assert by_code.code == by_name.code == 0
    assert by_code.out == by_name.out
    assert by_code.out.startswith("# stray-html-tag (CL201)")
    for heading in ("## What it does", "## Why is this bad?", "## Example", "## Fix safety"):
        assert heading in by_code.out


def test_json_output_validates_against_the_finding_model(cli):
    result = cli("check", SEED, "--select", "CL2", "--output-format", "json", "--isolated")
    items = result.json()
    assert len(items) == 1
    finding = Finding.model_validate(items[0])
    assert (finding.line, finding.column, finding.end_line, finding.end_column) == (15, 14, 15, 28)
    assert finding.code == "CL201" and finding.name == "stray-html-tag" and finding.family == "markup"
    assert finding.fix is not None and finding.fix.applicability.value == "safe"
    for key in ("path", "record", "line", "column", "end_line", "end_column", "code", "name", "family",
                "severity", "message", "fix"):
        assert key in items[0]


def test_markdown_positions_count_the_front_matter_lines(tmp_path, cli):
    doc = tmp_path / "post.md"
    doc.write_text("---\ntitle: A post\nauthor: Jane Roe\n---\n\nIntro line.\n\nA <div>never closed\n", encoding="utf-8")
    result = cli("check", doc, "--select", "CL2", "--output-format", "json", "--isolated")
    [finding] = result.json()
    assert finding["code"] == "CL203"
    assert (finding["line"], finding["column"]) == (8, 3)


def test_markdown_allows_inline_html_and_entities(tmp_path, cli):
    doc = tmp_path / "post.md"
    doc.write_text("Press <kbd>Ctrl</kbd>+<kbd>C</kbd> &amp; go.<br>\n\n<!-- a comment -->\n", encoding="utf-8")
    result = cli("check", doc, "--select", "CL2", "--isolated")
    assert result.code == 0, result


def test_markdown_code_is_not_html(tmp_path, cli):
    doc = tmp_path / "post.md"
    doc.write_text("Write `<div>` to open a block.\n\n```\n<section>\n```\n", encoding="utf-8")
    assert cli("check", doc, "--select", "CL2", "--isolated").code == 0


def test_jsonl_positions_are_the_record_line_and_the_column_in_its_text(tmp_path, cli):
    shutil.copy(DATA / "engine" / "news-sample.jsonl", tmp_path / "news.jsonl")
    result = cli("check", tmp_path / "news.jsonl", "--select", "CL2", "--output-format", "json", "--isolated")
    records = [json.loads(line) for line in (tmp_path / "news.jsonl").read_text(encoding="utf-8").splitlines()]
    findings = result.json()
    assert findings, result
    for finding in findings:
        record = records[finding["line"] - 1]
        assert finding["document"] == record["id"]
        assert finding["record"] == finding["line"]  # no blank lines in this file
        start = finding["column"] - 1
        assert record["text"][start:].startswith(finding["text"][:20].rstrip("…"))
    assert {f["document"] for f in findings} == {"fnc1-train-2124", "fnc1-train-0330"}


def test_crlf_file_reports_the_same_lines(tmp_path, cli):
    doc = tmp_path / "crlf.txt"
    doc.write_bytes(SEED.read_bytes().replace(b"\n", b"\r\n"))
    [finding] = cli("check", doc, "--select", "CL2", "--output-format", "json", "--isolated").json()
    assert (finding["line"], finding["column"]) == (15, 14)


def test_utf8_bom_does_not_shift_columns(tmp_path, cli):
    doc = tmp_path / "bom.txt"
    doc.write_bytes(b"\xef\xbb\xbfSee <b>this</b> now.\n")
    [finding] = cli("check", doc, "--select", "CL2", "--output-format", "json", "--isolated").json()
    assert (finding["line"], finding["column"]) == (1, 5)


def test_exit_codes(tmp_path, cli):
    clean = tmp_path / "clean.txt"
    clean.write_text("A plain sentence with nothing wrong in it.\n", encoding="utf-8")
    assert cli("check", clean, "--select", "CL2", "--isolated").code == 0
    assert cli("check", SEED, "--select", "CL2", "--isolated").code == 1
    assert cli("check", SEED, "--select", "CL2", "--isolated", "--exit-zero").code == 0
    assert cli("check", tmp_path / "missing.txt", "--isolated").code == 2
    assert cli("check", SEED, "--select", "CL999", "--isolated").code == 2
    assert cli("check", SEED, "--output-format", "nope", "--isolated").code == 2


def test_github_annotations(cli):
    result = cli("check", SEED, "--select", "CL2", "--output-format", "github", "--isolated")
    assert result.out.startswith(f"::error file={SEED},line=15,col=14,endLine=15,endColumn=28,title=CL201")


def test_library_api_checks_documents_without_files():
    linter = Linter(Config(select=["markup"]))
    findings = linter.check([Document.from_text("We saw it on <i>TV</i> &amp; radio.", id="a")])
    assert [f.code for f in findings] == ["CL201", "CL202"]
    assert findings[0].document == "a"


def test_library_api_fixes_a_document():
    linter = Linter(Config(select=["markup"]))
    result = linter.fix(Document.from_text("We saw it on <i>TV</i> &amp; radio.\n"))
    assert result.document.text == "We saw it on TV & radio.\n"
    assert result.applied == {"CL201": 1, "CL202": 1}
    assert result.remaining == []


def test_directories_are_walked_with_include_exclude_and_gitignore(tmp_path, cli):
    corpus = tmp_path / "corpus"
    (corpus / "sub").mkdir(parents=True)
    (corpus / "skip").mkdir()
    for name in ("a.txt", "sub/b.md", "skip/c.txt", "ignored.txt", "notes.csv"):
        (corpus / name).write_text("Broken <b>bold</b> text.\n", encoding="utf-8")
    (corpus / ".gitignore").write_text("ignored.txt\n", encoding="utf-8")
    (corpus / "corpuslint.yaml").write_text("select: [CL201]\nextend-exclude: [skip/]\n", encoding="utf-8")
    result = cli("check", corpus, "--output-format", "json")
    assert sorted(f["path"].rsplit("/", 1)[-1] for f in result.json()) == ["a.txt"]  # b.md: HTML allowed


def test_a_file_named_on_the_command_line_is_checked_whatever_its_extension(tmp_path, cli):
    doc = tmp_path / "notes.csv"
    doc.write_text("x <b>y</b>\n", encoding="utf-8")
    assert cli("check", doc, "--select", "CL201", "--isolated").code == 1


@pytest.mark.parametrize("jobs", ["1", "2"])
def test_parallel_and_serial_runs_agree(tmp_path, cli, jobs, monkeypatch):
    import corpuslint.runner as runner

    monkeypatch.setattr(runner, "PARALLEL_MIN_BYTES", 0)
    for path in (DATA / "markup").glob("*.txt"):
        shutil.copy(path, tmp_path / path.name)
    result = cli("check", tmp_path, "--select", "CL2", "--output-format", "json", "--isolated", "--jobs", jobs)
    serial = cli("check", tmp_path, "--select", "CL2", "--output-format", "json", "--isolated", "--jobs", "1")
    assert result.json() == serial.json()
    assert len(result.json()) >= 10
