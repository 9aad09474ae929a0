"""Hard-wrapped prose: the lines of a paragraph broken at a fixed width or one sentence a line.

Text that is not a web page's (a LaTeX or Sweave source, an R vignette, the text of a PDF, an
info manual, an e-mail) keeps its paragraphs broken over several lines, between which stand code,
equations and commands. Each of those lines alone is short and unfinished, so the line model of
CL140 takes it for furniture (issue 15, session 18: 25% of the lines of R vignettes flagged,
`than the primary data set.`, `baseline data.`, `uses ``last value carried forward'' values ...`).
What gives such a line away is its neighbours: its sentence began on the line above or goes on
in the next. Furniture is written line by line: a menu's item does not run on into the next.

`wrapped_prose` finds both shapes:

- a block of lines wrapped at a fixed width that reads as prose together (its lines 30 to 100
  characters, the last maybe shorter; 20 words or more, a fifth of them function words, a
  sentence end);
- a sentence chain inside any block of consecutive lines: a line that does not close its
  sentence, followed by one that goes on in lower case or after a line ending with a function
  word (`... that any` / `PMM values are ...`); the chain, read as one text, has 10 words or
  more, a fifth of them function words, no link or call to action, and ends with a sentence mark (or its three
  lines or more hold six words or more each, a quarter function words: a sentence broken off by the
  formula or code it introduces). Code and equations between the chains are no part of them.
  In a script without case (Arabic, Hebrew, the Indic scripts, Ethiopic, syllabics), or in text
  written all in capitals, no lower-case letter shows that a line goes on, and the stop-word list
  has no function words of it: there the wrapping itself does (`wraps_caseless`: a line of text
  left open, the next line's first word too wide to have fitted on it), and the chain, read as
  one text, needs its 10 words and its sentence mark (`.`, `۔`, `؟`, `।`, `׃`, `።` ...; a
  clause's `;` too);
- one sentence a line: two lines or more in a row, each a sentence of its own (capitalised,
  five words or more, a fifth function words, closed by a full stop; no call to action or link,
  not in title case), and such a
  sentence right above or below a chain.
"""

from __future__ import annotations

import unicodedata

from corpuslint.checks.boilerplate.linefeatures import Line, has_link
from corpuslint.checks.boilerplate.scripts import CJK, NOSPACE, SENTENCE_CLOSE_MARKS
from corpuslint.checks.pagerecords import page_number
from corpuslint.checks.pdftext import own_line_numbers
from corpuslint.checks.stopwords import FUNCTION_WORDS  # (Cyrillic and Greek ones too: `... в` / `Москве`)

__all__ = ["run_on_lines", "sentence_chains", "wrapped_prose", "wraps_caseless"]

# a line ending with one of these closes its sentence (or announces what follows): the chain ends
_CLOSED = ".!?:" + SENTENCE_CLOSE_MARKS
_TRAILING = "\"”’')]»"  # a sentence may close inside a quotation or a bracket: `... terms.)`
_CHAIN_WORDS = 10
_CHAIN_STOP = 0.2


def _last_word(text: str) -> str:
    word = text.rsplit(None, 1)[-1] if text.split() else ""
    return word.strip(_TRAILING + "(\"“‘").lower()


def _goes_on(line: Line, after: Line) -> bool:
    """`after`, the very next line, goes on with the sentence `line` left open."""
    text = line.text
    if after.number != line.number + 1 or text[-1] in _CLOSED or text[-1] in ";{}" \
            or text.rstrip(_TRAILING)[-1:] in _CLOSED:
        return False
    below = after.text.lstrip("(\"“‘'`")
    # in lower case, or a formula or command in the sentence (`$X\\beta$ is ...`, `\\code{x} and ...`)
    return bool(below) and (below[0].islower() or below[0] in "$\\" and line.words >= 4
            or line.words >= 4 and _last_word(text) in FUNCTION_WORDS and below[:1].isalnum()
            or wraps_caseless(line, after))


_OPENING = "(\"“‘'«"  # what may stand before a line's first letter
_WRAPPED_WORDS = 5  # a wrapped line of text has this many words at least
_WRAPPED_CHARS = 30  # ... and this many characters


def wraps_caseless(line: Line, after: Line) -> bool:
    """`after`, the very next line, goes on with the sentence `line` left open, in a script without
    case, or in capitals (the module's doc: Fulfulde or Cherokee written all in capitals, a licence's
    disclaimer): `line` is text (`_WRAPPED_WORDS` words or more between spaces, `_WRAPPED_CHARS`
    characters or more) not closed by a sentence or clause mark, `after` begins with a letter that
    has no case (or a capital, neither line holding a lower-case letter), and the first word of
    `after` would not have fitted on `line` at the width the two lines show (the wider of them): a
    paragraph filled line by line to a width. A menu's or a list's items are as long as their
    labels: a short item above a longer one would have taken its first word; a menu's row wrapped
    by a text browser (`Home | Video | ...`) is no text. (Not in the scripts written without spaces
    between words, CJK, Thai, Khmer ...: a line of theirs breaks anywhere, and Thai's sentences
    have no mark to close them.)"""
    text, below = line.text, after.text.lstrip(_OPENING)
    first = below[:1]
    if (after.number != line.number + 1 or not first.isalpha() or first.islower()
            or first.isupper() and (any(c.islower() for c in text) or any(c.islower() for c in below))
            or len(text) < _WRAPPED_CHARS or text[-1] in _CLOSED or text[-1] in ";{}"
            or text.rstrip(_TRAILING)[-1:] in _CLOSED or CJK.match(first) or NOSPACE.match(first)):
        return False
    if len(text.split()) < _WRAPPED_WORDS or "|" in text or "|" in below:  # a menu's row of items
        return False
    word = below.split(None, 1)[0]
    # a width counted in characters (`textwrap`, an editor) or in the columns a terminal shows (lynx)
    return any(size(text) + 1 + size(word) > max(size(text), size(after.text)) for size in (len, _columns))


