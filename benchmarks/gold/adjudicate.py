"""Two independent readings of the web pages' metadata, compared field by field (issue 16's audit).

Each reader wrote, blind to Readability's gold, to corpuslint's output and to the other reader, what a
careful curator records for each page of `../shared/corpora/web/meta.jsonl` (conventions:
benchmarks/METADATA.md, "Session 13"). This script reports their agreement per field and lists every
disagreement; the adjudicated file (`web_meta_audited.jsonl`) takes the agreed values and the
adjudicator's decision for the rest (`decisions.jsonl`: {"id", "field", "value", "why"}).

    python benchmarks/gold/adjudicate.py A.jsonl B.jsonl [--decisions decisions.jsonl --write OUT]
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
from metadata_eval import norm  # noqa: E402

FIELDS = ("title", "byline", "published")


def key(field: str, value) -> object:
    """The value as compared: normalised text, a set of normalised names, the calendar day."""
    if value in (None, "", []):
        return None
    if field == "byline":
        names = value if isinstance(value, list) else [value]
        return frozenset(norm(n) for n in names if norm(n)) or None
    if field == "published":
        return str(value)[:10]
    return norm(str(value))


def load(path: Path) -> dict[str, dict]:
    rows = {}
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if raw.strip():
            try:
                row = json.loads(raw)
            except json.JSONDecodeError as exc:
                raise SystemExit(f"{path}:{number}: not JSON ({exc.msg})") from None
            rows[row["id"]] = row
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("a", type=Path)
    parser.add_argument("b", type=Path)
    parser.add_argument("--decisions", type=Path, help="the adjudicator's values for the disagreements")
    parser.add_argument("--write", type=Path, help="write the adjudicated file here")
    args = parser.parse_args(argv)
    a, b = load(args.a), load(args.b)
    ids = [i for i in a if i in b]
    decided = {}
    if args.decisions:
        for row in load_lines(args.decisions):
            decided[(row["id"], row["field"])] = row["value"]
    out, undecided = [], 0
    print(f"pages read by both: {len(ids)} (A {len(a)}, B {len(b)})")
    for field in FIELDS:
        same = sum(key(field, a[i].get(field)) == key(field, b[i].get(field)) for i in ids)
        both_none = sum(key(field, a[i].get(field)) is None and key(field, b[i].get(field)) is None for i in ids)
        print(f"{field:<10} agree {same}/{len(ids)} ({same / len(ids):.3f}); both none {both_none}")
    for i in ids:
        row = {"id": i}
        for field in FIELDS:
            va, vb = a[i].get(field), b[i].get(field)
            if key(field, va) == key(field, vb):
                row[field] = va if va not in ("", []) else None
            elif (i, field) in decided:
                row[field] = decided[(i, field)]
            else:
                undecided += 1
                row[field] = None
                print(f"  {i:<24} {field:<9} A {va!r:.70}\n  {'':<24} {'':<9} B {vb!r:.70}")
        out.append(row)
    if args.write:
        if undecided:
            raise SystemExit(f"{undecided} disagreements without a decision: not written")
        args.write.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in out), encoding="utf-8")
        print(f"wrote {len(out)} pages to {args.write}")
    return 0


def load_lines(path: Path) -> list[dict]:
    return [json.loads(raw) for raw in path.read_text(encoding="utf-8").splitlines() if raw.strip()]


if __name__ == "__main__":
    raise SystemExit(main())
