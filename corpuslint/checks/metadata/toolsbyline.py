"""A byline set among the article's tools: a name with no `By` and no stamp, beside the share row (issue 16).

A page sets its byline in one row with the article's tools (text size, share, print, follow), under the headline
or under the story's last paragraph; the text keeps the name alone on its line, or with the outlet it writes for:

    County Extends Library Hours Through Winter     <- the headline
    TEXT SIZE - +                                   <- the article's tools
    Dana Reyes                                      <- the writer's name alone (printed twice: an avatar's alt text)
    * Facebook Share on Facebook                    <- the tools again (a share list)
    The county board voted on Tuesday …             <- the story
    …
    … the board will review the change in April.    <- the story's last paragraph
    EXAMPLE Sports Dana Reyes                       <- the outlet (its name and a newsroom's noun) and the writer
    Share This Story                                <- the tools under the story

A name alone near a headline is as often the story's subject (a kicker), a caption's or a list's entry: the tools
beside it are what make it a byline, and a name the headline speaks of is never taken. At the story's end the line
must follow its last paragraph and stand over the tools; a related story's author (a teaser's title, then the name)
and a commenter (under the comments' heading, cut off before the page reader reads) stand otherwise.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuslint.checks.metadata.bylineline import BUTTON_WORDS
from corpuslint.checks.metadata.creditline import name_with_outlet
from corpuslint.checks.metadata.lines import Line, is_prose, tools_line
from corpuslint.checks.metadata.pageauthors import headline_subject

HEAD_LOOK = 5  # lines under the headline where the byline's row stands


def _tools_name(text: str, masthead: frozenset[str]) -> str | None:
    """The name on a line near the tools, when no word of it is a button's."""
    if tools_line(text) or any(word.strip(".,:").casefold() in BUTTON_WORDS for word in text.split()):
        return None
    return name_with_outlet(text, masthead)


def _beside_tools(lines: Sequence[Line], index: int, low: int) -> bool:
    """Line `index` has the tools' row over or under it (under its repeat: a name printed twice)."""
    below = index + 1
    if below < len(lines) and lines[below].text == lines[index].text:
        below += 1
    return ((index - 1 > low and tools_line(lines[index - 1].text))
            or (below < len(lines) and tools_line(lines[below].text)))


def name_beside_tools(lines: Sequence[Line], headline: int | None, masthead: frozenset[str] = frozenset()) -> list[str]:
    """The name alone (or with its outlet) beside the article's tools a few lines under the headline, before the
    story's first paragraph; not a name the headline speaks of (the story's subject)."""
    if headline is None:
        return []
    for index in range(headline + 1, min(len(lines), headline + 1 + HEAD_LOOK)):
        text = lines[index].text
        if is_prose(text):
            return []
        name = _tools_name(text, masthead)
        if name is None:
            continue
        if not _beside_tools(lines, index, headline) or headline_subject(name, lines[headline].text):
            return []
        return [name]
    return []


STORY_LINES = 400  # how far under the headline the story's end is looked for


def name_closing_story(lines: Sequence[Line], headline: int | None, masthead: frozenset[str] = frozenset()) -> list[str]:
    """The name (with its outlet) on the line after the story's last paragraph, over the tools' row: the page's one
    such line (teasers each signed over a share button are a list)."""
    if headline is None:
        return []
    found = []
    for index in range(headline + 2, min(len(lines) - 1, headline + STORY_LINES)):
        if not tools_line(lines[index + 1].text) or not is_prose(lines[index - 1].text) or is_prose(lines[index].text):
            continue
        name = _tools_name(lines[index].text, masthead)
        if name is not None and not headline_subject(name, lines[headline].text):
            found.append(name)
    return found if len(found) == 1 else []
