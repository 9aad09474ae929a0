"""What the URL rules share: their base class, the metadata fields that hold a document's own URL,
how a text that discusses look-alike domains on purpose is recognised, and how places are named."""

from __future__ import annotations

import bisect
from collections.abc import Iterable

import regex

from corpuslint.checks.urls.hosts import load_suffix_list
from corpuslint.checks.urls.urlsim import UrlMatch, find_urls
from corpuslint.models import Document, Fix, Related, Violation
from corpuslint.parts import lines_named
from corpuslint.rule import CLOCK, Rule
from corpuslint.textlines import line_span
from corpuslint.textutil import LazyPattern


# Words that show a text discussing look-alike or fake domains on purpose: near such words, two
# hosts one letter apart are the subject of the text, not a slip. Whole words only (`Phishtitz`, a
# Twitter name, `scamper`); a clone only as `a clone of` / `cloned site` (`clone the repository`,
# `git clone` are build steps, not fakes).
DELIBERATE = LazyPattern(
    r"\b(?:spoof\w*|imitat\w*|impersonat\w*|look-?alike|phish(?:ing|ers?|ed|y)?|typo-?squat\w*|mimic\w*|masquerad\w*|"
    r"scam(?:s|mers?|med|ming|my)?|copycat|knock-?off|counterfeit|similar(?:ly)?[- ]named|confusingly|"
    r"clones?\s+of|clon(?:ed|ing)\s+(?:\w+\s+)?(?:site|website|page|domain|version)s?|"
    r"domain[- ]names?|domains\s+(?:that|which)|fake\s+(?:news\s+)?(?:site|website|domain|url|address|page|version|copy)s?)\b",
    regex.I,
)
DELIBERATE_WINDOW = 160  # characters either side of an occurrence
# A slip named in words (`a typo`, `misspelled`) says so of the address only in the address's own list item: a
# changelog's `- fixed problem caused by typo in the context of session cache` is about the program, not the
# next entry's `- update PublicSuffix information from publicsuffix.org` (probe26: 2 of 60 injected slips unseen)
SLIP_TALK = LazyPattern(r"\b(?:misspel\w*|typos?)\b", regex.I)
_ITEM_START = LazyPattern(r"\n[ \t]*(?:[-*+\u2022]|\d{1,3}[.)])[ \t]+")

# Metadata fields that hold a document's own URL, most trusted first (FakeNewsNet/newspaper use
# canonical_link, url and source; other scrapers canonical_url, link, permalink, source_url).
URL_FIELDS = ("canonical_link", "canonical_url", "url", "link", "permalink", "source_url", "source")


# a placeholder written right after a URL (`https://x.org/{lang}`, `/<user>`, `:slug`, `${id}`): the
# URL is a template, the part a scan can see is not a link of its own (fastapi's docs:
# `https://fastapi.tiangolo.com/{language_code}` read as `.../` and respelled without the slash).
# `<br>`, `<p>`, `<b>` after a scraped URL are HTML tags left in the text, not a placeholder: the
# void and inline/formatting elements a scrape leaves (a short list of our own: the markup family's
# list lies beside this family, not below it; names a template also uses, `<code>`, `<title>`,
# `<section>`, stay placeholders)
HTML_TAGS = ("br|hr|wbr|img|p|div|span|a|b|i|u|s|em|strong|small|big|sup|sub|tt|font|center|strike|"
             "li|ul|ol|dd|dt|td|th|tr|h[1-6]|blockquote|nobr")
PLACEHOLDER = LazyPattern(rf"\$?\{{|<(?!(?:{HTML_TAGS})>)[A-Za-z_][\w-]*>|:[A-Za-z_]|%7B", regex.I)


def in_template(text: str, url: UrlMatch) -> bool:
    """Whether `url` is the head of a URL template: a placeholder follows it without a break."""
    return PLACEHOLDER.match(text, url.end) is not None


# A URL hard-wrapped at a line break (a text rendered at 72 columns, the Debian FAQ: "(https://www.gnu.org" /
# "/software/hurd)"; RFC 3986 appendix C: a URI broken across lines, its white space to be ignored): what
# the line holds is a piece, not a spelling of its own. The next line (past its indent or quote marks)
# goes on with the path (`/`, `?`, `&`), or, after a URL that ends in `/`, with a path of its own
# (`stable/installmanual`), or closes the bracket the URL was opened in (`(https://x.org/` / `releases)`).
# A next line that is itself a URL or a host (`twitter.com/jane/`, `www.x`, `https:`) starts a URL of its own:
# a list of bare links, one a line, each ending in `/`, is a list, not one URL wrapped (review16d #5).
_NEXT_LINE = LazyPattern(r"[ \t]*\r?\n[ \t>|]*(?P<token>\S+)")
_GOES_ON = LazyPattern(r"[/?&][^\s/]")
_PATH_OF_ITS_OWN = LazyPattern(r"[\w.~%+-]+/[\w.~%/#?=&+-]*[)>\]]?[.,;:]?")
_CLOSES = {"(": ")", "<": ">", "[": "]"}
_OWN_START = LazyPattern(r"[A-Za-z][\w+.-]*:|www\.", regex.I)


