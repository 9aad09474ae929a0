"""A whole page's title, byline and publication date, read from its text (menus and all).

A scraper that keeps a page's whole text (a Common Crawl WET record, `html_text`) keeps the
page's `<title>` as its first line and the article's headline again further down, just above the
byline and the date. That repetition is what finds the headline among a page's menus, whatever
the site:

    Obama admits US gun laws are his 'biggest frustration' - BBC News     <- <title>: headline + site
    Accessibility links                                                    <- menus ...
    Obama admits US gun laws are his 'biggest frustration'                 <- the headline again (h1)
    By Jon Sopel                                                           <- byline, date: next to it
    24 July 2015

`page_metadata` takes the title from the first line, cut down to the part the page repeats as a
line of its own (else the first line without a short trailing site name), and looks for the
byline and the date in the few lines around that repeated headline, where pages put them.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from corpuslint.checks.metadata.authorbox import bio_after_story
from corpuslint.checks.metadata.comments import before_comments
from corpuslint.checks.metadata.bornebyline import byline_borne_out, not_a_person
from corpuslint.checks.metadata.bylineline import bare_name, clean_byline
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.dateorder import reading_order
from corpuslint.checks.metadata.headline import (
    headline_above_byline, headline_over_name, headline_over_standfirst, headline_over_signature, headline_over_stamp,
    reworded_below, signed_under,
)
from corpuslint.checks.metadata.wrappedheadline import headline_named_above, signed_printed_headline
from corpuslint.checks.metadata.lines import (
    Found, Line, credits_a_picture, headline_shaped, is_prose, iter_lines, without_site_name,
)
from corpuslint.checks.metadata.furnitureline import furniture_first, furniture_line, lone_word, without_reply_label
from corpuslint.checks.metadata.lonestamp import lone_stamp_day, name_by_lone_stamp, name_on_lone_meta_line
from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.checks.metadata.phrasename import section_label
from corpuslint.checks.metadata.pageauthors import (
    BEFORE, authors_near, first_byline, name_on_dated_meta_line, name_under_headline, stamped_repeated_name, window_around,
)
from corpuslint.checks.metadata.pagedate import byline_stamp, date_near_headline, labelled_day, stamp_above, writes_day
from corpuslint.checks.metadata.pagecredits import (
    agency_signing, copyright_person, initials_closing_story, labelled_credits, wire_closing_story,
)
from corpuslint.checks.metadata.repeatedheadline import (
    LYNX_LINK, MENU_ENTRY, PORTAL_SEPARATOR, long_enough, repeated_headline,
)
from corpuslint.checks.metadata.rewordedheadline import headline_over_story
from corpuslint.checks.metadata.printedtitle import (
    GLUED_DASH, apostrophes_as_titled,
    cut_for_search, label_after, printed_headline, printed_twice, said_once, site_after_colon, words_the_title,
)
from corpuslint.checks.metadata.sitename import names_the_site
from corpuslint.checks.metadata.storyhead import story_head
from corpuslint.checks.metadata.titleparts import SEPARATOR, author_in_title, day_in_title, handle_in_title
from corpuslint.checks.metadata.vocabulary import BYLINE_START, CHROME_WORDS, TEASERS_HEADING
from corpuslint.textutil import LazyPattern, word_key
from corpuslint.turns import opens_with_turns
from corpuslint.checks.metadata.titlesite import site_parts, without_attested_site_name
from corpuslint.checks.metadata.toolsbyline import name_beside_tools, name_closing_story
from corpuslint.checks.metadata.titlematch import is_first_sentence, similar_headline

# what a heading's permalink leaves after it in a page's text: `Evolve: Shared Mutable History ¶`; Sphinx's
# headerlink pilcrow sticks to the heading's last word (`Memory Management¶`, qa19a #6): a `§` or `#` there is a word's
ANCHOR_GLYPH = LazyPattern(r"(?:\s+[¶§#🔗]|\s*[¶🔗])\s*$")
CAMEL_BRAND = LazyPattern(r"\p{Ll}+\p{Lu}")  # "eHow", "iPlayer": a brand, written small first


@dataclass(slots=True)
class PageMetadata:
    title: str | None = None
    authors: list[str] = field(default_factory=list)
    date: str | None = None  # ISO 8601 calendar day
    headline_line: int | None = None  # index (among non-blank lines) of the repeated headline


def page_metadata(text: str, *, max_lines: int = 3000, site: str | None = None,
                  lines: list[Line] | None = None) -> PageMetadata:
    """`site`: the site the document's metadata names (`Document.metadata_site`), if any; `lines`: the
    first `max_lines` of `iter_lines(text)` above its comments (`before_comments`) when the caller has
    them (`page_found`: the headline's line it returns indexes the caller's lines)."""
    if lines is None:  # a reader's name and the hour they commented are not the page's
        lines = _above_comments(text, max_lines)
    if not lines:
        return PageMetadata()
    with reading_order(lines):  # `Published 05/10/16`: the page's other dates tell month from day
        return _read_page(text, lines, site)


def _read_page(text: str, lines: list[Line], site: str | None) -> PageMetadata:
    out = PageMetadata()
    if opens_with_turns(lines):
        return out  # a dialog's turns: a prompt asked again is no headline, an answer's name no byline
    first = lines[0].text
    signed = False
    wrapped = _wrapped_title(lines)
    if wrapped is not None:
        first = wrapped  # `party: A Laboratory for Recursive` / `Partytioning`: a printed title broken over two lines
    if _timed_topics(lines):
        # a forum's or a feed's list of topics, each over its hour: no topic's headline, byline or stamp is the page's
        out.title = without_attested_site_name(first, lines, site)
        if out.title is not None and not_a_title(out.title) is not None:
            out.title = None
        return out
    # the whole first line is the site's name (the copyright line's owner, a follow box's, the host's): no title,
    # and its repeat (`Folge “<site>”`, an embedded account's) no headline (qa19c)
    site_named = names_the_site(first, lines, site, repeated=False)
    # a skip link printed again over the page's second part (nature.com) is no headline, nor a verse's refrain
    # (`Headline- The Site`: the site's name after a dash glued to the headline, a separator as well)
    headline = None if site_named or _untitled(first, lines) else repeated_headline(lines, GLUED_DASH.sub(" - ", first), site)
    if headline is not None and _refrain(lines, headline):
        return out  # a verse's or a song's first lines sung again (`I shot a query into the net.` / `I haven't …`)
    if headline is not None and _running_head(lines, headline):
        # a printed document's running head (a PDF's text: the title again at the top of every page): the
        # title, but no page of it is the article's headline, and what stands under one (a table's header
        # row, a printed vector of dates) is no byline or stamp
        out.title = ANCHOR_GLYPH.sub("", " ".join(lines[headline].text.split()))
        out.headline_line = headline
        return out
    if headline is not None:
        # the <title>'s wording in a strip above the article's; the <title>'s sentence printed as the standfirst
        headline = reworded_below(lines, headline) or headline_over_standfirst(lines, headline) or headline
        out.title = ANCHOR_GLYPH.sub("", " ".join(lines[headline].text.split()))
        if (end := _wrapped_both_times(lines, headline)) is not None:
            out.title = f"{out.title} {end}"  # a Korean bill's name over its last word, on its cover and its page 1
        # a one-word headline (`Mozilla` under `Mozilla - Wikipedia`) heads a reference page, no article: what
        # stands under it (an infobox's `Founded February 28, 1998`) is no byline or stamp
        out.headline_line = headline if long_enough(word_key(out.title)) or " " in word_key(out.title) else None
    else:
        untitled = site_named or _untitled(first, lines)
        # a site's name, a menu, a skip link, a message opening the text: no title unless a headline is found below
        out.title = None if untitled else without_attested_site_name(first, lines, site)
        sharing: list[int] = []  # lines sharing words with the <title>, for a headline found by its byline
        anchor = None if untitled else similar_headline(lines, out.title, sharing=sharing)
        if anchor is not None and (is_first_sentence(out.title, lines[anchor].text, ".!?")
                                   or site_after_colon(out.title, lines[anchor].text, lines, site)
                                   or cut_for_search(out.title, lines[anchor].text)
                                   or printed_twice(lines, anchor) or label_after(out.title, lines[anchor].text)):
            # the <title> adds a standfirst to the printed headline, or the site's name after a colon, or is
            # the printed headline cut short, or words it otherwise where the page prints its own wording twice
            out.title = " ".join(lines[anchor].text.split())
        elif anchor is not None and (signed_at := signed_printed_headline(lines, anchor)) is not None \
                and words_the_title(out.title, signed_at[1]) and not word_key(out.title).startswith(word_key(signed_at[1])):
            # the page's wording of the <title>'s story with its byline under it (taken whole across a wrap); not its
            # opening (`…Exist Anymore` for `…Exist Anymore: A Survey`: whether the rest is the site's is decided above)
            anchor, out.title = signed_at
        if anchor is None and not untitled and (cut := SEPARATOR.search(out.title)) is not None:
            # `Didier Porte souhaite la Santé à Balkany | Chroniques | Là-bas si j'y suis` printed as `Didier Porte
            # souhaite la Santé à Balkany Abonnés`: the part before the first separator, worded alike
            anchor = similar_headline(lines, out.title[: cut.start()])
            if anchor is not None:
                out.title = out.title[: cut.start()]  # what follows is the section's and the site's names
        if anchor is None and (untitled or not long_enough(word_key(first))):
            anchor = headline_above_byline(lines)  # the <title> is the site's name alone
            if anchor is not None:
                out.title = " ".join(lines[anchor].text.split())
        if anchor is None:
            anchor = headline_over_stamp(lines)  # the <title> is no headline the page prints
            if anchor is not None and (untitled or not long_enough(word_key(first)) or words_the_title(out.title, lines[anchor].text)
                                       or signed_under(lines, anchor)):
                out.title = " ".join(lines[anchor].text.split())  # the printed wording of the <title>'s story
        if anchor is None:
            anchor = headline_over_name(lines)  # no `By`: the author's name alone under it, a stamp dating the two
            if anchor is not None:
                out.title = " ".join(lines[anchor].text.split())
        if anchor is None and not untitled and long_enough(word_key(first)) and not _site_front(first, out.title):
            anchor = headline_over_signature(lines, out.title, sharing)  # worded otherwise, signed under it
            if anchor is not None:
                out.title = ANCHOR_GLYPH.sub("", " ".join(lines[anchor].text.split()))
                signed = True
        if anchor is None and not untitled and long_enough(word_key(first)) and not _site_front(first, out.title):
            anchor = headline_over_story(lines, out.title, sharing)  # worded otherwise, the story's prose under it
            if anchor is not None:
                out.title = ANCHOR_GLYPH.sub("", " ".join(lines[anchor].text.split()))
        if anchor is None and not untitled and not _site_front(first, out.title):
            anchor = headline_named_above(lines)  # the <title> is a book's name, the chapter's over its byline
            if anchor is not None:
                out.title = " ".join(lines[anchor].text.split())
        out.headline_line = anchor
        if untitled and out.title is not None and LYNX_LINK.match(first):
            # lynx's `#The Kitchen Blog` link line over the text bears out the site's name the printed title ends with
            # (`names_the_site` reads the lines under a first line: the link line is put under itself)
            out.title = without_attested_site_name(out.title, [lines[0], *lines], site)
    # a headline found by the byline or stamp under it: a date above it (a page's clock) is not its stamp
    window = window_around(lines, out.headline_line, before=0 if signed else BEFORE)
    masthead = site_parts(first, out.title)
    out.authors = authors_near(window, out.headline_line, masthead) or name_under_headline(lines, out.headline_line, masthead)
    head: list[tuple[int, Line]] = []  # the story's head far under the headline (its byline over the first paragraph)
    if not out.authors and window and out.headline_line is not None:
        head = story_head(lines, out.headline_line, window[-1][0])
        out.authors = authors_near(head, out.headline_line, masthead) if head else []
    if not out.authors and not _site_front(first, out.title):
        out.authors = (name_beside_tools(lines, out.headline_line, masthead)
                       or byline_borne_out(lines, out.headline_line, text) or first_byline(lines, masthead, site) or stamped_repeated_name(lines, out.headline_line)
                       or author_in_title(lines, first) or handle_in_title(lines, first, out.headline_line)
                       or copyright_person(lines) or bio_after_story(lines, out.headline_line, text)
                       or initials_closing_story(lines, out.headline_line, text)
                       or agency_signing(lines, out.headline_line) or name_closing_story(lines, out.headline_line, masthead)
                       or wire_closing_story(lines, out.headline_line)
                       or name_on_dated_meta_line(lines)
                       or ((name_by_lone_stamp(lines) or name_on_lone_meta_line(lines))
                           if out.headline_line is None else []))
    if len(out.authors) == 1 and not_a_person(out.authors[0], masthead):
        out.authors = byline_borne_out(lines, out.headline_line, text) or out.authors  # the site's credit, its writer boxed
    if len(out.authors) == 1 and section_label(out.authors[0], lines):
        out.authors = []  # `Business Law`, `Digital Life`: a section the page's menu lists, no person
    out.date = date_near_headline(window, out.headline_line) or (date_near_headline(head, out.headline_line) if head else None)
    if not out.authors and out.date is None and out.headline_line is not None:
        signed = _signed_after_teasers(lines, out.headline_line)
        if signed is not None:
            out.authors, out.date = [signed[0]], signed[1]
    if out.date is None and out.authors:
        out.date = byline_stamp(lines, out.authors[0])
    if out.date is None and out.headline_line is not None:
        out.date = labelled_day(lines, out.headline_line + 1) or day_in_title(first)
    if out.date is None and out.headline_line is not None:
        # a stamp between the menus and the headline, else the page's one stamp alone under the headline (a science
        # agency's `March 05, 2019` over its story far down, a blog post's `Mon 2019-03-11 13:44:00 | 12 notes`)
        out.date = stamp_above(lines, out.headline_line) or lone_stamp_day(lines, after=out.headline_line)
    elif out.date is None:
        out.date = lone_stamp_day(lines)  # no window: the page's one stamp alone near its top
    if out.title is not None:
        out.title = said_once(printed_headline(without_reply_label(out.title), first))  # `Post subject: Re: <title>`
        out.title = apostrophes_as_titled(out.title, first)  # lynx's `wonʼt` under the <title>'s `won't`
        if not_a_title(out.title) is not None or furniture_line(out.title) is not None or _byline_alone(out.title):
            out.title = None  # a caption, a credit, a stamp, a label, a message, a call, a count or a byline names no story
    return out


# a topic's line in a forum's listing: its title, then the hour it was posted at (`Who places stickers on cars 19:45`)
TIMED_TOPIC = LazyPattern(r"^(?P<topic>\S.*\S)\s+(?:[01]?\d|2[0-3]):[0-5]\d$")
TIMED_TOPICS = 3  # of them among the page's first lines: a listing (one such line is a heading with its hour)
TOPICS_LOOK = 30


def _timed_topics(lines: list[Line]) -> bool:
    """The page opens as a listing of topics, each over the hour it was posted at (qa20 r07: a Yiddish forum's
    `שיינע אינטרעסאנטע לינקס 19:56`, `Who places stickers on cars 19:45`): no headline or date of one topic (a pasted
    story's, an edit's stamp under another topic) is the page's."""
    count = 0
    for line in lines[:TOPICS_LOOK]:
        topic = TIMED_TOPIC.match(line.text)
        if topic is not None and len(topic["topic"].split()) >= 2 and day_written(line.text) is None:
            count += 1
            if count >= TIMED_TOPICS:
                return True
    return False


