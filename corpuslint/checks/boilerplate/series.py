"""A numbered series inside one document: the headings of a law ("Artikel 1." … "Artikel 30"),
chapters, steps. Digits fold to one key (`normalize`), so the 30 headings of a Declaration are
one key that each translation carries; what tells them from a site's template is that the key
repeats within the document, counting up ("Artikel 1", "Artikel 2"), where a template line
stands once on a page, or twice with the same number ("Comments (3)" above and below), or with
numbers that do not count (a video's length, "02:12 - Source: CNN" and "01:22 - Source: CNN").
"""

from __future__ import annotations

from collections.abc import Iterable

from corpuslint.checks.corpus_units import CorpusUnit
from corpuslint.textutil import DIGITS


def _numbers(block: str) -> tuple[int, ...]:
    return tuple(int(d) for d in DIGITS.findall(block))  # (`int` reads any script's decimal digits)


def _counts_up(a: tuple[int, ...], b: tuple[int, ...]) -> bool:
    """Whether `b` is the next of `a` in a numbering: equal up to the first number that differs,
    which is one more (1 → 2, 2.1 → 2.2, 4 → 5 in "Step 4 of 9" → "Step 5 of 9")."""
    for x, y in zip(a, b):
        if x != y:
            return y == x + 1
    return False


def series_keys(text: str, units: Iterable[CorpusUnit]) -> set[str]:
    """The keys of the units that are the terms of a numbered series in this document: the key
    recurs and, in text order, one occurrence numbers the next after another."""
    seen: dict[str, tuple[int, ...]] = {}
    found: set[str] = set()
    for u in sorted(units, key=lambda u: u.start):
        if u.number or u.symbols or u.key in found:
            continue
        block = text[u.start:u.end]
        if not any(c.isdigit() for c in block):
            continue
        numbers = _numbers(block)
        last = seen.get(u.key)
        if last is not None and _counts_up(last, numbers):
            found.add(u.key)
        seen[u.key] = numbers
    return found
