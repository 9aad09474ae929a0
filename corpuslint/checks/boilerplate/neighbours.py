"""A repeated line among its neighbours: furniture, or one item of the document's own text?

Counts alone cannot tell a site's menu entry from a recipe's "- salt": both recur across many
documents. Their neighbours can. Furniture comes in runs of furniture (a menu, a footer, a share
bar), at a document's head or tail, or as a block of its own; content is one line among lines
of the document's own: the end of a wrapped sentence ("... the mailing" / "list."), a subtitle
cue's text under its number and time, an attribution under a quotation, a name in a list of
names, an ingredient in a list of ingredients, a changelog entry's "* New upstream release."
among the changelog's other entries. (A page whose lines are its paragraphs and menu entries,
one a line, has short lines of its own between its menus' entries: neighbours that are short
and end no sentence say nothing.)

So a repeated single line is left alone when, in its block (lines with no blank line between),
it is not the whole block and:
- the block is short (a paragraph, a stanza: eight lines at most), does not end within the
  document's last two lines (a mailing list's footer stands between the lines of the ad that
  comes with it, `This sf.net email is sponsored by: ...`), its own lines are text
  (most of them long: a menu's block has short entries of the site's own, `Store` /
  `Subscribe` / `Videos`), and the line stands between lines of the block's own, unless the
  line above is a long one that ends a sentence and this one has no bullet (one paragraph a
  line: `MORE TO COME` under a story; alone under a paragraph, a short line is as often its
  button, `Subscribe`, as the end of a sentence: that takes the next rule);
- the line above it is the document's own and a long one that ends no sentence, and this one
  starts with a small letter (or one of a script without capitals): the sentence goes on in
  this line (a wrapped paragraph, a licence clause; a headline over a `Share` button ends
  none either); or, alone, it is a long one that ends no sentence and the line below, the
  document's own, goes on with it in a small letter: a line of a wrapped paragraph that another
  document happened to wrap the same way (`XXX Describe the transmogrify() function added to
  the socket` / `module.`);
- (`runs_on_from_above`, asked of any repeated line) it starts with a small letter and goes on with
  a sentence that a long enough line of the document's own above left open, past a display the
  sentence shows (a command set deeper, a code literal alone on its line) and the blank lines
  around it (`... the command` / `info grep` / `should give you access to the complete manual.`);
- it is alone, short, and closes (`.`, `,`, `?`, `)` ...) the sentence that the line above, the
  document's own and long, left open, and the text's width broke it there (`_wrap_end`: the
  KJV at 79 columns, `... the son of Levi, the son of` / `Israel.`);
- a line above it in its block is the document's own time alone (six digit groups or more,
  `00:18:35,628 --> 00:18:37,755`): the line is that record's text, a subtitle cue's;
- it is indented, with no bullet, under a bulleted line, as the lines between them: the
  wrapped end of a list item (`(Closes: #964256)`);
- it is the block's last line, with a dash or bullet, under text of the document's own (most
  lines long; or, after a dash, a quotation of ten words or more, one line long, as a fortune's
  `Wo ich aufhören muss, ... keine Gewalt` / `mehr.`): an attribution under its quotation
  (`-- Mark Twain, ...`, `-- Goethe, Maximen und Reflexionen, Nr. 141`);
- it is the block's first line alone, away from the document's first and last two lines, over
  bulleted or deeper indented lines of the document's own: the caption of the document's own
  items (`[ Debian Janitor ]`, `Bug fixes:`);
- its run of repeated lines, all shaped alike, is items of a list whose other items (two or
  more, shaped alike: the same indentation and bullet or number, both short or both prose; an
  unbulleted list only of names with an address, `Jane Doe <jd@example.org>`) are the
  document's own; or it is one bulleted sentence beside one other of the document's own, of its
  shape (`* New upstream release.` over `* symbols: Updated.`, at the document's head too).
A document's first line, a paragraph ending with a colon over a long paragraph of its own, is
its address to the reader (`Fellow-Citizens of the Senate and House of Representatives:`), left
alone too; further down the page `Follow us:`, `Read more:` are a template's captions.
And a bulleted or numbered line ("- salt", " -- Name <mail>  date", "7. Termination") away
from the document's first and last two lines is left alone when the document holds two or
more lines of the same bullet and indentation that are its own: an item of the document's
lists (a menu or a footer list stands at the head or tail).
"""

