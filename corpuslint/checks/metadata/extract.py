"""Metadata a scraper left in the body: the title line, the byline, the dateline, labelled lines.

Pages put the same few things above an article, in the same few shapes:

    Russia Sends "Peacekeeping" Troops to Venezuela.       <- title: the first line, alone, Title Case
    By Stephen Lendman                                      <- byline: "By" + names
    Global Research, March 25, 2019                         <- dateline: [publisher,] date
    Region: Latin America & Caribbean, Russia               <- labelled lines (with a broken
    and FSU                                                 <-   continuation line)
    WASHINGTON (Reuters) - The U.S. ...                     <- wire dateline opening the lede

`extract_head` reads only the head of a document (the first `max_lines` non-blank lines) and stops
at the first line of prose, so nothing inside an article is taken for metadata. What it finds is
reported with the span it stands on and the value normalised as a fix would write it.

The line shapes are in `lines.py`, the readers of a byline, dateline or label in `readers.py` (the
names after a byline's lead in `names.py`), of a closing source line in `attribution.py`, their
vocabulary in `vocabulary.py`.
"""

from __future__ import annotations

import binascii
from email.errors import HeaderParseError
from email.header import decode_header

import regex

from corpuslint.checks.metadata.attribution import is_bare_url, read_attribution, tells_the_address
from corpuslint.checks.metadata.authorbox import read_closing_bio, read_contact
from corpuslint.checks.metadata.bylineline import bare_name
from corpuslint.checks.metadata.contributors import read_contributors
from corpuslint.checks.metadata.continuation import continues_sentence
from corpuslint.checks.metadata.dates import day_written
from corpuslint.checks.metadata.lines import (
    Found, Line, LinesOnDemand, could_be_title, flat, is_prose, is_title, is_title_before_site_name, known_label_line,
    last_lines,
    without_site_name,
)
from corpuslint.checks.metadata.notitle import not_a_title, story_follows
from corpuslint.checks.metadata.readers import (
    POST_META, YEAR_LIKE, read_byline, read_date_dash, read_dateline, read_label, read_place_dateline, read_theme_tags,
    read_wire,
)
from corpuslint.checks.metadata.vocabulary import BYLINE_START, FUNCTION_WORDS, UPDATE_LINE
from corpuslint.checks.verse import VERSE_CHARS
from corpuslint.console import SESSION_OPENER
from corpuslint.records import record_marks
from corpuslint.stamps import german_text, may_hold_day_point
from corpuslint.textlines import column, indent_columns
from corpuslint.textutil import LazyPattern


MIN_GENERIC_LABELS = 2
SGR = LazyPattern(r"\x1b\[[\d;]*m")  # a terminal's colour codes around a line (a fortune file's)
# a dash opening a line under text: the attribution of a quotation (`-- Oscar Wilde`, `— Goethe, Maximen …`)
QUOTATION_DASH = LazyPattern(r"^(?:--|[—―])\s*\p{Lu}")
# a caption closed by its credit after a bar: `… provided by the FBI. | AP Photo`, `… | Getty`
CAPTION_CREDIT = LazyPattern(r"[.!?”\"]\s+\|\s+(?:\p{Lu}[\p{L}.]*\s+){0,2}(?i:photo|photos|getty|images?|pool|file)\b")


# a message's own `From:` line and the header after it (`Sent:`, `Date:`, `To:`, `Cc:`, `Subject:`), maybe `>`-quoted
QUOTED_FROM = LazyPattern(r"^(?:>\s*)*From:\s*\S")
QUOTED_NEXT = LazyPattern(r"^(?:>\s*)*(?:Sent|Date|To|Cc|Subject):\s*\S")
# ... and any two header fields in a row (`Date:` over `From:`, `To:` over `Subject:`) under a client's forwarding
# marker (`--- begin forwarded text`, `-------- Original Message --------`) or set in from the margin (a reply
# quoting the headers it answers, nmh's `    Date:        …` / `    From:        …`): the earlier message's
HEADER_FIELD = LazyPattern(r"^(?:>\s*)*(?:From|Sent|Date|To|Cc|Subject|Message-ID|Reply-To|Sender):[ \t]*\S", regex.I)
ANY_FIELD = LazyPattern(r"^(?:>\s*)*[A-Z][A-Za-z]*(?:-[A-Za-z]+)*:[ \t]*\S")  # `Delivered-To:`, `User-Agent:`
FORWARDING_MARKER = LazyPattern(r"^-{2,}[ \t]*(?:begin[ \t]+forwarded[ \t]+(?:text|message)|(?:original|forwarded)[ \t]+"
                                r"message)[ \t]*-*$|^begin[ \t]+forwarded[ \t]+message:$", regex.I)


