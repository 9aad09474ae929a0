#!/usr/bin/env python3
"""What the rule misses on the web pages, and what a pass over its verdicts would add.

Measuring only; nothing here ships. Input: the findings of the real command line run with the
leave-site-out bundle (`CORPUSLINT_CL140_MODEL=cv.json corpuslint check --extend-select CL140
--output-format json` on a copy of `web/txt`) and the first stage's out-of-fold scores
(`train_boilerplate.py --oof`). A line counts as flagged when a boilerplate finding (CL1xx,
CL204/CL205) covers it, as score.py counts it.

    python training/second_pass.py misses FINDINGS.json [--score SCORE.json]
    python training/second_pass.py try FINDINGS.json OOF.jsonl --how stack|smooth|span|both [--no-prose]

`misses`: the boilerplate lines left, by shape and by place against the gold article's span
(before its first content line, inside, after its last), English and not; and the pages where
the fixed text's precision (boilerplate left) and recall (content removed) are lost.

`try`: lines the flags leave, flagged by
- `smooth` (jusText's context: a run of at most 3 unflagged lines, not prose, between flagged
  lines takes their class),
- `span` (the article's span: the run of the page with the most unflagged prose words, flagged
  lines costing 3 and other lines 0.5; what is outside it and not prose is furniture),
- `stack` (a small boosted model over the line's own shape, the first stage's scores and the
  flags of its neighbours within 1, 2, 3 lines and 2, 5, 10, 25 lines, the span above, the run of
  unflagged lines it stands in, and the page's shape), trained leave-site-out (10 GroupKFold
  folds by site), its threshold chosen by an inner 5-fold split of the training sites only (the
  lowest whose line precision, flags included, is >= `--precision`).
It prints line P/R before and after (all, English, not English) and the fixed text's P/R/F1
simulated by removing the flagged lines (score.py's shingles; other rules' in-place edits not
applied, so "before" differs from score.py by a point or so).
"""

from __future__ import annotations

import argparse
import bisect
import collections
import json
import math
import re
import sys
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

sys.path.insert(0, str(Path(__file__).resolve().parent))
from train_boilerplate import NOT_ENGLISH, WEB, site, web_labels  # noqa: E402

from corpuslint.checks.boilerplate.linefeatures import candidate_lines  # noqa: E402

SENT = re.compile(r'[.!?。！？…]["”’)\]]?$')
WORD = re.compile(r"\w+")
URL = re.compile(r"https?://|www\.")
PARAMS = dict(max_iter=100, learning_rate=0.1, max_leaf_nodes=7, min_samples_leaf=20,
              l2_regularization=1.0, random_state=0)


def flagged_lines(findings_path: Path, only: str | None = None) -> dict[str, set[int]]:
    flag: dict[str, set[int]] = collections.defaultdict(set)
    for f in json.loads(findings_path.read_text(encoding="utf-8")):
        code = f["code"]
        if only and code != only:
            continue
        if f.get("family") == "boilerplate" or code.startswith("CL1") or code in ("CL204", "CL205"):
            last = f.get("end_line") or f["line"]
            if last > f["line"] and f.get("end_column") == 1:
                last -= 1
            flag[Path(f["path"]).stem].update(range(f["line"], last + 1))
    return flag


def shape(text: str) -> str:
    words = text.split()
    if URL.search(text):
        return "url"
    if len(words) <= 3:
        return "short (<= 3 words)"
    if SENT.search(text):
        return "sentence (>= 8 words)" if len(words) >= 8 else "short sentence"
    caps = sum(1 for w in words if w[:1].isupper()) / len(words)
    return "title case, no sentence" if caps >= 0.6 else "no sentence"


def misses(flag: dict[str, set[int]], score: Path | None) -> None:
    labels = web_labels()
    by = collections.Counter()
    for doc in sorted(labels):
        text = (WEB / "txt" / f"{doc}.txt").read_text(encoding="utf-8").split("\n")
        content = [n for n, lab in labels[doc].items() if lab == "content"]
        lo, hi = (min(content), max(content)) if content else (0, 0)
        lang = "other" if doc in NOT_ENGLISH else "en"
        for n, lab in labels[doc].items():
            if lab == "boilerplate" and n not in flag[doc]:
                where = "before" if n < lo else "after" if n > hi else "inside"
                by[(lang, shape(text[n - 1].strip()), where)] += 1
                by[(lang, "pixnet" if doc == "pixnet" else "all pages but pixnet", "")] += 1
    for key, v in sorted(by.items(), key=lambda kv: -kv[1]):
        print(f"{v:6}  {' / '.join(k for k in key if k)}")
    if score is None:
        return
    pages = json.loads(score.read_text(encoding="utf-8"))["cleaning"]["pages"]
    print("pages by the fixed text's precision lost (boilerplate left; its share of the macro P):")
    total = 0.0
    for doc, v in sorted(pages.items(), key=lambda kv: kv[1]["fixed"][0])[:15]:
        total += (1 - v["fixed"][0]) / len(pages)
        print(f"  {doc:28} P {v['fixed'][0]:.3f} R {v['fixed'][1]:.3f}  lost {(1 - v['fixed'][0]) / len(pages):.4f} (so far {total:.3f})")
    print("pages by the fixed text's recall lost (content removed):")
    for doc, v in sorted(pages.items(), key=lambda kv: kv[1]["fixed"][1])[:8]:
        print(f"  {doc:28} P {v['fixed'][0]:.3f} R {v['fixed'][1]:.3f}  lost {(1 - v['fixed'][1]) / len(pages):.4f}")


