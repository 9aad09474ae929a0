"""Title, byline and date from whole-page text on any folder of pages, against a meta.jsonl of gold values.

The tool for a held-out set (issue 16): the pages of sites no one tuned on, as text, with another program's metadata
(trafilatura's, Readability's) as the gold. A folder holds `meta.jsonl` (one JSON object a page: `id`, and any of
`title`; `byline` or `author`; `publishedTime`, `published` or `date`) and the pages as `txt/<id>.txt`, or one such
`txt/` folder per conversion (`lynx/txt/`, `inscriptis/txt/`: qa20b's layout, each measured apart). Run from a
worktree (or `--src DIR`, another checkout's root, to measure it with this script):

    .venv/bin/python benchmarks/metadata_heldout.py --data DIR [--half A|B|all] [--show] [--src DIR] [--html DIR]

Counted as `metadata_eval.py` counts (its comparisons, imported): a page with a gold value is `in text` when that
value is written in the page (the byline's names once a leading `By` is dropped, the title, the day in a form the page
reader reads); of those, `agree` (equal), `wrong` (another value given: worse than none) and `missed` (none given).
A value given on a page whose gold is not in the text is counted apart (`wrong, gold not in text`): the gold may be
the HTML head's, not the page's. The title also has `site part aside` (a trailing ` | Site` part dropped from either
side). `--show` prints every wrong and missed value (gold in text) for reading: the gold is a program's.

`--half` splits the pages by site (`site_of`: the id's part after `__` with its last dotted or `_`-numbered part
dropped, so `heise.de.lithium` is `heise.de`, `cnn_002` is `cnn`; a `<title>`-named page's
last ` — ` part; a CRC-32 of it decides the half): design on one
half, report the other. `--html DIR` puts each page's `<title>` (from DIR/<id>.html) over its text first, the shape
of a whole-page text that lynx and inscriptis do not print. `--meta FILE` scores against another gold file in the
folder: sb26's `meta_audited.jsonl` (session 31) holds bylines a person read on each page (`byline_audit`), and
there a byline given on a page read as having none is counted (`given where the read gold has none`).
"""

from __future__ import annotations

import argparse
import json
import re
import sys
import zlib
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metadata_eval as me  # noqa: E402
from title_heldout import page_title  # noqa: E402

FIELDS = {"title": ("title",), "byline": ("byline", "author"), "published": ("publishedTime", "published", "date")}


def site_of(page_id: str) -> str:
    """The page's site: `trafilatura-0.9.0__heise.de.lithium` -> `heise.de`, `newspaper4k-0.9.6__cnn_002` -> `cnn`."""
    name = page_id.split("__", 1)[-1]
    if " " in name:  # html-text's pages are named by their <title>: `Tutorial — Webstruct 0.6 documentation`
        return re.split(r" [—|-] ", name)[-1]
    if "." in name:
        return name.rsplit(".", 1)[0]
    return name.split("_")[0]


def half_of(page_id: str) -> str:
    return "A" if zlib.crc32(site_of(page_id).encode()) % 2 == 0 else "B"


def folders(data: Path) -> list[tuple[str, Path]]:
    """(name, txt folder): `data/txt` alone, or every `data/<conversion>/txt`."""
    if (data / "txt").is_dir():
        return [("txt", data / "txt")]
    return [(sub.name, sub / "txt") for sub in sorted(data.iterdir()) if (sub / "txt").is_dir()]


def gold_values(row: dict) -> dict:
    return {field: next((row[k] for k in keys if row.get(k)), None) for field, keys in FIELDS.items()}


def in_text(field: str, gold: str, text: str) -> bool:
    if field == "published":
        return gold[:10] in me.days_in(text)
    want = me.clean_gold_byline(gold) if field == "byline" else me.norm(gold)
    return bool(want) and f" {want} " in f" {me.norm(text)} "


def agrees(field: str, value, gold: str) -> bool:
    if field == "title":
        return me.title_agrees(value, gold)
    if field == "byline":
        # or name by name (`Amanda "Tania Mae" Tan` is the gold's `Amanda Tan`)
        return value is not None and (me.byline_agrees(value, gold) or me.authors_any(value, [gold]))
    return me.date_agrees(value, gold)


