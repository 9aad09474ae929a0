"""CL411/CL412: documents of the corpus that are copies, or near copies, of an earlier one.

The same article scraped twice (two URLs, two crawls) weighs double in training and leaks between
train and test splits. Both rules compare whole documents through the corpus index: CL411 their
normalised text hashes, CL412 MinHash signatures found by locality-sensitive hashing (see
`corpuslint.similarity`), so the cost does not grow with the square of the corpus.
"""

from __future__ import annotations

from collections.abc import Iterator
from functools import cached_property

import regex
from pydantic import Field

from corpuslint import hookimpl
from corpuslint import similarity as sim
from corpuslint.checks.corpus_carriers import K_DOC, SAMPLE, Carriers, carrier_follow_ups, estimate, is_self, other_place
from corpuslint.checks.corpus_features import (
    SharesFeatures,
    FINGERPRINT_VERSION, NUM_PERM, Features, _stored, doc_fingerprints, features, stored_by_another, stored_signature,
)
from corpuslint.checks.corpus_units import compared_words
from corpuslint.checks.duplicates.numbers import K_NUMS, NumbersCompared, compare_numbers, number_spans, numbers_value
from corpuslint.models import Document, Related, Severity, Violation
from corpuslint.parts import conversation_start
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, Occurrence, StrictOptions


class DuplicateDocumentOptions(StrictOptions):
    min_words: int = Field(20, alias="min-words", ge=1,
                           description="Documents shorter than this (in words) are not compared.")


class DuplicateDocument(SharesFeatures, CorpusRule):
    """## What it does
    Reports a document whose text, normalised (case, spacing, digits, URLs and punctuation
    folded), is the same as an earlier document's, and whose identifiers are the same too: two
    texts of the same words that differ in a version, a code (`CVE-2022-29187`, `#1234`), a date
    or an amount are two documents (another release of one template: CL412 reports them), while
    plain numbers that differ (a count, a year alone, a time) leave a copy a copy (the message
    names them, and `data.numbers_differ` counts them). It is reported on the later one (in path and
    record order), naming the earlier. A run that checks only some files against the corpus
    index (pre-commit's staged files) reports a copy of a file it does not check on the checked
    one, whichever comes first: the staged copy, not the committed original; the message says the
    other is "indexed but not checked in this run" (`data.earlier_checked` false).

    ## Why is this bad?
    The same article scraped twice (two URLs, two crawls) weighs double in training and leaks
    between train and test splits.

    ## Example
    `b.txt:1:1: CL411 [duplicate-document] the same text as a.txt (record 12)`

    Use instead: keep one of the two.

    ## Options
    - `min-words` (default 20): shorter documents are not compared.

    ## Fix safety
    No fix: which copy to keep (and whether the metadata differs) is a person's call.
    """

    code = "CL411"
    name = "duplicate-document"
    family = "duplicates"
    uses_own_fingerprints = False  # check_corpus works from `features(doc)`
    severity = Severity.WARNING
    fingerprint_version = FINGERPRINT_VERSION
    Options = DuplicateDocumentOptions

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        f = features(doc, keep=self.collecting)
        yield from doc_fingerprints(self, f)
        yield from numbers_fingerprints(self, f)

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc, corpus=corpus)
        if f.words < self.options.min_words or corpus.count(K_DOC, f.text_hash) < 2:
            return
        occs, compared = same_identifiers(doc, f, corpus)
        first, role = other_place(occs, doc), "the earlier copy"
        if first is not None and _earlier(doc, occs, first) is not first:
            # the first copy, reported only beside one the run does not check (a partial run)
            first, role = _unchecked(corpus, occs, doc), "the copy this run does not check"
        if first is None:
            return
        copies = len(occs) if compared is not None else corpus.count(K_DOC, f.text_hash)
        plain = compared[_place(first)].plain if compared is not None else ()
        but = (f" but for {len(plain)} plain number{'s' if len(plain) > 1 else ''} ({_listed(plain)})"
               if plain else "")
        yield Violation(
            *_first_line(doc.text),
            f"duplicate document: the same text as {_where_doc(first, corpus)}{but} "
            f"({copies} copies in the corpus); keep one",
            related=[Related(path=first.path, line=first.line, record=first.record, message=role)],
            data={"similarity": 1.0, "copies": copies, "earlier": first.path,
                  **({"numbers_differ": len(plain)} if plain else {}), **_unchecked_data(first, corpus)},
        )