def _signed_after_teasers(lines: list[Line], headline: int, *, look: int = 120) -> tuple[str, str] | None:
    """`Headline / You may also like / <cards: name, "Today 7:30AM"> ... / Mama Robotnik / 9/11/13
    10:00AM / ... / the article's prose`: when a teasers' heading stands right under the headline,
    the article's own name and date come after the cards. Taken only as a name over a full date
    (the cards' stamps are relative), with the article's prose a few lines below and no other
    signed card in between."""
    after = [index for index in range(headline + 1, min(len(lines), headline + 3))
             if TEASERS_HEADING.match(lines[index].text)]
    if not after:
        return None
    for index in range(after[0] + 1, min(len(lines) - 1, after[0] + look)):
        name = bare_name(clean_byline(lines[index].text))
        day = day_written(lines[index + 1].text) if name is not None and len(lines[index + 1].text) <= 60 else None
        if day is None or name is None:  # (no day is read without a name)
            continue
        for below in range(index + 2, min(len(lines), index + 2 + PROSE_UNDER_SIGNATURE)):
            text = lines[below].text
            if is_prose(text) and not TEASERS_HEADING.match(text):
                return name, day
            if bare_name(clean_byline(text)) is not None or day_written(text) is not None:
                break  # another card's name or date first: a list of teasers
    return None


