"""A line framed by a page's furniture outside the article (CL140, issue 15): a teaser's dek, a promo.

The line model is never asked about a long sentence (the fast path: 80 characters closing a
sentence) nor about a line that reads as one (`textguards.reads_as_text`), and the second stage
skips prose lines: that is the guard of the article's own paragraphs. But a page's furniture is
written in sentences too: a teaser card's summary between its headline and its `READ MORE`
(`A free, automated, and open certificate authority (CA), run for the public's benefit, puts a
secure Internet within reach.`), a promo between a widget's label and its button (`Prospect takes
your privacy seriously. We promise never to rent or sell your e-mail address`), a newsletter's
confirmation, a site's self-description in its footer.

Its place says what it is (jusText: a block between two bad blocks is bad). A line of `WORDS`
words or more whose lines right above and right below are both flagged, with `DENSE` of the
`WINDOW` lines on either side flagged (a run of furniture, not a credit or an ad label between two
paragraphs), standing before the first line of the article's body or after its last
(`context.body_clusters`: the clusters of prose holding a tenth of its words) and in none of its
clusters. Not a lead-in closing with a colon (the list under it is what it introduces, its footnote's
number after it maybe: `... Ordensleute:25`), nor an entry of a numbered list (`[23] Josef Hesse,
Geschichte des Kirchspiels ...`, `1802 - Nach einer Liste ...`: a chronicle's, a paper's notes, whose
entries the model flags wrongly as often as a menu's), nor an item of a list under the article's lead-in
(`Dies wollen wir erreichen durch:` over the association's means), nor the article's headline: the last long line
above its body closing no sentence (`L'Université PSL : quand les grandes écoles font université`
between a breadcrumb and its dateline), or an unclosed line with a byline or a time stamp right under it.

A short line framed so (`just_under`, session 33): the model scored it `FLOOR` or more, just under its threshold
(`Choose a Username` / `Create Account` in a comment form, `+ Already a Pro?` in a menu, `We’ve got you covered.`
between a newsletter box's lines), and it stands in a gap of `GAP` unflagged lines at most between two runs of `RUN`
flagged lines or more, outside the article's body and no item under its lead-in (as the long lines above): a run of
furniture the verdict broke, as a menu's entry between its flagged neighbours (`smoothing`) but across a gap. No
line with a digit: a recipe's `200 g Margarine`, a chronicle's `1802 - ...`, a video's `Published on Sep 27, 2016`
stand between the model's false flags on the article's own lists. sb26 A (tuned there), inscriptis / lynx: 22 / 17
lines more, by the labels 21 / 15 boilerplate, 1 / 1 unsure (a teaser's byline), 0 / 1 content (a video player's
`The interactive transcript could not be loaded.`, the page's furniture to a reader).
"""

from __future__ import annotations

import re
from collections.abc import Collection, Sequence

from corpuslint.checks.boilerplate.context import body_clusters, body_span
from corpuslint.checks.boilerplate.fixguard import is_item, is_lead_in
from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.checks.boilerplate.smoothing import heads

__all__ = ["DENSE", "FLOOR", "FRAMED_WHY", "GAP", "RUN", "WINDOW", "WORDS", "framed_lines", "just_under"]

WORDS = 9  # a long line: what `smoothing.sandwiched` leaves (8 words at most)
WINDOW = 3  # lines on either side read for the run of furniture ...
DENSE = 3  # ... of which this many at least are flagged (the two right beside the line among them)
FLOOR = 0.8  # a score just under the threshold (0.95, the shipped model's) ...
GAP = 3  # ... in a gap of this many unflagged lines at most ...
RUN = 2  # ... between two runs of this many flagged lines at least
FRAMED_WHY = "between page furniture, outside the article"
_NUMBERED = re.compile(r"[\[(]?\d")  # a numbered entry: `[23] `, `1802 - `, `(4) `
_LEAD_IN = re.compile(r":[\s\d^*]{0,4}$")  # a colon closing the line, a footnote's number after it maybe


