"""Where a page prints its byline when its headline stands far above the story (issue 16).

The page reader looks for the byline and the date in a window around the repeated headline. Some sites print the
headline in the page's header, then their menus, and the byline over the story itself, far below:

    County Extends Library Hours Through Winter       <- the headline, in the page's header
    * Section Alpha                                   <- ~80 lines of menus
    …
    Dana Reyes | May 15, 2013 11:55 AM                <- the byline and the stamp, right over the story
    The county board voted on Tuesday to extend …     <- the story's first paragraph

`story_head` gives the few lines over the story's first paragraph, for the window's readers, when that paragraph
stands below the window and nothing between says other stories follow (a teasers' heading: their bylines are
theirs), and the story goes on (a teaser's one blurb does not).
"""

from __future__ import annotations

from corpuslint.checks.metadata.lines import Line, is_prose
from corpuslint.checks.metadata.vocabulary import TEASERS_HEADING
from corpuslint.textutil import LazyPattern

HEAD_LINES = 4  # lines over the story's first paragraph where its byline and stamp stand
LOOK = 400  # lines under the headline where the story's first paragraph is looked for
LIST_ITEM = LazyPattern(r"^[*+•▪◦‣·-]\s")
GOES_ON = 3  # lines under the first paragraph, one more of prose among them (a story, not a teaser's blurb)


def story_head(lines: list[Line], headline: int, past: int) -> list[tuple[int, Line]]:
    """The headline and the lines over the story's first paragraph (the paragraph too), indexed as the page reader's
    window is, when that paragraph stands after line `past` (the window's end); else []."""
    for index in range(headline + 1, min(len(lines), headline + LOOK)):
        text = lines[index].text
        if TEASERS_HEADING.match(text):
            return []  # other stories follow the headline: the first paragraph below may be one's
        if not is_prose(text):
            continue
        if index <= past or not any(is_prose(line.text) for line in lines[index + 1: index + 1 + GOES_ON]):
            return []
        start = max(headline + 1, index - HEAD_LINES)
        for at in range(index - 1, start - 1, -1):
            if LIST_ITEM.match(lines[at].text):
                start = at + 1  # a menu's last entries over the byline (`* Section Tau`): no name of the story's
                break
        return [(headline, lines[headline]), *((at, lines[at]) for at in range(start, index + 1))]
    return []
