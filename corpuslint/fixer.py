"""Applying fixes: to a document in memory, then to its file, without losing a byte.

A document is checked, its applicable fixes are applied together where they do not overlap, and
it is checked again, until no fix applies (at most `MAX_FIX_PASSES` passes, more while each pass
removes text, up to `MAX_SHRINKING_PASSES`; a document that does not settle, or whose fixes undo
each other, is left exactly as it was and reported).

Then the file is written: the format's writer turns the fixed documents back into bytes in the
file's own encoding, BOM and line endings (JSONL: only changed records), and each file is replaced
atomically (a temporary file in the same folder, fsync, the original's permissions and owner,
rename), and only if it still holds exactly the bytes that were read: the bytes are compared once
before any work and again right before the rename, so the window in which someone else's change
could be lost is the few microseconds between that last read and the rename. A file that is
read-only, or whose input has a problem (CL9xx), is never written.
"""

from __future__ import annotations

import bisect
import difflib
from collections import Counter
from typing import TYPE_CHECKING, Any

from corpuslint import wholedoc
from corpuslint.analysis import covered_spans, edits_problem, protected_lines
from corpuslint.closing_runs import joined_removals, withheld_removal
from corpuslint.edgeshare import yielding
from corpuslint.fixencoding import (
    Encodable,
    encoding_checks,
    metadata_unwritable,
    unwritable_fixes,
    value_encodable,
)
from corpuslint.fixnotes import MOST, chained_note, doc_name, dropped, left_notes, most_removed, removed_share
from corpuslint.formats.base import SourceFile, read_regular
from corpuslint.given import Named, spared_before
from corpuslint.keptcopy import KeptCopies
from corpuslint.models import Document, Finding, MetadataEdit, TextEdit
from corpuslint.parts import shifted
from corpuslint.removals import RemovalMarks, document_rows
from corpuslint.results import FileOutcome, FixResult, RuleCrash, applicable, head_key, held_key
from corpuslint.writes import atomic_write, check_writable

if TYPE_CHECKING:
    from corpuslint.linter import Linter

MAX_FIX_PASSES = 10
# ... and more while each pass removes text: a cascade shrinks the text every pass and cannot be a
# cycle. A run of removals that takes a block's closing lines goes in one pass (closing_runs.closing_run:
# qa21's `Loading...` labels had gone one a pass); what is left is a fix that brings the next finding
# in (a copyright stanza removed, the next one within the tail): kept as a net (each pass re-checks the
# whole document, outside the rules' timeout), it is cut at this many passes
MAX_SHRINKING_PASSES = 100
# how many times a document's fix starts again without a removal whose kept copy another fix took
MAX_RESTARTS = 10


def fix_document(linter: Linter, doc: Document, *, unsafe: bool = False,
                 only: set[str] | None = None, encodable: Encodable = None,
                 meta_encodable: Encodable = None, metadata_ok: bool = True) -> FixResult:
    """Fix one document until no applicable fix is left; see the module docstring.

    `encodable` / `meta_encodable` say whether a replacement text / metadata string can be
    written in the file's encoding; a fix that cannot is not applied (it remains a finding).
    `metadata_ok` False: no fix that changes the metadata is applied (`metadata_unwritable`).

    A removal that keeps a copy of what it removes (corpuslint.keptcopy) is applied only if that copy
    still stands after the other fixes: else the fix starts again without it, and it is left
    (`FixResult.orphaned`, said in a note).
    """
    # such removals: how many of a rule's findings on one text are left, and the codes that took their copy
    withheld: dict[tuple[str, str], tuple[int, list[str]]] = {}
    for restart in range(MAX_RESTARTS + 1):
        result, kept = _fix_passes(linter, doc, unsafe=unsafe, only=only, encodable=encodable,
                                   meta_encodable=meta_encodable, metadata_ok=metadata_ok, withheld=withheld)
        gone = kept.gone(result.document.text) if result.applied else []
        if not gone or not result.converged:
            break
        if restart == MAX_RESTARTS:  # ... and a copy is still gone: the document stays as given
            return FixResult(document=doc, remaining=linter.check_document(doc), converged=False, passes=restart)
        # one at a time: of two copies each removed as the copy of the other, the first is left and
        # the second's removal, whose copy then stands, goes in. When the restarts run out, every removal
        # whose copy is gone is left at once (review21 #3: else the last run's result went out as it was)
        for lost in gone if restart == MAX_RESTARTS - 1 else gone[:1]:
            n, _codes = withheld.get(lost.key, (0, []))
            withheld[lost.key] = (n + 1, sorted(lost.by))
    if result.converged and result.applied:
        # said only where one of the fixes that took the copy went in: a run in which none did (the
        # document left as given: `wholedoc`; every fix refused) removed no copy (review21 #7c)
        result.orphaned = [(f, codes) for f in result.remaining
                           if (codes := withheld.get(_key(f, result.document), (0, []))[1])
                           and any(result.applied[code] for code in codes)]
    return result


