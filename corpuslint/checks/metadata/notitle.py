"""Lines that stand first in an article's text, short and capitalised like a headline, yet name no story.

A title is a short line that names the story and has the story under it (or a byline or a stamp, then
the story). A scraper that keeps only the article's text often opens it with something else:

    Taiwanese President Tsai Ing-wen speaks during … election. Photo: AP   <- a picture's caption
    (L-R) Mike Pompeo, Julian Assange, Sheldon Adelson                     <- a caption's positions
    Courtesy of Forests News                                               <- a credit
    Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann                   <- a stamp, a byline
    Schengen, 3. Juli 2018 — Aussendung / Posted the September 1, 2017     <- a dateline, a post's stamp
    Technology Review Juli 2019                                            <- an issue's label
    Datum: 22.12.2012, Rubrik: USA                                         <- labels
    Keine Suchergebnisse gefunden!                                         <- a search page's message
    #Debian-Referenz Debian-Referenz Kapitel 12. Programmierung            <- lynx's line of a page's links
    CAT(1)              Dienstprogramme für Benutzer              CAT(1)   <- a man page's running header
    FORMAT OF STRAIGHT WORD LIST                  *spell-wordlist-format*  <- a help file's tagged heading
    (Slip Opinion)              OCTOBER TERM, 2012                       1  <- a printed page's running head
    EXT. BRICK'S PATIO - DAY / SCENE III. The Grecian camp.                 <- a script's scene heading

`not_a_title` tells these by their shape (a date leading the line, a caption's or a credit's words, a label
holding a date or another label, a message of an empty search, the furniture of a rendered page: a text
browser's link line, a manual's running header, a help file's tag); `story_follows` (the head reader's) tells a
headline from a formula or a heading over a block of labels (`Im Namen des Volkes` / `Urteil` / `Aktenzeichen:
…`) and from an issue's label that no byline or stamp signs (`Technology Review Juli 2019`).
"""

from __future__ import annotations

from collections.abc import Callable

from corpuslint.checks.metadata.dates import FOREIGN_MONTHS, day_written_at
from corpuslint.checks.metadata.lines import Line, is_prose
from corpuslint.checks.metadata.restdoc import is_directive
from corpuslint.checks.metadata.vocabulary import NOT_LABELS, PUBLISHING_VERBS, WEEKDAY_NAMES as _WEEKDAY
from corpuslint.stamps import MONTH_PATTERN
from corpuslint.textutil import LazyPattern

# what may stand before the date of a stamp: a weekday, a place and a comma, a label, a publishing verb
STAMP_LEAD = LazyPattern(
    rf"(?i)^(?:{_WEEKDAY},?\s*|\p{{Lu}}[\p{{L}}'’.-]+(?:[ -]\p{{Lu}}[\p{{L}}'’.-]+)?,\s*|\p{{L}}+(?:\s\p{{L}}+)?\s*:\s*"
    rf"|(?:{PUBLISHING_VERBS}|updated|mis\s+à\s+jour|aktualisiert)(?:\s+(?:on|the|at|am|le|el|il|em|op|den))?\s*"
    r"|(?:le|el|il|am|den|on|the)\s+|[\[(]\s*)*$")
_MONTH = MONTH_PATTERN + "|" + "|".join(sorted(FOREIGN_MONTHS, key=len, reverse=True))
# `Technology Review Juli 2019`, `Juli 2019`: a name and a month, nothing else, an issue's or an event's label; the
# story's title only where the story signs it (`DenkanStoos April 2012` / `Veröffentlicht am 11/04/2012 von …`)
ISSUE_LABEL = LazyPattern(rf"(?i)^(?:(?-i:\p{{Lu}})[\p{{L}}&.'’-]*\s+){{0,3}}(?:{_MONTH})\.?\s+(?:1[89]|2\d)\d\d$")
# a caption's or a credit's words: `Courtesy of …`, `Photo: AP` closing it, `(L-R)`, `©`
# (a plural is a gallery's kicker unless a credit follows it: `PHOTOS: 22 child stars …`, `Photos: Weather around the world`)
CREDIT_OPENING = LazyPattern(r"(?i)^(?:courtesy\s+of|(?:photo(?:graph)?|foto|bild|image|picture|credit)\s*:"
                             r"|(?:photo(?:graph)?s|fotos|bilder|images|credits)\s*:\s*(?:[^\s/]+\s*){1,2}$"
                             r"|(?:photo(?:graph)?s|fotos|bilder)\s*:.*\p{L}\s?/\s?\p{L}"  # `Photos: A/Getty`, not `9/11`
                             r"|(?:photo(?:graph)?s?|image|picture)\s+by\b|fotos?\s+(?:von|de)\b|©|\(c\)\s)")
