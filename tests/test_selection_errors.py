"""A run that selects no rule fails (it would check nothing and pass), and a selector that names
no rule is an error naming where it came from: the option, or the config file and its line."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

CI = Path(__file__).parent / "data" / "ci"
ENTITIES = "fnc1-train-0537.txt"


@pytest.fixture
def corpus(tmp_path, monkeypatch):
    (tmp_path / "docs").mkdir()
    (tmp_path / "docs" / ENTITIES).write_bytes((CI / ENTITIES).read_bytes())
    monkeypatch.chdir(tmp_path)
    return tmp_path


@pytest.mark.parametrize("options, named", [
    (["--select", ""], "--select ''"),
    (["--select", ","], "--select ''"),
    (["--ignore", "ALL"], "--ignore ALL"),
    (["--select", "CL2", "--ignore", "CL2"], "--select CL2; --ignore CL2"),
])
def test_no_rule_selected_on_the_command_line_fails(corpus, cli, options, named):
    for output in ("text", "json"):
        result = cli("check", "docs", "--no-cache", "--output-format", output, *options)
        assert result.code == 2, result
        assert result.out == ""  # neither "All checks passed" nor `[]`
        assert f"no rule selected ({named})" in result.err
        assert "corpuslint.yaml" not in result.err


def test_no_rule_selected_in_the_config_file_names_it_and_its_line(corpus, cli):
    (corpus / "corpuslint.yaml").write_text("fail-on: error\nselect: []\n", encoding="utf-8")
    result = cli("check", "docs", "--no-cache")
    assert result.code == 2, result
    assert "corpuslint.yaml:2: no rule selected (`select: []` in corpuslint.yaml)" in result.err
    (corpus / "corpuslint.yaml").write_text("ignore: [ALL]\n", encoding="utf-8")
    result = cli("check", "docs", "--no-cache", "--ignore", "CL1")
    assert result.code == 2, result
    assert "no rule selected (--ignore CL1; `ignore: [ALL]` in corpuslint.yaml)" in result.err


def test_report_with_no_rule_selected_fails_too(corpus, cli):
    result = cli("report", "docs", "--no-cache", "--select", "", "-o", corpus / "r.html")
    assert result.code == 2, result
    assert "no rule selected" in result.err
    assert not (corpus / "r.html").exists()


@pytest.mark.parametrize("yaml_text, line, key", [
    ("fail-on: error\nignore: [CL999]\n", 2, "`ignore`"),
    ("select:\n  - CL2\n  - CL999\n", 3, "`select`"),
    ("extend-select: [CL999]\n", 1, "`extend-select`"),
    ("per-file-ignores:\n  \"*.txt\": [CL201, CL2999]\n", 2, "`per-file-ignores` `*.txt`"),
])
def test_an_unknown_rule_in_the_config_names_the_file_and_line(corpus, cli, yaml_text, line, key):
    (corpus / "corpuslint.yaml").write_text(yaml_text, encoding="utf-8")
    result = cli("check", "docs", "--no-cache")
    assert result.code == 2, result
    assert f"corpuslint.yaml:{line}: {key}: no rule, prefix or family matches `CL" in result.err, result.err


def test_an_unknown_rule_on_the_command_line_names_the_option(corpus, cli):
    (corpus / "corpuslint.yaml").write_text("ignore: [CL201]\n", encoding="utf-8")
    result = cli("check", "docs", "--no-cache", "--ignore", "CL999")
    assert result.code == 2
    assert "error: --ignore: no rule, prefix or family matches `CL999`" in result.err
    assert "corpuslint.yaml" not in result.err


@pytest.mark.parametrize("name, text", [
    ("pyproject.toml", '[tool.corpuslint]\nignore = "CL202, CL206"\n'),
    ("corpuslint.yaml", "ignore: CL202, CL206\n"),
])
def test_a_lone_string_is_a_comma_separated_list_in_yaml_and_toml_alike(corpus, cli, name, text):
    (corpus / name).write_text(text, encoding="utf-8")
    result = cli("check", "docs", "--no-cache", "--output-format", "json")
    assert result.code in (0, 1), result
    assert not {f["code"] for f in result.json()} & {"CL202", "CL206"}


@pytest.mark.parametrize("name, text, line", [
    ("pyproject.toml", "[tool.corpuslint]\nignore = 5\n", 2),
    ("corpuslint.yaml", "ignore: 5\n", 1),
])
def test_a_number_is_an_error_in_yaml_and_toml_alike(corpus, cli, name, text, line):
    (corpus / name).write_text(text, encoding="utf-8")
    result = cli("check", "docs", "--no-cache")
    assert result.code == 2
    assert f"{name}:{line}: invalid configuration" in result.err and "`ignore`" in result.err


def test_a_config_file_passed_over_beside_the_one_read_is_named(corpus, cli):
    (corpus / "corpuslint.yaml").write_text("ignore: [CL206]\n", encoding="utf-8")
    (corpus / "pyproject.toml").write_text('[tool.corpuslint]\nignore = ["CL202"]\n', encoding="utf-8")
    result = cli("check", "docs", "--no-cache", "--output-format", "json")
    assert "[tool.corpuslint] in" in result.err and "is not read: corpuslint.yaml beside it is the config" \
        in result.err
    assert "CL202" in {f["code"] for f in json.loads(result.out)}  # pyproject's ignore is not applied
