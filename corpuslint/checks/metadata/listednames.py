"""A line listing a story's writers without a `By` (`Julia Carrie Wong and Sam Levin`), shared by the readers that
find the headline by the names under it and the ones that read the byline beside the stamp."""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import BYLINE_START, COUNT, META_PART, bare_name, clean_byline, is_stamp
from corpuslint.checks.metadata.names import read_names


def listed_names(text: str) -> list[str]:
    """`Julia Carrie Wong and Sam Levin`, `Ann Lee, Tom Park & Jo Kim`: two names or more, each a whole person's name
    (two words or more: `Romeo and Juliet`, `Lewis and Clark` name no one's writers), a list and nothing else on
    the line, written without a `By`. Alone it may be a teaser's title or a cast: the caller wants its stamp beside."""
    names, consumed = read_names(text, 0, shout=text.isupper())
    if len(names) < 2 or text[consumed:].strip() or len(set(names)) != len(names):
        return []
    return names if all(bare_name(name) == name for name in names) else []


def stamped_list(text: str) -> list[str]:
    """`June 3, 2024 | Dana Reyes and Lee Park`, `Ann Lee, Tom Park & Jo Kim · 3 hours ago`: a meta line of parts, one
    listing the writers (`listed_names`) and each other a stamp or a count, a stamp among them: the names. (One name
    on such a line is `bylineline.name_line`'s.)"""
    team: list[str] = []
    stamps = 0
    for part in META_PART.split(text):
        part = part.strip()
        if (by := BYLINE_START.match(part)) is not None:
            part = part[by.end():]
        if not part:
            continue
        names = listed_names(clean_byline(part))
        if names and not team:
            team = names
        elif is_stamp(part):
            stamps += 1
        elif not COUNT.match(part):
            return []
    return team if stamps else []
