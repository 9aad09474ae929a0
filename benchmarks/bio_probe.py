"""Recall of a bio stamped on whole pages (issue 16, session 10): author boxes between the article
and the page's furniture, on pages that the site probe (`site_probe.py`) does not use.

    .venv/bin/python benchmarks/bio_probe.py [--seed 1016] [--show]

The boxes are real, as their pages give them (../shared/corpora/web/txt: the lines of an "About the
author" box, a one-line box with its contacts, a capitalised sign-off line, a bio under a name). Each
box is written into two other pages (drawn with `random.Random(seed)` from web/txt pages that are
not the box's own page, not one of site_probe.py's sites, and have a line labelled `content` in
web/labels.jsonl), after the page's last content line: the rest of the page (comments, menus, the
footer) follows. The pages are records of one JSONL file, run through `corpuslint check --select
CL151,CL410`, twice: as pages of one site (a `url` on one host per pair) and without a site.
Reported: how many boxes have their bio line (the line saying who the person is) reported, and
how many other lines of the box are.
"""

from __future__ import annotations

import argparse
import json
import random
import re
import subprocess
import sys
import tempfile
from collections import Counter
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared" / "corpora"
# site_probe.py's sites (whole pages of one site) and the pages the session-10 mend was made on
PROBED = re.compile(r"^(?:nytimes|yahoo|wikipedia|medium|webmd|wapo|mozilla|ehow|lifehacker)")
# (page the box comes from, the box's lines, index of its bio line)
BOXES = [
    ("002", ["About the Author", "Nikhil Marathe",
             "Nikhil works on implementing Web APIs in Gecko. He is currently hacking on ServiceWorkers, Fetch and "
             "parts of the Notification and Push APIs.", "blog.nikhilism.com", "Read more articles by Nikhil Marathe…"], 2),
    ("citylab-1", ["About the Author", "Sarah Archer", "Feed", "Sarah Archer is the author of The Midcentury Kitchen."], 3),
    ("iab-1", ["About the author", "Scott Cunningham\nSenior Vice President of Technology and Ad Operations at IAB, "
               "and General Manager of the IAB Tech Lab"], 1),
    ("ars-1", ["Dan Goodin Dan is the Security Editor at Ars Technica, which he joined in 2012 after working for The "
               "Register, the Associated Press, Bloomberg News, and other publications. Email dan.goodin@arstechnica.com "
               "// Twitter @dangoodin001"], 0),
    ("schema-org-context-object", ["Jennifer Jett", "Jennifer Jett is the Asia Digital Editor for NBC News, based in "
                                   "Hong Kong."], 1),
    ("schema-org-context-object", ["Stella Kim is an NBC News freelance producer based in Seoul."], 0),
    ("royal-road", ["About the author", "1 Fictions 8 Posts 0 Threads", "Sleyca", "Follow Author",
                    "Bio: I write things. I hope you like them."], 4),
    ("herald-sun-1", ["LAURIE OAKES IS THE NINE NETWORK POLITICAL EDITOR"], 0),
]


def labels() -> dict[str, dict[int, str]]:
    out: dict = {}
    for line in open(SHARED / "web" / "labels.jsonl", encoding="utf-8"):
        r = json.loads(line)
        out.setdefault(r["id"], {})[r["line"]] = r["label"]
    return out


def run(folder: Path) -> list[dict]:
    done = subprocess.run([sys.executable, "-m", "corpuslint.cli", "check", ".", "--select", "CL151,CL410",
                           "--isolated", "--no-cache", "--no-index", "--jobs", "1", "--exit-zero",
                           "--output-format", "json"], cwd=folder, capture_output=True, text=True, check=True)
    return json.loads(done.stdout)


def main() -> int:
    ap = argparse.ArgumentParser()
    ap.add_argument("--seed", type=int, default=1016)
    ap.add_argument("--show", action="store_true")
    args = ap.parse_args()
    lab = labels()
    pages = sorted(p.stem for p in (SHARED / "web" / "txt").glob("*.txt")
                   if not PROBED.match(p.stem) and any(m == "content" for m in lab.get(p.stem, {}).values()))
    rng = random.Random(args.seed)
    records, probes = [], []  # probes: (record numbers, first column of each line of the box, box index)
    for b, (own, box, bio_line) in enumerate(BOXES):
        hosts = rng.sample([p for p in pages if p != own], 2)
        cols = []
        for host in hosts:
            lines = (SHARED / "web" / "txt" / f"{host}.txt").read_text(encoding="utf-8").split("\n")
            last = max(i for i, m in lab[host].items() if m == "content")
            text_before = "\n".join(lines[:last]) + "\n\n"
            starts, pos = [], len(text_before)
            for line in box:
                starts.append(pos)
                pos += len(line) + 2
            text = text_before + "\n\n".join(box) + "\n\n" + "\n".join(lines[last:])
            records.append({"id": f"{host}+box{b}", "text": text})
            cols.append((len(records), starts))
        probes.append((b, cols, hosts))
    tally = Counter()
    with tempfile.TemporaryDirectory(prefix="bio-probe-") as tmp:
        for variant in ("one site", "no site"):
            out = []
            for n, rec in enumerate(records):
                rec = dict(rec)
                if variant == "one site":
                    rec["url"] = f"https://pair{(n // 2)}.example.org/{rec['id']}"
                out.append(rec)
            (Path(tmp) / "pages.jsonl").write_text("".join(json.dumps(r) + "\n" for r in out), encoding="utf-8")
            found = run(Path(tmp))
            spans = {}
            for f in found:
                spans.setdefault(f["record"], []).append((f["offset"], f["end_offset"], f["code"]))
            for b, cols, hosts in probes:
                box, bio_line = BOXES[b][1], BOXES[b][2]
                for (record, starts), host in zip(cols, hosts):
                    hit = [any(s <= st < e for s, e, _ in spans.get(record, ())) for st in starts]
                    tally[(variant, "bio line", hit[bio_line])] += 1
                    tally[(variant, "other lines", True)] += sum(h for i, h in enumerate(hit) if i != bio_line)
                    tally[(variant, "other lines", False)] += sum(not h for i, h in enumerate(hit) if i != bio_line)
                    if args.show:
                        print(f"  {variant}: box {b} ({BOXES[b][0]}) in {host}: "
                              + " ".join("X" if h else "." for h in hit))
    for variant in ("one site", "no site"):
        for what in ("bio line", "other lines"):
            hit, miss = tally[(variant, what, True)], tally[(variant, what, False)]
            print(f"{variant:9} {what:12} reported: {hit:3} of {hit + miss:3}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
