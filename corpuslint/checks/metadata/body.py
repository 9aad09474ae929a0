"""CL504/CL505: metadata a scraper left in the body (a byline, a dateline, `Label: value` lines),
found by `extract.extract_head` and moved into the metadata by the fix."""

from __future__ import annotations

import html
from collections.abc import Iterator
from dataclasses import replace
from typing import Any

from corpuslint.checks.metadata.extract import DESCRIBING_HEADERS, extract_head, extract_tail, head_credit, header_block_end
from corpuslint.checks.metadata.gutenberg import gutenberg_header
from corpuslint.checks.metadata.headingtitle import another_chapters_title, copyright_line, has_h1
from corpuslint.checks.metadata.htmlhead import in_page_title, with_heading_title
from corpuslint.checks.metadata.lines import Found, head_lines, iter_lines
from corpuslint.checks.metadata.logentries import first_entry
from corpuslint.checks.metadata.page import page_found
from corpuslint.checks.metadata.pagecredits import credit_block
from corpuslint.checks.metadata.readers import VERSION_LABEL
from corpuslint.checks.metadata.rules import MetadataRule
from corpuslint.checks.metadata.restdoc import rest_read
from corpuslint.checks.metadata.schema import BodyOptions, FieldState, show
from corpuslint.checks.metadata.sitename import names_the_site
from corpuslint.checks.metadata.titlepage import paper_authors
from corpuslint.checks.metadata.titleparts import SEPARATOR as PAGE_SEPARATOR
from corpuslint.checks.metadata.values import same_value
from corpuslint.checks.verse import opens_stanza
from corpuslint.licences import is_licence_document
from corpuslint.models import Applicability, Document, Fix, MetadataEdit, Severity, TextEdit, Violation
from corpuslint.rule import FixAvailability
from corpuslint.textutil import LazyPattern, block_removal


# the last document's head, per option set: (text object, what extract_head found in it)
_HEAD_CACHE: dict[tuple[int, bool, int], tuple[str, list[Found]]] = {}


SITE_LOOK = 3000  # lines of a page looked through for what names its site (a copyright line, a host)


def _the_sites_name(doc: Document, title: str) -> bool:
    """The title line read at the top is the site's name by the page's own evidence (`The Sound Of Science` over
    `Copyright © 2020 The Sound Of Science`), not by its being printed again (a headline is, by design)."""
    lines = [line for _, line in zip(range(SITE_LOOK), iter_lines(doc.text))]
    return names_the_site(title, lines, doc.metadata_site(), repeated=False)


# a line that breaks off a sentence: a comma, or a small conjunction or article, last (a title capitalises its last word)
BROKEN_OFF = LazyPattern(r"(?:,|(?<![^\s(])(?:and|or|but|nor|the|an?|of))\s*\Z")
# an INI file's section header opening the text (`[Script Info]`, `[General]`)
INI_SECTION = LazyPattern(r"\ufeff?\[[A-Za-z][\w .-]{0,40}\][ \t]*\r?\n")


class BodyRule(MetadataRule):
    Options = BodyOptions

    def found(self, doc: Document) -> list[Found]:
        if not doc.text or doc.origin.conversation:
            return []  # (a chat record's messages: a conversation has no byline, dateline or title line)
        key = (self.options.head_lines, self.options.generic_labels, self.options.tail_lines)
        cached = _HEAD_CACHE.get(key)
        if cached is not None and cached[0] is doc.text:
            return cached[1]  # CL504 and CL505 read the same head of the same document in a row
        # a configuration's section (`[Script Info]` opening an ASS subtitle): its keys are settings, no labels
        generic = self.options.generic_labels and not INI_SECTION.match(doc.text)
        found = extract_head(doc.text, self.options.head_lines, generic_labels=generic)
        if self.options.tail_lines:
            after = max((item.end for item in found), default=0)
            found = found + extract_tail(doc.text, self.options.tail_lines, after=after)
        if (entry := first_entry(doc.text)) is not None:
            found = [item for item in found if item.end <= entry]  # a log's entries are their own (logentries)
        _HEAD_CACHE[key] = (doc.text, found)
        return found

    def state_of(self, states: dict[str, FieldState], doc: Document, name: str) -> FieldState:
        return states[name] if name in states else self.schema.key_state(doc.metadata, name)


