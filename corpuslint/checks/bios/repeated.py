"""CL410: an author bio that several documents of the corpus carry, word for word or as another
bio of the same person.

Where a bio stands decides how alike its copies must be. Among a page's last lines, any bio of
the same person counts (a site words its writer's box anew from page to page). Elsewhere (above
a page's menus and footer, in a box under the headline) the person alone is weak evidence, so
the bio must be the same text: its sketch (the word 3-grams of each of its sentences, which
reordering its sentences keeps and rewording a phrase keeps mostly, `bio_sketch`) is stored with
the person's key, and two bios are one when their sketches' Jaccard reaches `SAME_BIO`. A
paragraph given word for word in other documents is a bio by its words wherever it stands
(the copies of a stamped bio above the article, not only the one at its end)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Iterator

from pydantic import Field

from xxhash import xxh3_64_intdigest

from corpuslint.checks.bios.biography import BIO_THRESHOLD, BioEvidence, bio_evidence, may_be_bio, sentences
from corpuslint.checks.bios.likeness import SAME_SENTENCES, profile_name, sentence_sketch, sets_similarity, sketch_sentences
from corpuslint.checks.bios.unitbio import BIO_MAX_WORDS, EDGE_OF_PROSE, bio_of, prose_units
from corpuslint.checks.corpus_carriers import K_BIONAME, K_DOC, K_UNIT, SAMPLE, Carriers, carrier, carrier_follow_ups, other_place
from corpuslint.checks.corpus_features import (
    SharesFeatures, features_fingerprint,
    FINGERPRINT_VERSION, digest, doc_fingerprints, features, one_per_block, unit_fingerprints,
)
from corpuslint.models import Applicability, Document, Fix, MetadataEdit, Related, Severity, TextEdit, Violation
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, FixAvailability, StrictOptions
from corpuslint.textutil import block_removal, normalize, shorten


class RepeatedBioOptions(StrictOptions):
    min_documents: int = Field(
        2, alias="min-documents", ge=2,
        description="Independent documents that must carry the bio (or a bio of the same person).")
    field_name: str = Field("author_bio", alias="field", min_length=1,
                            description="The metadata field the fix moves the bio into.")


class RepeatedBio(SharesFeatures, CorpusRule):
    """## What it does
    Reports an author bio (a short third-person paragraph about the writer: "Josh Gerstein is a
    senior reporter for POLITICO.", "Follow Evan McMurry (@evanmcmurry) on Twitter") that occurs
    in several documents, word for word or as another bio of the same person.

    ## Why is this bad?
    A bio stamped under every article of one writer is metadata, not text: it repeats verbatim
    across the corpus, attaches the writer's name and contacts to unrelated articles, and is
    told apart from the article only by reading many of them. Kept in a metadata field, it
    stays available (for attribution) without polluting the text.

    ## Example
    In two articles by the same reporter:
    ```
    ... the judge wrote in his order.

    Josh Gerstein is a senior reporter for POLITICO.
    ```
    Use instead: the article without the last paragraph, and in its metadata
    `author_bio: Josh Gerstein is a senior reporter for POLITICO.`

    ## Options
    - `min-documents` (default 2): independent documents that carry the bio (copies of one
      article count once; in a document whose site is known, two pages count as one article
      only when nearly alike, since a whole page's template makes two articles look alike).
    - `field` (default `author_bio`): the metadata field the fix writes.

    ## Fix safety
    Unsafe: the fix removes the paragraph from the text and stores it in the metadata field
    (appended after a blank line when the field already holds another bio). It changes the
    text, and a paragraph recognised as a bio by mistake would leave the body.

    Among a page's last lines any bio of the same person counts; elsewhere (above the page's
    menus and footer) a bio counts when another document carries the same bio, reordered or
    reworded (the word 3-grams of its sentences alike, Jaccard 0.3 or more, or its sentences' words,
    each sentence matched with the most alike of the other, 0.5 or more). A copy reworded until no
    bio cue is left counts after the article when it reads as a profile of that person (a sentence
    opens with the name and a verb of the present tense, "Joe Shields writes on staff at …", every
    sentence is about that one person, nothing reported or in the first person). A paragraph given
    word for word in other articles is reported wherever it stands outside the article's prose
    (a box under the headline as well as the one under the article). A box's title that names its
    writer ("About Jane Roe") counts as an author box's label over a paragraph about that person.

    ## Known problems
    Bios are recognised by their shape (a name or pronoun with a writer's role, contact and
    follow lines, a paragraph under an author box's "About the Author" label; see
    `corpuslint.checks.bios.biography`; a bio in capitals, or opening with a name in capitals,
    is read as a sentence); a bio in an unusual form is missed (a role the cues do not name,
    "is an NBC News producer": a trade without a role word counts only after "freelance"; a
    copy reworded until no cue is left, unless another document has it with its cues), and so is a one-cue bio in the first half of a page
    when prose follows it (readers' comments: a box counts as late when past the document's
    prose, menus and footer after it or not), and a stamped line between two paragraphs of
    the article (read as the story's sentence). A bio that occurs in one document only is
    CL40x's business, not this rule's.
    """

    code = "CL410"
    name = "repeated-bio"
    family = "bios"
    uses_own_fingerprints = False  # check_corpus works from `features(doc)`
    severity = Severity.WARNING
    fingerprint_version = FINGERPRINT_VERSION
    fix_availability = FixAvailability.ALWAYS
    Options = RepeatedBioOptions
    value_kinds = frozenset({K_DOC})  # the carriers' signatures
    follow_up_kinds = frozenset({K_UNIT, K_BIONAME})

    def __init__(self, options=None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self._carriers = Carriers()

    def forget(self) -> None:
        self._carriers.forget()

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        f = features(doc, keep=self.collecting)
        yield from doc_fingerprints(self, f)
        yield from unit_fingerprints(self, f)
        after = _after_the_article(f)
        for u in f.units:
            # anywhere: a page carries its writer's bio above its menus and footer (or as a line of a
            # longer block), where another page of the site has it last, reworded (reads24's probe)
            bio = bio_of(f, u)
            if bio is not None and bio.name:
                yield Fingerprint(K_BIONAME, _name_key(bio.name), u.start, u.end, _bio_value(f, u))
            elif bio is None:
                # after the article, a profile by its shape alone: a copy of a bio reworded until no
                # cue was left, reported only beside a bio of the person with its cues (`_reworded`)
                name = _profile(f, u, after)
                if name:
                    yield Fingerprint(K_BIONAME, _profile_key(name), u.start, u.end, _bio_value(f, u))
        if self.collecting:  # the features for a check against the built index, its tail's bios included
            yield features_fingerprint(f)

    def lookups(self, doc: Document) -> Iterator[tuple[str, str]]:
        """A person's bios and profiles are stored under two keys (`_name_key`, `_profile_key`): a
        document's bio asks after her profiles, a profile after her bios (`check_corpus`); a
        distributed job answers only what is declared."""
        f = features(doc, keep=False)
        after = _after_the_article(f)
        for u in f.units:
            bio = bio_of(f, u)
            if bio is not None and bio.name:
                yield K_BIONAME, _profile_key(bio.name)
            elif bio is None and (name := _profile(f, u, after)):
                yield K_BIONAME, _name_key(name)

    def follow_ups(self, kind, key, count, occurrences, values):
        return carrier_follow_ups(kind, count, occurrences) if kind in (K_UNIT, K_BIONAME) else ()

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc, corpus=corpus)
        need = self.options.min_documents
        found = []
        after = None
        for u in f.units:
            bio = stamped = bio_of(f, u)
            if bio is None:
                if after is None:
                    after = _after_the_article(f)
                # given word for word in other documents: a bio by its words, wherever it stands (told
                # by the text first, the independent articles after: most such units are furniture);
                # the unit's count asked only of a unit that may stand out (`_may_be_stamped`)
                repeated = _may_be_stamped(u, after) and corpus.count(K_UNIT, u.key) >= need
                stamped = _stamped(f, u, after) if repeated else None
                if stamped is None:
                    reworded = self._profile_of_a_bio(corpus, f, u, after)
                    if reworded is not None:
                        found.append((u, reworded))
                    continue
            else:
                repeated = corpus.count(K_UNIT, u.key) >= need
            how, stories, occs = "word for word", 0, []
            if repeated:
                stories, _edge, occs = self._carriers.groups(corpus, K_UNIT, u.key)
            if repeated and stories < need and f.site:
                # pages of one site share its template: two articles of it can look like one story
                texts = {carrier(K_UNIT, o.value)[1] for o in corpus.occurrences(K_UNIT, u.key, limit=SAMPLE)}
                if self._carriers.site_articles(corpus, texts, need) >= need:
                    stories = need
            if bio is None:
                if stories < need:
                    continue
                bio = stamped
            name = _name_key(bio.name) if bio.name else ""
            if stories < need and name and corpus.count(K_BIONAME, name) >= need:
                if u.tail:  # among the page's last lines: any bio of the person
                    stories, _edge, occs = self._carriers.groups(corpus, K_BIONAME, name)
                    texts = {carrier(K_BIONAME, o.value)[1] for o in corpus.occurrences(K_BIONAME, name, limit=SAMPLE)}
                elif u.line and f.text[u.start:u.end].rstrip("\"'”’)]")[-1:] not in ".!?…":
                    continue  # a line of hard-wrapped prose quoting a bio ("… `Josh Gerstein is a senior reporter for")
                else:  # elsewhere: the same bio, reordered or reworded
                    occs = self._same_bio(corpus, name, f.text[u.start:u.end])
                    texts = {carrier(K_BIONAME, o.value)[1] for o in occs}
                    stories = self._carriers.independent(corpus, texts, need)
                if stories < need and f.site:  # two short pages of one site alike by their bio alone
                    if self._carriers.site_articles(corpus, texts, need) >= need:
                        stories = need
                how = f"as a bio of {bio.name}"
            if stories < need and name and _closes(f.text[u.start:u.end]):
                # its copies on other pages reworded, sentence by sentence alike: a bio with its cues, or
                # one that lost them (`likeness.profile_name`)
                block = f.text[u.start:u.end]
                alike = self._alike(corpus, name, block)
                if corpus.count(K_BIONAME, _profile_key(bio.name)):
                    alike += self._alike(corpus, _profile_key(bio.name), block)
                if len(alike) > 1 or alike and carrier(K_BIONAME, alike[0].value)[1] != f.text_hash:
                    texts = {f.text_hash} | {carrier(K_BIONAME, o.value)[1] for o in alike}
                    stories = self._site_or_independent(corpus, f, texts, need)
                    occs, how = occs or alike, f"as a bio of {bio.name}"
            if stories >= need:
                found.append((u, (how, stories, occs, bio)))
        text = doc.text
        field_name = self.options.field_name
        for u, (how, stories, occs, bio_found) in one_per_block(found):
            bio = " ".join(text[u.start:u.end].split())
            other = other_place(occs, doc)
            start, end = block_removal(text, u.start, u.end)
            existing = doc.metadata.get(field_name)
            metadata = []
            if not (isinstance(existing, str) and bio in existing):
                value = f"{existing}\n\n{bio}" if isinstance(existing, str) and existing.strip() else bio
                metadata = [MetadataEdit(key=field_name, value=value)]
            yield Violation(
                u.start, u.end,
                f"author bio repeated across documents ({how}, in {stories}{'+' if stories >= SAMPLE else ''} "
                f"articles): `{shorten(bio, 60)}`; move it to the `{field_name}` metadata field",
                fix=Fix(title=f"move the bio to metadata `{field_name}`", applicability=Applicability.UNSAFE,
                        edits=[TextEdit(start=start, end=end)], metadata=metadata),
                related=[Related(path=other.path, line=other.line, record=other.record,
                                 message="the bio also here")] if other else [],
                source=f"bio:{bio_found.name or u.key}",
                data={"independent": stories, "name": bio_found.name, "score": bio_found.score,
                      "cues": list(bio_found.cues)},
            )


    def _same_bio(self, corpus: CorpusView, name: str, block: str) -> list:
        """The sampled carriers of a bio of the person `name` whose bio is this one (`SAME_BIO`)."""
        mine = _grams(bio_sketch(block))
        return [o for o in corpus.occurrences(K_BIONAME, name, limit=SAMPLE)
                if sketch_similarity(mine, _grams(o.value.split("~")[1])) >= SAME_BIO]

    def _alike(self, corpus: CorpusView, key: str, block: str) -> list:
        """The sampled carriers stored under `key` (a person's bios or profiles) that are this bio
        reordered or reworded: alike by their 3-grams (`SAME_BIO`) or sentence by sentence
        (`likeness.SAME_SENTENCES`)."""
        grams, mine = _grams(bio_sketch(block)), sketch_sentences(sentence_sketch(block))
        out = []
        for o in corpus.occurrences(K_BIONAME, key, limit=SAMPLE):
            _hash, sketch, sentences_ = (o.value.split("~") + ["", ""])[:3]
            if (sketch_similarity(grams, _grams(sketch)) >= SAME_BIO
                    or sets_similarity(mine, sketch_sentences(sentences_)) >= SAME_SENTENCES):
                out.append(o)
        return out

    def _site_or_independent(self, corpus: CorpusView, f, texts: set, need: int) -> int:
        """Independent documents among `texts`; two pages of one site count as two articles when their
        template alone makes them alike (as for a bio of the same person, above)."""
        stories = self._carriers.independent(corpus, texts, need)
        if stories < need and f.site and self._carriers.site_articles(corpus, texts, need) >= need:
            return need
        return stories

    def _profile_of_a_bio(self, corpus: CorpusView, f, u, after: tuple[list[int], list[int], list[int]]) -> tuple | None:
        """(how, stories, occurrences, evidence) of a profile after the article (`_profile`) that
        other documents carry as a bio with its cues, reworded: the copy that lost them."""
        name = _profile(f, u, after)
        if not name or corpus.count(K_BIONAME, _name_key(name)) < 1:
            return None
        alike = self._alike(corpus, _name_key(name), f.text[u.start:u.end])
        if not alike:
            return None
        texts = {f.text_hash} | {carrier(K_BIONAME, o.value)[1] for o in alike}
        stories = self._site_or_independent(corpus, f, texts, self.options.min_documents)
        if stories < self.options.min_documents:
            return None
        return (f"as a bio of {name}, reworded", stories, alike, BioEvidence(BIO_THRESHOLD, ("reworded-bio",), name, u.words))


def _name_key(name: str) -> str:
    return digest(normalize(name))


def _profile_key(name: str) -> str:
    """The key of a person's profiles by shape (`likeness.profile_name`), apart from their bios'."""
    return digest("profile " + normalize(name))


def _bio_value(f, u) -> str:
    """A bio's stored value: its carrier's hash, its sketch of 3-grams, its sentences' words."""
    block = f.text[u.start:u.end]
    return f"{f.text_hash}~{bio_sketch(block)}~{sentence_sketch(block)}"


def _after_the_article(f) -> tuple[list[int], list[int], list[int]]:
    """The document's prose units (`unitbio.prose_units`, in order, none inside another) as their
    starts, their ends and the running count of their words (0 first), for `_profile`'s bisections."""
    starts, ends, counts = [], [], [0]
    for v in prose_units(f):
        starts.append(v.start)
        ends.append(v.end)
        counts.append(counts[-1] + v.words)
    return starts, ends, counts


def _closes(block: str) -> bool:
    """`block` ends a sentence (a line of hard-wrapped prose ends mid-sentence)."""
    return block.rstrip("\"'”’)]")[-1:] in ".!?…"


def _profile(f, u, prose: tuple[list[int], list[int], list[int]]) -> str | None:
    """The person a unit after the article is a profile of by its shape (`likeness.profile_name`),
    or None. After the article: among the last lines, or all but `EDGE_OF_PROSE` of the prose
    words of the rest of the document stand before it. Kept on the unit (`CorpusUnit.profile`):
    the fingerprints, `lookups` and the check ask it of the same units (`prose` is the document's)."""
    if not u.profile_done:
        u.profile = _profile_found(f, u, prose)
        u.profile_done = True
    return u.profile


def _profile_found(f, u, prose: tuple[list[int], list[int], list[int]]) -> str | None:
    if not 5 <= u.words <= BIO_MAX_WORDS:
        return None
    block = f.text[u.start:u.end]
    if not _closes(block):
        return None
    if not u.tail:
        starts, ends, counts = prose
        before = counts[bisect_right(ends, u.start)]
        own = counts[bisect_right(ends, u.end)] - counts[bisect_left(starts, u.start)]
        rest = counts[-1] - max(own, 0)
        if rest and before < (1 - EDGE_OF_PROSE) * rest:
            return None
    return profile_name(block)


def _stamped(f, u, prose: tuple[list[int], list[int], list[int]]) -> BioEvidence | None:
    """The unit's bio evidence by its words alone, where it stands outside the article's prose (a
    box above it: `bio_of` lowers a bio's score in the first half of a page, where on a single page
    one cue is weak); between two of its paragraphs a line is the story's sentence. (Where it stands
    is asked first, by bisection of `prose`, the document's `_after_the_article`: of the 31,801
    repeated units of the 10 MB bench, 59% stand amid the prose, and `may_be_bio` was ~0.6 s.)"""
    if not _may_be_stamped(u, prose):
        return None
    evidence = u.words_bio
    if evidence is not None and not evidence:
        return None  # its words alone score below the threshold (`bio_of`, while collecting: ~2,800 of the
        # 13,128 units the 10 MB bench asks here were scored, ~10,000 bound by the words they lack)
    block = f.text[u.start:u.end]
    if not may_be_bio(block):
        return None
    if evidence is None:
        evidence = u.words_bio = bio_evidence(block, None)
    if evidence.score < BIO_THRESHOLD or _STATEMENTS.isdisjoint(evidence.cues):
        return None  # (an author box's link, "Read more articles by …", is the page's furniture: CL151's)
    return evidence



def _may_be_stamped(u, prose: tuple[list[int], list[int], list[int]]) -> bool:
    """`_stamped`'s tests by where the unit stands and its length, which need neither its words nor the
    corpus: `check_corpus` asks the unit's count only where they pass (on the 10 MB bench CL410 asked
    51,559 counts, now 19,831: most units stand amid the article's prose, or are too short or long for a bio)."""
    return 5 <= u.words <= BIO_MAX_WORDS and _outside_prose(u, prose)


def _outside_prose(u, prose: tuple[list[int], list[int], list[int]]) -> bool:
    """`unitbio.outside_prose(f, u)`, by bisection of the document's prose units (`_after_the_article`:
    in order, none inside another, so their starts and ends are both sorted): the words of those that end
    before the unit and of those that start after it, without a loop over them all for every unit."""
    starts, ends, counts = prose
    before = counts[bisect_right(ends, u.start)]
    total = before + counts[-1] - counts[bisect_left(starts, u.end)]
    return not total or not EDGE_OF_PROSE < before / total < 1 - EDGE_OF_PROSE

# the cues of a sentence saying who the person is (not a box's link or a follow plea)
_STATEMENTS = frozenset(("name-role", "pronoun-role", "name-affiliation", "author-of", "new-book", "work-appeared",
                         "name-lives-in", "pronoun-lives-in", "writes-about"))


SAME_BIO = 0.3  # sketches' Jaccard from which two bios of one person are one bio, reordered or reworded
_SKETCH_GRAMS = 200  # the smallest hashes kept: a bio of 160 words has ~150 word 3-grams
_GRAM = 4  # hex digits of a gram's hash in the sketch


def bio_sketch(block: str) -> str:
    """A bio as the set of its sentences' word 3-grams (none across two sentences, so reordering
    them keeps the set; a sentence of one or two words is one gram), each a 16-bit hash in hex."""
    grams = set()
    for sentence in sentences(block):
        words = normalize(sentence).split()
        if len(words) < 3:
            if words:
                grams.add(" ".join(words))
            continue
        grams.update(" ".join(words[i:i + 3]) for i in range(len(words) - 2))
    hashes = sorted({xxh3_64_intdigest(gram.encode()) & 0xFFFF for gram in grams})[:_SKETCH_GRAMS]
    return "".join(f"{h:04x}" for h in hashes)


def _grams(sketch: str) -> frozenset[str]:
    return frozenset(sketch[i:i + _GRAM] for i in range(0, len(sketch), _GRAM))


def sketch_similarity(a: frozenset[str], b: frozenset[str]) -> float:
    """The Jaccard of two sketches' grams (0.0 when either is empty)."""
    return len(a & b) / len(a | b) if a and b else 0.0

