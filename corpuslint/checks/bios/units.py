"""The units a document is cut into to look for copies: paragraphs, or the lines of a block whose
lines are paragraphs themselves; each normalised and shingled once, on demand."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from functools import lru_cache
from itertools import islice

import regex

from corpuslint.console import SHELL_COMMAND
from corpuslint.checks.bios.sessions import in_display, in_session
from corpuslint.markdown_roles import LINK_DEFINITION
from corpuslint.restmarks import TARGET, opens_literal
from corpuslint.similarity import quick_tokens
from corpuslint.noweb import in_chunk
from corpuslint.textlines import indent_columns, lines_above
from corpuslint.textutil import URL_LIKE, is_structure, paragraph_at, paragraphs  # (paragraph_at: re-exported)


# bullets: ASCII marks, `•▪◦`, and the geometric shapes U+25A0-U+25FF (`■ □ ▶ ► ▼`: fnc1-train-1541's list)
LIST_OR_TABLE = regex.compile(r"^(?:[-*+•▪◦\u25a0-\u25ff]\s|\d{1,3}[.)]\s|\|)")
# a list item marked with a letter or a numeral in brackets: "d) make other distribution
# arrangements …" is option d of two lists of a licence, "(ii) the names of …" a clause
LETTERED_ITEM = regex.compile(r"^(?:[a-z]\)|\([a-z]{1,4}\)|\(\d{1,3}\))\s")
# what may close a sentence after its full stop: quotes, brackets, spaces (`He said "no."`)
CLOSING = "'\"’”)] \t"


_NO_SHINGLES: frozenset = frozenset()


@dataclass(slots=True)
class CopyUnit:
    start: int
    end: int
    key: str = ""  # normalised text (its words, space-separated)
    words: int = 0
    shingles: set | frozenset = _NO_SHINGLES  # the shingles it is compared by: none if `listy` (`ready`)
    hashes: set | frozenset = _NO_SHINGLES  # the shingles of its words, listy or not (`ready`)
    # whether it repeats by nature (`listy`); None: not asked yet, `repeats_by_nature` of `text` when first read
    nature: bool | None = False
    tokens: list[bytes] = field(default_factory=list)  # the words, UTF-8
    ready: bool = False  # key, words, tokens and hashes computed (`ready`)
    text: str = field(default="", repr=False, compare=False)  # the text it is cut from (when `nature` is None)

    @property
    def listy(self) -> bool:
        """A list item, a table row, a line of code (`repeats_by_nature`): never a copy. Asked when first
        read: most units cut from a text are never compared (off the prefilter's lines, or a run's
        neighbour that shares no shingle with its target). Its `shingles` are set with the answer."""
        nature = self.nature
        if nature is None:
            nature = self.nature = repeats_by_nature(self.text, self.start, self.end)
            if not nature:
                self.shingles = self.hashes
        return nature


class UnitList(list):
    """The units of a text; an entry may be None until `get` makes it a `CopyUnit`."""

    __slots__ = ("make",)
    make: Callable[[int], CopyUnit]  # builds entry j on first use

    def get(self, j: int) -> CopyUnit:
        unit = self[j]
        if unit is None:
            unit = self[j] = self.make(j)
        return unit


def _hard_wrapped(lines: list[str]) -> bool:
    """True for prose wrapped at a fixed width (its lines are not paragraphs of their own).

    Wrapped lines are long and of nearly the same length, and the line after a break usually
    goes on with the sentence; a block of captions, links or one-line paragraphs is not.
    """
    if len(lines) < 2:
        return False
    body = lines[:-1]
    longest = max(len(line) for line in lines)
    if longest > 100 or longest < 40 or any(len(line) < 0.7 * longest for line in body):
        return False
    if len(lines) == 2:
        following = lines[1].lstrip()
        return bool(following) and following[0].islower()
    return True


# a field of a record, alone at the start of its line: `Files:`, `Diagnostic-Code:`, reST's `:type:`
# (one word, no space: a caption's label "In the dark:" is words)
FIELD = regex.compile(r"(?:\p{L}[\p{L}\d_.-]*|:[\w -]{1,40}):(?=\s|$)")
_KEY_FIELDS = 2  # a record: its first line and another open with a field's label


def record_key(text: str, start: int, end: int) -> tuple[str, str] | None:
    """The key of a record (a block whose first line and another open with a field's label: a
    DEP-5 stanza's `Files:`, `Copyright:`, `License:`): its first field's label and value as
    written, or None."""
    rows = text[start:end].split("\n")
    labelled = [m for row in rows if (m := FIELD.match(row)) is not None]
    first = FIELD.match(rows[0])
    if first is None or len(labelled) < _KEY_FIELDS:
        return None
    return first.group(), rows[0][first.end():].strip()


# what closes a sentence at a line's end (then the next line may start one of its own)
SENTENCE_ENDS = (".", "!", "?", ":", ";", "…")
_WRAPPED_MIN = 40  # a line cut at a width is long (not "Submit this story" over "digg reddit stumble")
_WRAPPED_SHARE = 3  # one break in three or more goes on in lower case


def _laid_out_by_line(text: str, pieces: list[tuple[int, int]]) -> str:
    """How a block's lines are pieces of one unit, not paragraphs of their own, or "":
    "record" for `Key: value` fields or terms with their bodies indented under them (a Debian
    copyright stanza, a delivery report's recipient, an option over its description);
    "indented" for a block whose every line is indented (a block quote, a definition's body,
    code); "wrapped" for sentences wrapped over the lines (at a third of the breaks or more,
    a line of 40 characters or more leaves its sentence open and the next goes on in lower
    case). A scraped page's block of one-line paragraphs is none of these: its lines start at
    the margin and close their sentences, or are captions and labels of words."""
    indents = []
    for start, _end in pieces:
        line_start = text.rfind("\n", 0, start) + 1
        indents.append(start - line_start)
    margin = min(indents)
    if _record(text, pieces, indents, margin):
        return "record"
    if margin > 0:
        return "indented"  # every line indented: laid out by its writer
    previous = ""
    going_on = 0  # lines that go on with the sentence of the line above, cut at a width
    for start, end in pieces:
        if len(previous) >= _WRAPPED_MIN and text[start].islower() and not previous.rstrip(CLOSING).endswith(SENTENCE_ENDS):
            going_on += 1
        previous = text[start:end]
    # wrapped text goes on in lower case at a third of its breaks or more (the others fall before
    # a name, a number, a new sentence); a list of references with a link cut in two does not
    return "wrapped" if going_on and going_on * _WRAPPED_SHARE >= len(pieces) - 1 else ""


_RECORD_VALUE = 40  # a record has short values ("Action: failed", "License: BSD-3-clause"); captions do not


def _record(text: str, pieces: list[tuple[int, int]], indents: list[int], margin: int) -> bool:
    """Every line at the block's margin is a field (`Key:`) or a term with lines indented under it
    (by two or more), and the block is sure to be a record: a field or a term has such a body,
    a field is reST's (`:type:`), or two fields have short values ("Action: failed"), or one of
    three fields or more has (a headline's label "Indonesia: dead whale had …" under
    "Published: 20 Nov 2018" is neither)."""
    sure = False
    short = fields = 0
    for k, ((start, end), indent) in enumerate(zip(pieces, indents)):
        if indent != margin:
            continue
        deeper = indents[k + 1] - margin if k + 1 < len(pieces) else 0
        field = FIELD.match(text, start, end)
        if field is not None:
            sure = sure or deeper > 0 or text[start] == ":"
            short += end - field.end() <= _RECORD_VALUE
            fields += 1
        elif deeper >= 2:
            sure = True  # a term over its description
        else:
            return False
    return sure or short >= 2 or (short and fields >= 3)


# a line of code: a statement's end, a comment's mark, a call, an assignment or comparison, a
# snake_case name, an arrow
_CODE_LINE = regex.compile(r"[;{}]\s*$|\G(?://|/\*|\*/|#|!|--\s)|\w\(|[=!<>:+*/-]=|\s=\s|[a-z]_[a-z]|->|=>")


def _hanging_item(text: str, pieces: list[tuple[int, int]]) -> bool:
    """A term and its description in columns (a man page's, pod2text's, `--help`'s): the first line
    holds the term, two spaces or more, then the description, whose next lines are indented to the
    column it starts at (perldebug's `>> command  Adds an action …`). Two items of such a list say
    the same of two terms on purpose (`<< command` / `>> command`: tester28)."""
    line_start = text.rfind("\n", 0, pieces[0][0]) + 1
    first = text[line_start:pieces[0][1]]
    column = pieces[1][0] - text.rfind("\n", 0, pieces[1][0]) - 1
    if column <= pieces[0][0] - line_start or column >= len(first) or first[column - 2:column] != "  " \
            or first[column].isspace():
        return False
    return all(s - text.rfind("\n", 0, s) - 1 == column for s, _e in pieces[2:])


def code_continuation(text: str, start: int, end: int) -> bool:
    """The one line at start..end is code left open or closing what a line above opened: its brackets do
    not balance and it reads as code (`_CODE_LINE`). Two calls given the same arguments on their second
    lines (`FUN = times, sep = "|", colClasses = cls, col.names = nms)` under `> z <- read.zoo(…,` and
    under `> z2 <- read.zoo(…,`: zoo's FAQ, tester31) are two statements; removing one breaks its call."""
    if text.find("\n", start, end) != -1:
        return False
    line = text[start:end]
    opened = line.count("(") + line.count("[") + line.count("{")
    return opened != line.count(")") + line.count("]") + line.count("}") and _CODE_LINE.search(text, start, end) is not None


def _code_shaped(text: str, pieces: list[tuple[int, int]]) -> bool:
    """Half the lines of the block or more are code (`_CODE_LINE`), or every line is a setting."""
    code = sum(1 for start, end in pieces if _CODE_LINE.search(text, start, end) is not None)
    return 2 * code >= len(pieces) or all(_SETTING.fullmatch(text, start, end) is not None for start, end in pieces)


# a configuration file's statement: a lower-case keyword and a few arguments, one with a digit, a
# quotation mark or an operator (sensors3.conf's `label in1 "Vcore"`, `set in6_min 5.0 * 0.90`,
# `ignore in5`); a block of them is code, and two chips' blocks differ in what words do not show
# (`in1 "Vcore"` / `in2 "AVCC"`): never a copy to remove (qa16c N6)
_SETTING = regex.compile(r"[a-z][\w.-]*(?:[ \t]+\S+){0,4}?[ \t]+\S*[\d\"=*@/]\S*(?:[ \t]+\S+){0,4}(?<![.!?,;:])")


_SHORT_LINE = 80  # a typewriter's, a terminal's, a man page's width: text laid out to fit it
_STANZA_LINES = 3
# a mark set on a letter (Arabic's vowels, a combining accent) or a format character takes no column:
# a verse of Tanzil's Uthmani text is 51 letters and 92 characters (qa24 r09)
_NO_COLUMN = regex.compile(r"[\p{Mn}\p{Me}\p{Cf}]")


def columns(row: str) -> int:
    """How many columns a line takes, the marks set on its letters aside."""
    return len(row) - len(_NO_COLUMN.findall(row))


def line_of_stanza(text: str, start: int, end: int) -> bool:
    """The unit at start..end is one line of a block of three or more short lines (none over
    80 columns, `columns`): a stanza, a chorus, a log, statements of code, or a page's list of links. Its
    copy may be a refrain or a statement given again, as well as a link given twice: the block's
    shape cannot tell, so removing the line is no sure fix."""
    if text.find("\n", start, end) != -1:
        return False
    first = text.rfind("\n\n", 0, start)
    first = 0 if first == -1 else first + 2
    last = text.find("\n\n", end)
    last = len(text) if last == -1 else last
    rows = [row for row in text[first:last].split("\n") if row.strip()]
    return len(rows) >= _STANZA_LINES and max(columns(row.rstrip()) for row in rows) <= _SHORT_LINE


def leads_on(text: str, start: int, end: int) -> bool:
    """The unit at start..end leaves its sentence open and the text goes on with it below: the
    next line is a list item or goes on in lower case ("Each time You publish, distribute …
    disseminate" over a list of what, then "the Licensor agrees …"). Said again, it opens
    another sentence: a clause of the text, not a copy to drop."""
    if text[start:end].rstrip(CLOSING).endswith(SENTENCE_ENDS):
        return False
    following = text[end:end + 400].lstrip()
    return bool(following) and (following[0].islower() or LIST_OR_TABLE.match(following) is not None
                                or LETTERED_ITEM.match(following) is not None)


def indented_block(text: str, start: int, end: int) -> bool:
    """The unit at start..end is a block of several lines, every one indented: the body of what
    stands above it (an option, a directive, a definition, a quotation), which a reference may
    give again under another on purpose."""
    if text.find("\n", start, end) == -1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    return line_start < start and all(row[:1] in " \t" for row in text[line_start:end].split("\n") if row.strip())


def under_its_command(text: str, start: int, end: int, earlier: tuple[int, int]) -> bool:
    """The unit at start..end is one line right under a line of its block indented deeper than it,
    and that line is not the one over the earlier copy: a command or an example's code and the
    line that shows its result (vim help's `\tvim9cmd echo -0x7f -0o36` over `<\tE1004: White space
    required …`, the same error as under `\techo -0x7f -0o36`). A manual shows the same result under
    two commands; it is each example's own line, not a copy."""
    if text.find("\n", start, end) != -1:
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2:
        return False
    above_start = text.rfind("\n", 0, line_start - 1) + 1
    above = text[above_start:line_start - 1]
    if not above.strip() or indent_columns(above) <= indent_columns(text[line_start:end]):
        return False
    first_start = text.rfind("\n", 0, earlier[0]) + 1
    over_first = text[text.rfind("\n", 0, max(first_start - 1, 0)) + 1:max(first_start - 1, 0)]
    return over_first.strip() != above.strip()


def line_spans(text: str, offset: int = 0) -> list[tuple[int, int]]:
    """(start, end) of each line of `text` that is not blank, stripped; `offset` is where `text`
    starts in the document (a paragraph's lines, an author box's)."""
    out, at = [], offset
    for line in text.split("\n"):
        stripped = line.strip()
        if stripped:
            begin = at + line.index(stripped[0])
            out.append((begin, begin + len(stripped)))
        at += len(line) + 1
    return out


def units_of(text: str, *, tokenise: bool = True, shingle_size: int = 3) -> list[CopyUnit]:
    """The units a document is compared in: paragraphs, or the lines of blocks whose lines are
    paragraphs (not wrapped, not indented, not records: `_laid_out_by_line`).

    With `tokenise=False` the units are only cut out; `ready` computes a unit's words and
    shingles when they are needed (the prefilter leaves most units untouched).
    """
    units: list[CopyUnit] = []
    for block in paragraphs(text):
        chunk = text[block.start:block.end]
        if "\n" in chunk:
            pieces = line_spans(chunk, block.start)
            laid_out = "wrapped" if _hard_wrapped([text[s:e] for s, e in pieces]) else _laid_out_by_line(text, pieces)
            if not laid_out:
                code = len(pieces) >= _STANZA_LINES and _code_shaped(text, pieces)  # a code sample's lines
                for s, e in pieces:  # (`repeats_by_nature` asked when `listy` is read)
                    units.append(CopyUnit(s, e, nature=True if code else None, text=text))
                continue
            if laid_out == "record" or _code_shaped(text, pieces) or _hanging_item(text, pieces):
                # a record's fields and a term's description repeat by nature, and so does code
                units.append(CopyUnit(block.start, block.end, nature=True))
                continue
        units.append(CopyUnit(block.start, block.end, nature=None, text=text))
    if tokenise:
        for unit in units:
            ready(text, unit, shingle_size)
    return units


def repeats_by_nature(text: str, start: int, end: int) -> bool:
    """A list item, a table row or a line of code: they repeat by nature (a commit listed in two
    tables of release notes, a statement in two code samples)."""
    head = text[start:min(end, start + 8)]  # the marker is <= 5 characters
    if SHELL_COMMAND.match(head):
        return True  # a tutorial's command and its output: the same command at two steps is no copy
    if head[:1] in ".[" and (TARGET.match(text, start) or LINK_DEFINITION.match(text, text.rfind("\n", 0, start) + 1)):
        return True  # a link's target (reST's `.. _name: URL`, Markdown's `[name]: URL`) names what the text links
    # (bounds, not slices: a unit is a whole paragraph, and most are looked at only here)
    stop = end
    while stop > start and text[stop - 1].isspace():
        stop -= 1
    if stop > start and text[stop - 1] == "¶":
        return True  # a documentation page's heading with its permalink: its contents list names it again
    if not head[:1].isalpha() and LIST_OR_TABLE.match(head):  # (no marker is a letter)
        return True
    if head[1:2] in (")", "") or head[:1] == "(":
        if LETTERED_ITEM.match(head):
            return True
    if text.find(" | ", start, end) != -1 and text.find("\n", start, end) == -1:
        # a row of a Markdown table written without outer pipes: a line beside it has cells too
        before = text.rfind("\n", 0, max(0, start - 1))
        prev_line = text[before + 1:max(0, start - 1)]
        after = text.find("\n", end + 1)
        next_line = text[end + 1: after if after != -1 else len(text)]
        if " | " in prev_line or "|" in prev_line.strip()[:1] or " | " in next_line or "-|-" in prev_line:
            return True
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < start and _in_literal_block(text, line_start, start - line_start):
        return True  # code or a console session under a "::" (reST), given as it is shown
    if in_chunk(text, start):
        return True  # a Sweave vignette's R chunk (`<<ex14>>=` … `@`): its calls repeat from example to example
    if in_session(text, start) or in_display(text, start, end):
        return True  # a terminal session in a text browser's dump (a program prints its prompt again), a command shown
    if code_continuation(text, start, end):
        return True  # a call's arguments on its second line: each call's own
    return is_structure(text, start, end)  # a code fence or code line, a heading, a table row


_LITERAL_LOOKBACK = 200  # lines


def _in_literal_block(text: str, line_start: int, indent: int) -> bool:
    """The indented line at `line_start` belongs to a literal block: the nearest line above it
    that is indented less ends with "::" (reST's mark for code, a console session, a sample) or is a code
    directive (`.. code-block:: python`: flask's two `app.add_url_rule(…)` samples, tester26)."""
    for line in islice(lines_above(text, line_start), _LITERAL_LOOKBACK):
        stripped = line.lstrip()
        if stripped and len(line) - len(stripped) < indent:
            return opens_literal(stripped.rstrip())
    return False


def ready(text: str, unit: CopyUnit, k: int, *, listy: bool = True) -> CopyUnit:
    """Compute `unit`'s tokens, normalised key, word count and shingles (once). With `listy=False`
    its `shingles` wait until `listy` is read (`hashes`, the shingles of its words, are computed)."""
    if unit.ready:
        if listy and unit.nature is None:
            unit.listy  # (sets its shingles)
        return unit
    chunk = text[unit.start:unit.end]
    if not chunk.isascii() and not ("://" in chunk or "www." in chunk or "@" in chunk):
        # curly quotes, dashes, ellipses and no-break spaces cut words and are never part of one
        # (after NFKC too): as spaces they leave ASCII text, the fast path below (a third of
        # the paragraphs have them; ~20 ms on the 2000 documents)
        raw = _NOT_WORD_MARKS.sub(b" ", chunk.encode())
        if raw.isascii():
            chunk = raw.decode()
    if chunk.isascii():
        # `quick_tokens` for ASCII text in three C calls (lower-case letters and digits; the rest
        # cuts words), where its `re.findall` took most of the ~25 µs a paragraph cost: the
        # same words, as bytes, ~4x faster (~20 ms on the 2000 documents)
        if "://" in chunk or "www." in chunk or "@" in chunk:
            chunk = URL_LIKE.sub(" ", chunk)
        words = chunk.encode().translate(_ASCII_WORDS).split()
        count = len(words)
        if count < 40:  # numbers are not words for the minimum lengths (all far below 40)
            count -= sum(map(bytes.isdigit, words))
        unit.key = b" ".join(words).decode()
    else:
        found = quick_tokens(chunk)
        count = len(found)
        if count < 40:
            count -= sum(1 for w in found if w.isdigit())
        unit.key = " ".join(found)
        words = [w.encode() for w in found]  # the shingles of both kinds of text are of bytes
    unit.tokens = words
    unit.words = count
    if words and unit.nature is not True:
        unit.hashes = _shingle_hashes(words, k)
        if unit.nature is False:
            unit.shingles = unit.hashes
    unit.ready = True
    if listy and unit.nature is None:
        unit.listy  # (sets its shingles)
    return unit


# U+2000-U+206F (spaces, dashes, quotes, bullets, ellipsis, primes: none is a letter or digit, nor
# becomes one under NFKC), and the no-break space, guillemets, pound and euro signs
_NOT_WORD_MARKS = re.compile(rb"\xe2\x80[\x80-\xbf]|\xe2\x81[\x80-\xaf]|\xc2[\xa0\xa3\xab\xbb]|\xe2\x82\xac")
_ASCII_WORDS = bytes(c + 32 if 65 <= c <= 90 else c if 97 <= c <= 122 or 48 <= c <= 57 else 32 for c in range(256))


def _shingle_hashes(words: list[bytes], k: int) -> set[int]:
    """`similarity.word_shingles(words, k)` with each shingle replaced by its `hash()`.

    The analysis intersects and counts these sets many times; a tuple of three words is hashed
    again at every set operation, an int is not: ~15% faster on the real documents. Within one
    process a hash stands for its tuple (64 bits: two of a document's few thousand shingles
    collide with a chance of about 1e-12); never stored, so the per-process hash seed is harmless.
    """
    if len(words) <= k:
        return {hash(tuple(words))}
    if k == 3:  # the default, without the generator of slices (~20% less)
        return set(map(hash, zip(words, words[1:], words[2:])))
    return set(map(hash, zip(*(words[i:] for i in range(k)))))


_FORMULA_SHORT = 0.5  # share of one-character tokens from which a unit reads as a formula
_FORMULA_MIN_TOKENS = 8


def formula_like(text: str, unit: CopyUnit) -> bool:
    """A unit that is mostly a formula: a TeX residue (`{\\displaystyle …}`) or tokens most of which
    are one character (`1 2 ( E j k + E k j )`). Its words are letters and digits only, so two
    formulas that differ in their operators (`E_jk + E_kj`, `E_jk − E_kj`) look alike: such a unit is
    a copy only when it is the same text (wikipedia-3's two basis matrices, a 91% near-copy)."""
    if text.find("\\displaystyle", unit.start, unit.end) != -1:
        return True
    words = unit.tokens
    return len(words) >= _FORMULA_MIN_TOKENS and sum(len(w) == 1 for w in words) >= _FORMULA_SHORT * len(words)


# a breadcrumb trail's separators (`Home > News > Title`, `Accueil » Actualités » …`, `Start › Blog › …`)
_CRUMB_SEPARATOR = re.compile(r"\s[>»›]\s")


def crumb_naming(text: str, trail: CopyUnit, page: CopyUnit) -> bool:
    """`trail` is a breadcrumb trail (three crumbs or more) whose last crumb is `page`'s text: the
    navigation naming the page it stands on (its headline), not a copy of it. Kept as "the fuller
    copy", it cost the page its headline (sb26 B lynx, a French union's post, lynxgate29)."""
    crumbs = _CRUMB_SEPARATOR.split(text[trail.start:trail.end])
    return len(crumbs) >= 3 and quick_tokens(crumbs[-1]) == quick_tokens(text[page.start:page.end])


def trails_off(text: str, unit: CopyUnit) -> bool:
    """The unit ends in an ellipsis ("… In prepared remarks in front..."): a teaser cut at its
    length, a standfirst; not a sentence that closes."""
    return text[unit.start:unit.end].rstrip(CLOSING).endswith(("...", "…"))


def collapse_spaces(text: str) -> str:
    return " ".join(text.split())


# -- paragraphs around a unit: one reading of "the paragraph above/below" for whole.py and series.py

def blank(line: str) -> bool:
    """A blank line: nothing but white space. Paragraphs are the runs of lines between blank lines."""
    return not line.strip()


def next_paragraph(text: str, span: tuple[int, int], step: int) -> tuple[int, int] | None:
    """The paragraph above (`step` -1) or below (+1) the paragraph `span`, or None at an edge.

    The white space between is walked, the text not copied: `text[span[1]:].lstrip()` copied the
    rest of the text for each copy asked about, quadratic on a long text (qa19a #11)."""
    if step > 0:
        at, size = span[1], len(text)
        while at < size and text[at].isspace():  # (what `str.lstrip` strips)
            at += 1
        return None if at == size else paragraph_at(text, at)
    at = span[0]
    while at > 0 and text[at - 1].isspace():
        at -= 1
    return None if at == 0 else paragraph_at(text, at - 1)


def neighbour(text: str, start: int, end: int, step: int) -> tuple[int, int] | None:
    """The line right above (`step` -1) or below (+1) start..end if it is not blank (inside a
    block: its line), else the paragraph above or below (`next_paragraph`); None at an edge."""
    if step < 0:
        stop = text.rfind("\n", 0, start)
        if stop <= 0:
            return None
        begin = text.rfind("\n", 0, stop) + 1
        return (begin, stop) if not blank(text[begin:stop]) else next_paragraph(text, (start, end), -1)
    begin = text.find("\n", end)
    if begin == -1:
        return None
    stop = text.find("\n", begin + 1)
    stop = len(text) if stop == -1 else stop
    return (begin + 1, stop) if not blank(text[begin + 1:stop]) else next_paragraph(text, (start, end), 1)


@lru_cache(maxsize=16)  # a few names for each of the last texts
def per_text(text: str, name: str) -> dict:
    """A memo of one text's answers by `name`: a verdict that depends only on the text and the unit's
    words (not on the copy's place) is worked out once per distinct unit, not once per copy. A file
    of 1,050 question-and-answer pairs with 10 distinct (qa23 r08) asked each copy again, every ask a
    pass over the whole text: CL402 hit its time budget."""
    return {}
