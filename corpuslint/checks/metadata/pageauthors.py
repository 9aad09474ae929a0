"""Who signed a page: the byline in the window around its headline, else where pages put one.

The page reader (page.py) finds the headline; this module reads the lines around it the way pages
print a byline (`By A`, a name over its stamp, a name alone under the standfirst, an author card above
the headline) and, on a page with none there, the page's first byline, a name printed twice with a
stamp, or a split `Written by` / name.
"""

from __future__ import annotations

import regex

from corpuslint.checks.metadata.creditline import (
    credited_names, job_title_line, name_beside_site, name_then_credit, name_with_outlet, staff_credit, without_agency,
)
from corpuslint.checks.metadata.bylineline import (
    CARD_THEN_BY, FOREIGN_BY, KOREAN_BYLINE, LABELLED_BY, SUBMITTED_BY, bare_name, byline_names, cjk_names, clean_byline, day_then_label,
    is_handle, listed_entry, is_stamp, name_before_role, name_line, outlet_before_stamp,
    segment_names,
)
from corpuslint.checks.metadata.outlets import agency_in_place, outlet_alone
from corpuslint.checks.metadata.dates import FOREIGN_DATE_IN_TEXT, day_written, day_written_at
from corpuslint.checks.metadata.headline import among_dated_teasers
from corpuslint.checks.metadata.listednames import listed_names, stamped_list
from corpuslint.checks.metadata.lines import Line, continues_a_sentence, goes_on_below, is_prose, tools_line
from corpuslint.checks.metadata.pagedate import LEAD_PUNCTUATION
from corpuslint.checks.metadata.readers import read_byline
from corpuslint.checks.metadata.teasercards import after_the_story_began, in_signed_records, lone_card
from corpuslint.checks.metadata.vocabulary import (
    BODY_WORDS, BYLINE_START, CJK_BYLINE, CJK_CREDIT_LINE, CJK_DATELINE_CREDIT, KNOWN_LABELS, NAME_STOP, TEASERS_HEADING,
)
from corpuslint.textutil import LazyPattern, word_key

# the window around the headline where pages put the byline and the date
BEFORE, AFTER = 4, 14
AFTER_BYLINE = 30  # a line opening with "By" is a byline further down too


# a printed table's row of figures: `43.78 2063.35 4379.20`, `1 7:10:03 AM 6118.5 6119.5` (no date: `/`, `-` inside)
NUMBER_CELL = LazyPattern(r"^(?:[-+]?\d+(?:[.,:]\d+)*%?|AM|PM)$")


def data_row(text: str) -> bool:
    """Three cells or more that are numbers, two of them with decimals, and hardly anything else (a row's
    label: `(05.02.01 00:30:00) 421.2 421.2 421.2 421.2 11`): a row of a printed table. A byline's stamp
    writes a day with `/`, `-` or a month's name, and a time or two at most."""
    cells = text.split()
    numbers = [cell for cell in cells if NUMBER_CELL.match(cell)]
    return len(numbers) >= 3 and 3 * len(numbers) >= 2 * len(cells) and sum(1 for cell in numbers if "." in cell) >= 2


def window_around(lines: list[Line], headline: int | None, *, before: int = BEFORE) -> list[tuple[int, Line]]:
    if headline is None:
        return []
    start = max(1, headline - before)
    last = headline  # the headline repeated a few lines further (a page's h1 and its article's)
    key = word_key(lines[headline].text)
    for index in range(headline + 1, min(len(lines), headline + AFTER)):
        if word_key(lines[index].text) == key:
            last = index
    end = last + AFTER_BYLINE + 1
    card = last  # the headline, then the last author card's link read as one (`More from Josh`, `More from David`)
    for index in range(headline + 1, min(len(lines), end)):
        if TEASERS_HEADING.match(lines[index].text):
            if link_over_stamp(lines, index, card):
                card = index
                continue
            end = index  # "You may also like": what follows is other stories, their bylines and dates
            break
    return list(enumerate(lines[start: end], start))


