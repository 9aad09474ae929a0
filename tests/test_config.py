"""Config discovery, validation errors that name file/line/key, select and ignore."""

from __future__ import annotations

import shutil

import pytest

from conftest import SEED
from corpuslint.config import find_config, load_config
from corpuslint.errors import ConfigError


def corpus_with(tmp_path, config_name: str | None, config_text: str = ""):
    corpus = tmp_path / "corpus"
    (corpus / "deep" / "er").mkdir(parents=True)
    shutil.copy(SEED, corpus / "deep" / "er" / "seed.txt")
    if config_name:
        (corpus / config_name).write_text(config_text, encoding="utf-8")
    return corpus


@pytest.mark.parametrize("name, text", [
    ("corpuslint.yaml", "select: [CL204]\n"),
    (".corpuslint.yaml", "select: [CL204]\n"),
    ("pyproject.toml", "[project]\nname = 'x'\n\n[tool.corpuslint]\nselect = ['CL204']\n"),
])
def test_config_is_found_by_walking_up_from_the_checked_path(tmp_path, cli, name, text):
    corpus = corpus_with(tmp_path, name, text)
    assert find_config(corpus / "deep" / "er" / "seed.txt") == corpus / name
    # the config selects only CL204, which the seed does not break
    assert cli("check", corpus / "deep" / "er" / "seed.txt").code == 0
    assert cli("check", corpus / "deep", "--isolated", "--select", "CL201").code == 1


def test_pyproject_without_a_tool_table_is_skipped(tmp_path):
    corpus = corpus_with(tmp_path, "pyproject.toml", "[project]\nname = 'x'\n")
    assert find_config(corpus / "deep") is None or find_config(corpus / "deep").name != "pyproject.toml"


def test_unknown_key_names_file_line_and_suggests(tmp_path, cli):
    corpus = corpus_with(tmp_path, "corpuslint.yaml", "# settings\nselect: [CL2]\nignor: [CL201]\n")
    result = cli("check", corpus)
    assert result.code == 2
    assert "corpuslint.yaml:3: invalid configuration: unknown key `ignor`" in result.err
    assert "did you mean `ignore`" in result.err
    assert "Traceback" not in result.err


def test_nested_unknown_key_and_bad_type(tmp_path):
    path = tmp_path / "corpuslint.yaml"
    path.write_text("jsonl:\n  text-feld: body\ntimeout: soon\n", encoding="utf-8")
    with pytest.raises(ConfigError) as info:
        load_config(path)
    message = str(info.value)
    assert f"{path.resolve()}:2: invalid configuration: unknown key `jsonl.text-feld`" in message and "`text-field`" in message
    assert "line 3" in message and "`timeout`" in message


PYPROJECT = """[project]
name = "corpus"
description = \"\"\"
exlcude = a line of a multi-line string, not a key
\"\"\"

[tool.corpuslint]
select = ["CL2"]
# the corpus's own exclusions
exlcude = ["drafts"]
jobs = "two"

[tool.corpuslint.jsonl]
text-feild = "body"

[tool.corpuslint.rules.CL122]
max-lenght = 3
"""


def test_a_typo_in_pyproject_names_the_file_the_line_and_the_key(tmp_path, cli):
    corpus = corpus_with(tmp_path, "pyproject.toml", PYPROJECT)
    result = cli("check", corpus)
    assert result.code == 2 and "Traceback" not in result.err, result
    # one path form for every config error: `path:line: message`, the first problem's line beside the path
    assert "pyproject.toml:10: invalid configuration: unknown key `exlcude` (did you mean `exclude`?)" in result.err
    assert "line 11: `jobs`: " in result.err
    assert "line 14: unknown key `jsonl.text-feild` (did you mean `text-field`?)" in result.err
    # a dotted key names its own line
    corpus = corpus_with(tmp_path / "b", "pyproject.toml", "[tool.corpuslint]\nselect = ['CL2']\n"
                         "jsonl . 'id-feild' = 'n'\n")
    result = cli("check", corpus)
    assert "pyproject.toml:3: invalid configuration: unknown key `jsonl.id-feild`" in result.err, result
    corpus = corpus_with(tmp_path / "c", "pyproject.toml", PYPROJECT.replace("exlcude = [", "exclude = [").replace(
        'jobs = "two"', "").replace("text-feild", "text-field"))
    result = cli("check", corpus)
    # the wrong option's own line, not its table's (qa18b #10: was :16, `[tool.corpuslint.rules.CL122]`)
    assert result.code == 2 and "pyproject.toml:17: invalid options for rule CL122" in result.err, result


def test_malformed_yaml_names_the_line(tmp_path):
    path = tmp_path / "corpuslint.yaml"
    path.write_text("select: [CL2\nignore: []\n", encoding="utf-8")
    with pytest.raises(ConfigError, match=r"corpuslint.yaml:\d+: malformed YAML"):
        load_config(path)


