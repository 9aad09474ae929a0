#!/usr/bin/env python3
"""Where the leave-site-out errors are, by kind (`train_boilerplate.py --oof`): what to go after
before a feature is written.

    python training/oof_kinds.py /tmp/oof.jsonl [--threshold 0.95] [--examples 20]

Every web line the model scored, missed boilerplate (below the threshold) and flagged content,
counted by where it stands against the page's article (before its first content line, inside,
after its last: the labels' extent, so measured, not guessed), by how far from the cut its
score is, by its shape (a line of 1-3 words, 4-11, a short or long sentence, a line with a
URL, a long line without a sentence end), by language (the pages `train_boilerplate.py` lists
as not English) and by site (the id before `-N`); then a few examples of each. Stdlib only.
"""

from __future__ import annotations

import argparse
import json
import random
import re
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
WEB = ROOT.parent / "shared" / "corpora" / "web"
_END = re.compile(r"[.!?…。！？][\"”’)]?$")
_URL = re.compile(r"https?://|www\.")


def site(doc: str) -> str:
    return re.sub(r"-\d+$", "", doc)


def shape(text: str) -> str:
    words = len(text.split())
    if _URL.search(text):
        return "url"
    if _END.search(text):
        return "sentence <12 words" if words < 12 else "sentence 12+ words"
    return "1-3 words" if words <= 3 else "4-11 words" if words < 12 else "12+ words, no sentence end"


def band(score: float) -> str:
    return ">=0.95" if score >= 0.95 else "0.8-0.95" if score >= 0.8 else "0.5-0.8" if score >= 0.5 else "<0.5"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("oof", type=Path)
    ap.add_argument("--threshold", type=float, default=0.95)
    ap.add_argument("--examples", type=int, default=20)
    ap.add_argument("--seed", type=int, default=1)
    args = ap.parse_args(argv)
    labels: dict[str, dict[int, str]] = defaultdict(dict)
    for raw in (WEB / "labels.jsonl").open(encoding="utf-8"):
        d = json.loads(raw)
        labels[d["id"]][d["line"]] = d["label"]
    extent = {doc: (min(n for n, lab in v.items() if lab == "content"), max(n for n, lab in v.items() if lab == "content"))
              for doc, v in labels.items() if "content" in v.values()}
    texts: dict[str, list[str]] = {}

    def text(doc: str, number: int) -> str:
        if doc not in texts:
            texts[doc] = (WEB / "txt" / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
        return texts[doc][number - 1].strip()

    rows = [d for d in map(json.loads, args.oof.open(encoding="utf-8")) if d["source"].startswith("web")]
    errors = {"missed boilerplate": [r for r in rows if r["label"] == 1 and r["score"] < args.threshold],
              "flagged content": [r for r in rows if r["label"] == 0 and r["score"] >= args.threshold]}
    for name, found in errors.items():
        print(f"\n## {name}: {len(found)} lines (threshold {args.threshold})")
        for title, key in (
            ("region against the article", lambda r: "before" if r["line"] < extent.get(r["id"], (10**9, 0))[0]
                                                   else "after" if r["line"] > extent.get(r["id"], (0, -1))[1] else "inside"),
            ("score", lambda r: band(r["score"])),
            ("shape", lambda r: shape(text(r["id"], r["line"]))),
            ("language", lambda r: "English" if r["source"] == "web-en" else "not English"),
        ):
            counts = Counter(map(key, found))
            print(f"{title}: " + ", ".join(f"{k} {v}" for k, v in counts.most_common()))
        print("sites: " + ", ".join(f"{k} {v}" for k, v in Counter(site(r["id"]) for r in found).most_common(15)))
        for r in random.Random(args.seed).sample(found, min(args.examples, len(found))):
            print(f"  {r['score']:.2f} {r['id']:28} {text(r['id'], r['line'])[:100]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