class MetadataInBody(BodyRule):
    """## What it does
    Finds metadata that a scraper left at the top of the body while the document's metadata
    lacks it (or has it empty): the title line, a byline (`By Stephen Lendman`, `Posted by A on
    19 Sep 2016`), a dateline (`Global Research, March 25, 2019`, `Saturday 23 August 2014`), a
    wire dateline opening the lede (`WASHINGTON (Reuters) -`), a place-only dateline (`DENVER —`,
    `TOLEDO, Ohio --`: field `place`), a date and a dash opening the lede (`Feb. 23, 2015 --`),
    blog post-meta lines (`Posted on <date> by <user>`, `Posted by admin`), bylines with
    honorifics and degrees (`By Dr. Ann Lee, MD, MPH` -> `Ann Lee`), bylines naming the outlet written
    for (`By Zoe Griffin For Dailymail.com` -> `Zoe Griffin`), the headline given twice,
    category and tag lines (`Categories: … | Tags: …`, `Labels: …` -> `tags`, a list), and
    labelled lines (`Region: …`, `Theme: …`, including a broken-off continuation line). At the
    end of the document (`tail-lines`) it reads attribution: `This article originally appeared
    on X`, `… first appeared on X and is republished with permission`, `This article is republished from X
    under …`, `Written by A for X`, `This article was written by A` (field `author`),
    `Syndicated by X`, `Source: https://…`, a story's address alone as the last line (field `source`), a
    post-meta or tag line under a post (`Labels: FPGA, Tools`; a theme's `Posted in News`, `Tagged jobs, stack
    overflow`, `This entry was posted in X and tagged Y`), a contributor line (`CNN's A and B contributed to this
    report.`, `With reports from A and B`, `Additional reporting by A`: field `contributors`, a list
    of people, read only when every name in it is a person's; a wire's `(Additional reporting by A;
    Editing by B)` also gives `editor`), and a writer's sign-off closing the story (`- - Jon
    Terbush` alone, `… memories. --Jon Terbush`; not a speaker under a quotation), and a writer's
    plug under it (`Follow Evan McMurry (@evanmcmurry) on Twitter`: a person's full name, not `Follow
    The Daily Dot`), a reporter contact line (`To contact the reporter on this story: A in Washington at
    a@x.net`: the author; `To contact the editors responsible for this story: …`: `editor`; read before
    CL124's fix removes the line), and a bio of the writer as the story's last paragraph (`Jeff
    Greenfield is a … television analyst and author.`: the author; not when the story names that
    person before, quotes or reports the sentence). It reports each field once, on the line where the value
    stands, with the value normalised as the fix writes it (names, ISO 8601 dates).

    Only the head of the document is read (`head-lines`), and the search stops at the first line
    of prose; on a whole page's text (a scraper's or a WET record's: the page's `<title>` as the
    first line, the headline again under the menus) the page reader also reads the title, the
    byline and the date that stand around that headline (`page-reader`); a `<title>`'s trailing
    `| Site` part is left out of the title only where the page bears out that it names the site
    (the document's `site`/`source`/`url`, a masthead or copyright line, a host on the page), so
    a headline that ends like one (`… - Full Transcript`) stays whole. On an HTML page the title is its first
    `<h1>`'s words where its `<title>` gives them alone or with a part before or after a separator
    (`Frequently Asked Questions &#8212; django-taggit documentation` over `<h1>Frequently Asked Questions¶</h1>`:
    `Frequently Asked Questions`); a `<title>` that says otherwise is read as before. On a whole page's text it also
    reads a portal's labelled stamp (`2017-03-10 09:58 来源： 网易科学人 … 责任编辑：肖春芳`: `source`, and
    `editor`, never the author; `[责任编辑：alonliu]` alone under the story), the one word a Chinese stamp line
    credits before its day (`TNW中文站 2016年10月14日07:17`: the byline; not a label, `发布时间 …`), a byline with its stamp
    over a share bar (`By A @a Updated Jul 24, 2018` / `Share Tweet Share`: the author, not the update's
    day), and, on a page with no byline, a copyright line naming one person (`© 2002, 2003 Jamie
    Zawinski`; not a firm's, nor a name the page writes elsewhere), and a chapter's credit block
    under its heading and over prose (`Written by A` / `Edited by B`: the author and the `editor`; a
    lone `Written by A` is a teaser's as often and is not read). The title is taken only from a first line that stands alone, followed by a blank
    line, and is written in headline case (or is given twice), and is never a plea (`Watch the full
    episode here`), a site's name (`Example News ®`), a copyright line (`Copyright (C) 2018 A`), a
    picture's caption or credit (`… Photo: AP`, `(L-R) A, B`, `Courtesy of X`), a stamp or a line a date opens
    (`Dienstag, 13. Mai 2014, von …`, `Posted the September 1, 2017`), labels (`Datum: 22.12.2012, Rubrik:
    USA`), a search's message (`Keine Suchergebnisse gefunden!`), a template's slot (`insert GPL v3 text here`,
    `[SOFTWARE NAME] Copyright (YEAR)`), nor the heading of a record whose labels
    follow it (`Im Namen des Volkes` / `Urteil` / `Aktenzeichen: …`); a Markdown document with a level-1
    heading has its title there (a site generator's) and gets none from the body; `Label: value` lines outside the schema are
    taken only next to a byline or dateline, and never from page headings (`Tag Archives: …`).
    `Source: <name>` credits a story's claims and is not read; `Source: <URL>` is. A chat record's
    messages (a conversation) are not read. A mail's or a Usenet post's header block opening the text
    (`Path:` … `From: a@b.org (David Nye)` … `Subject:` …, up to its first blank line) is read whole: the
    sender's name is the author (as written where it reads as no person's: `From: Sean <s@x.ca>`; a bare
    address names no one), the subject is the title, and the headers that describe the message (date,
    newsgroups, organization), not those that route it (`Path:`, `References:`, `Lines:`). A message's headers under a reply's
    own text (`From: …` / `Sent: …` after `Reply` or `-----Original Message-----`) are the quoted message's and
    are not read, nor are any two header fields in a row under a forwarding marker (`--- begin forwarded text`:
    `Delivered-To:` … `Date:` … `From:`) or set in from the margin (a reply quoting the headers it answers:
    `    Date:        …` / `    From:        …`). A mail record whose metadata names its sender (`from` or
    `sender` holding an address) was written by its sender: a name in its body (a forwarded post's `Posted by
    Dan Gillmor`) is no author it lacks. A PDF's text (form feeds between pages, `pdftext.paginated`) gives the
    authors on its title page: the names under the title, one or more a line, with their affiliation marks
    (`Torsten Hothorn1 , Kurt Hornik2 ,` / `Mark A. van de Wiel3 and Achim Zeileis2`), where an affiliation,
    an address, a date or the abstract under them bears the page out; a long title's wrapped line is no name
    (unsafe: read by shape). A value is written as text: an HTML record's `&lt;`, `&amp;` decoded.
    A Project Gutenberg book's header (up to its `*** START OF …` line or the end of its Small Print) gives its
    labelled fields, and only those: `Title:` (wrapped over lines too), `Author:` (not `Various`), `Release Date:`
    (the e-text's day, without its `[eBook #…]`) and `Language:`; neither the project's line `Project Gutenberg
    Etext of X` nor the book's own first lines are read for a title, so a `--fix` beside CL143's removal of the
    header records what the header says. A reStructuredText source (opening with explicit markup, an overlined
    title, or a title over docinfo fields) gives its adorned title and its docinfo's `:Author:`/`:Authors:`
    (persons only) and `:Date:`, and nothing else: its directive (`.. include:: ../header.rst`) is no title, a
    name cited in its body no author. A delimited row (`The Issuing Bank;1;0;1`) is no title, nor is a dialog's
    first prompt (one turn a line, a blank line after each exchange) asked again below.

    A value is read only where the document puts it and in the shape it has there: a printed document's
    running head (the title again beside each page's number) is no headline to read a byline or date
    under; a name over a row of figures is a table's column names; a homepage closing an address block
    (`E-mail: …` / `URL: …`) is no source; a name after a dash in a signature (under an e-mail address)
    attributes its quotation; a sign-off with a phrase's words (`-- To My Favorite Things`) names no
    person, nor does a dash that bullets the last item of a list (a changelog's ` - Initial Release` under
    the entries above it, each opening with the same dash); and a first line sung again with the line after it, or broken off with a comma, is a verse's, no title.
    A rendered page's furniture gives no value: a text browser's line of the page's links (lynx's `#alternate …`,
    `#Debian-Referenz Debian-Referenz Kapitel 12. …`), a man page's running header (`CAT(1) Dienstprogramme für
    Benutzer CAT(1)`), a numbered chapter's title over a page whose own sections are numbered under another
    chapter (`Chapitre 14. …` over `15.1. …`, `15.2. …`: lynx's link to the previous chapter), a Vim help file's tagged line (`*pi_zip.txt* For Vim version 9.0`, `FORMAT OF STRAIGHT WORD
    LIST *spell-wordlist-format*`) is no title; a list's entry (a bibliography's `* "Debian Tutorial" di Havoc
    Pennington. (11 dicembre, 1998)`, a change log's) is no headline over a stamp; a list of names with
    parentheses (`English (British) English English (Canada)`) is no wire dateline; and a credit under a
    quotation's attribution (`-- Scheda di C. Pravettoni,` / `by Walter Fontana`) is no byline. A page's skip
    link (`Skip to content`, `Zum Inhalt springen`) is no title, lynx's form button (`(BUTTON) Menü`) no wire's
    agency, and a weekday before a date (`Freitag, November 22, 2019`) no source. A bare URL closing the text is
    the source only when it addresses a story (a dated path, a slug of words, a numbered document or thread) and no
    line over it introduces it (`Homepage:`, `Link to the pictures`): a home page, a contact form, a download or a
    gallery is what the post links to. A code sample's date (`[% IF '2005-03-01' < … %]`), a wikitext template's
    field on a line of its own (a citation's `| publisher = …` over its `| date = …`) and a quotation's citation
    under its paragraph (`Newsletter (2004-11-01)`) are no stamp; a forum's list of topics, each over its hour, gives
    no topic's headline or date; a first line that is the site's name (the copyright line's owner, a follow box's
    `Folge “<name>”`) is no title. A log of entries (two or more entry headers: a Debian changelog's `tzdata
    (2026f-0+deb12u1) bookworm; urgency=medium`, a git log's `commit <hash>`, a release history's `Release 2026f -
    2026-10-27`) gives nothing from its entries, whose headers, dates and names are one entry's, and is no page for
    the page reader; a console session's output (the day `$ date -R` printed) is the program's; a configuration's
    keys under its section (`[Script Info]` over `ScriptType: v4.00+`) are settings: only the schema's (`Title:`). A
    line that breaks off a sentence (`… between this version, bash-5.2-release, and`) is no title.

    ## Why is this bad?
    Metadata in the body is lost to every tool that reads metadata fields, and pollutes the text
    that models are trained on or that search indexes.

    ## Example
    ```
    Russia Sends "Peacekeeping" Troops to Venezuela. Joint Military Exercises.

    By Stephen Lendman

    Global Research, March 25, 2019
    ```
    `seed.txt:5:1: CL504 [metadata-in-body] author found in the body: "Stephen Lendman" (metadata has none)`

    Use instead: the values in the metadata (`author: Stephen Lendman`, `date: 2019-03-25`,
    `source: Global Research`, ...); CL505 then offers to remove the lines.

    ## Options
    - `fields`: the metadata schema (see CL501), for the keys that count as each field.
    - `head-lines`: how many non-blank lines at the top are searched (default 8).
    - `tail-lines`: how many non-blank lines at the end are searched for attribution (default 4; 0: none).
    - `generic-labels`: also report `Label: value` lines outside the schema (default true).
    - `page-reader`: on a whole page's text, also read the title, byline and date around the
      repeated headline (default true).

    ## Fix safety
    Safe: the fix only adds the missing metadata field (or fills the empty key, in its list or
    string shape) and leaves the text alone; nothing is removed. A `.txt` file gets a
    `name.meta.yaml` sidecar. A field the record keeps in its metadata object (`meta.source`,
    `metadata.author`) is its own: never reported, and an empty one there is reported without a
    fix (no key is added at the top beside it). Unsafe where the evidence is weaker: a name signing verse
    (`-- A. P. Herbert` under a poem, `-- Rocky Horror Picture Show` under a song), or set off to the right
    under the text (a fortune's or an epigraph's `\t\t-- Oscar Wilde`), attributes the quoted text and may
    not be the document's author; CL505 never removes that line. The last of several quotations (a file of
    records closed by `%` lines, or a text where two other quotations above close with their own `-- Name`
    line) is attributed to its quotation, not the document: not reported. A title boxed between rules in a text no reST
    sign vouches for (no directive, role or docinfo field: a plain-text file's banner) is unsafe too.

    ## Known problems
    A title in sentence case is not recognised (only the first line in headline case is taken
    for a title). `Name, March 25, 2019` reads `Name` as the publisher; a place in title case
    there (`New Delhi, March 25, 2019`) is taken for one too. A byline of the form
    `By A, B` (without "and") is read as one author with an affiliation. A place dateline closed
    by a colon (`NAIROBI: The death of …`) is not read: kickers have its shape (`BREAKING:`, `KFC:`).
    """

    code = "CL504"
    name = "metadata-in-body"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        if doc.origin.conversation:
            return  # a chat record: its messages are no page (see `found`)
        # a Project Gutenberg book: its header's fields, not the project's lines nor the book's read as a page's
        book = [item for item in (gutenberg_header(doc.text) if doc.text else [])
                if item.kind != "label" or self.options.generic_labels]
        # a reStructuredText source: its adorned title and docinfo fields, not its directives nor a cited name
        read = None if book or not doc.text else rest_read(doc.text)
        rest = read[0] if read is not None and read[1] else None
        found = book or (rest if rest is not None else self.found(doc))
        if self.options.page_reader and doc.text and not book and rest is None and first_entry(doc.text) is None:
            page = page_found(doc.text, site=doc.metadata_site())
            found = [_shorter_title(item, page) for item in found]
            have = {item.field for item in found}
            found = found + [item for item in page if item.field not in have]
            if "author" not in have:
                # a credit block (`Written by` / `Edited by`) under no page byline, or the one the page reader signs
                # the headline with (google-sre-book-1's chapter): its other credits too
                signed = {(item.start, item.end) for item in page if item.field == "author"}
                block = credit_block(doc.text)
                if not signed or any(item.field == "author" and (item.start, item.end) in signed for item in block):
                    have |= {item.field for item in page}
                    found = found + [item for item in block if item.field not in have]
        if read is not None and not read[1]:
            # only a box's title, no reST source said so: beside the other readers, where they found no title
            found = found + [item for item in read[0] if all(other.field != item.field for other in found)]
        found = with_heading_title(doc, found)  # an HTML page's: its `<title>` and `<h1>` agree on it
        if all(item.field != "author" for item in found) and (paper := paper_authors(
                doc.text, next((str(item.value) for item in found if item.field == "title"), None))) is not None:
            found = found + [paper]  # a PDF's title page: the names under the title
        if not found:
            return
        states = self.schema.read(doc.metadata)
        done: set[str] = set()
        for item in found:
            if item.field in done:
                continue
            if item.field == "title" and (copyright_line(item.value) or has_h1(doc)
                                          or another_chapters_title(str(item.value), doc.text)):
                continue  # a notice is no title; a Markdown page's title is its H1; nor a link to another chapter
            if item.field == "title" and BROKEN_OFF.search(str(item.value)):
                continue  # `… between this version, bash-5.2-release, and`: a wrapped sentence's first line
            if item.field == "title" and item.kind in FIRST_LINE_READERS and opens_stanza(doc.text, item.end, head_credit):
                continue  # `I am changing my name to Chrysler` / `I am going down to …`: a stanza's first line
            if item.field == "title" and item.kind == "title" and _the_sites_name(doc, str(item.value)):
                continue  # the first line is the site's name (the copyright line's owner, its host): no title
            if item.field == "author" and sent_by(doc.metadata):
                continue  # a mail record's author is its sender (`from`): a name in its body signs a forwarded text
            state = self.state_of(states, doc, item.field)
            if state.key is not None:
                continue  # the metadata has a value: CL505's business if it is the same
            done.add(item.field)
            item = _unescaped(item)
            key, value = _target(state, item)
            if state.is_empty:
                why = f"metadata's `{state.present[0][0]}` is empty"
            else:
                why = "metadata has none"
            shown = show(item.value, 80)
            yield Violation(
                item.start, item.end,
                f"{item.field} found in the body: {shown} ({why}); set `{key}` in the metadata",
                # a key inside the record's metadata object (`meta.source`, empty): a person's to
                # fill; a fix never adds the field at the top beside it
                fix=None if "." in key else Fix(title=f"Set `{key}` to {shown}", applicability=_applicability(item),
                                                metadata=[MetadataEdit(key=key, value=value)]),
                source=item.kind,
                data={"field": item.field, "value": item.value, "key": key})


