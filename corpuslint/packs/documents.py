"""Kinds of documents in which a pack rule does not look (`not-in`), recognised by their text.

`licence`: a software or content licence's text (LICENSE.md, a THIRD-PARTY-NOTICES file, a README's
licence section given whole): one of the standard grant, condition or warranty sentences of the
common licences follows the copyright line within a few lines (or the file is named LICENSE, NOTICE,
COPYING and holds one). One such sentence quoted elsewhere in a page does not make its footer a licence. There a copyright line is the
licence's own content (who grants it), not the footer of a page: session 15's qa15b corpus had 238
of 241 CL120 findings in such files.

Licences are worded in many ways (SPDX lists hundreds), so the standard sentences are not all: a
copyright line among the vocabulary of a licence (a grant, a list of rights "use, copy, modify",
its conditions, the notice to keep, a warranty or liability clause, a licensee, a fee) is a
licence's too, where the document is a licence's text (three kinds of those terms, in paragraphs
that make up much of it), or where three kinds stand within a few paragraphs of the line in the
first half of a document (a source file's licence header, a program's banner) (qa16a: the SPDX
texts HPND, fwlw, WordNet, OLDAP, whose grants the standard sentences miss). A news footer names
none of them; a story quoting one licence sentence one or two. A GNU AUTHORS or TODO file's
trailer ("Copyright (C) ... FSF" over its permission notice) is the file's footer, as it was.

A copyright file is one too: a machine-readable Debian copyright file (DEP-5: a `Format:` header
naming the copyright format, stanzas of `Files:` / `Copyright:` / `License:` fields) lists who
holds what under which licence; its `Copyright:` fields are its content (qa16a: tzdata's stanza
"License: public-domain" went with its copyright field, libtirpc3's fix never settled).
"""

from __future__ import annotations

import bisect
import functools

from corpuslint.licences import (DEP5, TERM_KINDS, about_its_rights, is_licence_document, is_licence_text,  # noqa: F401
                                 licence_terms_near)
from corpuslint.textutil import LazyPattern, paragraph_at

# the sentences that make a text a licence, as the licences word them (any case, any wrapping)
_LICENCE = LazyPattern(
    r"(?i)permission[ \t]+is[ \t]+hereby[ \t]+granted,?\s+free[ \t]+of[ \t]+charge"  # MIT, X11
    r"|permission[ \t]+to[ \t]+use,\s+copy,\s+modify,?\s+and(?:/or)?\s+distribute[ \t]+this[ \t]+software"  # ISC
    r"|the[ \t]+software[ \t]+is[ \t]+provided[ \t]+[\"“]as[ \t]+is[\"”]"  # MIT/ISC warranty
    r"|redistribution[ \t]+and[ \t]+use[ \t]+in[ \t]+source[ \t]+and[ \t]+binary[ \t]+forms"  # BSD
    r"|licensed[ \t]+under[ \t]+the[ \t]+apache[ \t]+license"  # Apache's notice
    r"|terms[ \t]+and[ \t]+conditions[ \t]+for[ \t]+use,\s+reproduction,?\s+and[ \t]+distribution"  # Apache 2.0
    r"|everyone[ \t]+is[ \t]+permitted[ \t]+to[ \t]+copy[ \t]+and[ \t]+distribute[ \t]+verbatim[ \t]+copies"  # GNU
    r"|this[ \t]+program[ \t]+is[ \t]+free[ \t]+software(?::|;)?\s+you[ \t]+can[ \t]+redistribute[ \t]+it"  # GPL notice
    r"|this[ \t]+source[ \t]+code[ \t]+form[ \t]+is[ \t]+subject[ \t]+to[ \t]+the[ \t]+terms[ \t]+of[ \t]+the[ \t]+mozilla"
    r"|this[ \t]+is[ \t]+free[ \t]+and[ \t]+unencumbered[ \t]+software[ \t]+released[ \t]+into[ \t]+the[ \t]+public"
)
_FIELD_LICENCE = LazyPattern(r"(?im)^license:")
KINDS = ("licence", "citation")
# a licence names its holder first and grants right after: the grant (or condition) sentence begins
# within this many characters after the copyright line (mkdocs-macros: a 50-character aside between)
NEAR = 400
# a file named as a licence is one when it holds any of the sentences anywhere
_LICENCE_NAME = LazyPattern(r"(?i)^(?:licen[cs]e|notice|copying|third[-_ ]?party[-_ ]?notices?)(?:[-_.].*)?$")


@functools.lru_cache(maxsize=4)
def _starts(text: str) -> tuple[int, ...]:
    """Where the licence sentences of `text` begin (asked once per match of a pack rule: kept)."""
    return tuple(m.start() for m in _LICENCE.finditer(text))


