"""The headline a page prints over its main content where its `<title>` words it otherwise.

A curator records the headline the page prints, not the `<title>`'s wording of it. Two shapes of the
`<title>` differ from the printed line without being another story's:

- a note in brackets closing the `<title>` (or its headline part) that the page does not print:
  `How to Build a Terrarium (with Pictures) | eHow` over `How to Build a Terrarium`,
  `LWN.net Weekly Edition for March 26, 2015 [LWN.net]` over `LWN.net Weekly Edition for March 26, 2015`;
- a `<title>` the page never prints, with a headline standing over the article's stamp that shares
  its words: `How to watch the 21 best films of 2017 - Vox` over `The 21 best movies of 2017` /
  `By Alissa Wilkinson @alissamarie Updated Jul 24, 2018`. A headline over a stamp that shares
  nothing with the `<title>` may be a teaser's: the `<title>` is kept there;
- the printed headline with the site's name after a colon (`…Anymore: Gothamist` over `…Anymore`), or longer
  than a `<title>` worded alike, which cut it short for search results (observer);
- a headline worded alike that the page prints twice (over the article and in a strip or a share box above it):
  `West Ham hrozí gigantům, okouzlil i Linekera. Součkovu práci je snadné přehlédnout - Aktuálně.cz` over
  `… Součka je snadné přehlédnout`, twice; the page's own wording, where the `<title>` is printed nowhere.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from corpuslint.checks.metadata.lines import Line, could_be_title
from corpuslint.checks.metadata.sitename import names_the_site
from corpuslint.checks.metadata.vocabulary import FUNCTION_WORDS, SMALL_WORDS
from corpuslint.textutil import LazyPattern, word_key

# a short note in round or square brackets closing a title: `(with Pictures)`, `[LWN.net]`, `(PDF)`
TRAILING_NOTE = LazyPattern(r"\s+(?:\([^()\[\]]{1,30}\)|\[[^()\[\]]{1,30}\])\s*$")
WORD = LazyPattern(r"\w+")
SITE_WORDS = 6  # the most words of a site's name


def without_note(part: str) -> str | None:
    """`part` without the bracketed note that closes it, or None when no note closes it."""
    note = TRAILING_NOTE.search(part)
    return part[: note.start()] if note is not None and note.start() > 0 else None


def content_words(text: str) -> set[str]:
    return {word for word in WORD.findall(text.casefold()) if word not in SMALL_WORDS and word not in FUNCTION_WORDS}


def words_the_title(title: str, printed: str) -> bool:
    """The printed headline is the `<title>`'s story worded otherwise: at least half of its own content
    words (three at least) stand in the `<title>`'s headline."""
    mine = content_words(printed)
    shared = mine & content_words(title)
    return len(shared) >= 3 and 2 * len(shared) >= len(mine)


def site_after_colon(title: str, line: str, lines: Sequence[Line], site: str | None) -> bool:
    """`Helter Shelter: NYC's Fallout Shelters Basically Don't Exist Anymore: Gothamist` over the printed
    `Helter Shelter: NYC's Fallout Shelters Basically Don't Exist Anymore`: what the `<title>` adds after the
    printed line and a colon is the site's name, as the page bears out (`Gothamist is a website about …`)."""
    head = " ".join(line.split())
    if not title.startswith(head + ":") or len(head.split()) < 3:
        return False
    rest = title[len(head) + 1:].strip()
    if not 0 < len(rest.split()) <= SITE_WORDS:
        return False
    # a subtitle printed on a line of its own (`Die Arbeitswelt von morgen` / `Sieben Berufe, die Zukunft haben`)
    # is no masthead: the evidence is a host, a copyright line
    key = _words_key(rest)
    return names_the_site(rest, [line for line in lines if _words_key(line.text) != key], site)


def _words_key(text: str) -> str:
    return " ".join(WORD.findall(text.casefold()))


def cut_for_search(title: str, line: str) -> bool:
    """`Archaeologists Discover 2,500-Year-Old Lost City Atop a Greek Mountain` for the printed `Archaeologists
    Just Discovered a 2,500-Year-Old Lost City Atop a Greek Mountain Peak`: a `<title>` worded alike (the line
    `similar_headline` finds) and shorter than the printed headline is the headline cut for search results;
    a printed line as long or shorter (`… hands-on: the Retina display moment` / `… is the Retina display
    moment`) leaves the `<title>`, whose wording a curator may keep as well."""
    printed = " ".join(line.split())
    if not could_be_title(printed) or printed.endswith(".") or title.endswith("."):
        return False  # a sentence, not a headline (a news story's lede under its first line)
    # the `<title>` whole inside the printed line: a kicker or a label joined to it (`Click to WATCH: …`)
    return len(WORD.findall(printed)) > len(WORD.findall(title)) and _words_key(title) not in _words_key(printed)


