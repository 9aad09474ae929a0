"""The copy a removal keeps: a fix that removes a text because a copy of it stands elsewhere in the
document is applied only if that copy still stands once the run's other fixes are in.

CL401-CL403 remove one of two copies and keep the other (their finding's data: `keeps`, and the
earlier copy's `earlier_start`/`earlier_end`). Another fix of the same run can take the copy kept:
another rule's removal of the same lines in the same pass, or a later pass's (a Blogger post's opening
sentence removed as the copy of its auto-title, and the auto-title then removed as the metadata's
title line: qa20 r14; two near copies each removed as the copy of the other). Each fix is right
alone; together they remove every copy, and the text is gone from the document.

`KeptCopies` follows the copies the applied removals keep through the passes of one document's fix
(corpuslint.fixer): their spans move with each pass's edits, and the words each pass's removals
take from them are counted. A copy that has lost half its words or more no longer stands: the fixer
starts the document's fix again without the removal that relied on it, which is left unfixed and
said in a note. A removal by a rule that judges the text by its words (`Rule.judges_by_words`: a pack's
rule, a promo line; CL143, CL144; CL151, a paragraph that repeats across the corpus; a plugin's rule that
declares it) does not count: it judged the text itself, and the copy kept of it is the same boilerplate
(opposingviews' `Popular Video ...` promo, which CL151 removes in one place and CL402 in the other).
CL140's (a model's verdict) and CL141/CL142's (a line's place among its neighbours) count: when such a
verdict is wrong, the copy kept was the article's.

No corpus rule removes a document's text on the ground that another document keeps it: CL151 and
the other repeated-text rules remove template text from every document by design, CL410 moves a bio
into the metadata, CL411/CL412 offer no fix; so the guard is the document's.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from corpuslint.models import Finding, TextEdit

GONE = 0.5  # the share of a kept copy's words whose removal means it no longer stands


def kept_span(finding: Finding) -> tuple[int, int] | None:
    """The span of the document's text that a finding's fix keeps as the copy of what it removes,
    in the coordinates of the text the finding was found in; None for any other fix."""
    data = finding.data
    if not data or finding.fix is None:
        return None
    keeps = data.get("keeps")
    if keeps == "earlier" and isinstance(data.get("earlier_start"), int) and isinstance(data.get("earlier_end"), int):
        return data["earlier_start"], data["earlier_end"]
    if keeps == "later" and isinstance(data.get("earlier_start"), int):
        return finding.offset, finding.end_offset
    return None


def _words(text: str) -> str:
    """The text's words, folded, one space between and around them."""
    return " " + " ".join("".join(ch if ch.isalnum() else " " for ch in text.casefold()).split()) + " "


def _alnum(text: str) -> int:
    return sum(1 for ch in text if ch.isalnum())


@dataclass(slots=True)
class _Kept:
    finding: Finding  # the removal that relies on the copy
    key: tuple[str, str]  # its identity across passes and restarts (corpuslint.fixer._key)
    start: int
    end: int
    words: int  # the copy's letters and digits as it was kept
    text: str  # ... and its words, as `_words` reads them
    taken: int = 0  # ... and how many of them removals of the run took since
    plain: int = 0  # ... of which removals that keep no copy of their own took
    by: set[str] = field(default_factory=set)  # the codes of those removals
    takers: list[Finding] = field(default_factory=list)  # the removals that keep a copy of their own


class KeptCopies:
    """The copies the applied removals of one document's fix keep (see the module docstring)."""

    def __init__(self, by_words: frozenset[str] = frozenset()) -> None:
        self._kept: list[_Kept] = []
        self._by_words = by_words  # the codes of the rules that judge a text by its words (`Rule.judges_by_words`)

    def applied(self, text: str, chosen: list[tuple[Finding, tuple[str, str]]]) -> None:
        """One pass: `chosen` are the findings (with their keys) whose fixes it applied to `text`.
        Counts what their edits take of the copies kept so far, and of those the pass's own removals
        keep (by another fix of the same pass), then moves every span to the new text."""
        edits = sorted((e for f, _ in chosen for e in f.fix.edits), key=lambda e: (e.start, e.end))
        for kept in self._kept:
            _take(kept, text, chosen, None, self._by_words)
        for finding, key in chosen:
            span = kept_span(finding)
            if span is None or not 0 <= span[0] < span[1] <= len(text):
                continue
            kept = _Kept(finding, key, span[0], span[1], _alnum(text[span[0]:span[1]]), _words(text[span[0]:span[1]]))
            if kept.words:
                _take(kept, text, chosen, finding, self._by_words)
                self._kept.append(kept)
        for kept in self._kept:
            kept.start, kept.end = _moved(kept.start, edits), _moved(kept.end, edits)

    def gone(self, final: str) -> list[_Kept]:
        """The removals whose kept copy no longer stands in `final`, the text the fix made, in the order
        they were applied. A copy taken by removals that each keep a copy of their own that stands still
        stands in that copy (a headline removed as the copy of a breadcrumb that holds it, and its copy
        in a "related" link removed as the copy of the headline); two copies each removed as the copy of
        the other do not; and a copy whose words the text still gives elsewhere (a third copy a removal
        left) stands there."""
        entries = {id(k.finding): k for k in self._kept}
        words = _words(final)

        def stands(k: _Kept, seen: frozenset) -> bool:
            if k.taken < GONE * k.words or k.text in words:
                return True
            if k.plain >= GONE * k.words or id(k) in seen:
                return False
            return all(id(t) in entries and stands(entries[id(t)], seen | {id(k)}) for t in k.takers)

        return [k for k in self._kept if not stands(k, frozenset())]


def _take(kept: _Kept, text: str, chosen: list[tuple[Finding, tuple[str, str]]], own: Finding | None,
          by_words: frozenset[str]) -> None:
    """Count the words the removals of `chosen` (but `own`, the removal that keeps the copy, and those of
    the rules `by_words`) take of it."""
    for finding, _key in chosen:
        if finding is own or finding.code in by_words:
            continue  # a boilerplate rule judged the text itself: its other copy is no loss either
        for edit in finding.fix.edits:
            if edit.replacement.strip() or edit.end <= kept.start or edit.start >= kept.end:
                continue  # a replacement keeps the content; an edit elsewhere takes nothing of it
            taken = _alnum(text[max(edit.start, kept.start):min(edit.end, kept.end)])
            if taken:
                kept.taken += taken
                kept.by.add(finding.code)
                if kept_span(finding) is None:
                    kept.plain += taken
                elif finding not in kept.takers:
                    kept.takers.append(finding)


def _moved(pos: int, edits: list[TextEdit]) -> int:
    """Where a position of the text before `edits` (sorted, not overlapping) lies after them; one
    inside an edit goes to the edit's end in the new text."""
    shift = 0
    for edit in edits:
        if edit.start >= pos:
            break
        if edit.end > pos:
            return edit.start + shift + len(edit.replacement)
        shift += len(edit.replacement) - (edit.end - edit.start)
    return pos + shift
