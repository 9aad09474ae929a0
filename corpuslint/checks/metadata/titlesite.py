"""The site's name cut off a page's `<title>`: `Headline | Section | Site` -> `Headline`, each part
dropped only where the page bears out that it names the site (`sitename.names_the_site`)."""

from __future__ import annotations

from collections.abc import Sequence

import regex

from corpuslint.checks.metadata.bylineline import bare_name
from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.sitename import names_the_site
from corpuslint.checks.metadata.titleparts import SEPARATOR
from corpuslint.textutil import LazyPattern, word_key


def without_attested_site_name(first: str, lines: Sequence[Line] = (), site: str | None = None) -> str:
    """`Headline | Section | Site` -> `Headline`: trailing parts dropped while a headline is left,
    each one only when the page bears out that it is the site's (or a section's) name
    (`sitename.names_the_site`: a masthead line, a copyright line, a host), and a signature with
    what follows it (`... | by John C. Welch | Medium`). A headline may end like a site's name
    (`Obama's Speech - Full Transcript`): the shape alone drops nothing."""
    title = " ".join(first.split())
    for cut in SEPARATOR.finditer(title):
        part = SEPARATOR.split(title[cut.end():], maxsplit=1)[0]
        signed = regex.match(r"(?i)by\s+", part) is not None and bare_name(part[3:].strip()) is not None
        if signed and len(title[: cut.start()].split()) >= 3:
            title = title[: cut.start()]
            break
    while True:
        parts = sorted((*SEPARATOR.finditer(title), *SPACED_COLON.finditer(title)), key=lambda cut: cut.start())
        if not parts:
            return _without_leading_site(title, lines, site)
        last = parts[-1]
        head, tail = title[: last.start()], title[last.end():]
        if len(head.split()) < 3 or len(tail.split()) > MAX_SITE_WORDS or not (
                names_the_site(tail, lines, site) or _site_then_section(tail, lines, site)):
            return _without_leading_site(title, lines, site)
        title = head


def _site_then_section(part: str, lines: Sequence[Line], site: str | None) -> bool:
    """`Example Times: News`: the site's name (borne out as such) and its section's after a colon, one part."""
    name, colon, section = part.partition(": ")
    return bool(colon) and 1 <= len(section.split()) <= 2 and ":" not in section and names_the_site(name, lines, site)


def _without_leading_site(title: str, lines: Sequence[Line], site: str | None) -> str:
    """`Example News - Headline` -> `Headline`: a <title> that opens with the site's name, the one part before the
    first separator, borne out as the site's by the page's copyright line, a host or a follow box (a line printing it
    again is a section's, a menu's entry), a headline's five words or more left after it and no site's name
    (`Google - Site Reliability Engineering`: the owner and its book's or product's name, kept whole)."""
    cut = SEPARATOR.search(title)
    if cut is None or SEPARATOR.search(title, cut.end()) is not None or title.startswith("#"):
        return title  # (lynx's `#Site » Post Comments Feed alternate`: a feed's link, no <title>)
    head, rest = title[: cut.start()], title[cut.end():]
    if (len(rest.split()) < LEADING_SITE_REST or len(head.split()) > MAX_SITE_WORDS
            or not names_the_site(head, lines, site, repeated=False) or names_the_site(rest, lines, site)):
        return title  # (a menu's entry, `Unsere Projekte | <the site's name>`, is a section's page over the site's)
    return rest


MAX_SITE_WORDS = 6
# `Headline : Example News`, `Headline : The Two-Way : NPR`: a colon spaced on both sides sets the site's name off as a
# bar does; French typography spaces every colon (`L'Université PSL : quand les grandes écoles…`), so the part after
# it goes only when the page bears it out as the site's name, as every part here
SPACED_COLON = LazyPattern(r"\s+:\s+")
LEADING_SITE_REST = 5


def site_parts(first: str, title: str | None) -> frozenset[str]:
    """The parts of the <title> line left out of the headline (`Silicon Exposed: Open Verilog flow ...`
    -> `silicon exposed`): the site's name, as its masthead prints it above the headline."""
    if not title:
        return frozenset()
    whole = " ".join(first.split())
    parts = regex.split(r"\s+(?:[|–—·•✩»-]|::)\s+|:\s+", whole)
    return frozenset(word_key(part) for part in parts if word_key(part) and word_key(part) != word_key(title))
