"""Finding the text a document gives twice: exact, normalised and near copies of a unit, and runs
of short units that together copy one paragraph; each copy classified as a bio, a quotation or
another paragraph (see the package docstring for the method)."""

from __future__ import annotations

import threading
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import regex

from corpuslint.checks.bios.biography import BIO_THRESHOLD, BioEvidence, bio_evidence, may_be_bio
from corpuslint.checks.bios.unitbio import in_author_box
from corpuslint.checks.bios.likeness import SAME_SENTENCES, profile_name, sentence_similarity
from corpuslint.checks.bios.options import CopyOptions
from corpuslint.checks.bios.placement import between_prose, placed
from corpuslint.checks.bios.prefilter import (
    prefilter_applies, units_around, units_on_lines, candidate_lines,
)
from corpuslint.checks.bios.units import (
    CLOSING, CopyUnit, UnitList, collapse_spaces, crumb_naming, formula_like, ready, record_key, trails_off, units_of,
)
from corpuslint.models import Document
from corpuslint.textutil import blank_before
from corpuslint.checks.bios.runs import BIO_OVERLAP, BIO_SHARED, add_neighbours, best_run, both_bios


_NO_BIO = BioEvidence(0.0)  # `bio_of` of a unit `may_be_bio` rules out
_RUN_TARGET_WORDS = 15
_MAX_POSTING = 64  # a shingle in more units than this is common phrasing, not evidence
# Two bios of the same person are copies at a lower similarity than other text: a bio is
# re-worded between a footer and an "About the author" box ("Award-winning author ...", a
# sentence more, another blog address).
_BIO_SENTENCE_SHARED = 3  # shingles two bios must share before their sentences are compared
_BIO_SENTENCES = SAME_SENTENCES  # sentence-set similarity from which two bios of one person are one bio
# A short capitalised label opening a line, "Label: text": a picture's caption that gives a sentence
# of the story again under it ("Tragic: Serena Shim, who worked for …", news sites print captions so,
# without a full stop), a related link's or a tweet's line ("Opinion: …", "Twitter: …").
OPENING_LABEL = regex.compile(r"\s*\p{Lu}[\p{L}'’ -]{0,30}:\s")
# A caption or sentence given again right under itself, retouched: a credit glued on ("in
# Washington.Win McNamee/Getty Images"), a name spelled another way ("Kobane"/"Kobani"), a word
# more. Next to each other, opening with the same words and giving the same figures, two units are
# copies from a lower containment (0.86 in fnc1-train-2249, session 10's recall read): on
# ../shared/corpora, the pairs at 0.8-0.9 that are neighbours with one opening are all copies but
# one, which gave another price ("would cost over $8,300" / "more than $3,200": two claims).
_NEXT_CONTAINMENT = 0.8
_OPENING_WORDS = 6


def _reordered(a: str, b: str) -> bool:
    """Whether two units differ only in the order of their characters: the same characters, each as
    often, a mark moved (`typing “dd”.` and `typing “dd.”`, a style guide's point, tester26). A scraper
    gives a copy again as it was, or with its case, digits, links or marks changed, never with a mark
    moved inside a quotation: such a pair is the text's own contrast."""
    a, b = collapse_spaces(a), collapse_spaces(b)
    return a != b and len(a) == len(b) and sorted(a) == sorted(b)


def _same_opening_and_figures(a: CopyUnit, b: CopyUnit) -> bool:
    """`a` and `b` open with the same words and carry the same figures (words with a digit)."""
    if len(a.tokens) < _OPENING_WORDS or a.tokens[:_OPENING_WORDS] != b.tokens[:_OPENING_WORDS]:
        return False
    figures = [t for t in a.tokens if any(48 <= c <= 57 for c in t)]
    return figures == [t for t in b.tokens if any(48 <= c <= 57 for c in t)]


def _closes_sentence(text: str, unit: CopyUnit) -> bool:
    """The story's sentences end with a full stop; captions, bullets and headings do not."""
    return text[unit.start:unit.end].rstrip(CLOSING).endswith((".", "!", "?"))


