"""The layout of the current document shared by all pack rules (lines, paragraphs, candidate
lines holding a literal), and what a removal deletes."""

from __future__ import annotations

import bisect
from collections.abc import Iterator
from dataclasses import dataclass
from typing import Any

from corpuslint import rxcache
from corpuslint.licences import DEP5, grants_rights
from corpuslint.plain_code import TITLE_WORDS  # a heading longer than its rule has at most this many words
from corpuslint.rule import CLOCK
from corpuslint.textlines import line_span
from corpuslint.textutil import BLANK_LINES, Span, block_removal, ends_sentence

# Where a sentence ends and the next begins: its closing punctuation (and quotes or brackets),
# then white space, and on a new line a quotation's `>` marks.
_SENTENCE_BREAK = rxcache.compile(r"[.!?…][\"'”’)\]]*\s+(?:>[ \t]*)*")
_WORD = rxcache.compile(r"[^\W\d_]{2,}")
_QUOTED = rxcache.compile(r'“[^”]*”?|"[^"]*"?')
_SITE_VOICE = rxcache.compile(r"(?i)\b(?:we|us|our|ours)\b")
_YOU = rxcache.compile(r"(?i)\b(?:you(?:r|rs|rself|'re|’re)?|please)\b")
# an embedded post's attribution closing its line ("... thank you! — Donald J. Trump
# (@realDonaldTrump) September 27, 2016"): a quotation the article embeds, never a site's notice
_EMBED_BYLINE = rxcache.compile(
    r"[—–-][ \t]*[^\n()]{1,80}\(@\w{1,30}\)[ \t]+(?:January|February|March|April|May|June|July|August"
    r"|September|October|November|December)[ \t]+\d{1,2},[ \t]+\d{4}[ \t]*$")


_layout: tuple[str | None, list[int], list[int]] = (None, [], [])


_BUCKETS = (60, 120, 250, 400, 1500)
_blocks: tuple[str | None, dict[int | None, Any]] = (None, {})


@dataclass(slots=True)
class _Block:
    """The lines of a document no longer than a bound, lowered and joined, with their offsets."""

    hay: str  # "\n".join of the lowered lines
    starts: list[int]  # where each line starts in `hay`
    spans: list[tuple[int, int]]  # each line's (start, end) in the document text


def line_block(text: str, bound: int | None) -> _Block | None:
    """Lines of at most `bound` stripped characters (all lines for None), shared by all rules.

    A rule with `max-length` M can only report a line of at most M characters, or a paragraph
    made of such lines, so its literal search needs to look at those lines only: in news text,
    lines of up to 60 characters are 2% of the text, of up to 250 about half. None where
    lowering changed the text's length (a few characters such as U+0130 lower to two).
    """
    global _blocks
    cached = _blocks
    if cached[0] is not text:
        cached = _blocks = (text, {"lines": _split(text)})
    key = next((b for b in _BUCKETS if bound is not None and bound <= b), None)
    blocks = cached[1]
    if key in blocks:
        return blocks[key]
    split = blocks["lines"]
    if split is None:
        block = None
    else:
        low_lines, spans, sizes = split
        chosen = range(len(spans)) if key is None else [i for i, n in enumerate(sizes) if n <= key]
        parts = [low_lines[i] for i in chosen]
        starts, offset = [], 0
        for part in parts:
            starts.append(offset)
            offset += len(part) + 1
        block = _Block("\n".join(parts), starts, [spans[i] for i in chosen])
    blocks[key] = block
    return block


def _split(text: str) -> tuple[list[str], list[tuple[int, int]], list[int]] | None:
    low = text.lower()
    if len(low) != len(text):
        return None
    lines = text.split("\n")
    low_lines = low.split("\n")
    if len(lines) != len(low_lines):
        return None
    spans, sizes, pos = [], [], 0
    for line in lines:
        n = len(line)
        spans.append((pos, pos + n))
        sizes.append(n if not n or not (line[0].isspace() or line[-1].isspace()) else len(line.strip()))
        pos += n + 1
    return low_lines, spans, sizes


