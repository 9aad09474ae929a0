"""The corpus rules as a multi-stage datatrove job, shaped like datatrove's MinHash dedup.

Four stages, files between them in a work folder, each stage's executor `depends=` on the one
before (datatrove's completion markers make a rerun skip what finished):

1. fingerprints (N tasks, the data's shards): each document's fingerprints, from the corpus
   rules' own `fingerprints` (the linter's collect phase), plus the keys the rules declared
   they will look up for it (`CorpusRule.lookups`); per bucket of key hash, sorted, in parquet:
   `fingerprints/{bucket}/{task}.parquet`; and `docs/{task}.json` (documents, files read).
2. reduce (B tasks, one per bucket): a streaming heap merge of the bucket's files into one
   answer per key (count, first occurrences, value counts); each answer goes to the tasks whose
   documents carry or asked for the key (`answers/{task}/{bucket}.parquet`), except a key one
   document alone carries, which that document answers itself. The follow-up lookups the rules
   declare for an answer (`CorpusRule.follow_ups`: the signature of each carrier of a paragraph)
   go to the bucket of their key (`requests/{bucket}/{from bucket}.parquet`).
3. resolve (B tasks): the same merge again, answering the requested keys
   (`resolved/{task}/{bucket}.parquet`) to the tasks that do not carry them (a carrier task has
   the answer: routed by the reduce, or its own document's, the only carrier).
4. check (N tasks, the same reader and shards as stage 1, verified): a `RoutedIndex` of the
   answers, then `CorpuslintAnnotator` (findings in `findings/`) and any steps after it.

`corpus_job` builds the four executors for "local", "slurm" or "ray".
"""

from __future__ import annotations

import copy
import json
from collections import defaultdict
from typing import Any

import pyarrow as pa
import pyarrow.compute as pc
from datatrove.io import get_datafolder
from datatrove.pipeline.base import PipelineStep
from datatrove.utils.logging import logger

from corpuslint import __version__
from corpuslint.analysis import view
from corpuslint.dist.atomic import finished, opener
from corpuslint.dist.convert import to_corpuslint
from corpuslint.dist import features as shipping
from corpuslint.dist.inputs import check_inputs, clear, stamps
from corpuslint.dist.reader import absolute
from corpuslint.dist.settings import ConfigLike, add_counts, build_linter, lean_gc, load, rule_budget, warm_up
from corpuslint.dist.shuffle import (
    FINGERPRINTS, MERGED, REQUESTS, Answer, RoutedWriter, answers, bucket_of, read_rows, write_merged, write_rows,
    write_table,
)
from corpuslint.dist.steps import CorpuslintAnnotator, LinterStep, write_crashes
from corpuslint.dist.view import STAGE_1_CRASHES, JobMismatch, RoutedIndexLoader
from corpuslint.linter import CollectTimeout, collect_crash
from corpuslint.rule import CorpusRule
from corpuslint.work import prepared

STAGES = ("fingerprints", "reduce", "resolve", "check")
LOOKING_UP = "while listing the keys it will look up for it (the corpus job's fingerprint stage)"


class _Stage(PipelineStep):
    type = "🫂 - DEDUP"

    def __init__(self, work_dir: Any, config: ConfigLike, buckets: int, tasks: int) -> None:
        super().__init__()
        self.work_dir = work_dir
        self.config = config
        self.buckets = buckets
        self.tasks = tasks

    @property
    def folder(self):
        return get_datafolder(self.work_dir)


