"""CL142 navigation-menu: a page's menu, known by its shape and its place, in any script.

A whole page's text (a crawl, a naive scraper, a lynx dump) opens and ends with the site's
navigation: a run of menu entries, one to a line. Their words differ from site to site and from
language to language, their shape does not: short lines, each a name (capitalised or in a
script without capitals, no sentence mark), one under the other (an extractor may set a blank
line between a menu's groups, lynx a bullet before each entry or bars between entries on one
line), before the page's first sentence or after its last one; between them only a sidebar
(a long run of Title Case names, or entries with their counts of posts).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from corpuslint.models import Document, Fix, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import block_removal, shorten

from corpuslint.checks.boilerplate.contentsdoc import contents_entries
from corpuslint.checks.boilerplate.itemruns import in_sorted_list
from corpuslint.checks.pdftext import paginated
from corpuslint.checks.boilerplate.menulines import (
    COPYRIGHT_NOTICE, ENTRY_CHARS, ENTRY_WORDS, INLINE_BARS, INLINE_SEPARATOR, LEAD_IN_COLON, PROSE_WORDS,
    SENTENCE_CLOSERS, SENTENCE_END, counted_entries, entry_sized, is_sentence, led_in, menu_entries, reads_as_menu,
    staff_list, verse_run, word_count,
)

MIN_ENTRIES = 6  # a menu: six entries or more, one under the other
COMPANY = 3  # lines at most between a run of a menu's shape only in part and a menu beside it
MID_ENTRIES = 10  # a menu between the text's sentences (a sidebar): ten entries or more, one to a line
TITLE_CASE = 0.7  # of the words of a sidebar between the sentences: a table's rows are Sentence case
WRAP_CHARS = 100  # a line of a dump wrapped at a terminal's width (lynx: 80 to 95 characters)
WRAPPED_WORDS = 5  # of a wrapped line of prose
FRAME = 2  # a page's head (tail) holds at most twice the words of its body, first to last sentence

# a line of text over a list one blank line below it, indented deeper: a lead-in or a sentence
# (a manual's `... finden Sie in ssh_config(5).` over its options)
_LEAD_OR_END = regex.compile(r"[:：.!?。！？][\"'”’»)\]]*$")
_SENTENCE_MARK = regex.compile(r"[.!?。！？](?:\s|$)")
_HEADED_WORDS = 12  # a paragraph below a heading
# a list item's bullet: a run right under it continues that item's list
_BULLET = regex.compile(r"[-*+•‣◦·–—](?:\s|$)")


_PLACES = {"before": "before the first sentence", "after": "after the last sentence",
           "between": "between the text's sentences (a sidebar)"}


def _paragraph(lines: list[str], k: int) -> str:
    """The block of lines from line `k` on, up to the next blank line, as one string."""
    words = []
    while k < len(lines) and lines[k].strip():
        words.append(lines[k].strip())
        k += 1
    return " ".join(words)


def _contents(lines: list[str], start: int, end: int, headings: _Headings) -> bool:
    """A table of contents: half of the run's entries or more stand again elsewhere in the text
    alone on a line, over a paragraph (12 words or more with a sentence mark) or marked as a
    heading by Sphinx's pilcrow (`General Questions¶`): its headings (`_Headings`)."""
    entries = {lines[k].strip() for k in range(start, end)} - {""}
    size = sum(1 for k in range(start, end) if lines[k].strip())
    found = 0
    for name in entries:
        where = headings.of(name)
        if where and (where[0] < start or where[-1] >= end):  # one of them outside the run
            found += 1
    return 2 * found >= size


