"""Bylines of shapes no dev page happens to print, put into real pages: found / wrong / missed by shape and place.

The dev sets' figures move only when their own pages print a shape; a held-out set's misses have other shapes. This
measure does not depend on which shapes a set holds (meta29's and meta32's tool, made a script in session 34):

1. A **host** is a real page whose own byline the reader gives right (the gold's names), and which, once every line
   naming its writer (their surname) is taken out, still has its headline and gives no byline.
2. Each **shape** (a byline as sites print it: `By …`, `Jane Doe , Outlet Staff`, `Written by` over the name, an agency
   in a bulleted row by the date) is put at each **place** (over the headline, under it, under a caption and a share row
   under it, after the story's first paragraph, after its last) and the page read again.
3. Counted per shape and place: `right` (the shape's names, no more), `wrong` (another value: worse than none) and the
   rest missed. A **look-alike** (`Photo: Jane Doe`, `Reuters` in a sentence, a quoted person) expects no byline: there
   any name given is wrong.

The names are invented (`Dana Reyes`, `Lee Park`); `{outlet}` is the host's own site name as its `<title>` line ends
(`… | The Example Times`), and the shapes naming it skip hosts without one.
Run from a worktree (its corpuslint is measured):

    .venv/bin/python benchmarks/byline_transplant.py [--set mercury] [--data DIR [--half A|B] [--html DIR]] [--notitle] [--show]

`--set mercury` (default): Mercury Parser's fixture pages (`mercury_set.py` builds them); `--data DIR`: a folder as
`metadata_heldout.py` reads one (`meta.jsonl`, `<conversion>/txt/`), `--half` its sites' half, `--html` a folder of the
pages' HTML whose `<title>` is put over each text (sb26: `--data /tmp/sb26/B/data --html /tmp/sb26/B/raw/html`, the
report half; A is tuned on). `--notitle` drops the `<title>` line over the text (the headline then found by its shape alone). `--show` prints
every wrong value (and, with `--miss`, every miss) with the host's id.
"""

from __future__ import annotations

import argparse
import json
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import regex

sys.path.insert(0, str(Path(__file__).resolve().parent))
sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
import metadata_eval as me  # noqa: E402
from metadata_heldout import folders, half_of  # noqa: E402
from title_heldout import page_title  # noqa: E402

from corpuslint.checks.metadata.lines import is_prose, iter_lines  # noqa: E402
from corpuslint.checks.metadata.page import page_metadata  # noqa: E402

MERCURY = Path.home() / ".cache" / "corpuslint" / "mercury-1.1.1"
ONE, TWO = ["Dana Reyes"], ["Dana Reyes", "Lee Park"]
AGENCY = ["Reuters"]
NONE: list[str] = []


@dataclass(frozen=True, slots=True)
class Shape:
    name: str
    text: str  # lines joined by `\n` (each becomes a line of its own); `{outlet}`: the host's site name
    want: list[str]
    tail: str | None = None  # a line put near the page's end as well (a `More from` link)


SHAPES = (
    Shape("by", "By Dana Reyes", ONE),
    Shape("by two", "By Dana Reyes and Lee Park", TWO),
    Shape("bare+stamp", "Dana Reyes\nMarch 15, 2019", ONE),
    Shape("two+stamp", "Dana Reyes and Lee Park\nMarch 15, 2019", TWO),
    Shape("name | date", "Dana Reyes | June 3, 2019", ONE),
    Shape("by name | date", "By Dana Reyes | 3 June 2019", ONE),
    Shape("date by name", "March 15, 2019 by Dana Reyes", ONE),
    Shape("name (blog) - date", "Dana Reyes (Field Notes) - 3 June 2019", ONE),
    # the held-out pages' shapes (issue 16, session 34): a role after a spaced comma, the outlet glued to the name
    Shape("name , staff", "Dana Reyes , {outlet} Staff", ONE),
    Shape("name , staff writer", "Dana Reyes , Staff Writer\nJune 3, 2019", ONE),
    Shape("name , news services", "Dana Reyes , news services\nJune 3, 2019", ONE),
    Shape("name outlet", "Dana Reyes {outlet}\nJune 3, 2019", ONE),
    Shape("outlet name", "{outlet} Dana Reyes\nJune 3, 2019", ONE),
    Shape("written by / name", "Written by\n\nDana Reyes", ONE),
    Shape("written by / agency", "Written by\n\nReuters", AGENCY),
    Shape("* agency in place", "* Reuters in Geneva\n* 3 June 2019", AGENCY),
    Shape("bare", "Dana Reyes", ONE),
    # look-alikes: no byline
    Shape("photo credit", "Photo: Dana Reyes", NONE),
    Shape("caption", "Dana Reyes waves to supporters in Geneva on Monday. (Photo: Lee Park/Getty Images)", NONE),
    Shape("agency in a sentence", "The talks ended on Monday, Reuters reported, citing two officials.", NONE),
    Shape("quoted person", "\u201cWe will not stop here,\u201d said Dana Reyes, a spokeswoman for the group.", NONE),
    Shape("menu staff", "Home\nNews\nStaff\nContact", NONE),
)
# a caption and a share row between the headline and the byline: the held-out pages' byline `far below the headline`
CAPTION_ROWS = ["A man walks past a closed shop in the old town on Monday. Photograph: Alex Moore/AP", "", "Share", "Tweet",
                "Email", ""]