def _starts_a_url(token: str) -> bool:
    """Whether `token` opens with a scheme, `www.` or a URL `find_urls` reads (a bare host such as `x.com/a`)."""
    if _OWN_START.match(token):
        return True
    first = next(iter(find_urls(token)), None)
    return first is not None and first.start == 0


# a URL hyphenated where the line wraps, as man(1) renders a long one (`see: http://cloud.google.com/stor‐` /
# `age/docs/public-access-prevention`): the typesetter's hyphen (U+2010, a soft hyphen, or `-` ending the URL)
# then the line break; the next line goes on with the word (probe25: gcloud's pages, two links' heads compared)
_WRAP_HYPHEN = LazyPattern(r"[\u2010\u00ad][ \t]*\r?\n[ \t]*[\w/]|(?<=[\w/]-)[ \t]*\r?\n[ \t]*[a-z]")


def continues_on_next_line(text: str, url: UrlMatch) -> bool:
    """Whether `url` ends at a line break and its next line carries on with it (a hard-wrapped URL)."""
    if _WRAP_HYPHEN.match(text, url.end) is not None:
        return True
    m = _NEXT_LINE.match(text, url.end)
    if m is None:
        return False
    token = m.group("token")
    if _GOES_ON.match(token):
        return True
    if _starts_a_url(token):
        return False
    if url.text.endswith("/") and _PATH_OF_ITS_OWN.fullmatch(token):
        return True
    closer = _CLOSES.get(text[url.start - 1: url.start])
    return closer is not None and regex.fullmatch(rf"[\w.~%/#?=&+-]+{regex.escape(closer)}[.,;:]?", token) is not None


# The label of a link, shown in place of its target: `[mkdocs.org](https://www.mkdocs.org)` (Markdown),
# `<a href="https://starlette.dev/">https://starlette.dev</a>` (HTML), `` `x.org <https://x.org/>`_ `` (reST).
# A label that names its own target's host is the same mention as the target, not a second spelling
# (qa20 r09). Each pattern reads from the label's end to where the target starts (group `target`); the
# HTML label is read back from its `<a ... href=...>` tag (`_A_TAG`, searched before the label).
_MD_LABEL_END = LazyPattern(r"[^\[\]\n]{0,200}\]\([ \t]*<?(?P<target>)")
_RST_LABEL_END = LazyPattern(r"[^`<>\n]{0,200}<(?P<target>)[^<>`\s]+>`__?")
_HTML_LABEL_END = LazyPattern(r"[^<>\n]{0,200}</a\s*>", regex.I)
_A_TAG = LazyPattern(r"<a\s[^<>]*?\bhref\s*=\s*[\"']?(?P<target>)[^<>]*>[^<>\n]{0,200}$", regex.I)


def link_target_start(text: str, url: UrlMatch) -> int | None:
    """Where the target of the link whose label holds `url` starts, or None when `url` is no link's label."""
    m = _MD_LABEL_END.match(text, url.end)
    if m is not None and "[" in text[max(0, url.start - 200):url.start]:
        opened = text.rfind("[", max(0, url.start - 200), url.start)
        if "]" not in text[opened:url.start] and "\n" not in text[opened:url.start]:
            return m.start("target")
    m = _RST_LABEL_END.match(text, url.end)
    if m is not None:
        tick = text.rfind("`", max(0, url.start - 200), url.start)
        if tick != -1 and "\n" not in text[tick:url.start]:
            return m.start("target")
    if _HTML_LABEL_END.match(text, url.end) is not None:
        m = _A_TAG.search(text, max(0, url.start - 1000), url.start)
        if m is not None:
            return m.start("target")
    return None


def labels_of_own_target(text: str, urls: Iterable[UrlMatch]) -> dict[int, UrlMatch]:
    """The URLs in `urls` that are a link's label naming the host of the link's own target, by start, with the
    target (`[mkdocs.org](https://www.mkdocs.org)`: `mkdocs.org` -> `https://www.mkdocs.org`): one mention."""
    urls = list(urls)
    if not any(c in text for c in "[<`"):
        return {}
    at = {u.start: u for u in urls}
    labels = {}
    for url in urls:
        start = link_target_start(text, url)
        target = at.get(start) if start is not None else None
        if target is not None and target is not url and target.core == url.core:
            labels[url.start] = target
    return labels