class _Headings:
    """Where each short line of a text stands as a heading (`_contents`), asked once per line
    of the document (a long text repeats a sidebar hundreds of times: its entries are asked
    by every run)."""

    def __init__(self, lines: list[str], alone: dict[str, list[int]]) -> None:
        self.lines = lines
        self.alone = alone  # each short line of the text (pilcrow taken off): where it stands
        self.memo: dict[str, list[int]] = {}

    def of(self, name: str) -> list[int]:
        """The lines, in order, where `name` stands alone as a heading."""
        where = self.memo.get(name)
        if where is None:
            where = self.memo[name] = [k for k in self.alone.get(name, ()) if self._heading(k)]
        return where

    def _heading(self, k: int) -> bool:
        lines = self.lines
        if lines[k].rstrip().endswith("¶"):
            return True
        below = k + 1
        while below < len(lines) and not lines[below].strip():
            below += 1
        text = _paragraph(lines, below)
        return len(text.split()) >= _HEADED_WORDS and _SENTENCE_MARK.search(text) is not None


def _alone(lines: list[str], kinds: list[tuple[str, tuple[str, ...]] | None] | None = None,
           pilcrow: bool = True) -> dict[str, list[int]]:
    """Where each line short enough to be an entry stands, by its text (Sphinx's `¶` taken off);
    given the lines' `kinds`, only the entries and (if the text has any: `pilcrow`) the lines
    with a pilcrow: the others can match no entry."""
    where: dict[str, list[int]] = {}
    if kinds is None:
        indices = range(len(lines))
    elif pilcrow:
        indices = (k for k, kind in enumerate(kinds) if kind is not None or "¶" in lines[k])
    else:
        indices = (k for k, kind in enumerate(kinds) if kind is not None)
    for k in indices:
        if len(line := lines[k]) <= 2 * ENTRY_CHARS + 40:
            where.setdefault(line.strip().rstrip("¶ "), []).append(k)
    return where


def _more_prose(stripped: list[str], kinds: list[tuple[str, tuple[str, ...]] | None], first: int, last: int) -> bool:
    """More words in the text's sentences than in the names between its first and last
    sentences (counted until the sentences have more)."""
    listed = sum(word_count(stripped[n]) for n in range(first, last) if kinds[n] is not None)
    prose = 0
    for line in stripped:
        if prose >= listed:
            break
        if line[-1:] in SENTENCE_CLOSERS and is_sentence(line):
            prose += word_count(line)
    return prose >= listed


def menu_runs(text: str) -> list[tuple[int, int, int]]:
    """(start offset, end offset, entries) of each menu: a run of `MIN_ENTRIES` entries or more
    (across single blank lines between its groups) before the text's first sentence or after
    its last one, or a sidebar between them (see `NavigationMenu`). A text without a sentence
    has none: a list is then the document itself."""
    return [(start, end, entries) for start, end, entries, _ in placed_menu_runs(text)]


