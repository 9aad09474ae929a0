"""Runs of short units that together copy one paragraph (a bio broken into lines, a footer's lines
under an "About the author" box): `find_copies`' search beside the unit-to-unit copies."""

from __future__ import annotations

from corpuslint.checks.bios.biography import BIO_THRESHOLD
from corpuslint.checks.bios.options import CopyOptions
from corpuslint.checks.bios.units import UnitList, ready


_RUN_MEMBER = 0.5  # share of a run member's shingles that must be in the target
_RUN_COVERAGE = 0.5  # share of the target's shingles the run must cover
# two bios of one person are copies at a lower similarity than other text (`copies._BIO_SENTENCES`)
BIO_OVERLAP = 0.5  # shared shingles / the smaller copy's shingles
BIO_SHARED = 12  # and at least this many shared shingles


def add_neighbours(text: str, units: UnitList, t: int, counts: dict[int, int], options: CopyOptions,
                    k: int, involved: set[int], bio_of) -> None:
    """Add to `counts` the units within a run's reach of `counts`' units that share shingles with `t`.

    Only when a run is plausible: the target is a bio (bios are what runs of short lines repeat),
    or the units that share a key with it already cover half of what a run must
    (`_RUN_COVERAGE`). A target that merely shares a phrase with another unit does not look
    further: that keeps ~80% of the targets from tokenising their neighbours (~70 ms CPU on the
    2000 real documents). The limit: a run whose keyless members (short lines sharing no clause
    start or end with the target) carry more than half of the target is not seen.
    """
    n = len(units)
    window: set[int] = set()
    for i in counts:
        window.update(range(max(0, i - options.max_run + 1), min(n, i + options.max_run)))
    window.discard(t)
    window.difference_update(counts)
    window.difference_update(involved)  # never run members (`best_run`): not worth tokenising
    if not window:
        return
    mine = units[t].shingles
    shared = sum(inter for i, inter in counts.items() if i not in involved)
    if shared < _RUN_COVERAGE / 2 * len(mine) and bio_of(t).score < BIO_THRESHOLD:
        return  # (`bio_of` asks `may_be_bio` first: ~1000 targets, none a bio)
    for b in sorted(window):
        unit = ready(text, units.get(b), k, listy=False)
        other = unit.hashes  # the shingles of its words: whether it is `listy` (then it has none) is asked only
        if other and not mine.isdisjoint(other) and not unit.listy:  # of the few that share one (1 in 12)
            counts[b] = len(mine & other)


def best_run(text: str, units: UnitList, t: int, counts: dict[int, int], options: CopyOptions,
              involved: set[int], bio_of) -> tuple[int, int, int, int, bool] | None:
    """The best run of >= 2 consecutive units (not `t`) whose shingles lie mostly inside unit `t`.

    Returns (first unit, last unit, shared shingles, run shingles, is a bio pair) or None.
    """
    target = units[t]
    members = sorted(i for i, inter in counts.items()
                     if i not in involved and not units[i].listy and units[i].shingles
                     and (inter / len(units[i].shingles) >= _RUN_MEMBER or inter >= 5))
    if len(members) < 2:
        return None
    best = None
    # group members into runs of consecutive units, bridging units with no words (a bare URL, "*"); a
    # unit with words but no shingles (a heading, a list item, code: `listy`) is no bridge: two lines of
    # code a heading and its paragraph apart copied one statement (perlpacktut, tester28), not a run
    groups: list[list[int]] = []
    for i in members:
        if groups:
            prev = groups[-1][-1]
            between = range(prev + 1, i)
            if all(_wordless(text, units, b, options.shingle_size) and b != t for b in between) \
                    and i - groups[-1][0] < options.max_run:
                groups[-1].append(i)
                continue
        groups.append([i])
    for group in groups:
        if len(group) < 2:
            continue
        lo, hi = group[0], group[-1]
        if lo <= t <= hi:
            continue
        run_shingles: set[int] = set()
        words = 0
        for i in range(lo, hi + 1):
            ready(text, units.get(i), options.shingle_size)
            run_shingles |= units[i].shingles
            words += units[i].words
        if words < options.min_words or not run_shingles:
            continue
        inter = sum(1 for s in run_shingles if s in target.shingles)
        cont = inter / len(run_shingles)
        if cont >= options.run_threshold and inter / len(target.shingles) >= _RUN_COVERAGE:
            bio = False
        elif inter / min(len(run_shingles), len(target.shingles)) >= BIO_OVERLAP and inter >= BIO_SHARED:
            # a looser match, accepted for two bios of the same person only
            if not both_bios(bio_of, t, (lo, hi)):
                continue
            bio = True
        else:
            continue
        if best is None or inter > best[2]:
            best = (lo, hi, inter, len(run_shingles), bio)
    return best


def _wordless(text: str, units: UnitList, b: int, k: int) -> bool:
    """Unit `b` has no words a run could share (no shingles, and no words either)."""
    unit = ready(text, units.get(b), k)
    return not unit.shingles and not unit.words


def both_bios(bio_of, first, second) -> bool:
    """`_same_bio(bio_of(first), bio_of(second))`, without scoring `second` when `first` is no
    bio: most units sharing a phrase with another are not bios, and the same unit is `first` for
    all the units it is compared with (the evidence is cached, so the order changes nothing)."""
    a = bio_of(first)
    return a.score >= BIO_THRESHOLD and _same_bio(a, bio_of(second))


def _same_bio(a, b) -> bool:
    """Two bio evidences that are both bios, of the same person when both name one."""
    if a.score < BIO_THRESHOLD or b.score < BIO_THRESHOLD:
        return False
    if a.name and b.name:
        return a.name.casefold() == b.name.casefold()
    return True
