"""A log of entries (a change log, a git log, a release history): its heads are its entries', not a
page's metadata (CL504, CL505; tester32 item 2).

Debian's changelog opens each entry with `tzdata (2026f-0+deb12u1) bookworm-security; urgency=medium`, a
git log each commit with `commit <hash>` over `Author:` and `Date:`, a NEWS file each release with
`Release 2026f - 2026-10-27 …`. The first entry's header reads like a title, a dateline or a header block,
and the dates and names in its items like a page's byline and date, but they are that entry's: the
version the release had, the day of one commit. What marks a log is its SHAPE: an entry header of one of
these forms opening a line, at least `MIN_ENTRIES` times. Its entries are not read for the document's
metadata (a title over the first entry, `News for the tz database`, still is).
"""

from __future__ import annotations

import functools

from corpuslint.linestart import RegexAtLineStart

# an entry's header opening a line: Debian's `package (version) distributions; urgency=…`, a git log's
# `commit <hash>`, a release history's `Release 2026f - <date>` / `Version 2.3 (2019-01-02)`
# (found by the newline before each line: `regex` tried the pattern at every character, ~0.16 s per 10 MB)
ENTRY_HEADER = RegexAtLineStart(
    r"(?:[a-z0-9][a-z0-9.+-]+[ \t]+\([^()\s]+\)(?:[ \t]+[\w.+/-]+)+;[ \t]*urgency=\w+"
    r"|commit[ \t]+[0-9a-f]{7,64}\b"
    r"|(?:Release|Version)[ \t]+v?\d+(?:\.\d+)*[a-z]?\b[ \t]*(?:[-–—:(][ \t]*)?\d{4}-\d{2}-\d{2})")
MIN_ENTRIES = 2
LOOK = 200_000  # characters read for entry headers: a log shows two in its first pages


@functools.lru_cache(maxsize=4)
def first_entry(text: str) -> int | None:
    """Where the first entry of a log starts (see the module), or None when the text is no log."""
    heads = ENTRY_HEADER.starts(text, min(len(text), LOOK), MIN_ENTRIES)
    return heads[0] if len(heads) >= MIN_ENTRIES else None