def _fix_passes(linter: Linter, doc: Document, *, unsafe: bool, only: set[str] | None, encodable: Encodable,
                meta_encodable: Encodable, metadata_ok: bool, withheld: dict) -> tuple[FixResult, KeptCopies]:
    """`fix_document`'s passes, without the removals `withheld`; and the copies the applied removals kept."""
    kept = KeptCopies(frozenset(code for code, rule in linter.by_code.items() if rule.judges_by_words))
    applied: Counter = Counter()
    spent: Counter = Counter()  # of the removals withheld: how many of their rule's findings on the text went in
    current = doc
    seen = {_state(doc)}
    refused: set[tuple[str, str]] = set()  # fixes that would change the document's structure
    findings = linter.check_document(current)
    # what the rules that judge a line by its neighbours found in the document as given: on
    # later passes only these may still be fixed (see Rule.fixes_first_reading_only)
    first_reading = {_key(f, current) for f in findings if _reads_context(linter, f.code)}
    # what the corpus rules found in the document as given: on later passes only these may still be
    # fixed. A corpus rule's finding read first in the text the fixes made compares that text with
    # the index of the documents as given, which the run's fixes changed (qa20 r08: a line of a
    # template the other pages' fixes took is no longer repeated); the session's next pass over the
    # corpus, indexed again, finds it if it still holds (corpuslint.session `_settle`)
    corpus = {rule.code for rule in linter.corpus_rules}
    first_corpus = {_key(f, current) for f in findings if f.code in corpus}
    found = Counter(_key(f, current) for f in findings)
    chained: Counter = Counter()  # fixes of findings only a later pass found (FixResult.chained)
    budget = {key: found[key] - n for key, (n, _codes) in withheld.items()}  # how many may still go in
    # on a later pass over the corpus, what may still be removed of the text as given (see
    # corpuslint.given): only lines the earlier passes' fixes created. (This pass's own later
    # readings are what --diff shows, and what the document's fix settles to.)
    given = linter.given_lines if linter.fixing_again else None
    # what the document as given labels unsafe (`[-]`): a safe run never applies these, not even
    # on a later pass where the safe fixes around one left it where its rule's fix is safe (a
    # notice they left at the new end of the text): the label the check showed holds (qa17b F2).
    # Known by `results.head_key`: a fix elsewhere can widen the finding's unit over the line that made
    # its fix unsafe (qa18b F1)
    unsafe_first = {} if unsafe else {head_key(f, current): f for f in findings
                                      if f.fix is not None and not applicable(f, False)}
    # ... but copies of one line share that key: of a refrain given four times, two copies labelled
    # `[*]` and one `[-]` (qa24 r09), the safe run takes as many as the text as given labels safe, no
    # more (the key alone kept all three, and `check` showed two `[*]` that no `--fix` applied)
    safe_first = Counter(key for f in findings
                         if applicable(f, False) and (key := head_key(f, current)) in unsafe_first)
    safe_spent: Counter = Counter()
    named: Named | None = None  # the document's lines as given, and those the first reading's fixes take
    spared: list[Finding] = []  # found on this pass, fix and all, and left: they take lines nothing named
    length = len(current.text)
    marks = RemovalMarks()  # where the fixes removed lines (corpuslint.removals)
    for passes in range(1, MAX_SHRINKING_PASSES + 1):
        # with the removals the guard withheld as part of a block: a run of removals may take its rest
        pool = _with_withheld(findings)
        candidates = [f for f in pool
                      if applicable(f, unsafe) and (only is None or f.code in only)
                      and _key(f, current) not in refused
                      and not (linter.held and held_key(f, current) in linter.held)
                      and (current is doc or not _reads_context(linter, f.code)
                           or _key(f, current) in first_reading)
                      and (current is doc or f.code not in corpus or _key(f, current) in first_corpus)
                      and not (linter.fixing_again and _reads_context(linter, f.code))
                      and (metadata_ok or not f.fix.metadata)
                      and usable(f, current, encodable, meta_encodable, guarded=not withheld_removal(f))]
        if given is not None:
            candidates = [f for f in candidates if not spared_before(f, current, given)]
        if unsafe_first:
            candidates = _safe_as_given(candidates, current, unsafe_first, safe_first, safe_spent)
        if withheld:
            candidates = _within(candidates, current, budget, spent)
        if named is not None:  # a later pass removes of the text as given only what the first reading's fixes took
            taken = [named.takes_unnamed(f, current) for f in candidates]
            spared = [f for f, unnamed in zip(candidates, taken) if unnamed and not withheld_removal(f)]
            candidates = [f for f, unnamed in zip(candidates, taken) if not unnamed]
        candidates = joined_removals(current, candidates)
        if named is None:
            named = Named(doc, findings, candidates)
        if not candidates:
            return FixResult(document=current, applied=applied, remaining=findings, removed=marks, chained=chained,
                             held=_held(findings, current, unsafe_first, safe_first, safe_spent), spared=spared), kept
        chosen: list[Finding] = []
        fixed, used = apply_fixes(current, candidates, chosen)
        if yielded := yielding(candidates, chosen, lambda code: _reads_context(linter, code), current.text):
            candidates, chosen = [f for f in candidates if id(f) not in yielded], []  # (found again next pass)
            fixed, used = apply_fixes(current, candidates, chosen)
        while len(joined := joined_removals(current, chosen)) < len(chosen):
            # a removal of a run lost to an overlapping fix: the run's others wait for the next pass
            dropped = {id(f) for f in chosen} - {id(f) for f in joined}
            candidates, chosen = [f for f in candidates if id(f) not in dropped], []
            fixed, used = apply_fixes(current, candidates, chosen)
        before = protected_lines(current)
        if before is not None and protected_lines(fixed) != before:
            # together the fixes would turn code or a heading into something else (a removed
            # paragraph that let an indented block join a list, say): apply them one by one,
            # keeping those that leave the structure as it was
            fixed, used, chosen = current, Counter(), []
            taken = _TakenEdits()
            for finding in sorted((f for f in candidates if not withheld_removal(f)),  # (a run goes whole or waits)
                                  key=lambda f: min((e.start for e in f.fix.edits), default=f.offset), reverse=True):
                if taken.overlaps(finding.fix.edits):
                    continue  # found again on the next pass, against the new text
                attempt, one = apply_fixes(fixed, [finding])
                if protected_lines(attempt) == before:
                    fixed = attempt
                    used.update(one)
                    chosen.append(finding)
                    taken.add(finding.fix.edits)
                else:
                    refused.add(_key(finding, current))
            if not used:  # every fix refused: the findings stay, as they are
                held = _held(findings, current, unsafe_first, safe_first, safe_spent)
                return FixResult(document=current, applied=applied, remaining=findings, held=held,
                                 spared=spared, removed=marks, chained=chained), kept
        kept.applied(current.text, [(f, _key(f, current)) for f in chosen])
        if current is not doc:
            chained.update(f.code for f in chosen if _key(f, current) not in found)
        marks.passed(current, chosen)
        spent.update(key for f in chosen if (key := _key(f, current)) in budget)
        safe_spent.update(key for f in chosen if (key := head_key(f, current)) in unsafe_first)
        current = fixed
        applied.update(used)
        minimum = linter.config.min_document_chars
        if (wholedoc.too_little(current.text, minimum) and not wholedoc.too_little(doc.text, minimum)
                and not (unsafe and doc.origin.is_record and not current.text.strip())):
            # fixes never empty a document (see corpuslint.wholedoc): it stays as it was, and
            # its findings (CL911 among them) say why; only an unsafe fix drops a JSONL record
            remaining = wholedoc.flagged(doc, linter.check_document(doc), linter.whole_document)
            return FixResult(document=doc, applied=Counter(), remaining=remaining), KeptCopies()
        state = _state(current)
        if state in seen:  # a cycle: fixes that undo each other
            break
        seen.add(state)
        shrank, length = len(current.text) < length, len(current.text)
        if passes >= MAX_FIX_PASSES and not shrank:
            break
        findings = linter.check_document(current)
    unsettled = FixResult(document=doc, applied=Counter(), remaining=linter.check_document(doc), converged=False,
                          passes=passes)
    return unsettled, KeptCopies()