def link_over_stamp(lines: list[Line], index: int, above: int) -> bool:
    """`By Josh Haskell / Close / More from Josh / David Caplan / … / Dec 16, 2016, 12:37 PM ET`, `Before you go,
    we thought you'd like these... / READ MORE / READ MORE / Share / Dec 1st 2016 1:01PM`: a teasers' heading
    right under the headline with no story's title under it before a stamp is an author card's link or an
    empty widget's button, not a list of other stories: the story's byline and date come after it."""
    if index - above > LINK_NEAR:
        return False
    for below in range(index + 1, min(len(lines), index + 1 + LINK_NEAR * 2)):
        text = lines[below].text
        if len(text) <= 60 and day_written(text):
            return True
        if len(text.split()) >= 4 and not TEASERS_HEADING.match(text):
            return False  # a story's title (or the article's prose): a list of other stories, or none
    return False


UNDER_FIRST = 4  # lines under the headline where the story's byline wins over one printed over the headline
LINK_NEAR = 4  # lines under the headline or the card's link above (a teasers' heading further down is one)


def authors_near(window: list[tuple[int, Line]], headline: int | None,
             masthead: frozenset[str] = frozenset()) -> list[str]:
    shown = [line for _, line in window]
    above: list[str] | None = None  # a byline over the headline, unless one stands right under it
    for at, (index, line) in enumerate(window):
        if above is not None and headline is not None and index > headline + UNDER_FIRST:
            return above
        names = byline_names(line) or credited_names(shown, at, masthead)
        if names and not continues_a_sentence(shown, at) and not goes_on_below(shown, at, names):
            # `… were probably made` / `by Homo`, `By Homo` / `erectus …`: a wrapped sentence's
            if above is None and headline is not None and index < headline:
                # `By Lee Park` / `More` / <headline> / `Posted by Dr. Jane Roe March 6, …`: the line over the headline
                # is a teaser's or a card's; the story's own byline under it wins
                above = [without_agency(name) for name in names]
                continue
            return [without_agency(name) for name in names]
        if (SPLIT_BY.search(line.text) and at + 1 < len(window)
                and (name := bare_name(clean_byline(window[at + 1][1].text)) or pen_name(window[at + 1][1].text))):
            return [name]  # `Written by` / `Alison Griswold`: the name alone under its label
    if above is not None:
        return above
    window = window[:AFTER + BEFORE]
    # a name under the headline with its stamp (`Dan Goodin - Apr 16, 2015`, `Alex Perry 1 day ago`,
    # `Devindra Hardawar, @devindra`), or alone with a date on a line beside it
    if headline is None:
        return []
    # the share row's buttons and the empty marks of its icons (`* Share` / `* Tweet` / `*` / `Text Size`) hold no
    # words of the story: they do not push the byline under them out of reach
    after = _once([line for index, line in window if index > headline and not _buttons(line.text)])[:6]
    before = [line for index, line in window if index < headline]  # an author card above it (Medium)
    subject = next(line.text for index, line in window if index == headline)
    for need_stamp in (True, False):  # `Alex Perry 1 day ago` before a name that only has a date near it
        for lines in (after, before):
            for i, line in enumerate(lines):
                name, stamped = name_line(line.text)
                if name is None:
                    name = name_before_role(line.text)  # `Richard Adams Education editor`
                if name is None and (name := staff_credit(line.text)) is not None:
                    stamped = True  # `Dana Reyes , Example Times Staff`: the newsroom's credit says it is a byline
                if name is None and (name := name_then_credit(line.text)) is not None:
                    stamped = False  # `Dana Reyes, The Example Times`: a name and its credit, with a stamp beside it
                if name is None and (name := name_beside_site(line.text, masthead)) is not None:
                    stamped = lines is after  # `Dana Reyes The Example Times` under the headline: the site's writer
                team = listed_names(line.text) if name is None else []
                if name is None and not team and (team := stamped_list(line.text)):
                    stamped = True  # `June 3, 2024 | Dana Reyes and Lee Park`: the names and their stamp on one line
                if team:
                    name = team[0]  # `Julia Carrie Wong and Sam Levin` over its stamp: the names as one name's line
                if name is not None and len(name.split()) >= 3:
                    # `Example Sports Dana Reyes`, `Dana Reyes Example Sports`: the site's name or an outlet's beside it
                    name = name_with_outlet(name, masthead) or name
                if name is None and need_stamp and (outlet := outlet_before_stamp(line.text)) is not None:
                    return [outlet]  # `CBS/AP / June 6, 2013, 10:59 AM`: the wire credited with the story's stamp
                if name and listed_entry(lines, i):
                    continue  # `* More` / `* Log In` / `*`: a menu's entry over the byline, no name
                if name and lines is after and after_the_story_began(after, i):
                    continue  # the story's paragraphs above it: the next post's or a teaser's name
                if name and (any(headline_subject(one, subject) for one in team or [name])
                             or lines is before and word_key(name) in masthead):
                    continue  # the story's subject; the site's masthead above the headline (a blog's name)
                if name and any(data_row(n.text) for n in lines[max(0, i - 1): i + 2] if n is not line):
                    continue  # `Bid Offer` over `1 7:10:03 AM 6118.5 6119.5`: a printed table's column names
                near = lines[max(0, i - 1): i + 3]
                if not stamped and _name_nearer(lines, i):
                    near = near[:2]  # `Renewable Energy` / `Dana Reyes` / `March 15, 2019`: the name by the stamp is its
                if lines is after and i == 0:
                    near = before[-3:] + near  # `March 29, 2019 / Community / Headline / Jessica Rudder`
                if team and (stamped or any(is_stamp(n.text) for n in near if n is not line)):
                    return team
                if name and (stamped or not need_stamp and any(is_stamp(n.text) for n in near if n is not line)):
                    return [name]
                if name and lines is after and i + 1 < len(lines) and job_title_line(lines[i + 1].text):
                    return [name]  # `Dana Reyes` / `Associate Editor, Example.com`: the name over its job title
    return _outlet_by_stamp(after)


