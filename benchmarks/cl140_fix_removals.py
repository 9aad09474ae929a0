#!/usr/bin/env python3
"""The lines CL140's fix removes from whole pages, per page: `check --select CL140 --fix
--unsafe-fixes` on copies of the held-out page sets (the fresh set, `fresh_set.py`, and the sdist
sets of trafilatura, htmldate and newspaper4k in ~/.cache/corpuslint/), then a line diff of each
page against its copy. Two recordings compared list the lines one removes and the other keeps,
per page, to be read (issue 15: a fix must never take the page's main text).

    python benchmarks/cl140_fix_removals.py record OUT.json [--tree DIR]   # DIR: a checkout (default: this one)
    python benchmarks/cl140_fix_removals.py compare BASE.json NEW.json
"""

from __future__ import annotations

import argparse
import difflib
import json
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

CACHE = Path.home() / ".cache" / "corpuslint"
SETS = {"fresh": CACHE / "fresh-tests-cache" / "txt", "htmldate": CACHE / "htmldate-0.7.3" / "txt",
        "trafilatura": CACHE / "trafilatura-1.0.0" / "txt", "newspaper4k": CACHE / "newspaper4k-0.9.6" / "txt"}
ROOT = Path(__file__).resolve().parents[1]


def removed(before: list[str], after: list[str]) -> list[list]:
    """[line number, text] of each non-blank line of `before` missing from `after` (number -1: a
    line `after` has that `before` has not: the fix changed, not only removed)."""
    out: list[list] = []
    for tag, i1, i2, j1, j2 in difflib.SequenceMatcher(None, before, after, autojunk=False).get_opcodes():
        if tag in ("delete", "replace"):
            out += [[i + 1, before[i]] for i in range(i1, i2) if before[i].strip()]
        if tag in ("insert", "replace"):
            out += [[-1, line] for line in after[j1:j2] if line.strip()]
    return out


def record(out: Path, tree: Path) -> None:
    result: dict[str, list] = {}
    env = dict(os.environ, PYTHONPATH=str(tree))
    with tempfile.TemporaryDirectory() as work:
        for name, src in SETS.items():
            if not src.is_dir():
                print(f"{src}: not built, left out", file=sys.stderr)
                continue
            copy = Path(work) / name
            shutil.copytree(src, copy, ignore=shutil.ignore_patterns(".*"))
            subprocess.run([sys.executable, "-m", "corpuslint.cli", "check", str(copy), "--select", "CL140", "--fix",
                            "--unsafe-fixes", "--isolated", "--no-cache", "--no-index", "--jobs", "1", "--exit-zero",
                            "-q"], env=env, cwd=tree, stdout=subprocess.DEVNULL, check=False)  # `-m` puts the cwd first
            for page in sorted(src.glob("*.txt")):
                before = page.read_text(encoding="utf-8", errors="replace").split("\n")
                after = (copy / page.name).read_text(encoding="utf-8", errors="replace").split("\n")
                result[f"{name}/{page.name}"] = removed(before, after)
    out.write_text(json.dumps(result, ensure_ascii=False, indent=0), encoding="utf-8")
    print(f"{len(result)} pages, {sum(len(v) for v in result.values())} lines removed")


def compare(base: Path, new: Path) -> None:
    a = json.loads(base.read_text(encoding="utf-8"))
    b = json.loads(new.read_text(encoding="utf-8"))
    kept = added = 0
    for page in sorted(set(a) | set(b)):
        old, now = {tuple(x) for x in a.get(page, [])}, {tuple(x) for x in b.get(page, [])}
        if old != now:
            print(f"{page}: {len(old - now)} no longer removed, {len(now - old)} newly removed")
            for number, text in sorted(old - now):
                print(f"    kept    {number}: {text[:100]}")
            for number, text in sorted(now - old):
                print(f"    removed {number}: {text[:100]}")
            kept, added = kept + len(old - now), added + len(now - old)
    print(f"lines no longer removed: {kept}; newly removed: {added}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command", required=True)
    rec = sub.add_parser("record")
    rec.add_argument("out", type=Path)
    rec.add_argument("--tree", type=Path, default=ROOT)
    cmp_ = sub.add_parser("compare")
    cmp_.add_argument("base", type=Path)
    cmp_.add_argument("new", type=Path)
    args = parser.parse_args()
    if args.command == "record":
        record(args.out, args.tree)
    else:
        compare(args.base, args.new)


if __name__ == "__main__":
    main()