_SENDER = LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


def sent_by(metadata: dict) -> bool:
    """Whether a record is a mail whose metadata names its sender (`from`/`sender`: `Jane Roe <jane@x.org>`, an
    address): the sender wrote it, and a name its body gives (a forwarded column's byline, `by Veritas Backup.` ending
    a sentence) is no author the record lacks."""
    return any(isinstance(value := metadata.get(key), str) and _SENDER.search(value) is not None
               for key in ("from", "sender", "From", "Sender"))


def _unescaped(item: Found) -> Found:
    """The item with its value's character references decoded (`Bob &lt;bob@example.com&gt;` from an HTML
    record's line is `Bob <bob@example.com>`): a metadata value is text, never markup."""
    value = item.value
    if isinstance(value, str) and "&" in value:
        return replace(item, value=_decoded(value))
    if isinstance(value, list) and any(isinstance(v, str) and "&" in v for v in value):
        return replace(item, value=[_decoded(v) if isinstance(v, str) else v for v in value])
    return item


# an address between decoded angle brackets, spaced where the link's tags stood: `Bob < bob@example.com >`
SPACED_ADDRESS = LazyPattern(r"<\s+([^\s<>@]+@[^\s<>]+)\s+>")


def _decoded(value: str) -> str:
    return SPACED_ADDRESS.sub(r"<\1>", html.unescape(value))


