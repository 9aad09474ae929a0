"""CL142's reading of lines (`menus`): the menu entries a line holds (a name alone, behind a
bullet, or between bars), a sentence of the text, and what a run of entries is — a menu (mostly
capitalised, each place named once, few program names), a staff list, verse in a script without
capitals, a sidebar's counted entries. Where a run stands in the page is `menus`' concern.
"""

from __future__ import annotations

import regex

ENTRY_CHARS = 30
ENTRY_WORDS = 3
UNCASED_CHARS = 12  # an entry in a script without capitals (Chinese, Japanese, Arabic, Devanagari)
LEAD_WORDS = 3  # a lead-in ending with a colon: a menu's label has fewer words (`Follow us:`)
UNSPACED_CHARS = 4  # the middle length of a Chinese or Japanese menu's entries (`首页`, `新闻`, `科普中国`): verse runs longer
MARKER_CHARS = 12  # an entry's bullet or lynx's `(BUTTON)` before it, with its spaces
INLINE_ITEMS = 4  # a menu on one line: four entries or more between bars
INLINE_CHARS = 300  # a menu on one line: 300 characters at most (ten entries of 30)
CAPITALISED = 0.5  # of the run's words: menus are Title Case, UPPER CASE or Sentence case, verse and lyrics are not
CODE_SHARE = 3  # one entry in three or more a program's name: a manual's list, no menu
COUNTED = 0.8  # of a run's entries with a count: a sidebar wherever it stands
DISTINCT = 0.8  # of the run's lines: a menu names each place once, a refrain repeats
STAFF_NAMES = 6  # a staff list: six names or more, each followed by a role
STAFF_CARDS = 0.8  # of the gaps between a staff list's entries: a blank line (each entry a card)
STAFF_PAIRED = 0.8  # of a staff list's entries: a name or its role
LONG_RUN = 20  # a long run of capitalised entries: its sections' menus repeat the top entries
LONG_DISTINCT = 0.6
PROSE_WORDS = 8  # a sentence: eight words or more, closed by a sentence mark

# a line ending like a sentence or a clause (or a label, `Menu:`): no menu entry
_CLOSED = regex.compile(r"[.!?:;,…。！？；，：][\"'”’»)\]]*$")
# an abbreviation of initials (`U.S.`, `N.Y.`): its points close no sentence, name no program
_INITIALS = regex.compile(r"(?<![\p{L}\d.])(?:\p{Lu}\.){2,}")
# a program's name: `IS_LINE_JUNK()`, `PurePath.parts`, `Version=1.0`, `|bug-fixes-6|`, `AddressFamily`
_CODE = regex.compile(r"[_=|<>{}\[\]]|\(\)|::|\w\.\p{L}|\p{Ll}\p{Lu}\p{Ll}")
# a heading of a numbered series (`Chapter 4`, `Part II`): a book's contents, not a site's menu
_NUMBERED = regex.compile(r"(?:\d+|[IVXLC]+)$")
SENTENCE_END = regex.compile(r"[.!?。！？][\"'”’»)\]]*$")
SENTENCE_CLOSERS = frozenset(".!?。！？\"'”’»)]")  # a sentence's last character, asked before `SENTENCE_END`
LEAD_IN_COLON = regex.compile(r"[:：]$")  # a clause introducing what follows
_LETTER = regex.compile(r"\p{L}")
_UNSPACED = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}]")
COPYRIGHT_NOTICE = regex.compile(r"(?i:copyright\b)|.*©")
# a menu entry's mark: a bullet (lynx's third level: `o`), a sidebar's arrow, lynx's `(BUTTON)`
# (not `-`, which opens a sentence too)
_MARKER = regex.compile(r"(?:[*+o•‣◦►▸▶▷▹▼▾»›]|\(BUTTON\))\s+")
# an image lynx left as its name (`[IMG]`, `[logo.png]`)
_PLACEHOLDER = regex.compile(r"\[[^\]\s]{1,40}\]")
# the bars between the entries of a menu on one line
INLINE_BARS = "|·•"
INLINE_SEPARATOR = regex.compile(rf"\s+[{INLINE_BARS}]\s+")
# a person's name: two or three capitalised words of letters (`Roland Alton`, `Joana Maria Giesinger`)
_PERSON = regex.compile(r"\p{Lu}[\p{L}'’-]+(?: \p{Lu}[\p{L}'’-]+){1,2}")
# a sidebar's entry with its count of posts (`Gardening (12)`, `► March (3)`)
_COUNTED = regex.compile(r"\S\s+\(\d+\)$")


