"""One line of a page read as its byline: the names on it and what stands around them.

A byline line carries more than names: a date or a stamp after them (`Dan Goodin - Apr 16, 2015`,
`Alex Perry 1 day ago`), handles and buttons (`@devindra`, `Follow`), a byline in another language
with its own date words (`par Florence Audier, le 15 septembre 2009`), or a post's meta line of parts
(`23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen`). The page reader (`page.py`) decides
which lines to ask; this module reads one.
"""

from __future__ import annotations

import regex

from corpuslint.checks.calltoaction import CTA_PHRASES, CTA_WORDS
from corpuslint.checks.metadata.dates import (
    CJK_DATE, FOREIGN_MONTHS, FOREIGN_DATE_IN_TEXT, NUMERIC_DATE, date_in_line, day_written, day_written_at)
from corpuslint.checks.metadata.lines import CHROME_START, Line, core_word
from corpuslint.checks.metadata.pagedate import LEAD_PUNCTUATION, UPDATED_BY
from corpuslint.checks.metadata.names import read_names
from corpuslint.checks.metadata.readers import DEGREES_AFTER, date_then_byline, read_byline
from corpuslint.checks.metadata.vocabulary import (
    BUTTON_VERBS, BYLINE_START, CALL_START, CJK_BYLINE, CJK_CREDIT_LINE, CJK_NAME, CONNECTORS, DATE_PREPOSITIONS, FUNCTION_WORDS, NAME_STOP, PUBLISHING_VERBS,
    RTL_BYLINE, SMALL_WORDS,
)
from corpuslint.stamps import MONTHS
from corpuslint.textutil import LazyPattern
from corpuslint.checks.metadata.outlets import outlet_alone

# words no person's name holds: a line with one is a role, a button or an organisation
ROLE_WORDS = frozenset(
    "editor writer reporter correspondent columnist contributor staff author engineer producer "
    "follow share subscribe comments comment min read article articles story stories post posts older newer "
    "next previous home menu news blog magazine video videos photo photos related latest "
    # the head nouns of an organisation's name: "Associated Press", "Yahoo Finance", "Tech Insider"
    "press times post media agency wire service staff bureau team finance daily journal insider network "
    "group tribune herald gazette chronicle courier recorder reuters shop store "
    # the same kinds of words in German, French, Spanish: a teasers' heading (`Ähnliche Beiträge`), a count's label
    "beiträge beitrag artikel ähnliche verwandte kommentare commentaires similaires relacionados artículos".split())
# a byline in another language: "Par Sébastien Farcis", "Por ...", "Von ..."
FOREIGN_BY = LazyPattern(r"^(?i:Par|Por|Von|Door|Di|Av|Af)\s+(?=\p{Lu})")
# an article after that label: the preposition of a phrase or a title (`PAR LES TEMPS QUI COURENT`, a radio show's
# name in a menu; `Par le Monde`), no person's name
FOREIGN_BY_ARTICLE = LazyPattern(r"^(?i:Par|Por|Von|Door|Di)\s+(?i:les?|la|l'|des|du|los|las|el|die|der|das|den|dem|"
                                 r"het|il|lo|gli)\s")
# a stamp's day written before the label, in any language the page reader reads (`2.03.2018 von Dennis Ziesecke`,
# `Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann`): at most a weekday before the day, at most a time after it
WEEKDAY_LEAD = LazyPattern(r"^(?:\p{L}{2,12}\.?,?\s*)?$")
TIME_THEN_BY = LazyPattern(r"(?:,?\s*(?:um\s+|à\s+|a\s+las\s+|alle\s+|om\s+)?\d{1,2}[:.h]\d{2}(?:\s*(?i:uhr|h))?)?"
                           r"[\s,|·•–—-]+(?=(?i:von|par|por|di|door)\s+\p{Lu})")
# an author's label, in English and other languages, a vocabulary per language (the label and its colon, or a
# participle and its "by"): `Autor: Max Mustermann`, `Auteur : Jean Dupont`, `Escrito por María López`; never an
# editor's or a source's label (`Redaktion:`, `Edited by`, `Quelle:`), which names no author
LABELLED_BY = LazyPattern(r"^(?i:(?:authors?|autor(?:in|en|a|es)?|auteure?s?|autrice|autor[ei]|verfasser(?:in)?|"
                          r"forfatter|författare|auteur|автор[ыи]?|аўтар|yazar|συντάκτης|συγγραφέας)\s*:\s*|(?:escrit[oa]|scritt[oa]|geschrieben|verfasst|publié|"
                          r"rédigé|écrit|publicado|pubblicato)\s+(?:por|da|von|par|di)\s+|"
                          # a German paper's genre before its author (`Eine Analyse von Caspar Schwietering`, zeit.de): a
                          # first name and a surname (two, `und` between), alone or before a stamp; not a headline's
                          # phrase (`Eine Analyse von Angela Merkels Politik`)
                          r"ein(?:e|en)?\s+(?:analyse|kommentar|gastbeitrag|gastkommentar|kolumne|reportage|rezension|"
                          r"kritik|glosse|essay|recherche)\s+von\s+(?-i:(?={GENRE_NAME}(?:\s+und\s+{GENRE_NAME})?"
                          r"(?:\s*$|\s*[,|·•]))))(?=\p{Lu})".replace("{GENRE_NAME}", r"\p{Lu}[\p{L}'-]+\s+\p{Lu}[\p{L}'-]+"))
