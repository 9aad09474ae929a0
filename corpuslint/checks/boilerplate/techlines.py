"""A technical document's own short lines that CL140's line model mistakes for furniture (issue 15,
session 22: its reads of rendered documentation, qa19a: 5 of 20 findings wrong, three of them these).

- A lead-in (`is_lead_in`): a sentence ending with a colon that introduces what stands below it,
  a list, a command or code (`Для этого выполните следующие команды:` / `$ dpkg-buildpackage -us
  -uc`). It has a sentence's core, function words in any language `stopwords.FUNCTION_WORDS`
  knows, and what follows it is the lead-in's: a list item (a bullet or number), a line of code or
  a shell prompt, or the sentence going on in lower case (`пакета build-essential,`). A widget's
  label ending with a colon (`Share this:`, `Follow us on:`, `You may also like:`) has no such
  core or calls to action, and a list of related articles below it is of headlines, capitalised,
  no sentence's mark (`Here are some other stories ... you might enjoy:` over them is no lead-in).
  A comment's header is none either (`Alexander Petrov wrote on March 11th, 2015 at 02:57:` over
  the comment in lower case): a speech verb (`wrote`, `schrieb`, `a écrit`) or a date or a time
  before its colon.
- An API entry (`is_api_entry`): a code-shaped signature on its own line, a call's shape
  (`functools.reduce(function, iterable[, initializer])`, `fileno()`), a dotted name
  (`partial.keywords`) or a name under a permalink's `¶`, right above its description (a
  sentence), and that description (the second stage reads it among the entries as a sentence among
  furniture). A menu's entry is a word or a title, and an API reference's contents list (names one
  under the other) has no description under each.
- A heading of rendered documentation under its permalink's sign (`Examples¶`, `partial Objects¶`:
  Sphinx's, MkDocs'), `is_permalink_heading`: the sign of a heading of the document, a site's menus
  have none.
- A see-also line (`is_see_also`): a standard or proposal named by its series and number and its
  title (`PEP 3104 - Access to Names in Outer Scopes`, `RFC 2616 - Hypertext Transfer Protocol`),
  after the document's text has begun, and its heading right above it (`See also`): a reference
  the text makes, not a link to another page of a site.
- A reference table, one cell a line (`is_reference_row`, own23): three rows or more of a term as
  code names it over its meaning (`time_low` / `the first 32 bits of the UUID`, Python's
  `UUID.fields`; a man page's `pkgname` / `Validates the given package name ...`), under a lead-in
  ending with a colon or a permalinked heading, with its head (`Field` / `Meaning`). A menu's
  labels have no meaning under each; a teaser list's headlines are no terms. And a grid, one cell a
  line (`_grids`, tester27: a text browser prints an HTML table's cells so, `Type code` / `C Type` /
  ... / `'b'` / `signed char` / `int` / `1`): right under a sentence of four words or more ending with a
  colon (`The following type codes are defined:`), `GRID_CELLS` cells or more one below the other,
  a blank line between each two (a widget's buttons and a menu's entries stand line under line), two capitalised ones at its head, each of `GRID_WORDS` words at most
  without a call to action or a link and not prose, most of `GRID_MEDIAN` words at most: a list of
  headlines is longer than that, a menu has no sentence leading into it.
"""

from __future__ import annotations

import re

from corpuslint.checks.boilerplate.codelines import is_code
from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.linefeatures import SENTENCE_CLOSE_MARKS, Line, has_link, reads_as_sentence
from corpuslint.checks.stopwords import FUNCTION_WORDS
from corpuslint.console import PROMPT_BEFORE_TEXT
from corpuslint.stamps import DATE_IN_TEXT

__all__ = ["ReferenceTables", "is_api_entry", "is_lead_in", "is_permalink_heading", "is_reference_row", "is_see_also",
           "reference_tables", "tech_line"]

