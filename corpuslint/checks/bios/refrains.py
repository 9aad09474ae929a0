"""Copies a text says again by design, not a scraper's stamp: a song's chorus among its stanzas,
a speaker's turn in a transcript.

A blog post quoting a song gives the chorus after each verse (Tracy Chapman's "So remember when
we're driving, driving in your car" three times in a post on "Fast Car"); an interview's guest
answers "- Így van." ("That's right.") to two questions in a row. Each copy is the text's own, at
its place: removing one shortens the song or leaves a question unanswered (qa20: 16 choruses and an
interview's reply, each removed by CL402's unsafe fix). A scraper's copy of a block of short lines
(a menu, a list of headlines) stands apart from the first with the article's prose between them,
not among other verses.

A file of records (the `fortune` format: each record a quotation, a poem or a song, closed by a line
that is only `%`) is a collection of texts on their own: a line in two records that differ is each
record's own (two parodies opening with "You are old, Father William," the young man said; a
book's attribution `-- Messiah's Handbook` under seven of its sayings), and a line said again
inside one record of verse is its refrain (Tolkien's "In the Land of Mordor where the Shadows lie.",
qa22 r05: removed by CL402's unsafe fix). A record given twice (the same words, quotation marks,
case and wrapping aside), or again inside a longer record, is a copy: each line still reported.
"""

from __future__ import annotations

import unicodedata
from bisect import bisect_left

import regex

from corpuslint.checks.bios.units import columns
from corpuslint.records import MARK, MARKS, record_marks

_VERSE_CHARS = 80  # a verse's line: a typewriter's width at most
_VERSE_MIN_AVERAGE = 15  # a song's lines are lines of words, not a menu's labels ("Home", "About")
_OPENING_SHARE = 0.8  # this share of a verse's lines open with a capital (or a letter of a script without case)
_BETWEEN_LINES = 60  # the copies stand in one song: at most this many lines between them
_BETWEEN_CHARS = _BETWEEN_LINES * 2 * _VERSE_CHARS
_STANZA_LINES = 3
# a capital or a letter without case (kana, hanzi) opening a line, after quotation marks or a bracket
# (not prose wrapped at a width, going on in lower case, nor markup or code: `:c:member:…`, `... print(…)`)
_OPENING = regex.compile(r"[ \t\"'“‘«(¿¡]*[\p{Lu}\p{Lo}]")
_LABELLED = regex.compile(r"[ \t]*[\p{L}\d][\p{L}\d_./ -]{0,30}:(?:[ \t]|$)")


# a line that is only an ellipsis: a quotation's elision between the lines it gives (a song quoted in part, its
# verses cut with `...`: Debian's songs-poems fortunes, tester33 B3), no line of the verse
_ELISION = regex.compile(r"[ \t]*(?:\.{3,}|…)[ \t]*")


def _rows(text: str, start: int, end: int) -> list[str]:
    return [row for row in text[start:end].split("\n") if row.strip() and not _ELISION.fullmatch(row)]


def _width(row: str) -> int:
    """A line's width in columns: a wide (CJK) character takes two, a mark set on a letter (an Arabic
    vowel, a combining accent) none (`units.columns`)."""
    row = row.strip()
    return columns(row) + sum(1 for char in row if unicodedata.east_asian_width(char) in "WF")


def _verse(rows: list[str]) -> bool:
    """Lines of verse: short lines of words, nearly all opening with a capital (or in a script
    without case), none a labelled field."""
    if not rows:
        return False
    widths = [_width(row) for row in rows]
    if max(widths) > _VERSE_CHARS:
        return False
    if sum(widths) / len(rows) < _VERSE_MIN_AVERAGE:
        return False
    if any(_LABELLED.match(row) for row in rows):
        return False  # a record's fields (`Files: …`, `License: GPL-2`): data, not a song
    return sum(1 for row in rows if _OPENING.match(row)) >= _OPENING_SHARE * len(rows)


_BLANK_LINE = regex.compile(r"\n[ \t]*\n")
_LOOK_BACK = 4000  # characters: a stanza is shorter


def _block(text: str, start: int, end: int) -> tuple[int, int]:
    """The block of lines (between blank lines) holding start..end."""
    begin = max(0, start - _LOOK_BACK)
    for match in _BLANK_LINE.finditer(text, max(0, start - _LOOK_BACK), start):
        begin = match.end()
    below = _BLANK_LINE.search(text, end)
    return begin, below.start() if below is not None else len(text)


