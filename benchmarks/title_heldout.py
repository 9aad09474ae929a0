"""Title, byline and date from whole-page text on qa20b's pages, against trafilatura's metadata.

Session 22: `benchmarks/metadata_heldout.py` is the tool for any page folder and meta file (gold in text, wrong and
missed by field, halves by site); this script stays as session 21's figures were made with it.

qa20b (`/work/wt/qa/qa20b.md`) is 151 real pages (the sdists' test pages in /tmp/qa19c/html) converted by lynx
and by inscriptis, each with what `trafilatura.extract_metadata` 2.3.1 reads from its HTML: title (og:title or the
`<title>`, the site's name cut by trafilatura's own rule), author, date. That gold is a program's, so a page's
verdict is printed for reading, not only counted: a title agrees when equal (`metadata_eval.title_agrees`) or equal
once a trailing ` | Site` part is dropped from either side (`title_agrees_site_aside`); every other value given is
listed (`--show`) so a reader can tell a wrong value from a gold that carries the site's name or the `<title>`'s
wording. Run from a worktree (or `--src DIR`, another checkout's root, to measure it with this script):

    .venv/bin/python benchmarks/title_heldout.py [--data /tmp/qa20b/data] [--show] [--src DIR] [--html /tmp/qa19c/html]

lynx and inscriptis do not print the `<title>`, which a whole-page text (html_text's, a WET record's) opens with and
the page reader starts from: `--html DIR` puts each page's `<title>` (from DIR/<id>.html) over its text first, the
shape of ../shared/corpora/web.
"""

from __future__ import annotations

import argparse
import html
import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
import metadata_eval as me  # noqa: E402


TITLE = re.compile(r"<title[^>]*>(.*?)</title>", re.I | re.S)


def page_title(path: Path) -> str:
    """The page's `<title>`, its entities read and its white space made single spaces ('' when it has none)."""
    found = TITLE.search(path.read_bytes().decode("utf-8", "replace")) if path.exists() else None
    return " ".join(html.unescape(found.group(1)).split()) if found else ""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--data", type=Path, default=Path("/tmp/qa20b/data"))
    parser.add_argument("--src", type=Path, help="the checkout whose corpuslint is measured (default: this one)")
    parser.add_argument("--show", action="store_true", help="print every value that is not equal to the gold")
    parser.add_argument("--html", type=Path, help="put each page's <title> from DIR/<id>.html over its text")
    args = parser.parse_args(argv)
    if args.src is not None:
        sys.path.insert(0, str(args.src.resolve()))
    read = me.extractor(head_only=False)
    rows = [json.loads(line) for line in (args.data / "meta.jsonl").read_text(encoding="utf-8").splitlines() if line.strip()]
    for conv in ("inscriptis", "lynx"):
        counts = {field: [0, 0, 0, 0] for field in ("title", "byline", "published")}  # agree, aside, wrong, pages
        for row in rows:
            path = args.data / conv / "txt" / f"{row['id']}.txt"
            if not path.exists():
                continue
            text = path.read_text(encoding="utf-8")
            if args.html is not None:
                text = f"{page_title(args.html / (row['id'] + '.html'))}\n\n{text}"
            found = read(text)
            for field, gold in (("title", row.get("title")), ("byline", row.get("byline")),
                                ("published", row.get("publishedTime"))):
                if not gold:
                    continue
                value = found.get(field)
                count = counts[field]
                count[3] += 1
                if field == "title":
                    same, aside = me.title_agrees(value, gold), me.title_agrees_site_aside(value, gold)
                elif field == "byline":
                    same = aside = value is not None and me.byline_agrees(value, gold)
                else:
                    same = aside = me.date_agrees(value, gold)
                count[0] += same
                count[1] += aside
                count[2] += value is not None and not aside
                if args.show and not same and value is not None:
                    print(f"{conv:10} {field:9} {'aside' if aside else 'DIFF ':5} {row['id'][:60]!r}\n"
                          f"{'':26}found {value!r}\n{'':26}gold  {gold!r}")
        for field, (same, aside, wrong, pages) in counts.items():
            print(f"{conv:10} {field:9} equal {same:3}/{pages}  site part aside {aside:3}/{pages}  other value {wrong:3}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
