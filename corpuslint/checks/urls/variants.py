"""CL301 and CL304: a host spelled two ways by a typing slip, within one document (CL301) or
rarely against the spelling the rest of the corpus uses (CL304)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import regex
from pydantic import Field

from corpuslint.checks.urls.base import UrlRule, continues_on_next_line, discusses_lookalikes, written_as_data
from corpuslint.checks.urls.base import discusses_the_pair, in_template
from corpuslint.checks.urls.base import labels_of_own_target, listed_apart
from corpuslint.checks.urls.base import misspelling, related_places, where_lines
from corpuslint.checks.urls.handletypos import handle_typos
from corpuslint.checks.urls.hosts import core_host, split_host
from corpuslint.checks.urls.reserved import reserved_for_examples, two_examples
from corpuslint.checks.urls.slips import digit_look_alike, site_keys, typo_variant
from corpuslint.checks.urls.spellings import address_key, cosmetic_winner, spelling_differences
from corpuslint.checks.urls.underscores import underscore_typos
from corpuslint.checks.urls.urlsim import UrlMatch, email_domains, find_urls
from corpuslint.licences import TERM_KINDS, licence_terms_near
from corpuslint.models import Document, Fix, Related, Violation
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, FixAvailability, StrictOptions
from corpuslint.textutil import LazyPattern, shorten


# -- CL301 ------------------------------------------------------------------------------------------


class UrlVariantOptions(StrictOptions):
    min_label_length: int = Field(
        5, ge=3, alias="min-label-length",
        description="Shortest host label on which a one-letter difference counts as a typo (`cnn`/`cnbc` are two sites).",
    )
    cosmetic: bool = Field(
        True,
        description="Also report one link written two ways (http/https, `www.`, host case, trailing slash, default "
                    "port, tracking parameters); only URLs with a scheme are compared this way.",
    )
    max_hosts: int = Field(
        500, ge=2, alias="max-hosts",
        description="Documents naming more distinct hosts than this (link lists, dumps) are not compared for typos.",
    )
    canonical: dict[str, str] = Field(
        default_factory=dict,
        description="Spellings and the spelling that replaces them, as CL302's map (share it with a YAML "
                    "anchor): tells which of two spellings in a document is the typo.",
    )


class UrlVariant(UrlRule):
    """## What it does
    Reports a document that spells one address two ways: a host name with a typo next to the
    right spelling (`silendman.blogspot.com` and `sjlendman.blogspot.com`), or one link written
    with and without `https`, `www.`, a trailing slash, a default port, upper-case host letters
    or tracking parameters (`utm_*`, `fbclid`, `gclid`, ...).

    Host names in e-mail addresses count too, in a document with a single web address as well:
    `www.oak-review.org` (or `blog.oak-review.org`) on one line and `editor@oak-reveiw.org` on
    another are one site spelled two ways.

    Which spelling is the typo comes from evidence, strongest first: the `canonical` map (the
    same map as CL302's); a spelling used both as a web host and as an e-mail domain; the
    spelling written at least twice as often (an e-mail address counts once per line: a slip is
    made once, so 3 uses against 2 do not decide); its name standing elsewhere in the text as a
    whole word (a handle, another URL's path). The other spelling is reported, naming the right
    one and its lines, with a fix. With no evidence either way (one of each, or each written a few
    times, nothing else), ONE finding names both spellings and their lines, and offers no fix: the
    document does not say which is right.

    A person's handle counts too: the user name a URL's short path ends with
    (`twitter.com/paulmartin` and `twitter.com/paulrnartin`, `/author/j0hnsmith`) and the local
    part of e-mail addresses at one domain (`paul.martin@` and `paul.rnartin@`), with the same
    typo model. Which spelling is right comes from the document: written on more lines, named
    elsewhere as a word, or the letters of a person's name the text writes out
    (`Paul Martin`). A mention in the text (`say hello to @paulrnartin`) is the same person's user name as a
    profile URL's (one path segment: `twitter.com/paulmartin`) and is compared with it; a decorator (`@property`
    above `def`) is code, no mention; a mention is reported only where the document decides which spelling is
    right (a mention names no platform: one person's two accounts may differ by a letter). With no evidence, one finding names both with no fix, as for hosts, but only
    where the scope holds a few names: in a list of many people, or where both are names the text
    writes out (`Jon Smith` and `John Smith`), close names are two people. So are two names that
    each stand in the text as a word of their own (`Edwin Groothuis <edwin@…>` and `Erwin Lansing
    <erwin@…>`; the link targets `` `LuaTeX`_ `` and `` `LaTeX`_ ``), and a series of names that differ
    in one place only (`aperson`, `bperson`, `cperson`, `dperson`).

    Names reserved for documentation (RFC 2606, RFC 6761: `example.com`, `example.net`, `example.org`,
    `*.example`, `*.test`, `*.invalid`, `localhost`) are examples: two spellings of them
    (curl(1)'s `https://example.com` and `https://example.com/`, `ftp://example.com`, `example.net`) are
    two examples, neither a host typo nor a link's cosmetic variant of the other. A name that is not
    reserved is still compared with them (`exmaple.com` beside `example.com` is a slip).

    A typo is one slip in one label of at least `min-label-length` characters, everything else
    equal: neighbouring keys or look-alike letters swapped (`i`/`j`, `n`/`m`, `o`/`0`), `rn`
    for `m` (`vv` for `w`, `cl` for `d`), two letters transposed, a doubled or neighbouring key
    added or dropped, a doubled letter moved (`gazzete`/`gazette`); in labels of 6 characters or
    more any letter added or dropped inside the name (`gihub`), of 8 or more also at its end
    (`huffingtonpos`) and a digit for a look-alike letter (`pau1martin`); in a shorter label a digit for a
    look-alike letter (`cloud.goog1e.com`) only where the letters are written at least twice and twice as often
    (a short brand with a digit named once beside the brand, `paypa1.com`, is a deliberate look-alike).
    Different suffixes (`nytimes.com`/`nytimes.co`), subdomains (`news.`/`blog.`), a hyphen
    added or dropped, a plural `s`, a letter before the name that is neither doubled nor a
    neighbouring key (`ipython`/`python`: a prefix, another project), digits for digits, a digit
    in a short name (`paypa1`) and short names (`cnn`/`cnbc`) are different names, not typos; a run
    of one letter one longer (`xxxxxx@` / `xxxxxxx@`) is two redaction masks, not a slip. A host written with
    `_` for a `-` of the document's own spelling (`scala_lang.org` beside `scala-lang.org`, as a bare host, a
    link or an e-mail's domain) is one address mistyped whatever the counts: an underscore cannot stand in a
    host name, so the `_` spelling is the slip and is reported with its fix, unless the passage talks about
    host names' letters (`an underscore is not valid in a host name`) or look-alikes, or it is a string in code.

    ## Why is this bad?
    Two spellings of one site split it in two for deduplication, attribution and link checks,
    and one of them is usually a dead or wrong address that a model will learn and repeat.

    ## Example
    ```
    Visit his blog site at silendman.blogspot.com.
    ...
    Visit his blog site at sjlendman.blogspot.com.
    ```
    Use instead:
    ```
    Visit his blog site at sjlendman.blogspot.com.
    ...
    Visit his blog site at sjlendman.blogspot.com.
    ```

    ## Options
    - `min-label-length` (default 5): shortest label on which one slip counts as a typo.
    - `cosmetic` (default true): also report cosmetic spellings of one link.
    - `max-hosts` (default 500): skip the typo comparison in documents naming more hosts.
    - `canonical` (default empty): spellings and the spelling that replaces them; decides which
      of two spellings is the typo.

    ## Fix safety
    The fix rewrites the reported spelling to the other one. It is unsafe: which spelling is
    right is inferred from evidence in the document, which may be wrong both times. A pair with
    no evidence gets no fix. A link's cosmetic spellings are rewritten to the clean one (no
    tracking parameters, `https`, no default port, a lower-case host) however often the other is
    written, never the other way; between spellings equally clean (`www.`, a trailing slash) to
    the one written more often, and with one of each, or each cleaner in one way, not at all.
    `http` is rewritten to `https` only where most of the document's links are `https`: a text
    that writes its links `http://` chose its one `https://` on purpose (a mirror list). A link in a
    licence's text (the GPL's `see <http://www.gnu.org/licenses/>`) gets no fix: the licence's words.

    ## Known problems
    A text that discusses two look-alike domains on purpose is left alone only when words like
    "fake", "imitating", "look-alike" or "domain" stand near them; otherwise it is reported. Two hosts
    each written once as an entry of a list of links (a link alone on its line, other sites' links alone
    on the lines around it: `http://www.shanxi.gov.cn` ... `http://www.shaanxi.gov.cn/`) are two sites.
    A hyphen added or dropped (`vladi-private` / `vladiprivate`) is not found: it is as often
    another registration as a slip. The label of a link naming its own target (`<a
    href="https://starlette.dev/">https://starlette.dev</a>`) is shown, not followed: it is not compared with
    the target as a spelling of its own. Nor is one link written with `http` and with `https` within a few
    lines (`http://example.com/page` ... `or with HTTPS:` `https://example.com/page`): the text shows both
    schemes. A URL with a placeholder right after it (`https://x.org/{lang}`,
    `/<user>`, `:slug`) is a template's head, not compared as a cosmetic spelling; nor is a URL that is a
    string value in code (`urlopen('http://python.org/')`, `'package_url': 'https://pypi.org/...'`: the
    example's input, not the text's link); nor is a URL
    that ends at a line break and goes on on the next line (hard-wrapped text: `(https://www.gnu.org`
    then `/software/hurd)`; hyphenated where man(1) wraps it: `http://cloud.google.com/stor‐` then `age/docs/`). A URL wrapped without a sign that it goes on is taken as it stands.
    """

    code = "CL301"
    summary = "One address spelled two ways in a document: a host typo, or a link's cosmetic variants"
    name = "url-variant"
    fix_availability = FixAvailability.SOMETIMES
    Options = UrlVariantOptions

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if "." not in text:
            return
        urls = list(find_urls(text, self.timeout))
        # a URL hard-wrapped at a line break is a piece: its host is whole, its path and handle are not
        whole = [u for u in urls if not continues_on_next_line(text, u)] if "\n" in text else urls
        if len(urls) >= 2 or "@" in text:  # (handles: two e-mail addresses at one domain, no URL)
            yield from handle_typos(self, doc, whole)
        yield from underscore_typos(doc, urls, min_label_length=self.options.min_label_length, timeout=self.timeout)
        if len(urls) < 2 and not (urls and "@" in text):
            return  # (one web host and an e-mail address can be one site spelled two ways)
        yield from self._typos(doc, urls)
        if self.options.cosmetic:
            yield from self._cosmetic(doc, whole)

    # -- host typos --

    def _typos(self, doc: Document, urls: list[UrlMatch]) -> Iterator[Violation]:
        by_host: dict[str, list[UrlMatch]] = defaultdict(list)
        for url in urls:
            by_host[url.core].append(url)
        mail: dict[str, list[UrlMatch]] = defaultdict(list)
        mail_lines: dict[str, set[int]] = defaultdict(set)  # `[a@x.org](mailto:a@x.org)` is one use
        for domain in email_domains(doc.text):
            mail[domain.core].append(domain)
            mail_lines[domain.core].add(doc.text.count("\n", 0, domain.start))
        everything = list(dict.fromkeys([*by_host, *mail]))  # document order: deterministic messages
        if len(everything) < 2 or len(everything) > self.options.max_hosts:
            return
        # only hosts with the same suffix and number of labels can be one slip apart
        buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for host in everything:
            parts = split_host(host)
            buckets[(parts.suffix, len(parts.sub))].append(host)
        edges: dict[str, dict[str, str]] = defaultdict(dict)
        # ... but an address names the site's domain, its web pages often a subdomain of it:
        # `editor@oak-reveiw.org` against `blog.oak-review.org` compares the registrable names
        for host in mail:
            parts = split_host(host)
            if parts.sub:
                continue
            for web in by_host:
                other = split_host(web)
                if other.sub and other.suffix == parts.suffix and abs(len(other.label) - len(parts.label)) <= 1 \
                        and not two_examples(web, host):
                    why = typo_variant(other.registrable, host, min_length=self.options.min_label_length)
                    if why:
                        edges[web][host] = why
                        edges[host][web] = why
        look_alikes: set[frozenset[str]] = set()  # a digit for a letter in a short label: decided by counts only
        for hosts in buckets.values():
            if len(hosts) < 2:
                continue
            hosts.sort(key=len)
            for i, a in enumerate(hosts):
                for b in hosts[i + 1:]:
                    if len(b) - len(a) > 1:
                        break
                    if a not in by_host and b not in by_host:
                        continue  # two e-mail domains: addresses of different people
                    if two_examples(a, b):
                        continue  # `example.com` / `example.org`: two documentation names, two examples
                    why = typo_variant(a, b, min_length=self.options.min_label_length)
                    if not why:
                        why = digit_look_alike(a, b, min_length=self.options.min_label_length)
                        if why:
                            look_alikes.add(frozenset((a, b)))
                    if why:
                        edges[a][b] = why
                        edges[b][a] = why
        if not edges:
            return
        text = doc.text
        lowered = text.lower()
        known = {core_host(v) for v in self.options.canonical.values()}
        wrong = {core_host(k) for k in self.options.canonical}

        def evidence(host: str) -> tuple[int, int, int, int]:
            """What says a spelling is the right one, strongest first: the `canonical` map, use both as a
            web host and as an e-mail domain, how often it is written, its name elsewhere (a handle).
            The name counts as a whole word: `paulmartin` inside `paulmartinn` is the other spelling."""
            label = split_host(host).label
            uses = len(by_host.get(host, ())) + len(mail_lines.get(host, ()))
            listed = 1 if host in known else -1 if host in wrong else 0
            named = len(regex.findall(rf"(?<![\w-]){regex.escape(label)}(?![\w-])", lowered)) if label in lowered else 0
            written = len(by_host.get(host, ())) + len(mail.get(host, ()))  # every place the host itself stands
            return listed, int(host in by_host and host in mail), uses, named - written

        def occurrences(host: str) -> list[UrlMatch]:
            return sorted(by_host.get(host, []) + mail.get(host, []), key=lambda u: u.start)

        seen: set[str] = set()
        for start in sorted(edges):
            if start in seen:
                continue
            component, todo = set(), [start]
            while todo:
                host = todo.pop()
                if host not in component:
                    component.add(host)
                    todo.extend(edges[host])
            seen |= component
            # the strongest evidence first; between equals the spelling written first, so that the
            # winner (and the slip named from it, `i/j` or `j/i`) never depends on a set's order,
            # which differs between processes (`--jobs`)
            ranked = sorted(component, key=lambda h: (evidence(h), -occurrences(h)[0].start), reverse=True)
            winner = ranked[0]
            keep = occurrences(winner)
            for host in sorted(edges[winner], key=lambda h: occurrences(h)[0].start):
                variants = occurrences(host)
                if discusses_the_pair(text, keep, variants, self.timeout) or listed_apart(text, keep, variants, urls):
                    continue  # `fake domain`, or two entries of a list of links (`shanxi` / `shaanxi.gov.cn`)
                why = typo_variant(winner, host, min_length=self.options.min_label_length) or edges[winner][host]
                if frozenset((winner, host)) in look_alikes and not _slip_of_letters(winner, host, evidence):
                    continue  # `paypa1.com` once beside `paypal.com` once: a look-alike named, not a slip shown
                if not _decides(evidence(winner), evidence(host)):
                    yield self._undecided(doc, winner, host, keep, variants, why)
                    continue
                spelling = keep[0].text[keep[0].core_start - keep[0].start: keep[0].core_end - keep[0].start]
                for url in variants:
                    found = text[url.core_start:url.core_end]
                    spelling = _respelled(found, spelling)
                    yield misspelling(doc, url.core_start, url.core_end, found, spelling, keep, why, source="typo",
                                      data={"variant": host, "spelling": winner, "edit": why,
                                            "variant_count": len(variants), "spelling_count": len(keep)})

    def _undecided(self, doc: Document, a: str, b: str, at_a: list[UrlMatch], at_b: list[UrlMatch],
                   why: str) -> Violation:
        """Two spellings and nothing to tell which is right: one finding naming both, no fix."""
        first, second = (at_a, at_b) if at_a[0].start <= at_b[0].start else (at_b, at_a)
        url = first[0]
        text = doc.text
        one = text[url.core_start:url.core_end]
        other = text[second[0].core_start:second[0].core_end]
        return Violation(
            url.core_start, url.core_end,
            f"`{one}` ({where_lines(doc, first)}) and `{other}` ({where_lines(doc, second)}) look like one address "
            f"spelled two ways ({why}); nothing in the document says which is right: spell it one way",
            related=related_places(doc, second, "spelled"),
            source="typo-undecided",
            data={"variant": core_host(one), "spelling": core_host(other), "edit": why, "direction": None,
                  "variant_count": len(first), "spelling_count": len(second)},
        )

    # -- cosmetic spellings of one link --

    def _cosmetic(self, doc: Document, urls: list[UrlMatch]) -> Iterator[Violation]:
        groups: dict[tuple, list[UrlMatch]] = defaultdict(list)
        text = doc.text
        labels = labels_of_own_target(text, urls)
        for url in urls:
            # the label of a Markdown link, `[https://x.org/a](https://x.org/a/)`, is shown, not followed, and
            # a label naming its own target (`<a href="https://x.org/">https://x.org</a>`) is one mention with it;
            # the head of a URL template (`https://x.org/{lang}`) is not a link
            if url.is_link and text[url.end:url.end + 2] != "](" and url.start not in labels \
                    and not in_template(text, url) and not written_as_data(text, url) \
                    and not ORIGIN_HEADER.search(text, max(0, url.start - 40), url.start) \
                    and not reserved_for_examples(url.host):  # `https://example.com/`: an example, as written
                groups[address_key(url)].append(url)
        # `http` for `https` is a slip only where `https` is the document's habit: a man page that writes its mirrors
        # `http://` chose `https://deb.debian.org/` on one line on purpose (a fix never goes back to `http`)
        schemes = [u.scheme.lower() for u in urls if u.is_link]
        http_habit = schemes.count("http") > schemes.count("https")
        for members in groups.values():
            if len(members) < 2:
                continue
            by_text: dict[str, list[UrlMatch]] = defaultdict(list)
            for url in members:
                by_text[url.text].append(url)
            if len(by_text) < 2:
                continue
            winner, decided = cosmetic_winner(by_text)
            if decided and http_habit and len({urls[0].scheme.lower() for urls in by_text.values()}) > 1:
                decided = False  # `https` is this document's exception, not its rule: no evidence of a slip
            keep = by_text[winner]
            for spelling, occurrences in by_text.items():
                if spelling == winner:
                    continue
                diffs = spelling_differences(occurrences[0], keep[0])
                if not diffs:
                    continue
                for url in occurrences:
                    if diffs == ["scheme"] and any(abs(k.start - url.start) <= CONTRAST_WINDOW for k in keep):
                        continue  # `http://x.org/a` ... `or with HTTPS:` `https://x.org/a`: the scheme is the subject
                    quoted = decided and licence_terms_near(text, url.start, url.end) >= TERM_KINDS  # (tester27)
                    yield Violation(
                        url.start,
                        url.end,
                        f"`{shorten(url.text, 70)}` is the link `{shorten(winner, 70)}` ({where_lines(doc, keep)}) "
                        f"written another way ({', '.join(diffs)}); write it one way"
                        + (": nothing in the document says which spelling is right" if not decided else
                           " (no fix: it stands in a licence's text, kept as its authors wrote it)" * quoted),
                        fix=Fix.replace(url.start, url.end, winner, f"Write the link as `{shorten(winner, 70)}`",
                                        safe=False) if decided and not quoted else None,
                        related=related_places(doc, keep, "written"),
                        source="cosmetic",
                        data={"variant": url.text, "spelling": winner, "differences": diffs,
                              **({} if decided else {"direction": None})},
                    )


def _decides(winner: tuple[int, int, int, int], other: tuple[int, int, int, int]) -> bool:
    """Whether the evidence ranking `winner` over `other` says which spelling is right. A slip is made
    once: a spelling written at least twice as often as the other decides (2 against 1, 4 against 2),
    but two spellings each written a few times (3 against 2) are two habits, and the counts alone do
    not tell which one is the typo; then only the name standing elsewhere in the text decides."""
    listed, both, uses, named = winner
    if (listed, both) != other[:2]:
        return True
    if uses != other[2]:
        return uses >= 2 * other[2] or named > other[3]
    return named != other[3]


def _slip_of_letters(winner: str, host: str, evidence) -> bool:
    """Whether a host with one digit for a look-alike letter in a short label (`cloud.goog1e.com`) is a slip of
    the letters' spelling: that spelling, with no digit there, written at least twice and twice as often. A short
    brand with a digit named beside the brand (`paypa1.com` and `paypal.com`, once each) is a deliberate
    look-alike: no finding, no guess (probe25: `goog1e` in gcloud's pages, `sq1ite`, `examp1e`)."""
    if sum(c.isdigit() for c in winner) >= sum(c.isdigit() for c in host):
        return False
    uses, other = evidence(winner)[2], evidence(host)[2]
    return uses >= 2 and uses >= 2 * other


def _respelled(found: str, spelling: str) -> str:
    """The spelling that replaces `found`: `spelling`, or where one names a subdomain of the other's
    domain (a web host against an e-mail address's domain), `found` with its name spelt as there."""
    a, b = split_host(found), split_host(spelling)
    if len(a.sub) == len(b.sub):
        return spelling
    labels, right = found.split("."), spelling.split(".")
    labels[len(a.sub)] = right[len(b.sub)]
    return ".".join(labels)


# one link written with `http` and with `https` a few lines apart is the two schemes shown side by side
# (`python example.py http://example.com/path/page.html` / `or with HTTPS::` / `... https://...`; a client
# sending to `http://api.github.com/` is "redirected to `https://api.github.com/`"), not a slip: a slip
# is the link copied again from elsewhere, pages away (qa19a: asyncio-stream, httpx's changelog)
CONTRAST_WINDOW = 300  # characters between the two spellings


# an HTTP message's `Origin:` / `Access-Control-Allow-Origin:` value is an origin, written without a
# path by definition (RFC 6454): the same host with a slash elsewhere (`Referer: https://x.org/`) is
# another thing, not the link spelled another way
ORIGIN_HEADER = LazyPattern(r"\b(?:Access-Control-Allow-)?Origin:\s*$")


# -- CL304 ------------------------------------------------------------------------------------------


class CorpusUrlVariantOptions(StrictOptions):
    min_documents: int = Field(
        3, ge=1, alias="min-documents",
        description="Documents in which the dominant spelling must occur.",
    )
    min_ratio: float = Field(
        3.0, ge=1.0, alias="min-ratio",
        description="How many times more documents the dominant spelling must have than the variant.",
    )
    min_label_length: int = Field(
        5, ge=3, alias="min-label-length",
        description="Shortest host label on which a one-letter difference counts as a typo.",
    )


class CorpusUrlVariant(UrlRule, CorpusRule):
    """## What it does
    Reports a host name that is one typing slip away from a spelling the rest of the corpus uses
    far more often (`silendman.blogspot.com` in one document, `sjlendman.blogspot.com` in 40),
    even when the misspelling is alone in its document. The dominant spelling must occur in at
    least `min-documents` documents and in `min-ratio` times as many as the variant (a site of a
    handful of pages that writes its host in three of them and mistypes it in a fourth is
    found). A document that has both spellings is left to CL301.

    Hosts are indexed under the public suffix plus their name with at most one character
    deleted (a SymSpell deletion neighbourhood), so substitutions, insertions and
    transpositions meet under a shared key; the same typo model as CL301 then confirms the pair.

    ## Why is this bad?
    A misspelt host in a stamped bio or footer is a dead link, and it splits one site in two for
    every per-site statistic of the corpus.

    ## Example
    In a corpus where forty articles end with `Visit his blog site at sjlendman.blogspot.com.`:
    ```
    Visit his blog site at silendman.blogspot.com.
    ```
    Use instead:
    ```
    Visit his blog site at sjlendman.blogspot.com.
    ```

    ## Options
    - `min-documents` (default 3): documents the dominant spelling must occur in.
    - `min-ratio` (default 3): how many times more documents it must have than the variant.
    - `min-label-length` (default 5): shortest label on which one slip counts as a typo.

    ## Fix safety
    Unsafe: the dominant spelling is the likely one, not a certain one (two sites may really
    differ by one letter).

    ## Known problems
    Only one slip is found (two-slip variants do not share a key). In a small corpus the
    thresholds are rarely met. Two names reserved for documentation (`example.com`, `*.test`, ...) are
    never one host misspelled: they are examples.
    """

    code = "CL304"
    summary = "A rare one-letter misspelling of a host the rest of the corpus spells one way"
    name = "corpus-url-variant"
    fix_availability = FixAvailability.ALWAYS
    Options = CorpusUrlVariantOptions

    SITE = "url-host"  # key: site key (suffix + name less one character), value: the host
    SPELLING = "url-spelling"  # key and value: the host; one per occurrence, for exact counts
    value_kinds = frozenset({SITE})
    follow_up_kinds = frozenset({SITE})
    # check_corpus reads only the SPELLING fingerprints, which it takes from the document's URLs
    # (`find_urls` keeps the last document's): computing the SITE keys (a deletion neighbourhood
    # per host) a second time for every document checked was most of CL304's check
    uses_own_fingerprints = False

    def follow_ups(self, kind, key, count, occurrences, values):
        # the other spellings under a shared key: their document counts and a few places
        return [(self.SPELLING, host) for host in values] if kind == self.SITE and len(values) > 1 else ()

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        seen: set[str] = set()
        for url in find_urls(doc.text, self.timeout):
            host = url.core
            if host not in seen:
                seen.add(host)
                for key in site_keys(host, min_length=self.options.min_label_length):
                    yield Fingerprint(self.SITE, key, url.core_start, url.core_end, host)
            yield Fingerprint(self.SPELLING, host, url.core_start, url.core_end, host)

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        occurrences: dict[str, list[Fingerprint]] = defaultdict(list)
        for url in find_urls(doc.text, self.timeout):  # the SPELLING fingerprints `fingerprints` yields
            host = url.core
            occurrences[host].append(Fingerprint(self.SPELLING, host, url.core_start, url.core_end, host))
        if not occurrences:
            return
        text = doc.text
        for host, fps in occurrences.items():
            own_docs = max(1, corpus.count(self.SPELLING, host))
            candidates: set[str] = set()
            for key in site_keys(host, min_length=self.options.min_label_length):
                candidates.update(corpus.values(self.SITE, key))
            candidates.discard(host)
            best: tuple[int, str, str] | None = None
            for other in candidates:
                if other in occurrences:
                    continue  # both in this document: CL301's finding
                if two_examples(other, host):
                    continue  # documentation names: examples, not one site
                docs = corpus.count(self.SPELLING, other)
                if docs < self.options.min_documents or docs < self.options.min_ratio * own_docs:
                    continue
                why = typo_variant(other, host, min_length=self.options.min_label_length)
                if why and (best is None or docs > best[0]):
                    best = (docs, other, why)
            if best is None:
                continue
            docs, other, why = best
            where = corpus.occurrences(self.SPELLING, other, limit=3)
            related = [Related(path=o.path, line=o.line, record=o.record, message=f"spelled `{other}`")
                       for o in where]
            for fp in fps:
                probe = UrlMatch(fp.start, fp.end, text[fp.start:fp.end], "", text[fp.start:fp.end],
                                 fp.start, fp.end, "", "")
                if discusses_lookalikes(text, probe, self.timeout):
                    continue
                found = text[fp.start:fp.end]
                yield Violation(
                    fp.start, fp.end,
                    f"`{found}` looks like a misspelling of `{other}`, the spelling of {docs} other documents "
                    f"(this one: {own_docs}; {why}); spell the address one way",
                    fix=Fix.replace(fp.start, fp.end, other, f"Replace `{found}` with `{other}`", safe=False),
                    related=related,
                    source="corpus",
                    data={"variant": host, "spelling": other, "edit": why, "variant_documents": own_docs,
                          "spelling_documents": docs},
                )