from __future__ import annotations

import heapq
from collections.abc import Callable, Sequence
from itertools import islice

import regex

from corpuslint import textlines
from corpuslint.checks.corpus_units import LONG_WORDS, CorpusUnit
from corpuslint.textutil import ends_sentence

SMALL = 8  # lines of a block that is a paragraph, a stanza, a record (a whole page's text is longer)
_ENDS = frozenset(".!?…:;。！？；：\"'”’)]")
DIGIT_GROUPS = regex.compile(r"\d+")
# a list item's bullet or number at the line's start: "-", "*", "•", "--", "1.", "(a)", "iv)"
BULLET = regex.compile(r"[-*•+·‣◦▪–—>]{1,3}(?=\s)|\(?(?:\d{1,3}|[a-zA-Z]|[ivxlcIVXLC]{1,5})[.)](?=\s)")


def _shape(text: str, u: CorpusUnit) -> tuple[int, str]:
    """A line's indentation and bullet (digits read as 0, letters as a): the form a list gives
    each of its items, whatever they say."""
    indent = u.start - (text.rfind("\n", 0, u.start) + 1)
    m = BULLET.match(text, u.start, u.end)
    marker = "" if m is None else regex.sub(r"\d+", "0", regex.sub(r"[a-zA-Z]+", "a", m.group()))
    return indent, marker


def _prose(u: CorpusUnit) -> bool:
    return u.sentence or u.words >= LONG_WORDS


def _kind(text: str, u: CorpusUnit, shape: tuple[int, str]) -> tuple:
    """What the items of one list share: the shape, short or prose, and for an unbulleted line
    its size and whether it holds an address (a name list's `Jane Doe <jd@example.org>`); a
    footer's lines differ from one another (a rule, the list's name, its URL)."""
    if shape[1]:
        return shape, _prose(u)
    size = 1 if u.words <= 1 else 2 if u.words <= 3 else 3 if u.words <= 6 else 4
    return shape, _prose(u), size, regex.search(r"@|<[^>\n]+>", text[u.start:u.end]) is not None


def _goes_on(c: str) -> bool:
    """A line's first letter that goes on a sentence: a small letter, or one of a script without
    capitals (a number starts `149 Comments` as well as a sentence)."""
    return c.isalpha() and not c.isupper() and (c.islower() or not c.isascii() and c.upper() == c)


def _textual(text: str, units: Sequence[CorpusUnit], block: list[int], flags: list[bool]) -> bool:
    """Whether a block's own lines are text, not labels: most of them long (a menu's block,
    `Store` / `Subscribe` / `Videos`, has short entries of the site's own)."""
    own = [units[i] for i, f in zip(block, flags) if not f and units[i].words and not units[i].number]
    return 2 * sum(_long(text, u) for u in own) > len(own)


_DASHES = frozenset({"-", "--", "—", "–", "~"})  # an attribution's mark (a list's bullet is `*`, `•`, a number)
_QUOTATION_WORDS = 10


def _quotation(text: str, units: Sequence[CorpusUnit], block: list[int], flags: list[bool],
               shape: tuple[int, str]) -> bool:
    """Whether a block's last line, after a dash, attributes the block's own lines above it: a
    quotation of ten words or more, one of its lines long (a fortune's two lines, the second
    its sentence's last word), or verse, three lines or more of a few words each, no bullet (a
    quatrain of Lem's `Cyberiad` over `-- Stanislaw Lem, "Cyberiad"`, tester33 B4). A menu's
    block has short entries, one or two words each; a footer's lines are its template's, not
    the document's own."""
    own = [units[i] for i, f in zip(block[:-1], flags) if not f and units[i].words]
    return (shape[1] in _DASHES and sum(u.words for u in own) >= _QUOTATION_WORDS
            and (any(_long(text, u) for u in own) or _verse(text, own)))


_VERSE_LINES = 3
_VERSE_WORDS = 2  # a verse line's words at least (`Silently scheming,`)


def _verse(text: str, own: list[CorpusUnit]) -> bool:
    """Lines of verse: three or more, a few words each, none bulleted."""
    return len(own) >= _VERSE_LINES and all(u.words >= _VERSE_WORDS and not _shape(text, u)[1] for u in own)


