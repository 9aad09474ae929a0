"""Whether a part of a page's `<title>` is the site's name: evidence, not shape alone.

`Headline | Site`, `Headline - Site News`: the part after the separator is the site's name when
something else says so, because a headline can end the same way (`Obama's Speech - Full
Transcript`, `Python 3.12 Released - What's New`). The evidence a site leaves:

- the document's own metadata names the site (its `site`/`source`/`url` field);
- the part is itself a host name (`Salon.com`, `TMZ.com`);
- the page writes the part again as a line of its own: the masthead, the logo's text, the footer
  (`The Verge`, `eHow`);
- a `Follow <part>` line (`Follow CNN Politics`, a blog's `Folge “<part>”`) names it as the site's or a section's
  account;
- a copyright line names it (`© 2019 Vox Media`, `Citylab.com © 2019 The Atlantic Monthly Group`);
- a host written on the page is named after it (`m.heraldsun.com.au` for `Herald Sun`);
- the part opens with the masthead's name, a brand by its shape (`CNET en Español` on a page with
  `CNET` as a line of its own): the site's edition or section.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuslint.checks.metadata.lines import Line
from corpuslint.textutil import LazyPattern, word_key

HOST = LazyPattern(r"(?i)(?<![\w@.-])(?:[\p{L}\d](?:[\p{L}\d-]{0,61}[\p{L}\d])?\.)+\p{L}{2,24}(?![\w-])")
MAIL_OR_HOST = LazyPattern(r"(?i)(?:[\w.+-]+@)?((?:[\p{L}\d](?:[\p{L}\d-]{0,61}[\p{L}\d])?\.)+\p{L}{2,24})(?![\w-])")
COPYRIGHT = LazyPattern(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b")
MASTHEAD_CHARS = 80
# `Follow CNN Politics`, a blog's follow box `Folge “Name”`: the site's (or section's) own account
FOLLOW = LazyPattern(r"(?i)(?:follow|folge|suivre|seguir|segui)\s+[“\"„«]?")
# a name written as no word is: `CNET`, `eHow`, `WordPress`, `Salon.com`
BRAND = LazyPattern(r"\p{Lu}{2,}[\p{Lu}\d]*|\p{L}+\p{Ll}\p{Lu}\p{L}*|[\p{L}\d-]+\.\p{L}{2,}")  # a line that is the site's name alone is short


def _squashed(key: str) -> str:
    """`The Washington Post` -> `washingtonpost`: what a host makes of a name."""
    words = key.split()
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return "".join(words)


def _host_labels(text: str) -> set[str]:
    labels: set[str] = set()
    for match in MAIL_OR_HOST.finditer(text):
        parts = match[1].casefold().split(".")
        labels.update(part.replace("-", "") for part in parts[:-1] if len(part) >= 3)
    return labels


def names_the_site(part: str, lines: Sequence[Line], site: str | None = None, *, repeated: bool = True) -> bool:
    """True when `part` (a piece of the first line) is the site's name by the evidence above. `repeated=False`
    (the whole first line, a page's headline, printed again under it by design, and spelt in its address): only by
    the document's metadata, a host name, a copyright line or a follow box."""
    part = part.strip()
    key = word_key(part)
    if not key:
        return False
    if HOST.fullmatch(part):
        return True
    squashed = _squashed(key)
    if site and (word_key(site) == key or len(squashed) >= 3 and squashed in _host_labels(site)):
        return True
    padded = f" {key} "
    for line in lines[1:]:
        text = line.text
        if len(text) <= MASTHEAD_CHARS and (repeated and word_key(text) == key
                                            or (follow := FOLLOW.match(text)) and word_key(text[follow.end():]) == key):
            return True
        if (repeated and len(text) <= MASTHEAD_CHARS and BRAND.fullmatch(text.strip())
                and part.startswith(text.strip() + " ")):
            return True
        if COPYRIGHT.search(text) and padded in f" {word_key(text)} ":
            return True
        if repeated and len(squashed) >= 3 and "." in text and squashed in _host_labels(text):
            return True  # (not for a whole line: a story's address spells its headline, `…/yahoos-sale-to-….html`)
    return False
