"""CL141: the page furniture of a printed document's text (pdftotext's output): page numbers
alone on a line and running heads or feet, found by their shape and their place at the pages'
edges, never by their words."""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import defaultdict
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from corpuslint.models import Document, Fix, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.checks.boilerplate.manheads import man_head_and_foot
from corpuslint.linestart import AtLineStart
from corpuslint.textutil import block_removal, shorten

# a page number alone on its line: "12", "- 12 -", "— xii —", "Page 12", "Page 12 of 40", "12 of 40"
PAGE_NUMBER = regex.compile(
    r"[ \t]*(?:page[ \t]+)?(?:[-–—][ \t]*)?(?P<n>\d{1,4}|[ivxlc]{1,7})(?:[ \t]*[-–—])?"
    r"(?:[ \t]+of[ \t]+\d{1,4})?[ \t\r]*", regex.I)
_ROMAN = {"i": 1, "v": 5, "x": 10, "l": 50, "c": 100}
_WORD = regex.compile(r"\p{L}{3}")  # a word, not a figure's label (`CL−0`)
_DIGITS = regex.compile(r"\d+")
# a line that reads on into the next: no closing mark at its end (a page break inside a sentence)
_OPEN_END = regex.compile(r"[\p{L},;\-–]\s*$")
_LOWER_START = regex.compile(r"\s*\p{Ll}")

EDGE = 3  # the lines of a page that may be its furniture: its first three, its last three
HEAD_RANK = 1  # a running head or foot is a page's first line or its last (its page number aside)
MIN_PAGES = 3  # furniture repeats: a number counting up, a head repeated, on three pages at least
HEAD_WORDS = 15
HEAD_CHARS = 120
# without form feeds (the text of a PDF with its page breaks lost): RUN numbers counting up, each
# alone between blank lines, MIN_GAP lines a page apart or more, MID_SENTENCE of them (two at
# least) inside a sentence broken by the page's end
RUN = 5
MIN_GAP = 15
MID_SENTENCE = 0.2
HEADED = 0.5  # or a running head beside half of them or more
SKIP = 2  # pages whose number is not alone on a line (a figure's page), skipped in a run


def _roman(text: str) -> int | None:
    """The value of a lower- or upper-case roman numeral (i-cc), None if it is not a well-formed one."""
    s = text.lower()
    total = 0
    for k, ch in enumerate(s):
        v = _ROMAN[ch]
        total += -v if k + 1 < len(s) and _ROMAN[s[k + 1]] > v else v
    return total if 0 < total <= 200 and _to_roman(total) == s else None


def _to_roman(n: int) -> str:
    out = []
    for v, sym in ((100, "c"), (90, "xc"), (50, "l"), (40, "xl"), (10, "x"), (9, "ix"), (5, "v"), (4, "iv"), (1, "i")):
        while n >= v:
            out.append(sym)
            n -= v
    return "".join(out)


def page_number(line: str) -> tuple[str, int] | None:
    """("arabic" or "roman", value) when the line is a page number alone, else None."""
    m = PAGE_NUMBER.fullmatch(line)
    if m is None:
        return None
    n = m.group("n")
    if n.isdigit():
        return ("arabic", int(n))
    value = _roman(n)
    return None if value is None else ("roman", value)


@dataclass(slots=True)
class _Line:
    start: int
    end: int  # before its newline
    text: str


@dataclass(slots=True)
class _Page:
    start: int
    end: int
    lines: list[_Line]  # its non-blank lines

    def edges(self) -> Iterator[tuple[str, int, _Line]]:
        """("head" or "foot", rank from the edge, line) for the page's first and last EDGE lines."""
        seen: set[int] = set()
        for rank, line in enumerate(self.lines[:EDGE]):
            seen.add(line.start)
            yield "head", rank, line
        for rank, line in enumerate(reversed(self.lines[-EDGE:])):
            if line.start not in seen:
                yield "foot", rank, line


def _pages(text: str) -> list[_Page]:
    pages, at = [], 0
    for chunk in text.split("\f"):
        lines, pos = [], at
        for row in chunk.split("\n"):
            if row.strip():
                lines.append(_Line(pos, pos + len(row), row))
            pos += len(row) + 1
        pages.append(_Page(at, at + len(chunk), lines))
        at += len(chunk) + 1
    return pages


