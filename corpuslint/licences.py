"""Whether a text is a licence's or a Debian copyright file: the vocabulary of licences, by kind
(a grant, the rights, conditions, the notice to keep, warranty, liability, a licence named, a fee).
Shared by the packs' `not-in: [licence]` (packs/documents.py) and CL151 (a licence's clauses are
its content, however many licences carry them), so it sits in the bottom layer."""

from __future__ import annotations

import bisect
import functools

from corpuslint.textutil import LazyPattern

# the terms of a licence, by kind: three kinds near a copyright line make it a licence's
_TERMS = (
    r"(?:permission|rights?|licen[cs]e)\b[^.]{0,60}?\b(?:is|are)\s+(?:hereby\s+)?granted|\bhereby\s+grant"
    r"|\bgrants?\s+(?:you\s+)?(?:a\s+|the\s+)?(?:permission|licen[cs]e|rights?)\b|\bgrants?\s+to\s+(?:you|licensee)\b"
    r"|\b(?:is|are)\s+(?:hereby\s+)?permitted\s+(?:to|provided\s+that)\b|\bpermission\s+to\s+(?:use|copy|modify|distribute|reproduce)"
    r"|\bverbatim\s+copies\b",  # a grant
    r"\b(?:{v})(?:\s+(?:it|them))?\s*,?\s+(?:(?:and|or|and/or)\s+)?(?:{v})\b".format(
        v=r"use[ds]?|cop(?:y|ied|ies)|modif(?:y|ied|ies)|(?:re)?distribut(?:e|ed|es)|reproduc(?:e|ed|es)"
          r"|transmit(?:ted|s)?|publish(?:ed)?|sell|sold|sublicense|merge")
    + r"|\bredistributions?\s+and\s+use\b",  # the rights (BSD's `Redistribution and use in source and binary forms`)
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
DEP5 = LazyPattern(r"(?i)\A\s*format(?:-specification)?:[^\n]*copyright-format")
_PARAGRAPH = LazyPattern(r"\S(?:.|\n(?![ \t]*\n))*")


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


# words each kind of terms needs (a superset: the kind's pattern matches only where one stands), in
# _TERMS' order: fewer than TERM_KINDS kinds of them, or none of a CORE kind, and the text is no
# licence's without the terms' scan (CL151 asks about every document with a repeated line: the scan
# cost 0.8 CPU s per 10 MB of news)
_KIND_WORDS = (("grant", "permi", "verbatim"),
               ("modif", "distribut", "reproduc", "sublicens", "copy", "copie", "publish", "sell", "sold", "merge",
                "transmit"),
               ("provided", "condition", "subject to"), ("notice", "intact", "retain", "reproduce the above"),
               ("warrant", "merchantab", "fitness", "disclaim"), ("in no event", "liab"),
               ("licens", "licenc", "public domain", "free software", "distributed under"),
               ("fee", "charge", "royalty"))


# each kind's pattern alone: the whole scan reports a kind only where its pattern matches, so a kind
# whose pattern finds nothing alone is not among the scan's (the scan's one alternation of eight
# patterns cost twice what the few searches before a first miss of a core kind do: most news
# texts with the words hold none of the terms)
_KIND_TERM = tuple(LazyPattern("(?i)" + t) for t in _TERMS)
_CORE_FIRST = (7, 2, 1, 3, 4, 5, 6, 8)  # the core kinds first, the cheapest first


_WORD_KIND = tuple(i + 1 for i, words in enumerate(_KIND_WORDS) for _ in words)  # each word's kind, in order
_KIND_MATCHER: list = []  # an Aho-Corasick automaton of _KIND_WORDS' words, built on first use
_ONE_PASS_UP_TO = 200_000  # characters


def _kinds_named(low: str) -> set[int]:
    """The kinds of terms (1-based) a word of which stands in `low`: every occurrence of every word in one
    Aho-Corasick pass (overlapping ones included, so each word found is one `word in low` finds), where
    the 35 `in` tests read the text 35 times (~0.05 ms a news document; CL151 asks of every document with
    a repeated line, ~750 per 10 MB). A long text is read word by word, as before: its matches (a word
    such as "fee" or "copy" may stand thousands of times) would be kept all at once."""
    if len(low) > _ONE_PASS_UP_TO:
        return {i + 1 for i, words in enumerate(_KIND_WORDS) if any(word in low for word in words)}
    if not _KIND_MATCHER:
        import ahocorasick_rs

        words = [word.encode() for words in _KIND_WORDS for word in words]
        _KIND_MATCHER.append(ahocorasick_rs.BytesAhoCorasick(words))
    # over the UTF-8 bytes (the words are ASCII, and an ASCII byte is always that character), which also
    # takes a text with a lone surrogate (a JSON string's `\udcff`), as `in` does
    found = _KIND_MATCHER[0].find_matches_as_indexes(low.encode("utf-8", "surrogatepass"), overlapping=True)
    return {_WORD_KIND[word] for word, _, _ in found}


def _may_be_licence(text: str) -> bool:
    kinds = _kinds_named(text.lower())
    if len(kinds) < TERM_KINDS or not kinds & CORE_KINDS:
        return False
    found, core = 0, False
    for kind in _CORE_FIRST:
        if kind not in CORE_KINDS and not core:
            return False  # no core kind's pattern matches
        if kind in kinds and _KIND_TERM[kind - 1].search(text) is not None:
            found += 1
            core = core or kind in CORE_KINDS
            if found >= TERM_KINDS and core:
                return True
    return False


def is_licence_document(text: str) -> bool:
    """Whether `text` is a Debian copyright file (the DEP-5 header) or a licence's text: its
    notices, fields and clauses are its content, however many other such files carry them."""
    return DEP5.match(text) is not None or (_may_be_licence(text) and is_licence_text(text))


# a text about its own copyright and licence, which names the licence instead of quoting it (a Debian
# copyright file before DEP-5: wget's `Copyright: (C) 2007 Free Software Foundation, Inc.` over `Released
# under the terms of the GPL; see /usr/share/common-licenses/GPL-3.`, tester31): its notices are its content
_NOTICE = LazyPattern(r"(?i)\bcopyright\b|©|\(c\)[ \t]*\d")
_LICENCE_NAMED = LazyPattern(r"(?i)\blicen[cs](?:e[ds]?|ing)?\b|\b(?:L?GPL|BSD|MIT|Apache|Artistic)\b|\bpublic\s+domain\b")
LEGAL_SHARE = 0.5  # the paragraphs that give a notice, name a licence or state its terms: half at least
LICENCE_PARAGRAPHS = 2  # ... and a licence named in this many of them


@functools.lru_cache(maxsize=4)
def about_its_rights(text: str) -> bool:
    """Whether `text` is about its own copyright and licence: a notice, a licence named in
    LICENCE_PARAGRAPHS paragraphs, and LEGAL_SHARE of its paragraphs giving a notice, naming a
    licence or stating its terms. A story's footer is one paragraph of many. (Cached: CL120 asks it
    of every notice a text holds, and it reads the whole text.)"""
    notice = named = legal = total = 0
    for para in _PARAGRAPH.finditer(text):
        total += 1
        body = para.group()
        has_notice = _NOTICE.search(body) is not None
        has_licence = _LICENCE_NAMED.search(body) is not None
        notice += has_notice
        named += has_licence
        legal += has_notice or has_licence or _TERM.search(body) is not None
    return notice >= 1 and named >= LICENCE_PARAGRAPHS and legal >= LEGAL_SHARE * total


# a sentence granting its reader rights to the text or the files it goes with (a licence's operative
# sentence: `You may freely use, modify, and/or distribute each of the files in this package without
# limitation.`, SPDX's Borceux), not one withholding them (a site's `You may not reproduce, distribute
# or transmit …`, `… without (prior written) permission`, `… is prohibited`)
_GRANT = LazyPattern("(?i)" + _TERMS[0] + "|" + _TERMS[1])
_WITHHELD = LazyPattern(r"(?i)\b(?:not|no|never|nor|cannot|can't|may\s+only|prohibited|forbidden|strictly)\b"
                        r"|\bwithout\s+(?:the\s+)?(?:(?:express|prior|written|explicit)\s+)*(?:permission|consent)\b")


def grants_rights(sentence: str) -> bool:
    """Whether `sentence` grants rights (a grant, or the rights it lists: use, copy, modify,
    distribute) without withholding them: a licence's own sentence, which no notice's removal takes."""
    return _GRANT.search(sentence) is not None and _WITHHELD.search(sentence) is None
