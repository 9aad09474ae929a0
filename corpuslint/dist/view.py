"""The corpus index of one task of the check stage: the answers routed to it, as a `CorpusView`.

The reduce and resolve stages route to each task the answers for the keys its documents carry
or declared they would ask about (`CorpusRule.lookups`, `follow_ups`); a key that one document
alone carries is not routed at all (most lines of a corpus are unique): asked about a key that
was not routed, the view answers for the document being checked, whose only key it must be
(count 1; its occurrence and value from the document's own fingerprints, as stage 1 wrote them:
`shuffle.OwnFingerprints`; without them, computed again), or for the other document of the task
that carries it (a follow-up lookup: the resolve stage sends no task the answers for its own
keys; not routed, such a key has that one carrier). With `strict=True` (the default) a
question about a key that is neither routed nor the task's own raises `MissingAnswer`: an
index that guessed would change findings without a word. `strict=False` takes an unrouted count
as 1 without looking.
"""

from __future__ import annotations

import json
from typing import Any

from corpuslint.analysis import view
from corpuslint.dist import features as shipping
from corpuslint.dist.atomic import finished
from corpuslint.dist.inputs import JobMismatch, changes, stale_error
from corpuslint.dist.shuffle import Answer, OwnFingerprints, OwnRows, read_rows
from corpuslint.rule import Fingerprint, Occurrence

STAGE_1_CRASHES = "crashes/fingerprints-{rank:05d}.json"  # the fingerprint stage's rule crashes (dist.job)


class MissingAnswer(RuntimeError):
    """A corpus rule asked about a key no stage routed to this task."""


class AfterCrash(MissingAnswer):
    """The same, about a document a rule crashed on in the fingerprint stage (that rule's keys of
    it are missing): the asking rule's findings of the document are dropped, not the task failed;
    the crash was reported by the stage (corpuslint.dist.job)."""


def note_stopped(linter: Any, stopped: list[dict[str, Any]]) -> None:
    """The CL909 of each rule stage 1 stopped by its time budget (`FingerprintStage._stopped`),
    for `linter` to report on the document when it checks it, as `corpuslint check` reports its
    collect phase's (`Linter.note_collect_timeout`)."""
    if not stopped or not hasattr(linter, "note_collect_timeout"):
        return
    from corpuslint.formats.base import InputProblem
    from corpuslint.linter import CollectTimeout

    for entry in stopped:
        problem = InputProblem("CL909", entry["cl909"], line=entry.get("line") or 1, record=entry["record"],
                               document=entry["document"])
        linter.note_collect_timeout(CollectTimeout(entry["path"], entry["cl909"], problem))


class RoutedIndex:
    """A `CorpusView` over the answers routed to one task (see the module docstring)."""

    def __init__(self, answers: dict[tuple[str, str], Answer | tuple], documents: int, files: set[str], rank: int,
                 strict: bool = True, own: OwnFingerprints | None = None,
                 shipped: shipping.ShippedFeatures | None = None,
                 crashed: set[tuple[str, int | None, str]] | None = None) -> None:
        # an answer stays the row it was read as until a rule asks more than its count: most
        # routed keys are only counted, and decoding every row's occurrences was ~7% of the stage
        self.answers = answers
        self.documents = documents
        self.files = files  # what stage 1 read in this task
        self.rank = rank
        self.strict = strict
        self.own = own  # the task's fingerprints from stage 1 (None: computed per document)
        self.shipped = shipped  # the documents' corpus features from stage 1 (dist.features)
        self.crashed = crashed or set()  # (path, record, id) of the documents a rule crashed on in stage 1
        self.stopped: list[dict[str, Any]] = []  # of them, those a rule's time budget stopped (`note_stopped`)
        self._own: OwnRows | dict[tuple[str, str], Occurrence] | None = None
        self._doc: Any = None
        self._linter: Any = None
        self._fixing = False

    def focus(self, linter: Any, doc: Any, *, fixing: bool = False) -> None:
        """Before checking `doc`: the keys only it carries are answered from it.

        `fixing` (CorpuslintFixer): the fixer checks the document again after each round of fixes,
        a text no stage saw; a key that is neither routed nor the original's own (a paragraph the
        fix joined, the new text's hash) is then taken as one no document carries (count 0), as
        `corpuslint check --fix` finds it in an index of the corpus before the fix. Strictness for
        the text as read is the annotator's, which checks it first in the job's last stage."""
        if doc.origin.path not in self.files:
            raise JobMismatch(
                f"{doc.origin.path} was not read by task {self.rank} of the fingerprint stage: the check "
                "stage must use the same reader, data and task count as the fingerprint stage")
        self._linter, self._doc, self._own, self._fixing = linter, doc, None, fixing
        if self.shipped is not None and self.own is not None:
            self.shipped.provide(view(doc), self._own_fingerprints())

    def _own_fingerprints(self) -> OwnRows | dict[tuple[str, str], Occurrence]:
        if self._own is None:
            origin = self._doc.origin
            if self.own is not None:
                self._own = self.own.of(origin.path, origin.record, self._doc.id)
            else:
                self._own = {}
                self._linter.collect(self, self._doc, keep=False)
        return self._own

    def add(self, path: str, document: str, record: int | None, fingerprints: list[tuple[Fingerprint, int]]) -> None:
        for fp, line in fingerprints:
            self._own.setdefault((fp.kind, fp.key), Occurrence(path=path, document=document, record=record,
                                                                line=line, value=fp.value))

    def _answer(self, kind: str, key: str) -> Answer:
        answer = self.answers.get((kind, key))
        if isinstance(answer, tuple):
            answer = self.answers[(kind, key)] = Answer.from_row(answer)
        if answer is not None:
            return answer
        own = self._own_fingerprints().get((kind, key))
        if own is None and self.own is not None:
            own = self.own.find(kind, key)  # another document of the task: the only carrier
        if own is not None:
            return Answer(kind, key, 1, [own], {own.value: 1})
        if self._fixing:
            return Answer(kind, key, 0, [], {})  # a fixed text's new key (see `focus`)
        origin = self._doc.origin
        raise (AfterCrash if (origin.path, origin.record, self._doc.id) in self.crashed else MissingAnswer)(
            f"a corpus rule asked about ({kind!r}, {key!r}), which is neither the document's own fingerprint "
            "nor a key the rules declared (CorpusRule.lookups / follow_ups); the job cannot answer it")

    # -- CorpusView --------------------------------------------------------------------------

    def document_count(self) -> int:
        return self.documents

    def count(self, kind: str, key: str) -> int:
        answer = self.answers.get((kind, key))
        if answer is not None:
            return answer[2] if isinstance(answer, tuple) else answer.count  # a row: (kind, key, count, ...)
        if self.strict or self._fixing:
            if (kind, key) in self._own_fingerprints():
                return 1  # not routed: the document's own key, which no other document carries
            return self._answer(kind, key).count
        return 1

    def occurrences(self, kind: str, key: str, limit: int = 5) -> list[Occurrence]:
        answer = self._answer(kind, key)
        if limit > len(answer.occurrences) and answer.count > len(answer.occurrences):
            raise MissingAnswer(f"a corpus rule asked for {limit} occurrences of ({kind!r}, {key!r}); "
                                f"the job keeps {len(answer.occurrences)}")
        return answer.occurrences[:limit]

    def values(self, kind: str, key: str) -> dict[str, int]:
        row = self.answers.get((kind, key))
        values = Answer.values_of_row(row) if isinstance(row, tuple) else self._answer(kind, key).values
        if values is None:
            raise MissingAnswer(f"a corpus rule asked for the values of kind {kind!r}, which no rule declared "
                                "in `value_kinds`")
        return dict(values)

    def warm_up(self, checked: Any) -> None:
        """Nothing to read before workers are forked: the task's answers are loaded whole."""


