"""A name by the headline that the page itself bears out as its writer's.

A converter leaves a byline's name with what stood around it in the HTML: a share bar's slash
(`Mark Knox /`), a list's bullet (`* Rich Johns`), the outlet it writes for (`Devin Cole NBC News`).
Alone, such a line is as often a caption's credit, a menu entry or a related story's author; the
page says which when it names the same person again as a writer: a bio sentence (`Rich Johns is a
Media Fellow at Nature News and a freelance writer.`, `Devin Cole is a contributing writer for NBC
News Digital.`) or an author box (`About Dennis Dee`, `More by Dennis Dee`). An author box alone,
with no name by the headline, names the writer when the box's name stands again under it.

A person the headline or the <title> names is the story's subject, never its writer.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from corpuslint.checks.metadata.bylineline import OUTLET_CREDIT, bare_name, clean_byline
from corpuslint.checks.metadata.lines import Line
from corpuslint.textutil import LazyPattern

NEAR = 8  # lines under the headline where the byline stands (a standfirst, a picture's caption between)
RESIDUE = LazyPattern(r"^[*•·]\s+|\s+[/|•·]$")  # a list's bullet before the name, a share bar's mark after it
# the writer's trades a bio names (`is a contributing writer for`, `is a Media Fellow at`, `covers … for`)
TRADE = ("writer", "reporter", "correspondent", "journalist", "columnist", "contributor", "editor", "fellow",
         "blogger", "author", "producer", "critic")
# (not `More from X`: a section's as often, `More from Styling Tips` on refinery29.com under `Styling Tips` by the headline)
BOX = LazyPattern(r"^(?:About(?:\s+the\s+author)?:?|More\s+by|(?:Articles|Posts|Stories)\s+by)\s+(?P<name>\S.{2,40})$")
BOX_LOOK = 6  # lines under `About X` where the box names X again


def _near_name(text: str) -> str | None:
    """The person's name a short line by the headline holds, its bullet, slash or outlet aside."""
    if len(text) > 60:
        return None
    text = RESIDUE.sub("", text.strip())
    if (credit := OUTLET_CREDIT.search(text)) is not None:
        text = text[: credit.start()]
    return bare_name(clean_byline(text))


def _bio_of(text: str, name: str) -> bool:
    """`<name> is a … writer for …`: a sentence that opens with the name and gives a writer's trade."""
    if not text.startswith(name + " "):
        return False
    rest = text[len(name) + 1:].casefold()
    if not rest.startswith(("is ", "was ", "has been ", "writes ", "covers ")):
        return False
    words = regex.findall(r"\p{L}+", rest[:120])
    return any(word.rstrip("s") in TRADE for word in words)


def _person_told(text: str, name: str) -> bool:
    """`Robert Gehl is a college professor in Phoenix, Arizona. He has …`: the box's sentence about the person,
    in the third person (a site's or a product's box, `Android Central is …`, has no `he` or `she`)."""
    return (text.startswith(name + " ") and text[len(name) + 1:].startswith(("is ", "was ", "has ", "writes ", "covers "))
            and regex.search(r"\b(?:[Hh]e|[Ss]he|[Hh]is|[Hh]er)\b", text) is not None)


def _boxed(text: str, name: str) -> bool:
    box = BOX.match(text)
    return box is not None and box["name"].strip(" :") == name


def _subject(name: str, lines: Sequence[Line], headline: int) -> bool:
    surname = name.split()[-1].casefold()
    told = f"{lines[0].text} {lines[headline].text}".casefold()
    return regex.search(rf"\b{regex.escape(surname)}\b", told) is not None


def byline_borne_out(lines: Sequence[Line], headline: int | None) -> list[str]:
    """The name on a short line by the headline that a bio sentence or an author box further down names
    again as a writer's; else the name of an author box (`About X` with X again under it); else []."""
    if headline is None:
        return []
    for index in range(headline + 1, min(len(lines), headline + 1 + NEAR)):
        name = _near_name(lines[index].text)
        if name is None or _subject(name, lines, headline):
            continue
        if any(_bio_of(line.text, name) or _boxed(line.text, name) for line in lines[index + 1:]):
            return [name]
    for index in range(headline + 1, len(lines)):
        box = BOX.match(lines[index].text) if lines[index].text[:1] in "AMPS" else None
        name = bare_name(box["name"].strip(" :")) if box is not None else None
        if name is None or _subject(name, lines, headline):
            continue
        if any(line.text.strip() == name or _person_told(line.text, name) for line in lines[index + 1: index + 1 + BOX_LOOK]):
            return [name]
    return []
