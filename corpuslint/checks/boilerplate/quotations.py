"""A quotation or an embedded post that documents share: the news they report, not their template."""

from __future__ import annotations

from collections.abc import Callable

import regex

from corpuslint.checks.verse import measure

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


def quotation_own(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the repeated line at `start:end` is the document's own quotation: a famous line over the
    document's attribution (`attributed`; Chinese verse by its measure), or a verse joke's punch line
    (`closes_recital`)."""
    return (attributed(text, start, end, measure(text[start:end]) > 0, repeated)
            or closes_recital(text, start, end, repeated))


_REST = regex.compile(r"\s*\Z")
CLOSING_WORDS = 12  # a closing line's words at most: a short sentence (`Thank you.  You may resume your seat.`)
RECITAL_LINES = 3  # the stanza over it: this many lines at least ...
RECITAL_WORDS = range(2, 17)  # ... of a verse line's words ...
RECITAL_WIDTH = 72  # ... and characters at most (wrapped prose fills its width; a stanza's lines fall short)
SHORT_PIECE = 60  # the whole document: lines at most (a fortune, a poem, a joke; not a page)
PROSE_WIDTH = 100  # characters: a line this long is a page's paragraph


def closes_recital(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the line at `start:end` closes a piece of verse of the document's own: its attribution (`--
    The Way of Lao-Tzu, tr. Wing-tsit Chan` under a stanza, a blank line between or none), or its punch line:
    the document's last line, a short sentence alone under a blank line, under a stanza (three lines or more,
    a few words each, short, most opening in a capital, none repeated), in a document of short lines only.
    Debian's fortunes give four anthems, each under `Please stand for the National Anthem:` and over `Thank you.
    You may resume your seat.`: the joke's end in four documents, no stamp (tester33 B4). A site's stamped
    closing (`Thanks for reading!`) ends a page, whose paragraphs are long lines or wrapped prose."""
    line = text[start:end].strip()
    if _ATTRIBUTION.match(text, start) is not None and len(line) <= RECITAL_WIDTH:
        above = text[:start].rstrip(" \t")
        return _stanza(above[:-2] if above.endswith("\n\n") and not above.endswith("\n\n\n") else above[:-1],
                       repeated)
    if not line or line[-1] not in ".!?…" or len(line.split()) > CLOSING_WORDS or _REST.match(text, end) is None:
        return False
    above = text[:start].rstrip(" \t")
    if not above.endswith("\n\n") or above.endswith("\n\n\n"):
        return False  # one blank line between the stanza and its closing
    lines = above[:-2].split("\n")
    if len(lines) > SHORT_PIECE or any(len(x) > PROSE_WIDTH for x in lines):
        return False
    return _stanza(above[:-2], repeated)


def _stanza(above: str, repeated: Callable[[int], bool]) -> bool:
    """Whether the lines that end `above` (up to a blank line) are a stanza of the document's own: three or more,
    a few words each, short, most opening as verse lines do, none bulleted or repeated."""
    stanza: list[tuple[int, str]] = []  # the stanza's lines, with their starts
    at = len(above)
    for x in reversed(above.split("\n")):
        at -= len(x)
        if not x.strip():
            break
        stanza.append((at + len(x) - len(x.lstrip()), x.strip()))
        at -= 1
    stanza.reverse()
    # a verse line opens in a capital, or goes on with the clause the line above left open (`... non-being,` /
    # `so we may see their subtlety,`); wrapped prose goes on in small letters after any word
    capitals = sum(1 for n, (_, x) in enumerate(stanza) if x[:1].isupper() or n and stanza[n - 1][1][-1:] in ",;:")
    return (len(stanza) >= RECITAL_LINES and 4 * capitals >= 3 * len(stanza)
            and all(len(x.split()) in RECITAL_WORDS and len(x) <= RECITAL_WIDTH and x[:1] not in "-*•·|>"
                    and not repeated(begin) for begin, x in stanza))
