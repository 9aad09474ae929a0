"""Corpus-wide recall on a small site corpus (issue 16): lines a site stamps on 2-3 of its pages.

    .venv/bin/python benchmarks/site_probe.py [--keep DIR]

Two corpora of several pages per site, run through `corpuslint check --select CL151,CL410`:

1. **Whole pages** (the shape of a scraper's or a WET record's text): the pages of
   ../shared/corpora/web/txt that come from one site (nytimes-1..5, yahoo-1..3, wikipedia*,
   medium-1..3, webmd, wapo, mozilla, ehow; lifehacker's two pages are one article, kept as a
   check), each site in a folder named like its host. Measured against web/labels.jsonl: of the
   lines labelled `boilerplate` that 2-3 pages of the site carry, how many CL151 reports; and how
   many lines labelled `content` it reports. Held-out pages from other sites are added when the
   caches of benchmarks/newspaper4k_set.py and testpages_set.py exist (cnn.com: 4, beltz.de: 2),
   unlabelled (their findings are listed for reading).
2. **Stamps**: real lines of the kinds the issue names (follow pleas, sign-offs, reproduction
   notices, from ../shared/corpora) and real author bios (CL410's, from news.jsonl), each written
   into 2 or 3 pages of one site, where such a line stands: on the whole pages after the
   article's last line (then the page's furniture follows), on news articles of one outlet
   (news.jsonl records by `source`, several outlets with 4+ articles) as the last paragraph.
   Reported: how many of the stamped lines CL151 or CL410 reports.
"""

from __future__ import annotations

import argparse
import json
import re
import shutil
import subprocess
import sys
import tempfile
from collections import Counter, defaultdict
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
CACHE = Path.home() / ".cache" / "corpuslint"
SITES = {"nytimes": "nytimes.com", "yahoo": "yahoo.com", "wikipedia": "wikipedia.org", "medium": "medium.com",
         "webmd": "webmd.com", "wapo": "washingtonpost.com", "mozilla": "mozilla.org", "ehow": "ehow.com",
         "lifehacker": "lifehacker.com"}
HELD_OUT = [("cnn.com", "newspaper4k-0.9.6", ["cnn_001", "cnn_002", "cnn_article", "cnn_test_nlp"]),
            ("beltz.de", "htmldate-0.7.3", ["beltz.de.12wege", "beltz.de.didakta"])]
# real lines of the kinds the issue names, as ../shared/corpora has them
STAMPS = [
    "Follow me on Facebook, Twitter, or check out my blog here!",
    "Follow us on Twitter to get the latest on the world's hidden wonders.",
    "Like us on Facebook to see similar stories",
    "This article originally appeared on Slate and was republished with permission.",
    "The material on this site may not be reproduced, distributed, transmitted, cached or otherwise used, "
    "except with the prior written permission of Condé Nast.",
    "*Reprinted with permission",
    "Like The College Fix on Facebook / Follow us on Twitter",
    "I’d love to be wrong, and I look forward to updating this piece. Thanks for reading!",
]
BIOS = [
    "Lisa Rab is a journalist in Charlotte, N.C. Her work has appeared in Mother Jones and The Village Voice, "
    "among other outlets. Reach her at lisayrab@gmail.com.",
    "Zachary Karabell is head of global strategy at Envestnet and author of The Leading Indicators: A Short "
    "History of the Numbers That Rule Our World. He is a contributing editor at Politico Magazine.",
    "Lucas Nolan is a reporter for Breitbart Tech covering issues of free speech and online censorship. "
    "Follow him on Twitter @LucasNolan_ or email him at lnolan@breitbart.com",
    "Mark di Stefano is a breaking news reporter for BuzzFeed News and is based in Sydney, Australia.",
    "Diana Falzone is a FoxNews.com reporter. You can follow her on Twitter @dianafalzone.",
    "Michael Grunwald is a senior staff writer for Politico Magazine.",
    "— Katherine Timpf is a reporter at National Review Online.",
    "Jeff Greenfield is a five-time Emmy-winning network television analyst and author.",
]
OUTLETS = ("rightwingnews.com", "eaglerising.com", "freedomdaily.com", "occupydemocrats.com", "addictinginfo.org",
           "uspoln.com", "conservativebyte.com", "winningdemocrats.com")


