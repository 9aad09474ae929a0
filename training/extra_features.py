"""Candidate features measured before they go into `linefeatures` (train_boilerplate.py --extra):
shapes of where the article ends inside its span (a comment thread, a gallery, related
headlines between paragraphs). Each maps a document's lines to extra columns per line."""

from __future__ import annotations

import math
import os
import re
import zlib
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


EXTRAS = {"long_span": long_span, "prose_length": prose_length, "digit_shorts": digit_shorts, "digit_shorts5": digit_shorts5, "noise": noise}


def extra_columns(lines, names: list[str]) -> list[list[float]]:
    cols = [[] for _ in lines]
    for name in names:
        for row, add in zip(cols, EXTRAS[name](lines)):
            row.extend(add)
    return cols