def _with_withheld(findings: list[Finding]) -> list[Finding]:
    """The findings, those whose removal the guard withheld as part of a block with it (`Finding._withheld`):
    they go only with the removals after them (`closing_runs.joined_removals`)."""
    pool: list[Finding] = []
    for finding in findings:
        private = finding.__pydantic_private__
        fix = private.get("_withheld") if private else None
        pool.append(finding if fix is None else finding.model_copy(update={"fix": fix}))
    return pool


def _within(candidates: list[Finding], doc: Document, budget: dict, spent: Counter) -> list[Finding]:
    """The candidates but those of the withheld removals past their budget (the first ones, in text order,
    go in): two copies of one sentence each have a finding of the same rule on the same text."""
    return _first_within(candidates, [_key(finding, doc) for finding in candidates], budget, spent)


def _held(findings: list[Finding], doc: Document, unsafe_first: dict[tuple[str, str], Finding],
          safe_first: Counter, safe_spent: Counter) -> list[Finding]:
    """The findings left with a safe fix that a safe run did not apply, as the document as given
    has them (labelled unsafe there): safe only in `doc`, the text the safe fixes made (not a copy of
    the line that the text as given labels safe, which the run may still take: `_safe_as_given`)."""
    held = {head_key(f, doc) for f in findings if applicable(f, False)}
    return [f for key, f in unsafe_first.items() if key in held and safe_spent[key] >= safe_first[key]]


