"""CL140 (and every boilerplate-family rule) against a blind reading of 300 random web lines (issue 15).

`training/data/web_audit/`: 300 non-blank lines drawn with `random.Random(1315).sample` from
../shared/corpora/web/labels.jsonl, and two readers' labels of them (content / head / comment /
boilerplate / unsure), each given without sight of labels.jsonl, of any corpuslint output and of the
other reader. This script scores a findings file (`corpuslint check ... --output-format json`, the lines
covered by CL1xx / CL204 / CL205 findings, as score.py counts them) against the file's labels and
against the readers', on the same 300 lines.

    CORPUSLINT_CL140_MODEL=/tmp/cv.json corpuslint check COPY_OF_WEB_TXT --extend-select CL140 \
        --isolated --no-cache --exit-zero --output-format json -o /tmp/web.json
    python training/web_audit.py /tmp/web.json
"""

from __future__ import annotations

import collections
import json
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
AUDIT = HERE / "data" / "web_audit"
WEB = HERE.parent.parent / "shared" / "corpora" / "web"


def rows(path: Path) -> list[dict]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]


def flagged(findings: list[dict]) -> dict[str, set[int]]:
    lines: dict[str, set[int]] = collections.defaultdict(set)
    for f in findings:
        if f["code"].startswith("CL1") or f["code"] in ("CL204", "CL205"):
            lines[Path(f["path"]).stem].update(range(f["line"], f["end_line"] + 1))
    return lines


def score(labels: list[str], predicted: list[bool], boiler: set[str], content: set[str]) -> str:
    tp = fp = fn = 0
    for label, flag in zip(labels, predicted):
        if label in boiler:
            tp += flag
            fn += not flag
        elif label in content:
            fp += flag
    p, r = tp / (tp + fp) if tp + fp else 0.0, tp / (tp + fn) if tp + fn else 0.0
    return f"P {p:.3f} R {r:.3f} (tp {tp}, fp {fp}, fn {fn})"


def main(argv: list[str]) -> int:
    if len(argv) != 1:
        raise SystemExit(__doc__)
    sample = rows(AUDIT / "sample.jsonl")
    file_label = {(r["id"], r["line"]): r["label"] for r in rows(WEB / "labels.jsonl")}
    a, b = rows(AUDIT / "reader_a.jsonl"), rows(AUDIT / "reader_b.jsonl")
    lines = flagged(json.loads(Path(argv[0]).read_text(encoding="utf-8")))
    predicted = [s["line"] in lines[s["id"]] for s in sample]
    same = sum(x["label"] == y["label"] for x, y in zip(a, b))
    print(f"{len(sample)} lines; the readers agree on {same}")
    print("labels.jsonl (unsure left out):   ",
          score([file_label[(s["id"], s["line"])] for s in sample], predicted, {"boilerplate"}, {"content"}))
    for name, reader in (("reader A", a), ("reader B", b)):
        got = [r["label"] for r in reader]
        print(f"{name}, head and comment content: ",
              score(got, predicted, {"boilerplate"}, {"content", "head", "comment"}))
        print(f"{name}, comment boilerplate:      ",
              score(got, predicted, {"boilerplate", "comment"}, {"content", "head"}))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
