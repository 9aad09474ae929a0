"""The pre-commit hooks, run by the real `pre-commit` against this checkout.

A throwaway git repository holds a tiny corpus and a `.pre-commit-config.yaml` that names this
checkout as a hook repository at a fixed rev, exactly as a user's config names ours by URL and
tag. pre-commit then builds its own virtualenv and pip-installs corpuslint from that rev (the
build backend and the dependencies come from PyPI), so the hooks are tested as users get them.

This checkout's working tree (committed or not; what the install reads of it: `INSTALLED`) is first
copied into a "shadow" repository and committed there, so uncommitted edits are tested too (what
`pre-commit try-repo` does).

Slow (one virtualenv per session; PRE_COMMIT_HOME is a per-session temp dir). Set
CORPUSLINT_SKIP_PRECOMMIT=1 to skip it locally; CI must run it.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).parent.parent
DATA = Path(__file__).parent / "data" / "ci"
DEFECT = "fnc1-train-0537.txt"  # real article with six `&nbsp;`/`&hellip;` entities (CL202, safe fixes)
CLEAN = "fakenewsnet-BuzzFeed_Real_41.txt"  # real article, clean for every default rule
# the corpus repository's config: the hooks read it like a user's (only the families this test
# is about, so that a new rule elsewhere cannot change what it proves)
CONFIG = "select: [markup, input]\n"
# what pre-commit's `pip install .` of the hook repository reads, with its top-level files (pyproject.toml,
# README.md, .pre-commit-hooks.yaml): the package and the packs the wheel force-includes. The tests (1,169
# files) and the rest were copied, committed and cloned for nothing (the copy and commit: 0.55 -> 0.12 CPU s).
INSTALLED = ("corpuslint/", "rules/")

pytestmark = [
    pytest.mark.skipif(bool(os.environ.get("CORPUSLINT_SKIP_PRECOMMIT")),
                       reason="CORPUSLINT_SKIP_PRECOMMIT is set"),
    pytest.mark.skipif(shutil.which("git") is None, reason="git is not installed"),
]


def _pre_commit() -> str:
    candidate = Path(sys.executable).parent / "pre-commit"
    found = str(candidate) if candidate.exists() else shutil.which("pre-commit")
    if found is None:
        if os.environ.get("CI"):
            pytest.fail("pre-commit is not installed; CI must install the `test` extra")
        pytest.skip("pre-commit is not installed (pip install pre-commit)")
    return found


def _env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith("GIT_") and k != "PRE_COMMIT"}
    env.update({
        "PRE_COMMIT_HOME": str(home),
        "GIT_AUTHOR_NAME": "test", "GIT_AUTHOR_EMAIL": "test@example.invalid",
        "GIT_COMMITTER_NAME": "test", "GIT_COMMITTER_EMAIL": "test@example.invalid",
        "GIT_CONFIG_NOSYSTEM": "1", "GIT_CONFIG_GLOBAL": os.devnull,
        "PIP_DISABLE_PIP_VERSION_CHECK": "1", "PRE_COMMIT_COLOR": "never", "NO_COLOR": "1",
    })
    return env


def _run(args: list[str], cwd: Path, env: dict[str, str], timeout: int = 600) -> subprocess.CompletedProcess:
    return subprocess.run(args, cwd=cwd, env=env, capture_output=True, text=True, timeout=timeout)


def _git(cwd: Path, env: dict[str, str], *args: str) -> str:
    result = _run(["git", *args], cwd, env)
    assert result.returncode == 0, f"git {' '.join(args)} failed: {result.stderr}"
    return result.stdout.strip()


@pytest.fixture(scope="session")
def hook_repo(tmp_path_factory) -> tuple[str, str, dict[str, str]]:
    """(repository path, rev, environment): this working tree committed in a shadow repository."""
    pre_commit = _pre_commit()
    base = tmp_path_factory.mktemp("precommit")
    env = _env(base / "home")
    env["PATH"] = os.pathsep.join([str(Path(pre_commit).parent), env.get("PATH", "")])
    shadow = base / "shadow"
    shadow.mkdir()
    listed = _run(["git", "ls-files", "-z", "--cached", "--others", "--exclude-standard"], ROOT, env)
    assert listed.returncode == 0, listed.stderr
    for name in filter(None, listed.stdout.split("\0")):
        source = ROOT / name
        if not source.is_file() or not (name.startswith(INSTALLED) or "/" not in name):
            continue
        target = shadow / name
        target.parent.mkdir(parents=True, exist_ok=True)
        shutil.copy2(source, target)
    _git(shadow, env, "init", "-q")
    _git(shadow, env, "add", "-A")
    _git(shadow, env, "commit", "-q", "--no-verify", "-m", "shadow of the working tree")
    return str(shadow), _git(shadow, env, "rev-parse", "HEAD"), env


def _corpus_repo(path: Path, env: dict[str, str], repo: str, rev: str, hooks: list[str]) -> Path:
    path.mkdir()
    _git(path, env, "init", "-q")
    (path / "corpus").mkdir()
    for name in (DEFECT, CLEAN):
        (path / "corpus" / name).write_bytes((DATA / name).read_bytes())
    (path / "README.txt").write_text("Not a corpus document.\n", encoding="utf-8")
    (path / "corpuslint.yaml").write_text(CONFIG, encoding="utf-8")
    hook_lines = "".join(f"      - id: {h}\n" for h in hooks)
    (path / ".pre-commit-config.yaml").write_text(
        f"repos:\n  - repo: {repo}\n    rev: {rev}\n    hooks:\n{hook_lines}", encoding="utf-8")
    _git(path, env, "add", ".pre-commit-config.yaml", "corpuslint.yaml")
    _git(path, env, "commit", "-q", "--no-verify", "-m", "config")
    return path


def test_hooks_file_names_both_hooks_checking_first():
    from ruamel.yaml import YAML

    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    assert [h["id"] for h in hooks] == ["corpuslint", "corpuslint-fix"]
    assert hooks[0]["entry"] == "corpuslint check --force-exclude --allow-empty"
    assert "--fix" in hooks[1]["entry"].split()
    for hook in hooks:
        assert hook["require_serial"] is True
        assert hook["language"] == "python"


def test_fix_hook_fails_when_it_writes_a_new_sidecar_even_with_nothing_left(tmp_path, cli):
    """qa17b F1: pre-commit fails a hook that changed a tracked file ("files were modified by this
    hook"), but it does not see a new, untracked file: a fix that only wrote a metadata sidecar
    the document did not have, leaving no finding, passed (exit 0). The hook's command exits 1
    when it wrote anything (--exit-non-zero-on-fix, as ruff's); the next run, with nothing to
    write, passes. Run here in-process with the hook's own entry (pre-commit itself: the tests below)."""
    from ruamel.yaml import YAML

    hooks = YAML(typ="safe").load((ROOT / ".pre-commit-hooks.yaml").read_text(encoding="utf-8"))
    entry = next(h["entry"] for h in hooks if h["id"] == "corpuslint-fix").split()
    assert entry[:2] == ["corpuslint", "check"] and "--exit-non-zero-on-fix" in entry
    seed = ROOT / "seeds" / "000_8649d156db22d76a.txt"  # title, date, source... in the body (CL504)
    (tmp_path / "a.txt").write_bytes(seed.read_bytes())
    (tmp_path / "corpuslint.yaml").write_text("select: [CL504]\n", encoding="utf-8")
    first = cli(*entry[1:], "a.txt", cwd=tmp_path)
    assert first.code == 1 and "Fixed 6 findings (CL504 ×6)" in first.out, first
    assert "All checks passed" in first.out and (tmp_path / "a.meta.yaml").is_file()  # new, nothing left
    assert cli(*entry[1:], "a.txt", cwd=tmp_path).code == 0  # nothing written: passes
    # without the option (a plain --fix) the exit code stays what remains decides
    (tmp_path / "a.meta.yaml").unlink()
    (tmp_path / "a.txt").write_bytes(seed.read_bytes())
    plain = cli("check", "--fix", "a.txt", cwd=tmp_path)
    assert plain.code == 0 and (tmp_path / "a.meta.yaml").is_file(), plain


def test_commit_with_a_defect_is_blocked_and_shows_the_finding(hook_repo, tmp_path):
    repo, rev, env = hook_repo
    corpus = _corpus_repo(tmp_path / "corpus-repo", env, repo, rev, ["corpuslint"])
    pre_commit = _pre_commit()
    installed = _run([pre_commit, "install"], corpus, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr

    _git(corpus, env, "add", "corpus", "README.txt")
    commit = _run(["git", "commit", "-m", "add documents"], corpus, env)
    output = commit.stdout + commit.stderr
    assert commit.returncode != 0, output
    assert f"corpus/{DEFECT}:13:66: CL202" in output
    assert "Failed" in output
    assert _run(["git", "rev-list", "--count", "HEAD"], corpus, env).stdout.strip() == "1"  # not committed

    # the clean document alone passes, and the commit goes through
    _git(corpus, env, "reset", "-q", f"corpus/{DEFECT}")
    commit = _run(["git", "commit", "-m", "clean document only"], corpus, env)
    assert commit.returncode == 0, commit.stdout + commit.stderr
    assert "Passed" in commit.stdout + commit.stderr


def test_fix_hook_fixes_the_file_and_the_second_run_passes(hook_repo, tmp_path):
    repo, rev, env = hook_repo
    corpus = _corpus_repo(tmp_path / "corpus-repo", env, repo, rev, ["corpuslint-fix", "corpuslint"])
    pre_commit = _pre_commit()
    _git(corpus, env, "add", "corpus")

    first = _run([pre_commit, "run"], corpus, env)
    output = first.stdout + first.stderr
    assert first.returncode == 1, output
    assert "files were modified by this hook" in output
    fixed = (corpus / "corpus" / DEFECT).read_text(encoding="utf-8")
    assert "&nbsp;" not in fixed and "&hellip;" not in fixed
    assert "\u2026" in fixed

    _git(corpus, env, "add", "corpus")
    second = _run([pre_commit, "run"], corpus, env)
    assert second.returncode == 0, second.stdout + second.stderr
    assert "Failed" not in second.stdout


def test_fix_hook_that_only_writes_a_new_sidecar_fails_the_run(hook_repo, tmp_path):
    """qa17b F1 through pre-commit: the only change is a new, untracked metadata sidecar, which
    pre-commit's "files were modified" test does not see; the hook's exit code fails the run."""
    repo, rev, env = hook_repo
    corpus = _corpus_repo(tmp_path / "corpus-repo", env, repo, rev, ["corpuslint-fix"])
    (corpus / "corpuslint.yaml").write_text("select: [CL504]\n", encoding="utf-8")
    (corpus / "corpus" / "seed.txt").write_bytes((ROOT / "seeds" / "000_8649d156db22d76a.txt").read_bytes())
    _git(corpus, env, "add", "corpuslint.yaml", "corpus")
    pre_commit = _pre_commit()
    first = _run([pre_commit, "run"], corpus, env)
    output = first.stdout + first.stderr
    assert first.returncode == 1 and "Failed" in output, output
    assert "files were modified by this hook" not in output  # the sidecar is untracked: unseen
    assert (corpus / "corpus" / "seed.meta.yaml").is_file()
    assert "?? corpus/seed.meta.yaml" in _git(corpus, env, "status", "--porcelain")
    _git(corpus, env, "add", "corpus")
    second = _run([pre_commit, "run"], corpus, env)
    assert second.returncode == 0, second.stdout + second.stderr


def test_a_staged_copy_of_a_committed_document_is_blocked_whichever_sorts_first(hook_repo, tmp_path):
    """qa14b: a copy named to sort before the committed original passed, its CL411 put on the
    committed file, which the hook does not check. The staged copy gets it, sorting first or last
    (one repository for both copies, each unstaged and removed after its commit fails)."""
    repo, rev, env = hook_repo
    corpus = _corpus_repo(tmp_path / "corpus-repo", env, repo, rev, ["corpuslint"])
    pre_commit = _pre_commit()
    installed = _run([pre_commit, "install"], corpus, env)
    assert installed.returncode == 0, installed.stdout + installed.stderr
    (corpus / "corpuslint.yaml").write_text("select: [CL411, CL412]\n", encoding="utf-8")
    _git(corpus, env, "add", "corpuslint.yaml", f"corpus/{CLEAN}")
    first = _run([pre_commit, "run"], corpus, env)  # the committed corpus: its index built
    assert first.returncode == 0, first.stdout + first.stderr
    _git(corpus, env, "commit", "-q", "--no-verify", "-m", "the original")

    for copy in ("aa-copy.txt", "zz-copy.txt"):
        (corpus / "corpus" / copy).write_bytes((DATA / CLEAN).read_bytes())
        _git(corpus, env, "add", f"corpus/{copy}")
        commit = _run(["git", "commit", "-m", "a copy"], corpus, env)
        output = commit.stdout + commit.stderr
        assert commit.returncode != 0, output
        assert f"corpus/{copy}:1:1: CL411" in output and f"same text as corpus/{CLEAN}" in output
        _git(corpus, env, "rm", "-q", "--cached", f"corpus/{copy}")
        (corpus / "corpus" / copy).unlink()
