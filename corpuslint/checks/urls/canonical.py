"""CL302 and CL303: a link in a cosmetic variant of its canonical form (CL302), and metadata URL
fields that name different sites (CL303)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator
from urllib.parse import urlsplit

from pydantic import BaseModel, Field

from corpuslint.checks.urls.base import URL_FIELDS, UrlRule
from corpuslint.checks.urls.hosts import core_host, is_shortener
from corpuslint.checks.urls.reserved import two_examples
from corpuslint.checks.urls.slips import same_site
from corpuslint.checks.urls.urlsim import UrlMatch, find_urls
from corpuslint.models import Applicability, Document, Fix, MetadataEdit, Severity, Violation
from corpuslint.rule import FixAvailability, StrictOptions
from corpuslint.textutil import shorten


# -- CL302 ------------------------------------------------------------------------------------------


class NonCanonicalUrlOptions(StrictOptions):
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


class MetadataUrlMismatchOptions(StrictOptions):
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
    (for JSONL, the record's line), one per document, naming every field that disagrees. Two names
    reserved for documentation (`example.com` / `example.org`, RFC 2606) are a sample record's
    placeholders, not one site: not reported.

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
            if field == ref_field or host.lower() == ref_host.lower() or two_examples(ref_host, host):
                continue  # (`example.com` / `example.org`: documentation names, two examples)
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
