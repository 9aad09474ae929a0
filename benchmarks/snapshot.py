"""The refactoring safety net: every finding and every fix of `--select ALL`, to compare two commits.

A change that only moves code must leave the findings (fixes included) byte-identical. This
script records them (every rule, CL140 included since session 12: a recording made before that
has none of its findings; it is on by default since session 22, gated by `furnished`, with far
fewer findings) for three corpora and compares a recording with another:

    .venv/bin/python benchmarks/snapshot.py record OUT_DIR      # before the change
    .venv/bin/python benchmarks/snapshot.py record NEW_DIR      # after it
    .venv/bin/python benchmarks/snapshot.py compare OUT_DIR NEW_DIR

The corpora: ../shared/corpora/txt (2,000 files), ../shared/corpora/news.jsonl and the benchmark's
10 MB corpus (benchmarks/data/corpus-small.jsonl, built by `benchmarks/run.py` on first use; left
out with --no-bench). For each: the JSON report (findings) and the unified diff of `--fix
--unsafe-fixes` (the fixes), both with the in-memory index and no cache, run from the corpus's own
folder so that paths do not depend on where the checkout lives.
"""

from __future__ import annotations

import argparse
import filecmp
import os
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
BENCH = ROOT / "benchmarks" / "data"
CORPUSLINT = [sys.executable, "-m", "corpuslint.cli"]
# this checkout's code, wherever the command runs from (an editable install elsewhere, a git worktree)
ENV = {**os.environ, "PYTHONPATH": os.pathsep.join(filter(None, [str(ROOT), os.environ.get("PYTHONPATH")]))}
# CL140 was off by default until session 22 (`ALL` left it out): still named, as in older recordings
COMMON = ["--select", "ALL", "--extend-select", "CL140", "--isolated", "--no-cache", "--no-index", "--exit-zero", "--jobs", "1"]


def corpora(with_bench: bool) -> list[tuple[str, Path, str]]:
    """(name, folder to run in, path argument)."""
    found = [("txt", SHARED, "txt"), ("news", SHARED, "news.jsonl")]
    if with_bench:
        if not (BENCH / "corpus-small.jsonl").is_file():
            subprocess.run([sys.executable, str(ROOT / "benchmarks" / "run.py"), "--only", "none"], check=False)
        if (BENCH / "corpus-small.jsonl").is_file():
            found.append(("bench", BENCH, "corpus-small.jsonl"))
    return found


def record(out: Path, with_bench: bool) -> None:
    out.mkdir(parents=True, exist_ok=True)
    for name, cwd, arg in corpora(with_bench):
        for kind, extra in (("findings.json", ["--output-format", "json"]), ("fixes.diff", ["--diff", "--unsafe-fixes"])):
            done = subprocess.run([*CORPUSLINT, "check", arg, *COMMON, *extra], cwd=cwd, capture_output=True, env=ENV)
            (out / f"{name}.{kind}").write_bytes(done.stdout)
            if done.returncode not in (0, 1):
                print(f"{name} {kind}: exit {done.returncode}\n{done.stderr.decode(errors='replace')[-2000:]}")
            print(f"recorded {name}.{kind}: {len(done.stdout):,} bytes")


def compare(old: Path, new: Path) -> int:
    names = sorted({p.name for p in old.iterdir()} | {p.name for p in new.iterdir()})
    differ = [n for n in names if not ((old / n).is_file() and (new / n).is_file() and filecmp.cmp(old / n, new / n, shallow=False))]
    for name in names:
        print(f"{'DIFFERS' if name in differ else 'same   '} {name}")
    return 1 if differ else 0


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--no-bench", action="store_true")
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("old", type=Path)
    cmp_.add_argument("new", type=Path)
    args = parser.parse_args(argv)
    if args.command == "record":
        record(args.out, not args.no_bench)
        return 0
    return compare(args.old, args.new)


if __name__ == "__main__":
    raise SystemExit(main())
