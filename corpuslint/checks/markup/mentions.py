"""A tag that prose MENTIONS, as a word of its sentence, rather than markup a scraper left in it
(tester34 S2, S3, S7: 16 of 43 safe CL201/CL203 fixes on Debian's package descriptions took the
element the sentence speaks of: "akin to an <input type="text"> in HTML" became "akin to an in HTML").

A mention stands apart from its neighbours like any word: white space, an opening bracket or the
line's start before it, white space, a closing bracket, a sentence's mark (or a plural `s`) after, and
it sits INSIDE a sentence: the text before it goes on from a word, a comma or an opening bracket (not
from a sentence's end, another tag or nothing), or it stands in brackets on its line ("(eg. <span>)",
"(<div>, <table>)"). A scraper's residue is glued to the text it formatted (`Reuters</u>`,
`simple.<p>One`), runs with other tags (`<br><br>`), or stands between two sentences: those stay safe.
Removing a mention leaves a hole in its sentence, so its fix is unsafe (a person decides).

POD's formatting codes (`C<header>`, `B<bold>`, `I<…>`, `L<…>`: one capital letter glued before the
bracket, itself a word's start) are no HTML at all: `C<header>` is never the `<header>` element.
"""

from __future__ import annotations

import regex

from corpuslint.checks.markup.codeshape import DETERMINER_BEFORE
from corpuslint.textutil import LazyPattern

# POD's formatting codes: one capital right before the bracket, not the end of a longer word (`NEWS<br>`)
FORMAT_CODE_BEFORE = LazyPattern(r"(?:^|(?<=[\s(\[{\"'“‘]))[BCEFILSXZ]\Z")
# line-break elements: a scraper leaves them between words as often as anywhere
LINE_BREAK = LazyPattern(r"<(?:br|wbr|hr)\b[^<>]*>", regex.I)
OPENERS = "([{\"'“‘"
CLOSERS = ")]}\"'”’,.;:!?"
# what the text before a word inside a sentence ends with: a word, a comma, an opening bracket, a dash
IN_SENTENCE_BEFORE = LazyPattern(r"(?:[^\W_]|[,(\[{\"'“‘—–-])[ \t]*\Z")


def pod_format_code(text: str, start: int) -> bool:
    """Whether the `<` at `start` opens a POD formatting code (`C<header>`, `I<indent>`): a lone
    capital among B C E F I L S X Z glued before it, itself a word of one letter."""
    return start > 0 and FORMAT_CODE_BEFORE.search(text, max(0, start - 2), start) is not None


def tag_as_word(text: str, start: int, end: int) -> bool:
    """Whether the tag `text[start:end]` (with or without attributes) stands as a word inside a
    sentence: apart from its neighbours, and either after a word, comma or opening bracket of the same
    sentence (over a line break: "generate HTML page start.html with / <meta …>.") or inside brackets
    opened on its line. See the module's docstring."""
    if LINE_BREAK.match(text, start, end):
        return False  # `Ann Smith <br /> Bob Jones`: a scraper's break between words, and its fix a newline, no hole
    before = text[start - 1:start]
    after = text[end:end + 1]
    if before and not (before.isspace() or before in OPENERS):
        return False  # glued to a word or another tag: a scraper's
    if after == "s" and not text[end + 1:end + 2].isalnum():
        after = text[end + 1:end + 2]  # "supports <textarea>s and": the element's plural
    if after and not (after.isspace() or after in CLOSERS):
        return False
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    if _in_brackets(text, line_start, start, end, line_end):
        return True
    lead = text[line_start:start]
    if not lead.strip():  # the line starts with the tag: the sentence comes from the line above
        above = text.rfind("\n", 0, max(0, line_start - 1)) + 1
        lead = text[above:max(above, line_start - 1)]
        if not lead.strip():
            return False  # a paragraph's first word: a scraper's `<p>` opens it as often as not
    rest = text[end:line_end].lstrip(" \ts)")
    if not rest:  # the tag ends its line: a noun after its determiner ("long words in a <textarea>"), not `word <br>`
        return DETERMINER_BEFORE.search(lead) is not None
    return IN_SENTENCE_BEFORE.search(lead) is not None and (rest[:1].isalnum() or rest[:1] in ".,;:!?")


def _in_brackets(text: str, line_start: int, start: int, end: int, line_end: int) -> bool:
    """Whether a bracket opened on the line before the tag closes on the line after it, with words
    around: "(eg. <span>)", "EPUB3 (<nav>) TOCs", "(note: not <summary>) of"."""
    opened = text.rfind("(", line_start, start)
    if opened < 0 or text.find(")", line_start, start) > opened:
        return False
    closed = text.find(")", end, line_end)
    return closed >= 0 and any(c.isalpha() for c in text[line_start:opened] + text[closed:line_end])


def pair_as_words(text: str, open_m: regex.Match, close_m: regex.Match) -> bool:
    """Whether an element's two tags are each a word of a sentence with spaces inside them (`like {
    and } or <b> and </b> in Node.js`): two mentions, not formatting, which hugs its words (`<b>Reuters</b>`)."""
    inner = text[open_m.end():close_m.start()]
    if not inner[:1].isspace() or not inner[-1:].isspace():
        return False
    return tag_as_word(text, open_m.start(), open_m.end()) or tag_as_word(text, close_m.start(), close_m.end())
