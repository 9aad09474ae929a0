"""The translations of one page, which the corpus rules count as one article (`Carriers.groups`).

A multilingual site's page in German, French and Italian shares its code blocks, config files
and command output, and nothing else: their words differ, so their signatures are far apart,
yet they are one article. They are told by their names and their size: the same path (or id)
but for one language code (`ch05.de.html` / `ch05.fr.html`, `/de/page` / `/fr/page`, `de_chown.1`
/ `fr_chown.1`, `pt_BR`), and shingle counts within a factor of 1.5 (a translation keeps its
original's structure and length), and texts in two languages (`language_of`: their function
words or their script; review19 #5): a regional site's articles filed `news/ca/2020-03-01.txt`,
`news/de/...` (the states' codes are languages' too) are one language's. Where a text's language
is not told (a French page left half in English, a page mostly of code), the names decide.
Pages whose own names are language codes (`fr_ar.1`, `fr_tr.1`: the man pages of `ar` and `tr`)
and unrelated documents filed under one name per language (`de/001.txt`, `fr/001.txt`) in
different languages may pass for translations: such a set counts as one article, which a
template carried by many other documents survives.
"""

from __future__ import annotations

import re
from functools import lru_cache

# ISO 639-1 codes of the languages sites are translated into most; a code that is also a common
# word of a path (`in`, `is`, `to`, `no`, `be`, `my`, `id`, `me`, `so`, `la`) is left out, `it` told apart below
_LANGUAGES = ("af ar bg bn ca cs cy da de el en eo es et eu fa fi fr ga gl gu he hi hr hu hy "
              "ja ka kk km kn ko ku lt lv mk ml mn mr ms mt nb nl nn pa pl ps pt ro ru sk sl "
              "sq sr sv sw ta te th tl tr uk ur uz vi zh").split()
# ... and codes that are common words of a path too, taken for a language's only where the text
# is told to be in it (`debref_ch12.it.txt` in Italian; not `how-to-do-it`): Italian pages shared
# the untranslated headings of their German and French versions (qa18a: `12.7. Web` "in 4
# different articles" of 2 pages)
_TOLD_ONLY = ("it",)
# a code as a whole part of the name (between `/`, `.`, `_`, `-`, `?`, `=`, `&`), with a region
# in capitals maybe (`pt_BR`, `zh-TW`)
_LANGUAGE_TAG = re.compile(r"(?<![^/._?=&-])(%s)(?:[-_][A-Z]{2})?(?![^/._&-])" % "|".join([*_LANGUAGES, *_TOLD_ONLY]))
_SIZE_RATIO = 1.5  # a translation's shingle count is within this factor of its original's


@lru_cache(maxsize=4096)
def translated_page(name: str) -> frozenset[str]:
    """The pages a document's path or id may name in another language: the name with one of its
    language codes taken out (`web/debref_ch05.de` and `web/debref_ch05.fr` are both
    `web/debref_ch05.\x00`); empty when it names no language."""
    return frozenset(name[:m.start()] + "\x00" + name[m.end():] for m in _LANGUAGE_TAG.finditer(name))


@lru_cache(maxsize=4096)
def told_only(name: str) -> str:
    """The code a name's language codes all are when it is one of the codes that are words of a
    path too (`it`), which names a translation only where the text is told to be in that
    language; "" otherwise."""
    codes = {m.group(1) for m in _LANGUAGE_TAG.finditer(name)}
    return next(iter(codes)) if len(codes) == 1 and codes <= set(_TOLD_ONLY) else ""


def translation_of(pages: frozenset[str], shingles: int, seen: list[tuple[frozenset[str], int, str]],
                   language: str) -> bool:
    """Whether a carrier of `pages` (`translated_page`), `shingles` and `language` (`language_of`)
    translates one counted before: named alike, of about one length, and not told to be in one
    language (a page whose language is not told, half translated or mostly code, is named alike)."""
    return bool(pages) and any(
        not pages.isdisjoint(other) and max(shingles, size) <= _SIZE_RATIO * max(1, min(shingles, size))
        and not (language and told == language)
        for other, size, told in seen)