# a content system's post line in another language (Drupal's `Submitted by <user> on <date>`): `Gespeichert von rasos am
# 24. Juli 2017 - 18:55`, `Soumis par …`, `Enviado por …`; the user's log-in name may be written small
SUBMITTED_BY = LazyPattern(r"^(?i:gespeichert|eingereicht|eingestellt|soumis|envoyé|enviado|inviato|ingezonden)\s+"
                           r"(?i:von|par|por|da|door)\s+(?=\w)")
FOREIGN_AND = LazyPattern(r"\s+(?:et|y|und|e|en|och|og|i|и|ve|και)\s+(?=\p{Lu})")
# the parts of a page's meta line: `Le Monde | 04.05.2015 à 13h36 | Par Martin Untersinger`
SEGMENT = LazyPattern(r"\s+[|•·—–]\s+")
LATER_BY = LazyPattern(r"^(?i:by)\s+(?=\S)")  # a meta line's byline part after its first
# an author's card glued by the converter to the byline it heads, the same words twice (`National Desk By National
# Desk`, `Rajeev Dhir | NJ Advance Media for NJ.com By Rajeev Dhir | …`): the byline from its `By` on; two words
# at least, not a phrase's (`Day By Day`, `Side By Side`)
CARD_THEN_BY = LazyPattern(r"^(?P<card>\p{Lu}\S*\s+\S[^\n]{0,78}?)\s+(?P<by>(?i:by)\s+(?P=card))(?:\s|$)")
# what follows the name in a byline that goes on to describe the author
BY_APPOSITIVE = LazyPattern(r",\s+(?:a|an|the|who|is)\s+\p{Ll}")
# a contributor who did not write: "B (photography)", "B (video)"
NOT_WRITER = LazyPattern(r"(?i)\s*(?:,|\band\b|&)\s*[^,()&]{2,50}?\s*\((?:photo\w*|pictures?|images?|"
                         r"illustrations?|video\w*|graphics?|design|data)\)")
# who took the pictures, after the writer's names (`Words by A, photos by B`, `By A; photography by B`)
PICTURES_BY = LazyPattern(r"(?i)(?<=\S)\s*(?:[,;]\s*|\s+and\s+)(?:photo(?:graph)?s|photography|pictures|images)\s+by\s+\S.*$")
NOT_NAME_LEAD = frozenset({"about", "with", "and", "featuring", "starring"})
WITH_COAUTHORS = LazyPattern(r"\((?:with|avec|con|mit|com|met)\s+([^()]{3,80})\)")
# what leads to the date after a byline's names: "on", and in a byline opened by "par"/"von"/"por"
# the same words of its language ("le", "am", "el"), a verb before them ("Veröffentlicht am", "publié le")
TRAILING_ON = LazyPattern(rf"(?i)(?:\s+(?:{PUBLISHING_VERBS}|updated|aktualisiert))?\s+(?:{DATE_PREPOSITIONS}|at)$|"
                          r"\s+(?:published|posted|veröffentlicht|publié|publicado|pubblicato)$")
ON_DATE = LazyPattern(r"(?i)^on\s+(?=\p{L}{3,9}\.?\s+\d|\d)")
POSTED_IN = LazyPattern(r"^(?i:posted|filed)\s+(?i:in|under):?\s+[^|•·]{1,60}?\s+(?=(?i:by)\s+\S)")
# a month's name, whole or cut short, in the languages the page reader knows (those English's short forms open, as
# before: `Juli 3`, `septembre 5`), and its day; never a word opening alike (`Mayer 6/6/2013` is a name and a date)
_MONTH_WORDS = sorted((w for w in {*MONTHS, *FOREIGN_MONTHS} if w[:3] in
                       "jan feb mar apr may jun jul aug sep oct nov dec".split()), key=len, reverse=True)
MONTH_DAY = LazyPattern(rf"(?i)\b(?:{'|'.join(_MONTH_WORDS)})\.?\s+[0-3]?\d\b(?!,?\s*\d|/)")
# a handle, spaced or glued to the name it follows (`By Jon Porter@JonPorty Jul 3, 2019`, qa19c r04: a Vox Media
# byline as lynx renders it); not an address's `@host.tld` (`jon@theverge.com`)
HANDLE = LazyPattern(r"(?<!\S)@\w+|(?<=\p{Lu}\p{Ll}+)@\w+(?![\w@-]|\.\w)")
FOLLOW_BUTTON = LazyPattern(r"(?<!\s)\s+Follow$")  # `(?<!\s)`: one try per run of spaces (linear, not quadratic)
# a button after the author's name that reaches the author or their other stories (`Howard Blume Contact Reporter`,
# `Marcus De Guzman View More Articles`, autoindustriya.com, glued to the name by lynx: `Marcus De GuzmanView More
# Articles`): a byline's mark
CONTACT_BUTTON = LazyPattern(r"(?:(?<!\s)\s+|(?<=\p{Ll})(?=\p{Lu}))(?:(?i:contact|e-?mail)\s+(?:the\s+)?(?i:reporter|author|writer)|"
                             r"(?i:view\s+)?(?i:more|all)\s+(?i:articles|posts|stories))$")
