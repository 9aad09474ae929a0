"""A copy that is one line of a block of lines (a text laid out one turn, one answer a line, a blank
line between conversations): the block is the unit a fix takes, whole or not at all (qa23 r02, r08).

A line given again under other lines than its first copy's (another question above the same answer)
is the block's own, not a copy: a Q&A list where two questions share an answer, a three-line answer
given under five questions: in dialog turns (`corpuslint.turns.dialog_turns`), or where the two blocks end in
the same answer of `ANSWER_LINES` lines or more. Elsewhere (a page, a story) such a line is the copy
it was: a sign-up line under two teasers, a navbox, a lede under a caption (review23b L0).
A block given again whole is one copy, the block's: its fix removes the block, not the lines of it
long enough to be compared one by one (which left the question without its answer, or the middle
line of an answer alone).
"""

from __future__ import annotations

import dataclasses
import functools
from typing import TYPE_CHECKING

import regex

from corpuslint.subtitles import CUE_TIME
from corpuslint.textutil import paragraph_at
from corpuslint.turns import dialog_turns, text_lines

if TYPE_CHECKING:
    from corpuslint.checks.bios.copies import Copy

_WORD = regex.compile(r"\w+")
ANSWER_LINES = 2  # an answer this many lines long, given whole to the block's end under another question, is its own


def _lines(text: str, span: tuple[int, int]) -> list[tuple[int, int, str]]:
    """The block's lines that are not blank: (start, end, the line's words, case and marks aside: the
    Snark's `Just the place …` opens with a backquote once and a quote once)."""
    out, at = [], span[0]
    for line in text[span[0]:span[1]].split("\n"):
        words = " ".join(_WORD.findall(line.lower())) if line.strip() else ""
        if line.strip():
            out.append((at + len(line) - len(line.lstrip()), at + len(line.rstrip()), words))
        at += len(line) + 1
    return out


@functools.lru_cache(maxsize=1)
def _turns(text: str) -> bool:
    """The text is dialog turns (`corpuslint.turns.dialog_turns`: short blocks of turns, a blank line
    between conversations), where a line under other lines than its first copy's is its block's own. A
    page or a story is no dialog: there a line given again under another line (a sign-up line under two
    teasers, a navbox, a lede under a caption) is the copy it was (review23b L0)."""
    return dialog_turns(text_lines(text))


def _answer(later: list[tuple[int, int, str]], earlier: list[tuple[int, int, str]], row: int) -> bool:
    """Two blocks as long, the same last `ANSWER_LINES` lines or more holding `row`: an answer of
    several lines given whole under another question (a Q&A list in a script whose turns are long,
    qa23's Persian chatterbot files), the block's own in any text."""
    if len(later) != len(earlier):
        return False
    same = next((k for k in range(len(later)) if later[-1 - k][2] != earlier[-1 - k][2]), len(later))
    return same >= ANSWER_LINES and row >= len(later) - same


def _row(lines: list[tuple[int, int, str]], start: int) -> int | None:
    """Which line of the block the copy at `start` is."""
    return next((k for k, (s, e, _) in enumerate(lines) if s <= start < e), None)


def by_block(text: str, copy: Copy) -> Copy | None:
    """The copy read by its block: None where its line stands at its first copy's place in its block
    (the same row: an answer under its question) under other lines in a dialog's turns (`_turns`: the
    block's own line), the
    block's copy where the block is given again whole, else the copy
    as it is (a paragraph of its own, a run, a line heading both blocks, a line given again in its own
    block, a line at another row: a scraped page's paragraph given again under a notice, qa18b's)."""
    later_block, earlier_block = paragraph_at(text, copy.later[0]), paragraph_at(text, copy.earlier[0])
    if copy.later_run or copy.earlier_run or copy.kind == "run":
        return _near_blocks(text, copy, later_block, earlier_block)
    later_lines, earlier_lines = _lines(text, later_block), _lines(text, earlier_block)
    if not all(w for *_, w in later_lines + earlier_lines):
        return copy  # a line of marks in the block (fortune's `%` between records): read as before
    if later_block == earlier_block or len(later_lines) < 2 or (
            copy.later[0] <= later_lines[0][0] and copy.later[1] >= later_lines[-1][1]):
        return copy
    row, earlier_row = _row(later_lines, copy.later[0]), _row(earlier_lines, copy.earlier[0])
    if row is None or earlier_row is None or row != earlier_row:
        return copy  # another place in its block than the other's (a scraped page's paragraph): read as before
    whole = [w for *_, w in later_lines] == [w for *_, w in earlier_lines]
    if not row and not whole:
        return copy  # heads both blocks, their other lines differ (a caption over a button's label)
    own = _turns(text) or _answer(later_lines, earlier_lines, row)
    if [w for *_, w in later_lines[:row]] != [w for *_, w in earlier_lines[:earlier_row]]:
        return None if own else copy  # another question above the same answer: the block's own
    if not whole:
        return None if own else copy  # a block opening as the other and going on otherwise: no line of it to take alone
    return dataclasses.replace(copy, later=(later_lines[0][0], later_lines[-1][1]),
                               earlier=(earlier_lines[0][0], earlier_lines[-1][1]))