def _columns(text: str) -> int:
    """The columns `text` takes on a terminal: its characters but the combining marks (Hebrew's
    points, the Indic vowel signs) and the zero-width joiners."""
    return sum(1 for c in text if c not in "\u200c\u200d" and not unicodedata.category(c).startswith("M"))


def _closes(line: Line) -> bool:
    """The line closes its sentence, or announces what follows (`... are:` above a formula)."""
    return line.text.rstrip(_TRAILING)[-1:] in _CLOSED


def _sentence_line(line: Line) -> bool:
    """A sentence alone on its line: capitalised, five words or more, a fifth of them function
    words, closed by a full stop, no call to action or link, not in title case (a teaser's
    headline, `Test Your Smarts: What's Safe to Eat ...?`)."""
    text = line.text
    words = text.split()
    return (line.words >= 5 and line.stop >= _CHAIN_STOP and text[:1].isupper() and text.rstrip(_TRAILING)[-1:] == "."
            and not line.cta and not has_link(text) and sum(w[:1].isupper() for w in words) <= 0.4 * len(words))


def sentence_chains(lines: list[Line]) -> set[int]:
    """Line numbers of the sentence chains (see the module's doc) among `lines`, and of the
    sentences alone on their lines next to them or to each other."""
    out = run_on_lines(lines)
    n = len(lines)
    # one sentence a line: two sentences or more on consecutive lines make a paragraph, and so
    # does a sentence right above or below a chain
    sentence = [_sentence_line(line) for line in lines]
    for k in range(n - 1):
        if lines[k + 1].number == lines[k].number + 1 and sentence[k] and sentence[k + 1]:
            out.update((lines[k].number, lines[k + 1].number))
    grown = True
    while grown:
        grown = False
        for k in range(n):
            if sentence[k] and lines[k].number not in out and (
                    lines[k].number - 1 in out and k and lines[k - 1].number == lines[k].number - 1
                    or lines[k].number + 1 in out and k + 1 < n and lines[k + 1].number == lines[k].number + 1):
                out.add(lines[k].number)
                grown = True
    return out


def run_on_lines(lines: list[Line]) -> set[int]:
    """Line numbers of the sentence chains among `lines`: a sentence runs on over them. (The
    second stage of CL140 leaves these alone too: a page's list of headlines may read as
    wrapped prose by its shape, but a headline does not run on into the next.)"""
    out: set[int] = set()
    i, n = 0, len(lines)
    while i < n:
        j = i
        while j + 1 < n and _goes_on(lines[j], lines[j + 1]):
            j += 1
        if j > i:
            chain = lines[i:j + 1]
            words = sum(line.words for line in chain)
            stop = sum(line.stop * line.words for line in chain) / max(words, 1)
            # in a script without case, the wrapping tells the chain (its function words are not counted)
            caseless = all(wraps_caseless(chain[k], chain[k + 1]) for k in range(len(chain) - 1))
            # closed by a sentence mark, or long lines of text broken off by a formula or code below
            closed = (_closes(chain[-1]) or caseless and chain[-1].text[-1] == ";"
                      or (len(chain) >= 3 and words >= 6 * len(chain) and stop >= 0.25))
            if words >= _CHAIN_WORDS and (stop >= _CHAIN_STOP or caseless) and closed and not any(
                    line.cta or has_link(line.text) for line in chain):
                out.update(line.number for line in chain)
        i = j + 1
    return out


def wrapped_prose(lines: list[Line]) -> set[int]:
    """Line numbers of paragraphs wrapped over several lines (Markdown, e-mail, plain text
    files, LaTeX sources, a PDF's text): a block of consecutive lines of 30 to 100 characters
    (the last may be shorter) that reads as prose together (20 words or more, a fifth of them
    function words, a sentence end), and the sentence chains (`sentence_chains`) of any block.
    Each of its lines alone is short and unfinished, so the line model would take it for
    furniture."""
    out: set[int] = set()
    if all(line.blank_after for line in lines):
        return out  # a blank line after every line: no paragraph spans two
    i, n = 0, len(lines)
    while i < n:
        j = i + 1
        while j < n and lines[j].number == lines[j - 1].number + 1:
            j += 1
        if j - i >= 2:
            block = lines[i:j]
            words = sum(line.words for line in block)
            stop = sum(line.stop * line.words for line in block) / max(words, 1)
            widths = [len(line.text) for line in block]
            # wrapped at a fixed width: no line longer than a terminal's, none but the last short
            wrapped_shape = max(widths) <= 100 and min(widths[:-1]) >= 30
            if wrapped_shape and words >= 20 and stop >= 0.2 and any(line.ends for line in block):
                out.update(line.number for line in block)
            else:
                out |= sentence_chains(block)
        i = j
    return out


def paper_lines(text: str, lines: list[Line], metadata: dict | None = None) -> set[int]:
    """Line numbers of a PDF's text (`pdftext.paginated`, or a record that is one page of a PDF
    by its `metadata`, `pagerecords`) that are the paper's own: its wrapped paragraphs with what they run into,
    its title page, maths, headings, tables (`pdftext.own_line_numbers`). Its runs of short lines
    are display maths, tables, figure labels and R sessions, no menu."""
    own = own_line_numbers(text, page=page_number(metadata))
    return {line.number for line in lines if line.number - 1 in own} if own else set()