class FingerprintStage(_Stage):
    """Stage 1: each task's fingerprints, bucketed and sorted (see the module docstring).

    `source`: the reader (a copy), whose files the task stamps before reading them
    (corpuslint.dist.inputs: a rerun on changed data is refused). `spill_rows`: past this many
    rows in memory (~250 bytes each), the task writes them as sorted runs
    (`spill/{task}/{bucket}-{run}.parquet`) and merges the runs at the end: an external sort, so
    a task of any size fits in memory."""

    name = "🔑 corpuslint fingerprints"
    SPILL_ROWS = 2_000_000

    def __init__(self, work_dir: Any, config: ConfigLike, buckets: int, tasks: int, source: Any = None,
                 spill_rows: int | None = None) -> None:
        super().__init__(work_dir, config, buckets, tasks)
        self.source = source
        self.spill_rows = spill_rows or self.SPILL_ROWS

    def run(self, data, rank: int = 0, world_size: int = 1):
        inputs = stamps(self.source, rank, world_size) if self.source is not None else None
        linter = build_linter(self.config)
        rules = linter.corpus_rules
        sink = _Sink(self.buckets)
        per_file: dict[str, int] = {}
        documents = 0
        runs: list[list[str]] = [[] for _ in range(self.buckets)]  # the sorted runs spilled, per bucket
        crashes: list[dict[str, Any]] = []  # the rules' crashes on the task's documents (`_crashed`)
        folder = self.folder
        put = opener(folder)  # each file written whole or not at all (dist.atomic)
        shipped = shipping.FeatureWriter(put, f"features/{rank:05d}.parquet") if shipping.supported() else None
        with lean_gc():
            for doc in prepared((to_corpuslint(dt_doc) for dt_doc in data or ()), rules):
                with self.track_time():
                    documents += 1
                    per_file[doc.origin.path] = per_file.get(doc.origin.path, 0) + 1
                    crashed = []
                    with rule_budget(linter):
                        collected = linter.collect(sink, doc, keep=False)
                    for entry in collected:
                        if isinstance(entry, CollectTimeout):
                            self._stopped(doc, entry, crashes)
                        else:
                            crashed.append(entry[1])
                    seen = view(doc)
                    if shipped is not None and sink.unit_keys:
                        shipped.add(seen, sink.unit_keys)
                    for rule in rules:
                        if doc.origin.format not in rule.skip_formats:
                            try:
                                for kind, key in rule.lookups(seen):
                                    sink.request(kind, key)
                            except Exception as exc:  # a rule's bug: reported, the task goes on
                                crashed.append(collect_crash(rule, doc, exc, LOOKING_UP))
                    if crashed:
                        self._crashed(doc, crashed, crashes)
                if sink.pending >= self.spill_rows:
                    self._spill(sink, runs, rank)
        add_counts(self, {"documents": documents})  # one update for the task, not one a document
        written = 0
        for bucket in range(self.buckets):
            name = f"fingerprints/{bucket:05d}/{rank:05d}.parquet"
            if not runs[bucket]:
                written += write_table(put, name, sink.take(bucket), sort=True)
                continue
            self._spill(sink, runs, rank, only=bucket)
            written += write_merged(put, name, [read_rows(folder.open, run) for run in runs[bucket]])
            for run in runs[bucket]:
                folder.rm(run)
        if shipped is not None:
            written += shipped.close()
        if any(runs):
            self.stat_update("spilled_runs", value=sum(map(len, runs)), unit="task")
        self.stat_update("fingerprints", value=sink.count, unit="task")
        self.stat_update("intermediate_bytes", value=written, unit="task")
        write_crashes(self.work_dir, rank, crashes, STAGE_1_CRASHES)
        with put(f"docs/{rank:05d}.json", "wt") as handle:
            json.dump({"rank": rank, "tasks": world_size, "buckets": self.buckets, "documents": documents,
                       "files": sorted(per_file), "per_file": per_file, "inputs": inputs}, handle)
        return iter(())

    def _crashed(self, doc: Any, messages: list[str], crashes: list[dict[str, Any]]) -> None:
        """A rule crashed on `doc` (its `fingerprints` or `lookups`): as `corpuslint check`, its
        fingerprints of the document are left out and the other rules' and documents' kept; the
        crash is logged, counted in the stage's stats (`rule_crashed`) and written to
        `crashes/fingerprints-{task}.json`, which `corpuslint dist check` reports as `check` does
        and the check stage reads (`RoutedIndex.crashed`: a question about this document it
        cannot answer drops that rule's findings of it, already reported, never fails the task)."""
        for message in messages:
            logger.error(f"corpuslint: {message}")
            crashes.append({"path": doc.origin.path, "record": doc.origin.record, "document": doc.id,
                            "message": message})
        self.stat_update("rule_crashed", value=len(messages))

    def _stopped(self, doc: Any, entry: CollectTimeout, crashes: list[dict[str, Any]]) -> None:
        """A rule's time budget stopped it while fingerprinting `doc` (review16d: taken for a crash,
        the job said "error" without the document and exited 2): a warning in the stage's log naming
        the document, counted (`rule_stopped`), and written beside the crashes marked `stopped`, with
        the CL909 `check` reports (its message and line), which the check stage reports on the
        document as `check` does (`RoutedIndexLoader.load`); the check stage drops what it cannot
        answer about the document (as after a crash): the corpus counts miss the rest of it, as
        the CL909 says."""
        where = doc.origin.path + (f" record {doc.origin.record}" if doc.origin.record else "")
        logger.warning(f"corpuslint: warning: {where}: {entry.message}")
        crashes.append({"path": doc.origin.path, "record": doc.origin.record, "document": doc.id,
                        "message": f"{where}: {entry.message}", "stopped": True,
                        "cl909": entry.problem.message, "line": entry.problem.line})
        self.stat_update("rule_stopped")

    def _spill(self, sink: _Sink, runs: list[list[str]], rank: int, only: int | None = None) -> None:
        """Write the rows in memory (of one bucket, or all) as sorted runs, and forget them."""
        for bucket in range(self.buckets):
            if sink.held(bucket) and only in (None, bucket):
                name = f"spill/{rank:05d}/{bucket:05d}-{len(runs[bucket]):05d}.parquet"
                write_table(opener(self.folder), name, sink.take(bucket), sort=True)
                runs[bucket].append(name)