# a credit closing a caption: `… election. Photo: AP`, `… | Foto: dpa`, `… © Reuters`
CREDIT_CLOSING = LazyPattern(r"(?i)(?:[.!?”\"]\s+|\s[|–—-]\s+)(?:photo(?:graph)?s?|fotos?|bild|image|picture|credit)s?"
                             r"\s*:\s*\S[^:]{0,50}$|(?:©|\(c\))\s*\S[^©]{0,50}$"
                             # `Was zeichnet erfolgreiche Tweets aus? (Foto: Pixabay.com / irfanahmad)`
                             r"|\s\((?:photo(?:graph)?s?|fotos?|bild|image|picture|credit)s?\s*:\s*[^():]{1,50}\)$")
# a credit whose name was a logo, left out of the text: `Food Advertising by`, `Powered by`, `Präsentiert von`
CREDIT_LOGO = LazyPattern(r"(?i)\s(?:by|von|par|por)$")
CAPTION_POSITIONS = LazyPattern(r"(?i)\(\s*(?:l\.?\s*-\s*r\.?|r\.?\s*-\s*l\.?|(?:from\s+)?(?:left|right)(?:\s+to\s+(?:left|right))?|"
                                r"v\.\s*l\.\s*(?:n\.\s*r\.)?|von\s+links|de\s+gauche\s+à\s+droite|(?:de\s+)?izq(?:uierda)?\.?"
                                r"(?:\s+a\s+der(?:echa)?\.?)?)\s*\)")
# a byline closing the line: `…, von Dr. Sebastian Brüggemann`, `… - by Jane Doe`
BYLINE_CLOSING = LazyPattern(r"(?:,|\s[-–—|]|^(?:\p{L}+\s+){0,2}\p{L}+)\s*(?i:von|by|par|por|door|di)\s+(?:(?i:dr|prof|mag)\.?\s+)*"
                             r"(?!(?i:the|a|an|der|die|das|le|la|les|el|los|un|une)\s)"
                             r"\p{Lu}[\p{L}'’-]+(?:\s+\p{Lu}[\p{L}'’.-]*){1,3}\s*$"
                             # the author's label (`Autor: Steffen PACHE, Sächsische Landesanstalt …`)
                             r"|^(?i:autor(?:in|en)?|authors?|verfasser(?:in)?|auteure?s?|autore|autori)\s*:\s*\S")
# labels on one line (`Datum: 22.12.2012, Rubrik: USA`)
TWO_LABELS = LazyPattern(r"^\p{Lu}\p{L}+(?:\s\p{L}+)?\s*:\s*\S.*?[,;|]\s*\p{Lu}\p{L}+(?:\s\p{L}+)?\s*:\s*\S")
LABEL = LazyPattern(r"^(?P<label>\p{Lu}[\p{L}'’]*(?:\s[\p{L}'’]+){0,2})\s*:\s+\S")
# what a site prints where a search or a page found nothing
EMPTY_RESULT = LazyPattern(r"(?i)^\W*(?:(?:no|keine?|aucun[e]?|ning[uú]n[oa]?|sin|nessun[oa]?|geen)\s+(?:\p{L}+\s+){0,2}"
                           r"(?:results?|(?:such)?ergebnisse|treffer|r[ée]sultats?|resultados?|risultati|resultaten)"
                           r"(?:\s+\p{L}+){0,3}|(?:nothing|nichts|rien)\s+(?:\p{L}+\s+)?(?:found|gefunden|trouvé)"
                           r"|(?:(?:the\s+)?page|seite|site|article|artikel|file|datei|document|post|beitrag|inhalt|content)"
                           r"\s+(?:was\s+|wurde\s+)?(?:not\s+found|nicht\s+gefunden|introuvable|no\s+encontrad[ao]|niet\s+gevonden)"
                           r"|(?:error\s+)?404(?:\W+(?:error|(?:page\s+)?not\s+found|nicht\s+gefunden|introuvable))?)\W*$")