def _safe_as_given(candidates: list[Finding], doc: Document, unsafe_first: dict, safe_first: Counter,
                   safe_spent: Counter) -> list[Finding]:
    """The candidates but those the document as given labelled unsafe (`unsafe_first`, by
    `results.head_key`): of the copies of one line labelled `[*]` and `[-]` there, the first ones in
    text order go in while the safe labels last (`safe_first`, less those taken: `safe_spent`)."""
    keys = [head_key(finding, doc) for finding in candidates]
    limits = {key: safe_first[key] for key in keys if key in unsafe_first}
    return _first_within(candidates, keys, limits, safe_spent)


def _first_within(candidates: list[Finding], keys: list, limits: dict, spent: Counter) -> list[Finding]:
    """The candidates, but of those whose key has a limit only the first ones in text order, while
    the limit lasts (less `spent`, the ones earlier passes took); the rest go in as they are."""
    taken: Counter = Counter()
    kept = []
    for finding, key in zip(candidates, keys):
        if key in limits:
            if spent[key] + taken[key] >= limits[key]:
                continue
            taken[key] += 1
        kept.append(finding)
    return kept


def _reads_context(linter: Linter, code: str) -> bool:
    rule = linter.by_code.get(code)
    return rule is not None and rule.fixes_first_reading_only


def _key(finding: Finding, doc: Document) -> tuple[str, str]:
    return finding.code, doc.text[finding.offset:finding.end_offset]


def _state(doc: Document) -> tuple[str, str]:
    return doc.text, repr(sorted(doc.metadata.items(), key=lambda kv: str(kv[0])))


def usable(finding: Finding, doc: Document, encodable: Encodable = None, meta_encodable: Encodable = None, *,
           guarded: bool = True) -> bool:
    """Whether a finding's fix can be applied to `doc` as it is: edits inside the text, not
    overlapping each other, changing something, and writable in the file's encoding. `guarded`
    False: without the structure guard (a withheld removal, judged with its run: `closing_runs.joined_removals`)."""
    fix = finding.fix
    if fix is None or not fix.edits and not fix.metadata:
        return False
    n = len(doc.text)
    edits = sorted(fix.edits, key=lambda e: (e.start, e.end))
    for i, edit in enumerate(edits):
        if not 0 <= edit.start <= edit.end <= n:
            return False  # a rule's bug: an edit outside the text
        if i and _overlaps(edits[i - 1], edit):
            return False  # a malformed fix; skip rather than guess
        if encodable is not None and edit.replacement and not encodable(edit.replacement):
            return False
    if meta_encodable is not None and any(not value_encodable(m.value, meta_encodable) for m in fix.metadata):
        return False
    if edits and guarded and structure_problem(finding, doc) is not None:
        return False  # it would take code, a heading, unflagged lines or part of a list: reported instead
    changes_text = any(doc.text[e.start:e.end] != e.replacement for e in fix.edits)
    changes_meta = any((m.key in doc.metadata) if m.delete else
                       (m.key not in doc.metadata or doc.metadata[m.key] != m.value) for m in fix.metadata)
    return changes_text or changes_meta