PROSE_UNDER_SIGNATURE = 10


def _byline_alone(text: str) -> bool:
    """`By Neil deGrasse Tyson`: a byline's label and a person's name, the whole line (not `Stand By Me`, `By the
    Numbers`: no name follows the label)."""
    by = BYLINE_START.match(text)
    return by is not None and bare_name(clean_byline(text[by.end():])) is not None


def _site_front(first: str, title: str | None) -> bool:
    """`The New York Times en Español - The New York Times`: a title that opens with the site's name it
    was cut from is the site's own front or section page, a list of stories each signed by its own
    author: the page's first byline anywhere below is one story's, not the page's. `Vox Media layoffs
    hit the newsroom - Vox` is a story about the site."""
    if not title or len(first) <= len(title):
        return False
    site = SEPARATOR.split(" ".join(first.split())[len(title):].strip(), maxsplit=1)[-1]
    key, site_key = word_key(title), word_key(site)
    # the site's name and an edition or a section after it (`en Español`), not a story about the site
    return bool(site_key) and f"{key} ".startswith(f"{site_key} ") and len(key.split()) - len(site_key.split()) <= 3


def _wrapped_title(lines: list[Line]) -> str | None:
    """The first two lines joined, when the title they make stands alone on a line further down (a printed
    document's title broken over two lines: `party: A Laboratory for Recursive` / `Partytioning` / `Torsten
    Hothorn`, its running head `party: A Laboratory for Recursive Partytioning` on a later page); else None. A
    page's `<title>` and the menu entry under it are never printed again as one line."""
    if len(lines) < 3 or lines[0].blank_after or len(lines[0].text) > 150 or len(lines[1].text) > 150:
        return None
    joined = " ".join(f"{lines[0].text} {lines[1].text}".split())
    key, head = word_key(joined), word_key(lines[0].text)
    if not long_enough(head) or not headline_shaped(joined):
        return None
    repeats = [line for line in lines[2:] if len(line.text) <= 300 and word_key(line.text) == key]
    return joined if repeats and not any(word_key(line.text) == head for line in lines[2:]) else None


