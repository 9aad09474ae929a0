"""URLs and e-mail domains in plain text: where they are, and what is part of them.

`find_urls` finds links with a scheme (`http://...`), bare `www.` hosts, and bare host names whose
top-level domain is a known one (`silendman.blogspot.com`). It skips the hosts of e-mail addresses,
file names (`report.pdf`), abbreviations (`U.S.`, `e.g.`), version numbers and words run together at
a missing space (`end.It`), and leaves sentence punctuation and unbalanced brackets out of the URL.
`email_domains` gives the domains of e-mail addresses. How a host is built is `hosts.py`'s question;
whether two hosts are one site, `slips.py`'s.
"""

from __future__ import annotations

import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from corpuslint.checks.urls.hosts import BARE_TLDS, PLATFORM_SUFFIXES, core_host, public_suffix
from corpuslint.rule import CLOCK
from corpuslint.textutil import LazyPattern

# -- finding URLs in text ----------------------------------------------------------------------

_LABEL = r"[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
# A host without scheme or `www.` counts only when it ends in one of these (checked in `_match`:
# as an alternation of 300 suffixes in the pattern, they cost ~10 ms of every start-up to compile)
BARE_HOST_SUFFIXES = PLATFORM_SUFFIXES | BARE_TLDS
# characters a path may hold: no space, quotes, angle/curly brackets, backslash (JSON-escaped
# `\/` ends it), nor typographic punctuation (dashes, curly quotes, guillemets, ideographic)
_PATH = r"[^\s<>\"\\^`{}|\u00ab\u00bb\u2000-\u206f\u3000-\u303f\ufeff\ufffd]"

URL_PATTERN = LazyPattern(
    rf"""
    (?:
        (?<![\w@.\-/%+~=])           # not inside a word, an e-mail, a path or another URL,
      |                                # ... but a link may be a value: `|url=http://`, `href=www.`
        (?<=\w=)(?=(?i:https?|ftp)://|[Ww]{{3}}\.)   # (`_in_query` drops one in a query string)
    )
    (?:
        (?P<scheme>(?i:https?|ftp))://
        (?P<host>[\w-]+(?:\.[\w-]+)*\.?)
        (?::(?P<port>\d{{1,5}}))?
        (?P<rest>[/?#]{_PATH}*)?
      |
        (?P<host>[Ww]{{3}}\.(?:{_LABEL}\.)+[A-Za-z]{{2,24}})(?![\w@-]|\.\w)
        (?::(?P<port>\d{{1,5}}))?
        (?P<rest>[/?#]{_PATH}*)?
      |
        (?P<bare>(?P<host>(?:{_LABEL}\.)+[a-z]{{2,24}})(?![\w@-]|\.\w))
        (?P<rest>/{_PATH}*)?
    )
    """,
    regex.VERBOSE,
)

_CLOSERS = {")": "(", "]": "[", "}": "{"}
_TRAILING = ".,;:!?'\"*"


@dataclass(slots=True)
class UrlMatch:
    """One URL or host name in a text, with the offsets of the whole and of the host."""

    start: int
    end: int
    text: str
    scheme: str  # "" for a bare host or `www.` URL
    host: str  # as written
    host_start: int
    host_end: int
    port: str
    rest: str  # path, query and fragment as written

    @property
    def core(self) -> str:
        return core_host(self.host)

    @property
    def core_start(self) -> int:
        """Offset of the host without its `www.`: where a host rewrite starts."""
        return self.host_start + len(self.host.rstrip(".")) - len(self.core)

    @property
    def core_end(self) -> int:
        return self.host_end - (1 if self.host.endswith(".") else 0)

    @property
    def is_link(self) -> bool:
        return bool(self.scheme)


def _trim(rest: str) -> str:
    while rest:
        last = rest[-1]
        if last in _TRAILING:
            rest = rest[:-1]
        elif last in _CLOSERS and rest.count(last) > rest.count(_CLOSERS[last]):
            rest = rest[:-1]
        else:
            break
    return rest


MAX_TOKEN = 4096  # a whitespace-free run longer than this (a data blob) is not searched for URLs


_DOT_LETTER = re.compile(r"\.[A-Za-z]")
_match_start = operator.methodcaller("start")


