"""Per-function CPU of the bios analysis on the 10 MB benchmark corpus, for A/B runs in turns (issue 17).

Run it with each tree first on PYTHONPATH (a `git archive` copy of the base, then the branch), in turns:

    PYTHONPATH=/tmp/base .venv/bin/python benchmarks/bios_ab.py base
    PYTHONPATH=$PWD .venv/bin/python benchmarks/bios_ab.py branch

It prints `time.thread_time` best-of-N figures for `candidate_lines`, `units_of(tokenise=False)`, `find_copies`,
and `may_be_bio` / `bio_evidence` on the paragraphs `find_copies` asks about, with hashes of their results
(equal hashes: the same answers). It only reads `benchmarks/data/corpus-small.jsonl` (never builds it).
"""

from __future__ import annotations

import hashlib
import json
import sys
import time
from pathlib import Path

CORPUS = Path(__file__).resolve().parent / "data" / "corpus-small.jsonl"


def best(fn, items, repeat: int = 3) -> tuple[float, list]:
    fastest, out = float("inf"), []
    for _ in range(repeat):
        start = time.thread_time()
        out = [fn(item) for item in items]
        fastest = min(fastest, time.thread_time() - start)
    return fastest, out


def digest(value) -> str:
    return hashlib.sha256(repr(value).encode()).hexdigest()[:12]


def main(label: str) -> None:
    import corpuslint.checks.bios.biography as biography
    import corpuslint.checks.bios.copies as copies
    from corpuslint.checks.bios.options import CopyOptions
    from corpuslint.checks.bios.prefilter import candidate_lines
    from corpuslint.checks.bios.units import units_of

    texts = [json.loads(line)["text"] for line in CORPUS.open(encoding="utf-8")]
    options = CopyOptions()
    asked: list[str] = []
    # (`_may_be_bio` before session 26, which made it public: a base of an earlier session has that name)
    attr = "may_be_bio" if hasattr(copies, "may_be_bio") else "_may_be_bio"
    may_be_bio = getattr(biography, attr)
    setattr(copies, attr, lambda paragraph, *rest: (asked.append(paragraph), may_be_bio(paragraph, *rest))[1])
    for text in texts:
        copies.find_copies(text, options)
    setattr(copies, attr, may_be_bio)
    rows = [
        # (sorted: a set's order follows the salted hashes of the keys that found its lines)
        ("candidate_lines", *best(lambda text: sorted(candidate_lines(text) or ()), texts)),
        ("units_of", *best(lambda text: [(u.start, u.end, u.listy) for u in units_of(text, tokenise=False)], texts)),
        ("find_copies", *best(lambda text: [repr(c) for c in copies.find_copies(text, options)], texts)),
        ("may_be_bio", *best(may_be_bio, asked, 5)),
        ("bio_evidence", *best(lambda p: repr(biography.bio_evidence(p)), asked, 5)),
    ]
    print(label, f"paragraphs={len(asked)}", " ".join(f"{name}={t:.4f}s/{digest(out)}" for name, t, out in rows),
          flush=True)


if __name__ == "__main__":
    main(sys.argv[1] if len(sys.argv) > 1 else "")