def discusses_lookalikes(text: str, url: UrlMatch, timeout: float) -> bool:
    """True when the sentence around `url` talks about fake or look-alike sites."""
    lo = max(0, url.start - DELIBERATE_WINDOW)
    hi = min(len(text), url.end + DELIBERATE_WINDOW)
    # stay inside the paragraph: a blank line ends the context
    para_start = text.rfind("\n\n", lo, url.start)
    para_end = text.find("\n\n", url.end, hi)
    lo, hi = para_start + 1 if para_start != -1 else lo, para_end if para_end != -1 else hi
    if DELIBERATE.search(text[lo:hi], timeout=CLOCK.regex_timeout(timeout)) is not None:
        return True
    if SLIP_TALK.search(text[lo:hi]) is None:
        return False
    starts = [m.start() for m in _ITEM_START.finditer(text, lo, url.start)]  # the address's own list item
    after = _ITEM_START.search(text, url.end, hi)
    return SLIP_TALK.search(text[starts[-1] if starts else lo:after.start() if after else hi]) is not None


# how far from a variant the other spelling still stands in the passage that names both (a few sentences)
PASSAGE = 500  # characters


def discusses_the_pair(text: str, keep: list[UrlMatch], variants: list[UrlMatch], timeout: float) -> bool:
    """True when the passage naming two spellings talks about fake or look-alike sites: around a variant, or around
    an occurrence of the other spelling that stands near one. The other spelling's uses pages away are no part of
    it (a changelog's `Fix typo` commits beside two of its 104 github.com links said nothing of `gituhb.com`)."""
    starts = sorted(v.start for v in variants)
    near = [u for u in keep if (i := bisect.bisect_left(starts, u.start - PASSAGE)) < len(starts)
            and starts[i] <= u.start + PASSAGE]
    return any(discusses_lookalikes(text, u, timeout) for u in (*variants, *near))


# a URL that is a string value in code (`urlopen('http://python.org/')`, `url = 'http://www.example.com/x.cgi'`,
# `ServerProxy("http://localhost:8000")`, a doctest's `'http://python.org/about/'`, `(b'http://...')`): a program's
# input, as its example chose it, not the text's own link (probe25: 9 of 24 findings on Python's docs). The quote
# opens after a bracket, a comma, ` = `, `: `, a prompt or a string prefix, and closes before a bracket, a comma,
# `;`, `:`, `.` + a method, or the line's end; an HTML attribute (`href="..."`, `=` with no space) is a link.
_CODE_STRING_OPEN = LazyPattern(r"(?:[(\[{,][ \t]*|[ \t]=[ \t]*|:[ \t]+|^[ \t]*(?:>>>|\.\.\.)?[ \t]*)[bru]?$",
                                regex.I | regex.M)
_CODE_STRING_CLOSE = LazyPattern(r"[ \t]*(?:[)\]},;:]|\.\w+\(|$|#)", regex.M)


# ... or a keyword argument's value (`DefragResult(url='http://python.org/about/', fragment='target')`, a `setup(`
# call's `    url='https://www.python.org/sigs/',` line): `name=` with no space after an argument list's `(` or `,`,
# or opening its own line, and the string closing before `,` or `)`: an HTML attribute (`<a href="...">`) stands
# in a tag after a space, and closes before `>` or another attribute (probe25: whatsnew 3.2's wrong CL305)
_KEYWORD_OPEN = LazyPattern(r"(?:[(,][ \t]*|^[ \t]*)[A-Za-z_]\w*=$", regex.M)
_KEYWORD_CLOSE = LazyPattern(r"[ \t]*[,)]")


def in_code_string(text: str, url: UrlMatch) -> bool:
    """Whether `url` is the whole of a string literal in code: straight quotes right around it, code around them."""
    if url.start == 0 or url.end >= len(text):
        return False
    quote = text[url.start - 1]
    if quote not in "'\"" or text[url.end] != quote:
        return False
    lo = max(text.rfind("\n", 0, url.start - 1) + 1, url.start - 41)
    if (_KEYWORD_OPEN.search(text, lo, url.start - 1) is not None
            and _KEYWORD_CLOSE.match(text, url.end + 1) is not None):
        return True
    return (_CODE_STRING_OPEN.search(text, lo, url.start - 1) is not None
            and _CODE_STRING_CLOSE.match(text, url.end + 1) is not None)


