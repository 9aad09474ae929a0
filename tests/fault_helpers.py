"""Helpers of the fault-injection tests (test_faults.py, test_faults_messages.py): running the
command line on copies of real documents with a timeout, and reading what it did."""

from __future__ import annotations

import json
import os
import shutil
import stat
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest

HERE = Path(__file__).parent
ROOT = HERE.parent
SHARED_TXT = ROOT.parent / "shared" / "corpora" / "txt"
ALL_BOILERPLATE = ("fakenewsnet-BuzzFeed_Real_44.txt", "fakenewsnet-PolitiFact_Real_41.txt",
                   "fakenewsnet-PolitiFact_Real_77.txt")
ALL_BOILERPLATE_TEXT = ("External links are provided for reference purposes. ABC News is not responsible for "
                        "the content of external Internet sites.\n\nCopyright © 2017 ABC News Internet "
                        "Ventures. Yahoo! - ABC News Network")


# -- helpers ------------------------------------------------------------------------------------

def _sources() -> list[Path]:
    if SHARED_TXT.is_dir():
        return sorted(SHARED_TXT.glob("*.txt"))
    return sorted(p for p in (HERE / "data").rglob("*.txt") if p.stat().st_size > 200)


def real_docs(folder: Path, n: int, *, start: int = 0) -> list[Path]:
    """Copy `n` real documents (writable copies) into `folder`."""
    folder.mkdir(parents=True, exist_ok=True)
    sources = _sources()
    step = max(1, len(sources) // max(n, 1))
    picked = sources[start::step][:n] or sources[:n]
    out = []
    for src in picked:
        target = folder / src.name
        shutil.copyfile(src, target)
        out.append(target)
    return out


def boilerplate_docs(folder: Path) -> list[Path]:
    """The three documents of the dev corpus that are nothing but a disclaimer and a copyright."""
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for name in ALL_BOILERPLATE:
        src = SHARED_TXT / name
        target = folder / name
        if src.is_file():
            shutil.copyfile(src, target)
        else:
            target.write_text(ALL_BOILERPLATE_TEXT, encoding="utf-8")
        out.append(target)
    return out


class Run:
    def __init__(self, proc: subprocess.CompletedProcess, seconds: float) -> None:
        self.code, self.out, self.err, self.seconds = proc.returncode, proc.stdout, proc.stderr, seconds

    def json(self):
        return json.loads(self.out)

    def __repr__(self) -> str:
        return f"Run(code={self.code}, seconds={self.seconds:.1f}, out={self.out[-3000:]!r}, err={self.err[-3000:]!r})"


def _env(extra: dict[str, str] | None = None) -> dict[str, str]:
    env = dict(os.environ)
    env.pop("CORPUSLINT_DEBUG", None)
    env["PYTHONPATH"] = str(ROOT) + os.pathsep + env.get("PYTHONPATH", "")
    env["NO_COLOR"] = "1"
    env.update(extra or {})
    return env


def cl(*args: str, cwd: Path, timeout: float = 60, env: dict[str, str] | None = None, user: int | None = None) -> Run:
    """Run `python -m corpuslint.cli ARGS` in `cwd`; a hang past `timeout` fails the test."""
    started = time.perf_counter()
    try:
        proc = subprocess.run([sys.executable, "-m", "corpuslint.cli", *map(str, args)], cwd=cwd,
                              capture_output=True, text=True, timeout=timeout, env=_env(env),
                              preexec_fn=_as_user(user), errors="replace")
    except subprocess.TimeoutExpired:
        pytest.fail(f"corpuslint {' '.join(map(str, args))} did not finish within {timeout} s")
    return Run(proc, time.perf_counter() - started)


def _as_user(uid: int | None):
    if uid is None:
        return None

    def drop() -> None:
        os.setgid(uid)
        os.setuid(uid)

    return drop


def findings(run: Run) -> list[dict]:
    assert run.out.strip().startswith("["), run
    return run.json()


def codes(run: Run) -> Counter:
    return Counter(f["code"] for f in findings(run))


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


def session_processes(sid: int) -> list[int]:
    """Processes (not zombies) whose session is `sid`."""
    pids = []
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            with open(f"/proc/{entry}/stat") as handle:
                fields = handle.read().rsplit(")", 1)[1].split()
        except OSError:
            continue
        state, session = fields[0], int(fields[3])
        if session == sid and state != "Z":
            pids.append(int(entry))
    return pids


FORCE_WORKERS = {"CORPUSLINT_PARALLEL_MIN_BYTES": "0"}  # a few hundred documents, in worker processes
NOBODY = 65534
needs_linux = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux /proc and FIFOs")


def as_someone_else(folder: Path) -> int | None:
    """Run as `nobody` when we are root (permissions do not stop root); the tree becomes theirs."""
    if not hasattr(os, "geteuid") or os.geteuid() != 0:
        return None
    for parent in Path(os.path.realpath(sys.executable)).parents:
        if parent != Path("/") and not parent.stat().st_mode & stat.S_IXOTH:
            pytest.skip(f"running as root, and `nobody` cannot run {sys.executable} ({parent} is closed)")
    for parent in [folder, *folder.parents]:
        if parent == Path("/"):
            break
        mode = parent.stat().st_mode
        if not mode & stat.S_IXOTH:
            os.chmod(parent, mode | stat.S_IXOTH)
    for path in [folder, *folder.rglob("*")]:
        os.lchown(path, NOBODY, NOBODY)
    return NOBODY
