"""What users wrote inside a thread's or a Q&A's frame: their sentences are the page's text (issue 15, ugc25).

A forum thread, a product's questions and answers, its reviews and a blog's comments show each post in
the same frame: the poster's name and date, `Reply`, `Quote`, `Report abuse`, `1 answer(s)`, `Helpful?
Yes (3)`, the poster's post count. The frame is furniture and CL140 rightly flags it; but a post of one
short line (`Either way I am getting stoned.`, `Can the companion model be used alone?`) stands in a run
of short lines among it, and the line model and its second stage flagged it with its frame, so the fix
removed what a person wrote.

The frame shows by repetition, whatever its words: the same short line (digits read alike: `6 Reply`,
`1 answer(s)`, `Posts: 212`) stands again and again (`FRAME_REPEATS` times or more), its next
occurrence within `POST_LINES` (once per post, not a menu copied into the footer). A thread also shows a
stamp by each post (`_is_stamp`: a date, a time or a count on a short line), three or more on the page.
A line right below a frame's line that stands again below it (`FRAME_REACH`), with a stamp within reach,
that reads as a person's sentence (`writes_as_sentence`: words enough, a sentence's share of function
words, a sentence's or a chat's end; no call to action, link or dump's link number; a question, an
exclamation, a smiley or the first or second person in it, which a teaser's summary lacks) and is not
repeated itself, is a post's text. What stands before the first post or after the last (`You must login
to comment.`, the comment form) is judged as before, and so is the frame itself.

On a page that IS the thread (forum26: a forum's topic, a product's reviews, a Q&A; no article above the
post nor below it: no run of prose of `ARTICLE_WORDS` words, `article_words_around`), whatever a person wrote in the
frame is the page's text, not only what reads as a person speaking: a post in the third person (`They
won a Logie that year too, shows how much people actually care about mocking them.`) or without a
sentence's shape (`more choices! good!`, a wrapped line's part running on) is kept too (`_posted`; not
a stamp, a link, a call to action). Under an article a comment must still read as a person's (and
`commentthread` takes that thread whole). Dev set: `benchmarks/forum_set.py` (ugc_set's 16 pages, their
article cut out), half A: post lines CL140 flags 551 -> 376 (320 of them one page's, under a one-line
author bio of 183 words that reads as an article), half B (reported) 59 -> 58 (salutations, `Liebe
Astrid,`, and the comment form's lines, which the set's labels count as posts). Known to slip: a post
above or below a long post (a run of prose of `ARTICLE_WORDS` words) is judged as under an article;
a poster's name or custom title in lower case (`deep square leg`, `so nice place` alike) stays flagged.

Known to slip (ugc25's dev pages): a menu of questions whose topics repeat their entries and carry
dates (`Sind auch Kinder auf der Flucht?` under `Chat mit ParlamentarierInnen am 22.01.2015`) and a
teaser list's question headlines with their dates (`Will Trump use private security as President?`)
are kept; a comment in the third person without a question or exclamation (`Such an awesome view.`) and
a comment in a script without case and spaces (CJK) are still removed with the frame.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections import Counter
from collections.abc import Collection, Sequence

from corpuslint.checks.boilerplate.catalogue import PRICE
from corpuslint.checks.boilerplate.context import prose_clusters
from corpuslint.checks.boilerplate.linefeatures import URL, Line
from corpuslint.stamps import DATE_IN_TEXT

__all__ = ["ARTICLE_WORDS", "FRAME_REACH", "FRAME_WHY", "FRAME_REPEATS", "article_words_above", "article_words_around",
           "frame_lines", "frame_signature", "posts_own", "writes_as_sentence"]

FRAME_REPEATS = 3  # a short line standing this often on a page: a post's frame
FRAME_WORDS = 5  # ... of this many words at most
FRAME_REACH = 8  # lines from a post's sentence up to its frame
POST_LINES = 40  # lines from a frame's line to its next: one post
SENTENCE_WORDS = 4  # a post's sentence: this many words or more ...
SENTENCE_STOP = 0.2  # ... this share of them function words (a headline has fewer)
LONG_POST = 20  # ... or this many, however it ends (a headline has fewer)
STAMP_WORDS = 10  # a post's stamp (its date, time or count) is a short line
ARTICLE_WORDS = 150  # words of one run of prose above a thread, at least: an article the thread follows
POSTED_WORDS = 3  # a post's line on a thread page: this many words at least (2 if it ends as a person speaks)
RUN_ON_WORDS = 8  # ... or this many, a sentence's share of function words, however it ends
FRAME_WHY = "in a thread's frame, standing once per post (a poster's rank and counts, `Quote`, `Top`)"  # CL140's why
BUTTON_WORDS = 3  # a frame's button or state without a number: `Quote`, `Top`, `Offline`, `oppo is offline`
_FIELD = re.compile(r"[^\W\d][\w .'’-]{0,30}:\s*\S")  # a poster's field: `Posts: 50`, `Join Date: Feb 2012`
TEXT_WORDS = 8  # a post's text between two of its frame's lines: a line of this many words at least
_SENTENCE_END = re.compile(r"(?:[.!?…]|[:;=]-?[()DPp])[\"'”’)]*$")  # `.`, `?!`, `...`, `:)`, `;-)`
_DUMP_LINK = re.compile(r"\[\d+\]")  # lynx's number of a link
_SPOKEN_END = re.compile(r"(?:[!?]|[:;=]-?[()DPp])[\"'”’)]*$")  # a question, an exclamation, a smiley
# a person speaking: the first and second persons of the languages the stop-word tables cover most
# (a closed class, as function words are), which a teaser's or a headline's third person lacks
_PERSON = re.compile(r"(?i)(?<![\w'’])(?:i|i'm|i’m|i've|i’ve|i'd|i’d|i'll|i’ll|me|my|mine|we|we're|we’re|us|our|you|"
                     r"you're|you’re|your|yours|ich|mich|mir|mein\w*|wir|uns|unser\w*|du|dich|dir|dein\w*|euch|euer\w*|"
                     r"je|moi|mon|ma|mes|nous|notre|nos|tu|toi|ton|ta|tes|vous|votre|vos|yo|mi|mis|nosotros|"
                     r"nuestr[oa]s?|tú|ti|usted|io|noi|eu|meu|minha|nós|ik|mij|mijn|wij|jij|jou|jouw)(?![\w'’])|(?<![\w'’])j['’]")
_DIGITS = re.compile(r"\d+")
_TIME = re.compile(r"(?<!\d)[0-2]?\d:[0-5]\d(?!\d)")
_SPACES = re.compile(r"\s+")


def frame_signature(text: str) -> str:
    """A short line as its repetitions read alike: lower case, each number `0` (`6 Reply`, `12 Reply`)."""
    return _SPACES.sub(" ", _DIGITS.sub("0", text.lower())).strip()


def writes_as_sentence(line: Line) -> bool:
    """A line a person wrote as a sentence: `SENTENCE_WORDS` words or more, a share of function words,
    ending as a sentence or a chat does (`I feel like I need to read this article everyday.`, `Does the
    generator come with the cord?`, `saving for it now ;)`) or running on (`LONG_POST` words: `I think
    your vanilla coffee is good I am a big fan`); no link (nor a link's label in a dump), no call to
    action (`Notify me when new comments are added.`) in a short one; and a person speaks in it: a
    question, an exclamation, a smiley, or the first or second person (`I`, `wir`, `vous`)."""
    if line.words < SENTENCE_WORDS or line.stop < SENTENCE_STOP or line.cjk:
        return False
    text = line.text
    long = line.words >= LONG_POST
    if not long and (line.cta or not _SENTENCE_END.search(text)):
        return False
    if _DUMP_LINK.search(text):
        return False  # a link's label in a text browser's dump (`[101]Wo hört ...?`): a teaser, a menu's entry
    if not (_SPOKEN_END.search(text) or _PERSON.search(text)):
        return False  # no person speaks: a teaser's summary (`Aldi Süd steht kommende Woche ...`), a headline
    return ("." not in text and "@" not in text) or URL.search(text) is None


def posts_own(lines: Sequence[Line], flagged: Sequence[int]) -> set[int]:
    """The `flagged` lines (indices into `lines`) that are a post's text inside a thread's frame: a line
    that `writes_as_sentence`, not repeated itself, with a line of a frame (a short line standing
    `FRAME_REPEATS` times or more) within `FRAME_REACH` lines above it that stands again below it (the
    line is inside the thread, not before its first post nor after its last), and one within reach below."""
    if not flagged:
        return set()
    signatures = [frame_signature(line.text) for line in lines]
    counts = Counter(signatures)
    frame = [counts[s] >= FRAME_REPEATS and lines[i].words <= FRAME_WORDS for i, s in enumerate(signatures)]
    if not any(frame):
        return set()
    seen: dict[str, list[int]] = {}
    for i, s in enumerate(signatures):
        if frame[i]:
            seen.setdefault(s, []).append(i)
    stamps = [i for i, line in enumerate(lines) if _is_stamp(line, counts[signatures[i]])]
    if len(stamps) < FRAME_REPEATS:
        return set()  # no post's date, time or count standing again and again: no thread
    stamped = set(stamps)
    cid: list[int] | None = None
    out: set[int] = set()
    n = len(lines)
    for i in flagged:
        line = lines[i]
        if frame[i] or counts[signatures[i]] > 1:
            continue
        if not writes_as_sentence(line):
            if i in stamped or not _posted(line):
                continue  # (a poster's name and date is the frame)
            cid = cid or prose_clusters(lines)[0]
            if article_words_around(lines, cid, i) >= ARTICLE_WORDS:
                continue  # a comment under an article, a teaser over it: it must read as a person's text
        if (any(_in_post(seen[signatures[j]], j, i) for j in range(max(0, i - FRAME_REACH), i) if frame[j])
                and any(k in stamped for k in range(max(0, i - FRAME_REACH), min(n, i + FRAME_REACH + 1)))):
            out.add(i)
    return out


def frame_lines(lines: Sequence[Line], flagged: Collection[int]) -> set[int]:
    """The lines of a forum thread's frame not among `flagged` (forum28): on a page showing its posts' stamps
    (`FRAME_REPEATS` or more) and its posters' counts (`Posts: 50` standing once per post), a poster's field (`Posts: 50`, `Join Date: Feb 2012`: a label, a colon, its
    value) or a button or state without a number (`BUTTON_WORDS` words at most), no price, whose shape stands `FRAME_REPEATS` times or more, most next
    times (two at least) within `POST_LINES` lines, a post's text (a line of `TEXT_WORDS` words or more) between half of them:
    `Join Date: Feb 2012`, `Posts: 50`, `oppo is offline`, `Quote Quick Reply`, `Top`. Never
    a line closing a sentence (`Thanks!`, a post of one line standing thrice) nor a table's cells (no
    text between them)."""
    signatures = [frame_signature(line.text) for line in lines]
    counts = Counter(signatures)
    stamps = [i for i, line in enumerate(lines) if _is_stamp(line, counts[signatures[i]])]
    if len(stamps) < FRAME_REPEATS:
        return set()
    seen: dict[str, list[int]] = {}
    for i, s in enumerate(signatures):
        line = lines[i]
        if (counts[s] >= FRAME_REPEATS and line.words <= FRAME_WORDS and not _SENTENCE_END.search(line.text)
                and (_FIELD.match(line.text) or (line.words <= BUTTON_WORDS and not any(c.isdigit() for c in line.text)))
                and not PRICE.search(line.text)):
            seen.setdefault(s, []).append(i)
    if not any(_FIELD.match(lines[at[0]].text) and any(c.isdigit() for c in lines[at[0]].text) for at in seen.values()):
        return set()  # no poster's count (`Posts: 50`, `Beiträge: 12`): a listing's records, a blog's comments
    long = [i for i, line in enumerate(lines) if line.words >= TEXT_WORDS]
    out: set[int] = set()
    for at in seen.values():
        gaps = [b - a for a, b in zip(at, at[1:])]
        near = sum(gap <= POST_LINES for gap in gaps)
        if len(at) < FRAME_REPEATS or near < FRAME_REPEATS - 1 or 2 * near < len(gaps):
            continue  # a menu copied into the sidebar and the footer (a poster's own frame skips others' posts)
        if 2 * sum(_text_between(long, a, b) for a, b in zip(at, at[1:])) >= len(at) - 1:
            out.update(i for i in at if i not in flagged)
    return out


def _text_between(long: list[int], a: int, b: int) -> bool:
    """Whether a line of a post's text (`long`: indices in order) stands between lines `a` and `b`."""
    k = bisect_right(long, a)
    return k < len(long) and long[k] < b


