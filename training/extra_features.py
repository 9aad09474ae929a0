"""Candidate features measured before they go into `linefeatures` (train_boilerplate.py --extra):
shapes of where the article ends inside its span (a comment thread, a gallery, related
headlines between paragraphs), a block repeated in the page, a list's shared template, dated
comment headers, prose that is not furniture. Each maps a document's lines to extra columns per
line. None is in the shipped model: what each measured is in training/README.md."""

from __future__ import annotations

import math
import os
import re
import zlib
from collections import Counter
from statistics import median

_DIGIT = re.compile(r"\d")


def prose_length(lines) -> list[list[float]]:
    """The mean words of the next 5 and of the previous 5 prose lines, each over the page's median
    prose line (log): an article's paragraphs are long, a comment thread's short."""
    at = [i for i, line in enumerate(lines) if line.prose]
    med = median(lines[i].words for i in at) if at else 1.0
    out = []
    k = 0
    for i in range(len(lines)):
        while k < len(at) and at[k] <= i:
            k += 1
        after = [lines[j].words for j in at[k:k + 5]]
        before = [lines[j].words for j in at[max(0, k - 5 - (1 if k and at[k - 1] == i else 0)):k - (1 if k and at[k - 1] == i else 0)]]
        out.append([math.log((sum(after) / len(after)) / med) if after else -3.0,
                    math.log((sum(before) / len(before)) / med) if before else -3.0])
    return out


def digit_shorts(lines) -> list[list[float]]:
    """The share of short lines with a digit among the 3 lines each side (comment headers' dates and
    times, a gallery's `1/50`)."""
    flag = [1.0 if line.words < 8 and _DIGIT.search(line.text) else 0.0 for line in lines]
    out = []
    for i in range(len(lines)):
        lo, hi = max(0, i - 3), min(len(lines), i + 4)
        around = flag[lo:i] + flag[i + 1:hi]
        out.append([sum(around) / len(around) if around else 0.0])
    return out


def noise(lines) -> list[list[float]]:
    """A column of noise (a hash of the line's text and number): what any uninformative feature
    moves the out-of-fold figures by (the floor a real feature's gain must clear); `NOISE_SALT` in
    the environment draws another column."""
    salt = os.environ.get("NOISE_SALT", "")
    return [[zlib.crc32(f"{salt}{line.number}:{line.text}".encode()) / 2**32] for line in lines]


def digit_shorts5(lines) -> list[list[float]]:
    """`digit_shorts` over 5 lines each side."""
    flag = [1.0 if line.words < 8 and _DIGIT.search(line.text) else 0.0 for line in lines]
    out = []
    for i in range(len(lines)):
        lo, hi = max(0, i - 5), min(len(lines), i + 6)
        around = flag[lo:i] + flag[i + 1:hi]
        out.append([sum(around) / len(around) if around else 0.0])
    return out


def long_span(lines) -> list[list[float]]:
    """Where the article's long paragraphs stand: the run with the largest weight when a prose line
    of 30 words or more counts its words, any other line -2 (a comment's short paragraph, a
    caption, a headline between paragraphs count against). Whether the line is inside it, and
    its distance from it (log, signed): a comment thread or gallery after the article's end
    falls outside it even where the looser span takes it in."""
    best, span, total, start = 0.0, (0, -1), 0.0, 0
    for i, line in enumerate(lines):
        if total <= 0:
            total, start = 0.0, i
        total += line.words if line.prose and line.words >= 30 else -2.0
        if total > best:
            best, span = total, (start, i)
    out = []
    for i in range(len(lines)):
        if i < span[0]:
            out.append([0.0, -math.log1p(span[0] - i)])
        elif i > span[1]:
            out.append([0.0, math.log1p(i - span[1])])
        else:
            out.append([1.0, 0.0])
    return out


def _pair_flags(lines) -> list[float]:
    """1.0 for a line that, with the line before or after it, forms a pair of consecutive lines
    the document has again elsewhere (a menu or footer rendered twice, a teaser block repeated)."""
    texts = [line.text for line in lines]
    pairs = Counter(zip(texts, texts[1:]))
    return [1.0 if (k and pairs[(texts[k - 1], t)] > 1) or (k + 1 < len(texts) and pairs[(t, texts[k + 1])] > 1)
            else 0.0 for k, t in enumerate(texts)]


def repeated_pair(lines) -> list[list[float]]:
    """Whether the line stands in a pair of consecutive lines repeated in the document: a block is
    copied (the mobile and desktop menus of one page), prose is not."""
    return [[f] for f in _pair_flags(lines)]


def repeated_block(lines) -> list[list[float]]:
    """`repeated_pair`, and the share of the 5 lines each side that stand in such pairs."""
    flag = _pair_flags(lines)
    out = []
    for i in range(len(lines)):
        lo, hi = max(0, i - 5), min(len(lines), i + 6)
        around = flag[lo:i] + flag[i + 1:hi]
        out.append([flag[i], sum(around) / len(around) if around else 0.0])
    return out