def copyright_file_at(text: str, start: int, end: int) -> bool:
    """Whether the match at `start`..`end` is a field of a Debian copyright file: the file opens
    with the DEP-5 `Format:` header, or the match's stanza (its blank-line block) has a `License:`
    field (a holder paired with the licence it grants)."""
    if DEP5.match(text) is not None:
        return True
    stanza_start = text.rfind("\n\n", 0, start) + 1
    stanza_end = text.find("\n\n", end)
    stanza_end = len(text) if stanza_end < 0 else stanza_end
    return _FIELD_LICENCE.search(text, stanza_start, stanza_end) is not None


def is_licence(text: str) -> bool:
    """Whether `text` holds a licence's text: one of its standard sentences (anywhere)."""
    return bool(_starts(text))


# a placeholder for a notice's year or holder: `[yyyy]`, `20[jj]`, `<year>`, `{year}`, `[name of
# copyright owner]`, `<name of author>`, `[Name des Rechtsinhabers]`
_PLACEHOLDER = LazyPattern(
    r"(?i)[\[<{][ \t]*(?:(?:y{2,4}|j{2,4}|a{2,4}|years?|jahre?|ann[ée]es?|a[ñn]os?)[ \t]*[\]>}]"
    r"|(?:(?:the|your|full)[ \t]+)?(?:name|owner|author|holder|copyright[ \t]+(?:holders?|owners?)|nom|nombre"
    r"|organi[sz]ation|company)\b[^\]>}\n]{0,40}[\]>}])")


def template_at(text: str, start: int, end: int) -> bool:
    """Whether the notice matched at `start`..`end` is a template whose year or holder is a
    placeholder (`Copyright (C) 20[jj] [Name des Rechtsinhabers].`, `Copyright [yyyy] [name of
    copyright owner]`): a licence's how-to-apply appendix shows it, no page was signed with it
    (qa16c: D-FSL's quoted template was removed and its quotation left unopened)."""
    line_end = text.find("\n", end)
    line_start = text.rfind("\n", 0, start) + 1
    return _PLACEHOLDER.search(text, line_start, len(text) if line_end < 0 else line_end) is not None


def licence_at(text: str, end: int, path: str = "", start: int | None = None) -> bool:
    """Whether the line ending at `end` (its match starting at `start`) belongs to a licence: a
    licence sentence begins within NEAR characters after it, the document is a licence's text, it
    is a field of a copyright file, TERM_KINDS kinds of licence terms stand near it in the first
    half of the document, the document is about its own copyright and licence (`about_its_rights`), or the file is named as a licence (LICENSE,
    NOTICE, COPYING*) and holds a licence sentence. A page that quotes a licence sentence
    elsewhere (a news story on an open-source app) is none: its copyright footer is still a footer.
    A notice with a placeholder for its year or holder is a licence's template of it (`template_at`)."""
    if start is not None and (
            template_at(text, start, end) or is_licence_text(text) or copyright_file_at(text, start, end)
            or (2 * start < len(text) and licence_terms_near(text, start, end) >= TERM_KINDS) or about_its_rights(text)):
        return True
    starts = _starts(text)
    if not starts:
        return False
    index = bisect.bisect_left(starts, end)
    if index < len(starts) and starts[index] - end <= NEAR:
        return True
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return bool(name) and _LICENCE_NAME.match(name) is not None


# where a notice opens on a citation's line: the word, the sign, `(c)`
_NOTICE_WORD = LazyPattern(r"(?i)copyright|©|\(c\)")
# what may open an item: white space, a list's mark or number
_ITEM_MARK = LazyPattern(r"[ \t]*(?:[-*+•▪◦–][ \t]+|\(?[a-z\d]{1,3}[.)][ \t]+)?")
# what closes a work's name before its notice: a comma (Latin, ideographic, full-width) or a closing quotation mark
_CLOSES_WORK = (",", "、", "，", "»", "”", '"', "’", "'", "」", "』", "›")
LEAD_IN_WORDS = 4  # a lead-in is a sentence: this many words, or (a script without spaces) ...
LEAD_IN_LETTERS = 8  # ... a run of this many letters
CITED_ITEMS = 12  # the items of a list walked up to its lead-in, at most


def _cites_work(line: str) -> bool:
    """Whether `line` names a work, then its notice: `«Title», copyright © 1997 Name.`, `Title、Copyright ©
    1997 Name.`; not a notice that opens its line, nor a name run into it (`Global Research Copyright ©`)."""
    notice = _NOTICE_WORD.search(line)
    if notice is None:
        return False
    mark = _ITEM_MARK.match(line)
    work = line[mark.end() if mark else 0:notice.start()].rstrip()
    return (sum(ch.isalpha() for ch in work) >= 2 and work.endswith(_CLOSES_WORK)
            and _NOTICE_WORD.search(work) is None)


