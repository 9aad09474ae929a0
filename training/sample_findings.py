#!/usr/bin/env python3
"""Draw N of CL140's findings from a real run's JSON output, for a person to read.

    corpuslint check ../shared/corpora/txt --extend-select CL140 --output-format json \
        --exit-zero --isolated --no-cache -o /tmp/news.json
    python training/sample_findings.py /tmp/news.json --seed 4 [-n 50]

The findings are those of the whole command line (a pack rule or CL151 that names the same
text keeps its finding and CL140's is dropped), so the sample is what a user would see. Each is
printed with the lines around it (`>>` marks the finding's lines). Stdlib only.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("findings", type=Path, help="`corpuslint check --output-format json` output")
    ap.add_argument("--seed", type=int, required=True)
    ap.add_argument("-n", type=int, default=50)
    ap.add_argument("--code", default="CL140")
    args = ap.parse_args(argv)
    found = [f for f in json.loads(args.findings.read_text(encoding="utf-8")) if f["code"] == args.code]
    print(f"{len(found)} {args.code} findings; {min(args.n, len(found))} drawn with seed {args.seed}")
    for f in random.Random(args.seed).sample(found, min(args.n, len(found))):
        lines = Path(f["path"]).read_text(encoding="utf-8").split("\n")
        first, last = f["line"], f["end_line"]
        print(f"\n## {Path(f['path']).stem}:{first}-{last} {f['message']}")
        for n in range(max(1, first - 2), min(len(lines), last + 2) + 1):
            if lines[n - 1].strip():
                print(f"{'>>' if first <= n <= last else '  '} {n:3} {lines[n - 1][:160]}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