def extract_head(text: str, max_lines: int = 8, *, generic_labels: bool = True) -> list[Found]:
    """Metadata standing in the head of `text`: the first `max_lines` non-blank lines, up to the
    first line of prose."""
    if HEADER_LINE.match(text):
        block = read_header_block(text)
        if block is not None:
            return block  # a mail's or a Usenet post's headers: the whole block is metadata, the body follows
    lines = LinesOnDemand(text, max_lines + 1)
    first_line = lines.get(0)
    first_end = first_line.end if first_line is not None else 0
    found: list[Found] = []
    generic: list[Found] = []
    anchored = False  # a byline, dateline or known label: the head is a metadata block
    index = 0
    flowing = False  # the line above read as no metadata (a line of text)
    while index < max_lines and (line := lines.get(index)) is not None:
        above_flowing, flowing = flowing, False
        nxt = lines.get(index + 1)
        if index and nxt is not None and QUOTED_FROM.match(line.text) and QUOTED_NEXT.match(nxt.text):
            break  # a message's headers under a reply's own text: the quoted message's, not this document's
        if nxt is not None and (
                index and FORWARDING_MARKER.match(lines.get(index - 1).text)
                and ANY_FIELD.match(line.text) and ANY_FIELD.match(nxt.text)
                or HEADER_FIELD.match(line.text) and HEADER_FIELD.match(nxt.text)
                and indent_columns(text[text.rfind("\n", 0, line.start) + 1:line.start]) >= 2
                and _quotes_below(lines, index, max_lines)):
            break  # a forwarded or quoted message's header block (mail33: CL505 took its `Date:` for the record's)
        if SESSION_OPENER.match(SGR.sub("", line.text).lstrip()):
            break  # `$ date -R`: a console session, whose output below is the program's (tester32, debian-reference)
        if UPDATE_LINE.match(line.text):
            index += 1  # "Updated 10:32 AM ET": metadata, but not a publication date
            continue
        if above_flowing and continues_sentence(lines.get(index - 1), line):
            break  # `… have been applied` / `by Ronnie Flathers.`: a wrapped sentence's rest (continuation)
        items = read_byline(line)
        if items is None:
            # (a German text's `8. April 2019` alone on its line is a dateline: whether the text is German is asked of a
            # line that may hold the day's point form, the only lines it changes; the whole text's scan for that form
            # was a quarter of this function's time)
            items = read_dateline(line, may_hold_day_point(line.text) and german_text(text))
        if (items is None and index == 0 and nxt is not None and nxt.text[0] == line.text[0]  # (stripped: flat's first)
                and flat(nxt.text) == flat(line.text)
                and could_be_title(line.text) and not_a_title(line.text) is None):
            # the headline twice (the page's and the article's): a title whatever its case
            found.append(Found("title", flat(line.text), line.start, line.end, "title", True, line.text))
            index += 2
            continue
        if (items is None and index == 0 and nxt is not None and line.blank_after
                and (is_title(line.text) or is_title_before_site_name(line.text)) and not known_label_line(line.text)
                and _names_a_story(lines, line)):
            found.append(Found("title", without_site_name(flat(line.text)), line.start, line.end, "title", True,
                               line.text))
            index += 1
            continue
        if items is None:
            label = read_label(line, nxt if nxt is not None and index + 1 < max_lines
                               and not _block_below(text, line, nxt) else None)
            if label is not None:
                item, used = label
                if item is not None:
                    if item.kind == "label" or item.field == "source":
                        # generic labels, and "Source:" (often a story or picture credit), only
                        # count next to a byline or dateline
                        generic.append(item)
                    else:
                        found.append(item)
                        anchored = True
                index += used
                continue
        if items:
            found.extend(items)
            anchored = True
            if any(not i.whole_line for i in items):
                break  # the line goes on with the lede (an inline byline + wire dateline)
            index += 1
            continue
        if index and QUOTATION_DASH.match(line.text):
            break  # `-- Scheda di C. Pravettoni, "Mai Dire Gol",` under a quotation: a credit below continues it
        wire = read_wire(line)
        if wire is not None:
            found.append(wire)
            break
        place = read_place_dateline(line) or (read_date_dash(line) if YEAR_LIKE.search(line.text[:40]) else None)
        if place is not None:
            found.append(place)
            break
        if index == 0 and "|" in line.text and CAPTION_CREDIT.search(line.text):
            index += 1  # "<caption>. | AP Photo <headline>": the picture's caption opens the text
            continue
        if line.end - line.start > 120 or is_prose(line.text):
            break
        if line.text.endswith(":"):
            break  # "Example #1:", "Via WorldNewsDailyReport.com, Feb. 4, 2015:": a quotation follows
        index += 1
        flowing = True  # the line read as no metadata: the next one may go on with its sentence
    if anchored:
        # a `Label: value` line outside the schema is metadata in a block of them (`Region: …` /
        # `Theme: …`); alone it is a headline with a kicker or a menu entry (`Vesper: Now for iPad`),
        # and on the first line it is a page's <title> (`Silicon Exposed: Open Verilog flow for …`)
        labels = [i for i in generic if i.kind == "label" and i.start >= first_end]
        keep_labels = generic_labels and len(labels) >= MIN_GENERIC_LABELS
        found.extend(i for i in generic if i.kind != "label" or keep_labels and i in labels)
        found.sort(key=lambda i: i.start)
    return found