def _name_nearer(lines: list[Line], index: int) -> bool:
    """Another name alone (or an agency's, a newsroom's credit) stands between line `index` and the stamp two lines under
    it (a menu's last entry over the byline's name): the stamp is that name's."""
    if index + 2 >= len(lines) or not is_stamp(lines[index + 2].text) or is_stamp(lines[index + 1].text):
        return False
    between = lines[index + 1].text
    other = name_line(between)[0]
    if other is None:  # `* Reuters in Geneva`, `Dana Reyes , news services`: a credit of its own over the stamp
        return (agency_in_place(between) or outlet_alone(between) or staff_credit(between)) is not None
    return other != name_line(lines[index].text)[0]


OUTLET_LOOK = 4  # lines under the headline (a standfirst's lines among them) where an outlet credited alone stands


def _outlet_by_stamp(after: list[Line]) -> list[str]:
    """`Headline / standfirst / Reuters / Updated: January 16, 2020` (vancouversun.com): an agency, a newsroom or a
    desk alone on its line right over or under the story's stamp, a few lines under the headline. A photo's credit
    (`AFP` under a paragraph) or an agency in a list of other stories has no stamp beside it."""
    for i, line in enumerate(after[:OUTLET_LOOK]):
        if (outlet := outlet_before_stamp(line.text)) is not None:
            return [outlet]  # `CBC News · Posted: Jan 03, 2020 4:00 AM ET`
        if (agency := agency_in_place(line.text)) is not None:
            return [agency]
        outlet = outlet_alone(line.text)
        if outlet is not None and any(len(n.text) <= 60 and is_stamp(n.text) for n in after[max(0, i - 1): i + 2]
                                      if n is not line):
            return [outlet]
    return []


# an avatar's alt text naming whose picture it is (`Image of Jessica Rudder`, github.blog as lynx prints it)
ALT_OF = LazyPattern(r"^(?i:image|photo|picture|avatar|portrait|profile\s+(?:picture|photo|image))\s+(?i:of|for)\s+")


MARKS_ONLY = LazyPattern(r"^[\s*+•·|-]*$")


def _buttons(text: str) -> bool:
    """A line of the article's tools (`* Share`, `Text Size`) or a list's mark alone (an icon's, `*`)."""
    return MARKS_ONLY.match(text) is not None or tools_line(text)


