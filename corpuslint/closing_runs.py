"""Runs of removals: a removal the guard withheld as part of a block goes with the removals after it.

The fix guard (`analysis.Structure.edit_problem`) withholds a removal that takes part of a list item,
quotation or paragraph (`Finding._withheld` keeps it). But one pass's removals often take a block's
closing lines between them, one line each (twelve `Loading...` labels of one list item): judged one
by one, each takes part of the block and none goes; judged as a run, what stays of the block is whole
sentences. Here a pass's removals are judged together: the fixer asks `joined_removals` of its
candidates, the linter asks it to label a finding's fix as one a run takes (`data.fix_with_run`).

Where two removals meet is read here for the fixer's other question too (`edgeshare.yielding`: which of
two removals meeting on a line break waits a pass): what a plain removal is (`deletes_one_span`) and
whether two removals share white space only (`blank_overlap`).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from corpuslint.analysis import covered_spans, structure
from corpuslint.models import Applicability

if TYPE_CHECKING:
    from corpuslint.models import Document, Finding

__all__ = ["blank_overlap", "closing_run", "deletes_one_span", "joined_removals", "label_runs", "withheld_removal"]


def closing_run(doc: Document, removals: list[tuple[int, int, list[tuple[int, int]], bool]]) -> list[bool]:
    """Which of one pass's removals may go: each is (start, end, the spans its finding covers, whether
    it may go alone), sorted by start. A removal that may not go alone because it would take part of a
    block (a list item, a quotation, a paragraph) goes when the removals after it, with only blank space
    between, take the rest of that block: with them it takes the block's closing lines after a sentence's
    end, which the guard allows one removal (`Structure.edit_problem`'s `through`). Walked from the end:
    a removal that goes joins the run, one that does not ends it. This is where passes that took one
    closing line each would settle (twelve `Loading...` labels of one list item under `* Tickets`, each
    its item's last line once the next went: qa21), in one pass."""
    ok = [alone for _start, _end, _flagged, alone in removals]
    if doc.origin.parts or all(ok):
        return ok  # (a chat record's strings are guarded one by one: `parts.guard`)
    s = structure(doc)
    through = head = None  # where the run after this removal ends, and where it starts
    for i in range(len(removals) - 1, -1, -1):
        start, end, flagged, alone = removals[i]
        if (head is not None and end <= head and not s.text[end:head].strip()
                and "\x00" not in s.text[start:end] and s.edit_problem(start, end, flagged, through) is None):
            ok[i], head = True, start
        elif alone:
            through, head = end, start
        else:
            through = head = None
    return ok


def joined_removals(doc: Document, candidates: list[Finding]) -> list[Finding]:
    """The candidates but the withheld removals (`withheld_removal`) that no run of the others lets go
    (`closing_run`): one pass's removals that together take a block's closing lines go together. A
    withheld removal that ends inside the next one's blank start (a line and its line break, then the text's
    last line with the line break before it) ends where the next begins, and takes the line break before
    it in its turn: what the run leaves is what passes that took its last line each would leave."""
    if not any(withheld_removal(f) for f in candidates):
        return candidates
    spans = sorted({(f.fix.edits[0].start, f.fix.edits[0].end) for f in candidates if _removal(f)})
    alone = {span: False for span in spans}  # (two findings removing the same lines are one removal)
    flagged: dict[tuple[int, int], list[tuple[int, int]]] = {span: [] for span in spans}
    for f in candidates:
        if _removal(f):
            span = (f.fix.edits[0].start, f.fix.edits[0].end)
            alone[span] = alone[span] or not withheld_removal(f)
            flagged[span].extend(covered_spans(f.offset, f.end_offset, f.data))
    text = doc.text
    moved = {span: span for span in spans}
    for k in range(len(spans) - 2, -1, -1):
        (a, b), next_a = spans[k], moved[spans[k + 1]][0]
        if alone[(a, b)] or not a < next_a or not blank_overlap(text, (a, b), (next_a, len(text))):
            continue  # (the next starts inside this one, which takes only white space from there on)
        # the next takes this line's line break (the text's last line goes with the break before it):
        # this one then takes the break before it, as the last line of the text it would be
        moved[(a, b)] = (a - 1, next_a) if b - next_a == 1 and a > 0 and text[a - 1] == "\n" else (a, next_a)
    ok = dict(zip(spans, closing_run(doc, [(*moved[span], flagged[span], alone[span]) for span in spans])))
    out = []
    for f in candidates:
        if withheld_removal(f):
            span = (f.fix.edits[0].start, f.fix.edits[0].end)
            if not ok[span]:
                continue
            if moved[span] != span:
                edit = f.fix.edits[0].model_copy(update={"start": moved[span][0], "end": moved[span][1]})
                fix = f.fix.model_copy(update={"edits": [edit]})
                f = f.model_copy(update={"fix": fix})
                f._withheld = fix
        out.append(f)
    return out


def withheld_removal(finding: Finding) -> bool:
    """Whether a finding's fix is the removal the guard withheld from it as part of a block
    (`Finding._withheld`), restored for the fixer to judge with the pass's other removals."""
    private = finding.__pydantic_private__
    return finding.fix is not None and private is not None and private.get("_withheld") is finding.fix


def _removal(finding: Finding) -> bool:
    """Whether a finding's fix removes one span of text and does nothing else (no metadata edit: a run moves
    and joins only removals of text)."""
    return deletes_one_span(finding) and not finding.fix.metadata


def deletes_one_span(finding: Finding) -> bool:
    """Whether a finding's text edits are one deletion of a span that is not empty."""
    edits = finding.fix.edits
    return len(edits) == 1 and not edits[0].replacement and edits[0].start < edits[0].end


def blank_overlap(text: str, a: tuple[int, int], b: tuple[int, int]) -> bool:
    """Whether two removals' spans overlap and what both take is white space only: a line's removal takes its
    line break, the removal of the run below starts at that same break."""
    start, end = max(a[0], b[0]), min(a[1], b[1])
    return start < end and not text[start:end].strip()


def label_runs(doc: Document, findings: list[Finding]) -> None:
    """Mark the findings whose removal the guard withheld as part of a block (no fix of their own:
    `Finding._withheld`) that `--fix` takes all the same, in its first pass, with the removals after them
    that take the rest of the block (`joined_removals`): `data.fix_with_run` is "safe" when the
    run is safe (`--fix`), "unsafe" when it needs `--unsafe-fixes`. Their `fix` stays None (applied
    alone, the removal would take part of the block); the text report labels them `[*]` / `[-]`."""
    withheld = {(f.code, f.offset): f for f in findings if f.fix is None and f._withheld is not None}
    pool = [f for f in findings if f.fix is not None]
    safe = [f for f in pool if f.fix.applicability == Applicability.SAFE]
    for label, others in (("safe", safe), ("unsafe", pool)):
        restored = [f.model_copy(update={"fix": f._withheld}) for f in withheld.values()
                    if label == "unsafe" or f._withheld.applicability == Applicability.SAFE]
        for joined in joined_removals(doc, others + restored):
            finding = withheld.pop((joined.code, joined.offset), None) if withheld_removal(joined) else None
            if finding is not None:
                finding.data = {**finding.data, "fix_with_run": label}