RUNNING_HEAD_REPEATS = 3
PAGE_NUMBER = LazyPattern(r"^\d{1,4}$")
REFRAIN_WORDS = 3


def _wrapped_both_times(lines: list[Line], headline: int) -> str | None:
    """The title's last words, wrapped onto the line under it at the top and again where it is printed again
    (`남녀고용평등과 일 ·가정 양립 지원에 관한 법률` / `일부개정법률안`, a bill's cover and its first page): the line
    under both, a title's end of one or two words (three or more there are a refrain's, `_refrain`). Wrapped the
    same way both times (the first line is the headline's), the headline going on (no sentence's or phrase's
    mark closing it) into a word in lower case or of a script without case, and no page furniture: a <title>
    line over `Advertisement`, the headline over `Advertisement` again, is no wrap (review23b #3)."""
    if headline < 2 or headline + 1 >= len(lines):
        return None
    end = " ".join(lines[1].text.split())
    if end != " ".join(lines[headline + 1].text.split()) or len(end.split()) >= REFRAIN_WORDS or not end[-1:].isalnum():
        return None
    head = lines[headline].text.rstrip()
    if (word_key(lines[0].text) != word_key(head) or head[-1:] in ".!?:;,|" or end[0].isupper()
            or CHROME_WORDS.search(end)):
        return None
    return end