def placed_menu_runs(text: str) -> list[tuple[int, int, int, str]]:
    """`menu_runs` with each run's place: `before` the first sentence, `after` the last one, or
    `between` them (a sidebar)."""
    lines = text.split("\n")
    stripped = [raw.strip() for raw in lines]
    if not may_hold_menu(stripped):
        return []
    starts = []
    offset = 0
    for raw in lines:
        starts.append(offset)
        offset += len(raw) + 1
    first, last = _first_sentence(stripped), _last_sentence(stripped)
    if first is None or last is None:
        return []
    # a page's menus frame its article: a head (tail) of more than FRAME times the body's words
    # is no frame but the document itself, a list of names or a changelog with a few sentences;
    # the body's words are counted only as far as the larger of the two needs
    head = sum(word_count(line) for line in stripped[:first] if line)
    tail = sum(word_count(line) for line in stripped[last + 1:] if line)
    body = 0
    for line in stripped[first:last + 1]:
        if FRAME * body >= max(head, tail):
            break
        if line:
            body += word_count(line)
    head_is_frame = head <= FRAME * body
    tail_is_frame = tail <= FRAME * body
    # each line asked once, the lines a text repeats (a sidebar on each of a site's pages) once
    # in the document: the entries it holds
    memo: dict[str, tuple[str, tuple[str, ...]] | None] = {}
    kinds = [(memo[line] if line in memo else memo.setdefault(line, menu_entries(line))) if line else None
             for line in stripped]
    prose = None  # more words in the sentences than in the names between the first and last sentences
    found: list[tuple[int, int, int, str, int, int]] = []
    beside: list[tuple[int, int, int, str, int, int]] = []  # menus only beside another (`verse_run`)
    headings: _Headings | None = None  # made when a run first asks
    k = 0
    while k < len(lines):
        if kinds[k] is None:
            k += 1
            continue
        end = _run_end(lines, kinds, k)
        if k + 2 < end and not stripped[k + 1]:
            k += 2  # a first group of one line over the rest is its heading (`Contributors` over names)
        run = [kind for kind in kinds[k:end] if kind is not None]
        entries = [name for _, names in run for name in names]
        framing = end <= first and head_is_frame or k > last and tail_is_frame
        if len(entries) < MIN_ENTRIES or not framing and not (first < k and end <= last):
            k = end
            continue
        # between the sentences only a sidebar: a long run of plain lines in Title Case in a
        # text with more prose than lists (a list's items, a table's rows there are the
        # text's) and not under a line ending with a colon (the text introduces it), or entries
        # with their counts (under a label, `Archives:`, or not)
        if not framing:
            sidebar = counted_entries(entries)
            if not sidebar and len(entries) >= MID_ENTRIES and all(kind == "plain" for kind, _ in run) \
                    and not led_in(stripped, k) \
                    and reads_as_menu(entries, TITLE_CASE):
                if prose is None:
                    prose = _more_prose(stripped, kinds, first, last)
                sidebar = prose
        if (framing or sidebar) and reads_as_menu(entries) and not staff_list(stripped[k:end], entries) \
                and (verse := verse_run(stripped, run, entries, k, end)) is not True \
                and not _introduced(lines, _run_start(lines, kinds, k)) \
                and not in_sorted_list(lines, k, end) \
                and not _contents(lines, k, end, headings := headings if headings is not None
                                  else _Headings(lines, _alone(lines, kinds, "¶" in text))):
            start = starts[k] + len(lines[k]) - len(stripped[k])
            place = "before" if end <= first else "after" if k > last else "between"
            (found if verse is False else beside).append(
                (start, starts[end - 1] + len(lines[end - 1].rstrip()), len(entries), place, k, end))
        k = end
    # a run of long lines without capitals (headlines, or a song's lines) is a menu only beside
    # another menu, `COMPANY` lines apart at most (a site's lists of headlines under its menus)
    while joined := [run for run in beside if any(0 <= run[4] - other[5] <= COMPANY or 0 <= other[4] - run[5] <= COMPANY
                                                 for other in found)]:
        found += joined
        beside = [run for run in beside if run not in joined]
    return [run[:4] for run in sorted(found)]


def may_hold_menu(stripped: list[str]) -> bool:
    """Whether the stripped lines may hold a run of `MIN_ENTRIES` entries: only a line of an entry's size holds
    any (`entry_sized`), one at most unless it has a bar (`INLINE_BARS`: a menu on one line). An exact proof,
    asked before the text's sentences are looked for and each line is read: on the 10 MB bench 95% of the
    documents have fewer such lines and no bar (0.21 s of `placed_menu_runs`, 0.04 of this test)."""
    short = [line for line in stripped if line and entry_sized(line)]
    return len(short) >= MIN_ENTRIES or any(bar in line for line in short for bar in INLINE_BARS)


def _first_sentence(stripped: list[str]) -> int | None:
    """The line where the text's first sentence opens, or None: the first sentence on its line
    (`is_sentence`), from the first line of prose wrapped into it (lynx wraps a paragraph at its
    width: `Unser Ziel ist es, Ihnen die ...` / `... in Gossau gründeten.`); in a text without
    one, the first sentence wrapped over several lines (`_sentence_start`)."""
    for k, line in enumerate(stripped):
        if line[-1:] in SENTENCE_CLOSERS and is_sentence(line):
            while k - 1 >= 0 and _wrapped_line(stripped[k - 1]):
                k -= 1
            return k
    for k, line in enumerate(stripped):
        if line[-1:] in SENTENCE_CLOSERS and (start := _sentence_start(stripped, k)) is not None:
            return start
    return None


