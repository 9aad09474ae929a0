#!/usr/bin/env python3
"""Train the boilerplate-line model of CL140 and measure it on sites it never saw.

Data (all read-only, from ../shared/corpora; see training/README.md):

* web: `web/txt/<id>.txt` + `web/labels.jsonl`, 94 whole pages, every line labelled content /
  boilerplate / unsure (unsure lines are left out of training and scoring);
* news: `training/data/news_labels.jsonl`, every line of 40 documents of
  `../shared/corpora/txt/`, hand-labelled (two passes and an adjudication, see
  training/README.md). Held out by default: `evaluate_news.py` measures the shipped model on
  it, a source it never trained on; `--train-on-news` adds it to training.
* pages (`--pages DIR`): the held-out saved pages labelled by training/readability_labels.py the
  way web's are (Readability's article aligned by web/build.py), one source of their own;
* page sets (`--page-set NAME=DIR`, `--set-weight NAME=W`): page folders of benchmarks/heldout_boilerplate.py
  (every conversion in DIR, e.g. sb26's half A rendered by lynx and inscriptis, lines labelled against
  trafilatura's article), sources `NAME-<conversion>`, grouped by site with web's (`page_site`);
* weak: `training/data/news_weak.jsonl` (`make_weak_labels.py`): news lines the packs and CL151
  flag (boilerplate) and short sentence lines nothing flags (content), the sample left out.

Evaluation is leave-site-out: the pages are grouped by site (the id before `-N`; with `--pages`, by
the registered domain's name across both sources: web's `guardian` and a page of theguardian.com
are one group, see `site_group`), every
document is scored by a model trained without its site (GroupKFold), and precision / recall
are reported per source, and for the web pages in and not in English. The threshold shipped
is the lowest whose out-of-fold web precision is >= `--precision` (precision first).

Writes `corpuslint/checks/boilerplate/model.json` (the shipped model, trained on everything)
and, with `--cv-bundle FILE`, one model per held-out group, keyed by site, so that score.py can
score every page with a model that never saw its site (CORPUSLINT_CL140_MODEL=FILE).

Needs the `train` extra (scikit-learn, numpy): `pip install -e '.[train]'`.
"""

from __future__ import annotations

import argparse
import json
import re
import sys
from collections import defaultdict
from pathlib import Path

import numpy as np
from sklearn.ensemble import HistGradientBoostingClassifier
from sklearn.model_selection import GroupKFold

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from corpuslint.checks.boilerplate.classifier import asked  # noqa: E402
from corpuslint.checks.boilerplate.context import CONTEXT_FEATURE_NAMES, context_rows, whole_page  # noqa: E402
from corpuslint.checks.boilerplate.doclines import DocLines  # noqa: E402
from corpuslint.checks.boilerplate.linefeatures import FEATURE_NAMES, line_features  # noqa: E402
from extra_features import EXTRAS, extra_columns  # noqa: E402

SHARED = ROOT.parent / "shared" / "corpora"
WEB = SHARED / "web"
DATA = ROOT / "training" / "data"
MODEL_OUT = ROOT / "corpuslint" / "checks" / "boilerplate" / "model.json"

# Web pages not in English: meta.jsonl's `lang` where it has one, the web README's list otherwise.
NOT_ENGLISH = {"aktualne", "cnet-svg-classes", "folha", "gmw", "heise", "hukumusume", "la-nacion",
               "lemonde-1", "liberation-1", "nytimes-5", "pixnet", "qq", "videos-2", "yahoo-4", "youth"}

# early_stopping=False: every tree fitted on all the training lines. With sklearn's "auto" (on above
# 10,000 lines) a random tenth was held out to pick the number of trees, and recall moved by a
# point with `random_state` (session 10); without it the model is the same whatever the seed.
PARAMS = dict(max_iter=150, learning_rate=0.1, max_leaf_nodes=15, min_samples_leaf=20,
              l2_regularization=1.0, early_stopping=False, random_state=0)
