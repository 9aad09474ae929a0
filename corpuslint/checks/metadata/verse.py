"""A poem's or a song's first line, which CL504 must not take for the document's title.

A title stands apart: a blank line (or a byline, a stamp) under it, then the text. A verse's first line runs
straight into the next lines of its stanza, lines of the same shape (short, each opening with a capital, about
as long as the first), with no blank line between (tester33 B3, Debian `fortunes`):

    I am changing my name to Chrysler          <- not a title
    I am going down to Washington, D.C.
    I will tell some power broker

A refrain sung twice opens a song the way a page prints its headline twice; its copy under it is passed over,
and the stanza may then follow a blank line (`Louie Louie, me gotta go` twice, then the first verse). The test
reads shape only: a headline over a byline, a date or hard-wrapped prose (long lines, lower-case starts), or a
Title Case headline, is let be.
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import bare_name
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.vocabulary import BYLINE_START
from corpuslint.textutil import LazyPattern

VERSE_CHARS = 60  # a verse line's longest (its first column), shorter than prose wrapped at 72-80 columns
VERSE_WORDS = (2, 12)
SIMILAR = 2.5  # a stanza's lines are within this factor of the first line's length
STANZA_FOLLOWERS = 2  # lines under the first, no blank between, that make it a stanza
LOWER_WORDS = 2  # words in lower case a first line holds past its first (a sentence's case, no Title Case headline)
# a second column set off by a tab or a wide gap (a poem printed in two columns): the first column is the verse
COLUMN_GAP = LazyPattern(r"\t|   +")
CAPITAL_START = LazyPattern(r"^[\"'‘’“(\[]*\p{Lu}")
# a record's field (`Subject: Re: Amusing atheists …`, `Title: pysubs2 test file` over `ScriptType: v4.00+`): no verse
FIELD = LazyPattern(r"^[\p{L}][\p{L}\p{N}_-]*(?:\s[\p{L}-]+)?:\s")


def opens_stanza(text: str, end: int) -> bool:
    """The line ending at `end` (a title candidate's last line) is a stanza's first line, by shape."""
    start = text.rfind("\n", 0, end) + 1
    first = _first_column(text[start:end])
    if not _verse_line(first, first) or sum(word[0].islower() for word in first.split()[1:]) < LOWER_WORDS:
        return False
    below = text[end:].split("\n", 40)[1:40]
    at = 0
    while at < len(below) and _flat(below[at]) == _flat(text[start:end]):
        at += 1  # a refrain sung twice
    if at and at < len(below) and not below[at].strip():
        while at < len(below) and not below[at].strip():
            at += 1  # the refrain's copy, then a blank: the stanza may open the next paragraph
        if at < len(below) and not _verse_line(_first_column(below[at]), first):
            return False
        at += 1
    followers = below[at:at + STANZA_FOLLOWERS]
    return (len(followers) == STANZA_FOLLOWERS
            and all(line.strip() and _verse_line(_first_column(line), first) for line in followers))


def _verse_line(line: str, first: str) -> bool:
    """Short, opening with a capital, about as long as the stanza's first line; no field, byline, stamp or name alone
    (`Clinton urges voters to take out Trump` / `Melanie McFarland` / `Staff Writer`: a headline and its author)."""
    words = line.split()
    return (VERSE_WORDS[0] <= len(words) <= VERSE_WORDS[1] and len(line) <= VERSE_CHARS
            and CAPITAL_START.match(line) is not None and FIELD.match(line) is None
            and len(first) / SIMILAR <= len(line) <= len(first) * SIMILAR
            and BYLINE_START.match(line) is None and day_written(line) is None and bare_name(line) is None)


def _first_column(line: str) -> str:
    return COLUMN_GAP.split(line.strip(), maxsplit=1)[0].strip()


def _flat(line: str) -> str:
    return " ".join(line.split())