@dataclass(slots=True)
class Copy:
    """One repeat: the later copy, the earlier one, and how alike they are."""

    later: tuple[int, int]
    earlier: tuple[int, int]
    kind: str  # "exact", "normalized", "near", "run"
    similarity: float
    measure: str
    jaccard: float
    containment: float
    keep_later: bool  # which copy the fix keeps
    bio: bool = False
    bio_score: float = 0.0
    bio_name: str | None = None
    later_run: bool = False  # the later copy is a run of several units
    earlier_run: bool = False
    later_units: tuple[int, int] = (0, 0)  # first and last unit of each copy
    earlier_units: tuple[int, int] = (0, 0)
    quotation: bool = False  # a quotation given twice (a pull quote), not part of a repeated region
    caption: bool = False  # one copy is in the story's flow, the other not (`_choose_kept`): the flow one is kept
    in_text: bool = False  # both are sentences, one among the article's paragraphs, one not: it is kept
    # which copy is in the story's flow decided the fix: "sentence" or "headline" (the kept one), and
    # the label of the removed one ("Twitter:"), if it has one
    kept_as: str = ""
    removed_label: str = ""
    lost: str = ""  # words of the removed copy that the kept one does not have (the fix says so)
    undecided: bool = False  # neither copy is in the flow, or both are, and each has words of its own: no fix
    # an exact copy whose kept (first) copy stands among the page's furniture and the removed one among the
    # article's prose: its fix is unsafe (`_classify`)
    out_of_place: bool = False

    @property
    def category(self) -> str:
        """Which rule reports it: "bio" (CL401), "paragraph" (CL402) or "quotation" (CL403)."""
        return "bio" if self.bio else "quotation" if self.quotation else "paragraph"


