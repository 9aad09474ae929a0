"""Lines that go on with the sentence above them, and capitals that a sentence spells out: no byline, no
dateline (tester34: 12 of 12 safe CL504 values on Debian's package descriptions were wrong: `Many patches
and fixes have been applied` / `by Ronnie Flathers.` gave an author, `which is obligatory as of` /
`2005-08-01.` a date, `NBD — Network Block Device — is a protocol` a place `Nbd`).

A byline or dateline stands on a line of its own, or opens a story's lede. A wrapped sentence's line does
not: the line above it runs on without a blank line between (a line of prose, words in lower case, not
closed by a sentence's mark), and the line opens in lower case or the line above stops on a function word
(`as of`), so the line is the rest of that sentence. And a word in capitals followed
by a dash and words whose initials spell it (`NBD — Network Block Device —`) is an acronym being
explained, not a place opening a lede (`DENVER — The city …`).
"""

from __future__ import annotations

import regex

from corpuslint.checks.metadata.lines import Line
from corpuslint.textutil import LazyPattern

RUN_ON_WORDS = 6  # a wrapped line of prose has this many words at least (a byline, a kicker fewer)
# a sentence's line that runs on: it ends with a word (or a comma, or a quotation closing a word), not a mark
RUNS_ON = LazyPattern(r"(?:[\p{L}\d,]|[\p{L}\d][\"'’”)])\Z")
# words a sentence cannot stop on: prepositions, conjunctions, articles (English, the corpora's lingua franca)
NEEDS_MORE = frozenset("of as to by for with from in on at into onto over under between since until and or but nor "
                       "than that which who whose whom the a an".split())
LOWER_WORDS = 3  # ... and holds this many words in lower case (prose, not a name's or a headline's)


def continues_sentence(above: Line | None, line: Line) -> bool:
    """Whether `line` goes on with the sentence of the line right above it (no blank line between, the
    line above a line of prose whose sentence is not over)."""
    if above is None or above.blank_after or line.start <= above.start:
        return False
    return runs_on_into(above.text, line.text)


def leaves_sentence_open(line: str) -> bool:
    """Whether a text line is a line of prose (RUN_ON_WORDS words, LOWER_WORDS of them in lower case) whose
    sentence is not over at its end (a word or a comma ends it, no sentence's mark)."""
    text = line.rstrip()
    words = text.split()
    if len(words) < RUN_ON_WORDS or RUNS_ON.search(text) is None:
        return False
    return sum(1 for w in words if w[:1].islower()) >= LOWER_WORDS


def runs_on_into(above: str, line: str) -> bool:
    """Whether the text line `line`, right under `above` with no blank line between, is the rest of the sentence
    `above` leaves open (also CL151's: a repeated line that is half of a wrapped sentence, boilerplate/wrapped)."""
    if not leaves_sentence_open(above):
        return False
    words = above.split()
    # ... and the line is that sentence's rest: it opens in lower case (`by Ronnie Flathers.`), or the line above
    # stops on a word that needs more (`obligatory as of` / `2005-08-01.`); a headline's deck without its full
    # stop over `By Jane Doe` is no sentence running on
    return line.lstrip()[:1].islower() or words[-1].lower() in NEEDS_MORE


# the words after an acronym's dash, up to the next dash, comma or bracket
_SPELLED = LazyPattern(r"[ \t]*([^—–,;()\n]{3,80}?)[ \t]*(?:—|–|--|,|\(|\Z)")


def spells_out(acronym: str, rest: str) -> bool:
    """Whether the words opening `rest` have initials that spell `acronym` (`NBD` / `Network Block
    Device`, `GNU` / `GNU's Not Unix`): the capitals are explained, not a place."""
    letters = acronym.replace(".", "").replace(" ", "")
    if not (2 <= len(letters) <= 8) or not letters.isupper():
        return False
    match = _SPELLED.match(rest)
    if match is None:
        return False
    initials = "".join(w[0] for w in regex.findall(r"[\p{L}\d][\p{L}\d'’-]*", match.group(1))).upper()
    at = 0
    for letter in letters.upper():  # the acronym's letters in order among the initials (`of`, `the` may stand between)
        at = initials.find(letter, at) + 1
        if not at:
            return False
    return initials[:1] == letters[:1].upper()