# the second (context) stage: fewer rows (the lines the first stage leaves), smaller trees
CONTEXT_PARAMS = dict(PARAMS, max_iter=100, max_leaf_nodes=7)
ABLATED: list[int] = []  # the columns of the features `--ablate` leaves out (set to 0)
EXTRA: list[str] = []  # `--extra`: candidate features of training/extra_features.py, measured only


def web_labels() -> dict[str, dict[int, str]]:
    labels: dict[str, dict[int, str]] = defaultdict(dict)
    for raw in (WEB / "labels.jsonl").open():
        d = json.loads(raw)
        labels[d["id"]][d["line"]] = d["label"]
    return labels


def context_stage(first_stage: dict, fold_of: dict[str, int], threshold: float, share: float, min_lines: int,
                  across_sources: bool = False):
    """The first stage as the rule runs it (its guards applied) on every web page, by the fold
    model that never saw the page's site, and the second stage's rows: on the pages whose lines
    it flags for at least `share`, every line it leaves (guarded, fast path), with its context
    features. Returns the rows (group, source, doc, line number, features, label) and, for every
    labelled web line, (doc, line number, source, label, flagged by the first stage)."""
    labels = web_labels()
    rows, lines_out = [], []
    for path in sorted((WEB / "txt").glob("*.txt")):
        doc = path.stem
        source = "web-other" if doc in NOT_ENGLISH else "web-en"
        clf = first_stage[fold_of[group_of(doc, across_sources)]]
        lines = line_features(path.read_text(encoding="utf-8"))
        with_features = [i for i, line in enumerate(lines) if line.features is not None]
        raw = {}
        if with_features:
            X = np.array([lines[i].features for i in with_features])
            X[:, ABLATED] = 0.0
            scores = clf.predict_proba(X)[:, 1]
            raw = {i: float(p) for i, p in zip(with_features, scores)}
        first = [raw[i] if ask else None for i, ask in enumerate(asked(DocLines(lines)))]
        for line, score in zip(lines, first):
            label = labels[doc].get(line.number)
            if label in ("content", "boilerplate"):
                flagged = score is not None and score >= threshold
                lines_out.append((doc, line.number, source, int(label == "boilerplate"), flagged))
        if not whole_page(first, threshold, share, min_lines):
            continue
        index = {id(line): i for i, line in enumerate(lines)}
        for i, f in context_rows(lines, first, threshold, lambda line: raw[index[id(line)]]):
            label = labels[doc].get(lines[i].number)
            if label in ("content", "boilerplate"):
                rows.append((group_of(doc, across_sources), source, doc, lines[i].number, f, int(label == "boilerplate")))
    return rows, lines_out


def site(doc_id: str) -> str:
    return re.sub(r"-\d+$", "", doc_id)


# web site names whose registered domain is named otherwise, and domains of one site (`--pages`)
SITE_ALIASES = {"guardian": "theguardian", "blogger": "blogspot", "cnet-svg-classes": "cnet",
                "wikimedia": "wikipedia", "wikimediafoundation": "wikipedia"}


def site_group(name: str) -> str:
    """The leave-site-out group of a web site name or a registered domain (`theguardian.com`)."""
    label = name.split(".")[0]  # readability_labels.registered_domain: `name.tld` or `name.co.uk`
    return SITE_ALIASES.get(label, label)


def is_page(doc_id: str) -> bool:
    """A page of readability_labels.py (its id names its set: `fresh.`, `htmldate.`, ...)."""
    return doc_id.split(".", 1)[0] in ("fresh", "htmldate", "trafilatura", "newspaper4k")


def group_of(doc_id: str, across_sources: bool) -> str:
    """A web page's group: its site name as is, or (`--pages`: `across_sources`) its site across sources."""
    return site_group(site(doc_id)) if across_sources else site(doc_id)