# -- the analysis -----------------------------------------------------------------------------
def find_copies(text: str, options: CopyOptions, *, prefilter: bool = True) -> list[Copy]:
    """Every later copy of a paragraph (or run of paragraphs) in `text`, in document order.

    `prefilter=False` analyses every unit (the reference the prefilter is tested against).
    """
    k = options.shingle_size
    lines = None
    active: Sequence[int]
    if prefilter and prefilter_applies(options):
        lines = candidate_lines(text)
        if lines is None:
            return []
    around = None if lines is None else units_around(text, lines)
    if around is not None:
        units, active = around
        n = len(units)
    else:
        units = UnitList(units_of(text, tokenise=False))
        n = len(units)
        if n < 2:
            return []
        active = range(n) if lines is None else units_on_lines(text, units, lines)
    if len(active) < 2:
        return []
    restricted = lines is not None
    for j in active:
        ready(text, units[j], k)
    copies: list[Copy] = []
    reported: set[int] = set()  # units already reported as a later copy (or part of one)
    involved: set[int] = set()  # units already part of some copy

    def long_enough(u: CopyUnit) -> bool:
        return not u.listy and u.words >= options.min_words and len(u.key) >= options.min_chars

    # 1. exact copies (after normalisation); short ones only if they are bios
    first: dict[str, int] = {}
    for j in active:
        u = units[j]
        if not u.key or u.listy or u.words < min(options.min_words, options.min_bio_words):
            continue
        i = first.setdefault(u.key, j)
        if i == j:
            continue
        earlier = units[i]
        identical = collapse_spaces(text[earlier.start:earlier.end]) == collapse_spaces(text[u.start:u.end])
        if not identical and formula_like(text, u):
            continue  # the same letters and digits, other operators: another formula
        if not identical and _reordered(text[earlier.start:earlier.end], text[u.start:u.end]):
            reported.add(j)  # the text sets two spellings side by side: no copy, nor a near one
            involved.update((i, j))
            continue
        # which copy the fix keeps (the first, or the story's sentence): `_choose_kept`
        copy = Copy((u.start, u.end), (earlier.start, earlier.end), "exact" if identical else "normalized",
                    1.0, "exact", 1.0, 1.0, keep_later=False, later_units=(j, j), earlier_units=(i, i))
        if not long_enough(u):
            evidence = bio_evidence(text[u.start:u.end])
            if evidence.score < BIO_THRESHOLD or u.words < options.min_bio_words:
                continue
        copies.append(copy)
        reported.add(j)
        involved.update((i, j))

    if n > options.max_paragraphs:
        return _classify(text, units, copies, k)

    # Shingles as word tuples (fast, in memory). Only shingles that occur in two units or more
    # can make a copy, so only those go into the postings; most units have none and cost nothing.
    seen: set[int] = set()
    repeated: set[int] = set()
    for j in active:
        mine = units[j].shingles
        if mine:
            if not seen.isdisjoint(mine):
                repeated |= seen & mine
            seen |= mine
    if not repeated:
        return _classify(text, units, copies, k)
    postings: dict = {}
    for j in active:
        u = units[j]
        if u.shingles and not u.shingles.isdisjoint(repeated):
            for s in u.shingles & repeated:
                plist = postings.get(s)
                if plist is None:
                    postings[s] = [j]
                else:
                    plist.append(j)

    bio_cache: dict = {}

    def bio_of(key):
        """Bio evidence of a unit (an index) or of a run of units (a (first, last) pair); a zero
        score where `may_be_bio` proves it below the threshold (every caller only asks whether
        it reaches it): most units that share a phrase are not bios, and the cue patterns are
        the slow part of `bio_evidence`."""
        found = bio_cache.get(key)
        if found is None:
            lo, hi = key if isinstance(key, tuple) else (key, key)
            start, end = units[lo].start, units[hi].end
            paragraph = text[start:end]
            if in_author_box(text, start, end):  # under an "About the author" label: that cue, whatever its words
                found = bio_cache[key] = bio_evidence(paragraph, boxed=True)
            else:
                found = bio_cache[key] = bio_evidence(paragraph) if may_be_bio(paragraph) else _NO_BIO
        return found

    def alike_bios(j: int, i: int) -> bool:
        """Both units are bios of one person, or one is and the other a profile of that person by its
        shape (`likeness.profile_name`: a copy reworded until no cue was left), standing outside the
        article's prose (not between two of its paragraphs: a story's sentence about its subject)."""
        if both_bios(bio_of, j, i):
            return True
        for bio, other in ((j, i), (i, j)):
            evidence = bio_of(bio)
            if evidence.score >= BIO_THRESHOLD and evidence.name:
                name = profile_name(text[units[other].start:units[other].end])
                if name and name.casefold() == evidence.name.casefold():
                    return not between_prose(text, units, other, bio, k)
        return False

    shared_cache: dict[int, dict[int, int]] = {}

    def shared_with(j: int) -> dict[int, int]:
        """Units sharing shingles with unit `j`, and how many (exact counts; a fresh dict)."""
        # computed once per unit for the near copies and the runs (-8 ms on the 2000 documents)
        if j not in shared_cache:
            shared_cache[j] = _shared_with(j)
        return dict(shared_cache[j])

    def _shared_with(j: int) -> dict[int, int]:
        mine = units[j].shingles
        candidates: set[int] = set()
        for s in mine & repeated:
            plist = postings[s]
            if len(plist) <= _MAX_POSTING:
                candidates.update(plist)
        candidates.discard(j)
        return {i: len(mine & units[i].shingles) for i in candidates}

    # 2. near copies, pair by pair
    reworded: list[tuple[int, int, float, float, float]] = []  # bios alike sentence by sentence (step 4)
    for j in active:
        u = units[j]
        if j in reported or not long_enough(u):
            continue
        best = None
        # in line order: the candidates come in the order of a set of shingle `hash()`es, which
        # differs from one process to the next (equal scores keep the earliest; step 4 its first)
        for i, inter in sorted(shared_with(j).items()):
            if i >= j or not long_enough(units[i]):
                continue
            a, b = len(units[i].shingles), len(u.shingles)
            jac = inter / (a + b - inter)
            small, big = min(a, b), max(a, b)
            cont = inter / small
            near = jac >= options.near_threshold or (
                small >= options.min_length_ratio * big
                and (cont >= options.containment_threshold
                     or (cont >= _NEXT_CONTAINMENT and i == j - 1 and _same_opening_and_figures(units[i], u))))
            sentences = 0.0
            if not near:
                if not (cont >= BIO_OVERLAP and inter >= BIO_SHARED and both_bios(bio_of, j, i)):
                    # a bio given again with its sentences in another order and reworded: its
                    # shingles differ, its sentences' words do not (sentence-set similarity)
                    if inter < _BIO_SENTENCE_SHARED or not alike_bios(j, i):
                        continue
                    sentences = sentence_similarity(text[units[i].start:units[i].end], text[u.start:u.end])
                    if sentences >= _BIO_SENTENCES:
                        reworded.append((j, i, round(sentences, 3), round(jac, 3), round(cont, 3)))
                    continue
            score = max(jac, cont if small >= options.min_length_ratio * big else 0.0)
            if not near:
                score = cont
            if best is None or score > best[0]:
                best = (score, i, jac, cont)
        if best is None:
            continue
        score, i, jac, cont = best
        if formula_like(text, u) or formula_like(text, units[i]):
            continue  # formulas alike in letters and digits may differ in every operator
        if crumb_naming(text, units[i], u) or crumb_naming(text, u, units[i]):
            continue  # a breadcrumb trail ends with its page's headline: navigation, not a copy
        earlier = units[i]
        keep_later = len(u.shingles) > len(earlier.shingles)  # the fuller, unless `_choose_kept` knows better
        measure = "jaccard" if score == jac else "containment"
        copies.append(Copy((u.start, u.end), (earlier.start, earlier.end), "near", round(score, 3), measure,
                           round(jac, 3), round(cont, 3), keep_later=keep_later, later_units=(j, j),
                           earlier_units=(i, i)))
        reported.add(j)
        involved.update((i, j))

    # 3. a run of consecutive units that together nearly equals one other unit
    for t in active:
        target = units[t]
        if t in involved or target.listy or target.words < _RUN_TARGET_WORDS or not target.shingles:
            continue
        counts = shared_with(t)
        if restricted and counts:
            # Short units next to a unit that shares a clause with the target (a "He said:", a
            # bio's last line) share no key but may still belong to the run: look at them too,
            # when a run could reach the target's coverage or the target is a bio.
            add_neighbours(text, units, t, counts, options, k, involved, bio_of)
        if len(counts) < 2:
            continue
        run = best_run(text, units, t, counts, options, involved, bio_of)
        if run is None:
            continue
        lo, hi, inter_run, run_size, _bio = run
        cont = inter_run / run_size
        jac = inter_run / (run_size + len(target.shingles) - inter_run)
        overlap = inter_run / min(run_size, len(target.shingles))
        first_unit, last_unit = units[lo], units[hi]
        run_span = (first_unit.start, last_unit.end)
        target_span = (target.start, target.end)
        run_is_later = lo > t
        target_fuller = len(target.shingles) >= run_size
        if run_is_later:
            later, earlier, keep_later = run_span, target_span, not target_fuller
        else:
            later, earlier, keep_later = target_span, run_span, target_fuller
        copies.append(Copy(later, earlier, "run", round(overlap, 3), "containment", round(jac, 3), round(cont, 3),
                           keep_later=keep_later, later_run=run_is_later, earlier_run=not run_is_later,
                           later_units=(lo, hi) if run_is_later else (t, t),
                           earlier_units=(t, t) if run_is_later else (lo, hi)))
        involved.update(range(lo, hi + 1))
        involved.add(t)
    # 4. a bio given again reworded, its sentences in another order, where nothing closer was found
    for j, i, sentences, jac, cont in reworded:
        if j in involved or i in involved:
            continue
        u, earlier = units[j], units[i]
        copies.append(Copy((u.start, u.end), (earlier.start, earlier.end), "near", sentences, "sentences", jac, cont,
                           keep_later=len(u.shingles) > len(earlier.shingles), later_units=(j, j),
                           earlier_units=(i, i)))
        reported.add(j)
        involved.update((i, j))
    copies.sort(key=lambda c: c.later)
    return _classify(text, units, copies, k)