def run(folder: Path) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "corpuslint.cli", "check", ".", "--select", "CL151,CL410",
                           "--isolated", "--no-cache", "--no-index", "--jobs", "1", "--exit-zero",
                           "--output-format", "json"], cwd=folder, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def flagged_lines(findings) -> dict[tuple[str, int | None], set[int]]:
    out: dict = defaultdict(set)
    for f in findings:
        for n in range(f["line"], (f.get("end_line") or f["line"]) + 1):
            out[(f["path"], f.get("record"))].add(n if f.get("record") is None else f["column"])
    return out


def norm(line: str) -> str:
    return " ".join(re.sub(r"\d+", "0", line.lower()).split())


FLAT = False  # --flat: each site's pages in a folder named unlike a host, so that only the pages show their site


def site_dir(host: str) -> str:
    return "pages-" + host.replace(".", "_") if FLAT else host


def whole_pages(folder: Path) -> dict[str, list[Path]]:
    sites: dict[str, list[Path]] = defaultdict(list)
    for path in sorted((SHARED / "web" / "txt").glob("*.txt")):
        base = re.sub(r"-\d+$", "", path.stem)
        host = None if path.stem == "yahoo-4" else SITES.get("lifehacker" if base.startswith("lifehacker") else base)
        if host:  # (yahoo-4 is Yahoo! Japan: another site)
            (folder / site_dir(host)).mkdir(parents=True, exist_ok=True)
            shutil.copy(path, folder / site_dir(host) / path.name)
            sites[host].append(folder / site_dir(host) / path.name)
    for host, cache, names in HELD_OUT:
        if all((CACHE / cache / "txt" / f"{n}.txt").is_file() for n in names):
            (folder / site_dir(host)).mkdir(parents=True, exist_ok=True)
            for n in names:
                shutil.copy(CACHE / cache / "txt" / f"{n}.txt", folder / site_dir(host) / f"{n}.txt")
                sites[host].append(folder / site_dir(host) / f"{n}.txt")
    return sites


def labels() -> dict[str, dict[int, str]]:
    out: dict = defaultdict(dict)
    for line in open(SHARED / "web" / "labels.jsonl", encoding="utf-8"):
        r = json.loads(line)
        out[r["id"]][r["line"]] = r["label"]
    return out


def natural(folder: Path, sites, show: bool) -> None:
    flagged = flagged_lines(run(folder))
    lab = labels()
    tally = Counter()
    unlabelled = []
    for host, pages in sites.items():
        texts = {p: p.read_text(encoding="utf-8").split("\n") for p in pages}
        where = defaultdict(set)
        for p, lines in texts.items():
            for line in lines:
                if len(norm(line)) > 1:
                    where[norm(line)].add(p)
        for p, lines in texts.items():
            marks = lab.get(p.stem)
            hits = flagged.get((f"{p.parent.name}/{p.name}", None), set())
            for i, line in enumerate(lines, 1):
                n = len(where.get(norm(line), ()))
                if len(norm(line)) <= 1:
                    continue
                shared = "2-3 pages" if 2 <= n <= 3 else "4+ pages" if n >= 4 else "one page"
                if marks is None:
                    if i in hits:
                        unlabelled.append(f"{host}/{p.name}:{i} {line.strip()[:90]}")
                    continue
                kind = "one article" if host == "lifehacker.com" else marks.get(i, "?")
                tally[(kind, shared, i in hits)] += 1
                if show and kind == "content" and i in hits:
                    print(f"  content reported: {host}/{p.name}:{i} {line.strip()[:90]}")
    print("whole pages of one site (web/labels.jsonl):")
    for kind in ("boilerplate", "unsure", "content", "one article"):
        for shared in ("2-3 pages", "4+ pages", "one page"):
            hit, miss = tally[(kind, shared, True)], tally[(kind, shared, False)]
            if hit + miss:
                print(f"  {kind:12} on {shared:9}: CL151 reports {hit:5} of {hit + miss:5}")
    print(f"  held-out pages (cnn.com, beltz.de), lines reported: {len(unlabelled)}")
    for line in unlabelled if show else ():
        print("   ", line)


