"""The people a byline names, read from where its lead ends: `By Jane Doe and John Smith`, `by jsmith`.

Every reader that finds a lead before names (a head line's `By`, a dateline's closing `by`, an
`Author:` label, an author box's `More posts by`, a page's byline line) reads them alike: capitalised
words with the particles and connectors a name holds, `,` and `and` between names, an upper-case
word after a name as a dateline's place, a blog's log-in names written small after a post-meta
lead. One reading, below every reader that shares it.
"""

from __future__ import annotations

import regex

from corpuslint.checks.metadata.vocabulary import (
    AFFILIATION_WORDS, CONNECTORS, FUNCTION_WORDS, HONORIFICS, NAME_STOP, NAME_TOKEN, PARTICLES,
)
from corpuslint.stamps import MONTHS
from corpuslint.textutil import LazyPattern

# a site's log-in name after a post-meta line's "by": written small (`admin`, `jsmith`, `d3vguy`)
USER = r"[\p{Ll}\d][\w.-]{1,29}"
# one user name or a list of them ("jsmith, kdoe and admin"), then the line's end, a separator or "on <date>"
ANY_USER = r"[\p{L}\d][\w.-]{1,29}"  # after a first user name written small, the list's others ("kovarex, TOGos")
USER_NAMES = LazyPattern(rf"(?P<users>{USER}(?:(?:\s*,\s*|\s+(?:and|&)\s+){ANY_USER}){{0,4}})"
                         r"(?=\s*(?:$|[|,•·]|\s+(?:on|at)\b))")
USER_SEPARATOR = LazyPattern(r"\s*,\s*|\s+(?:and|&)\s+")


def user_names(text: str, pos: int) -> tuple[list[str], int]:
    """The user names a blog's post-meta line gives after "by" (`Posted by admin`, `by jsmith and
    kdoe`): written small, as a site's log-in names are; a name written as a person's is read by
    `read_names` first."""
    match = USER_NAMES.match(text, pos)
    if match is None:
        return [], pos
    names = USER_SEPARATOR.split(match["users"])
    if any(name.lower() in NOT_USER_NAMES for name in names):
        return [], pos
    if any(name.lower() in USER_ROLES for name in names[1:]):  # "Posted by admin, editor": one user and a role
        return names[:1], pos + len(names[0])
    return names, match.end("users")


# words a post-meta line puts after "by" that name no one ("Posted by the editors")
NOT_USER_NAMES = frozenset({"the", "a", "an", "and", "on", "at", "in", "our", "your", "my"})
USER_ROLES = frozenset("editor editors writer staff contributor reporter author columnist correspondent moderator guest".split())


INITIALS = LazyPattern(r"(?:\p{Lu}\.)+")
OPEN_QUOTE, CLOSE_QUOTE = "\"“‘'", "\"”’'"


def _nickname(tokens: list[regex.Match], i: int) -> int:
    """How many tokens a quoted nickname inside a name takes from `i` (`"Tania Mae"` in `Amanda "Tania
    Mae" Tan`): up to three capitalised words in quotes, with the family name after them; else 0."""
    first = tokens[i].group()
    if len(first) < 2 or first[0] not in OPEN_QUOTE or not first[1].isupper():
        return 0
    for j in range(i, min(len(tokens) - 1, i + 3)):
        word = tokens[j].group()
        if word[-1] in CLOSE_QUOTE and len(word) > 1 and (j > i or len(word) > 2):
            after = tokens[j + 1].group().rstrip(",;")
            return j - i + 1 if NAME_TOKEN.match(after) and after.lower() not in NAME_STOP else 0
    return 0


# months that are given names too: `By April Glaser`, `May Lee`, `June Carter`; not a date (`by May 15`, `By April
# 2019`): a family name follows, written as a name
GIVEN_MONTHS = frozenset({"april", "may", "june", "august", "jan", "jun", "mar"})  # `Jan Kowalski`, `Jun Lee`, `Mar Ruiz`


def _month_given_name(tokens: list[regex.Match], i: int) -> bool:
    """Whether the month at `i`, opening a name, is its given name: a capitalised word that no stop word is
    follows it, no calendar's word (a handle glued to it, `Glaser@aprilaser`, as lynx renders it, ends the name there)."""
    if tokens[i].group().lower() not in GIVEN_MONTHS or i + 1 >= len(tokens):
        return False
    after = tokens[i + 1].group().rstrip(",;")
    glued = GLUED_HANDLE.match(after)
    family = glued["word"] if glued is not None else after
    return (NAME_TOKEN.fullmatch(family) is not None and family.rstrip(".").lower() not in NAME_STOP
            and family.rstrip(".").lower() not in CALENDAR_WORDS)