_WORDS = re.compile(r"[^\W\d_]+")
LEAD_IN_WORDS = 6  # a lead-in to a list or a sentence going on: a sentence's length at least (a widget's
# label over its list is shorter: `Sie befinden sich hier:`, `Dir könnte auch gefallen:`, `Weitere Artikel in diesem Ressort:`)
CODE_LEAD_IN_WORDS = 2  # ... to code (`For example:`): nothing else stands above code
_BELOW = 2  # what a line introduces or describes stands this many lines below it at most (a blank between)
# a list item's bullet or number (`* `, `- `, `• `, `1. `, `2) `, `a) `)
_ITEM = re.compile(r"^(?:[*+•·‣◦▪–—-]|\d{1,3}[.)]|[a-zа-я][.)])\s+\S")

# a comment's header (`Alexander Petrov wrote on March 11th, 2015 at 02:57:`, web/002:244; review22 #1):
# a speech verb, in the languages the stop-word tables know, or a time of day before the colon
# (the past tense: `The function writes the following files:` is a lead-in)
_SPEECH = re.compile(r"\b(?:wrote|said|replied|commented|schrieb|sagte|antwortete|kommentierte"
                     r"|a écrit|a dit|a répondu|escribió|dijo|respondió|scrisse|ha scritto|disse|schreef|zei"
                     r"|napisał|написал|написала|ответил|сказал)\b", re.IGNORECASE)
_CLOCK = re.compile(r"\b\d{1,2}:\d{2}\b")
HEADLINE_WORDS = 3  # a related post's headline below a lead-in (`* Council approves library budget`): its words at least
# a line with these is code itself (a script's `{ position:`), not a sentence leading in to code
_NOT_TEXT = re.compile(r"[{};=<>|]")


def _sentence_core(line: Line, least: int) -> bool:
    """`least` words or more, and one of them a function word of a language `FUNCTION_WORDS`
    knows (or the line counts function words itself, `Line.stop`: CJK's particles)."""
    if line.words < least or line.cta or has_link(line.text):
        return False
    return line.stop > 0 or any(w in FUNCTION_WORDS for w in _WORDS.findall(line.text.lower()))


def _below(lines: list[Line], i: int) -> Line | None:
    """The line right below line `i` (a blank line between at most), or None."""
    if i + 1 < len(lines) and lines[i + 1].number <= lines[i].number + _BELOW:
        return lines[i + 1]
    return None


def _code_below(text: str) -> bool:
    """A command after its prompt, or a line of code (`codelines.is_code`)."""
    return PROMPT_BEFORE_TEXT.match(text) is not None or is_code(text)


def is_lead_in(lines: list[Line], i: int) -> bool:
    """Line `i` ends with a colon, has a sentence's core, and introduces what stands right below it:
    code or a command (`CODE_LEAD_IN_WORDS` or more), or (`LEAD_IN_WORDS` or more) a list item or
    its sentence going on in lower case (the module's doc)."""
    line = lines[i]
    text = line.text
    if text[-1] not in ":：" or line.words < CODE_LEAD_IN_WORDS or _ITEM.match(text) or _NOT_TEXT.search(text):
        return False
    after = _below(lines, i)
    if after is None:
        return False
    below = after.text
    if _SPEECH.search(text) or _CLOCK.search(text) or DATE_IN_TEXT.search(text):
        return False  # a comment's header, with its author's name and its stamp
    if _code_below(below):
        return _sentence_core(line, CODE_LEAD_IN_WORDS)
    if not (_ITEM.match(below) or below[0].islower()):
        return False
    return _sentence_core(line, LEAD_IN_WORDS) and not _headlines_below(lines, i)


def _headline(line: Line) -> bool:
    """A list item that reads as a headline: capitalised, `HEADLINE_WORDS` words or more, no
    sentence's or clause's mark at its end (a list of the document's own is of sentences or
    phrases going on: `Fett-Eiweiß-Verhältnis ...,`, `Fördert es meine Motivation?`)."""
    m = _ITEM.match(line.text)
    if m is None:
        return False
    item = line.text[m.end() - 1:]
    return item[0].isupper() and line.words >= HEADLINE_WORDS and item[-1] not in ".!?,;:…"


