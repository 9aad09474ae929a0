"""URLs in plain text, and when two host names are one site: the parsing behind the CL3xx rules.

Three questions, answered without network access (the public suffix list is a bundled snapshot):

* **Where are the URLs?** `find_urls` finds links with a scheme (`http://...`), bare `www.` hosts,
  and bare host names whose top-level domain is a known one (`silendman.blogspot.com`). It skips
  the hosts of e-mail addresses, file names (`report.pdf`), abbreviations (`U.S.`, `e.g.`),
  version numbers and words run together at a missing space (`end.It`), and leaves sentence
  punctuation and unbalanced brackets out of the URL.
* **How is a host built?** `split_host` cuts it into subdomain labels, the distinctive label and
  the public suffix, from the Public Suffix List (the `publicsuffixlist` package's bundled copy)
  plus the blog platforms it lacks (`wordpress.com`, `medium.com`, ...): `silendman.blogspot.com`
  is the label `silendman` under the suffix `blogspot.com`, as `news.bbc.co.uk` is `bbc` under
  `co.uk` with the subdomain `news`.
* **Is one host a typo of another?** `typo_variant` says yes only when everything but one label is
  identical and that label differs by ONE typing slip that people actually make: two neighbouring
  keys or look-alike letters swapped for each other (`i`/`j`, `n`/`m`, `o`/`0`), two letters
  transposed, or a doubled / neighbouring key added or dropped (any letter inside a label of six
  or more, not before it: `ipython` is `python` with a prefix, another name), on a label long
  enough that one slip is a small part of it. Different suffixes (`nytimes.com`, `nytimes.co`), different
  subdomains (`news.` vs `blog.`), a plural `s`, a hyphen, a digit for a digit, and short labels
  (`cnn`, `abc`) never make a typo: those are deliberate, distinct names.
"""

from __future__ import annotations

import functools
import operator
import re
from collections.abc import Iterator
from dataclasses import dataclass

import regex

from corpuslint.rule import CLOCK
from corpuslint.textutil import LazyPattern

# -- public suffixes ---------------------------------------------------------------------------

# The registrable name is the label just before the public suffix. The suffixes come from the
# Public Suffix List as the `publicsuffixlist` package bundles it (ICANN and private sections; no
# network at run time), loaded on first use (~0.1 s). Blog platforms that give each user a
# subdomain but are not on the list are added here: `alice.wordpress.com` and `bob.wordpress.com`
# are two sites, not two subdomains of one.
PLATFORM_SUFFIXES = frozenset("""
wordpress.com medium.com tumblr.com typepad.com livejournal.com substack.com weebly.com squarespace.com
blogs.com over-blog.com canalblog.com neocities.org webs.com
blogspot.co.uk blogspot.ca blogspot.de blogspot.fr blogspot.com.au blogspot.in blogspot.com.br
blogspot.com.es blogspot.it blogspot.mx blogspot.nl blogspot.ru blogspot.jp
""".split())
_LONGEST_PLATFORM_LABELS = max(s.count(".") + 1 for s in PLATFORM_SUFFIXES)
_PSL: list = []


def load_suffix_list() -> None:
    """Load the Public Suffix List (~0.15 s), once per process: on the first host looked up, or
    before workers are forked (`UrlRule.warm_up`)."""
    if not _PSL:
        from publicsuffixlist import PublicSuffixList

        # without the punycode copy of every rule (half the load time, ~0.1 s of each run):
        # the few hosts written in punycode are looked up in Unicode instead
        _PSL.append(PublicSuffixList(accept_encoded_idn=False))


def public_suffix(host: str) -> str:
    """The public suffix of a lower-case host (`co.uk`, `github.io`, `wordpress.com`), or its last label."""
    labels = host.split(".")
    for size in range(min(_LONGEST_PLATFORM_LABELS, len(labels) - 1), 1, -1):
        suffix = ".".join(labels[-size:])
        if suffix in PLATFORM_SUFFIXES:
            return suffix
    if not _PSL:
        load_suffix_list()
    query = host
    if "xn--" in host:
        try:
            query = host.encode("ascii").decode("idna")
        except UnicodeError:
            pass
    found = _PSL[0].publicsuffix(query)
    if not found or found == query:
        return labels[-1] if len(labels) > 1 else ""
    if query is not host:
        return ".".join(labels[-(found.count(".") + 1):])
    return found