def _is_stamp(line: Line, repeats: int) -> bool:
    """A post's stamp: a short line holding its date or time (`June 1, 2019 at 1:45 AM`, `2:35 PM`) or
    a count standing once per post (`47`, `6 Reply`, `1 answer(s)`: its shape `FRAME_REPEATS` times)."""
    text = line.text
    if line.words > STAMP_WORDS or not any(c.isdigit() for c in text):
        return False
    return repeats >= FRAME_REPEATS or _TIME.search(text) is not None or DATE_IN_TEXT.search(text) is not None


def _in_post(at: list[int], j: int, i: int) -> bool:
    """Line `i` stands in one post of a frame standing at `at` (in order), whose line `j` is right above it:
    the frame's next line stands below it within `POST_LINES` of `j`, and so the frame stands once per post,
    not twice on a page as a menu copied into its footer does."""
    k = at.index(j)
    return k + 1 < len(at) and i < at[k + 1] <= j + POST_LINES


def article_words_above(lines: Sequence[Line], cid: Sequence[int], at: int) -> float:
    """The prose words of the longest run of prose (`context.prose_clusters`' cluster, cut at `at`) above
    line `at`: an article is one run of paragraphs, not a page's scattered prose (a bio in the sidebar,
    the teasers' summaries, the comment form's notice) above a thread that is itself the page's text (a
    forum's topic, a product's reviews, a Q&A)."""
    words: Counter[int] = Counter()
    for i in range(at):
        if lines[i].prose and cid[i] >= 0:
            words[cid[i]] += lines[i].words
    return max(words.values(), default=0.0)