def _headlines_below(lines: list[Line], i: int) -> bool:
    """The list right below line `i` is of headlines (`_headline`), its first three items at most:
    a related-posts widget (`Here are some other stories ... you might enjoy:` over `* Council
    approves library budget`)."""
    items = []
    for line in lines[i + 1:i + 4]:
        if not _ITEM.match(line.text) or line.number > (items[-1].number if items else lines[i].number) + _BELOW:
            break
        items.append(line)
    return bool(items) and all(_headline(line) for line in items)


# a permalink's sign after a heading or an entry of rendered documentation (Sphinx's `¶`)
_PERMALINK = "¶"
# a signature: its keyword or type words (`class`, `int`, `PyObject *`, `@`), a name (dotted,
# maybe), its arguments in brackets (nested once: `[, initializer]`), maybe its return type
_CALL = re.compile(r"^(?:@|(?:[A-Za-z_]\w*\s+\**){0,3})[A-Za-z_][\w.]*\([^()]*(?:\([^()]*\)[^()]*)*\)"
                   r"(?:\s*(?:->|:)\s*[\w.\[\], |]+)?$")
# ... a dotted name (after a keyword or two: `class selectors.KqueueSelector`), not a domain or a
# file's name (`CNET.de`, `ThisAble.me`, `photo.jpg`: its last part two or three lower-case letters)
_DOTTED = re.compile(r"^(?:[a-z_]+\s+){0,2}[A-Za-z_]\w*(?:\.[A-Za-z_]\w*)*\.(?![a-z]{2,3}$)[A-Za-z_]\w*$")
_NAME = re.compile(r"^[A-Za-z_]\w*$")
API_WORDS = 12  # a signature's words at most (its arguments)


def _signature(text: str) -> bool:
    """A code-shaped signature (`_CALL`), a dotted name (`_DOTTED`), or a name under a permalink."""
    permalink = text.endswith(_PERMALINK)
    if permalink:
        text = text[:-1].rstrip()
        if not text:
            return False
    return bool(_CALL.match(text) or _DOTTED.match(text) or (permalink and _NAME.match(text)))


def _entry(lines: list[Line], i: int) -> bool:
    """Line `i` is a code-shaped signature (`_signature`): few words, no sentence's mark, link or call to action."""
    line = lines[i]
    text = line.text
    return (line.words <= API_WORDS and not line.cta and text[-1] not in ".!?:," and not has_link(text)
            and _signature(text))


def _description(line: Line) -> bool:
    """A sentence (`reads_as_sentence`), or two words or more closed by a sentence's mark
    (`select.epoll()-based selector.`), with no call to action."""
    return (reads_as_sentence(line) or line.words >= 2 and line.text[-1] in SENTENCE_CLOSE_MARKS) and not line.cta


def is_api_entry(lines: list[Line], i: int) -> bool:
    """Line `i` is a code-shaped signature right above its description, or that description (the
    module's doc): an entry of the document's reference, both lines its own."""
    line = lines[i]
    if _description(line):
        return i > 0 and lines[i - 1].number >= line.number - _BELOW and _entry(lines, i - 1)
    after = _below(lines, i)
    return after is not None and _description(after) and _entry(lines, i)


def is_permalink_heading(line: Line) -> bool:
    """A heading or an entry of rendered documentation, marked by its permalink's sign (`Examples¶`,
    `partial Objects¶`: Sphinx's, MkDocs'); no link, no call to action. A site's menu has none."""
    return line.text.endswith(_PERMALINK) and line.words <= API_WORDS and not line.cta and not has_link(line.text)