def _last_sentence(stripped: list[str]) -> int | None:
    """The line where the text's last sentence closes, or None: the last sentence on its line,
    in a text without one the last wrapped over several lines (`_sentence_start`)."""
    for k in range(len(stripped) - 1, -1, -1):
        if stripped[k][-1:] in SENTENCE_CLOSERS and is_sentence(stripped[k]):
            return k
    for k in range(len(stripped) - 1, -1, -1):
        if stripped[k][-1:] in SENTENCE_CLOSERS and _sentence_start(stripped, k) is not None:
            return k
    return None


def _sentence_start(stripped: list[str], k: int) -> int | None:
    """The line where a sentence closing on line `k` opens, or None: `k` for a sentence on its
    line (`is_sentence`); for one wrapped over the lines of a paragraph (lynx wraps a page's text
    at its width), the paragraph's first line after the last one closing a sentence, when the
    lines hold eight words or more, each line but the last a wrapped line of prose, and no
    copyright notice (`Über uns` / `Unser Ziel ist es, Ihnen die ...` / `... in Gossau
    gründeten.`): see `_wrapped_line`."""
    if is_sentence(stripped[k]):
        return k
    if not SENTENCE_END.search(stripped[k]):
        return None
    start = k
    while start - 1 >= 0 and _wrapped_line(stripped[start - 1]):
        start -= 1
    if start == k or COPYRIGHT_NOTICE.match(stripped[start]) \
            or sum(word_count(line) for line in stripped[start:k + 1]) < PROSE_WORDS:
        return None
    return start


def _wrapped_line(line: str) -> bool:
    """A line of prose that a dump wrapped at its width: longer than a menu entry, not longer
    than a terminal's line (`WRAP_CHARS`), five words or more, no bar between entries, no
    sentence closing at its end."""
    return (ENTRY_CHARS < len(line) <= WRAP_CHARS and len(line.split()) >= WRAPPED_WORDS
            and not INLINE_SEPARATOR.search(line) and not SENTENCE_END.search(line))


def _run_end(lines: list[str], kinds: list[tuple[str, tuple[str, ...]] | None], k: int) -> int:
    """The end (exclusive) of the run of entries from line `k`: entries one under the other, the
    run going on across a single blank line to the next entry (an extractor's layout puts a
    blank line between a menu's groups: `Reviews` / blank / `Best Products` / `Appliances`).
    A last group of one line over the text's next paragraph is its heading (`About This Site`
    over `Daring Fireball is written ...`), not the menu's: the run stops above it."""
    bullet = _bulleted(kinds[k])
    end = k
    while True:
        group = end
        while end < len(lines) and kinds[end] is not None and _bulleted(kinds[end]) == bullet:
            end += 1
        if end + 1 < len(lines) and not lines[end].strip() and kinds[end + 1] is not None \
                and _bulleted(kinds[end + 1]) == bullet:
            end += 1
            continue
        if group > k and end - group == 1 and end + 1 < len(lines) and not lines[end].strip() \
                and lines[end + 1].strip() and kinds[end + 1] is None:
            return group - 1
        return end


