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

from corpuslint.textutil import LazyPattern

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
# the terms of a licence, by kind: three kinds near a copyright line make it a licence's
_TERMS = (
    r"(?:permission|rights?|licen[cs]e)\b[^.]{0,60}?\b(?:is|are)\s+(?:hereby\s+)?granted|\bhereby\s+grant"
    r"|\bgrants?\s+(?:you\s+)?(?:a\s+|the\s+)?(?:permission|licen[cs]e|rights?)\b|\bgrants?\s+to\s+(?:you|licensee)\b"
    r"|\b(?:is|are)\s+(?:hereby\s+)?permitted\s+to\b|\bpermission\s+to\s+(?:use|copy|modify|distribute|reproduce)"
    r"|\bverbatim\s+copies\b",  # a grant
    r"\b(?:{v})(?:\s+(?:it|them))?\s*,?\s+(?:(?:and|or|and/or)\s+)?(?:{v})\b".format(
        v=r"use[ds]?|cop(?:y|ied|ies)|modif(?:y|ied|ies)|(?:re)?distribut(?:e|ed|es)|reproduc(?:e|ed|es)"
          r"|transmit(?:ted|s)?|publish(?:ed)?|sell|sold|sublicense|merge"),  # the rights
    r"\bprovided\s+that\b|\bsubject\s+to\s+the\s+following\b|\b(?:list\s+of|following)\s+conditions\b"
    r"|\bconditions\s+are\s+met\b|\bterms\s+and\s+conditions\b|\bunder\s+certain\s+conditions\b",  # its conditions
    r"\b(?:above|this)\s+(?:copyright\s+|permission\s+)?notices?\b|\b(?:left|remains?)\s+intact\b"
    r"|\b(?:retain|reproduce)\s+the\s+above\b|\bnotices?\s+(?:are|is|be)\s+retained\b",  # the notice
    r"\bwarrant(?:y|ies)\b|\bmerchantability\b|\bfitness\s+for\s+a\s+particular\b"
    r"|\bdisclaim(?:s|ed|er)?\b",  # warranty
    r"\bin\s+no\s+event\b|\bliab(?:le|ility)\b",  # liability
    r"\blicens(?:ee|or)s?\b|\b(?:this|the)\s+licen[cs]e\b|\bpublic\s+licen[cs]e\b|\bfree\s+software\b"
    r"|\bpublic\s+domain\b|\blicensed\s+under\b|\bdistributed\s+under\s+the\s+terms\b"
    r"|\blicen[cs]e\s+agreement\b",  # a licence named
    r"\bwithout\s+(?:fee|charge)\b|\bfree\s+of\s+charge\b|\broyalty[- ]free\b",  # a fee
)
_TERM = LazyPattern("(?i)" + "|".join(f"(?P<t{i}>{t})" for i, t in enumerate(_TERMS)))
TERM_KINDS = 3  # kinds of terms that make a licence's text
# ... one of them a grant, the rights or a licence named (review16c: a news story on a car warranty
# has "warranty", "liability", "provided that", "free of charge": no licence)
CORE_KINDS = frozenset({1, 2, 7})
# ... the document is one where the paragraphs holding its terms are this share of its text or more:
# on qa16a's corpora 106 of 129 SPDX licence texts and 46 of 60 Debian copyright files, 3 of 107
# AUTHORS/THANKS/TODO files (a GNU trailer's notice is a tenth or a quarter of theirs), no e-mail
COVER = 0.4
BEFORE, AFTER = 800, 1200  # "near": a licence's holder line heads it, or closes it (an exhibit)
# a Debian machine-readable copyright file: its header, or a stanza's licence field
_DEP5 = LazyPattern(r"(?i)\A\s*format(?:-specification)?:[^\n]*copyright-format")
_FIELD_LICENCE = LazyPattern(r"(?im)^license:")
_PARAGRAPH = LazyPattern(r"\S(?:.|\n(?![ \t]*\n))*")
KINDS = ("licence",)
# a licence names its holder first and grants right after: the grant (or condition) sentence begins
# within this many characters after the copyright line (mkdocs-macros: a 50-character aside between)
NEAR = 400
# a file named as a licence is one when it holds any of the sentences anywhere
_LICENCE_NAME = LazyPattern(r"(?i)^(?:licen[cs]e|notice|copying|third[-_ ]?party[-_ ]?notices?)(?:[-_.].*)?$")


