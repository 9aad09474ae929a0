"""A bio given again in other words: how two short texts compare sentence by sentence, and a
paragraph that reads as one person's profile by its shape when the rewording left no bio cue.

A bio is reworded between a page's footer and its author box, or from one page of a site to the
next: its sentences come in another order ("He reviews motherboards. Joe Shields writes on staff
at Tom's Hardware."), a phrase of each is said otherwise ("contributes as a writer for"). Each
sentence keeps most of its words, so the texts' sentences matched one to one keep a high word
overlap (`sentence_similarity`, or `sentence_sketch`/`sketch_sentences` for a stored copy).

The rewording can lose every cue `biography.bio_evidence` knows (a role after "is a", a follow
plea). Such a paragraph is still a profile by what it is (`profile_name`): a sentence opens with a
person's name and a verb of the present tense in the third person ("Anton Shilov contributes",
"Laura Entis writes"), a pronoun says the subject is a person (not "Wake County is"), every
sentence names that person or refers to them by one set of pronouns,
and it neither reports speech nor speaks in the first person. That alone is no bio (a story's last
paragraph can profile its subject): it counts only as the copy of a bio that has its cues, of the
same person, alike sentence by sentence (CL401 within a document, CL410 across documents).
"""

from __future__ import annotations

import regex
from xxhash import xxh3_64_intdigest

from corpuslint.checks.bios.biography import about_one_person, in_sentence_case
from corpuslint.checks.bios.unitbio import BIO_MAX_WORDS
from corpuslint.checks.bios.persons import (
    FIRST_PERSON, HE, NAMED, OPENING_QUOTE, PERSON_WORD, REPORTING, SENTENCE_START, SHE, WORD,
)
from corpuslint.textutil import LazyPattern

__all__ = ["SAME_SENTENCES", "profile_name", "sentence_similarity", "sentence_sketch", "sentence_words",
           "sets_similarity", "sketch_sentences"]

SAME_SENTENCES = 0.5  # sentence-set similarity from which two bios of one person are one bio
_SENTENCE_CUT = regex.compile(r"(?<=[.!?])\s+(?=[\p{Lu}\"“‘'(])|(?<=:)\s+")
_SENTENCE_WORD = regex.compile(r"[\p{L}\d]{2,}")
_MAX_SENTENCES = 12  # of a stored sketch (a bio of 160 words has ~8)


def sentence_words(text: str) -> list[set[str]]:
    """The word sets (case-folded, 2 letters or more) of the sentences of `text` that have 3 words or more."""
    out = []
    for part in _SENTENCE_CUT.split(text):
        words = {w.casefold() for w in _SENTENCE_WORD.findall(part)}
        if len(words) >= 3:
            out.append(words)
    return out


def sets_similarity(sa: list, sb: list) -> float:
    """Each sentence (a set) of the side with fewer matched with its most similar sentence of the
    other (Jaccard), the mean taken; 0.0 when a side has none."""
    if not sa or not sb:
        return 0.0
    if len(sa) > len(sb):
        sa, sb = sb, sa
    return sum(max(len(x & y) / len(x | y) for y in sb) for x in sa) / len(sa)


def sentence_similarity(a: str, b: str) -> float:
    """How alike two short texts are sentence by sentence, whatever the order of the sentences:
    each sentence of the text with fewer is matched with its most similar sentence of the other
    (Jaccard of their word sets), and the mean is taken. A bio whose sentences were swapped and
    reworded scores ~0.6-0.8; two bios of different people with the same shape ~0.2."""
    return sets_similarity(sentence_words(a), sentence_words(b))


def sentence_sketch(block: str) -> str:
    """`sentence_words` of a bio to store: each sentence's words as 16-bit hashes in hex, the
    sentences joined by "."."""
    return ".".join("".join(f"{h:04x}" for h in sorted({xxh3_64_intdigest(w.encode()) & 0xFFFF for w in words}))
                    for words in sentence_words(block)[:_MAX_SENTENCES])


def sketch_sentences(sketch: str) -> list[frozenset[str]]:
    """The sentences' word sets of a `sentence_sketch` (as hashes), for `sets_similarity`."""
    return [frozenset(part[i:i + 4] for i in range(0, len(part), 4)) for part in sketch.split(".") if part]


# a name opening a sentence, then a verb of the present tense in the third person ("writes",
# "contributes", "is", "has"; not "was", "said"): who the person is, not what they did
_PROFILE_OPENING = LazyPattern(rf"{SENTENCE_START}{NAMED}\s+(?:(?:also|now|currently|regularly)\s+)?"
                               r"(?!was\b|says\b|does\b|has\s+(?:said|told|been\s+(?:charged|accused|arrested)))"
                               r"\p{Ll}[\p{Ll}'’-]*(?<=[^su]s)\b", regex.V0 | regex.MULTILINE)
_MAX_PROFILE_SENTENCES = 8


def profile_name(paragraph: str) -> str | None:
    """The person `paragraph` is a profile of, by its shape alone, or None: a sentence opens with a
    name and a verb of the present tense (`_PROFILE_OPENING`), every sentence names that person or
    refers to them (one person's pronouns, at least one), nothing is reported, quoted or said in the first person,
    and it is as short as a bio. Not a bio on its own (see the module's docstring).

    Every test must pass, so they are asked the most telling for their cost first (CL410 asks ~11,000
    paragraphs per 10 MB; a pronoun and the opening leave ~3% of them, the word count was the costliest)."""
    text = paragraph.strip()
    if OPENING_QUOTE.match(text) or not PERSON_WORD.search(text):
        return None  # a person is referred to as one (he, her...): a place or a company "is" too ("Wake County is")
    cased = in_sentence_case(text)
    opening = _PROFILE_OPENING.search(cased)
    if opening is None:
        return None
    if FIRST_PERSON.search(text) or REPORTING.search(text) or (HE.search(text) and SHE.search(text)):
        return None
    if not 5 <= len(WORD.findall(text)) <= BIO_MAX_WORDS:
        return None
    text = cased
    name = " ".join(opening.group("name").split())
    if len(sentence_words(text)) > _MAX_PROFILE_SENTENCES or not about_one_person(text, name):
        return None
    return name
