"""The headline a page prints over its main content where its `<title>` words it otherwise.

A curator records the headline the page prints, not the `<title>`'s wording of it. Two shapes of the
`<title>` differ from the printed line without being another story's:

- a note in brackets closing the `<title>` (or its headline part) that the page does not print:
  `How to Build a Terrarium (with Pictures) | eHow` over `How to Build a Terrarium`,
  `LWN.net Weekly Edition for March 26, 2015 [LWN.net]` over `LWN.net Weekly Edition for March 26, 2015`;
- a `<title>` the page never prints, with a headline standing over the article's stamp that shares
  its words: `How to watch the 21 best films of 2017 - Vox` over `The 21 best movies of 2017` /
  `By Alissa Wilkinson @alissamarie Updated Jul 24, 2018`. A headline over a stamp that shares
  nothing with the `<title>` may be a teaser's: the `<title>` is kept there.
"""

from __future__ import annotations

from corpuslint.checks.metadata.vocabulary import FUNCTION_WORDS, SMALL_WORDS
from corpuslint.textutil import LazyPattern

# a short note in round or square brackets closing a title: `(with Pictures)`, `[LWN.net]`, `(PDF)`
TRAILING_NOTE = LazyPattern(r"\s+(?:\([^()\[\]]{1,30}\)|\[[^()\[\]]{1,30}\])\s*$")
WORD = LazyPattern(r"\w+")


def without_note(part: str) -> str | None:
    """`part` without the bracketed note that closes it, or None when no note closes it."""
    note = TRAILING_NOTE.search(part)
    return part[: note.start()] if note is not None and note.start() > 0 else None


def _content_words(text: str) -> set[str]:
    return {word for word in WORD.findall(text.casefold()) if word not in SMALL_WORDS and word not in FUNCTION_WORDS}


def words_the_title(title: str, printed: str) -> bool:
    """The printed headline is the `<title>`'s story worded otherwise: at least half of its own content
    words (three at least) stand in the `<title>`'s headline."""
    mine = _content_words(printed)
    shared = mine & _content_words(title)
    return len(shared) >= 3 and 2 * len(shared) >= len(mine)
