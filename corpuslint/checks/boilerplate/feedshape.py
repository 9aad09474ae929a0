"""A series of items: a feed written as text, each item's title over its own text (issue 15, session 22:
CL140 toward on by default, its reads of RSS/Atom feeds exported as text).

A feed (a blog's, a forum's, a news site's) exported as text is not one article with furniture around
it but a series of items, each a title alone on its line over the item's text: a post broken a phrase a
line, a comment, a book list, lyrics. Short, capitalised, without a sentence's mark, a title and the
item's short lines read to the line model as a menu's entries; and as the flagged lines are many, or
stand in the first and the last item, the page's furniture (`context.furnished`) seems found.

`item_lines` finds the items by their shape, whatever their words: a title (`is_item_title`: one line
with a blank line above and below, not a sentence, no link or call to action) right above a block of
text (half of its lines sentences, or CJK text: a line of 15 characters or closing a clause, a post
written a phrase a line; not a menu's entries with a separator, `首页 | 新闻`; `_holds_text`), and the
blocks of text below it, up to one without text. A series: `ITEMS` posts or more (items of
`ITEM_COLUMNS` columns of text: a teaser's line under its headline is shorter), the first of them
opening the document (`OPENING` lines at most above its title, each alone: the feed's title). A whole
page mostly opens with its menus instead; one that opens with its article, subheadings over
paragraphs, reads as a series too (10 of the 94 web pages, 13 of qa20b's 302 in two conversions),
but is no feed (`FEED_SHARE`, below). In a feed the items' titles and text are the document's own. Its own furniture is found still: a line that stands again and again in its items
(`[Подробнее...]` under each: `REPEATED` times or more, not as a title) is the feed's, not an item's;
what stands outside the items (a list of links after a post's text) is left to the model.

Session 23 (feeds23): an item's text goes on across blocks without text when more of its text follows
(`_bridge`: a post written a phrase a line, `一個錯誤的決定` / `造就了半輩子的蹉跎` between two
paragraphs of it, a song's verses), unless one of them says what furniture says (`_says_furniture`: a
link, a menu's separators, a short line with `furniture_cue`'s signs). And a series is a feed only where
its items so read hold `FEED_SHARE` of the lines from the first item's title down: a feed is its items,
a whole page that reads as a series has its menus, comment forms and teasers between and after them
(qa20's feeds that read as a series: 0.6 and more for 108 of 120; the 23 whole pages of web and qa20b that
do, in both conversions: 0.04-0.53). A whole page's furniture is then flagged as without the series
(review22 #2: 50 lines of it were hidden, among them medicalnewstoday's, nytimes-1's, buchperlen's).
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Sequence

from corpuslint.checks.boilerplate.context import furniture_cue
from corpuslint.checks.boilerplate.linefeatures import Line, has_link, reads_as_sentence
from corpuslint.checks.boilerplate.scripts import SENTENCE_END
from corpuslint.checks.boilerplate.smoothing import RUN_FLOOR
from corpuslint.checks.sitewords import MENU_MARKS

__all__ = ["FEED_SHARE", "ITEMS", "REPEATED", "feed_furniture", "feed_furniture_whole", "is_item_title", "item_lines",
           "items_own"]

ITEMS = 3  # posts at least: a series (a feed), not an article with a subheading or two
REPEATED = 3  # a line standing this often in a series is the feed's furniture (`[Подробнее...]`)
OPENING = 4  # lines at most above the first post's title, each alone (a feed's title): no page's head
FEED_SHARE = 0.6  # of the lines from the first item's title down in the items: a feed, not a whole page
ITEM_COLUMNS = 100  # columns of a post's text at least (a CJK character counts two; a teaser's line has fewer)
TITLE_WORDS = 15  # a title is no longer than this
CJK_TEXT = 15  # characters of a line of CJK text (a sentence or a phrase of a post, no sentence mark needed)
PHRASES = 3  # lines at least, one under the other, of a post written a phrase a line ...
PHRASE = 5  # ... of this many characters each at least
_CLAUSE_END = SENTENCE_END | frozenset("、，")
_BULLETS = frozenset("*+-•·・>»|")
CUE_WORDS = 6  # a line saying what furniture says (`furniture_cue`) ends an item when this short (`Share`, `[Подробнее...]`)
_SEPARATOR = re.compile(rf"\s(?:[{MENU_MARKS}»›/]|>>?)\s")  # between a menu's entries


def _blocks(lines: Sequence[Line]) -> list[tuple[int, int]]:
    """The runs of lines one under the other (no blank line between): (first, last) indices."""
    out: list[tuple[int, int]] = []
    start = 0
    for i in range(1, len(lines)):
        if lines[i].number != lines[i - 1].number + 1:
            out.append((start, i - 1))
            start = i
    if lines:
        out.append((start, len(lines) - 1))
    return out


def is_item_title(line: Line) -> bool:
    """A line that may title an item: not a sentence, `TITLE_WORDS` words at most, no link and no call
    to action (`Read more` ends an item, it titles none)."""
    text = line.text
    return (not reads_as_sentence(line) and not (line.cjk and text[-1] in _CLAUSE_END) and line.words <= TITLE_WORDS
            and not line.cta and not has_link(text))


def _is_text(line: Line) -> bool:
    """A line of an item's text: a sentence or a paragraph; in a script written without spaces, a line
    closing a clause or a sentence (`。`, `、`) or of `CJK_TEXT` characters."""
    text = line.text
    if len(_SEPARATOR.findall(text)) >= 2:
        return False  # `首页 | 新闻 | 图片`, `首页 >> 教育资讯 >> 正文`: a menu, a breadcrumb
    if reads_as_sentence(line):
        return True
    return line.cjk and (len(text) >= CJK_TEXT or text[-1] in _CLAUSE_END) and not has_link(text)


def _is_phrase(line: Line) -> bool:
    """A phrase of a text written a phrase a line in a script without spaces (`從18歲開始`): no link, no
    bullet, no separator (a menu's entry or a breadcrumb has one)."""
    text = line.text
    return line.cjk and text[0] not in _BULLETS and not has_link(text) and not _SEPARATOR.search(text)


def _holds_text(lines: Sequence[Line], first: int, last: int) -> bool:
    """Half of the block's lines or more are text (`_is_text`): a paragraph, a post's sentences; not a
    menu with a sentence in it. Or `PHRASES` lines or more, each a phrase (`_is_phrase`), three in four of
    `PHRASE` characters or more: a post written a phrase a line (a menu's entries are a word or two)."""
    count = last - first + 1
    if 2 * sum(1 for i in range(first, last + 1) if _is_text(lines[i])) >= count:
        return True
    block = lines[first:last + 1]
    return (count >= PHRASES and all(_is_phrase(line) for line in block)
            and 4 * sum(1 for line in block if len(line.text) >= PHRASE) >= 3 * count)


def item_lines(lines: Sequence[Line]) -> tuple[frozenset[int], frozenset[int]]:
    """The indices of the titles of a feed's items, and of all their lines (titles and text); none when the
    document is not a feed. An item: a block of one line that may title it (`is_item_title`) right
    above a block holding text (`_holds_text`), and the blocks holding text below it, with the blocks
    without text between two of them (`_bridge`; a block saying what furniture says, a list of links or a
    menu, ends it, and so does a block without text after its last text). A series: `ITEMS` posts or
    more (items of `ITEM_COLUMNS` of text), the first of them opening the document (`OPENING` blocks at
    most above it, each a line alone or text: a feed's title, an untitled first item; no page's menu).
    A feed: a series whose items hold `FEED_SHARE` of the lines from the first item's title down."""
    blocks = _blocks(lines)
    own: set[int] = set()
    titles: set[int] = set()
    posts = 0
    opening: int | None = None  # the block of the first post's title
    k = 0
    while k < len(blocks) - 1:
        first = blocks[k][0]
        if not _titles_item(lines, blocks, k):
            k += 1
            continue
        head = k
        k += 1
        text: list[int] = []
        while k < len(blocks):  # the item's text, up to a block without text and none after it
            on = k if _holds_text(lines, *blocks[k]) else _bridge(lines, blocks, k)
            if on is None:
                break
            text.extend(range(blocks[k][0], blocks[on][1] + 1))
            k = on + 1
        titles.add(first)
        own.add(first)
        own.update(text)
        if sum(_width(lines[i].text) for i in text) >= ITEM_COLUMNS:  # a post, not a teaser's line under its headline
            posts += 1
            opening = head if opening is None else opening
    if posts < ITEMS or opening is None or not _opens(lines, blocks[:opening]):
        return frozenset(), frozenset()
    if len(own) < FEED_SHARE * (len(lines) - blocks[opening][0]):
        return frozenset(), frozenset()  # a whole page's article and its parts: its furniture between and after them
    return frozenset(titles), frozenset(own)


def _titles_item(lines: Sequence[Line], blocks: list[tuple[int, int]], k: int) -> bool:
    """Block `k` titles an item: one line that may title it (`is_item_title`) over a block holding text."""
    first, last = blocks[k]
    return (first == last and k + 1 < len(blocks) and is_item_title(lines[first])
            and _holds_text(lines, *blocks[k + 1]))


def _bridge(lines: Sequence[Line], blocks: list[tuple[int, int]], k: int) -> int | None:
    """From block `k` of an item, a block without text, the block where the item's text goes on: past
    blocks without text, none titling an item nor saying what furniture says (`_says_furniture`), the
    next holding text and titling no item. None where there is none: the item ends at block `k`."""
    j = k
    while j < len(blocks) and not _holds_text(lines, *blocks[j]):
        if _titles_item(lines, blocks, j) or _says_furniture(lines, *blocks[j]):
            return None
        j += 1
    return None if j == len(blocks) or _titles_item(lines, blocks, j) else j


def _says_furniture(lines: Sequence[Line], first: int, last: int) -> bool:
    """A line of the block is a link, a menu's entries (`_SEPARATOR` twice), or `CUE_WORDS` words at
    most saying what furniture says (`furniture_cue`: `Share`, `Comments (3)`, `[Подробнее...]`)."""
    for line in lines[first:last + 1]:
        text = line.text
        if has_link(text) or len(_SEPARATOR.findall(text)) >= 2 or (line.words <= CUE_WORDS and furniture_cue(text)):
            return True
    return False


def _opens(lines: Sequence[Line], above: list[tuple[int, int]]) -> bool:
    """The series opens the document: `OPENING` lines at most above its first post's title, each alone
    (a feed's title, an item's), not a page's menu."""
    return len(above) <= OPENING and all(a == b for a, b in above)


def _width(text: str) -> int:
    return len(text) if text.isascii() else sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def feed_furniture(lines: Sequence[Line], titles: frozenset[int], items: frozenset[int]) -> frozenset[int]:
    """The lines of the items that are the feed's own furniture: a line standing `REPEATED` times or
    more in the document (`[Подробнее...]` under each item), not as an item's title."""
    counts = Counter(line.text for line in lines)
    return frozenset(i for i in items if counts[lines[i].text] >= REPEATED and i not in titles)


def feed_furniture_whole(lines: Sequence[Line], first: Sequence[float | None], threshold: float) -> list[int]:
    """The places of the feed's furniture (`feed_furniture`) the first stage scored in [`RUN_FLOOR`,
    `threshold`), where it flags half of that line's places or more: `[Подробнее...]` under each item is one
    link repeated, and a retrained model's scores of it spread around the threshold by what stands beside each
    (0.90-0.98, session 33: 7 of 34 under it); its places outside the items too. The repetition decides, not
    the words."""
    flagged = {lines[k].text for k, s in enumerate(first) if s is not None and s >= threshold}
    near = [k for k, s in enumerate(first) if s is not None and RUN_FLOOR <= s < threshold and lines[k].text in flagged]
    if not near:
        return []  # no line under the threshold repeats a flagged one: no feed's furniture to complete (cheap)
    titles, items = item_lines(lines)
    furniture = {lines[j].text for j in feed_furniture(lines, titles, items)} if items else set()
    out = []
    for k in near:  # (its places between the items too: a post's link list the items leave out)
        if lines[k].text in furniture:
            places = [s for j, s in enumerate(first) if s is not None and lines[j].text == lines[k].text]
            if 2 * sum(1 for s in places if s >= threshold) >= len(places):
                out.append(k)
    return out


def items_own(lines: Sequence[Line], flagged: Sequence[int]) -> list[int]:
    """Of the `flagged` lines (indices into `lines`), those that are not an item's own in a series of
    items (`item_lines`): outside the items, or the feed's furniture among them (`feed_furniture`)."""
    titles, items = item_lines(lines)
    if not items:
        return list(flagged)
    furniture = feed_furniture(lines, titles, items)
    return [i for i in flagged if i not in items or i in furniture]
