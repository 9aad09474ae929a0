"""CL305: one host written with and without `www.` in a document (information only, no fix)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import regex

from corpuslint.checks.urls.base import UrlRule, labels_of_own_target, related_places, where_lines, written_as_data
from corpuslint.checks.urls.hosts import split_host
from corpuslint.checks.urls.reserved import reserved_for_examples
from corpuslint.checks.urls.urlsim import UrlMatch, find_urls
from corpuslint.models import Document, Severity, Violation
from corpuslint.textutil import LazyPattern


# a determiner or possessive before a bare host that a noun follows: the host names the noun's brand
# (`zu unserem austria.info Newsletter`, `our example.com newsletter`, `the BBC.com website`)
_DETERMINERS = frozenset(
    "the a an this that our your their his her its my "
    "der die das den dem des ein eine einen einem einer unser unsere unseren unserem unserer ihr ihre ihrem ihren "
    "le la les un une notre nos votre vos leur leurs el los las una nuestro nuestra su sus".split())
_NAME_OF = LazyPattern(r"(\w+)[ \t]+$")
_BEFORE_NOUN = LazyPattern(r"[ \t]+\p{L}")


def _brand(text: str, url: UrlMatch) -> bool:
    """Whether a bare host in prose names a brand (qa19c r11: `zu unserem austria.info
    Newsletter`): a host without scheme, path or `www.`, between a determiner and the noun it
    qualifies. Such a name is no address written another way."""
    if url.is_link or url.rest or url.host.lower().startswith("www."):
        return False
    before = _NAME_OF.search(text, max(0, url.start - 30), url.start)
    return (before is not None and before.group(1).lower() in _DETERMINERS
            and _BEFORE_NOUN.match(text, url.end) is not None)


# a host that is no web address of the page: the domain of an e-mail address written with its `@` spelled
# out (`support [at] fairkom.eu`, `d.toelle(at)rechtambild.de`: an address never has `www.`), or a DNS
# name given with its IP address (`./add-host www.aaa.com 0.0.0.0`, a hosts file's `127.0.0.1 x.org`:
# `www.aaa.com` and `aaa.com` are two records of the zone, not two spellings; qa20, qa19c)
_AT_SPELLED = LazyPattern(r"[\[({<][ \t]*(?:at|@)[ \t]*[\])}>][ \t]*$", regex.I)
_IP_AFTER = LazyPattern(r"[ \t]+(?:\d{1,3}\.){3}\d{1,3}\b")
_IP_BEFORE = LazyPattern(r"[ \t#]*(?:\d{1,3}\.){3}\d{1,3}[ \t]+(?:[\w.-]+[ \t]+)*")  # a hosts file's line


def _not_an_address(text: str, url: UrlMatch) -> bool:
    """Whether a bare host is an e-mail domain (`support [at] fairkom.eu`) or a DNS name beside its IP address."""
    if url.is_link or url.rest:
        return False
    line_start = text.rfind("\n", 0, url.start) + 1
    lo = max(line_start, url.start - 120)
    return (_AT_SPELLED.search(text, lo, url.start) is not None or _IP_AFTER.match(text, url.end) is not None
            or _IP_BEFORE.fullmatch(text, line_start, url.start) is not None)


# an e-mail's header block (RFC 5322: `Field: value` lines, folded lines indented, up to the first blank line)
# names mail servers and domains (`X-AntiAbuse: Sender Address Domain - fanox.com`, `Received: from mx03.x.net`),
# not the web addresses of the message (qa22 mail_test_4)
_MAIL_HEADER = LazyPattern(r"(?:[A-Za-z][A-Za-z0-9-]*:[^\n]*\n(?:[ \t][^\n]*\n)*){3,}")


_MAIL_FIELD = LazyPattern(r"^(?:received|return-path|delivered-to|message-id|from:[^\n]*@)", regex.I | regex.M)


def _mail_header_end(text: str) -> int:
    """Where the header block an e-mail opens with ends (0: the text opens with no such block; a
    document's own `Title:`/`Source:` lines are no mail header: the block must hold a mail's trace
    or sender field)."""
    m = _MAIL_HEADER.match(text)
    return m.end() if m is not None and _MAIL_FIELD.search(text, 0, m.end()) is not None else 0


# the domain of an e-mail address (`ftpmaster@debian.org`): a bare host in prose that is the document's own mail
# domain (`forwarded from your box at debian.org`) names that domain, the spelling its addresses bear out (issue 16:
# a host that is also an e-mail domain is evidence of the spelling, not a defect; tester29's devref-ru)
_MAIL_DOMAIN = LazyPattern(r"[\w.+-]@([A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[\w-]*[A-Za-z0-9])?)+)")


def _mail_domains(text: str) -> frozenset[str]:
    return frozenset(m.group(1).lower() for m in _MAIL_DOMAIN.finditer(text)) if "@" in text else frozenset()


# a host alone between straight quotes is a string value of code or data (`hostname = 'www.python.org'`, a
# certificate's `('DNS', 'python.org')`, `uuid3(NAMESPACE_DNS, 'python.org')`): two DNS names a program
# handles, not the text's own spellings of one address (probe25: Python's ssl and what's-new docs)
_QUOTES = frozenset("'\"")


def _quoted_value(text: str, url: UrlMatch) -> bool:
    """Whether `url` is the whole of a string literal: the same straight quote right before and right after."""
    if url.start == 0 or url.end >= len(text):
        return False
    before, after = text[url.start - 1], text[url.end]
    return before == after and before in _QUOTES


def _names_site(url: UrlMatch) -> bool:
    """Whether a mention is the site's name rather than an address: a host with no scheme, port or path
    (`available from python.org, at https://www.python.org/downloads/`). A site is named by its bare
    domain while its links carry `www.`: the name is no spelling of the link (probe25: 9 of 12 wrong)."""
    return not url.is_link and not url.rest and not url.port


def _www(host: str) -> bool:
    return host.lower().startswith("www.")


def _has_www(text: str) -> bool:
    """`"www." in text.lower()`, lowering only the texts that may hold it in other case: one that
    does has a `.` after a `w` or `W` (no other character lowers to either). Most texts say
    neither (~85% of news), and lowering every text cost ~40 ms CPU per 10 MB."""
    if "www." in text:
        return True
    return ("w." in text or "W." in text) and "www." in text.lower()


_SIDE_BY_SIDE = 80  # characters from the first mention to the last in an enumeration
# what joins the items of an enumeration (`local.com, local.com:80, and www.local.com`, `a.org/www.a.org`)
_JOINER = LazyPattern(r"(?::\d{1,5})?[ \t,/`'\"]*(?:(?:and|or)[ \t`'\"]+)?", regex.I)


def _enumerated(text: str, mentions: list[UrlMatch]) -> bool:
    """Whether the mentions sit side by side as an enumeration: only commas, slashes, `and`/`or` (and
    quotes) between them. A paragraph that names the host both ways in its sentences (a feed item, a
    JSONL record: one line is one paragraph) is no enumeration (review23 #4)."""
    spans = sorted((u.start, u.end) for u in mentions)
    return all(_JOINER.fullmatch(text, end, start) is not None
               for (_, end), (start, _) in zip(spans, spans[1:]) if start > end)


class WwwVariant(UrlRule):
    """## What it does
    Reports a host written both with and without `www.` in one document (`www.wikileaks.org`
    once, `wikileaks.org` three times): the spelling used less often, naming the other one; one
    finding per host, at the first place of the spelling used less often, its message saying how
    many times and on which lines (the first three) it stands, `related` naming its other places. Any
    mention counts, a bare host name in prose as well as a link, except a host written with
    capitals in prose (`NYTimes.com`, `BuzzFeed.com`): that is a name, styled on purpose; so is
    a bare host between a determiner and a noun (`unserem austria.info Newsletter`, `our
    example.com newsletter`): a brand, not an address. The label of a link that names its own
    target's host the other way (`[mkdocs.org](https://www.mkdocs.org)`, `<a
    href="https://www.x.org/">x.org</a>`) is one mention with the target, not a second spelling.
    A host that is no web address is left out: an e-mail domain with its `@` spelled out
    (`support [at] fairkom.eu`) and a DNS name beside its IP address (`./add-host www.aaa.com
    0.0.0.0`, a hosts file's line), where `www.x` and `x` are two records, and a bare host in the
    header block an e-mail opens with (`X-AntiAbuse: Sender Address Domain - x.com`: a mail domain), and
    a bare host in prose that the document's e-mail addresses have as their domain (`your mailbox at
    debian.org` beside `ftpmaster@debian.org`): the addresses bear that spelling out.
    A bare host in wikitext markup is a name too: a `<ref name="imf.org">`, a citation's field
    (`|publisher= al.com`, `|work=br.de`, any field of a `{{cite ...}}` but its `url=`), a `[[filmsite.org]]`
    article; a link that is a field's value (`|url=http://www.x.org/`, `href=http://...`) counts.
    A site's name is no spelling of its address: a bare host with no scheme, port or path in prose
    (`available from python.org, at https://www.python.org/downloads/`) is compared only with the host
    written with `www.` and no path (`Where is www.python.org located?`), not with `www.` links. A host
    alone between straight quotes is a string value of code or data (`hostname = 'www.python.org'`, a
    certificate's `('DNS', 'python.org')`): left out, as is a link that is a string value in code
    (`urlopen('http://python.org/')`).
    Both spellings as host names on one line only (`would match local.com, local.com:80, and
    www.local.com`) are set side by side on purpose: no finding (two links on one line still count).
    A name reserved for documentation (`www.example.com` and `example.com`, RFC 2606) is an example
    each time it is written: no finding.

    ## Why is this bad?
    It is a small inconsistency rather than an error (both usually reach the same site), so it
    is only information: a corpus that counts or deduplicates by host sees two hosts, and a
    house style usually wants one spelling.

    ## Example
    ```
    The emails were published at wikileaks.org/podesta-emails ... see www.wikileaks.org/podesta-emails/emailid/21779
    ```
    Use instead: one spelling, `wikileaks.org` both times.

    ## Fix safety
    No fix: which spelling a site prefers is the owner's choice (CL302's `canonical` map can
    rewrite it, `http://www.x.org: https://x.org`).
    """

    code = "CL305"
    triggers = ("w.", "W.")  # (`_has_www`: a `www.` in any case holds one)
    summary = "One host written with and without `www.` in a document"
    name = "www-variant"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Violation]:
        if not _has_www(doc.text):
            return
        with_www: dict[str, list[UrlMatch]] = defaultdict(list)
        without: dict[str, list[UrlMatch]] = defaultdict(list)
        urls = list(find_urls(doc.text, self.timeout))
        labels = labels_of_own_target(doc.text, urls)
        header_end = _mail_header_end(doc.text)
        mail_domains = _mail_domains(doc.text)
        for url in urls:
            if not url.is_link and not url.host.islower() or _brand(doc.text, url):
                continue  # `NYTimes.com`, `BuzzFeed.com`, `unserem austria.info Newsletter` in prose: a name
            target = labels.get(url.start)
            if target is not None and _www(target.host) != _www(url.host):
                continue  # `[mkdocs.org](https://www.mkdocs.org)`: the label and its target are one mention
            if _not_an_address(doc.text, url) or url.start < header_end and not url.is_link:
                continue  # `support [at] fairkom.eu`, `./add-host www.aaa.com 0.0.0.0`, a mail header's domain
            if not url.is_link and _quoted_value(doc.text, url) or written_as_data(doc.text, url):
                continue  # `hostname = 'www.python.org'`, `url='http://python.org/'`, a server log's referer: data
            host = url.host.lower().rstrip(".")
            if host.startswith("www.") and host.count(".") >= 2:
                with_www[url.core].append(url)
            elif host.count(".") >= 1 and not split_host(host).sub:
                if host in mail_domains and not url.is_link:
                    continue  # `your box at debian.org` beside `ftpmaster@debian.org`: the mail domain, so spelled
                without[url.core].append(url)
        for host in sorted(with_www.keys() & without.keys()):
            if reserved_for_examples(host):
                continue  # `www.example.com` / `example.com`: two documentation names, two examples
            a, b = with_www[host], without[host]
            if not any(_names_site(u) for u in a):
                b = [u for u in b if not _names_site(u)]  # the site's name beside its `www.` addresses
                if not b:
                    continue
            first, last = min(u.start for u in a + b), max(u.end for u in a + b)
            if last - first <= _SIDE_BY_SIDE and not any(u.is_link for u in a + b) and _enumerated(doc.text, a + b):
                continue  # `would match local.com, local.com:80, and www.local.com`: the spellings side by side
            rare, common = (a, b) if len(a) < len(b) or len(a) == len(b) and a[0].start > b[0].start else (b, a)
            shown = common[0].text[common[0].host_start - common[0].start: common[0].host_end - common[0].start]
            # one finding per host: at the rare spelling's first place (not a Markdown link's target, where the
            # engine hides a finding, if another is at hand), its other places named
            url = next((u for u in rare if doc.text[max(0, u.start - 2):u.start] != "]("), rare[0])
            rare = [url] + [u for u in rare if u is not url]
            found = doc.text[url.host_start:url.host_end]
            more = ""
            if len(rare) > 1:
                lines = {doc.position(u.start)[1 if doc.origin.text_is_inline else 0] for u in rare}
                more = f" ({len(rare)} times, {where_lines(doc, rare)})" if len(lines) > 1 else f" ({len(rare)} times)"
            yield Violation(
                url.host_start, url.host_end,
                f"`{found}`{more} is written `{shown}` elsewhere in the document ({where_lines(doc, common)}); "
                f"write the host one way",
                related=related_places(doc, common, "written") + related_places(doc, rare[1:], "also"),
                source="www",
                data={"variant": found, "spelling": shown, "occurrences": len(rare)},
            )