def _name(line: str) -> bool:
    """A name that may be a menu entry: 1-3 words, 30 characters at most, opening with a capital
    (or, in a script without capitals, a letter: 12 characters at most; or a year with its count
    of posts, `2014 (8)`), no sentence mark."""
    if not line or len(line) > ENTRY_CHARS or _closed(line):
        return False
    if not line[0].isupper() and not (line[0].isdigit() and _COUNTED.search(line)) \
            and (line[0].islower() or not line[0].isalpha() or len(line) > UNCASED_CHARS):
        return False
    words = line.split()
    return len(words) <= ENTRY_WORDS and not (len(words) > 1 and _NUMBERED.fullmatch(words[-1]))


def _short(item: str) -> bool:
    """An item of a menu on one line: 1-3 words, 30 characters at most, no sentence mark."""
    return 0 < len(item) <= ENTRY_CHARS and len(item.split()) <= ENTRY_WORDS and not _closed(item)


def _closed(item: str) -> bool:
    """An item ending like a sentence or a clause, not with initials (`U.S.`, `N.Y.`)."""
    return _CLOSED.search(item) is not None and not (item.endswith(".") and _INITIALS.search(item[-6:]))


def menu_entries(line: str) -> tuple[str, tuple[str, ...]] | None:
    """The menu entries a line holds, with its kind, or None for a line of text.

    - `plain`: a name alone on its line (`Sport`), or behind lynx's `(BUTTON)`; an image lynx
      left as its name in brackets (`[logo.png]`, `[IMG]`) holds no entry but breaks no run;
    - `bullet`: a name behind a list bullet (lynx's `* Gartenplanung`, a sidebar's `► 2014 (8)`);
    - `inline`: four names or more on one line between bars or dots (`Home | News | Sport | Weather`).
    """
    return None if _text(line) else _read_entries(line)


def _read_entries(line: str) -> tuple[str, tuple[str, ...]] | None:
    """`menu_entries` of a line short enough to be a menu's."""
    if _PLACEHOLDER.fullmatch(line):
        return "plain", ()
    kind = "plain"
    if marker := _MARKER.match(line):
        kind = "plain" if marker.group().startswith("(") else "bullet"
        line = line[marker.end():]
    items = INLINE_SEPARATOR.split(line.rstrip(" |"))  # lynx wraps a long one after a bar
    if len(items) >= INLINE_ITEMS and kind == "plain":
        return ("inline", tuple(items)) if all(_short(item) for item in items) else None
    return (kind, (line,)) if _name(line) else None


def entry_sized(line: str) -> bool:
    """Short enough to hold a menu's entry, or its entries between bars: `menu_entries` of any other line is None."""
    return not _text(line)


def _text(line: str) -> bool:
    """A line too long for an entry (30 characters and its bullet or `(BUTTON)`), and for a menu
    on one line: a line of text, told at once."""
    return len(line) > INLINE_CHARS or len(line) > ENTRY_CHARS + MARKER_CHARS and "|" not in line \
        and "·" not in line and "•" not in line


