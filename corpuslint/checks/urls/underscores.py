"""CL301's underscore slip: a host written with `_` where the document's own spelling has `-`.

An underscore cannot stand in a host name (RFC 952/1123 letters, digits and hyphens; a registrar
takes none), so `scala_lang.org` beside `scala-lang.org` is one address mistyped, and the `_`
spelling is the slip whatever the counts. The URL finder takes no `word_word.org` for a host (in
prose and code it is an identifier as often), so the slip is looked for only as a copy of a host the
document itself spells with hyphens: every `-` of it may be `_`, one at least is, and the copy stands
where a host stands (after a scheme, `www.`, `@` or a space; no path, identifier or sub-domain
around it). Left alone: a passage about host names' letters (`underscores are invalid in a host
name`), a look-alike named on purpose (CL301's own words: `fake`, `phishing`, ...), a quoted
string in code, documentation names (RFC 2606).
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from corpuslint.checks.urls.base import discusses_the_pair, misspelling, written_as_data
from corpuslint.checks.urls.hosts import split_host
from corpuslint.checks.urls.reserved import reserved_for_examples
from corpuslint.checks.urls.urlsim import UrlMatch, email_domains
from corpuslint.models import Document, Violation
from corpuslint.textutil import LazyPattern

EDIT = "`_` for `-`: an underscore cannot stand in a host name"

# a passage on what a host name may hold: the underscore is its subject there, not a slip
_NAME_RULES_TALK = LazyPattern(
    r"\b(?:underscores?|invalid|not[ \t]+(?:a[ \t]+)?valid|illegal|host[ \t]?names?|RFC[ \t]?(?:952|1123))\b",
    regex.I)
_TALK_WINDOW = 200  # characters either side, within the paragraph


_HOST_CHARS = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_-.")


def _underscored_tokens(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the runs of host characters (letters, digits, `_`, `-`, `.`) holding an `_` and a dot: one pass
    over the text's underscores, each run taken once, without its sentence's closing dots."""
    n = len(text)
    at = text.find("_")
    while at != -1:
        lo = at
        while lo > 0 and text[lo - 1] in _HOST_CHARS:
            lo -= 1
        hi = at + 1
        while hi < n and text[hi] in _HOST_CHARS:
            hi += 1
        while hi > lo and text[hi - 1] in ".-_":
            hi -= 1
        if "." in text[lo:hi]:
            yield lo, hi
        at = text.find("_", max(hi, at + 1))


def _stands_as_host(text: str, start: int, end: int) -> bool:
    """Whether `text[start:end]` stands where a host stands: a token's start (after a space, a bracket, a quote,
    `://`, `www.` or an e-mail's `@`), and nothing of a word, a path or another label right after it."""
    before = text[start - 1] if start else " "
    if before == ".":
        www = start - 4
        if text[www:start].lower() != "www." or (www and (text[www - 1].isalnum() or text[www - 1] in "_-.")):
            return False
    elif before == "/":
        if text[start - 2:start] != "//":
            return False  # a path's segment: `/scala_lang.org`
    elif before.isalnum() or before in "_-":
        return False
    after = text[end:end + 2]
    return not after or not (after[0].isalnum() or after[0] in "_-@" or (after[0] == "." and after[1:].isalnum()))


def _talks_of_host_names(text: str, at: int) -> bool:
    lo, hi = max(0, at - _TALK_WINDOW), min(len(text), at + _TALK_WINDOW)
    para_start, para_end = text.rfind("\n\n", lo, at), text.find("\n\n", at, hi)
    lo, hi = para_start + 1 if para_start != -1 else lo, para_end if para_end != -1 else hi
    return _NAME_RULES_TALK.search(text, lo, hi) is not None


def underscore_typos(doc: Document, urls: list[UrlMatch], *, min_label_length: int,
                     timeout: float) -> Iterator[Violation]:
    """CL301's findings for hosts the document spells with `_` for one of its own hosts' `-` (web hosts and
    e-mail domains): the `_` spelling reported, named after the hyphen spelling, with its (unsafe) fix."""
    text = doc.text
    if "_" not in text:
        return
    by_core: dict[str, list[UrlMatch]] = {}
    for url in (*urls, *email_domains(text)):
        core = url.core.lower().rstrip(".")
        if "-" in core and "_" not in core and not reserved_for_examples(core):
            by_core.setdefault(core, []).append(url)
    if not by_core:
        return
    variants: dict[str, list[UrlMatch]] = {}
    for lo, hi in _underscored_tokens(text):
        token = text[lo:hi]
        if token[:4].lower() == "www.":
            lo, token = lo + 4, token[4:]
        core = token.lower().replace("_", "-")
        if core not in by_core or "_" not in token or not _stands_as_host(text, lo, hi):
            continue
        parts = split_host(core)
        if max((len(label) for label in (*parts.sub, parts.label) if "-" in label), default=0) < min_label_length:
            continue
        url = UrlMatch(lo, hi, token, "", token, lo, hi, "", "")
        if not written_as_data(text, url) and not _talks_of_host_names(text, lo):
            variants.setdefault(core, []).append(url)
    for core, found in variants.items():
        keep = by_core[core]
        if discusses_the_pair(text, keep, found, timeout):
            continue
        for url in found:
            yield misspelling(doc, url.start, url.end, url.text, url.text.replace("_", "-"), keep, EDIT, named=core,
                              source="typo", data={"variant": url.text.lower(), "spelling": core, "edit": "_/-",
                                                   "variant_count": len(found), "spelling_count": len(keep)})
