"""The Python API on what a pipeline may hand it by mistake (a tester's findings, session 14):
a clear TypeError / ValueError / corpuslint error naming what is wrong, never an AttributeError
from inside, and never a str taken for a list of one-character paths."""

from __future__ import annotations

import json
import os
import shutil
from pathlib import Path

import pytest
from conftest import DATA

import corpuslint
from corpuslint import ConfigError, Document, Linter, UsageError, load_config

ARTICLE = (DATA / "corpus" / "fnc1-train-0035.txt").read_text(encoding="utf-8")
OTHER = (DATA / "corpus" / "fnc1-train-0059.txt").read_text(encoding="utf-8")


@pytest.fixture
def corpus(tmp_path):
    folder = tmp_path / "corpus"
    folder.mkdir()
    shutil.copy(DATA / "corpus" / "fnc1-train-0035.txt", folder / "a.txt")
    shutil.copy(DATA / "corpus" / "fnc1-train-0059.txt", folder / "b.txt")
    return folder


# -- run(paths) -------------------------------------------------------------------------------

@pytest.mark.parametrize("as_given", [str, Path], ids=["str", "PathLike"])
def test_run_takes_one_path_as_one_path(corpus, as_given):
    """`run("/some/path")` checked `/` and each other character as a path (18 minutes, an index at /)."""
    result = Linter().run(as_given(corpus), index="memory")
    assert sorted(os.path.basename(f) for f in result.paths) == ["a.txt", "b.txt"]
    assert not any(f.code == "CL901" for f in result.findings)
    listed = Linter().run([corpus, str(corpus / "a.txt")], index="memory")  # a list still works, PathLikes too
    assert listed.files == 2


def test_run_of_a_missing_path_raises_the_clis_error_and_creates_nothing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    missing = tmp_path / "nothing" / "x.txt"
    with pytest.raises(UsageError, match="no such file or directory"):
        Linter().run([str(missing)])
    with pytest.raises(UsageError, match=str(missing)):
        Linter().run(missing)
    assert list(tmp_path.iterdir()) == []  # no .corpuslint_cache anywhere


def test_run_refuses_what_is_no_path_and_jobs_below_one(corpus):
    with pytest.raises(TypeError, match="each path must be a str or os.PathLike, not int"):
        Linter().run([corpus, 3])
    with pytest.raises(TypeError, match="not bytes"):
        Linter().run(b"corpus")
    with pytest.raises(ValueError, match="jobs must be 1 or more, not 0"):
        Linter().run(corpus, jobs=0, index="memory")
    assert Linter().run(corpus, jobs=1, index="memory").documents == 2


# -- Linter(config) ---------------------------------------------------------------------------

def test_linter_takes_a_mapping_of_config_keys_validated_as_the_file_is():
    dup = [Document.from_text(ARTICLE, id="a"), Document.from_text(ARTICLE, id="b")]
    linter = Linter({"select": ["CL411"]})
    assert [f.code for f in linter.check(dup)] == ["CL411"]
    with pytest.raises(ConfigError, match="unknown key `selct`.*did you mean `select`"):
        Linter({"selct": ["CL411"]})
    with pytest.raises(TypeError, match="pass a Config"):
        Linter(["CL411"])


def test_config_errors_are_importable_from_the_package(tmp_path):
    assert corpuslint.ConfigError is ConfigError and issubclass(UsageError, corpuslint.CorpuslintError)
    assert {"ConfigError", "UsageError", "CorpuslintError"} <= set(corpuslint.__all__)
    config = tmp_path / "corpuslint.yaml"
    config.write_text("rules:\n  CL412:\n    threshold: 7\n", encoding="utf-8")
    # the file's keys are valid; the rule's options are checked where the rule is built
    with pytest.raises(ConfigError, match=r"corpuslint.yaml:3: invalid options for rule CL412"):  # the option's line
        Linter(load_config(config))
    config.write_text("rules:\n  CL412:\n    threshold: 0.7\n", encoding="utf-8")
    assert Linter(load_config(config)).check([Document.from_text(ARTICLE)]) is not None


# -- check / fix ------------------------------------------------------------------------------

