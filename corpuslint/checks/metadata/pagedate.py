"""Which date on a page is the story's: the one beside its headline, else the one its byline carries,
else the one line that labels its date as the publication's.

A page writes many dates: the story's, its update's, the teasers' under "You may also like", a
photo caption's, a quoted post's signature. The page reader (`page.py`) finds where the headline
and the byline stand; these functions pick the day from the lines around them.
"""

from __future__ import annotations

from corpuslint.checks.metadata.dates import day_written, day_written_at
from corpuslint.checks.metadata.lines import LIST_BULLET, Line, code_line, is_prose
from corpuslint.checks.metadata.vocabulary import DATE_PREPOSITIONS, PUBLISHING_VERBS, UPDATE_LINE
from corpuslint.textutil import LazyPattern

LEAD_PUNCTUATION = LazyPattern(r"^[/\\|•·*>»–—-]+\s*")
HANDLE_IN_PARENS = LazyPattern(r"\(@\w+\)")
UPDATED = LazyPattern(r"(?i)\b(?:updated|modified|edited|revised)\b")
# `Updated by`, the byline of a Vox Media site (`Updated by Aja Romano @ajaromano Dec 10, 2016, 10:20am EST`):
# a byline's opening, not an update's stamp (bylineline cuts the `Updated ` off)
UPDATED_BY = LazyPattern(r"^(?i:updated)\s+(?=(?i:by)\s+\p{Lu})")
UPDATED_BY_LEN = len("updated")
LIST_GAP = 3  # lines between two dated teasers
MAX_PROSE_BEFORE_DATE = 3
OPENING_CHARS = 40
# a weather widget's reading beside the day (`Friday, Mar 08 2019 12PM 20°C 3PM 19°C 5-Day Forecast`): a temperature
# dates the forecast, not a story
TEMPERATURE = LazyPattern(r"\d\s*°(?:\s*[CF])?(?!\w)")


def date_near_headline(window: list[tuple[int, Line]], headline: int | None) -> str | None:
    """The first date written on a short line near the headline, before the article's prose has
    run on for long: not an update stamp (`Last Updated: ...`), not a quoted post's signature
    (`— Name (@handle) October 31, 2021`), not one of a list of dated teasers (a date with another
    day a few lines away)."""
    prose = 0
    dated: list[tuple[int, str, bool]] = []  # line, day, in prose
    labelled: tuple[int, str] | None = None  # the first line under the headline labelled as the publication's stamp
    loose: set[int] = set()  # lines above the headline or on a list's bullet: a clock's, a widget's, a teaser's days
    for at, (index, line) in enumerate(window):
        text = line.text
        if headline is not None and index > headline and is_prose(text):
            prose += 1
            if prose > MAX_PROSE_BEFORE_DATE:
                break
        if len(text) > 160 and headline is not None and index > headline and prose == 1:
            # the story's first paragraph opening with its date: `(18.01.2018) Deutschlands Landwirte zittern ...`
            if (day := opening_day(text)) is not None:
                dated.append((index, day, True))
            continue
        if (len(text) > 160 or UPDATE_LINE.match(LEAD_PUNCTUATION.sub("", text)) or HANDLE_IN_PARENS.search(text)
                or code_line(text) or TEMPERATURE.search(text)):
            continue  # (`[% IF '2005-03-01' < '2005-04-01' %]`: a code sample's date; a weather widget's)
        written = day_written_at(text)
        if written is None:
            continue
        day, start, end = written
        if UPDATED.search(text, 0, start):
            continue  # `By A @a Updated Jul 24, 2018, 2:15pm EDT`: the update's day, after its word
        if headline is not None and index < headline and len(text) > 60 and not _at_an_edge(text, start, end):
            continue  # `15h40 Projection débat Les balles du 14 juillet 1953 - massacre ...`: a teaser's words above
        if _told_in_a_sentence(text, start):
            continue  # `The Social Security Act was signed into law on August 14, 1935`: a highlight's fact
        if not _at_an_edge(text, start, end) and _wrapped_paragraph(window, at):
            continue  # lynx: `… Einige fairkom` / `Mitglieder aus Dornbirn fahren voraussichtlich am 23.-26.8.2017 hin …`
        dated.append((index, day, is_prose(text)))
        if headline is not None and index > headline and published_stamp(text):
            labelled = labelled or (index, day)
        elif headline is not None and (index < headline or LIST_BULLET.match(text)):
            loose.add(index)
    # a list of teasers dates each on a short line, a heading between two; a caption's or a sentence's date
    # is no teaser's, nor one on the very next line (`jeudi 13 juin 2019 / Communiqué de presse ... - 12 juin 2019`)
    stamps = [(at, day) for at, day, prose in dated if not prose]
    for index, day, _ in dated:
        if labelled is not None and (index in loose or index == labelled[0]):
            # `Published: July 19, 2019` under the headline: the story's stamp says so, over a date above the headline
            # (a page's clock, a sidebar's teaser) or on a list's bullet (a related link), and a teaser's day beside
            # it does not make it one of a list's
            return labelled[1]
        if not any(other != day and 2 <= abs(at - index) <= LIST_GAP for at, other in stamps):
            return day
    return None