def _refrain(lines: list[Line], headline: int) -> bool:
    """The first line printed again with the line it went on into (its first words) under it: the text repeats
    a passage (a poem's refrain), not a page its <title> (under which menus stand, under the h1 a byline); or
    either line breaks off with a comma, going on into the next: a verse's line, no title; so does a line opening
    in a small letter and breaking off with a colon (the Kalevala's `sanoi kaunis Kaukomieli:` over a speech)."""
    if lines[0].text.rstrip().endswith(",") or lines[headline].text.rstrip().endswith(","):
        return True
    first = lines[0].text.strip()
    if first[:1].islower() and first.endswith(":"):
        return True
    if headline + 1 >= len(lines) or len(lines) < 2:
        return False
    opening, again = word_key(lines[1].text).split(), word_key(lines[headline + 1].text).split()
    return len(opening) >= REFRAIN_WORDS and opening[:REFRAIN_WORDS] == again[:REFRAIN_WORDS]


def _running_head(lines: list[Line], headline: int) -> bool:
    """The headline printed again as a line of its own three times or more, each beside a page's number (`2` /
    `Reading Data in zoo`): the running head over the pages of a printed document, not a page's h1 (printed
    again in a teaser's list or a share bar, with no page number beside it)."""
    key = word_key(lines[headline].text)
    numbered = 0
    for index in range(1, len(lines)):
        if len(lines[index].text) <= 300 and word_key(lines[index].text) == key and any(
                PAGE_NUMBER.match(lines[near].text) for near in (index - 1, index + 1) if near < len(lines)):
            numbered += 1
    return numbered >= RUNNING_HEAD_REPEATS


