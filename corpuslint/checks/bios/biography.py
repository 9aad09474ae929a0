"""Recognising an author bio: a short third-person paragraph about a person (usually the writer).

A bio is recognised by what it is, not by a list of known bios:

* its subject is a person: a sentence opens with a name (two to five capitalised words, initials
  allowed) or "He"/"She", followed by a bio predicate: "is a senior reporter for ...", "is
  contributing writer at ...", "lives in Chicago", "is the author of ...";
* it carries bio cues: "About the author", "His new book ...", "Her work has appeared in ...",
  "award-winning", contact details ("can be reached at" + an email, "Follow Evan McMurry
  (@evanmcmurry) on Twitter", "Visit his blog ...");
* it is short (bios run to a few sentences), third person, and not reported speech ("said",
  "told", a paragraph that opens with a quotation mark weigh against it);
* it sits at the end of an article (pass `position` when you know it).

Each cue has a weight; the score is 1 - prod(1 - w) over the cues found (so independent cues
add up without passing 1), then scaled down for length, reported speech, first person and an
early position. A paragraph that only says "who lives in" or "is a senior military figure" about
a news subject scores 0: those predicates count only after a name or pronoun that opens a
sentence, and only with a bio role (author, reporter, editor, professor, fellow, ...).

Public API:

* `bio_evidence(paragraph, position=None) -> BioEvidence` — score, the cues found, the name.
* `bio_score(paragraph, position=None) -> float` — 0.0 .. 1.0.
* `is_bio(paragraph, position=None, threshold=BIO_THRESHOLD) -> bool`.
* `find_bios(text, spans=None, threshold=BIO_THRESHOLD)` — the bio paragraphs of a whole
  document, scored with their position.

`position` is where the paragraph starts in its document, as a fraction 0.0 (top) .. 1.0 (end).

Cost: about 0.1-0.2 ms per paragraph that passes the literal prefilter (the cue scan is one
`regex` alternation, run with `overlapped=True` so that cues sharing words all count). Score the
paragraphs you have a reason to look at (the last few of a document, paragraphs repeated across
documents) rather than every paragraph of a large corpus.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import regex

from corpuslint.checks.bios.persons import (
    FIRST_PERSON, HE, NAME, NAMED, OPENING_QUOTE, PERSON_WORD, REPORTING, SENTENCE_START, SHE, WORD,
)
from corpuslint.textutil import LazyPattern, Span, paragraphs

__all__ = ["BIO_THRESHOLD", "CUE_BRANCHES", "BioEvidence",
           "about_one_person", "bio_evidence", "bio_score", "find_bios", "in_sentence_case", "is_bio", "may_be_bio",
           "sentences"]

BIO_THRESHOLD = 0.5


# Roles that bios give: writing, editing, reporting, teaching, research.
# written small or as a title ("is the Security Editor at Ars Technica": ars-1's author box)
_ROLE_NAMES = ("author co-author coauthor writer journalist reporter editor columnist correspondent contributor "
               "commentator blogger novelist historian professor lecturer fellow analyst scholar essayist "
               "critic economist researcher broadcaster anchor podcaster").split()
# "freelance" before a trade (a noun of agent, -er/-or/-ist/-ian/-ant/-ent, ending the phrase) says the
# role is a person's, whatever the trade ("an NBC News freelance producer", bio_probe's schema-org
# box): a company is not freelance, and "a freelance job board" names no trade
_TRADE = (r"[Ff]reelance\s+\p{Ll}[\p{L}-]*(?:er|or|ist|ian|ant|ent)"
          r"(?!\s+(?!(?:based|who|and|or|for|at|with|in|from|of|on|covering|since)\b)\p{Ll})")
_ROLE = ("(?:" + "|".join(f"[{w[0].upper()}{w[0]}]{w[1:]}" for w in _ROLE_NAMES)
         + rf"|[Ff]reelancer|{_TRADE})s?")
_DETERMINER = r"(?:(?:also|now|currently|formerly)\s+)?(?:one\s+of\s+)?(?:(?:an?|the|\p{Lu}[\w.]*['’]s)\s+)?"
# "is a senior reporter for", "is contributing writer at", "is Politico's senior media writer"
_MODIFIER = (r"(?!(?:for|to|of|in|on|at|with|by|from|that|who|which|not|never|always|looking|being|"
             r"going|said|says|also)\b)[\w’'.,-]+\s+")
_ROLE_PREDICATE = rf"(?:is|was|has\s+been|serves\s+as|works\s+as)\s+{_DETERMINER}(?:{_MODIFIER}){{0,6}}?{_ROLE}\b"


CUES: dict[str, float] = {
    "about-the-author": 0.7,
    "name-role": 0.6,
    "pronoun-role": 0.35,
    "name-affiliation": 0.35,
    "author-of": 0.5,
    "new-book": 0.35,
    "work-appeared": 0.5,
    "name-lives-in": 0.4,
    "pronoun-lives-in": 0.3,
    "reach-at": 0.45,
    "follow-on-twitter-start": 0.55,
    "follow-on-twitter": 0.35,
    "visit-blog": 0.4,
    "writes-about": 0.35,
    "award-winning": 0.2,
    "author-box": 0.55,
    "email": 0.15,
    "handle": 0.15,
}

_ROLE_WORDS = ("freelance", "author", "writer", "journalist", "reporter", "editor", "columnist", "correspondent", "contributor",
               "commentator", "blogger", "novelist", "historian", "professor", "lecturer", "fellow", "analyst",
               "scholar", "essayist", "critic", "economist", "researcher", "broadcaster", "anchor", "podcaster")

# One pattern per cue, in priority order, with the words (in the case-folded paragraph) without
# which it cannot match.
_CUE_SOURCES: tuple[tuple[str, str, tuple[str, ...]], ...] = (
    # the box's label, or a profile's "Bio:" ("Bio: I write things. I hope you like them.")
    ("about_the_author", r"^\W{0,3}(?i:about\s+the\s+(?:author|writer|contributor)s?\b|(?:author\s+)?bio(?:graphy)?\s*:)",
     ("author", "writer", "contributor", "bio")),  # ("about" alone is too common to say anything)
    ("name_role", rf"{SENTENCE_START}{NAMED}\s*(?:\([^)]{{1,40}}\)\s*)?,?\s+{_ROLE_PREDICATE}", _ROLE_WORDS),
    ("pronoun_role", rf"{SENTENCE_START}(?:He|She)\s+{_ROLE_PREDICATE}", _ROLE_WORDS),
    # a name, then a post at a place by shape, whatever the post ("Duncan Bell is a Reader in the
    # Department of Politics", "Zach Hanlon is a marketing and sales expert who has worked with IBM"):
    # weaker than a bio's role, it counts only with another cue (a news subject is "the president
    # of the United States"); not in `_PREFILTER_WORDS`: alone it is no bio
    ("name_affiliation", rf"{SENTENCE_START}{NAMED}\.?,?\s+(?:is|was|has\s+been|serves\s+as|works\s+as)\s+"
                         rf"{_DETERMINER}(?:{_MODIFIER}){{0,5}}?[\p{{L}}-]+\s+(?:who\s+(?:has\s+)?(?:worked|works)\s+)?"
                         rf"(?:at|of|for|with|in)\s+(?:the\s+)?\p{{Lu}}", ("at", "of", "for", "with", "in")),
    ("author_of", r"\b(?:is|was|and)\s+(?:also\s+)?(?:the\s+)?(?:co-?)?author\s+of\b", ("author",)),
    ("new_book", r"\b(?i:his|her)\s+(?:new|latest|most\s+recent|forthcoming|upcoming|first|second|third)\s+"
                 r"(?:book|novel|memoir)\b", ("book", "novel", "memoir")),
    ("work_appeared", r"\b(?i:his|her)\s+(?:work|writing|articles?|essays?|reporting)\s+(?:has|have)\s+"
                      r"(?:also\s+)?appeared\s+in\b", ("appeared",)),
    ("name_lives_in", rf"(?<!\bwho\s+)(?<!\w){NAMED}\s+(?:currently\s+|now\s+)?lives\s+(?:in|near|with)\s+\p{{Lu}}",
     ("lives",)),
    ("pronoun_lives_in", rf"{SENTENCE_START}(?:He|She)\s+(?:currently\s+|now\s+)?lives\s+(?:in|near|with)\s+\p{{Lu}}",
     ("lives",)),
    ("reach_at", r"\b(?:can|may)\s+be\s+(?:reached|contacted|emailed)\s+(?:at|via|on|by)\b|"
                 r"\b(?i:reach|contact|email|e-mail)\s+(?:him|her|them)\s+(?:at|via|on)\b", ("reach", "contact", "mail")),
    ("follow_on_twitter_start", rf"^\W{{0,8}}Follow\s+(?:{NAMED}|him|her)\s*(?:\(@\w{{1,15}}\)\s*)?on\s+"
                                rf"(?:Twitter|Facebook|Instagram)\b", ("follow",)),
    ("follow_on_twitter", rf"\b(?i:follow)\s+(?:{NAME}|him|her)\s*(?:\(@\w{{1,15}}\)\s*)?(?:on|at)\s+"
                          rf"(?:Twitter|Facebook|Instagram)\b", ("follow",)),
    ("visit_blog", r"\b(?i:visit)\s+(?:his|her)\s+(?:blog|website|web\s+site|site|blog\s+site)\b|"
                   r"\b(?i:his|her)\s+(?:(?:personal|own|official)\s+)?(?:blog|website)\s+(?:is|at)\b",
     ("visit", "blog", "website")),
    # a writer's beat: "Shahien Nasiripour covers business for the Huffington Post", "Marguerite Reardon has
    # been covering the telecom beat" (reads24's probe), "He writes about ..."
    ("writes_about", rf"{SENTENCE_START}(?:{NAMED}|He|She)\s+(?:(?:writes|blogs|reports)\s+(?:about|on|for)|"
                     rf"covers|has\s+covered|has\s+been\s+covering)\b",
     ("writes", "blogs", "reports", "covers", "covered", "covering")),
    ("award_winning", r"\b(?i:award-winning|prize-winning|best-?selling)\s+(?:[\w-]+\s+){0,2}?"
                      r"(?:author|writer|journalist|reporter|columnist|novelist|historian|filmmaker)\b",
     ("winning", "selling")),
    # an author box's links: "More posts by Jane Doe", "Subscribe to Jane Doe's feed"
    ("author_box", rf"^\W{{0,3}}(?:(?:More|All|Other|Read\s+more|View\s+all|See\s+all)\s+(?:posts|articles|stories|columns)\s+"
                   rf"by\s+{NAMED}|Subscribe\s+to\s+{NAMED}['’]s\s+(?:feed|posts|newsletter|RSS))",
     ("posts", "articles", "stories", "columns", "feed", "newsletter", "rss")),
    ("email", r"\b[\w.+-]+@[\w-]+(?:\.[\w-]+)+\b", ("@",)),
    ("handle", r"(?<![\w@.])@\w{2,15}\b", ("@",)),
)
_FLAGS = regex.V0 | regex.MULTILINE
# All cues as one alternation, scanned with `overlapped=True`: at each position the first cue
# that matches there counts. `bio_evidence` gets the same result from the separate patterns
# below, running only those whose words the paragraph has (5-10 times faster on real bios).
# Compiled on first use (LazyPattern): together they cost ~40 ms, paid at start-up otherwise.
_CUE_PATTERN = LazyPattern("|".join(f"(?P<{name}>{source})" for name, source, _ in _CUE_SOURCES), _FLAGS)
CUE_BRANCHES = tuple((order, name.replace("_", "-"), LazyPattern(source, _FLAGS), frozenset(needs), "<name>" in source)
                      for order, (name, source, needs) in enumerate(_CUE_SOURCES))
_NEEDED = tuple(sorted({word for _, _, needs in _CUE_SOURCES for word in needs}))


_AUTOMATA: tuple = ()  # Aho-Corasick automata of `_PREFILTER_WORDS` and `_NEEDED` (bytes), built on first use


def _automata() -> tuple:
    global _AUTOMATA
    if not _AUTOMATA:
        import ahocorasick_rs

        _AUTOMATA = tuple(ahocorasick_rs.BytesAhoCorasick([word.encode() for word in words])
                          for words in (_PREFILTER_WORDS, _NEEDED))
    return _AUTOMATA


def _present(folded: str) -> set[str]:
    """The words of `_NEEDED` that `folded` holds (`set(filter(folded.__contains__, _NEEDED))`).

    One Aho-Corasick pass over the UTF-8 bytes, overlapping matches included (the words are
    ASCII, and in UTF-8 an ASCII byte is always that character): ~7x faster than 52 substring
    searches (~12 ms per 10 MB of the bench's run targets down to ~2)."""
    found = _automata()[1].find_matches_as_indexes(folded.encode("utf-8", "surrogatepass"), overlapping=True)
    return {_NEEDED[i] for i, _, _ in found}


def _prefiltered(folded: str) -> bool:
    """`_PREFILTER.search(folded) is not None`, by Aho-Corasick over the UTF-8 bytes (~4x faster:
    the trie's `re` search tries a branch at every position; ~16 ms per 10 MB)."""
    return bool(_automata()[0].find_matches_as_indexes(folded.encode("utf-8", "surrogatepass")))

# Every cue needs one of these words: one cheap literal scan (of the case-folded paragraph, with
# `re`, ~6 µs where `regex` with (?i) took ~36 µs) rules out most paragraphs.
_PREFILTER_WORDS = (
    "freelance", "author", "writer", "journalist", "reporter", "editor", "columnist", "correspondent", "contributor",
    "commentator", "blogger", "novelist", "historian", "professor", "lecturer", "fellow", "analyst", "scholar",
    "essayist", "critic", "economist", "researcher", "broadcaster", "anchor", "podcaster", "lives", "book", "novel",
    "memoir", "appeared", "reach", "contact", "mail", "follow", "visit", "blog", "website", "writes", "reports",
    "covers", "covered", "covering",
    "award", "prize", "sell", "@", "posts", "articles", "stories", "columns", "feed", "newsletter", "rss", "bio")


def _literal_trie(words) -> str:
    """A pattern that `search`es for any of `words`, as a trie ("a(?:uthor|ward)|b(?:log|ook)").

    `re` tries the branches of an alternation one after another at every position; with the
    words grouped by their first letters, a position fails after one test: the prefilter scans
    long paragraphs about twice as fast (~9 µs where the flat alternation took ~17 µs).
    A word that another starts with is enough on its own ("blog" for "blogger").
    """
    groups: dict[str, list[str]] = {}
    for word in words:
        groups.setdefault(word[0], []).append(word[1:])
    branches = []
    for first, rests in sorted(groups.items()):
        if "" in rests:
            branches.append(re.escape(first))
        elif len(rests) == 1:
            branches.append(re.escape(first + rests[0]))
        else:
            branches.append(f"{re.escape(first)}(?:{_literal_trie(rests)})")
    return "|".join(branches)


_PREFILTER = re.compile(_literal_trie(_PREFILTER_WORDS))


@dataclass(frozen=True, slots=True)
class BioEvidence:
    """Why a paragraph looks like a bio: the score, the cues found, and the person's name."""

    score: float
    cues: tuple[str, ...] = ()
    name: str | None = None
    words: int = 0

    def __bool__(self) -> bool:  # truthy when it is a bio at the default threshold
        return self.score >= BIO_THRESHOLD


# a long bio is one person's profile from its first sentence to its last: each names them or says he or
# she (Bill Zimmerman's bio of four sentences, 113 words), with a bio's cue and nothing reported
# (`_long_bio`); a long paragraph of prose turns to others, or reports what was said
_LONG_BIO_WORDS = 160
_SENTENCE_CUT = LazyPattern(r"(?<=[.!?”\"])(?<!\b\p{Lu}\.)\s+(?=[\p{Lu}\"“‘(])")  # (not after an initial: "the U.S. Senate")


def sentences(text: str) -> list[str]:
    """The sentences of a paragraph (not cut after an initial: "the U.S. Senate")."""
    return [part for part in _SENTENCE_CUT.split(text) if part.strip()]


# the cues that say what a paragraph is for, beyond naming a person: a bio's role, books, contacts, beat, box
_PROFILE_CUES = frozenset(("about-the-author", "name-role", "pronoun-role", "author-of", "new-book", "work-appeared",
                           "reach-at", "follow-on-twitter-start", "follow-on-twitter", "visit-blog", "writes-about",
                           "author-box"))


def _long_bio(text: str, name: str | None, cues: Sequence[str]) -> bool:
    """`text`, longer than a short bio, still reads as one: a profile in the writer's voice of one person.

    A bio's cue beyond a name (a role, books, contacts, a beat), nothing reported (a news paragraph about
    one person reports what he said or what was said of him: "said", "told", "according to"), one
    person's pronouns only (not "he" and "she": another person is in the story), and every sentence
    about the person (`about_one_person`)."""
    if _PROFILE_CUES.isdisjoint(cues) or REPORTING.search(text) or OPENING_QUOTE.match(text):
        return False
    if HE.search(text) and SHE.search(text):
        return False
    return about_one_person(text, name)


def about_one_person(text: str, name: str | None) -> bool:
    """Each sentence of `text` names the person (a word of `name`) or refers to them (he, her...)."""
    if not name:
        return False
    names = [regex.escape(w) for w in name.split() if len(w) > 2]
    if not names:
        return False
    named = regex.compile(r"\b(?:" + "|".join(names) + r")\b", regex.I)
    return all(named.search(part) or PERSON_WORD.search(part) for part in sentences(text))


def _length_factor(words: int, about_one: bool = False) -> float:
    if words <= 90 or (about_one and words <= _LONG_BIO_WORDS):
        return 1.0
    if words <= 150:
        return 0.8
    if words <= 250:
        return 0.5
    return 0.2


def _position_factor(position: float | None) -> float:
    if position is None:
        return 1.0
    if position >= 0.6:
        return 1.0
    if position >= 0.3:
        return 0.8
    return 0.65


def bio_evidence(paragraph: str, position: float | None = None, *, boxed: bool = False) -> BioEvidence:
    """Score how much `paragraph` looks like an author bio, and say why.

    `position` (0.0 top .. 1.0 end of the document) lowers the score of paragraphs that are not
    in the last part of the document; leave it None when unknown. `boxed`: the paragraph stands
    under an "About the author" label (`in_author_box`), which counts as that cue.
    """
    text = paragraph.strip()
    folded = text.casefold()
    if not text or not (boxed or _prefiltered(folded)):
        return BioEvidence(0.0)
    text = in_sentence_case(text)
    hits = _scan_cues(text, folded)
    found: dict[str, float] = {cue: CUES[cue] for cue, _ in hits}
    name = next((name for _, name in hits if name), None)
    if boxed:
        found.setdefault("about-the-author", CUES["about-the-author"])
    if not found:
        return BioEvidence(0.0)
    if "follow-on-twitter-start" in found:
        found.pop("follow-on-twitter", None)
    # Contact details count only next to a person cue: an email in a press release is not a bio.
    person = any(c in found for c in _PERSON_CUES)
    if not person:
        for cue in ("email", "handle", "award-winning"):
            found.pop(cue, None)
    if not found:
        return BioEvidence(0.0)
    miss = 1.0
    for weight in found.values():
        miss *= 1.0 - weight
    score = 1.0 - miss
    words = len(WORD.findall(text))
    score *= _length_factor(words, words > 90 and _long_bio(text, name, tuple(found)))
    if REPORTING.search(text):
        score *= 0.55
    if OPENING_QUOTE.match(text):
        score *= 0.5
    if FIRST_PERSON.search(text):
        score *= 0.75
    score *= _position_factor(position)
    return BioEvidence(round(score, 3), tuple(found), name, words)


# The small words of a sentence (and the cues' verbs), written small again in a paragraph in capitals
_SMALL_WORDS = frozenset(("a an the of at for in on to with by from and or as is was are were has have had been "
                          "be can may who which that also now currently formerly serves lives near writes blogs "
                          "reports covers works his her him their its based").split())
_CAPITALS = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_HAS_CAPITALS = re.compile(r"[A-Z][A-Z'.-]+\s+[A-Z]")  # a word of capitals or an initial, then a capital (cheap test)


# a name written in capitals opening a sentence, its predicate written small ("JOHN DOTSON is a ...",
# "ANNA XENOS writes ...": a newspaper's sign-off): 2-5 words of capitals or initials
_CAPITALS_NAME = LazyPattern(rf"{SENTENCE_START}\K(?:\p{{Lu}}[\p{{Lu}}'’-]+|\p{{Lu}}\.)(?:\s+(?:\p{{Lu}}[\p{{Lu}}'’-]+|\p{{Lu}}\.)){{1,4}}"
                             r"(?=,?\s+\p{Ll})", regex.V0 | regex.MULTILINE)


def in_sentence_case(text: str) -> str:
    """A paragraph written in capitals ("LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR", a
    newspaper's sign-off) as the cues read a sentence: each word capitalised, the small words of
    grammar small ("Laurie Oakes is the Nine Network Political Editor"); a name in capitals opening
    a sentence of small words ("JOHN DOTSON is a reporter") capitalised ("John Dotson is a
    reporter"); any other text as it is."""
    if not text.isupper():
        if text.isascii() and not _HAS_CAPITALS.search(text):
            return text
        return _CAPITALS_NAME.sub(lambda m: _CAPITALS.sub(lambda w: w.group(0).capitalize(), m.group(0)), text)
    if len(WORD.findall(text)) < 4:
        return text
    def word(m: re.Match) -> str:
        w = m.group(0).lower()
        return w if w in _SMALL_WORDS else w.capitalize()
    out = _CAPITALS.sub(word, text)
    return out[:1].upper() + out[1:]


def _scan_cues(text: str, folded: str) -> list[tuple[str, str | None]]:
    """(cue, name or None) of each position where a cue matches, in order of position.

    The same as `_CUE_PATTERN.finditer(text, overlapped=True)`: at a position where several cues
    match, the first in `_CUE_SOURCES` counts.
    """
    hits: dict[int, tuple[int, str, str | None]] = {}
    present = _present(folded)
    for order, cue, pattern, needs, named in CUE_BRANCHES:
        if present.isdisjoint(needs):
            continue
        for match in pattern.finditer(text, overlapped=True):
            start = match.start()
            if start not in hits or hits[start][0] > order:
                name = match.group("name") if named else None
                hits[start] = (order, cue, " ".join(name.split()) if name else None)
    return [(cue, name) for _, (_, cue, name) in sorted(hits.items())]
_PERSON_CUES = frozenset(CUES) - {"email", "handle", "award-winning"}


def may_be_bio(paragraph: str, threshold: float = BIO_THRESHOLD) -> bool:
    """False only when `bio_evidence(paragraph).score` is surely below `threshold`.

    The score without the cue patterns: every cue whose words the paragraph has counts as found
    (a cue cannot match without them), so the score computed here is never below the true one.
    Long prose with a role word ("reporters", "critics") and "said" is ruled out with literal
    tests and three searches, where `bio_evidence` runs the cue patterns: about 10 times faster
    on the run targets `corpuslint.checks.bios` asks about (none of the ~1000 in the 2000 real
    documents is a bio).
    """
    text = paragraph.strip()
    folded = text.casefold()
    if not text or not _prefiltered(folded):
        return False
    present = _present(folded)
    possible = [cue for _, cue, _, needs, _ in CUE_BRANCHES if not present.isdisjoint(needs)]
    if not any(cue in _PERSON_CUES for cue in possible):
        return False  # contact details alone do not count (see `bio_evidence`)
    miss = 1.0
    for cue in possible:
        miss *= 1.0 - CUES[cue]
    score = 1.0 - miss
    if round(score, 3) < threshold:
        return False
    if REPORTING.search(text):
        score *= 0.55
    if OPENING_QUOTE.match(text):
        score *= 0.5
    if round(score, 3) < threshold:
        return False
    if FIRST_PERSON.search(text):
        score *= 0.75
    return round(score * _length_factor(len(WORD.findall(text)), True), 3) >= threshold  # (a bound: see `bio_evidence`)


def bio_score(paragraph: str, position: float | None = None) -> float:
    """How much `paragraph` looks like an author bio, 0.0 .. 1.0 (see `bio_evidence`)."""
    return bio_evidence(paragraph, position).score


def is_bio(paragraph: str, position: float | None = None, threshold: float = BIO_THRESHOLD) -> bool:
    """True when `bio_score(paragraph, position) >= threshold`."""
    return bio_evidence(paragraph, position).score >= threshold


def find_bios(text: str, spans: Sequence[Span] | None = None,
              threshold: float = BIO_THRESHOLD) -> list[tuple[Span, BioEvidence]]:
    """The paragraphs of a document that are bios, each with its evidence (position-weighted).

    `spans` defaults to `textutil.paragraphs(text)`.
    """
    if spans is None:
        spans = paragraphs(text)
    total = max(len(text), 1)
    out = []
    for span in spans:
        evidence = bio_evidence(text[span.start:span.end], span.start / total)
        if evidence.score >= threshold:
            out.append((span, evidence))
    return out