def structure_problem(finding: Finding, doc: Document) -> str | None:
    """Why a finding's text edits would damage the document's structure, or None."""
    return edits_problem(doc, finding.fix.edits, covered_spans(finding.offset, finding.end_offset, finding.data))


def apply_fixes(doc: Document, findings: list[Finding], chosen: list[Finding] | None = None
                ) -> tuple[Document, Counter]:
    """Apply the fixes whose edits do not overlap an earlier-chosen fix's; return what was used (and
    append the findings applied to `chosen`).

    Order is deterministic: by the position of the fix's first edit, then code, then the finding's
    own position. A fix is taken whole or not at all; one left out now is found again on the next
    pass, against the new text.
    """
    taken = _TakenEdits()
    meta: dict[str, MetadataEdit] = {}
    used: Counter = Counter()

    def order(f: Finding):
        return (min((e.start for e in f.fix.edits), default=f.offset), f.code, f.offset, f.end_offset)

    for finding in sorted(findings, key=order):
        edits = finding.fix.edits
        if taken.overlaps(edits):
            continue
        if any(m.key in meta for m in finding.fix.metadata):
            continue
        taken.add(edits)
        for m in finding.fix.metadata:
            meta[m.key] = m
        used[finding.code] += 1
        if chosen is not None:
            chosen.append(finding)
    parts: list[str] = []
    text = doc.text
    pos = 0
    for edit in taken.edits:
        parts.append(text[pos:edit.start])
        parts.append(edit.replacement)
        pos = edit.end
    parts.append(text[pos:])
    metadata = dict(doc.metadata)
    for m in meta.values():
        if m.delete:
            metadata.pop(m.key, None)
        else:
            metadata[m.key] = m.value
    update = {"text": "".join(parts), "metadata": metadata}
    if doc.origin.parts:  # a chat record's messages: where each lies in the new text
        update["origin"] = doc.origin.model_copy(update={"parts": shifted(doc.origin.parts, taken.edits)})
    new = doc.model_copy(update=update)
    new._line_starts = new._structure = new._view = None
    return new, used


class _TakenEdits:
    """The edits chosen so far, sorted and pairwise not overlapping: whether a new one overlaps
    one of them is a binary search (with a list scanned per fix, thousands of fixes in one
    document took quadratic time)."""

    def __init__(self) -> None:
        self.edits: list[TextEdit] = []
        self._keys: list[tuple[int, int]] = []

    def overlaps(self, edits) -> bool:
        return any(self._overlaps_one(e) for e in edits)

    def _overlaps_one(self, edit: TextEdit) -> bool:
        # taken edits do not overlap each other, so their starts and ends both ascend: only those
        # starting at or before `edit` ends, and ending at or after it starts, can overlap it
        i = bisect.bisect_right(self._keys, (edit.end, float("inf")))
        while i > 0 and self.edits[i - 1].end >= edit.start:
            i -= 1
            if _overlaps(self.edits[i], edit):
                return True
        return False

    def add(self, edits) -> None:
        for edit in edits:
            key = (edit.start, edit.end)
            i = bisect.bisect_right(self._keys, key)
            self._keys.insert(i, key)
            self.edits.insert(i, edit)


def _overlaps(a: TextEdit, b: TextEdit) -> bool:
    if a.start == a.end or b.start == b.end:
        # an insertion touching another edit: their order would be arbitrary, so one waits
        return a.start <= b.end and b.start <= a.end
    return a.start < b.end and b.start < a.end


