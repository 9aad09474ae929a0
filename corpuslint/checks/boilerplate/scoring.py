"""CL140's two stages of scores over a document's lines: which lines the line model is asked about, and what each stage says.

The guards (`textguards`, `articleown`, `wrapping`) keep the article's own lines from ever being scored: a
sentence, a subheading, a title, a closing line, a signature. What is left is scored by the line model
(`line_scores`); on a whole page the second stage judges the lines the first left alone by the furniture
around them (`context_scores`). Apart from the rule (`classifier`) so that training, calibration and the
speed benchmark read the very same scores as the rule without the rule's gates and passes.
"""

from __future__ import annotations

from corpuslint.checks.boilerplate.articleown import articles_own
from corpuslint.checks.boilerplate.context import body_clusters, context_rows, in_quiet_gap, whole_page
from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.linefeatures import Line, Window
from corpuslint.checks.boilerplate.model import Model
from corpuslint.checks.boilerplate.textguards import (
    continues_below, heads_its_paragraph, is_closing_sentence, is_signature, is_subheading, is_title, reads_as_text,
)
from corpuslint.checks.boilerplate.wrapping import run_on_lines, wrapped_prose

__all__ = ["asked", "context_scores", "line_scores"]

def asked(shared: DocLines, own: set[int] | None = None) -> list[bool]:
    """Whether the first stage is asked about each of the document's lines: not for the fast path,
    wrapped prose, a sentence, a subheading, a byline or date (see `reads_as_text`), the article's
    own short lines (`articles_own`, their indices added to `own`), whatever it would say."""
    lines = shared.lines
    out = [False] * len(lines)
    candidates = [i for i, line in enumerate(lines) if line.candidate]
    if not candidates:
        return out
    wrapped = wrapped_prose(lines)
    last = len(lines) - 1
    for i in candidates:
        line = lines[i]
        if wrapped and line.number in wrapped:
            continue
        prose_before, prose_after = shared.prose_share(i)
        out[i] = (not reads_as_text(line, prose_before, prose_after)
                  and not (0 < i < last and is_subheading(line, lines[i - 1], lines[i + 1], prose_before))
                  and not (i > 0 and (is_closing_sentence(lines, i) or is_signature(line, lines[i - 1])))
                  and not (i < last and continues_below(line, lines[i + 1]))
                  and not (i < min(3, last) and is_title(line, lines[i + 1], prose_before)))
        if out[i] and (articles_own(shared, i) or heads_its_paragraph(line, lines[i + 1:i + 9], prose_before)):
            out[i] = False
            if own is not None:
                own.add(i)
    return out


def line_scores(lines: list[Line], model: Model) -> list[float | None]:
    """The first stage's score of each line, None for a line it is not asked about (`asked`)."""
    return [model.score(line.features) if ask else None for line, ask in zip(lines, asked(DocLines(lines)))]


def context_scores(shared: DocLines, first: list[float | None], model: Model,
                   window: Window | None = None, own: set[int] | None = None) -> dict[int, float]:
    """The second stage's score of each line the first left alone (by index), on a whole page
    (`context.whole_page`: many of its lines flagged by the first stage). With the document's
    `window`, the lines not asked about get their feature vectors first. The lines `asked` found
    the article's own (`own`) are no lines to judge: their neighbours read them as the document's
    own text, unflagged (score 0), as the first stage left them."""
    lines = shared.lines
    stage = model.context
    if stage is None or not whole_page(first, model.threshold, model.context_share, model.context_lines):
        return {}
    if window is not None:
        for i, line in enumerate(lines):
            if line.candidate and line.features is None:
                window.fill(i)
    rows = context_rows(lines, first, model.threshold, lambda line: model.score(line.features), own or ())
    scores = {i: stage.score(f) for i, f in rows}
    # the article's own short lines (a verdict, a lead-in to its video, a reference of its
    # sources) are the article's among furniture too: the second stage does not flag them
    # and a line between two paragraphs with nothing flagged between them has no furniture around it
    hits = [i for i, score in scores.items() if score >= stage.threshold]
    body = body_clusters(lines) if hits else ([], set())
    wrapped = run_on_lines(lines) if hits else set()  # a sentence that runs on over lines is the text's
    for i in hits:
        if (lines[i].number in wrapped or articles_own(shared, i)
                or in_quiet_gap(lines, first, model.threshold, i, body)):
            del scores[i]
    return scores