# Top-level domains accepted for a bare host name (no scheme, no `www.`). A word that is also a
# country code (`is`, `it`, `at`, `be`, `to`, `in`, `me`, `no`, `so`, `us`, ...) or a common file
# extension (`py`, `sh`, `md`, `ps`, `ai`, `cc`, `mk`) is left out: `end.it`, `setup.py` are not
# hosts. Such hosts are still found when written with a scheme or `www.`, or under a listed
# multi-part suffix (`gov.in`).
BARE_TLDS = frozenset("""
com net org edu gov mil int info biz name pro mobi aero coop museum travel jobs asia tel
io co tv fm ly gl ws eu su
news online site website world press blog tech app dev store shop club live media today xyz
top space digital network cloud agency guru center report review tips wiki global
uk ca au de fr es nl ru cn jp ie nz za br mx ch se dk fi pl il ua gr pt ro hu cz sk kr tw hk
sg ph vn th tr ir pk bd lk ng ke eg sa ae qa ar cl pe ve ec uy bo cr gt lt lv ee bg hr rs si ba
al ge az kz uz lu li mt cy
""".split())

# Link shorteners: generic ones and the publishers' own (`politi.co` stands for politico.com).
SHORTENERS = frozenset("""
bit.ly bitly.com goo.gl t.co tinyurl.com ow.ly buff.ly is.gd v.gd tiny.cc rebrand.ly cutt.ly
shorturl.at rb.gy t.ly lnkd.in fb.me m.me youtu.be amzn.to amzn.eu a.co dlvr.it ift.tt trib.al
wp.me po.st su.pr j.mp x.co soo.gd qr.ae db.tt mol.im
politi.co cnn.it abcn.ws nyti.ms wapo.st bbc.in reut.rs fxn.ws nbcnews.to ti.me hill.cm n.pr
huff.to huffp.st bloom.bg econ.st on.wsj.com usat.ly cbsn.ws apne.ws ab.co gu.com dailym.ai
ind.pn tgr.ph nydn.us lat.ms chn.ge wh.gov bzfd.it nyp.st thkpr.gs slate.me
""".split())


@dataclass(slots=True, frozen=True)
class HostParts:
    """A host cut at its public suffix: `news.bbc.co.uk` -> sub=("news",), label="bbc", suffix="co.uk"."""

    sub: tuple[str, ...]
    label: str
    suffix: str

    @property
    def registrable(self) -> str:
        return f"{self.label}.{self.suffix}" if self.suffix else self.label


def core_host(host: str) -> str:
    """The host as compared: lower case, no trailing dot, no leading `www.`."""
    host = host.lower().rstrip(".")
    return host[4:] if host.startswith("www.") and host.count(".") >= 2 else host


@functools.lru_cache(maxsize=65536)
def split_host(host: str) -> HostParts:
    core = core_host(host)
    labels = core.split(".")
    if len(labels) == 1:
        return HostParts((), labels[0], "")
    suffix = public_suffix(core)
    size = suffix.count(".") + 1 if suffix else 0
    if not suffix or size >= len(labels):
        return HostParts(tuple(labels[:-2]), labels[-2], labels[-1])
    return HostParts(tuple(labels[: -size - 1]), labels[-size - 1], suffix)


def is_shortener(host: str) -> bool:
    return core_host(host) in SHORTENERS


# -- the typo model ----------------------------------------------------------------------------

_KEY_ROWS = ("1234567890-", "qwertyuiop", "asdfghjkl", "zxcvbnm")


def _keyboard_neighbours() -> dict[str, frozenset[str]]:
    where = {ch: (r, c) for r, row in enumerate(_KEY_ROWS) for c, ch in enumerate(row)}
    out: dict[str, set[str]] = {ch: set() for ch in where}
    for ch, (r, c) in where.items():
        for dr, dcs in ((0, (-1, 1)), (-1, (0, 1)), (1, (-1, 0))):
            rr = r + dr
            if 0 <= rr < len(_KEY_ROWS):
                for dc in dcs:
                    cc = c + dc
                    if 0 <= cc < len(_KEY_ROWS[rr]):
                        out[ch].add(_KEY_ROWS[rr][cc])
    return {ch: frozenset(n) for ch, n in out.items()}


KEY_NEIGHBOURS = _keyboard_neighbours()
# Letters that look alike in print, in OCR and in handwriting. Digit-for-letter swaps (`paypa1`,
# `g00gle`) are left out on purpose: they are the homoglyphs of deliberate look-alike domains.
LOOK_ALIKE = frozenset(frozenset(p) for p in ("ij", "il", "jl", "uv", "nm", "nh", "ce", "gq", "vw"))


