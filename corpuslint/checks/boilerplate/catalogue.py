"""CL140's catalogues: a shop's or a listing's records, each with its price or its time, are the page's content.

A category page, a search result or a classified-ads listing is records cut to one template, one
product after another: a name, a detail or two (a size, a stock, a date), a price. The line model
reads each of their lines as furniture (short, capitalised, a number, no sentence) and the record
lists (`recordlists`) take a listing's dated records for teasers; but on such a page the records
are what the page is for, and taking them removes its content (shops27: 51 shop, listing and forum
pages, most of their content lines lost were a catalogue's).

A catalogue is read by what a record carries, a price (`PRICE`: a number with a currency's sign or
code beside it, on a short line) or an event's time (`scheduled`: a time stamp, a dash, another: its
start and its end, `7:00 PM - 9:00 PM`; a news teaser's stamp is one moment), recurring: `RECORDS` priced records or more, each within `GAP`
lines of the one before, a line not priced between two (a record's name: a price filter's or a
price table's rows, prices alone line after line, are no records). Its span runs from the first
record's start (as many lines above its price as the records' usual length) to its last price. It is
the page's content when it outweighs the page's prose elsewhere (more words in it than in all the
page's prose outside it): beside an article or under a product's own description, a rail of related
products with their prices is furniture, and it is left to the model (on the news and blog pages of
sb26 and the shops, such rails hold four to eight records; a listing's page ten or more). Inside a catalogue, a line saying what a widget asks
(`Add to cart`, `Read more`: its call-to-action words) is still the frame's.

A directory's records carry neither a price nor a time: a church's, a club's, an office's name, its
address, its head, and a link to its page (`Grace Fellowship of Oakdale` / `oakdalegrace.org | Oakdale,
KS` / `Lead Pastor: Tom Reyes | Email` / `Church Details`). What marks each record there is the line
that closes it (`closers`): one short line (`CLOSER_WORDS` words at most, a letter, no digit, not a
sentence), the very same text `RECORDS` times or more, each within `GAP` lines of the one before, with
records of their own between (a line of each record found in no other: a name) that are neither dated
(a teaser list's, a comment thread's records carry a stamp: `recordlists`' business) nor written (a
teaser's summary, a reader's comment: a sentence in half the records or more). Such a list too is the
page's content only where it outweighs the page's prose elsewhere: under an article it is a rail.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from corpuslint.checks.boilerplate.context import prose_clusters
from corpuslint.checks.boilerplate.linefeatures import Line, reads_as_sentence
from corpuslint.checks.boilerplate.recordlists import stamp_in

__all__ = ["GAP", "PRICE", "PRICE_WORDS", "RECORDS", "catalogue_lines", "closers", "gap_chains", "priced", "record_period", "scheduled"]

RECORDS = 10  # priced records in a row at least: a page of a listing (10, 12, 20, 24 results), not a rail of four to eight related products
GAP = 12  # lines at most from one record's price to the next (a name, a brand, a size, a rating, a stock)
PRICE_WORDS = 12  # a price's line has at most this many words (a record's line, not a sentence about money)
CTA_WORDS = 3  # a line of this many words at most saying what a widget asks (`Read more`, `Share`) is the frame's
CLOSER_WORDS = 4  # a record's closing line: `Church Details`, `View details`, `zum Angebot Details`
TEMPLATE_SHARE = 0.8  # of a chain's records, this share at least holds a template's line (`Add item to your chart`)
CARRY = 3  # records' lengths at most from one template line to the next past the chain's last price
OWN_SHARE = 0.8  # of a directory's records, this share at least holds a line of its own (a name)

# A number as prices are written (`1 000`, `1.299,00`, `21.71`, `40`), with a currency's sign or its
# code on either side: the signs, the ISO codes and the short forms written after the number
# (`2 000 Ft`, `49,99 zł`, `1 290 руб.`, `299 Kč`, `12 kr`)
_NUMBER = r"\d{1,3}(?:[ .,'\u00a0\u202f]\d{3})*(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?"
_SIGN = r"(?:[$€£¥₹₽₴₺₩₪฿₦₫]|R\$|US\$|AU\$|CA\$|NZ\$|HK\$|S\$)"
_CODE = (r"(?-i:EUR|USD|GBP|CHF|PLN|HUF|CZK|SEK|NOK|DKK|RON|RUB|UAH|TRY|BRL|INR|JPY|CNY|AUD|CAD"
         r"|Ft|zł|Kč|kr|lei|руб|грн|р|TL|Rs|лв)")  # as written: `6 ft` is a height, `12 KR` no krone
PRICE = regex.compile(
    rf"(?:(?<![\w$€£¥]){_SIGN}\s?(?:{_NUMBER})(?!\d)"
    rf"|(?<![\d.,]\d*)(?:{_NUMBER})\s?(?:{_SIGN}|(?:{_CODE})(?!\w)\.?)"
    rf"|(?<!\w)(?:{_CODE})\.?\s?(?:{_NUMBER})(?!\d))",
    regex.I)


def priced(line: Line) -> bool:
    """A short line carrying a price: a record's price, or its name and price."""
    return not line.prose and line.words <= PRICE_WORDS and PRICE.search(line.text) is not None


_RANGE = regex.compile(r"\s[-–—]\s")  # `7:00 PM - 9:00 PM`, `09 December 2015 - 31 January 2016`


def scheduled(line: Line) -> bool:
    """A short line holding an event's time: a time stamp, a dash, another (its start and its end;
    a news teaser's stamp is one moment)."""
    if line.prose or line.words > PRICE_WORDS:
        return False
    parts = _RANGE.split(line.text, maxsplit=1)
    return len(parts) == 2 and stamp_in(parts[0]) is not None and stamp_in(parts[1]) is not None


