"""Verse by its shape: short lines of words, like in length, run together with no blank line between.

Two rules ask whether lines are verse, each with its own question:

- CL151 (`verse_lines`): is a line that many documents carry the poem's own? Verse is made of repetition: an
  epic's formulas (the Kalevala's `sanan virkkoi, noin nimesi:`, `Vaka vanha Väinämöinen`), a refrain, an
  epithet, a catalogue that the poet says twice (Milton's `Thrones, Dominations, Princedoms, Vertues, Powers`).
  Across a corpus of poems such a line "occurs in many documents", as a stamp does; its place tells them apart.
  A stamp stands at a document's head or tail or in a run of furniture; a verse line stands among the poem's
  own lines: a run (no blank line between) of lines of like length, short, unbulleted, most of them the
  document's own, whose clauses run over the line ends (a line ending with a comma, a semicolon or a colon, or
  the next starting in a small letter). A menu's entries or a list of headlines end no clause and go on with
  none. A line the document holds so in its verse is its own wherever else it stands in a run of lines (at a
  cut's head or tail, in a passage given twice).

  Chinese regulated verse holds its lines otherwise: each line is a couplet of clauses of one measure
  (`夕阳无限好，只是近黄昏。`, five and five characters), closed by its own stop, and the poem's lines share the
  measure. Such a line among lines of its measure is the poem's own (tester32: 9 lines of Tang poems that
  three collections quote were "boilerplate").

- CL504 (`opens_stanza`): is a text's first line a poem's or a song's, not its title? A title stands apart: a
  blank line (or a byline, a stamp) under it, then the text. A verse's first line runs straight into the next
  lines of its stanza, lines of the same shape (short, each opening with a capital, about as long as the
  first), with no blank line between (tester33 B3, Debian `fortunes`):

      I am changing my name to Chrysler          <- not a title
      I am going down to Washington, D.C.
      I will tell some power broker

  A refrain sung twice opens a song the way a page prints its headline twice; its copy under it is passed
  over, and the stanza may then follow a blank line (`Louie Louie, me gotta go` twice, then the first verse).
  The test reads shape only: a headline over a byline, a date or hard-wrapped prose (long lines, lower-case
  starts), or a Title Case headline, is let be.

The two share what a verse line is at least (two words or more: `Advertisement`, `Share` alone on a line are
labels) and what "like in length" means (`like_length`). They differ where their questions do, and one reader
would move the findings of both: CL151 tells verse from furniture (a menu's entries, headlines), which end no
clause, so a line going on in a small letter is verse's mark (`Kului aikoa vähäisen,` / `pirahteli
pikkaraisen:`), read over the nine lines about a repeated line of a long run; CL504 tells a stanza from a headline
over hard-wrapped prose, which goes on in small letters, so its lines must open with a capital, be short (60
characters) and be no head's field, byline, date or name (`head_credit`, the metadata family's reading, is handed
in: this module sits below the families), read over a first line and the two under it.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

import regex

from corpuslint.checks.corpus_units import CorpusUnit
from corpuslint.textutil import LazyPattern

MIN_WORDS = 2  # `Advertisement`, `Share` alone on a line are labels, never a verse line

# CL151: a repeated line among the lines of verse about it
REACH = 4  # lines on each side of the repeated line that show the verse about it
MIN_OWN = 4  # of them, the document's own lines at least
MAX_WORDS = 16  # a verse line's words at most (a long line is prose, or a Whitman verse: prose-like)
MIN_WIDTH = 10  # characters: the shortest verse line read as such
SPREAD = 2.2  # a verse line's width at most this many times another's of its window
_CLAUSE_ENDS = frozenset(",;:")
_ANSI = regex.compile(r"\x1b\[[0-9;]*m")  # a terminal's colour codes (fortune files carry them)
_CJK_MARKS = regex.compile(r"[，、；：？！。,;:?!]")
MEASURES = range(3, 12)  # a couplet's clause: three to eleven characters
_BULLETS = ("- ", "* ", "• ", "· ", "| ", "> ")


def like_length(width: int, other: int, factor: float) -> bool:
    """Whether two lines are like in length: the longer at most `factor` times the shorter."""
    return max(width, other) <= factor * min(width, other)


def _runs(text: str, units: Sequence[CorpusUnit]) -> list[list[int]]:
    """The text's single lines grouped in runs with no blank line between, as unit indexes."""
    runs: list[list[int]] = []
    prev: CorpusUnit | None = None
    for i, u in enumerate(units):
        if not u.line and text.find("\n", u.start, u.end) != -1:
            continue  # a multi-line paragraph as a whole: its lines follow
        if prev is not None and runs and text.count("\n", prev.end, u.start) == 1:
            runs[-1].append(i)
        else:
            runs.append([i])
        prev = u
    return runs


