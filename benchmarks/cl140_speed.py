#!/usr/bin/env python3
"""CL140 boilerplate-line alone: MB/s of document text on one core (`rule.check`, documents in
memory), on the benchmark corpus (`benchmarks/data/corpus-small.jsonl`, 10 MB of news, when
`benchmarks/run.py` has built it), on ../shared/corpora/news.jsonl and on the whole-page web corpus. CPU time of this process is reported beside wall time, since the
machine is shared.

    python benchmarks/cl140_speed.py [--corpus FILE] [--repeat 3]
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpuslint.checks.boilerplate.classifier import BoilerplateLine  # noqa: E402
from corpuslint.models import Document  # noqa: E402


def measure(name: str, docs: list[Document], repeat: int) -> None:
    rule = BoilerplateLine()
    size = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    best_cpu = best_wall = float("inf")
    found = 0
    for _ in range(repeat):
        cpu, wall = time.process_time(), time.perf_counter()
        found = sum(1 for d in docs for _ in rule.check(d))
        best_cpu = min(best_cpu, time.process_time() - cpu)
        best_wall = min(best_wall, time.perf_counter() - wall)
    print(f"{name}: {len(docs)} documents, {size:.1f} MB, {found} findings; "
          f"CPU {best_cpu:.2f} s = {size / best_cpu:.1f} MB/s, wall {best_wall:.2f} s = {size / best_wall:.1f} MB/s")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "data" / "corpus-small.jsonl")
    ap.add_argument("--web", type=Path, default=ROOT.parent / "shared" / "corpora" / "web" / "txt")
    ap.add_argument("--repeat", type=int, default=3)
    args = ap.parse_args()
    BoilerplateLine().model  # load and compile the model outside the timing
    news = ROOT.parent / "shared" / "corpora" / "news.jsonl"
    for corpus in (args.corpus, news) if args.corpus != news else (news,):
        if corpus.exists():  # the benchmark corpus if `benchmarks/run.py` built it, and the news corpus
            docs = [Document.from_text(json.loads(raw)["text"], id=str(i)) for i, raw in enumerate(corpus.open())]
            measure(corpus.name, docs, args.repeat)
    if args.web.exists():
        docs = [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem) for p in sorted(args.web.glob("*.txt"))]
        measure("web pages", docs, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