def measure(data: Path, which: str = "all", html: Path | None = None, show: bool = False, out=print,
            meta: str = "meta.jsonl") -> dict:
    """{conversion: {field: counts}} for the pages of `data` in half `which`, against the gold in `data/meta`."""
    read = me.extractor(head_only=False)
    rows = [json.loads(line) for line in (data / meta).read_text(encoding="utf-8").splitlines() if line.strip()]
    rows = [row for row in rows if which == "all" or half_of(row["id"]) == which]
    result = {}
    for conv, txt in folders(data):
        counts = {field: dict(pages=0, in_text=0, agree=0, wrong=0, missed=0, wrong_not_in_text=0, aside=0,
                              given_none=0) for field in FIELDS}
        for row in rows:
            path = txt / f"{row['id']}.txt"
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            if html is not None:
                text = f"{page_title(html / (row['id'] + '.html'))}\n\n{text}"
            found = read(text)
            for field, gold in gold_values(row).items():
                if not gold:
                    # a read gold (`byline_audit`) that says the page has none: a value given there is wrong
                    if field == "byline" and str(row.get("byline_audit", "")).startswith("read") and found.get(field):
                        counts[field]["given_none"] += 1
                        if show:
                            out(f"{conv:10} {field:9} given  [{half_of(row['id'])}] {row['id'][:70]!r}\n"
                                f"{'':29}found {found.get(field)!r}\n{'':29}gold  none (read)")
                    continue
                value, count = found.get(field), counts[field]
                count["pages"] += 1
                same = agrees(field, value, gold)
                count["aside"] += same or (field == "title" and me.title_agrees_site_aside(value, gold))
                if not in_text(field, gold, text):
                    count["wrong_not_in_text"] += value is not None and not same
                    continue
                count["in_text"] += 1
                verdict = "agree" if same else "wrong" if value is not None else "missed"
                count[verdict] += 1
                if show and verdict != "agree":
                    out(f"{conv:10} {field:9} {verdict:6} [{half_of(row['id'])}] {row['id'][:70]!r}\n"
                        f"{'':29}found {value!r}\n{'':29}gold  {gold!r}")
        result[conv] = counts
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/qa20b/data"), help="meta.jsonl and txt/ (or */txt/)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="all", help="the pages of one half of the sites")
    parser.add_argument("--src", type=Path, help="the checkout whose corpuslint is measured (default: this one)")
    parser.add_argument("--show", action="store_true", help="print every wrong and missed value (gold in text)")
    parser.add_argument("--html", type=Path, help="put each page's <title> from DIR/<id>.html over its text")
    parser.add_argument("--meta", default="meta.jsonl",
                        help="the gold file in --data (sb26's read bylines: meta_audited.jsonl)")
    args = parser.parse_args(argv)
    if args.src is not None:
        sys.path.insert(0, str(args.src.resolve()))
    result = measure(args.data, args.half, args.html, args.show, meta=args.meta)
    print(f"\n{args.data}/{args.meta}, half {args.half}" + (f", <title> from {args.html}" if args.html else ""))
    print(f"{'text':10} {'field':9} {'gold in text':>12} {'agree':>6} {'wrong':>6} {'missed':>6}   "
          f"{'pages':>5} {'wrong, gold not in text':>23}")
    for conv, counts in result.items():
        for field, c in counts.items():
            print(f"{conv:10} {field:9} {c['in_text']:>12} {c['agree']:>6} {c['wrong']:>6} {c['missed']:>6}   "
                  f"{c['pages']:>5} {c['wrong_not_in_text']:>23}"
                  + (f"   (site part aside: {c['aside']}/{c['pages']})" if field == "title" else "")
                  + (f"   (given where the read gold has none: {c['given_none']})"
                     if field == "byline" and args.meta != "meta.jsonl" else ""))
    return 0


if __name__ == "__main__":
    sys.exit(main())
