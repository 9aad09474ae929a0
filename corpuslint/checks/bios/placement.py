"""Where a copy stands: inside the run of the article's prose paragraphs, or among the page's short
furniture lines (a tag list, a "Related News" block, share buttons) before or after it.

A page scraped whole gives the article's lede again in a teaser under the tag list; both copies
close a sentence, so shape alone does not tell which is the story's. Place does: the story's copy
has a prose paragraph beside it, the teaser has only furniture around it. `_choose_kept`
(`copies.py`) asks this when both copies are the story's sentences by shape.
"""

from __future__ import annotations

from corpuslint.checks.bios.units import CLOSING, CopyUnit, UnitList, ready, trails_off

# a prose paragraph: a sentence of some length that closes with its full stop and does not trail
# off ("… In prepared remarks in front..." is a teaser); shorter lines are headings, tags, buttons
_PROSE_WORDS = 10
_LOOK = 3  # units looked past on each side (keyless rules, the copy's own copies) before giving up


def _prose(text: str, unit: CopyUnit) -> bool:
    if unit.listy or unit.words < _PROSE_WORDS:
        return False
    closes = text[unit.start:unit.end].rstrip(CLOSING).endswith((".", "!", "?"))
    return closes and not trails_off(text, unit)


def in_prose(text: str, units: UnitList, j: int, partner: int, k: int) -> bool:
    """Unit `j` has a prose paragraph as its nearest neighbour on one side at least: it stands in
    the article's text. Units without words (a `***` rule, a `|`) and copies of `j` itself (the same
    teaser twice) are looked past; its partner copy is no neighbour of prose (a teaser right above
    the lede it copies stands outside the article, not in it)."""
    return any(_prose_beside(text, units, j, partner, k, step) for step in (-1, 1))


def between_prose(text: str, units: UnitList, j: int, partner: int, k: int) -> bool:
    """Unit `j` has a prose paragraph as its nearest neighbour on both sides: a paragraph of the
    article, not a box under it (as `in_prose` looks, on each side)."""
    return all(_prose_beside(text, units, j, partner, k, step) for step in (-1, 1))


def _prose_beside(text: str, units: UnitList, j: int, partner: int, k: int, step: int) -> bool:
    key = ready(text, units.get(j), k).key
    i, looked = j + step, 0
    while 0 <= i < len(units) and i != partner and looked <= _LOOK:
        unit = ready(text, units.get(i), k)
        if not unit.key or unit.key == key:
            i += step
            looked += 1
            continue
        return _prose(text, unit)
    return False


def _adjacent(text: str, units: UnitList, earlier: int, later: int, k: int) -> bool:
    """Nothing with words between the two copies: a copy right under the other (a caption given
    again retouched) has the same surroundings, and place tells nothing."""
    return all(not ready(text, units.get(i), k).key for i in range(earlier + 1, later))


def placed(text: str, units: UnitList, earlier: int, later: int, k: int) -> bool | None:
    """True to keep the later copy, False the earlier, by place: when exactly one of the two
    stands among the article's prose paragraphs; None when both do or neither does, or when
    they are next to each other."""
    if _adjacent(text, units, earlier, later, k):
        return None
    a, b = in_prose(text, units, earlier, later, k), in_prose(text, units, later, earlier, k)
    return None if a == b else b