QUOTATION = regex.compile(r"^(?:[\w'’ -]{1,30}:\s*)?[\"“‘'«„]")
# a title that opens with a quotation and goes on after it ("'What is the sea telling us?': Māori
# tribes fearful over whale strandings", "“One girl can be silenced, …” slideshow", "'Hyper Light
# Drifter' is another indie game coming to Switch"), without a sentence's end or a speaker's verb
# ("'I was terrified', said the mother"): a headline or a teaser given twice, not a quotation
_QUOTED_TITLE = regex.compile(r"^(?!.*\b(?:said|says|told|tells|asked|asks|added|adds|wrote|writes)\b)[\"“‘'«„](?:(?![.!?]\s)[^\n]){2,200}?[\"”’'»](?=[\s:;,\-–—])[\p{P}\s]*\p{L}[^\n]*"
                           r"(?<![.!?][\"”’'»)]?)$")


def _quotation(text: str) -> bool:
    """A quotation given on its own (a pull quote, a caption that quotes), not a title quoting one."""
    return QUOTATION.match(text) is not None and _QUOTED_TITLE.match(text.strip()) is None


def _other_records(text: str, copy: Copy) -> bool:
    """The copies are two records with other keys: the same fields but a key written otherwise
    (libxtables12's DEP-5 stanzas for `Files: …/ipt_TTL.h` and `Files: …/ipt_ttl.h`, two files on
    a case-sensitive file system, whose copyright lines differ only in a link): each its own record."""
    earlier, later = record_key(text, *copy.earlier), record_key(text, *copy.later)
    return earlier is not None and later is not None and earlier[0] == later[0] and earlier[1] != later[1]