CALENDAR_WORDS = frozenset({"day", "days", "week", "weekend", "holiday", "holidays"})  # `by May Day`: a date


HANDLE_MARKS = LazyPattern(r"[@._\-\d]")


def spells_the_name(word: str, name: list[str]) -> bool:
    """`margarettalev`, `@mtalev`, `margaret_talev` after `Margaret Talev`: the writer's account, named after them
    (the whole name, or the given name's initial and the family name, run together), as a byline's link prints it;
    a word that spells no name this way is the line's own (`Margaret Talev reports`)."""
    if len(name) < 2 or not word[:1].islower() and word[:1] != "@":
        return False
    handle = HANDLE_MARKS.sub("", word).casefold()
    given, family = name[0].casefold(), "".join(name[1:]).casefold()
    return len(handle) >= 4 and handle in (given + family, given[:1] + family, given + family[:1])


TOKEN = LazyPattern(r"\S+")
# a name's last word with the writer's handle glued to it, as lynx renders a Vox Media byline (qa19c r04)
GLUED_HANDLE = LazyPattern(r"^(?P<word>\p{Lu}[\p{L}'-]+)@\w{1,30}$")
# a word's possessive ending (`Columbia’s`, `HARRIS'S`): what follows it is the owner's, and the words are no byline
POSSESSIVE = LazyPattern(r"(?i)\p{L}['’]s$")


def read_names(text: str, pos: int, *, shout: bool) -> tuple[list[str], int]:
    """Names from `pos`: "A", "A and B", "A, B and C"; returns them and where they end."""
    names: list[list[str]] = [[]]
    seps: list[str] = []
    consumed = pos
    tokens = list(TOKEN.finditer(text[:pos + 200], pos=pos))
    skip = -1
    for i, token in enumerate(tokens):
        if i <= skip:
            continue
        word = token.group()
        nickname = _nickname(tokens, i) if names[-1] else 0
        if nickname:  # Amanda "Tania Mae" Tan, Lee “Faker” Sang-hyeok
            names[-1].append(" ".join(t.group() for t in tokens[i: i + nickname]))
            skip = i + nickname - 1
            continue
        bare = word.rstrip(",;")
        lower = bare.lower()
        if lower == "for" and word == bare and _written_for(names[-1], tokens[i + 1:i + 2]):
            break  # `By Zoe Griffin For Dailymail.com`, `Written by Jane Doe for Truthout`: the outlet written for
        if (names[-1] and lower in CONNECTORS and word == bare and i + 1 < len(tokens)
                and NAME_TOKEN.match(tokens[i + 1].group().rstrip(",;"))
                and tokens[i + 1].group().rstrip(",;.").lower() not in NAME_STOP):
            names[-1].append(bare)  # "Press Trust of India"
            continue
        if word == "," and names[-1]:  # "By Dana A. Ford , James S.A. Corey, ...": a comma set apart
            names.append([])
            seps.append(",")
            consumed = token.end()
            continue
        if lower in ("and", "&") and names[-1]:
            names.append([])
            seps.append("and")
            continue
        if lower in ("and", "&") and len(names) > 1 and seps[-1] == ",":  # "A, B, and C": the serial comma
            seps[-1] = "and"
            continue
        if names[-1] and lower in PARTICLES:
            names[-1].append(bare)
            continue
        if not NAME_TOKEN.match(bare):
            glued = GLUED_HANDLE.match(bare) if names[-1] else None
            if glued is not None and NAME_TOKEN.match(glued["word"]) and glued["word"].lower() not in NAME_STOP:
                names[-1].append(glued["word"])  # `By Jon Porter@JonPorty Jul 3, 2019`: the handle ends the name
                consumed = token.end()
            elif names[-1] and spells_the_name(bare, names[-1]):
                consumed = token.end()  # `Margaret Talev margarettalev`: the writer's handle, its link's text
            break
        if lower in NAME_STOP and not (names[-1] and lower in MONTHS and i + 1 < len(tokens)
                                       and NAME_TOKEN.match(tokens[i + 1].group().rstrip(",;"))
                                       and tokens[i + 1].group().rstrip(",;.").lower() not in NAME_STOP
                                       ) and not (not names[-1] and word == bare and _month_given_name(tokens, i)):
            break  # a month ends a name, unless a name goes on after it ("Laura June Topolsky", "April Glaser")
        is_caps = bare.isupper() and sum(c.isalpha() for c in bare) >= 2 and not INITIALS.fullmatch(bare)  # S.A.
        if is_caps and not shout:
            break  # an upper-case word after a name: the dateline's place (ABUJA, ...)
        if len(names[-1]) >= 5 or POSSESSIVE.search(bare):
            return [], pos  # (`British Columbia’s`, `By British Columbia’s Ministry of Health`: a noun's owner)
        names[-1].append(bare)
        consumed = token.end() if word == bare else token.start() + len(bare)
        if word != bare:  # "Smith," closes a name
            names.append([])
            seps.append(",")
            consumed = token.end()
    while names and not names[-1]:
        names.pop()
        if seps:
            seps.pop()
            consumed = _back_to_name_end(text, consumed)
    if not names:
        return [], pos
    if seps and "and" not in seps and not _co_authors(names, shout, text[consumed:pos + 200]):
        # "By Stephen Lendman, Global Research": a comma list without "and" is a name + affiliation
        names = names[:1]
        consumed = text.index(names[0][-1], pos) + len(names[0][-1])
    out = []
    for parts in names:
        if not parts:
            return [], pos
        significant = [p for p in parts if p.lower() not in PARTICLES and p not in CONNECTORS]
        if not significant or len(significant) == 1 and significant[0].lower() in FUNCTION_WORDS:
            return [], pos
        ends = significant[-1:] + (significant[:1] if significant[0].lower() not in GIVEN_MONTHS or len(significant) < 2 else [])
        if any(p.lower().rstrip(".") in NAME_STOP for p in ends) or any(
                p.lower().rstrip(".") in NAME_STOP and p.lower().rstrip(".") not in MONTHS for p in significant):
            return [], pos  # a month inside a name is a given name ("Laura June Topolsky"), not at its ends
        while len(parts) > 2 and parts[0].lower() in HONORIFICS:
            parts = parts[1:]  # "Dr. Ann Lee": the name is Ann Lee
        name = " ".join(parts)
        if shout or name.isupper():
            name = " ".join(unshout(p) for p in parts)
        out.append(name)
    if len(out) > 5:
        return [], pos
    return out, consumed