def numbers_fingerprints(rule: CorpusRule, f: Features) -> Iterator[Fingerprint]:
    """The document's K_NUMS fingerprint (its text hash; value: its numbers' hashes, `numbers_value`)
    when it has numbers, unless the other duplicates rule stored it in this collect."""
    if stored_by_another(rule, K_NUMS):
        return
    value = numbers_value(f.text) if f.text else ""
    if value:
        yield Fingerprint(K_NUMS, f.text_hash, 0, 0, value)
    _stored(rule, K_NUMS)


def _place(occ: Occurrence) -> tuple[str, int | None, str]:
    return occ.path, occ.record, occ.document


def same_identifiers(doc: Document, f: Features, corpus: CorpusView
                     ) -> tuple[list[Occurrence], dict[tuple, NumbersCompared] | None]:
    """The documents of `doc`'s normalised text (itself included, in index order) whose identifiers
    are its own, and how each other one's numbers compare (None: `doc` has no number, every
    document of its text hash is a copy)."""
    if not f.text or not number_spans(f.text) or not corpus.count(K_NUMS, f.text_hash):
        return corpus.occurrences(K_DOC, f.text_hash, limit=50), None
    occs = corpus.occurrences(K_NUMS, f.text_hash, limit=50)
    compared = {_place(o): compare_numbers(f.text, o.value) for o in occs if not is_self(o, doc)}
    return [o for o in occs if is_self(o, doc) or compared[_place(o)].same_document], compared


def _listed(numbers: tuple[str, ...], most: int = 3) -> str:
    shown = ", ".join(f"`{n}`" for n in numbers[:most])
    return shown + (f" and {len(numbers) - most} more" if len(numbers) > most else "")


def _earlier(doc: Document, occs: list[Occurrence], candidate: Occurrence) -> Occurrence | None:
    """`candidate` when it comes before `doc` in the index's order (path, record)."""
    for occ in occs:
        if is_self(occ, doc):
            return None
        if occ is candidate:
            return candidate
    return candidate  # `doc` lies beyond the listed ones: they all come first


def _unchecked(corpus: CorpusView, occs: list[Occurrence], doc: Document) -> Occurrence | None:
    """The first copy of `doc` that this run does not check (a partial run: pre-commit's staged
    files against the whole corpus), which would bear the finding unseen: `doc` bears it instead."""
    is_checked = getattr(corpus, "is_checked", None)  # a view of the whole corpus has none
    if is_checked is None:
        return None
    return next((o for o in occs if not is_self(o, doc) and not is_checked(o.path)), None)


def _where_doc(occ: Occurrence, corpus: CorpusView) -> str:
    """The other document, and, when this run does not check it (files named against the index of
    the folder around them: pre-commit's, `check site/*.html`), that it is only indexed."""
    where = occ.path if occ.record is None else f"{occ.path} (record {occ.record}, `{occ.document}`)"
    return where + (", indexed but not checked in this run" if _unchecked_data(occ, corpus) else "")


def _unchecked_data(occ: Occurrence, corpus: CorpusView) -> dict[str, bool]:
    """`{"earlier_checked": False}` when this run does not check the other document, else nothing."""
    is_checked = getattr(corpus, "is_checked", None)  # a view of the whole corpus has none
    return {"earlier_checked": False} if is_checked is not None and not is_checked(occ.path) else {}


class NearDuplicateOptions(StrictOptions):
    threshold: float = Field(0.8, gt=0.0, lt=1.0,
                             description="Estimated Jaccard similarity of word 3-grams from which two "
                                         "documents are near duplicates.")
    min_words: int = Field(20, alias="min-words", ge=1,
                           description="Documents shorter than this (in words) are not compared.")