def _time(text: str, u: CorpusUnit) -> bool:
    """A line of a time range or a date and time alone (`00:18:35,628 --> 00:18:37,755`)."""
    return u.number and len(DIGIT_GROUPS.findall(text, u.start, u.end)) >= 6


def _long(text: str, u: CorpusUnit) -> bool:
    return u.words >= 6 or u.end - u.start >= 40


_CLOSES = frozenset(".!?…,;:。！？；：，、")  # a sentence's or a clause's end
_STOPS = frozenset(".!?…:;。！？；：")  # a sentence's end (a comma leaves it open)
_SLACK = 2  # columns: wrappers differ in whether a line may fill the width (`fmt`, `textwrap`, a Bible's)
_CLOSING = "\"'”’»)]"  # after it, a closing quotation mark or bracket: `... the 'expandtab'` / `option.)`


def _width(text: str, u: CorpusUnit) -> int:
    """The columns a line takes, its indentation included (a tab to the next multiple of 8)."""
    return len(text[text.rfind("\n", 0, u.start) + 1:u.end].expandtabs(8))


class _Widths:
    """The widest lines of a document (`_width`), read on the first question."""

    def __init__(self, text: str, units: Sequence[CorpusUnit], blocks: list[list[int]]) -> None:
        self.text, self.units, self.blocks = text, units, blocks
        self.top: list[tuple[int, int]] | None = None

    def widest(self, but: tuple[int, ...]) -> int:
        """The widest of the document's lines but the unit indexes `but` (two at most); 0: none."""
        if self.top is None:
            self.top = heapq.nlargest(3, ((_width(self.text, self.units[i]), i)
                                          for block in self.blocks for i in block))
        return next((w for w, i in self.top if i not in but), 0)


def _wrap_end(text: str, units: Sequence[CorpusUnit], block: list[int], n: int, widths: _Widths) -> bool:
    """Whether the line `block[n]` is the end of a sentence that the text's width broke off the
    line above: that line is long and leaves its sentence open (no sentence's mark at its end),
    this one is short (under LONG_WORDS words) and closes it (a sentence's or a clause's mark, or
    a closing bracket: `LORD,` ends a verse that goes on), and the text was wrapped there: the
    line above fits in the text's width and this one's first word would not have (both within
    two columns). The width is the widest of the block's other lines, or of the document's when the
    block is a paragraph of two lines. The KJV at 79 columns, `... the son of Levi, the son of` /
    `Israel.`; a vim help file's `... set the 'verbose'` / `option.`. A word that a language
    repeats (a name, `option`) ends many sentences; furniture is written line by line and
    finishes none of the text's sentences. A headline over `Read more.` is not cut at the width
    of the text about it."""
    if n == 0:
        return False
    u, above = units[block[n]], units[block[n - 1]]
    line, top = text[u.start:u.end], text[above.start:above.end]
    if u.words >= LONG_WORDS or not _long(text, above) or not line.strip() or not top.strip():
        return False
    if line[-1:] not in ")]" and line.rstrip(_CLOSING)[-1:] not in _CLOSES:
        return False  # (a closing bracket ends a clause too: `... the mystery of` / `Christ)`)
    end = top.rstrip(_CLOSING)[-1:]
    if end in _STOPS and not (end in "?!" and line[:1].islower()):
        return False  # (`... to the wheat?` / `saith the LORD.`: the sentence goes on after a question)
    if len(block) > 2:
        widest = max(_width(text, units[i]) for k, i in enumerate(block) if k not in (n - 1, n))
    else:
        widest = widths.widest((block[n - 1], block[n]))
    width = _width(text, above)
    return width <= widest + _SLACK and widest < width + 1 + len(line.split(None, 1)[0]) + _SLACK


