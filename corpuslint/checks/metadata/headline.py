"""Where a page prints its article's headline when its `<title>` does not say: the headline is the
line a stamp stands under and the story's prose follows.

The page reader (`page.py`) first looks for the `<title>`'s headline printed again as a line of its
own. A page whose `<title>` is the site's name, a section's, or worded otherwise than the printed
headline (`ADAC Kindersitz-Test 2018 | ADAC` over `18 Kindersitze im Test: Vier Modelle fallen durch`)
gives no such line; there, a headline-shaped line with a date alone right under it and the story's
prose right after that is where the article begins:

    18 Kindersitze im Test: Vier Modelle fallen durch      <- headline-shaped
    23.10.2018                                             <- a stamp, alone on its line
    Prüfkandidaten in der ADAC Crashanlage ∙ © ADAC/...    <- (a caption, a standfirst)
    Im aktuellen Test wurden 18 verschiedene Kindersitze ...  <- prose

The stamp may be the byline with its date (`By Alissa Wilkinson @alissamarie Updated Jul 24, 2018, 2:15pm
EDT`, a longer line) or a name alone over the hour it posted at (`Sarah Archer` / `1:39 PM ET`), and a share
bar between it and the prose (`Share Tweet Share` / `Share <headline>` / `tweet share Reddit Pocket Flipboard
Email`, `google+`) and the picture's credit (`Illustration by Mike Nudelman`) are passed over as lines that
are neither.

Where the `<title>` words the story otherwise and no such line is found, `headline_over_signature` takes the
first line sharing three of the `<title>`'s content words with a byline or stamp under it (past a share bar
and a standfirst) and the story's prose under that; `reworded_below` the article's own longer headline,
signed, just under the `<title>`'s wording printed in a strip of headlines.

A page's text written with no `<title>` line over it (inscriptis, lynx) and no `By` in its byline
(`January 19, 2020 / 12:25 PM` / headline / `Jill Serjeant` / `4 Min Read`): `headline_over_name` takes the
headline-shaped line with the author's name alone under it (past a standfirst), the block dated right over the
headline or right under the name, the prose following.

A list of teasers has the same headline-and-stamp pairs, one after the other: a pair followed by
another pair before any prose is not taken, nor a heading with another entry's stamp just above it.
"""

from __future__ import annotations

from collections.abc import Sequence

from corpuslint.checks.metadata.bylineline import bare_name, byline_names, clean_byline, is_stamp, name_before_role, name_line
from corpuslint.checks.metadata.dates import day_written, day_written_at
from corpuslint.checks.metadata.listednames import listed_names
from corpuslint.checks.metadata.lines import CREDIT_LIKE, Line, code_line, could_be_title, is_prose
from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.checks.metadata.printedtitle import content_words
from corpuslint.checks.metadata.titleparts import SEPARATOR
from corpuslint.checks.metadata.vocabulary import (
    BYLINE_START, CALL_START, MAX_BYLINE_CHARS, SENTENCE_END, TEASERS_HEADING, UPDATE_LINE,
)
from corpuslint.textutil import LazyPattern, word_key

# `Written by` ending a line, the name alone on the next (qz)
WRITTEN_BY = LazyPattern(r"(?i)^(?:written|posted|published|words|story)\s+by\s*:?$")
SIGNED_WITHIN = 3  # lines under a headline where its byline or stamp stands
STAMP_CHARS = 60
PROSE_WITHIN = 3  # lines under the stamp where the story's prose begins
NEXT_ENTRY = 4  # lines after the first prose where another entry's headline and stamp would make a list
HEADING_CHARS = 100  # the longest line taken as a heading under a stamp
# a share bar's buttons, as a page's text keeps them: `Share Tweet Share`, `tweet share Reddit Pocket Flipboard Email`,
# `facebook / linkedin / twitter / google+ / print / email`
SHARE_BUTTONS = LazyPattern(r"(?i)^(?:(?:share|tweet|email|e-mail|mail|reddit|pocket|flipboard|facebook|twitter|"
                            r"linkedin|whatsapp|pinterest|print|copy\s+link|messenger|telegram|save|google\+)"
                            r"(?:\s+|$))+$")