def _head_key(line: str) -> str:
    """A line's text with its numbers left out, spacing and case folded: the same running head
    on every page whatever the page's number beside it."""
    return " ".join(_DIGITS.sub(" ", line).split()).casefold()


@dataclass(slots=True)
class Furniture:
    start: int
    end: int  # the line's end, before its newline
    kind: str  # "number", "head" or "man" (a man page's head or foot: `manheads`)
    edge: str  # "head" or "foot" (the top or the bottom of its page), "" without form feeds
    page: int  # the page's index (0-based), the number's rank in its run without form feeds
    pages: int  # how many pages carry it (a number: how many numbers count up with it)
    safe: bool


def _numbers(pages: list[_Page]) -> list[Furniture]:
    """The page numbers: a number alone at a page's edge whose value minus the page's index is the
    same on MIN_PAGES pages or more (it counts up with the pages), the one nearest the edge per page."""
    candidates: dict[tuple[str, int], dict[int, tuple[int, str, _Line]]] = defaultdict(dict)
    for index, page in enumerate(pages):
        for edge, rank, line in page.edges():
            number = page_number(line.text)
            if number is None:
                continue
            kind, value = number
            per_page = candidates[(kind, value - index)]
            if index not in per_page or per_page[index][0] > rank:
                per_page[index] = (rank, edge, line)
    found = []
    for per_page in candidates.values():
        if len(per_page) < MIN_PAGES:
            continue
        for index, (rank, edge, line) in per_page.items():
            found.append(Furniture(line.start, line.end, "number", edge, index, len(per_page), False))
    return found


def _head_candidates(lines: list[_Line], numbers: set[int]) -> list[_Line]:
    """A page's first (or, reversed, last) line but its page number, if shaped like a running
    head: a word of three letters or more, at most HEAD_WORDS words and HEAD_CHARS characters,
    no colon at its end (a program output's `Linear Hypotheses:` opening a page is a lead-in)."""
    own = [line for line in lines[:EDGE] if line.start not in numbers][:HEAD_RANK]
    return [line for line in own
            if _WORD.search(key := _head_key(line.text)) is not None and len(key) <= HEAD_CHARS
            and len(key.split()) <= HEAD_WORDS and not key.endswith(":")]


def _repeated(carriers: dict[tuple[str, str], dict[int, _Line]], edges: dict[int, str]) -> list[Furniture]:
    """The groups of lines (one per page, keyed by the page's index or number) that are running
    heads: MIN_PAGES of them or more, the same text on each, or texts that differ only by a number
    that counts up with the pages (`2 Title`, `4 Title`); a heading that differs otherwise
    (`Example 1`, `Example 2` opening pages 3 and 4) is the text's own."""
    found = []
    for (edge, _key), per_page in carriers.items():
        if len(per_page) < MIN_PAGES:
            continue
        texts = {" ".join(line.text.split()) for line in per_page.values()}
        if len(texts) > 1:
            offsets = None
            for page, line in per_page.items():
                own = {int(n) - page for n in _DIGITS.findall(line.text)}
                offsets = own if offsets is None else offsets & own
            if not offsets:
                continue
        for page, line in per_page.items():
            found.append(Furniture(line.start, line.end, "head", edges.get(page, edge), page, len(per_page), False))
    return found


def _heads(pages: list[_Page], numbers: set[int]) -> list[Furniture]:
    """The running heads and feet: a line shaped like one (`_head_candidates`) among a page's
    first or last two lines (not counting the page number), whose text, numbers left out, stands
    at the same edge of MIN_PAGES pages or more (`_repeated`)."""
    carriers: dict[tuple[str, str], dict[int, _Line]] = defaultdict(dict)
    for index, page in enumerate(pages):
        if index == 0:
            continue  # the first page's head is the document's own title
        for edge in ("head", "foot"):
            for line in _head_candidates(page.lines if edge == "head" else page.lines[::-1], numbers):
                carriers[(edge, _head_key(line.text))].setdefault(index, line)
    return _repeated(carriers, {})


def _next_to_break(page: _Page, edge: str, line: _Line, furniture: set[int], first: bool, last: bool) -> bool:
    """Only furniture stands between the line and its page's form feed (not the text's start or end)."""
    if (edge == "head" and first) or (edge == "foot" and last):
        return False
    lines = page.lines if edge == "head" else page.lines[::-1]
    for other in lines:
        if other.start == line.start:
            return True
        if other.start not in furniture:
            return False
    return False