def web_rows(across_sources: bool = False):
    """(group, source, doc id, line number, features, label) for every labelled web line."""
    labels: dict[str, dict[int, str]] = defaultdict(dict)
    for raw in (WEB / "labels.jsonl").open():
        d = json.loads(raw)
        labels[d["id"]][d["line"]] = d["label"]
    for path in sorted((WEB / "txt").glob("*.txt")):
        doc = path.stem
        source = "web-other" if doc in NOT_ENGLISH else "web-en"
        lines = line_features(path.read_text(encoding="utf-8"))
        extra = extra_columns(lines, EXTRA) if EXTRA else None
        for k, line in enumerate(lines):
            label = labels[doc].get(line.number)
            if line.features is not None and label in ("content", "boilerplate"):
                features = line.features + extra[k] if extra else line.features
                yield group_of(doc, across_sources), source, doc, line.number, features, int(label == "boilerplate")


def page_rows(folder: Path):
    """(group, "pages", id, line number, features, label) for readability_labels.py's pages: the
    kept ones, in id order; group by the page's registered domain (its id when it has none)."""
    labels: dict[str, dict[int, str]] = defaultdict(dict)
    for raw in (folder / "labels.jsonl").open():
        d = json.loads(raw)
        labels[d["id"]][d["line"]] = d["label"]
    sites = {}
    for raw in (folder / "pages.jsonl").open():
        d = json.loads(raw)
        sites[d["id"]] = d.get("site")
    for doc in sorted(labels):
        lines = line_features((folder / "txt" / f"{doc}.txt").read_text(encoding="utf-8"))
        extra = extra_columns(lines, EXTRA) if EXTRA else None
        group = site_group(sites[doc]) if sites.get(doc) else doc
        for k, line in enumerate(lines):
            label = labels[doc].get(line.number)
            if line.features is not None and label in ("content", "boilerplate"):
                features = line.features + extra[k] if extra else line.features
                yield group, "pages", doc, line.number, features, int(label == "boilerplate")


# the last label of a registered domain comes before one of these (`www.cnn.com` -> cnn, `bbc.co.uk` -> bbc)
TLDS = {"com", "org", "net", "info", "blog", "io", "me", "tv", "co", "uk", "de", "fr", "at", "ch", "eu", "it",
        "pt", "pl", "hu", "lt", "ru", "ie", "br", "ca", "nl", "es", "us", "gov", "edu"}


def page_site(doc_id: str) -> str:
    """The site group of a page of a page folder (benchmarks/heldout_boilerplate.py's format): its id names its
    source and host (`m.www.cnn.com.1476389931786`, `t.en.wikipedia.org.tsne`, `formasaurus-0.10.0__juno.co.uk.654`);
    the label before the first top-level-domain-like part is the site (cnn, wikipedia, juno), grouped with web's."""
    name = doc_id.split("__", 1)[1] if "__" in doc_id else doc_id
    if name[:2] in ("m.", "t.", "h."):
        name = name[2:]
    parts = name.split(".")
    for i in range(1, len(parts)):
        if parts[i].lower() in TLDS:
            return site_group(parts[i - 1].lower())
    return site_group(parts[0].lower())


def page_set_rows(name: str, folder: Path):
    """(group, "<name>-<conversion>", id, line number, features, label) for every labelled line of every
    conversion of a page folder (DIR/<conversion>/txt/<id>.txt + labels.jsonl: heldout_boilerplate.py label's
    output, lines labelled against trafilatura's article); a page's renders are of one site group, so a site
    is never in training in one render and in the test fold in another."""
    for conversion in sorted(d.name for d in folder.iterdir() if (d / "labels.jsonl").is_file()):
        labels: dict[str, dict[int, str]] = defaultdict(dict)
        for raw in (folder / conversion / "labels.jsonl").open(encoding="utf-8"):
            d = json.loads(raw)
            labels[d["id"]][d["line"]] = d["label"]
        for doc in sorted(labels):
            lines = line_features((folder / conversion / "txt" / f"{doc}.txt").read_text(encoding="utf-8"))
            extra = extra_columns(lines, EXTRA) if EXTRA else None
            for k, line in enumerate(lines):
                label = labels[doc].get(line.number)
                if line.features is not None and label in ("content", "boilerplate"):
                    features = line.features + extra[k] if extra else line.features
                    yield page_site(doc), f"{name}-{conversion}", doc, line.number, features, int(label == "boilerplate")