# the picture's credit over the story (`Illustration by Mike Nudelman`): no heading
ARTIST_CREDIT = LazyPattern(r"(?i)^(?:photo(?:graph)?|image|picture|illustration|graphic|artwork)s?"
                            r"\s+(?:by|courtesy\s+of)\s+\S")


def among_dated_teasers(lines: list[Line], index: int) -> bool:
    """`School Day bei Marc Cain / 14/06/2019 / FALL IN LOVE WITH BLACK / 08/08/2017 / ...`: a line with
    a stamp on a short line under it and another stamp on a short line just above it is an entry of a
    list of dated posts (a sidebar's `Beliebte Beiträge`), not the article's headline."""
    def stamp(line: Line) -> str | None:
        short = len(line.text) <= STAMP_CHARS
        return line.text.strip() if short and (is_stamp(line.text) or day_written(line.text)) else None

    under = next((text for line in lines[index + 1: index + 1 + SIGNED_WITHIN] if (text := stamp(line))), None)
    above = next((text for line in lines[max(1, index - 2): index] if (text := stamp(line))), None)
    return under is not None and above is not None and under != above


def _dated_stamp(text: str) -> bool:
    return (len(text) <= STAMP_CHARS and not UPDATE_LINE.match(text) and not code_line(text)
            and day_written(text) is not None)


def _citation(text: str) -> bool:
    """`예병일의 경제노트 (2004-11-01)`: a name and the day in brackets closing the line, what a quotation's source
    is cited with under the quoted paragraph (qa20 r06), no byline's stamp."""
    text = text.rstrip()
    opening = text.rfind("(")
    return (text.endswith(")") and opening > 0 and BYLINE_START.match(text) is None
            and day_written(text[opening:]) is not None and day_written(text[:opening]) is None)


def _dated_byline(text: str) -> bool:
    """`By Alissa Wilkinson @alissamarie Updated Jul 24, 2018, 2:15pm EDT`: a byline with its stamp."""
    return len(text) <= MAX_BYLINE_CHARS and BYLINE_START.match(text) is not None and day_written(text) is not None


def _share_bar(lines: list[Line], at: int, headline: int) -> bool:
    """A share bar's line: its buttons alone, or `Share <headline>`."""
    text = " ".join(lines[at].text.split())
    if SHARE_BUTTONS.match(text):
        return True
    first, _, rest = text.partition(" ")
    return first.lower() == "share" and rest == " ".join(lines[headline].text.split())


def _past_share_bar(lines: list[Line], at: int, headline: int) -> int:
    """The first line from `at` on that is no share bar's."""
    while at < len(lines) and at - headline < 12 and _share_bar(lines, at, headline):
        at += 1
    return at


def _headline_shaped(text: str) -> bool:
    # a sentence's end inside the line (`Noch 10 Gratis-Artikel diesen Monat. RNZonline Angebote`, a wrapped
    # standfirst's `astonishingly quick comeback. What’s the secret to its recovery?`): no headline (qa19c)
    return (could_be_title(text) and not is_prose(text) and len(text.split()) >= 3 and not TWO_SENTENCES.search(text)
            and not _broken_off(text) and not code_line(text))


# a line that goes on into the next (`… once stripped of its flora and fauna by invasive species, makes an`, lynx's
# wrapping of a standfirst), or a contact's (`Kontakt: d.toelle[at]rechtambild.de –`): no headline (qa19c)
BROKEN_OFF = LazyPattern(r"(?i)(?:[,:–—-]|\s(?:a|an|the|and|or|of|its|their|der|die|das|und|le|la|les|et|des))$|@|\[at\]")


def _broken_off(text: str) -> bool:
    return BROKEN_OFF.search(text) is not None