def _line_shaped(text: str, u: CorpusUnit) -> bool:
    """A line that could be a verse line: a few words, not a number, no bullet, not all capitals."""
    line = text[u.start:u.end]
    return (MIN_WORDS <= u.words <= MAX_WORDS and not u.number and not u.symbols and len(line) >= MIN_WIDTH
            and not line.startswith(_BULLETS) and not line.isupper())


def _runs_over(text: str, u: CorpusUnit, below: CorpusUnit | None, colon: bool = True) -> bool:
    """Whether a line's clause runs over its end: it ends with a comma, a semicolon or (`colon`) a
    colon, or the next line opens in a small letter."""
    line = text[u.start:u.end].rstrip()
    if line[-1:] in _CLAUSE_ENDS and (colon or line[-1:] != ":"):
        return True
    return below is not None and text[below.start:below.start + 1].islower()


def _clause_and_case(text: str, u: CorpusUnit, below: CorpusUnit) -> bool:
    """Whether a line's clause runs over by both marks: it ends with a comma or a semicolon and the
    next line goes on in a small letter (`Kului aikoa vähäisen,` / `pirahteli pikkaraisen:`)."""
    return text[u.start:u.end].rstrip()[-1:] in ",;" and text[below.start:below.start + 1].islower()


def measure(line: str) -> int:
    """The measure of a line of Chinese verse: the characters of each of its clauses, two or more of one
    length, Han characters only, each closed by a mark (`夕阳无限好，只是近黄昏。`: 5); 0 for another line."""
    line = _ANSI.sub("", line).strip()
    if not line or not _CJK_MARKS.fullmatch(line[-1]):
        return 0
    clauses = _CJK_MARKS.split(line[:-1])
    sizes = {len(c) for c in clauses}
    if len(clauses) < 2 or len(sizes) != 1 or not all(regex.fullmatch(r"\p{Han}+", c) for c in clauses):
        return 0
    size = sizes.pop()
    return size if size in MEASURES else 0


def _couplet_held(text: str, units: Sequence[CorpusUnit], run: list[int], n: int,
                  repeated: Callable[[int], bool] | None = None) -> bool:
    """Whether the line `run[n]` is a couplet of a measure that a line beside it in the run shares (given
    `repeated`, a line of the document's own: two stamped couplets side by side are a template's)."""
    size = measure(text[units[run[n]].start:units[run[n]].end])
    return size > 0 and any(measure(text[units[run[k]].start:units[run[k]].end]) == size
                            and (repeated is None or not repeated(run[k]))
                            for k in (n - 1, n + 1) if 0 <= k < len(run))


def _held(text: str, units: Sequence[CorpusUnit], run: list[int], n: int) -> bool:
    """Whether the line `run[n]` is held in its run by its clauses: inside it, or at its head with
    its clause running on below, at its foot with the clause above running on into it. At the
    document's head or tail (`edge`) a colon does not hold it (`Share this:`, `Tags:` over the
    text); inside the run there, the clauses run on into the line and out of it, or out of it by
    both marks (`_clause_and_case`)."""
    u = units[run[n]]
    if _couplet_held(text, units, run, n):
        return True  # a line of Chinese verse among lines of its measure
    colon = not u.edge
    if n == 0 and not _runs_over(text, u, units[run[1]], colon):
        return False  # at the run's head, a caption over it unless its clause runs on
    if n == len(run) - 1 and not _runs_over(text, units[run[n - 1]], u, colon):
        return False  # at the run's foot, a line under it unless the clause above runs on into it
    if u.edge and 0 < n < len(run) - 1:
        below = units[run[n + 1]]
        return _runs_over(text, u, below, False) and (
            _runs_over(text, units[run[n - 1]], u, False) or _clause_and_case(text, u, below))
    return True


def verse_lines(text: str, units: Sequence[CorpusUnit], repeated: Callable[[int], bool]) -> set[int]:
    """The indexes of the repeated single lines (`repeated(i)`) that stand inside verse of the
    document's own (see the module's docstring)."""
    found: set[int] = set()
    in_runs: list[int] = []  # the lines of runs long enough to be verse
    for run in _runs(text, units):
        if len(run) <= MIN_OWN:
            found.update(run[n] for n in range(len(run)) if repeated(run[n]) and _couplet_held(text, units, run, n, repeated))
            continue  # (a quatrain's two lines: `向晚意不适，驱车登古原。` / `夕阳无限好，只是近黄昏。`)
        in_runs.extend(run)
        flags = [repeated(i) for i in run]
        if not any(flags) or 2 * sum(flags) > len(run):
            continue  # (a run mostly repeated is a run of furniture)
        for n, i in enumerate(run):
            if not flags[n] or not _line_shaped(text, units[i]) or not _held(text, units, run, n):
                continue
            near = range(max(0, n - 2 * REACH), min(len(run), n + 2 * REACH + 1))
            if sum(not flags[k] for k in near) < MIN_OWN:
                continue
            window = range(max(0, n - REACH), min(len(run), n + REACH + 1))
            shaped = [k for k in window if _line_shaped(text, units[run[k]])]
            if 4 * len(shaped) < 3 * len(window):
                continue  # (a verse may set a line off with a dash: `- veessä on väkeä paljo -`)
            widths = [units[run[k]].end - units[run[k]].start for k in shaped]
            if not like_length(max(widths), min(widths), SPREAD):
                continue  # lines of unlike length: a menu's entries and a heading, not a stanza
            over = sum(_runs_over(text, units[run[k]], units[run[k + 1]] if k + 1 < len(run) else None)
                       or measure(text[units[run[k]].start:units[run[k]].end]) > 0 for k in window)
            if 3 * over >= len(window):
                found.add(i)
    return found | _said_again(text, units, repeated, found, in_runs)


