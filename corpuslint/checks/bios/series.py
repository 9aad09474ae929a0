"""Whether an exact copy repeats because of the text's form: a refrain through parallel units, a
row or a field of a series of same-shape siblings, a log's event, a form of address heading each
part. Such a line is said again by the text itself; removing it loses content (qa17a #2, #4).

A stamped copy (a bio, a notice, a pasted paragraph) is one or two copies, at an edge or side by
side; a page's running head stands next to a form feed: those keep their safe fix.
`rules._why_unsafe` asks these of every exact copy.
"""

from __future__ import annotations

from collections import Counter

import regex

from corpuslint.checks.bios.units import (
    CLOSING, FIELD, LIST_OR_TABLE, SENTENCE_ENDS, next_paragraph, paragraph_at, per_text,
)
from corpuslint.checks.bios.whole import REFRAIN_WORDS

_PAGE_LINES = 2  # a running head or foot: the first or second line of a page, or its last two


def _lines_between(text: str, start: int, end: int, enough: int | None = None) -> int:
    """The lines of text[start:end] that are not blank, counted up to `enough` (all: None): a
    running head's test needs two at most, and counting all up to a far form feed read the text
    between for each copy asked about (qa19a #11)."""
    count, at = 0, start
    while True:
        stop = text.find("\n", at, end)
        if text[at:end if stop == -1 else stop].strip():
            count += 1
            if count == enough:
                return count
        if stop == -1:
            return count
        at = stop + 1


def page_furniture(text: str, start: int, end: int) -> bool:
    """The unit stands right after or right before a form feed (a page break of PDF text): a
    running head or foot, the page's furniture, not the text's own line."""
    if "\f" not in text:
        return False
    before = text.rfind("\f", 0, start + 1)
    if before != -1 and _lines_between(text, before, start, _PAGE_LINES) < _PAGE_LINES:
        return True
    after = text.find("\f", end)
    return after != -1 and _lines_between(text, end, after, _PAGE_LINES) < _PAGE_LINES


def whole_lines(text: str, unit: str) -> list[int]:
    """Where `unit` stands as a whole line (after its indentation) in `text`."""
    found = []
    at = text.find(unit)
    while at != -1:
        line_start = text.rfind("\n", 0, at) + 1
        stop = at + len(unit)
        line_end = text.find("\n", stop)
        if not text[line_start:at].strip() and not text[stop:len(text) if line_end == -1 else line_end].strip():
            found.append(at)
        at = text.find(unit, at + 1)
    return found


def _rows(text: str, span: tuple[int, int]) -> list[str]:
    return [row.strip() for row in text[span[0]:span[1]].split("\n") if row.strip()]


# a tag or an entity of HTML: markup, not a line of text
_MARKUP = regex.compile(r"</?[A-Za-z][^<>]*>|&#?\w+;")
_REFRAIN_COPIES = 3
_RUN_SHARE = 1.5  # two copies in three or more stand inside their run
_LONGER = 3  # a sibling of a one-line unit is at most this many times as long (or a short line)
_SHORT_LINE = 80
_VERSE_WORDS = 50  # a translation's verse, one line that closes ("(He is) Lord of the two Easts …: …")


def _parallel(text: str, unit: str, span: tuple[int, int], place: int, near: tuple[int, int]) -> bool:
    """The paragraph `near` has the shape of the copy's paragraph `span` (the copy its row
    `place`): as many lines, and for a one-line unit a line of about its length or a verse's
    sentence (a verse beside a verse, not a prose paragraph beside a stamped line)."""
    rows, near_rows = _rows(text, span), _rows(text, near)
    if len(rows) != len(near_rows) or place >= len(near_rows):
        return False
    if len(rows) > 1:
        return True  # a verse and its translation beside another pair, a stanza beside a stanza
    verse = near_rows[0]
    return (len(verse) <= max(_LONGER * len(unit), _SHORT_LINE)
            or (len(verse.split()) <= _VERSE_WORDS and verse.rstrip(CLOSING).endswith(SENTENCE_ENDS)))