def _stamped(lines: list[Line], index: int) -> int | None:
    """Where the dated stamp under a headline-shaped line stands: the next line, or the one after a
    line that is no headline itself (a caption, a standfirst; a kicker over the headline is not taken)."""
    if not _headline_shaped(lines[index].text):
        return None
    for at in range(index + 1, min(len(lines), index + 3)):
        if _dated_stamp(lines[at].text) or _dated_byline(lines[at].text):
            if at == index + 2 and is_prose(lines[index + 1].text) and _citation(lines[at].text):
                return None  # a quoted paragraph and its source's citation, under a heading
            return at
        if at == index + 1 and _name_over_time(lines, at):
            return at + 1
        if _headline_shaped(lines[at].text):
            return None
    return None


def _name_over_time(lines: list[Line], at: int) -> bool:
    """`Sarah Archer` / `1:39 PM ET`: a name alone and the hour it posted at, alone on the next line."""
    if at + 1 >= len(lines) or len(lines[at + 1].text) > STAMP_CHARS or not is_stamp(lines[at + 1].text):
        return False
    name, _ = name_line(lines[at].text)
    return name is not None and name == " ".join(lines[at].text.split())


def signed_under(lines: list[Line], index: int) -> bool:
    """`Oil from Spill Could Still Pose Major Threat` / `By Bryan Walsh Tuesday, Aug. 17, 2010`: the stamp
    under the headline is its author's byline with the day (or a name alone over its stamp), the article
    signing its own headline."""
    stamp = _stamped(lines, index)
    if stamp is None:
        return False
    return _dated_byline(lines[stamp].text) or stamp == index + 2 and _name_over_time(lines, index + 1)


def headline_over_stamp(lines: list[Line], *, look: int = 400) -> int | None:
    """The first headline-shaped line with a dated stamp alone under it and prose within a few lines
    of the stamp, not one of a list of such entries (another entry's headline and stamp follow its
    first lines of prose)."""
    for index in range(1, min(len(lines) - 2, look)):
        stamp = _stamped(lines, index)
        if stamp is None or among_dated_teasers(lines, index):
            continue
        after = _past_share_bar(lines, stamp + 1, index)
        if _heads_what_follows(lines, after - 1):
            continue
        prose = next((at for at in range(after, min(len(lines), after + PROSE_WITHIN))
                      if is_prose(lines[at].text)), None)
        if prose is None or _next_entry(lines, stamp + 1, prose + 1 + NEXT_ENTRY):
            continue  # no prose, or another entry's headline and stamp under it: a list of teasers
        return index
    return None



def _next_entry(lines: list[Line], start: int, end: int) -> bool:
    """Another headline and stamp (or a stamp) between `start` and `end`, before any `Read also` heading
    (what follows that is other stories by design)."""
    for at in range(start, min(len(lines), end)):
        if TEASERS_HEADING.match(lines[at].text):
            return False
        if _dated_stamp(lines[at].text) or _stamped(lines, at) is not None:
            return True
    return False


def _heads_what_follows(lines: list[Line], stamp: int) -> bool:
    """`Wir für Kurz / 30.07.2019 / Wasserstoff als Schlüsseltechnologie. / <prose>`, a blog's `[ Dienstag,
    8. Mai 2012 ] / Wahlsieg in Schleswig-Holstein / <prose>`: a stamp with a heading right under it
    (a short line, no prose, no caption's credit) dates what follows it, not the line above."""
    if stamp + 1 >= len(lines):
        return False
    text = lines[stamp + 1].text
    return (len(text) <= HEADING_CHARS and not is_prose(text) and not CREDIT_LIKE.search(text)
            and not ARTIST_CREDIT.match(text) and not _dated_stamp(text))


# a sentence's end inside the line (`Davis, Lauren. "No, A Spider Did Not …"`, `…,” Hunter continued. “There's …`):
# a citation or a quotation, no headline (`S.C.`, `U.S.` are no sentence's end)
TWO_SENTENCES = LazyPattern(r"\p{Ll}{2}[.!?][\"”’']?\s+\S")
BREADCRUMB = LazyPattern(r"\s[»›>|]\s")  # `Hauptseite » 2010 » Oktober » 26 » Briefe`
SIGNATURE_WITHIN = 4  # lines under a headline where its byline or stamp stands, past a share bar and a standfirst
STANDFIRSTS = 2  # sentences of standfirst between a headline and its byline
PROSE_AFTER_SIGNATURE = 12  # lines under the byline or stamp where the story's prose begins
HEADLINE_CHARS = 200
SHARED_WORDS = 3  # content words a printed headline shares with the `<title>`'s wording of its story


