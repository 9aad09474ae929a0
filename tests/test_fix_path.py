"""The fix path at its edges (issue found by qa14): thousands of fixes in one document cost work in
proportion to them, `--diff` of a CR-only file is a patch that `patch` and `git apply` take, a fix
the file's encoding cannot hold is reported (not marked fixable, not silently dropped), and
`--diff` never says "All checks passed" about files it has not changed.

The texts are real documents from tests/data/fix (copied from the development corpus).
"""

from __future__ import annotations

import random
import shutil
import subprocess
from pathlib import Path

import pytest

from corpuslint import fixer
from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.models import Applicability, Document, Finding, FindingFix, Severity, TextEdit

FIX = Path(__file__).parent / "data" / "fix"
NBSP = FIX / "fnc1-train-0537.txt"  # `morgue&nbsp;&hellip;` on a line of its own
ENTITIES = FIX / "fnc1-train-0330.txt"  # `&amp;amp;amp;amp;amp;nbsp;`


def markup_linter(**settings) -> Linter:
    return Linter(load_config(None, overrides={"select": ["CL2", "CL9"], "timeout": 600, **settings}))


def _line(path: Path, needle: str) -> str:
    return next(line for line in path.read_text(encoding="utf-8").splitlines() if needle in line)


# -- 1. many fixes in one document ----------------------------------------------------------------

def test_thousands_of_fixes_in_one_line_cost_linear_work(monkeypatch):
    # qa14: a 4.9 MB single line with 60,071 findings: check 10 s, --fix still running after
    # 9.5 min, because each chosen edit was compared with every edit chosen before it
    line = _line(NBSP, "&nbsp;&hellip;")  # two CL202 findings each
    copies = 1500
    text = " ".join([line] * copies) + "\n"
    lint = markup_linter()
    calls = {"overlaps": 0, "checks": 0}
    overlaps, check = fixer._overlaps, lint.check_document

    def counted_overlaps(a, b):
        calls["overlaps"] += 1
        return overlaps(a, b)

    def counted_check(doc):
        calls["checks"] += 1
        return check(doc)

    monkeypatch.setattr(fixer, "_overlaps", counted_overlaps)
    monkeypatch.setattr(lint, "check_document", counted_check)
    result = fixer.fix_document(lint, Document.from_text(text))
    fixes = 2 * copies
    assert result.applied == {"CL202": fixes} and not result.remaining
    assert result.document.text == text.replace("&nbsp;&hellip;", " …")
    # a few comparisons per fix (the old loop made fixes² / 2 = 4.5 million), and one pass + a
    # check of the fixed text: not a pass (a whole check) per fix
    assert calls["overlaps"] <= 4 * fixes
    assert calls["checks"] == 2


def _brute_force(text: str, findings: list[Finding]) -> str:
    """apply_fixes as it was: every edit compared with every edit taken before it."""
    taken: list[TextEdit] = []
    for f in sorted(findings, key=lambda f: (min(e.start for e in f.fix.edits), f.code, f.offset, f.end_offset)):
        if any(fixer._overlaps(e, t) for e in f.fix.edits for t in taken):
            continue
        taken.extend(f.fix.edits)
    out, pos = [], 0
    for e in sorted(taken, key=lambda e: (e.start, e.end)):
        out += [text[pos:e.start], e.replacement]
        pos = e.end
    return "".join(out) + text[pos:]


@pytest.mark.parametrize("seed", range(40))
def test_apply_fixes_takes_the_same_edits_as_comparing_each_with_all(seed):
    rng = random.Random(seed)
    text = ENTITIES.read_text(encoding="utf-8")[:400]
    findings = []
    for i in range(rng.randrange(1, 40)):
        edits = []
        for _ in range(rng.choice([1, 1, 1, 2, 3])):
            start = rng.randrange(0, len(text))
            end = min(len(text), start + rng.choice([0, 0, 1, 2, 5, 20]))
            edit = TextEdit(start=start, end=end, replacement=rng.choice(["", "x", "&"]))
            if any(fixer._overlaps(edit, e) for e in edits):
                continue  # `usable` never lets a fix with overlapping edits through
            edits.append(edit)
        start = min(e.start for e in edits)
        findings.append(Finding(path="t.txt", line=1, column=1, end_line=1, end_column=1,
                                code=rng.choice(["CL201", "CL202"]), name="x", family="markup",
                                severity=Severity.WARNING, message="m",
                                fix=FindingFix(applicability=Applicability.SAFE, message="m", edits=edits),
                                offset=start, end_offset=start + i % 3))
    fixed, _used = fixer.apply_fixes(Document.from_text(text), findings)
    assert fixed.text == _brute_force(text, findings)