def recurring_refrain(text: str, start: int, end: int) -> bool:
    """The unit is a sentence or two the text gives three times or more, no two copies side by
    side, each copy inside a run of parallel units: the refrain of a scripture given one verse
    per paragraph ("So which of the favors of your Lord would you deny", 31 times in Surah 55),
    the same line of each verse-and-translation pair. A stamped notice is one or two copies."""
    unit = text[start:end]
    memo = per_text(text, "refrain")
    if unit not in memo:
        memo[unit] = _recurring_refrain(text, unit)
    return memo[unit]


def _recurring_refrain(text: str, unit: str) -> bool:
    if "\n" in unit or len(unit.split()) > REFRAIN_WORDS or _MARKUP.search(unit) is not None:
        return False  # (a line of HTML given again is the page's markup, not a refrain)
    places = whole_lines(text, unit)
    if len(places) < _REFRAIN_COPIES:
        return False
    spans = [paragraph_at(text, at) for at in places]
    inside = 0
    for k, (at, span) in enumerate(zip(places, spans)):
        if k and _lines_between(text, places[k - 1] + len(unit), at, 1) == 0:
            return False  # two copies side by side: pasted, not said again
        if page_furniture(text, at, at + len(unit)):
            return False
        place = next((i for i, row in enumerate(_rows(text, span)) if row == unit.strip()), 0)
        sides = [near is not None and _parallel(text, unit, span, place, near)
                 for near in (next_paragraph(text, span, -1), next_paragraph(text, span, 1))]
        if not any(sides):
            return False
        inside += all(sides)
    # inside a run: most copies have units of their shape on both sides (one side of a few may be a
    # longer verse); a headline stamped at the top, in a share box and over the story has not
    return inside * _RUN_SHARE >= len(places)


# a field's label at the start of a line: a word or three and a colon ("Package:", "Input class:",
# "debconf:"), or LaTeX's bold one ("\textbf{Input class:}")
_LABEL = regex.compile(r"(?:\\\w+\{)?\p{L}[\p{L}\d_.-]*(?: [\p{L}\d_.-]+){0,2}:\}?(?=\s)")
# a table's row: LaTeX cells ("\pkg{hydroTSM} & Time series … \\ \hline"), a wikitable's header or
# cells ("! № !! Community name !! Type", "| 1 || Anchorage")
_TABLE_ROW = regex.compile(r"[^\n]*(?<!\\)&[^\n]*\\\\(?:\s*\\hline)?\s*$|[!|](?![-}])[^\n]*(?:!!|\|\|)")
_WORD = regex.compile(r"\p{L}[\p{L}'’-]*")  # a word of a log's event, not a tag or a path ("Setting up")
_SIBLINGS = 2  # a log's event: two other lines of the block open with the same two words
# what a log's event gives after its words: a number (a version, a time, a count, an issue), data. Wrapped
# prose gives none: three lines of a hard-wrapped verse opening "and the" are no log (fixer22 #3)
_EVENT_DATA = regex.compile(r"\d")


def series_row(text: str, start: int, end: int) -> str:
    """How the one-line unit is one row of a series of same-shape siblings, or "": "table" for a
    row of a table (a package listed in two of a FAQ's tables), "field" for a labelled field
    whose label opens other lines with other values (each data set's "Package: …", each worked
    example's "Input class: …"), "log" for a line of a block where two other lines open with
    its first two words and go on otherwise (a log's "Processing triggers for …", its events) or
    where three others open with the same two words and it stands beside one (apt's term.log: a
    line of a run among its "Setting up …" lines); those lines give data after their words (a version, a time, a count: a
    log's shape), each line once: a hard-wrapped verse's lines opening "and the" are no log.
    Such a row is its item's data; the same row under another item is no copy."""
    unit = text[start:end]
    if "\n" in unit or page_furniture(text, start, end):
        return ""
    if _TABLE_ROW.match(unit) is not None:
        return "table"
    label = _LABEL.match(unit)
    if label is not None:
        value = unit[label.end():].strip()
        if value and _label_values(text, label.group()) - {value}:
            return "field"
    rows = _rows(text, paragraph_at(text, start))
    # the block's other lines, each once (a line given again is a copy, not an event), that give data
    heads = Counter(_event(row) for row in dict.fromkeys(rows) if row != unit.strip())
    heads.pop("", None)
    own = _head(unit)
    if own and heads[own] >= _SIBLINGS:
        return "log"
    # a line of a run of three events or more: beside one of them (not a licence's line among its
    # `Copyright 2003 …` lines far off)
    place = rows.index(unit.strip()) if unit.strip() in rows else -1
    beside = {_event(rows[i]) for i in (place - 1, place + 1) if place >= 0 and 0 <= i < len(rows)}
    return "log" if any(heads[head] > _SIBLINGS for head in beside if head) else ""