def _signature(line: Line) -> bool:
    """A byline or a stamp alone: `By Emily Kirkpatrick • @kirkpate`, `by Steve Gillman`, `Written by`,
    `December 15, 2016 3:33 PM ET`, `2016-12-22T15:36:00.000Z`, `4 hours ago`."""
    text = line.text
    if len(text) > MAX_BYLINE_CHARS:
        return False
    if byline_names(line) or WRITTEN_BY.match(text):
        return True
    name, stamped = name_line(text)
    return name is not None and BYLINE_START.match(text) is not None or len(text) <= STAMP_CHARS and stamped


STANDFIRST_CHARS = 40  # the shortest line taken as a standfirst between a headline and its author's name
PROSE_BEFORE = 3  # paragraphs of prose above a headline found by the name under it (a cookie notice's, a standfirst's)
NAMED_STAMP_CHARS = 80  # the longest stamp under a name (`Mon 20 Jan 2020 06.05 GMT Last modified on Mon 20 Jan …`)


def headline_over_name(lines: list[Line], *, look: int = 400) -> int | None:
    """A page printing no `By` and no `<title>` line: `January 19, 2020 / 12:25 PM` / `'Parasite' scores historic
    upset at SAG awards, boosting Oscar chances` / `Jill Serjeant` / `4 Min Read` / <prose>, `Thousands of UK academics
    'treated as second-class citizens'` / <standfirst> / `Richard Adams Education editor` / `Mon 20 Jan 2020 06.05 GMT`:
    the first headline-shaped line with its author's name alone under it (past a standfirst of a line, or of two a
    converter wrapped), the block dated by a stamp alone right over the headline or right under the name, and the
    story's prose within `PROSE_AFTER_SIGNATURE` lines of the name. Left alone: a name among names (a team's, a
    list of authors), a menu's item or a button (`Contact Us`), an entry of a list of dated teasers (another stamp
    after the prose's first lines), a line a converter wrapped out of a paragraph."""
    prose_above = 0  # paragraphs of prose above the line (a converter's wrapped lines of one counted once)
    in_prose = False
    listed_to = 0  # the last line of a list of signed and dated teasers found so far
    for index in range(1, min(len(lines) - 2, look)):
        text = lines[index].text
        in_prose = in_prose or is_prose(lines[index - 1].text)
        if lines[index - 1].blank_after:
            prose_above, in_prose = prose_above + in_prose, False
        if prose_above > PROSE_BEFORE:
            return None  # the story has begun: a line under it with a name under that is a tag's, a comment's
        if (not _headline_shaped(text) or not_a_title(text) is not None or _wrapped_on(lines, index)
                or text[:1].islower() or day_written(text) is not None or MEDIA_CAPTION.search(text)
                or _under_standfirst(lines, index)):
            continue  # (`and last updated 2013-12-30 16:42:01-05`: a stamp's second line, no headline)
        name = _named_under(lines, index)
        if name is None or word_key(lines[name].text) == word_key(lines[index - 1].text):
            continue  # (`Premier League` / <headline> / <standfirst> / `Premier League`: the next teaser's label)
        under = lines[name + 1].text if name + 1 < len(lines) else ""
        dated_under = len(under) <= NAMED_STAMP_CHARS and _opens_with_day(under)
        if not (dated_under or _dated_over(lines, index)):
            continue  # (`Founded February 28, 1998` / `Founder Netscape …` / `Products …`: an infobox's rows)
        if dated_under and among_dated_teasers(lines, index):
            continue  # (over the headline a stamp, under the name a reading time: `4 Min Read` dates no other entry)
        after = name + 1 + dated_under
        prose = _prose_after(lines, after, name + 1 + PROSE_AFTER_SIGNATURE - after)
        if prose is None:
            continue
        if index > listed_to and not _next_entry(lines, after, prose + 1 + NEXT_ENTRY):
            return index
        listed_to = prose + 1 + NEXT_ENTRY  # an entry of a list of signed teasers: the next one is the list's too
    return None