def _block_below(text: str, line: Line, nxt: Line) -> bool:
    """`nxt` stands apart from `line`, a blank line between, indented deeper: a block of its own (a git
    log's commit message under its `Date:   Thu Jul 30 … 2020` header, tester27), not the broken-off end of
    the line's value, which a scraper leaves at the line's margin (`Region: … Russia` / `and FSU`)."""
    return line.blank_after and column(text, nxt.start) > column(text, line.start)


# a mail's or a news post's header line (RFC 5322): `Message-ID: <…>`, `From: a@b.org (A)`, `Subject: Re: …`
HEADER_LINE = LazyPattern(r"^[A-Z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*:[ \t]+\S")
HEADERS_OF_A_MESSAGE = frozenset(("subject", "newsgroups", "message-id", "date"))
# what describes the message (who, when, what about, where posted); the others route and deliver it (`Path:`,
# `Xref:`, `References:`, `Sender:`, `Lines:`, `NNTP-Posting-Host:`) and are no metadata of the text
DESCRIBING_HEADERS = frozenset(("from", "date", "subject", "newsgroups", "organization", "keywords", "summary"))
MAX_HEADER_LINES = 60
# the sender with their name: `nyeda@cnsvax.uwec.edu (David Nye)`, `"David Nye" <nyeda@cnsvax.uwec.edu>`
SENDER_TAGLINE = LazyPattern(r"\s*(?:--|[—–]|\s-\s)")
MAIL_FROM = LazyPattern(r'^(?:[^\s@()<>]+@[^\s()<>]+\s+\((?P<a>[^()]+)\)|"?(?P<b>[^"<>@]+?)"?\s*<[^\s@<>]+@[^\s<>]+>)$')


