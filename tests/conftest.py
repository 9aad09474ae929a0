"""Shared fixtures: run the CLI in-process, and paths to the real documents kept in tests/data."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pytest

# each test's setup, call and teardown fail, with every thread's stack, if they hang (tests/hang_guard.py)
from hang_guard import (  # noqa: F401
    pytest_runtest_call, pytest_runtest_protocol, pytest_runtest_setup, pytest_runtest_teardown)

DATA = Path(__file__).parent / "data"
ROOT = Path(__file__).parent.parent
SEED = ROOT / "seeds" / "000_8649d156db22d76a.txt"


@pytest.fixture(autouse=True, scope="session")
def _subprocesses_run_this_checkout(tmp_path_factory):
    """A test that starts `python -m corpuslint` in a subprocess (often from a temporary folder)
    runs this checkout's code, not whichever corpuslint the venv has installed: a git worktree
    shares its venv with the main checkout (test_dist_worker_death, test_dist_input_faults ran
    main's code there).

    And it imports compiled bytecode: with PYTHONDONTWRITEBYTECODE set (as in the shells here) no
    `.pyc` of the checkout is written, so each subprocess of the suite compiled the ~170
    modules a check imports from source (~0.3 of a `check`'s 0.7 CPU s). The subprocesses write
    and share theirs under the session's temporary folder (PYTHONPYCACHEPREFIX): the checkout
    stays free of bytecode, as the variable asks."""
    import os

    saved = {name: os.environ.get(name) for name in ("PYTHONPATH", "PYTHONDONTWRITEBYTECODE", "PYTHONPYCACHEPREFIX")}
    os.environ["PYTHONPATH"] = os.pathsep.join(filter(None, [str(ROOT.resolve()), saved["PYTHONPATH"]]))
    if saved["PYTHONDONTWRITEBYTECODE"]:
        del os.environ["PYTHONDONTWRITEBYTECODE"]
        os.environ["PYTHONPYCACHEPREFIX"] = str(tmp_path_factory.getbasetemp() / "pycache")
    yield
    for name, value in saved.items():
        if value is None:
            os.environ.pop(name, None)
        else:
            os.environ[name] = value


class CliResult:
    def __init__(self, code: int, out: str, err: str) -> None:
        self.code, self.out, self.err = code, out, err

    def json(self):
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"CliResult(code={self.code}, out={self.out[:2000]!r}, err={self.err[:2000]!r})"


@pytest.fixture
def cli(capsys, monkeypatch):
    """Run `corpuslint ARGS...` in-process; returns exit code, stdout and stderr."""
    from corpuslint.cli import main

    def run(*args: str, cwd: Path | None = None) -> CliResult:
        if cwd is not None:
            monkeypatch.chdir(cwd)
        capsys.readouterr()
        code = main([str(a) for a in args])
        captured = capsys.readouterr()
        return CliResult(code, captured.out, captured.err)

    return run


@pytest.fixture
def seed_copy(tmp_path) -> Path:
    target = tmp_path / "corpus"
    target.mkdir()
    shutil.copy(SEED, target / SEED.name)
    return target / SEED.name


# -- the corpus rules (CL151, CL410, CL411, CL412) on the documents of tests/data/corpus ------------

CORPUS_DATA = DATA / "corpus"
CORPUS_CODES = ["CL151", "CL410", "CL411", "CL412"]
# Wire stories that four outlets ran: their paragraphs repeat, but are quotations, not boilerplate.
SHARED_WIRE = ["fnc1-train-0035", "fnc1-train-0432", "fnc1-train-1162", "fnc1-train-1318",
               "fnc1-train-0061", "fnc1-train-0117", "fnc1-train-1815", "fnc1-train-2325"]


def corpus_docs(names=None):
    """The documents of tests/data/corpus (all, or those named)."""
    from corpuslint import Document

    paths = sorted(CORPUS_DATA.glob("*.txt")) if names is None else [CORPUS_DATA / f"{n}.txt" for n in names]
    return [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem, path=str(p)) for p in paths]


def corpus_linter(**rules):
    """A linter running the four corpus rules, with these rule options."""
    from corpuslint import Linter
    from corpuslint.config import Config

    return Linter(Config(select=CORPUS_CODES, rules=rules))


@pytest.fixture(scope="session")
def corpus_findings():
    """The four corpus rules' findings in tests/data/corpus, computed once for the families' tests."""
    return corpus_linter().check(corpus_docs())


def by(findings, code, name=None):
    """The findings of `code` (in the document named `name`)."""
    return [f for f in findings if f.code == code and (name is None or Path(f.path).stem == name)]


# -- the dist tests' corpus (tests/data/dist/corpus) ----------------------------------------------

DIST_CORPUS = DATA / "dist" / "corpus"


@pytest.fixture(scope="session")
def dist_check_lines(tmp_path_factory) -> list[str]:
    """What `corpuslint check corpus --output-format jsonl` prints for a copy of tests/data/dist/corpus
    (paths `corpus/...`, as the jobs name them): the lines every dist test compares its job with, found
    once a session, in-process (test_dist_job, test_dist_worker_death, test_dist_torn_files and
    test_dist_idle_worker each ran this check, one of them in a subprocess: ~5 s of imports under load)."""
    import contextlib
    import io
    import os

    from corpuslint.cli import main

    base = tmp_path_factory.mktemp("dist-check")
    shutil.copytree(DIST_CORPUS, base / "corpus")
    out, err, here = io.StringIO(), io.StringIO(), os.getcwd()
    os.chdir(base)
    try:
        with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
            code = main(["check", "corpus", "--output-format", "jsonl"])
    finally:
        os.chdir(here)
    assert code == 1, err.getvalue()
    return out.getvalue().splitlines()