def with_form_feeds(text: str) -> list[Furniture]:
    """The furniture of a text with its pages separated by form feeds."""
    pages = _pages(text)
    if len(pages) < MIN_PAGES:
        return []
    numbers = _numbers(pages)
    heads = _heads(pages, {f.start for f in numbers})
    found = numbers + heads
    starts = {f.start for f in found}
    for f in numbers:
        f.safe = _next_to_break(pages[f.page], f.edge, _Line(f.start, f.end, ""), starts,
                                f.page == 0, f.page == len(pages) - 1)
    return sorted(found, key=lambda f: f.start)


def _text_lines(text: str) -> list[_Line]:
    lines, pos = [], 0
    for row in text.split("\n"):
        lines.append(_Line(pos, pos + len(row), row))
        pos += len(row) + 1
    return lines


def _mid_sentence(lines: list[_Line], at: int, furniture: set[int]) -> bool:
    """The page number at line `at` splits a sentence: the text line above it reads on (no closing
    mark) and the one below (past a running head) goes on in lower case."""
    above = next((lines[k].text for k in range(at - 1, -1, -1)
                  if lines[k].text.strip() and lines[k].start not in furniture), "")
    below = next((lines[k].text for k in range(at + 1, len(lines))
                  if lines[k].text.strip() and lines[k].start not in furniture), "")
    return bool(_OPEN_END.search(above)) and _LOWER_START.match(below) is not None


def _own_paragraph(lines: list[_Line], k: int) -> bool:
    """A blank line above and below line k: a page number is a paragraph of its own, not a line of
    a column of numbers (a program's output, a table's cells)."""
    return (k == 0 or not lines[k - 1].text.strip()) and (k + 1 == len(lines) or not lines[k + 1].text.strip())


def _runs(lines: list[_Line]) -> list[list[tuple[int, int]]]:
    """Runs of (line, value): RUN numbers or more, each alone on its line (`_own_paragraph`) and one more than the one
    before (or up to SKIP more: a page whose number is not alone), a page (MIN_GAP lines) apart or more."""
    numbered = [(k, n[1]) for k, line in enumerate(lines)
                if line.text.strip() and (n := page_number(line.text)) is not None and n[0] == "arabic"
                and _own_paragraph(lines, k)]
    # the longest chain ending at each candidate, and the candidate before it
    chain: list[int] = []
    before: list[int | None] = []
    # per value: the candidates' lines in text order, and the best chain among the first n of them
    lines_of: dict[int, list[int]] = defaultdict(list)
    best_of: dict[int, list[int]] = defaultdict(list)
    for i, (k, value) in enumerate(numbered):
        best, link = 1, None
        for step in range(1, SKIP + 2):
            rows = lines_of.get(value - step)
            if rows:
                n = bisect_right(rows, k - MIN_GAP * step)
                if n and chain[j := best_of[value - step][n - 1]] + 1 > best:
                    best, link = chain[j] + 1, j
        chain.append(best)
        before.append(link)
        tops = best_of[value]
        lines_of[value].append(k)
        tops.append(i if not tops or chain[i] > chain[tops[-1]] else tops[-1])
    runs, used = [], set()
    for i in sorted(range(len(numbered)), key=lambda i: -chain[i]):
        if chain[i] < RUN or i in used:
            continue
        run: list[int] = []
        j: int | None = i
        while j is not None and j not in used:
            run.append(j)
            j = before[j]
        if len(run) >= RUN:
            used.update(run)
            runs.append([numbered[j] for j in reversed(run)])
    return runs


