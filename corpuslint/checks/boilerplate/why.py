"""Why CL140 flagged a line, in words, from its features: the finding's message ("short line, no
sentence, 'Sign up', in a run of 6 short lines at the document's tail")."""

from __future__ import annotations

from corpuslint.checks.boilerplate.linefeatures import HEAD, INDEX, Line
from corpuslint.checks.calltoaction import CTA

__all__ = ["context_reasons", "reasons"]


def context_reasons(line: Line) -> str:
    """Why the second stage flagged a sentence, in words."""
    why = "a sentence among page furniture"
    f = line.features
    if f and f[INDEX["prose_before"]] == 0:
        why += ", before the article's first paragraph"
    elif f and f[INDEX["prose_after"]] <= 0:
        why += ", after the article's last paragraph"
    return why


def reasons(line: Line) -> str:
    """Why a line reads as furniture, in words, from its features."""
    f = line.features or []
    parts: list[str] = []
    words = line.words
    if words < 8:
        parts.append("short line")
    if not line.ends:
        parts.append("no sentence")
    if not line.cjk and words >= 3 and line.stop < 0.1:
        parts.append("few function words")
    if f and f[INDEX["urls"]] > 0:
        parts.append("a link")
    # a line measured on bytes whose head counted no call to action has none (`CTA` is slow)
    counted_none = not line.cta and len(line.text) <= HEAD and line.shape is not None and line.shape[2] is not None
    m = None if counted_none else CTA.search(line.text)
    if m:
        parts.append(f"'{m.group(0)}'")
    if f and f[INDEX["separators"]] > 0:
        parts.append("separators")
    if f and f[INDEX["log_short_run"]] > 1.1:  # a run of 3 or more
        run = round(pow(2.718281828, f[INDEX["log_short_run"]]) - 1)
        parts.append(f"in a run of {run} short lines")
    if f:
        if f[INDEX["doc_prose_share"]] == 0:
            parts.append("in a document without prose")
        elif f[INDEX["prose_before"]] == 0:
            parts.append("before the article's first paragraph")
        elif f[INDEX["prose_after"]] <= 0:
            parts.append("after the article's last paragraph")
        elif f[INDEX["in_span_b"]] == 0:
            parts.append("outside the article's main text")
    return ", ".join(parts) or "shaped like page furniture"