@functools.lru_cache(maxsize=4)
def _starts(text: str) -> tuple[int, ...]:
    """Where the licence sentences of `text` begin (asked once per match of a pack rule: kept)."""
    return tuple(m.start() for m in _LICENCE.finditer(text))


@functools.lru_cache(maxsize=4)
def _terms(text: str) -> tuple[tuple[int, int], ...]:
    """Where the licence terms of `text` stand, with their kind (asked once per match: kept)."""
    return tuple((m.start(), m.lastindex or 0) for m in _TERM.finditer(text))


@functools.lru_cache(maxsize=4)
def is_licence_text(text: str) -> bool:
    """Whether `text` is a licence's text: TERM_KINDS kinds of licence terms, one of them CORE, in
    paragraphs that make up COVER of it or more (a notice under an AUTHORS list is its trailer)."""
    terms = _terms(text)
    kinds = {kind for _, kind in terms}
    if len(kinds) < TERM_KINDS or not kinds & CORE_KINDS:
        return False
    starts = [start for start, _ in terms]
    covered = total = 0
    for para in _PARAGRAPH.finditer(text):
        size = para.end() - para.start()
        total += size
        i = bisect.bisect_left(starts, para.start())
        if i < len(starts) and starts[i] < para.end():
            covered += size
    return covered >= COVER * total


def licence_terms_near(text: str, start: int, end: int) -> int:
    """How many kinds of licence terms stand within BEFORE characters before `start` and AFTER
    after `end` (none without a grant, the rights or a licence named among them)."""
    terms = _terms(text)
    lo = bisect.bisect_left(terms, (start - BEFORE, -1))
    hi = bisect.bisect_right(terms, (end + AFTER, 99))
    kinds = {kind for _, kind in terms[lo:hi]}
    return len(kinds) if kinds & CORE_KINDS else 0


def copyright_file_at(text: str, start: int, end: int) -> bool:
    """Whether the match at `start`..`end` is a field of a Debian copyright file: the file opens
    with the DEP-5 `Format:` header, or the match's stanza (its blank-line block) has a `License:`
    field (a holder paired with the licence it grants)."""
    if _DEP5.match(text) is not None:
        return True
    stanza_start = text.rfind("\n\n", 0, start) + 1
    stanza_end = text.find("\n\n", end)
    stanza_end = len(text) if stanza_end < 0 else stanza_end
    return _FIELD_LICENCE.search(text, stanza_start, stanza_end) is not None


def is_licence(text: str) -> bool:
    """Whether `text` holds a licence's text: one of its standard sentences (anywhere)."""
    return bool(_starts(text))


def licence_at(text: str, end: int, path: str = "", start: int | None = None) -> bool:
    """Whether the line ending at `end` (its match starting at `start`) belongs to a licence: a
    licence sentence begins within NEAR characters after it, the document is a licence's text, it
    is a field of a copyright file, TERM_KINDS kinds of licence terms stand near it in the first
    half of the document, or the file is named as a licence (LICENSE,
    NOTICE, COPYING*) and holds a licence sentence. A page that quotes a licence sentence
    elsewhere (a news story on an open-source app) is none: its copyright footer is still a footer."""
    if start is not None and (is_licence_text(text) or copyright_file_at(text, start, end) or (
            2 * start < len(text) and licence_terms_near(text, start, end) >= TERM_KINDS)):
        return True
    starts = _starts(text)
    if not starts:
        return False
    index = bisect.bisect_left(starts, end)
    if index < len(starts) and starts[index] - end <= NEAR:
        return True
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return bool(name) and _LICENCE_NAME.match(name) is not None


def document_is(kind: str, text: str, end: int, path: str = "", start: int | None = None) -> bool:
    """Whether the match ending at `end` (starting at `start`) stands in a document part of `kind`
    (one of KINDS)."""
    if kind == "licence":
        return licence_at(text, end, path, start)
    raise ValueError(f"unknown document kind {kind!r}")