def _under_standfirst(lines: list[Line], index: int) -> bool:
    """The line at `index` stands under a headline-shaped line's standfirst (a sentence of prose, a converter's wrap of
    it counted once): a caption under the story's head, no headline."""
    top = index - 1
    while top > 1 and _wrapped_on(lines, top) and index - top < WRAPPED_LINES:
        top -= 1
    return top >= 1 and len(lines[top].text) >= STANDFIRST_CHARS and _standfirst(lines, top) and _headline_shaped(
        lines[top - 1].text)


def _prose_after(lines: list[Line], start: int, reach: int) -> int | None:
    """The first line of the story's prose within `reach` lines from `start`, a list's short bulleted items not counted
    (the share row as inscriptis prints it: `* Share on Facebook` … `* View more sharing options` / `*` / `* Close`)."""
    at, counted = start, 0
    while at < len(lines) and counted < reach:
        line = lines[at]
        if is_prose(line.text) and not _signature(line):
            return at
        counted += not (len(line.text) <= LIST_ITEM_CHARS and BULLETED.match(line.text))
        at += 1
    return None


BULLETED = LazyPattern(r"^[*•+](?:\s|$)")
LIST_ITEM_CHARS = 40


KICKER_WORDS = 3  # the longest section label (a kicker) between a stamp and the headline under it


def _dated_over(lines: list[Line], index: int) -> bool:
    """A stamp alone right over the headline, or over the section's label over it (`March 29, 2019` / `* Community` /
    `Leader spotlight: Erin Spiceland` / `Jessica Rudder`, github.blog with no `<title>` line)."""
    above = [index - 1] + ([index - 2] if index >= 2 and len(lines[index - 1].text.split()) <= KICKER_WORDS
                           and day_written(lines[index - 1].text) is None else [])
    return any(_dated_stamp(lines[at].text) and _opens_with_day(lines[at].text) for at in above)


def _named_under(lines: list[Line], index: int) -> int | None:
    """The line under the headline at `index` that is a person's name alone (with a job title at most), past a
    standfirst: one line of `STANDFIRST_CHARS` or more, or two a converter wrapped (no blank line between), and a
    video's or a gallery's caption under it."""
    at, caption = index + 1, False
    while at < len(lines) and at - index <= 4:
        text = lines[at].text
        name = None if BYLINE_START.match(text) else bare_name(clean_byline(text)) or name_before_role(text) or next(
            iter(listed_names(text)), None)  # `Julia Carrie Wong and Sam Levin`: the writers listed without a `By`
        if name is not None:  # (a `By` line is a byline's finders', `headline_above_byline`)
            beyond = lines[at + 1].text if at + 1 < len(lines) else ""
            if CALL_START.match(name) or bare_name(clean_byline(beyond)) is not None:
                return None  # `Contact Us`; `Mark Frauenfelder` / `Cory Doctorow`: a list of names
            return at
        if not caption and at >= index + 2 and MEDIA_CAPTION.search(text) is not None:
            caption, at = True, at + 1  # (under the standfirst, over the names)
            continue
        wrapped = at == index + 2 and not lines[at - 1].blank_after and len(lines[at - 1].text) >= WRAP_WIDTH
        if (day_written(text) is not None or _signature(lines[at]) or _share_bar(lines, at, index)
                or at == index + 1 and (len(text) < STANDFIRST_CHARS or not _standfirst(lines, at))
                or at >= index + 2 and not wrapped):
            return None  # a stamp or a byline of another shape, a kicker or a button, a second paragraph
        at += 1
    return None