def _said_again(text: str, units: Sequence[CorpusUnit], repeated: Callable[[int], bool], found: set[int],
                lines: list[int]) -> set[int]:
    """The repeated lines of long runs (`lines`) that say again a line this document holds in its
    verse (`found`): an epic's formula (`Sanoi vanha Väinämöinen:`) where a cut leaves it at the
    text's head or tail, or among passages the poem gives twice, is the same formula, the poem's own
    in any run of lines. Alone in its paragraph it stands where a stamp stands."""
    keys = {units[i].key for i in found}
    return {i for i in lines if i not in found and units[i].key in keys and repeated(i)
            and _line_shaped(text, units[i])} if keys else set()


# CL504: a text's first line opening a stanza
# a verse line's longest (its first column), shorter than prose wrapped at 72-80 columns (the metadata family's
# reading of verse over a name, a quotation's attribution, takes it too: `extract._verse`)
VERSE_CHARS = 60
OPENING_MAX_WORDS = 12  # a stanza's line's words at most
SIMILAR = 2.5  # a stanza's lines are within this factor of the first line's length
STANZA_FOLLOWERS = 2  # lines under the first, no blank between, that make it a stanza
LOWER_WORDS = 2  # words in lower case a first line holds past its first (a sentence's case, no Title Case headline)
# a second column set off by a tab or a wide gap (a poem printed in two columns): the first column is the verse
COLUMN_GAP = LazyPattern(r"\t|   +")
CAPITAL_START = LazyPattern(r"^[\"'‘’“(\[]*\p{Lu}")
# a record's field (`Subject: Re: Amusing atheists …`, `Title: pysubs2 test file` over `ScriptType: v4.00+`): no verse
FIELD = LazyPattern(r"^[\p{L}][\p{L}\p{N}_-]*(?:\s[\p{L}-]+)?:\s")


def opens_stanza(text: str, end: int, head_credit: Callable[[str], bool]) -> bool:
    """The line ending at `end` (a title candidate's last line) is a stanza's first line, by shape; `head_credit`
    tells a head's byline, date or name alone, which no verse line is."""
    start = text.rfind("\n", 0, end) + 1
    first = _first_column(text[start:end])
    if not _verse_line(first, first, head_credit) or sum(word[0].islower() for word in first.split()[1:]) < LOWER_WORDS:
        return False
    below = text[end:].split("\n", 40)[1:40]
    at = 0
    while at < len(below) and _flat(below[at]) == _flat(text[start:end]):
        at += 1  # a refrain sung twice
    if at and at < len(below) and not below[at].strip():
        while at < len(below) and not below[at].strip():
            at += 1  # the refrain's copy, then a blank: the stanza may open the next paragraph
        if at < len(below) and not _verse_line(_first_column(below[at]), first, head_credit):
            return False
        at += 1
    followers = below[at:at + STANZA_FOLLOWERS]
    return (len(followers) == STANZA_FOLLOWERS
            and all(line.strip() and _verse_line(_first_column(line), first, head_credit) for line in followers))


def _verse_line(line: str, first: str, head_credit: Callable[[str], bool]) -> bool:
    """Short, opening with a capital, about as long as the stanza's first line; no field, byline, stamp or name alone
    (`Clinton urges voters to take out Trump` / `Melanie McFarland` / `Staff Writer`: a headline and its author)."""
    words = line.split()
    return (MIN_WORDS <= len(words) <= OPENING_MAX_WORDS and len(line) <= VERSE_CHARS
            and CAPITAL_START.match(line) is not None and FIELD.match(line) is None
            and like_length(len(line), len(first), SIMILAR) and not head_credit(line))


def _first_column(line: str) -> str:
    return COLUMN_GAP.split(line.strip(), maxsplit=1)[0].strip()


def _flat(line: str) -> str:
    return " ".join(line.split())
