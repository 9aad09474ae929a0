"""CL142 navigation-menu: a page's menu, known by its shape and its place, in any cased script.

A whole page's text (a crawl, a naive scraper, a lynx dump) opens and ends with the site's
navigation: a run of menu entries, one to a line. Their words differ from site to site and from
language to language, their shape does not: short lines, each a name (capitalised, no sentence
mark), one under the other with no blank line between, all before the page's first sentence or
after its last one.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from corpuslint.models import Document, Fix, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import block_removal, shorten

MIN_ENTRIES = 6  # a menu: six entries or more, one under the other
ENTRY_CHARS = 30
ENTRY_WORDS = 3
CAPITALISED = 0.7  # of the run's words: menus are Title Case or UPPER CASE, verse and lyrics are not
DISTINCT = 0.8  # of the run's lines: a menu names each place once, a refrain repeats
PROSE_WORDS = 8  # a sentence: eight words or more, closed by a sentence mark
FRAME = 2  # a page's head (tail) holds at most twice the words of its body, first to last sentence

# a line ending like a sentence or a clause (or a label, `Menu:`): no menu entry
_CLOSED = regex.compile(r"[.!?:;,…。！？；，：][\"'”’»)\]]*$")
# a heading of a numbered series (`Chapter 4`, `Part II`): a book's contents, not a site's menu
_NUMBERED = regex.compile(r"(?:\d+|[IVXLC]+)$")
_SENTENCE_END = regex.compile(r"[.!?。！？][\"'”’»)\]]*$")
_LEAD_IN = regex.compile(r"[:：]$")  # a clause introducing what follows
_LETTER = regex.compile(r"\p{L}")
_SENTENCE_MARK = regex.compile(r"[.!?。！？](?:\s|$)")
_HEADED_WORDS = 12  # a paragraph below a heading
_NOTICE = regex.compile(r"(?i:copyright\b)|.*©")
# a list item's bullet: a run right under it continues that item's list
_BULLET = regex.compile(r"[-*+•‣◦·–—](?:\s|$)")


def _entry(line: str) -> bool:
    """A line that may be a menu entry: 1-3 words, 30 characters at most, opening with a capital, no sentence mark."""
    if not line or len(line) > ENTRY_CHARS or not line[0].isupper() or _CLOSED.search(line):
        return False
    words = line.split()
    return len(words) <= ENTRY_WORDS and not (len(words) > 1 and _NUMBERED.fullmatch(words[-1]))


def _sentence(line: str) -> bool:
    """A sentence of the text: eight words or more closed by a sentence mark, no copyright notice
    (`© 2015 BBC. The BBC is not responsible ...`: the page's footer, below its last menu)."""
    return (len(line.split()) >= PROSE_WORDS and _SENTENCE_END.search(line) is not None
            and not _NOTICE.match(line))


def _menu(entries: list[str]) -> bool:
    """A run of entries that reads as a menu: mostly capitalised words, each entry named once."""
    words = [w for line in entries for w in line.split() if _LETTER.search(w)]
    if not words or sum(1 for w in words if not w[0].islower()) < CAPITALISED * len(words):
        return False
    return len({line.casefold() for line in entries}) >= DISTINCT * len(entries)


def _paragraph(lines: list[str], k: int) -> str:
    """The block of lines from line `k` on, up to the next blank line, as one string."""
    words = []
    while k < len(lines) and lines[k].strip():
        words.append(lines[k].strip())
        k += 1
    return " ".join(words)


def _contents(lines: list[str], start: int, end: int) -> bool:
    """A table of contents: half of the run's entries or more stand again elsewhere in the text
    alone on a line, over a paragraph (12 words or more with a sentence mark): its headings."""
    entries = {lines[k].strip() for k in range(start, end)}
    headings = 0
    for k, line in enumerate(lines):
        if start <= k < end or line.strip() not in entries:
            continue
        below = k + 1
        while below < len(lines) and not lines[below].strip():
            below += 1
        text = _paragraph(lines, below)
        if len(text.split()) >= _HEADED_WORDS and _SENTENCE_MARK.search(text):
            entries.discard(line.strip())
            headings += 1
    return 2 * headings >= end - start


def menu_runs(text: str) -> list[tuple[int, int, int]]:
    """(start offset, end offset, entries) of each menu: a run of `MIN_ENTRIES` entries or more
    with no blank line between them, before the text's first sentence or after its last one.
    A text without a sentence has none: a list is then the document itself."""
    lines = text.split("\n")
    # the first and the last sentence, each looked for from its end of the text (the lines between
    # them are the body: no entry of a run there is before the first sentence or after the last,
    # and a sentence is no entry, so no run crosses either; reading every line of every document
    # was CL142's largest cost)
    first = next((k for k, raw in enumerate(lines) if _sentence(raw.strip())), None)
    if first is None:
        return []
    last = next(k for k in range(len(lines) - 1, first - 1, -1) if _sentence(lines[k].strip()))
    frames: list[bool] = []  # (head, tail): computed for the first run long enough to be a menu

    def is_frame(head: bool) -> bool:
        if not frames:
            words = [len(raw.split()) for raw in lines]
            body = sum(words[first:last + 1])
            # a page's menus frame its article: a head (tail) of more than FRAME times the body's words
            # is no frame but the document itself, a list of names or a changelog with a few sentences
            frames.extend((sum(words[:first]) <= FRAME * body, sum(words[last + 1:]) <= FRAME * body))
        return frames[0] if head else frames[1]
    found = []
    k = 0
    while k < len(lines):
        if k == first:
            k = last + 1
            continue
        if not _entry(lines[k].strip()):
            k += 1
            continue
        end = k
        while end < len(lines) and _entry(lines[end].strip()):
            end += 1
        if end - k >= MIN_ENTRIES and is_frame(end <= first) and _menu([line.strip() for line in lines[k:end]]) \
                and not _introduced(lines, _run_start(lines, k)) and not _contents(lines, k, end):
            start = _offset(lines, k)
            start += len(lines[k]) - len(lines[k].lstrip())
            found.append((start, _offset(lines, end - 1) + len(lines[end - 1].rstrip()), end - k))
        k = end
    return found


def _offset(lines: list[str], k: int) -> int:
    """Where line `k` of the text split into `lines` starts."""
    return sum(len(line) for line in lines[:k]) + k


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
        if _sentence(lines[k].strip()):
            return True
        k -= 1
    above = start - 1
    if above >= 0 and lines[above].strip() and (
            _BULLET.match(lines[above].strip()) or _wrapped_sentence(lines, above)
            or _wrapped_sentence(lines, above, _LEAD_IN)):
        return True
    if above >= 1 and not lines[above].strip() and lines[above - 1].strip() \
            and _wrapped_sentence(lines, above - 1, _LEAD_IN):
        return True
    indent = _indent(lines[start])
    above = _list_top(lines, start) - 1
    if above >= 0 and lines[above].strip():
        return indent > _indent(lines[above])
    above -= 1  # one blank line between a lead-in and its list
    return above >= 0 and lines[above].rstrip().endswith(":") and indent > _indent(lines[above])


def _run_start(lines: list[str], start: int) -> int:
    """Where the run at `start` begins when a page break cut it (`German` / form feed / running
    head / `Hungarian`): the first entry of its part on the page before, else `start`."""
    indent = _indent(lines[start])
    while (before := _before_page_break(lines, start)) is not None and _entry(lines[before].strip()) \
            and _indent(lines[before]) == indent:
        start = before
        while start - 1 >= 0 and _entry(lines[start - 1].strip()) and _indent(lines[start - 1]) == indent:
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


def _wrapped_sentence(lines: list[str], last: int, end: regex.Pattern[str] = _SENTENCE_END) -> bool:
    """A sentence wrapped over the lines ending at line `last`: it closes there with a sentence
    mark (or `end`: `:` for a lead-in), opens after the block's previous sentence end, holds
    eight words or more, and one of its lines is longer than a menu entry (a run of short
    entries ending `N.Y.`, a menu's label `Follow Patheos` / `Atheist:` is no sentence)."""
    if not end.search(lines[last].rstrip()):
        return False
    k = last
    while k - 1 >= 0 and lines[k - 1].strip() and not _SENTENCE_END.search(lines[k - 1].rstrip()):
        k -= 1
    part = [line.strip() for line in lines[k:last + 1]]
    return (sum(len(line.split()) for line in part) >= PROSE_WORDS
            and any(len(line.split()) > ENTRY_WORDS for line in part))


class NavigationMenu(Rule):
    """## What it does
    Reports a page's navigation menu left in its text: six lines or more, one under the other
    with no blank line between them, each a short name (one to three words, 30 characters at
    most, opening with a capital letter, no sentence mark at its end), standing before the
    text's first sentence or after its last one. Seven in ten of the run's words open with a
    capital (menus are Title Case or UPPER CASE), and the entries are all but all different.
    It reads only the shape and the place, not the words, so it finds the menus of any site in
    any language written in a cased script (Latin, Greek, Cyrillic, Armenian).

    ## Why is this bad?
    A whole page's text (a Common Crawl WET record, a naive scraper's output, a lynx dump)
    keeps the site's menus: `Home`, `News`, `Sport`, `Weather` ... above the article and the
    site map below it. They are no part of the text, they repeat on every page of the site,
    and they teach a model to write menus.

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

    Never flagged: a run of five lines or fewer; a run with a blank line inside (each part is
    judged alone); any run in a text with no sentence (eight words or more closed by a
    sentence mark, not a copyright notice: a list, a poem, a table is then the document
    itself); a run between the
    text's first and last sentences (the article's lists, its subheadings); entries of a
    numbered series (`Chapter 4`, `Part II`: a book's contents); verse and lyrics (lines of
    mostly lower-case words, or a refrain repeated); a list the text introduces: below a
    sentence in its block of lines (no blank line between them, the sentence on one line or
    wrapped over several: `... many others have also contributed.` over a list of names),
    right under a list item (`* Translation updates` over languages), under a clause of
    eight words or more ending with `:` (right under it or one blank line below it), or
    indented deeper than the line right above the list or than a lead-in ending with `:`
    one blank line above it (`Copyright:` over ` Andrey Semashev`, `Contributors:` over
    `  Ahmed S. Darwish`), the list followed across a page break (a form feed and the next
    page's running head); a run in a head (tail) holding more than twice the words of the
    text's body from its first sentence to its last (no frame around an article, but a
    list, an index or a changelog with a few sentences); a table of contents (half of its
    entries or more stand again alone on a line further on, over a paragraph of 12 words or
    more with a sentence mark: the text's own headings); Markdown (its lists and headings
    are the author's).

    ## Known problems
    Menus in scripts without capitals (Chinese, Japanese, Arabic, Devanagari) are not found,
    nor menus of four words an entry, nor menus whose entries a scraper put on one line or
    between blank lines, nor the menu of a page whose article is shorter than half its
    frame. A contents list of unnumbered chapter titles at a text's head (a documentation
    page's sidebar of its own sections and functions), or a list of names after its last
    sentence flush left under a short label (`Contributors:`), can be flagged: review the fix.
    """

    code = "CL142"
    name = "navigation-menu"
    family = "boilerplate"
    fix_availability = FixAvailability.ALWAYS
    # one finding per defect: a pack rule, CL151's count across the corpus or CL140's model that
    # names every line of the run says more (its message, its fix)
    defers_to_specific = True
    defer_order = 2
    defer_share = 0.99
    # authored Markdown: its lists and headings are the author's, not a site's menu
    skip_formats = frozenset({"markdown"})

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        for start, end, entries in menu_runs(text):
            first_line = text[start:end].split("\n", 1)[0]
            cut_start, cut_end = block_removal(text, start, end)
            yield Violation(
                start=start,
                end=end,
                message=(f"navigation menu of {entries} short entries, one to a line, "
                         f"{'before the first' if self._before_text(text, start) else 'after the last'} "
                         f"sentence (`{shorten(first_line.strip(), 30)}` ...); remove it"),
                fix=Fix.delete(cut_start, cut_end, "Remove the menu", safe=False),
                data={"entries": entries},
            )

    @staticmethod
    def _before_text(text: str, start: int) -> bool:
        return not any(_sentence(line.strip()) for line in text[:start].split("\n"))
