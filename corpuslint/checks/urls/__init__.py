"""CL3xx: one address spelled several ways — typos in host names, cosmetic link variants, metadata
URL fields that disagree, and rare misspellings of a host the rest of the corpus spells one way.

Scraped and hand-edited text names the same site in several spellings: an author bio stamped
twice with `silendman.blogspot.com` and `sjlendman.blogspot.com`, a link once with tracking
parameters and once without, a record whose `url` is a `politi.co` short link for the
`canonical_link` on politico.com. Each spelling splits what should be one key for deduplication,
attribution and link checking.

What makes two host names one site is decided in `corpuslint.checks.urls.urlsim`: a typo is ONE typing slip
(neighbouring keys, look-alike letters, a transposition, a doubled key) in one label long enough
for a slip to be small, with everything else, the public suffix included, identical. Different
suffixes (`nytimes.com` / `nytimes.co`), different subdomains (`news.` / `blog.`) and short names
(`cnn` / `cnbc`) are different sites in text. Text that talks about deliberate look-alike domains
("a fake site imitating ...") is left alone.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable, Iterator
from urllib.parse import urlsplit

import regex
from pydantic import BaseModel, ConfigDict, Field

from corpuslint import hookimpl
from corpuslint.models import Applicability, Document, Fix, MetadataEdit, Related, Severity, Violation
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, FixAvailability, Rule
from corpuslint.textutil import LazyPattern, shorten
from corpuslint.checks.urls.urlsim import (
    UrlMatch,
    address_key,
    core_host,
    email_domains,
    find_urls,
    is_shortener,
    same_site,
    site_keys,
    spelling_differences,
    split_host,
    typo_variant,
)

# Words that show a text discussing look-alike or fake domains on purpose: near such words, two
# hosts one letter apart are the subject of the text, not a slip.
DELIBERATE = LazyPattern(
    r"\b(?:spoof\w*|imitat\w*|impersonat\w*|look-?alike|phish\w*|typo-?squat\w*|mimic\w*|masquerad\w*|scam\w*|"
    r"copycat|knock-?off|counterfeit|clon(?:e|ed|es|ing)|similar(?:ly)?[- ]named|confusingly|misspel\w*|typos?|"
    r"domain[- ]names?|domains\s+(?:that|which)|fake\s+(?:news\s+)?(?:site|website|domain|url|address|page|version|copy)s?)\b",
    regex.I,
)
DELIBERATE_WINDOW = 160  # characters either side of an occurrence

# Metadata fields that hold a document's own URL, most trusted first (FakeNewsNet/newspaper use
# canonical_link, url and source; other scrapers canonical_url, link, permalink, source_url).
URL_FIELDS = ("canonical_link", "canonical_url", "url", "link", "permalink", "source_url", "source")


def _deliberate(text: str, url: UrlMatch, timeout: float) -> bool:
    """True when the sentence around `url` talks about fake or look-alike sites."""
    lo = max(0, url.start - DELIBERATE_WINDOW)
    hi = min(len(text), url.end + DELIBERATE_WINDOW)
    # stay inside the paragraph: a blank line ends the context
    para_start = text.rfind("\n\n", lo, url.start)
    para_end = text.find("\n\n", url.end, hi)
    window = text[para_start + 1 if para_start != -1 else lo: para_end if para_end != -1 else hi]
    return DELIBERATE.search(window, timeout=timeout) is not None


def _line(doc: Document, offset: int) -> int:
    return doc.position(offset)[0]


def _lines(doc: Document, urls: Iterable[UrlMatch], limit: int = 3) -> str:
    """Where the other spelling stands: its lines, or (in a one-line JSONL text) its columns."""
    inline = doc.origin.text_is_inline
    found = sorted({doc.position(u.start)[1 if inline else 0] for u in urls})
    shown = ", ".join(str(n) for n in found[:limit])
    if len(found) > limit:
        shown += ", ..."
    word = "column" if inline else "line"
    return (word if len(found) == 1 else word + "s") + " " + shown


def _related(doc: Document, urls: Iterable[UrlMatch], what: str, limit: int = 3) -> list[Related]:
    return [
        Related(path=doc.origin.path, line=_line(doc, u.start), record=doc.origin.record, message=f"{what} `{u.text}`")
        for u in list(urls)[:limit]
    ]


class UrlRule(Rule):
    family = "urls"


# -- CL301 ------------------------------------------------------------------------------------------


class UrlVariantOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

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

    Host names in e-mail addresses count too: `www.oak-review.org` on one line and
    `editor@oak-reveiw.org` on another are one site spelled two ways.

    Which spelling is the typo comes from evidence, strongest first: the `canonical` map (the
    same map as CL302's); a spelling used both as a web host and as an e-mail domain; the
    spelling written more often (an e-mail address counts once per line); its name standing
    elsewhere in the text (a handle, another URL's path). The other spelling is reported, naming
    the right one and its lines, with a fix. With no evidence either way (one of each, nothing
    else), ONE finding names both spellings and their lines, and offers no fix: the document
    does not say which is right.

    A typo is one slip in one label of at least `min-label-length` characters, everything else
    equal: neighbouring keys or look-alike letters swapped (`i`/`j`, `n`/`m`, `o`/`0`), `rn`
    for `m` (`vv` for `w`, `cl` for `d`), two letters transposed, a doubled or neighbouring key
    added or dropped, a doubled letter moved (`gazzete`/`gazette`); in labels of 8 characters or
    more also any letter added or dropped and a digit for a look-alike letter (`pau1martin`).
    Different suffixes (`nytimes.com`/`nytimes.co`), subdomains (`news.`/`blog.`), a hyphen
    added or dropped, a plural `s`, digits for digits, a digit in a short name (`paypa1`) and
    short names (`cnn`/`cnbc`) are different names, not typos.

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
    no evidence gets no fix.

    ## Known problems
    A text that discusses two look-alike domains on purpose is left alone only when words like
    "fake", "imitating", "look-alike" or "domain" stand near them; otherwise it is reported.
    A hyphen added or dropped (`vladi-private` / `vladiprivate`) is not found: it is as often
    another registration as a slip.
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
        if len(urls) < 2:
            return
        yield from self._typos(doc, urls)
        if self.options.cosmetic:
            yield from self._cosmetic(doc, urls)

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
                    why = typo_variant(a, b, min_length=self.options.min_label_length)
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
            web host and as an e-mail domain, how often it is written, its name elsewhere (a handle)."""
            label = split_host(host).label
            uses = len(by_host.get(host, ())) + len(mail_lines.get(host, ()))
            listed = 1 if host in known else -1 if host in wrong else 0
            return listed, int(host in by_host and host in mail), uses, lowered.count(label) - uses

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
            ranked = sorted(component, key=evidence, reverse=True)
            winner = ranked[0]
            keep = occurrences(winner)
            if any(_deliberate(text, u, self.timeout) for u in keep):
                continue
            for host in sorted(edges[winner], key=lambda h: occurrences(h)[0].start):
                variants = occurrences(host)
                if any(_deliberate(text, u, self.timeout) for u in variants):
                    continue
                why = typo_variant(winner, host, min_length=self.options.min_label_length) or edges[winner][host]
                if evidence(host) == evidence(winner):
                    yield self._undecided(doc, winner, host, keep, variants, why)
                    continue
                spelling = keep[0].text[keep[0].core_start - keep[0].start: keep[0].core_end - keep[0].start]
                for url in variants:
                    found = text[url.core_start:url.core_end]
                    yield Violation(
                        url.core_start,
                        url.core_end,
                        f"`{found}` looks like a misspelling of `{spelling}` ({_lines(doc, keep)}; {why}); "
                        f"spell the address one way",
                        fix=Fix.replace(url.core_start, url.core_end, spelling,
                                        f"Replace `{found}` with `{spelling}`", safe=False),
                        related=_related(doc, keep, "spelled"),
                        source="typo",
                        data={"variant": host, "spelling": winner, "edit": why,
                              "variant_count": len(variants), "spelling_count": len(keep)},
                    )

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
            f"`{one}` ({_lines(doc, first)}) and `{other}` ({_lines(doc, second)}) look like one address "
            f"spelled two ways ({why}); nothing in the document says which is right: spell it one way",
            related=_related(doc, second, "spelled"),
            source="typo-undecided",
            data={"variant": core_host(one), "spelling": core_host(other), "edit": why, "direction": None,
                  "variant_count": len(first), "spelling_count": len(second)},
        )

    # -- cosmetic spellings of one link --

    def _cosmetic(self, doc: Document, urls: list[UrlMatch]) -> Iterator[Violation]:
        groups: dict[tuple, list[UrlMatch]] = defaultdict(list)
        text = doc.text
        for url in urls:
            # the label of a Markdown link, `[https://x.org/a](https://x.org/a/)`, is shown, not followed
            if url.is_link and text[url.end:url.end + 2] != "](":
                groups[address_key(url)].append(url)
        for members in groups.values():
            if len(members) < 2:
                continue
            by_text: dict[str, list[UrlMatch]] = defaultdict(list)
            for url in members:
                by_text[url.text].append(url)
            if len(by_text) < 2:
                continue
            winner = max(by_text, key=lambda t: (len(by_text[t]), by_text[t][-1].start))
            keep = by_text[winner]
            for spelling, occurrences in by_text.items():
                if spelling == winner:
                    continue
                diffs = spelling_differences(occurrences[0], keep[0])
                if not diffs:
                    continue
                for url in occurrences:
                    yield Violation(
                        url.start,
                        url.end,
                        f"`{shorten(url.text, 70)}` is the link `{shorten(winner, 70)}` ({_lines(doc, keep)}) "
                        f"written another way ({', '.join(diffs)}); write it one way",
                        fix=Fix.replace(url.start, url.end, winner, f"Write the link as `{shorten(winner, 70)}`",
                                        safe=False),
                        related=_related(doc, keep, "written"),
                        source="cosmetic",
                        data={"variant": url.text, "spelling": winner, "differences": diffs},
                    )


