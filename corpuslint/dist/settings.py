"""What every step is handed and builds inside `run()`: the config, the linter, a findings file.

Steps are pickled to worker processes (and to other machines), so they hold the config as given
(a file path, a dict of its keys, or None) and build their `Linter` on first use in the worker.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from typing import IO, Any, Union

# a stage's loop with the collector's sweeps lean: the CLI's check uses it too, so it lives below both
from corpuslint.runner import GC_THRESHOLD, lean_gc  # noqa: F401

ConfigLike = Union[str, "os.PathLike[str]", dict, None]


def rule_budget(linter) -> contextlib.AbstractContextManager[None]:
    """The rules' CPU budget (`timeout`, CL909) while a stage runs them on one document, as `corpuslint
    check` runs them (runner.time_budget: CPU time, its profiling timer armed). Without it a stage's
    rules had no budget but the wall-clock `timeout=` of their `regex` calls (`RuleClock.regex_timeout`
    gives one where no timer runs), which a loaded machine ran out: which rules stopped, and so the job's
    findings, depended on the load, and could differ from check's. Armed per document, never across a
    stage's own I/O (Arrow's threads)."""
    from corpuslint.runner import time_budget

    return time_budget(linter.config.timeout, linter.clock)


def load(config: ConfigLike):
    """A validated corpuslint `Config` from a path, a dict of config keys, or None (the defaults)."""
    from corpuslint.config import Config, load_config

    if isinstance(config, Config):
        return config
    if config is None:
        return load_config(None)
    if isinstance(config, dict):
        return load_config(None, overrides=config)
    return load_config(config)


_REGISTRY: list = []  # the plugins' rules, formats and reporters: found once per process


def build_linter(config: ConfigLike):
    """corpuslint's public Linter (check and fix) for the config.

    Every step and stage builds its own (a job's eight, in one process at one worker): the
    registry they share is built once per process, as loading the plugins' entry points was
    ~0.1 s each time."""
    from corpuslint.plugins import build_registry
    from corpuslint.session import Linter

    if not _REGISTRY:
        _REGISTRY.append(build_registry())
    return Linter(load(config), registry=_REGISTRY[0])


@contextlib.contextmanager
def findings_writer(folder: Any, name: str) -> Iterator[IO[str] | None]:
    """A gzipped text file `name` in `folder` (a path, URL or DataFolder), or None without a folder.

    Written whole by one task: a task run again (datatrove reruns the unfinished ones) writes it
    afresh, never appends to what a crashed attempt left. Compressed at gzip level 1, not the 9
    of fsspec's "gzip": 12,700 findings (9.5 MB of JSON) took 0.15 CPU s at 9, 0.04 at 1, for a
    file a third larger (1.4 MB, not 1.06), a cost the CLI writing the same lines does not have.
    """
    if folder is None:
        yield None
        return
    import gzip
    import io

    from datatrove.io import get_datafolder

    from corpuslint.dist.atomic import opener

    with opener(get_datafolder(folder))(name, "wb") as raw, \
            gzip.GzipFile(fileobj=raw, mode="wb", compresslevel=FINDINGS_GZIP_LEVEL, mtime=0) as packed, \
            io.TextIOWrapper(packed, encoding="utf-8", newline="") as handle:
        yield handle


FINDINGS_GZIP_LEVEL = 1


def system_arrow_pool() -> None:
    """Arrow's buffers from the C library's allocator in this process (`corpuslint dist check`),
    unless the user chose a pool (`ARROW_DEFAULT_MEMORY_POOL`). pyarrow's default here, mimalloc,
    faults its memory in at a high system-CPU cost: at 8,000 documents the job spent 0.55-0.70 s
    of system CPU with it, 0.27-0.42 with the system pool (the CLI, no Arrow: 0.2), the same user
    CPU. A process-wide choice, so made by the command, not by the steps (a user's pipeline)."""
    if os.environ.get("ARROW_DEFAULT_MEMORY_POOL"):
        return
    import pyarrow as pa

    pa.set_memory_pool(pa.system_memory_pool())




def add_counts(step: Any, counts: dict[str, int]) -> None:
    """Add to a datatrove step's stats what `step.stat_update(label)` called `n` times would:
    datatrove's `MetricStats` of n updates of 1 (total n, mean 1, min = max = 1, no variance),
    added the way datatrove merges the stats of tasks. A loop counts in a dict and adds once,
    not one update a document and another a finding (~10,000 per 2,000 documents)."""
    from datatrove.utils.stats import MetricStats

    for label, n in counts.items():
        if n:
            step.stats[label] += MetricStats(total=n, n=n, mean=1.0, min=1, max=1)


SAMPLE = ("Our reporter visited www.example.com and example.org.\n\nSign up for our newsletter!\n\n"
          "By Jane Doe. Jane Doe is a writer based in Chicago. Follow her on Twitter.")


def warm_up(config: ConfigLike) -> None:
    """Build a linter and run every rule once on a small document, in this process: the rules'
    patterns, packs and tables are compiled and loaded once per process (~0.4 s), so workers
    forked afterwards start with them instead of paying it once per task and stage."""
    from corpuslint.index import MemoryIndex
    from corpuslint.models import Document
    from corpuslint.results import RuleCrash

    linter = build_linter(config)
    docs = [Document.from_text(SAMPLE, path=f"warm-up-{i}.txt") for i in range(2)]
    index = MemoryIndex()
    for doc in docs:
        linter.collect(index, doc)
    linter.use_index(index)
    for doc in docs:
        with contextlib.suppress(RuleCrash):  # a rule's crash is the tasks' to report, on the data's documents
            linter.check_document(doc)