PLACES = ("above", "under", "caption", "after_p1", "end")


@dataclass(slots=True)
class Host:
    id: str
    texts: list[str]  # the page's non-blank lines, its writer's taken out
    blank_after: list[bool]  # whether a blank line follows each (the page's own blocks kept)
    headline: int
    outlet: str | None


def outlet_of(first: str, title: str | None) -> str | None:
    """The `<title>` line's last part after a separator (`… | The Example Times`) when it is not the headline and is
    one to four words, one capitalised: the host's site name for the `{outlet}` shapes."""
    parts = regex.split(r"\s+[|\u2013\u2014\u00b7\u2022-]\s+", " ".join(first.split()))
    if len(parts) < 2 or not title:
        return None
    last = parts[-1].strip()
    if not 1 <= len(last.split()) <= 4 or me.norm(last) == me.norm(title) or not regex.search(r"\p{Lu}", last):
        return None
    return last


def hosts(pages: Iterator[tuple[str, str, str]], notitle: bool = False) -> Iterator[Host]:
    """(id, text, gold byline) -> the pages fit to host a shape (see the module's docstring)."""
    for page_id, text, gold in pages:
        found = page_metadata(text)
        if found.headline_line is None or not found.authors or not me.byline_agrees(found.authors, gold):
            continue
        surnames = {name.split()[-1] for name in me.clean_gold_byline(gold).split(" and ") if name.split()}
        surnames |= {name.split()[-1] for name in found.authors if name.split()}
        kept: list[str] = []
        blank_after: list[bool] = []
        for line in iter_lines(text):
            whole = text[line.start: line.end]  # (`line.text` is cut at 240 characters)
            if any(regex.search(rf"(?i)\b{regex.escape(s)}\b", whole) for s in surnames):
                if blank_after:
                    blank_after[-1] = blank_after[-1] or line.blank_after
                continue
            kept.append(whole)
            blank_after.append(line.blank_after)
        bare = page_metadata(joined(kept, blank_after))
        if bare.headline_line is None or bare.authors:
            continue
        headline = bare.headline_line
        if notitle:
            if headline == 0:
                continue
            kept, blank_after, headline = kept[1:], blank_after[1:], headline - 1
        yield Host(page_id, kept, blank_after, headline, outlet_of(text.split("\n", 1)[0], bare.title))


def joined(texts: list[str], blank_after: list[bool]) -> str:
    """The lines as a page's text again, a blank line where the page had one."""
    return "".join(text + ("\n\n" if blank else "\n") for text, blank in zip(texts, blank_after))


def place(host: Host, where: str, shape: list[str]) -> tuple[list[str], list[bool]] | None:
    """The page's lines with `shape` put at `where` as a block of its own (a blank line around it; an empty line of
    the shape, `\\n\\n` in its text, a blank line inside it); None when the page has no story prose to put it after."""
    texts, headline = host.texts, host.headline
    if where == "above":
        at = headline
    elif where in ("under", "caption"):
        at = headline + 1
    else:
        prose = [k for k in range(headline + 1, len(texts)) if is_prose(texts[k])]
        if not prose:
            return None
        if where == "after_p1":
            at = prose[0] + 1
        else:  # the story's end: the last of its first run of prose lines (no gap of more than three lines)
            last = prose[0]
            for k in prose[1:]:
                if k - last > 3:
                    break
                last = k
            at = last + 1
    block = (CAPTION_ROWS if where == "caption" else []) + shape
    inserted = [line for line in block if line]
    breaks = [k == len(block) - 1 or not block[k + 1] for k, line in enumerate(block) if line]
    before = host.blank_after[:at]
    if before:
        before = before[:-1] + [True]
    return texts[:at] + inserted + texts[at:], before + breaks + host.blank_after[at:]