def read_header_block(text: str) -> list[Found] | None:
    """A block of header lines opening `text`, up to its first blank line, with a `From:` and a `Subject:`,
    `Newsgroups:`, `Message-ID:` or `Date:` header: a mail's or a Usenet post's headers, metadata as a
    whole, however long it is or a line of it (`Path: a!b!…`, `References: <…> <…>`). The sender's name is
    the author (`From: a@b.org (David Nye)`); the lines that describe the message (date, subject, newsgroups,
    organization) are read as labels are, those that route it (`Path: a!b!…`, `References: <…>`) are passed
    over, never a reason to stop. None when the text opens otherwise."""
    lines = LinesOnDemand(text, MAX_HEADER_LINES)
    names: set[str] = set()
    found: list[Found] = []
    index = 0
    while (line := lines.get(index)) is not None:
        header = HEADER_LINE.match(line.text)
        continued = line.start > 0 and text[line.start - 1] in " \t"  # a folded header's next line
        if header is None and not continued:
            return None  # a line of prose before any blank line: no header block
        index += 1
        if header is not None:
            name = line.text[: line.text.index(":")].lower()
            names.add(name)
            value = line.text[len(name) + 1:].strip()
            if "=?" in value:  # RFC 2047 encoded-words: read decoded, or not at all
                if (value := decoded_header(value)) is None:
                    if line.blank_after:
                        break
                    continue
                line = Line(line.start, line.end, f"{line.text[:len(name)]}: {value}", line.blank_after)
            sender = MAIL_FROM.match(value) if name == "from" else None
            # a tagline after the name and a dash (`(Bill Higgins-- Beam Jockey)`) is no part of it
            shown = SENDER_TAGLINE.split(sender["a"] or sender["b"])[0].strip() if sender is not None else ""
            # the sender's name is the author, one key for one header: as written where it reads as no person's
            # name (`From: Sean <seanlkml@sympatico.ca>`, `张先生 <…>`; tester30 H4); a bare address names no one
            person = (bare_name(shown) or shown) if shown and "@" not in shown else None
            if person is not None:
                found.append(Found("author", person, line.start, line.end, "known-label", True, line.text))
            elif name == "subject" and value:
                # the message's subject is its title (CL501 then has one; tester30 H4)
                found.append(Found("title", value, line.start, line.end, "known-label", True, line.text))
            elif name in DESCRIBING_HEADERS:
                label = read_label(line, None)
                if label is not None and label[0] is not None:
                    found.append(label[0])
        if line.blank_after:
            break
    if index < 3 or "from" not in names or not names & HEADERS_OF_A_MESSAGE:
        return None
    return found


def _quotes_below(lines: LinesOnDemand, index: int, max_lines: int) -> bool:
    """Whether the header fields from line `index` on are over a quotation (`  | Any hints ?`, `> …`): the headers
    of the message a reply quotes (nmh), not a page's indented header block (an HTML record's `<span>From: </span>`)."""
    while index < max_lines and (line := lines.get(index)) is not None and ANY_FIELD.match(line.text):
        index += 1
    below = lines.get(index) if index < max_lines else None
    return below is not None and below.text.startswith((">", "|"))


def header_block_end(text: str) -> int | None:
    """Where the header block that opens `text` (`read_header_block`) ends: the end of its last line; None
    where the text opens otherwise."""
    if not HEADER_LINE.match(text) or read_header_block(text) is None:
        return None
    blank = MESSAGE_GAP.search(text)
    return len(text.rstrip()) if blank is None else blank.start()


MESSAGE_GAP = LazyPattern(r"\n[ \t]*(?:\n|$)")


# the labels mail clients write for the supersets they mean, read as the WHATWG Encoding Standard reads them:
# `gb2312` is GBK (Python's gb2312 fails on a GBK character), `ks_c_5601-1987` windows-949, `iso-8859-1` windows-1252
WHATWG_DECODERS = {"gb2312": "gb18030", "gbk": "gb18030", "ks_c_5601-1987": "cp949", "euc-kr": "cp949",
                   "iso-8859-1": "cp1252", "latin1": "cp1252", "us-ascii": "cp1252"}


def decoded_header(value: str) -> str | None:
    """A header's value with its RFC 2047 encoded-words decoded (`=?GB2312?B?tPq/qrj3tdjU9ta1y7C3osax?=` is
    `代开各地增值税发票`, `=?iso-8859-1?Q?Last=DFlName=2C_FirstName?=` is `LastßlName, FirstName`), or None
    where a word does not decode (a charset Python does not know, broken base64, bytes its charset has not):
    a value no one can read is never written."""
    try:
        decoded = "".join(part if isinstance(part, str) else part.decode(
            "raw-unicode-escape" if charset is None else WHATWG_DECODERS.get(charset.lower(), charset))
            for part, charset in decode_header(value))
    except (LookupError, UnicodeError, binascii.Error, HeaderParseError, ValueError):
        return None
    decoded = " ".join(decoded.split())
    if not decoded or "\ufffd" in decoded or "=?" in decoded or any(not c.isprintable() for c in decoded):
        return None
    return decoded


def _names_a_story(lines: LinesOnDemand, line: Line) -> bool:
    """The first line is a title, not a caption, a credit, a stamp, a label or a message (`notitle.py`), and the
    story stands under it, past its byline, stamp and labels."""
    if not_a_title(line.text) is not None:
        return False
    under = [below for at in range(1, 8) if (below := lines.get(at)) is not None]
    return story_follows([line, *under], 0, _metadata_line)


