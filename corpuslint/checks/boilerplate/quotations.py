"""A quotation or an embedded post that documents share: the news they report, not their template."""

from __future__ import annotations

from collections.abc import Callable

import regex

# A quotation or an embedded post: it opens with a quotation mark, or ends with a tweet's signature
# ("— Jane Doe (@jdoe) May 5, 2017"), or holds a picture link of one
QUOTATION_OPEN = regex.compile(r"^\W{0,3}[\"“‘«„]")
EMBEDDED_POST = regex.compile(r"(?:[—–-]\s*[^\n()]{1,60}\(@\w{1,15}\)\s*\p{L}+\.?\s+\d{1,2},\s+\d{4}\s*$|"
                              r"pic\.twitter\.com/|instagram\.com/p/)")


def quoted(block: str) -> bool:
    """A quotation or an embedded post, which outlets that report the same news all carry."""
    return QUOTATION_OPEN.match(block) is not None or EMBEDDED_POST.search(block) is not None


# an attribution's line: a dash (`--`, `—`, `——`, `~`; a hyphen alone is a list's bullet), then a name; a terminal's colour codes and an indent before it
_ATTRIBUTION = regex.compile(r"(?:\x1b\[[0-9;]*m|[ \t\u3000])*(?:--|[—―~]{1,2})[ \t\u3000]*\w")
QUOTATION_WORDS = 10  # a quotation's words at least (a sign-off, `Thanks for reading!` over `— Jane`, is short)


def attributed(text: str, start: int, end: int, couplet: bool, repeated: Callable[[int], bool]) -> bool:
    """Whether the line at `start:end` is a quotation that the document attributes: a sentence (or a line of
    Chinese verse, `couplet`) right over a line of the document's own opening with a dash (`-- 李商隐《锦瑟》`,
    `-- Goethe`). A fortune file, a book of quotations or an epigraph gives famous lines that other
    documents quote too; the attribution under them is the document's (tester32: a Tang couplet in
    three collections was "boilerplate")."""
    line = text[start:end].rstrip()
    if not (couplet or len(line.split()) >= QUOTATION_WORDS and line[-1:] in ".!?\"”'’"):
        return False
    if not text.startswith("\n", end):
        return False
    below = end + 1
    stop = text.find("\n", below)
    line_below = text[below:len(text) if stop < 0 else stop]
    return _ATTRIBUTION.match(line_below) is not None and not repeated(below + len(line_below) - len(line_below.lstrip()))
