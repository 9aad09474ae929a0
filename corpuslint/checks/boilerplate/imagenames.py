"""CL140: an image in a text browser's dump, by its file name alone on its line (issue 15, session 29).

lynx prints an image that has no text of its own as its file name in brackets (`[cindy.jpeg]`,
`[ximg_5663.jpg.pagespeed.ic.GeFGId6.jpg]`, `[12][logo.png]` when it is a link), on a line of its own
where it stood alone in the page: the browser's placeholder, never a word of the text. The model
scores these lines low (a name it never saw, 0.5-0.94 on the dev pages) or is not asked (a line of one
token), and they stood in most runs of missed furniture on lynx dumps (a teaser's thumbnail, a logo, an
author's photo). An image's alternative text (`[Photo of the mayor]`) is words, left to the model.

Flagged on a dump (`dumps.page_lines`: the marks are the browser's there, not the text's: a wiki's
`[File.png]` in plain text is its own) where the model flags a line (a page with its furniture); the
lines are no evidence of furniture themselves (`context.furnished` reads the model's lines). On the
lynx dumps of the dev pages' half A (in-sample), 421 lines are such names alone, none of them the
article's (a gold article never holds one).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from corpuslint.checks.boilerplate.linefeatures import Line

__all__ = ["IMAGE_NAME", "IMAGE_WHY", "image_lines"]

# an image's file name in brackets, a link's number before it, a resized copy's query or a CDN's suffix
# after its extension (lynx may wrap a long one: the dump's lines joined by a space)
IMAGE_NAME = re.compile(r"(?:\[\d{1,4}\])?\[[^\]\[\s]{1,200}?\.(?:png|jpe?g|gif|svg|webp)(?:[?.#&][^\]\[]{0,400})?\]", re.I)
_ALONE = re.compile(rf"(?:{IMAGE_NAME.pattern}\s*)+", re.I)
IMAGE_WHY = "an image's file name alone on its line, a text browser's placeholder for it"


def image_lines(lines: Sequence[Line], first: Sequence[float | None], threshold: float, dump: bool) -> list[int]:
    """The indices of the lines of a text browser's `dump` holding nothing but images' names
    (`IMAGE_NAME`), where the first stage flags a line at `threshold` or more."""
    if not dump or not any(s is not None and s >= threshold for s in first):
        return []  # plain text's brackets are its own; a page the model flags nothing of has no furniture
    return [i for i, line in enumerate(lines) if "[" in line.text and _ALONE.fullmatch(line.text)]
