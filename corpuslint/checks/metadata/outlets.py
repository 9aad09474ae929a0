"""An agency, a newsroom or a desk credited where a byline stands (`Reuters`, `CBC News`, `National
Desk`, `CBS/AP`, `Associated Press in Miami`): the wire's credit, no person's name, by its shape."""

from __future__ import annotations

from corpuslint.checks.metadata.lines import CHROME_START
from corpuslint.textutil import LazyPattern


# a news agency, a broadcaster's newsroom or a desk credited alone where the byline stands (`Reuters` over `Updated:
# January 16, 2020`, vancouversun.com; `CBC News`, `VOA News`, `National Desk`, `Staff Reports`): the agencies by name, a
# broadcaster by its call letters before `News` (a word before it is as often a section's: `Auto News`, `Odd News`), a
# desk by its noun
AGENCY = LazyPattern(r"^(?:The\s+)?(?:Associated\s+Press|AP|AFP|Agence\s+France-Presse|Reuters|Bloomberg|dpa|DPA|Xinhua|UPI|"
                     r"Kyodo(?:\s+News)?|Yonhap|EFE|ANSA|ANI|IANS|PTI|Canadian\s+Press|Press\s+Association|PA\s+Media|"
                     r"CNN\s+Wire|AP\s+Staff)$")
OUTLET_DESK = LazyPattern(r"^(?P<letters>\p{Lu}{3,5})\s+(?:News|Newsroom)$|^(?P<desk>(?:\p{Lu}\p{Ll}+\s+){1,2})Desk$|"
                          r"^(?:From\s+)?Staff\s+Reports?$")
# a newsroom's staff credited with the wires (`Staff, news services`, `Staff and wire reports`, `From staff and news
# services`)
STAFF_AND_WIRES = LazyPattern(r"^(?:From\s+)?(?i:staff)(?:\s*,\s*|\s+and\s+|\s*&\s*)(?i:(?:news|wire)\s+(?:services|reports))$")
# the outlet's own host credited as the byline (`ExampleSports.com`): a capitalised name and its domain, nothing else
OUTLET_HOST = LazyPattern(r"^\p{Lu}[\p{L}\d-]{2,30}\.(?:com|net|org|co\.uk|com\.au|ca|de|fr|in)$")
AGENCY_IN = LazyPattern(r"^(?:[*•]\s+)?(?P<agency>\S.{1,30}?)\s+in\s+\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?$")
# what a menu heads with those nouns, shouted or not: `TOP News`, `Help Desk`
NOT_AN_OUTLET = frozenset("top hot new all our help service front information reception support".split())


def outlet_alone(text: str) -> str | None:
    """An agency, a newsroom or a desk credited alone on its line (`Reuters`, `CBC News`, `National Desk`, `Staff
    Reports`, `Staff, news services`, the outlet's host `ExampleSports.com`), or two wires credited together (`CBS/AP`,
    `AP/Reuters`); not a menu's or a section's heading (`Latest
    News`, `Auto News`, `Help Desk`)."""
    text = " ".join(text.split())
    if len(text) > 40:
        return None
    if AGENCY.match(text) or _wire_pair(text) or STAFF_AND_WIRES.match(text) or OUTLET_HOST.match(text):
        return text
    outlet = OUTLET_DESK.match(text)
    if outlet is None or CHROME_START.match(text):
        return None
    head = outlet["letters"] or outlet["desk"] or ""
    if any(word.casefold() in NOT_AN_OUTLET for word in head.split()):
        return None
    return text.removeprefix("From ")


# a broadcaster's or a paper's call letters, credited beside a wire (`CBS` in `CBS/AP`)
CALL_LETTERS = LazyPattern(r"^\p{Lu}{2,5}$")


def _wire_pair(text: str) -> bool:
    """`CBS/AP`, `AP/Reuters`: two credits joined by a slash, one an agency, the other an agency or call letters."""
    parts = text.split("/")
    return (len(parts) == 2 and any(AGENCY.match(part) for part in parts)
            and all(AGENCY.match(part) or CALL_LETTERS.match(part) for part in parts))


def agency_in_place(text: str) -> str | None:
    """`* Associated Press in Miami`, `Reuters in London`: an agency credited with the place it filed from, a
    byline by its shape (a wire story's credit under its headline), stamp or not."""
    wire = AGENCY_IN.match(text) if len(text) <= 60 else None
    return wire["agency"] if wire is not None and AGENCY.match(wire["agency"]) else None


# an agency credited by its whole name (not an acronym alone: a picture's credit) under a story's last paragraph
WIRE_BY_NAME = LazyPattern(r"^(?:The\s+)?(?:Associated\s+Press|Canadian\s+Press|Agence\s+France-Presse|Reuters|Bloomberg\s+News|"
                           r"Press\s+Association)$")


def wire_credit(text: str) -> bool:
    """`The Associated Press`, `Staff, news services`: a wire credited by its whole name, or the staff with the wires."""
    return WIRE_BY_NAME.match(text) is not None or STAFF_AND_WIRES.match(text) is not None
