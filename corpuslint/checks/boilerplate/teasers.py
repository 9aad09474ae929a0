"""A page's teaser records after the article (CL140, issue 15): other stories' cards, each a headline, a
one- or two-sentence dek and a frame cut to one template, again and again.

A related-stories block (`[Books2-370x208.jpg]` / `Here's Why You Might Want to Give Your Kids Paperback
Books This Year` / `The paper books vs. ebooks debate raises lots of strong feelings ...` / `- CONTINUE
READING -`, then the next story's image) is the page's furniture written as an article is: the line
model flags the frame (the image, the label) and its guards keep the dek (a sentence) and the headline
(a long title), so most of the block stayed, and `recordlists` reads only records stamped with a time.

Its shape: `RECORDS` records or more in a row, each a head (`HEAD_WORDS` words, three of them words of
letters, closing no sentence, or one question: a title; `$7 / month` is a price) over its dek (one or
two lines reading as sentences, `DEK_WORDS` words at most each, opening as a sentence does: a citation's
tail, `. the Guardian. 2019-02-13. Retrieved 2022-03-23.`, is none) with at most `HEAD_GAP` frame lines
between (a byline, a stamp), then its frame (short lines reading as no sentence: an image's name, a
label, a stamp) up to the next record's dek. The frame is what makes them records of one template:
each record of the run holds, in its frame above or below its dek, a stamp (or its head does: `11:11
a.m. Curt Schilling Is a Lot Less Popular ...`) or a frame line that half the records (three at least)
hold in their own frame (its first and last words the same, digits folded: `- CONTINUE READING -`,
`Lesen Sie diesen Artikel: ... weiterlesen`); an image's name changes from record to record and says
nothing, and neither does a record's byline.

After the article, never inside it: the prose above the records (the article) holds `ARTICLE` times
the deks' words and more than the prose below them, in paragraphs longer than the deks (medians); and
CL140 flags `OPENER` lines between the article's last paragraph and the run (`Share`, `Top Articles`:
a run of furniture, not one line of the article the model got wrong), or the run stands below the
article's body (`context.body_span`) with its records stamped or half of them holding a flagged line.
Not an article's numbered list (half the deks open with `6. `: a listicle's items under their images'
credits). An article of short sections (a subhead over a one-sentence paragraph) or a Q&A repeats no
frame from section to section, and is its own prose (nothing longer above it); a live blog's entries
(a stamp, a headline, its text) are the article's prose itself, none above them longer. Session 30,
tuned on sb26's half A (whole pages, lynx and inscriptis), checked on the web corpus.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Collection, Sequence
from statistics import median

from corpuslint.checks.boilerplate.context import body_clusters, body_span
from corpuslint.checks.boilerplate.linefeatures import Line, reads_as_sentence
from corpuslint.checks.boilerplate.recordlists import stamp_in

__all__ = ["ARTICLE", "DEK_WORDS", "FRAME", "HEAD_GAP", "HEAD_WORDS", "RECORDS", "TEASER_WHY", "teaser_records"]

RECORDS = 3  # records in a row at least: a list, not a story's box
HEAD_WORDS = (3, 25)  # a head's words: a headline's
DEK_WORDS = 60  # a dek line's words at most: a summary of a sentence or two, not a paragraph of an article
HEAD_GAP = 2  # frame lines at most between a head and its dek (a byline, its `Comments`)
FRAME = 4  # frame lines at most after a dek, up to the next head (a label, a stamp, the next image)
FRAME_WORDS = 12  # a frame line's words at most
TEMPLATE_SHARE = 0.5  # a frame line repeated in this share of the run's records is the template's
ARTICLE = 1.5  # the article's prose above the run, at least, against the deks' words
OPENER = 2  # flagged lines at least between the article's last paragraph and the run: furniture, not one line the model got wrong
TEASER_WHY = "in a list of teaser records (headline, summary, a frame repeated) after the article"

_WORD = re.compile(r"\w+")
_WORDS = re.compile(r"[^\W\d_]{2,}")  # a word of letters: a headline is words (`$7 / month` is a price)
_DIGITS = re.compile(r"\d+")
_NUMBERED = re.compile(r"\(?\d{1,3}[.)]\s")  # an item of a numbered list: `6. `, `(2) `


_OPENS = re.compile(r"[^.,;:!?)\]}]")  # no sentence opens with a mark that closes or joins (a citation's tail's `. `)
_LONE_QUESTION = re.compile(r"[^.!?]*\?")  # a title asking one question (`Do You Have A Soul?`), no dek


def _dek(line: Line) -> bool:
    """A line of a record's dek: a sentence or two, closed (`reads_as_sentence`), opening as a sentence
    does (a citation's tail, `. The Moscow Times. Retrieved 1 May 2015.`, is none), not a lone question."""
    return (line.ends > 0 and reads_as_sentence(line) and line.words <= DEK_WORDS
            and _OPENS.match(line.text) is not None and _LONE_QUESTION.fullmatch(line.text) is None)


def _head(line: Line) -> bool:
    """A record's head: a title of `HEAD_WORDS` words closing no sentence (or one question)."""
    return (HEAD_WORDS[0] <= line.words <= HEAD_WORDS[1] and len(_WORDS.findall(line.text)) >= HEAD_WORDS[0]
            and not line.text.endswith(":")
            and (not line.ends or _LONE_QUESTION.fullmatch(line.text) is not None))


def _between(line: Line) -> bool:
    """A line that may stand between two deks: a head, or a frame line (no sentence, `FRAME_WORDS` at most)."""
    return _head(line) or line.words <= FRAME_WORDS and not reads_as_sentence(line)


def _key(text: str) -> str | None:
    """What a frame line repeats from record to record: `stamp` for a time stamp, else its first and
    last words (digits folded); None for an image's name (`[lightsaber2-370x208.jpg]`), which changes."""
    if stamp_in(text) is not None:
        return "stamp"
    if text.startswith("[") and text.endswith("]"):
        return None
    words = _WORD.findall(_DIGITS.sub("#", text.casefold()))
    return f"{words[0]} {words[-1]}" if words else None


Record = tuple[int, int, int]  # a record's first line (its head, or the frame above it), its dek's last line, its last line


def _chains(lines: Sequence[Line]) -> list[list[Record]]:
    """Runs of `RECORDS` records or more: deks (one or two lines) each over a gap of lines that may stand
    between two deks (`_between`), `FRAME` + `HEAD_GAP` + 1 lines at most, holding a head."""
    n = len(lines)
    deks: list[tuple[int, int]] = []
    i = 0
    while i < n:
        if _dek(lines[i]):
            last = i + 1 if i + 1 < n and _dek(lines[i + 1]) else i
            deks.append((i, last))
            i = last + 1
        else:
            i += 1
    out: list[list[Record]] = []
    chain: list[Record] = []
    previous_end = -1
    for d0, d1 in deks:
        gap = range(previous_end + 1, d0)
        linked = (chain and 0 < len(gap) <= FRAME + HEAD_GAP + 1
                  and all(_between(lines[k]) for k in gap) and any(_head(lines[k]) for k in gap))
        if not linked:
            if len(chain) >= RECORDS:
                out.append(_closed(lines, chain))
            above = []  # the lines right above the dek that may be its head or frame: the longest head is its head
            for k in range(d0 - 1, max(-1, d0 - 2 - HEAD_GAP), -1):
                if not _between(lines[k]):
                    break
                above.append(k)
            head = max((k for k in above if _head(lines[k])), key=lambda k: lines[k].words, default=None)
            if head is None:
                chain, previous_end = [], d1
                continue
            chain = [(head, d0, d1)]
        else:
            chain.append((previous_end + 1, d0, d1))
        previous_end = d1
    if len(chain) >= RECORDS:
        out.append(_closed(lines, chain))
    return out


def _closed(lines: Sequence[Line], chain: list[Record]) -> list[Record]:
    """`chain` with its last record's frame (the lines that may stand between two deks below its dek,
    `FRAME` at most): each record but the last ends where the next begins."""
    records = [(start, d1, chain[k + 1][0] - 1) for k, (start, _, d1) in enumerate(chain[:-1])]
    start, _, d1 = chain[-1]
    end = d1
    while end + 1 < len(lines) and end - d1 < FRAME and _between(lines[end + 1]) and not _head(lines[end + 1]):
        end += 1
    return records + [(start, d1, end)]


def _keys(lines: Sequence[Line], chain: list[Record]) -> list[set[str]]:
    """Each record's frame lines' keys (`_key`): the lines above its dek (from the one before's), its head
    left out (the longest line above its dek; but the head's stamp: `11:11 a.m. Curt Schilling Is ...`)."""
    own: list[set[str]] = []
    for start, d1, end in chain:
        frame = [k for k in range(start, end + 1) if not _dek(lines[k])]
        head = max((k for k in frame if k < d1), key=lambda k: lines[k].words, default=None)
        own.append({key for k in frame if k != head or stamp_in(lines[k].text) is not None
                    if (key := _key(lines[k].text)) is not None})
    return own


def _templated(lines: Sequence[Line], chain: list[Record]) -> tuple[list[list[Record]], set[str]]:
    """The runs of `RECORDS` records or more of `chain` each holding the template's frame (a stamp, or a
    frame line `TEMPLATE_SHARE` of the chain's records repeat), and the template's keys."""
    own = _keys(lines, chain)
    counts = Counter(k for ks in own for k in ks)
    template = {k for k, c in counts.items() if c >= max(RECORDS, TEMPLATE_SHARE * len(chain)) or k == "stamp"}
    # a record's frame is above its dek or below it (the first record's `- CONTINUE READING -`, the next one's)
    keys = [ks | (own[i + 1] if i + 1 < len(own) else set()) for i, ks in enumerate(own)]
    runs, run = [], []
    for record, ks in zip(chain, keys):
        if ks & template:
            run.append(record)
            continue
        if len(run) >= RECORDS:
            runs.append(run)
        run = []
    if len(run) >= RECORDS:
        runs.append(run)
    return runs, template


def _after_article(lines: Sequence[Line], chain: list[Record], run: list[Record], template: set[str],
                   flagged: Collection[int], body_end: int) -> bool:
    """Whether the `run` (of the `chain`) stands after the article (see the module's docstring)."""
    start, end = run[0][0], run[-1][2]
    dek_lines = [k for s, _, e in run for k in range(s, e + 1) if _dek(lines[k])]
    deks = [lines[k].words for k in dek_lines]
    if 2 * sum(_NUMBERED.match(lines[k].text) is not None for k in dek_lines) >= len(dek_lines):
        return False  # the article's numbered list (`6. The picture prompted a backlash ...`), an image over each item
    above = [k for k in range(chain[0][0]) if lines[k].prose]  # the article: the prose above the chain
    if not above:
        return False
    words_above = sum(lines[k].words for k in above)
    words_below = sum(lines[k].words for k in range(end + 1, len(lines)) if lines[k].prose)
    if words_above < ARTICLE * sum(deks) or words_above <= words_below \
            or median(lines[k].words for k in above) <= median(deks):
        return False
    # the article's last paragraph: the last prose above the run longer than its deks (a teaser's dek
    # above the run, its record cut from it by a headline and its stamp on one line, is none)
    last = next((k for k in reversed(above) if lines[k].words > max(deks)), above[-1])
    if sum(last < k < start and _key(lines[k].text) not in template for k in flagged) >= OPENER:
        return True  # furniture between the article's last paragraph and the run (`Top Articles`), not a record's frame
    # below the article's body (`context.body_span`): the records' frames flagged, or each record stamped (a news feed)
    return start > body_end and ("stamp" in template
                                 or 2 * sum(any(s <= k <= e for k in flagged) for s, _, e in run) >= len(run))


def teaser_records(lines: Sequence[Line], flagged: Collection[int]) -> list[int]:
    """The indices of the lines of the page's teaser records after the article (the module's docstring)
    not in `flagged` (CL140's flags so far)."""
    if not flagged:
        return []
    chains = _chains(lines)
    if not chains:
        return []
    flagged = flagged if isinstance(flagged, (set, frozenset)) else set(flagged)
    cid, body = body_clusters(lines)
    span = body_span(lines, cid, body)
    body_end = span[1] if span is not None else -1
    out: list[int] = []
    for chain in chains:
        runs, template = _templated(lines, chain)
        for run in runs:
            if _after_article(lines, chain, run, template, flagged, body_end):
                out += [k for k in range(run[0][0], run[-1][2] + 1) if k not in flagged]
    return out
