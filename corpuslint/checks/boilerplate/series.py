"""A numbered series inside one document: the headings of a law ("Artikel 1." … "Artikel 30"),
chapters, steps. Digits fold to one key (`normalize`), so the 30 headings of a Declaration are
one key that each translation carries. What tells them from a site's template is their order:
the key recurs in the document counting up (1, 2, 3 …), each term over text of the document's
own (the article under its heading). A template line stands once on a page, or twice with the
same number ("Comments (3)" above and below), or in a run of the page's furniture with numbers
that do not count (a blog's archive menu "► June (5)", "► June (2)"; videos' lengths "02:12 -
Source: CNN", "01:22 - Source: CNN"; comments' dates).
"""

from __future__ import annotations

from collections.abc import Iterable

from corpuslint.checks.corpus_units import LONG_WORDS, CorpusUnit
from corpuslint.textutil import DIGITS


def _numbers(block: str) -> tuple[int, ...]:
    return tuple(int(d) for d in DIGITS.findall(block))  # (`int` reads any script's decimal digits)


def _step(a: tuple[int, ...], b: tuple[int, ...]) -> int:
    """How `b` follows `a` in a numbering: the difference of the first number that differs
    (1: the next, "Artikel 1" → "Artikel 2", "2.1" → "2.2", "Step 4 of 9" → "Step 5 of 9");
    0 when none differs."""
    for x, y in zip(a, b):
        if x != y:
            return y - x
    return 0


def series_keys(text: str, units: Iterable[CorpusUnit]) -> set[str]:
    """The keys of the units that are the terms of a numbered series in this document: the key
    recurs, each occurrence numbered above the one before it (at least half of them the next
    number) with prose between the two."""
    terms: dict[str, list[tuple[tuple[int, ...], int]]] = {}  # key -> (numbers, prose units before)
    prose = 0
    search = DIGITS.search
    for u in units:  # (in text order: a paragraph, then its lines)
        if not (u.number or u.symbols) and search(text, u.start, u.end) is not None:
            terms.setdefault(u.key, []).append((_numbers(text[u.start:u.end]), prose))
        prose += u.sentence or u.words >= LONG_WORDS
    found = set()
    for key, seq in terms.items():
        if len(seq) < 2:
            continue
        steps = [(_step(a, b), q - p) for (a, p), (b, q) in zip(seq, seq[1:])]
        if all(step > 0 and between > 0 for step, between in steps) \
                and 2 * sum(step == 1 for step, _ in steps) >= len(steps):
            found.add(key)
    return found