RECORD_CELLS = 3
NUMBER_CELL = LazyPattern(r"^[-+]?\d+(?:[.,]\d+)?%?$")
LEAD_CHARS = 40  # how far into the line the date of a stamp may stand
# lynx renders a page's `<link rel>` elements as a line opening with `#` glued to the first one's label
# (`#alternate aragonés Asturianu …`, `#Debian-Referenz Debian-Referenz Kapitel 12. Programmierung`: the book, the
# previous and the next chapter); a hashtag opening a line tags it, and names no story either
LINK_LINE = LazyPattern(r"^#\p{L}")
ADDRESS = LazyPattern(r"^(?:https?://|www\.)\S+$")  # a page's address printed over it (natgeo's canonical URL)
# a man page's running header, printed at the top of each page: `CAT(1)  Dienstprogramme für Benutzer  CAT(1)`,
# the page's name and section at both ends (man's title is the name, the header no headline)
RUNNING_HEADER = LazyPattern(r"^(?P<page>[\w.:+-]+\(\w{1,4}\))\s.*\s(?P=page)$")
# a printed page's running head laid out as pdftotext keeps it: its page number at one end, set apart by a wide
# gap (`(Slip Opinion)              OCTOBER TERM, 2012                 1`, `2     FISHER v. UNIVERSITY OF TEXAS`), or,
# its spaces closed up, a page number right after the year the head ends with (`… OCTOBER TERM, 2012 1`, `Cite as:
# 570 U. S. ____ (2013) 3`): two numbers side by side, no title's words
PAGE_HEAD = LazyPattern(r"\S[ \t]{3,}\d{1,4}$|^\d{1,4}[ \t]{3,}\S|\b(?:1[6-9]|20)\d\d\)?[ \t]+\d{1,4}$")
# a script's scene heading: a screenplay's slug line (`INT.`/`EXT.`/`INT./EXT.`/`I/E` opening it: `EXT. BRICK'S PATIO -
# DAY`) or a play's numbered act or scene (`SCENE III. The Grecian camp.`, `ACT II`): one part of a script, not its title
SCENE_HEADING = LazyPattern(r"^(?:(?:INT|EXT|EST|INT\.?/EXT|I/E)\.\s|(?i:act|scene)\s+(?:[IVXLC]+|\d{1,3})\b\.?(?:\s|$))")
# a Vim help file's tags: `*pi_zip.txt*` opening its first line, `*spell-wordlist-format*` closing a section's
# heading; a word between asterisks at either end of the line, no space in it
HELP_TAG = LazyPattern(r"^\*[^\s*|]+\*(?:\s|$)|\s\*[^\s*|]+\*$")
# a page's accessibility link, first in its text: `Skip to content`, `Skip to main content`, `Zum Inhalt springen`,
# `Aller au contenu` (a link to the story, never its headline)
SKIP_LINK = LazyPattern(r"(?i)^(?:skip|jump)\s+to\s+(?:the\s+)?(?:main\s+|primary\s+)?(?:content|navigation|menu|search|footer)\W*$"
                        r"|^(?:direkt\s+)?zum\s+(?:haupt)?inhalt(?:\s+springen|\s+wechseln)?\W*$"
                        r"|^(?:aller|passer)\s+au\s+contenu(?:\s+principal)?\W*$|^(?:saltar|ir)\s+al\s+contenido(?:\s+principal)?\W*$"
                        r"|^(?:vai|salta)\s+al\s+contenuto(?:\s+principale)?\W*$")


# a template's slot, for the user to fill: a licence's `[SOFTWARE NAME] Copyright (YEAR) (COPYRIGHT HOLDER(S)/AUTHOR(S))`
# (Hippocratic-2.1), `insert GPL v3 text here` (GPL-3.0-with-GCC-exception), `<name of author>`; a title names the work
TEMPLATE_SLOT = LazyPattern(
    r"(?i)[\[<{(][ \t]*(?:(?:software|project|program|product|company|organi[sz]ation|your)[ \t]+name|name[ \t]+of[ \t]"
    r"[^\]>})\n]{1,40}|year|yyyy|copyright[ \t]+holders?(?:\(s\))?(?:[ \t]*/[ \t]*authors?(?:\(s\))?)?)[ \t]*[\]>})]"
    r"|^[\[<(]?[ \t]*insert\b[^\n]{0,60}\bhere\b\W*$")