_RUNS = re.compile(r"[^\W\d_]+|\d+|\s+")


def _signature(text: str) -> str:
    """The line's shape: every run of letters `a`, of digits `9`, of spaces one space, any other
    character itself (`Gardening (12)` and `Travel (3)` read `a (9)`; `Oct 20, 2015` reads `a 9, 9`)."""
    return _RUNS.sub(lambda m: "a" if m.group()[0].isalpha() else "9" if m.group()[0].isdigit() else " ", text)


def shape_template(lines) -> list[list[float]]:
    """How far the line shares a template with its neighbours and its page: the share of the 4
    lines each side whose shape ends as this line's (its last 5 shape characters) and begins as
    it (the first 4), and how many other lines of the document have its whole shape (log). A
    category list with counts, a row of dated comment headers, share links of one pattern."""
    sigs = [_signature(line.text) for line in lines]
    ends = [sig[-5:] for sig in sigs]
    starts = [sig[:4] for sig in sigs]
    whole = Counter(sigs)
    out = []
    for i in range(len(lines)):
        lo, hi = max(0, i - 4), min(len(lines), i + 5)
        n = hi - lo - 1
        same_end = sum(1 for j in range(lo, hi) if j != i and ends[j] == ends[i])
        same_start = sum(1 for j in range(lo, hi) if j != i and starts[j] == starts[i])
        out.append([same_end / n if n else 0.0, same_start / n if n else 0.0, math.log1p(whole[sigs[i]] - 1)])
    return out


_DATED = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?|\d{1,2}:\d{2}")


def dated_headers(lines) -> list[list[float]]:
    """Comment threads and teaser lists by their dated lines: whether the line is a short line
    carrying a number in parts (a date or a time, `2015/11/30 12:45`, `12/26`, `2:18 PM`; but
    also a decimal or a version, `3.4`, `2.0`), how many such lines stand within 4 lines each
    side, and how many the document has (log)."""
    return _flag_window([1.0 if line.words < 12 and _DATED.search(line.text) else 0.0 for line in lines])


def _flag_window(flag: list[float]) -> list[list[float]]:
    """Per line: its flag, the flagged lines within 4 lines each side, the document's count (log)."""
    total = sum(flag)
    out = []
    for i in range(len(flag)):
        lo, hi = max(0, i - 4), min(len(flag), i + 5)
        out.append([flag[i], sum(flag[lo:hi]) - flag[i], math.log1p(total)])
    return out


# a date in digits (three parts), a time of day, or a year of the last two centuries alone:
# not a decimal, a version or a share (`3.4`, `1.6%`, `2.0`)
_DATE = re.compile(r"(?<![\d.])(?:\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}|\d{1,2}:\d{2}|(?:19|20)\d{2})(?![\d.%]\d)")


def dated_lines(lines) -> list[list[float]]:
    """`dated_headers` with a date's shape only (`_DATE`): whether the line is a short line with a
    date, a time or a year, how many such lines stand within 4 lines each side, and how many the
    document has (log). A comment thread's headers, a teaser list's dates, an archive."""
    return _flag_window([1.0 if line.words < 12 and _DATE.search(line.text) else 0.0 for line in lines])


def dated_near(lines) -> list[list[float]]:
    """`dated_headers` without the document's count (a page-wide column, suspected when
    `dated_headers` flagged the prose of a page with a long dated comment thread; this one does
    too, a little less): the line's own flag and its 4 neighbours each side."""
    return [row[:2] for row in dated_headers(lines)]


def clean_prose(lines) -> list[list[float]]:
    """Where the article stands when the page's furniture has sentences too (a cookie notice, a
    consent text, a newsletter plea at the top): the share of the page's prose words before the
    line counting only prose lines with no call-to-action word, and the distance to the nearest
    such line (log)."""
    from corpuslint.checks.calltoaction import CTA
    clean = [line.prose and CTA.search(line.text) is None for line in lines]
    words = [line.words if c else 0.0 for line, c in zip(lines, clean)]
    total = sum(words) or 1.0
    at = [i for i, c in enumerate(clean) if c]
    out, before, k = [], 0.0, 0
    for i in range(len(lines)):
        while k < len(at) and at[k] < i:
            k += 1
        near = min([abs(i - at[j]) for j in (k - 1, k) if 0 <= j < len(at)], default=10**6)
        out.append([before / total, math.log1p(min(near, 1000))])
        before += words[i]
    return out


EXTRAS = {"long_span": long_span, "prose_length": prose_length, "digit_shorts": digit_shorts, "digit_shorts5": digit_shorts5,
          "noise": noise, "repeated_pair": repeated_pair, "repeated_block": repeated_block,
          "shape_template": shape_template, "dated_headers": dated_headers, "dated_lines": dated_lines,
          "dated_near": dated_near, "clean_prose": clean_prose}


def extra_columns(lines, names: list[str]) -> list[list[float]]:
    cols = [[] for _ in lines]
    for name in names:
        for row, add in zip(cols, EXTRAS[name](lines)):
            row.extend(add)
    return cols
