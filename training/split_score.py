#!/usr/bin/env python3
"""Split `../shared/corpora/web/score.py --json` figures into English and not-English pages.

    python training/split_score.py SCORE.json

Line P/R are summed over the pages of each part; the fixed text's P/R/F1 are macro-averaged
over them, as score.py does for all pages. The not-English pages are train_boilerplate's list.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_boilerplate import NOT_ENGLISH  # noqa: E402


def main(path: str) -> int:
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    pages, cleaning = data["detection"]["pages"], data["cleaning"]["pages"]
    for name, keep in (("English", lambda p: p not in NOT_ENGLISH), ("not English", lambda p: p in NOT_ENGLISH)):
        ids = [p for p in cleaning if keep(p)]
        tp = sum(pages.get(p, {}).get("tp", 0) for p in ids)
        fp = sum(pages.get(p, {}).get("fp", 0) for p in ids)
        fn = sum(pages.get(p, {}).get("fn", 0) for p in ids)
        line_p, line_r = tp / max(tp + fp, 1), tp / max(tp + fn, 1)
        out = []
        for key in ("baseline", "fixed"):
            prec = sum(cleaning[p][key][0] for p in ids) / len(ids)
            rec = sum(cleaning[p][key][1] for p in ids) / len(ids)
            out.append((prec, rec, 2 * prec * rec / (prec + rec) if prec + rec else 0.0))
        (bp, br, bf), (xp, xr, xf) = out
        print(f"{name:12} {len(ids):3} pages  line P {line_p:.3f} R {line_r:.3f}  "
              f"fixed text P {xp:.3f} R {xr:.3f} F1 {xf:.3f} (unfixed {bf:.3f})")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1]))
