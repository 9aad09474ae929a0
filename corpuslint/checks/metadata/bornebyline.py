"""A name by the headline that the page itself bears out as its writer's.

A converter leaves a byline's name with what stood around it in the HTML: a share bar's slash
(`Mark Knox /`), a list's bullet (`* Rich Johns`), the outlet it writes for (`Devin Cole NBC News`).
Alone, such a line is as often a caption's credit, a menu entry or a related story's author; the
page says which when it names the same person again as a writer: a bio sentence (`Rich Johns is a
Media Fellow at Nature News and a freelance writer.`, `Devin Cole is a contributing writer for NBC
News Digital.`) or an author box (`About Dennis Dee`, `More by Dennis Dee`; the bios family's
`author_boxes`: `About the Author` over the name, a bio the box holds). An author box alone,
with no name by the headline, names the writer when the box's name stands again under it.

Where no headline is found, the page's head (the lines above its first paragraph of prose) is where
the byline stands: a name alone there (`Dana Reyes` over `Senior Golf Columnist`) is the writer's
when the page's author box names the same person further down.

A person the headline or the <title> names is the story's subject, never its writer.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from corpuslint.checks.bios.boxes import author_boxes
from corpuslint.checks.metadata.bylineline import OUTLET_CREDIT, bare_name, clean_byline
from corpuslint.checks.metadata.lines import Line, headline_shaped, is_prose
from corpuslint.textutil import LazyPattern, word_key

NEAR = 8  # lines under the headline where the byline stands (a standfirst, a picture's caption between)
ABOVE = 3  # lines over the headline where a byline stands too (an author card over it)
HEAD = 60  # lines of a page's head (menus, the headline, the byline) looked at when no headline is found
RESIDUE = LazyPattern(r"^[*•·]\s+|\s+[/|•·]$")  # a list's bullet before the name, a share bar's mark after it
# the writer's trades a bio names (`is a contributing writer for`, `is a Media Fellow at`, `covers … for`)
TRADE = ("writer", "reporter", "correspondent", "journalist", "columnist", "contributor", "editor", "fellow",
         "blogger", "author", "producer", "critic")
# (not `More from X`: a section's as often, `More from Styling Tips` on refinery29.com under `Styling Tips` by the headline;
# `Recent from X` is a Kinja author module's, `More stories by X` Bloomberg's: a writer's stories, no section's)
BOX = LazyPattern(r"^(?:About(?:\s+the\s+author)?:?|More\s+by|(?:Articles|Posts|Stories)\s+by|Recent\s+from"
                  r"|(?:More|Recent|Latest)\s+(?:articles|posts|stories)\s+(?:by|from))\s+(?P<name>\S.{2,40})$")
# a writer's stories listed under the comments (Kinja's `Recent from X` after `Leave a reply`), past the lines read
WRITERS_STORIES = LazyPattern(r"(?m)^[ \t*•]*(?:Recent\s+from|(?:More|Recent|Latest)\s+(?:articles|posts|stories)\s+(?:by|from))"
                              r"[ \t]+(?P<name>\S[^\n]{2,40}?)[ \t]*$")
BOX_LOOK = 6  # lines under `About X` where the box names X again
# an author box's link to the writer's page (`View all posts by X`, `See all articles by X`): the name stands over it
AUTHOR_LINK = LazyPattern(r"^(?:View|See|Browse|Read)\s+(?:all|more)\s+(?:posts|articles|stories)\s+(?:by|from)\s+(?P<name>\S.{2,40})$")
LINK_LOOK = 3  # lines over the link where the box's name or its bio stands


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


# a writer's career told in a box (`Dana Reyes has over 10 years of experience …`, `… has covered the Fed since 2009`)
CAREER = LazyPattern(r"has\s+(?:(?:over|more\s+than|nearly|almost|about)\s+)?(?:(?:\d+\+?|two|three|four|five|six|seven|eight|nine|ten)"
                     r"\s+(?:years?|decades?)|a\s+decade)\b|has\s+(?:written|covered|reported|worked)\b")


CAREER_WORDS = LazyPattern(r"(?i)\b(?:journalis\w*|writ\w*|report\w*|edit\w*|column\w*|experience)\b")


def _career_of(text: str, name: str) -> bool:
    """`<name> has over 10 years of experience …`, `<name> has written for …`: a writer's career (not `<name> has worked
    at the library for 20 years`: someone the story is about)."""
    return (text.startswith(name + " ") and CAREER.match(text[len(name) + 1:]) is not None
            and CAREER_WORDS.search(text, len(name), len(name) + 160) is not None)


def _boxed(text: str, name: str) -> bool:
    box = BOX.match(text)
    return box is not None and box["name"].strip(" :") == name


def _subject(name: str, lines: Sequence[Line], headline: int) -> bool:
    surname = name.split()[-1].casefold()
    told = f"{lines[0].text} {lines[headline].text}".casefold()
    return regex.search(rf"\b{regex.escape(surname)}\b", told) is not None


def _box_names(document: str | None) -> frozenset[str]:
    """The writers the page's author boxes name (the bios family's reading), `frozenset()` without the text."""
    if not document:
        return frozenset()
    return frozenset(box.name for box in author_boxes(document)) | {
        name for link in WRITERS_STORIES.finditer(document) if (name := bare_name(link["name"])) is not None}


def _borne_out(name: str, later: Sequence[Line], boxed: frozenset[str]) -> bool:
    """A bio or a box further down names `name` as a writer's (not a sentence about the person in the third person
    alone, `X is not convinced …; follow him`: the story's). A bio opens with the name, a box's label holds it."""
    if name in boxed:
        return True
    for line in later:
        text = line.text
        if text.startswith(name) and (_bio_of(text, name) or _career_of(text, name)):
            return True
        if text[:1] in "AMPSRL" and name in text and _boxed(text, name):
            return True
    return False


def not_a_person(author: str, masthead: frozenset[str]) -> bool:
    """`Example News` (the site's name, a part of its `<title>`), `Example News Staff`, `KXYZ News`, `CBS/AP`: a credit
    of the site, a newsroom or a wire, no person's name. (Where the page's author box names its writer, the writer.)"""
    key = word_key(author)
    return bare_name(author) is None or any(key == site or key.startswith(site + " ") for site in masthead)


def byline_borne_out(lines: Sequence[Line], headline: int | None, document: str | None = None) -> list[str]:
    """The name on a short line by the headline (or, no headline found, in the page's head) that a bio
    sentence or an author box further down names again as a writer's; else the name of an author box
    (`About X` with X again under it); else []. `document`: the page's text, for its author boxes."""
    if headline is None:
        return _head_name_borne_out(lines, document)
    boxed: frozenset[str] | None = None
    for index in (*range(headline + 1, min(len(lines), headline + 1 + NEAR)), *range(max(1, headline - ABOVE), headline)):
        name = _near_name(lines[index].text)
        if name is None or _subject(name, lines, headline):
            continue
        if boxed is None:
            boxed = _box_names(document)
        if _borne_out(name, lines[index + 1:], boxed):
            return [name]  # `Dana Reyes` / `Senior Golf Columnist` by the headline, `About the Author` / `Dana Reyes` below
    for index in range(headline + 1, len(lines)):
        box = BOX.match(lines[index].text) if lines[index].text[:1] in "AMPSRL" else None
        name = bare_name(box["name"].strip(" :")) if box is not None else None
        if name is None or _subject(name, lines, headline):
            continue
        if any(line.text.strip() == name or _person_told(line.text, name) for line in lines[index + 1: index + 1 + BOX_LOOK]):
            return [name]
    return _linked_author(lines, headline)


def _linked_author(lines: Sequence[Line], headline: int) -> list[str]:
    """`Dana Reyes` / `View all posts by Dana Reyes` under the story: the writer an author box's link names, with the
    name (or a bio opening with it) on a line over the link; the page's one such writer (a sidebar of several
    writers' links names no one), never a person the headline or the <title> names."""
    found = set()
    for index in range(headline + 1, len(lines)):
        link = AUTHOR_LINK.match(lines[index].text) if lines[index].text[:1] in "VSBR" else None
        name = bare_name(link["name"].strip(" :.")) if link is not None else None
        if name is None or _subject(name, lines, headline):
            continue
        if any(line.text.strip() == name or line.text.startswith(name + " ") and _bio_of(line.text, name)
               for line in lines[max(headline + 1, index - LINK_LOOK): index]):
            found.add(name)
    return list(found) if len(found) == 1 else []


def _head_name_borne_out(lines: Sequence[Line], document: str | None) -> list[str]:
    """No headline found: the name alone on a line of the page's head (above its first paragraph of prose)
    that the page's author box, or a writer's bio under the prose, names again. Two such names borne out (a
    list of authors, a menu of columnists with their boxes) name no one."""
    found: dict[str, int] = {}
    for index in range(1, min(len(lines), HEAD)):
        text = lines[index].text
        if is_prose(text) and not (headline_shaped(text) and text[-1:] not in ".:;"):
            break  # (a long headline, every word capitalised and no sentence's end, is the head's still)
        name = _near_name(text) if " " in text and len(text) <= 60 else None  # (a name has two words at least)
        if name is not None and not _subject(name, lines, 0):
            found.setdefault(name, index)
    if not found:
        return []
    boxed = _box_names(document)
    borne = [name for name, index in found.items() if _borne_out(name, lines[index + 1:], boxed)]
    return borne if len(borne) == 1 else []
