#!/usr/bin/env python3
"""Web recall at a precision, read exactly off the out-of-fold scores (`train_boilerplate.py --oof`).

    python training/oof_recall.py /tmp/oof_a.jsonl /tmp/oof_b.jsonl ...

The script's own figure picks its threshold in steps of 0.005, and near precision 0.96 one step
moves recall by about a point; this one cuts between any two distinct scores, and also gives the
mean recall over the precision targets 0.95 to 0.97 (a figure less bound to one cut). Stdlib only.
"""

from __future__ import annotations

import json
import sys
from itertools import accumulate


def recall_at(path: str, targets: tuple[float, ...]) -> list[float]:
    rows = [(d["score"], d["label"]) for d in map(json.loads, open(path, encoding="utf-8"))
            if d["source"].startswith("web")]
    rows.sort(key=lambda r: -r[0])
    positives = sum(label for _, label in rows) or 1
    tp = list(accumulate(label for _, label in rows))
    best = [0.0] * len(targets)
    for k, (score, _) in enumerate(rows):
        if k + 1 < len(rows) and rows[k + 1][0] == score:
            continue  # no cut between equal scores
        precision, recall = tp[k] / (k + 1), tp[k] / positives
        for j, target in enumerate(targets):
            if precision >= target and recall > best[j]:
                best[j] = recall
    return best


def main(paths: list[str]) -> int:
    targets = tuple(0.95 + 0.0025 * k for k in range(9))  # 0.95 .. 0.97
    for path in paths:
        best = recall_at(path, targets)
        print(f"{path}: recall at P 0.96 {best[4]:.4f}; mean over P 0.95-0.97 {sum(best) / len(best):.4f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
