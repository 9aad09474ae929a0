"""A man page's running head and foot, as `man` renders a page to text (`man | col -b`): its first line
names the page and its section at both ends, the manual's title between (`DU(1)   Dienstprogramme für
Benutzer   DU(1)`; a long name cut short, `SYSTEMD-TIME-WAIT-SYNC.Ssystemd-time-wait-synSYSTEMD-TIME-WAIT-SYNC.SERVICE(8)`),
its last line ends with the same name and section after the source's and the date's columns
(`GNU coreutils 9.1   September 2022   DU(1)`). Known by that shape, the same `name(section)` at both
ends of the text, never by words: CL141's page furniture (`pages.page_furniture`)."""

from __future__ import annotations

import re

# a page's name and section at a line's end: `DU(1)`, `systemd-tmpfiles(8)`, `dpkg-buildflags(1)`, `git-log(1)`
_PAGE_REF = re.compile(r"[A-Za-z_][\w.:+-]*\(\d[a-z]{0,3}\)", re.I)
_NAME_START = 8  # a head whose columns run into each other still opens with this much of the name
_RIGHT_COLUMN = 40  # a foot that is its right column alone stands this far in


def _edge_lines(text: str) -> tuple[tuple[int, int], tuple[int, int]] | None:
    """The spans (without their indent or trailing blanks) of the text's first and last non-blank lines."""
    first = len(text) - len(text.lstrip())
    last_end = len(text.rstrip())
    if last_end <= first:
        return None
    head_end = text.find("\n", first)
    if head_end == -1 or head_end >= last_end:
        return None  # one line
    foot_start = text.rfind("\n", 0, last_end) + 1
    foot_start += len(text[foot_start:last_end]) - len(text[foot_start:last_end].lstrip())
    return (first, len(text[:head_end].rstrip())), (foot_start, last_end)


def man_head_and_foot(text: str) -> list[tuple[int, int, str]]:
    """The (start, end, "head" or "foot") of a man page's running head and foot, where the text opens
    with a line that names the page and its section at both ends and closes with a line of columns
    that ends with the same `name(section)`; then every other line that is the head again or the foot
    again (a page `man` paginated). Empty for any other text."""
    if ")" not in text[:300]:
        return []
    edges = _edge_lines(text)
    if edges is None:
        return []
    (h0, h1), (f0, f1) = edges
    head, foot = text[h0:h1], text[f0:f1]
    name = foot.split()[-1]
    if _PAGE_REF.fullmatch(name) is None or len(head) <= len(name) or not head.endswith(name) \
            or not head.startswith(name[:min(_NAME_START, name.index("("))]):
        return []
    if foot == name:  # the foot's right column alone (`BZEXE(1)`), the others empty
        if f0 - (text.rfind("\n", 0, f0) + 1) < _RIGHT_COLUMN:
            return []
    elif not foot[:len(foot) - len(name)].endswith(("  ", "\t")):
        return []
    found = [(h0, h1, "head"), (f0, f1, "foot")]
    if text.count(name) > 2:  # the head and the foot again, page by page
        at = h1
        for line in text[h1:f0].split("\n"):
            stripped = line.strip()
            if stripped in (head, foot):
                start = text.index(stripped, at)
                found.append((start, start + len(stripped), "head" if stripped == head else "foot"))
            at += len(line) + 1
    return sorted(found)