# what opens a byline line before its "by" and names no one: an icon (`👤 by BWW News Desk`); `Updated by`, the
# byline of a Vox Media site (`Updated by Aja Romano @ajaromano Dec 10, 2016, 10:20am EST`: pagedate.UPDATED_BY)
# lynx's mark for an image before the byline it stands in (an avatar's file name: `[f87a220e9c58….png] by Jake
# Goulding on January 20,`)
IMAGE_BY = LazyPattern(r"^\[[^\[\]\n]{1,200}\]\s+(?=(?i:by|par|von|por|door)\s)")
# the same mark for an image file before a meta line (`[logo.png] / Cory Doctorow / 10:08 am Fri Jul 19, 2013`), an
# avatar's file named by a number or a hash (`[12] Jane Doe`, `[12]Jane Doe`): never a bracketed word (`[Update]`)
IMAGE_MARK = LazyPattern(r"^(?:\[(?:[^\[\]\s]{0,200}(?:\.(?i:png|jpe?g|gif|svg|webp)|\?)[^\[\]\s]{0,200}"
                         r"|[\p{Ll}\d_-]{0,60}\d[\p{Ll}\d_-]{0,60})\]\s*)+(?=\S)")
GLYPH_BY = LazyPattern(r"^(?:(?![©®℗™])[\p{So}\p{Co}])+\s*(?=(?i:by)\s)")  # not `© by WhatsBroadcast`: a credit
# a post's comment count closing its meta line: `December 21, 2016 By Robert Gehl 2 Comments` (a WordPress theme's)
COMMENT_COUNT = LazyPattern(r"(?i)(?<!\s)\s+(?:(?:\d+|no|one)\s+(?:comments?|responses?|replies)|leave\s+a\s+comment)$")
COUNT_ENDS = frozenset("sStTeE")  # comment(s), response(s), replies
PARENTHESIS = LazyPattern(r"\([^()]{0,40}\)")
# what follows a name on a byline line: a date, a time, "1 day ago", "• 8h"
STAMP = LazyPattern(r"(?i)\b(?:\d+\s*(?:min(?:ute)?s?|hours?|hrs?|days?|weeks?|months?)\s+ago|\d+\s*min(?:ute)?s?\s+read|"
                    r"(?:před|il\s+y\s+a|hace|vor|há)\s+\d+\s*\p{L}+|"
                    r"\d{1,2}[./]\d{1,2}[./]\d{2,4}|\d{1,2}[:.]\d{2}\s*[ap]\.?m\.?)|[•·|]\s*\d+\s*[hmd]\b")


def has_date(text: str) -> bool:
    return len(text) <= 160 and (date_in_line(text) is not None or NUMERIC_DATE.search(text) is not None)


def is_stamp(text: str) -> bool:
    return has_date(text) or MONTH_DAY.search(text) is not None or STAMP.search(text) is not None


def clean_byline(text: str) -> str:
    """A byline without what names no one: `@handles`, `(reporting)`, `(R.J.)`, a `Follow` button after it."""
    text = IMAGE_MARK.sub("", text) if text[:1] == "[" else text  # `[12] Jane Doe`: lynx's mark of the avatar
    return FOLLOW_BUTTON.sub("", " ".join(HANDLE.sub(" ", PARENTHESIS.sub(" ", text)).split()))


def byline_names(line: Line) -> list[str]:
    """The names of a byline line, the date after them cut off first (`By JEFFREY GETTLEMAN JAN. 13, 2017`);
    or of the byline segment of a meta line (`Le Monde | 04.05.2015 | Par Martin Untersinger`)."""
    text = LEAD_PUNCTUATION.sub("", line.text)  # "// By Arun Sai Krishnan • Nov 11, 2020"
    text = UPDATED_BY.sub("", GLYPH_BY.sub("", IMAGE_BY.sub("", text)))
    if (card := CARD_THEN_BY.match(text)) is not None:
        text = text[card.start("by"):card.end("by")]  # `National Desk By National Desk`: the card bounds the name
    if text[-1:] in COUNT_ENDS:  # (most lines end otherwise: the count is looked for at a word it can end with)
        text = COMMENT_COUNT.sub("", text)
    if len(text) > 160 and not BY_APPOSITIVE.search(text, 0, 80):
        return []
    if len(text) <= 60 and not text.isascii() and (credit := CJK_CREDIT_LINE.match(text)) is not None:
        return cjk_names(credit["name"], credit["more"])  # `扬子晚报记者 张楠`, `采写：南都记者 余毅菁 向雪妮`
    cjk = CJK_BYLINE.search(text) if len(text) <= 160 else None
    if cjk is not None:
        more = CJK_MORE_NAMES.match(text, cjk.end())
        return cjk_names(cjk["name"], more["more"] if more is not None else "")
    korean = KOREAN_BYLINE.match(text) if len(text) <= 160 else None
    if korean is not None:
        return [korean["name"]]
    if len(text) <= 160 and not text.isascii() and (rtl := RTL_BYLINE.match(text)) is not None:
        return [" ".join(rtl["name"].split())]  # `بقلم: محمد علي`, `מאת: דנה כהן`
    if (credit := _credit_not_a_name(text)) is not None:
        return [credit]
    names = segment_names(text, line.start)
    if names or not SEGMENT.search(text):
        return names
    for at, segment in enumerate(SEGMENT.split(text)):  # a later part's `By` (`Filed under: Politics | By Dana Reyes`)
        opens = FOREIGN_BY.match(segment.strip()) or at and LATER_BY.match(segment.strip())
        names = segment_names(segment.strip(), line.start) if opens else []
        if names:
            return names
    return []


