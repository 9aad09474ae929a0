"""What a fix run says of a document's fix: the warnings (`FileOutcome.notes`) that name what it left
unfixed and why, and what it removed that a reader should look at.

A fix left is still a finding, and the check of the fixed file shows it; the note says why this run
did not take it and what takes it (a second `--fix`, after a review): a safe fix labelled unsafe in
the text as given (`FixResult.held`), a later pass's finding whose fix would take lines nobody named
(`FixResult.spared`), a removal whose kept copy other fixes took (`FixResult.orphaned`); the fixes a later pass
applied to findings the first reading did not have (`FixResult.chained`). And a fix
that removed most of a document's text, or a whole JSON Lines record, is said loudly.
"""

from __future__ import annotations

from collections.abc import Mapping

from corpuslint import wholedoc
from corpuslint.given import CHAINED_LINES
from corpuslint.models import Document, Finding
from corpuslint.results import FixResult
from corpuslint.textutil import shorten

# a fix that removes this share of a document's text or more is named in a note (`most_removed`)
MOST = 0.5


def left_notes(path: str, result: FixResult, *, unsafe: bool, write: bool, with_chained: bool = True) -> list[str]:
    """The notes on what one document's fix left unfixed, and why (see the module docstring): each
    says what happened, then what to do, short (as ruff's). `with_chained` False: the caller says
    the chained fixes once for the file (`chained_note`), not once per record."""
    notes = [f"{finding.place(path)}: {finding.code} not fixed: unsafe ([-]) as found, safe once the other fixes "
             f"are in; {_again('--fix', write)} (or `--ignore {finding.code}`)" for finding in result.held]
    notes.extend(spared(path, finding, unsafe, write, result.document.text) for finding in result.spared)
    notes.extend(f"{finding.place(path)}: {finding.code} not fixed: the copy it keeps goes with another fix "
                 f"({', '.join(codes)}), which would leave no copy; review both with `--diff`"
                 for finding, codes in result.orphaned)
    if result.chained and with_chained:
        notes.append(chained_note(path, result.chained, write))
    return notes


def _again(run: str, write: bool) -> str:
    """What applies a fix this run left: the next run (after `--diff`), or, when this run wrote
    nothing (`--diff`), the run after the next `--fix`."""
    return f"run `{run}` again to apply it" if write else f"a second `{run}` applies it"


def chained_note(path: str, counts: Mapping[str, int], write: bool, records: list[int] | None = None) -> str:
    """The note on the fixes a later pass applied to findings that only the text other fixes made holds
    (FixResult.chained): CL505's removal of a byline once CL504's fix put its name in the metadata. The
    check of the file as given never showed them (tester27: a fortune's `-- Linus Torvalds`). One note
    a file: a JSON Lines file's records are listed (up to five), not said once each."""
    codes = ", ".join(f"{code} ×{n}" for code, n in sorted(counts.items()))
    n = sum(counts.values())
    them = "them" if n != 1 else "it"
    where = ""
    if records:
        more = f" and {len(records) - 5} more" if len(records) > 5 else ""
        where = f" in record{'s' if len(records) > 1 else ''} {', '.join(map(str, records[:5]))}{more}"
    done = "applied to findings the other fixes uncovered" if write else "in the diff, for findings the other fixes uncover"
    return (f"{path}: {n} more fix{'es' if n != 1 else ''} ({codes}) {done} (`check` did not show {them}){where}; "
            f"review {them}{'' if write else ' there'}")


def spared(path: str, finding: Finding, unsafe: bool, write: bool, fixed_text: str) -> str:
    """What is said of a finding a later pass of a document's fix left (FixResult.spared). Its line
    is a line of the fixed text, not of the file as given: the note quotes it (qa20 r08), and says
    that a second run checks it again, which may no longer find it (the corpus rules then compare
    the fixed documents)."""
    run = "--fix --unsafe-fixes" if unsafe else "--fix"
    start = fixed_text.rfind("\n", 0, finding.offset) + 1
    end = fixed_text.find("\n", finding.offset)
    quoted = shorten(fixed_text[start:end if end >= 0 else len(fixed_text)], 60)
    again = f"run `{run}` again" if write else f"a second `{run}` checks it again"
    return (f"{finding.place(path)}: {finding.code} not fixed: found only after the other fixes (line {finding.line} "
            f"of the fixed text: \"{quoted}\"), and its fix would remove more than {CHAINED_LINES} lines or "
            f"lines no finding of the file as given covered; review it with `--diff`, then {again}")


def removed_share(before: str, after: str) -> float:
    """The share of a document's text (its non-space characters) that its fixes removed."""
    old = sum(1 for ch in before if not ch.isspace())
    return 1 - sum(1 for ch in after if not ch.isspace()) / old if old else 0.0


def most_removed(path: str, most: list[str], write: bool) -> str:
    """The note on the documents of a file whose fixes removed `MOST` of their text or more (each
    `doc_name: share (codes)`; qa16a #12: CL140 took 94% of a GNU ChangeLog): said, loudly."""
    verb = "removed" if write else "would remove"
    if len(most) == 1 and most[0].startswith("the document: "):
        share, codes = most[0].removeprefix("the document: ").split(" ", 1)
        said = f"the fixes {verb} {share} of the document's text {codes}"
    else:
        said = (f"the fixes {verb} most of the text of {len(most)} document(s): {'; '.join(most[:5])}"
                f"{' and others' if len(most) > 5 else ''}")
    return f"{path}: {said}; review {'what went' if write else 'them'} (`--diff`)"


def dropped(result: FixResult, doc: Document, path: str, write: bool, notes: list[str]) -> None:
    """A JSON Lines record whose fixes removed all its text is dropped from the file: said in a
    note, and counted as CL911's fix (the drop), so neither the summary nor "All checks passed"
    hides that a whole document went."""
    if not result.applied[wholedoc.CODE]:
        result.applied[wholedoc.CODE] += 1
    fixed = ", ".join(f"{code} ×{n}" for code, n in sorted(result.applied.items()) if code != wholedoc.CODE)
    notes.append(f"{path}: {doc_name(doc, path)} {'dropped' if write else 'would be dropped'}: "
                 f"its fixes ({fixed}) remove all of its text (CL911, the whole document)")


def doc_name(doc: Document, path: str) -> str:
    if doc.origin.record is not None:
        return f"record {doc.origin.record} (line {doc.origin.line}, id {doc.id})"
    return "the document"
