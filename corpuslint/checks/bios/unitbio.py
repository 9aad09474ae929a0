"""Whether a corpus rule's unit is an author bio: where it stands and the cheap test before the score.

CL151 and CL410 ask `bio_of` of the units of every document (`corpus_features.CorpusUnit`): most
are not bios, so a unit is scored (`biography.bio_evidence`, slow) only when it has one of the
words a bio's cues need (`_hinted`), or stands in an author box (`in_author_box`), and placed in
its page (`_place`, by the document's prose: `prose_units`) only when it reads as a bio at all.
"""

from __future__ import annotations

import re
from typing import Any

from corpuslint.checks.bios.biography import (
    _CUE_SOURCES, _LONG_BIO_WORDS, BIO_THRESHOLD, CUES, BioEvidence, bio_evidence,
)
from corpuslint.checks.bios.persons import NAME, NAMED, about
from corpuslint.textutil import LazyPattern

__all__ = ["BIO_MAX_WORDS", "BOX_LABEL", "BOX_LINES", "EDGE_OF_PROSE", "bio_of", "in_author_box", "outside_prose",
           "prose_units"]


BIO_MAX_WORDS = _LONG_BIO_WORDS  # a bio of several sentences (`about_one_person`)
# A cheap test before `bio_evidence` (slow): the words of the cues, so that a unit without one of them
# surely scores below `BIO_THRESHOLD`. Derived from the cues (a word listed by hand here missed "memoir"
# and "novel": "Jane Roe is a partner at Smith Capital in Boston. Her new memoir ... is out in May."
# scored 0.577 and was never asked), but for the cues in `_UNHINTED_CUES`:
# * `name-affiliation` and `award-winning` need the commonest words ("at", "of"; "winning"), and all
#   they can score together stays below the threshold (`_unhinted_bound`): a bio needs another cue;
# * an author box's link alone ("More stories by Jeremy Herron", "Read more articles by Nikhil
#   Marathe…") is the page's furniture, CL151's, as `repeated._stamped` has it: its words ("posts",
#   "stories", "articles") are left out, and such a line (alone, or with a post at a place) is no bio
#   of `bio_of`'s, as before (the only units of ../shared/corpora, sb26 and the bench that score
#   without a hint word: 4 such lines).
_UNHINTED_CUES = frozenset(("name_affiliation", "award_winning", "author_box"))
_FURNITURE_CUES = frozenset(("author_box",))


def _unhinted_bound() -> float:
    """The most the unhinted cues but the furniture's can score together (no length or place factor
    raises a score): below `BIO_THRESHOLD` (tests/bios/test_bios_hints.py)."""
    miss = 1.0
    for name, _, _ in _CUE_SOURCES:
        if name in _UNHINTED_CUES - _FURNITURE_CUES:
            miss *= 1.0 - CUES[name.replace("_", "-")]
    return 1.0 - miss


_BIO_HINTS = tuple(sorted({word for name, _, needs in _CUE_SOURCES if name not in _UNHINTED_CUES for word in needs}))
# the same test as `any(hint in lowered for hint in _BIO_HINTS)`, in one C call (~1M units per 10 MB)
_BIO_HINT = re.compile("|".join(re.escape(hint) for hint in _BIO_HINTS))
# an author box's words ("posts", "stories"...): with no hint word, no one of these either, the unit's words alone
# score below the threshold (`_unhinted_bound`), which `bio_of` keeps for CL410 (`words_bio`)
_FURNITURE_WORDS = tuple(word for name, _, needs in _CUE_SOURCES if name in _FURNITURE_CUES for word in needs)
_CUE_WORDS: list = []  # an Aho-Corasick automaton of the hints' bytes, then the furniture's, built on first use


def _cue_words(lowered: str) -> tuple[bool, bool]:
    """(hinted, furnished): `_BIO_HINT.search(lowered)`, and whether `lowered` holds one of `_FURNITURE_WORDS`.

    One Aho-Corasick pass over the UTF-8 bytes (the words are ASCII, and in UTF-8 an ASCII byte is
    always that character), every occurrence reported (overlapping ones too, so no word hides another):
    the alternation of the hints in `re` tries each of them at every place, ~9x slower on the 48,000
    candidate units of the 10 MB bench; seven `in` tests for the furniture's words were ~0.07 s more."""
    if not _CUE_WORDS:
        import ahocorasick_rs

        _CUE_WORDS.append(ahocorasick_rs.BytesAhoCorasick([word.encode() for word in _BIO_HINTS + _FURNITURE_WORDS]))
    found = _CUE_WORDS[0].find_matches_as_indexes(lowered.encode("utf-8", "surrogatepass"), overlapping=True)
    if not found:
        return False, False
    hints = len(_BIO_HINTS)
    return any(word < hints for word, _, _ in found), any(word >= hints for word, _, _ in found)


def _hinted(lowered: str) -> bool:
    """`_BIO_HINT.search(lowered)` (`_cue_words`)."""
    return _cue_words(lowered)[0]