def _confusable(x: str, y: str) -> bool:
    if x.isdigit() and y.isdigit():
        return False  # site1 / site2: numbering, not a slip
    return y in KEY_NEIGHBOURS.get(x, ()) or frozenset((x, y)) in LOOK_ALIKE


# Look-alike runs of letters (`paulrnartin` for `paulmartin`) and digits for letters (`j0hnsmith`).
LOOK_ALIKE_RUNS = (("rn", "m"), ("vv", "w"), ("cl", "d"))
DIGIT_LOOK_ALIKE = frozenset(frozenset(p) for p in ("0o", "1l", "1i", "5s", "3e"))
# Digits for letters count only in labels this long: a short brand with a digit (`paypa1`,
# `g00gle`) is the classic deliberate look-alike; a long personal or site name is a slip.
MIN_DIGIT_LOOK_ALIKE = 8
# Labels this long take any one letter added or dropped inside them (`gihub` / `github`,
# `river-gazete` / `river-gazette`), not only a doubled or neighbouring key; at their end only
# from `MIN_ANY_LETTER` on (`huffingtonpos`), where a shorter name is less often a word of its own.
MIN_ANY_INNER_LETTER = 6
MIN_ANY_LETTER = 8


def _dedoubled(label: str) -> str:
    return regex.sub(r"(.)\1+", r"\1", label)


def label_typo(a: str, b: str, *, min_length: int = 5) -> str | None:
    """How `b` is one typing slip away from `a` ("i/j", "transposed", "extra n", "rn/m", ...), or None.

    Both labels must be at least `min_length` long: on short labels one letter is a different
    name (`abc`/`nbc`, `cnn`/`cnbc`). A hyphen added or dropped, a final plural `s` and
    digit-for-digit changes are deliberate spellings, not slips; a digit for a look-alike letter
    (`j0hnsmith`) counts only in a label of `MIN_DIGIT_LOOK_ALIKE` characters or more.
    """
    if a == b or min(len(a), len(b)) < min_length or abs(len(a) - len(b)) > 1:
        return None
    if a.replace("-", "") == b.replace("-", ""):
        return None  # bbc-news / bbcnews: another registration
    if len(a) == len(b):
        diffs = [i for i in range(len(a)) if a[i] != b[i]]
        if len(diffs) == 1:
            i = diffs[0]
            x, y = a[i], b[i]
            if "-" in (x, y):
                return None
            if _confusable(x, y):
                return f"{x}/{y}"
            if frozenset((x, y)) in DIGIT_LOOK_ALIKE and min(len(a), len(b)) >= MIN_DIGIT_LOOK_ALIKE:
                return f"{x}/{y} look-alike"
            return None
        if len(diffs) == 2 and diffs[1] == diffs[0] + 1:
            i = diffs[0]
            if a[i] == b[i + 1] and a[i + 1] == b[i] and not (a[i].isdigit() and a[i + 1].isdigit()):
                if "-" in (a[i], a[i + 1]) or "." in (a[i], a[i + 1]):
                    return None
                return f"{a[i]}{a[i + 1]}/{b[i]}{b[i + 1]} transposed"
        if len(diffs) >= 2 and _dedoubled(a) == _dedoubled(b) and len(a) >= MIN_ANY_LETTER:
            return "doubled letter moved"  # gazzete / gazette
        return None
    longer, shorter = (a, b) if len(a) > len(b) else (b, a)
    for run, letter in LOOK_ALIKE_RUNS:  # one letter longer: rn for m
        at = longer.find(run)
        while at != -1:
            if longer[:at] + letter + longer[at + 2:] == shorter:
                return f"{run}/{letter}" if longer is a else f"{letter}/{run}"
            at = longer.find(run, at + 1)
    i = 0
    while i < len(shorter) and longer[i] == shorter[i]:
        i += 1
    if longer[i + 1:] != shorter[i:]:
        return None
    extra = longer[i]
    if extra in "-." or extra.isdigit() or shorter[:i].endswith(extra * 3):
        return None  # one more of a run of 3+ is a redaction mask's length (`xxxxxx@`/`xxxxxxx@`), no slip
    before = longer[i - 1] if i > 0 else ""
    after = longer[i + 1] if i + 1 < len(longer) else ""
    final = i == len(longer) - 1
    if extra == "s" and final and before != "s":
        return None  # time / times (a doubled final s, `scala-jss`, is no plural)
    doubled = extra in (before, after)
    slipped = any(extra in KEY_NEIGHBOURS.get(ch, ()) for ch in (before, after) if ch)
    # a letter before the name is a prefix, the other label a name of its own (`ipython` /
    # `python`, `jquery` / `query`): only a doubled or neighbouring key counts there
    anywhere = i > 0 and (len(shorter) >= MIN_ANY_LETTER if final else len(longer) >= MIN_ANY_INNER_LETTER)
    if not (doubled or slipped or anywhere):
        return None
    verb = "extra" if longer is b else "missing"
    return f"{verb} {extra}"