def _near_blocks(text: str, copy: Copy, later_block: tuple[int, int], earlier_block: tuple[int, int]) -> Copy | None:
    """A near copy spread over several lines (a run), read by its blocks: None where each copy is a
    whole block of lines and the two differ in a line, under other lines the same answer (dialog
    turns, or the same several-line answer: `_answer`): a question asked in other words over the
    same answer (qa23's Persian `کلیله و دمنه رو خوندی` / `تا حالا کلیله و دمنه رو خوندی`), the
    block's own as an exact copy of its answer is (read23); else the copy as it is."""
    later_lines, earlier_lines = _lines(text, later_block), _lines(text, earlier_block)
    if later_block == earlier_block or min(len(later_lines), len(earlier_lines)) < 2 \
            or not all(w for *_, w in later_lines + earlier_lines):
        return copy
    whole = all(span[0] <= lines[0][0] and span[1] >= lines[-1][1]
                for span, lines in ((copy.later, later_lines), (copy.earlier, earlier_lines)))
    if not whole or [w for *_, w in later_lines] == [w for *_, w in earlier_lines]:
        return copy
    own = _turns(text) or _answer(later_lines, earlier_lines, len(later_lines) - 1)
    return None if own else copy


# a subtitle cue's time (SRT `00:00:56,501 --> 00:00:58,500`, WebVTT `00:56.501 --> 00:58.500`)
_CUE_TIME = regex.compile(rf"[ \t]*{CUE_TIME}[ \t]*-->[ \t]*{CUE_TIME}")


def _cue_time(text: str, span: tuple[int, int]) -> str | None:
    """The time of the subtitle cue holding `span`: a line of its block above it, or None."""
    block = paragraph_at(text, span[0])
    for line in text[block[0]:span[0]].split("\n"):
        m = _CUE_TIME.match(line)
        if m is not None:
            return m.group().strip()
    return None


def in_another_cue(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The later copy is a line of a subtitle cue (under its number and time) and the first copy a
    line of a cue of another time: a line kept on screen, or shown again, in the next cue (pysrt's
    capability tester: cue 32 repeats cue 31's three lines and adds one, qa22). Each cue is a record
    of its own time; removing one of its lines changes what it shows."""
    time = _cue_time(text, later)
    return time is not None and _cue_time(text, earlier) not in (None, time)


_OVER_WORDS = 5  # the line over the copy: a name, a number, a heading (not a line of prose glued above)
UNDER_ANOTHER_LINE = ("this copy is a line under another line of its block than its first copy stands under "
                      "(a speaker's name, a verse's number, a heading): a line said again at its own place, "
                      "the text's as well as a copy")


def under_another_line(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The later copy is a line of a block under a short line (`_OVER_WORDS` words at most) other than
    the one over the first copy (or over a first copy that opens its block or stands alone): a play's
    taunt said again under the next speaker's name (King John's "And hang a calf's-skin on those
    recreant limbs." under BASTARD twice, the first closing Constance's speech, qa23b r01), a verse
    under its number. A block given again whole, or a
    stretch of lines under the same line, is not: its copy opens its block or follows the same line; nor
    is a copy right under its first with a short line between (`+12`, `© AP PHOTO/ JOHN MINCHILLO`, `THE
    TWO-WAY`: a page's caption given twice around its furniture)."""
    lines = _lines(text, paragraph_at(text, later[0]))
    row = _row(lines, later[0])
    if not row or not all(w for *_, w in lines):
        return False  # a paragraph of its own or its block's first line; a line of marks in the block
    earlier_lines = _lines(text, paragraph_at(text, earlier[0]))
    earlier_row = _row(earlier_lines, earlier[0])
    if earlier_row is None:
        return False
    above = earlier_lines[earlier_row - 1][2] if earlier_row else None
    over_start, _, over = lines[row - 1]
    if text[earlier[1]:over_start].strip(" \t\r") == "\n":
        return False  # one line between the copies in one block (a picture's `+12`, a credit): a caption twice
    return len(over.split()) <= _OVER_WORDS and over != above