def not_a_title(text: str) -> str | None:
    """What the line is instead of a title (`date`, `caption`, `credit`, `byline`, `label`, `message`, `links`,
    `header`, `help-tag`, `skip-link`, `directive`, `record`, `page-head`, `scene`, `address`, `template`), or None."""
    if TEMPLATE_SLOT.search(text):
        return "template"
    if (";" in text or "\t" in text) and _delimited_record(text):
        return "record"
    if PAGE_HEAD.search(text.strip()):
        return "page-head"
    text = " ".join(text.split())
    if text.startswith(".. ") and is_directive(text):
        return "directive"
    if SKIP_LINK.match(text):
        return "skip-link"
    if LINK_LINE.match(text):
        return "links"
    if ADDRESS.match(text):
        return "address"
    if RUNNING_HEADER.match(text):
        return "header"
    if SCENE_HEADING.match(text):
        return "scene"
    if "*" in text and HELP_TAG.search(text):
        return "help-tag"
    if CREDIT_OPENING.match(text) or CREDIT_CLOSING.search(text) or CREDIT_LOGO.search(text):
        return "credit"
    if "(" in text and CAPTION_POSITIONS.search(text):
        return "caption"
    if EMPTY_RESULT.match(text):
        return "message"
    if TWO_LABELS.match(text):
        return "label"
    if _date_led(text):
        return "date"
    if BYLINE_CLOSING.search(text):
        return "byline"  # (also a credit of a few words over the name: `Eine Analyse von Caspar Schwietering`)
    return None


def _delimited_record(text: str) -> bool:
    """`The Issuing Bank;1;0;1`: a row of a table whose fields a `;` or a tab parts, two of them numbers."""
    for delimiter in (";", "\t"):
        cells = [cell.strip() for cell in text.split(delimiter)]
        if len(cells) >= RECORD_CELLS and sum(bool(NUMBER_CELL.match(cell)) for cell in cells) >= 2:
            return True
    return False


def _date_led(text: str) -> bool:
    """A date opens the line, after at most a weekday, a place, a label or a publishing verb."""
    written = day_written_at(text[: LEAD_CHARS + 30])
    return written is not None and written[1] <= LEAD_CHARS and STAMP_LEAD.match(text[: written[1]]) is not None


UNDER = 6  # lines under a title read for the story's prose


RECORD_LABELS = 2  # labels that make a block of them


def story_follows(lines: list[Line], index: int, metadata: Callable[[Line], bool]) -> bool:
    """No record's labels stand between the line at `index` and the story's prose: a formula or a heading over
    a block of labels (`Im Namen des Volkes` / `Urteil` / `Aktenzeichen: I ZR 166/07` / `Verkündet am: …`, an
    event's `Gastgeber: …` / `Moderator: …`) heads a record, not a story; nor does an issue's or an event's label
    (`Technology Review Juli 2019`) that no byline or stamp signs. Labels under a byline or a dateline
    (`metadata`: as the caller reads them) are the story's own (`By A` / `Global Research, March 25, 2019` /
    `Region: …`); headings, list items, captions and a page's menus (`EDITION: U.S.`) under a title are let be."""
    below = lines[index + 1: index + 1 + UNDER]
    if ISSUE_LABEL.match(" ".join(lines[index].text.split())) and not (below and metadata(below[0])):
        return False
    labels = int(_record_label(lines[index].text))
    for line in below:
        text = line.text
        if is_prose(text):
            return True
        if metadata(line):
            return True  # the story's byline or stamp: what follows is its own
        labels += _record_label(text)
        if labels >= RECORD_LABELS:
            return False
    return True


def _record_label(text: str) -> bool:
    """`Aktenzeichen: I ZR 166/07`: a label of a record, not a caption's, a kicker's or a page's menu (`EDITION:`)."""
    label = LABEL.match(text) if ":" in text else None
    return (label is not None and not label["label"].isupper()
            and not any(word in NOT_LABELS for word in label["label"].lower().split()))