class _Sink:
    """Where `Linter.collect` adds a document's fingerprints: one row per key and document, held
    column by column per bucket (kind, key, line, value, and the row's document as a number into
    the held list of documents; 0: a request), made an Arrow table only when written. `seq`: the
    document's number in the task (never reset by a spill), written per row for the check stage. Rows as
    tuples cost a tuple a row and, at the end, a transposition of them all (`zip(*rows)`: an
    iterator per row, and the collector's sweeps over the task's heap that they set off)."""

    def __init__(self, buckets: int) -> None:
        self.buckets = buckets
        self.count = 0
        self.pending = 0  # rows held, all buckets
        self.seq = 0  # documents added
        self.unit_keys: set[str] = set()
        self._requested: set[tuple[str, str]] = set()
        self._columns: list[tuple[list, ...]] = [([], [], [], [], []) for _ in range(buckets)]
        self._places: tuple[list, list, list, list] = ([""], [""], [None], [0])  # path, document, record, seq

    def add(self, path: str, document: str, record: int | None, fingerprints) -> None:
        seen: set[tuple[str, str]] = set()
        columns, buckets = self._columns, self.buckets
        paths, documents, records, seqs = self._places
        place = len(paths)
        self.seq += 1
        paths.append(path)
        documents.append(document)
        records.append(record)
        seqs.append(self.seq)
        self.unit_keys = units = set()  # the document's unit keys (dist.features)
        for fp, line in fingerprints:
            kind, key = fp.kind, fp.key
            if (kind, key) in seen:
                continue  # the first occurrence in the document, as the index keeps it
            seen.add((kind, key))
            if kind == shipping.K_UNIT:
                units.add(key)
            kinds, keys, lines, values, places = columns[bucket_of(kind, key, buckets)]
            kinds.append(kind)
            keys.append(key)
            lines.append(line)
            values.append(fp.value)
            places.append(place)
        self.count += len(seen)
        self.pending += len(seen)

    def request(self, kind: str, key: str) -> None:
        if (kind, key) not in self._requested:  # once per task is enough
            self._requested.add((kind, key))
            kinds, keys, lines, values, places = self._columns[bucket_of(kind, key, self.buckets)]
            kinds.append(kind)
            keys.append(key)
            lines.append(0)
            values.append("")
            places.append(0)
            self.pending += 1

    def held(self, bucket: int) -> int:
        return len(self._columns[bucket][0])

    def take(self, bucket: int) -> pa.Table:
        """The bucket's rows as a table in the `FINGERPRINTS` schema (unsorted); forgotten here."""
        kinds, keys, lines, values, places = self._columns[bucket]
        self._columns[bucket] = ([], [], [], [], [])
        self.pending -= len(kinds)
        at = pa.array(places, type=pa.int32())
        path, document, record, seq = (pa.array(column, type=FINGERPRINTS.field(name).type).take(at)
                                       for column, name in zip(self._places, ("path", "document", "record", "seq")))
        if not self.pending:
            self._places = ([""], [""], [None], [0])  # every row written: the documents' places too
        return pa.Table.from_arrays([
            pa.array(kinds, type=pa.string()), pa.array(keys, type=pa.string()), path, document, record,
            pa.array(lines, type=pa.int64()), pa.array(values, type=pa.string()), pc.equal(at, 0), seq],
            schema=FINGERPRINTS)


