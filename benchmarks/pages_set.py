"""A dev page folder for boilerplate recall on whole-page text of unseen sites (issue 15), rendered as the held-out sets are.

Session 26 (sidebar26, recall26) tuned and reported boilerplate recall on it; this builds it again on a new machine.
The pages are real saved pages that three public packages ship as test fixtures (the pages belong to their sites,
so nothing is committed; everything goes to the cache):

- `@postlight/mercury-parser@1.1.1` (npm, MIT / Apache-2.0): `package/fixtures/<host>/<name>.html`, id
  `m.<host>.<name>` (the tarball as benchmarks/mercury_set.py fetches it, `npm pack`);
- `trafilatura==1.0.0` and `htmldate==0.7.3` (PyPI sdists, GPLv3+ code): `tests/cache/*.htm*`, ids
  `t.<file name>` and `h.<file name>` (as benchmarks/testpages_set.py fetches them, `pip download`).

In that order, a page byte-identical to one taken before is left out. Each page's "site" is the id's 2nd and 3rd
dot-separated parts (`m.www.cnn.com.x` -> `www.cnn`, `t.bmjv.de.konsum` -> `bmjv.de`), and the page goes to
half A (tune) when md5(site) is even, else to half B (report): the pages of one site are never in both halves.
Each half is rendered as benchmarks/heldout_set.py renders the held-out sets (lynx -dump -nolist -width=100,
inscriptis get_text) and labelled by `heldout_boilerplate.py label` (trafilatura's article as gold; the
labelling of ../shared/corpora/web/build.py):

    <cache>/<A|B>/raw/{html,lynx,inscriptis}/<id>.*     the page and its two renders
    <cache>/<A|B>/data/                                  the page folder: gold/, meta.jsonl, lynx/, inscriptis/
    <cache>/sources.jsonl                                {"id", "half", "package", "version", "path", "sha1"}

    /tmp/VENV/bin/python benchmarks/pages_set.py [CACHE]    (default ~/.cache/corpuslint/pages-s26)
      (VENV: trafilatura, inscriptis, html-text 0.7.1; lynx on the PATH; npm for the mercury tarball)
    .venv/bin/python benchmarks/heldout_boilerplate.py score --data CACHE/B/data

Built (session 26; trafilatura 2.3.1, inscriptis 2.7.6, lynx 2.9; 7 minutes): 282 pages, A 131, B 151 (B inscriptis:
h.hundeverein-querfurt.de empty, left out); labels identical to the set sidebar26 built by hand (/tmp/sb26).
"""

from __future__ import annotations

import hashlib
import json
import os
import subprocess
import sys
import tarfile
import tempfile
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from heldout_set import inscriptis_text, lynx  # noqa: E402
from testpages_set import _sdist  # noqa: E402
from unfluff_set import fetch  # noqa: E402

MERCURY = ("@postlight/mercury-parser", "1.1.1", "package/fixtures/")
SDISTS = (("trafilatura", "1.0.0"), ("htmldate", "0.7.3"))
CONVERSIONS = ("lynx", "inscriptis")


def default_cache() -> Path:
    return Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache") / "corpuslint" / "pages-s26"


def sources(work: Path) -> list[tuple[str, str, str, str, bytes]]:
    """(id, package, version, path, html) of every fixture page, in the builder's order."""
    out = []
    package, version, prefix = MERCURY
    tgz = fetch(Path.home() / ".cache" / "corpuslint" / f"mercury-{version}", package, version, tool="pages_set")
    with tarfile.open(tgz) as tar:
        members = sorted((m for m in tar.getmembers() if m.isfile() and m.name.startswith(prefix)
                          and m.name.endswith(".html")), key=lambda m: m.name)
        for m in members:
            rel = m.name[len(prefix):]
            out.append(("m." + rel.replace("/", ".").removesuffix(".html"), package, version, m.name,
                        tar.extractfile(m).read()))
    for package, version in SDISTS:
        with tarfile.open(_sdist(package, version, work)) as tar:
            root = f"{package}-{version}/tests/cache/"
            members = [m for m in tar.getmembers() if m.isfile() and m.name.startswith(root)
                       and "/" not in m.name[len(root):] and ".htm" in m.name[len(root):]]
            for m in sorted(members, key=lambda m: m.name):
                name = m.name[len(root):].rsplit(".", 1)[0]
                out.append((f"{package[0]}.{name}", package, version, m.name, tar.extractfile(m).read()))
    return out


def half(pid: str) -> str:
    site = ".".join(pid.split(".")[1:3])
    return "A" if int(hashlib.md5(site.encode()).hexdigest(), 16) % 2 == 0 else "B"


def build(cache: Path) -> dict[str, int]:
    seen, counts = set(), {"A": 0, "B": 0}
    for split in counts:
        for d in ("html", *CONVERSIONS):
            (cache / split / "raw" / d).mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as tmp, open(cache / "sources.jsonl", "w", encoding="utf-8") as log:
        for pid, package, version, path, raw in sources(Path(tmp)):
            sha = hashlib.sha1(raw).hexdigest()
            if sha in seen:
                continue
            seen.add(sha)
            split, pid = half(pid), pid.replace(" ", "_")
            counts[split] += 1
            log.write(json.dumps({"id": pid, "half": split, "package": package, "version": version, "path": path,
                                  "sha1": sha}) + "\n")
            raw_dir = cache / split / "raw"
            (raw_dir / "html" / f"{pid}.html").write_bytes(raw)
            for conversion, render in (("inscriptis", lambda: inscriptis_text(raw)), ("lynx", lambda: lynx(raw, Path(tmp)))):
                try:
                    (raw_dir / conversion / f"{pid}.txt").write_text(render(), encoding="utf-8")
                except Exception as e:  # a page a converter cannot read is left out of that conversion
                    print(f"pages_set: {conversion} failed on {pid}: {e}", file=sys.stderr)
    for split in counts:
        raw_dir = cache / split / "raw"
        subprocess.run([sys.executable, str(HERE / "heldout_boilerplate.py"), "label", "--html", str(raw_dir / "html"),
                        *[a for c in CONVERSIONS for a in ("--txt", f"{c}={raw_dir / c}")],
                        "--out", str(cache / split / "data")], check=True)
    return counts


if __name__ == "__main__":
    target = Path(sys.argv[1]) if len(sys.argv) > 1 else default_cache()
    print(build(target), target)
