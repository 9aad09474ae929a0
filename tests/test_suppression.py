"""Inline suppression: Markdown comments, the `corpuslint-ignore` field, per-file-ignores, CL910."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.config import Config
from corpuslint.engine import Linter
from corpuslint.models import Document, Origin
from corpuslint.policy import parse

DATA = Path(__file__).parent / "data" / "ci"
MOJIBAKE = "fnc1-train-0269.txt"  # a real article: line 17 is a tweet credit starting with `â€”` (CL206)
ENTITIES = "fnc1-train-0537.txt"  # a real article with `&nbsp;&hellip;` on lines 13, 25, 37 (CL202)


@pytest.fixture(scope="module")
def linter() -> Linter:
    return Linter(Config(builtin_packs=False, select=["CL2", "CL9"]))


def _markdown(text: str, path: str = "post.md") -> Document:
    return Document(id=path, text=text, origin=Origin(path=path, format="markdown"))


def _article() -> str:
    return (DATA / MOJIBAKE).read_text(encoding="utf-8")


def codes(findings) -> list[tuple[int, str]]:
    return [(f.line, f.code) for f in findings]


def test_real_article_as_markdown_has_the_finding(linter):
    assert (17, "CL206") in codes(linter.check([_markdown(_article())]))


def test_disable_next_silences_the_next_paragraph_only(linter):
    lines = _article().split("\n")
    # the comment on its own line, right above the paragraph (no blank line between)
    lines.insert(16, "<!-- corpuslint: disable-next CL206 -->")
    text = "\n".join(lines) + "\n\nA later line â€” with the same defect.\n"
    found = codes(linter.check([_markdown(text)]))
    assert not [c for c in found if c[1] == "CL206" and c[0] <= 18]
    assert (text.count("\n") - 0, "CL206") in found  # the later paragraph still reports it
    assert not [c for c in found if c[1] == "CL910"]


def test_disable_next_after_a_blank_line_and_by_name(linter):
    lines = _article().split("\n")
    lines[15:15] = ["<!-- corpuslint: disable-next mojibake -->", ""]
    assert not [c for c in codes(linter.check([_markdown("\n".join(lines))])) if c[1] == "CL206"]


def test_disable_enable_range_by_code_prefix_and_family(linter):
    text = ("Before â€” the range.\n\n<!-- corpuslint: disable CL20 -->\nInside â€” the range.\n\n"
            "Also inside \ufffd here.\n<!-- corpuslint: enable CL20 -->\nAfter â€” the range.\n\n"
            "<!-- corpuslint: disable markup -->\nTo the end â€” of the document.\n")
    found = codes(linter.check([_markdown(text)]))
    assert found == [(1, "CL206"), (8, "CL206")]


def test_disable_without_codes_turns_every_rule_off_until_enable(linter):
    text = ("<!-- corpuslint: disable -->\nOff â€” here \ufffd.\n<!-- corpuslint: enable -->\n\n"
            "On â€” here.\n")
    assert codes(linter.check([_markdown(text)])) == [(5, "CL206")]


def test_comments_are_not_honoured_in_plain_text(linter):
    text = "<!-- corpuslint: disable-next CL206 -->\nStill reported â€” in a .txt file.\n"
    doc = Document.from_text(text, path="a.txt")
    assert (2, "CL206") in codes(linter.check([doc]))


def test_unknown_codes_in_comments_are_reported(linter):
    text = "Text.\n\n<!-- corpuslint: disable-next CL2O6, stray-html-tags -->\nHello â€” there.\n"
    found = linter.check([_markdown(text)])
    unknown = [f for f in found if f.code == "CL910"]
    assert [(f.line, f.column) for f in unknown] == [(3, 1), (3, 1)]
    assert "`CL2O6`" in unknown[0].message and "`stray-html-tags`" in unknown[1].message
    assert (4, "CL206") in codes(found)  # the typo suppressed nothing


def test_parse_regions():
    sup = parse("a <!-- corpuslint: disable CL1 --> b <!-- corpuslint: enable CL1 --> c", known=[])
    assert len(sup.regions) == 1 and sup.regions[0].selectors == ("CL1",)
    assert [s for _, s in sup.unknown] == ["CL1", "CL1"]  # no rule is known to this parse: both comments
    assert parse("no directives here").regions == []


def test_ignore_field_in_sidecar_by_name(tmp_path, cli):
    target = tmp_path / ENTITIES
    target.write_bytes((DATA / ENTITIES).read_bytes())
    (tmp_path / "corpuslint.yaml").write_text("builtin-packs: false\nselect: [CL2, CL9]\n", encoding="utf-8")
    before = cli("check", str(target), "--output-format", "json")
    assert {f["code"] for f in before.json()} == {"CL202"}
    (tmp_path / "fnc1-train-0537.meta.yaml").write_text("source: fnc1\ncorpuslint-ignore: [html-entity]\n",
                                                         encoding="utf-8")
    after = cli("check", str(target), "--output-format", "json")
    assert after.code == 0 and after.json() == []


def test_unknown_code_in_sidecar_field_points_at_the_sidecar(tmp_path, cli):
    target = tmp_path / ENTITIES
    target.write_bytes((DATA / ENTITIES).read_bytes())
    (tmp_path / "corpuslint.yaml").write_text("builtin-packs: false\nselect: [CL2, CL9]\n", encoding="utf-8")
    side = tmp_path / "fnc1-train-0537.meta.yaml"
    side.write_text("source: fnc1\ncorpuslint-ignore: [CL2O2, CL202]\n", encoding="utf-8")
    result = cli("check", str(target), "--output-format", "json")
    found = result.json()
    assert [(f["code"], f["path"], f["line"]) for f in found] == [("CL910", str(side), 2)]


def test_ignore_field_in_front_matter_and_jsonl(tmp_path, cli):
    (tmp_path / "corpuslint.yaml").write_text("builtin-packs: false\nselect: [CL2, CL9]\n", encoding="utf-8")
    article = _article()
    (tmp_path / "a.md").write_text("---\ntitle: t\ncorpuslint-ignore: CL206, CL9Z\n---\n" + article, encoding="utf-8")
    records = [{"id": "1", "text": article, "corpuslint-ignore": ["CL206"]},
               {"id": "2", "text": article, "corpuslint-ignore": ["nope"]}]
    (tmp_path / "c.jsonl").write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    found = cli("check", str(tmp_path), "--output-format", "json").json()
    got = sorted((Path(f["path"]).name, f["line"], f["code"]) for f in found)
    assert got == [("a.md", 3, "CL910"), ("c.jsonl", 2, "CL206"), ("c.jsonl", 2, "CL910")]


def test_per_file_ignores(tmp_path, cli):
    (tmp_path / "corpuslint.yaml").write_text(
        "builtin-packs: false\nselect: [CL2, CL9]\nper-file-ignores:\n  'legacy/*.txt': [html-entity]\n", encoding="utf-8")
    for folder in ("legacy", "new"):
        (tmp_path / folder).mkdir()
        (tmp_path / folder / ENTITIES).write_bytes((DATA / ENTITIES).read_bytes())
    found = cli("check", str(tmp_path), "--output-format", "json").json()
    assert {Path(f["path"]).parent.name for f in found} == {"new"}


def test_cl910_can_be_ignored(tmp_path, cli):
    (tmp_path / "corpuslint.yaml").write_text("builtin-packs: false\nselect: [CL2, CL9]\nignore: [CL910]\n", encoding="utf-8")
    (tmp_path / "a.md").write_text("<!-- corpuslint: disable CL9Z -->\nText.\n", encoding="utf-8")
    assert cli("check", str(tmp_path), "--output-format", "json").json() == []
