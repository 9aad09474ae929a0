"""Who wrote a story, read from what closes it: a reporter contact line or a bio of the writer.

    To contact the reporter on this story: Terry Atlas in Washington at tatlas@bloomberg.net
    To contact the editors responsible for this story: John Walcott at jwalcott9@bloomberg.net Larry Liebert
    Jeff Greenfield is a five-time Emmy-winning network television analyst and author.

A contact line is a set phrase (Bloomberg's): the reporters are the author, the editors the `editor`,
each a list of people (`NAME [in PLACE] at EMAIL`); a line whose list holds anything but people's
names is not read. CL124 removes such lines as press contacts: read here, the value reaches the
metadata first.

A closing bio is the last paragraph of a document, alone, and one that the bios family's evidence
scores as a bio opening with a person's name and a role (`<name> is a … writer|author|analyst`). It
names the author only when the story never names that person before (a byline at its head aside):
a person the story is about, or quotes, "is a writer" too.

On a whole page (the page reader's last fallbacks, when no byline stands by the headline) a bio is
looked for under the headline instead of at the document's end, since menus and comments follow the
story: a bio paragraph (in English by the bios family's evidence, in five other languages by
`<name> es|est|ist` and a trade's noun) about someone neither the headline, the <title> nor the story
names before it. (A newsroom's initials closing the story, `… voraus. (bsc)`, are a signature:
pagecredits.initials_closing_story.)
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuslint.checks.bios.biography import BIO_THRESHOLD, bio_evidence
from corpuslint.checks.metadata.bylineline import bare_name
from corpuslint.checks.metadata.contributors import PLACE_AFTER, SPLIT, person
from corpuslint.checks.metadata.lines import Found, Line, is_prose
from corpuslint.checks.metadata.pagecredits import STORY_LINES, full_text
from corpuslint.textutil import LazyPattern

CONTACT = LazyPattern(r"^(?i:to\s+contact\s+the\s+(?P<role>reporters?|writers?|authors?|editors?)\s+"
                      r"(?:responsible\s+)?(?:on|of|for)\s+this\s+(?:story|article|report)\s*:)\s*(?P<rest>.+?)\s*\.?$")
EMAIL_AT = LazyPattern(r"\s+at\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+\.?(?=\s|$|[,;])")
FIELD = {"reporter": "author", "writer": "author", "author": "author", "editor": "editor"}
# the cues of a bio about a person in the third person (not a plug alone: `Follow A on Twitter` is AUTHOR_BOX's)
PERSON_CUES = frozenset({"name-role", "pronoun-role", "author-of", "work-appeared"})
OPENING = LazyPattern(r"^\W{0,3}(?P<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{Lu}[\p{L}.'’-]*){1,3})\s+(?:is|was|has\s+been|serves)\s")
BLANK_BEFORE = LazyPattern(r"\n[ \t\r]*\n[ \t\r]*$")  # the paragraph before ends with a blank line
CONTACT_SPLIT = LazyPattern(r"\s*;\s*|" + SPLIT.source)
TEXT_LINE = LazyPattern(r"[^\n]*\S[^\n]*")
HEAD_LINES = 6  # a byline stands within the first lines: the name there is no mention in the story


def _contact_people(rest: str) -> list[str] | None:
    """The people of a contact list (`A in Washington at a@x.net; B at b@x.net C, D`), or None."""
    if "@" not in rest:
        return None  # the set phrase gives each person's e-mail address
    text = EMAIL_AT.sub(",", rest)
    names: list[str] = []
    for item in CONTACT_SPLIT.split(text):
        item = item.strip(" ,.")
        if not item:
            continue
        place = PLACE_AFTER.search(item)
        name = person(item[: place.start()] if place else item)
        if name is None:
            return None
        names.append(name)
    return names if 1 <= len(names) <= 8 else None


def read_contact(line: Line) -> list[Found]:
    """The author (the reporters) or the editor a reporter contact line names; [] if it is none."""
    text = line.text
    if text[:3] not in ("To ", "TO ", "to ") or not text[3:10].lower().startswith("contact"):
        return []
    match = CONTACT.match(text)
    people = _contact_people(match["rest"]) if match else None
    if people is None:
        return []
    field = FIELD[match["role"].lower().rstrip("s")]
    if field == "editor":
        value: str | list[str] = ", ".join(people)  # as a wire credit's `Editing by` gives it
    else:
        value = people[0] if len(people) == 1 else people
    return [Found(field, value, line.start, line.end, "attribution", True, text)]


def read_closing_bio(document: str, line: Line) -> list[Found]:
    """The author a bio closing `document` names: `line` is its last line, a paragraph alone that opens
    with a person's name and a bio role, about someone the story does not name before."""
    text = document[line.start:line.end]
    if len(text) > 600 or line.start > 0 and not BLANK_BEFORE.search(document, max(0, line.start - 40), line.start):
        return []  # a paragraph of its own (not the last line of a longer one)
    opening = OPENING.match(text)  # the bio's subject opens it: `Zachary Karabell is head of … He is a …`
    name = bare_name(opening["name"]) if opening else None
    if name is None:
        return []  # (tested first: the anchored pattern is cheap, and most last lines open otherwise)
    evidence = bio_evidence(text, 1.0)
    if (evidence.score < BIO_THRESHOLD or not PERSON_CUES.intersection(evidence.cues)
            or evidence.name and evidence.name != opening["name"]):
        return []
    head_end = _head_end(document, HEAD_LINES)
    if _mentions(document[head_end: line.start], name.split()[-1]):
        return []  # the story names that person: its subject, or someone it quotes
    # kind `bio`: the line says more than the name; CL505 leaves it (removing a bio is the bios family's call)
    return [Found("author", name, line.start, line.end, "bio", False, text)]


