#!/usr/bin/env python3
"""What kept CL140 from each boilerplate line nothing reports (issue 15, session 24): the misses by reason.

    cd CHECKOUT && corpuslint check DATA/CONV/txt --isolated --no-cache --output-format json --exit-zero > F.json
    .venv/bin/python training/miss_reasons.py DATA CONV F.json [--lang other] [--half A|B] [--out rows.jsonl]

DATA is a page folder of `benchmarks/heldout_boilerplate.py` (meta.jsonl; CONV/txt, CONV/labels.jsonl); F.json
the findings of `check` on CONV/txt (a path's stem is the page's id). A line counts as found when a
boilerplate finding covers it (CL1xx, CL204, CL205, as the score does); for each boilerplate line left, the
rule's pipeline is run again on its page, step by step, and the first step that kept the line is named:
`doc:markdown`, `doc:not-furnished(pre)` (the page's candidates cannot show furniture), `fast-path` (a long
line closing a sentence), `wrapped-prose`, `sentence-guard` (12 words or more with function words),
`guard:...` (a comma at the end, an open quotation, a byline, date or dateline), `subheading`,
`closing-sentence`, `continues-below`, `title`, `own:...` (the article's own short lines: a verdict, a
media lead-in, a citation, a quoted post, `ownlines`), `score <0.5` / `score 0.5-0.8` / `score 0.8-thr`
(asked, under the threshold), `flagged-1` / `flagged-2` (flagged, then dropped: code, a feed's item, a
pack's finding kept instead), `doc:page_shape` and `doc:not-furnished(post)` (the document's gates after
the scores). Prints the counts (lines, words) and, with --out, one JSON row per missed line (and every
labelled line in OUT.all). `--half` keeps one half of qa20b's sites (`half_of`: the SHA-1 of the site's
key, even first byte = A), the split session 24 designed on (A) and reported on (B).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path.cwd()))
from corpuslint.checks.boilerplate import classifier as C  # noqa: E402
from corpuslint.checks.boilerplate import textguards as G  # noqa: E402
from corpuslint.checks.boilerplate.articleown import is_citation_item, is_media_lead_in, is_quoted_post, is_verdict  # noqa: E402
from corpuslint.checks.boilerplate.context import furnished  # noqa: E402
from corpuslint.checks.boilerplate.doclines import DocLines  # noqa: E402
from corpuslint.checks.boilerplate.dumps import page_lines  # noqa: E402
from corpuslint.checks.boilerplate.linefeatures import Window, candidate_lines  # noqa: E402
from corpuslint.checks.boilerplate.model import Bundle  # noqa: E402
from corpuslint.checks.boilerplate.pageshape import markdown_shaped, page_shape  # noqa: E402
from corpuslint.checks.boilerplate.wrapping import wrapped_prose  # noqa: E402


def site_key(pid: str) -> str:
    """qa20b's page id -> its site's key (coarse: pages of one site always share it)."""
    src, _, name = pid.partition("__")
    if src.startswith("trafilatura-0.9.0"):
        parts = name.split(".")
        key = ".".join(parts[:-1]) if len(parts) >= 3 else parts[0]
        return re.sub(r"^(de|en|blog)\.", "", key)
    if src.startswith("newspaper4k"):
        key = re.sub(r"(_\d+|_main_site|_article|_test_nlp|1)$", "", name)
        return re.sub(r"_article(_\d+)?$|^(\w+)_article.*", r"\2", key) or name
    if src.startswith("inscriptis"):
        return "inscriptis"
    if src.startswith("html-text"):
        return "webstruct" if "Webstruct" in name else name
    return name


def half_of(pid: str) -> str:
    return "A" if hashlib.sha1(site_key(pid).encode()).digest()[0] % 2 == 0 else "B"


def is_boilerplate_finding(f: dict) -> bool:
    code = f.get("code") or ""
    return f.get("family") == "boilerplate" or code.startswith("CL1") or code in {"CL204", "CL205"}


def reasons_for(rule: C.BoilerplateLine, text: str):
    """({raw line number: (reason, first-stage score)}, None) or (None, a whole document's reason)."""
    if markdown_shaped(text):
        return None, "doc:markdown"
    lines = candidate_lines(text, gate=True) if text else []
    if not lines:
        return None, "doc:no-candidates"
    lines, _ = page_lines(text, lines)
    model = rule.model
    if isinstance(model, Bundle):
        model = model.model_for("")
    if not rule._may_be_furnished(lines, [i for i, line in enumerate(lines) if line.candidate], model):
        return None, "doc:not-furnished(pre)"
    shared = DocLines(lines)
    own: set[int] = set()
    ask = C.asked(shared, own)
    wrapped = wrapped_prose(lines)
    last = len(lines) - 1
    window = Window(lines, shared.position)
    first: list[float | None] = [None] * len(lines)
    for i, yes in enumerate(ask):
        if yes:
            window.fill(i)
            first[i] = model.score(lines[i].features)
    second = C.context_scores(shared, first, model, window, own) if rule.options.context else {}
    thr = model.threshold
    cthr = model.context.threshold if model.context else 1.0
    hits = [i for i in range(len(lines))
            if (first[i] is not None and first[i] >= thr) or second.get(i, 0.0) >= cthr]
    gate = ("doc:page_shape" if hits and page_shape(lines)
            else "doc:not-furnished(post)" if hits and not furnished(lines, hits) else None)
    out = {}
    for i, line in enumerate(lines):
        before, after = (lines[i - 1] if i else None), (lines[i + 1] if i < last else None)
        pb, pa = shared.prose_share(i)
        if not line.candidate:
            r = "fast-path"
        elif ask[i]:
            s = first[i]
            r = ("flagged-1" if s >= thr else "flagged-2" if second.get(i, 0.0) >= cthr
                 else "score 0.8-thr" if s >= 0.8 else "score 0.5-0.8" if s >= 0.5 else "score <0.5")
            if r.startswith("flagged") and gate:
                r = gate
        elif i in own:
            r = ("own:verdict" if is_verdict(line, before, after, pa) else "own:media-lead-in"
                 if is_media_lead_in(line, pb) else "own:citation" if is_citation_item(line, before, after)
                 else "own:quoted-post" if is_quoted_post(line, after) else "own:ownlines")
        elif wrapped and line.number in wrapped:
            r = "wrapped-prose"
        elif (line.words >= 12 and line.stop >= 0.2 or line.words >= 20 and line.stop >= 0.15) and not G._asks(line):
            r = "sentence-guard"
        elif G.reads_as_text(line, pb, pa):
            r = ("guard:comma/semicolon" if line.text[-1] in ",;" else "guard:open-quote"
                 if line.text[0] in G._OPEN_QUOTE else "guard:metadata/other")
        elif 0 < i < last and G.is_subheading(line, before, after, pb):
            r = "subheading"
        elif i > 0 and G.is_closing_sentence(line, before):
            r = "closing-sentence"
        elif i < last and G.continues_below(line, after):
            r = "continues-below"
        elif i < min(3, last) and G.is_title(line, after, pb):
            r = "title"
        else:
            r = "not asked (other)"
        for n in range(line.number, line.number + text[line.start:line.end].count("\n") + 1):
            out[n] = (r, first[i])
    return out, None


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("data")
    ap.add_argument("conv")
    ap.add_argument("findings")
    ap.add_argument("--lang", choices=("en", "other"))
    ap.add_argument("--half", choices=("A", "B"))
    ap.add_argument("--out")
    a = ap.parse_args()
    data = Path(a.data)
    langs = {r["id"]: r["lang"] for r in map(json.loads, open(data / "meta.jsonl", encoding="utf-8"))}
    labels: dict[str, dict[int, str]] = collections.defaultdict(dict)
    for r in map(json.loads, open(data / a.conv / "labels.jsonl", encoding="utf-8")):
        labels[r["id"]][r["line"]] = r["label"]
    covered: dict[str, set[int]] = collections.defaultdict(set)
    for f in json.loads(Path(a.findings).read_text(encoding="utf-8")):
        if is_boilerplate_finding(f):
            first, end = f["line"], f.get("end_line") or f["line"]
            if end > first and f.get("end_column") == 1:
                end -= 1
            covered[Path(f["path"]).stem].update(range(first, end + 1))
    pids = [p for p in sorted(labels) if (not a.lang or langs.get(p) == a.lang) and (not a.half or half_of(p) == a.half)]
    rule = C.BoilerplateLine()
    count: collections.Counter = collections.Counter()
    words: collections.Counter = collections.Counter()
    rows, every = [], []
    for pid in pids:
        text = (data / a.conv / "txt" / f"{pid}.txt").read_text(encoding="utf-8")
        raw = text.split("\n")
        res, gate = reasons_for(rule, text)
        for n, label in sorted(labels[pid].items()):
            why, score = (gate, None) if res is None else res.get(n, ("?", None))
            row = {"id": pid, "line": n, "label": label, "why": why, "score": score, "cov": n in covered[pid],
                   "text": raw[n - 1].strip()}
            every.append(row)
            if label != "boilerplate":
                continue
            if row["cov"]:
                count["found"] += 1
                continue
            count[why] += 1
            words[why] += len(row["text"].split())
            rows.append(row)
    print(f"pages {len(pids)}; boilerplate lines found {count.pop('found', 0)}, missed {sum(count.values())}")
    for why, n in count.most_common():
        print(f"{n:6d} lines {words[why]:7d} words  {why}")
    if a.out:
        with open(a.out, "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in rows)
        with open(a.out + ".all", "w", encoding="utf-8") as f:
            f.writelines(json.dumps(r, ensure_ascii=False) + "\n" for r in every)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
