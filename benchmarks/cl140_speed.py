#!/usr/bin/env python3
"""CL140 boilerplate-line alone: MB/s of document text on one core (`rule.check`, documents in
memory), on the benchmark corpus (`benchmarks/data/corpus-small.jsonl`, 10 MB of news, when
`benchmarks/run.py` has built it), on ../shared/corpora/news.jsonl and on the whole-page web corpus. CPU time of this process is reported beside wall time, since the
machine is shared, with the load average.

    python benchmarks/cl140_speed.py [--corpus FILE] [--repeat 3] [--classes] [--stages]
    python benchmarks/cl140_speed.py --verdicts record FILE   # before a speed change
    python benchmarks/cl140_speed.py --verdicts compare FILE  # after it: same findings and scores?

`--classes` splits each corpus's CPU time by what the rule does with a document: nothing (every
line a long sentence), its candidate lines' counts only (no line left for the model), the model
without a finding, findings. `--stages` splits it by the rule's stages (`stages`): the lines
and their counts, the guards, the asked lines' feature vectors, the trees, the second stage, the
findings, each with its cost per unit it works on. `--verdicts` records every finding (span,
message, data, fix) and every first-stage score of every line (`line_features` +
`line_scores`) on the news, web, Markdown and txt corpora and the benchmark corpus, and compares
a recording with the working tree: a speed change must leave them all identical.
"""

from __future__ import annotations

import argparse
import json
import os
import pickle
import sys
import time
from collections.abc import Iterator
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpuslint.checks.boilerplate.classifier import BoilerplateLine, asked, context_scores, line_scores  # noqa: E402
from corpuslint.checks.boilerplate.context import whole_page  # noqa: E402
from corpuslint.checks.boilerplate.doclines import DocLines  # noqa: E402
from corpuslint.checks.boilerplate.linefeatures import (  # noqa: E402
    Window, candidate_lines, line_features,
)
from corpuslint.models import Document  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"


def load() -> str:
    return "load average " + " ".join(f"{x:.2f}" for x in os.getloadavg())


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
          f"CPU {best_cpu:.2f} s = {size / best_cpu:.1f} MB/s, wall {best_wall:.2f} s = {size / best_wall:.1f} MB/s"
          f" ({load()})")


def classes(name: str, docs: list[Document], repeat: int) -> None:
    """CPU time of `rule.check` by what it does with a document (best of `repeat` per document)."""
    rule = BoilerplateLine()
    out: dict[str, list[float]] = {}
    for doc in docs:
        lines = candidate_lines(doc.text, gate=True) if doc.text else []
        kind = ("long sentences only" if not lines else "nothing asked" if not any(asked(DocLines(lines)))
                else "findings" if any(True for _ in rule.check(doc)) else "asked, no finding")
        best = float("inf")
        for _ in range(repeat):
            cpu = time.process_time()
            for _ in rule.check(doc):
                pass
            best = min(best, time.process_time() - cpu)
        row = out.setdefault(kind, [0, 0.0, 0.0])
        row[0] += 1
        row[1] += len(doc.text.encode("utf-8")) / 1e6
        row[2] += best
    total = sum(row[2] for row in out.values()) or 1.0
    for kind, (count, size, cpu) in out.items():
        print(f"  {name} / {kind}: {count} documents, {size:.2f} MB, CPU {cpu:.3f} s ({cpu / total:.0%})")


STAGES = ("lines and counts", "guards", "feature vectors", "trees", "second stage", "findings")


def stages(name: str, docs: list[Document], repeat: int) -> None:
    """CPU time of the rule's stages, as `BoilerplateLine.check` runs them (best of `repeat` per
    document and stage), with the units each works on: every non-blank line (split, the fast path,
    the candidates' counts), the candidates (`asked`'s guards), the asked lines (their own
    features and context vector; the 150 trees), the whole pages (the second stage), the findings
    (messages and fixes). The sum is checked against `check` itself, timed the same way."""
    rule = BoilerplateLine()
    model = rule.model
    clock = time.process_time
    cost = dict.fromkeys(STAGES, 0.0)
    units = dict.fromkeys(("lines", "candidates", "asked", "whole pages", "findings"), 0)
    whole, by_check = 0.0, 0
    for doc in docs:
        best = [float("inf")] * len(STAGES)
        for _ in range(repeat):
            t = [clock()]
            text = doc.text
            lines = candidate_lines(text, gate=True) if text else []
            t.append(clock())
            shared = DocLines(lines) if lines else None
            ask = asked(shared) if lines else []
            t.append(clock())
            window = Window(lines, shared.position) if any(ask) else None
            asked_at = [i for i, yes in enumerate(ask) if yes]
            for i in asked_at:
                window.fill(i)
            t.append(clock())
            first: list[float | None] = [None] * len(lines)
            for i in asked_at:
                first[i] = model.score(lines[i].features)
            t.append(clock())
            second = context_scores(shared, first, model, window) if asked_at else {}
            t.append(clock())
            hits = sorted([(i, first[i], False) for i in asked_at if first[i] >= model.threshold]
                          + [(i, v, True) for i, v in second.items() if v >= model.context.threshold
                             and not (first[i] is not None and first[i] >= model.threshold)])
            found, block, previous = [], [], -2
            for i, score, by_context in hits:
                if i != previous + 1 and block:
                    found.append(rule._violation(text, block, lines, previous - len(block) + 1))
                    block = []
                block.append((lines[i], score, by_context))
                previous = i
            if block:
                found.append(rule._violation(text, block, lines, previous - len(block) + 1))
            t.append(clock())
            best = [min(b, t[k + 1] - t[k]) for k, b in enumerate(best)]
        for stage, b in zip(STAGES, best):
            cost[stage] += b
        units["lines"] += len(lines)
        units["candidates"] += sum(1 for line in lines if line.candidate)
        units["asked"] += len(asked_at)
        units["whole pages"] += bool(asked_at) and whole_page(first, model.threshold, model.context_share,
                                                             model.context_lines)
        units["findings"] += len(found)
        check = float("inf")
        for _ in range(repeat):
            c = clock()
            n = sum(1 for _ in rule.check(doc))
            check = min(check, clock() - c)
        by_check += n
        whole += check
    total = sum(cost.values()) or 1.0
    per = dict(zip(STAGES, ("lines", "candidates", "asked", "asked", "whole pages", "findings")))
    one = {"lines": "line", "candidates": "candidate", "asked": "asked line", "whole pages": "whole page",
           "findings": "finding"}
    size = sum(len(d.text.encode("utf-8")) for d in docs) / 1e6
    print(f"  {name}: {len(docs)} documents, {size:.1f} MB, {units['lines']} lines, {units['candidates']} candidates, "
          f"{units['asked']} asked, {units['findings']} findings ({by_check} by check()); stages {total:.3f} s CPU, "
          f"check() {whole:.3f} s")
    for stage in STAGES:
        n = units[per[stage]]
        each = f", {cost[stage] / n * 1e6:.1f} us per {one[per[stage]]}" if n else ""
        print(f"    {stage}: {cost[stage]:.3f} s ({cost[stage] / total:.0%}){each}")