def verdict(got: list[str], want: list[str]) -> str:
    if want:
        return "right" if got == want else "wrong" if got else "missed"
    return "wrong" if got else "right"


def measure(host_pages: list[Host], shapes=SHAPES, places=PLACES,
            read: Callable[[str], list[str]] = lambda text: page_metadata(text).authors,
            show: Callable[[str], None] | None = None, misses: bool = False) -> dict[tuple[str, str], dict[str, int]]:
    """{(shape, place): {placed, right, wrong, missed}} over the hosts."""
    counts: dict[tuple[str, str], dict[str, int]] = {}
    for host in host_pages:
        for shape in shapes:
            if "{outlet}" in shape.text and host.outlet is None:
                continue
            lines = shape.text.replace("{outlet}", host.outlet or "").split("\n")
            for where in places:
                put = place(host, where, lines)
                if put is None:
                    continue
                texts, blank_after = put
                if shape.tail:
                    at = len(texts) - max(3, len(texts) // 6)
                    texts, blank_after = texts[:at] + [shape.tail] + texts[at:], blank_after[:at] + [True] + blank_after[at:]
                got = read(joined(texts, blank_after))
                result = verdict(got, shape.want)
                count = counts.setdefault((shape.name, where), dict(placed=0, right=0, wrong=0, missed=0))
                count["placed"] += 1
                count[result] += 1
                if show is not None and (result == "wrong" or (misses and result == "missed")):
                    show(f"{result.upper():6} {host.id[:60]:60} {shape.name:22} {where:8} {got}")
    return counts


def mercury_pages(cache: Path = MERCURY) -> Iterator[tuple[str, str, str]]:
    for line in (cache / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        row = json.loads(line)
        path = cache / "txt" / f"{row['id']}.txt"
        if row.get("byline") and path.exists():
            yield row["id"], path.read_text(encoding="utf-8"), row["byline"]


def folder_pages(data: Path, half: str = "all", html: Path | None = None) -> Iterator[tuple[str, str, str]]:
    rows = [json.loads(line) for line in (data / "meta.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for conv, txt in folders(data):
        for row in rows:
            gold = row.get("byline") or row.get("author")
            path = txt / f"{row['id']}.txt"
            if gold and isinstance(gold, str) and (half == "all" or half_of(row["id"]) == half) and path.exists():
                text = path.read_text(encoding="utf-8")
                if html is not None:  # the page's <title> over its text, as a whole-page text keeps it
                    text = f"{page_title(html / (row['id'] + '.html'))}\n\n{text}"
                yield f"{conv}/{row['id']}", text, gold


def table(counts: dict[tuple[str, str], dict[str, int]], shapes=SHAPES, places=PLACES) -> str:
    rows = [f"{'shape':24}" + "".join(f"{where:>16}" for where in places)]
    total = dict(placed=0, right=0, wrong=0, missed=0)
    for shape in shapes:
        cells = []
        for where in places:
            count = counts.get((shape.name, where), dict(placed=0, right=0, wrong=0, missed=0))
            for key in total:
                total[key] += count[key]
            cells.append(f"{count['right']:>4}/{count['placed']:<4} w{count['wrong']:<3}" if count["placed"] else "-")
        rows.append(f"{shape.name:24}" + "".join(f"{cell:>16}" for cell in cells))
    rows.append(f"total: right {total['right']} of {total['placed']}, wrong {total['wrong']}, missed {total['missed']}")
    return "\n".join(rows)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("mercury",), default="mercury")
    parser.add_argument("--cache", type=Path, default=MERCURY, help="the mercury set's folder")
    parser.add_argument("--data", type=Path, help="a folder of pages as metadata_heldout.py reads one (instead of --set)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="all", help="with --data: one half of the sites")
    parser.add_argument("--html", type=Path, help="with --data: put each page's <title> from DIR/<id>.html over its text")
    parser.add_argument("--notitle", action="store_true", help="drop the <title> line over each host's text")
    parser.add_argument("--show", action="store_true", help="print every wrong value")
    parser.add_argument("--miss", action="store_true", help="with --show: every miss too")
    args = parser.parse_args(argv)
    pages = folder_pages(args.data, args.half, args.html) if args.data else mercury_pages(args.cache)
    host_pages = list(hosts(pages, notitle=args.notitle))
    print(f"{len(host_pages)} hosts, {sum(h.outlet is not None for h in host_pages)} with an outlet's name")
    counts = measure(host_pages, show=print if args.show else None, misses=args.miss)
    print(table(counts))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