def digit_look_alike(host_a: str, host_b: str, *, min_length: int = 5) -> str | None:
    """How `host_b` writes one letter of `host_a` as its look-alike digit (`cloud.goog1e.com`), in a label
    too short for `typo_variant` to call it a slip (a short brand with a digit, `paypa1`, is the classic
    deliberate look-alike), or None. Only one digit, everything else equal: a caller decides on evidence."""
    pair = _one_label_apart(host_a, host_b)
    if pair is None:
        return None
    x, y = pair
    if len(x) != len(y) or len(x) < min_length or sum(c.isdigit() for c in x + y) != 1:
        return None
    at = [i for i in range(len(x)) if x[i] != y[i]]
    if len(at) != 1 or frozenset((x[at[0]], y[at[0]])) not in DIGIT_LOOK_ALIKE:
        return None
    return f"{x[at[0]]}/{y[at[0]]} look-alike"


def typo_variant(host_a: str, host_b: str, *, min_length: int = 5) -> str | None:
    """Why `host_b` reads as a misspelling of `host_a` (one label, one slip), or None.

    Everything but one label must be identical, the public suffix included: `nytimes.co` is not
    a typo of `nytimes.com` (another registration, often a deliberate look-alike), and
    `author.example.com` is not one of `news.example.com` (another subdomain).
    """
    pair = _one_label_apart(host_a, host_b)
    return None if pair is None else label_typo(*pair, min_length=min_length)


def _one_label_apart(host_a: str, host_b: str) -> tuple[str, str] | None:
    """The one label two hosts differ in (`goog1e`, `google`), or None: the same public suffix and the
    same number of labels, every other label identical (the ground both typo readers stand on)."""
    a, b = split_host(host_a), split_host(host_b)
    if a.suffix != b.suffix or len(a.sub) != len(b.sub):
        return None
    labels_a, labels_b = (*a.sub, a.label), (*b.sub, b.label)
    diffs = [i for i in range(len(labels_a)) if labels_a[i] != labels_b[i]]
    return (labels_a[diffs[0]], labels_b[diffs[0]]) if len(diffs) == 1 else None


def same_site(host_a: str, host_b: str) -> str | None:
    """How two hosts are one site, for metadata fields that name one page, or None.

    "www" (only `www.` differs), "subdomain" (one registrable domain), "suffix" (the same name
    under another suffix: `addictinginfo.org` / `.com`), "typo" (one slip apart).
    """
    ha, hb = host_a.lower().rstrip("."), host_b.lower().rstrip(".")
    if ha == hb:
        return None
    if core_host(ha) == core_host(hb):
        return "www"
    a, b = split_host(ha), split_host(hb)
    if a.registrable == b.registrable:
        return "subdomain"
    if a.label == b.label and len(a.label) >= 4 and a.suffix and b.suffix:
        return "suffix"
    if typo_variant(ha, hb):
        return "typo"
    return None


def site_keys(host: str, *, min_length: int = 5) -> list[str]:
    """Keys under which hosts one slip apart collide (a SymSpell deletion neighbourhood).

    The key is the public suffix plus the rest of the host with at most one character deleted:
    `silendman.blogspot.com` and `sjlendman.blogspot.com` share `blogspot.com|slendman`. Only
    labels long enough to hold a typo (`min_length`, as in `typo_variant`) get deletion keys, so a
    host costs one key per character of its long labels, plus one.
    """
    parts = split_host(host)
    labels = (*parts.sub, parts.label)
    rest = ".".join(labels)
    keys = {f"{parts.suffix}|{rest}"}
    offset = 0
    for label in labels:
        if len(label) >= min_length:
            for i in range(offset, offset + len(label)):
                keys.add(f"{parts.suffix}|{rest[:i]}{rest[i + 1:]}")
        offset += len(label) + 1
    for run, letter in LOOK_ALIKE_RUNS:  # `paulrnartin` meets `paulmartin` under its own key
        if run in rest:
            keys.add(f"{parts.suffix}|{rest.replace(run, letter)}")
    return sorted(keys)


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