def test_check_and_fix_say_what_to_pass():
    linter = Linter()
    doc = Document.from_text(ARTICLE)
    with pytest.raises(TypeError, match=r"an iterable of Documents, not Document; for one document pass \[doc\]"):
        linter.check(doc)
    with pytest.raises(TypeError, match=r"item 0: expected a corpuslint Document, not str \(make one with"):
        linter.check([ARTICLE])
    with pytest.raises(TypeError, match="an iterable of Documents, not str"):
        linter.check(ARTICLE)
    with pytest.raises(TypeError, match="fix\\(document\\): expected a corpuslint Document, not str"):
        linter.fix(ARTICLE)
    with pytest.raises(ValueError, match="'NOPE1' is no rule"):
        linter.fix(doc, only={"NOPE1"})
    with pytest.raises(ValueError, match="format 'bogus', which no reader has"):
        linter.check([Document.from_text(ARTICLE, format="bogus")])
    # what is right still works, lazily for a generator
    assert linter.fix(doc, only={"CL151", "duplicate-document"}).converged
    assert linter.check(d for d in [doc]) == linter.check([doc])


def test_from_text_takes_a_str_only():
    with pytest.raises(TypeError, match="text must be a str, not NoneType"):
        Document.from_text(None)
    with pytest.raises(TypeError, match=r"not bytes; decode the bytes first"):
        Document.from_text(b"abc")
    with pytest.raises(TypeError, match=r"from_text\(id=...\): must be a str, not int"):
        Document.from_text("abc", id=3)
    assert Document.from_text("abc", id="x").text == "abc"


def test_an_empty_document_is_cl904_as_the_cli_reports_it(tmp_path):
    (tmp_path / "e.txt").write_text("  \n", encoding="utf-8")
    cli = Linter().run(tmp_path / "e.txt", index="memory").findings
    for text in ("", "  \n"):
        found = Linter().check([Document.from_text(text, id="empty"), Document.from_text(ARTICLE, id="full")])
        assert [(f.code, f.document) for f in found if f.code.startswith("CL9")] == [("CL904", "empty")]
        assert [f.code for f in cli] == ["CL904"] and found[0].message.startswith("empty document")
    assert not any(f.code == "CL904" for f in Linter().check([Document.from_text(ARTICLE)]))


# -- the in-memory index: one document per record ---------------------------------------------

def test_api_documents_told_apart_by_id_find_their_duplicate():
    """python-api.md's example passes only `id`: two copies under two ids were no CL411."""
    linter = Linter({"select": ["CL411"]})
    found = linter.check([Document.from_text(ARTICLE, id="a"), Document.from_text(OTHER, id="c"),
                          Document.from_text(ARTICLE, id="b")])
    assert [(f.code, f.document) for f in found] == [("CL411", "b")]
    assert linter.check([Document.from_text(ARTICLE, id="a"), Document.from_text(OTHER, id="b")]) == []


def test_jsonl_records_with_the_same_id_and_text_are_two_documents(tmp_path, cli):
    """`--no-index` keyed documents by (path, id): records 1 and 4 with one id and one text were
    one document, where the persistent index (and `dist check`) report record 4."""
    records = [{"id": "x", "text": ARTICLE}, {"id": "y", "text": OTHER}, {"id": "z", "text": OTHER[:400]},
               {"id": "x", "text": ARTICLE}]
    (tmp_path / "dup.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    outputs = {}
    for index in ("--no-index", "--rebuild-index"):
        result = cli("check", "dup.jsonl", index, "--no-cache", "--isolated", "--select", "CL411",
                     "--output-format", "json", cwd=tmp_path)
        outputs[index] = [(f["code"], f["record"]) for f in json.loads(result.out)]
    assert outputs["--no-index"] == outputs["--rebuild-index"] == [("CL411", 4)]
    records[3]["text"] = OTHER + "\n\nA closing paragraph of its own, about something else entirely."
    (tmp_path / "dup.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    result = cli("check", "dup.jsonl", "--no-index", "--no-cache", "--isolated", "--select", "CL411", cwd=tmp_path)
    assert result.code == 0 and "CL411" not in result.out