def without_form_feeds(text: str) -> list[Furniture]:
    """The furniture of a text whose form feeds were lost: the runs of page numbers (`_runs`) with
    MID_SENTENCE of them or more (and two at least) inside a sentence the page's end broke, or
    HEADED of them or more beside a running head; and the running heads: among the two lines on each side of a page number, those
    repeated beside MIN_PAGES numbers or more (`_repeated`)."""
    lines = _text_lines(text)
    found: list[Furniture] = []
    for run in _runs(lines):
        numbers = [Furniture(lines[k].start, lines[k].end, "number", "", value - 1, len(run), False)
                   for k, value in run]
        starts = {f.start for f in numbers}
        carriers: dict[tuple[str, str], dict[int, _Line]] = defaultdict(dict)
        for (k, value), f in zip(run, numbers):
            after = [line for line in lines[k + 1:k + 1 + 2 * EDGE] if line.text.strip()]
            above = [line for line in lines[max(k - 2 * EDGE, 0):k][::-1] if line.text.strip()]
            for line in _head_candidates(after, starts) + _head_candidates(above, starts):
                carriers[("", _head_key(line.text))].setdefault(f.page, line)
        heads = {h.start: h for h in _repeated(carriers, {}) if h.start not in starts}
        furniture = starts | set(heads)
        broken = sum(_mid_sentence(lines, k, furniture) for k, _ in run)
        headed = len({h.page for h in heads.values()})
        if broken < max(2, MID_SENTENCE * len(run)) and headed < HEADED * len(run):
            continue
        found += numbers + list(heads.values())
    return sorted(found, key=lambda f: f.start)


# a line that may be a page number (a superset of PAGE_NUMBER's, found without splitting the text)
_MAYBE_NUMBER = regex.compile(r"^[ \t]*(?:page[ \t]+)?(?:[-–—][ \t]*)?\d{1,4}\b[^\n]{0,12}$", regex.M | regex.I)
# a superset of _MAYBE_NUMBER's lines in the standard `re`, which scans a text for it ~4x faster
# (`regex` tries its multi-line `^` at every place): no `\b` (the two modules' word characters
# differ), and any astral character may be a digit (`regex` knows digits of newer Unicode than
# `re`, all of them astral; tests/test_pages_prefilter.py). Fewer than RUN lines of it, fewer
# than RUN of _MAYBE_NUMBER's.
_WIDE_LINE = r"[ \t]*(?:page[ \t]+)?(?:[-–—][ \t]*)?[\d\U00010000-\U0010ffff]{1,4}[^\n]{0,12}$"
_MAYBE_NUMBER_WIDE = re.compile("^" + _WIDE_LINE, re.M | re.I)
_WIDE_LINES = AtLineStart(_WIDE_LINE, re.I)  # its lines counted, found by the newline before each (~3x faster)


def _enough(pattern: re.Pattern | regex.Pattern, text: str) -> bool:
    """Whether `pattern` finds RUN lines of `text` or more."""
    return sum(1 for _ in zip(range(RUN), pattern.finditer(text))) >= RUN


def page_furniture(text: str) -> list[Furniture]:
    """The page numbers and running heads of a text, in text order (a man page's: `manheads`)."""
    man = [Furniture(a, b, "man", edge, 0, 2, True) for a, b, edge in man_head_and_foot(text)]
    if "\f" in text:
        found = with_form_feeds(text)
    elif _WIDE_LINES.lines_in(text, RUN) < RUN or not _enough(_MAYBE_NUMBER, text):
        return man
    else:
        found = without_form_feeds(text)
    if not man:
        return found
    taken = {f.start for f in man}  # (a page's head again: the man page's shape says it)
    return sorted(man + [f for f in found if f.start not in taken], key=lambda f: f.start)


