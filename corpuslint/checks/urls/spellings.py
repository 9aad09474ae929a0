"""One link written several ways: which spellings of a URL point at the same place (CL301's
cosmetic variants: http/https, `www.`, host case, a default port, a trailing slash, tracking
parameters), split from `urlsim`'s parsing."""

from __future__ import annotations

from corpuslint.checks.urls.urlsim import UrlMatch, split_rest

TRACKING_PARAMS = frozenset("""
fbclid gclid dclid gbraid wbraid msclkid yclid igshid mc_cid mc_eid _ga _gl _hsenc _hsmi
mkt_tok ref_src ref_url s_cid cmpid ncid ocid smid smtyp spref wt.mc_id __twitter_impression
""".split())
TRACKING_PREFIXES = ("utm_", "pk_", "mtm_", "hsa_", "vero_")

DEFAULT_PORTS = {"http": "80", "https": "443", "ftp": "21"}
WEB_SCHEMES = ("http", "https", "")  # one link whichever of these it is written with


def is_tracking(name: str) -> bool:
    name = name.lower()
    return name in TRACKING_PARAMS or name.startswith(TRACKING_PREFIXES)


def strip_tracking(query: str) -> str:
    if not query:
        return ""
    kept = [p for p in query.split("&") if p and not is_tracking(p.split("=", 1)[0])]
    return "&".join(kept)


def address_key(url: UrlMatch) -> tuple[str, str, str, str, str, str]:
    """What a link points at, with the spelling differences that do not change it folded.

    Folded: scheme (http/https), `www.`, host case, a default port, a trailing slash, tracking
    parameters. Kept: another scheme (`ftp://x.org/` and `https://x.org` are two services of the
    host, the protocol a man page's example is about: qa22 curl.1), the path (case-sensitive), the
    other parameters, the fragment.
    """
    path, query, fragment = split_rest(url.rest)
    scheme = url.scheme.lower()
    port = url.port
    if port and port == DEFAULT_PORTS.get(scheme):
        port = ""
    return "" if scheme in WEB_SCHEMES else scheme, url.core, port, path.rstrip("/"), strip_tracking(query), fragment


def spelling_differences(a: UrlMatch, b: UrlMatch) -> list[str]:
    """Which of the folded features differ between two spellings of one address."""
    out = []
    if a.scheme.lower() != b.scheme.lower():
        out.append("scheme")
    if a.host.lower().startswith("www.") != b.host.lower().startswith("www."):
        out.append("www")
    if a.host != b.host and a.host.lower() == b.host.lower():
        out.append("host case")
    pa, qa, _ = split_rest(a.rest)
    pb, qb, _ = split_rest(b.rest)
    if (a.port or DEFAULT_PORTS.get(a.scheme.lower(), "")) == (b.port or DEFAULT_PORTS.get(b.scheme.lower(), "")) \
            and a.port != b.port:
        out.append("default port")
    if pa != pb:
        out.append("trailing slash")
    if qa != qb:
        out.append("tracking parameters")
    return out


def clean_features(url: UrlMatch) -> tuple[bool, bool, bool, bool]:
    """The features by which one spelling of a link is the clean one whatever the counts: no
    tracking parameters, `https`, no default port, a lower-case host (the normal form of RFC 3986;
    `www.` and a trailing slash have no such direction: the site decides)."""
    _, query, _ = split_rest(url.rest)
    return (not any(is_tracking(p.split("=", 1)[0]) for p in query.split("&") if p), url.scheme.lower() != "http",
            not url.port or url.port != DEFAULT_PORTS.get(url.scheme.lower()), url.host == url.host.lower())


def cosmetic_winner(by_text: dict[str, list[UrlMatch]]) -> tuple[str, bool]:
    """The spelling of a link that the others are rewritten to, and whether the document decides it.

    The clean spelling wins, however often the other is written: a fix never adds tracking
    parameters or takes `https` back to `http` (qa15b #9). Between spellings equally clean (or
    each cleaner in one way), the one written more often wins; with no such evidence (one of
    each), the findings name the spellings and offer no fix, unless the two are one URL (a bare
    host with and without its `/`). The spelling named between equals is
    the one written last, as before (messages unchanged)."""
    clean = {t: clean_features(urls[0]) for t, urls in by_text.items()}
    best = tuple(map(max, zip(*clean.values())))
    cleanest = [t for t in by_text if clean[t] == best]
    pool = cleanest or list(by_text)
    ranked = sorted(pool, key=lambda t: (len(by_text[t]), by_text[t][-1].start), reverse=True)
    winner = ranked[0]
    if not cleanest:  # each spelling cleaner in one way (`https` with tracking, `http` without)
        return winner, False
    # a rival is another URL, not the same one spelled with `/` for the empty path of a bare host
    same = one_url(by_text[winner][0])
    rivals = [t for t in by_text if t != winner and clean[t] == best and one_url(by_text[t][0]) != same]
    return winner, all(len(by_text[winner]) > len(by_text[t]) for t in rivals)


def one_url(url: UrlMatch) -> str:
    """The spelling with an empty path written `/`: `https://courseware.epfl.ch` and `…ch/` are one
    URL (RFC 3986 6.2.3), so either spelling is a safe fix of the other."""
    if split_rest(url.rest)[0]:
        return url.text
    return url.text[:len(url.text) - len(url.rest)] + "/" + url.rest
