"""A document that its safe fixes would leave empty: the fixes stop being safe, and it is said.

A scraped page whose every paragraph is boilerplate (a disclaimer and a copyright line, say)
would be removed whole by two safe fixes, and `--fix` would then leave a 0-byte file and report
success. Removing a whole document is a decision for a person: here each such fix becomes an
unsafe one whose message says why, and the document gets a finding of its own (CL911); in JSON
Lines that finding's unsafe fix drops the record, for a file it is a report only.
"""

from __future__ import annotations

from collections.abc import Callable

from corpuslint.models import Applicability, Document, Finding, FindingFix, TextEdit

CODE = "CL911"
WHY = "unsafe here: with the document's other fixes it would leave the document empty"


def _deletions(findings: list[Finding], unsafe: bool) -> list[TextEdit]:
    return [e for f in findings if f.fix is not None and (unsafe or f.fix.applicability == Applicability.SAFE)
            for e in f.fix.edits if not e.replacement.strip()]


def emptied_by(text: str, edits: list[TextEdit], minimum: int = 1) -> bool:
    """Whether the edits that delete text (replace it by nothing or whitespace) leave fewer than
    `minimum` non-space characters of `text` (by default: none) once applied, in one pass or
    several (they often overlap on the blank line between two paragraphs)."""
    left = pos = 0
    for edit in sorted(edits, key=lambda e: (e.start, e.end)):
        if edit.start > pos:
            if _has_solid(text, minimum - left, pos, edit.start):
                return False
            left += _solid(text[pos:edit.start])
        pos = max(pos, edit.end)
    return not _has_solid(text, minimum - left, pos)


def too_little(text: str, minimum: int = 1) -> bool:
    """Whether `text` holds fewer than `minimum` non-space characters."""
    return not _has_solid(text, minimum)


def _solid(text: str) -> int:
    return len("".join(text.split()))


def _has_solid(text: str, need: int, start: int = 0, end: int | None = None) -> bool:
    """Whether `text[start:end]` holds `need` non-space characters or more. A prefix holding them
    proves it (its non-space characters are the text's): most texts hold the few asked for in
    their first line, and splitting the whole of every document with findings cost ~2% of a run."""
    if need <= 0:
        return True
    end = len(text) if end is None else min(end, len(text))
    stop = min(end, start + 4 * need + 64)
    if _solid(text[start:stop]) >= need:
        return True
    return stop < end and _solid(text[start:end]) >= need


def guard(doc: Document, findings: list[Finding], make: Callable[[Document, str, FindingFix | None], Finding | None],
          unsafe: bool = False, minimum: int = 1) -> list[Finding]:
    """`findings` as they are, or, when their fixes (safe ones; unsafe ones too with `unsafe`)
    would empty `doc`: the safe ones made unsafe (saying why) and a CL911 finding added, built by
    `make(doc, message, fix)`."""
    deletions = _deletions(findings, unsafe)
    if not deletions or too_little(doc.text, minimum) or not emptied_by(doc.text, deletions, minimum):
        return findings
    return flagged(doc, findings, make)


def flagged(doc: Document, findings: list[Finding],
            make: Callable[[Document, str, FindingFix | None], Finding | None]) -> list[Finding]:
    """The findings of a document its fixes would empty: the safe fixes that delete text made
    unsafe (one that only changes text, `&amp;` to `&`, stays safe), CL911 added."""
    if any(f.code == CODE for f in findings):
        return findings
    out = []
    for f in findings:
        if (f.fix is not None and f.fix.applicability == Applicability.SAFE and f.fix.edits
                and all(not e.replacement.strip() for e in f.fix.edits)):
            fix = f.fix.model_copy(update={"applicability": Applicability.UNSAFE,
                                           "message": f"{f.fix.message} ({WHY})"})
            f = f.model_copy(update={"fix": fix})
        out.append(f)
    drop = None
    if doc.origin.is_record:
        drop = FindingFix(applicability=Applicability.UNSAFE, message="drop the record",
                          edits=[TextEdit(start=0, end=len(doc.text), replacement="")])
    whole = make(doc, "the whole document is boilerplate: its fixes would leave nothing of it (or less than "
                 "`min-document-chars`); "
                 + ("drop the record (an unsafe fix) or keep it and ignore this" if drop else
                    "delete the file or keep it and ignore this"), drop)
    if whole is not None:
        out.append(whole)
    return out