def _bulleted(kind: tuple[str, tuple[str, ...]] | None) -> bool:
    """An entry behind a list bullet: a run of them is one list, not joined to plain lines."""
    return kind is not None and kind[0] == "bullet"


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _introduced(lines: list[str], start: int) -> bool:
    """A list the text introduces, not a page's menu: the run hangs under a line of the text.

    - a sentence above it in its block of lines (no blank line between), on one line or
      wrapped over several (`We would like to thank the following people for their` /
      `contribution to Avahi 0.1.` over names);
    - a clause of eight words or more ending with `:` right above it or one blank line above
      it (`... any identifier that is not on the following 147-element list is not a keyword
      to the SQL parser in SQLite:` over the keywords), unlike a menu's label (`Official links:`);
    - a list item right above it (`* Translation updates` over the languages);
    - the list the run belongs to (its lines above at its indent, across a page break)
      indented deeper than the line right above it, or than a lead-in ending with `:` one
      blank line above it (`Copyright:` / ` Andrey Semashev`, `Contributors:` / blank /
      `  Ahmed S. Darwish`): the run is that line's sublist. A heading one blank line above an
      indented run (a lynx dump's `Navigation` over its links, indented like every paragraph
      of the page) introduces nothing.
    """
    k = start - 1
    while k >= 0 and lines[k].strip():
        if is_sentence(lines[k].strip()):
            return True
        k -= 1
    above = start - 1
    if above >= 0 and lines[above].strip() and (
            _BULLET.match(lines[above].strip()) or _wrapped_sentence(lines, above)
            or _wrapped_sentence(lines, above, LEAD_IN_COLON)):
        return True
    if above >= 1 and not lines[above].strip() and lines[above - 1].strip() \
            and _wrapped_sentence(lines, above - 1, LEAD_IN_COLON):
        return True
    indent = _indent(lines[start])
    above = _list_top(lines, start) - 1
    if above >= 0 and lines[above].strip():
        return indent > _indent(lines[above])
    above -= 1  # one blank line between a lead-in and its list
    return above >= 0 and _LEAD_OR_END.search(lines[above].rstrip()) is not None and indent > _indent(lines[above])


def _run_start(lines: list[str], kinds: list[tuple[str, tuple[str, ...]] | None], start: int) -> int:
    """Where the run at `start` begins when a page break cut it (`German` / form feed / running
    head / `Hungarian`): the first entry of its part on the page before, else `start`."""
    indent = _indent(lines[start])
    while (before := _before_page_break(lines, start)) is not None and kinds[before] is not None \
            and _indent(lines[before]) == indent:
        start = before
        while start - 1 >= 0 and kinds[start - 1] is not None and _indent(lines[start - 1]) == indent:
            start -= 1
    return start


def _list_top(lines: list[str], start: int) -> int:
    """The first line of the list the run at `start` belongs to: the lines right above it at
    its indent, continued across a page break (a form feed and the next page's running head,
    `2026-12-05 06:19   libgtk-3-0 NEWS   Page 4`) when the list goes on at the same indent."""
    indent = _indent(lines[start])
    top = start
    while True:
        while top - 1 >= 0 and lines[top - 1].strip() and _indent(lines[top - 1]) == indent:
            top -= 1
        before = _before_page_break(lines, top)
        if before is None or _indent(lines[before]) != indent:
            return top
        top = before


def _before_page_break(lines: list[str], top: int) -> int | None:
    """The last line of the page before when a page break stands right above line `top`
    (the previous page's text, a form feed, blank lines, one line of running head, blank
    lines, then `top`), or None when there is none."""
    k = top - 1
    if k < 0 or lines[k].strip():
        return None
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k < 0:
        return None
    feed = "\f" in lines[k]  # the running head, a form feed at its start
    k -= 1
    while k >= 0 and not lines[k].strip():
        feed = feed or "\f" in lines[k]
        k -= 1
    return k if k >= 0 and (feed or "\f" in lines[k]) else None


def _wrapped_sentence(lines: list[str], last: int, end: regex.Pattern[str] = SENTENCE_END) -> bool:
    """A sentence wrapped over the lines ending at line `last`: it closes there with a sentence
    mark (or `end`: `:` for a lead-in), opens after the block's previous sentence end, holds
    eight words or more, and one of its lines is longer than a menu entry (a run of short
    entries ending `N.Y.`, a menu's label `Follow Patheos` / `Atheist:` is no sentence)."""
    if not end.search(lines[last].rstrip()):
        return False
    k = last
    while k - 1 >= 0 and lines[k - 1].strip() and not SENTENCE_END.search(lines[k - 1].rstrip()):
        k -= 1
    part = [line.strip() for line in lines[k:last + 1]]
    return (sum(word_count(line) for line in part) >= PROSE_WORDS
            and any(word_count(line) > ENTRY_WORDS for line in part))