def _applicability(item: Found) -> Applicability:
    """Safe where the shape names the field; unsafe where the evidence is weaker: a name signing verse (the
    quoted poem's or song's author, a work's title, a joke's signature) may not be the document's author; a
    box's title in a text not surely reST may be a banner's."""
    return Applicability.UNSAFE if item.kind in ("quotation", "restbox", "titlepage") else Applicability.SAFE


def _target(state: FieldState, item: Found) -> tuple[str, Any]:
    """The key a fix writes and the value in the shape that key holds."""
    value = item.value
    if state.present and all("." in key for key, _old in state.present):
        return state.present[0][0], value  # only inside the metadata object: no fix (see check)
    for key, old in state.present:
        if "." in key:
            continue
        if isinstance(old, list) and isinstance(value, str):
            return key, [value]
        if isinstance(old, str) and isinstance(value, list):
            return key, ", ".join(value)
        return key, value
    return state.name, value


_ELLIPSES = ("...", "…")


class MetadataLineInBody(BodyRule):
    """## What it does
    Reports a line at the top of the body that only repeats what the metadata already holds: the
    title line when the metadata has the same title (both lines of a title broken over the first two; a
    title cut off with an ellipsis, a feed's auto-title, only where the line has the ellipsis too: a line
    without it is the post's own opening the title was cut from), a byline naming the metadata's author, a
    dateline with its date (and publisher), a labelled line with the same value. Typically
    the metadata was filled from the line (by CL504's fix, or by the scraper) and the line
    stayed. A licence's text (a GNU licence's `GNU GENERAL PUBLIC LICENSE` / `Version 3, 29 June 2007`) and a
    Debian copyright file keep their heads: the title, version and date are the licence's own words, not a
    page's furniture, whatever the metadata took from them. An HTML page's `<title>` is never reported: it is no
    line of its text but its metadata itself (and no rule's fix changes it).

    ## Why is this bad?
    The text then holds page furniture: a model trained on it learns to write bylines, a
    deduplicator sees a difference where there is none, a summariser quotes the byline.

    ## Example
    ```
    ---
    author: Stephen Lendman
    ---
    By Stephen Lendman

    According to Reuters on Sunday, ...
    ```
    `post.md:4:1: CL505 [metadata-line-in-body] byline repeats the metadata's author "Stephen Lendman": remove it`

    Use instead: the article without the line.

    ## Options
    Those of CL504: `fields`, `head-lines`, `generic-labels`.

    ## Fix safety
    Unsafe: the fix removes the line (with a broken-off continuation line at its margin, never a block
    indented under it after a blank line, and its blank lines; a value
    opening a line, with the dash that joins it to the rest: `Feb. 23, 2015 -- `), and some users keep bylines
    and datelines on purpose. A wire dateline opening the lede
    (`WASHINGTON (Reuters) -`) is a convention of the text and is never reported, nor is a bio closing
    the story (it says more than the name: removing it is the bios family's call), nor the name that
    attributes a quotation (a fortune's, an epigraph's or a poem's `-- Oscar Wilde`, set off under it or to the
    right of its last line): the
    quotation's own line, kept with it even where the metadata took the name as the author.

    A dateline that opens with a version (`Release 2026f - 2026-10-27 …`) says which release the day is of: not
    reported, the version would go with it.

    A mail's header block opening the text (`From:` … `Subject:` … `Date:`) goes whole or not at all: once
    the metadata holds every line CL504 read of it, the first finding's fix removes the block with its
    routing lines (`To:`, `Cc:`, `Message-ID:`); a block that also says what the text is in a line no
    finding took (`Abstract:`, `Keywords:`) stays, and no fix removes one of its lines alone.
    """

    code = "CL505"
    name = "metadata-line-in-body"
    severity = Severity.INFO
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        if not doc.text or not doc.metadata or doc.origin.conversation:
            return
        # a licence's title, version and date lines are its text, whatever the metadata took: asked
        # only of a document with a line to report (the licence test reads the whole text: 0.33 CPU s
        # per 10 MB of news when asked of every document, 132 of 4,099 of which have such a line)
        # (an HTML page's `<title>` is its metadata itself, not a line repeating it: `htmlhead`)
        violations = [v for v in self._lines(doc) if not in_page_title(doc, v.start, v.end)]
        if violations and not is_licence_document(doc.text):
            yield from violations

    def _lines(self, doc: Document) -> Iterator[Violation]:
        states = self.schema.read(doc.metadata)
        groups: dict[tuple[int, int], list[Found]] = {}
        for item in self.found(doc):
            # a lede's dateline; a closing bio (more than the name); a quotation's attribution (the quoted text's own)
            if item.kind not in ("wire", "bio", "quotation") and not _versioned(item):
                groups.setdefault((item.start, item.end), []).append(item)
        reported: set[tuple[int, int]] = set()
        title = states.get("title")
        if title is not None and isinstance(title.value, str):
            limit = 2 * len(title.value) + 20
            head = head_lines(doc.text, 3)
            cut = title.value.rstrip().endswith(_ELLIPSES)
            for line in head:
                if cut and not line.text.rstrip().endswith(_ELLIPSES):
                    # a title cut off with an ellipsis (a feed's auto-title: the post's first line + `...`):
                    # a line without it is the text the title was cut from, the post's own (qa20 r14)
                    continue
                if line.blank_after and len(line.text) <= limit and same_value("title", line.text, title.value):
                    reported.add((line.start, line.end))
                    yield self._violation(doc, line.start, line.end, True, "title line",
                                          [("title", title.key, title.value)])
                    break
            else:
                # a printed title broken over the first two lines (`party: A Laboratory for Recursive` /
                # `Partytioning`): both lines are the title's, removed together or not at all
                if (len(head) == 3 and not head[0].blank_after
                        and len(head[0].text) + len(head[1].text) <= limit
                        and same_value("title", f"{head[0].text} {head[1].text}", title.value)):
                    reported.add((head[0].start, head[1].end))
                    yield self._violation(doc, head[0].start, head[1].end, True, "title line",
                                          [("title", title.key, title.value)])
        header = header_block_end(doc.text) if doc.text.startswith(tuple("ABCDEFGHIJKLMNOPQRSTUVWXYZ")) else None
        in_header: list[Violation] = []
        for (start, end), items in groups.items():
            if (start, end) in reported:
                continue
            matched: list[tuple[str, str | None, Any]] = []
            for item in items:
                state = self.state_of(states, doc, item.field)
                if state.key is None or not (same_value(item.field, item.value, state.value)  # raw or decoded
                                             or same_value(item.field, _unescaped(item).value, state.value)):
                    break
                matched.append((item.field, state.key, state.value))
            else:
                what = {"title": "title line", "byline": "byline", "dateline": "dateline",
                        "label": "labelled line", "known-label": "labelled line",
                        "attribution": "attribution line", "quotation": "attribution line"}.get(items[0].kind, "line")
                violation = self._violation(doc, start, end, items[0].whole_line, what, matched)
                if header is not None and end <= header:
                    in_header.append(violation)
                else:
                    yield violation
        yield from self._header_block(doc, header, in_header, sum(1 for s, e in groups if header and e <= header))

    def _header_block(self, doc: Document, header: int | None, found: list[Violation], lines: int) -> Iterator[Violation]:
        """The lines of a mail's header block opening the text (`From:` … `Subject:` … `Date:`): removed together
        or not at all (tester30 H4: the fix took From: and Date: and left Subject:, To:, Abstract:). Once every
        line CL504 read is in the metadata, the first finding's fix removes the whole block (its routing lines
        too: `To:`, `Cc:`, `Message-ID:`); before that, none removes one of its lines."""
        if header is None or not found:
            return
        taken = {v.start for v in found}
        # a header that says what the text is (`Abstract:`, `Keywords:`) and that no finding took: the block stays
        kept = [m for m in HEADER_NAME.finditer(doc.text, 0, header)
                if m.group(1).lower() in TEXT_HEADERS and m.start() not in taken]
        whole = len(found) == lines and not kept
        for k, violation in enumerate(found):
            if whole and k == 0:
                cut = block_removal(doc.text, 0, header)
                violation.fix = Fix(title="Remove the message's header block", applicability=Applicability.UNSAFE,
                                    edits=[TextEdit(start=cut[0], end=cut[1])])
                violation.message = violation.message.replace("; remove it", "; remove the header block with it")
            else:
                violation.fix = None
                violation.message = violation.message.replace("; remove it", (
                    "; removed with the header block" if whole else
                    f"; kept with the header block, which holds `{kept[0].group(1)}:` too" if kept else
                    "; the header block goes once the metadata holds all its lines"))
            yield violation

    def _violation(self, doc: Document, start: int, end: int, whole: bool, what: str,
                   matched: list[tuple[str, str | None, Any]]) -> Violation:
        if whole:
            cut = block_removal(doc.text, start, end)
        else:
            cut = (start, _past_separator(doc.text, end))
        if [m[0] for m in matched] == ["title"]:
            said = f"{what} repeats the metadata's title: {show(doc.text[start:end], 70)}"
        else:
            repeats = ", ".join(f"{name} {show(value, 50)}" for name, _key, value in matched)
            said = f"{what} {show(doc.text[start:end], 50)} repeats the metadata's {repeats}"
        return Violation(
            start, end, f"{said}; remove it",
            fix=Fix(title=f"Remove the {what}", applicability=Applicability.UNSAFE,
                    edits=[TextEdit(start=cut[0], end=cut[1])]),
            data={"fields": [m[0] for m in matched], "keys": [m[1] for m in matched]})