# a byline that credits no person's name: a handle (`On 6/13/2018 by @lazharichir`), a newsroom's staff
# (`2/26/2015 7:11 AM PST BY TMZ STAFF`, `By Our Foreign Staff`); "by" opens the line or follows its stamp
HANDLE_BY = LazyPattern(r"(?i)(?:^|\s)by\s+@(?P<name>\w{2,30})$")
STAFF_BY = LazyPattern(r"(?:^|\s)(?i:by)\s+(?P<name>(?:\p{Lu}[\p{L}&'.-]*\s+){1,3}(?i:staff))$")
POST_META = LazyPattern(r"(?i)^(?:(?:posted|published|written)(?:\s+on)?|on)\b")
# the same staff alone on the line under the headline (`Our Foreign Staff`, `Times Staff`); see `staff_alone`
STAFF_ALONE = LazyPattern(r"^(?:\p{Lu}[\p{L}&'.-]*\s+){1,3}(?i:staff)$")
# a user's handle: one word (`AMournfulHowlInTheNight`, `jdoe_42`) with a handle's marks inside it, a case
# change or a letter next to a digit or an underscore; not a term's shape: a brand's lower-case prefix
# (`iPhone`, `eBay`) or capitals and digits (`COVID-19`, `PS5`, `H1N1`)
HANDLE_WORD = LazyPattern(r"^\w[\w.-]{2,39}$")
HANDLE_MARK = LazyPattern(r"\p{Ll}\p{Lu}|\p{L}[\d_]")
TERM_WORD = LazyPattern(r"^(?:\p{Ll}{1,2}\p{Lu}\p{Ll}+\d*|[\p{Lu}\d.-]+)$")


def is_handle(word: str) -> bool:
    """A word shaped like a user's handle, not a date (`07.12.2017`, `2017`) or a term (`iPhone`, `COVID-19`)."""
    return (HANDLE_WORD.match(word) is not None and HANDLE_MARK.search(word) is not None
            and TERM_WORD.match(word) is None and day_written(word) is None)


CREDIT_SEGMENT = LazyPattern(r"\s+[|•·—–/]\s+")  # the parts of a credit's line: `AP | January 3, 2020`, `CBS/AP / June 6, 2013`


def outlet_before_stamp(text: str) -> str | None:
    """`CBC News · Posted: Jan 03, 2020 4:00 AM ET`, `AP | January 3, 2020`: an outlet credited alone, then the stamp;
    on an `Outlet | Name | date` line the person's name, not the outlet's."""
    parts = [part.strip() for part in CREDIT_SEGMENT.split(text)] if len(text) <= 100 else []
    if len(parts) < 2 or (outlet := outlet_alone(parts[0])) is None:
        return None
    names = [name for part in parts[1:] if (name := bare_name(clean_byline(part))) is not None]
    stamps = sum(1 for part in parts[1:] if is_stamp(part))
    if not stamps or len(names) + stamps != len(parts) - 1 or len(names) > 1:
        return None
    return names[0] if names else outlet


def staff_alone(text: str) -> bool:
    """A newsroom's staff named as the author (`Our Foreign Staff`, `TMZ Staff`), not a menu item or a
    button calling the reader to them (`Meet Our Staff`, `Contact Editorial Staff`, `Email Staff`)."""
    return STAFF_ALONE.match(text) is not None and not CALL_START.match(text) and not CHROME_START.match(text)


def _credit_not_a_name(text: str) -> str | None:
    """The handle or the staff a byline line credits, when `by` opens the line or follows its stamp
    (`Photo by @jane`, `loved by our staff` are not bylines)."""
    if len(text) > 100 or "by" not in text.casefold():
        return None
    match = HANDLE_BY.search(text) or STAFF_BY.search(text)
    if match is None:
        return None
    before = text[: match.start()].strip(" ,|·•-–—")  # what stands before "by"
    if before and not is_stamp(before) and not POST_META.match(before):
        return None
    return match["name"]