# the caption of the story's video or gallery under its standfirst, titled and then named by its kind (`Police blast
# protesters with water cannon – video`): passed over between the standfirst and the writers' names
MEDIA_CAPTION = LazyPattern(r"\s[–—-]\s(?i:video|videos|photos?|pictures|gallery|in\s+pictures|audio|podcast)$")


def _standfirst(lines: list[Line], at: int) -> bool:
    """A sentence of prose under the headline (with the line a converter wrapped it onto): no second headline (`Tech
    More: Google Larry Page Longform` / `The Untold Story Of Larry Page's Incredible Comeback` / `Nicholas Carlson`)."""
    text = lines[at].text
    if not lines[at].blank_after and at + 1 < len(lines):
        text += " " + lines[at + 1].text
    return is_prose(text)


STAMP_LEAD = " *•·|[(-–—"  # what may stand before the day that opens a stamp's line


def _opens_with_day(text: str) -> bool:
    """A stamp's line: the day (with its weekday) opens it (`Mon 20 Jan 2020 06.05 GMT …`), no label before it."""
    written = day_written_at(text)
    return written is not None and not text[:written[1]].strip(STAMP_LEAD)


def headline_over_signature(lines: list[Line], title: str, candidates: Sequence[int]) -> int | None:
    """Where the `<title>` words the story otherwise and the page prints its headline in a longer or an
    exclaimed form (`Jennifer Aniston on Leaving the Tags on Her Céline Coat: 'I Wore It Four Times and
    Didn't Notice!'` for `Jennifer Aniston on Leaving the Tags on Her Coat`), or over a share bar
    (`Jury Finds Dylann Roof Guilty In S.C. Church Shooting` / `Facebook` / … / `December 15, 2016 3:33 PM ET`):
    the first of the `candidates` (the lines, in order, that share three content words with the `<title>`:
    the page reader gathers them as it reads each line's words) that shares a third of its own content words,
    is no sentence ending in a full stop, has the story's byline or stamp under it (past a share bar and a
    standfirst of a sentence or two) and the story's prose under that. Not an entry of a list of dated teasers."""
    if not candidates:
        return None
    wanted = content_words(title)
    head: set[str] | None = None
    for index in candidates:
        text = lines[index].text
        if len(text) > HEADLINE_CHARS or text.endswith(".") or index + 2 >= len(lines):
            continue
        mine = content_words(text)
        shared = len(mine & wanted)
        if (shared < SHARED_WORDS or 3 * shared < len(mine) or not could_be_title(text)
                or TWO_SENTENCES.search(text) or BREADCRUMB.search(text)):
            continue
        if head is None:  # the `<title>`'s headline, before the site's name
            head = content_words(SEPARATOR.split(title, maxsplit=1)[0])
        # a picture between the headline and its byline only when the `<title>` is the printed headline cut short
        signature = _signature_under(lines, index, captions=head <= mine)
        if signature is None or among_dated_teasers(lines, index):
            continue
        prose = next((at for at in range(signature + 1, min(len(lines), signature + 1 + PROSE_AFTER_SIGNATURE))
                      if is_prose(lines[at].text) and not _signature(lines[at])), None)
        if prose is not None and not any(_signature(line) for line in lines[prose + 1: prose + 1 + SIGNED_WITHIN]):
            return index  # (a teaser's standfirst has the next teaser's byline under it)
    return None


def _signature_under(lines: list[Line], index: int, *, captions: bool) -> int | None:
    """The byline or stamp under the headline at `index`: past a share bar's lines and up to two lines of
    standfirst (or a picture's caption, when `captions`), within `SIGNATURE_WITHIN` lines of it."""
    standfirsts = 0
    at = index + 1
    while at < len(lines) and at - index <= SIGNATURE_WITHIN + STANDFIRSTS:
        if _signature(lines[at]):
            return at
        if _share_bar(lines, at, index):
            at += 1
            continue
        text = lines[at].text
        if is_prose(text) and standfirsts < STANDFIRSTS and (captions or not CREDIT_LIKE.search(text)):
            standfirsts += 1
            at += 1
            continue
        return None
    return None