def _once(lines: list[Line]) -> list[Line]:
    """The lines without an avatar's alt text over the name it stands for, as lynx prints it: the name twice
    (`Mark Lavin` / `Mark Lavin` / `June 8, 2015`) or after the picture's word (`Image of Jessica Rudder` / `Jessica
    Rudder`, github.blog)."""
    return [line for at, line in enumerate(lines)
            if at + 1 == len(lines) or _alt_text(line.text) != lines[at + 1].text]


def _alt_text(text: str) -> str:
    """The name an alt text stands for: the line itself (a repeat), or what follows `Image of`."""
    alt = ALT_OF.match(text)
    return text[alt.end():] if alt is not None else text


def name_under_headline(lines: list[Line], headline: int | None, masthead: frozenset[str] = frozenset()) -> list[str]:
    """`Headline / standfirst / Dave Steer`: a page with no "By" and no stamp puts the author's name
    alone on the line under the headline's standfirst (a sentence or more), dates aside. Right
    under the headline a short title-case line is as often a button (`Fiction Page`), and a line
    of names after it makes a list (a cast, a panel): neither is taken."""
    if headline is None:
        return []
    key = word_key(lines[headline].text)
    last = max((i for i in range(headline, min(len(lines), headline + AFTER)) if word_key(lines[i].text) == key),
               default=headline)  # the page's h1 and its article's: the byline is under the second
    standfirst = False
    index, end = last + 1, min(len(lines), last + 1 + UNDER_HEADLINE)
    while index < end:
        text = lines[index].text
        name = bare_name(clean_byline(text))
        if name is not None and index + 1 < len(lines) and _alt_text(text) == lines[index + 1].text:
            index += 1  # `Ikran Dahir` / `Ikran Dahir`: lynx's avatar alt text over the name (`_once`)
        if name is not None and _wrapped_tail(lines, index):
            return []  # `… With The Power Which` / `Knowledge Gives`: a slogan's last words, wrapped by lynx
        if name is not None:
            name = name_beside_site(name, masthead) or name  # `Vox Dana Reyes`: the site's name glued before the writer's
            after = lines[index + 1].text if index + 1 < len(lines) else ""
            keep = standfirst and not bare_name(clean_byline(after)) and not headline_subject(name, lines[headline].text)
            return [name] if keep else []
        if len(text) <= 60 and is_stamp(text):
            index += 1
            continue
        wrapped = _wrapped_onto(lines, index)
        text = " ".join(" ".join(line.text for line in lines[index: wrapped + 1]).split())
        if standfirst or not is_prose(text) or len(text) > 400:
            return []
        standfirst = True
        index = wrapped + 1
    return []


WRAPPED_ONTO = 3  # lines a converter wraps a standfirst onto (lynx: `… fast radio bursts and` / `pulsars.`)
WRAP_WIDTH = 60  # a wrapped line fills the converter's width (lynx's ~78 columns): shorter ones are a list's items


def _wrapped_tail(lines: list[Line], index: int) -> bool:
    """The line at `index` ends the line above, which a converter wrapped as wide as it prints: no blank line
    between, the line above as wide as a wrap and running on without a stop (a standfirst ends a sentence)."""
    above = lines[index - 1] if index > 0 else None
    return (above is not None and not above.blank_after and len(above.text) >= WRAP_WIDTH
            and above.text[-1:].isalnum())


def _wrapped_onto(lines: list[Line], index: int) -> int:
    """The last line of the paragraph `index` opens, as a converter wrapped it (no blank line between its lines):
    `index` itself when a blank line follows it; only after a line as wide as a wrap, never a line that is a name
    alone or a stamp (a byline right under the standfirst), nor more than `WRAPPED_ONTO` lines."""
    last = index
    while (not lines[last].blank_after and last + 1 < len(lines) and last - index < WRAPPED_ONTO
           and len(lines[last].text) >= WRAP_WIDTH
           and bare_name(clean_byline(lines[last + 1].text)) is None and not is_stamp(lines[last + 1].text)):
        last += 1
    return last


UNDER_HEADLINE = 4


