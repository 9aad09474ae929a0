"""Applying fixes: to a document in memory, then to its file, without losing a byte.

A document is checked, its applicable fixes are applied together where they do not overlap, and
it is checked again, until no fix applies (at most `MAX_FIX_PASSES` passes; a document that does
not settle is left as it was and reported). The file is then written atomically: a temporary file
in the same folder, fsync, the original's permissions, rename; and only if the file on disk is
still the one that was read.
"""

from __future__ import annotations

import difflib
import os
import stat
import tempfile
from collections import Counter
from typing import TYPE_CHECKING

from corpuslint.models import Document, Finding, MetadataEdit, TextEdit

if TYPE_CHECKING:
    from corpuslint.engine import FileOutcome, FixResult, Linter

MAX_FIX_PASSES = 10


def fix_document(linter: Linter, doc: Document, *, unsafe: bool = False,
                 only: set[str] | None = None) -> FixResult:
    from corpuslint.engine import FixResult, applicable

    applied: Counter = Counter()
    current = doc
    seen_texts = {(doc.text, repr(doc.metadata))}
    for _ in range(MAX_FIX_PASSES):
        findings = linter.check_document(current)
        candidates = [f for f in findings if applicable(f, unsafe) and (only is None or f.code in only)]
        if not candidates:
            return FixResult(document=current, applied=applied, remaining=findings)
        current, used = apply_fixes(current, candidates)
        applied.update(used)
        state = (current.text, repr(current.metadata))
        if state in seen_texts:  # a cycle: two fixes undo each other
            break
        seen_texts.add(state)
    remaining = linter.check_document(doc)
    return FixResult(document=doc, applied=Counter(), remaining=remaining, converged=False)


def apply_fixes(doc: Document, findings: list[Finding]) -> tuple[Document, Counter]:
    """Apply the fixes whose edits do not overlap an earlier-chosen fix's; return what was used.

    Order is deterministic: by position, then code. A fix is taken whole or not at all; one left
    out now is found again on the next pass, against the new text.
    """
    taken: list[TextEdit] = []
    meta: dict[str, MetadataEdit] = {}
    used: Counter = Counter()
    for finding in sorted(findings, key=lambda f: (min((e.start for e in f.fix.edits), default=f.offset), f.code)):
        edits = finding.fix.edits
        if any(_overlaps(e, t) for e in edits for t in taken):
            continue
        if any(m.key in meta for m in finding.fix.metadata):
            continue
        if any(_overlaps(a, b) for i, a in enumerate(edits) for b in edits[i + 1:]):
            continue  # a malformed fix; skip rather than guess
        taken.extend(edits)
        for m in finding.fix.metadata:
            meta[m.key] = m
        used[finding.code] += 1
    text = doc.text
    for edit in sorted(taken, key=lambda e: (e.start, e.end), reverse=True):
        text = text[:edit.start] + edit.replacement + text[edit.end:]
    metadata = dict(doc.metadata)
    for m in meta.values():
        if m.delete:
            metadata.pop(m.key, None)
        else:
            metadata[m.key] = m.value
    new = doc.model_copy(update={"text": text, "metadata": metadata})
    new._line_starts = None
    return new, used


def _overlaps(a: TextEdit, b: TextEdit) -> bool:
    if a.start == a.end or b.start == b.end:
        # an insertion touching another edit: their order would be arbitrary, so one waits
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


def fix_file(linter: Linter, path: str, *, unsafe: bool, write: bool, diff: bool) -> FileOutcome:
    """Fix every document of one file; write it (atomically) and/or diff it."""
    from corpuslint.engine import FileOutcome, RuleCrash, read_source

    outcome = FileOutcome(path=path)
    source = read_source(linter, path)
    outcome.bytes = len(source.raw)
    outcome.findings.extend(linter._problem_findings(path, source.problems))
    new_docs: list[Document] = []
    try:
        for doc in source.documents:
            outcome.documents += 1
            result = fix_document(linter, doc, unsafe=unsafe)
            if not result.converged:
                outcome.errors.append(
                    f"{path}: fixes for {doc.id} did not settle after {MAX_FIX_PASSES} passes; "
                    "nothing was written for this document (please report this)")
            outcome.fixed.update(result.applied)
            outcome.findings.extend(result.remaining)
            new_docs.append(result.document)
    except RuleCrash as exc:
        outcome.errors.append(str(exc))
        return outcome
    if not sum(outcome.fixed.values()):
        return outcome
    if not source.writable:
        outcome.errors.append(f"{path}: not written: the file has an input problem (see its CL9xx finding)")
        outcome.fixed.clear()
        return outcome
    changes = linter.format_for(path).write(source, new_docs)
    changes = {p: data for p, data in changes.items() if data != _current_bytes(p, path, source.raw)}
    if diff:
        outcome.diff = "".join(_diff(p, _current_bytes(p, path, source.raw), data, source.encoding)
                               for p, data in changes.items())
    if write:
        for target, data in changes.items():
            expected = source.raw if target == path else None
            error = atomic_write(target, data, expected=expected)
            if error:
                outcome.errors.append(error)
                outcome.fixed.clear()
                break
            outcome.written.append(target)
    return outcome


def _current_bytes(target: str, path: str, raw: bytes) -> bytes:
    if target == path:
        return raw
    try:
        with open(target, "rb") as handle:
            return handle.read()
    except OSError:
        return b""


def _diff(path: str, old: bytes, new: bytes, encoding: str) -> str:
    a = old.decode(encoding, errors="replace").splitlines(keepends=True)
    b = new.decode(encoding, errors="replace").splitlines(keepends=True)
    lines = difflib.unified_diff(a, b, fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def atomic_write(path: str, data: bytes, *, expected: bytes | None) -> str | None:
    """Replace `path` by `data` atomically; return an error message instead of raising.

    With `expected`, the file must still hold exactly those bytes (nobody changed it since it
    was read); otherwise it is left alone.
    """
    try:
        if expected is not None:
            with open(path, "rb") as handle:
                if handle.read() != expected:
                    return f"{path}: not written: the file changed on disk while it was being checked"
        if os.path.exists(path) and not os.stat(path).st_mode & stat.S_IWUSR:
            return f"{path}: not written: the file is read-only"
        directory = os.path.dirname(os.path.abspath(path))
        mode = os.stat(path).st_mode & 0o7777 if os.path.exists(path) else None
        fd, temp = tempfile.mkstemp(prefix=".corpuslint-", suffix=".tmp", dir=directory)
        try:
            with os.fdopen(fd, "wb") as handle:
                handle.write(data)
                handle.flush()
                os.fsync(handle.fileno())
            if mode is not None:
                os.chmod(temp, mode)
            os.replace(temp, path)
        except BaseException:
            if os.path.exists(temp):
                os.unlink(temp)
            raise
    except OSError as exc:
        return f"{path}: not written: {exc.strerror or exc}"
    return None
