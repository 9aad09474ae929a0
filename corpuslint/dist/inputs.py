"""What stage 1 of the corpus job read, so that a rerun never merges old outputs with new data.

datatrove skips a task whose completion marker exists; a rerun after the data changed would then
mix fingerprints, answers and findings of the old files with checks of the new ones, or report
the old findings as if they were the new data's. So each task of stage 1 records the files of its
shard with a stamp (size and modification time in nanoseconds; on remote storage the size and
whatever version the store reports), and before anything runs, and again before a check task
reads, the files are stamped again: a file that changed, appeared or went is a `StaleInputs`
error naming it. A file rewritten with the same size within one modification-time tick is not
seen (a content hash would cost a second read of the corpus); a `touch` without a change is, so
the error is on the safe side.
"""

from __future__ import annotations

import json
import os
from typing import Any

from corpuslint.dist.atomic import finished

# what a work folder holds of one job: cleared by `restart` (never anything else in the folder)
JOB_ENTRIES = ("job.json", "fingerprints", "features", "spill", "requests", "answers", "resolved", "docs", "findings",
               "crashes", "logs")


class JobMismatch(RuntimeError):
    """The work folder or the data is not what this job's stages must share (another job's
    settings, another reader or task count, changed files): the user's to resolve."""


class StaleInputs(JobMismatch):
    """The data changed since stage 1 read it; the work folder's outputs are of the old data."""


def shard_of(reader: Any, rank: int, world_size: int) -> list[str]:
    """The files (relative to the reader's data folder) that task `rank` reads."""
    if hasattr(reader, "files_shard"):  # CorpuslintReader
        return list(reader.files_shard(rank, world_size))
    if getattr(reader, "paths_file", None):
        from datatrove.io import get_shard_from_paths_file

        return list(get_shard_from_paths_file(reader.paths_file, rank, world_size))
    return list(reader.data_folder.get_shard(rank, world_size, recursive=getattr(reader, "recursive", True),
                                             glob_pattern=getattr(reader, "glob_pattern", None)) or [])


def stamp(reader: Any, filepath: str) -> list:
    """[size, modification time in ns] of a local file; [size, the store's version] elsewhere;
    None for a file that is gone."""
    folder = reader.data_folder
    from fsspec.implementations.local import LocalFileSystem

    try:
        if isinstance(getattr(folder, "fs", None), LocalFileSystem):
            path = folder.resolve_paths(filepath)
            try:
                st = os.stat(path)
            except OSError:  # a broken symbolic link or a loop: the reader reports CL901; the link is stamped
                st = os.lstat(path)
                return [st.st_size, st.st_mtime_ns, "unreadable"]
            return [st.st_size, st.st_mtime_ns]
        info = folder.info(filepath)
    except FileNotFoundError:
        return None
    version = next((info[k] for k in ("mtime", "LastModified", "last_modified", "updated", "ETag", "etag")
                    if info.get(k) is not None), None)
    return [info.get("size"), str(version) if version is not None else None]


def stamps(reader: Any, rank: int, world_size: int) -> dict[str, list]:
    return {f: stamp(reader, f) for f in shard_of(reader, rank, world_size)}


def shown(reader: Any, filepath: str) -> str:
    if hasattr(reader, "shown_path"):
        return reader.shown_path(filepath)
    return reader.data_folder.resolve_paths(filepath)


def changes(reader: Any, recorded: dict[str, list], rank: int, world_size: int) -> list[str]:
    """What differs between the files task `rank` read in stage 1 and the files there now."""
    now = stamps(reader, rank, world_size)
    found = []
    for f in sorted(set(recorded) | set(now)):
        if f not in now:
            found.append(f"{shown(reader, f)} is gone" if stamp(reader, f) is None else
                         f"{shown(reader, f)} is no longer in task {rank}'s shard")
        elif f not in recorded:
            found.append(f"{shown(reader, f)} is new")
        elif now[f] != (None if recorded[f] is None else list(recorded[f])):
            found.append(f"{shown(reader, f)} changed")
    return found


def stale_error(work_dir: Any, found: list[str]) -> StaleInputs:
    more = f" (and {len(found) - 3} more)" if len(found) > 3 else ""
    return StaleInputs(f"{'; '.join(found[:3])}{more} since the fingerprint stage read the data: the work folder "
                       f"{work_dir} holds outputs of the old data, which are never merged with new ones; rerun with "
                       "--restart (clears the job's outputs there) or use a fresh --work-dir")


def check_inputs(work_dir: Any, reader: Any, tasks: int) -> None:
    """Before a (re)run: every task stage 1 finished must find its files as it read them. Only a
    finished task's manifest is read (its completion marker): one that was killed may have left a
    torn one, and the rerun writes it afresh."""
    from datatrove.io import get_datafolder

    folder = get_datafolder(work_dir)
    if not folder.isdir("docs"):
        return
    found: list[str] = []
    for name in finished(folder.list_files("docs")):
        if not folder.exists(f"logs/fingerprints/completions/{name.rpartition('/')[2].removesuffix('.json')}"):
            continue
        with folder.open(name, "rt") as handle:
            record = json.load(handle)
        if "inputs" in record:
            found.extend(changes(reader, record["inputs"], record["rank"], tasks))
    if found:
        raise stale_error(work_dir, found)


def clear(work_dir: Any) -> None:
    """Remove the job's outputs from the work folder (`restart`), and nothing else there."""
    from datatrove.io import get_datafolder

    folder = get_datafolder(work_dir)
    for entry in JOB_ENTRIES:
        if folder.isdir(entry):
            folder.rm(entry, recursive=True)
        elif folder.exists(entry):
            folder.rm(entry)