class NearDuplicateDocument(SharesFeatures, CorpusRule):
    """## What it does
    Reports a document that is nearly the same as an earlier one: the estimated Jaccard
    similarity of their word 3-grams is at least `threshold` (0.8). Candidates are found with
    MinHash (64 values) and locality-sensitive hashing, so the cost does not grow with the
    square of the corpus. Reported on the later document, naming the earlier one and the
    estimated similarity; in a run that checks only some files against the corpus index
    (pre-commit), on the checked one of a pair whose other is not checked, saying the other is
    "indexed but not checked in this run" (`data.earlier_checked` false). Exact copies are CL411's;
    texts of the same words whose identifiers differ (a version, a code such as `CVE-2022-29187`,
    a date, an amount: two releases of one template) are reported here, with similarity 1.0 and
    the identifiers that differ (`data.identifiers`). A chat record is compared by its conversation: its system prompt (`system`/`developer`
    messages), which a dataset puts in front of every record, is left out.

    ## Why is this bad?
    The same article republished with another headline, byline, or a different set of share
    buttons is still a duplicate: it weighs double in training and leaks across splits.

    ## Example
    `mirror/story.txt:1:1: CL412 [near-duplicate-document] nearly the same text as wire/story.txt
    (estimated similarity 0.91)`

    Use instead: keep one of the two.

    ## Options
    - `threshold` (default 0.8): estimated similarity from which documents are near duplicates.
    - `min-words` (default 20): shorter documents are not compared.

    ## Fix safety
    No fix: which version to keep is a person's call.

    ## Known problems
    The similarity is an estimate (about ±0.05 near 0.8); pairs just around the threshold may
    come and go when either text changes a little. Two versions of one text are alike by nature
    (the GNU FDL 1.2 and 1.3): where the document states its version in its first five lines
    (`Version 1.3, 3 November 2008`), the message says so (and `data.version`), and leaves keeping
    both to the reader.
    """

    code = "CL412"
    name = "near-duplicate-document"
    family = "duplicates"
    uses_own_fingerprints = False  # check_corpus works from `features(doc)`
    severity = Severity.WARNING
    fingerprint_version = FINGERPRINT_VERSION
    Options = NearDuplicateOptions
    value_kinds = frozenset({K_DOC})  # the candidates' signatures

    def __init__(self, options=None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self._carriers = Carriers()

    def forget(self) -> None:
        self._carriers.forget()

    @cached_property
    def _lsh(self) -> tuple[int, int]:
        # (bands, rows) on first use: the search takes ~15 ms, which a run without the index
        # (pre-commit on one file with --no-index, `corpuslint rule`) need not pay at start-up
        return sim.lsh_params(self.options.threshold, NUM_PERM)

    @property
    def bands(self) -> int:
        return self._lsh[0]

    @property
    def rows(self) -> int:
        return self._lsh[1]

    @property
    def kind(self) -> str:
        return f"band{self.bands}x{self.rows}"

    def _band_keys(self, f: Features, low: tuple[int, ...] | None = None) -> list[str]:
        """The LSH band keys of the signature's 32-bit values (what the index stores of it, so
        that a check against a built index need not compute the signature again)."""
        params = (self.bands, self.rows)
        if params not in f.bands:
            if low is None:
                low = tuple(v & 0xFFFFFFFF for v in f.signature)
            f.bands[params] = sim.band_keys(low, self.bands, self.rows)
        return f.bands[params]

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        f = features(doc, keep=self.collecting)
        yield from doc_fingerprints(self, f)
        yield from numbers_fingerprints(self, f)
        if compared_words(doc, f.words) >= self.options.min_words:
            for key in self._band_keys(f):
                yield Fingerprint(self.kind, key, 0, 0, f.text_hash)

    @property
    def follow_up_kinds(self) -> frozenset[str]:
        return frozenset({self.kind})  # the band kind, of the options' threshold

    def follow_ups(self, kind, key, count, occurrences, values):
        return carrier_follow_ups(kind, count, occurrences) if kind == self.kind else ()

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc, corpus=corpus)
        if compared_words(doc, f.words) < self.options.min_words:
            return
        mine = stored_signature(corpus, self._carriers, f)
        best: tuple[tuple[str, int], Occurrence, float] | None = None
        checked: set[str] = set()
        is_checked = getattr(corpus, "is_checked", None)  # a view of the whole corpus has none
        partial = is_checked is not None and getattr(corpus, "scope", None) is not None
        for key in self._band_keys(f, mine[1]):
            if corpus.count(self.kind, key) < 2:
                continue
            occs = corpus.occurrences(self.kind, key, limit=SAMPLE)
            after = False  # past this document: a later version counts only if the run does not check it
            for occ in occs:
                if is_self(occ, doc):
                    if not partial:
                        break  # the rest come after this document
                    after = True
                    continue
                if occ.value == f.text_hash or occ.value in checked or (after and is_checked(occ.path)):
                    continue
                checked.add(occ.value)
                other = self._carriers.signature(corpus, occ.value)
                if other is None:
                    continue
                j, _overlap = estimate(mine, other)
                if j >= self.options.threshold:
                    order = (after, occ.path, occ.record or 0)  # an earlier version first
                    if best is None or order < best[0]:
                        best = (order, occ, j)
        same_words = _other_identifiers(doc, f, corpus, partial, is_checked)
        if same_words is not None and (best is None or same_words[0] <= best[0]):
            best = same_words
        if best is None:
            return
        (after, *_), first, j, *numbers = best
        role = "the version this run does not check" if after else "the earlier version"
        if numbers:
            yield _same_words(doc, first, numbers[0], role, corpus)
            return
        version = own_version(doc.text)
        # a text that states its version (`Version 1.3, 3 November 2008`) beside another version of
        # it (tester27: the GFDL 1.3 and 1.2) is a new release, not a copy: the reader decides
        advice = (f"it states its version ({version}): if the other is another version of the text, keep "
                  "both as wanted" if version else "keep one")
        yield Violation(
            *_first_line(doc.text, conversation_start(doc)),  # (a chat record's: not its system prompt)
            f"near-duplicate document: nearly the same text as {_where_doc(first, corpus)} "
            f"(estimated similarity {j:.2f}); {advice}",
            related=[Related(path=first.path, line=first.line, record=first.record, message=role)],
            data={"similarity": round(j, 3), "earlier": first.path, **({"version": version} if version else {}),
                  **_unchecked_data(first, corpus)},
        )