# -- 2. --diff of a CR-only file ------------------------------------------------------------------

def _cr_only(tmp_path: Path) -> tuple[Path, Path]:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    # real lines, CR-only: the reader (and so every finding) counts the whole file as one line
    text = "\r".join(NBSP.read_text(encoding="utf-8").split("\n")[10:14]) + "\r"
    path = corpus / "cr.txt"
    path.write_bytes(text.encode("utf-8"))
    return corpus, path


def test_diff_of_a_cr_only_file_is_a_valid_patch_numbered_as_the_findings(tmp_path, cli):
    corpus, path = _cr_only(tmp_path)
    check = cli("check", "--isolated", "--no-index", "--select", "CL2", path)
    assert f"{path}:1:" in check.out and f"{path}:2:" not in check.out
    diff = cli("check", "--isolated", "--no-index", "--select", "CL2", "--diff", "cr.txt", cwd=corpus)
    assert diff.code == 1
    lines = diff.out.split("\n")
    assert lines[:3] == ["--- a/cr.txt", "+++ b/cr.txt", "@@ -1 +1 @@"]  # one line, as the findings count
    assert lines.count("\\ No newline at end of file") == 2  # after the last line of each side only
    assert lines[4] == lines[6] == "\\ No newline at end of file"
    fixed = tmp_path / "fixed.txt"
    shutil.copy(path, fixed)
    assert cli("check", "--isolated", "--no-index", "--select", "CL2", "--fix", fixed).code == 0
    patch = diff.out.encode("utf-8")
    if shutil.which("git"):
        applied = subprocess.run(["git", "apply", "--check", "-"], input=patch, capture_output=True, cwd=corpus)
        assert applied.returncode == 0, applied.stderr
    if shutil.which("patch"):
        run = subprocess.run(["patch", "-p1", "-s"], input=patch, capture_output=True, cwd=corpus)
        assert run.returncode == 0, run.stdout + run.stderr
        assert path.read_bytes() == fixed.read_bytes()


def test_diff_lines_split_at_lf_only():
    # CR, form feed, U+2028 are no line ends for the reader: the diff does not split there either
    old = "one\rtwo\x0cthree\u2028four\r\nfive &amp;\nsix".encode("utf-8")
    new = "one\rtwo\x0cthree\u2028four\r\nfive &\nsix".encode("utf-8")
    diff = fixer.file_diff("x.txt", old, new, "utf-8")
    assert "@@ -1,3 +1,3 @@\n one\rtwo\x0cthree\u2028four\r\n-five &amp;\n+five &\n six\n\\ No newline" in diff


# -- 3. a fix the encoding cannot hold ------------------------------------------------------------

def _latin1(tmp_path: Path) -> Path:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "corpuslint.yaml").write_text("encoding: latin-1\nselect: [CL2]\n", encoding="utf-8")
    # a real paragraph (qa14's case: `5 &euro;` and `&mdash;` in a Latin-1 file), with an é
    text = ("Le café coûte 5 &euro; &mdash; plus qu'hier &amp; moins que demain.\n\n"
            + _line(NBSP, "Iguala de la Independencia") + "\n")
    path = corpus / "fr.txt"
    path.write_bytes(text.encode("latin-1"))
    return path