def paragraph_bounds(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of `textutil.paragraphs(text)` (a test checks they are the same).

    Plain offsets rather than `Span`s, built inline: ~3x faster (a frozen dataclass costs ~1 us
    to create), ~6 ms of the packs' ~80 ms on the dev corpus. Cached for the current document.
    """
    global _layout
    cached = _layout
    if cached[0] is text:
        return cached[1], cached[2]
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for block_end, next_start in [m.span() for m in BLANK_LINES.finditer(text)] + [(len(text), 0)]:
        start, end = pos, block_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            starts.append(start)
            ends.append(end)
        pos = next_start
    _layout = (text, starts, ends)
    return starts, ends


def candidate_lines(text: str, hay: str, literals: tuple[str, ...],
                     max_length: int | None = None) -> list[tuple[int, int]]:
    """The lines of `text` holding one of the prefilter literals (found in `hay`, its lowered form).

    Each rule's regex then runs on those lines only, not on the whole document: most lines of
    an article hold none of a rule's literals. A line longer than `max-length` cannot be (or
    hold) a reported unit, so it is skipped too: in prose, that is most lines. Where lowering
    changed the text's length (a few characters such as U+0130 lower to two), offsets would not
    line up: scan everything.
    """
    if len(hay) != len(text):
        return [(0, len(text))] if any(lit in hay for lit in literals) else []  # offsets differ
    found: set[tuple[int, int]] = set()
    find, rfind = hay.find, text.rfind
    n = len(text)
    for lit in literals:
        i = find(lit)
        while i != -1:
            start = rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            if end == -1:
                end = n
            if short_enough(text, (start, end), max_length):
                found.add((start, end))
            i = find(lit, end)
    return sorted(found)


def block_lines(block: _Block, literals: tuple[str, ...], max_length: int | None,
                 text: str) -> list[tuple[int, int]]:
    """The document lines in `block` that hold one of `literals`."""
    found: set[tuple[int, int]] = set()
    hay, starts, spans = block.hay, block.starts, block.spans
    find = hay.find
    for lit in literals:
        i = find(lit)
        while i != -1:
            index = bisect.bisect_right(starts, i) - 1
            line = spans[index]
            if short_enough(text, line, max_length):
                found.add(line)
            nxt = starts[index + 1] if index + 1 < len(starts) else len(hay)
            i = find(lit, nxt)
    return sorted(found)


def short_enough(text: str, line: tuple[int, int], max_length: int | None) -> bool:
    start, end = line
    return max_length is None or end - start <= max_length or len(text[start:end].strip()) <= max_length


def scan_regions(pattern: Any, text: str, regions: list[tuple[int, int]], budget: float) -> Iterator[Any]:
    """Matches of `pattern` inside each region, within the rule's CPU budget for the whole
    document (CPU time, as the engine's: a wall-clock budget stopped it on a loaded machine)."""
    for start, end in regions:
        if CLOCK.left(budget) <= 0:
            raise TimeoutError("rule pack pattern ran out of time")
        yield from pattern.finditer(text, start, end, timeout=CLOCK.regex_timeout(budget))


def line_unit(text: str, start: int, end: int) -> tuple[int, int]:
    """The stripped line(s) holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    while line_start < start and text[line_start].isspace():
        line_start += 1
    while line_end > end and text[line_end - 1].isspace():
        line_end -= 1
    return line_start, line_end


_CODE_MARK = ("/*", "*/", "//", "{", "}", ";")
_LIST_ITEM = rxcache.compile(r"\s*(?:[-*+•▪◦–]|\d{1,3}[.)])\s")
WRAPPED_WORDS = 6  # a line of this many words, not ending a sentence, goes on on the next line
WRAP_WIDTH = 100  # ... if it is as short as hard-wrapped text (a scraped page's one-line teaser is longer)
# words no sentence ends with: a line stopping on one goes on on the next ("This library is / Copyright ...")
GOES_ON = frozenset("is are was were be been by of to the a an and or with for from in on at under".split())


def repl_output(text: str, line_start: int) -> bool:
    """Whether the line at `line_start` is what an interactive session printed: right under a line
    of its prompts (`>>> `, `... `), the session's first prompt `>>> ` in the lines above it with
    no blank line between."""
    block = text[max(0, line_start - 2000):max(0, line_start - 1)].split("\n")
    if line_start == 0 or not block[-1].lstrip().startswith((">>>", "...")):
        return False
    for above in reversed(block[-30:]):
        if not above.strip():
            return False
        if above.lstrip().startswith(">>> "):
            return True
    return False


def stands_alone(text: str, hit_start: int) -> bool:
    """Whether the plain-text line holding a label (`Comments`, `Read more`) stands alone, as a
    menu's or widget's label does (qa16a, qa16b): not a line of code (`   comment */` closes a C
    comment), not the end of a sentence wrapped from the line above (a man page's "… in a linker
    script like / this:": lower case, ending in a stop or colon, under words that do not end a
    sentence, or any line under one that stops on a word no sentence ends with, `of`, `the`), not
    a field name or headword over its indented body (a Debian copyright file's
    `Comment:`, a glossary's `comment:`)."""
    line_start = text.rfind("\n", 0, hit_start) + 1
    line_end = text.find("\n", hit_start)
    line_end = len(text) if line_end == -1 else line_end
    line = text[line_start:line_end]
    if any(mark in line for mark in _CODE_MARK):
        return False
    stripped = line.strip()
    if repl_output(text, line_start):
        return False  # what a Python session printed under its prompts (tester27: `More` under `...`)
    if stripped[0].islower() and stripped[-1] in ".,:;" and not stripped.endswith("..") and \
            wrapped_from_above(text, line_start):
        return False
    if wrapped_from_above(text, line_start) and \
            text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].split()[-1] in GOES_ON:
        return False  # a sentence's object (threatpost: "... the writing or editing of / Sponsored Content.")
    if not stripped.endswith(":"):
        return not _heads_section(text, line, line_end)
    if DEP5.match(text) is not None:
        return False  # a Debian copyright file's field name (`Comment:`, in a stanza or a licence's text, qa22)
    indent = len(line) - len(line.lstrip())
    indented = 0  # how many of the next two lines are indented under it, without a gap
    for below in text[line_end + 1:].split("\n", 2)[:2] if line_end < len(text) else []:
        if not below.strip() or len(below) - len(below.lstrip()) <= indent:
            break
        if _LIST_ITEM.match(below):
            return True  # a label over a list (`Related:` over its links, as text browsers dump it)
        indented += 1
    # a field's body is indented under it; a scraped `RECOMMENDED:` over one indented teaser is a label
    return indented == 0 or (stripped.isupper() and indented < 2)


def _heads_section(text: str, line: str, line_end: int) -> bool:
    """Whether an upper-case line at the margin heads a section: the next two lines are its body,
    indented under it without a gap, no list's items (a man page's `COMMENTS` over "In a
    non-interactive shell, ...", qa22). A scraped `COMMENTS` label stands over a blank line, a list
    or one teaser."""
    if not line.strip().isupper() or line[:1].isspace() or line_end >= len(text):
        return False
    second = text.find("\n", line_end + 1)
    third = text.find("\n", second + 1) if second >= 0 else -1
    below = text[line_end + 1:len(text) if third < 0 else third].split("\n")
    return len(below) == 2 and all(b.strip() and b[:1] in " \t" and not _LIST_ITEM.match(b) for b in below)


# a line whose sentence runs on into the next item: it ends with a comma or a semicolon (Latin,
# ideographic, full-width), perhaps then a short joining word in lower case (`* blank lines, and`)
_RUNS_ON = rxcache.compile(r"[,;、，；](?:[ \t]+[^\W\d_]{1,4})?[ \t]*$")
_ENUMERATED = 12  # the items of a running enumeration walked up to its lead-in, at most


def in_enumeration(text: str, hit_start: int) -> bool:
    """Whether the line holding a label (`Comments`) is an item of an enumeration that a sentence runs
    over (the Python reference's "The only lines that can appear before a future statement are:" / `* the
    module docstring (if any),` / `* comments,` / `* blank lines, and` / `* other future statements.`,
    qa19a #5): the line, or the item above it, runs on (a comma, a semicolon, `, and`), and walking up
    over the items that run on, past blank lines, the lead-in above them ends with a colon. A menu's
    label stands alone: nothing runs on into it or out of it."""
    line_start = text.rfind("\n", 0, hit_start) + 1
    line_end = text.find("\n", hit_start)
    runs_on = _RUNS_ON.search(text[line_start:len(text) if line_end < 0 else line_end]) is not None
    end = line_start - 1  # the end of the line above
    for walked in range(_ENUMERATED + 1):
        while end > 0 and not text[text.rfind("\n", 0, end) + 1:end].strip():
            end = text.rfind("\n", 0, end)  # past blank lines
        if end <= 0:
            return False
        row = text[text.rfind("\n", 0, end) + 1:end]
        if _RUNS_ON.search(row) is None:
            # the lead-in, over the item (or items) that run on
            return (runs_on or walked > 0) and row.rstrip().endswith((":", "："))
        end = text.rfind("\n", 0, end)
    return False


# a list's item: its indentation, its bullet or number, its text
_LIST_ROW = rxcache.compile(r"([ \t]*)([-*+•▪◦–]|\d{1,3}[.)])[ \t]+(\S[^\n]*)")
_SIBLINGS = 3  # other items of the list, at least
_SIBLINGS_WALKED = 40  # ... walked each way from the label's, at most


def _phrase(item: str) -> bool:
    """A list's item that reads as words of the text: two words or more, one after the first in
    lower case (`Spend less money`, `Get out of debt`). A menu's items are single words or in title
    case (`Home`, `World News`, `Contact Us`)."""
    words = item.split()
    return len(words) >= 2 and any(w[:1].islower() for w in words[1:])


def in_item_list(text: str, hit_start: int, label: Any) -> bool:
    """Whether the line holding a label (`- Read more`) is one item of a list whose other items are the
    text's phrases, not labels (`label`: the rule's pattern, matched on each item's line): the same bullet
    at the same indentation on the lines right above and below it (no blank line between), `_SIBLINGS`
    of them or more, two thirds of them phrases (`_phrase`) that `label` does not match (tester26: `Read
    more`, one of 21 New Year's resolutions, `Lose weight` / `Exercise more` / `Spend less money`). A
    menu's labels stand among labels or single words; a feed's `Read more` under its excerpt is no item."""
    line_start, line_end = line_span(text, hit_start)
    own = _LIST_ROW.fullmatch(text, line_start, line_end)
    if own is None:
        return False
    indent, bullet = own.group(1), own.group(2)
    kind = "digit" if bullet[0].isdigit() else bullet

    def sibling(row: str) -> str | None:
        m = _LIST_ROW.fullmatch(row)
        if m is None or m.group(1) != indent or ("digit" if m.group(2)[0].isdigit() else m.group(2)) != kind:
            return None
        return m.group(3)
    items: list[str] = []
    top = line_start - 1  # the rows above, up to `_SIBLINGS_WALKED` (not the whole text's: a label may stand often)
    for _ in range(_SIBLINGS_WALKED):
        if top <= 0:
            break
        top = text.rfind("\n", 0, top)
    above = text[top + 1:line_start - 1].split("\n")[::-1] if line_start else []
    for rows in (above, text[line_end + 1:].split("\n", _SIBLINGS_WALKED)[:_SIBLINGS_WALKED] if line_end < len(text) else []):
        for row in rows:
            item = sibling(row)
            if item is None:
                break
            items.append(row)
    if len(items) < _SIBLINGS:
        return False
    phrases = sum(1 for row in items if _phrase(sibling(row) or "") and label.search(row) is None)
    return 3 * phrases >= 2 * len(items)


_ITEMS = 6  # a related-links list under its label holds this many headlines at most
_HEADLINE_CHARS = 150


def _headline(line: str) -> bool:
    """A related story's headline, one item of a list of links: one short line of four words or
    more in title case (fewer than a third in lower case), ending no sentence with a stop, a colon
    or a comma (`At Least 2 Dead After Parliament Hill Shooting (+Photos, Video)`)."""
    line = line.strip()
    return (0 < len(line) <= _HEADLINE_CHARS and len(_WORD.findall(line)) >= 4 and not _reads_as_prose(line, 1)
            and not line.endswith((".", ":", ",", ";", "-", "–", "—")) and "://" not in line)


def headline_items(text: str, line_end: int) -> tuple[int, int] | None:
    """(end, count) of the headlines a related-links label (`MORE:`, `RELATED`) ending at `line_end`
    lists under it: each a line of its own, blank lines between them or none, up to the next line
    that is none (prose: "See an Associated Press update below.") or the text's end. None where the
    first line under the label is no headline, or more than `_ITEMS` follow: a list of links is short."""
    pos, end, count = line_end, None, 0
    while pos < len(text):
        nl = text.find("\n", pos + 1)
        nl = len(text) if nl < 0 else nl
        line = text[pos + 1:nl]
        if line.strip():
            if not _headline(line):
                break
            count += 1
            end = pos + 1 + len(line.rstrip())
        pos = nl
    if end is None or count > _ITEMS:
        return None
    return end, count


RECORD_FIELDS = 3  # a record has three fields or more (a title page, a docinfo, a DEP-5 stanza)
_RECORD_CODE = ("{", "}", "[", "]", ";", '="', "='")
_UNDERLINE = rxcache.compile(r"[ \t]*([=\-~^*#+])\1{2,}[ \t]*")
_WIKI_HEADING = rxcache.compile(r"[ \t]*(={2,6})[ \t]*[^=\s][^\n]*?[ \t]*\1[ \t]*")  # DokuWiki's, MediaWiki's
# a field of a record: `Key: value` (a title page's `Author:`, a DEP-5 `License:`) or reST's `:Key: value`
_FIELD = rxcache.compile(r"[ \t]*(?::[^\W\d_][\w .-]{0,30}:|[^\W\d_][\w.-]*(?:[ \t][\w.-]+){0,2}:)(?:[ \t]|$)")


def within_sentence(text: str, hit_start: int) -> bool:
    """Whether a match that opens its line in lower case goes on a sentence wrapped from the line
    above ("... the latest amendment to US / copyright law.", a licence's "... must retain the above
    / copyright notice, this list of conditions ..."): prose, not a notice. The line above is of
    words (six or more) that end no sentence and lead into no label's value."""
    line_start = text.rfind("\n", 0, hit_start) + 1
    if text[line_start:hit_start].strip() or not text[hit_start:hit_start + 1].islower() or line_start < 2:
        return False
    line_end = text.find("\n", hit_start)
    if text[hit_start:len(text) if line_end < 0 else line_end].rstrip().endswith(("..", "…")):
        return False  # a teaser's `read more...` under its headline
    return wrapped_from_above(text, line_start)


def wrapped_from_above(text: str, line_start: int) -> bool:
    """Whether the line above the one at `line_start` is hard-wrapped prose going on into it:
    words (six or more) in a line as short as hard-wrapped text, ending no sentence and leading
    into no label's value."""
    if line_start < 2:
        return False
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    return (len(above.split()) >= WRAPPED_WORDS and len(above) <= WRAP_WIDTH and not ends_sentence(above)
            and not above.rstrip().endswith(":"))


def heading_at(text: str, hit_start: int) -> bool:
    """Whether the match's line is a plain-text heading (a reST or Setext title over its underline,
    as a PEP's `Copyright` section, a blank line or an overline above it): the section under it is
    the notice, not the title. A rule under the last line of a block (an e-mail's footer) is none,
    nor is a paragraph between two rules: a title is no longer than its rule, or a few words (qa16c:
    an e-mail's confidentiality notice of 60 words framed by `*****` lines was taken for one). A wiki's
    heading between its marks (`===== Read More =====` over the links it lists: tester30 H1) is one too."""
    line_start = text.rfind("\n", 0, hit_start) + 1
    line_end = text.find("\n", hit_start)
    if _WIKI_HEADING.fullmatch(text, line_start, len(text) if line_end < 0 else line_end) is not None:
        return True
    if line_end < 0:
        return False
    below_end = text.find("\n", line_end + 1)
    underline = _UNDERLINE.fullmatch(text, line_end + 1, len(text) if below_end < 0 else below_end)
    if underline is None:
        return False
    title = text[line_start:line_end].strip()
    if len(title) > len(underline.group().strip()) and len(title.split()) > TITLE_WORDS:
        return False
    above = text[text.rfind("\n", 0, max(line_start - 1, 0)) + 1:max(line_start - 1, 0)]
    return not above.strip() or _UNDERLINE.fullmatch(above) is not None


def field_unit(text: str, para_start: int, para_end: int, hit_start: int) -> tuple[int, int] | None:
    """The lines of the field holding the match where its paragraph is a record of fields (a
    screenplay's title page `Title:` / `Author:` / `Copyright:`, a reST docinfo, a DEP-5 stanza):
    the field's line and the indented lines that continue it; None where the match's line is no
    field, the paragraph has fewer than RECORD_FIELDS fields or more lines of other text, or the
    record is code (a Red header's `Rights: "..."` among brackets). The other fields are the
    record's information."""
    if any(mark in text[para_start:para_end] for mark in _RECORD_CODE):
        return None
    line_start = text.rfind("\n", 0, hit_start) + 1
    line_end = text.find("\n", hit_start)
    line_end = para_end if line_end < 0 or line_end > para_end else line_end
    if _FIELD.match(text, line_start, line_end) is None:
        return None
    fields = lines = 0  # the paragraph's fields, and its lines that are not indented
    pos = para_start
    while pos < para_end:
        nl = text.find("\n", pos, para_end)
        nl = para_end if nl < 0 else nl
        if _FIELD.match(text, pos, nl) is not None:
            fields += 1
        if pos == para_start or not text[pos:pos + 1].isspace():
            lines += 1
        pos = nl + 1
    if fields < RECORD_FIELDS or 2 * fields < lines:
        return None  # a label or two over text ("Read more: ...", "Follow us: ..."): one block
    end = line_end
    while end < para_end:  # continuation lines: indented, no field of their own
        nl = text.find("\n", end + 1, para_end)
        nl = para_end if nl < 0 else nl
        line = text[end + 1:nl]
        if not line[:1].isspace() or _FIELD.match(line) is not None:
            break
        end = nl
    start = line_start
    while start < hit_start and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def lead_end(text: str, start: int, hit_start: int) -> int:
    """Where a unit holding a match may be narrowed to so that it never takes the article's own
    sentences ("The mayor said ... school. Become a Member of ..."): the start of the match's
    sentence, or of the sentences just before it that speak to the reader as the notice does
    (`_addresses_reader`: "What do you think? Let us know in the comments"); `start` where no
    sentence that reads as prose (`_reads_as_prose`) stands before those. Text before the match
    in its own sentence is the notice's ("The original source of this article is ... Copyright
    ©"), and a menu's labels ("Public Editor N.Y.C.") or a list number are no sentence. Any such
    sentence counts, not only the last: a short one ("It was 2019."), or one an abbreviation cut
    ("... written by Dr. Smith."), between the article's prose and the notice still leaves the
    prose the article's."""
    breaks = [start] + [min(m.end(), hit_start) for m in _SENTENCE_BREAK.finditer(text, start, hit_start)]
    i = len(breaks) - 1
    while i > 0 and _addresses_reader(text[breaks[i - 1]:breaks[i]]):
        i -= 1
    if not any(_reads_as_prose(text[breaks[j - 1]:breaks[j]], 3) for j in range(1, i + 1)):
        return start
    return breaks[i]


def goes_on(text: str, hit_end: int, end: int, *, wrapped: bool) -> str | None:
    """A statement of the article's own on the unit's lines after the match's line ("Become a
    Member of Global Research" then "The mayor said ..." on the next line of one paragraph): a
    sentence of eight words or more that reads as prose and speaks neither to the reader nor for
    the site ("our in-house team"), opening a capitalised line under a line that ends a sentence
    or a label. None where there is none, or where a line leads into the next (":", ",", a dash:
    a label and its value). A line closed by an embedded post's attribution ("... — Donald J.
    Trump (@realDonaldTrump) September 27, 2016") is a quotation of the article's, whatever its
    wording: it is returned too. So is a sentence granting the reader rights (`You may freely use, modify,
    and/or distribute each of the files …` under a licence's holder line, SPDX's Borceux): a notice
    withholds rights, a licence's sentence grants them (`grants_rights`). `wrapped`: the lines are soft wraps (Markdown), a sentence may run
    over them; in plain text each line is a block of its own."""
    nl = text.find("\n", hit_end, end)
    if nl < 0:
        return None
    lines = text[text.rfind("\n", 0, nl) + 1:end].split("\n")
    for line in lines[1:]:
        if _EMBED_BYLINE.search(line.rstrip()) is not None:
            return line.strip(" \t>")
    if wrapped:
        lines = [lines[0], " ".join(line.strip(" \t>") for line in lines[1:])]
    for above, line in zip(lines, lines[1:]):
        line = line.strip(" \t>")
        if above.rstrip().endswith((":", ",", ";", "-", "–", "—", "(")) or not line.lstrip("\"“‘'")[:1].isupper():
            continue
        pos = 0
        for m in [*_SENTENCE_BREAK.finditer(line), None]:
            sentence = line[pos:m.end() if m else len(line)].strip()
            pos = m.end() if m else len(line)
            if (sentence.endswith((".", ".”", '."', ".’")) and _reads_as_prose(sentence, 8)
                    and (not _addresses_reader(sentence) or grants_rights(sentence))
                    and _SITE_VOICE.search(_QUOTED.sub("", sentence)) is None):
                return sentence
    return None


def _reads_as_prose(sentence: str, words: int) -> bool:
    """`words` words or more, a third of them or more in lower case (not a menu's or a headline's
    title case), no e-mail address or link."""
    found = _WORD.findall(sentence)
    return (len(found) >= words and 3 * sum(w[0].islower() for w in found) >= len(found)
            and "@" not in sentence and "://" not in sentence)


def _addresses_reader(sentence: str) -> bool:
    """A sentence in the voice of a call to action, not of a report: a question or exclamation
    of the writer's own (not closing a quotation), one that says "you" or "please" outside
    quotation marks, or one holding the copyright sign."""
    bare = _QUOTED.sub("", sentence).strip()
    return bare.endswith(("?", "!")) or "©" in bare or _YOU.search(bare) is not None


def lead_removal(text: str, cut: int, end: int, paragraph: Span) -> tuple[int, int]:
    """What to delete to remove text[cut:end], the closing sentence(s) of a unit whose lead stays:
    from the start of the sentence's line if only markup (`>`, white space) stands before it
    there, else from the white space after the lead's last sentence."""
    line_start = text.rfind("\n", 0, cut) + 1
    if text[line_start:cut].strip(" \t>"):
        begin = cut
        while begin > line_start and text[begin - 1] in " \t":
            begin -= 1
        return begin, end
    return removal_span(text, line_start, end, paragraph)


def removal_span(text: str, start: int, end: int, paragraph: Span) -> tuple[int, int]:
    """What to delete to remove the unit text[start:end] (a paragraph, or lines of one).

    A whole paragraph goes with its blank lines (`block_removal`). Lines inside a paragraph go
    with one line break: the one after them, or, for the paragraph's last lines, the one before
    them, so the paragraph that remains keeps its blank line to the next.
    """
    if start <= paragraph.start and end >= paragraph.end:
        return block_removal(text, paragraph.start, paragraph.end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    if text[line_start:start].strip() or text[end:line_end].strip():
        return start, end  # shares its line with other text: take only the unit
    if end >= paragraph.end:
        return max(line_start - 1, 0), line_end
    return line_start, line_end + 1


OWN = "own"  # a member's regions: the rule filters by its own `prefilter`
Regions = list[tuple[int, int]] | str | None