def _untitled(first: str, lines: list[Line] | None = None) -> bool:
    """A text whose first line is a skip link (`Skip to main content`), a bulleted menu's entry (`* Facebook`), a
    call or a count (`furniture_first`), a lone button word over a menu (`Close`, `lone_word`; `_word_over_menu`) or
    lynx's `<link>` line naming the site over the `<title>` (`_site_link_over_title`) kept no `<title>` there:
    its headline is found as on a page whose `<title>` is the site's name (qa19c r04, r12)."""
    return (furniture_first(first) is not None or MENU_ENTRY.match(first) is not None
            or lines is not None and _site_link_over_title(lines)
            or lines is not None and _word_over_menu(first, lines)
            or (lines is not None and lone_word(first, lines)))


def _site_link_over_title(lines: list[Line]) -> bool:
    """`#The Kitchen Blog` over `Grandma's Apple Pie Recipe : The Kitchen Blog`: lynx's `<link>` line naming the site,
    the `<title>` under it ending with that name after a separator (other `#` lines, a feed's `#… alternate`, stay
    the first line: lynx prints no `<title>`)."""
    if len(lines) < 2 or LYNX_LINK.match(lines[0].text) is None:
        return False
    site, title = word_key(lines[0].text), lines[1].text
    return (bool(site) and word_key(title).endswith(f" {site}") and len(word_key(title).split()) >= len(site.split()) + 2
            and (SEPARATOR.search(title) is not None or " : " in title))


def _word_over_menu(first: str, lines: list[Line]) -> bool:
    """`Homepage` / `Sign in / Sign up`, `Menü` / `IT News`, `X`: one word (no headline's) opening the text with the
    next line right under it, a menu's first entry or a button; a `<title>` of one word (`Document`) stands apart."""
    return len(first.split()) == 1 and not lines[0].blank_after and not long_enough(word_key(first))


def looks_like_a_page(text: str) -> bool:
    """The cheap test before the page reader: a short first line (a <title>) whose headline part
    stands again further down, the shape of a whole page's text."""
    cut = text.find("\n")
    if cut == -1 or cut > 300:
        return False
    first = " ".join(text[:cut].split())
    if not first or not headline_shaped(first):
        return False
    prose = is_prose(without_site_name(first))  # a 15-word `<title>` is a headline and the site's name (aclu)
    cuts = [m.start() for m in SEPARATOR.finditer(first)]  # scanned once: the headline and the ends below
    headline = first[:cuts[0]] if cuts else first  # (what `SEPARATOR.split(first)[0]` gives)
    if not prose and len(headline) >= 6 and text.find(headline, cut) != -1:
        return True
    # else the headline alone on a line of its own further down: the first line whole (a question
    # reads as a sentence: `How does the brain turn unconscious information into conscious thought?`)
    # or cut before one of its separators (`<headline>_<section>_<site>`, `<post> @ <blog> :: <host> ::`,
    # `<work> - Chapter 1 - <author> - <fandom> | ...`, a line as long as prose)
    ends = {len(first), *cuts}
    ends |= {m.start() for m in PORTAL_SEPARATOR.finditer(first)}
    for end in sorted(ends):
        head = first[:end].strip()
        # `str.find` before the key's regex (`_long_enough` needs 3 words or 6 characters: 5 or more)
        if (prose or end < len(first)) and len(head) >= 5 and _alone_on_a_line(text, head, cut) \
                and long_enough(word_key(head)):
            return True
    return False