def test_unknown_rule_in_select_or_rules_is_an_error(tmp_path, cli):
    corpus = corpus_with(tmp_path, "corpuslint.yaml", "select: [CL2, stray-htm-tag]\n")
    result = cli("check", corpus)
    assert result.code == 2 and "stray-htm-tag" in result.err
    (corpus / "corpuslint.yaml").write_text("rules:\n  no-such-rule: {}\n", encoding="utf-8")
    result = cli("check", corpus)
    assert result.code == 2 and "no-such-rule" in result.err and "corpuslint.yaml:2:" in result.err


def test_rule_options_are_validated(tmp_path, cli):
    corpus = corpus_with(tmp_path, "corpuslint.yaml", "rules:\n  CL201:\n    colour: red\n")
    result = cli("check", corpus)
    assert result.code == 2
    assert "CL201" in result.err and "colour" in result.err and "unknown option" in result.err


def test_select_ignore_and_specificity(tmp_path, cli):
    doc = tmp_path / "doc.txt"
    doc.write_text("See <b>this</b> &amp; <!-- ad --> that.\n", encoding="utf-8")

    def codes(*args):
        return sorted({f["code"] for f in cli("check", doc, "--isolated", "--output-format", "json", *args).json()})

    assert codes("--select", "CL2") == ["CL201", "CL202", "CL204"]
    assert codes("--select", "CL2", "--ignore", "CL202") == ["CL201", "CL204"]
    assert codes("--select", "markup", "--ignore", "html-comment") == ["CL201", "CL202"]
    assert codes("--select", "CL201", "--extend-select", "CL204") == ["CL201", "CL204"]
    # a more specific select beats a broader ignore
    assert codes("--select", "CL2,CL202", "--ignore", "CL20") == ["CL202"]


def test_a_scalar_in_per_file_ignores_is_read_as_ignore_reads_one(tmp_path, cli):
    # tester33 D: `"*.txt": CL203` was "Input should be a valid list"; `ignore: CL203` always worked
    corpus = tmp_path / "c"
    corpus.mkdir()
    (corpus / "a.txt").write_text("See <b>this</b>.\n", encoding="utf-8")
    (corpus / "corpuslint.yaml").write_text("select: [CL2]\nper-file-ignores:\n  '*.txt': CL201, CL203\n",
                                            encoding="utf-8")
    result = cli("check", corpus, "--output-format", "json")
    assert result.code == 0 and result.json() == [], result
    (corpus / "corpuslint.yaml").write_text("per-file-ignores:\n  '*.txt': CL9999\n", encoding="utf-8")
    result = cli("check", corpus)
    assert result.code == 2 and "corpuslint.yaml:2: `per-file-ignores` `*.txt`: no rule" in result.err, result


def test_per_file_ignores_and_severity(tmp_path, cli):
    corpus = tmp_path / "c"
    (corpus / "legacy").mkdir(parents=True)
    for name in ("new.txt", "legacy/old.txt"):
        (corpus / name).write_text("See <b>this</b>.\n", encoding="utf-8")
    (corpus / "corpuslint.yaml").write_text(
        "select: [CL2]\nper-file-ignores:\n  'legacy/*': [CL201]\nseverity:\n  CL201: info\n", encoding="utf-8")
    result = cli("check", corpus, "--output-format", "json")
    findings = result.json()
    assert [f["path"].endswith("new.txt") for f in findings] == [True]
    assert findings[0]["severity"] == "info"
    assert result.code == 0  # info does not fail by default (fail-on: warning)
    assert cli("check", corpus, "--fail-on", "info").code == 1


def test_cli_overrides_do_not_need_a_config(tmp_path, cli):
    doc = tmp_path / "doc.txt"
    doc.write_text("plain\n", encoding="utf-8")
    assert cli("check", doc, "--isolated", "--select", "ALL", "--ignore", "CL9").code == 0


def test_family_options_apply_to_each_rule_of_the_family(tmp_path):
    from corpuslint.engine import Linter

    path = tmp_path / "corpuslint.yaml"
    path.write_text("select: [markup]\nrules:\n  markup: {}\n", encoding="utf-8")
    Linter(load_config(path))  # a family with no options accepts an empty mapping
    path.write_text("select: [markup]\nrules:\n  markup: {colour: red}\n", encoding="utf-8")
    with pytest.raises(ConfigError, match="unknown option"):
        Linter(load_config(path))


def test_metadata_schema_is_set_once_for_the_family(tmp_path, cli):
    doc = tmp_path / "post.md"
    doc.write_text("---\ntitle: A post\n---\n\nSome text of the post.\n", encoding="utf-8")
    (tmp_path / "corpuslint.yaml").write_text(
        "select: [CL501, CL502]\n"
        "rules:\n"
        "  metadata:\n"
        "    fields:\n"
        "      license: {required: always, type: string}\n", encoding="utf-8")
    findings = cli("check", doc, "--output-format", "json").json()
    assert any(f["code"] == "CL501" and "license" in f["message"] for f in findings), findings