class PageFurniture(Rule):
    """## What it does
    Reports the page furniture of a printed document's text, as `pdftotext` gives it: page
    numbers alone on a line (`12`, `- 12 -`, `Page 12 of 40`, `xii`) and running heads or feet
    (the title, the chapter or the authors again at the top or the bottom of every page, with
    the page's number on their line or not). It knows them by their shape and their place, not
    their words. The pages are the text between form feeds. A page number is a number alone
    among a page's first or last three lines whose value counts up with the pages: the same
    difference between the number and the page's place on three pages or more. A running head
    or foot is a page's first or last line (its page number aside), short (at most 15 words, a
    word of three letters or more, no colon at its end), whose text stands at the same edge of
    three pages or more after the first (whose head is the document's own title): the same
    text on each, or texts that differ only by the page's number.

    Where the form feeds were lost, it reports page numbers and the running heads beside them:
    five numbers or more, each alone between blank lines and one more than the one before (or
    up to three more: a page whose number is not alone), at least 15 lines a page apart, with
    a fifth of them (and two at least) inside a sentence the page's end broke (the line above
    reads on, the one below goes on in lower case), or half of them beside a running head
    (a line repeated beside three numbers or more).

    A man page rendered to text (`man du | col -b`) has one page: its first line is the running head,
    the page's name and section at both ends and the manual's title between (`DU(1)   User Commands
    DU(1)`), its last the running foot, the same name and section after the source's and the date's
    columns (`GNU coreutils 9.1   September 2022   DU(1)`). Both are reported where both are there.

    ## Why is this bad?
    Page numbers and running heads are the paper's, not the text's: they break sentences and
    paragraphs where the page ended, repeat the title dozens of times, and teach a model to
    put numbers and titles in the middle of prose.

    ## Example
    ```
    what the model predicts for the next period.

    4

    Econometric Computing with HC and HAC Covariance Matrix Estimators

    yielding the estimator of the covariance
    ```
    (a form feed before `4`.) Use instead:
    ```
    what the model predicts for the next period.

    yielding the estimator of the covariance
    ```

    ## Options
    None.

    ## Fix safety
    The fix removes the line. It is safe for a page number that stands right next to its page's
    form feed (nothing but blank lines and other furniture between them) and counts up with the
    pages, and for a man page's head and foot (the same name and section at both ends of the text);
    unsafe for a page number further in, for a running head or foot (a repeated heading
    could be a long table's column heads, given again on each page), and for everything found
    without form feeds. As every fix, it changes no line the text's structure reads as code: a
    page number that an indented code example runs into (the page broke under the example, the
    number indented deeper than the text above it: 2 of `find(1)`'s 35, as groff pages it) is
    reported without its fix. A man page's running head (`FIND(1)   General Commands Manual
    FIND(1)`) is no code: the same name and section at both ends are no call.

    Never flagged: a number that does not count up with the pages (a list's item, a table's cell,
    an axis label of a figure, a year, a verse's number, an equation's `(3)`), a number inside
    the page (below its third line, above its last three), a heading that opens several pages
    with its own number (`Example 1`, `Example 2`), the first page's title, anything in a text
    with fewer than three pages.

    ## Known problems
    A page whose number pdftotext did not put at an edge (a figure's labels around it) keeps its
    number. A running head that changes on every page (a dictionary's first and last words), or
    that stands on fewer than three pages (a short chapter's), stays. Without form feeds, a
    text whose pages end at sentence ends and carry no running head (a paper's numbers at the
    foot) keeps its page numbers, and `pdftotext -layout`'s heads (the number on the head's
    line) are not found.
    """

    code = "CL141"
    name = "page-furniture"
    family = "boilerplate"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        for f in page_furniture(text):
            line = text[f.start:f.end]
            stop = f.end + 1 if f.end < len(text) and text[f.end] == "\n" else f.end
            shown = shorten(line.strip(), 60)
            side = "top" if f.edge == "head" else "bottom"
            if f.kind == "man":
                what = "head" if f.edge == "head" else "foot"
                message = (f"man page's running {what} `{shown}` (the page's name and section at both ends of "
                           f"the text); remove it")
            elif f.kind == "number" and f.edge:
                message = (f"page number `{shown}` alone at the {side} of page {f.page + 1} (one of "
                           f"{f.pages} counting up with the pages); remove it")
            elif f.kind == "number":
                message = (f"page number `{shown}` alone on a line, one of {f.pages} counting up a page "
                           f"apart (a PDF's text whose form feeds were lost); remove it")
            elif f.edge:
                message = (f"running {f.edge} `{shown}` at the {side} of page {f.page + 1} (the same "
                           f"at the {side} of {f.pages} pages); remove it")
            else:
                message = (f"running head `{shown}` beside a page number (beside {f.pages} of them); "
                           f"remove it")
            title = {"number": "Remove the page number", "head": "Remove the running head",
                     "foot": "Remove the running foot"}[f.kind if f.kind == "number" else (f.edge or "head")]
            if f.kind == "man":  # the text's first or last line: with the blank lines it leaves at the edge
                line_start = text.rfind("\n", 0, f.start) + 1
                fix = Fix.delete(*block_removal(text, line_start, f.end), title, safe=True)
            else:
                fix = Fix.delete(f.start, stop, title, safe=f.safe)
            yield Violation(
                start=f.start + (len(line) - len(line.lstrip())),
                end=f.start + len(line.rstrip()),
                message=message,
                fix=fix,
                source=f.kind,
                data={"kind": f.kind, "edge": f.edge, "page": f.page + 1, "pages": f.pages},
            )
