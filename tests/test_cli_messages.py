"""Messages that say what is true: the formats --help lists, a rule name's "did you mean", JSON's
own type names, a compressed file named as such."""

from __future__ import annotations

import bz2
import gzip
import shutil

import pytest
from conftest import DATA, SEED


def test_check_help_lists_every_built_in_format(cli):
    from corpuslint.cli import build_parser
    from corpuslint.plugins import build_registry

    text = build_parser().format_help() + build_parser("check")._subparsers._group_actions[0].choices["check"] \
        .format_help()
    for name in build_registry().reporters:
        assert name in text, name


def test_rule_suggests_the_nearest_name_or_code(cli):
    result = cli("rule", "stray-htm", "--isolated")
    assert result.code == 2
    assert "no rule is called 'stray-htm' (did you mean `stray-html-tag`?)" in result.err
    assert "did you mean" not in cli("rule", "zzzzzzzz", "--isolated").err


@pytest.mark.parametrize("line, kind", [('"a"', "string"), ("[1]", "array"), ("3", "number"), ("null", "null"),
                                        ("true", "boolean")])
def test_a_record_that_is_not_an_object_names_its_json_type(tmp_path, cli, line, kind):
    (tmp_path / "r.jsonl").write_text(line + "\n", encoding="utf-8")
    result = cli("check", tmp_path / "r.jsonl", "--isolated", "--no-cache", "--output-format", "json")
    assert [f["message"] for f in result.json()] == [f"record is a JSON {kind}, not an object"]


@pytest.mark.parametrize("name, pack, kind, read", [
    ("a.jsonl.bz2", bz2.compress, "bzip2", "reads no bzip2-compressed files"),
    ("a.txt.gz", gzip.compress, "gzip", "reads gzip only as JSONL named `.jsonl.gz` or `.ndjson.gz`")])
def test_a_compressed_file_is_reported_as_compressed_not_read(tmp_path, cli, name, pack, kind, read):
    # (`a.jsonl.gz` is read: tests/test_jsonl_gzip.py)
    (tmp_path / name).write_bytes(pack(b'{"text": "A record."}\n' * 50))
    result = cli("check", tmp_path / name, "--isolated", "--no-cache", "--output-format", "json")
    assert result.code == 1
    [finding] = result.json()
    assert finding["code"] == "CL902"
    assert f"{kind}-compressed, and corpuslint {read}" in finding["message"]


def test_text_that_starts_like_a_magic_number_is_still_text(tmp_path, cli):
    (tmp_path / "a.txt").write_text("BZh is how a bzip2 stream starts; PK how a zip does.\n", encoding="utf-8")
    result = cli("check", tmp_path / "a.txt", "--isolated", "--no-cache", "--output-format", "json")
    assert not [f for f in result.json() if f["code"] == "CL902"]


def test_statistics_with_quiet_prints_the_table_alone_as_ruff_does(tmp_path, cli):
    (tmp_path / "a.txt").write_text("Fish &amp; chips.\n\nSalt &amp; vinegar.\n", encoding="utf-8")
    quiet = cli("check", tmp_path / "a.txt", "--isolated", "--no-cache", "--statistics", "-q")
    assert quiet.out.splitlines()[0].split() == ["2", "CL202", "[*]", "html-entity"]
    assert "a.txt:" not in quiet.out
    loud = cli("check", tmp_path / "a.txt", "--isolated", "--no-cache", "--statistics")
    assert "a.txt:1:6:" in loud.out and "CL202   [*] html-entity" in loud.out  # findings, then the table


def test_statistics_marks_a_rule_with_only_unsafe_fixes_as_its_findings_are(cli):
    result = cli("check", SEED, "--isolated", "--no-cache", "--no-index", "--statistics")

    def mark(token):
        return token if token in ("[*]", "[-]") else ""

    lines = result.out.splitlines()
    marks = {line.split()[1]: mark(line.split()[2]) for line in lines if ": CL" in line}
    table = {line.split()[1]: mark(line.split()[2]) for line in lines if line[:7].strip().isdigit()}
    assert marks == table  # each rule marked in the table as its findings are
    assert (table["CL401"], table["CL201"], table["CL301"]) == ("[-]", "[*]", "")

def test_statistics_count_each_kind_of_fix_where_a_rules_findings_differ(tmp_path, cli):
    """tester27: `21 CL504 [*]` although 20 of the 21 fixes were unsafe. The seed's bylines move to
    the metadata safely; a fortune's `-- Linus Torvalds` only with --unsafe-fixes."""
    shutil.copy(SEED, tmp_path / SEED.name)
    shutil.copy(DATA / "own_text" / "fortune_knghtbrd_47.txt", tmp_path / "fortune.txt")
    stats = cli("check", tmp_path, "--isolated", "--no-cache", "--no-index", "--statistics", "-q").out
    row = next(line for line in stats.splitlines() if " CL504 " in line)
    assert row.split()[:4] == ["7", "CL504", "[*]", "metadata-in-body"]  # the mark as before: the best fix
    assert row.endswith("(6 [*], 1 [-])")
    assert next(line for line in stats.splitlines() if " CL301 " in line).endswith("url-variant")  # one kind: as before
    fixed = cli("check", tmp_path, "--isolated", "--no-cache", "--no-index", "--fix", "--unsafe-fixes", "-q").out
    assert "Wrote 2 metadata sidecars beside the texts" in fixed  # (tester27: said nowhere)
    assert (tmp_path / "fortune.meta.yaml").exists()


def test_an_unknown_option_is_named_with_the_command_s_own_usage(capsys):
    from corpuslint.cli import main

    with pytest.raises(SystemExit) as exited:
        main(["check", "--no-such-option", "."])
    err = capsys.readouterr().err
    assert exited.value.code == 2 and err.startswith("usage: corpuslint check")
    assert "unrecognized arguments: --no-such-option" in err
    with pytest.raises(SystemExit):
        main(["--no-such-option"])
    assert capsys.readouterr().err.startswith("usage: corpuslint [-h]")  # no command: the top-level one