# -- CL302 ------------------------------------------------------------------------------------------


class NonCanonicalUrlOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    canonical: dict[str, str] = Field(
        default_factory=dict,
        description="Spellings and the spelling that replaces them. A key without `/` is a host "
                    "(`silendman.blogspot.com: sjlendman.blogspot.com`, `www.` in front matches too); a key "
                    "with `/` or `://` is a URL prefix (`http://example.org: https://example.org`).",
    )
    metadata_fields: list[str] = Field(
        default_factory=lambda: list(URL_FIELDS), alias="metadata-fields",
        description="Metadata fields whose URL values are checked against the map as well.",
    )


class NonCanonicalUrl(UrlRule):
    """## What it does
    Reports a URL or host name that the `canonical` map of this rule names as a non-canonical
    spelling, in the text and in the metadata URL fields (`metadata-fields`), even when it is the
    only spelling in its document. Host entries rewrite the host (`silendman.blogspot.com` ->
    `sjlendman.blogspot.com`, also under `www.`); prefix entries rewrite the start of a URL
    (`http://example.org` -> `https://example.org`, only where the next character ends the host
    or starts a path). The rule does nothing until the map has entries.

    ## Why is this bad?
    When a site has moved, was misspelled in a template, or must be written one way (https, no
    `www.`), every other spelling is a defect the corpus owner has already decided on.

    ## Example
    With `rules: {CL302: {canonical: {silendman.blogspot.com: sjlendman.blogspot.com}}}`:
    ```
    Visit his blog site at silendman.blogspot.com.
    ```
    Use instead:
    ```
    Visit his blog site at sjlendman.blogspot.com.
    ```

    ## Options
    - `canonical` (default empty): mapping of spellings to the canonical spelling.
    - `metadata-fields` (default `canonical_link`, `canonical_url`, `url`, `link`, `permalink`,
      `source_url`, `source`): metadata fields checked too.

    ## Fix safety
    Safe: the user's map says which spelling is right; only the mapped part of the URL changes.
    """

    code = "CL302"
    summary = "A URL or host that the configured `canonical` map says to write another way"
    name = "non-canonical-url"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    Options = NonCanonicalUrlOptions

    def __init__(self, options: BaseModel | None = None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self._hosts: dict[str, str] = {}
        self._prefixes: list[tuple[str, str]] = []
        for key, value in self.options.canonical.items():
            key, value = key.strip(), value.strip()
            if "/" in key:
                self._prefixes.append((key.lower(), value))
            elif key:
                self._hosts[core_host(key)] = value
        self._prefixes.sort(key=lambda kv: -len(kv[0]))

    def rewrite(self, url: UrlMatch) -> tuple[int, int, str] | None:
        """(start, end, replacement) that makes `url` canonical, or None."""
        whole = url.text
        after_scheme = whole[url.host_start - url.start:]
        for key, value in self._prefixes:
            candidate = whole if "://" in key else after_scheme
            if candidate.lower().startswith(key) and (
                    len(candidate) == len(key) or key.endswith("/") or candidate[len(key)] in "/?#:"):
                replacement = value + candidate[len(key):]
                start = url.start if candidate is whole else url.host_start
                if replacement != candidate:
                    return start, url.end, replacement
                return None
        target = self._hosts.get(url.core)
        if target is not None and target != url.text[url.core_start - url.start:url.core_end - url.start]:
            return url.core_start, url.core_end, target
        return None

    def check(self, doc: Document) -> Iterator[Violation]:
        if not self._hosts and not self._prefixes:
            return
        text = doc.text
        for url in find_urls(text, self.timeout):
            found = self.rewrite(url)
            if found is None:
                continue
            start, end, replacement = found
            old = text[start:end]
            yield Violation(
                start, end,
                f"`{shorten(old, 70)}` is not the canonical spelling; write `{shorten(replacement, 70)}` "
                f"(the `canonical` map of {self.code})",
                fix=Fix.replace(start, end, replacement, f"Replace with `{shorten(replacement, 70)}`"),
                source="text",
                data={"found": old, "canonical": replacement},
            )
        yield from self._metadata(doc)

    def _metadata(self, doc: Document) -> Iterator[Violation]:
        for field in self.options.metadata_fields:
            value = doc.metadata.get(field)
            if not isinstance(value, str) or not value or "." not in value:
                continue
            urls = list(find_urls(value, self.timeout))
            if len(urls) != 1 or urls[0].start != 0:
                continue
            found = self.rewrite(urls[0])
            if found is None:
                continue
            start, end, replacement = found
            new_value = value[:start] + replacement + value[end:]
            yield Violation(
                0, 0,
                f"metadata `{field}` `{shorten(value, 70)}` is not the canonical spelling; write "
                f"`{shorten(new_value, 70)}` (the `canonical` map of {self.code})",
                fix=Fix(title=f"Set `{field}` to `{shorten(new_value, 70)}`", applicability=Applicability.SAFE,
                        metadata=[MetadataEdit(key=field, value=new_value)]),
                source="metadata",
                data={"field": field, "found": value, "canonical": new_value},
            )


# -- CL303 ------------------------------------------------------------------------------------------


class MetadataUrlMismatchOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    fields: list[str] = Field(
        default_factory=lambda: list(URL_FIELDS),
        description="Metadata fields holding the document's URL, most trusted first: the first one that holds a "
                    "URL (and is not a short link) is the reference the others are compared with.",
    )
    report_www: bool = Field(
        True, alias="report-www",
        description="Also report fields whose hosts differ only by `www.`.",
    )
    report_unrelated: bool = Field(
        False, alias="report-unrelated",
        description="Also report fields on unrelated hosts (a syndicated copy whose canonical link is on another "
                    "site); off by default, since that is usually legitimate.",
    )


def _host_of(value: object) -> tuple[str, str] | None:
    """(host, path) of a metadata URL value, or None."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if not value or " " in value or "." not in value:
        return None
    if "://" not in value:
        value = "http://" + value
    try:
        parts = urlsplit(value)
        host = parts.hostname
    except ValueError:
        return None
    if not host or "." not in host:
        return None
    return host, parts.path


class MetadataUrlMismatch(UrlRule):
    """## What it does
    Reports a document whose metadata URL fields (`canonical_link`, `url`, `source`, ...; see
    `fields`) name different hosts for one page where those hosts are one site: a short link
    (`politi.co`, `goo.gl`, `bit.ly`, `t.co`, ...) standing for the real page, the same name under
    another suffix (`addictinginfo.org` / `addictinginfo.com`), another subdomain of the same
    domain (`author.groopspeak.com` / `news.groopspeak.com`), a typo, or only `www.`.

    The first field in `fields` that holds a URL and is not a short link is the reference. Hosts
    that are unrelated (a syndicated copy whose canonical link is on another site) are not
    reported unless `report-unrelated` is set. The finding stands at the start of the document
    (for JSONL, the record's line), one per document, naming every field that disagrees.

    ## Why is this bad?
    A record whose `url` is a short link or another domain than its canonical page is counted
    under the wrong site (FakeNewsNet keeps `source: https://goo.gl` for such records), breaks
    deduplication by URL and misattributes the text.

    ## Example
    ```
    {"url": "http://politi.co/2cZAbAT", "canonical_link": "http://www.politico.com/story/...", "source": "http://politi.co"}
    ```
    Use instead:
    ```
    {"url": "http://www.politico.com/story/...", "canonical_link": "http://www.politico.com/story/...", "source": "http://www.politico.com"}
    ```

    ## Options
    - `fields` (default `canonical_link`, `canonical_url`, `url`, `link`, `permalink`, `source_url`,
      `source`): URL fields, most trusted first.
    - `report-www` (default true): also report a difference of `www.` only.
    - `report-unrelated` (default false): also report fields on unrelated hosts.

    ## Fix safety
    The fix sets each disagreeing field from the reference: a field holding a page URL gets the
    reference URL, a field holding only a site (`source`, no path) gets the reference's scheme
    and host. It is unsafe: the old value may be wanted as provenance (the link that was
    followed), and which field is right is a configured guess. A page URL is never replaced by
    a reference that names only a site (a `canonical_link` pointing at the home page): that
    field gets no edit.
    """

    code = "CL303"
    summary = "Metadata URL fields naming different hosts of one site (short links, .org/.com, www.)"
    name = "metadata-url-mismatch"
    fix_availability = FixAvailability.SOMETIMES
    Options = MetadataUrlMismatchOptions

    WHY = {
        "shortener": "a short link",
        "www": "the same host but for `www.`",
        "subdomain": "another subdomain of the same site",
        "suffix": "the same name under another suffix",
        "typo": "a misspelling of it",
        "unrelated": "an unrelated site",
    }

    def check(self, doc: Document) -> Iterator[Violation]:
        meta = doc.metadata
        if not meta:
            return
        found = [(f, meta[f], _host_of(meta.get(f))) for f in self.options.fields if f in meta]
        found = [(f, v, hp) for f, v, hp in found if hp is not None]
        if len(found) < 2:
            return
        reference = next((x for x in found if not is_shortener(x[2][0])), None)
        if reference is None:
            return
        ref_field, ref_value, (ref_host, _ref_path) = reference
        ref_value = ref_value.strip()
        problems: list[tuple[str, str, str, str, str]] = []  # field, value, host, kind, why
        for field, value, (host, _path) in found:
            if field == ref_field or host.lower() == ref_host.lower():
                continue
            kind = "shortener" if is_shortener(host) else same_site(ref_host, host)
            if kind is None:
                if not self.options.report_unrelated:
                    continue
                kind = "unrelated"
            if kind == "www" and not self.options.report_www:
                continue
            problems.append((field, value, host, kind, self.WHY[kind]))
        if not problems:
            return
        grouped: dict[tuple[str, str], list[str]] = defaultdict(list)
        for field, _v, host, _k, why in problems:
            grouped[(host, why)].append(f"`{field}`")
        described = "; ".join(
            f"{' and '.join(fields)} {'names' if len(fields) == 1 else 'name'} {host} ({why})"
            for (host, why), fields in grouped.items()
        )
        edits = []
        scheme = urlsplit(ref_value if "://" in ref_value else "http://" + ref_value).scheme or "http"
        ref_is_site = _ref_path in ("", "/")
        for field, value, _host, _kind, _why in problems:
            hp = _host_of(value)
            if hp is None:
                continue
            if hp[1] in ("", "/"):
                edits.append(MetadataEdit(key=field, value=f"{scheme}://{ref_host}"))  # a site stays a site
            elif not ref_is_site:
                edits.append(MetadataEdit(key=field, value=ref_value))
            # else: a page URL against a reference that names only the site (a canonical_link set to
            # the home page): replacing the page by the home page would lose it, so no edit
        fix = None
        if edits:
            fix = Fix(title=f"Set {', '.join('`' + e.key + '`' for e in edits)} from `{ref_field}`",
                      applicability=Applicability.UNSAFE, metadata=edits)
        yield Violation(
            0, 0,
            f"metadata URL fields disagree: `{ref_field}` is on {ref_host}, but {described}; "
            f"point them at one site",
            fix=fix,
            source=problems[0][3],
            data={"reference": ref_field, "reference_host": ref_host,
                  "fields": {f: {"host": h, "relation": k} for f, _v, h, k, _why in problems}},
        )


# -- CL304 ------------------------------------------------------------------------------------------


class CorpusUrlVariantOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    min_documents: int = Field(
        3, ge=1, alias="min-documents",
        description="Documents in which the dominant spelling must occur.",
    )
    min_ratio: float = Field(
        5.0, ge=1.0, alias="min-ratio",
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
    least `min-documents` documents and in `min-ratio` times as many as the variant. A document
    that has both spellings is left to CL301.

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
    - `min-ratio` (default 5): how many times more documents it must have than the variant.
    - `min-label-length` (default 5): shortest label on which one slip counts as a typo.

    ## Fix safety
    Unsafe: the dominant spelling is the likely one, not a certain one (two sites may really
    differ by one letter).

    ## Known problems
    Only one slip is found (two-slip variants do not share a key). In a small corpus the
    thresholds are rarely met.
    """

    code = "CL304"
    summary = "A rare one-letter misspelling of a host the rest of the corpus spells one way"
    name = "corpus-url-variant"
    fix_availability = FixAvailability.ALWAYS
    Options = CorpusUrlVariantOptions

    SITE = "url-host"  # key: site key (suffix + name less one character), value: the host
    SPELLING = "url-spelling"  # key and value: the host; one per occurrence, for exact counts

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
        for fp in own:
            if fp.kind == self.SPELLING:
                occurrences[fp.value].append(fp)
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
                if _deliberate(text, probe, self.timeout):
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


class WwwVariant(UrlRule):
    """## What it does
    Reports a host written both with and without `www.` in one document (`www.wikileaks.org`
    once, `wikileaks.org` three times): the spelling used less often, naming the other one. Any
    mention counts, a bare host name in prose as well as a link, except a host written with
    capitals in prose (`NYTimes.com`, `BuzzFeed.com`): that is a name, styled on purpose.

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
    summary = "One host written with and without `www.` in a document"
    name = "www-variant"
    severity = Severity.INFO

    def check(self, doc: Document) -> Iterator[Violation]:
        if "www." not in doc.text.lower():
            return
        with_www: dict[str, list[UrlMatch]] = defaultdict(list)
        without: dict[str, list[UrlMatch]] = defaultdict(list)
        for url in find_urls(doc.text, self.timeout):
            if not url.is_link and not url.host.islower():
                continue  # `NYTimes.com`, `BuzzFeed.com` in prose: a name, styled on purpose
            host = url.host.lower().rstrip(".")
            if host.startswith("www.") and host.count(".") >= 2:
                with_www[url.core].append(url)
            elif host.count(".") >= 1 and not split_host(host).sub:
                without[url.core].append(url)
        for host in sorted(with_www.keys() & without.keys()):
            a, b = with_www[host], without[host]
            rare, common = (a, b) if len(a) < len(b) or len(a) == len(b) and a[0].start > b[0].start else (b, a)
            shown = common[0].text[common[0].host_start - common[0].start: common[0].host_end - common[0].start]
            for url in rare:
                found = doc.text[url.host_start:url.host_end]
                yield Violation(
                    url.host_start, url.host_end,
                    f"`{found}` is written `{shown}` elsewhere in the document ({_lines(doc, common)}); "
                    f"write the host one way",
                    related=_related(doc, common, "written"),
                    source="www",
                    data={"variant": found, "spelling": shown},
                )


RULES = (UrlVariant, NonCanonicalUrl, MetadataUrlMismatch, CorpusUrlVariant, WwwVariant)


@hookimpl
def corpuslint_register_rules(register):
    for rule in RULES:
        register(rule)
