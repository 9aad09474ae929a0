#!/usr/bin/env python3
"""Measure CL140 on the news documents of ../shared/corpora, a source the shipped model never saw.

1. Line precision / recall against the hand-labelled sample (`training/data/news_labels.jsonl`).
2. The fix on the first 20 labelled documents: every content line of 12 words or more (a prose
   paragraph) must survive `--fix --unsafe-fixes` of this rule.
3. `--sample N`: N findings of the rule on the whole news corpus, drawn with a fixed seed, printed
   with their line and neighbours for a person to read (the "50 findings" check).

Stdlib + corpuslint only: `python training/evaluate_news.py [--sample 50] [--model FILE]`.
"""

from __future__ import annotations

import argparse
import json
import random
import sys
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpuslint.checks.boilerplate.classifier import BoilerplateLine  # noqa: E402
from corpuslint.models import Document  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpora" / "txt"
LABELS = ROOT / "training" / "data" / "news_labels.jsonl"


def flagged(rule: BoilerplateLine, doc: Document) -> tuple[set[int], list]:
    found = list(rule.check(doc))
    lines: set[int] = set()
    for v in found:
        lines.update(range(doc.text_position(v.start)[0], doc.text_position(v.end)[0] + 1))
    return lines, found


def apply(text: str, violations: list) -> str:
    edits = sorted((e for v in violations if v.fix for e in v.fix.edits), key=lambda e: e.start, reverse=True)
    for e in edits:
        text = text[:e.start] + e.replacement + text[e.end:]
    return text


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--sample", type=int, default=0, help="print N findings on the whole news corpus")
    ap.add_argument("--seed", type=int, default=140)
    ap.add_argument("--model", help="a model file instead of the shipped one")
    ap.add_argument("--threshold", type=float)
    args = ap.parse_args(argv)
    options = {k: v for k, v in {"model": args.model, "threshold": args.threshold}.items() if v is not None}
    rule = BoilerplateLine(BoilerplateLine.Options(**options))

    labels: dict[str, dict[int, str]] = defaultdict(dict)
    for raw in LABELS.open():
        d = json.loads(raw)
        labels[d["id"]][d["line"]] = d["label"]
    tp = fp = fn = 0
    kept_ok = 0
    lost: list[str] = []
    for k, (doc_id, by_line) in enumerate(sorted(labels.items())):
        text = (NEWS / f"{doc_id}.txt").read_text(encoding="utf-8")
        doc = Document.from_text(text, id=doc_id, path=f"{doc_id}.txt")
        lines, found = flagged(rule, doc)
        for number, label in by_line.items():
            hit = number in lines
            tp += hit and label == "boilerplate"
            fp += hit and label == "content"
            fn += (not hit) and label == "boilerplate"
            if hit and label == "content":
                print(f"  false positive {doc_id}:{number}: {text.split(chr(10))[number - 1][:100]!r}")
        if k < 20:
            fixed = apply(text, found)
            prose = [text.split("\n")[n - 1].strip() for n, lab in by_line.items()
                     if lab == "content" and len(text.split("\n")[n - 1].split()) >= 12]
            missing = [p for p in prose if p not in fixed]
            kept_ok += not missing
            lost += [f"{doc_id}: {p[:80]}" for p in missing]
    p = tp / (tp + fp) if tp + fp else 1.0
    r = tp / (tp + fn) if tp + fn else 0.0
    print(f"news sample ({len(labels)} documents, {sum(map(len, labels.values()))} lines): "
          f"P {p:.3f} R {r:.3f} (tp {tp}, fp {fp}, fn {fn})")
    print(f"fix keeps every prose paragraph in {kept_ok} of 20 documents" + (f"; lost: {lost}" if lost else ""))

    if args.sample:
        found_all = []
        for path in sorted(NEWS.glob("*.txt")):
            text = path.read_text(encoding="utf-8")
            doc = Document.from_text(text, id=path.stem, path=path.name)
            for v in rule.check(doc):
                found_all.append((path.stem, doc, v))
        print(f"\n{len(found_all)} findings on {len(list(NEWS.glob('*.txt')))} news documents; "
              f"{args.sample} drawn with seed {args.seed}:")
        for doc_id, doc, v in random.Random(args.seed).sample(found_all, min(args.sample, len(found_all))):
            line = doc.text_position(v.start)[0]
            lines = doc.text.split("\n")
            print(f"\n## {doc_id}:{line}  {v.message}")
            for n in range(max(1, line - 2), min(len(lines), doc.text_position(v.end)[0] + 2) + 1):
                if lines[n - 1].strip():
                    mark = ">>" if line <= n <= doc.text_position(v.end)[0] else "  "
                    print(f"{mark} {n:3} {lines[n - 1][:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