def _tally(results: Counter, corpus: str, probes: list, flagged: dict, show: bool) -> None:
    """Count each stamped line of `probes` (path, record, line or column, kind, pages) as found or
    missed in `flagged`, then empty `probes` for the next run."""
    for path, record, place, kind, k in probes:
        hit = place in flagged.get((path, record), set())
        results[(corpus, kind, k, hit)] += 1
        if show and not hit:
            print(f"  missed: {corpus} {path}:{record or ''}:{place} {kind} {k}")
    probes.clear()


def stamped(folder: Path, sites, show: bool) -> None:
    """Stamps and bios written into 2-3 pages of a site, after the article's last line."""
    lab = labels()
    results = Counter()
    probes = []  # (path, record, text written, kind)
    hosts = [h for h in sites if h != "lifehacker.com" and all(p.stem in lab for p in sites[h])]
    for r in range(4):
        run_dir = folder / f"whole-{r}"
        for host in hosts:
            pages = sites[host]
            k = min(len(pages), 2 + (r + len(host)) % 2)
            kind = "bio" if r % 2 else "stamp"
            line = (BIOS if r % 2 else STAMPS)[(r // 2 * len(hosts) + hosts.index(host)) % 8]
            (run_dir / site_dir(host)).mkdir(parents=True, exist_ok=True)
            for n, page in enumerate(pages):
                lines = page.read_text(encoding="utf-8").split("\n")
                if n < k:
                    last = max(i for i, mark in lab[page.stem].items() if mark == "content")
                    lines[last:last] = ["", line]
                    probes.append((f"{site_dir(host)}/{page.name}", None, last + 2, kind, f"{k} pages"))
                (run_dir / site_dir(host) / page.name).write_text("\n".join(lines), encoding="utf-8")
        _tally(results, "whole pages", probes, flagged_lines(run(run_dir)), show)
    # news articles of one outlet: the stamp as the last paragraph
    records = [json.loads(line) for line in open(SHARED / "news.jsonl", encoding="utf-8")]
    by_outlet = defaultdict(list)
    for rec in records:
        url = rec.get("url") or ""
        host = re.sub(r"^https?://(www\.)?", "", url).split("/")[0]
        if host in OUTLETS and rec["text"].strip():
            by_outlet[host].append(rec)
    for r in range(4):
        run_dir = folder / f"news-{r}"
        run_dir.mkdir(parents=True, exist_ok=True)
        out = []
        for o, host in enumerate(OUTLETS):
            k = 2 + (r + o) % 2
            kind = "bio" if r % 2 else "stamp"
            line = (BIOS if r % 2 else STAMPS)[(r // 2 * 3 + o) % 8]
            for n, rec in enumerate(by_outlet[host][:6]):
                text = rec["text"].rstrip("\n")
                if n < k:
                    text += "\n\n" + line
                    probes.append(("outlets.jsonl", len(out) + 1, len(text) - len(line) + 1, kind, f"{k} pages"))
                out.append({"id": rec["id"], "text": text, "source": host})
        (run_dir / "outlets.jsonl").write_text("".join(json.dumps(x) + "\n" for x in out), encoding="utf-8")
        _tally(results, "news articles", probes, flagged_lines(run(run_dir)), show)
    print("stamped lines (CL151 or CL410 reports the stamped line):")
    for corpus in ("whole pages", "news articles"):
        for kind in ("stamp", "bio"):
            for k in ("2 pages", "3 pages"):
                hit, miss = results[(corpus, kind, k, True)], results[(corpus, kind, k, False)]
                if hit + miss:
                    print(f"  {corpus:13} {kind:5} on {k}: {hit:3} of {hit + miss:3}")


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--keep", type=Path, help="build the corpora here and keep them")
    ap.add_argument("--show", action="store_true", help="list misses and content lines reported")
    ap.add_argument("--flat", action="store_true", help="each site's pages in a folder not named like a host: "
                                                         "the site only from what the pages show (session 10)")
    args = ap.parse_args()
    global FLAT
    FLAT = args.flat
    folder = args.keep or Path(tempfile.mkdtemp(prefix="site-probe-"))
    try:
        base = folder / "sites"
        sites = whole_pages(base)
        print("sites:", ", ".join(f"{h} {len(p)}" for h, p in sites.items()))
        natural(base, sites, args.show)
        stamped(folder, sites, args.show)
    finally:
        if not args.keep:
            shutil.rmtree(folder, ignore_errors=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