# a line of a web server's access log (Common and Combined Log Format: `host - user [08/Feb/2007:12:57:42 +0000]
# "GET /data/css HTTP/1.1" 404 206 "http://www.rfi.net/" "Mozilla/5.0 ..."`): its URLs are what a browser sent,
# recorded as it came (the referer with or without its slash), not the text's own spelling (perlperf(1)'s log)
_ACCESS_LOG_LINE = LazyPattern(r'\[\d{1,2}/[A-Za-z]{3}/\d{4}:\d{2}:\d{2}:\d{2}[ \t]*[+-]\d{4}\][ \t]+'
                               r'"[A-Z]{3,10}[ \t]+\S+[ \t]+HTTP/\d')


def in_log_record(text: str, url: UrlMatch) -> bool:
    """Whether `url` stands in a line of a web server's access log: a request's field, not a link of the text."""
    lo, hi = line_span(text, url.start)
    return "HTTP/" in text[lo:hi] and _ACCESS_LOG_LINE.search(text, lo, hi) is not None


def written_as_data(text: str, url: UrlMatch) -> bool:
    """Whether `url` is data the text quotes (a string value in code, a field of a server log's record), not a
    link or host the text itself spells: two such spellings are a program's or a log's, not one slip."""
    return in_code_string(text, url) or in_log_record(text, url)


LIST_REACH = 4  # lines either side of a list entry where its sibling entries stand


def listed_apart(text: str, a: list[UrlMatch], b: list[UrlMatch], urls: list[UrlMatch]) -> bool:
    """Whether two hosts are two entries of a list of links: each written once, as a link alone on its line,
    with two or more other hosts' links alone on their lines within `LIST_REACH` lines of it (gne shanxi-1's
    provinces, `http://www.shanxi.gov.cn` ... `http://www.shaanxi.gov.cn/`: two real sites, not one slip)."""
    if len(a) != 1 or len(b) != 1 or not (a[0].is_link and b[0].is_link):
        return False
    alone: dict[int, UrlMatch] = {}  # line number -> the one link its line holds
    per_line: dict[int, int] = {}
    for url in urls:
        line = text.count("\n", 0, url.start)
        per_line[line] = per_line.get(line, 0) + 1
        lo, hi = line_span(text, url.start)
        if url.is_link and not text[lo:url.start].strip(" \t-*\u2022") and not text[url.end:hi].strip():
            alone[line] = url
    for entry in (a[0], b[0]):
        line = text.count("\n", 0, entry.start)
        if alone.get(line) is not entry or per_line[line] != 1:
            return False
        siblings = {alone[n].core for n in range(line - LIST_REACH, line + LIST_REACH + 1)
                    if n in alone and per_line[n] == 1} - {a[0].core, b[0].core}
        if len(siblings) < 2:
            return False
    return True


def _line(doc: Document, offset: int) -> int:
    return doc.position(offset)[0]


def where_lines(doc: Document, urls: Iterable[UrlMatch], limit: int = 3) -> str:
    """Where the other spelling stands: its lines (in a notebook, its cells' lines), or (in a
    one-line JSONL text) its columns."""
    inline = doc.origin.text_is_inline
    if not inline:
        return lines_named(doc, [u.start for u in urls], limit)
    found = sorted({doc.position(u.start)[1] for u in urls})
    shown = ", ".join(str(n) for n in found[:limit])
    if len(found) > limit:
        shown += ", ..."
    return ("column" if len(found) == 1 else "columns") + " " + shown


def related_places(doc: Document, urls: Iterable[UrlMatch], what: str, limit: int = 3) -> list[Related]:
    return [
        Related(path=doc.origin.path, line=_line(doc, u.start), record=doc.origin.record, message=f"{what} `{u.text}`")
        for u in list(urls)[:limit]
    ]


def misspelling(doc: Document, start: int, end: int, found: str, spelling: str, keep: list[UrlMatch], why: str, *,
                source: str, data: dict, named: str | None = None, kind: str | None = None) -> Violation:
    """One spelling of an address (or of a `kind` of handle) that the document writes otherwise at `keep`: the
    finding names where and why (`why`: the slip), its unsafe fix writes it as there (`spelling`; the message
    names `named` where given, the address's key)."""
    return Violation(
        start, end,
        f"`{found}` looks like a misspelling of {f'the {kind} ' if kind else ''}`{named or spelling}` "
        f"({where_lines(doc, keep)}; {why}); spell {'it' if kind else 'the address'} one way",
        fix=Fix.replace(start, end, spelling, f"Replace `{found}` with `{spelling}`", safe=False),
        related=related_places(doc, keep, "spelled"),
        source=source,
        data=data,
    )


class UrlRule(Rule):
    family = "urls"

    def warm_up(self) -> None:
        load_suffix_list()