def _windows(text: str) -> Iterator[tuple[int, int]]:
    """Spans of the whitespace-free tokens that may hold a URL, in order.

    Every URL has a dot between a word character and a letter (`x.com`, `www.`), or `://`. A
    plain scan for them finds the few tokens worth the full pattern, so prose costs a `find` per
    full stop rather than a regex attempt per character.
    """
    # a dot then a letter, found by `re` (in prose most dots end a sentence and are followed by a
    # space: half the time of a `find` loop over every dot, ~10 ms per 10 MB)
    hits = [i for i in map(_match_start, _DOT_LETTER.finditer(text, 1))
            if text[i - 1].isalnum() or text[i - 1] in "-_"]
    find = text.find
    n = len(text)
    i = find("://")
    while i != -1:
        hits.append(i)
        i = find("://", i + 3)
    if not hits:
        return
    hits.sort()
    last_end = -1
    for hit in hits:
        if hit < last_end:
            continue
        space = _SPACE.search(text, hit)
        end = space.start() if space else n
        last_end = end
        start = hit
        floor = max(0, end - MAX_TOKEN)
        while start > floor and not text[start - 1].isspace():
            start -= 1
        if start == floor and start > 0 and not text[start - 1].isspace():
            continue  # a token longer than MAX_TOKEN
        yield start, end


_SPACE = LazyPattern(r"\s")


# The last document's URLs: five scans of one document (CL301, CL303 and CL305 checking it, CL304
# collecting its fingerprints and again checking it) cost ~0.5 s per 10 MB, one is enough. Short
# texts (a metadata value) are not kept, so they do not push the document's out.
_LAST_URLS: list = [(None, ())]  # one (text, matches) pair, replaced whole (threads may share it)
KEEP_URLS_FROM = 256  # characters


def find_urls(text: str, timeout: float | None = None) -> Iterator[UrlMatch]:
    """The URLs and host names in `text`, in order (the matches are shared: do not change them)."""
    if "." not in text:
        return iter(())
    if len(text) < KEEP_URLS_FROM:
        return _scan_urls(text, timeout)
    kept, found = _LAST_URLS[0]
    if kept is not text and kept != text:
        found = tuple(_scan_urls(text, timeout))  # a timeout raises here: nothing is kept
        _LAST_URLS[0] = (text, found)
    return iter(found)


def _scan_urls(text: str, timeout: float | None) -> Iterator[UrlMatch]:
    search = URL_PATTERN.finditer
    for lo, hi in _windows(text):  # (the rule's CPU budget: `CLOCK.regex_timeout`)
        for m in search(text, lo, hi, timeout=None if timeout is None else CLOCK.regex_timeout(timeout)):
            url = _match(text, m)
            if url is not None:
                yield url


def _bare_suffix_known(host: str) -> bool:
    """A bare host counts under a listed top-level domain, a blog platform, or a public suffix of
    two labels or more (`gov.in`, `co.uk`: no word is written that way)."""
    labels = host.split(".")
    if any(".".join(labels[-n:]) in BARE_HOST_SUFFIXES for n in (1, 2, 3) if n < len(labels)):
        return True
    return len(labels) > 2 and "." in public_suffix(host.lower())


# what, before a `key=`, says the `=` is inside another URL (its query `?u=`, `&url=`, a path's `;u=`)
_QUERY_MARKS = frozenset("?&/#%;")


def _in_query(text: str, start: int) -> bool:
    """Whether a link right after `=` is a parameter of another URL (`share?u=http://x.org`): the
    token before the `=` holds a query or path mark. A link after `|url=`, `href=` or `key=` is a
    value of its own (reads24: every `{{cite web |url=http://...}}` was unseen)."""
    lo = start - 1
    floor = max(0, start - 200)
    while lo > floor and not text[lo - 1].isspace() and text[lo - 1] not in "|{[(\"'<":
        lo -= 1
    return any(c in _QUERY_MARKS for c in text[lo:start - 1])