class _MergeStage(_Stage):
    def sources(self, bucket: int, kinds=None):
        folder = self.folder
        names = finished(folder.list_files(f"fingerprints/{bucket:05d}"))
        if len(names) != self.tasks:
            raise JobMismatch(f"bucket {bucket} holds {len(names)} fingerprint files for {self.tasks} tasks: "
                              "outputs of another run are in the work folder; use a fresh one")
        return ([read_rows(folder.open, name, kinds, columns=MERGED) for name in names],
                [int(n.rsplit("/", 1)[1][:5]) for n in names])

    def rules(self):
        return build_linter(self.config).corpus_rules


class ReduceStage(_MergeStage):
    """Stage 2: one task per bucket merges, answers and routes (see the module docstring)."""

    name = "🧮 corpuslint reduce"

    def run(self, data, rank: int = 0, world_size: int = 1):
        rules = self.rules()
        value_kinds = frozenset().union(*(r.value_kinds for r in rules))
        asking = follow_up_rules(rules)
        routed = RoutedWriter(opener(self.folder), lambda task: f"answers/{task:05d}/{rank:05d}.parquet")
        # (kind, key) -> the tasks that will ask: many answers name the same key (the signature of
        # a document that carries many repeated paragraphs), hashed to its bucket once, at the end
        requests: dict[tuple[str, str], set[int]] = {}
        sources, tasks = self.sources(rank)
        routed_keys = 0
        with self.track_time("bucket"), lean_gc():
            # a key one document alone carries is not routed: it answers itself (view.RoutedIndex)
            for answer in answers(sources, value_kinds, tasks, singles=False):
                routed_keys += 1
                targets = answer.carriers | answer.askers
                row = answer.row()
                for task in targets:
                    routed.add(task, row)
                ask = asking.get(answer.kind, asking[None])
                if not ask:
                    continue
                values = dict(answer.values or {})
                occurrences = answer.materialize().occurrences
                for rule in ask:
                    for kind_key in rule.follow_ups(answer.kind, answer.key, answer.count, occurrences, values):
                        asked = requests.get(kind_key)
                        if asked is None:
                            requests[kind_key] = set(targets)
                        else:
                            asked |= targets
        self.stat_update("routed_keys", value=routed_keys, unit="bucket")
        self.stat_update("routed_bytes", value=routed.close(), unit="bucket")
        per_bucket: dict[int, list[tuple]] = defaultdict(list)
        for (kind, key), targets in requests.items():
            per_bucket[bucket_of(kind, key, self.buckets)].extend((kind, key, task) for task in targets)
        for bucket in range(self.buckets):
            write_rows(opener(self.folder), f"requests/{bucket:05d}/{rank:05d}.parquet", sorted(per_bucket.get(bucket, ())),
                       REQUESTS)
        return iter(())


