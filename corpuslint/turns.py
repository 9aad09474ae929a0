"""A dialog's turns: a text laid out one turn a line, a blank line between its exchanges (a chatbot's
corpus's `What is AI?` / `Artificial Intelligence is …`, a Q&A or trivia list).

Three rule families ask it (qa23 r01, r02, r04): CL140 leaves such a text alone (its short, unfinished
lines are the text's own, `uniform.uniform_shape`), CL402 reads a line said again under another
question as its block's own (`bios/blocks.py`), and the metadata reader takes no prompt for the title
(`page.py`). The shape sits here, below the families, so that none reaches into another for it. It
is read two ways, each as its caller measured it:

- the whole text (`dialog_turns`; CL140, CL402): `TURN_BLOCKS` blocks or more (lines between blank
  lines) of two to `TURN_LINES` lines, holding `TURN_SHARE` of the text's lines, `TURN_SPOKEN` of those
  blocks with a line that closes a sentence or asks a question, half of their lines turns (closing a
  sentence, or a short answer of `TURN_WORDS` words at most, no bullet before it), the median line
  `TURN_MEDIAN` words at most. A page's menus are blocks too, of bulleted items or of items that
  close no sentence (on qa20b's pages, 0.29 of the blocks at most have a sentence); a story's
  paragraphs are longer lines;
- the text's opening (`opens_with_turns`; the title): its first block and three in four of its
  first `HEAD_BLOCKS` are a prompt and its answer (two lines, or three: an answer may take two),
  `HEAD_EXCHANGES` of them exactly two lines. The title is read from the top of the text only.

A dialog written one labelled turn a line (`labelled_turns`: `A: 심심해` / `B: …`, tester25) is read
here too: CL151 reads its turns as its own, however many conversations say them.

A script's turns are read here too (`speaker_cues`, the section below): a play's or a screenplay's
speakers named over their speeches; CL140 and CL151 read its cues as its text, CL402/CL403 a line
said again in it as its own.

The two readings differ (a numbered licence's `1.1. "Contributor"` / `means …` opens like turns and
is none as a whole: review23b #5, L3); each keeps the figures its caller was measured with.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import NamedTuple, Protocol

from corpuslint.textutil import closes_sentence

__all__ = ["HEAD_BLOCKS", "HEAD_EXCHANGES", "LABELLED_SHARE", "LABELLED_SPEAKERS", "LABEL_WORDS", "SCRIPT_CUES", "SCRIPT_NAMES", "SCRIPT_SHARE", "TURN_BLOCKS", "TURN_LINES",
           "TURN_SHARE", "TURN_SPOKEN", "SpacedLine", "TextLine", "dialog_turns", "labelled_turns", "opens_with_turns", "spaced_lines",
           "speaker_cues", "text_lines"]

TURN_BLOCKS = 5  # blocks of turns: a dialog this long at least
TURN_LINES = 30  # a block of turns has two lines and this many at most (a conversation)
TURN_SHARE = 0.95  # of the lines in such blocks (a dialog's are all in them; a whole page as lynx gives it, 0.92 at most: its headings and
# menu lines stand alone, tests/data/boilerplate/uniform/lynx-zwischenbilanz-page.txt)
TURN_SPOKEN = 0.6  # of those blocks with a line closing a sentence (a menu's have none; 0.29 at most on qa20b's pages)
TURN_WORDS = 4  # a turn closes its sentence, or has this many words at most (a short answer: `Pandora`) ...
_BULLET = re.compile(r"[-*+•·–—►▶▸■●○]\s")  # ... and no bullet opens it (a menu's item, `* Home`)
TURN_LIKE = 0.5  # ... half of the lines in blocks (a licence's, a manual's wrapped lines do neither)
TURN_MEDIAN = 10  # the median line has this many words at most (a page's paragraphs, a news story's, more)

HEAD_BLOCKS = 12  # paragraphs read at the top for a dialog's opening
HEAD_EXCHANGES = 4  # ... this many of them a prompt and its answer of one line each


class Turn(Protocol):
    """A non-blank line as `dialog_turns` reads it (the boilerplate family's `linefeatures.Line` is one)."""

    @property
    def number(self) -> int: ...  # 1-based, blank lines counted
    @property
    def text(self) -> str: ...  # stripped
    @property
    def words(self) -> float: ...


class TextLine(NamedTuple):
    number: int
    text: str
    words: float


class Spaced(Protocol):
    """A non-blank line as `opens_with_turns` reads it (the metadata family's `lines.Line` is one)."""

    @property
    def blank_after(self) -> bool: ...  # a blank line (or the text's end) follows


def text_lines(text: str) -> list[TextLine]:
    """The non-blank lines of `text`, stripped, words counted by the spaces between them."""
    return [TextLine(number, raw.strip(), float(len(raw.split())))
            for number, raw in enumerate(text.split("\n"), 1) if raw.strip()]


def dialog_turns(lines: Sequence[Turn]) -> bool:
    """`TURN_BLOCKS` blocks or more of two to `TURN_LINES` lines holding `TURN_SHARE` of the lines,
    `TURN_SPOKEN` of them with a line closing a sentence, half of their lines turns, the median
    line short (the module's doc)."""
    if len(lines) < 2 * TURN_BLOCKS:
        return False
    blocks: list[list[Turn]] = []
    for line in lines:
        if blocks and line.number == blocks[-1][-1].number + 1:
            blocks[-1].append(line)
        else:
            blocks.append([line])
    turns = [block for block in blocks if 2 <= len(block) <= TURN_LINES]
    if len(turns) < TURN_BLOCKS or sum(map(len, turns)) < TURN_SHARE * len(lines):
        return False
    spoken = sum(1 for block in turns if any(closes_sentence(line.text) for line in block))
    if spoken < TURN_SPOKEN * len(turns):
        return False
    said = [line for block in turns for line in block]
    if sum(1 for line in said if (line.words <= TURN_WORDS or closes_sentence(line.text)) and not _BULLET.match(line.text)) \
            < TURN_LIKE * len(said):
        return False
    return sorted(line.words for line in lines)[len(lines) // 2] <= TURN_MEDIAN


def opens_with_turns(lines: Sequence[Spaced]) -> bool:
    """The text opens as a dialog (the module's doc): its first block and three in four of the first
    `HEAD_BLOCKS` are a prompt and its answer, `HEAD_EXCHANGES` of them of two lines."""
    sizes: list[int] = []
    size = 0
    for line in lines:
        size += 1
        if line.blank_after:
            sizes.append(size)
            size = 0
            if len(sizes) >= HEAD_BLOCKS:
                break
    turns = sum(2 <= size <= 3 for size in sizes)  # (an answer may take two lines)
    return (bool(sizes) and 2 <= sizes[0] <= 3 and sum(size == 2 for size in sizes) >= HEAD_EXCHANGES
            and turns * 4 >= len(sizes) * 3)


# A script's speakers (plays24, qa23b #2): CL140 and CL151 read a play's or a screenplay's cues as its
# text (`checks/boilerplate/cues.py`), CL402/CL403 a line said again in it as the play's own (an echo,
# a letter read aloud again: `checks/bios/copy_findings.py`). A speaker's cue is a short line after a blank
# line (`STEEL`, `QUEEN KATHARINE`, `First Gentleman`, with a screenplay's extension `(V.O.)` or
# `(CONT'D)` and Markdown's emphasis `**HERMIA**` dropped), not closed by a sentence's or a caption's
# mark, right over its speech, a block of lines one of which closes a sentence.


class Cued(Protocol):
    """A non-blank line as `speaker_cues` reads it (the boilerplate family's `linefeatures.Line` is one)."""

    @property
    def number(self) -> int: ...  # 1-based, blank lines counted
    @property
    def text(self) -> str: ...  # stripped
    @property
    def blank_before(self) -> bool: ...
    @property
    def blank_after(self) -> bool: ...


class SpacedLine(NamedTuple):
    number: int
    text: str
    blank_before: bool
    blank_after: bool


def spaced_lines(text: str) -> list[SpacedLine]:
    """The non-blank lines of `text`, stripped, with whether a blank line (or the text's edge) stands
    before and after each."""
    rows = text.split("\n")
    blank = [not row.strip() for row in rows]
    return [SpacedLine(k + 1, row.strip(), k == 0 or blank[k - 1], k == len(rows) - 1 or blank[k + 1])
            for k, row in enumerate(rows) if not blank[k]]


SCRIPT_NAMES = 2  # speakers with two speeches or more ...
SCRIPT_CUES = 6  # ... whose cues make this many lines at least ...
SCRIPT_SHARE = 0.05  # ... and this share of the document's lines
CUE_WORDS = 4  # a cue has this many words at most (`DUKE OF YORK`, `KING RICHARD III`)
CUE_CHARS = 40
_EXTENSION = re.compile(r"\s*\([^()\n]{1,20}\)$")  # a screenplay's `(V.O.)`, `(CONT'D)` after the name
_NO_CUE_END = ".!?:;,…"  # a sentence's, a caption's or a list's mark ends no cue
_CLOSES = ".!?"


def _cue(line: Cued) -> str | None:
    """The speaker a line names as a cue (the module's doc), or None."""
    if not line.blank_before or line.blank_after or len(line.text) > CUE_CHARS + 20:
        return None
    name = _EXTENSION.sub("", line.text.strip("*_ \t"))  # (Markdown's `**HERMIA**`, `_Exit_`)
    if not name or len(name) > CUE_CHARS or len(name.split()) > CUE_WORDS or name[-1] in _NO_CUE_END:
        return None
    return name if name[0].isupper() else None


def _spoken(lines: Sequence[Cued], k: int) -> bool:
    """Whether the block of lines right under line k holds a line that closes a sentence."""
    for j in range(k + 1, len(lines)):
        if lines[j].number != lines[j - 1].number + 1:
            return False
        if lines[j].text.rstrip("\"')]”’»")[-1:] in _CLOSES:
            return True
    return False


def speaker_cues(lines: Sequence[Cued]) -> bool:
    """Whether the document (its non-blank lines) is a script by its speakers' cues (the module's
    doc): `SCRIPT_NAMES` speakers with two speeches or more, their cues `SCRIPT_CUES` lines and
    `SCRIPT_SHARE` of the lines at least."""
    names: dict[str, int] = {}
    for k, line in enumerate(lines):
        name = _cue(line)
        if name is not None and _spoken(lines, k):
            names[name] = names.get(name, 0) + 1
    cues = [n for n in names.values() if n >= 2]
    return len(cues) >= SCRIPT_NAMES and sum(cues) >= max(SCRIPT_CUES, SCRIPT_SHARE * len(lines))


# A dialog written one turn a line, each opened by its speaker's label (tester25 #2: a chatbot
# corpus's `A: 심심해` / `B: …`, `User: …` / `Bot: …`, a transcript's `Jane: …`). CL151 reads such a
# turn as the dialog's own however many conversations say it: short turns repeat by nature (`B:
# obrigada`, the prompt `A: 심심해` opening 21 jokes). The text is a dialog when `LABELLED_SHARE` of its
# lines or more are labelled turns, by `LABELLED_SPEAKERS` speakers at most, two at least, each
# label a name (a letter first, `LABEL_WORDS` words at most, no field's `-` or `_`: an e-mail's
# `Content-Type:` is a header), a speaker speaking twice or more (they answer each other: a config
# file's or a record's fields are each said once) or two turns by two speakers, a prompt and its answer. A line without a label (a footer glued under the conversation) is no turn.

LABELLED_SHARE = 0.5  # of the non-blank lines: labelled turns
LABELLED_SPEAKERS = 6  # a conversation's speakers at most (a record's fields may be many)
LABEL_WORDS = 3  # a speaker's label: `A`, `User`, `Dr Jane Doe`
_LABEL = re.compile(r"([^\W\d_][^\W_]*(?:[ .'’][^\W_]+){0,2})[ \t]*:[ \t]+\S")


def labelled_turns(text: str) -> list[tuple[int, int]]:
    """The spans of the text's labelled turns (each line from its label to its end) when the text
    is a dialog written one labelled turn a line (see above), else none."""
    turns: list[tuple[int, int]] = []
    speakers: list[str] = []
    lines = 0
    at = 0
    for row in text.split("\n"):
        stripped = row.lstrip()
        if stripped.strip():
            lines += 1
            m = _LABEL.match(stripped)
            if m is not None and len(m.group(1).split()) <= LABEL_WORDS:
                start = at + len(row) - len(stripped)
                turns.append((start, at + len(row.rstrip())))
                speakers.append(m.group(1))
        at += len(row) + 1
    distinct = len(set(speakers))
    if len(turns) < 2 or len(turns) < LABELLED_SHARE * lines or not 2 <= distinct <= LABELLED_SPEAKERS:
        return []
    if distinct == len(turns) > 2:
        return []  # each label said once: a record's fields, not speakers answering each other
    return turns