class NavigationMenu(Rule):
    """## What it does
    Reports a page's navigation menu left in its text: six entries or more, one under the
    other, each a short name (one to three words, 30 characters at most, opening with a
    capital letter, or with a letter of a script without capitals in 12 characters at most,
    no sentence mark at its end: initials, `U.S.`, close none), standing before the text's first sentence or after its last
    one (a sentence on one line, read from the first line of its paragraph that a dump such
    as lynx wrapped at its width; in a text with none, a sentence wrapped over several lines).
    A run goes on across a single blank line between a menu's groups (an extractor's
    layout); lynx's bullets (`* News`, `+ World`, `o Opinion`) and its `(BUTTON)` are read past, and a line
    of four names or more between bars or dots (`Home | News | Sport | Weather`) gives them
    all. Half of the run's words or more open with a capital (menus are Title Case, UPPER CASE
    or Sentence case), the entries are all but all different (six in ten in a run of 20
    capitalised entries or more: a long menu names its top entries again), and fewer than one
    in three is a program's name. Between the text's first and last sentences it reports a sidebar only:
    ten names or more one to a line, seven in ten of their words capitalised, in a text with
    more words of prose than of such names, not under a lead-in of three words or more ending
    with a colon (`The groups named in the citation are:`, right above or one blank line above;
    a label, `Follow us:`, is shorter), or a run whose entries
    carry their count of posts (`Gardening (12)`, `► March 2019 (4)`). It reads only the shape and the place, not the
    words, so it finds the menus of any site in any language.

    ## Why is this bad?
    A whole page's text (a Common Crawl WET record, a naive scraper's output, a lynx dump)
    keeps the site's menus: `Home`, `News`, `Sport`, `Weather` ... above the article, its
    sidebars beside it and the site map below it. They are no part of the text, they repeat
    on every page of the site, and they teach a model to write menus.

    ## Example
    ```
    News
    Sport
    Weather

    Travel
    Culture
    More

    The council voted on Tuesday to close the bridge for repairs, the mayor said.
    ```
    Use instead:
    ```
    The council voted on Tuesday to close the bridge for repairs, the mayor said.
    ```

    ## Options
    None.

    ## Fix safety
    The fix removes the run with its blank lines. It is unsafe: a list of short names at a
    text's head or tail may be the document's own (a contents list, a list of members).

    Never flagged: a run of five entries or fewer; runs two blank lines apart (each judged
    alone); a heading over a run, one line alone with a blank line under it (`Contributors`
    over names: the names judged alone), and the heading over the text's next paragraph
    (`About This Site`); any run in a text with no sentence (eight words or more, or in
    Chinese and Japanese some sixteen characters, closed by a sentence mark, not a copyright
    notice: a list, a poem, a table is then the document itself); between the text's first
    and last sentences, a bulleted list, a run of fewer than ten names, a Sentence case run
    (a table's rows) or any run in a text with fewer words of prose than of names (a
    manual's lists of functions); entries of a numbered series (`Chapter 4`, `Part II`: a
    book's contents); a staff list (each entry its own paragraph, six names or more of
    people, `Roland Alton`, each over its role, `Sysadmin`); a program's names (`IS_LINE_JUNK()`, `PurePath.parts`,
    `AddressFamily`, `|bug-fixes-6|`: a manual's options, functions and tags); verse and
    lyrics (lines of mostly lower-case words, or a refrain repeated; in a script without
    capitals, plain lines in stanzas of equal size a blank line apart or each its own paragraph,
    like a post's captions; and unless another menu stands three lines or fewer from them,
    Chinese or Japanese lines of five characters or more in the middle, or lines under a line
    ending with a colon, `下面是全诗：`); a list the text
    introduces: below a sentence in its block of lines (no blank line between them, the
    sentence on one line or wrapped over several: `... many others have also contributed.`
    over a list of names), right under a list item (`* Translation updates` over
    languages), under a clause of eight words or more ending with `:` (right under it or one
    blank line below it), or indented deeper than the line right above the list or than a
    lead-in ending with `:` or a sentence one blank line above it (`Copyright:` over
    ` Andrey Semashev`, `... finden Sie in ssh_config(5).` over options), the list followed
    across a page break (a form feed and the next page's running head); a run in a head
    (tail) holding more than twice the words of the text's body from its first sentence to
    its last (no frame around an article, but a list, an index or a changelog with a few
    sentences); a table of contents (half of its entries or more stand again alone on a
    line further on, over a paragraph of 12 words or more with a sentence mark or marked as
    a heading by Sphinx's `¶`: the text's own headings); Markdown (its lists and headings
    are the author's); a stretch of a book's index or a glossary's headwords (30 single-line
    paragraphs or more about it, one indentation, in alphabetical order: `itemruns.py`).

    A document that is a book's table of contents and nothing else (an EPUB's `bk01-toc` chapter:
    its title, `Table of Contents`, then eight numbered entries or more, two of them a level down,
    `1.1.`, no sentence; `contentsdoc.py`) is one finding that names the whole document, without a
    fix: whether to drop it is the user's decision.

    ## Known problems
    Menus of four words an entry are not found, nor entries a scraper put two blank lines
    apart, nor menus whose entries lynx ran onto one line between spaces alone, nor the menu
    of a page whose article is shorter than half its frame, nor a bulleted list between the
    sentences unless its entries carry counts. A contents list of unnumbered chapter titles at a text's head (a
    documentation page's sidebar of its own sections), a list of names after its last
    sentence flush left under a short label (`Contributors:`), or a long Title Case list
    inside a long article (a list of places) can be flagged, and so can a short poem in Chinese
    or Japanese of lines of four characters or fewer, one under the other, with no lead-in:
    review the fix. A site's lists of headlines in Chinese or Japanese standing alone (no menu
    beside them) are not found. A PDF's text (`pdftotext`: form feeds between its pages, paragraphs
    wrapped at one width) is not looked at: its runs of short lines are a table's cells, a list, a
    title page's authors, a figure's labels, and a printed page's menu there is missed.
    """

    code = "CL142"
    name = "navigation-menu"
    family = "boilerplate"
    fix_availability = FixAvailability.SOMETIMES  # (a whole document that is a contents list: no fix)
    # one finding per defect: a pack rule, CL151's count across the corpus or CL140's model that
    # names every line of the run says more (its message, its fix)
    defers_to_specific = True
    defer_order = 2
    defer_share = 0.99
    # authored Markdown: its lists and headings are the author's, not a site's menu
    skip_formats = frozenset({"markdown"})

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if entries := contents_entries(text):  # a book's `Table of Contents` alone: the document is the menu
            yield Violation(start=len(text) - len(text.lstrip()), end=len(text.rstrip()), data={"entries": entries},
                            message=f"the whole document is a table of contents ({entries} numbered entries, no text "
                                    "of its own): a book's navigation; drop the document (no fix: a person's decision)")
            return
        if paginated(text):
            return  # a PDF's text (`pdftotext`): its runs of short lines are a table's cells, a list, a title page's authors
        for start, end, entries, place in placed_menu_runs(text):
            first_line = text[start:end].split("\n", 1)[0]
            cut_start, cut_end = block_removal(text, start, end)
            kinds = [menu_entries(line.strip()) for line in text[start:end].split("\n") if line.strip()]
            inline = sum(1 for kind in kinds if kind is not None and kind[0] == "inline")
            layout = ("between bars" if inline == len(kinds) else
                      "one to a line and between bars" if inline else "one to a line")
            yield Violation(
                start=start,
                end=end,
                message=(f"navigation menu of {entries} short entries, {layout}, {_PLACES[place]} "
                         f"(`{shorten(first_line.strip(), 30)}` ...); remove it"),
                fix=Fix.delete(cut_start, cut_end, "Remove the menu", safe=False),
                data={"entries": entries},
            )