def follow_up_rules(rules: list[CorpusRule]) -> dict[str | None, list[CorpusRule]]:
    """The rules to ask for follow-ups, by the kind of an answer (None: any other kind): those that
    declare `follow_up_kinds` for their kinds only (building the `Occurrence`s of every routed key
    for them was ~0.1 s of the reduce at 8,000 documents), the others for every kind. A rule that
    does not override `follow_ups` is never asked (~300,000 calls that return ())."""
    asking = [r for r in rules if type(r).follow_ups is not CorpusRule.follow_ups]
    declared = {kind for r in asking if r.follow_up_kinds is not None for kind in r.follow_up_kinds}
    return {kind: [r for r in asking if r.follow_up_kinds is None or kind in r.follow_up_kinds]
            for kind in [*declared, None]}


class ResolveStage(_MergeStage):
    """Stage 3: answer the follow-up lookups routed to this bucket."""

    name = "🔁 corpuslint resolve"

    def run(self, data, rank: int = 0, world_size: int = 1):
        folder = self.folder
        wanted: dict[tuple[str, str], set[int]] = defaultdict(set)
        for name in finished(folder.list_files(f"requests/{rank:05d}")):
            for kind, key, task in read_rows(folder.open, name):
                wanted[(kind, key)].add(task)
        routed = RoutedWriter(opener(folder), lambda task: f"resolved/{task:05d}/{rank:05d}.parquet")
        if wanted:
            value_kinds = frozenset().union(*(r.value_kinds for r in self.rules()))
            sources, tasks = self.sources(rank, kinds={kind for kind, _key in wanted})
            with self.track_time("bucket"), lean_gc():
                for answer in answers(sources, value_kinds, tasks, wanted=set(wanted)):
                    # not to the tasks that carry the key: they have its answer (view.RoutedIndex)
                    targets = wanted.pop((answer.kind, answer.key), set()) - answer.carriers
                    if targets:
                        row = answer.materialize().row()
                        for task in targets:
                            routed.add(task, row)
            for (kind, key), targets in wanted.items():  # asked about, carried by no document
                for task in targets:
                    routed.add(task, Answer(kind, key, values={} if kind in value_kinds else None).row())
        self.stat_update("routed_bytes", value=routed.close(), unit="bucket")
        return iter(())



# -- building the job ---------------------------------------------------------------------------