def printed_twice(lines: Sequence[Line], index: int, *, look: int = 400) -> bool:
    """The line at `index` (a headline worded like the `<title>`, `similar_headline`'s) stands again as a line
    of its own among the page's first `look` lines under the `<title>` (the first line, not a print of it): the
    page's own wording of its headline, printed twice. Not a sentence (a news story's text quoting its first line: `… a pillow, toy, food bowl and food.`)."""
    key = _words_key(lines[index].text)
    if lines[index].text.rstrip().endswith(".") or len(key.split()) < 3:
        return False
    return any(_words_key(line.text) == key for at, line in enumerate(lines[1:look], start=1) if at != index)


LABEL_WORDS = 3  # the most words of a section's label or a site's name glued after a printed headline


def label_after(title: str, line: str) -> bool:
    """`<headline> Mobile`, `<headline>- The Site`, `<headline> <headline>` over the printed `<headline>`: the
    `<title>` is the printed headline (four words at least) with a section's label, a site's name glued to it
    by a dash without its space, or the headline again after it. What follows must be capitalised words (a
    number, `… iPhone 5`, or a lower-case word goes on the headline)."""
    printed = LIST_MARK.sub("", " ".join(line.split()))
    title = " ".join(title.split())
    if not title.startswith(printed) or len(WORD.findall(printed)) < 4 or not could_be_title(printed):
        return False
    rest = title[len(printed):]
    if not rest[:1].isspace() and not rest.startswith(("- ", "– ", "— ")):
        return False  # the printed line stops inside a word of the `<title>`
    rest = rest.lstrip(" -–—")
    if _words_key(rest) == _words_key(printed):
        return True  # the headline doubled
    words = rest.split()
    return 0 < len(words) <= LABEL_WORDS and all(word[:1].isupper() for word in words if word.casefold() not in SMALL_WORDS)


# a dateline or a kicker in capitals before a printed headline (`MIAMI: …`, `WATCH: …`), a list's bullet (`* …`)
KICKER = LazyPattern(r"^\p{Lu}[\p{Lu}.'’&-]+(?:\s+\p{Lu}[\p{Lu}.'’&-]+){0,2}:\s+(?=\S)")
LIST_MARK = LazyPattern(r"^(?:[*+•▪◦‣·][ \t]+)+(?=\S)")
# a site's name glued to the headline by a dash without its space before it (`Headline- The Site`)
GLUED_DASH = LazyPattern(r"(?<=[\p{L}\p{N}.!?)\"”’])[-–—]\s+(?=\p{Lu})")


def after_kicker(text: str) -> str | None:
    """What a printed line says after its dateline or kicker in capitals (`MIAMI: <headline>`), or None."""
    text = LIST_MARK.sub("", text)
    kicker = KICKER.match(text)
    return text[kicker.end():] if kicker is not None and len(text[kicker.end():].split()) >= 3 else None


def printed_headline(title: str, first: str) -> str:
    """The title as the page prints its headline, without a list's bullet before it, nor a dateline or kicker in
    capitals the `<title>` (`first`) does not give (`MIAMI: <headline>` printed, `<headline> | Site` the `<title>`)."""
    title = LIST_MARK.sub("", title)
    rest = after_kicker(title)
    if rest is not None and title[: len(title) - len(rest)].rstrip(": ").casefold() not in first.casefold():
        return rest
    return title


# lynx writes every apostrophe (`'`, `&apos;`, `’`) as U+02BC, a modifier letter: `Why Donald Trump wonʼt change`
RENDERED_APOSTROPHE = "\u02bc"
APOSTROPHE = "[\u02bc'’‘`´]"


def apostrophes_as_titled(title: str, first: str) -> str:
    """The headline with the apostrophes the `<title>` (`first`) writes in the same words: a renderer's U+02BC is no
    letter of the headline's (`wonʼt` over `won't`), yet a letter of some alphabets' (Ukrainian `пʼять`), so it goes
    only where the `<title>` spells those words with another apostrophe."""
    if RENDERED_APOSTROPHE not in title:
        return title
    pieces = (r"\s+".join(regex.escape(word) for word in piece.split()) for piece in title.split(RENDERED_APOSTROPHE))
    spelt = regex.search(APOSTROPHE.join(pieces), " ".join(first.split()))
    return spelt.group() if spelt is not None and RENDERED_APOSTROPHE not in spelt.group() else title


SAID_ONCE_WORDS = 4  # words of each half: a phrase said twice on purpose (`Bye Bye`, `Let It Go Let It Go`) is shorter


def said_once(title: str) -> str:
    """`Headline Headline` -> `Headline`: a renderer's line that prints the headline twice over (the h1 and its copy
    for screen readers glued), each half the same words, three or more."""
    words = title.split()
    half = len(words) // 2
    if len(words) % 2 or half < SAID_ONCE_WORDS or word_key(" ".join(words[:half])) != word_key(" ".join(words[half:])):
        return title
    return " ".join(words[:half])