def bio_after_story(lines: Sequence[Line], headline: int | None, document: str | None = None) -> list[str]:
    """The writer a page's author box names under its story (`Shahien Nasiripour is the business reporter
    for the Huffington Post. You can send him an e-mail; ... follow him on Twitter`), when no byline
    stands by the headline: the first paragraph after the headline that opens with a person's name and
    a bio role, the bios family's evidence above its threshold, about someone the <title>, the headline
    and the text between it and the paragraph never name (a person the story is about or quotes "is a
    professor" too). `document` is the page's text: a line's `text` holds its first 240 characters only."""
    if headline is None:
        return []
    for index in range(headline + 1, len(lines)):
        text = full_text(lines[index], document)
        if not 40 <= len(text) <= 600 or " is " not in text and " was " not in text and " has " not in text:
            continue
        opening = OPENING.match(text)
        name = bare_name(opening["name"]) if opening else None
        if name is None:
            continue
        evidence = bio_evidence(text, 1.0)
        if (evidence.score < BIO_THRESHOLD or not PERSON_CUES.intersection(evidence.cues)
                or evidence.name and evidence.name != opening["name"]):
            continue
        return [] if _mentions(_told_before(lines, headline, index, document), name.split()[-1]) else [name]
    return _foreign_bios(lines, headline, document)


def _told_before(lines: Sequence[Line], headline: int, index: int, document: str | None) -> str:
    """What the page says of its story before line `index`: the <title> (its first line), the headline
    and the lines between them and it; a bio's subject named there is the story's, not its writer."""
    told = lines[:1] if headline > 0 else []
    return "\n".join(full_text(line, document) for line in [*told, *lines[headline:index]])


# a writer's bio in Spanish, Portuguese, French, Italian or German: `<name> es politólogo e investigador en …`,
# `<name> est journaliste indépendante`; the role a noun of the writing and research trades (a word's stem)
FOREIGN_BIO = LazyPattern(r"(?:^|(?<=[.!?]\s))(?P<name>\p{Lu}[\p{L}.'’-]*(?:\s+\p{L}[\p{L}.'’-]*){1,3}?)\s+(?:es|est|é|è|ist)"
                          r"\s+(?:(?:un|une|una|um|uma|uno|ein|eine)\s+)?(?P<role>\p{Ll}+(?:\s+\p{Ll}+)?)")
FOREIGN_ROLES = ("periodist", "journalist", "giornalist", "jornalist", "escritor", "écrivain", "scrittor", "schriftsteller",
                 "autor", "auteur", "autrice", "redactor", "rédact", "redakteur", "redattor", "blogueu", "blogger",
                 "chroniqueu", "columnist", "colunist", "editorialist", "politólog", "politolog", "politologue",
                 "investigador", "pesquisador", "chercheu", "ricercator", "forscher", "profesor", "professeu",
                 "professor", "abogad", "avocat", "advogad", "economist", "économist", "analist", "analyst",
                 "sociólog", "sociolog", "historiador", "historien", "historiker", "corresponsal", "correspondant")


def _foreign_bios(lines: Sequence[Line], headline: int, document: str | None = None) -> list[str]:
    """The writers a bio in another language names after the story: each sentence of the first such
    paragraph that opens with a person's name, `es`/`est`/`ist` and a trade's noun (`Andrés Malamud es
    politólogo e investigador … Martín Schapiro es abogado …`), closing the story (no prose after it),
    about people the <title>, the headline and the story never name."""
    for index in range(headline + 1, min(len(lines), headline + STORY_LINES)):
        text = full_text(lines[index], document)
        if not 30 <= len(text) <= 600 or " es " not in text and " est " not in text and " ist " not in text \
                and " é " not in text and " è " not in text:
            continue
        opening = FOREIGN_BIO.match(text)
        if opening is None:
            continue  # the paragraph opens with the bio
        names = []
        for match in FOREIGN_BIO.finditer(text):
            name = bare_name(match["name"])
            if name is not None and any(word.startswith(FOREIGN_ROLES) for word in match["role"].casefold().split()):
                names.append(name)
        if not names or bare_name(opening["name"]) != names[0]:
            continue
        if index + 1 < len(lines) and is_prose(full_text(lines[index + 1], document)):
            continue  # the story goes on: a sentence about someone, not the bio closing it
        told = _told_before(lines, headline, index, document)
        return [] if any(_mentions(told, name.split()[-1]) for name in names) else names
    return []


def _mentions(story: str, surname: str) -> bool:
    """The surname as a word of the story: not inside an e-mail address or a handle (`Shafer.Politico@gmail.com`).
    (A search for the literal, not a pattern made per call: a worker compiles nothing, see test_speed_parallel.)"""
    at = story.find(surname)
    while at != -1:
        before, after = story[at - 1: at] if at else " ", story[at + len(surname): at + len(surname) + 2] + "  "
        if not (before.isalnum() or before in "_@.") and not (after[0].isalnum() or after[0] in "_@"
                                                               or after[0] == "." and after[1].isalnum()):
            return True
        at = story.find(surname, at + 1)
    return False


def _head_end(document: str, count: int) -> int:
    """Where the head of `document` ends: its first `count` non-blank lines, up to the first of prose."""
    at = 0
    for seen, match in enumerate(TEXT_LINE.finditer(document)):
        if seen >= count or is_prose(match.group().strip()):
            break
        at = match.end()
    return at
