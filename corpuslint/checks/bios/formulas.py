"""Copies a text gives by its own design, in its sections: a formula closing each numbered section
and a title proclaimed under the sentence that announces it (qa22 r11).

The Pintupi-Luritja Universal Declaration closes article after article with the same sentence
("Wangka ngaangku nganananya tjakultjunanyi rapa ngaranytjaku kutjupa tjuta nguwanpa.", 23 times,
each the last paragraph under its `Naampa N` heading): a formula of the text, each copy its article's
own; removing 21 of them shortened 21 articles. The Cashibo-Cacataibo preamble ends "Gobiernocaman xucëx
timëcë unicaman ca ësaquin caxa:" over the title the Assembly proclaims, the words of the heading at
the top: a proclamation quoting the title, not a copy of it.

A scraper's copy (a doubled paragraph, a bio stamped twice) stands once or twice, not at one place in
three sections of a numbered series, and it follows its first copy, not a sentence announcing it.
"""

from __future__ import annotations

import regex

from corpuslint.checks.bios.series import page_furniture, whole_lines
from corpuslint.checks.bios.units import SENTENCE_ENDS, next_paragraph, paragraph_at, per_text

_COPIES = 3  # a formula: at one place in three sections or more
_HEADING_WORDS = 8
_BACK = 40  # paragraphs walked up to a copy's heading (a long article has a dozen)
# a number of a series heading: digits ("Naampa 12", "dpkg (1.21.15)") or a roman numeral ("Article XII")
_NUMBER = regex.compile(r"\d+|\b[IVXLC]+\b")
_ANNOUNCER_WORDS = 4  # a sentence that announces what follows, not a label ("Related:", "Read more:")


def _heading_shape(line: str) -> str | None:
    """A heading of a numbered series, its number masked ("Naampa #"), or None: one short line with
    a number that does not close as a sentence."""
    line = line.strip()
    if ("\n" in line or not line or len(line.split()) > _HEADING_WORDS or _NUMBER.search(line) is None
            or line.endswith(SENTENCE_ENDS)):
        return None
    return _NUMBER.sub("#", line)


def _section_place(text: str, span: tuple[int, int]) -> tuple[str, str, str] | None:
    """For a paragraph: (its section's heading, that heading's shape, "first" or "last": where the
    paragraph stands in its section), or None when no heading of a series is above it."""
    below = next_paragraph(text, span, 1)
    above = next_paragraph(text, span, -1)
    if above is not None and (shape := _heading_shape(text[above[0]:above[1]])) is not None:
        return text[above[0]:above[1]].strip(), shape, "first"
    if below is not None and _heading_shape(text[below[0]:below[1]]) is None:
        return None  # neither under its heading nor closing its section
    at = above
    for _ in range(_BACK):
        if at is None:
            return None
        shape = _heading_shape(text[at[0]:at[1]])
        if shape is not None:
            return text[at[0]:at[1]].strip(), shape, "last"
        at = next_paragraph(text, at, -1)
    return None


def section_formula(text: str, start: int, end: int) -> bool:
    """The one-line paragraph stands at one place (first or last) in each of three sections or more,
    under headings of one numbered series (`Naampa 1`, `Naampa 2` …, `Article 3`): a formula that
    opens or closes each section, each copy its section's own."""
    unit = text[start:end].strip()
    if not unit or "\n" in unit or page_furniture(text, start, end):
        return False
    memo = per_text(text, "formula")  # the same for each copy of the unit: worked out once (qa23 r08)
    if unit not in memo:
        memo[unit] = _formula(text, unit)
    return memo[unit]


def _formula(text: str, unit: str) -> bool:
    places = []
    for at in whole_lines(text, unit):
        span = paragraph_at(text, at)
        if text[span[0]:span[1]].strip() != unit:
            continue  # a line of a longer paragraph
        place = _section_place(text, span)
        if place is not None:
            places.append(place)
    if len(places) < _COPIES:
        return False
    shapes = {(shape, where) for _, shape, where in places}
    headings = {heading for heading, _, _ in places}
    return len(shapes) == 1 and len(headings) == len(places)


def proclaimed(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The earlier copy is the text's title (its first line) and the later one is that line right
    under a sentence ending with `:` that announces it ("… ësaquin caxa:" over the proclaimed
    title): what the sentence announces, quoted, not a copy. The announcing line has words of a
    sentence (a `Related:` label over a headline stays a copy); the copy closes no sentence. A caption given again under the
    sentence that shows its picture ("Here … is how the new 12in MacBook Air will compare …:") is
    no title: a copy still."""
    unit = text[later[0]:later[1]].strip()
    if "\n" in unit or unit.endswith((".", "!", "?")) or text[:earlier[0]].strip():
        return False  # not a title: a sentence said again under a lead-in ("The second run failed the same way:")
    line = _line_above(text, later[0])
    if line is None or not line.endswith(":") or len(line.split()) < _ANNOUNCER_WORDS:
        return False
    return line not in text[earlier[0]:earlier[1]]


def _line_above(text: str, start: int) -> str | None:
    """The nearest line above `start` that is not blank, stripped, or None at the top."""
    at = text.rfind("\n", 0, start)
    while at > 0:
        begin = text.rfind("\n", 0, at) + 1
        line = text[begin:at].strip()
        if line:
            return line
        at = begin - 1
    return None
