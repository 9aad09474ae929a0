"""The page's `<title>` printed again as a line of its own: the headline a whole page's text shows under its menus.

A page's text keeps its `<title>` as its first line and prints the article's headline again (its h1) over the byline
and the date. `repeated_headline` finds that line: the whole `<title>`, or its part before a separator (the site's name
cut), or after one (`Blog Name: Headline`), never a menu's entry, a lynx `<link>` line or a line in the page's tail.
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import byline_names, name_line
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.headline import SIGNED_WITHIN, among_dated_teasers
from corpuslint.checks.metadata.lines import UNSPACED_SCRIPT, Line, is_prose
from corpuslint.checks.metadata.printedtitle import after_kicker, without_note
from corpuslint.checks.metadata.sitename import names_the_site
from corpuslint.checks.metadata.titlematch import opens_cjk_title
from corpuslint.checks.metadata.titleparts import SEPARATOR
from corpuslint.textutil import LazyPattern, word_key

LYNX_LINK = LazyPattern(r"#\S")
# an entry of a list (`* `, `+ `, `o `, `• `, `1. `): a sidebar's link to the story as often as the story's own title
LIST_ITEM = LazyPattern(r"^(?:[*+•·o-]|\d{1,2}[.)])\s+")  # lynx's dump of a page's `<link rel=… title=…>` elements, over its text

COLON = LazyPattern(r":\s+")
# what a Chinese portal's or a blog host's <title> puts after the headline: `宇航员在太空中喝酒会怎么样？后果很严重
# _探索者 _光明网` (headline_section_site), `新竹尖石_美樹營地賞楓 (2) @ 史蒂文的家_藍天` (post @ blog). An
# underscore also joins words inside a headline, so a part cut there is the headline only when the
# page prints it again as a line of its own (as is a Japanese site's `欲張りなイヌ ＜福娘童話集 きょうのイソップ童話＞`,
# its name in brackets closing the <title>). So is a hyphen between Chinese characters (`短缺药品保供稳价
# 全力保障临床用药需求-新华网`).
PORTAL_SEPARATOR = LazyPattern(r"\s*_\s*(?=\S)|\s+@\s+|(?<=\p{Han})-(?=\p{Han})|\s*[＜【](?=[^＜＞【】]{2,40}[＞】]\s*$)")

def long_enough(key: str) -> bool:
    """A headline, not a site name: 3 words, or 6 characters of a script written without spaces."""
    return len(key.split()) >= 3 or len(UNSPACED_SCRIPT.findall(key)) >= 6



def _ends_a_sentence(lines: list[Line], index: int) -> bool:
    """Whether line `index` goes on with the sentence the line above leaves open (no blank line between, that line
    ending with a small letter, this one starting with one): `This page introduces … to write` / `class-based
    views.` under a Sphinx page's title `Class-based Views` (flask's docs through pandoc, issue 16), never the
    title printed again."""
    above = lines[index - 1]
    return not above.blank_after and above.text.rstrip()[-1:].islower() and lines[index].text.lstrip()[:1].islower()


def repeated_headline(lines: list[Line], first: str, site: str | None = None) -> int | None:
    """The line that repeats the <title> line whole, or the part of it before a separator (the
    headline without the site's name), or after one when what comes before is short (`Blog Name:
    Headline`); the longest wins, a leading part before a trailing one."""
    wanted: dict[str, int] = {}  # key -> rank: whole 3, leading part 2, trailing part 1
    # one word -> what follows it: a headline where the page shows that this is its site's name, at its first
    # line, no menu's entries beside it (the word printed again lower down is the article's own)
    lone: dict[str, str] = {}
    cuts = list(SEPARATOR.finditer(first)) + list(COLON.finditer(first)) + list(PORTAL_SEPARATOR.finditer(first))
    for cut in cuts:
        head, tail = word_key(first[: cut.start()]), word_key(first[cut.end():])
        if head and cut.re is PORTAL_SEPARATOR.compiled() and long_enough(head):
            wanted.setdefault(head, 2)  # "<headline>_<section>_<site>": only a repeated head counts
        elif head and cut.re is SEPARATOR.compiled() and (
                long_enough(head) or len(head.split()) == 2 and len(first[cut.end():].split()) <= 3):
            wanted.setdefault(head, 2)  # "New Zealand - Wikipedia", "Ein Albtraum - DER SPIEGEL 52/2018": a short
            # headline, a site of three words at most as written
        elif head and cut.re is SEPARATOR.compiled() and len(head.split()) == 1:
            lone.setdefault(head, first[cut.end():])  # "Mozilla - Wikipedia": one word, before what may be the site
        if tail and long_enough(tail) and len(head.split()) <= 3 and cut.group().strip() not in ("＜", "【"):
            wanted.setdefault(tail, 1)  # (a bracketed part closing the <title> is the site's, never the headline)
    for colon in COLON.finditer(first):  # `Science: <headline> | Site`: a section's label before, the site's name after
        if len(word_key(first[: colon.start()]).split()) <= 3:
            for cut in SEPARATOR.finditer(first, colon.end()):
                if long_enough(middle := word_key(first[colon.end(): cut.start()])):
                    wanted.setdefault(middle, 1)
    for part in (first, *(first[: cut.start()] for cut in SEPARATOR.finditer(first))):
        if part[:1].isupper() and (rest := after_kicker(part)) is not None and long_enough(word_key(rest)):
            wanted.setdefault(word_key(rest), 2)  # `SPRINGFIELD: <headline> | Site`: the <title>'s dateline, not printed
    notes = (first, *(first[: cut.start()] for cut in SEPARATOR.finditer(first))) if ")" in first or "]" in first else ()
    for part in notes:
        bare = without_note(part)  # `How to Build a Terrarium (with Pictures) | eHow`: the note not printed
        if bare is not None and long_enough(word_key(bare)):
            wanted.setdefault(word_key(bare), 2)
    whole = word_key(first)
    if whole and long_enough(whole):
        wanted[whole] = 3
    found: list[tuple[int, int, int]] = []  # (rank, length, index)
    for index in range(1, len(lines)):
        line = lines[index].text
        if len(line) > 300 or _ends_a_sentence(lines, index):
            continue
        key = word_key(line)
        rank = wanted.get(key)
        if rank is None and opens_cjk_title(key, whole):
            rank = 2
        if rank is None and line[:1].isupper() and (rest := after_kicker(line)) is not None:
            rank = wanted.get(word_key(rest))  # `MIAMI: <headline>`: a dateline printed before the <title>'s headline
        if rank is None and key in lone:
            site_part = lone.pop(key)  # the first line only
            if not _among_menu(lines, index) and names_the_site(site_part, lines, site):
                rank = 2
        if rank is not None and not _in_a_menu(lines, index):
            found.append((rank, len(key), index))
    if found:
        # a headline heads its story: a repeat with the story's prose above it and none under it stands in the page's
        # tail (the blogger's name signing the post, `Eure` / `MARTINA BERG`, when the <title> is `Martina Berg –
        # Lady 50plus`)
        found = [score for score in found if not _in_the_tail(lines, score[2])]
    if not found:
        return None
    best = max(score[:2] for score in found)
    # a list's entry (`* <headline>` under `Recent stories`) after the page's own print of it, not before
    places = sorted((index for *score, index in found if tuple(score) == best),
                    key=lambda index: (_listed(lines, index), index))
    # the page's h1 and a teaser may both repeat it: the article's is the one a byline or date stands under
    for index in places:
        if (any(byline_names(line) or day_written(line.text) or _stamped_name(line.text)
                for line in lines[index + 1: index + 1 + SIGNED_WITHIN])
                and not among_dated_teasers(lines, index)):
            return index
    return places[0]



def _listed(lines: list[Line], index: int) -> bool:
    """Line `index` is a list's entry: bulleted itself, or a carousel's title between two bulleted entries
    (`* HTC` / `HTC One Mini puts premium features in a small package` / `* halo-4`)."""
    return (LIST_ITEM.match(lines[index].text) is not None
            or 0 < index < len(lines) - 1 and all(LIST_ITEM.match(lines[at].text) for at in (index - 1, index + 1)))


def _among_menu(lines: list[Line], index: int) -> bool:
    """`Home / News / Sport`: a line of one or two words next to another such line is a menu's entry."""
    return any(len(lines[at].text.split()) <= 2 for at in (index - 1, index + 1) if 0 < at < len(lines))


# a bulleted menu's entry: `* RSS Feed`, `+ Gehirn & KI`, `* China Daily Homepage` (no sentence mark, three words at most)
MENU_ENTRY = LazyPattern(r"^[*+•·-]\s+\p{L}[^.,;:!?]{0,28}$")
MENU_ENTRY_WORDS = 4  # the bullet and three words


def _in_the_tail(lines: list[Line], index: int) -> bool:
    """Two lines of prose or more above line `index` and fewer below it (a comment thread left out:
    `comments.before_comments`); in a script written without spaces, a line of 20 of its characters or more
    counts as prose."""
    def prose(part: list[Line]) -> int:
        return sum(1 for _ in zip(range(PROSE_BELOW),
                                  (line for line in part if is_prose(line.text) or _unspaced_sentence(line.text))))

    return prose(lines[index + 1:]) < PROSE_BELOW <= prose(lines[1:index])


def _unspaced_sentence(text: str) -> bool:
    return len(text) >= UNSPACED_SENTENCE and len(UNSPACED_SCRIPT.findall(text)) >= UNSPACED_SENTENCE


PROSE_BELOW = 2
UNSPACED_SENTENCE = 20



def _in_a_menu(lines: list[Line], index: int) -> bool:
    """`* China Daily Homepage`, `+ Martina Berg`: a bulleted menu's (or a thread's) entry is no headline printed
    again (a line beside such entries may be: a page's h1 follows its menu), nor is lynx's `<link>` line opening its
    dump (`#<headline>`, `#publisher alternate`, all before the page's first line of text)."""
    text = lines[index].text
    return (MENU_ENTRY.match(text) is not None and len(text.split()) <= MENU_ENTRY_WORDS
            or all(LYNX_LINK.match(line.text) for line in lines[1: index + 1]))


def _stamped_name(text: str) -> bool:
    """`Travis Haney - 4 hours ago`: a name and its stamp, the article's byline under its print of the headline
    (a list of headlines above it prints the same line with nothing signed under it)."""
    name, stamped = name_line(text)
    return name is not None and stamped