_RECORD_CHARS = 8000  # a record: a quotation, a poem, a song (a long text's `%` lines are no record marks)
# an attribution under a record's text (`\t\t-- J. R. R. Tolkien, "The Lord of the Rings"`)
_ATTRIBUTION = regex.compile(r"[ \t]*(?:--|—|―)[ \t]*\S")


def _record(text: str, start: int, end: int) -> tuple[int, int] | None:
    """The record (between lines that are only `%`, at most `_RECORD_CHARS` long) holding
    start..end, in a file of records (`corpuslint.records.record_marks`), or None."""
    marks = record_marks(text)
    if len(marks) < MARKS:
        return None
    at = bisect_left(marks, start)
    above = marks[at - 1] + len(MARK) if at else 0
    if at < len(marks) and marks[at] < end:
        return None  # the copy holds a mark: not inside one record
    below = marks[at] + 1 if at < len(marks) else len(text)
    return (above, below) if below - above <= _RECORD_CHARS else None


def _said(row: str) -> str:
    """A line's words, case and quotation marks aside."""
    return " ".join(regex.findall(r"\w+", row.casefold()))


def _record_own(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Both copies stand in a file of records, and neither record's words are all in the other (two
    texts sharing a line, not a record given again whole or inside a longer one), or both stand in
    one record of verse (its refrain; a line closing with `:` leads in, it is no field there)."""
    first, second = _record(text, *earlier), _record(text, *later)
    if first is None or second is None:
        return False
    if first == second:
        rows = [row for row in _rows(text, *first)
                if not _ATTRIBUTION.match(row) and not row.rstrip().endswith(":")]
        copied = {_said(row) for row in _rows(text, *earlier)}
        return (len(rows) >= _STANZA_LINES and _verse(rows)
                and any(_said(row) not in copied for row in rows))
    words = [_said(text[begin:end]) for begin, end in (first, second)]
    return words[0] not in words[1] and words[1] not in words[0]


def chorus(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The copies are a chorus: each copy is verse (a stanza, or a line of a stanza of three short
    lines or more), and the lines between them are verse too, among them lines neither copy has
    (another verse of the song), within `_BETWEEN_LINES` lines; or they are records' own
    (`_record_own`): two records of a file of records sharing a line, a refrain in one record."""
    if _record_own(text, earlier, later):
        return True
    if later[0] - earlier[1] > _BETWEEN_CHARS:
        return False  # (not read: a long text's copies far apart are asked about in a row)
    blocks = [_block(text, *earlier), _block(text, *later)]
    for (begin, stop), span in zip(blocks, (earlier, later)):
        rows = _rows(text, begin, stop)
        if len(rows) < _STANZA_LINES and "\n" not in text[span[0]:span[1]].strip():
            return False  # a line alone, not a stanza's
        if not _verse(rows):
            return False
    between = _rows(text, earlier[1], later[0])
    if not between or len(between) > _BETWEEN_LINES or not _verse(between):
        return False
    copied = {" ".join(row.split()) for row in _rows(text, *earlier)}
    return any(" ".join(row.split()) not in copied for row in between)


# a transcript's turn: a speaker's label, a colon, and a dash opening the words said
# ("Dr. Morvai Krisztina, a … igazgatója: - Így van.", "R.: - És szükség esetén …")
_TURN = regex.compile(r"[ \t]*([^\n:]{1,120}?):[ \t]*[-–—][ \t]")
_TURN_LINE = regex.compile(r"(?m)^" + _TURN.pattern)
_TURNS = 4  # a transcript: this many turns or more in the text


def _speaker(text: str, span: tuple[int, int] | None) -> str | None:
    if span is None:
        return None
    match = _TURN.match(text, span[0], span[1])
    return " ".join(match.group(1).split()) if match is not None else None


def transcript_turn(text: str, later: tuple[int, int], above: tuple[int, int] | None,
                    below: tuple[int, int] | None) -> bool:
    """The later copy is a speaker's turn in a transcript (a label, a colon, a dash, the words),
    between turns of another speaker (`above` and `below`, the paragraphs around it), and the text
    has `_TURNS` turns or more: the speaker says it again, answering another question."""
    speaker = _speaker(text, later)
    if speaker is None:
        return False
    others = {_speaker(text, above), _speaker(text, below)}
    if None in others or speaker in others:
        return False
    return sum(1 for _ in _TURN_LINE.finditer(text)) >= _TURNS
