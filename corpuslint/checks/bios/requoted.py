"""A passage the text quotes again inside a quotation of its own: a story within the story.

The Jargon File's koan "Moon instructs a student" tells how a student came to Moon and said: “I
understand how to make a better garbage collector. …”, and Moon answers with the same story,
quoted: “One day a student came to Moon and said: ‘I understand how to make a better garbage
collector...` (tester26). The second telling opens a quotation the first does not, and the
quotation inside it is nested a level down (its double marks become single ones): the text quotes
itself on purpose. A scraper's copy, or a pull quote, gives the passage with its own marks.
"""

from __future__ import annotations

import regex

_OPEN_DOUBLE = regex.compile(r"(?:^|(?<=[\s:(\[—–-]))[“\"«„]")
_OPEN_SINGLE = regex.compile(r"(?:^|(?<=[\s:(\[—–-]))[‘'‹‚]")


def requoted(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether the later copy quotes the earlier one inside a quotation of its own (see above): it
    opens with a double quotation mark the earlier does not open with, and where the earlier opens
    quotations with double marks, it opens them with single ones only."""
    first = text[earlier[0]:earlier[1]].strip()
    again = text[later[0]:later[1]].strip()
    if not again or _OPEN_DOUBLE.match(again) is None or _OPEN_DOUBLE.match(first) or _OPEN_SINGLE.match(first):
        return False
    inner = again[1:]
    return (_OPEN_DOUBLE.search(first) is not None and _OPEN_DOUBLE.search(inner) is None
            and _OPEN_SINGLE.search(inner) is not None)
