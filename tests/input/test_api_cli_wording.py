"""The Python API and the CLI say the same thing of the same bad input (one source of each
CL9xx wording): a missing path, a JSONL file's bad records, an empty file, whether the API reads
the file (`run`) or is handed the file's Document (`check`)."""

from __future__ import annotations

import pytest

import corpuslint
from corpuslint.errors import UsageError
from corpuslint.models import Document, Origin

RECORDS = ('{"id": "fnc1-0047", "text": ""}\n'
           '{"id": "fnc1-0048", "text": "The council approved the budget on Tuesday."}\n'
           '{"id": "fnc1-0049", "text": "The mayor said\n'
           '{"id": "fnc1-0050", "body": "The bridge reopens in May."}\n')


def cli_findings(cli, *paths):
    result = cli("check", *paths, "--isolated", "--select", "CL9", "--no-index", "--output-format", "json")
    return [(f["code"], f["message"]) for f in result.json()]


def test_a_missing_path_is_the_same_usage_error(tmp_path, cli):
    missing = tmp_path / "corpus" / "fnc1-0051.txt"
    result = cli("check", missing, "--isolated", "--no-index")
    with pytest.raises(UsageError) as raised:
        corpuslint.Linter().run([str(missing)])
    assert result.code == 2 and f"error: {raised.value}" in result.err


def test_bad_records_and_an_empty_file_read_by_the_api_say_what_the_cli_says(tmp_path, cli):
    (tmp_path / "articles.jsonl").write_text(RECORDS, encoding="utf-8")
    (tmp_path / "fnc1-0052.txt").write_text("\n  \n", encoding="utf-8")
    paths = [str(tmp_path / "articles.jsonl"), str(tmp_path / "fnc1-0052.txt")]
    shown = cli_findings(cli, *paths)
    assert [code for code, _ in shown] == ["CL904", "CL906", "CL907", "CL904"]
    api = corpuslint.Linter({"select": ["CL9"]}).run(paths).findings
    assert [(f.code, f.message) for f in api] == shown


def test_an_empty_document_handed_to_check_says_what_the_cli_says_of_its_file(tmp_path, cli):
    (tmp_path / "fnc1-0052.txt").write_text("\n", encoding="utf-8")
    [shown] = cli_findings(cli, tmp_path / "fnc1-0052.txt")
    doc = Document.from_text("\n", path=str(tmp_path / "fnc1-0052.txt"), id="fnc1-0052")
    [found] = corpuslint.Linter({"select": ["CL9"]}).check([doc])
    assert (found.code, found.message) == shown
    # and a record's (as the JSONL reader makes it): the JSONL reader's wording
    record = Document.built(id="fnc1-0047", text="", metadata={}, ignore=[],
                            origin=Origin(path=str(tmp_path / "articles.jsonl"), format="jsonl", record=1))
    [found] = corpuslint.Linter({"select": ["CL9"]}).check([record])
    assert found.message == "empty document: the record's text is empty"