def _versioned(item: Found) -> bool:
    """A dateline that opens with a version (`Release 2026f - 2026-10-27 …`, `Version 3, 29 June 2007`): the
    line says which release the day is of, more than the metadata's date; removing it loses the version."""
    return item.kind == "dateline" and VERSION_LABEL.match(item.shown.lstrip()) is not None


# a header line's name, and the headers that say what the text is (not how it was routed): kept, never cut
HEADER_NAME = LazyPattern(r"(?m)^([A-Za-z][A-Za-z0-9-]*):")
# the readers that take a title from a line of the text itself (the head's first line, the page reader's headline),
# where a poem's first line may stand (a header block's `Subject:` or a label's value is no verse)
FIRST_LINE_READERS = frozenset({"title", "page"})
TEXT_HEADERS = DESCRIBING_HEADERS | {"abstract", "description", "title", "author"}


# what joins a value opening a line to the rest of it: `Feb. 23, 2015 -- Life-threatening …`, `By A — The …`
LEAD_SEPARATOR = LazyPattern(r"[ \t]*(?:--?|[—–:|])(?=[ \t]|\p{L})[ \t]*|[ \t]+")


def _past_separator(text: str, end: int) -> int:
    """Where the rest of a line starts after a value cut from its opening: past the blanks and the dash (or
    colon, bar) that joined them, so that the fix leaves no `-- Life-threatening …` behind."""
    match = LEAD_SEPARATOR.match(text, end)
    return match.end() if match is not None else end


def _shorter_title(item: Found, page: list[Found]) -> Found:
    """`New Zealand - Wikipedia` read from the first line, `New Zealand` printed again as the page's
    headline: the page reader's value wins when it is the first line's title without a trailing
    ` - Site` part (the repetition is the evidence the head reader lacks). The finding stays on the
    first line, as when the head reader cuts a site's name itself."""
    if item.field != "title" or not isinstance(item.value, str):
        return item
    for other in page:
        if other.field == "title" and isinstance(other.value, str) and other.value != item.value:
            rest = item.value[len(other.value):] if item.value.startswith(other.value) else ""
            if rest and PAGE_SEPARATOR.match(rest):
                return Found(item.field, other.value, item.start, item.end, item.kind, item.whole_line, item.shown)
    return item

