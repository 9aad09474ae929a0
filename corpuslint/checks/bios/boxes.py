"""The writers a page's author boxes name: the bios family's answer to "who wrote this?", for the
metadata readers (issue 16: an author box is author evidence, not only a bio to move).

An author box is told by its shape, not by a list of sites: a label on a line of its own ("About the
Author", or "About Jane Roe" over a paragraph about her), then within a few lines the writer's name
alone on a line or the bio itself (`unitbio.in_author_box`); or one of the box's links, "More posts
by Jane Roe", "Subscribe to Jane Roe's feed" (the `author-box` cue). The name comes from the label,
a name line under it, or the bio's subject (`bio_evidence(...).name`).

    author_boxes(text) -> [AuthorBox(name, start, end, how)]

`how` is "label" (the box's title, or a name line under it, names the writer), "bio" (the box's bio names its subject) or
"link" (a box's link names the writer); `start`/`end` span the box's bio, or its link line.
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from corpuslint.checks.bios.biography import CUE_BRANCHES, bio_evidence
from corpuslint.checks.bios.unitbio import BOX_LABEL, BOX_LINES, in_author_box
from corpuslint.checks.bios.persons import NAME, about
from corpuslint.checks.bios.units import line_spans

__all__ = ["AuthorBox", "author_boxes"]

_NAME_LINE = regex.compile(rf"^\W{{0,3}}(?P<name>{NAME})\W{{0,3}}$")
_LINK = next(pattern for _, cue, pattern, _, _ in CUE_BRANCHES if cue == "author-box")


@dataclass(frozen=True, slots=True)
class AuthorBox:
    """A writer an author box names, and where: the box's bio (or its link line)."""

    name: str
    start: int
    end: int
    how: str  # "label", "bio" or "link"


def author_boxes(text: str) -> list[AuthorBox]:
    """The writers `text`'s author boxes name, in the order of the text (see the module's docstring)."""
    if "about " not in text.lower() and "by " not in text and "feed" not in text.lower():
        return []
    lines = line_spans(text)
    found: list[AuthorBox] = []
    for index, (start, end) in enumerate(lines):
        line = text[start:end]
        link = _LINK.search(line)
        if link is not None and link.group("name"):
            found.append(AuthorBox(" ".join(link.group("name").split()), start, end, "link"))
            continue
        label = BOX_LABEL.match(line)
        if label is None:
            continue
        named = label.group("name")
        for below in range(index + 1, min(index + 1 + BOX_LINES, len(lines))):
            b_start, b_end = lines[below]
            block = text[b_start:b_end]
            name_line = _NAME_LINE.match(block)
            if name_line is not None and not block.rstrip().endswith("."):
                named = named or name_line.group("name")
                continue  # the writer's name over the bio ("About the Author" / "Nikhil Marathe" / the bio)
            if not in_author_box(text, b_start, b_end) or label.group("name") and not about(block, label.group("name")):
                break
            name = named or bio_evidence(block, boxed=True).name
            if name:
                found.append(AuthorBox(" ".join(name.split()), b_start, b_end, "label" if named else "bio"))
            break
    return found
