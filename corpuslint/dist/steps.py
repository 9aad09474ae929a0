"""corpuslint's per-document rules as datatrove pipeline steps: annotate and fix (the filter is
`corpuslint.dist.filter`: datatrove's filters package, which it subclasses, imports every stock
filter, ~25 ms a process that the corpus job need not pay).

Each step takes a corpuslint config (a file path, a dict of its keys, or None for the defaults)
and builds its `Linter` inside `run()`, in the worker. Per-document rules need nothing else;
the corpus rules (CL151, CL304, CL41x, CL501) need an index of the whole corpus, which the
multi-stage job (`corpuslint.dist.job`) builds and hands to the annotator of its last stage as
`index=`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from datatrove.pipeline.base import PipelineStep
from datatrove.utils.logging import logger

from corpuslint.dist.convert import FINDINGS_KEY, INTERNAL_KEYS, ORIGIN_KEY, finding_summary, to_corpuslint
from corpuslint.dist.settings import ConfigLike, add_counts, build_linter, findings_writer, lean_gc, rule_budget
from corpuslint.dist.view import AfterCrash, MissingAnswer
from corpuslint.models import Finding
from corpuslint.results import RuleCrash


class LinterStep(PipelineStep):
    """A step that holds a config and builds its linter, and maybe an index, in the worker."""

    def __init__(self, config: ConfigLike = None, index: Any = None) -> None:
        super().__init__()
        self.config = config
        self.index = index  # something with `load(rank, world_size, linter) -> CorpusView`
        self._linter = None
        self._view = None
        self.crashes: list[dict[str, str]] = []  # {"path", "message"}: the rules' crashes this task

    def linter_for(self, rank: int, world_size: int):
        if self._linter is None:
            self._linter = build_linter(self.config)
            if self.index is not None:
                with lean_gc():  # the task's answers: ~100,000 tuples, no cycles, ~0.1 s of sweeps
                    self._view = self.index.load(rank, world_size, self._linter)
                self._linter.use_index(self._view)
        return self._linter

    def findings(self, linter, dt_doc) -> list[Finding]:
        """The findings of one datatrove document. A rule that crashed on it is logged and kept in
        `crashes` (reported as `corpuslint check` reports it: `write_crashes`); the other rules'
        findings are returned, as `corpuslint check` keeps them."""
        doc = to_corpuslint(dt_doc)
        try:
            if self._view is not None:
                self._view.focus(linter, doc)
            with rule_budget(linter):  # CPU time, as check's (`rule_budget`)
                return linter.check_document(doc)
        except RuleCrash as exc:
            after = [crash for crash in exc.crashes if isinstance(crash.__cause__, AfterCrash)]
            for crash in exc.crashes:
                if isinstance(crash.__cause__, MissingAnswer) and crash not in after:
                    raise crash.__cause__  # the job cannot answer: the task fails, it does not guess
            if after:  # the rule crashed on the document in stage 1, reported there: its findings here dropped
                self.stat_update("dropped_after_crash", value=len(after))
                exc.crashes = [crash for crash in exc.crashes if crash not in after]
            for message in exc.messages:
                logger.error(f"corpuslint: {message}")
                self.crashes.append({"path": doc.origin.path, "message": message})
            self.stat_update("rule_crashed", value=len(exc.messages))
            return exc.findings


class CorpuslintAnnotator(LinterStep):
    """Check each document; record what was found, pass every document on.

    Args:
        config: a corpuslint config (path, dict or None).
        output_folder: where task `rank` writes `findings/{rank:05d}.jsonl.gz`, one finding per
            line in exactly the schema of `corpuslint check --output-format jsonl`.
        annotate: also set `doc.metadata["corpuslint"]` to a short list of the findings (code,
            name, severity, line, column, offsets, message, fix), for a filter or writer later.
        index: the corpus index of the multi-stage job (see corpuslint.dist.job); None: corpus
            rules do not run.

    `stat_update(code)` counts the findings of each rule, so datatrove's stats hold per-rule counts.
    """

    name = "🔍 corpuslint annotator"
    type = "📊 - STATS"

    def __init__(self, config: ConfigLike = None, output_folder: Any = None, *, annotate: bool = True,
                 index: Any = None) -> None:
        super().__init__(config, index)
        self.output_folder = output_folder
        self.annotate = annotate

    def run(self, data: Iterable, rank: int = 0, world_size: int = 1):
        linter = self.linter_for(rank, world_size)
        self.crashes = []
        counts: dict[str, int] = {"documents": 0}  # added to the stats once, as many updates would (add_counts)
        with findings_writer(self.output_folder, f"findings/{rank:05d}.jsonl.gz") as out, lean_gc():
            try:
                for doc in data or ():
                    with self.track_time():
                        found = self.findings(linter, doc)
                    counts["documents"] += 1
                    for finding in found or ():
                        counts[finding.code] = counts.get(finding.code, 0) + 1
                        if out is not None:
                            out.write(finding.model_dump_json() + "\n")
                    if self.annotate:
                        doc.metadata[FINDINGS_KEY] = [finding_summary(f) for f in found or ()]
                    yield doc
            finally:
                add_counts(self, counts)
        write_crashes(self.output_folder, rank, self.crashes)


CRASHES = "crashes/{rank:05d}.json"  # the rules' crashes of a task: [{"path", "message"}]


def write_crashes(folder: Any, rank: int, crashes: list[dict[str, Any]], name: str = CRASHES) -> None:
    """The task's crashes, written whole (none: an empty list, so a rerun replaces an earlier attempt's)."""
    if folder is None:
        return
    import json

    from datatrove.io import get_datafolder

    from corpuslint.dist.atomic import opener

    with opener(get_datafolder(folder))(name.format(rank=rank), "wt") as handle:
        json.dump(crashes, handle)


class CorpuslintFixer(LinterStep):
    """Apply corpuslint's fixes to each document's text and metadata; follow it with any writer.

    Args:
        config: a corpuslint config (path, dict or None).
        unsafe: also apply unsafe fixes (`--unsafe-fixes`).
        only: apply only the fixes of these codes.
        index: the corpus index of the multi-stage job, for the corpus rules' fixes.

    A fix never empties a document silently: one whose text a fix removed whole (CL911, unsafe)
    is dropped and counted as `emptied`. `fixed_<code>` counts the fixes applied per rule. A chat
    record is fixed as `check --fix` fixes it (each fix inside one message); its text stays its
    messages joined, and `chat_messages(doc)` gives each message's fixed string by its place.
    """

    name = "🔧 corpuslint fixer"
    type = "✂️ - FORMAT"

    def __init__(self, config: ConfigLike = None, *, unsafe: bool = False, only: Iterable[str] | None = None,
                 index: Any = None) -> None:
        super().__init__(config, index)
        self.unsafe = unsafe
        self.only = set(only) if only else None

    def run(self, data: Iterable, rank: int = 0, world_size: int = 1):
        linter = self.linter_for(rank, world_size)
        for dt_doc in data or ():
            doc = to_corpuslint(dt_doc)
            with self.track_time():
                try:
                    if self._view is not None:
                        self._view.focus(linter, doc, fixing=True)
                    result = linter.fix(doc, unsafe=self.unsafe, only=self.only)
                except RuleCrash as exc:
                    logger.error(f"corpuslint: {exc}")
                    self.stat_update("rule_crashed")
                    yield dt_doc
                    continue
            for code, n in result.applied.items():
                self.stat_update(f"fixed_{code}", value=n)
            fixed = result.document
            if not fixed.text.strip():
                self.stat_update("emptied")
                continue
            internal = {k: v for k, v in dt_doc.metadata.items() if k in INTERNAL_KEYS}
            if fixed.origin.parts and ORIGIN_KEY in internal:
                # a chat record: its text is its messages joined, as the reader gave it; where each
                # message lies in the fixed text (`chat_messages`), as `check --fix` puts them back
                internal[ORIGIN_KEY] = {**internal[ORIGIN_KEY], "parts": [list(p) for p in fixed.origin.parts]}
            dt_doc.text = fixed.text
            dt_doc.metadata = {**fixed.metadata, **internal}
            yield dt_doc
