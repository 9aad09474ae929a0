"""A sampling profile of the per-document rules, by rule and by function (issue 17).

    PYTHONPATH=. .venv/bin/python benchmarks/docprofile.py [FILE] [--top N]

FILE defaults to the 10 MB benchmark corpus (benchmarks/data/corpus-small.jsonl). The default
per-document rule set is run (`Linter.check_file`, in process: the corpus rules are the CLI's
session's, not run here), and the stack is sampled on every SIGPROF: CPU time, not wall time, so
the other processes of a shared machine do not skew it as they skew cProfile's wall clock
(which also triples the cost of small functions). The timer ticks at the kernel's rate
(every 4 ms at HZ=250, ~500 samples for 2 s of CPU): run a larger FILE for finer figures.

Printed: the share of samples by rule (the `rule` of `linter._run_rule`'s frame; "(outside
rules)" is reading, parsing and the engine), by function inclusive (every function on the
stack) and by function itself (the frame that was running).
"""

from __future__ import annotations

import argparse
import collections
import os
import signal
import sys
import time
from pathlib import Path
from types import FrameType

ROOT = Path(__file__).resolve().parent.parent
DEFAULT = ROOT / "benchmarks" / "data" / "corpus-small.jsonl"


def _name(frame: FrameType, here: str) -> str:
    code = frame.f_code
    path = code.co_filename
    if path.startswith(here):
        path = path[len(here) + 1:]
    elif "site-packages" in path:
        path = path.split("site-packages/", 1)[1]
    return f"{path}:{code.co_name}"


def profile(path: Path, top: int) -> None:
    import corpuslint
    from corpuslint import Linter
    from corpuslint.config import Config

    linter = Linter()
    if linter.corpus_rules:
        linter = Linter(Config(ignore=[r.code for r in linter.corpus_rules]))
    here = str(Path(corpuslint.__file__).resolve().parent.parent)
    inclusive: collections.Counter[str] = collections.Counter()
    own: collections.Counter[str] = collections.Counter()
    by_rule: collections.Counter[str] = collections.Counter()

    def sample(_signum: int, frame: FrameType | None) -> None:
        if frame is None:
            return
        own[_name(frame, here)] += 1
        seen: set[str] = set()
        rule = None
        f: FrameType | None = frame
        while f is not None:
            name = _name(f, here)
            if name not in seen:
                seen.add(name)
                inclusive[name] += 1
            if rule is None and f.f_code.co_name == "_run_rule":
                rule = getattr(f.f_locals.get("rule"), "code", "?")
            f = f.f_back
        by_rule[rule or "(outside rules)"] += 1

    signal.signal(signal.SIGPROF, sample)
    signal.setitimer(signal.ITIMER_PROF, 0.001, 0.001)
    started = time.process_time()
    findings = len(linter.check_file(str(path)).findings)
    cpu = time.process_time() - started
    signal.setitimer(signal.ITIMER_PROF, 0, 0)
    total = max(1, sum(by_rule.values()))
    size = os.path.getsize(path)
    print(f"{path}: {findings:,} findings, {cpu:.2f} s CPU ({size / 1e6 / cpu:.1f} MB/s of file per core), "
          f"{total:,} samples")
    for title, counter in (("by rule", by_rule), ("inclusive, by function", inclusive),
                           ("itself, by function", own)):
        print(f"\n== {title}")
        for name, n in counter.most_common(top):
            print(f"{n / total:6.1%}  {name}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("file", type=Path, nargs="?", default=DEFAULT)
    parser.add_argument("--top", type=int, default=40)
    args = parser.parse_args(argv)
    if not args.file.is_file():
        print(f"{args.file}: no such file (benchmarks/run.py builds the benchmark corpus)", file=sys.stderr)
        return 2
    profile(args.file, args.top)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
