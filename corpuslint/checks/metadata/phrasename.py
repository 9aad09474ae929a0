"""A lone "name" that is one of the page's own menu entries: a section's label, no person.

`bare_name` takes two or three capitalised words alone on a line for a name: `Business Law` (the category over each
post's date), `Digital Life` (the section a story is filed in). The page shows what they are: it lists the same words
as an entry of its menu (`+ Business Law`, `* Digital Life`) among entries that name no one (`* Produkte`, `* Science`).
An authors' menu lists names beside names (`+ Ina Fried` / `+ April Glaser`), and a name printed after a byline's
label (`By April Glaser`) is a person's wherever else it stands.
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import bare_name, byline_names, is_stamp
from corpuslint.checks.metadata.lines import Line, is_prose
from corpuslint.textutil import LazyPattern

MENU_BULLET = LazyPattern(r"^[*+•·o-]\s+(?=\S)")  # lynx nests its lists with `*`, `+`, `o`
NEIGHBOURS = 2  # entries on either side of the name's in its menu


def section_label(name: str, lines: list[Line]) -> bool:
    """`name` is an entry of a bulleted menu above the page's first prose whose neighbouring entries (two on either side) name no one and
    date nothing (`* Kaveh Waddell` / `* 1:18 PM ET` / `* Technology`: a byline's parts as a list), and no line prints
    it as a byline's name."""
    listed = False
    story = next((index for index, line in enumerate(lines) if is_prose(line.text)), len(lines))
    for index, line in enumerate(lines[:story]):  # the navigation over the story (its tags under it list its writer)
        bullet = MENU_BULLET.match(line.text)
        if bullet is None or " ".join(line.text[bullet.end():].split()) != name:
            continue
        entries = [lines[at].text[entry.end():].strip() for at in range(index - NEIGHBOURS, index + NEIGHBOURS + 1)
                   if at != index and 0 <= at < len(lines) and (entry := MENU_BULLET.match(lines[at].text)) is not None
                   and lines[at].text[0] == line.text[0]]  # the same list's (`+ Twitter` under `* Kaveh Waddell`: a box's)
        if entries and not any(bare_name(entry) or is_stamp(entry) for entry in entries):
            listed = True
            break
    return listed and not any(name in line.text and name in byline_names(line) for line in lines)
