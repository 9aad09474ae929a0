"""A fix run names a rule whose fixes removed lines from the middle of many documents (tester26: CL151
took 2,098 verse lines from 20 cantos, ~10% of each, and no per-document note fired): corpuslint.removals.

tests/data/fix_interior/kalevala-runo-excerpt.txt: 240 lines of the Kalevala (Lönnrot, 1849, public
domain), cut here into six 40-line documents. The rule that misfires on them is a user's pack rule
that removes every line ending in a comma: a third of each canto's lines, most of them mid-text.
"""

from __future__ import annotations

from pathlib import Path

from corpuslint.models import Document, Finding, FindingFix, TextEdit
from corpuslint.removals import RemovalMarks, interior_warnings, removed_lines

EXCERPT = Path(__file__).parent / "data" / "fix_interior" / "kalevala-runo-excerpt.txt"
PACK = """pack: verse-commas
description: A rule that misfires on verse.
rules:
  - code: ACME101
    name: acme-comma-line
    kind: patterns
    summary: A line that ends in a comma.
    message: "a line ending in a comma `{match}`; remove it"
    patterns: ['^[^\\n]*,$']
    scope: line
    anchor: whole
    safe: true
"""


def cantos(tmp_path: Path, n: int) -> list[Path]:
    """`n` documents of 40 lines each, and the configuration that runs the pack rule on them."""
    (tmp_path / "pack.yaml").write_text(PACK, encoding="utf-8")
    (tmp_path / "corpuslint.yaml").write_text("packs: [pack.yaml]\n", encoding="utf-8")
    lines = EXCERPT.read_text(encoding="utf-8").splitlines(keepends=True)
    paths = []
    for i in range(n):
        path = tmp_path / f"runo{i}.txt"
        path.write_text("".join(lines[40 * i:40 * i + 40]), encoding="utf-8")
        paths.append(path)
    return paths


def run(cli, tmp_path: Path, paths: list[Path], *extra: str):
    return cli("check", "--no-cache", "--no-index", "--exit-zero", *extra, *paths, cwd=tmp_path)


def test_a_rule_that_removes_the_middle_of_many_documents_is_named_once(tmp_path, cli):
    paths = cantos(tmp_path, 6)
    shown = run(cli, tmp_path, paths, "--diff")
    warnings = [line for line in shown.err.splitlines() if "from the middle of the text" in line]
    assert len(warnings) == 1, shown.err
    assert warnings[0].startswith("corpuslint: warning: ACME101 would remove ") and "`--diff --select ACME101`" \
        in warnings[0] and "`--ignore ACME101`" in warnings[0] and "runo0.txt" in warnings[0], warnings
    fixed = run(cli, tmp_path, paths, "--fix")
    assert "ACME101 removed " in fixed.err, fixed.err
    assert "tultua kotituville?\"" in paths[0].read_text(encoding="utf-8")  # warned, not refused


def test_a_few_documents_or_removals_at_the_edges_are_not_named(tmp_path, cli):
    few = run(cli, tmp_path, cantos(tmp_path, 4), "--diff")  # fewer documents than INTERIOR_DOCUMENTS
    assert "Would fix" in few.err and "from the middle of the text" not in few.err, few
    # the same rule taking only a head run of each document (its page furniture, as boilerplate is)
    for path in cantos(tmp_path, 6):
        verse = [line.removesuffix(",\n") + "\n" for line in path.read_text(encoding="utf-8").splitlines(True)]
        path.write_text("Share,\nTweet,\nPin,\n" + "".join(verse), encoding="utf-8")
    edges = run(cli, tmp_path, sorted(tmp_path.glob("runo*.txt")), "--diff")
    assert "ACME101 ×18" in edges.err and "from the middle of the text" not in edges.err, edges


def _removal(code: str, text: str, line: str, keeps: bool = False) -> Finding:
    start = text.index(line)
    data = {"keeps": "earlier", "earlier_start": 0, "earlier_end": 1} if keeps else {}
    edit = TextEdit(start=start, end=start + len(line), replacement="")
    return Finding(path="t", line=1, column=1, end_line=1, end_column=1, code=code, name="x", family="t",
                   severity="warning", message="m", offset=start, end_offset=start + len(line), data=data,
                   fix=FindingFix(applicability="safe", message="remove", edits=[edit]))


def test_where_a_removal_lies_follows_the_later_passes():
    verse = EXCERPT.read_text(encoding="utf-8").splitlines(keepends=True)
    text = "Menu\n" + "".join(verse[:3]) + "Äijä on mulla lausumista\n" + "".join(verse[4:7]) + "Footer\n"
    marks = RemovalMarks()
    doc = Document.from_text(text)
    marks.passed(doc, [_removal("A1", text, "Äijä on mulla lausumista\n"), _removal("B2", text, "Menu\n")])
    after = text.replace("Äijä on mulla lausumista\n", "").replace("Menu\n", "")
    marks.passed(Document.from_text(after), [_removal("B2", after, "Footer\n")])
    final = after.replace("Footer\n", "")
    assert marks.tally(final) == {"A1": (1, 1), "B2": (2, 0)}  # the middle line, the head and the tail
    title = "".join(verse[:2]) + "Menu\n" + "".join(verse[2:9])  # a menu under a two-line title: the head
    head = RemovalMarks()
    head.passed(Document.from_text(title), [_removal("B2", title, "Menu\n")])
    assert head.tally(title.replace("Menu\n", "")) == {"B2": (1, 0)}
    kept = RemovalMarks()
    kept.passed(doc, [_removal("K3", text, "Äijä on mulla lausumista\n", keeps=True)])  # a copy stays elsewhere
    assert kept.tally(text.replace("Äijä on mulla lausumista\n", "")) == {"K3": (1, 0)}


def test_only_whole_non_blank_lines_count():
    text = "a b\n\ncc\ndd\n"
    assert removed_lines(text, 0, 2, "") == 0  # a word of a line
    assert removed_lines(text, 0, 5, "") == 1  # a line and the blank after it
    assert removed_lines(text, 5, 11, "") == 2
    assert removed_lines(text, 5, 11, "ee") == 1
    rows = [("X1", f"d{i}", 12, 12, 100) for i in range(5)]
    assert len(interior_warnings(rows, write=True)) == 1
    assert interior_warnings(rows[:4], write=True) == []
    assert interior_warnings([(c, n, lines, interior, 1000) for c, n, lines, interior, _ in rows], write=True) == []
    # a page model: the same interior lines, but most of what it removed was the pages' head and tail
    assert interior_warnings([(c, n, 40, interior, size) for c, n, _, interior, size in rows], write=True) == []


def test_sarif_carries_the_warning_as_a_notification():
    from corpuslint.reporters.sarif import sarif_log
    from corpuslint.results import RunResult

    result = RunResult(errors=["e"], removal_warnings=["ACME101 removed 93 lines from 6 document(s), ..."])
    notifications = sarif_log(result)["runs"][0]["invocations"][0]["toolExecutionNotifications"]
    assert [n["level"] for n in notifications] == ["error", "warning"]
    assert notifications[1]["message"]["text"].startswith("ACME101 removed 93 lines")