def _written_for(name: list[str], after: list[regex.Match]) -> bool:
    """`for` after a person's name (two to four words, none of a body's or a role's) and before a capitalised
    word or a host ends the name: the outlet the byline writes for (`Jane Doe for Truthout`, `JOHN SMITH FOR
    DAILYMAIL.COM`); a body's name holds it (`Center for American Progress`, `Physicians for Human Rights`)."""
    words = [w for w in name if w.lower() not in PARTICLES]
    if not 2 <= len(words) <= 4 or not after or not after[0].group()[:1].isupper() and after[0].group().lower() != "the":
        return False
    return not any(w.lower().rstrip(".") in AFFILIATION_WORDS or w in CONNECTORS for w in words)


def _co_authors(names: list[list[str]], shout: bool, after: str) -> bool:
    """`By Marcus Bensmann, Justus von Daniels, Ulrich Stoll`: a comma list with no "and" that is people,
    three or more, each written as a person's name (two to four capitalised words, none in capitals alone,
    none of a body's, a desk's or a role's name, no connector), the line ending or a separator or stamp
    after the last. Two parts are a name and what follows it: `By Tom Hays, New York` (a place is written
    as a name is), `By Stephen Lendman, Global Research`, `Doug Stanglin, USA TODAY`, `Jane Doe, Staff
    Writer`, `Andrew Hayden, Software Engineer on Google Play`; two co-authors are joined by "and"."""
    rest = after.lstrip(" ,;")
    if shout or not 3 <= len(names) <= 5 or rest[:1].islower():
        return False
    for parts in names:
        words = [p.rstrip(".") for p in parts if p.lower() not in PARTICLES]
        if not 2 <= len(words) <= 4 or len(words[-1]) < 2:
            return False  # `Jane Doe, Reuters`; `John Smith, J.`
        if any(w.lower() in AFFILIATION_WORDS or w in CONNECTORS or w.isupper() and len(w) > 1 for w in words):
            return False
    return True


def without_full_stop(name: str) -> str:
    """`Posted by Alon Zakai.`: the sentence's full stop is not part of the name; an initial's
    (`John Q.`) and a suffix's (`Jr.`) are."""
    last = name.rsplit(" ", 1)[-1]
    if last.endswith(".") and len(last) > 2 and last.lower() not in NAME_SUFFIXES and last[:-1].isalpha():
        return name[:-1]
    return name


NAME_SUFFIXES = frozenset({"jr.", "sr.", "esq.", "st."})


def _back_to_name_end(text: str, consumed: int) -> int:
    while consumed > 0 and (text[consumed - 1].isspace() or text[consumed - 1] in ",;&"):
        consumed -= 1
    if text[max(0, consumed - 3):consumed].lower() == "and":
        consumed -= 3
        while consumed > 0 and text[consumed - 1].isspace():
            consumed -= 1
    return consumed


def unshout(word: str) -> str:
    if len(word) <= 2 and word.endswith("."):
        return word
    return "-".join(part[:1].upper() + part[1:].lower() for part in word.split("-"))
