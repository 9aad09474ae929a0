"""Whether the later of two copies is a quotation a reply makes of what it answers: a comment
thread's reply that quotes the comment (or the article's sentence) it answers, then answers it.

A scraper's copy is a paragraph stamped twice (a bio at the top and the bottom, a lede again in a
teaser); a reader who quotes another's words to answer them gives them again on purpose, and
removing the quotation leaves the answer answering nothing (qa19c r07: Le Monde diplomatique's
thread, "@habsb" / the quoted line / the answer). `rules._why_unsafe` asks this of every exact
copy; the fix is then unsafe, the finding stays.
"""

from __future__ import annotations

from itertools import islice

import regex

from corpuslint import textlines
from corpuslint.checks.bios.units import CLOSING, SENTENCE_ENDS, per_text

# a reply's address: a handle alone on its line ("@habsb", "@Tristan:")
_HANDLE = regex.compile(r"@[\w.-]{2,30}[:,]?")
# an attribution line closing with the verb of saying ("Daniel Lemire says:", "On Mon, 5 Aug 2019,
# Bob wrote:", "Tristan a écrit :", "Bob schrieb:")
_ATTRIBUTION = regex.compile(r"(?i)\b(?:says|said|wrote|writes|replied|a\s+écrit|dit|schrieb|sagt|schreibt|escribió|dice|scrisse|zegt|"
                             r"написал[аи]?)\s*:$")
# a comment's header: a short line with the time of day it was posted ("(26 juin 2018 @21h11)",
# "August 5, 2019 at 4:43 pm", "Bob 21:46"), with a date or a name: a time alone on its line (`1:15`)
# is as well a video's running time over its teaser's `Published:` line (reads21b r02)
_TIME_OF_DAY = regex.compile(r"(?i)(?<![\d:.,])(?:[01]?\d|2[0-3])(?:[:h][0-5]\d(?![\d:])|\s?[ap]\.?m\b)")
_HEADER_WORDS = 12
# the short lines that may stand between a comment's header and the quotation opening it (a
# handle, the quoted author's name, a title, the quoted comment's title): a few words each
_LEAD_LINES = 3
_LEAD_WORDS = 8
_ANSWER_WORDS = 5  # the reply's answer under the quotation: a line of prose


def _filled_lines_above(text: str, start: int, limit: int) -> list[str]:
    """The non-blank lines above `start`, stripped, nearest first, at most `limit`."""
    return list(islice((line.strip() for line in textlines.lines_above(text, start) if line.strip()), limit))


def _line_after(text: str, end: int) -> str:
    """The nearest non-blank line below the unit ending at `end` ("" at the text's end)."""
    for line in text[end:end + 2000].split("\n")[1:]:
        if line.strip():
            return line.strip()
    return ""


def _quoted(line: str) -> bool:
    return line.startswith(">")


def _header(line: str) -> bool:
    if _ATTRIBUTION.search(line) is not None:
        return True
    time = _TIME_OF_DAY.search(line)
    return (len(line.split()) <= _HEADER_WORDS and time is not None
            and bool(line[:time.start()].strip() or line[time.end():].strip(" \t.")))


def _address(line: str) -> bool:
    return _HANDLE.fullmatch(line) is not None or _ATTRIBUTION.search(line) is not None or _quoted(line)


def reply_quotation(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> str:
    """How the later copy reads as a reply's quotation, or "":

    - "quoted": its lines are `>`-quoted (an e-mail's or a forum's quotation);
    - "address": the line right above it is a reply's address (an `@handle` alone, a "… says:" or
      "… wrote:" line, a `>`-quoted line) that the earlier copy does not have above it (a handle
      stamped with a bio twice is a stretch given twice), and the reply goes on under it;
    - "comment": it opens a comment that the earlier copy stands before: at most three short lines
      (a handle, a name, a title) between it and a comment's header (a short line with the time of
      day it was posted, or a "… says:" line), and a line of prose under it, the answer.
    """
    unit = text[later[0]:later[1]]
    if all(_quoted(row.strip()) for row in unit.split("\n") if row.strip()):
        return "quoted"
    answer = _line_after(text, later[1])
    if len(answer.split()) < _ANSWER_WORDS or _header(answer):
        return ""  # nothing under it answers it: the text (or a comment) ends with it
    above = _filled_lines_above(text, later[0], _LEAD_LINES + 1)
    if above and _address(above[0]) and _filled_lines_above(text, earlier[0], 1)[:1] != above[:1]:
        return "address"
    for k, line in enumerate(above):
        if _header(line):
            header_at = text.rfind(line, earlier[1], later[0])
            return "comment" if header_at != -1 else ""
        if k == _LEAD_LINES or len(line.split()) > _LEAD_WORDS or line.rstrip(CLOSING).endswith(SENTENCE_ENDS[:3]):
            return ""
    return ""


# an embedded post's attribution right after its text ("… #seamgate— Paul Peavler (@CardMeHD) September 28,
# 2014"): the author's name and handle
_POST_BYLINE = regex.compile(r"\s*[—–][ \t]*[^\n()—–]{1,80}?\((@\w{1,30})\)")
_OWN_BYLINE = regex.compile(r"[—–][ \t]*[^\n()—–]{1,80}?\((@\w{1,30})\)[^\n()—–]{0,40}$")


def _authors(text: str, unit: str) -> frozenset[str]:
    """The handles of the embedded posts whose text `unit` is: an attribution closing the unit, or
    following one of its copies in the text (a page's embed block gives each tweet with its author)."""
    unit = unit.strip()
    memo = per_text(text, "authors")
    if unit not in memo:
        memo[unit] = _find_authors(text, unit)
    return memo[unit]


def _find_authors(text: str, unit: str) -> frozenset[str]:
    found = {m.group(1).lower() for m in [_OWN_BYLINE.search(unit)] if m is not None}
    at = text.find(unit) if unit else -1
    while at != -1:
        m = _POST_BYLINE.match(text, at + len(unit))
        if m is not None:
            found.add(m.group(1).lower())
        at = text.find(unit, at + 1)
    return frozenset(found)


def two_posts(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The copies are two embedded posts of two authors (each attributed by name and `@handle`): one
    repeating the other's words is a quotation of its own, not a copy of the text (reads21b r03: Paul
    Peavler's "The seam on my iPhone 6 … #seamgate" and Scott Bilsky's with two hashtags more)."""
    first, second = _authors(text, text[earlier[0]:earlier[1]]), _authors(text, text[later[0]:later[1]])
    return bool(first) and bool(second) and not first & second
