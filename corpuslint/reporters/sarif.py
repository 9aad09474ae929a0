"""`sarif`: SARIF 2.1.0, the format code-scanning UIs (GitHub, GitLab, Azure DevOps) read.

One run; `tool.driver.rules` describes every rule (id = code, the explanation as help);
each result carries its rule, level, message, location (a URI relative to the working
directory, lines and columns counted in Unicode code points), a partial fingerprint that
ignores line numbers, related locations, and the fix where its edits can be placed exactly.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from urllib.parse import quote

from corpuslint import __version__
from corpuslint.results import text_fingerprint
from corpuslint.models import Finding
from corpuslint.reporters.base import Reporter

SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json"
LEVEL = {"error": "error", "warning": "warning", "info": "note"}
FINGERPRINT = "corpuslint/v1"


def artifact_uri(path: str) -> dict:
    """A relative URI (against %SRCROOT%, the working directory) or an absolute file URI."""
    absolute = os.path.abspath(path)
    try:
        relative = os.path.relpath(absolute)
    except ValueError:
        relative = None
    if relative is None or relative.startswith(".."):
        return {"uri": Path(absolute).as_uri()}
    # (the name's bytes: a name that is not UTF-8 is percent-encoded as it is on disk, as as_uri does)
    return {"uri": quote(os.fsencode(Path(relative).as_posix())), "uriBaseId": "%SRCROOT%"}


def _what_it_does(explanation: str) -> str:
    """The text under `## What it does` (the full description); the help has everything."""
    lines, inside = [], False
    for line in explanation.splitlines():
        if line.startswith("## "):
            if inside:
                break
            inside = line.strip().lower() == "## what it does"
            continue
        if inside:
            lines.append(line)
    return " ".join(" ".join(lines).split()) or explanation.strip()


def rule_descriptor(rule) -> dict:
    explanation = rule.explanation()
    return {
        "id": rule.code,
        "name": rule.name,
        "shortDescription": {"text": rule.one_line() or rule.name},
        "fullDescription": {"text": _what_it_does(explanation)},
        "help": {"text": explanation, "markdown": explanation},
        "defaultConfiguration": {"level": LEVEL[rule.severity.value], "enabled": bool(rule.default_enabled)},
        "properties": {"tags": [rule.family], "family": rule.family, "fix": rule.fix_availability.value,
                       "corpus": rule.is_corpus_rule()},
    }


def _region(line: int, column: int, end_line: int, end_column: int) -> dict:
    return {"startLine": max(1, line), "startColumn": max(1, column),
            "endLine": max(1, end_line, line), "endColumn": max(1, end_column)}


def fix_object(f: Finding) -> dict | None:
    """The fix as SARIF replacements, when every edit can be placed in the file exactly.

    An edit is placed exactly when it is the finding's own span, or lies inside a finding that
    stands on one line (columns then follow from offsets). Records of a JSONL file (their text
    is JSON-encoded) and metadata edits are left out.
    """
    if f.fix is None or f.fix.metadata or not f.fix.edits or f.record is not None:
        return None
    replacements = []
    for edit in f.fix.edits:
        if edit.start == f.offset and edit.end == f.end_offset:
            region = _region(f.line, f.column, f.end_line, f.end_column)
        elif f.line == f.end_line and f.offset <= edit.start <= edit.end <= f.end_offset:
            region = _region(f.line, f.column + edit.start - f.offset, f.line, f.column + edit.end - f.offset)
        else:
            return None
        replacements.append({"deletedRegion": region, "insertedContent": {"text": edit.replacement}})
    return {
        "description": {"text": f"{f.fix.message} ({f.fix.applicability.value} fix)"},
        "artifactChanges": [{"artifactLocation": artifact_uri(f.path), "replacements": replacements}],
    }


def result_object(f: Finding, rule_index: dict[str, int]) -> dict:
    result: dict = {
        "ruleId": f.code,
        "level": LEVEL[f.severity.value],
        "message": {"text": f.message},
        "locations": [{"physicalLocation": {
            "artifactLocation": artifact_uri(f.path),
            "region": _region(f.line, f.column, f.end_line, f.end_column),
        }}],
        "partialFingerprints": {FINGERPRINT: text_fingerprint(f)},
        "properties": {"name": f.name, "family": f.family},
    }
    if f.code in rule_index:
        result["ruleIndex"] = rule_index[f.code]
    if f.record is not None:
        result["properties"]["record"] = f.record
    if f.document:
        result["properties"]["document"] = f.document
    if f.related:
        related = []
        for n, r in enumerate(f.related):
            location: dict = {"id": n, "physicalLocation": {"artifactLocation": artifact_uri(r.path)}}
            if r.line:
                location["physicalLocation"]["region"] = {"startLine": r.line}
            if r.message:
                location["message"] = {"text": r.message}
            related.append(location)
        result["relatedLocations"] = related
    fix = fix_object(f)
    if fix is not None:
        result["fixes"] = [fix]
    return result


def sarif_log(result) -> dict:
    rules = list(result.rules.values())
    rule_index = {rule.code: n for n, rule in enumerate(rules)}
    notifications = [{"level": "error", "message": {"text": error}} for error in result.errors]
    # a rule whose fixes removed lines from the middle of many documents (corpuslint.removals)
    notifications += [{"level": "warning", "message": {"text": warning}}
                      for warning in getattr(result, "removal_warnings", ())]
    return {
        "$schema": SCHEMA,
        "version": "2.1.0",
        "runs": [{
            "tool": {"driver": {
                "name": "corpuslint",
                "version": __version__,
                "semanticVersion": __version__,
                "rules": [rule_descriptor(rule) for rule in rules],
            }},
            "invocations": [{"executionSuccessful": not result.errors,
                             "toolExecutionNotifications": notifications}],
            "originalUriBaseIds": {"%SRCROOT%": {"uri": Path(os.getcwd()).as_uri() + "/"}},
            "columnKind": "unicodeCodePoints",
            "results": [result_object(f, rule_index) for f in result.findings],
        }],
    }


class SarifReporter(Reporter):
    name = "sarif"
    description = "SARIF 2.1.0 JSON, for code-scanning UIs (GitHub code scanning and others)."

    def report(self, result) -> None:
        log = sarif_log(result)
        text = json.dumps(log, indent=2, ensure_ascii=False)
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a lone surrogate (a file name that is not UTF-8): `\\u` escapes
            text = json.dumps(log, indent=2)
        self.stream.write(text)
        self.stream.write("\n")