def _classify(text: str, units: UnitList, copies: list[Copy], k: int = 3) -> list[Copy]:
    """Mark bios, and quotations given twice that are not part of a larger repeated region; drop two
    records of other keys."""
    copies = [c for c in copies if not _other_records(text, c)]
    pairs = {c.later_units[0]: c.earlier_units[0] for c in copies if c.later_units[0] == c.later_units[1]}

    def neighbour(j: int, step: int) -> int:
        j += step
        while 0 <= j < len(units) and not ready(text, units.get(j), k).key:
            j += step
        return j

    for copy in copies:
        later = bio_evidence(text[copy.later[0]:copy.later[1]])
        earlier = bio_evidence(text[copy.earlier[0]:copy.earlier[1]])
        best = later if later.score >= earlier.score else earlier
        copy.bio = best.score >= BIO_THRESHOLD
        copy.bio_score = best.score
        copy.bio_name = best.name
        if copy.bio or copy.later_run or copy.earlier_run:
            continue
        j, i = copy.later_units[0], copy.earlier_units[0]
        if not (_quotation(text[copy.later[0]:copy.later[1]]) or _quotation(text[copy.earlier[0]:copy.earlier[1]])):
            continue
        in_region = any(pairs.get(neighbour(j, step)) == neighbour(i, step) for step in (-1, 1))
        copy.quotation = not in_region
    for copy in copies:
        if copy.bio or copy.later_run or copy.earlier_run:
            continue
        i, j = copy.earlier_units[0], copy.later_units[0]
        if copy.kind != "exact":
            _choose_kept(text, units[i], units[j], copy, lambda: placed(text, units, i, j, k))
        elif _in_flow(text, units[i]) == _in_flow(text, units[j]) == "sentence":
            # the first copy is kept; place is no sure guide to switch (a lede given first in a share
            # box, but as often a comment a reply quotes word for word), but where it says the first
            # copy is the furniture's, removing the other is not certain to be right
            copy.out_of_place = placed(text, units, i, j, k) is True
    return copies


# -- which copy the fix keeps -----------------------------------------------------------------

_QUOTE_OPENING = "\"“‘'«„"


def _label(text: str, unit: CopyUnit) -> str:
    """The short label a caption, a tweet's rendering or a link line opens with ("Advance: ",
    "Twitter: ", "Click to WATCH: "), or "". A speaker's clause before a quotation ("He added: \"…")
    is the story's, not a label."""
    label = OPENING_LABEL.match(text, unit.start, unit.end)
    if label is None or len(label.group().split()) > 4:
        return ""
    if text[label.end():label.end() + 1] in _QUOTE_OPENING:
        return ""
    return label.group().strip()


def _in_flow(text: str, unit: CopyUnit) -> str:
    """"sentence" for a sentence of the story (it closes with its full stop and has no label), else
    "headline" for the document's first line, else "" (a caption, a label line, a teaser, a link).
    A sentence outranks a first line without its full stop (a Daily Mail page opens with a caption);
    the first line with its full stop is the story's opening, with its dateline ("New Delhi: …"),
    unless it trails off ("… Only one escaped their teenage hunger..."): a standfirst, a teaser."""
    top = blank_before(text, unit.start)
    if _closes_sentence(text, unit) and (top or not _label(text, unit)):
        if top and trails_off(text, unit):
            return "headline"
        return "sentence"
    return "headline" if top else ""