REWORDED_WITHIN = 3  # lines under a repeated `<title>` where the article's own headline may stand


def reworded_below(lines: list[Line], index: int) -> int | None:
    """`Lady Gaga Shares Pic of Ex Taylor Kinney With Her Mom` (the `<title>`'s wording, in a strip of headlines)
    / `Love Lives` / `Lady Gaga Shares Photo of Ex Taylor Kinney Hanging With Her Mom and Now We're Confused` /
    `December 7, 2016 @ 3:53 PM` / `By Megan French`: when nothing signs the line that repeats the `<title>`,
    a longer line just under it with three quarters of its content words and the byline or stamp right
    under it is the article's headline."""
    if index + 1 >= len(lines) or _signature(lines[index + 1]):
        return None
    wanted = content_words(lines[index].text)
    if len(wanted) < SHARED_WORDS:
        return None
    for at in range(index + 1, min(len(lines) - 1, index + 1 + REWORDED_WITHIN)):
        text = lines[at].text
        if _signature(lines[at]):
            return None  # the stamp of what stands above
        if len(text) <= len(lines[index].text) or len(text) > HEADLINE_CHARS or text.endswith("."):
            continue
        if 4 * len(wanted & content_words(text)) >= 3 * len(wanted) and _signature(lines[at + 1]):
            return at
    return None


def headline_above_byline(lines: list[Line], *, look: int = 200) -> int | None:
    """When the <title> is only the site's name: the headline is the line that stands just above the
    first byline (`The Hidden Heroines of Chaos` / `By Joshua Sokol`), a line shaped like a title; of two such
    lines (a headline and its standfirst: `iOS 13 will fix the FaceTime eye contact problem` / `New, 74 comments`
    / `Fake eye contact for improved intimacy` / `By Jon Porter`), the one the share bar under the byline names
    (`Share All sharing options for: iOS 13 will fix the FaceTime eye contact problem`), else the nearest. A video's
    caption (`Police blast protesters with water cannon – video`) is none of them."""
    for index in range(1, min(len(lines), look)):
        if not byline_names(lines[index]) or _numbered_teaser(lines, index):
            continue
        shaped = [above for above in _lines_above(lines, index)
                  if could_be_title(text := lines[above].text) and len(text.split()) >= 3
                  and not text.endswith(SENTENCE_END[:2]) and not_a_title(text) is None  # (a question is a headline)
                  and not TWO_SENTENCES.search(text) and not _broken_off(text) and not _wrapped_on(lines, above)
                  and not MEDIA_CAPTION.search(text) and not _wraps_on(lines, above)]
        # (a video's caption over the byline; a standfirst's sentence a converter wrapped onto a second line)
        if len(shaped) > 1:
            shared = [" ".join(line.text.split()) for line in lines[index + 1: index + 1 + SHARE_BAR_WITHIN]
                      if line.text[:5].lower() == "share"]
            named = [above for above in shaped if any(
                text.endswith(" " + " ".join(lines[above].text.split())) for text in shared)]
            return named[0] if named else shaped[0]
        return shaped[0] if shaped else None
    return None


WRAP_WIDTH = 60  # a line a converter wrapped fills its width (lynx's ~78 columns)
LIST_NUMBER = LazyPattern(r"^\d{1,2}\.(?:\s|$)")  # a numbered list's entry: `2. David Bowie, …`, lynx's `2.` alone
BARE_NUMBER = LazyPattern(r"^\d{1,2}\.$")


def _numbered_teaser(lines: list[Line], index: int) -> bool:
    """The byline at `index` signs an entry of a numbered list of stories (`1. Morning Cartoon: …` / `by David
    Sipress` / `2. David Bowie, …`, a most-read box over the page's article; lynx prints `1.` on a line of its own):
    the entry's number within two lines above it, another entry's within a few lines of that. Not the page's
    headline."""
    if index >= 1 and LIST_NUMBER.match(lines[index - 1].text):
        own = index - 1  # `1. Morning Cartoon: …` over the byline
    elif index >= 2 and BARE_NUMBER.match(lines[index - 2].text):
        own = index - 2  # lynx's `1.` over the story's headline (not a breadcrumb's `2. Blog` over the page's)
    else:
        return False
    near = [*range(max(1, own - NUMBERED_NEAR), own), *range(index + 1, min(len(lines), index + 1 + NUMBERED_NEAR))]
    return any(LIST_NUMBER.match(lines[at].text) for at in near)