def headline_subject(name: str, headline: str) -> bool:
    """`Lupita Nyong'o's $150K Pearl Oscar Dress -- STOLEN!!!` / `Lupita Nyong'o` / `$150K Pearl Oscar
    Dress ...`: a name alone under a headline that names that person is the story's subject (a kicker),
    not its author. A first-person piece opens its headline with the author's name and a colon
    (`Barack Obama: Why I ...`): that name is kept."""
    key, name_key = f" {word_key(headline)} ", word_key(name)
    if f" {name_key} " not in key:
        return _surname_subject(name, headline)
    return not regex.match(rf"{regex.escape(name)}\s*:", headline.strip(), flags=regex.I)


def _surname_subject(name: str, headline: str) -> bool:
    """`Energy Department rejects Trump's request …` / `Donald Trump` (a picture's alt text under it): a headline names
    a person by the surname alone, capitalised in a headline written in sentence case (where a capital marks a name)
    or in the possessive; `Oil Price Falls` in title case names no `Jane Price`."""
    surname = name.split()[-1]
    at = regex.search(rf"(?<!\w){regex.escape(surname)}(?P<own>['’]s)?(?!\w)", headline)
    if at is None or at.start() == 0:
        return False
    if at["own"]:
        return True
    words = [word for word in regex.findall(r"\p{L}[\p{L}'’-]*", headline)[1:] if len(word) > 3]
    return bool(words) and sum(word[0].isupper() for word in words) * 2 < len(words)


def stamped_repeated_name(lines: list[Line], headline: int | None = None, *, look: int = 400) -> list[str]:
    """A name standing alone on two lines of a page (the author's card above the article and the
    author box under it), one of them with a stamp beside it (`14 min read`, a date). Not a kicker:
    `Business Law / Posted the September 1, 2017 / <headline>` and `Business Law / <headline>` name the
    section the headline stands in, right above it (a byline stands under its headline)."""
    seen: dict[str, int] = {}
    stamped: set[str] = set()
    kickers: set[str] = set()
    printed = " ".join(lines[headline].text.split()) if headline is not None else None
    for index in range(1, min(len(lines), look)):
        text = lines[index].text
        if len(text) > 40:
            continue
        name = bare_name(text)
        if name is None or name in kickers:
            continue
        if any(data_row(near.text) for near in lines[index - 1: index + 2] if near is not lines[index]):
            continue  # `Nifty Junior` over `43.78 2063.35 4379.20`: a printed table's column names, its rows below
        if printed is not None and any(" ".join(n.text.split()) == printed for n in lines[index + 1: index + 3]):
            kickers.add(name)
            continue
        seen[name] = seen.get(name, 0) + 1
        if (any(len(n.text) <= 60 and is_stamp(n.text) for n in lines[index + 1: index + 2])
                and not among_dated_teasers(lines, index) and not in_signed_records(lines, index)):
            stamped.add(name)  # not a heading in a list of dated posts (`Gerry Weber Modeschulen-Ratgeber / 26/03/2019`)
        if seen[name] >= 2 and name in stamped:
            return [name]
    return []


# a post's two stamps glued by the converter (`20 janvier 202020 janvier 2020évaluation`, a WordPress theme's published
# and updated <time>s): a space after the first one's year lets the day be read
GLUED_YEAR = LazyPattern(r"(?<=(?<!\d)(?:19|20)\d\d)(?=\d{1,2}[.\s]|\p{L})")
META_LINE_CHARS = 240
# what a meta line puts before the author's name: nothing, or its stamp (a year or a time last)
STAMP_BEFORE = LazyPattern(r"(?i)(?:^|(?:19|20)\d\d|\d{1,2}[:.]\d\d(?:\s*(?:uhr|h|[ap]\.?m\.?))?)\W*$")


