"""CL3xx: one address spelled several ways — typos in host names, cosmetic link variants, metadata
URL fields that disagree, and rare misspellings of a host the rest of the corpus spells one way.

Scraped and hand-edited text names the same site in several spellings: an author bio stamped
twice with `silendman.blogspot.com` and `sjlendman.blogspot.com`, a link once with tracking
parameters and once without, a record whose `url` is a `politi.co` short link for the
`canonical_link` on politico.com. Each spelling splits what should be one key for deduplication,
attribution and link checking.

What makes two host names one site is decided in `slips.py`: a typo is ONE typing slip
(neighbouring keys, look-alike letters, a transposition, a doubled key) in one label long enough
for a slip to be small, with everything else, the public suffix included, identical. Different
suffixes (`nytimes.com` / `nytimes.co`), different subdomains (`news.` / `blog.`) and short names
(`cnn` / `cnbc`) are different sites in text. Text that talks about deliberate look-alike domains
("a fake site imitating ...") is left alone.

The package: `urlsim.py` (finding URLs and e-mail domains in text), `hosts.py` (a host's public
suffix and labels), `slips.py` (the typo model), `base.py` (what
the rules share), `reserved.py` (documentation's example names, never compared), `variants.py` (CL301,
CL304), `handles.py` and
`handletypos.py` (CL301's user names), `www.py` (CL305) and `canonical.py` (CL302, CL303).
"""

from __future__ import annotations

from corpuslint import hookimpl
from corpuslint.checks.urls.canonical import MetadataUrlMismatch, NonCanonicalUrl
from corpuslint.checks.urls.variants import CorpusUrlVariant, UrlVariant
from corpuslint.checks.urls.www import WwwVariant

__all__ = ["CorpusUrlVariant", "MetadataUrlMismatch", "NonCanonicalUrl", "UrlVariant", "WwwVariant", "RULES"]

RULES = (UrlVariant, NonCanonicalUrl, MetadataUrlMismatch, CorpusUrlVariant, WwwVariant)


@hookimpl
def corpuslint_register_rules(register):
    for rule in RULES:
        register(rule)
