"""What others posted on a page (its readers' comments, an embedded post): never the page's title, byline or date.

A blog's or a news site's whole text keeps its comment thread under the article, each comment headed by its
writer's name and the hour it was posted, the shape of a byline over a stamp:

    5 thoughts on “JSON parsing: simdjson vs. JSON for Modern C++”     <- the thread's heading
       1. degski says:                                                  <- a comment's header
          August 3, 2019 at 4:11 am                                     <- its stamp
          Thanks, for posting this.
          Reply

A reader's name and the day they wrote are no page's metadata (qa19c r03: `3. wmu says:` / `August 5, 2019 at
4:43 pm` read as the article's author and date). `before_comments` keeps the lines above the first comment's
header (and above the thread's heading right over it): a line `<name> says:` (`sagt:`, `dit :`, ...) with a
stamp on one of the next two lines, or two such headers within a few dozen lines; or a counted heading
(`10 Kommentare`) over a first numbered entry (`1. Beate`) and its stamp, with a second one (`2. Rowi`) below.

An embedded post closes with its writer's signature, `— Dave Schukin (@schukin) July 3, 2019` (a tweet as a
page's text keeps it): a name and a date on one short line, the shape of a byline, of someone the article
quotes (qa19c r04: the author and the date of The Verge's story taken from the tweet it embeds).
`before_comments` leaves such lines out too.
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import is_stamp
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.lines import Line, is_prose
from corpuslint.textutil import LazyPattern

# `1. Daniel Lemire says:`, `1. B.A. sagt:`, `Jasmin sagt:`, `Anonymous said...`, `Marc dit :`: a numbered entry's writer (a name of
# five words at most, no sentence) and the verb a comment system prints after it, nothing more on the line
COMMENT_HEADER = LazyPattern(
    r"^(?:\d{1,3}[.)]\s*)?(?P<name>[^\s.,;:!?][^,;:!?]{0,50}?)\s+"
    r"(?:says|said|sagt|schreibt|schrieb|meint|dit|écrit|a\s+dit|dice|escribe|scrive|zegt|skriver|pisze|diz)"
    r"\s*(?::|\.\.\.|…)\s*$")
HEADER_CHARS = 80
HEADER_ENDS = (":", "...", "…")
STAMP_WITHIN = 2  # lines under a header where its stamp stands
SECOND_HEADER_WITHIN = 40  # lines from a header, stamped or not, to the next one in a thread
# the thread's heading over its first comment: `5 thoughts on “…”`, `12 Comments`, `3 Responses to …`, `Kommentare`
THREAD_HEADING = LazyPattern(
    r"(?i)^(?:(?:\d+|one|two|three|no)\s+(?:thoughts?|comments?|responses?|replies|reactions?|kommentare?|"
    r"antworten|gedanken|commentaires?|comentarios?|commenti|reacties)\b.{0,200}|"
    r"(?:comments?|kommentare?|commentaires?|comentarios?|commenti|reacties|discussion|leave\s+a\s+(?:reply|comment))"
    r"\s*(?:\(\d+\))?\s*:?)$")
HEADING_ABOVE = 4  # lines above the first header where the thread's heading stands
# an embedded post's signature: a dash, the writer's name, their handle in brackets, the day (Twitter's embed)
EMBED_SIGNATURE = LazyPattern(r"^[—–-]{1,2}\s*[^()@\s][^()@]{0,60}\(@\w{1,30}\)\s+\S.{0,40}$")


def _header(text: str) -> bool:
    if len(text) > HEADER_CHARS or not text.endswith(HEADER_ENDS):
        return False
    found = COMMENT_HEADER.match(text)
    if found is None:
        return False
    words = found["name"].split()
    # one user name (`degski`, `wmu`), or a person's name of up to five capitalised words (`Daniel Lemire`), not a
    # sentence's subject (`The minister says:`)
    return len(words) == 1 or len(words) <= 5 and all(word[:1].isupper() or word in NAME_PARTICLES for word in words)


NAME_PARTICLES = frozenset("de da di du van von der den la le del dos y".split())


def _stamped(lines: list[Line], index: int) -> bool:
    return any(is_stamp(line.text) or day_written(line.text) is not None
               for line in lines[index + 1: index + 1 + STAMP_WITHIN]
               if len(line.text) <= HEADER_CHARS and not is_prose(line.text))


def _counted_thread(lines: list[Line], index: int) -> bool:
    """`10 Kommentare` / `1. Beate` / `19. Juni 2019 / 6:16`: a thread's counted heading, its first numbered entry
    right under it, and that entry's stamp (a post's `12 comments` beside its byline has no numbered entry)."""
    text = lines[index].text
    if not text[:1].isdigit() or len(text) > HEADER_CHARS or not THREAD_HEADING.match(text):
        return False
    entry = index + 1
    if entry >= len(lines) or not _entry(lines, entry, "1"):
        return False
    return any(_entry(lines, at, "2") for at in range(entry + 1, min(len(lines), entry + SECOND_HEADER_WITHIN)))


def _entry(lines: list[Line], index: int, number: str) -> bool:
    """`1. Beate` over its stamp: a thread's numbered entry, its writer's name (up to three words) after the number."""
    text = lines[index].text
    if len(text) > HEADER_CHARS or not text.startswith(number) or (found := NUMBERED_ENTRY.match(text)) is None:
        return False
    return found["number"] == number and len(found["name"].split()) <= ENTRY_NAME_WORDS and _stamped(lines, index)


NUMBERED_ENTRY = LazyPattern(r"^(?P<number>\d{1,3})[.)]\s+(?P<name>[^.,;:!?]+)$")
ENTRY_NAME_WORDS = 3


def comments_start(lines: list[Line]) -> int | None:
    """The index of the first line of the page's comment thread, or None when it has none."""
    counted = None
    headers: list[int] = []  # (one pass, the cheap tests first: most lines neither open with a digit nor end so)
    for index, line in enumerate(lines):
        text = line.text
        if text[:1].isdigit() and _counted_thread(lines, index):
            counted = index
            break
        if text.endswith(HEADER_ENDS) and _header(text):
            headers.append(index)
    for number, index in enumerate(headers):
        stamped = _stamped(lines, index)
        again = number + 1 < len(headers) and headers[number + 1] - index <= SECOND_HEADER_WITHIN
        if stamped or again:
            heading = next((at for at in range(index - 1, max(-1, index - 1 - HEADING_ABOVE), -1)
                            if THREAD_HEADING.match(lines[at].text)), None)
            return index if heading is None else heading
    return counted


def before_comments(lines: list[Line]) -> list[Line]:
    """`lines` without the page's comment thread and embedded posts' signatures (the list itself when it has none)."""
    start = comments_start(lines)
    kept = lines if start is None else lines[:start]
    if any(EMBED_SIGNATURE.match(line.text) for line in kept if line.text[:1] in "—–-"):
        kept = [line for line in kept if line.text[:1] not in "—–-" or not EMBED_SIGNATURE.match(line.text)]
    return kept
