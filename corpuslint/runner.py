"""Running the engine over many files, in worker processes when that pays.

Workers are forked after the linter (rules compiled, corpus index built) exists, so each starts
with a copy of it instead of rebuilding it; only file paths go in and findings come out.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from corpuslint.engine import FileOutcome, Linter

_LINTER: Linter | None = None  # the forked workers' copy
_MODE: dict[str, bool] = {}


def process_file(linter: Linter, path: str, *, fix: bool, unsafe: bool, diff: bool) -> FileOutcome:
    from corpuslint.engine import FileOutcome, RuleCrash
    from corpuslint.fixer import fix_file

    try:
        if fix or diff:
            return fix_file(linter, path, unsafe=unsafe, write=fix and not diff, diff=diff)
        return linter.check_file(path)
    except RuleCrash as exc:
        return FileOutcome(path=path, errors=[str(exc)])
    except Exception as exc:  # never a traceback for one file's sake; name it and go on
        return FileOutcome(path=path, errors=[f"{path}: internal error: {type(exc).__name__}: {exc}"])


def _work(paths: list[str]) -> list[FileOutcome]:
    assert _LINTER is not None
    return [process_file(_LINTER, p, **_MODE) for p in paths]


def _batches(files: list[str], target_bytes: int = 2 * 1024 * 1024, max_files: int = 200) -> list[list[str]]:
    batches, current, size = [], [], 0
    for path in files:
        try:
            length = os.path.getsize(path)
        except OSError:
            length = 0
        current.append(path)
        size += length
        if size >= target_bytes or len(current) >= max_files:
            batches.append(current)
            current, size = [], 0
    if current:
        batches.append(current)
    return batches


def total_bytes(files: list[str]) -> int:
    total = 0
    for path in files:
        try:
            total += os.path.getsize(path)
        except OSError:
            pass
    return total


def run_files(linter: Linter, files: list[str], *, fix: bool, unsafe: bool, diff: bool,
              jobs: int | None = None, progress: Any = None) -> Iterator[FileOutcome]:
    from corpuslint.engine import PARALLEL_MIN_BYTES

    jobs = jobs or linter.config.jobs or os.cpu_count() or 1
    parallel = jobs > 1 and len(files) > 1 and not linter.plugins and total_bytes(files) >= PARALLEL_MIN_BYTES
    if not parallel:
        for path in files:
            outcome = process_file(linter, path, fix=fix, unsafe=unsafe, diff=diff)
            if progress:
                progress(1)
            yield outcome
        return

    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    global _LINTER, _MODE
    _LINTER, _MODE = linter, {"fix": fix, "unsafe": unsafe, "diff": diff}
    context = multiprocessing.get_context("fork")
    batches = _batches(files)
    with ProcessPoolExecutor(max_workers=jobs, mp_context=context) as pool:
        # map keeps the order of files, so output is deterministic whatever the scheduling
        for outcomes in pool.map(_work, batches):
            for outcome in outcomes:
                if progress:
                    progress(1)
                yield outcome