# a markup identifier or a citation's field naming a source (wikitext `<ref name="imf.org"/>`,
# `|publisher= al.com`, `|work=br.de`): a bare host there is a name, not an address (reads24: 6 wrong CL305)
_NAME_FIELD = LazyPattern(r"(?<![\w-])(?:name|publisher|work|website|newspaper|magazine|agency|via)[ \t]*=[ \t]*[\"']?$",
                          regex.I)


_CITE_OPEN = LazyPattern(r"\{\{[ \t]*(?:cite|citation)\b", regex.I)


def _wiki_name(text: str, start: int) -> bool:
    """Whether a bare host at `start` is a name in wikitext: a wiki link's article (`[[filmsite.org]]`) or a
    field of a citation template other than its link (`{{cite web |url=http://www.al.com/... |title=... al.com
    |publisher=Birmingham News via al.com}}`: the template's address is its `url=`)."""
    if text.startswith("[[", max(0, start - 2)):
        return True
    open_ = text.rfind("{{", max(text.rfind("\n", 0, start) + 1, start - 2000), start)
    return open_ != -1 and text.find("}}", open_, start) == -1 and _CITE_OPEN.match(text, open_) is not None


def _cut_by_continuation(text: str, start: int) -> bool:
    """Whether a bare host opens a line that a backslash continues mid-word (`...@my-project.iam.gservicea\\`
    then `ccount.com'`: a shell example's address wrapped in the middle, probe25 gcloud pages): a piece."""
    line = text.rfind("\n", 0, start)
    return (line > 1 and text[line - 1] == "\\" and not text[line - 2].isspace()
            and not text[line + 1:start].strip())


def _match(text: str, m: regex.Match) -> UrlMatch | None:
    host = m.group("host")
    if m.group("bare") is not None and _cut_by_continuation(text, m.start()):
        return None
    if m.start() and text[m.start() - 1] == "=" and _in_query(text, m.start()):
        return None
    if m.group("bare") is not None and (not _bare_suffix_known(host)
                                        or _NAME_FIELD.search(text, max(0, m.start() - 20), m.start()) is not None
                                        or _wiki_name(text, m.start())):
        return None
    host_start = m.start("host")
    rest = _trim(m.group("rest") or "")
    scheme = m.group("scheme") or ""
    if not rest and host.endswith("."):
        host = host.rstrip(".")  # "see http://example.com." : the dot ends the sentence
    if scheme and "." not in host.strip(".") and host.lower() != "localhost":
        return None
    host_end = host_start + len(host)
    if m.group("rest") is not None:
        end = m.start("rest") + len(rest)
    elif m.group("port") is not None:
        end = m.end("port")
    else:
        end = host_end
    return UrlMatch(m.start(), end, text[m.start():end], scheme, host, host_start, host_end,
                    m.group("port") or "", rest)


EMAIL_DOMAIN = LazyPattern(r"(?<![\w.+-])[\w.+-]+@(?P<host>(?:[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?\.)+"
                           r"[A-Za-z]{2,24})(?![\w-]|\.\w)")


def email_domains(text: str) -> Iterator[UrlMatch]:
    """The domains of the e-mail addresses in `text` (`editor@oak-review.org` -> `oak-review.org`),
    as host-only matches: a site's own address names its host too."""
    if "@" not in text:
        return
    # Only the white-space-free tokens holding an "@" are searched: a match holds no white space,
    # and white space on either side satisfies its lookarounds as the token's edges do (the
    # pattern tried at every offset of the text took ~200 µs per document with an "@").
    find, n = text.find, len(text)
    at = find("@")
    while at != -1:
        start = at
        while start > 0 and not text[start - 1].isspace():
            start -= 1
        end = at + 1
        while end < n and not text[end].isspace():
            end += 1
        for m in EMAIL_DOMAIN.finditer(text, start, end):
            host = m.group("host")
            yield UrlMatch(m.start("host"), m.end("host"), host, "", host, m.start("host"), m.end("host"), "", "")
        at = find("@", end)


def split_rest(rest: str) -> tuple[str, str, str]:
    """(path, query, fragment) of a URL's rest."""
    fragment = ""
    if "#" in rest:
        rest, fragment = rest.split("#", 1)
    query = ""
    if "?" in rest:
        rest, query = rest.split("?", 1)
    return rest, query, fragment
