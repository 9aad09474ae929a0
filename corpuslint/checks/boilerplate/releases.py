"""Release notes: a NEWS file, a changelog, a project's release history, read by their shape.

Each release is a version's heading (`2.42.10 (stable)`, `Version 1.4.0 - 2021-03-02`, `libfoo
0.9.1`) over the list of its changes, one entry a bulleted line (`- Fix the check for maximum value
of LZW initial code size [#136, Robert Ancell]`, `* Translation updates`). Such a file has no long
prose, and CL140's model reads its entries as furniture in a document without prose (tester25 #1: the
fix took 105 of libgdk-pixbuf's 147 NEWS lines). The entries are the document: `release_notes` tells
it from a page by `RELEASES` releases or more, each a heading with a version number (no bullet
before it, `HEADING_WORDS` words at most) right over a bulleted entry (an underline row of one
symbol, or one label line ending with a colon, `Bugs fixed:`, may stand between), the headings, their
underlines and the entries `RELEASE_SHARE` of the document's lines. A page's menus and teasers stand
outside such sections: a page whose furniture is as long as its list of releases is still a page.
A date is no version (`10.04.2016` over a list of headlines is a teaser list, a page's furniture).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Protocol

__all__ = ["HEADING_WORDS", "NAMED_WORDS", "RELEASES", "RELEASE_SHARE", "release_entry", "release_notes"]

RELEASES = 3  # releases, each a version's heading over its entries: a file of release notes
RELEASE_SHARE = 0.6  # of the non-blank lines: headings, their underlines and the entries
HEADING_WORDS = 10  # a version's heading is short (`Overview of changes in GLib 2.74.1, 2022-10-25`)
NAMED_WORDS = 4  # ... a version of two numbers heads a line this short (`Version 1.4`, `libfoo 0.9 (stable)`)

# a version: two to four numbers joined by dots, a `v` before it, a pre-release after it (`1.0rc2`)
_VERSION = re.compile(r"(?<![\w.])[vV]?\d+(?:\.\d+){1,3}(?:[-_.~+]?(?:alpha|beta|rc|pre|dev|a|b)\d*)?(?![\w.]*\w)")
# ... and not a date written with dots (`10.04.2016`, `2016.04.10`)
_DOTTED_DATE = re.compile(r"\d{1,2}\.\d{1,2}\.(?:19|20)\d\d|(?:19|20)\d\d\.\d{1,2}\.\d{1,2}")
_BULLET = re.compile(r"[-*+•·–—►▸■●○]\s+\S")  # an entry: `- Fix ...`, `* Translation updates`
_UNDERLINE = re.compile(r"([=\-~^*#+`:.'\"_])\1{2,}")  # a heading's underline: `===`, `-------`


class Numbered(Protocol):
    """A non-blank line as `release_notes` reads it (the boilerplate family's `linefeatures.Line` is one)."""

    @property
    def text(self) -> str: ...  # stripped


def _heading(text: str) -> bool:
    """A version's heading: a short line, no bullet before it, with a version that is not a date,
    of three numbers (`2.42.10`), or of two opening the line or in a line of `NAMED_WORDS` words at
    most (`1.4 (2020-01-01)`, `Version 1.4`, `libfoo 0.9`): in a longer line two numbers are any
    number (`12.5`)."""
    words = len(text.split())
    if words > HEADING_WORDS or _BULLET.match(text) or _UNDERLINE.fullmatch(text):
        return False
    for m in _VERSION.finditer(text):
        version = m.group(0).lstrip("vV")
        if _DOTTED_DATE.fullmatch(version):
            continue
        if version.count(".") >= 2 or m.start() <= 1 or words <= NAMED_WORDS:
            return True
    return False


def release_notes(lines: Sequence[Numbered]) -> bool:
    """`RELEASES` releases or more, each a version's heading right over a bulleted entry, headings,
    underlines and entries `RELEASE_SHARE` of the lines (the module's doc)."""
    if len(lines) < 2 * RELEASES:
        return False
    releases = 0
    kept = 0  # headings, underlines and entries
    in_release = False
    k = 0
    while k < len(lines):
        text = lines[k].text
        if _heading(text):
            j = k + 1
            if j < len(lines) and _UNDERLINE.fullmatch(lines[j].text):
                j += 1
            if j < len(lines) and lines[j].text.endswith(":") and not _BULLET.match(lines[j].text):
                j += 1  # a label over the entries: `Bugs fixed:`
            if j < len(lines) and _BULLET.match(lines[j].text):
                releases += 1
                kept += j - k  # the heading, its underline, its label
                in_release = True
                k = j
                continue
            in_release = False
        elif in_release and _BULLET.match(text):
            kept += 1
        k += 1
    return releases >= RELEASES and kept >= RELEASE_SHARE * len(lines)


# a Markdown link's definition under a release's heading (`[1_0]: https://repo.maven.apache.org/…`), or
# the release's date on a line of its own (`Released 2009-08-25`)
_UNDER_HEADING = re.compile(r"\[[^\]\n]+\]:\s+\S+$|(?:\w+\s+){0,2}(?:19|20)\d\d-\d\d-\d\d\W*$")
_RELEASE_LINES = 60  # a release's entries above the line asked about
RELEASE_LABEL_WORDS = 4  # a label over a release's entries: `Bugs fixed:`
_LAST: tuple[str | None, int] = (None, 0)  # the last text `_releases` read, its count


def _indent(row: str) -> int:
    return len(row) - len(row.lstrip())


def _release_heading(row: str, below: str | None) -> bool:
    """A version's heading (`_heading`), a Markdown heading's marks left out (`## [Jansi 1.0][1_0],
    released 2009-08-25`), or a bulleted one over entries indented deeper (`* Version 0.1` over
    ` - Initial release.`)."""
    bare = row.strip().lstrip("#").strip()
    if _BULLET.match(bare) and below is not None and _indent(below) > _indent(row):
        bare = bare[1:].strip()
    return _heading(bare)


def _skipped(bare: str) -> bool:
    """A line between a release's heading and its entries: an underline, a link's definition, the
    release's date, a label (`Bugs fixed:`)."""
    return bool(_UNDERLINE.fullmatch(bare) or _UNDER_HEADING.match(bare)
                or bare.endswith(":") and len(bare.split()) <= RELEASE_LABEL_WORDS and not _BULLET.match(bare))


def _releases(text: str) -> int:
    """How many versions' headings head a bulleted entry in `text` (`release_notes`' releases, read
    from the text's lines whatever the share of its other lines). Kept for the last text."""
    global _LAST
    if _LAST[0] is not text:
        rows = [row for row in text.split("\n") if row.strip()]
        count = 0
        for k, row in enumerate(rows):
            j = k + 1
            while j < len(rows) and _skipped(rows[j].strip()):
                j += 1
            if j < len(rows) and _BULLET.match(rows[j].strip()) and _release_heading(row, rows[j]):
                count += 1
        _LAST = (text, count)
    return _LAST[1]


def release_entry(text: str, start: int) -> bool:
    """The line at `start` is an entry of a release in release notes (`RELEASES` releases or more):
    a bulleted line whose release's heading stands above it past the release's other entries, their
    wrapped lines, a label, an underline, the release's date or a link's definition (`0.01 2005-10-03`
    over ` - Initial Release`, a changelog's first release). The entry is that release's record,
    whatever other projects' changelogs say the same (tester25: CL151 took `- Initial release` from
    changelogs as corpus boilerplate)."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", start)
    row = text[line_start:line_end if line_end >= 0 else len(text)]
    if not _BULLET.match(row.strip()):
        return False
    indent, end = _indent(row), line_start - 1
    for _ in range(_RELEASE_LINES):
        if end <= 0:
            return False
        begin = text.rfind("\n", 0, end) + 1
        above = text[begin:end]
        end = begin - 1
        bare = above.strip()
        if not bare or _skipped(bare) or _indent(above) > indent:
            continue  # a blank line, an underline, a label, a wrapped line
        if _BULLET.match(bare) and _indent(above) == indent:
            continue  # another entry of the release
        return _release_heading(above, row) and _releases(text) >= RELEASES
    return False