_FLOW_RANK = {"sentence": 2, "headline": 1, "": 0}


# A caption's label, a tweet's "Twitter: Name -", a "(pictured)" are a few words; a copy that
# carries more of its own (a picture's description, a tweet's signature "— Name (@handle) date", a
# sentence more) is content: no fix removes it
_LOST_WORDS = 4  # besides the label's own words
_KEY_WORD = regex.compile(r"[\p{L}\d]+")  # "That's" is two words of a unit's key


def _own_words(removed: CopyUnit, kept: CopyUnit) -> list[str]:
    """The words of `removed` that `kept` does not have, in their order."""
    have = set(kept.key.split())
    return [w for w in removed.key.split() if w not in have]


def _choose_kept(text: str, earlier: CopyUnit, later: CopyUnit, copy: Copy,
                 place: Callable[[], bool | None] = lambda: None) -> None:
    """Keep the copy in the story's flow (a sentence among its paragraphs, the headline at the top)
    and remove the one that is not (a caption, a label line, a tweet's rendering, a link); of two
    sentences, keep the one that stands among the article's prose paragraphs over one among the
    page's furniture (`place()`, `placement.placed`: the lede over its teaser under the tag list)
    where the fuller (or first) copy is the one outside, and only if nothing is lost by it;
    when shape and place do not tell them apart, keep the fuller one if the other has no words of
    its own, and offer no fix otherwise (`undecided`): the fix never loses words without saying so."""
    flow_earlier, flow_later = _in_flow(text, earlier), _in_flow(text, later)
    if flow_earlier != flow_later:
        copy.keep_later = _FLOW_RANK[flow_later] > _FLOW_RANK[flow_earlier]
        copy.caption = True
        copy.kept_as = flow_later if copy.keep_later else flow_earlier
    else:
        copy.caption = False
        by_place = place() if flow_earlier == "sentence" else None
        if by_place is not None and by_place != copy.keep_later:
            copy.keep_later = by_place  # the fuller (or first) copy is the one outside the article
            copy.in_text = True
    kept, removed = (later, earlier) if copy.keep_later else (earlier, later)
    removed_flow = flow_earlier if copy.keep_later else flow_later
    copy.removed_label = _label(text, removed)
    lost = _own_words(removed, kept)
    copy.lost = " ".join(lost)
    # undecided: no copy is the flow's, or the one removed has more than a label of its own, or it is
    # the first line (a headline, a standfirst) with words the story's sentence does not have
    label_words = set(_KEY_WORD.findall(copy.removed_label.casefold()))
    beyond_label = [w for w in lost if w not in label_words]
    if copy.in_text:
        # place alone never loses words: only a teaser's word cut off by its "..." may go
        cut = _cut_word(text, removed)
        copy.undecided = any(w != cut for w in lost)
    elif lost and (not copy.caption or len(beyond_label) > _LOST_WORDS or removed_flow == "headline"):
        copy.undecided = True


def _cut_word(text: str, unit: CopyUnit) -> str | None:
    """The last word of a unit that trails off (`… Federal Reserve Ban...`): a teaser cut at its
    length, the word a fragment, not words of its own."""
    if trails_off(text, unit):
        return unit.key.rsplit(" ", 1)[-1]
    return None


_CACHE = threading.local()


def copies_in(doc: Document, options: CopyOptions) -> list[Copy]:
    """`find_copies` for one document, computed once for both rules (a one-entry cache)."""
    key = tuple(options.__dict__.values())  # the field values (model_dump_json cost ~8 ms per 2000 docs)
    if (cached := getattr(_CACHE, "entry", None)) is not None and cached[0] is doc.text and cached[1] == key:
        return cached[2]
    result = []  # a chat record: each message on its own (an answer quoting the question is no copy to remove)
    for start, end, _name in (doc.origin.conversation and doc.origin.parts) or ((0, len(doc.text), ""),):
        for c in find_copies(doc.text[start:end], options):
            c.later, c.earlier = (c.later[0] + start, c.later[1] + start), (c.earlier[0] + start, c.earlier[1] + start)
            result.append(c)
    _CACHE.entry = (doc.text, key, result)
    return result