def segment_names(text: str, start: int) -> list[str]:
    appositive = BY_APPOSITIVE.search(text, 0, 80)
    if appositive is not None and BYLINE_START.match(text):
        text = text[: appositive.start()]  # "By Alex Heath, a deputy editor and author of ...": the name
    if len(text) > 160:
        return []
    text = PICTURES_BY.sub("", NOT_WRITER.sub("", text))  # "by A (reporting) and B (photography)", "by A, photos by B"
    text = WITH_COAUTHORS.sub(r" and \1", text)  # "Par A (avec B et C)"
    if "@" in text or "(" in text:
        text = clean_byline(text)
    if FOREIGN_BY_ARTICLE.match(text):
        return []
    submitted = SUBMITTED_BY.match(text)
    foreign = FOREIGN_BY.match(text) or LABELLED_BY.match(text) or submitted
    if foreign:  # "Par Sébastien Farcis", "Por ...", "Von ...": a byline in another language
        text = ("Submitted by " if submitted else "By ") + FOREIGN_AND.sub(" and ", text[foreign.end():])
    if ON_DATE.match(text):
        text = "Posted " + text  # "on March 10, 2015 by Nikhil Marathe": a post's meta line
    text = POSTED_IN.sub("Posted ", text)  # `Posted in Politics, World by Dana Reyes`: the post's categories, then its writer
    line = Line(start, start + len(text), text, True)
    full_date = date_in_line(text)
    # where a byline before a date ends; "par A, le 15 septembre 2009", "von A Veröffentlicht am 1. Mai 2019"
    date = full_date or (_foreign_date_ending(text) if foreign else None) or MONTH_DAY.search(text)
    if date is None and not foreign and BYLINE_START.match(text):
        # `By Franziska Dully 10. Februar 2019 in Allgemein , Fashion , Kolumne` (a theme's English label, the
        # blog's German day): the names stop at the day
        date = FOREIGN_DATE_IN_TEXT.search(text)
    stop, whole = (date.start(), False) if date is not None else (None, True)
    if (stop is None and not foreign and BYLINE_START.match(text) and (written := day_written_at(text)) is not None
            and FULL_YEAR.search(text, written[1], written[2])):
        stop = written[1]  # `By Jon Mayer 6/6/2013 10:00 A.M. ET`, `By John Doe 2013/06/06`: a numeric day, its year whole
    found = read_byline(line)
    if not found and stop is not None and stop > 3:
        cut = TRAILING_ON.sub("", text[: stop].rstrip(" ,|·•-–—"))  # "Posted by A, B on <date>, all posts"
        cut = cut.rstrip(" ,|·•-–—")
        found = read_byline(Line(line.start, line.start + len(cut), cut, True))
        if whole and found and not all(bare_name(name) for name in _values(found[0].value)):
            found = []  # before a numeric day, whole names only (`By Version 2.10.2013` is a release's)
    if not found and full_date is not None:  # a day without its year ("Mar 11") is no dateline
        found = date_then_byline(line, text.rstrip(". "), full_date)
    if not found and (names := _capital_names(text)) is not None:
        found = read_byline(Line(line.start, line.start + len(names), names, True))
    if not found and not foreign and (label := day_then_label(text)) is not None:
        return segment_names(text[label:], start + label)
    if not found and (label := STAMP_LABEL.search(text)) is not None and BYLINE_START.match(text) and is_stamp(label[0]):
        # `By A Last updated at 10:00 AM on 6th June 2013`, `By A | Published on: 6/6/13`: the names, then the stamp's label
        found = read_byline(Line(line.start, line.start + label.start(), text[: label.start()], True))
    if not found and (credit := OUTLET_CREDIT.search(text)) is not None and BYLINE_START.match(text):
        found = read_byline(Line(line.start, line.start + credit.start(), text[: credit.start()], True))
    if not found and (label := SECTION_THEN_BY.match(text)) is not None and is_stamp(text):
        # `News By Ann Lee Jun. 6, 2013 5:16 pm`: a section's label, then the byline and its stamp (a phrase's
        # `Day By Day`, `Stand By Me` has no stamp after it)
        names = segment_names(text[label.end():], start + label.end())
        return names if names and all(bare_name(name) for name in names) else []  # not `Stand By Me June 6, 2013`
    if not found:
        return []
    value = found[0].value
    return [_printed_once(name) for name in (value if isinstance(value, list) else [value])]


def _printed_once(name: str) -> str:
    """`Andrea Wong Andrea Wong` (an avatar's alt text, then the link, as a converter glues them): the name once."""
    words = name.split()
    half = len(words) // 2
    return " ".join(words[:half]) if half >= 2 and len(words) == 2 * half and words[:half] == words[half:] else name


# an outlet's credit closing a byline after the name (`By Jane Roe BBC News`, `Andy Green , Forbes Staff`, `Indu Nand ,
# ET Bureau`): an acronym or one capitalised word, then a newsroom's noun
OUTLET_CREDIT = LazyPattern(r"(?:\s*,\s*|\s+)(?:\p{Lu}{2,6}|\p{Lu}\p{Ll}+)\s+(?:News(?:\s+Digital)?|Staff|Bureau|Newsroom)$")
FULL_YEAR = LazyPattern(r"(?<!\d)(?:19|20)\d\d(?!\d)")
STAMP_LABEL = LazyPattern(r"\s+(?:[|•·–—/-]\s+)?(?i:(?:last\s+)?updated|posted|published|filed)\b.{0,60}$")
STAFF_CREDIT = LazyPattern(r"^\s*,\s*\S+\s+(?:Staff|Bureau)$|^\s+\S+\s+Staff$")
SECTION_THEN_BY = LazyPattern(r"^\p{Lu}\p{Ll}+\s+(?=By\s+\p{Lu})")


def _values(value: str | list[str]) -> list[str]:
    return value if isinstance(value, list) else [value]


def day_then_label(text: str) -> int | None:
    """Where a foreign by-label starts after the stamp's day opening the line (`2.03.2018 von Dennis Ziesecke`),
    the day preceded by a weekday at most and followed by a time at most; None on any other line."""
    if len(text) > 120 or (day := day_written_at(text)) is None or not WEEKDAY_LEAD.match(text[: day[1]]):
        return None
    label = TIME_THEN_BY.match(text, day[2])
    return label.end() if label is not None else None


# a name and the outlet it writes for, in capitals or capitalised words: `Doug Stanglin, USA TODAY`
AFFILIATION = LazyPattern(r",\s+(?:\p{Lu}[\p{L}&'.-]*\s*){1,4}$")
# the co-authors after a label's first name, when they close the line: `作者：余毅菁 向雪妮`
CJK_MORE_NAMES = LazyPattern(rf"(?P<more>(?:[ 　、]+{CJK_NAME}){{1,3}})\s*[】\]）)]?$")
# what closes a Chinese credit after the names and is no name: `记者 李明 报道`, `张蕊 摄`, `王五 整理`
CREDIT_CLOSERS = frozenset("报道 报导 報導 摄影 攝影 摄 攝 整理 编译 編譯 综合 綜合 发自 發自 编辑 編輯 校对 校對 实习生 實習生 "
                           "通讯员 通訊員 撰稿 供稿 图 圖 文".split())