def _caption(text: str, units: Sequence[CorpusUnit], i: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the document's first line, a paragraph ending with a colon, is its address to the
    reader over its own text (a long paragraph of its own): `Fellow-Citizens of the Senate and
    House of Representatives:`, `To the Congress of the United States:`."""
    u = units[i]
    if i > 0 or text[u.end - 1:u.end] not in (":", "："):
        return False  # (in the page, `Follow us:`, `Read more:`, `Hidden categories:` are a template's)
    return i + 1 < len(units) and not repeated(i + 1) and _long(text, units[i + 1])


def blocks_of_lines(text: str, units: Sequence[CorpusUnit]) -> list[list[int]]:
    """The single lines of the text grouped by block, as unit indexes in text order: the lines of
    a multi-line paragraph together, a one-line paragraph alone."""
    blocks: list[list[int]] = []
    prev: CorpusUnit | None = None
    for i, u in enumerate(units):
        if u.line:
            if prev is not None and prev.line and blocks and text.count("\n", prev.end, u.start) == 1:
                blocks[-1].append(i)
            else:
                blocks.append([i])
        elif text.find("\n", u.start, u.end) == -1:
            blocks.append([i])
        else:
            continue  # a multi-line paragraph as a whole: its lines follow
        prev = u
    return blocks


def own_items(text: str, units: Sequence[CorpusUnit], repeated: Callable[[int], bool]) -> set[int]:
    """The indexes of the repeated single lines (`repeated(i)`) that are items of the document's
    own text by their neighbours (see the module's docstring); a multi-line paragraph is never
    among them."""
    blocks = blocks_of_lines(text, units)
    widths = _Widths(text, units, blocks)
    own: set[int] = set()
    shapes: dict[int, tuple[int, str]] = {}
    unique_bullets: dict[tuple[int, str], int] = {}  # shape -> the document's own lines of it
    for block in blocks:
        for i in block:
            shapes[i] = s = _shape(text, units[i])
            if s[1] and not repeated(i) and units[i].words:
                unique_bullets[s] = unique_bullets.get(s, 0) + 1
    for block in blocks:
        flags = [repeated(i) for i in block]
        if len(block) == 1 and flags[0] and _caption(text, units, block[0], repeated):
            own.add(block[0])
            continue
        if not any(flags) or all(flags):
            continue  # (a block wholly repeated is a run of furniture, or the bullets' below)
        wrapped = wrapped_block(text, units, block)
        n = 0
        while n < len(block):
            if not flags[n]:
                n += 1
                continue
            m = n
            while m < len(block) and flags[m]:
                m += 1
            run = block[n:m]
            if wrapped and all(_long(text, units[i]) and not shapes[i][1] for i in run):
                own.update(run)  # long lines of a wrapped paragraph with lines of its own: they go with it
            elif _own_run(text, units, shapes, block, flags, n, m, widths):
                own.update(run)
            elif m - n > 1 and _wrap_end(text, units, block, n, widths):
                own.add(block[n])  # `... sur Debian` / `GNU/Linux.` over a rule the pages share: the tail is the text's
            n = m
    for i, shape in shapes.items():
        if shape[1] and unique_bullets.get(shape, 0) >= 2 and repeated(i) and not units[i].edge:
            own.add(i)  # an item of the document's lists, away from its head and tail
    return own


def _open(line: str) -> bool:
    """Whether a line leaves its sentence open: no sentence's mark at its end, a quotation's closing mark
    read through (`... accumulated on the 'master'` / `front since 2.37.1.`, tester32)."""
    return line.rstrip(_CLOSING)[-1:] not in _ENDS


def wrapped_block(text: str, units: Sequence[CorpusUnit], block: list[int]) -> bool:
    """Whether the block is a paragraph wrapped over its lines: one of them, long, leaves its sentence
    open and the next goes on with it in a small letter. Its long repeated lines, no bullet, go with the
    paragraph or stay (a short one, `Israel.`, `Read more.`, and an item, `* Goethe, …`, are asked as
    before): another document giving the
    same entry wrapped alike (FOLDOC files the TCSEC entry under
    seven headwords, qa23 r07) made some of its lines repeated and not the others, and their fix left
    `{National Computer Security Council} (an arm of the` / `are four levels, A, B, C, and D.`."""
    for k in range(len(block) - 1):
        u, below = units[block[k]], units[block[k + 1]]
        if _long(text, u) and _open(text[u.start:u.end]) and _goes_on(text[below.start]):
            return True
    return False


def wrapped_lines(text: str, units: Sequence[CorpusUnit], repeated: Callable[[int], bool]) -> set[int]:
    """The indexes of the lines of a sentence chain that is not furniture as a whole: lines linked by a
    sentence running through them (a long line leaving it open, the line below going on in a small
    letter), one of them at least not repeated (`repeated(i)` false). Such a line goes with its chain or
    stays: lines cut at the text's width are no items, and judged one by one the short lines of a paragraph
    that a few point releases repeat were "furniture" and the long ones not (tester32: `... accumulated on
    the 'master'` removed over `front since 2.37.1.`; git 1.6.2's announcement taken for a navigation
    list). A chain repeated line by line is asked as before where it is not its paragraph whole, where
    its paragraph stands at the text's head or tail (the FSF's permissive notice), or where the paragraph is
    furniture as a whole (reported so); so is a short line glued under a paragraph it does not go on
    (`Read more.`)."""
    found: set[int] = set()
    for block in blocks_of_lines(text, units):
        chain: list[int] = []
        for k, i in enumerate(block):
            chain.append(i)
            below = units[block[k + 1]] if k + 1 < len(block) else None
            u = units[i]
            if below is not None and _long(text, u) and _open(text[u.start:u.end]) and _goes_on(text[below.start]):
                continue
            if len(chain) > 1 and (not all(repeated(c) for c in chain) or chain == block and _unjudged(units, block, repeated)):
                found.update(chain)
            chain = []
    return found


def _unjudged(units: Sequence[CorpusUnit], block: list[int], repeated: Callable[[int], bool]) -> bool:
    """Whether the paragraph whose lines are `block` (its unit stands just before its first line) stands
    amid the text and is no furniture as a whole: a paragraph that a few documents share there (git
    1.6.2-1.6.5's announcement) whose short lines each are. At a text's head or tail (the FSF's notice
    over grep's AUTHORS) its lines are asked as before."""
    para = block[0] - 1
    return (para >= 0 and not units[para].line and units[para].end >= units[block[-1]].end and not units[para].edge
            and not repeated(para))


def _hanging(shapes: dict, block: list[int], n: int) -> bool:
    """Whether `block[n]` goes on the list item above it: no bullet, indented deeper than the
    nearest bullet above, as every line between them."""
    indent, marker = shapes[block[n]]
    if marker:
        return False
    for k in range(n - 1, -1, -1):
        above_indent, above_marker = shapes[block[k]]
        if above_marker:
            return indent > above_indent
        if above_indent != indent:
            return False
    return False


def _own_run(text: str, units: Sequence[CorpusUnit], shapes: dict, block: list[int], flags: list[bool],
             n: int, m: int, widths: _Widths) -> bool:
    """Whether the repeated lines `block[n:m]` (a run, not the whole block) are the document's own
    by the lines about them (see the module's docstring)."""
    first = units[block[n]]
    if n > 0:
        above = units[block[n - 1]]
        line = text[above.start:above.end]
        if any(not f and _time(text, units[i]) for i, f in zip(block[:n], flags[:n])):
            return True  # a record's text under its time: a subtitle cue's
        if len(block) <= SMALL and m < len(block) and not units[block[-1]].edge \
                and _textual(text, units, block, flags) \
                and not (_long(text, above) and line[-1:] in _ENDS and not shapes[block[n]][1]):
            return True  # between the lines of a stanza or a short paragraph
        if _long(text, above) and line[-1:] not in _ENDS and _goes_on(text[first.start]):
            return True  # the sentence above goes on here (a headline over `Share` ends none either)
        if m - n == 1 and _wrap_end(text, units, block, n, widths):
            return True  # the last word(s) of a sentence the width broke off (`... the son of` / `Israel.`)
        if _hanging(shapes, block, n):
            return True  # the wrapped end of a list item, indented under its bullet
        if m == len(block) and m - n == 1 and shapes[block[n]][1] and (
                _textual(text, units, block, flags) or _quotation(text, units, block, flags, shapes[block[n]])):
            return True  # an attribution under its quotation
    elif m - n == 1 and not first.edge:
        if shapes[block[m]][1] or shapes[block[m]][0] > shapes[block[n]][0]:
            return True  # the caption of the document's own items
    if m - n == 1 and m < len(block):
        below = units[block[m]]
        line = text[first.start:first.end]
        if _long(text, first) and _open(line) and _goes_on(text[below.start]):
            return True  # its sentence goes on in the line below: a wrapped line of the document's paragraph
    kinds = {_kind(text, units[i], shapes[i]) for i in block[n:m]}
    if len(kinds) != 1:
        return False
    kind = next(iter(kinds))
    if not kind[0][1] and not kind[-1]:
        return False  # short unbulleted lines: a menu's entries as much as a list's items
    alike = sum(1 for k, i in enumerate(block) if not flags[k] and units[i].words
                and _kind(text, units[i], shapes[i]) == kind)
    if alike >= 2:
        return True  # items of a list whose other items are the document's own
    # one bulleted sentence (ending with its mark) beside another of the document's own, of its
    # shape, at its head or tail too (a changelog entry's `* New upstream release.` over `* symbols:
    # Updated.`): a menu's entries end no sentence
    return m - n == 1 and bool(kind[0][1]) and text[first.start:first.end].rstrip()[-1:] in ".!?" and alike == 1


RUN_ON_WORDS = 5  # the prose above: this many words or more on its last two lines ...
RUN_ON_LINE_WORDS = 3  # ... and on its last (with the line before, where a word broke across them): not `Undo`
BROKEN_WORD = ("‐", "-")  # a line ending inside a word (`the com‐` / `mand`)


def _displayed(line: str, indent: int) -> bool:
    """Whether `line` is displayed inside a sentence: set deeper than the sentence's lines (`info grep`
    under "the command"), or a code literal alone on its line (``...``)."""
    stripped = line.strip()
    return textlines.indent(line) > indent or (len(stripped) > 2 and stripped[0] == "`" and stripped[-1] == "`")


# a line opening with a closing quotation mark or bracket, then the sentence's words
_CLOSES_QUOTE = regex.compile(r"([”’»)\]])[ \t]*")
_OPENERS = {"”": "“", "’": "‘", "»": "«", ")": "(", "]": "["}


def _opened(line: str, closer: str) -> bool:
    """Whether `line` leaves open a quotation or bracket that `closer` closes."""
    return line.count(_OPENERS[closer]) > line.count(closer)


def runs_on_from_above(text: str, start: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the line at `start` goes on with a sentence a line above began (qa22 r08): it opens in
    lower case, and above it (in its paragraph, or past a display the sentence shows: a command set
    deeper, a code literal alone on its line) stands a line of prose of the document's own (not
    repeated itself; RUN_ON_WORDS words or more, or past a display RUN_ON_LINE_WORDS and
    RUN_ON_WORDS with the line above it) that ends no sentence: `should give you access to the
    complete manual.` after "... the command / info grep", a lone `to` between two code literals
    of a changelog's "Change message from / X / to / Y". Half of the document's sentence is no
    repeated line, whatever other documents' lines fold to its key (`To: <address>`). Menus' and
    forms' lower-case entries stand under short entries (`Undo` over `by Taboola by Taboola`,
    `Email non valide` over `newsletter`), not under prose. So does a line opening with the closing
    mark of a quotation the line above opened (`” for more information.` under "Please see Section
    6.1, “How many Debian distributions are there?", tester25 #9): the quotation's question mark
    ends no sentence of the text."""
    closing = _CLOSES_QUOTE.match(text, start)
    if closing is not None:
        start = closing.end()
    if not text[start:start + 1].islower():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    indent = textlines.indent(text[line_start:start + 1])
    lines = list(islice(textlines.lines_above(text, line_start), 12))[::-1]  # nearest last
    gap = False
    while lines and not lines[-1].strip():
        lines.pop()
        gap = True
    shown = gap and bool(lines) and _displayed(lines[-1], indent)
    if shown:  # a display stands apart, blank lines around it
        while lines and lines[-1].strip() and _displayed(lines[-1], indent):
            lines.pop()
        while lines and not lines[-1].strip():
            lines.pop()
        gap = False
    if gap or not lines:
        return False
    above = lines[-1].strip()
    before = lines[-2].strip() if len(lines) > 1 else ""
    own = len(above.split()) + (len(before.split()) if before.endswith(BROKEN_WORD) else 0)  # `... the com‐` / `mand`
    said = len(above.split()) + len(before.split())
    if not shown:  # right under it: a line of prose itself (`Email non valide` over a form's `newsletter` is none)
        own = said = len(above.split())
    if closing is not None and _opened(above, closing.group(1)):
        above = above.rstrip(".!?…")  # the question the quotation asks, inside the text's sentence
    return (own >= RUN_ON_LINE_WORDS and said >= RUN_ON_WORDS and not ends_sentence(above)
            and not repeated(text.rfind(lines[-1], 0, line_start) + textlines.indent(lines[-1])))
