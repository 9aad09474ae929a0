"""What a page's `<title>` says beside its headline, in the parts a separator sets off after it.

    Simple Anomaly Detection Using Plain SQL | Haki Benita                              <- the author
    Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION          <- the day
    Conversations with a Cryptid - Chapter 1 - AMournfulHowlInTheNight - ... | Archive  <- a handle

The page reader (`page.py`) asks these last, when no byline or date stands near the headline. A part
is taken only when the page bears it out (the name signed again beside a date or a ©, the handle
printed alone under the headline) or when it is a date and nothing else. The separators that set
the parts off (`SEPARATOR`) are here too: the page reader cuts the `<title>` at them as well.
"""

from __future__ import annotations

import regex

from corpuslint.checks.metadata.bylineline import bare_name, is_handle
from corpuslint.checks.metadata.dates import day_written, day_written_at
from corpuslint.checks.metadata.lines import Line
from corpuslint.textutil import LazyPattern

# " | ", " - ", " – ", " — ", " · ", " • ", " » ", " « ", " / ": what a <title> puts between the headline and the
# site's name (" « ": WordPress's old default, `Eine Arduino-Virtual-Wall für den IRobot Roomba « Hobbywerkstatt`;
# neither mark of a French quotation: `Macron : « Je ne céderai pas » - Le Monde`)
SEPARATOR = LazyPattern(r"\s+(?:[|–—·•✩/-]|(?<!«.*)»|«(?!.*»)|::|--)\s+")  # and " -- " (`Headline -- Section -- Sott.net`)


def day_in_title(first: str) -> str | None:
    """`Una solución no violenta para la cuestión mapuche - 07.12.2017 - LA NACION`: a <title> part after
    the headline that is a date alone, the day the site stamps its story with."""
    for part in SEPARATOR.split(" ".join(first.split()))[1:]:
        written = day_written_at(part.strip()) if len(part) <= 30 else None
        if written is not None and written[1] == 0 and written[2] == len(part.strip()):
            return written[0]
    return None


def author_in_title(lines: list[Line], first: str) -> list[str]:
    """A personal site names its author in the <title> (`Simple Anomaly Detection Using Plain SQL |
    Haki Benita`, `... | by John C. Welch | Medium`): a part of the first line that is a person's
    name, believed when the page signs with it again: beside a date or a ©."""
    for part in SEPARATOR.split(first)[1:]:
        name = bare_name(regex.sub(r"(?i)^by\s+", "", part.strip()))
        if name is None or any(name + mark in line.text for line in lines for mark in "®™"):
            continue  # "Royal Road®": a brand
        for line in lines[1:]:
            text = line.text
            if name in text and len(text) <= 120 and ("©" in text or day_written(text)):
                return [name]
    return []


def handle_in_title(lines: list[Line], first: str, headline: int | None) -> list[str]:
    """`Conversations with a Cryptid - Chapter 1 - AMournfulHowlInTheNight - <fandom> | Archive of Our Own`:
    a work's <title> names its author's handle, which the page prints alone under the headline."""
    if headline is None or headline + 1 >= len(lines):
        return []
    under = lines[headline + 1].text.strip()
    if not is_handle(under):
        return []
    return [under] if under in (part.strip() for part in SEPARATOR.split(first)[1:]) else []
