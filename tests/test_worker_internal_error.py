"""A bug that escapes a `--jobs` worker (a built-in exception out of corpuslint's own code) is
reported as the internal error it is without --jobs, in the same words (review15: it read
`error: a worker's work unit failed: KeyError ...`); a corpuslint error stays an error."""

from __future__ import annotations

import pytest

from corpuslint.errors import TaskFailed, UsageError
from corpuslint.runner import map_units

BUG = ("corpuslint: internal error: KeyError: 'language'\n"
       "This is a bug in corpuslint or a plugin; rerun with CORPUSLINT_DEBUG=1 for the traceback.")


@pytest.fixture
def run(cli, monkeypatch):
    """`check --no-index --isolated corpus ARGS` in-process (`main` reports the internal error, not the
    process), the file-level step of the check raising a KeyError past its own guard (a bug in
    corpuslint); forked `--jobs` workers inherit the patch."""
    import corpuslint.work as work

    def process_file(linter, path, **mode):
        raise KeyError("language")

    monkeypatch.setattr(work, "process_file", process_file)
    monkeypatch.setenv("CORPUSLINT_PARALLEL_MIN_BYTES", "0")  # workers even for a few small files
    monkeypatch.delenv("CORPUSLINT_DEBUG", raising=False)

    def run_in(tmp_path, *args: str, debug: bool = False):
        if debug:
            monkeypatch.setenv("CORPUSLINT_DEBUG", "1")
        return cli("check", "--no-index", "--isolated", "corpus", *args, cwd=tmp_path)

    return run_in


@pytest.mark.parametrize("jobs", [[], ["--jobs", "2"]])
def test_a_workers_bug_is_an_internal_error_with_or_without_jobs(run, tmp_path, jobs):
    (tmp_path / "corpus").mkdir()
    for n in range(4):
        (tmp_path / "corpus" / f"{n}.txt").write_text(f"Story {n}.\n\nThe council met on Tuesday.\n")
    out = run(tmp_path, *jobs)
    assert out.code == 2
    assert out.err.strip() == BUG, out.err[-2000:]


def test_with_debug_a_workers_bug_shows_its_traceback(run, tmp_path):
    (tmp_path / "corpus").mkdir()
    for n in range(4):
        (tmp_path / "corpus" / f"{n}.txt").write_text(f"Story {n}.\n")
    out = run(tmp_path, "--jobs", "2", debug=True)
    assert out.code == 2 and 'in process_file' in out.err and BUG in out.err


def key_error(unit):
    if unit == 2:
        raise KeyError("x")
    return [unit]


def usage_error(unit):
    raise UsageError("bad unit")


def test_the_worker_marks_a_bug_and_not_its_own_error():
    with pytest.raises(TaskFailed) as caught:
        list(map_units([1, 2, 3], key_error, jobs=2))
    assert caught.value.internal == "KeyError: 'x'"
    with pytest.raises(UsageError, match="bad unit"):  # corpuslint's own error: itself, reported as an error
        list(map_units([1, 2], usage_error, jobs=2))