def word_count(line: str) -> int:
    """The words of a line: split at spaces, or in Chinese and Japanese, which leave none, one
    to two characters (`宇航员在太空中喝酒会怎么样？` is some seven words)."""
    words = len(line.split())
    if line.isascii() or 8 * words >= len(line):  # spaced text: a space every eight characters or fewer
        return words
    return max(words, len(_UNSPACED.findall(line)) // 2)


def is_sentence(line: str) -> bool:
    """A sentence of the text: eight words or more closed by a sentence mark, no copyright notice
    (`© 2015 BBC. The BBC is not responsible ...`: the page's footer, below its last menu)."""
    return (line[-1:] in SENTENCE_CLOSERS and SENTENCE_END.search(line) is not None and word_count(line) >= PROSE_WORDS
            and not COPYRIGHT_NOTICE.match(line))


def reads_as_menu(entries: list[str], capitalised: float = CAPITALISED) -> bool:
    """A run of entries that reads as a menu: mostly capitalised words, each entry named once,
    few of them a program's names (a manual's options, functions and tags)."""
    words = [w for line in entries for w in line.split() if _LETTER.search(w)]
    if not words or sum(1 for w in words if not w[0].islower()) < capitalised * len(words):
        return False
    if sum(1 for line in entries if _CODE.search(_INITIALS.sub("", line))) * CODE_SHARE >= len(entries):
        return False
    # a long menu names its top entries again over each section's (`Home` / `Video` / `World`
    # under the site's menu and the news menu): six in ten distinct will do where the entries
    # are capitalised; without capitals (Chinese) only the repeats tell a song's refrain
    distinct = DISTINCT
    if len(entries) >= LONG_RUN and 2 * sum(1 for line in entries if line[0].isupper()) > len(entries):
        distinct = LONG_DISTINCT
    # an archive names a month again in each year (`► March (3)` under 2019 and 2018)
    return len({line.casefold() for line in entries}) >= distinct * len(entries) or counted_entries(entries)


def staff_list(run: list[str], entries: list[str]) -> bool:
    """A list of people with their roles, not a menu: each entry its own paragraph (a blank
    line between eight in ten of the run's entries: a page's cards), eight in ten of the
    entries read in pairs, a person's name (two or three words, each capitalised, letters only:
    `Roland Alton`) and the line under it, its role (`Kommunikationsarchitekt`, `Open Source
    Experte`; half of the roles or more not of a name's shape), six names or more, their first
    words eight in ten distinct (a menu's `Ícone Facebook` / `Facebook` / `Ícone Twitter` /
    `Twitter` reads in pairs too, its first words repeat)."""
    if len(run) - len(entries) < STAFF_CARDS * (len(entries) - 1):
        return False
    shaped = [_PERSON.fullmatch(name) is not None for name in entries]
    names, roles = [], 0
    k = 0
    while k + 1 < len(entries):
        if shaped[k]:  # a name and its role; else a heading (`Büro Wien`) over the next pair
            names.append(entries[k].split()[0])
            roles += not shaped[k + 1]
            k += 1
        k += 1
    return (len(names) >= STAFF_NAMES and 2 * len(names) >= STAFF_PAIRED * len(entries)
            and 2 * roles >= len(names) and len(set(names)) >= DISTINCT * len(names))


def _uncased(entries: list[str]) -> bool:
    """More than half of the entries open with a letter of a script without capitals."""
    return 2 * sum(1 for name in entries if name[0].isalpha() and not name[0].isupper()
                   and not name[0].islower()) > len(entries)


def verse_run(stripped: list[str], run: list[tuple[str, tuple[str, ...]]], entries: list[str],
           start: int, end: int) -> bool | None:
    """Lines of verse, a song's lyrics or a post's captions in a script without capitals, not a
    menu: the capitals that tell a menu from verse in English are not there, so a run of plain
    lines (no bullets, no bars) mostly without capitals is verse when

    it stands in stanzas: groups a blank line apart, all of the same size, two lines or more
    (a translated song's quatrains), or each line its own paragraph (a post's captions).

    None (a menu only beside another: see `COMPANY`) when a line ending with a colon stands
    right above it or one blank line above it (a lead-in, `下面是全诗：`, or a menu's label,
    `ニュースカテゴリ：`: the words do not tell), or when in Chinese and Japanese its entries'
    middle length is over four characters (`首页`, `新闻`, `科普中国` are a menu's;
    `口紅顏色充滿誘惑` a verse's line, and so are a site's lists of headlines). False otherwise."""
    if not _uncased(entries) or any(kind != "plain" for kind, _ in run):
        return False
    groups, size = [], 0
    for line in stripped[start:end]:
        if line:
            size += 1
        elif size:
            groups.append(size)
            size = 0
    groups.append(size)
    if len(groups) > 1 and (len(set(groups)) == 1 or max(groups) == 1):
        return True
    if led_in(stripped, start, 1):
        return None
    unspaced = sorted(len(name) for name in entries if _UNSPACED.search(name))
    if 2 * len(unspaced) > len(entries) and unspaced[len(unspaced) // 2] > UNSPACED_CHARS:
        return None
    return False


def led_in(stripped: list[str], start: int, words: int = LEAD_WORDS) -> bool:
    """A lead-in of three words or more ending with a colon right above line `start` or one
    blank line above it (`The groups named in the citation are:`, `下面是全诗：`): the text
    introduces what follows; a menu's label is shorter (`Follow us:`, `Categories:`)."""
    above = start - 1
    if above >= 0 and not stripped[above]:
        above -= 1
    return above >= 0 and LEAD_IN_COLON.search(stripped[above]) is not None and word_count(stripped[above]) >= words


def counted_entries(entries: list[str]) -> bool:
    """A sidebar's entries: eight in ten of them or more with their count of posts."""
    return sum(1 for name in entries if _COUNTED.search(name)) >= COUNTED * len(entries)