# a standard's or a proposal's series (the series are a convention's names, in any language's text)
# (no month's abbreviation, `SEP 12, 2019`, nor a vulnerability's name, `CVE-2021-44228 - Log4Shell`: review22 #3)
_SERIES = "PEP|RFC|BCP|STD|ISO|IEC|IEEE|ECMA|FIPS|JSR|JEP|KEP|PSR|SRFI|TIP|NEP|BIP|EIP|ERC"
# ... its number, a separator (` - `, `: `) and a title, a word or a name, no number (`PEP 3104 - Access ...`,
# `PEP 279: enumerate()`, `PEP 236: __future__ Directives`: Python's "What's New" contents)
_SEE_ALSO = re.compile(rf"^(?:{_SERIES})[ -]?\d{{1,6}}(?:[-:.]\d{{1,4}})*(?:\s+[-–—]|:)\s+(?:[^\W\d]|_)")
# a heading that says "see also", in the languages the stop-word tables know
_SEE_ALSO_HEADING = re.compile(r"^(?:see also|siehe auch|voir aussi|v[ée]ase tambi[ée]n|vedi anche|veja também"
                               r"|zie ook|zobacz też|zobacz także|см\. также|смотрите также|参照|関連項目)[:.]?$",
                               re.IGNORECASE)


def _series_line(line: Line) -> bool:
    return line.words >= 3 and not line.cta and _SEE_ALSO.match(line.text) is not None and not has_link(line.text)


def is_see_also(lines: list[Line], i: int, prose_before: float) -> bool:
    """A see-also line after the document's text has begun: a standard's or a proposal's series and
    number, a separator and its title (the module's doc), no link, no call to action; or the heading
    right above one that says so (`See also`, `Siehe auch`)."""
    if prose_before <= 0:
        return False
    line = lines[i]
    if _series_line(line):
        return True
    after = _below(lines, i)
    return _SEE_ALSO_HEADING.match(line.text.strip()) is not None and after is not None and _series_line(after)


# a reference table's term: a name as code writes it, one token (`time_low`, `UUID.bytes`, `node`,
# `fileno()`), lower-case or with an underscore or a dot: a menu's label is a capitalised word or a title
_TERM = re.compile(r"^(?:[a-z_][\w.]*|[A-Za-z]\w*[_.][\w.]*)(?:\(\))?$")
TABLE_ROWS = 3  # a reference table's rows at least (a term over its meaning)
TABLE_HEAD = 2  # ... the cells of its head between its lead-in and its first row at most (`Field` / `Meaning`)
MEANING_WORDS = 3  # a term's meaning: this many words at least


def _term(line: Line) -> bool:
    return _TERM.match(line.text) is not None and not line.cta


def _meaning(line: Line) -> bool:
    return line.words >= MEANING_WORDS and line.text[-1] not in ":：" and not has_link(line.text)  # (`the next 16 bits`)


def _cell(line: Line) -> bool:
    """A cell of a table's head: a word or two, no sentence's mark, no call to action."""
    return line.words <= 3 and line.text[-1] not in ".!?:：" and not line.cta


def _next(lines: list[Line], j: int) -> bool:
    """Line `j + 1` stands right below line `j` (a blank line between at most)."""
    return j + 1 < len(lines) and lines[j + 1].number <= lines[j].number + _BELOW


def _pair(lines: list[Line], k: int) -> bool:
    """Lines `k` and `k + 1` are a table's row: a term right over its meaning."""
    return k + 1 < len(lines) and _term(lines[k]) and _next(lines, k) and _meaning(lines[k + 1])


GRID_CELLS = 12  # a grid's cells at least, its head's included (two rows of more than three, three of four ...)
GRID_WORDS = 10  # ... each of this many words at most
GRID_MEDIAN = 4  # ... half of them this many at most (a headline is longer)
GRID_LEAD_WORDS = 4  # the sentence leading into it: this many words at least, ending with a colon


def _grid_cell(line: Line) -> bool:
    return line.words <= GRID_WORDS and not line.prose and not line.cta and not has_link(line.text)