def fix_file(linter: Linter, path: str, *, unsafe: bool, write: bool, diff: bool | str) -> FileOutcome:
    """Fix every document of one file; write it (atomically) and/or diff it."""
    outcome = FileOutcome(path=path)
    source = read_source(linter, path)
    outcome.bytes = len(source.raw)
    problems = linter.problem_findings(path, source.problems)
    outcome.findings.extend(problems)
    fmt = linter.format_for(path)
    text_ok, meta_ok = encoding_checks(source)
    try:
        new_docs, remaining, held_back, unsettled = fix_documents(
            linter, source, outcome, unsafe=unsafe, write=write, encodable=text_ok, meta_encodable=meta_ok)
    except RuleCrash as exc:
        outcome.errors.extend(exc.messages)
        return outcome
    outcome.findings.extend(remaining)
    if held_back:
        outcome.notes.append(f"{path}: not fixed ({held_back} fixable finding{'s' if held_back != 1 else ''}): "
                             "the file has an input problem (see its CL9xx finding), so it is never written")

    def unfixed(reason: str) -> FileOutcome:
        """Nothing was written: report the original findings, not what the fixes would leave."""
        outcome.errors.append(reason)
        outcome.fixed.clear()
        outcome.removals.clear()
        outcome.findings[:] = problems + [f for doc in source.documents for f in linter.check_document(doc)]
        return outcome

    if unsettled and (len(unsettled) == len(source.documents) or not sum(outcome.fixed.values())):
        # as the issue asks: a file none of whose fixes settle is not written at all
        return unfixed(f"{path}: not written: fixes for {', '.join(unsettled)} did not settle "
                       f"{settle_words(outcome.unsettled_passes)}; please report this, with the "
                       "document, as a corpuslint bug")
    if unsettled:
        # ... but one record that does not settle does not cost the file's other records their
        # fixes (qa17a #7): it stays as given (`fix_document`), and is named
        outcome.errors.append(unsettled_message(path, unsettled, write, outcome.unsettled_passes))
    if not sum(outcome.fixed.values()):
        return outcome

    try:
        changes = fmt.write(source, new_docs)
    except (UnicodeError, ValueError, TypeError) as exc:
        return unfixed(f"{path}: not written: the fixed text cannot be written back ({type(exc).__name__}: {exc})")
    expected = fmt.expected_bytes(source)
    for target in changes:
        if target not in expected:
            expected[target] = _read_or_none(target)
    changes = {p: data for p, data in changes.items() if data != expected[p]}
    if not changes:
        return outcome
    if diff:  # `--diff-format records`: a format whose lines are too long to review (JSONL) shows its own
        outcome.diff = (diff == "records" and path in changes and len(changes) == 1
                        and fmt.review_diff(source, new_docs)) or "".join(
            file_diff(p, (fmt.shown_bytes(expected[p]) if p == path else expected[p]) or b"",
                      fmt.shown_bytes(data) if p == path else data, source.encoding if p == path else "utf-8")
            for p, data in sorted(changes.items(), key=lambda kv: kv[0] == path))
    if not write:
        return outcome
    # All checks first, so that nothing is written unless everything can be; then the files
    # other than the document itself (its sidecar: metadata is only ever added there), then
    # the document, so that a failure half-way never loses what a fix moved between them.
    order = sorted(changes, key=lambda p: p == path)
    for target in order:
        error = check_writable(target, expected[target])
        if error:
            return unfixed(error)
    for target in order:
        error = atomic_write(target, changes[target], expected=expected[target])
        if error:
            if outcome.written:
                error += f" (already written: {', '.join(outcome.written)})"
            return unfixed(error)
        outcome.written.append(target)
    return outcome


def settle_words(passes: int) -> str:
    """How a document's fixes did not settle, for the messages that say so: the passes they ran."""
    if passes > MAX_FIX_PASSES:  # each pass still removed text (`MAX_SHRINKING_PASSES`)
        return f"after {passes} passes (each still removing text)"
    return f"after {max(passes, 1)} pass{'es' if passes != 1 else ''} (or undid each other)"


def unsettled_message(path: str, unsettled: list[str], write: bool, passes: int = MAX_FIX_PASSES) -> str:
    """What is said of the documents whose fixes did not settle, in a file whose other fixes go in."""
    return (f"{path}: {', '.join(unsettled)} {'left' if write else 'would be left'} as given: its fixes did not "
            f"settle {settle_words(passes)}; the file's other documents are "
            f"{'fixed' if write else 'fixed as shown'}; please report this, with the document, as a corpuslint bug")


def read_source(linter: Linter, path: str) -> SourceFile:
    """The whole file, read by its format (a file that cannot be read: a CL901 problem)."""
    fmt = linter.format_for(path)
    settings = linter.read_settings
    data, problem = read_regular(path, settings.max_document_bytes if fmt.file_is_document else None)
    if problem is not None:
        source = SourceFile(path=path, format=fmt.name, raw=b"", writable=False)
        source.problems.append(problem)
        return source
    return fmt.read(path, data, settings)


