"""JSONL records whose text is Markdown (`jsonl.text-format`), the record-by-record `--diff` of a
JSONL file, and a Jupyter notebook named on the command line.

tests/data/readme_records/typing_inspection_excerpt.md: the head of typing-inspection's README
(its badges, a heading, an install fence; MIT) and four of ruamel.yaml's HTML badge lines (MIT),
as PyPI's long descriptions give them (tester28's pkgdesc corpus, `content_type: text/markdown`).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.formats.recordformat import declared, is_markdown
from corpuslint.models import Origin

README = Path(__file__).parent / "data" / "readme_records" / "typing_inspection_excerpt.md"
TEXT = README.read_text(encoding="utf-8")
# the first lines of the seed article (seeds/000_8649d156db22d76a.txt:13-15): a safe CL201 fix
SEED_LINES = ("Theme: Militarization and WMD\n\nAccording to <u>Reuters</u> on Sunday, Russia sent around 100 "
              "troops to Caracas, saying the following:\n")


def _records(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def _check(cli, path, *extra):
    result = cli("check", path, "--isolated", "--no-index", "--no-cache", "--output-format", "json", *extra)
    return json.loads(result.err if "--diff" in extra or "--diff-format" in extra else result.out)  # (with --diff the report is on stderr)


@pytest.mark.parametrize(("fields", "expected"), [
    ({"content_type": "text/markdown; charset=UTF-8; variant=GFM"}, True),  # PyPI's description_content_type
    ({"content_type": "text/x-rst"}, False),  # no reStructuredText reader: plain text, as a .rst file is
    ({"mime": "text/plain", "path": "README.md"}, False),  # a media type wins over a file name
    ({"lang": "Markdown", "max_stars_repo_path": "docs/index.markdown"}, True),  # The Stack
    ({"meta": {"path": "src/README.md"}}, True),  # RedPajama keeps its fields under `meta`
    ({"url": "https://github.com/pydantic/typing-inspection/blob/main/README.md"}, None),  # a page's address
    ({"format": "article", "source": "Reuters"}, None),  # a `format` that is no media type says nothing
    ({}, None),
])
def test_what_a_record_says_of_its_format(fields, expected):
    assert declared(fields) is expected
    assert is_markdown("auto", fields) is bool(expected)
    assert is_markdown("plain", fields) is False and is_markdown("markdown", fields) is True


def test_a_markdown_record_is_still_a_record():
    # what an unsafe fix may drop whole (CL911's "drop the record"), where a file is never emptied
    assert Origin(path="readmes.jsonl", format="markdown", record=3, line=3, text_is_inline=True).is_record
    assert Origin(path="readmes.jsonl", format="jsonl").is_record  # datatrove's adapter gives no record number
    assert not Origin(path="README.md", format="markdown").is_record


def test_a_markdown_record_gets_the_findings_of_the_same_text_as_a_md_file(cli, tmp_path):
    md = tmp_path / "readme.md"
    md.write_text(TEXT, encoding="utf-8")
    jsonl = _records(tmp_path / "readmes.jsonl", [{"id": "typing-inspection", "content_type": "text/markdown",
                                                   "text": TEXT}])
    as_file, as_record = _check(cli, md), _check(cli, jsonl)
    assert [(f["code"], f["offset"], f["end_offset"]) for f in as_record] == \
        [(f["code"], f["offset"], f["end_offset"]) for f in as_file] == [("CL305", TEXT.index("www.mypy"),
                                                                        TEXT.index("www.mypy") + 17)]
    # the badge lines, the heading, the fence and the HTML block are the README's markup in both


def test_a_record_that_says_nothing_stays_plain_text_and_the_setting_overrides_it(cli, tmp_path):
    jsonl = _records(tmp_path / "readmes.jsonl", [{"id": "typing-inspection", "text": TEXT}])
    codes = [f["code"] for f in _check(cli, jsonl)]
    assert codes.count("CL201") == 8  # as before: its `<a>`/`<img>` badges are tags in plain text
    (tmp_path / "corpuslint.yaml").write_text("jsonl: {text-format: markdown}\n", encoding="utf-8")
    result = cli("check", jsonl, "--no-index", "--no-cache", "--output-format", "json")
    assert [f["code"] for f in json.loads(result.out)] == ["CL305"]


def test_diff_of_a_jsonl_file_shows_each_changed_record_line_by_line(cli, tmp_path):
    records = [{"id": "clean", "text": "Nothing to fix here.\n"},
               {"id": "seed-000", "title": "Russia Sends Troops", "text": SEED_LINES}]
    path = _records(tmp_path / "news.jsonl", records)
    before = path.read_bytes()
    patch = cli("check", "--isolated", "--no-index", "--no-cache", "--select", "CL201", "--diff", path)
    assert patch.code == 1 and patch.out.startswith(f"--- a/{path}\n")  # `--diff`: the file's patch, as before
    result = cli("check", "--isolated", "--no-index", "--no-cache", "--select", "CL201", "--diff-format", "records",
                 path)
    assert result.code == 1 and path.read_bytes() == before  # exit code and nothing written, as for any file
    where = f"{path}:2 [record 2, id seed-000] text"
    assert result.out.splitlines() == [
        f"--- a/{where}", f"+++ b/{where}", "@@ -1,4 +1,4 @@", " Theme: Militarization and WMD", " ",
        "-According to <u>Reuters</u> on Sunday, Russia sent around 100 troops to Caracas, saying the following:",
        "+According to Reuters on Sunday, Russia sent around 100 troops to Caracas, saying the following:", " "]
    assert "Would fix 1 finding" in result.err
    # the JSON report is as before: the finding and its fix per record; with --diff, what would remain
    found = _check(cli, path)
    assert [(f["code"], f["record"], f["fix"]["applicability"]) for f in found] == [("CL201", 2, "safe")]
    assert _check(cli, path, "--diff") == []


def test_a_notebook_is_read_when_named_or_walked_and_a_walk_that_leaves_them_out_says_so(cli, tmp_path):
    notebook = tmp_path / "analysis.ipynb"
    notebook.write_text(json.dumps({"cells": [{"cell_type": "markdown", "metadata": {}, "source": ["# Title"]}],
                                    "metadata": {}, "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    result = cli("check", "--isolated", "--no-index", "--no-cache", notebook)
    assert result.code == 0 and "1 document in 1 file" in result.out  # read as its cells (test_notebooks.py)
    # JSON that is no notebook, under that name, is said to be none, not read as text
    other = tmp_path / "data.ipynb"
    other.write_text('{"note": "A plain JSON object, not a notebook."}\n', encoding="utf-8")
    assert "CL906 [malformed-record] malformed notebook" in cli("check", "--isolated", "--no-index", "--no-cache",
                                                                 other).out
    # a folder walk reads notebooks (the default `include`, as ruff's), not Jupyter's checkpoint copies
    (tmp_path / "notes.md").write_text("# Notes\n\nSome text here.\n", encoding="utf-8")
    (tmp_path / ".ipynb_checkpoints").mkdir()
    (tmp_path / ".ipynb_checkpoints" / "data-checkpoint.ipynb").write_text(other.read_text(), encoding="utf-8")
    walked = cli("check", "--isolated", "--no-index", "--no-cache", tmp_path)
    assert walked.code == 1 and "data.ipynb:1:1: CL906" in walked.out and "checkpoint" not in walked.out
    assert "(2 documents in 3 files)" in walked.out
    # an `include` that leaves them out skips them and says how to read them
    (tmp_path / "corpuslint.yaml").write_text('include: ["*.md"]\n', encoding="utf-8")
    walked = cli("check", "--no-index", "--no-cache", tmp_path)
    assert walked.code == 0 and "CL90" not in walked.out
    assert "2 .ipynb file(s) in the folders walked were not checked" in walked.err and '"*.ipynb"' in walked.err
    # a folder of notebooks of code cells only holds no text: the run says so (exit 2, as for no file)
    code_only = tmp_path / "code"
    code_only.mkdir()
    (code_only / "plot.ipynb").write_text(json.dumps({"cells": [{"cell_type": "code", "metadata": {}, "outputs": [],
                                                                  "source": ["print(1)"]}], "metadata": {},
                                                      "nbformat": 4, "nbformat_minor": 5}), encoding="utf-8")
    empty = cli("check", "--isolated", "--no-index", "--no-cache", code_only)
    assert empty.code == 2 and "a notebook of code cells only" in empty.err, empty