def cjk_names(first: str, more: str) -> list[str]:
    """The names of a Chinese credit: the first, then the others up to a word that closes the credit."""
    if first in CREDIT_CLOSERS:
        return []
    names = [first]
    for word in regex.split(r"[\s、]+", more.strip()) if more.strip() else ():
        if word in CREDIT_CLOSERS:
            break
        names.append(word)
    return names


# a Korean reporter's line: the name, 기자 ("reporter"), the e-mail address (`최윤호 기자 uknow@donga.com`)
KOREAN_BYLINE = LazyPattern(r"^(?P<name>\p{Hangul}{2,4})\s*기자(?:\s+[\w.+-]+@[\w.-]+\.\w+)?$")
# "By" and names in capitals, then what is no name: a stamp or a role in lower case
# (`By PHILLIP RAWLS 10/ 5/11 09:19 PM ET`, `By A & B | 10/9/10 7:15 AM EDT`, `Par A, B Envoyés spéciaux`)
CAPITAL_NAMES = LazyPattern(r"^(?i:by):?\s+(?P<names>\p{Lu}[\p{Lu}'.-]*(?:(?:\s*,|\s+(?:and|&))?\s+\p{Lu}[\p{Lu}'.-]*)+)"
                            r"(?=\s)(?P<rest>.+)$")


# what goes on after a name in a heading's sentence, not a role (`mit`, `zur`, `avec`): other languages' small words
PREPOSITIONS = frozenset("mit zur zum nach vom aus über und avec pour sur dans con para por per tra fra met naar".split())


def _capital_names(text: str) -> str | None:
    """`By NAME NAME` cut where the capitals end, when what follows holds a stamp or opens with a word
    in lower case (a role): the names a newsroom prints in capitals, without the rest."""
    match = CAPITAL_NAMES.match(text)
    if match is None:
        return None
    words = [word.casefold() for word in regex.findall(r"[\p{L}'.-]+", match["names"])]
    if any(word in FUNCTION_WORDS or word in SMALL_WORDS and word != "and" for word in words):
        return None  # `BY THE WAY ...`: a heading in capitals
    rest = match["rest"].strip()
    opens = rest.split()[0]
    if not (is_stamp(rest) or opens[1:] != opens[1:].upper()):
        return None  # `PAR JACQUES ATTALI | Deux Europe, deux Parlements`: a list of other stories
    if not is_stamp(rest) and (opens.casefold() in FUNCTION_WORDS or opens.casefold() in SMALL_WORDS
                               or opens.casefold() in PREPOSITIONS):
        return None  # `Von PUBLIC VOICE mit osAlliance zur ALLMENDA nach fairkom`: a heading's sentence, no role
    return "By " + regex.sub(r"\s*,\s+(?=\p{Lu})", " and ", match["names"])


