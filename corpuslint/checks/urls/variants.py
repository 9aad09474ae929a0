"""CL301 and CL304: a host spelled two ways by a typing slip, within one document (CL301) or
rarely against the spelling the rest of the corpus uses (CL304)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

from pydantic import Field

from corpuslint.checks.urls.base import UrlRule, discusses_lookalikes, where_lines, related_places
from corpuslint.checks.urls.urlsim import (
    UrlMatch, address_key, find_urls, site_keys, spelling_differences, split_host, typo_variant,
)
from corpuslint.models import Document, Fix, Related, Violation
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, FixAvailability, StrictOptions
from corpuslint.textutil import shorten


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


class UrlVariant(UrlRule):
    """## What it does
    Reports a document that spells one address two ways: a host name with a typo next to the
    right spelling (`silendman.blogspot.com` and `sjlendman.blogspot.com`), or one link written
    with and without `https`, `www.`, a trailing slash, a default port, upper-case host letters
    or tracking parameters (`utm_*`, `fbclid`, `gclid`, ...).

    The spelling used less often is reported, naming the other one and its lines. On a tie, the
    spelling whose distinctive label occurs more often anywhere in the text (in e-mail addresses,
    handles, longer URLs) wins; if still tied, the LAST spelling wins and the earlier one is
    reported: the end of a scraped article holds the stamped bio or footer, copied by the site's
    template, while earlier copies were typed.

    A typo is one typing slip (neighbouring keys, look-alike letters, two letters transposed, a
    doubled key) in one label of at least `min-label-length` characters, everything else equal.
    Different suffixes (`nytimes.com`/`nytimes.co`), subdomains (`news.`/`blog.`), hyphens,
    plural `s`, digits and short names (`cnn`/`cnbc`) are different names, not typos.

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

    ## Fix safety
    The fix rewrites the reported spelling to the other one. It is unsafe: which spelling is
    right is inferred from counts and position, and the document may be wrong both times.

    ## Known problems
    A text that discusses two look-alike domains on purpose is left alone only when words like
    "fake", "imitating", "look-alike" or "domain" stand near them; otherwise it is reported.
    A typo in a hyphen (`vladi-private` / `vladiprivate`) is not found.
    """

    code = "CL301"
    summary = "One address spelled two ways in a document: a host typo, or a link's cosmetic variants"
    name = "url-variant"
    fix_availability = FixAvailability.ALWAYS
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
        if len(by_host) < 2 or len(by_host) > self.options.max_hosts:
            return
        # only hosts with the same suffix and number of labels can be one slip apart
        buckets: dict[tuple[str, int], list[str]] = defaultdict(list)
        for host in by_host:
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
                    why = typo_variant(a, b, min_length=self.options.min_label_length)
                    if why:
                        edges[a][b] = why
                        edges[b][a] = why
        if not edges:
            return
        text = doc.text
        lowered = text.lower()

        def score(host: str) -> tuple[int, int, int]:
            label = split_host(host).label
            return len(by_host[host]), lowered.count(label), by_host[host][-1].start

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
            winner = max(component, key=score)
            keep = by_host[winner]
            if any(discusses_lookalikes(text, u, self.timeout) for u in keep):
                continue
            spelling = keep[0].text[keep[0].core_start - keep[0].start: keep[0].core_end - keep[0].start]
            for host in sorted(edges[winner], key=lambda h: by_host[h][0].start):
                variants = by_host[host]
                if any(discusses_lookalikes(text, u, self.timeout) for u in variants):
                    continue
                why = edges[winner][host]
                for url in variants:
                    found = text[url.core_start:url.core_end]
                    yield Violation(
                        url.core_start,
                        url.core_end,
                        f"`{found}` looks like a misspelling of `{spelling}` ({where_lines(doc, keep)}; {why}); "
                        f"spell the address one way",
                        fix=Fix.replace(url.core_start, url.core_end, spelling,
                                        f"Replace `{found}` with `{spelling}`", safe=False),
                        related=related_places(doc, keep, "spelled"),
                        source="typo",
                        data={"variant": host, "spelling": winner, "edit": why,
                              "variant_count": len(variants), "spelling_count": len(keep)},
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
                        f"`{shorten(url.text, 70)}` is the link `{shorten(winner, 70)}` ({where_lines(doc, keep)}) "
                        f"written another way ({', '.join(diffs)}); write it one way",
                        fix=Fix.replace(url.start, url.end, winner, f"Write the link as `{shorten(winner, 70)}`",
                                        safe=False),
                        related=related_places(doc, keep, "written"),
                        source="cosmetic",
                        data={"variant": url.text, "spelling": winner, "differences": diffs},
                    )


# -- CL304 ------------------------------------------------------------------------------------------


class CorpusUrlVariantOptions(StrictOptions):
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
