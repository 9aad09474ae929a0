"""A dev set for CL140 where the posts ARE the page's text (issue 15, forum26): threads with no article above.

On a forum's thread, a product's reviews or a Q&A page the first post is the page's main text and every
post is content; `commentthread.py` (ugc26) takes a thread whole only UNDER AN ARTICLE. No package
reachable here ships saved forum, review or Q&A pages (looked through, session 26: the sdists of
trafilatura 1.0.0-2.0.0, htmldate 1.9.3, autopager 0.3.1, scrapely 0.14.1, extruct 0.18.0, chardet 5.2.0
and npm @postlight/parser 2.2.3; formasaurus is the lead's held-out qa25), so this set is derived from
real pages instead: the 16 blog and news pages of `ugc_set.py` (trafilatura 1.0.0's `tests/cache`, made
text with html-text as there), each with its article's body cut out (ugc_set's `content` span). What is
left is a page whose main text is its readers' thread: the site's menus, the title and byline, then post
after post in their frame (names, stamps, `Reply`), then the comment form and the footer. That is the
shape of a thread page (a forum's topic, a blog post's comment page, a review list), not one of its
real instances: say so with its figures.

Labels (one person, forum26, by rule, not by reading each line): inside ugc_set's thread span (its
`boilerplate` span), a line is `content` (a post's text) unless it is the posts' frame: a short line
(5 words at most) whose shape (`postframe.frame_signature`: digits alike) stands 3 times or more on the
page (`Reply`, `Antworten`, `6 Reply`), a stamp line (`recordlists.stamp_kind`: `June 1, 2019 at 1:45
AM`), a line ending `says:` / `sagt:` (a poster's header) or the thread's heading (the span's first
line): those are `unsure`. Every other line is `unsure` too (the menus and footers are measured by
../shared/corpora/web). So `score.py --corpus CACHE/A` gives, of the posts' lines, the share removed:
its `cleaning` figures (content lines removed) are the point; its P/R of boilerplate have no
boilerplate label to count and say nothing here.

Halves as ugc_set's (by site): `A` tuned on, `B` reported.

    python benchmarks/forum_set.py [CACHE]   # default $XDG_CACHE_HOME/corpuslint/forum-trafilatura-1.0.0
      (a Python with corpuslint's dependencies and html-text 0.7.1; built in session 26 as
      .venv/bin/python with a venv's site-packages holding html-text and lxml appended to sys.path)

Built (session 26): A 7 pages, 638 post lines (content), 1,432 unsure; B 9 pages, 384 and 1,290.
Figures (`score.py --corpus`, cleaning: content lines removed by `--fix --unsafe-fixes`; CL140's
flagged post lines by benchmarks-free count): main A 389 removed (551 flagged), B 73 (59); forum26
A 382 (376), B 72 (58). Most of A's are one page's (spektrum: 320, the thread under the author's bio)
and the label noise of the comment forms' lines.
    cd ../shared/corpora/web && python score.py --corpus CACHE/A   (and CACHE/B)
"""

from __future__ import annotations

import re
import sys
import tarfile
from collections import Counter
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from newspaper4k_set import page_text
from testpages_set import decode
from ugc_set import PAGES, build_from_sdist, sha10, write_labels

from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.postframe import frame_signature
from corpuslint.checks.boilerplate.recordlists import stamp_kind

_HEADER = re.compile(r"(?i)(?:says|sagt|schreibt|meint|dit|écrit|dice)\s*:?$")


def thread_page(text: str, spans: list[tuple[int, int, str, str]]) -> tuple[str, dict[int, str]]:
    """The page's text less its article's body, and the labels of its lines (1-based, of the new text)."""
    lines = text.split("\n")
    cut = set()
    for first, last, kind, _ in spans:
        if kind == "content":
            cut.update(range(first, last + 1))
    thread = {n for first, last, kind, _ in spans if kind == "boilerplate" for n in range(first + 1, last + 1)}
    heading = {first for first, _, kind, _ in spans if kind == "boilerplate"}
    kept = [(n, line) for n, line in enumerate(lines, 1) if n not in cut]
    out_text = "\n".join(line for _, line in kept)
    parsed = {line.text.strip(): line for line in candidate_lines(out_text)}
    counts = Counter(frame_signature(line) for _, line in kept if line.strip())
    labels: dict[int, str] = {}
    for new, (old, line) in enumerate(kept, 1):
        stripped = line.strip()
        if not stripped:
            continue
        label = "unsure"
        if old in thread and old not in heading:
            framed = len(stripped.split()) <= 5 and counts[frame_signature(stripped)] >= 3
            parsed_line = parsed.get(stripped)
            stamped = parsed_line is not None and stamp_kind(parsed_line) is not None
            if not (framed or stamped or _HEADER.search(stripped)):
                label = "content"
        labels[new] = label
    return out_text, labels


def build(sdist: Path, out: Path) -> int:
    """Write `out/A` and `out/B` (txt/, labels.jsonl each); the number of post lines labelled content."""
    count = 0
    rows: dict[str, list[dict]] = {"A": [], "B": []}
    with tarfile.open(sdist) as tar:
        members = {m.name.split("/", 1)[1]: m for m in tar.getmembers() if m.isfile() and "/" in m.name}
        for page, (half, spans) in PAGES.items():
            if not any(kind == "boilerplate" for _, _, kind, _ in spans):
                continue
            html = tar.extractfile(members[f"tests/cache/{page}.html"]).read()
            text, labels = thread_page(page_text(decode(html).encode("utf-8")), spans)
            (out / half / "txt").mkdir(parents=True, exist_ok=True)
            (out / half / "txt" / f"{page}.txt").write_text(text, encoding="utf-8", newline="\n")
            lines = text.split("\n")
            for n, label in sorted(labels.items()):
                rows[half].append({"id": page, "line": n, "label": label, "sha": sha10(lines[n - 1])})
            count += sum(label == "content" for label in labels.values())
    write_labels(out, rows)
    return count


def main(argv: list[str]) -> None:
    n, cache = build_from_sdist(argv, "forum", build)
    print(f"forum_set: {n} post lines labelled content, into {cache}/A and {cache}/B", file=sys.stderr)


if __name__ == "__main__":
    main(sys.argv[1:])
