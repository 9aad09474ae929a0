"""Baselines: adopt corpuslint on an existing corpus and fail only on new problems.

`corpuslint check --write-baseline corpuslint-baseline.json` records every current finding;
`corpuslint check --baseline corpuslint-baseline.json` then reports only findings that are not
in it. A finding is matched by its file (relative to the baseline file's folder), its rule and
a fingerprint of the offending text plus the normalised text around it on its line, never by
line number: inserting or deleting lines above a finding does not make it new. Identical
findings in one file are counted, so a third copy of a defect that the baseline holds twice is
reported. Input problems (CL9xx: a file that cannot be read or decoded, a malformed record) are
never written to a baseline nor matched by one: they are not defects of the text to adopt.
"""

from __future__ import annotations

import json
import os
from collections import Counter
from collections.abc import Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any

from corpuslint import __version__
from corpuslint.errors import UsageError
from corpuslint.files import atomic_output
from corpuslint.models import Document, Finding
from corpuslint.results import finding_hash, offending_text, text_fingerprint  # noqa: F401 (text_fingerprint: its old home)
from corpuslint.textutil import normalize

if TYPE_CHECKING:
    from corpuslint.linter import Linter

FORMAT_VERSION = 1
CONTEXT_CHARS = 60  # text on either side of a finding, on its line, that is part of its identity


def contexts(linter: Linter, findings: Iterable[Finding]) -> dict[int, str]:
    """id(finding) -> the normalised text around it on its line, re-read from its file."""
    by_path: dict[str, list[Finding]] = {}
    for finding in findings:
        if finding.end_offset > finding.offset or finding.text:
            by_path.setdefault(finding.path, []).append(finding)
    out: dict[int, str] = {}
    for path, group in by_path.items():
        wanted = {(f.document, f.record) for f in group}
        docs: dict[tuple[Any, Any], Document] = {}
        try:
            for item in linter.format_for(path).iter_documents(path, linter.read_settings):
                if isinstance(item, Document) and (item.id, item.origin.record) in wanted:
                    docs[(item.id, item.origin.record)] = item
        except Exception:  # an unreadable file: its findings match on text alone
            continue
        for finding in group:
            doc = docs.get((finding.document, finding.record))
            if doc is None or finding.offset > len(doc.text):
                continue
            line_start, line_end = doc.line_span(finding.offset)
            before = doc.text[max(line_start, finding.offset - CONTEXT_CHARS):finding.offset]
            after_start = min(finding.end_offset, line_end) if finding.end_offset >= finding.offset else finding.offset
            after = doc.text[after_start:min(line_end, after_start + CONTEXT_CHARS)]
            out[id(finding)] = normalize(before) + "\x01" + normalize(after)
    return out


def _relative(path: str, base: Path) -> str:
    try:
        return Path(os.path.relpath(os.path.abspath(path), base)).as_posix()
    except ValueError:  # another drive (Windows)
        return Path(os.path.abspath(path)).as_posix()


def keys(linter: Linter, findings: list[Finding], base: Path) -> list[tuple[str, str, str]]:
    """(relative path, code, fingerprint) of each finding, in order."""
    around = contexts(linter, findings)
    return [(_relative(f.path, base), f.code, finding_hash(f.code, offending_text(f), around.get(id(f), "")))
            for f in findings]


def is_input_problem(finding: Finding) -> bool:
    """A CL9xx finding (unreadable file, malformed record...): never baselined, never matched, as
    `--select` never drops them (policy.ignored_by_name): input a run could not read must not pass."""
    return finding.code.startswith("CL9")


def write(path: str, findings: list[Finding], linter: Linter) -> int:
    """Write a baseline holding `findings` but the input problems; return how many it holds."""
    base = Path(os.path.abspath(path)).parent
    findings = [f for f in findings if not is_input_problem(f)]
    found = keys(linter, findings, base)
    counts: Counter = Counter(found)
    names = {f.code: f.name for f in findings}
    sample: dict[tuple[str, str, str], str] = {}
    for key, f in zip(found, findings):
        sample.setdefault(key, f.text or f.message)
    entries = [{"path": p, "code": c, "name": names.get(c, ""), "fingerprint": fp, "count": n,
                "text": sample[(p, c, fp)]}
               for (p, c, fp), n in sorted(counts.items())]
    data = {"corpuslint-baseline": FORMAT_VERSION, "corpuslint-version": __version__,
            "findings": entries}
    text = json.dumps(data, indent=1, ensure_ascii=False)
    if not text.isascii():
        try:
            text.encode("utf-8")
        except UnicodeEncodeError:  # a file name that is not UTF-8 (lone surrogates): `\\u` escapes, read back as is
            text = json.dumps(data, indent=1)
    with atomic_output(path) as stream:  # whole or not at all: a full disk leaves the old baseline (qa18b #3)
        stream.write(text + "\n")
    return len(findings)


def load(path: str) -> Counter:
    try:
        data = json.loads(Path(path).read_text(encoding="utf-8"))
    except FileNotFoundError:
        raise UsageError(f"baseline file not found: {path} (create it with --write-baseline)") from None
    except (OSError, ValueError) as exc:
        raise UsageError(f"cannot read baseline {path}: {exc}") from None
    if not isinstance(data, dict) or data.get("corpuslint-baseline") != FORMAT_VERSION:
        raise UsageError(f"{path} is not a corpuslint baseline (version {FORMAT_VERSION})")
    counts: Counter = Counter()
    for entry in data.get("findings", []):
        counts[(entry["path"], entry["code"], entry["fingerprint"])] += int(entry.get("count", 1))
    return counts


def apply(path: str, findings: list[Finding], linter: Linter) -> tuple[list[Finding], int]:
    """The findings that the baseline at `path` does not hold, and how many it held."""
    keep = Matcher(path, linter)
    new = keep(findings)
    return new, keep.matched


class Matcher:
    """Drops known findings file by file, as a run streams them (see RunResult.filters).

    Each baseline entry matches one finding: a third copy of a finding recorded twice is new.
    """

    def __init__(self, path: str, linter: Linter) -> None:
        self._recorded = load(path)
        self.base = Path(os.path.abspath(path)).parent
        self.linter = linter
        self.reset()

    def reset(self) -> None:
        """Match from the start again (a fix's findings are replaced by a check of its result)."""
        self.known = type(self._recorded)(self._recorded)
        self.matched = 0

    def __call__(self, findings: list[Finding]) -> list[Finding]:
        new: list[Finding] = []
        for key, finding in zip(keys(self.linter, findings, self.base), findings):
            if self.known[key] > 0 and not is_input_problem(finding):  # an old baseline may hold them
                self.known[key] -= 1
                self.matched += 1
            else:
                new.append(finding)
        return new
