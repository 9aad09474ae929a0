"""Host names and their parts: the public suffix, the distinctive label, the subdomains.

`split_host` cuts a host into subdomain labels, the distinctive label and the public suffix, from
the Public Suffix List (the `publicsuffixlist` package's bundled copy, no network access) plus the
blog platforms it lacks (`wordpress.com`, `medium.com`, ...): `silendman.blogspot.com` is the label
`silendman` under the suffix `blogspot.com`, as `news.bbc.co.uk` is `bbc` under `co.uk` with the
subdomain `news`. Also here: the top-level domains a bare host name may end in, and link shorteners.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass

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
