"""CL410: an author bio that several documents of the corpus carry, word for word or as another
bio of the same person."""

from __future__ import annotations

from collections.abc import Iterator

from pydantic import Field

from corpuslint.checks.bios.biography import bio_of
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

    ## Known problems
    Bios are recognised by their shape (a name or pronoun with a writer's role, contact and
    follow lines, a paragraph under an author box's "About the Author" label; see
    `corpuslint.checks.bios.biography`; a bio in capitals is read as a sentence); a bio in an
    unusual form is missed (a role the cues do not name, "is an NBC News producer": a trade
    without a role word counts only after "freelance"), and so is a one-cue bio in the first
    half of a page when prose follows it (readers' comments: a box counts as late when past
    the document's prose, menus and footer after it or not). A bio that
    occurs in one document only is CL40x's business, not this rule's.
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
        for u in f.units:
            # anywhere: a page carries its writer's bio above its menus and footer (or as a line of a
            # longer block), where another page of the site has it last, reworded (reads24's probe)
            bio = bio_of(f, u)
            if bio is not None and bio.name:
                yield Fingerprint(K_BIONAME, _name_key(bio.name), u.start, u.end, f.text_hash)
        if self.collecting:  # the features for a check against the built index, its tail's bios included
            yield features_fingerprint(f)

    def follow_ups(self, kind, key, count, occurrences, values):
        return carrier_follow_ups(kind, count, occurrences) if kind in (K_UNIT, K_BIONAME) else ()

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc, corpus=corpus)
        need = self.options.min_documents
        found = []
        for u in f.units:
            repeated = corpus.count(K_UNIT, u.key) >= need
            if not (repeated or u.tail):
                continue
            bio = bio_of(f, u)
            if bio is None:
                continue
            how, stories, occs = "word for word", 0, []
            if repeated:
                stories, _edge, occs = self._carriers.groups(corpus, K_UNIT, u.key)
            if repeated and stories < need and f.site:
                # pages of one site share its template: two articles of it can look like one story
                texts = {carrier(K_UNIT, o.value)[1] for o in corpus.occurrences(K_UNIT, u.key, limit=SAMPLE)}
                if self._carriers.site_articles(corpus, texts, need) >= need:
                    stories = need
            name = _name_key(bio.name) if bio.name else ""
            if stories < need and u.tail and name and corpus.count(K_BIONAME, name) >= need:
                stories, _edge, occs = self._carriers.groups(corpus, K_BIONAME, name)
                if stories < need and f.site:  # two short pages of one site alike by their bio alone
                    texts = {o.value for o in corpus.occurrences(K_BIONAME, name, limit=SAMPLE)}
                    if self._carriers.site_articles(corpus, texts, need) >= need:
                        stories = need
                how = f"as a bio of {bio.name}"
            if stories >= need:
                found.append((u, (how, stories, occs)))
        text = doc.text
        field_name = self.options.field_name
        for u, (how, stories, occs) in one_per_block(found):
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
                source=f"bio:{u.bio.name or u.key}",
                data={"independent": stories, "name": u.bio.name, "score": u.bio.score, "cues": list(u.bio.cues)},
            )


def _name_key(name: str) -> str:
    return digest(normalize(name))