def name_line(text: str) -> tuple[str | None, bool]:
    """A line that is a person's name, alone or with its stamp after it; and whether a stamp was there."""
    text = IMAGE_MARK.sub("", text) if text[:1] == "[" else text
    if len(text) > 100:
        return _printed_twice(text), True
    cut, first = len(text), None
    for search in (date_in_line, STAMP.search, NUMERIC_DATE.search):
        match = search(text)
        if match is not None and match.start() < cut:
            cut, first = match.start(), match
    if first is None and not text.isascii() and (credited := _credited_before_cjk_date(text)) is not None:
        return credited, True
    head = clean_byline(text[:cut]).strip(" ,|·•-–—/*")  # `Mark Knox /`, `* Rich Johns`: a share bar's, a list's marks
    contact = CONTACT_BUTTON.search(head)  # `Howard Blume Contact Reporter`: the author, by the button
    if contact is not None:
        head = head[: contact.start()]
    if len(words := head.split()) >= 4 and words[: len(words) // 2] * 2 == words:
        head = " ".join(words[: len(words) // 2])  # `Howard Blume Howard Blume`: lynx's avatar alt, then the name
    stamped = cut < len(text) or HANDLE.search(text) is not None or contact is not None
    by = BYLINE_START.match(head)  # `By Sage Lazzaro • 12/16/16 12:21pm`: the name without its "By"
    name = bare_name(head[by.end():] if by is not None else head)
    if name is None and stamped:
        name = _segmented_name(text)
    if name is None and stamped and (outlet := AFFILIATION.search(head)) is not None:
        name = bare_name(head[: outlet.start()])  # `Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014`
    if name is None and (credit := OUTLET_CREDIT.search(head)) is not None and STAFF_CREDIT.match(credit[0]):
        # `Andy Green , Forbes Staff`, `Indu Nand , ET Bureau`: the name, its outlet's staff credit marking it (not `Our
        # Foreign Staff`: no name before; `Devin Cole NBC News`, a topic's look-alike `World Cup Sky News`, only where the
        # page bears the name out: bornebyline)
        name = bare_name(head[: credit.start()])
        stamped = stamped or name is not None
    if name is None and stamped and (outlet := AFFILIATION.search(head)) is not None and NEWSROOM.match(head[: outlet.start()].strip()):
        name = head[: outlet.start()].strip()  # `HT Correspondents , Hindustan Times Srinagar, July 19, 2013`: a newsroom's credit
    if name is None and staff_alone(head):
        name = head
    if name is None and (comma := head.rfind(",")) > 0 and DEGREES_AFTER.match(head[comma:]):
        name = bare_name(head[:comma])  # `Dr. Jane Roe, MD`: the name, its degrees after it
    if name is None and stamped:
        name = _printed_twice(text)
    if name is None and first is not None:
        name = _name_after_stamp(head, text[first.end():])
    if name is None and first is not None and not head:
        name = _name_before_count(text[first.end():])
    return name, stamped


# a newsroom credited as the author, an acronym and its reporters (`HT Correspondents`, `ET Bureau`, `TOI Staff`)
NEWSROOM = LazyPattern(r"^\p{Lu}{2,6}\s+(?:Correspondents?|Reporters?|Staff|Bureau)$")
# a name printed twice in a row before its stamp, an avatar's alt text and the link (`Indu Nand Indu Nand , ET Bureau |
# Jul 17, 2013, 10.13 AM IST`), whatever a tooltip put before them; an outlet's credit after the second
PRINTED_TWICE = LazyPattern(r"(?:^|\s)(?P<name>\p{Lu}[\p{L}'.-]+(?:\s+\p{Lu}[\p{L}'.-]+){1,2})\s+(?P=name)"
                            r"(?=\s*(?:,\s*(?:\p{Lu}[\p{L}&.-]*\s*){1,3})?\s*[|•·–—-]\s)")


def _printed_twice(text: str) -> str | None:
    """The name a stamped line prints twice in a row, when it is a person's name; else None."""
    twice = PRINTED_TWICE.search(text) if len(text) <= 200 else None
    return bare_name(twice["name"]) if twice is not None and is_stamp(text[twice.end():]) else None


# the one name a Chinese page's stamp line credits (`TNW中文站 2016年10月14日07:17`): letters and digits, some Han
CJK_CREDITED = LazyPattern(r"^(?=[\p{L}\d]*\p{Han})[\p{L}\d]{2,12}$")
# the words of a stamp's own labels and a channel's, none a credited name (`发布时间 2019年…`, `更新 2019年…`)
CJK_STAMP_WORDS = LazyPattern(r"来源|来自|编辑|记者|作者|发布|发表|时间|日期|更新|修改|频道|栏目|首页|今天|今日|昨天|本文|原文|转载")
CLOCK_ONLY = LazyPattern(r"^(?:\d{1,2}:\d\d(?::\d\d)?)?$")


def _credited_before_cjk_date(text: str) -> str | None:
    """`TNW中文站 2016年10月14日07:17` under a Chinese headline: the outlet or writer the stamp line credits, one word
    before the day set off by a space, nothing but the hour after it; not a label (`发布时间 2019年…`), nor a
    headline running into its day (`今日股市行情分析--2019年8月19日`)."""
    match = CJK_DATE.search(text)
    if match is None or match.start() < 3 or not text[match.start() - 1].isspace():
        return None
    head = text[: match.start()].strip()
    if CJK_CREDITED.match(head) is None or CJK_STAMP_WORDS.search(head) is not None:
        return None
    return head if CLOCK_ONLY.match(text[match.end():].strip()) is not None else None


def _name_after_stamp(head: str, tail: str) -> str | None:
    """`Medical Daily 9/21/2016 Lizette Borreli` (a syndicating portal's line under the headline): the name that
    closes a stamp line when all before the stamp is an outlet's name, two to four capitalised words and no
    label, button or update note (`Sports 9/21/2016 New York` is a section's label, a place)."""
    words = head.split()
    if not 2 <= len(words) <= 4 or any(not w[:1].isupper() or core_word(w).lower() in NAME_STOP for w in words):
        return None
    if CHROME_START.match(head) or BYLINE_START.match(head) or POST_META.match(head) or ":" in head:
        return None
    tail = tail.strip(" ,|·•-–—")
    if not tail or date_in_line(tail) or NUMERIC_DATE.search(tail):
        return None
    return bare_name(tail)


# what follows a post's day on its meta line before the author's name: the hour (`9:40 Uhr`, `10:08 am`)
HOUR_LEAD = LazyPattern(r"^[\s,]*(?:(?i:um|à|at)\s+)?(?:\d{1,2}[:.]\d{2}\s*(?i:uhr|h|[ap]\.?m\.?)?)?\s*")
# the comment count closing it, in English, German, French, Spanish, Italian, Dutch
COUNT_TAIL = LazyPattern(r"\s+\d+\s+(?i:comments?|responses?|kommentare?|commentaires?|comentarios?|commenti|"
                         r"reacties|reacciones)$")


def _name_before_count(tail: str) -> str | None:
    """`19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare`: a post's meta line opening with its day (and hour), the
    author's name between it and the comment count closing the line. A count is asked for: without one, what
    follows a day is as often a place (`June 19, 2007 New York`)."""
    count = COUNT_TAIL.search(tail)
    if count is None:
        return None
    return bare_name(tail[HOUR_LEAD.match(tail).end(): count.start()].strip())


# the parts of a post's meta line: `23.06.2016 um 16:14 Uhr - Markus Reuter - 91 Ergänzungen`
META_PART = LazyPattern(r"\s+[-|/•·—–]\s+|^[/|•·]\s*")
COUNT = LazyPattern(r"^\d+\s+\p{L}+$")  # "91 Ergänzungen", "0 Comments"


def _segmented_name(text: str) -> str | None:
    """A meta line of parts, one a person's name and each other a stamp or a count
    (`/ Cory Doctorow / 10:08 am Fri Jul 19, 2013`): the name."""
    names, stamps = [], 0
    for part in META_PART.split(text):
        part = part.strip()
        if (by := BYLINE_START.match(part)) is not None:
            part = part[by.end():]  # `By Jon Mayer | Archive 6/6/2013 10:00 A.M. ET`: the name, not its "By"
        if not part:
            continue
        name = bare_name(clean_byline(part))
        if name is not None:
            names.append(name)
        elif is_stamp(part):
            stamps += 1
        elif not COUNT.match(part):
            return None
    return names[0] if len(names) == 1 and stamps else None


# a compass point or `New` opening a place's name (`New Delhi`, `North India`, `West Bengal`); no first name is one
PLACE_LEAD = frozenset("new north south east west northern southern eastern western central upper lower greater los las".split())


def bare_name(text: str) -> str | None:
    """A line that is only a person's name (`Hazel Sheffield`)."""
    words = text.split()
    if not 2 <= len(words) <= 4 or len(text) > 40:
        return None
    if any(core_word(w).lower() in ROLE_WORDS or core_word(w).lower() in NAME_STOP for w in words):
        return None
    if any(core_word(w).lower() in CONNECTORS for w in words):
        return None  # "The Sound Of Science", "Friends of the Earth": a site's or a body's name
    if words[0].casefold() in PLACE_LEAD:
        return None  # `New Delhi`, `North India`: a dateline's place or a section's region, no person
    if words[0].casefold() in NOT_NAME_LEAD:
        return None  # `About Dana Reyes`: an author box's label; `With Dana Reyes`: a show's host, a phrase's
    if any(word.casefold() == "by" for word in words):
        return None  # `By Jane Roe`, `Stand By Me`: a byline's label or a phrase's preposition, never a name's word
    if all(core_word(w).casefold() in NO_NAME_WORDS for w in words) or words[0].casefold() in BUTTON_VERBS:
        return None  # `Log In`, `Read More`, `View Images`, `LIKE SAVE PRINT`: buttons' words, never a person
    if len(words) == 2 and words[0].endswith("ing") and words[1].endswith("ed"):
        return None  # `Getting Started`, `Getting Connected`: a guide's heading, a verb's forms (no given name)
    names, consumed = read_names(text, 0, shout=text.isupper())
    if len(names) != 1 or text[consumed:].strip():
        return None
    return names[0]


# the words of a button's call (`Log In`, `Sign Up`, `See All`): what calls the reader (calltoaction), the particles
# of its phrases
CALL_WORDS = CTA_WORDS | {word for phrase in CTA_PHRASES for word in phrase.split()}
# a button's word: a row of buttons reads as capitalised words (`LIKE SAVE PRINT`, `More Activity`), never a name
BUTTON_WORDS = (CALL_WORDS - {"la", "in", "from", "to", "all", "out", "up", "back"}) | frozenset(
    "like save tweet pin activity size text font copy url icon facebook twitter linkedin whatsapp pinterest reddit "
    "instagram youtube flipboard messenger tumblr rss feed".split())
NO_NAME_WORDS = CALL_WORDS | BUTTON_WORDS  # a line of these words alone is buttons

# after a date that ends a byline in another language: its time, nothing else ("à 13h36", "um 16:14 Uhr")
TIME_AFTER = LazyPattern(r"(?i)^[\s,.|–—-]*(?:(?:um|à|a\s+las|alle|at)?\s*\d{1,2}[:.h]\d{2}\s*(?:uhr|h)?)?[\s.]*$")


def _foreign_date_ending(text: str):
    """The date of another language that ends `text` (`par A, le 15 septembre 2009`): where the names
    stop. A date with words after it is inside a sentence (`Von Berlin fuhr am 1. Mai 2019 ...`)."""
    match = FOREIGN_DATE_IN_TEXT.search(text)
    return match if match is not None and TIME_AFTER.match(text[match.end():]) else None


ROLES = frozenset("editor correspondent reporter writer columnist critic".split())
_BEFORE_A_ROLE_NOT = SMALL_WORDS | FUNCTION_WORDS  # `sacks his education editor`: no job title


def name_before_role(text: str) -> str | None:
    """`Richard Adams Education editor`, `Jane Doe Chief political correspondent`, `Jane Doe political
    correspondent`: a name and its job title on the byline's line, the title ending in a role written in
    lower case (a headline capitalises it) after lower-case words and at most one capitalised one."""
    words = text.split()
    if len(words) > 8 or not words or words[-1] not in ROLES:
        return None
    start = len(words) - 1
    while (start > 0 and len(words) - start <= 2 and words[start - 1].islower()
           and words[start - 1] not in _BEFORE_A_ROLE_NOT):
        start -= 1  # `political`; not `sacks his education editor`
    for cut in (start - 1, start):  # with the one capitalised word (`Education`) first, then without it
        if cut >= 2 and (name := bare_name(" ".join(words[:cut]))) is not None:
            return name
    return None


BULLET = LazyPattern(r"^[*•·+-](?:\s|$)")


def listed_entry(lines: list[Line], index: int) -> bool:
    """A bulleted line beside another bulleted line that names no one: a menu's entry (`* More` over `* Log In`) or a
    teaser in a list of other stories (`* Two mosquitoes test positive` over `* County Court Notes, 7/18/2013`), no
    byline. (A list of names, each bulleted, is the story's authors: `* Jane Roe` / `* John Doe`.)"""
    if not BULLET.match(lines[index].text):
        return False
    return any(BULLET.match(lines[near].text) and name_line(lines[near].text)[0] is None
               and not (len(lines[near].text) <= STAMP_ITEM and is_stamp(lines[near].text))  # `* 1:18 PM ET`: its time
               for near in (index - 1, index + 1) if 0 <= near < len(lines))


STAMP_ITEM = 24  # a byline's list item holding its stamp alone (`* 1:18 PM ET`, `* Dec 3, 2016`)
