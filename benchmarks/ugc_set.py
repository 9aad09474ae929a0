"""A dev set for CL140's comment threads (issue 15, ugc26): articles with their readers' comments below.

The pages are saved blog posts and news stories of trafilatura 1.0.0's source distribution
(`tests/cache/*.html`, GPLv3+ package; the pages belong to their sites, so only their names and
labels are here), made text as benchmarks/testpages_set.py makes them (html-text 0.7.1). Each page
is labelled by spans of line numbers, read by one person (ugc26) from the page's text:

- `content`: the article's body (its paragraphs and subheadings; not its title, byline, captions);
- `boilerplate`: the readers' comment thread under it, from its heading (`13 Comments`) or its first
  comment's header to its last comment's end, and the comment form right below;
- every other line `unsure` (left out by `score.py`): the menus, teasers and footers are not the
  point here, and the web corpus measures them.

So `score.py --corpus CACHE` gives the line recall of the comment threads and the precision against
the articles' text, and the cleaning figures (content lines removed). The set has two halves by
site: `A` (tuned on: the pages read while building `commentthread.py`) and `B` (reported; read only to
label them). Not here: pages where the posts are the content (a forum's thread, a product's reviews,
a Q&A page); trafilatura 1.0.0 ships none.

    python benchmarks/ugc_set.py [CACHE]   # default $XDG_CACHE_HOME/corpuslint/ugc-trafilatura-1.0.0
    cd ../shared/corpora/web && python score.py --corpus CACHE/A   (and CACHE/B)
"""

from __future__ import annotations

import hashlib
import json
import sys
import tarfile
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from newspaper4k_set import page_text
from testpages_set import _sdist, decode

PACKAGE, VERSION = "trafilatura", "1.0.0"
# page -> (half, [(first line, last line, label, the first line's opening words)]); lines 1-based,
# blank lines inside a span are skipped
PAGES: dict[str, tuple[str, list[tuple[int, int, str, str]]]] = {
    "lemire.me.json": ("A", [(9, 91, "content", ""), (103, 168, "boilerplate", "5 thoughts on")]),
    "franziska-elea.de.vuitton": ("A", [(35, 65, "content", "Zuerst dachte"), (95, 250, "boilerplate", "17 Discussion")]),
    "netzpolitik.org.abmahnungen": ("A", [(23, 119, "content", "Seit Dezember"), (174, 797, "boilerplate", "91 Ergänzungen")]),
    "luxuryhaven.co.hyatt": ("A", [(25, 41, "content", "Hyatt Hotels"), (45, 279, "boilerplate", "24 comments")]),
    "spektrum.de.engelbart": ("A", [(157, 197, "content", "“Manufacturing Consent”"),
                                    (221, 1012, "boilerplate", "Kommentare Schreibe")]),
    "zeit.de.zugverkehr": ("A", [(111, 129, "content", "36 Stunden"), (180, 397, "boilerplate", "Kommentare")]),
    "threatpost.com.android": ("A", [(104, 117, "boilerplate", "Discussion")]),
    "internet-law.de.pseudonymen": ("B", [(11, 21, "content", "Google+ hat"), (24, 277, "boilerplate", "Comments (35)")]),
    "moritz-meyer.net.vreni": ("B", [(23, 132, "content", "Das “Vreni"), (145, 346, "boilerplate", "36 Comments")]),
    "lady50plus.de.sekre": ("B", [(21, 85, "content", "Für mich ist"), (107, 231, "boilerplate", "10 Kommentare")]),
    "modepilot.de.duschkopf": ("B", [(43, 69, "content", "In Zukunft"), (89, 145, "boilerplate", "Kommentare")]),
    "blog.wordpress.com.diverse": ("B", [(27, 61, "content", "The mission"), (100, 182, "boilerplate", "13 Comments")]),
    "blog.mondediplo.net.turpitude": ("B", [(27, 47, "content", "L’un des"), (92, 431, "boilerplate", "27 commentaires")]),
    "de.creativecommons.org.endlich": ("B", [(15, 15, "content", "Im Jahr"), (21, 50, "boilerplate", "5 Gedanken")]),
    "stackoverflow.com.rust": ("B", [(11, 77, "content", "Rust has been"), (111, 124, "boilerplate", "Comments")]),
    "meedia.de.freenet": ("B", [(33, 113, "content", "Unter der Marke"), (173, 180, "boilerplate", "Alle Kommentare")]),
}


def sha10(line: str) -> str:
    return hashlib.sha1(line.encode("utf-8")).hexdigest()[:10]


def build(sdist: Path, out: Path) -> int:
    """Write `out/A` and `out/B` (txt/, labels.jsonl each) from the sdist; the number of labelled lines."""
    count = 0
    with tarfile.open(sdist) as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if m.isfile() and "/" in m.name}
        rows: dict[str, list[dict]] = {"A": [], "B": []}
        for page, (half, spans) in PAGES.items():
            html = tar.extractfile(members[f"tests/cache/{page}.html"]).read()
            text = page_text(decode(html).encode("utf-8"))
            lines = text.split("\n")
            (out / half / "txt").mkdir(parents=True, exist_ok=True)
            (out / half / "txt" / f"{page}.txt").write_text(text, encoding="utf-8", newline="\n")
            label = {}
            for first, last, kind, opening in spans:
                if not lines[first - 1].strip().startswith(opening):
                    sys.exit(f"ugc_set: {page} line {first} reads {lines[first - 1][:40]!r}, not {opening!r}")
                label.update((n, kind) for n in range(first, last + 1) if lines[n - 1].strip())
            for n, line in enumerate(lines, 1):
                if line.strip():
                    rows[half].append({"id": page, "line": n, "label": label.get(n, "unsure"), "sha": sha10(line)})
            count += len(label)
    write_labels(out, rows)
    return count


def write_labels(out: Path, rows: dict[str, list[dict]]) -> None:
    """Each half's `labels.jsonl` (heldout_boilerplate.py's format), a row a labelled line."""
    for half, half_rows in rows.items():
        with open(out / half / "labels.jsonl", "w", encoding="utf-8", newline="\n") as f:
            f.writelines(json.dumps(row, ensure_ascii=False) + "\n" for row in half_rows)


def build_from_sdist(argv: list[str], name: str, build_into) -> tuple[int, Path]:
    """`build_into(sdist, cache)` over the pinned trafilatura sdist, into argv[0] or the cache's
    `NAME-trafilatura-VERSION` folder: (what it counted, the folder)."""
    from testpages_set import default_cache

    cache = Path(argv[0]) if argv else default_cache("trafilatura").with_name(f"{name}-{PACKAGE}-{VERSION}")
    with tempfile.TemporaryDirectory() as tmp:
        return build_into(_sdist(PACKAGE, VERSION, Path(tmp)), cache), cache


def main(argv: list[str]) -> None:
    n, cache = build_from_sdist(argv, "ugc", build)
    print(f"ugc_set: {len(PAGES)} pages, {n} labelled lines, into {cache}/A and {cache}/B", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