def _other_identifiers(doc: Document, f: Features, corpus: CorpusView, partial: bool, is_checked
                       ) -> tuple[tuple[bool, str, int], Occurrence, float, NumbersCompared] | None:
    """The first other document of `doc`'s normalised text whose identifiers differ (another release
    of one template), as CL412's candidates are ranked; None when a copy with `doc`'s own identifiers
    comes first or at all (CL411 reports that one)."""
    if (not f.text or corpus.count(K_DOC, f.text_hash) < 2 or not number_spans(f.text)
            or not corpus.count(K_NUMS, f.text_hash)):
        return None
    found = None
    after = False
    for occ in corpus.occurrences(K_NUMS, f.text_hash, limit=50):
        if is_self(occ, doc):
            if not partial:
                break
            after = True
            continue
        if after and is_checked(occ.path):
            continue
        compared = compare_numbers(f.text, occ.value)
        if compared.same_document:
            return None
        if found is None:
            found = ((after, occ.path, occ.record or 0), occ, 1.0, compared)
    return found


def _same_words(doc: Document, first: Occurrence, compared: NumbersCompared, role: str,
                corpus: CorpusView) -> Violation:
    """CL412 on a text of the same words as another but other identifiers: two releases, issues or
    records of one template, which the reader may want both of."""
    differ = (f"other identifiers (here {_listed(compared.identifiers)})" if compared.identifiers
              else "other numbers")
    return Violation(
        *_first_line(doc.text, conversation_start(doc)),
        f"near-duplicate document: the same words as {_where_doc(first, corpus)} but {differ}; if they "
        "are two releases, issues or records of one template, keep both as wanted, else keep one",
        related=[Related(path=first.path, line=first.line, record=first.record, message=role)],
        data={"similarity": 1.0, "earlier": first.path, "identifiers": list(compared.identifiers[:10]),
              **_unchecked_data(first, corpus)},
    )

@hookimpl
def corpuslint_register_rules(register):
    for rule in (DuplicateDocument, NearDuplicateDocument):
        register(rule)


VERSION = regex.compile(r"(?im)^[ \t]*\W{0,3}(?:\w+\s+){0,6}?(?:version|revision|edition|release)\s+(\d+(?:\.\d+)*)\b")


def own_version(text: str) -> str | None:
    """The version a text states in its first five lines (`Version 1.3, 3 November 2008`), or None."""
    head = "\n".join(text.lstrip("\n").split("\n", 5)[:5])
    m = VERSION.search(head)
    return m.group(1) if m else None


def _first_line(text: str, at: int = 0) -> tuple[int, int]:
    """The span of the document's first non-blank line from `at`: where a finding about it stands."""
    start = len(text) - len(text[at:].lstrip())
    end = text.find("\n", start)
    return start, (len(text) if end == -1 else end)
