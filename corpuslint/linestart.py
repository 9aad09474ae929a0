"""A pattern anchored at a line's start (`^` in multi-line mode), searched for by the newline before the line.

`re` finds no literal to skip ahead by in a pattern that opens with `^`: a search tries the
pattern at every character of the text, and the `^` fails at all but the lines' starts. A
presence test of such a pattern over a whole document (CL146's delimiter and mobile line,
CL141's page numbers) was ~10 ms per 10 MB a pattern. The same pattern behind a `\\n` is
searched for by that character, as `re` skips ahead to a literal; the text's first line is
matched apart. Exact: `^` (multi-line) holds at 0 and after each `\\n`, and nowhere else. `regex` does
not skip ahead either (CL504's log-entry headers, three alternatives: ~0.16 s per 10 MB before,
0.014 s after): `RegexAtLineStart` is the same for a `regex` pattern.
"""

from __future__ import annotations

import re
from itertools import islice

import regex

from corpuslint.textutil import LazyPattern


class AtLineStart:
    """`re.compile("^" + body, flags | re.MULTILINE)`, asked whether, or on how many lines, it matches."""

    __slots__ = ("_first", "_after_newline")

    def __init__(self, body: str, flags: int = 0) -> None:
        self._first = re.compile(body, flags | re.MULTILINE)  # at the text's start (`match`)
        self._after_newline = re.compile("\n(?:" + body + ")", flags | re.MULTILINE)

    def found_in(self, text: str) -> bool:
        """Whether the pattern matches at the start of a line of `text` (its `search` finds anything)."""
        return self._first.match(text) is not None or self._after_newline.search(text) is not None

    def lines_in(self, text: str, enough: int) -> int:
        """How many matches its `finditer` gives in `text`, counted up to `enough`, for a `body` that
        never matches a line break (each match then is one line's)."""
        found = 1 if self._first.match(text) is not None else 0
        return found + sum(1 for _ in islice(self._after_newline.finditer(text), max(enough - found, 0)))


class RegexAtLineStart:
    """`regex`'s `(?m)^` + `body` (compiled on first use, as a `LazyPattern`), asked where its first
    matches start, for a `body` that never ends with a line break (the next match is then the next
    line's, which the newline before it finds)."""

    __slots__ = ("_first", "_after_newline")

    def __init__(self, body: str, flags: int = 0) -> None:
        self._first = LazyPattern(body, flags | regex.MULTILINE)
        self._after_newline = LazyPattern("\n(?:" + body + ")", flags | regex.MULTILINE)

    def starts(self, text: str, end: int, enough: int) -> list[int]:
        """The starts of the first `enough` matches that `finditer(text, 0, end)` gives."""
        found = [0] if self._first.match(text, 0, end) is not None else []
        found += (match.start() + 1 for match in islice(self._after_newline.finditer(text, 0, end),
                                                       max(enough - len(found), 0)))
        return found