def news_rows(name: str, source: str):
    path = DATA / name
    if not path.exists():
        return
    by_doc: dict[str, dict[int, int]] = defaultdict(dict)
    for raw in path.open():
        d = json.loads(raw)
        by_doc[d["id"]][d["line"]] = int(d["label"] == "boilerplate")
    for doc, labels in sorted(by_doc.items()):
        text = (SHARED / "txt" / f"{doc}.txt").read_text(encoding="utf-8")
        lines = line_features(text)
        extra = extra_columns(lines, EXTRA) if EXTRA else None
        for k, line in enumerate(lines):
            if line.features is not None and line.number in labels:
                # news: one group per publisher is unknown for FNC-1, so one per document
                features = line.features + extra[k] if extra else line.features
                yield f"news:{doc}", source, doc, line.number, features, labels[line.number]


def export(clf: HistGradientBoostingClassifier) -> dict:
    """The fitted trees as plain lists: internal node [feature, threshold, left, right], leaf [value]."""
    trees = []
    for predictors in clf._predictors:
        nodes = predictors[0].nodes
        out = []
        for node in nodes:
            if node["is_leaf"]:
                out.append([round(float(node["value"]), 6)])
            else:
                out.append([int(node["feature_idx"]), float(node["num_threshold"]), int(node["left"]), int(node["right"])])
        trees.append(out)
    return {"base": float(np.ravel(clf._baseline_prediction)[0]), "trees": trees}


def pr(y, p, t):
    pred = p >= t
    tp = int((pred & (y == 1)).sum())
    fp = int((pred & (y == 0)).sum())
    fn = int((~pred & (y == 1)).sum())
    prec = tp / (tp + fp) if tp + fp else 1.0
    rec = tp / (tp + fn) if tp + fn else 1.0
    return prec, rec, tp, fp, fn


