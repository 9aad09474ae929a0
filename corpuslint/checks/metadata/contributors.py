"""A contributor line closing a story: the reporters who helped, who are not its author.

    With reports from Steven Chase and Kim Mackrael
    ABC News' Cindy Galli, Megan Christie and Sunny Choo contributed to this report.
    Mustafa Salim in Balad and Karen DeYoung in Washington contributed to this report.
    (Additional reporting by James Pearson; Editing by Mike Collett-White and Raju Gopalakrishnan)

These are credits, not prose: a set phrase (`contributed to this report`, `additional reporting
by`, `with reports from`) and a list of people. The field is `contributors` (a list of names); a
wire story's `Editing by` segment gives `editor`. A list that names a body instead of people
(`The Associated Press contributed to this report`, `Additional reporting by agencies`, `AP`)
is left alone: the field holds people, and half a list is a wrong value.
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import bare_name
from corpuslint.checks.metadata.lines import Found, Line
from corpuslint.checks.metadata.pagecredits import BODY_WORDS
from corpuslint.textutil import LazyPattern


# `<names> contributed [reporting] to this report|story|article [from <Place>].`
CONTRIBUTED = LazyPattern(r"^(?P<names>.+?)\s+contributed(?:\s+reporting)?\s+to\s+this\s+(?:report|story|article)"
                          r"(?:\s+from\s+\p{Lu}[\p{L}.]*(?:[ ,]+\p{Lu}[\p{L}.]*){0,3})?\s*\.?$")
# `[With] [additional] reporting by <names>`, `With reports from <names>`
REPORTING_BY = LazyPattern(r"^(?i:(?:with\s+)?additional\s+reporting\s+by|with\s+(?:additional\s+)?reports?\s+from)"
                           r"\s+(?P<names>.+?)\s*\.?$")
EDITING_BY = LazyPattern(r"^(?i:editing\s+by)\s+(?P<names>.+?)\s*\.?$")
LEAD = LazyPattern(r"^[—–-]+\s*")  # `— Kristen Welker and Andrea Mitchell contributed …`
# an outlet's possessive or a wire's role before the names: `CNN's`, `Fox News'`, `Associated Press writer`
OUTLET = LazyPattern(r"^(?:\p{Lu}[\p{L}.]*\s+){0,2}\p{Lu}[\p{L}.]*(?:['’]s?|\s+(?i:writers?|reporters?|correspondents?))\s+"
                     r"(?=\p{Lu})")
SPLIT = LazyPattern(r"\s*,\s*(?:and\s+)?|\s+(?:and|&)\s+")
# a body's name has the shape of a person's (`Agence France-Presse`): words that name a body, not a person
NOT_PEOPLE = BODY_WORDS | frozenset("agence presse agency agencies wire wires service services staff".split())
SEGMENT_SPLIT = LazyPattern(r"\s*;\s*")
NAME_PARTS = LazyPattern(r"[\s-]+")
PLACE_AFTER = LazyPattern(r"\s+(?:in|from)\s+\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*){0,2}$")  # `Brian Murphy in Washington`


def _items(text: str) -> list[tuple[str, str]]:
    """The items of a list with the separator before each (`""`, `","`, or `"and"`)."""
    out, start, separator = [], 0, ""
    for match in SPLIT.finditer(text):
        out.append((text[start: match.start()], separator))
        separator = "," if "," in match.group() else "and"
        start = match.end()
    out.append((text[start:], separator))
    return out


def _people(text: str) -> list[str] | None:
    """The people a credit's list names, or None when an item is not a person's name."""
    text = LEAD.sub("", text.strip())
    outlet = OUTLET.match(text)
    if outlet:
        text = text[outlet.end():]
    names = []
    placed = False
    for item, separator in _items(text):
        item = OUTLET.sub("", item.strip())
        place = PLACE_AFTER.search(item)
        if placed and separator == "," and place is None:
            return None  # `B in Rochester, New Hampshire`: after a place, a comma may go on with the place
        placed = place is not None
        name = person(item[: place.start()] if place else item)
        if name is None:
            return None
        names.append(name)
    return names if 1 <= len(names) <= 8 else None


def person(text: str) -> str | None:
    """The person's name an item of a credit list gives (its place cut off), or None when it is
    no name or names a body (`Agence France-Presse`, `Mashable staff`)."""
    name = bare_name(text)
    if name is None or any(part.lower() in NOT_PEOPLE for part in NAME_PARTS.split(name)):
        return None
    return name


def read_contributors(line: Line) -> list[Found]:
    """The contributors (and a wire credit's editor) a credit line names; [] if it is no credit."""
    text = line.text
    if "contributed" not in text and "eport" not in text and "EPORT" not in text:
        return []  # tests in C before the patterns: most last lines are prose
    inner = text[1:-1] if text.startswith("(") and text.endswith(")") else text
    found: list[tuple[str, list[str]]] = []
    for segment in SEGMENT_SPLIT.split(inner):
        match = (CONTRIBUTED.match(segment) if "contributed" in segment else None) or REPORTING_BY.match(segment)
        field = "contributors"
        if match is None and found:
            match, field = EDITING_BY.match(segment), "editor"
        people = _people(match["names"]) if match else None
        if people is None:
            return []  # every segment a credit of people, or the line is not read
        found.append((field, people))
    return [Found(field, people if field == "contributors" else ", ".join(people), line.start, line.end,
                  "attribution", True, text) for field, people in found]