def _titled_page(text: str) -> bool:
    """The cheap test before looking for a headline over a stamp on a page whose `<title>` is not
    printed again (`ADAC Kindersitz-Test 2018 | ADAC` over `18 Kindersitze im Test: …`, `MEDEF`): a
    short first line, no sentence, alone before a blank line, as a page's text opens."""
    cut = text.find("\n")
    if cut == -1 or cut > 300 or not text.startswith("\n", cut + 1):
        return False
    first = " ".join(text[:cut].split())
    return bool(first) and headline_shaped(first) and not is_prose(without_site_name(first))


def _alone_on_a_line(text: str, part: str, start: int) -> bool:
    r"""`part` stands on a line of `text` after `start` with nothing but blanks around it: what
    `(?m)^\s*part\s*$` finds, by `str.find` (the pattern, built for each page, cost a tenth of the run)."""
    at = text.find(part, start)
    while at != -1:
        end = at + len(part)
        after = text.find("\n", end)
        if not text[text.rfind("\n", 0, at) + 1:at].strip() and not text[end:len(text) if after == -1 else after].strip():
            return True
        at = text.find(part, at + 1)
    return False


def _above_comments(text: str, max_lines: int = 3000) -> list[Line]:
    """The first `max_lines` lines of a page, above its comment thread (`before_comments`)."""
    return before_comments([line for _, line in zip(range(max_lines), iter_lines(text))])


def page_found(text: str, *, site: str | None = None) -> list[Found]:
    """What `page_metadata` reads from a whole page, as CL504's findings: each value on the line it
    stands on (the headline, the byline, the dateline). Nothing unless the page shows its headline
    again under its <title> (`looks_like_a_page`) and the reader found where it stands."""
    if not looks_like_a_page(text):
        cut = text.find("\n")
        if not _titled_page(text) and not _untitled(text[:cut if cut != -1 else len(text)].strip()):
            return []
        lines = _above_comments(text)
        if headline_over_stamp(lines) is None and not (_untitled(lines[0].text) and headline_above_byline(lines) is not None):
            return []  # the page's headline is not printed and no line stands as one over a stamp or a byline
    else:
        lines = _above_comments(text)
    found = page_metadata(text, site=site, lines=lines)  # the lines read (and cut) once for both
    if found.headline_line is None:
        return []
    with reading_order(lines):  # the date's line found as the reader read it
        return _found_lines(found, lines)


def _found_lines(found: PageMetadata, lines: list[Line]) -> list[Found]:
    out: list[Found] = []
    headline = lines[found.headline_line]
    if found.title is not None and found.title == _wrapped_title(lines):
        # a title broken over the first two lines: the value stands on both, and a fix removing it removes both
        start, end = lines[0].start, lines[1].end
        out.append(Found("title", found.title, start, end, "page", False, f"{lines[0].text}\n{lines[1].text}"))
    elif found.title and headline_shaped(found.title):
        if ANCHOR_GLYPH.sub("", " ".join(headline.text.split())) != found.title:
            headline = lines[0]  # "Click to WATCH: <headline>": the value stands whole on the first line
        elif found.headline_line and " ".join(lines[0].text.split()) == found.title:
            headline = lines[0]  # the same words on the first line, read there first (tester27: GPL-2's line 59)
        out.append(Found("title", found.title, headline.start, headline.end, "page", False, headline.text))
    order = lines[max(0, found.headline_line - BEFORE):] + lines[:max(0, found.headline_line - BEFORE)]
    if found.authors:
        name = found.authors[0]
        named = [line for line in order if name in line.text or name.upper() in line.text]
        # a picture's credit (`Fernando Caudevilla, AKA DoctorX. Photo: Joseph Cox`) names whoever took it:
        # the finding stands on a line that names the author as such, when the page has one
        line = next((line for line in named if not credits_a_picture(line.text, name)), named[0] if named else None)
        if line is not None:
            value: Any = name if len(found.authors) == 1 else list(found.authors)
            out.append(Found("author", value, line.start, line.end, "page", False, line.text))
    if found.date:
        line = next((line for line in order if writes_day(line.text, found.date)), None)
        if line is not None:
            out.append(Found("date", found.date, line.start, line.end, "page", False, line.text))
    return out + labelled_credits(lines, found.headline_line)  # `来源：`, `责任编辑：` on the stamp


def as_fields(found: PageMetadata) -> dict[str, Any]:
    return {"title": found.title, "author": found.authors or None, "date": found.date}
