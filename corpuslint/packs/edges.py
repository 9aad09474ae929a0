"""Whether a paragraph stands at the head or tail of a document, as a `safe: edge` fix asks, and
as it will stand once the other safe removals at the edges are made.

A notice paragraph is a safe removal at the document's edge only (the site's furniture, not the
author's). Measured on the text as given, a run of notices longer than the edge (a copyright file's
stanzas, a long legal footer) was peeled one pass at a time: each pass's removals brought the next
paragraph within the edge, and libtirpc3's copyright file never settled (qa16a #6). Measured as the
removals leave the text, the fix settles in one pass: a second finds nothing new to remove.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any


@dataclass(slots=True)
class Candidate:
    """A finding of a `safe: edge` rule, before its safety is settled."""

    index: int  # its paragraph
    at_edge: bool  # where the text is as given
    eligible: bool  # safe if at the edge (no statement after it, a whole unit or a field)
    whole: bool  # its removal takes its whole paragraph


def at_edge(text: str, starts: list[int], ends: list[int], index: int, position: str, opts: Any,
            gone: list[int] | None = None, kept: list[bool] | None = None) -> bool:
    """Whether paragraph `index` is within `opts.edge_paragraphs` paragraphs or `opts.edge_percent`
    percent of the text from the `position` edge ("head" or "tail"); with `gone` (the characters
    removed before each paragraph, then in all) and `kept`, as the text will be once removed."""
    n = len(starts)
    if gone is None or kept is None:
        cut = len(text) * opts.edge_percent / 100.0
        if position == "tail":
            return index >= n - opts.edge_paragraphs or starts[index] >= len(text) - cut
        return index < opts.edge_paragraphs or ends[index] <= cut
    size = len(text) - gone[n]
    cut = size * opts.edge_percent / 100.0
    if position == "tail":
        after = sum(kept[index + 1:])
        return after < opts.edge_paragraphs or starts[index] - gone[index] >= size - cut
    before = sum(kept[:index])
    return before < opts.edge_paragraphs or ends[index] - gone[index] <= cut


def settle(text: str, starts: list[int], ends: list[int], found: list[Candidate], opts: Any) -> list[bool]:
    """Each candidate's `at_edge` once the safe removals of whole paragraphs are made, repeated
    until none is added (each round only adds: a removal never takes a paragraph off an edge)."""
    edge = [c.at_edge for c in found]
    n = len(starts)
    while True:
        removed = {c.index for c, e in zip(found, edge) if e and c.eligible and c.whole}
        if not removed:
            return edge
        kept = [i not in removed for i in range(n)]
        gone = [0] * (n + 1)
        for i in range(n):
            width = (starts[i + 1] if i + 1 < n else len(text)) - starts[i]
            gone[i + 1] = gone[i] + (0 if kept[i] else width)
        added = False
        for k, c in enumerate(found):
            if not edge[k] and c.eligible and kept[c.index] and (
                    at_edge(text, starts, ends, c.index, "tail", opts, gone, kept)
                    or at_edge(text, starts, ends, c.index, "head", opts, gone, kept)):
                edge[k] = added = True
        if not added:
            return edge