def corpus_job(reader: PipelineStep, work_dir: str, *, config: ConfigLike = None, tasks: int = 1,
               buckets: int = 1, workers: int = -1, executor: str = "local", after: list | None = None,
               strict: bool = True, restart: bool = False, spill_rows: int | None = None,
               **executor_options: Any) -> list:
    """The four chained executors of the corpus job; run the last one (it runs those it depends on).

    `reader` is used by stages 1 and 4 (it must yield the same documents both times: a
    `CorpuslintReader`, or a stock reader with `corpuslint_adapter`). `after`: steps after the
    annotator in stage 4 (a `CorpuslintFilter`, a `CorpuslintFixer`, a writer...); a corpuslint
    step among them given no `index` uses the job's (the fixer then applies the corpus rules'
    fixes too, as `corpuslint check --fix` does). `strict` (default): a question a
    rule did not declare fails (see corpuslint.dist.view); with `strict=False` a count asked of a
    key no stage routed is taken as the document's own (1) without looking.

    A rerun in the same `work_dir` resumes (datatrove's completion markers); a work folder of other
    settings, or whose data changed since stage 1 read it (corpuslint.dist.inputs), is refused
    (`JobMismatch`, `StaleInputs`) unless `restart`, which first clears the job's outputs there.
    `spill_rows`: fingerprint rows a stage-1 task holds in memory before it spills sorted runs.
    `executor_options` go to every executor (Slurm: `partition`, `time`, `cpus_per_task`...;
    Ray: `cpus_per_task`...).
    """
    if tasks < 1 or buckets < 1:
        raise ValueError("tasks and buckets must be 1 or more")
    work_dir = absolute(work_dir)
    data = getattr(getattr(reader, "data_folder", None), "path", None)
    if restart:
        clear(work_dir)
    check_manifest(work_dir, {"version": __version__, "data": data, "tasks": tasks, "buckets": buckets,
                              "config": load(config).model_dump_json()})
    if hasattr(reader, "data_folder"):
        check_inputs(work_dir, reader, tasks)
    executor_cls = _executor_class(executor)
    if executor == "local" and workers != 1 and executor_options.get("start_method", "fork") == "fork":
        warm_up(config)  # the forked workers inherit the compiled rules (at 1 worker the stages run here)
    first, last = copy.copy(reader), copy.copy(reader)
    if hasattr(reader, "findings_folder"):  # a CorpuslintReader: input problems reported once, by stage 4
        first.findings_folder, first.quiet = None, True
        last.findings_folder = work_dir
    stamper = copy.copy(reader) if hasattr(reader, "data_folder") else None  # stamps the files read
    index = RoutedIndexLoader(work_dir, strict, source=stamper)
    for step in after or ():
        if isinstance(step, LinterStep) and step.index is None:
            step.index = index  # a fixer (or a filter without annotations) answers from the job's index
    stages = [
        ([first, FingerprintStage(work_dir, config, buckets, tasks, source=stamper, spill_rows=spill_rows)], tasks),
        ([ReduceStage(work_dir, config, buckets, tasks)], buckets),
        ([ResolveStage(work_dir, config, buckets, tasks)], buckets),
        # no step after the annotator: no one reads its annotations (~0.05 CPU s per 12,700 findings)
        ([last, CorpuslintAnnotator(config, work_dir, index=index, annotate=bool(after)), *(after or [])], tasks),
    ]
    executors: list = []
    for name, (pipeline, n) in zip(STAGES, stages):
        options = dict(executor_options)
        if executor != "slurm":
            options["workers"] = workers
        if executor == "local":
            # fork: a worker starts with corpuslint imported (forkserver imports it again per stage)
            options.setdefault("start_method", "fork")
        elif executor == "slurm":
            options.setdefault("job_name", f"corpuslint-{name}")
        executors.append(executor_cls(pipeline=pipeline, tasks=n, logging_dir=f"{work_dir}/logs/{name}",
                                      depends=executors[-1] if executors else None, **options))
    return executors


def _executor_class(executor: str):
    if executor == "local":
        from corpuslint.dist.local import LocalExecutor  # datatrove's, without a manager at one worker

        return LocalExecutor
    if executor == "slurm":
        from datatrove.executor import SlurmPipelineExecutor

        return SlurmPipelineExecutor
    if executor == "ray":
        from corpuslint.dist.ray_executor import RayExecutor  # datatrove's, whose pool workers SIGTERM ends

        return RayExecutor
    raise ValueError(f"executor must be local, slurm or ray, not {executor!r}")


def check_manifest(work_dir: str, settings: dict[str, Any]) -> None:
    """Refuse a work folder that holds another job's outputs: they would be merged silently."""
    folder = get_datafolder(work_dir)
    if folder.exists("job.json"):
        with folder.open("job.json", "rt") as handle:
            before = json.load(handle)
        if before != settings:
            changed = sorted(k for k in settings if before.get(k) != settings[k])
            raise JobMismatch(f"the work folder {work_dir} holds a job run with other settings "
                              f"({', '.join(changed)}); use a fresh --work-dir, or --restart to clear its outputs")
        return
    with opener(folder)("job.json", "wt") as handle:
        json.dump(settings, handle)


def findings_of(work_dir: str) -> list[str]:
    """Every finding the job wrote (input problems and check findings), as JSON lines."""
    folder = get_datafolder(work_dir)
    lines: list[str] = []
    for name in finished(folder.list_files("findings")):
        with folder.open(name, "rt", compression="gzip") as handle:
            lines.extend(line.rstrip("\n") for line in handle if line.strip())
    return lines
