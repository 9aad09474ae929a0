"""A safe `--fix` never applies a fix the check labelled unsafe (`[-]`) in the text as given
(qa17b F2). On the README's sample article (seeds/), the share plea (CL103) and the copyright line
(CL120) are unsafe as given (article text follows them) and safe only once the tail's safe notices
are gone: `--fix` / `--diff` leave them and say so in a note; on the fixed text, where the check
labels them `[*]`, `--fix` takes them; `--unsafe-fixes` takes them at once, with no note."""

from __future__ import annotations

import shutil
from pathlib import Path

SEED = Path(__file__).parent.parent / "seeds" / "000_8649d156db22d76a.txt"
PLEA = "Note to readers: please click the share buttons"
COPYRIGHT = "Global Research Copyright ©"


def _labels(cli, tmp_path) -> dict[str, str]:
    run = cli("check", "--no-cache", "--no-index", "--output-format", "json", "a.txt", cwd=tmp_path)
    return {f["code"]: f["fix"]["applicability"] for f in run.json() if f["fix"] and f["code"] in ("CL103", "CL120")}


def test_safe_fix_leaves_what_the_check_labelled_unsafe(tmp_path, cli):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    assert _labels(cli, tmp_path) == {"CL103": "unsafe", "CL120": "unsafe"}
    diff = cli("check", "--no-cache", "--no-index", "--diff", "a.txt", cwd=tmp_path)
    assert "-For media inquiries" in diff.out  # the safe notices after them go
    removed = "\n".join(line for line in diff.out.splitlines() if line.startswith("-"))
    assert PLEA not in removed and COPYRIGHT not in removed, diff.out  # these two stay
    notes = [line for line in diff.err.splitlines() if "not fixed" in line]
    assert len(notes) == 2 and "a.txt:69:1: CL103 not fixed: unsafe ([-]) as found, safe once the other fixes are in" in notes[0], diff
    assert "a.txt:79:1: CL120 not fixed" in notes[1] and "a second `--fix` applies it" in notes[1], diff
    fix = cli("check", "--no-cache", "--no-index", "--fix", "a.txt", cwd=tmp_path)
    assert "CL120 not fixed" in fix.err and "run `--fix` again to apply it" in fix.err and "CL103 ×" not in fix.out + fix.err, fix
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert PLEA in text and COPYRIGHT in text and "For media inquiries" not in text
    # the text the safe fixes made is a new text as given: its check labels both safe, and they go
    assert _labels(cli, tmp_path) == {"CL103": "safe", "CL120": "safe"}
    again = cli("check", "--no-cache", "--no-index", "--fix", "a.txt", cwd=tmp_path)
    assert "not fixed" not in again.err and "CL103 ×1" in again.out and "CL120 ×1" in again.out, again
    text = (tmp_path / "a.txt").read_text(encoding="utf-8")
    assert PLEA not in text and COPYRIGHT not in text
    third = cli("check", "--no-cache", "--no-index", "--fix", "a.txt", cwd=tmp_path)
    assert "Fixed" not in third.out + third.err and "not fixed" not in third.err, third


def test_asked_for_unsafe_fixes_are_applied_and_a_safe_fix_is_not_named(tmp_path, cli):
    shutil.copyfile(SEED, tmp_path / "a.txt")
    unsafe = cli("check", "--no-cache", "--no-index", "--diff", "--unsafe-fixes", "a.txt", cwd=tmp_path)
    assert f"-{PLEA}" in unsafe.out and f"-The original source of this article is {COPYRIGHT}" in unsafe.out and "not fixed" not in unsafe.err, unsafe
    # a selection without the safe notices that follow them: both stay unsafe, nothing is said
    run = cli("check", "--no-cache", "--no-index", "--diff", "--select", "CL103,CL120", "a.txt", cwd=tmp_path)
    assert run.out == "" and "not fixed" not in run.err, run
    # a [*] finding is fixed with no note
    press = cli("check", "--no-cache", "--no-index", "--diff", "--select", "CL124", "a.txt", cwd=tmp_path)
    assert "-For media inquiries" in press.out and "not fixed" not in press.err, press


def test_a_later_pass_over_the_corpus_leaves_what_the_first_held_back(tmp_path):
    # session.Session._settle fixes the corpus again (the files' text as the first pass left it,
    # where the held findings are [*]): with their keys in `linter.held` that pass leaves them
    from corpuslint.config import load_config
    from corpuslint.engine import Linter
    from corpuslint.fixer import fix_file

    path = tmp_path / "a.txt"
    shutil.copyfile(SEED, path)
    linter = Linter(load_config(None))
    first = fix_file(linter, str(path), unsafe=False, write=True, diff=False)
    assert {key[2] for key in first.held} == {"CL103", "CL120"}
    linter.held = set(first.held)
    again = fix_file(linter, str(path), unsafe=False, write=True, diff=False)
    assert not again.written and not again.fixed and COPYRIGHT in path.read_text(encoding="utf-8")
    linter.held = set()  # a run of its own: the text as given labels them safe
    third = fix_file(linter, str(path), unsafe=False, write=True, diff=False)
    assert set(third.fixed) == {"CL103", "CL120"} and COPYRIGHT not in path.read_text(encoding="utf-8")