def kadane(values: list[float]) -> tuple[int, int]:
    best, cur, start, span = -1e18, 0.0, 0, (0, -1)
    for i, v in enumerate(values):
        if cur <= 0:
            cur, start = v, i
        else:
            cur += v
        if cur > best:
            best, span = cur, (start, i)
    return span


def page_rows(doc: str, text: str, flags: set[int], oof: dict) -> list[tuple[int, bool, bool, list[float]]]:
    """(line number, flagged, prose, features) of every non-blank line of a page."""
    lines = candidate_lines(text)
    n = len(lines)
    fl = [1.0 if line.number in flags else 0.0 for line in lines]
    sc = [oof.get((doc, line.number), -1.0) for line in lines]
    eff = [max(s, 0.0) for s in sc]
    prose = [1.0 if line.prose else 0.0 for line in lines]
    words = [len(line.text) / 2 if line.cjk else len(line.text.split()) for line in lines]
    total = sum(words) or 1.0
    pf, pe, pp = (np.concatenate([[0.0], np.cumsum(v)]) for v in (fl, eff, prose))
    s0, s1 = kadane([words[i] if prose[i] and not fl[i] else (-3.0 if fl[i] else -0.5) for i in range(n)])
    span_share = sum(words[s0:s1 + 1]) / total
    run, bounded = [0] * n, [0] * n
    i = 0
    while i < n:
        if fl[i]:
            i += 1
            continue
        j = i
        while j < n and not fl[j]:
            j += 1
        for k in range(i, j):
            run[k], bounded[k] = j - i, int(i > 0 and j < n)
        i = j
    good = [i for i in range(n) if prose[i] and not fl[i]]
    out = []
    for i, line in enumerate(lines):
        k = bisect.bisect_left(good, i)
        dist = min([abs(good[m] - i) for m in (k - 1, k) if 0 <= m < len(good)] or [n])
        f = [math.log1p(words[i]), math.log1p(len(line.text)), float(bool(SENT.search(line.text))), prose[i],
             float(line.cjk), sc[i], float(sc[i] < 0), fl[i]]
        for d in (1, 2, 3):
            f += [sc[i - d] if i >= d else -2.0, sc[i + d] if i + d < n else -2.0,
                  fl[i - d] if i >= d else -1.0, fl[i + d] if i + d < n else -1.0]
        for w in (2, 5, 10, 25):
            lo, hi = max(0, i - w), min(n, i + w + 1)
            width = max(hi - lo - 1, 1)
            f += [(pf[hi] - pf[lo] - fl[i]) / width, (pe[hi] - pe[lo] - eff[i]) / width,
                  (pp[hi] - pp[lo] - prose[i]) / width]
        inside = s0 <= i <= s1
        f += [float(inside), 0.0 if inside else math.log1p(s0 - i if i < s0 else i - s1), span_share,
              math.log1p(dist), math.log1p(run[i]), float(bounded[i]),
              sum(fl) / max(n, 1), math.log1p(n), sum(prose) / max(n, 1), i / max(n, 1)]
        out.append((line.number, bool(fl[i]), bool(prose[i]), f))
    return out


def shingles(text: str) -> collections.Counter:
    ts = WORD.findall(text.casefold())
    return collections.Counter(tuple(ts[i:i + 4]) for i in range(len(ts) - 3))


def overlap(pred: str, gold: str) -> tuple[float, float]:
    a, b = shingles(pred), shingles(gold)
    tp = sum((a & b).values())
    fp, fn = sum(a.values()) - tp, sum(b.values()) - tp
    return (tp / (tp + fp) if tp + fp else 0.0), (tp / (tp + fn) if tp + fn else (1.0 if not a else 0.0))


def stack(F, Y, G, cand, FL, precision: float) -> tuple[np.ndarray, list[float]]:
    lab = Y >= 0
    new = np.zeros(len(Y), bool)
    chosen = []
    for train, test in GroupKFold(10).split(F, Y, G):
        tc = train[cand[train]]
        inner = np.full(len(Y), -1.0)
        for itr, ite in GroupKFold(5).split(tc, Y[tc], G[tc]):
            model = HistGradientBoostingClassifier(**PARAMS).fit(F[tc[itr]], Y[tc[itr]])
            inner[tc[ite]] = model.predict_proba(F[tc[ite]])[:, 1]
        tl = train[lab[train]]
        t = 1.01
        for x in range(50, 100):
            pred = FL[tl] | (inner[tl] >= x / 100)
            tp, fp = (pred & (Y[tl] == 1)).sum(), (pred & (Y[tl] == 0)).sum()
            if tp / max(tp + fp, 1) >= precision:
                t = x / 100
                break
        chosen.append(t)
        model = HistGradientBoostingClassifier(**PARAMS).fit(F[tc], Y[tc])
        te = test[cand[test]]
        new[te] = model.predict_proba(F[te])[:, 1] >= t
    return new, chosen