def name_on_dated_meta_line(lines: list[Line], *, look: int = 400) -> list[str]:
    """`Martin Clavey Politique scientifique française 20 janvier 2020 …`, `20. April 2017 Matthias Weber Amazon , Big
    Data , …`: a post's meta line of parts (its author, a category, its stamp, its tags) opened by a person's name or
    carrying it right after its stamp, the name the page also prints alone on a line (the author box's or the
    author's card). Not a line of prose (a sentence naming the person and a day), nor a teaser's in a list of dated
    stories, nor a name a lower-case word goes on after (`Jane Roe said …`)."""
    alone = {name for line in lines if len(line.text) <= 40 and (name := bare_name(line.text)) is not None}
    if not alone:
        return []
    for index, line in enumerate(lines[:look]):
        text = LEAD_PUNCTUATION.sub("", line.text.strip())
        if len(text) > META_LINE_CHARS or len(text) <= 40 or text.endswith((".", "!", "?", ":")):
            continue
        unglued = GLUED_YEAR.sub(" ", text)
        if day_written_at(unglued) is None:
            continue
        for name in sorted(name for name in alone if name in unglued):
            at = regex.search(rf"(?<!\S){regex.escape(name)}(?=\s+(?!\p{{Ll}})\S|\s*$)", unglued)
            if at is not None and STAMP_BEFORE.search(unglued[:at.start()]) and not among_dated_teasers(lines, index):
                return [name]
    return []


def first_byline(lines: list[Line], site_names: frozenset[str] = frozenset(), site: str | None = None) -> list[str]:
    """The page's first byline, wherever it stands: `By A` on a line, or `Written by` / `por` ending a
    line with the name alone on the next; `Par A` / `von A` before any list of other stories.
    `site_names`: the <title>'s site parts (word keys); `site`: the host or URL the metadata names."""
    teasers = False
    for index in range(1, len(lines)):
        line = lines[index]
        if (not teasers and not line.text.isascii() and (credit := CJK_DATELINE_CREDIT.match(line.text)) is not None
                and (names := cjk_names(credit["name"], credit["more"]))):
            return names  # `新华社巴黎12月9日电（记者唐霁）法国9日…`
        if (author := theme_meta_author(line.text)) is not None and (not teasers or _one_theme_meta(lines)):
            # `Author john Posted on March 20, 2014 Categories News` (its tags may run on); the theme prints it under
            # the post, under a related posts' heading too, but once (a blog's front page prints one a post)
            return [author]
        if len(line.text) > 100:
            continue
        if not teasers and CARD_THEN_BY.match(line.text) and (names := byline_names(line)):
            return names  # `National Desk By National Desk`: an author's card glued to its byline
        if (not teasers and LABELLED_BY.match(line.text) and not LABELLED_BY.match(lines[index - 1].text)
                and (names := byline_names(line)) and all(" " in name for name in names)):
            # `geschrieben von Meike Neitz`, `Author: Lindsey O'Donnell` on its line; a whole name (not a docs
            # example's `Author: Me`), the first of its labels (`Autor: Steffen PACHE, Sächsische Landesanstalt …` /
            # `Autor: Angelika Leitner`: the second one alone is half the credit)
            return names
        found = read_byline(line)
        if found and code_table_row(lines, index):
            continue  # `BY: Namensnennung` over `BY-NC: Namensnennung, nicht kommerziell`: a licence's codes
        if found and (continues_a_sentence(lines, index)
                      or isinstance(found[0].value, str) and goes_on_below(lines, index, [found[0].value])):
            continue  # `… the xml2rst_ processor` / `by Stefan Merten.`: a sentence's, wrapped before its `by`
        if found and teasers and isinstance(found[0].value, str) and _brand(found[0].value, site_names, site):
            continue  # `By PubExchange` under a recommendation widget's cards: its vendor, a brand's one word
        if found and _signed_teasers(lines, index):
            continue  # `Council votes on new bus lanes` / `By Peter Grey` / `Harbour festival returns` / `By Sara Blue`
        if found and lone_card(lines, index):
            continue  # `<another story's title>` / `by Aisha Gani` / `Connect With …`: a card, no story under it
        if found:
            value = found[0].value
            return value if isinstance(value, list) else [value]
        teasers = teasers or TEASERS_HEADING.match(line.text) is not None  # then other stories' bylines
        if not teasers and FOREIGN_BY.match(line.text) and (names := segment_names(line.text, line.start)):
            return names  # "von Diane Buckstegge Veröffentlicht am 1. Mai 2019"
        if not teasers and SUBMITTED_BY.match(line.text) and (names := byline_names(line)):
            return names  # Drupal's post line in another language: `Gespeichert von rasos am 24. Juli 2017 - 18:55`
        if not teasers and (names := _listed_byline(lines, index)):
            return names  # `* Von Henning Lobin` among its post's meta items, `19.03.2019 11:45 | von Inga Buller`
        if (not teasers and not line.text.isascii()
                and (CJK_BYLINE.search(line.text) or CJK_CREDIT_LINE.match(line.text) or KOREAN_BYLINE.match(line.text))
                and (names := byline_names(line))):
            return names  # `作者︱春春` closing the article
        if SPLIT_BY.search(line.text) and index + 1 < len(lines):
            name = bare_name(clean_byline(lines[index + 1].text))
            if name:
                return [name]
    return []


