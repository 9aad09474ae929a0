"""A repeated paragraph that is a heading and its whole section (a git man page's `GIT` / `---` over
`Part of the linkgit:git[1] suite`, the last section of every page): the heading is structure, which
no fix changes, so a removal would take the section's text and leave its heading over nothing
(tester30 H7). The finding stays; its fix goes: the section whole or nothing."""

from __future__ import annotations

from collections.abc import Callable


def heads_its_section(text: str, start: int, end: int, kept: Callable[[int, int], bool] | None) -> bool:
    """The unit at start..end opens with a heading line (`kept`: a plain text's structure lines) over
    text of its own, and what follows it up to the next heading (or the text's end) is blank: the
    heading's whole section."""
    if kept is None:
        return False
    first_end = text.find("\n", start, end)
    if first_end == -1 or not kept(start, first_end):
        return False
    if not _has_body(text, first_end, end, kept):
        return False  # the heading and its underline only
    after = end
    while after < len(text) and text[after].isspace():
        after += 1
    if after == len(text):
        return True
    stop = text.find("\n", after)
    return kept(after, len(text) if stop == -1 else stop)


def _has_body(text: str, newline: int, end: int, kept: Callable[[int, int], bool]) -> bool:
    """Whether a line after the one `newline` closes, up to `end`, is text, not blank and no heading
    line (`kept`): the heading's section has a body. Each line is read once."""
    while newline != -1:
        stop = text.find("\n", newline + 1, end)
        if text[newline + 1:newline + 2].strip() and not kept(newline + 1, end if stop == -1 else stop):
            return True
        newline = stop
    return False
