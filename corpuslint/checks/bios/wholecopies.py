"""CL404: a document that is one text given again whole, two times or more.

A record built by concatenating the same file N times (a crawl that appended each fetch, a
dataset join gone wrong) is all repetition; CL402 would say so paragraph by paragraph, but on a
multi-megabyte record it stops at its time budget first (tester32: the bash changelog 30 times
in one 13 MB record; CL140 and CL401-CL403 all stopped, nothing was reported). The whole text's
period is cheap to find: hash each non-blank line (spacing folded), and look for the smallest
shift at which the sequence of hashes repeats itself to the end. Only shifts where the first
line comes again are tried, and each is compared as one list (in C): ~0.2 CPU s for 13 MB.
"""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field
from xxhash import xxh3_64_intdigest

from corpuslint.models import Document, Severity, Violation
from corpuslint.rule import Rule, StrictOptions


class WholeCopiesOptions(StrictOptions):
    min_words: int = Field(50, alias="min-words", ge=1,
                           description="The text given again must have this many words (shorter "
                                       "repetition is CL402's).")


def text_period(text: str) -> tuple[int, int, int] | None:
    """(the lines of the text given again, how many whole copies, the offset where the second copy
    starts) when the text's non-blank lines are one run of lines repeated from the top to the end
    (the last copy may stop short), else None."""
    if not _first_line_again(text):
        return None
    starts: list[int] = []
    keys: list[int] = []
    pos = 0
    for line in text.split("\n"):
        if line.strip():
            starts.append(pos)
            keys.append(xxh3_64_intdigest(" ".join(line.split()).encode("utf-8", "surrogatepass")))
        pos += len(line) + 1
    n = len(keys)
    if n < 2:
        return None
    first = keys[0]
    for p in range(1, n // 2 + 1):
        if keys[p] == first and keys[p:] == keys[:n - p]:
            return p, n // p, starts[p]
    return None


LOOKED_WORDS = 8  # the first line's longest words looked for again


def _first_line_again(text: str) -> bool:
    """Whether the longest words of the text's first non-blank line all occur after it, as they do
    where that line comes again (its spacing aside), which a period needs: a few C scans rule out
    almost every text before its lines are hashed (~0.16 s per 10 MB, now ~0.04 s)."""
    start = 0
    while True:
        end = text.find("\n", start)
        if end < 0:
            end = len(text)
        words = text[start:end].split()
        if words:
            break
        if end == len(text):
            return False  # (no non-blank line)
        start = end + 1
    return all(text.find(word, end) >= 0 for word in sorted(set(words), key=len, reverse=True)[:LOOKED_WORDS])


class WholeCopies(Rule):
    """## What it does
    Reports a document that is one text given again whole, two times or more: its non-blank
    lines (spacing folded) are one run of lines repeated from the top to the end, the last copy
    maybe cut short. Found by hashing the lines, in a fraction of a second on a document of
    many megabytes (where CL402, which compares paragraphs, runs out of its time budget). The
    finding stands on the second copy's first line and says how many copies there are.

    ## Why is this bad?
    A record built by concatenating the same file again and again weighs its text N times in
    training and teaches a model to repeat itself.

    ## Example
    A 13 MB record that is a 437 KB changelog given 30 times:
    `CL404 [whole-text-copies] the text is one text of 7,293 lines given 30 times`

    Use instead: keep one copy.

    ## Options
    - `min-words` (default 50): the text given again must have this many words.

    ## Fix safety
    No fix: where the record came from decides which copy to keep.
    """

    code = "CL404"
    name = "whole-text-copies"
    family = "bios"
    severity = Severity.WARNING
    Options = WholeCopiesOptions

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        found = text_period(text)
        if found is None:
            return
        lines, copies, second = found
        words = len(text[:second].split())
        if words < self.options.min_words:
            return
        end = text.find("\n", second)
        yield Violation(
            second, len(text) if end == -1 else end,
            f"the text is one text of {lines:,} lines ({words:,} words) given {copies} times"
            + (" and part of it again" if len(text[second:].split()) > words * (copies - 1) else "")
            + "; keep one copy",
            data={"copies": copies, "lines": lines, "words": words},
        )