def _signed_teasers(lines: list[Line], index: int) -> bool:
    """The byline at `index` is one of a list of other stories, each a title over its byline: another byline two
    lines above or below, a title's line (no sentence) between the two."""
    for other, between in ((index - 2, index - 1), (index + 2, index + 1)):
        if not 0 < other < len(lines) or len(lines[other].text) > 100 or is_prose(lines[between].text):
            continue
        if BYLINE_START.match(lines[other].text) and read_byline(lines[other]):
            return True
    return False


# a by-label as one item of a post's meta list (`* 8. April 2019|` / `* Von Henning Lobin` / `* 54 Kommentare`), or
# as the stamp line's second part a converter put on its own line (`19.03.2019 11:45` / `| von Inga Buller`)
LISTED_BY = LazyPattern(r"^[*•·|-]\s*(?=(?i:by|von|par|por|door|di)\b)")
LISTED_NEAR = 6  # lines either side where another byline makes a list of stories, each signed


def _listed_byline(lines: list[Line], index: int) -> list[str]:
    """A byline where none stands by the headline (or none is found), in a shape `read_byline` leaves: a by-label as a
    list item (`* Von Henning Lobin`, spektrum.de's meta list), after the stamp's day (`19.03.2019 11:45 | von Inga
    Buller`, chip.de), or an English label before another language's day (`By Franziska Dully 10. Februar 2019 in
    Allgemein, Fashion, Kolumne 17 Comments`, a theme's label on a German blog). A list item needs the post's stamp on
    a line beside it (`- Von Wiener Walzer und Mozartkugeln` is a menu's entry); and not where another byline stands
    within `LISTED_NEAR` lines: a list of stories, each signed."""
    text = lines[index].text
    if LISTED_BY.match(text) is not None:
        if not any(_stamp_item(lines[near].text) for near in (index - 1, index + 1) if 0 <= near < len(lines)):
            return []
    elif day_then_label(text) is None and not (BYLINE_START.match(text) and FOREIGN_DATE_IN_TEXT.search(text)):
        return []
    names = byline_names(lines[index])
    if names and any(byline_names(lines[near]) for near in range(max(1, index - LISTED_NEAR),
                                                                  min(len(lines), index + LISTED_NEAR + 1))
                     if near != index and len(lines[near].text) <= 100):
        return []
    return names


def _stamp_item(text: str) -> bool:
    """A list item that is a stamp (`* 8. April 2019|`, `* - Aktualisiert am 28.01.2020 - 15:49`, `19.03.2019 11:45`)."""
    text = LEAD_PUNCTUATION.sub("", text)
    return len(text) <= 60 and (is_stamp(text) or day_written(text) is not None)


# one word with a capital inside it after small letters (`PubExchange`): a brand's name, no person's; a
# surname's particle before the capital (`MacKenzie`, `VanDyke`, `FitzGerald`, `DelVecchio`) makes it a name
VENDOR_WORD = LazyPattern(r"^(?!(?:Mac|Van|Von|Vander|Fitz|Del|Della|Des|Dos|Das|Dal)\p{Lu})\p{Lu}\p{Ll}{2,}\p{Lu}\w*$")
CAMEL_WORD = LazyPattern(r"^\p{Lu}\p{Ll}{2,}\p{Lu}\w*$")