def _metadata_line(line: Line) -> bool:
    return bool(read_byline(line) or read_dateline(line) or known_label_line(line.text))


def extract_tail(text: str, max_lines: int = 4, *, after: int = 0) -> list[Found]:
    """Attribution at the end of `text` (its last `max_lines` non-blank lines, none before offset
    `after`): `Source: https://…`, a bare source URL as the last line, `This piece first appeared on
    X and is republished with permission`, `Originally published at X`, `Written by A for X`,
    `Syndicated by X`, contributor lines (`A and B contributed to this report.`: `contributors`), a reporter
    contact line and a bio of the writer closing the story (`authorbox.py`)."""
    tail = last_lines(text, max_lines)
    found: list[Found] = []
    for position, line in enumerate(tail):
        if line.start < after or len(line.text) > 240:
            continue
        last = position == len(tail) - 1
        # `alone` and `told` matter only to a bare URL closing the text: asked of no other line (the address's
        # lead-in search of every line above was a fifth of this function's time)
        url = last and is_bare_url(line.text)
        items = read_attribution(line, last=last, alone=url and (len(tail) < 2 or not position
                                 or not is_bare_url(tail[position - 1].text) and not _contact_block(tail[:position])
                                 and not _lead_in(tail[position - 1].text)),
                                 told=url and bool(position) and tells_the_address(tail[position - 1].text))
        if not items:
            items = read_contributors(line)  # "CNN's A and B contributed to this report."
        if not items:
            items = read_contact(line)  # "To contact the reporter on this story: A in Washington at a@x.net"
        if not items and POST_META.match(line.text):
            items = read_byline(line) or read_dateline(line) or []  # "Posted by A at 12:55 AM" under a post
        if not items and known_label_line(line.text):
            label = read_label(line, None)
            if label is not None and label[0] is not None and label[0].field == "tags":
                items = [label[0]]  # "Labels: FPGA, Tools", "Tags: ..." under a post
        if not items and (theme := read_theme_tags(line)) is not None:
            items = [theme]  # "Posted in News", "Tagged jobs, stack overflow" under a post
        if not items and (position == len(tail) - 1 or position == len(tail) - 2 and EMBED_CREDIT.match(tail[-1].text)):
            items = read_sign_off(text, line)
        if not items and (position == len(tail) - 1 or position == len(tail) - 2 and EMPTY_LABEL.match(tail[-1].text)):
            items = read_closing_bio(text, line)  # "Jeff Greenfield is a … television analyst and author."
        found.extend(items)
    return found


# an address block's labels: `E-mail: a@b.org`, `URL: http://…`, `Phone: …`
CONTACT_LABEL = LazyPattern(r"(?i)^(?:e-?mail|url|homepage|home page|web ?site|web|phone|tel|telephone|fax)\s*:")


def _contact_block(above: list[Line]) -> bool:
    """The lines above a bare URL closing the text are an address block (`E-mail: …` / `URL: http://a/,` /
    `http://b/`): the URL is a person's homepage, or continues a list of them, not where the text was published."""
    return bool(above) and (above[-1].text.rstrip().endswith(",")
                            or any(CONTACT_LABEL.match(line.text) for line in above))


LEAD_IN_LENGTH = 60  # a line shorter than this, with no sentence's end, over a link names the link (`Photos`)
SENTENCE_END = ".!?。！？…\"”’»)"


def _lead_in(above: str) -> bool:
    """The line over a bare URL closing the text introduces that link (`Homepage:`, `Download the trailer here`,
    `Link to the pictures`, `…, can be deleted:`): the link is what the line says, not where the story ran."""
    above = above.rstrip()
    return above.endswith(":") or len(above) < LEAD_IN_LENGTH and not above.endswith(tuple(SENTENCE_END))