def _lead_in(lines: list[str]) -> bool:
    """Whether the lines (a paragraph's, up to the list) end in a sentence ending with a colon."""
    said = " ".join(line.strip() for line in lines)
    if not said.endswith((":", "：")):
        return False
    words = said[:-1].split()
    return len(words) >= LEAD_IN_WORDS or any(
        run.isalpha() and len(run) >= LEAD_IN_LETTERS for word in words for run in _letter_runs(word))


def _letter_runs(word: str) -> list[str]:
    runs, run = [], ""
    for ch in word:
        if ch.isalpha():
            run += ch
        else:
            if run:
                runs.append(run)
            run = ""
    return runs + ([run] if run else [])


# a book's or a serial's number in a reference: `ISBN 0-394-74502-7`, `ISSN 0001-0782`
_BOOK_NUMBER = LazyPattern(r"\bIS([BS])N(?:-1[03])?:?[ \t\n]+[\dX][\d\- \tX]{7,}")
_RESERVED = LazyPattern(r"(?i)\ball[ \t\n]+rights[ \t\n]+reserved\b")
_KEY = LazyPattern(r"[ \t]*\[[^\]\n]{1,40}\][ \t]")  # a reference's key opening its entry: `[Levy] Hackers.`
REFERENCE_PARTS = 2  # a reference names a work, then its author (or publisher): this many parts before the notice
REFERENCE_LINES = 2  # an entry's lines above its notice's line (the Jargon File's wraps three at most)
REFERENCE_GAP = 40  # characters (spaces collapsed) from the notice's start to the number: `Copyright © 1979. Basic Books. `


def reference_at(text: str, start: int) -> bool:
    """Whether the notice at `start` is part of a bibliographic reference (the Jargon File's
    bibliography, qa23 r03: `[Levy] Hackers. Steven Levy. Anchor/Doubleday. Copyright © 1984. ISBN
    0-385-19195-2.`, wrapped over two lines): its entry (its line and up to `REFERENCE_LINES` lines
    above it in its paragraph) names a work before the notice (a title and an author or publisher,
    parts closed by full stops, the notice opening none of it), the book's number follows the notice
    in the entry (on its line or the next, within `REFERENCE_GAP` characters: a book named further
    down a text with no blank lines is another paragraph's), and no right is reserved in the
    paragraph. An ISSN alone is a periodical's colophon (`Example Monthly. Published by … Copyright ©
    2019 … ISSN 1234-5678.`), a reference's only in an entry opening with its key (`[Key] …`). A
    book's own copyright page opens with its notice (`Copyright © 2005 Jane Roe. All rights reserved.
    ISBN ...`): still a finding."""
    para_start, para_end = paragraph_at(text, start)
    number = _BOOK_NUMBER.search(text, start, para_end)
    if number is None or _RESERVED.search(text, para_start, para_end):
        return False
    between = text[start:number.start()]
    if between.count("\n") > 1 or len(" ".join(between.split())) > REFERENCE_GAP:
        return False
    entry = text.rfind("\n", 0, start) + 1
    for _ in range(REFERENCE_LINES):
        if entry > para_start:
            entry = max(text.rfind("\n", 0, entry - 1) + 1, para_start)
    if number.group(1) == "S" and _KEY.match(text, entry) is None:
        return False
    before = text[entry:start]
    parts = [part for part in before.replace("\n", " ").split(". ") if any(ch.isalpha() for ch in part)]
    return len(parts) >= REFERENCE_PARTS and _NOTICE_WORD.search(before) is None


def citation_at(text: str, start: int, end: int) -> bool:
    """Whether the notice matched at `start`..`end` is an item of a list of works the text
    introduces (see the module's `citation`): its line names a work before the notice, and above it,
    past the list's other items and blank lines, a paragraph ends in a lead-in sentence with a colon;
    or it is part of a bibliographic reference (`reference_at`)."""
    if reference_at(text, start):
        return True
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if not _cites_work(text[line_start:len(text) if line_end < 0 else line_end]):
        return False
    lines = text[:line_start].split("\n")[:-1]  # the lines above, nearest last
    items = 0
    while lines:
        line = lines[-1]
        if not line.strip():
            lines.pop()
            continue
        if _cites_work(line):
            items += 1
            if items > CITED_ITEMS:
                return False
            lines.pop()
            continue
        lead = []  # the paragraph that ends at this line
        while lines and lines[-1].strip():
            lead.append(lines.pop())
        return _lead_in(lead[::-1])
    return False


def document_is(kind: str, text: str, end: int, path: str = "", start: int | None = None) -> bool:
    """Whether the match ending at `end` (starting at `start`) stands in a document part of `kind`
    (one of KINDS)."""
    if kind == "licence":
        return licence_at(text, end, path, start)
    if kind == "citation":
        return citation_at(text, end if start is None else start, end)
    raise ValueError(f"unknown document kind {kind!r}")
