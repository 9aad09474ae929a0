"""A stage-1 file torn by a killed worker is never read as complete (corpuslint.dist.atomic): a file
is written under a hidden temporary name and renamed once whole, so a kill mid-write leaves no file
under the final name; a resume redoes the task (no completion marker) and finds what a clean run
finds. Real processes: the worker writes half of its file and SIGKILLs itself.
"""

from __future__ import annotations

import io
import shutil

import pytest

pytest.importorskip("datatrove")
pytest.importorskip("pyarrow")

import pyarrow.parquet as pq  # noqa: E402

from test_dist_job import multiset  # noqa: E402
from test_dist_worker_death import ARGS, CORPUS, expected, resume, run_cli  # noqa: E402,F401 - a fixture

TORN = "fingerprints/00001/00001.parquet"  # task 1's file of bucket 1

# task 1 of stage 1 dies in the middle of writing TORN (half its bytes written and flushed)
DIES_WRITING = r"""
import io, os, signal, sys
import pyarrow.parquet as pq
from corpuslint.dist import job

original = job.write_table

def write_table(opener, name, table, *, sort=False):
    if name == "%s":
        data = io.BytesIO()
        pq.write_table(table, data, compression="zstd")
        handle = opener(name, "wb")
        handle.write(data.getvalue()[: len(data.getvalue()) // 2])
        handle.flush()
        os.kill(os.getpid(), signal.SIGKILL)
    return original(opener, name, table, sort=sort)

job.write_table = write_table
from corpuslint.cli import main
sys.exit(main(sys.argv[2:]))
""" % TORN


def parquet_files(work):
    return [p for p in work.rglob("*.parquet") if "logs" not in p.parts]


def test_a_worker_killed_while_writing_leaves_no_torn_file_and_a_resume_redoes_its_task(tmp_path, expected, cli,
                                                                                        monkeypatch):
    import test_dist_worker_death

    shutil.copytree(CORPUS, tmp_path / "corpus")
    monkeypatch.setattr(test_dist_worker_death, "SCRIPT", DIES_WRITING)
    code, out, err = run_cli(tmp_path, "-", *ARGS, "--work-dir", "w")  # "-": the script's own argv[1]
    assert code == 2 and "task 1's worker died (signal 9)" in err, err[-3000:]
    work = tmp_path / "w"
    assert not (work / TORN).exists()  # the half-written file is not there under its name
    for path in parquet_files(work):  # every file there under a final name is whole
        pq.read_metadata(path)
    assert not (work / "logs" / "fingerprints" / "completions" / "00001").exists()

    code, out, err = resume(cli, tmp_path)  # the same command resumes
    assert code == 1, err[-3000:]
    assert multiset(out.splitlines()) == expected
    assert not list(work.rglob("*.partial"))  # the task, redone, wrote its files whole and renamed them
    pq.read_metadata(work / TORN)


def test_a_torn_stage_1_file_of_a_task_without_its_marker_is_redone_on_resume(tmp_path, expected, cli):
    """A file truncated mid-record by hand, of a task without its completion marker (as a kill left it
    before the writes were atomic): the resume redoes the task and never reads the torn bytes."""
    shutil.copytree(CORPUS, tmp_path / "corpus")
    code, _out, err = run_cli(tmp_path, "fingerprints", "kill", *ARGS, "--work-dir", "w")  # task 1 dies
    assert code == 2, err[-3000:]
    work = tmp_path / "w"
    done = work / "fingerprints" / "00001" / "00000.parquet"  # task 0's, whole: a model for the torn one
    whole = done.read_bytes() if done.exists() else _a_parquet()
    (work / TORN).parent.mkdir(parents=True, exist_ok=True)
    (work / TORN).write_bytes(whole[: len(whole) // 2])
    (work / "docs").mkdir(exist_ok=True)
    (work / "docs" / "00001.json").write_text('{"rank": 1, "tasks": 4, "buckets": 3, "documents": 2, "fil')

    code, out, err = resume(cli, tmp_path)
    assert code == 1, err[-3000:]
    assert multiset(out.splitlines()) == expected
    pq.read_metadata(work / TORN)


def _a_parquet() -> bytes:
    import pyarrow as pa

    data = io.BytesIO()
    pq.write_table(pa.table({"kind": ["a"] * 100, "key": [str(i) for i in range(100)]}), data)
    return data.getvalue()