def test_fix_the_encoding_cannot_hold_is_named_and_not_marked_fixable(tmp_path, cli):
    path = _latin1(tmp_path)
    result = cli("check", "--no-index", "--fix", path.parent)
    assert result.code == 1
    assert path.read_bytes() == ("Le café coûte 5 &euro; &mdash; plus qu'hier & moins que demain.\n\n"
                                 + _line(NBSP, "Iguala de la Independencia") + "\n").encode("latin-1")
    assert "Fixed 1 finding (CL202 ×1)" in result.out
    assert "[*]" not in result.out and "No automatic fix for 2 of them (CL202 ×2)" in result.out
    assert (f"warning: {path}:1:17: CL202 not fixed: '€' in its replacement cannot be written in latin-1, "
            "the file's encoding; the text is left as it is") in result.err
    assert f"{path}:1:24: CL202 not fixed: '—' in its replacement" in result.err
    # nothing left that can be written: --diff shows nothing, exits 0, and says why
    diff = cli("check", "--no-index", "--diff", path.parent)
    assert diff.code == 0 and not diff.out
    assert "'€' in its replacement cannot be written in latin-1" in diff.err
    assert "All checks passed" not in diff.err and "2 findings remaining" in diff.err


def test_the_encodable_fixes_still_apply_and_json_has_no_fix_for_the_others(tmp_path, cli):
    path = _latin1(tmp_path)
    result = cli("check", "--no-index", "--fix", "--output-format", "json", path.parent)
    findings = result.json()
    findings = findings["findings"] if isinstance(findings, dict) else findings
    assert [(f["code"], f["fix"]) for f in findings] == [("CL202", None), ("CL202", None)]
    assert b"&amp;" not in path.read_bytes()


# -- 4. what --diff says ---------------------------------------------------------------------------

def test_diff_does_not_say_all_checks_passed_about_unchanged_files(tmp_path, cli):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(ENTITIES, corpus / ENTITIES.name)
    diff = cli("check", "--isolated", "--no-index", "--select", "CL2", "--diff", corpus)
    assert diff.code == 1 and diff.out
    assert "All checks passed" not in diff.err
    assert "No findings would remain after these fixes (1 document in 1 file); `--fix` applies them." in diff.err
    assert cli("check", "--isolated", "--no-index", "--select", "CL2", "--fix", corpus).code == 0
    again = cli("check", "--isolated", "--no-index", "--select", "CL2", "--diff", corpus)
    assert again.code == 0 and not again.out and "All checks passed (1 document in 1 file)." in again.err


def test_plain_check_does_not_mark_fixable_what_the_encoding_cannot_hold(tmp_path, cli):
    # mend15b: `--fix` named the fixes a Latin-1 file cannot hold and left them unmarked; a plain
    # check showed them `[*]` all the same. Now the same three findings, the same notes, one `[*]`
    path = _latin1(tmp_path)
    result = cli("check", "--no-index", path.parent)
    assert result.code == 1
    marked = [line for line in result.out.splitlines() if "CL202" in line and line.startswith(str(path))]
    assert len(marked) == 3
    assert [line.split(":")[1:3] for line in marked if "[*]" in line] == [["1", "45"]]  # `&amp;` -> `&`
    assert (f"warning: {path}:1:17: CL202 not fixed: '€' in its replacement cannot be written in latin-1, "
            "the file's encoding; the text is left as it is") in result.err
    assert f"{path}:1:24: CL202 not fixed: '—' in its replacement" in result.err
    findings = cli("check", "--no-index", "--output-format", "json", path.parent).json()
    assert [f["fix"] is None for f in findings] == [True, True, False]
    assert path.read_bytes().startswith("Le café coûte 5 &euro;".encode("latin-1"))  # a check writes nothing


def test_plain_check_of_the_same_text_in_utf8_marks_every_fix(tmp_path, cli):
    path = _latin1(tmp_path)
    (path.parent / "corpuslint.yaml").write_text("select: [CL2]\n", encoding="utf-8")
    path.write_bytes(path.read_bytes().decode("latin-1").encode("utf-8"))
    result = cli("check", "--no-index", path.parent)
    assert sum("[*]" in line for line in result.out.splitlines() if "CL202" in line) == 3
    assert "not fixed" not in result.err