def trial(args, flag: dict[str, set[int]], seen: dict[str, set[int]]) -> None:
    labels = web_labels()
    oof = {}
    for raw in args.oof.open():
        d = json.loads(raw)
        if d["source"].startswith("web"):
            oof[(d["id"], d["line"])] = d["score"]
    rows, texts = [], {}
    for path in sorted((WEB / "txt").glob("*.txt")):
        doc = path.stem
        texts[doc] = path.read_text(encoding="utf-8")
        for number, _, prose, f in page_rows(doc, texts[doc], seen[doc], oof):
            lab = labels[doc].get(number)
            y = -1 if lab not in ("content", "boilerplate") else int(lab == "boilerplate")
            rows.append((doc, number, y, number in flag[doc], prose, f))
    F = np.array([r[5] for r in rows])
    Y = np.array([r[2] for r in rows])
    FL = np.array([r[3] for r in rows])
    PR = np.array([r[4] for r in rows])
    G = np.array([site(r[0]) for r in rows])
    cand = (Y >= 0) & ~FL & (~PR if args.no_prose else True)
    run, bounded, outside = np.expm1(F[:, 36]), F[:, 37] > 0, F[:, 32] == 0
    if args.how == "stack":
        new, chosen = stack(F, Y, G, cand, FL, args.precision)
        print("thresholds chosen on the training sites:", chosen)
    else:
        smooth, span = cand & bounded & (run <= 3), cand & outside
        new = {"smooth": smooth, "span": span, "both": smooth | span}[args.how]
    pred = FL | new
    en = np.array([r[0] not in NOT_ENGLISH for r in rows])
    for name, mask in (("all", np.ones(len(rows), bool)), ("English", en), ("not English", ~en)):
        m = mask & (Y >= 0)
        out = []
        for p in (FL[m], pred[m]):
            tp, fp, fn = (p & (Y[m] == 1)).sum(), (p & (Y[m] == 0)).sum(), (~p & (Y[m] == 1)).sum()
            out.append(f"P {tp / max(tp + fp, 1):.3f} R {tp / max(tp + fn, 1):.3f} fp {fp}")
        print(f"line {name:12} before {out[0]} | after {out[1]}")
    print("prose lines newly flagged: content", int((new & PR & (Y == 0)).sum()), "boilerplate", int((new & PR & (Y == 1)).sum()))
    gone: dict[str, tuple[set, set]] = collections.defaultdict(lambda: (set(), set()))
    for r, f0, f1 in zip(rows, FL, pred):
        if f0:
            gone[r[0]][0].add(r[1])
        if f1:
            gone[r[0]][1].add(r[1])
    sums = {k: [[0.0, 0.0], [0.0, 0.0], 0] for k in ("all", "English", "not English")}
    for doc in sorted(labels):
        text = texts[doc].split("\n")
        lab = labels[doc]
        gold = "\n".join(text[n - 1] for n in sorted(lab) if lab[n] == "content")
        for which in range(2):
            kept = "\n".join(t for n, t in enumerate(text, 1) if n not in gone[doc][which] and lab.get(n) != "unsure")
            p, r = overlap(kept, gold)
            for k in ("all", "not English" if doc in NOT_ENGLISH else "English"):
                sums[k][which][0] += p
                sums[k][which][1] += r
        for k in ("all", "not English" if doc in NOT_ENGLISH else "English"):
            sums[k][2] += 1
    for k, (before, after, pages) in sums.items():
        out = []
        for p, r in (before, after):
            p, r = p / pages, r / pages
            out.append(f"P {p:.3f} R {r:.3f} F1 {2 * p * r / (p + r):.3f}")
        print(f"fixed text (simulated) {k:12} before {out[0]} | after {out[1]}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("mode", choices=("misses", "try"))
    ap.add_argument("findings", type=Path)
    ap.add_argument("oof", type=Path, nargs="?")
    ap.add_argument("--how", choices=("stack", "smooth", "span", "both"), default="stack")
    ap.add_argument("--score", type=Path, help="misses: score.py --json of the same run, for the pages' losses")
    ap.add_argument("--no-prose", action="store_true", help="never flag a line of prose (Line.prose)")
    ap.add_argument("--precision", type=float, default=0.955, help="line precision the stacked pass must keep (inner folds)")
    ap.add_argument("--features-from", metavar="CODE",
                    help="the pass sees only this rule's flags (CL140: what the rule itself knows at run time); "
                         "the other rules' flags still count in the figures")
    args = ap.parse_args(argv)
    flag = flagged_lines(args.findings)
    seen = flagged_lines(args.findings, args.features_from) if args.features_from else flag
    if args.mode == "misses":
        misses(flag, args.score)
    elif args.oof is None:
        ap.error("try needs the out-of-fold scores (train_boilerplate.py --oof)")
    else:
        trial(args, flag, seen)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
