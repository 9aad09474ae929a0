"""The JSON output's offsets (qa15b #11): `offset`, `end_offset` and `fix.edits` count from the
document's text; `document_offset` says where it starts in the file, so a consumer can apply the
edits to the file itself (a Markdown file with front matter, a text file; none for JSONL)."""

from __future__ import annotations

import json
from pathlib import Path

DATA = Path(__file__).parent / "data"
# a line of links added to a real Markdown page with front matter: CL301 (cosmetic, tracking) finds it
LINKS = ("See https://facelessuser.github.io/pymdown-extensions/?utm_source=docs and "
         "https://facelessuser.github.io/pymdown-extensions/ for more.\n")


def _apply(text: str, edits: list[tuple[int, int, str]]) -> str:
    for start, end, replacement in sorted(edits, reverse=True):
        text = text[:start] + replacement + text[end:]
    return text


def test_file_offsets_of_findings_and_edits_in_a_file_with_front_matter(tmp_path, cli, monkeypatch):
    source = (DATA / "markdown" / "blocks" / "pymdown-tasklist.md").read_text(encoding="utf-8")
    assert source.startswith("---\n") and source.index("\n---\n") + 5 == 31
    page = tmp_path / "tasklist.md"
    page.write_text(source + "\n" + LINKS, encoding="utf-8")
    plain = tmp_path / "notes.txt"
    plain.write_text("Intro.\n\n" + LINKS, encoding="utf-8")
    records = tmp_path / "r.jsonl"
    records.write_text(json.dumps({"id": "a", "text": "Intro.\n\n" + LINKS}) + "\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result = cli("check", "--no-index", "--isolated", "--unsafe-fixes", "--output-format", "json", ".")
    findings = json.loads(result.out)
    by_path = {}
    for f in findings:
        by_path.setdefault(f["path"], []).append(f)
    assert {f["code"] for f in by_path["tasklist.md"]} == {"CL301"}
    expected = {"tasklist.md": 31, "notes.txt": 0, "r.jsonl": None}
    edits = {}
    for path, found in by_path.items():
        assert {f["document_offset"] for f in found} == {expected[path]}
        if expected[path] is None:
            continue
        text = (tmp_path / path).read_text(encoding="utf-8")
        for f in found:
            base = f["document_offset"]
            assert text[base + f["offset"]:base + f["end_offset"]] == f["text"]
            edits.setdefault(path, []).extend(
                (base + e["start"], base + e["end"], e["replacement"]) for e in f["fix"]["edits"])
    # the edits applied at their file offsets give the file `--fix` writes
    wanted = {path: _apply((tmp_path / path).read_text(encoding="utf-8"), e) for path, e in edits.items()}
    assert "utm_source" not in wanted["tasklist.md"] and wanted["tasklist.md"].startswith(source[:31])
    cli("check", "--no-index", "--isolated", "--fix", "--unsafe-fixes", ".")
    for path, text in wanted.items():
        assert (tmp_path / path).read_text(encoding="utf-8") == text