def verdict_documents(corpus: Path) -> Iterator[Document]:
    """The documents `--verdicts` reads: news, web pages, Markdown posts, txt files, the benchmark corpus."""
    for i, raw in enumerate((SHARED / "news.jsonl").open(encoding="utf-8")):
        yield Document.from_text(json.loads(raw)["text"], id=str(i))
    for path in sorted((SHARED / "web" / "txt").glob("*.txt")):
        yield Document.from_text(path.read_text(encoding="utf-8"), id=path.stem)
    for folder, suffix in (("markdown", "*.md"), ("txt", "*.txt")):
        for path in sorted((SHARED / folder).rglob(suffix)):
            yield Document.from_text(path.read_text(encoding="utf-8", errors="replace"), id=f"{folder}:{path.relative_to(SHARED / folder)}")
    if corpus.exists():
        for i, raw in enumerate(corpus.open(encoding="utf-8")):
            yield Document.from_text(json.loads(raw)["text"], id=f"bench:{i}")


def verdicts(action: str, path: Path, corpus: Path) -> int:
    rule = BoilerplateLine()
    now: dict[str, object] = {}
    for doc in verdict_documents(corpus):
        now[doc.id] = [(v.start, v.end, v.message, v.data, v.fix.model_dump() if v.fix else None)
                       for v in rule.check(doc)]
        now[doc.id + "#scores"] = line_scores(line_features(doc.text), rule.model)
    findings = sum(len(v) for k, v in now.items() if not k.endswith("#scores"))
    if action == "record":
        path.write_bytes(pickle.dumps(now))
        print(f"recorded {len(now) // 2} documents, {findings} findings: {path}")
        return 0
    before = pickle.loads(path.read_bytes())
    differ = sorted(k for k in before.keys() | now.keys() if before.get(k) != now.get(k))
    print(f"{len(now) // 2} documents, {findings} findings; {len(differ)} differ" + (f": {differ[:10]}" if differ else ""))
    return 1 if differ else 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpus", type=Path, default=ROOT / "benchmarks" / "data" / "corpus-small.jsonl")
    ap.add_argument("--web", type=Path, default=SHARED / "web" / "txt")
    ap.add_argument("--repeat", type=int, default=3)
    ap.add_argument("--classes", action="store_true", help="split the CPU time by what the rule does with a document")
    ap.add_argument("--stages", action="store_true", help="split the CPU time by the rule's stages")
    ap.add_argument("--verdicts", nargs=2, metavar=("record|compare", "FILE"),
                    help="record every finding and score, or compare them with a recording")
    args = ap.parse_args()
    if args.verdicts:
        action, path = args.verdicts
        if action not in ("record", "compare"):
            ap.error("--verdicts takes record or compare")
        return verdicts(action, Path(path), args.corpus)
    BoilerplateLine().model  # load and compile the model outside the timing
    news = SHARED / "news.jsonl"
    for corpus in (args.corpus, news) if args.corpus != news else (news,):
        if corpus.exists():  # the benchmark corpus if `benchmarks/run.py` built it, and the news corpus
            docs = [Document.from_text(json.loads(raw)["text"], id=str(i)) for i, raw in enumerate(corpus.open())]
            measure(corpus.name, docs, args.repeat)
            if args.classes:
                classes(corpus.name, docs, args.repeat)
            if args.stages:
                stages(corpus.name, docs, args.repeat)
    if args.web.exists():
        docs = [Document.from_text(p.read_text(encoding="utf-8"), id=p.stem) for p in sorted(args.web.glob("*.txt"))]
        measure("web pages", docs, args.repeat)
        if args.classes:
            classes("web pages", docs, args.repeat)
        if args.stages:
            stages("web pages", docs, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
