"""CL140's comment threads without time stamps: posts headed by their author's handle and score (issue 15).

Some comment widgets print no time on a post (Livefyre as a text browser dumps it): `48 comments` / `Sign in` /
`Post comment` / `Newest | Oldest`, then record after record, the author's handle alone on its line (`maplefan22`),
the handle again with the post's score (`maplefan22 7pts`, `riverrat 5pts like.author.displayName 1 Like`), then
the comment (a line or a few; a reply opens with `@maplefan22`). `commentthread` reads a thread by its posts'
stamps and found none here; the comments' prose passed as a person's text.

Its shape: `MIN_POSTS` records or more, each a header (`HEADER_WORDS` words at most, no sentence: a handle of one
to three words, a number and a unit, `7pts`, `12 likes`, the unit the same in `UNIT_SHARE` of the headers) with a
comment's text below it (`TEXT_WORDS` words or more), each next header within `POST_GAP` lines of the one before,
the thread ending where two records in a row hold no text; no time stamp in them (`commentthread`'s); one template, and written by people who answer one
another: a handle heads two records or more (half of them at most: a word heading each is a label, `Rating: 10
Votes`, `Publié le 25 juillet`), or a comment opens with `@` and a handle of the thread. Only under an
article (`ARTICLE_WORDS` words of prose in one run above the first record, `postframe.article_words_above`) whose
longest run of prose does not open under such a header (a forum's first post, the page's text). The thread
runs from its heading (`48 comments`, within `HEADING_REACH` lines above the first record, no sentence between)
or its first record's handle to the last comment's text. A league table (`Leeds 38pts`) holds no comments; a
list of scores in the article is no record run under it.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from corpuslint.checks.boilerplate.context import prose_clusters
from corpuslint.checks.boilerplate.linefeatures import Line, reads_as_sentence
from corpuslint.checks.boilerplate.postframe import ARTICLE_WORDS, article_words_above
from corpuslint.checks.boilerplate.recordlists import stamp_in
from corpuslint.checks.boilerplate.smoothing import BULLETED
from corpuslint.checks.metadata.comments import THREAD_HEADING

__all__ = ["MIN_POSTS", "handle_thread"]

MIN_POSTS = 4  # records with a comment's text at least
HEADER_WORDS = 8  # a header's words at most
UNIT_SHARE = 0.75  # the share of the headers scored in the same unit, at least
TEXT_WORDS = 3  # a comment's words at least
OWN_SHARE = 0.5  # the share of the records one handle heads, at most (a label heads them all)
POST_GAP = 12  # lines from a header to the next, at most
TEXT_LINES = 8  # the last record's comment: this many lines at most
HEADING_REACH = 12  # lines from the thread's heading to its first record, at most (the widget's sign-in, sort and post lines)

# a post's header: the author's handle (one to three words), then the post's score, a number and a unit
_HEADER = re.compile(r"(?P<handle>[^\W\d_][^\s]{0,39}(?: [^\s]{1,40}){0,2}?)\s+\d{1,6}\s?(?P<unit>[^\W\d_]{2,12})\b")
_DIGIT = re.compile(r"\d")  # (a header holds its score: a cheap test before `_HEADER`'s)
_COUNT_HEADING = re.compile(r"(?i)\d[\d,.]*\s+(?:comments?|replies|responses?|reactions?)")


def _header(line: Line) -> tuple[str, str] | None:
    """A post's header's handle and score unit (`maplefan22 7pts`: `maplefan22`, `pts`), None for another line."""
    if line.words > HEADER_WORDS or _DIGIT.search(line.text) is None or (match := _HEADER.match(line.text)) is None:
        return None  # (the cheap tests first: CL140 asks this of every line of a page with findings)
    if reads_as_sentence(line) or BULLETED.match(line.text) or stamp_in(line.text):
        return None  # (a stamp, `Updated 3 hours ago`, is `commentthread`'s or a teaser's)
    return match["handle"], match["unit"].casefold()


def _text(line: Line, handles: set[str]) -> bool:
    """A line of a comment: `TEXT_WORDS` words or more, not a header nor a handle alone."""
    return line.words >= TEXT_WORDS and _header(line) is None and line.text not in handles


def handle_thread(lines: Sequence[Line]) -> range | None:
    """The indices of the page's comment thread of handle-and-score records (see the module's docstring), None."""
    headers = {i: found for i, line in enumerate(lines) if (found := _header(line)) is not None}
    if len(headers) < MIN_POSTS:
        return None
    unit, count = Counter(u for _, u in headers.values()).most_common(1)[0]
    if count < MIN_POSTS or count < UNIT_SHARE * len(headers):
        return None
    at = [i for i, (_, u) in headers.items() if u == unit]
    handles = {headers[i][0] for i in at}
    for records in _runs(lines, at, handles):
        thread = _thread(lines, records, {headers[i][0] for i in records})
        if thread is not None:
            return thread
    return None


def _runs(lines: Sequence[Line], at: list[int], handles: set[str]) -> list[list[int]]:
    """The headers (`at`) in runs, each next within `POST_GAP` lines, cut where two records in a row hold no
    comment; the runs of `MIN_POSTS` records with text or more."""
    said = {}
    for k, i in enumerate(at):
        stop = at[k + 1] if k + 1 < len(at) and at[k + 1] - i <= POST_GAP else min(len(lines), i + 1 + TEXT_LINES)
        said[i] = any(_text(lines[j], handles) for j in range(i + 1, stop))
    runs: list[list[int]] = []
    run: list[int] = []
    for k, i in enumerate(at):
        if run and (i - run[-1] > POST_GAP or not said[run[-1]] and not said[i]):
            runs.append(run)
            run = []
        run.append(i)
    runs.append(run)
    out = []
    for run in runs:
        while run and not said[run[-1]]:
            run.pop()
        if sum(said[i] for i in run) >= MIN_POSTS:
            out.append(run)
    return out


def _thread(lines: Sequence[Line], records: list[int], handles: set[str]) -> range | None:
    """The thread's indices (heading to last comment) if its records answer one another under an article."""
    names = Counter(_header(lines[i])[0] for i in records)  # type: ignore[index]
    if max(names.values()) > OWN_SHARE * len(records):
        return None  # a word heading every record is the template's label (`Rating: 10 Votes`, `Publié le 25 juillet`)
    replies = any(lines[j].text.startswith("@") and lines[j].text[1:].split(maxsplit=1)[0].rstrip(",:") in handles
                  for i in records for j in range(i + 1, min(len(lines), i + 1 + TEXT_LINES)))
    if max(names.values()) < 2 and not replies:
        return None  # nobody posts twice nor answers anyone: no thread of readers
    start = records[0] - 1 if records[0] > 0 and lines[records[0] - 1].text in handles else records[0]
    cid = prose_clusters(lines)[0]
    if article_words_above(lines, cid, start) < ARTICLE_WORDS or _a_post_above(lines, cid, start, handles):
        return None
    for k in range(start - 1, max(-1, start - 1 - HEADING_REACH), -1):
        if reads_as_sentence(lines[k]):
            break
        if THREAD_HEADING.match(lines[k].text) or _COUNT_HEADING.fullmatch(lines[k].text):
            start = k
            break
    end = records[-1] + 1
    while end < len(lines) and end <= records[-1] + TEXT_LINES and _text(lines[end], handles) \
            and not BULLETED.match(lines[end].text):
        end += 1
    return range(start, end)


def _a_post_above(lines: Sequence[Line], cid: Sequence[int], start: int, handles: set[str]) -> bool:
    """Whether the longest run of prose above the thread opens under a header of its template (within
    `HEADING_REACH` lines) or a handle of it: a forum's first post, the page's text, not an article."""
    words: Counter[int] = Counter()
    first: dict[int, int] = {}
    for i in range(start):
        if lines[i].prose and cid[i] >= 0:
            words[cid[i]] += lines[i].words
            first.setdefault(cid[i], i)
    if not words:
        return False
    top = first[words.most_common(1)[0][0]]
    return any(_header(lines[j]) is not None or lines[j].text in handles for j in range(max(0, top - HEADING_REACH), top))
