"""Spans of a text by offset: where a span's content starts and ends, and a copy of a text with
spans blanked (same length, line breaks kept), which is how rules see what they must not read."""

from __future__ import annotations


class LineRanges:
    """Line ranges (inclusive), asked whether they hold a line."""

    def __init__(self, ranges: list[tuple[int, int]]) -> None:
        self.ranges = ranges

    def __contains__(self, n: int) -> bool:
        return any(a <= n <= b for a, b in self.ranges)


def blank_symbols(chars: list[str], start: int, end: int) -> None:
    """Inline code keeps its words (`scalaVersion` tells two sentences apart) but loses the
    marks that markup and URL rules read (`<b>`, `});`, `&amp;`, `://`)."""
    for i in range(start, end):
        if chars[i] != "\n" and not (chars[i].isalnum() or chars[i] == "_"):
            chars[i] = " "


def blank(chars: list[str], start: int, end: int) -> None:
    for i in range(start, end):
        if chars[i] != "\n":
            chars[i] = " "


def content_start(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def content_end(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end