def _grids(lines: list[Line]) -> set[int]:
    """The indices of the lines of the document's grids, one cell a line (the module's doc), their
    lead-ins with them."""
    out: set[int] = set()
    n = len(lines)
    k = 0
    while k < n - 2:
        lead = lines[k]
        if not (lead.text[-1] in ":：" and _sentence_core(lead, GRID_LEAD_WORDS) and _next(lines, k)
                and all(lines[j].text[:1].isupper() and lines[j].words <= GRID_MEDIAN for j in (k + 1, k + 2))):
            k += 1
            continue
        end = k + 1
        while end < n and _grid_cell(lines[end]) and lines[end].blank_before and (end == k + 1 or _next(lines, end - 1)):
            end += 1
        cells = sorted(lines[j].words for j in range(k + 1, end))
        if len(cells) >= GRID_CELLS and cells[len(cells) // 2] <= GRID_MEDIAN:
            out.update(range(k, end))
        k = max(end, k + 1)
    return out


class ReferenceTables:
    """The document's reference tables (`is_reference_row`), found in one pass over its lines
    (review23 #2: walking a table's rows for each of its lines was quadratic, a 2,000-row
    glossary timed CL140 out): the first row at or after each line (`first`), and the lines each
    row's table spans from its lead-in on (`span`, None for a run of rows that is no table)."""

    __slots__ = ("first", "grid", "span")

    def __init__(self, lines: list[Line]) -> None:
        n = len(lines)
        self.grid = _grids(lines)
        pairs = [_pair(lines, k) for k in range(n)]
        self.first = [n] * (n + 1)
        for k in range(n - 1, -1, -1):
            self.first[k] = k if pairs[k] else self.first[k + 1]
        self.span: dict[int, tuple[int, int] | None] = {}
        k = 0
        while k < n:
            if not pairs[k]:
                k += 1
                continue
            start, end, rows = k, k, 0  # a run of rows, each right below the last
            while end < n and pairs[end]:
                rows += 1
                end += 2
                if not _next(lines, end - 1):
                    break
            span = _table_span(lines, start, end, rows)
            for row in range(start, end, 2):
                self.span[row] = span
            k = end


def _table_span(lines: list[Line], start: int, end: int, rows: int) -> tuple[int, int] | None:
    """The lines of the table whose rows run from `start` to `end` (its lead-in and its head
    above them), None where the rows are too few or nothing above introduces them."""
    if rows < TABLE_ROWS:
        return None
    top = start
    while top > 0 and start - top < TABLE_HEAD and _cell(lines[top - 1]) and _next(lines, top - 1):
        top -= 1  # the head's cells
    if top == 0 or not _next(lines, top - 1):
        return None
    lead = lines[top - 1]
    if not ((lead.text[-1] in ":：" and _sentence_core(lead, CODE_LEAD_IN_WORDS)) or is_permalink_heading(lead)):
        return None
    return top - 1, end


def is_reference_row(lines: list[Line], i: int, tables: ReferenceTables | None = None) -> bool:
    """Line `i` is in a reference table of the document, one cell a line: `TABLE_ROWS` rows or more
    that share one template, a term as code names it over its meaning (`time_low` / `the first 32
    bits of the UUID`, Python's `UUID.fields`), under a lead-in ending with a colon or a permalinked
    heading (`A tuple of the six integer fields ...:`), a head of `TABLE_HEAD` short cells between
    (`Field` / `Meaning`); the lead-in and the head are the table's too. A menu's items are labels
    without a meaning under each, a teaser list's headlines are no terms. `tables`: the document's,
    read once (`reference_tables`); without them they are read for this line."""
    tables = tables or ReferenceTables(lines)
    if i in tables.grid:
        return True  # a grid's cell (`_grids`)
    # the first row near line i: i is a term, a meaning, a cell of the head or the lead-in
    row = tables.first[max(0, i - 1)]
    if row >= min(len(lines) - 1, i + TABLE_HEAD + 2):
        return False
    span = tables.span[row]
    return span is not None and span[0] <= i < span[1]


def reference_tables(doc: DocLines) -> ReferenceTables:
    """The document's reference tables, read once and kept on it (as `ownlines.table_rows`)."""
    if doc.refs is None:
        doc.refs = ReferenceTables(doc.lines)
    return doc.refs


def tech_line(doc: DocLines, i: int, prose_before: float) -> bool:
    """Any of the shapes above for line `i` of the document."""
    lines = doc.lines
    line = lines[i]
    return (is_lead_in(lines, i) or is_api_entry(lines, i) or is_see_also(lines, i, prose_before)
            or is_permalink_heading(line) or is_reference_row(lines, i, reference_tables(doc)))
