"""Start-up of a one-file check: what it builds that it does not need (issue 17).

A check of one file pays for pydantic models only where it validates: rule options taken as
defaults are never built, and the keys that depend on the options (the result cache's run key,
the index stamp) are read from the values, not from `model_dump_json`.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

from conftest import SEED
from corpuslint.rule import StrictOptions, options_key

ROOT = Path(__file__).resolve().parents[1]


class _Nested(StrictOptions):
    words: set[str] = {"b", "a"}


class _Options(StrictOptions):
    limit: int = 3
    ratio: float = 0.5
    names: list[str] = ["x"]
    nested: _Nested = _Nested.model_construct()


def test_options_key_reads_values_and_builds_nothing():
    defaults = _Options.model_construct()
    key = options_key(defaults)
    assert not _Options.__pydantic_complete__ and not _Nested.__pydantic_complete__
    assert json.loads(key) == {"limit": 3, "names": ["x"], "nested": {"words": ["a", "b"]}, "ratio": 0.5}
    assert options_key(_Options.model_construct()) == key  # deterministic
    assert options_key(_Options.model_construct(limit=4)) != key  # a changed option changes the key
    assert json.loads(options_key(defaults, include=("limit",))) == {"limit": 3}
    assert options_key(None) == ""


def test_one_file_check_builds_no_rule_options(tmp_path):
    """In a process of its own (the test process has built most models already): the default
    check of one file, against a persistent index and with the result cache, validates no rule's
    options, so none of their validators is built."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(SEED, corpus / "a.txt")
    probe = """
import sys
from pydantic import BaseModel
from corpuslint.cli import main
from corpuslint.rule import StrictOptions
code = main(["check", "a.txt", "--output-format", "json", "-o", "out.json"])
def subclasses(cls):
    for sub in cls.__subclasses__():
        yield sub
        yield from subclasses(sub)
# FieldSpec: the metadata family validates its default schema's fields at import
built = sorted({c.__name__ for c in subclasses(StrictOptions) if c.__pydantic_complete__} - {"FieldSpec"})
print(code, ",".join(built))
"""
    env = dict(os.environ, PYTHONPATH=str(ROOT))
    for _run in range(2):  # the run that builds the index, then one against it
        out = subprocess.run([sys.executable, "-c", probe], cwd=corpus, env=env, capture_output=True, text=True,
                             check=True).stdout.split()
        assert out[0] == "1" and len(out) == 1, out  # findings, and no options model built
    assert json.loads((corpus / "out.json").read_text())


def test_a_command_builds_only_its_own_parser_with_the_same_help_and_errors(capsys):
    import argparse

    import pytest

    from corpuslint.cli import COMMANDS, build_parser

    def subparsers(parser):
        return next(a for a in parser._actions if isinstance(a, argparse._SubParsersAction)).choices

    full = build_parser()
    assert sorted(subparsers(full)) == sorted(COMMANDS)
    for command in COMMANDS:
        one = build_parser(only=command)
        assert list(subparsers(one)) == [command]
        assert subparsers(one)[command].format_help() == subparsers(full)[command].format_help()
        assert one.format_usage() == full.format_usage()
    for argv in (["check", "--jobs", "0", "x"], ["check", "--bogus", "x"], ["rules", "--output-format", "xml"]):
        errors = []
        for parser in (full, build_parser(only=argv[0])):
            with pytest.raises(SystemExit):
                parser.parse_args(argv)
            errors.append(capsys.readouterr().err)
        assert errors[0] == errors[1] and "error:" in errors[0]