def bio_of(f: Any, u: Any) -> BioEvidence | None:
    """The bio evidence of a corpus rule's unit (`corpus_features.CorpusUnit`, of the document
    whose `corpus_features.Features` are `f`) when it reads as an author bio; computed once, on
    demand, and kept on the unit. CL151 asks it to leave bios to CL410."""
    if not u.bio_done:
        u.bio_done = True
        # 5 words at least: a bio says who someone is ("Follow Evan McMurry (@evanmcmurry) on
        # Twitter"); a 3-word line such as "About the author:" is the label above one
        if 5 <= u.words <= BIO_MAX_WORDS:
            block = f.text[u.start:u.end]
            boxed = in_author_box(f.text, u.start, u.end)
            lowered = block.lower()
            hinted, furnished = (False, False) if boxed else _cue_words(lowered)
            if boxed or hinted:
                # scored where it stands only when it reads as a bio at all (a bio is rare; `_place`
                # reads the document's units)
                evidence = bio_evidence(block, None, boxed=boxed)
                if not boxed:
                    u.words_bio = evidence
                if evidence.score >= BIO_THRESHOLD:
                    place = _place(f, u)
                    if place < 0.6:
                        evidence = bio_evidence(block, place, boxed=boxed)
                u.bio = evidence if evidence.score >= BIO_THRESHOLD else None
            elif not furnished and (block.isascii() or block.casefold() == lowered):
                # only name-affiliation and award-winning can match: its words alone score below the
                # threshold, unscored (the cues' words are looked for in its `casefold`, here its `lower`
                # too); CL410's test of a unit given elsewhere (`repeated._stamped`) reads it
                u.words_bio = False
    return u.bio


_PROSE_WORDS = 12  # a paragraph of prose: a sentence of this many words at least


def prose_units(f: Any) -> list:
    """The document's units of prose: lines, and paragraphs of one line, of a sentence of
    `_PROSE_WORDS` words or more. Computed once per document (`Features.prose`): CL410 places each
    unit it asks about by them."""
    prose = getattr(f, "prose", None)
    if prose is None:
        text = f.text
        prose = f.prose = [v for v in f.units  # lines, and paragraphs of one line (a longer paragraph's lines are units too)
                           if (v.words >= _PROSE_WORDS and (v.line or text.find("\n", v.start, v.end) < 0)
                               and text[v.start:v.end].rstrip("\"'”’)]")[-1:] in ".!?…")]
    return prose


EDGE_OF_PROSE = 0.15  # a page's furniture has a few lines of prose too (a headline, its copyright line)


def outside_prose(f: Any, u: Any) -> bool:
    """The unit `u` stands above the document's prose or under it (all but `EDGE_OF_PROSE` of its
    words on one side), not among its paragraphs: a box under the headline, or under the article."""
    before = total = 0
    for v in prose_units(f):
        if v.end <= u.start:
            before += v.words
        elif v.start >= u.end:
            total += v.words
    total += before
    return not total or not EDGE_OF_PROSE < before / total < 1 - EDGE_OF_PROSE


def _place(f: Any, u: Any) -> float:
    """Where the unit `u` stands in its document for a bio (0.0 top .. 1.0 end): the share of the
    text before it, or, when more, the share of the document's prose before it. A page's box stands
    under the article, with the menus, teasers and footer after it (bio_probe.py: folha's box at
    0.53 of the text and past all of the article's prose); a story's prose is all of its text."""
    place = u.start / max(len(f.text), 1)
    if place >= 0.6:
        return place  # late already: `_position_factor` is 1
    before = total = 0
    for v in prose_units(f):
        total += v.words
        if v.end <= u.start:
            before += v.words
    return max(place, before / total) if total else place


# the label of an author box on a line of its own ("About the Author", "About the author:"), or the
# box's title naming its writer ("About Jane Roe"; `name`: then the bio must be about that person)
BOX_LABEL = LazyPattern(rf"^\W{{0,3}}(?i:about)\s+(?:(?i:the\s+(?:author|writer|contributor)s?)|{NAMED})\W{{0,3}}$")
BOX_LINES = 4  # the bio stands within this many lines under the label (the name, a "Feed" link between)
_NAME_FIRST = LazyPattern(rf"^\W{{0,3}}{NAME}\b")


def in_author_box(text: str, start: int, end: int) -> bool:
    """The paragraph `text[start:end]` stands in an author box: one of the few lines above it is the
    box's label ("About the Author"), and it says something about someone (it closes a sentence or
    opens with a name): "Nikhil works on implementing Web APIs in Gecko. He is …" under "About the
    Author" and "Nikhil Marathe". A counter line ("1 Fictions 8 Posts 0 Threads") is not."""
    window = text[max(0, start - 240):start]
    if "about " not in window.lower():
        return False
    above = [line for line in window.split("\n")[:-1] if line.strip()][-BOX_LINES:]
    labels = [label for label in map(BOX_LABEL.match, (line.strip() for line in above)) if label]
    if not labels:
        return False
    block = text[start:end].strip()
    if all(label["name"] for label in labels) and not any(about(block, label["name"]) for label in labels):
        return False  # "About Jane Roe" over a paragraph not about her ("About New York", a section's heading)
    return block.rstrip("'\"’”)] ").endswith((".", "!", "?")) or _NAME_FIRST.match(block) is not None