def article_words_around(lines: Sequence[Line], cid: Sequence[int], at: int) -> float:
    """The prose words of the longest run of prose above line `at` or below it (each cluster cut at `at`):
    a thread page has no article above a post nor below it (a teaser list over an article is no thread)."""
    words: Counter[tuple[int, bool]] = Counter()
    for i, line in enumerate(lines):
        if line.prose and cid[i] >= 0 and i != at:
            words[cid[i], i > at] += line.words
    return max(words.values(), default=0.0)


def _posted(line: Line) -> bool:
    """A line of a post on a thread page, where no article comes before the posts and whatever a person
    wrote in the frame is the page's text, in the third person too (`Wish to visit Vietnam one day.`,
    `They won a Logie that year too, shows how much people care.`) or without a sentence's shape (`more
    choices! good!`, `Guy Pearce (dude rocks), bunch of the Chaser boys`): `POSTED_WORDS` words or more
    ending as a sentence or a person speaks, or running on (`RUN_ON_WORDS`, a wrapped line's part) with
    function words; not a stamp (the poster's name and date); two
    words that end as a person speaks (`Love this!!`); no call to action, link or dump's link number."""
    if line.words < 2 or line.cjk or line.cta or _DUMP_LINK.search(line.text) or URL.search(line.text):
        return False
    text = line.text
    if line.words < POSTED_WORDS:
        return _SPOKEN_END.search(text) is not None
    return _SENTENCE_END.search(text) is not None or (line.words >= RUN_ON_WORDS and line.stop >= SENTENCE_STOP)