def published_stamp(text: str) -> bool:
    """`Published: July 19, 2019`, `PUBLISHED: 09:29 GMT, 6 March 2019 | UPDATED: …`, `First Posted: Mar 19, 2019`: a
    short line that labels the date it opens with as the publication's."""
    bare = LEAD_PUNCTUATION.sub("", text)
    label = PUBLISHED_LABEL.match(bare) if len(bare) <= LABELLED_CHARS else None
    if label is None or label.end() == 0:
        return False
    written = day_written_at(bare)
    return written is not None and written[1] <= label.end() + TIME_BEFORE_DAY


def opening_day(text: str) -> str | None:
    """The day a paragraph opens with (`(18.01.2018) Deutschlands Landwirte ...`), if it does."""
    opening = day_written_at(text[:OPENING_CHARS])
    return opening[0] if opening is not None and opening[1] <= 1 else None


def writes_day(text: str, day: str) -> bool:
    """`text` is a line the reader took `day` from: a short line writing it, or a paragraph opening with it."""
    return day_written(text) == day if len(text) <= 160 else opening_day(text) == day


EDGE_WORDS = 3


STATEMENT_WORDS = 6  # words before a date that a sentence tells (a stamp's label is one to four)
SENTENCE_BEFORE_DATE = LazyPattern(rf"^\p{{Lu}}[^|•·]*\s(?:{DATE_PREPOSITIONS}|in|since|until)\s+$")
PUBLISHING_WORD = LazyPattern(rf"(?i)\b(?:{PUBLISHING_VERBS}|updated|by|von|par|por)\b")


def _told_in_a_sentence(text: str, start: int) -> bool:
    """A date a sentence tells, after a clause and its preposition (`The Social Security Act was signed
    into law on August 14, 1935`, a story's highlight), not a stamp's (`Published on August 14, 2010`,
    `This article first appeared ... on`: a publishing word or a byline's before it)."""
    before = text[:start]
    return (len(before.split()) >= STATEMENT_WORDS and SENTENCE_BEFORE_DATE.search(before) is not None
            and PUBLISHING_WORD.search(before) is None)


WRAP_WIDTH = 60  # a line a converter wrapped fills its width (lynx's ~78 columns)
WRAPPED_LINES = 8


def _wrapped_paragraph(window: list[tuple[int, Line]], at: int) -> bool:
    """The line at `at` continues a paragraph a converter wrapped (the line above it as wide as a wrap, no blank line
    between) and the paragraph is prose: a date inside it is the prose's, whatever the line's length."""
    first = at
    while first > 0 and at - first < WRAPPED_LINES and not window[first - 1][1].blank_after \
            and len(window[first - 1][1].text) >= WRAP_WIDTH:
        first -= 1
    if first == at:
        return False
    last = at
    while last + 1 < len(window) and last - first < WRAPPED_LINES and not window[last][1].blank_after \
            and len(window[last][1].text) >= WRAP_WIDTH:
        last += 1
    return is_prose(" ".join(line.text for _, line in window[first: last + 1]))


def _at_an_edge(text: str, start: int, end: int) -> bool:
    """A stamp's date opens or closes its line (`08/08/2017 durch Stephan Markus Keine Kommentare ...`,
    `Posted on ... March 3, 2019`); a date with words on both sides is inside a sentence or a title."""
    return len(text[:start].split()) <= EDGE_WORDS or len(text[end:].split()) <= EDGE_WORDS


def byline_stamp(lines: list[Line], name: str) -> str | None:
    """`By Alejandro de la Garza / November 2, 2023 3:53 PM EDT`, `By Amanda Tan November 19, 2023
    7:18 pm`: when no date stands near the headline (none found, or a <title> worded otherwise than
    the page's h1), the day the byline itself carries, on its line or on the short line under it."""
    for index in range(1, len(lines)):
        text = lines[index].text
        if len(text) > 160 or name not in text:
            continue
        if UPDATED.search(text, UPDATED_BY_LEN if UPDATED_BY.match(text) else 0):
            return None  # `By Alissa Wilkinson Updated Jul 24, 2018`: the day of an update, not of the story
        # (`Updated by Aja Romano @ajaromano Dec 10, 2016`: a Vox Media site's byline, its only stamp, read)
        if day := day_written(text):
            return day
        # the short line under it, else the one above it (`23.01.2019 / By Urs Gehriger and Florian Schwab`)
        for near in (index + 1, index - 1):
            text = lines[near].text if 0 < near < len(lines) else ""
            if len(text) <= 60 and not is_prose(text) and not UPDATE_LINE.match(LEAD_PUNCTUATION.sub("", text)):
                if day := day_written(text):
                    return day
        return _post_footer_day(lines, index + 1, name)
    return None