def framed_lines(lines: Sequence[Line], flagged: Collection[int], scores: Sequence[float | None] = (),
                 threshold: float = 1.0) -> list[int]:
    """The indices of the lines framed by furniture (the module's doc) not in `flagged` (CL140's flags so
    far, but the second stage's): the long lines outside the article, and with the first stage's `scores`
    and `threshold`, the lines it scored just under it in a gap between two runs (`just_under`)."""
    out = _long_lines(lines, flagged)
    if scores:
        taken = set(out)
        out += [i for i in just_under(lines, flagged, scores, threshold) if i not in taken]
    return out


def just_under(lines: Sequence[Line], flagged: Collection[int], scores: Sequence[float | None],
               threshold: float) -> list[int]:
    """The lines scored `FLOOR` or more but under `threshold`, with no digit, in a gap of `GAP` lines at
    most between two runs of `RUN` flagged lines or more, outside the article's body (see the module's doc)."""
    n = len(lines)
    out: list[int] = []
    candidates = [i for i, score in enumerate(scores) if score is not None and min(FLOOR, threshold) <= score < threshold
                  and i not in flagged]
    if not candidates:
        return out
    cid, body = body_clusters(lines)
    first, last = body_span(lines, cid, body) or (n, -1)
    for i in candidates:
        if first <= i <= last or cid[i] in body:
            continue  # in the article's body: among the model's false flags on its lists (an association's means)
        if any(ch.isdigit() for ch in lines[i].text):
            continue  # a recipe's quantity, a chronicle's year, a date: the article's, among the model's false flags
        if _under_lead_in(lines, i):
            continue  # an item of the article's list (the association's means under `Dies wollen wir erreichen durch:`)
        a, b = i, i
        while a > 0 and a - 1 not in flagged and i - a < GAP:
            a -= 1
        while b < n - 1 and b + 1 not in flagged and b - i < GAP:
            b += 1
        if b - a < GAP and all(0 <= k < n and k in flagged for k in (*range(a - RUN, a), *range(b + 1, b + 1 + RUN))):
            out.append(i)
    return out


def _long_lines(lines: Sequence[Line], flagged: Collection[int]) -> list[int]:
    """The long lines framed by furniture outside the article (the module's doc) not in `flagged`."""
    if len(flagged) < DENSE:
        return []
    cid, body = body_clusters(lines)
    if (span := body_span(lines, cid, body)) is None:
        return []
    first, last = span
    n = len(lines)
    out: list[int] = []
    for i in range(1, n - 1):
        line = lines[i]
        if (i in flagged or line.words < WORDS or first <= i <= last or cid[i] in body
                or i - 1 not in flagged or i + 1 not in flagged
                or _LEAD_IN.search(line.text) or _NUMBERED.match(line.text)):
            continue
        if sum(1 for k in range(max(0, i - WINDOW), min(n, i + WINDOW + 1)) if k != i and k in flagged) < DENSE:
            continue
        if _under_lead_in(lines, i):
            continue  # an item of the article's list (`Dies wollen wir erreichen durch:` over its items)
        if not line.ends and (any(heads(lines[k]) for k in range(i + 1, min(n, i + 3)))
                              or (i < first and all(lines[k].words < WORDS for k in range(i + 1, first)))):
            continue  # the article's headline: over its dateline, or the last long line above its body
        out.append(i)
    return out


def _under_lead_in(lines: Sequence[Line], i: int) -> bool:
    """Line `i` stands in a block of lines (no blank line between) right under the article's lead-in
    (`fixguard.is_lead_in`: four words or more of text closing with a colon), each an item of a list
    (`fixguard.is_item`: no call to action, link or credit; not msn's `Sponsored Links` block under
    the article's `check out the footage below:`): an item of its list."""
    k = i
    while k > 0 and lines[k - 1].number == lines[k].number - 1 and not lines[k - 1].text.endswith(":"):
        k -= 1
    return (k > 0 and lines[k - 1].number >= lines[k].number - 2 and is_lead_in(list(lines), k - 1)
            and all(is_item(lines[j]) for j in range(k, i + 1)))