# a writer's sign-off closing a story: `- - Jon Terbush` alone on the last line, or `… memories. --Jon Terbush`
# ending the last paragraph (The Week's, many blogs'): two hyphens or a dash, then the name, nothing after
SIGN_OFF_ALONE = LazyPattern(r"^(?:-\s?-|[—–]|-)\s*(?P<name>\p{Lu}.{2,38}?)\s*$")
SIGN_OFF_AFTER = LazyPattern(r"(?<=[.!?)])\s+(?:--|[—–])\s?(?P<name>\p{Lu}[^.!?\d@(]{2,38}?)\s*$")
EMPTY_LABEL = LazyPattern(r"^\p{L}[\p{L} ]{0,20}:$")  # `Authors:` with its value lost: what a scraper left of a box
EMBED_CREDIT = LazyPattern(r"^[(\[]\p{Lu}[\p{L} .]{1,30}[)\]]$")  # `(Reddit)`, `[FOX]`: an embedded clip's source
QUOTE_CLOSE = "”\"’'»"
# words of a phrase (a title, a possession), never of a person's name
WORDS_OF_A_PHRASE = FUNCTION_WORDS | frozenset(("to", "a", "an", "in", "on", "at", "with", "from", "into"))


# what opens a mail's or post's signature: an e-mail address, the `-- ` delimiter line
SIGNATURE_MARK = LazyPattern(r"(?m)[\w.+-]+@[\w-]+(?:\.[\w-]+)+|^--[ \t]?$")
PARAGRAPH_BREAK = LazyPattern(r"\n[ \t]*\n")


def _in_signature(previous: str) -> bool:
    """The closing lines stand in a signature: its paragraph, above the dash, holds an e-mail address or opens
    under the `-- ` delimiter. A name after a dash there attributes the signature's quotation (`… absurdities.
    -- Bertrand Russell`): the one who signs is the one whose address stands above."""
    breaks = list(PARAGRAPH_BREAK.finditer(previous))
    return SIGNATURE_MARK.search(previous, breaks[-1].end() if breaks else 0) is not None


def head_credit(line: str) -> bool:
    """A line of a head's credits: a byline (`By …`), a date written out, or a name alone (`Melanie McFarland`),
    as under a headline; no verse's line (`verse.opens_stanza`)."""
    return BYLINE_START.match(line) is not None or day_written(line) is not None or bare_name(line) is not None


VERSE_LINES = 4


def _verse(previous: str) -> bool:
    """The last lines above are verse: short lines, each opening with a capital (a poem's, a song's), not a
    story's hard-wrapped prose (lines running to the margin, going on in lower case)."""
    lines = [line.strip() for line in previous.splitlines() if line.strip()][-VERSE_LINES:]
    return (len(lines) == VERSE_LINES and all(len(line) <= VERSE_CHARS for line in lines)
            and all(line[0].isupper() or not line[0].isalpha() for line in lines))


def _set_off(document: str, line: Line) -> bool:
    """The line stands indented further than the last line of text above it: a quotation's attribution set off
    to the right (`Why was I born with such contemporaries?` / `\t\t-- Oscar Wilde`)."""
    begin = document.rfind("\n", 0, line.start) + 1
    own = indent_columns(document[begin:line.start])
    lines = document[max(0, begin - SET_OFF_LOOK):begin].splitlines()[1 if begin > SET_OFF_LOOK else 0:]
    above = next((raw for raw in reversed(lines) if raw.strip()), None)
    return above is not None and own > indent_columns(above)


SET_OFF_LOOK = 2000  # characters above the sign-off looked through for the text it stands under
# a quotation's attribution alone on its line: two hyphens or a dash, then a name or a source (`-- graffito in
# Los Angeles`, `-- "The Begatting of a President"`), closing no sentence (a single hyphen opens a list item, a
# dash and a sentence is a line of dialogue: `— Bonjour, dit-il.`)
ATTRIBUTION_LINE = LazyPattern(r"(?m)^[ \t]*(?:-[ \t]?-|[—–])[ \t]*[\p{L}\"“‘'(][^\n]{1,37}[^\s.!?…:;,][ \t]*$")
OTHER_ATTRIBUTIONS = 2  # attribution lines above the last one, this many or more: a collection of quotations


def _among_quotations(document: str, start: int) -> bool:
    """The sign-off at `start` closes one quotation of several: the text is a file of records (fortune's
    `%` lines, `records.record_marks`), or other quotations above close with an attribution line of their
    own. Its name is that quotation's author, not the document's (tester25 #6: a fortune file's last
    `\t\t-- Christoph Lameter` was taken out of his quotation and made the file's author)."""
    if record_marks(document):
        return True
    others = 0
    for _ in ATTRIBUTION_LINE.finditer(document, 0, document.rfind("\n", 0, start) + 1):
        others += 1
        if others >= OTHER_ATTRIBUTIONS:
            return True
    return False


