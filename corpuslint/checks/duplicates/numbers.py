"""Which numbers tell two texts of the same words apart: a copy's counters, or another document's identifiers.

CL411 compares documents by their normalised text, digits folded, so that two scrapes of one
article whose view counter or footer year moved still compare equal. Folded the same way, two
security notices of one template (`Git v2.33.4 … CVE-2022-29187` and `Git v2.20.5 …
CVE-2021-21300`, tester32) were "the same text": keeping one drops a distinct release. What
separates them is the shape of the numbers that differ: an identifier (a version, a code such as
`CVE-2022-29187` or `#1234`, a date, an amount) names another document; a bare number in running
prose (a count, a year alone, a time of day) does not.

The index keeps no text, so each document with numbers stores one short hash per number, in
order (K_NUMS, keyed by its text hash). Two texts with one text hash spell their numbers at the
same places, so comparing the hashes place by place finds the numbers that differ, and the
document at hand tells their shape from its own text.
"""

from __future__ import annotations

import base64
import struct
import unicodedata
from dataclasses import dataclass

import regex
from xxhash import xxh3_64_intdigest

from corpuslint.textutil import DIGITS, URL_LIKE

K_NUMS = "docnums"
MAX_NUMBERS = 255  # hashed one by one; the rest of a longer text's numbers share one last hash

_MONTH = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
          r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
# a date: numeric (2026-10-27, 27/10/2026, 27.10.2026) or with a month's name (Oct 27, 2026; 27 October 2026)
DATE = regex.compile(
    r"\b\d{4}[-/.]\d{1,2}[-/.]\d{1,2}\b|\b\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}\b"
    rf"|\b{_MONTH}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?\b(?:,?\s+\d{{4}}\b)?"
    rf"|\b\d{{1,2}}(?:st|nd|rd|th)?\s+(?:of\s+)?{_MONTH}\b\.?(?:,?\s+\d{{4}}\b)?", regex.I)
# a version (v2.33.4, 1.5.4.7, version 3), a code (CVE-2022-29187, RFC-2616, #1234, L5N0R62Q3, a
# commit's hex), an amount ($200, 3.5%, 12 percent)
IDENTIFIER = regex.compile(
    r"\b[vV]\d+(?:\.\d+)*\b|\b\d+(?:\.\d+){2,}\b"
    r"|\b(?i:version|release|revision|edition)\s+\d+(?:\.\d+)*\b"
    r"|\b[A-Z][A-Z0-9]*[-_]\d+(?:[-_.]\d+)*\b|#\d+\b"
    r"|\b(?=[A-Za-z0-9]*[A-Za-z])(?=[A-Za-z0-9]*\d[A-Za-z0-9]*\d)[A-Z0-9]{6,}\b"
    r"|\b(?=[a-f0-9]*[a-f])(?=[a-f0-9]*\d)[a-f0-9]{7,40}\b"
    r"|[$€£¥₹]\s?\d[\d,.]*|\d[\d,.]*\s?(?:%|(?i:percent|per\s+cent)\b)")
_WINDOW = 24  # characters either side of a number in which its date or identifier is looked for


def number_spans(text: str) -> list[tuple[int, int]]:
    """The digit runs of `text` that its normal form folds (`normalize`), links' digits left out."""
    if "://" in text or "www." in text or "@" in text:
        text = URL_LIKE.sub(lambda m: " " * len(m.group()), text)
    return [m.span() for m in DIGITS.finditer(text)]


def _hash(number: str) -> int:
    if not number.isascii():
        number = unicodedata.normalize("NFKC", number)  # `２００５` is `2005`
    return xxh3_64_intdigest(number.encode("utf-8", "surrogatepass")) & 0xFFFF


def number_hashes(text: str, spans: list[tuple[int, int]]) -> list[int]:
    """One 16-bit hash per number, the numbers past MAX_NUMBERS - 1 sharing the last."""
    found = [_hash(text[a:b]) for a, b in spans[:MAX_NUMBERS - 1]]
    if len(spans) >= MAX_NUMBERS:
        found.append(_hash(",".join(text[a:b] for a, b in spans[MAX_NUMBERS - 1:])))
    return found


def numbers_value(text: str) -> str:
    """What K_NUMS stores of a text: its numbers' hashes, packed ("": no number)."""
    hashes = number_hashes(text, number_spans(text))
    return base64.b64encode(struct.pack(f"<{len(hashes)}H", *hashes)).decode("ascii") if hashes else ""


def _unpacked(value: str) -> list[int] | None:
    try:
        raw = base64.b64decode(value)
        return list(struct.unpack(f"<{len(raw) // 2}H", raw)) if len(raw) % 2 == 0 else None
    except (ValueError, struct.error):
        return None


def is_identifier(text: str, start: int, end: int) -> bool:
    """Whether the number at `text[start:end]` is part of an identifier: a version, a code, a date
    or an amount (its shape in the few characters around it)."""
    lo = max(0, start - _WINDOW)
    window = text[lo:end + _WINDOW]
    a, b = start - lo, end - lo
    return any(m.start() <= a and b <= m.end()
               for pattern in (DATE, IDENTIFIER) for m in pattern.finditer(window))


@dataclass(frozen=True, slots=True)
class NumbersCompared:
    """How two texts of one text hash spell their numbers: the ones of this text that differ,
    split into identifiers and plain numbers; `placed` False when they could not be told apart
    place by place (the other's are unknown, or of another count)."""

    identifiers: tuple[str, ...] = ()
    plain: tuple[str, ...] = ()
    placed: bool = True

    @property
    def same_document(self) -> bool:
        """No identifier differs: a copy (its plain numbers may have moved)."""
        return self.placed and not self.identifiers


def compare_numbers(text: str, other_value: str) -> NumbersCompared:
    """This text's numbers against another's stored K_NUMS value (`numbers_value`)."""
    spans = number_spans(text)
    mine = number_hashes(text, spans)
    theirs = _unpacked(other_value) if other_value else []
    if theirs is None or len(theirs) != len(mine):
        return NumbersCompared(placed=False)
    identifiers: list[str] = []
    plain: list[str] = []
    for i, (x, y) in enumerate(zip(mine, theirs)):
        if x == y:
            continue
        if i >= MAX_NUMBERS - 1:  # the last hash: the rest of a long text's numbers, unplaced
            return NumbersCompared(tuple(dict.fromkeys(identifiers)), tuple(dict.fromkeys(plain)), placed=False)
        start, end = spans[i]
        (identifiers if is_identifier(text, start, end) else plain).append(_shown(text, start, end))
    return NumbersCompared(tuple(dict.fromkeys(identifiers)), tuple(dict.fromkeys(plain)))


def _shown(text: str, start: int, end: int) -> str:
    """The number with the word it is part of (`CVE-2022-29187`, `v2.33.4`), as a message names it."""
    a = start
    while a > 0 and not text[a - 1].isspace() and start - a < 30:
        a -= 1
    b = end
    while b < len(text) and not text[b].isspace() and b - end < 30:
        b += 1
    shown = text[a:b].strip(".,;:!?()[]{}\"'")
    if shown.isdigit() and a > 0:  # a date's day or year alone (`Sept 6`, `6 October`): with the word before
        before = text[max(0, a - 12):a].rstrip().rsplit(None, 1)
        if before and before[-1][:1].isalpha():
            shown = f"{before[-1]} {shown}"
    return shown
