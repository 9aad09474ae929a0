"""A report (`-o`) or baseline corpuslint wrote in the corpus folder is not checked by a later walk
of that folder (qa17b F10): `check -o report.txt .` then `check .` read the report as a document
(15 findings on report.txt, 40 on a report.jsonl). The files written are recorded in the cache
folder (files.record_outputs) and discovery skips them while they are as written; a file put in
their place, or one named on the command line, is checked."""

from __future__ import annotations

import shutil
from pathlib import Path

from fault_helpers import cl

SEED = Path(__file__).parent.parent / "seeds" / "000_8649d156db22d76a.txt"


def _paths(tmp_path, *args: str) -> set[str]:
    run = cl("check", "--output-format", "json", "--exit-zero", *args, cwd=tmp_path)
    assert run.code == 0, run
    return {Path(f["path"]).name for f in run.json()}


def test_reports_and_baselines_written_in_the_corpus_are_not_checked(tmp_path):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    assert cl("check", "-o", "report.txt", ".", cwd=tmp_path).code == 1
    assert cl("check", "--output-format", "jsonl", "-o", "report.jsonl", ".", cwd=tmp_path).code == 1
    assert cl("check", "--write-baseline", "known.jsonl", ".", cwd=tmp_path).code == 0
    assert "a.txt:" in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert _paths(tmp_path, ".") == {"a.txt"}
    # written again over the old copy: still its own output, in that run and the next
    assert cl("check", "-o", "report.txt", ".", cwd=tmp_path).code == 1
    assert "report.txt" not in (tmp_path / "report.txt").read_text(encoding="utf-8")
    assert _paths(tmp_path, ".") == {"a.txt"}


def test_a_file_in_place_of_a_report_or_named_on_the_command_line_is_checked(tmp_path):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    assert cl("check", "-o", "report.txt", ".", cwd=tmp_path).code == 1
    assert _paths(tmp_path, "report.txt") == {"report.txt"}  # named: checked, as any named file
    shutil.copyfile(SEED, tmp_path / "report.txt")  # a document now, not the report
    assert _paths(tmp_path, ".") == {"a.txt", "report.txt"}


def test_a_folder_holding_only_reports_says_why_nothing_was_checked(tmp_path):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    assert cl("check", "-o", "report.txt", ".", cwd=tmp_path).code == 1
    (tmp_path / "a.txt").unlink()
    run = cl("check", ".", cwd=tmp_path)
    assert run.code == 2 and "1 file(s) are reports or baselines corpuslint wrote" in run.err, run