def train_context(args, first_stage, fold_of, threshold, report, fold_models) -> dict | None:
    """The second stage: its out-of-fold figures (both stages together, every labelled web line,
    the rule's guards applied), its threshold, and its model (shipped) and fold models (bundle)."""
    rows, lines = context_stage(first_stage, fold_of, threshold, args.context_share, args.context_lines,
                                bool(args.pages or args.page_set))
    if not rows:
        return None
    X = np.array([r[4] for r in rows], dtype=np.float64)
    y = np.array([r[5] for r in rows])
    folds = np.array([fold_of[r[0]] for r in rows])
    oof = np.zeros(len(rows))
    fitted = {}
    for k in range(args.folds):
        test = folds == k
        if not test.any() or test.all():
            continue
        fitted[k] = HistGradientBoostingClassifier(**CONTEXT_PARAMS).fit(X[~test], y[~test])
        oof[test] = fitted[k].predict_proba(X[test])[:, 1]
    second = {(r[2], r[3]): float(p) for r, p in zip(rows, oof)}

    def together(t: float, which: str = "") -> tuple[float, float, int, int]:
        tp = fp = fn = 0
        for doc, number, source, label, flagged in lines:
            if which and source != which:
                continue
            hit = flagged or second.get((doc, number), 0.0) >= t
            tp += int(hit and label == 1)
            fp += int(hit and label == 0)
            fn += int(not hit and label == 1)
        return tp / max(tp + fp, 1), tp / max(tp + fn, 1), tp, fp

    p1, r1, *_ = together(2.0)
    candidates = [t / 1000 for t in range(500, 1000, 5)]
    t2 = next((t for t in candidates if together(t)[0] >= args.context_precision), 0.995)
    print(f"\ncontext stage: {len(rows)} lines on pages with >= {args.context_share:.0%} "
          f"and >= {args.context_lines} lines flagged, "
          f"threshold {t2:.3f} (both stages' web line precision >= {args.context_precision})")
    print(f"web lines (guards applied, fast path counted): first stage alone P {p1:.3f} R {r1:.3f}")
    figures = {}
    for name, which in (("web (all)", ""), ("web-en", "web-en"), ("web-other", "web-other")):
        prec, rec, tp, fp = together(t2, which)
        figures[name] = {"precision": round(prec, 4), "recall": round(rec, 4), "tp": tp, "fp": fp,
                         "first_stage": dict(zip(("precision", "recall"), (round(v, 4) for v in together(2.0, which)[:2])))}
        print(f"  both stages, {name:10} P {prec:.3f} R {rec:.3f} (first stage alone "
              f"{figures[name]['first_stage']['precision']:.3f} / {figures[name]['first_stage']['recall']:.3f})")
    report["context"] = {"threshold": t2, "share": args.context_share, "min_lines": args.context_lines, "params": CONTEXT_PARAMS, "lines": len(rows),
                         "by_source": figures}
    head = {"features": list(CONTEXT_FEATURE_NAMES), "threshold": t2, "share": args.context_share,
            "lines": args.context_lines}
    for k, clf in fitted.items():
        if f"#fold{k}" in fold_models:
            fold_models[f"#fold{k}"]["context"] = {**head, **export(clf)}
    return {**head, **export(HistGradientBoostingClassifier(**CONTEXT_PARAMS).fit(X, y))}


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--folds", type=int, default=10)
    ap.add_argument("--precision", type=float, default=0.96, help="precision the threshold must keep (out of fold, web)")
    ap.add_argument("--cv-bundle", type=Path, help="write one model per held-out site group here")
    ap.add_argument("--train-on-news", action="store_true",
                    help="also train on the hand-labelled news sample (by default it is held out for evaluation)")
    ap.add_argument("--pages", type=Path, metavar="DIR",
                    help="also train on the pages labelled by training/readability_labels.py (its cache "
                         "folder); groups are then sites across sources")
    ap.add_argument("--pages-weight", type=float, default=1.0, help="the weight of a line of --pages (a web line's is 1)")
    ap.add_argument("--pages-balance", action="store_true",
                    help="weigh the --pages boilerplate lines down to the web lines' class shares")
    ap.add_argument("--page-set", action="append", default=[], metavar="NAME=DIR",
                    help="also train on a page folder of benchmarks/heldout_boilerplate.py (every conversion in "
                         "it; sources NAME-<conversion>); groups are then sites across sources; repeatable")
    ap.add_argument("--set-weight", action="append", default=[], metavar="NAME=W",
                    help="the weight of a line of every source NAME-* (a web line's is 1): a page set's, or `news` "
                         "for the weak news labels (source news-weak), which a page set's renders outweigh; repeatable")
    ap.add_argument("--no-weak", action="store_true", help="leave out the weak news labels (make_weak_labels.py)")
    ap.add_argument("--no-write", action="store_true", help="measure only")
    ap.add_argument("--model-out", type=Path, default=MODEL_OUT, help="where the model trained on everything goes")
    ap.add_argument("--oof", type=Path, help="write every line's out-of-fold score here (JSON Lines)")
    ap.add_argument("--cv-json", type=Path, default=ROOT / "training" / "cv_results.json")
    ap.add_argument("--context-share", type=float, default=0.3,
                    help="share of a page's lines the first stage must flag before the context stage runs")
    ap.add_argument("--context-lines", type=int, default=15,
                    help="... and how many of its lines at least")
    ap.add_argument("--context-precision", type=float, default=0.955,
                    help="line precision both stages together must keep (out of fold, web)")
    ap.add_argument("--no-context", action="store_true", help="no second (context) stage")
    ap.add_argument("--site-weight", type=float, default=0.0, metavar="ALPHA",
                    help="weigh each training line by 1 / (lines of its site group) ** ALPHA (0: every line "
                         "alike; 1: every site alike), so that a few long pages do not make the model")
    ap.add_argument("--ablate", action="append", default=[], choices=FEATURE_NAMES, metavar="FEATURE",
                    help="train as if this feature were not there (its column set to 0: no tree splits on "
                         "it); repeatable; to measure what a feature adds")
    ap.add_argument("--extra", action="append", default=[], choices=sorted(EXTRAS),
                    help="add a candidate feature of training/extra_features.py (measure only: implies "
                         "--no-write and --no-context)")
    args = ap.parse_args(argv)
    if args.extra:
        EXTRA[:] = args.extra
        args.no_write = args.no_context = True
        if args.cv_json == ROOT / "training" / "cv_results.json":
            args.cv_json = Path("/dev/null")  # the shipped model's figures stay as they are

    page_sets = dict(spec.split("=", 1) for spec in args.page_set)
    across_sources = bool(args.pages or page_sets)
    rows = list(web_rows(across_sources))
    if args.pages:
        rows += list(page_rows(args.pages))
    for name, folder in page_sets.items():
        rows += list(page_set_rows(name, Path(folder)))
    if args.train_on_news:
        rows += list(news_rows("news_labels.jsonl", "news"))
    if not args.no_weak:
        rows += list(news_rows("news_weak.jsonl", "news-weak"))
    groups = np.array([r[0] for r in rows])
    sources = np.array([r[1] for r in rows])
    X = np.array([r[4] for r in rows], dtype=np.float64)
    ABLATED[:] = [FEATURE_NAMES.index(name) for name in args.ablate]
    X[:, ABLATED] = 0.0
    y = np.array([r[5] for r in rows])
    print(f"{len(rows)} lines, {len(set(groups))} groups, {len(FEATURE_NAMES)} features", file=sys.stderr)

    # the web lines weighed by site (each source keeps its share of the weight: a news document
    # is a group of its own, a few lines)
    size = {g: n for g, n in zip(*np.unique(groups, return_counts=True))}
    weight = np.ones(len(rows))
    web_rows_at = np.isin(sources, ["web-en", "web-other"])
    weight[web_rows_at] = [size[g] ** -args.site_weight for g in groups[web_rows_at]]
    weight[web_rows_at] *= web_rows_at.sum() / weight[web_rows_at].sum()
    weight[sources == "pages"] = args.pages_weight
    for name, w in (spec.split("=", 1) for spec in args.set_weight):
        weight[np.char.startswith(sources.astype(str), name + "-")] = float(w)
    if args.pages_balance and (sources == "pages").any():
        # the pages' boilerplate lines weighed so that their share of the pages' weight is web's share
        pages, on_web = sources == "pages", web_rows_at
        web_share = y[on_web].mean()
        n_bp, n_ct = (y[pages] == 1).sum(), (y[pages] == 0).sum()
        if n_bp:  # (no boilerplate line among the pages: nothing to weigh)
            weight[pages & (y == 1)] *= web_share / (1 - web_share) * n_ct / n_bp
    oof = np.zeros(len(rows))
    fold_models: dict[str, dict] = {}
    first_stage: dict[int, HistGradientBoostingClassifier] = {}
    fold_of: dict[str, int] = {}
    for k, (train, test) in enumerate(GroupKFold(n_splits=args.folds).split(X, y, groups)):
        clf = HistGradientBoostingClassifier(**PARAMS).fit(X[train], y[train], sample_weight=weight[train])
        oof[test] = clf.predict_proba(X[test])[:, 1]
        first_stage[k] = clf
        for g in set(groups[test]):
            fold_of[g] = k
        if args.cv_bundle:
            exported = export(clf)
            for g in set(groups[test]):
                fold_models[g] = k
            fold_models[f"#fold{k}"] = exported
        print(f"fold {k}: {len(set(groups[test]))} groups held out", file=sys.stderr)

    if args.cv_bundle and across_sources:
        # the bundle finds a page's fold by its id (the web page's name before `-N`, a page's id; a page set's
        # id as Bundle.model_for reads a file's stem)
        for g, doc in sorted({(r[0], r[2]) for r in rows if r[1] != "news-weak"}):  # sorted: the same bytes each run
            fold_models[doc if is_page(doc) else site(doc)] = fold_of[g]
    if args.oof:
        with args.oof.open("w") as out:
            for r, p in zip(rows, oof):
                out.write(json.dumps({"id": r[2], "line": r[3], "source": r[1], "label": r[5], "score": round(float(p), 4)}) + "\n")
    web = np.isin(sources, ["web-en", "web-other"])
    candidates = [t / 1000 for t in range(500, 1000, 5)]
    threshold = next((t for t in candidates if pr(y[web], oof[web], t)[0] >= args.precision), 0.99)
    report = {"threshold": threshold, "params": PARAMS, "folds": args.folds, "by_source": {}}
    print(f"\nleave-site-out ({args.folds} group folds), threshold {threshold:.3f} (web precision >= {args.precision})")
    print(f"{'source':12} {'lines':>6} {'P':>6} {'R':>6} {'tp':>6} {'fp':>5} {'fn':>6}")
    for name, mask in [("web (all)", web), ("web-en", sources == "web-en"), ("web-other", sources == "web-other"),
                       ("pages", sources == "pages"), ("news", sources == "news"), ("news-weak", sources == "news-weak"),
                       *((name, sources == name) for name in sorted(set(sources)) if name.split("-")[0] in page_sets)]:
        if not mask.any():
            continue
        prec, rec, tp, fp, fn = pr(y[mask], oof[mask], threshold)
        report["by_source"][name] = {"lines": int(mask.sum()), "precision": round(prec, 4), "recall": round(rec, 4),
                                     "tp": tp, "fp": fp, "fn": fn}
        print(f"{name:12} {int(mask.sum()):6} {prec:6.3f} {rec:6.3f} {tp:6} {fp:5} {fn:6}")
    curve = []
    for t in (0.5, 0.7, 0.8, 0.9, 0.95, 0.97, 0.98, 0.99):
        prec, rec, *_ = pr(y[web], oof[web], t)
        curve.append({"threshold": t, "precision": round(prec, 4), "recall": round(rec, 4)})
    report["web_curve"] = curve
    print("web P/R by threshold: " + ", ".join(f"{c['threshold']}: {c['precision']:.3f}/{c['recall']:.3f}" for c in curve))
    context = None if args.no_context else train_context(args, first_stage, fold_of, threshold, report, fold_models)
    args.cv_json.write_text(json.dumps(report, indent=1) + "\n")

    if args.cv_bundle:
        bundle = {"format": "corpuslint-boilerplate-model/1", "kind": "cv-bundle", "features": list(FEATURE_NAMES),
                  "threshold": threshold, "groups": {g: v for g, v in fold_models.items() if not g.startswith("#")},
                  "folds": [fold_models[f"#fold{k}"] for k in range(args.folds)]}
        args.cv_bundle.write_text(json.dumps(bundle, separators=(",", ":")))
    if not args.no_write:
        clf = HistGradientBoostingClassifier(**PARAMS).fit(X, y, sample_weight=weight)
        model = {"format": "corpuslint-boilerplate-model/1", "kind": "gbdt", "features": list(FEATURE_NAMES),
                 "threshold": threshold,
                 "trained_on": {"lines": len(rows), "sources": {s: int((sources == s).sum()) for s in sorted(set(sources))}},
                 "cv": report["by_source"], **export(clf)}
        if context is not None:
            model["context"] = context
        args.model_out.write_text(json.dumps(model, separators=(",", ":")) + "\n")
        print(f"wrote {args.model_out} ({args.model_out.stat().st_size // 1024} KB)", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