class RoutedIndexLoader:
    """Picklable: loads task `rank`'s `RoutedIndex` from the job's work folder, in the worker."""

    def __init__(self, work_dir: Any, strict: bool = True, source: Any = None) -> None:
        self.work_dir = work_dir
        self.strict = strict
        self.source = source  # the reader, whose files must be as stage 1 read them (dist.inputs)

    def load(self, rank: int, world_size: int, linter: Any) -> RoutedIndex:
        """Task `rank`'s view, loaded once per task: the steps of one pipeline (annotator, fixer)
        share it, and it holds the task's fingerprints."""
        loaded = getattr(self, "_loaded", None)
        if loaded is None or loaded[0] != (rank, world_size):
            self._loaded = ((rank, world_size), self._load(rank, world_size))
        index = self._loaded[1]
        note_stopped(linter, index.stopped)
        return index

    def __getstate__(self) -> dict[str, Any]:
        return {k: v for k, v in self.__dict__.items() if k != "_loaded"}  # loaded in the worker

    def _load(self, rank: int, world_size: int) -> RoutedIndex:
        from datatrove.io import get_datafolder

        folder = get_datafolder(self.work_dir)
        manifests = finished(folder.list_files("docs"))
        counts = [json.loads(folder.open(name, "rt").read()) for name in manifests]
        if len(counts) != world_size or any(c["tasks"] != world_size for c in counts):
            raise JobMismatch(f"the check stage runs {world_size} tasks, the fingerprint stage ran "
                              f"{counts[0]['tasks'] if counts else 0}: they must read the same shards")
        mine = next(c for c in counts if c["rank"] == rank)
        if self.source is not None and mine.get("inputs") is not None:
            found = changes(self.source, mine["inputs"], rank, world_size)
            if found:
                raise stale_error(self.work_dir, found)
        own = OwnFingerprints(folder.open, [name for name in finished(folder.list_files("fingerprints"))
                                            if name.endswith(f"/{rank:05d}.parquet")])
        shipped = None
        if shipping.supported() and folder.exists(f"features/{rank:05d}.parquet"):
            shipped = shipping.ShippedFeatures(folder.open, f"features/{rank:05d}.parquet")
        crashed, stopped = None, []
        if folder.exists(name := STAGE_1_CRASHES.format(rank=rank)):
            entries = json.loads(folder.open(name, "rt").read())
            crashed = {(c["path"], c["record"], c["document"]) for c in entries}
            stopped = [c for c in entries if c.get("stopped") and c.get("cl909")]
        answers: dict[tuple[str, str], Answer | tuple] = {}
        for stage in ("answers", "resolved"):
            base = f"{stage}/{rank:05d}"
            if not folder.isdir(base):
                continue
            for name in finished(folder.list_files(base)):
                for row in read_rows(folder.open, name):
                    answers[(row[0], row[1])] = row  # decoded when first asked (RoutedIndex)
        index = RoutedIndex(answers, sum(c["documents"] for c in counts), set(mine["files"]), rank, self.strict, own,
                            shipped, crashed)
        index.stopped = stopped
        return index