def fix_documents(linter: Linter, source: Any, outcome: FileOutcome, *, unsafe: bool, write: bool,
                  encodable: Encodable = None, meta_encodable: Encodable = None
                  ) -> tuple[list[Document], list[Finding], int, list[str]]:
    """Fix each document of a source read whole (a file, stdin): the documents as fixed, the
    findings left, how many fixable findings an input problem held back, the documents whose fixes
    did not settle; `outcome` counts the documents and the fixes, and takes the notes (a JSON Lines
    record whose fixes removed all its text is said and counted as CL911: `fixnotes.dropped`)."""
    path = source.path
    new_docs: list[Document] = []
    remaining: list[Finding] = []
    held_back = 0
    unsettled: list[str] = []
    most: list[str] = []  # the documents whose fixes removed most of their text
    chained_fixes: Counter[str] = Counter()  # the fixes a later pass applied to findings the first did not have
    chained_records: list[int] = []
    metadata_ok = metadata_unwritable(source) is None
    for doc in source.documents:
        outcome.documents += 1
        if not doc.fixable or not source.writable:
            findings = linter.check_document(doc)
            held_back += sum(1 for f in findings if applicable(f, unsafe))
            remaining.extend(findings)
            new_docs.append(doc)
            continue
        result = fix_document(linter, doc, unsafe=unsafe, encodable=encodable, meta_encodable=meta_encodable,
                              metadata_ok=metadata_ok)
        if not result.converged:
            unsettled.append(doc_name(doc, path))
            outcome.unsettled_passes = max(outcome.unsettled_passes, result.passes)
        if doc.origin.is_record and doc.text.strip() and not result.document.text.strip():
            # the record goes (an unsafe fix took all its text): never silently (issue 15)
            dropped(result, doc, path, write, outcome.notes)
        elif (share := removed_share(doc.text, result.document.text)) >= MOST:
            codes = ", ".join(f"{code} ×{n}" for code, n in sorted(result.applied.items()))
            most.append(f"{doc_name(doc, path)}: {share:.0%} ({codes})")
        outcome.fixed.update(result.applied)
        name = path if doc.origin.record is None else f"{path}:{doc.origin.line} (record {doc.origin.record})"
        outcome.removals.extend(document_rows(name, doc.text, result.removed, result.document.text))
        outcome.held.extend(held_key(f, doc) for f in result.held)
        outcome.notes.extend(left_notes(path, result, unsafe=unsafe, write=write, with_chained=False))
        if result.chained:  # said once for the file (`chained_note`): a JSON Lines file's records listed
            chained_fixes.update(result.chained)
            chained_records.extend([doc.origin.record] if doc.origin.record is not None else [])
        remaining.extend(unwritable_fixes(result.remaining, source, unsafe, outcome.notes))
        new_docs.append(result.document)
    if chained_fixes:
        outcome.notes.append(chained_note(path, chained_fixes, write, chained_records))
    if most:
        outcome.notes.append(most_removed(path, most, write))
    return new_docs, remaining, held_back, unsettled


def _read_or_none(path: str) -> bytes | None:
    try:
        with open(path, "rb") as handle:
            return handle.read()
    except FileNotFoundError:
        return None
    except OSError:
        return b""


def file_diff(path: str, old: bytes, new: bytes, encoding: str) -> str:
    """A unified diff whose lines are the reader's: split at LF only (a CRLF file's lines end in
    CRLF; a CR-only file is one line, as its findings say), so patch and git apply take it."""
    a = _lines(old.decode(encoding, errors="replace"))
    b = _lines(new.decode(encoding, errors="replace"))
    lines = difflib.unified_diff(a, b, fromfile=f"a/{path}", tofile=f"b/{path}")
    return "".join(line if line.endswith("\n") else line + "\n\\ No newline at end of file\n" for line in lines)


def _lines(text: str) -> list[str]:
    """`text` split after each LF, keeping it (str.splitlines would also split at CR, form feed,
    U+2028 and others, which neither the reader nor patch counts as line ends)."""
    lines = text.split("\n")
    last = lines.pop()
    return [line + "\n" for line in lines] + ([last] if last else [])