def _event(row: str) -> str:
    """The line's first two words (`_head`) if it gives data after them (`_EVENT_DATA`), else ""."""
    head = _head(row)
    return head if head and _EVENT_DATA.search(row, len(head)) is not None else ""


_RECORD_FIELDS = 3  # a record has a few fields ("Problem:", "Solution:", "Files:")


def _labels(text: str, block: tuple[int, int]) -> set[str]:
    """The field labels (`FIELD`) opening the lines of a block."""
    return {m.group() for row in _rows(text, block) if (m := FIELD.match(row)) is not None}


def record_field(text: str, start: int, end: int) -> bool:
    """The one-line unit is a field of a record in a series of records: its block has three field
    labels or more (one word and a colon), another block has the same three or more, and the unit
    is a field whose label opens lines of other blocks with other values, or a line of a field's
    value, indented under it. Each patch entry of vim's version8.txt gives its `Problem:`,
    `Solution:` and `Files:`, and two entries may change the same files (`Files:      src/quickfix.c,
    …`, the names wrapped under it): the record's data, no paragraph given twice. A list of
    headlines with their labels ("Report: …", "Watch: …") has no such series."""
    unit = text[start:end]
    if "\n" in unit:
        return False
    block = paragraph_at(text, start)
    labels = _labels(text, block)
    if len(labels) < _RECORD_FIELDS:
        return False
    label = FIELD.match(unit)
    if label is None:
        # a value wrapped under its field: indented, below a field line of the block
        line_start = text.rfind("\n", 0, start) + 1
        above = [m for row in _rows(text, (block[0], line_start)) if (m := FIELD.match(row)) is not None]
        if start == line_start or not above:
            return False
        key, value = above[-1].group(), None  # the field it is wrapped under
    else:
        key, value = label.group(), unit[label.end():].strip()
    for other in regex.finditer(r"(?m)^[ \t]*" + regex.escape(key) + r"(.*)$", text):
        if block[0] <= other.start() < block[1]:
            continue
        if len(labels & _labels(text, paragraph_at(text, other.start()))) >= _RECORD_FIELDS and (
                value is None or other.group(1).strip() != value):
            return True
    return False


_LABELS: tuple[str | None, dict[str, set[str]]] = (None, {})  # the last text `_label_values` read, its answers


def _label_values(text: str, label: str) -> set[str]:
    """The values of the lines of `text` that open with `label` (after their indentation). Kept for
    the last text by label: the lines of a form (each DEP-5 stanza's `Copyright:`) are asked
    about copy by copy, and reading the whole text for each was quadratic (qa19a #11)."""
    global _LABELS
    last, found = _LABELS
    if last is not text:
        found = {}
        _LABELS = (text, found)
    values = found.get(label)
    if values is None:
        values = found[label] = {other.group(1).strip() for other in
                                 regex.finditer(r"(?m)^[ \t]*" + regex.escape(label) + r"(.*)$", text)}
    return values


def _head(row: str) -> str:
    """The first two words of a line if both are words (a log's "Setting up", "Processing
    triggers"), else ""."""
    words = row.split()[:2]
    return " ".join(words) if len(words) == 2 and all(_WORD.fullmatch(w) for w in words) else ""


_ADDRESS_WORDS = 25