NUMBERED_NEAR = 4  # lines from one numbered entry to the next (its number, headline, byline)


def _wrapped_on(lines: list[Line], index: int) -> bool:
    """The line continues a paragraph a converter wrapped: the line above it, as wide as a wrap, runs on into it with
    no blank line between (lynx: `… des voix « alternatives, dissonantes,` / `minoritaires et engagées », confirme
    …` over `Par Jacques Munier`); a headline stands apart from the prose above it."""
    return index > 1 and not lines[index - 1].blank_after and len(lines[index - 1].text) >= WRAP_WIDTH


def _wraps_on(lines: list[Line], index: int) -> bool:
    """The line runs on into the next, as a converter wraps a paragraph: as wide as a wrap, no blank line between, the
    next line going on in lower case (`… as promises from state that` / `there are no plans …`)."""
    return (not lines[index].blank_after and len(lines[index].text) >= WRAP_WIDTH and index + 1 < len(lines)
            and lines[index + 1].text[:1].islower())


def _lines_above(lines: list[Line], index: int) -> list[int]:
    """The three lines above a byline, nearest first, passing over its stamp, a comment count (`5. Dez 2018` /
    `1 Kommentar` / a caption / `geschrieben von Meike Neitz`: basicthinking, qa19c r12) and the lines a converter
    wrapped a paragraph onto."""
    out: list[int] = []
    above = index - 1
    while above > 0 and len(out) < 3 and index - above <= 5:
        text = lines[above].text
        if not (len(text) <= STAMP_CHARS and (day_written(text) is not None or COMMENT_COUNT_LINE.match(text))
                or _wrapped_on(lines, above)):  # (a standfirst a converter wrapped onto two lines: one paragraph)
            out.append(above)
        above -= 1
    return out


COMMENT_COUNT_LINE = LazyPattern(r"(?i)^(?:\d+|no|one|ein|kein)\s+(?:comments?|kommentare?|responses?|replies|antworten|"
                                 r"commentaires?|comentarios?|commenti)$")
SHARE_BAR_WITHIN = 6  # lines under a byline where a share bar naming the headline stands (past its buttons)


WRAPPED_LINES = 3  # the most lines a converter wraps a headline onto (lynx at 100 columns, inscriptis at 80)


STANDFIRST_WORDS = 10  # the fewest words of a standfirst's sentence
HEADLINE_ABOVE = 3  # lines above a standfirst where its headline stands (a byline or a stamp between them passed over)


def headline_over_standfirst(lines: list[Line], index: int) -> int | None:
    """`Jane Roe retires from NFL` / `Dallas Cowboys DL Jane Roe, who has been accused of …, has retired from the
    NFL.`: where the line repeating the `<title>` is a sentence closed by a full stop (the page's description,
    printed as the standfirst), a shorter headline-shaped line just above it (a byline or a stamp between them),
    most of its content words the sentence's, is the article's headline. A headline is seldom closed by a full
    stop; a sentence under a headline of other words (a section's name, a kicker) keeps its place."""
    text = lines[index].text.rstrip()
    if not text.endswith(".") or text.endswith("..") or len(text.split()) < STANDFIRST_WORDS:
        return None
    wanted = content_words(text)
    for at in range(index - 1, max(-1, index - 1 - HEADLINE_ABOVE), -1):
        if _signature(lines[at]):
            continue
        above = lines[at].text.strip()
        shared = content_words(above) & wanted
        if (could_be_title(above) and not above.endswith(".") and len(above) < len(text) and len(shared) >= 2
                and 2 * len(shared) >= len(content_words(above))):
            return at
        return None
    return None