def _record(line: Line) -> bool:
    """A record's mark: a price, or an event's time."""
    return priced(line) or scheduled(line)


def _may_close(line: Line) -> bool:
    text = line.text
    return (line.words <= CLOSER_WORDS and not line.prose and not any(c.isdigit() for c in text)
            and any(c.isalpha() for c in text) and text[-1] not in ".!?:")


def closers(lines: Sequence[Line]) -> set[int]:
    """The indices of the lines that close a directory's records (see the module's docstring): one short
    line's text again and again, each copy within `GAP` lines of the one before, `RECORDS` times or more,
    the records between them each with a line of its own, undated, unwritten."""
    at: dict[str, list[int]] = {}
    for i, line in enumerate(lines):
        if _may_close(line):
            at.setdefault(line.text, []).append(i)
    out: set[int] = set()
    for copies in at.values():
        if len(copies) < RECORDS:
            continue
        run: list[int] = [copies[0]]
        for i in [*copies[1:], None]:
            if i is not None and 1 < i - run[-1] <= GAP:
                run.append(i)
                continue
            if len(run) >= RECORDS and _directory(lines, run):
                out.update(run)
            if i is not None:
                run = [i]
    return out


def _directory(lines: Sequence[Line], run: list[int]) -> bool:
    """Whether the records closed by the lines `run` are a directory's: cut to one template (as many lines
    each, give or take one: a site's dialogs, each closed by `Close`, are not), each with a line found in no
    other record (its name), few dated (a teaser's or a comment's stamp), few written (a summary, a comment)."""
    records = [range(a + 1, b) for a, b in zip([run[0] - (run[1] - run[0]), *run], run)]
    records[0] = range(max(0, records[0].start), records[0].stop)
    texts = [{lines[i].text for i in record} for record in records]
    seen: dict[str, int] = {}
    for own in texts:
        for text in own:
            seen[text] = seen.get(text, 0) + 1
    named = sum(any(seen[text] == 1 for text in own) for own in texts)
    dated = sum(any(stamp_in(lines[i].text) is not None for i in record) for record in records)
    written = sum(any(reads_as_sentence(lines[i]) for i in record) for record in records)
    n = len(records)
    usual = sorted(len(record) for record in records)[n // 2]
    cut = sum(abs(len(record) - usual) <= 1 for record in records)  # to one template: a dialog's are not
    return named >= OWN_SHARE * n and cut >= OWN_SHARE * n and 2 * dated < n and 2 * written < n


def gap_chains(marks: Sequence[int], gap: int, least: int) -> list[list[int]]:
    """The runs of `marks` (ascending line indices) each within `gap` lines of the one before, `least`
    long at least: a list's records or rows, one after another (catalogue's prices, boards' counts)."""
    out: list[list[int]] = []
    chain: list[int] = []
    for i in marks:
        if chain and i - chain[-1] <= gap:
            chain.append(i)
            continue
        if len(chain) >= least:
            out.append(chain)
        chain = [i]
    if len(chain) >= least:
        out.append(chain)
    return out


def record_period(chain: Sequence[int]) -> int:
    """The usual length of a chain's records: the median distance from one mark to the next."""
    return sorted(b - a for a, b in zip(chain, chain[1:]))[(len(chain) - 1) // 2]


def _chains(lines: Sequence[Line]) -> list[list[int]]:
    """Runs of records' marks (`_record`, `closers`), adjacent ones merged to one record's (an old price over
    the new), each within `GAP` lines of the one before with a line not marked between, `RECORDS` long at least."""
    closing = closers(lines)
    marks = [i for i, line in enumerate(lines) if i in closing or _record(line)]
    marks = [i for k, i in enumerate(marks) if k + 1 == len(marks) or marks[k + 1] != i + 1]  # the same record's second price
    return gap_chains(marks, GAP, RECORDS)


def _carried(lines: Sequence[Line], chain: Sequence[int], period: int) -> int:
    """The index of the last line of the records that go on past the chain's last price in its template
    (see the module's docstring): the last copy of a template's line, each within `CARRY` records'
    lengths of the one before; the last price where the records hold no template line."""
    records = [range(a + 1, b) for a, b in zip(chain, chain[1:])]
    held: dict[str, int] = {}
    for record in records:
        for text in {lines[i].text for i in record if not lines[i].prose}:
            if any(c.isalpha() for c in text):
                held[text] = held.get(text, 0) + 1
    template = {text for text, n in held.items() if n >= TEMPLATE_SHARE * len(records)}
    end = chain[-1]
    for i in range(end + 1, len(lines)):
        if i - end > CARRY * period:
            break
        if lines[i].text in template:
            end = i
    return end


def catalogue_lines(lines: Sequence[Line]) -> set[int]:
    """The indices of the lines of the page's catalogues that outweigh its prose elsewhere (see the
    module's docstring), their call-to-action lines left out."""
    chains = _chains(lines)
    if not chains:
        return set()
    cid, _ = prose_clusters(lines)  # the prose lines (in a cluster): the page's text outside the catalogue
    out: set[int] = set()
    for chain in chains:
        period = record_period(chain)
        start, end = max(0, chain[0] - period + 1), chain[-1]
        inside = sum(lines[i].words for i in range(start, end + 1))
        outside = sum(lines[i].words for i, c in enumerate(cid) if c >= 0 and not start <= i <= end)
        if inside <= outside:
            continue  # products beside an article, a product's own page: the prose is the page's content
        end = _carried(lines, chain, period)  # the records going on past the last price the reading found
        out.update(i for i in range(start, end + 1) if not (lines[i].cta and lines[i].words <= CTA_WORDS))
    return out