def heads_its_own_text(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The copies are a paragraph of one line ending with a colon (a form of address, a lead-in),
    each over a prose paragraph of its own: "Gentlemen of the Senate and Gentlemen of the House
    of Representatives:" heading each part of a President's message is the record's own."""
    unit = text[later[0]:later[1]]
    if "\n" in unit or len(unit.split()) > _ADDRESS_WORDS or not unit.rstrip().endswith(":"):
        return False
    below = []
    for span in (earlier, later):
        block = paragraph_at(text, span[0])
        if _rows(text, block) != [unit.strip()]:
            return False  # a line of a block, not a paragraph of its own
        near = next_paragraph(text, block, 1)
        if near is None:
            return False
        para = " ".join(_rows(text, near))
        if (len(para.split()) < 3 or LIST_OR_TABLE.match(para) is not None
                or not para.rstrip(CLOSING).endswith(SENTENCE_ENDS)):
            return False
        below.append(para)
    return below[0] != below[1]


_TABLE_LINES = 400  # a table's rows looked at on each side of a row


def _table_of(text: str, start: int) -> str | None:
    """The rows of the table holding the row at `start` (`_TABLE_ROW`: the run of adjacent lines that
    are rows), or None when that line is no row."""
    line_start = text.rfind("\n", 0, start) + 1
    if _TABLE_ROW.match(text, line_start, _line_end(text, line_start)) is None:
        return None
    first = last = line_start
    for _ in range(_TABLE_LINES):
        if first == 0:
            break
        above = text.rfind("\n", 0, first - 1) + 1
        if _TABLE_ROW.match(text, above, first - 1) is None:
            break
        first = above
    for _ in range(_TABLE_LINES):
        below = _line_end(text, last) + 1
        if below >= len(text) or _TABLE_ROW.match(text, below, _line_end(text, below)) is None:
            break
        last = below
    return text[first:_line_end(text, last)]


def _line_end(text: str, start: int) -> int:
    end = text.find("\n", start)
    return len(text) if end == -1 else end


def rows_of_two_tables(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy is a row of a table, and the two tables differ: a package listed in a FAQ's
    "Depends" table and again in its "Imports" table (zoo's FAQ, tester26), each table's own data.
    A table given again whole is a copy: its rows are reported."""
    first, second = _table_of(text, earlier[0]), _table_of(text, later[0])
    return first is not None and second is not None and first != second


_RECORD_PARAGRAPHS = 40  # a record's fields, one a paragraph, looked at on each side


def _record_of(text: str, start: int) -> tuple[str, ...] | None:
    """The labels of the record whose field opens the line at `start`: the run of neighbouring
    paragraphs (or lines of one block) that each open with a label (`_LABEL`), as a worked
    example's `\\textbf{Input class:} …`, `\\textbf{Input index:} …`, `\\textbf{Strategy:} …`; None
    when that line opens with no label."""
    block = paragraph_at(text, start)
    if _LABEL.match(text, block[0]) is None or _LABEL.match(text, start) is None:
        return None
    labels = [m.group() for row in _rows(text, block) if (m := _LABEL.match(row)) is not None]
    for step in (-1, 1):
        near = block
        for _ in range(_RECORD_PARAGRAPHS):
            near = next_paragraph(text, near, step)
            if near is None or (found := _LABEL.match(text, near[0])) is None:
                break
            labels.append(found.group())
    return tuple(labels)


def fields_of_two_records(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy is a one-line field of a record in a series of records laid out a field a paragraph:
    each record has `_RECORD_FIELDS` labels or more, the two records share them, and the records
    differ. Each worked example of zoo's read.zoo() vignette gives its `Input class:`, `Input index:`,
    `Output class:` and `Output index:`, and two examples may read the same kind of file: the
    example's data, no paragraph given twice (tester26). A record given again whole is a copy: its
    fields are reported."""
    unit = text[later[0]:later[1]]
    if "\n" in unit or (label := _LABEL.match(unit)) is None or not unit[label.end():].strip():
        return False
    first, second = _record_of(text, earlier[0]), _record_of(text, later[0])
    if first is None or second is None or len(set(first) & set(second)) < _RECORD_FIELDS:
        return False
    return _record_text(text, earlier[0]) != _record_text(text, later[0])


def _record_text(text: str, start: int) -> str:
    """The text of the record whose field is at `start` (`_record_of`'s run of paragraphs)."""
    block = paragraph_at(text, start)
    spans = [block]
    for step in (-1, 1):
        near = block
        for _ in range(_RECORD_PARAGRAPHS):
            near = next_paragraph(text, near, step)
            if near is None or _LABEL.match(text, near[0]) is None:
                break
            spans.append(near)
    return text[min(s for s, _ in spans):max(e for _, e in spans)]
