"""A page's date when its printed headline was not found: the one line on the page that is a date stamp alone.

With no headline there is no window to read the story's stamp in (`pagedate.date_near_headline`), and no
byline may carry one. A page still often prints its story's date on a line of its own near the top
(`March 9 2017 4:21 PM` under a standfirst, `Saturday 23 August 2014` under the headline, `21.05.2019` under
the author's name). That line is taken only when it is the page's one line written as a stamp alone: a list of
teasers, an archive or the comments write several (even of the same day: `Jul 3, 2019` under each of a front
page's recent posts); and only before the story's prose has run on (a comment's timestamp or a footer's date
under the story is not the story's). A person's name alone on the line over or under that stamp signs the
story (`Mark Lavin` / `June 8, 2015`: `name_by_lone_stamp`).
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import bare_name, clean_byline, is_stamp, listed_entry, name_line
from corpuslint.checks.metadata.dates import day_written_at
from corpuslint.checks.metadata.lines import Line, is_prose
from corpuslint.checks.metadata.listednames import listed_names, stamped_list
from corpuslint.checks.metadata.vocabulary import BYLINE_START, CALL_START, TEASERS_HEADING
from corpuslint.textutil import LazyPattern

# what a stamp's line holds besides its date (and time): punctuation at most, or the count of the post's notes or
# comments after it (a blog post's meta line: `Mon 2019-03-11 13:44:00 | 12 notes`)
STAMP_ONLY = LazyPattern(r"(?i)^\W*(?:\d+\s+(?:notes?|comments?|responses?|kommentare?|commentaires?)\W*)?$")
TIMED_ONLY = LazyPattern(r"(?i)^\W*\d{1,2}[:.]\d{2}\s*(?:uhr|h)?\W*$")
STAMP_CHARS = 40
PROSE_BEFORE = 3  # paragraphs of prose before the stamp: past them it dates a comment or a footer, not the story
# a comments section's mark (`1 Comment`, `12 Responses`, `Leave a comment`, `Reply`, `Kommentare`): a name and a
# stamp this many lines from it are a commenter's (review23 #9: a short post's one comment under it)
COMMENT_MARK = LazyPattern(r"(?i)^\W*(?:\d+\s+)?(?:comments?|responses?|replies|reply|kommentare?|antworten|commentaires?"
                           r"|comentarios?|coment[aá]rios?|leave a (?:comment|reply)|add a comment|post a comment)\W*$")
COMMENT_NEAR = 3


def lone_stamp_day(lines: list[Line], *, after: int = -1) -> str | None:
    """The day of the page's one line that is a date stamp alone, if it stands before the prose has run on (and
    after line `after`: under a headline found, not a page's clock over it, nor a teaser's under `You may also like`)."""
    found = lone_stamp(lines)
    if found is None or found[1] <= after:
        return None
    return None if after >= 0 and any(TEASERS_HEADING.match(line.text) for line in lines[after + 1: found[1]]) else found[0]


def lone_stamp(lines: list[Line]) -> tuple[str, int] | None:
    """The day and the index of the page's one line that is a date stamp alone, before the prose has run on."""
    found: tuple[str, int, int] | None = None  # day, index, paragraphs of prose before it
    stamps = prose = 0
    for index, line in enumerate(lines):
        text = line.text
        written = day_written_at(text) if len(text) <= STAMP_CHARS else None
        rest = text[:written[1]] + text[written[2]:] if written is not None else None
        if rest is not None and (STAMP_ONLY.match(rest) or prose <= PROSE_BEFORE and TIMED_ONLY.match(rest)):
            # `* 27. November 2016 15:00` over `* 10. Dezember 2016 17:00`: a date the foreign reader reads without
            # its time is a stamp too, another event's in a list of them (never taken alone: its time unread);
            # below the story's prose such a line is a comment's (`23.05.2019 - 09:05`), no list of the page's
            stamps += 1
            if stamps > 1:
                return None  # two stamps alone: a list's, an archive's or the comments'
            if STAMP_ONLY.match(rest):
                found = written[0], index, prose
        prose += is_prose(text)
    return found[:2] if found is not None and found[2] <= PROSE_BEFORE else None


def name_by_lone_stamp(lines: list[Line]) -> list[str]:
    """`Mark Lavin` / `June 8, 2015`: on a page whose headline was not found, a person's name alone on the line
    over or under its one stamp alone (`lone_stamp`) signs the story. Not a name among names (a team's, a
    cast's: another name on the line beyond it) nor a menu's item or a button (`Contact Us`, `About Julia`), nor
    a commenter's, a comments section's mark near the stamp (`1 Comment`, `Leave a comment`, `Reply`).
    (Only the page reader's: `page_found`, CL504's, returns nothing where no headline is found.)"""
    found = lone_stamp(lines)
    if found is None:
        return []
    at = found[1]
    if any(COMMENT_MARK.match(line.text) for line in lines[max(0, at - COMMENT_NEAR):at + COMMENT_NEAR + 1]):
        return []  # `1 Comment` / `Jane Roe` / `June 9, 2015`: a commenter's name and stamp
    for index, beyond in ((at - 1, at - 2), (at + 1, at + 2)):
        if not 0 <= index < len(lines):
            continue
        text = clean_byline(lines[index].text)
        by = BYLINE_START.match(text)  # `By Jane Roe` / `June 7, 2013` opening the text: the name without its label
        name = bare_name(text[by.end():] if by is not None else text)
        team = listed_names(text) if name is None and by is None else []  # `Julia Carrie Wong and Sam Levin`
        name = name or next(iter(team), None)
        if name is None or CALL_START.match(name) or listed_entry(lines, index):
            continue  # `Contact Us`, `About Julia`: a menu's item or a button
        if 0 <= beyond < len(lines) and bare_name(clean_byline(lines[beyond].text)) is not None:
            return []  # `Mark Frauenfelder` / `Cory Doctorow` / …: a list of names
        return team or [name]
    return []


META_LOOK = 200  # lines from the top where a headline-less page's meta line is looked for


def name_on_lone_meta_line(lines: list[Line]) -> list[str]:
    """`/ Cory Doctorow / 10:08 am Fri Jul 19, 2013`, `19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare`: on a page
    whose headline was not found (a whole-page text with no `<title>` line over it), the page's one line that is a
    person's name with its stamp signs the story, when it stands before the prose has run on. Two such lines (a
    list of posts, each signed and dated; the comments' names and stamps) sign none; nor a commenter's line near a
    comments section's mark."""
    found: tuple[list[str], int] | None = None
    prose = 0
    for index, line in enumerate(lines[:META_LOOK]):
        text = line.text
        if len(text) <= 100 and is_stamp(text):
            name, stamped = name_line(text)
            names = [name] if name is not None and stamped else stamped_list(text)  # (`June 3, 2024 | A and B`)
            if names and not CALL_START.match(names[0]) and not listed_entry(lines, index):
                if found is not None:
                    return []  # two signed stamps: a list's or the comments'
                if prose > PROSE_BEFORE:
                    return []  # under the story's prose: a comment's or a footer's
                found = names, index
        prose += is_prose(text)
    if found is None:
        return []
    at = found[1]
    if any(COMMENT_MARK.match(line.text) for line in lines[max(0, at - COMMENT_NEAR):at + COMMENT_NEAR + 1]):
        return []
    return found[0]
