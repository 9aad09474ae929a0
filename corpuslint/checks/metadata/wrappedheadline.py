"""A headline taken whole across a converter's wrap, and two ways the page reader finds its headline with it: the line
worded like the `<title>` with the byline under it (`signed_printed_headline`), and a chapter's heading named again above
it (`headline_named_above`). Moved out of headline.py (session 34) to keep that module under its size."""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import byline_names
from corpuslint.checks.metadata.headline import (
    HEADLINE_CHARS, SIGNED_WITHIN, TWO_SENTENCES, WRAPPED_LINES, _signature, among_dated_teasers, headline_above_byline,
)
from corpuslint.checks.metadata.lines import Line, could_be_title
from corpuslint.textutil import word_key


def printed_whole(lines: list[Line], index: int) -> tuple[int, int, str] | None:
    """The headline at `index` whole, as (first line, last line, its words on one line): the line alone (blank lines
    above and under it), or with the lines a converter wrapped it onto (lynx: `The nonstop sparring match between the
    conservative justice and liberal Biden attorney at the` / `Supreme Court`), joined. None when the block the line
    stands in is longer than a headline (the lines of a paragraph) or runs into the page's first line."""
    start = index
    while start > 1 and not lines[start - 1].blank_after:
        start -= 1
        if index - start >= WRAPPED_LINES:
            return None
    if start <= 1 and not lines[0].blank_after:
        return None
    end = index
    while not lines[end].blank_after and end + 1 < len(lines) and not _signature(lines[end + 1]):
        end += 1
        if end - start >= WRAPPED_LINES:
            return None
    joined = " ".join(" ".join(line.text for line in lines[start: end + 1]).split())
    return (start, end, joined) if len(joined) <= HEADLINE_CHARS else None


def signed_printed_headline(lines: list[Line], index: int) -> tuple[int, str] | None:
    """`Apple’s Vision Pro is the Retina display moment for headsets` / a standfirst / `By Alex Heath, …` where the
    `<title>` words it `Apple’s Vision Pro hands-on: the Retina display moment for headsets - The Verge`: the line worded
    like the `<title>` (`similar_headline`'s, at `index`) with the story's byline within `SIGNED_WITHIN` lines under it
    is the headline the page prints, taken whole across a converter's wrap (or not at all), as (its first line, its
    words). Not a sentence ending in a full stop, not one of a list of dated teasers."""
    whole = printed_whole(lines, index)
    if whole is None:
        return None
    start, end, text = whole
    if text.endswith(".") or not could_be_title(text) or TWO_SENTENCES.search(text) or among_dated_teasers(lines, start):
        return None
    if not any(byline_names(line) for line in lines[end + 1: end + 1 + SIGNED_WITHIN]):
        return None
    return start, text


def headline_named_above(lines: list[Line], *, look: int = 200) -> int | None:
    """`Google - Site Reliability Engineering` (a book's name, no chapter's) over `Chapter 6 - Monitoring Distributed
    Systems` / the contents / `Monitoring Distributed Systems` / `Written by Rob Ewaschuk`: where the `<title>` names
    no headline the page prints, the line alone over the first byline (`headline_above_byline`) is the headline when
    the page's head names it again at the end of a heading or a contents entry (`Chapter 6 - `, `6. `) above it."""
    index = headline_above_byline(lines)
    if index is None or printed_whole(lines, index) != (index, index, " ".join(lines[index].text.split())):
        return None
    key = word_key(lines[index].text)
    if len(key.split()) < 3:
        return None
    return index if any(len(lines[at].text) <= HEADLINE_CHARS and word_key(lines[at].text).endswith(" " + key)
                        for at in range(1, min(index, look))) else None
