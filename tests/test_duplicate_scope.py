"""A run that checks some files against the corpus index (pre-commit's staged files) reports a
duplicate pair with one side unchecked on the checked side, whichever sorts first (CL411, CL412);
a full run keeps the later copy in path order."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from corpuslint.config import load_config
from corpuslint.engine import Linter

DATA = Path(__file__).parent / "data" / "corpus"
ORIGINAL = "fakenewsnet-BuzzFeed_Real_65"  # a real story; its copies sort before ("aa") and after ("zz") it
OTHERS = ["fnc1-train-0059", "fnc1-train-0077", "fakenewsnet-BuzzFeed_Real_69"]


@pytest.fixture
def corpus(tmp_path: Path) -> Path:
    root = tmp_path / "corpus"
    root.mkdir()
    for name in [ORIGINAL, *OTHERS]:
        shutil.copy(DATA / f"{name}.txt", root)
    (root / "corpuslint.yaml").write_text("select: [CL151, CL410, CL411, CL412]\n", encoding="utf-8")
    return root


def run(root: Path, *names: str, cache: bool = False):
    linter = Linter(load_config(root / "corpuslint.yaml"))
    return linter.run([str(root / n) for n in names] or [str(root)], jobs=1, cache=cache)


def found(result, code: str) -> dict[str, str]:
    return {Path(f.path).name: f.data["earlier"] for f in result.findings if f.code == code}


def near_copy(root: Path, name: str) -> None:
    """The story with its last paragraph left out: a near copy, not an exact one."""
    text = (root / f"{ORIGINAL}.txt").read_text(encoding="utf-8").rstrip()
    (root / name).write_text(text.rsplit("\n\n", 1)[0] + "\n", encoding="utf-8")


@pytest.mark.parametrize("name", ["aa-copy.txt", "zz-copy.txt"])
def test_a_staged_copy_is_reported_on_itself_whichever_sorts_first(corpus, name):
    run(corpus)  # the committed corpus: its index built
    shutil.copy(corpus / f"{ORIGINAL}.txt", corpus / name)
    result = run(corpus, name)
    dup = found(result, "CL411")
    assert list(dup) == [name] and Path(dup[name]).name == f"{ORIGINAL}.txt"
    role = "the copy this run does not check" if name < ORIGINAL else "the earlier copy"
    assert [r.message for f in result.findings if f.code == "CL411" for r in f.related] == [role]
    # the original is in the index, not on the command line: the message says so (tester30)
    [finding] = [f for f in result.findings if f.code == "CL411"]
    assert f"{ORIGINAL}.txt, indexed but not checked in this run (" in finding.message
    assert finding.data["earlier_checked"] is False


def test_a_full_run_reports_the_later_copy_only(corpus):
    shutil.copy(corpus / f"{ORIGINAL}.txt", corpus / "aa-copy.txt")
    shutil.copy(corpus / f"{ORIGINAL}.txt", corpus / "zz-copy.txt")
    dup = found(run(corpus), "CL411")
    assert sorted(dup) == [f"{ORIGINAL}.txt", "zz-copy.txt"]
    assert {Path(p).name for p in dup.values()} == {"aa-copy.txt"}


def test_two_staged_copies_of_a_committed_story_are_both_reported(corpus):
    run(corpus)
    for name in ("aa-copy.txt", "ab-copy.txt"):
        shutil.copy(corpus / f"{ORIGINAL}.txt", corpus / name)
    dup = found(run(corpus, "aa-copy.txt", "ab-copy.txt"), "CL411")
    assert sorted(dup) == ["aa-copy.txt", "ab-copy.txt"]


def test_checked_with_its_original_the_first_copy_is_left_alone(corpus):
    """Both sides checked (named together): today's order, the later copy."""
    run(corpus)
    shutil.copy(corpus / f"{ORIGINAL}.txt", corpus / "aa-copy.txt")
    dup = found(run(corpus, "aa-copy.txt", f"{ORIGINAL}.txt"), "CL411")
    assert list(dup) == [f"{ORIGINAL}.txt"]


def test_the_result_cache_keeps_a_full_runs_answer_apart_from_a_partial_runs(corpus):
    shutil.copy(corpus / f"{ORIGINAL}.txt", corpus / "aa-copy.txt")
    assert "aa-copy.txt" not in found(run(corpus, cache=True), "CL411")  # full run: the original's
    assert "aa-copy.txt" in found(run(corpus, "aa-copy.txt", cache=True), "CL411")  # unchanged, other scope
    assert "aa-copy.txt" not in found(run(corpus, cache=True), "CL411")


@pytest.mark.parametrize("name", ["aa-near.txt", "zz-near.txt"])
def test_a_staged_near_copy_is_reported_on_itself_whichever_sorts_first(corpus, name):
    run(corpus)
    near_copy(corpus, name)
    near = found(run(corpus, name), "CL412")
    assert list(near) == [name] and Path(near[name]).name == f"{ORIGINAL}.txt"
    later = f"{ORIGINAL}.txt" if name < ORIGINAL else name
    [full] = [f for f in run(corpus).findings if f.code == "CL412"]
    assert Path(full.path).name == later  # a full run: the later one in path order, both checked
    assert "not checked in this run" not in full.message and "earlier_checked" not in full.data


def test_a_partial_runs_scope_reads_each_path_once():
    """`is_checked` is asked of every occurrence CL411/CL412 read (~4,800 per 10 MB): each path is made
    relative once a run (`_relative`: abspath and relpath), and a new run's scope answers afresh."""
    from corpuslint.scope import Scoped

    class Index(Scoped):
        def __init__(self) -> None:
            self.asked: list[str] = []

        def _stored_paths(self):
            return ["a.txt", "b.txt"]

        def _relative(self, path: str) -> str:
            self.asked.append(path)
            return path.removeprefix("./")

    index = Index()
    index.limit_to(["./a.txt"])
    assert [index.is_checked(p) for p in ["./a.txt", "./b.txt", "./a.txt", "./b.txt"]] == [True, False, True, False]
    assert index.asked == ["./a.txt", "./a.txt", "./b.txt"]  # limit_to's, then once a path
    index.limit_to(["./b.txt"])
    assert [index.is_checked(p) for p in ["./a.txt", "./b.txt"]] == [False, True]
    index.limit_to(["./a.txt", "./b.txt"])  # a full run: every file checked, no path read
    index.asked.clear()
    assert index.is_checked("./a.txt") and index.is_checked("./zz.txt") and not index.asked
