"""The printed headline the `<title>` words otherwise, with the story's prose right under it and no byline.

A page's `<title>` and its h1 may tell the same story in other words (`Jane Roe Wins Seat In Runoff : Example` over
the printed `In A Close Runoff, Roe Takes The Seat`): the gold is the printed headline. Where no byline or stamp
signs it (`headline.headline_over_signature` takes those), the printed headline is the line near the top that shares
the most content words with the `<title>` (three at least, a third of its own), shaped as a title, with the story's
first paragraph under it and no prose above it (menus only): a teaser in a list has the next teaser under it, a
sentence of the story stands among prose.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuslint.checks.metadata.bylineline import byline_names
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.headline import (
    BREADCRUMB, HEADLINE_CHARS, SHARED_WORDS, STAMP_CHARS, TWO_SENTENCES, among_dated_teasers,
)
from corpuslint.checks.metadata.lines import Line, could_be_title, is_prose
from corpuslint.checks.metadata.printedtitle import content_words
from corpuslint.checks.metadata.titleparts import SEPARATOR

PROSE_UNDER = 2  # lines under the headline where the story's first paragraph stands
PROSE_ABOVE = 1  # lines of prose above it at most (a cookie notice's)
SIGNED_UNDER = 6  # lines under it where a byline or a stamp would sign it


def headline_over_story(lines: Sequence[Line], title: str, candidates: Sequence[int]) -> int | None:
    """Of the `candidates` (the lines sharing three content words with the `<title>`, in order), the one sharing the
    most with the `<title>`'s headline part that heads the story as above; None when none does."""
    wanted = content_words(SEPARATOR.split(title, maxsplit=1)[0])
    best: tuple[int, int] | None = None  # (shared words, index)
    for index in candidates:
        text = lines[index].text
        if len(text) > HEADLINE_CHARS or text.endswith(".") or index + 1 >= len(lines) or not lines[index].blank_after:
            continue  # (a headline is a block of its own: a line running on into the next is wrapped prose's)
        mine = content_words(text)
        shared = len(mine & wanted)
        if (shared < SHARED_WORDS or 3 * shared < len(mine) or not could_be_title(text) or is_prose(text)
                or TWO_SENTENCES.search(text) or BREADCRUMB.search(text)):
            continue
        if sum(is_prose(line.text) for line in lines[1:index]) > PROSE_ABOVE:
            break  # below the story's start: a related story's line, a sentence's
        if not any(is_prose(line.text) for line in lines[index + 1: index + 1 + PROSE_UNDER]):
            continue
        if any(byline_names(line) or len(line.text) <= STAMP_CHARS and day_written(line.text)
               for line in lines[index + 1: index + 1 + SIGNED_UNDER]):
            continue  # signed or dated under it: `headline_over_signature`'s to judge (a caption before the byline)
        if among_dated_teasers(list(lines), index):
            continue
        if best is None or shared > best[0]:
            best = (shared, index)
    return best[1] if best is not None else None
