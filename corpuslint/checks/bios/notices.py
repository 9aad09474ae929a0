"""Licence text under each section's own copyright notice: a copyright file's records.

A copyright file (Debian's `copyright`, a NOTICE, a THIRD-PARTY list) is a series of records, one
per component or holder: a `Copyright (C) 1995-2004 Jean-loup Gailly …` notice, then the licence
the holder grants, word for word as the next record's (the zlib, BSD or LGPL paragraphs). Each
record's paragraphs are its own legal text, not a scraper's copy: removing the second leaves that
component without its licence (tester27: cpp-12's copyright file lost 196 lines to a safe fix).
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from corpuslint.checks.bios.units import per_text

# A copyright notice: a line giving `Copyright`, `©` or `(C)` (once or more, a colon) then a year,
# after at most a short name (`GCC is`, `libffi -`) or a list mark: `Copyright (c) 1990 The Regents
# …`, ` (C) 1995-2004 Jean-loup Gailly and Mark Adler`, `(c) Copyright 1986 HEWLETT-PACKARD`, a
# DEP-5 field `Copyright: 2002-2019 Free Software Foundation`. Not "retain the above copyright
# notice" (no year follows) nor a list's "(c) In 2019 …" (a word between the mark and the year).
_KEY = r"(?:copyright\b|©|\(c\))"
_NOTICE = regex.compile(
    rf"(?mi)^[^\n.!?:]{{0,30}}?(?<![\w(])(?:{_KEY}[ \t]*)+:?[ \t]*(?:1[89]|20)\d\d\b[^\n]*$")


def _notice_starts(text: str) -> list[int]:
    """Where each copyright notice line starts, in text order (found once per text)."""
    memo = per_text(text, "notices")
    if not memo:
        memo["starts"] = [m.start() for m in _NOTICE.finditer(text)]
    return memo["starts"]


def under_own_notice(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Each copy stands under a copyright notice of its own: a notice at or above the first copy,
    and another between the two (or the later copy is itself a notice, a record's own, `[1b]`'s
    `Copyright (c) 1990 The Regents …` after `[1a]`'s). An article pasted twice has no notice above
    its first copy (a page's `© 2016` footer closes it), so it is still a copy."""
    starts = _notice_starts(text)
    if not starts or starts[0] >= earlier[1]:
        return False
    k = bisect_left(starts, earlier[1])
    return k < len(starts) and starts[k] < later[1]
