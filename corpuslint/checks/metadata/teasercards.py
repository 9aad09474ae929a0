"""A teaser's author is no story's byline: the name on another story's card, or after the story began.

A related-stories rail, a "more from" box or a live page's stream prints each story as a record: its
title, its author's name, its date (`Can't See? Pass The Ice Cream!` / `Hollie Banks` / `October 17, 2014`),
one record after another. The story's own byline stands once, next to its headline and over its first
paragraph. These tests tell the two apart by shape, so that the page readers (pageauthors.py) leave
a card's name rather than take it for the page's author.
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import bare_name, clean_byline, is_stamp
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.lines import Line, is_prose, is_title

RECORD_SPAN = 10  # lines of one card (image, title, name, date, count, a three-line excerpt): the next card's name within it
STAMP_CHARS = 60
STORY_BEGUN = 3  # paragraphs of prose under the headline: the story's text has begun, its byline is above
CARD_BELOW = 12  # lines under a byline where its story's text begins (a stamp, a picture, a share bar between)
CARD_AFTER = 3  # lines of the page under a card's byline (the next card, the rail's buttons) at least
WRAP_WIDTH = 60  # a converter's wrapped line of prose (lynx's ~78 columns) is at least as wide


def _stamp(text: str) -> bool:
    return len(text) <= STAMP_CHARS and (is_stamp(text) or day_written(text) is not None)


def _name_over_stamp(lines: list[Line], index: int) -> bool:
    if not 0 < index < len(lines) - 1 or len(lines[index].text) > 40:
        return False
    return bare_name(clean_byline(lines[index].text)) is not None and _stamp(lines[index + 1].text)


def in_signed_records(lines: list[Line], index: int) -> bool:
    """The name at `index`, over its date, is one of a run of cards each a name over a date (`Hollie Banks` /
    `October 17, 2014` / `* <image>` / `Very,Very Old New Species Discovered!` / `Mary McKee` / `March 27, 2016`):
    another name over a date within a card's length above or below it. The story's own byline stands once."""
    if not _name_over_stamp(lines, index):
        return False
    return any(_name_over_stamp(lines, other)
               for other in range(max(1, index - RECORD_SPAN), min(len(lines), index + RECORD_SPAN + 1))
               if abs(other - index) >= 2)


def after_the_story_began(lines: list[Line], at: int) -> bool:
    """`lines` run down from under the headline; the name at `at` comes after `STORY_BEGUN` paragraphs of prose
    (each a prose line after a blank line; a converter's wrapped lines are one paragraph): the story's text has
    begun, and a name over a date there is the next post's on a live page or a teaser's (newrepublic's stream:
    the story, then `November 29, 2016` / `Jeet Heer` / `an hour ago` over the next one). A standfirst and a
    caption are two paragraphs at most."""
    paragraphs, opened = 0, True
    for line in lines[:at]:
        if opened and is_prose(line.text):
            paragraphs += 1
        opened = line.blank_after
    return paragraphs >= STORY_BEGUN


def _story_text(text: str) -> bool:
    """A line of a story's text: prose, or a wrapped line of it as wide as a wrap, most of its words in lower case
    (not a title's, `How Normal Are Your Cake Opinions?`, nor a follow box's `Like Us On Facebook Follow Us On …`)."""
    words = text.split()
    return ((is_prose(text) or len(text) >= WRAP_WIDTH)
            and 2 * sum(1 for word in words if word[:1].islower()) > len(words))


def lone_card(lines: list[Line], index: int) -> bool:
    """The byline at `index` signs a card, another story's title over it and no text of that story under it
    (buzzfeed's `Meet The Scottish Muslim Student Shaking Up Islamic Societies In Britain` / `by Aisha Gani` /
    `Connect With UKCelebrity` / `Like Us On Facebook …`, far under the story): the story a byline signs begins
    within `CARD_BELOW` lines under it."""
    above = lines[index - 1].text.strip() if index > 0 else ""
    below = lines[index + 1: index + 1 + CARD_BELOW]
    if not is_title(above) or is_prose(above) or len(below) < CARD_AFTER:
        return False  # (a text that ends under its byline, a story's head cut out, tells nothing)
    return not any(_story_text(line.text) for line in below)
