#!/usr/bin/env python3
"""Weak labels for CL140 from the news corpus: what the packs and CL151 already find.

Runs `corpuslint check --select boilerplate --ignore CL140` (packs + CL151) on a scratch copy
of ../shared/corpora/txt and writes `training/data/news_weak.jsonl`, one row per line:

* `boilerplate`: a candidate line (not long sentence-closing prose) that a finding covers;
* `content`: a candidate line of any document that no finding covers and that reads as a
  sentence (8 words or more, ends with . ! ? or a closing quote): the short quotes and one-line
  paragraphs of news articles, which the model must learn to leave alone.

The documents of the hand-labelled sample (`news_labels.jsonl`) are left out, so that sample
stays a held-out evaluation. Usage: `python training/make_weak_labels.py [--corpuslint EXE]`.
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from collections import defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpuslint.checks.boilerplate.linefeatures import line_features  # noqa: E402

NEWS = ROOT.parent / "shared" / "corpora" / "txt"
OUT = ROOT / "training" / "data" / "news_weak.jsonl"
SAMPLE = ROOT / "training" / "data" / "news_labels.jsonl"


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--corpuslint", default=str(ROOT / ".venv" / "bin" / "corpuslint"))
    ap.add_argument("--findings", type=Path, help="reuse the JSON output of that command instead of running it")
    args = ap.parse_args(argv)
    held_out = {json.loads(raw)["id"] for raw in SAMPLE.open()}
    if args.findings:
        findings = json.loads(args.findings.read_text())
    else:
        with tempfile.TemporaryDirectory() as tmp:
            shutil.copytree(NEWS, Path(tmp) / "txt")
            run = subprocess.run([args.corpuslint, "check", "--isolated", "--exit-zero", "--output-format", "json",
                                  "--select", "boilerplate", "--ignore", "CL140", "txt"],
                                 cwd=tmp, capture_output=True, text=True, check=True)
            findings = json.loads(run.stdout)
    covered: dict[str, set[int]] = defaultdict(set)
    for f in findings:
        covered[Path(f["path"]).stem].update(range(f["line"], f["end_line"] + 1))
    rows = 0
    with OUT.open("w", encoding="utf-8") as out:
        for doc in sorted(p.stem for p in NEWS.glob("*.txt")):
            if doc in held_out:
                continue
            for line in line_features((NEWS / f"{doc}.txt").read_text(encoding="utf-8")):
                if line.features is None:
                    continue
                if line.number in covered[doc]:
                    label = "boilerplate"
                elif line.words >= 8 and line.ends:
                    label = "content"
                else:
                    continue
                out.write(json.dumps({"id": doc, "line": line.number, "label": label}) + "\n")
                rows += 1
    print(f"wrote {rows} weak labels to {OUT}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