# a blog's footer under the post: `This entry was posted on Monday, December 14th, 2015 at 2:48 pm by Heiner and is
# filed under ...`, `Dieser Artikel wurde am 14. Dezember 2015 um 14:48 von Heiner geschrieben und ...`
POST_FOOTER = LazyPattern(r"(?i)^(?:this|dieser|cet|ce)\s+(?:entry|post|article|artikel|beitrag|billet)\s+(?:was|wurde|a\s+été)\b")
FOOTER_CHARS = 300


def _post_footer_day(lines: list[Line], start: int, name: str) -> str | None:
    """The day of the post's footer sentence that names the byline's author, after the byline."""
    for index in range(start, len(lines)):
        text = lines[index].text
        if len(text) <= FOOTER_CHARS and POST_FOOTER.match(text) and name in text and not UPDATED.search(text):
            return day_written(text)
    return None


# a line that labels its date as the publication's: `(futurezone) Erstellt am 09.08.2013, 06:00`, `Published on
# March 3, 2019`, `Publié le 29 juin 2019`
PUBLISHED_LABEL = LazyPattern(rf"(?i)^(?:\([^()]{{1,30}}\)\s*)?(?:first\s+)?(?:{PUBLISHING_VERBS}|erstellt)"
                              rf"(?:\s+(?:{DATE_PREPOSITIONS}))?\s*:?\s*")
LABELLED_CHARS = 80
TIME_BEFORE_DAY = 12  # `PUBLISHED: 09:29 GMT, 6 March 2019`: the hour between the label and the day


def labelled_day(lines: list[Line], start: int) -> str | None:
    """When no date stands near the headline or the byline: the day of the one line after `start` that
    labels its date as the publication's, wherever the page puts it (under the story, above its
    comments), or of the line under a label standing alone anywhere on the page (archive-of-our-own's stats over the
    work: `Published:` / `2017-08-15` / `Completed:` / `2017-12-26`, a definition list's text). Several such lines are a list's or the comments'
    (`Posted on ...` each): none taken."""
    days = []
    for index in range(1, len(lines)):
        text = lines[index].text
        label = PUBLISHED_LABEL.match(text) if len(text) <= LABELLED_CHARS else None
        if label is None:
            continue
        written = day_written_at(text) if index >= start else None
        if written is None and label.end() == len(text) and index + 1 < len(lines):
            # a work's stats, above or under its headline: `Published:` / `2017-08-15`
            written = _day_alone(lines[index + 1].text)
        if written is None or written[1] > label.end():
            continue
        days.append(written[0])
        if len(days) > 1:
            return None
    return days[0] if days else None


def _day_alone(text: str) -> tuple[str, int, int] | None:
    """The day a line holds alone (`2017-08-15`, `March 3, 2019`), with its place at the line's start (0, 0): the
    value under its label."""
    written = day_written_at(text) if len(text) <= STAMP_ALONE_CHARS else None
    return (written[0], 0, 0) if written is not None and written[1] == 0 and written[2] == len(text) else None


STAMP_ALONE_CHARS = 40


ABOVE_LOOK = 15  # lines over the headline, under the site's menus, where a page may print the story's stamp
ABOVE_CHARS = 80
STAMP_WORD = LazyPattern(rf"(?i)\b(?:{PUBLISHING_VERBS}|updated)\b")


def stamp_above(lines: list[Line], headline: int) -> str | None:
    """`14 March 2019 Last updated at 11:25 GMT` between a page's menus and its headline, beyond the window: the one
    dated line over the headline (no prose between), opening with its day and saying it is a stamp (a publishing or an
    update's word after the day). A page's clock (`Thursday, 14 March 2019`) or a weather widget says no such word; two
    dated lines there are a list's."""
    found = None
    for index in range(headline - 1, max(0, headline - ABOVE_LOOK), -1):
        text = lines[index].text
        if is_prose(text):
            break
        written = day_written_at(text) if len(text) <= ABOVE_CHARS else None
        if written is None:
            continue
        if found is not None:
            return None
        day, start, end = written
        stamp = STAMP_WORD.search(text, end)
        found = day if len(text[:start].split()) <= 1 and stamp and not TEMPERATURE.search(text) else ""
    return found or None
