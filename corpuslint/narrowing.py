"""A removal that would take part of a block, narrowed to the whole blocks it holds (issue 15, cleaning).

The fix guard (`analysis.Structure.edit_problem`) withholds a removal that takes part of a list item,
quotation or paragraph: half an item is worse than the item left whole. But a run of furniture a
rule flags often begins or ends inside such a block, one wrapped line of it unflagged (lynx and
inscriptis render a menu's item over two lines, `1. Detroit files for bankruptcy ...` /
`18 Jul 2013`), and then a 160-line menu kept its fix back for the sake of its last line: on
whole-page text of held-out news sites a quarter of the boilerplate lines CL140 flagged were left in
the page so. Narrowing the removal to the lines between the blocks it cuts removes less than the
finding covers, never more, and leaves every block whole: the cut blocks stay, entire. Not where the
run begins in the middle of a list the rule left above it (`_inside_list`): there the verdict split a list;
nor where the narrowed span would take a heading from its list or split a list of sentences (`listsplits`).

`settle_withheld` is asked where a document's findings of all rules meet: `Linter.check_document` (the
per-document rules' and, once an index is there, the corpus rules'), and the result cache when it computes a
file's corpus findings anew beside its cached own. A CL151 paragraph is narrowed as a CL140 run of lines is.
The fixer reads each pass's findings from `check_document`: their fixes are narrowed already.
"""

from __future__ import annotations

import re

from typing import TYPE_CHECKING

from corpuslint.analysis import covered_spans, structure
from corpuslint.closing_runs import label_runs
from corpuslint.models import FindingFix
from corpuslint.listsplits import splits_a_list
from corpuslint.roles import Role
from corpuslint.textlines import indent

if TYPE_CHECKING:
    from corpuslint.analysis import Structure
    from corpuslint.models import Document, Finding

__all__ = ["settle_withheld", "whole_blocks_removal"]


def settle_withheld(doc: Document, findings: list[Finding]) -> None:
    """What becomes of a document's findings whose removal the guard withheld as part of a block
    (`Finding._withheld`), all rules' together (the per-document rules' and the corpus rules': a run or a
    narrowing is the same for a CL140 run of lines and a CL151 paragraph): a run of the others' removals
    takes it (`closing_runs.label_runs`), else it is narrowed (`_narrowed`), else it stays withheld."""
    if any(f.fix is None and f._withheld is not None for f in findings):
        label_runs(doc, findings)
        _narrowed(doc, findings)


def _narrowed(doc: Document, findings: list[Finding]) -> None:
    """Give the findings whose removal the guard withheld as part of a block, and which no run of removals
    takes (`closing_runs.label_runs`), the removal narrowed to the whole blocks between those it would cut
    (`whole_blocks_removal`): their fix, `data.fix_narrowed` saying what it spares."""
    for f in findings:
        if f.fix is not None or f._withheld is None or "fix_with_run" in f.data:
            continue
        edit = f._withheld.edits[0]
        narrowed = whole_blocks_removal(doc, edit.start, edit.end, covered_spans(f.offset, f.end_offset, f.data))
        if narrowed is None:
            continue
        first, last = (doc.position(at)[0] for at in (narrowed[0], max(narrowed[0], narrowed[1] - 1)))
        f.fix = FindingFix(applicability=f._withheld.applicability, metadata=f._withheld.metadata,
                           edits=[edit.model_copy(update={"start": narrowed[0], "end": narrowed[1]})],
                           message=f"Remove lines {first}-{last}: the flagged lines but the blocks cut at its "
                                   "edges, which stay whole")
        data = dict(f.data)
        data["fix_narrowed"] = data.pop("fix_withheld", "")
        f.data = data
        f._withheld = None


def whole_blocks_removal(doc: Document, start: int, end: int,
                         covered: list[tuple[int, int]]) -> tuple[int, int] | None:
    """The span of `text[start:end]`'s lines that leaves the blocks it would take in part (at its
    edges) whole, if that span is a removal the guard allows; None if nothing is left or it is not.
    Not in HTML (its blocks are the markup's, judged by `html_markup`)."""
    s = structure(doc)
    if s.breaks or s.markup or start >= end:
        return None
    text = s.text
    taken = s.worded_lines(start, end)
    if not taken:
        return None
    a, b = taken[0], taken[-1]
    if _inside_list(s, a):
        return None
    for _ in range(8):  # each round drops the cut blocks at the edges; a few rounds settle any run
        a, b = _skip_blank(s, a, b)
        if a > b:
            return None
        if (a, b) != (taken[0], taken[-1]):  # (whole lines, each with its line break)
            new_start, new_end = s.line_starts[a], s.line_starts[b + 1] if b + 1 < len(s.line_starts) else len(text)
            if s.edit_problem(new_start, new_end, covered) is None:
                return None if splits_a_list(s, a, b) else (new_start, new_end)
        head, tail = _unit(s, a), _unit(s, b)
        moved = False
        if head[0] < a:
            a, moved = head[1] + 1, True
        if tail[1] > b:
            b, moved = tail[0] - 1, True
        if not moved:
            return None  # the cut block is inside (a container's part) or another problem: no edge to move
    return None


_NUMBERED = re.compile(r"[ \t]*\d{1,3}[.)][ \t]")


def _inside_list(s: Structure, n: int) -> bool:
    """Whether line `n` is an item of a numbered list whose item right above it (no blank line or one between, the
    same indentation) the rule left: the run begins in the middle of a list (a ranking's rows 7-10 under rows
    1-6), where the verdict split one list in two, not a menu's edge. Narrowed, the fix would take its rest."""
    if s.line_role[n] is not Role.LIST_ITEM or not _NUMBERED.match(s.line_text(n)):
        return False  # (a menu's bullets split by the verdict are still a menu: `* Write For Us` under `* Full Site`)
    above = s.near_worded(n, -1)
    if above is None:
        return False
    line = s.line_text(above)
    return (s.line_role[above] is Role.LIST_ITEM and _NUMBERED.match(line) is not None
            and indent(line) == indent(s.line_text(n)))


def _skip_blank(s: Structure, a: int, b: int) -> tuple[int, int]:
    while a <= b and not s.line_text(a).strip():
        a += 1
    while b >= a and not s.line_text(b).strip():
        b -= 1
    return a, b


def _unit(s: Structure, n: int) -> tuple[int, int]:
    """The first and last line of what a fix takes whole or not at all around line `n`: the outermost
    list item or quotation holding it, else its block, else the line."""
    i = s.line_block[n]
    if i < 0:
        return n, n
    block = s.blocks[i]
    if (outer := s.container_lines(n)) is not None:
        return min(outer[0], block.first), max(outer[1] - 1, block.last)
    return block.first, block.last