# a list's item: a dash as a bullet (one, then a space), at the line's indent
_BULLETED = LazyPattern(r"([ \t]*)([-–—])[ \t]+(?=[^-–—\s])")
_ITEMS_ABOVE = 12  # lines looked at above a dashed last line for another item of its list


def _list_item(document: str, start: int) -> bool:
    """The dashed line at `start` is an item of a list: a line above it (among the `_ITEMS_ABOVE`
    non-blank ones) opens with the same dash at the same indent (a changelog's entries, `- Added
    wants_list()` over the last release's ` - Initial Release`)."""
    line_start = document.rfind("\n", 0, start + 1) + 1
    own = _BULLETED.match(document, line_start)
    if own is None:
        return False
    seen, end = 0, line_start - 1
    while end > 0 and seen < _ITEMS_ABOVE:
        begin = document.rfind("\n", 0, end) + 1
        if document[begin:end].strip():
            seen += 1
            other = _BULLETED.match(document, begin, end)
            if other is not None and other.group(1, 2) == own.group(1, 2):
                return True
        end = begin - 1
    return False


def read_sign_off(document: str, line: Line) -> list[Found]:
    """The author's name the last line of a document signs with. Not the speaker under a quotation (a
    dash and a name after a closing quotation mark, on its line or the line before: `“…” — Mark Twain`),
    not a post's signature (`— Dark Gable (@bigdaddykane) November 11, 2014`: a handle, a date)."""
    text = document[line.start:line.end]  # whole: a `Line`'s text is capped
    if text[:1] not in "-—–" and "--" not in text and "—" not in text and "–" not in text:
        return []  # both patterns need a dash: tested in C first
    previous = document[max(0, line.start - 400): line.start]
    alone = SIGN_OFF_ALONE.match(text)
    match = alone or SIGN_OFF_AFTER.search(text)
    if match is None:
        return []
    before = previous if alone else text[: match.start()]
    if before.rstrip().endswith(tuple(QUOTE_CLOSE)) or (alone and not previous.strip()):
        return []
    if _in_signature(previous if alone else previous + text[: match.start()]):
        return []  # `David Nye (nyeda@…). Midelfort Clinic` / `This is patently absurd; … -- Bertrand Russell`
    if alone and _among_quotations(document, line.start):
        return []  # a fortune file's, a page of quotations' last `-- Name`: its quotation's, not the text's author
    if alone and _list_item(document, line.start):
        return []  # a changelog's last entry ` - Initial Release`: its dash a bullet, no sign-off (tester25)
    name = bare_name(match["name"])
    if name is None or any(word.lower() in WORDS_OF_A_PHRASE for word in name.split()):
        return []  # `-- To My Favorite Things`, `-- My Shoe`: a title or a joke signs the verse, no person
    if alone:
        # under verse, the name attributes the poem or the song quoted (`-- A. P. Herbert`, `-- Rocky Horror Picture
        # Show`), and so does a name set off to the right of the text above it (a fortune's, an epigraph's `\t\t--
        # Oscar Wilde`; a writer signs a story at its margin): the finding stands, but whether the quoted author
        # is the document's is the user's call, and the line is the quotation's own (CL505 never removes it)
        kind = "quotation" if _verse(previous) or _set_off(document, line) else "attribution"
        return [Found("author", name, line.start, line.end, kind, True, line.text)]
    # in a paragraph, the value stands on the sign-off alone: what repeats the metadata is that, not the prose;
    # set off to the right of the text's last line by a tab or a wide gap (a fortune's `its twenty below?
    # -- Linus Torvalds`), the name attributes the quotation: its own, CL505 never removes it (tester27)
    kind = "quotation" if _SET_OFF_GAP.match(text, match.start()) else "attribution"
    return [Found("author", name, line.start + match.start(), line.end, kind, False, text[match.start():])]


_SET_OFF_GAP = LazyPattern(r"[ ]*\t|[ ]{3,}")


def wire_dateline(text: str, start: int = 0) -> Found | None:
    """A wire dateline (`WASHINGTON (Reuters) -`) opening the line at `start`, if any."""
    end = text.find("\n", start)
    end = len(text) if end == -1 else end
    return read_wire(Line(start, end, text[start:end], True))