def _brand(word: str, site_names: frozenset[str], site: str | None) -> bool:
    """A one-word signature that is a brand's: a vendor's shape (`PubExchange`), or a particle's
    (`MacRumors`, `VanMoof`) when the word is the site's own name (in the <title>'s site part, or in
    the host the metadata names): a site signs its teasers, a person is rarely named as the site."""
    if VENDOR_WORD.match(word):
        return True
    if CAMEL_WORD.match(word) is None:
        return False
    key = word.casefold()
    return (any(key in part.split() or key == part.replace(" ", "") for part in site_names)
            or (site is not None and key in site.split("//", 1)[-1].split("/", 1)[0].casefold().replace("-", "")))


# a pen name or a handle: one word, a capital first (`Sleyca`) or a handle's marks (`AMournfulHowlInTheNight`)
PEN_NAME = LazyPattern(r"^\p{Lu}\p{Ll}[\p{L}\d_]{1,28}$")


def pen_name(text: str) -> str | None:
    """`Super Supportive` / `by` / `Sleyca` / the chapter's headline (royal-road): the one word a lone `by` labels
    is a writer's pen name or handle; not a month's or a day's name, not a label's word."""
    word = text.strip()
    if not (PEN_NAME.match(word) or is_handle(word)):
        return None
    key = word.casefold()
    return None if key in NAME_STOP or key in BODY_WORDS or key in NO_PEN_NAME or key in KNOWN_LABELS else word


NO_PEN_NAME = frozenset("admin administrator anonymous guest staff editor editors redaktion redaction unknown".split())


# a WordPress theme's post meta line as its screen-reader labels print it (Twenty Fifteen, Twenty Sixteen): `Author john
# Posted on March 20, 2014 Categories News`, `Autor johnVeröffentlicht am 20. März 2014Kategorien …` (lynx glues the
# parts); the author a person's name, a pen name or a log-in name written small, then the date's label and the date
THEME_META = LazyPattern(r"^(?i:author|autor|auteur|autore)\s+(?P<name>\S[^\n]{0,40}?)\s*(?i:posted\s+on|published\s+on|"
                         r"veröffentlicht\s+am|publié\s+le|publicado\s+(?:el|em)|pubblicato\s+il)\s+(?=\d|\p{L}{3,9}\.?\s+\d)")
LOG_IN_NAME = LazyPattern(r"^[\p{Ll}\d][\w.-]{1,29}$")


def _one_theme_meta(lines: list[Line]) -> bool:
    return sum(THEME_META.match(line.text) is not None for line in lines) == 1


def theme_meta_author(text: str) -> str | None:
    """The author a WordPress theme's meta line labels (`THEME_META`); not a role or a stand-in (`admin`, `Redaktion`)."""
    meta = THEME_META.match(text)
    if meta is None:
        return None
    name = meta["name"]
    if name.casefold() in NO_PEN_NAME or name.casefold() in NAME_STOP:
        return None
    return bare_name(name) or pen_name(name) or (name if LOG_IN_NAME.match(name) else None)


# a line that ends where the name would start: "Written on Mar 17 by", "por", "By:"
SPLIT_BY = LazyPattern(r"(?i)^(?:(?:written|posted|published|story|words|text)\b.{0,30}\s)?(?:by|por|par|von|door|di)\s*:?$")


CODE_LABEL = LazyPattern(r"^(\p{L}+)((?:[-/]\p{L}+)*)\s*:")


def code_table_row(lines: list[Line], index: int) -> bool:
    """`BY: Namensnennung` / `BY-NC: Namensnennung, nicht kommerziell` / `BY-SA: ...`: a line whose label
    the line above or below extends into another code is a row of a table of codes (a licence's, a
    glossary's), not a byline."""
    label = CODE_LABEL.match(lines[index].text)
    if label is None:
        return False
    for near in (index - 1, index + 1):
        other = CODE_LABEL.match(lines[near].text) if 0 <= near < len(lines) else None
        if other is not None and other[1].casefold() == label[1].casefold() and other[2] != label[2]:
            return True
    return False
