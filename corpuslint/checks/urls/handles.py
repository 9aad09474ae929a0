"""A person's handle in an address: the user name a URL's short path ends with
(`twitter.com/paulmartin`, `example.org/author/johnsmith`, `medium.com/@janedoe`) and an e-mail
address's local part (`paul.martin` in `paul.martin@example.org`).

CL301 compares two handles of one scope (the same host and the same path before the name; the same
e-mail domain) with the host names' typo model (`slips.label_typo`): `paulrnartin` is `paulmartin`
mistyped, `j0hnsmith` is `johnsmith`. Two people may have names one letter apart, so a pair with no
evidence of which is right is named (no fix) only in a scope of a few names, never in a list of many,
and never when both spellings are the names of people the text writes out (`Jon Smith`, `John Smith`).

An article's address is no handle: its last segment is a slug (`my-first-post`, two hyphens or
more), a file (`about.html`), a number or an id (more than four digits), it stands deeper than two
segments, or on a link shortener (`t.co/M7V9udU5bT`).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

import regex

from corpuslint.checks.urls.hosts import is_shortener
from corpuslint.checks.urls.urlsim import UrlMatch, email_domains, split_rest
from corpuslint.textutil import LazyPattern

# a user name: letters, digits, `_` and `.`, at most one hyphen (`jane-doe`; `my-first-post` is a slug)
HANDLE = LazyPattern(r"@?(?P<name>[A-Za-z0-9](?:[A-Za-z0-9_.]*|[A-Za-z0-9_.]*-[A-Za-z0-9_.]+)[A-Za-z0-9])")
# a path segment before the handle: a word (`author`, `user`, `in`, `people`), never a number or a date
SCOPE_SEGMENT = LazyPattern(r"[A-Za-z]+(?:[_-][A-Za-z]+)?")
FILE_NAME = LazyPattern(r"(?i)\.(?:s?html?|php\d?|aspx?|jspa?|do|action|cfm|cgi|pdf|jpe?g|png|gif|svg|webp|xml|rss|txt|json|js|css)$")
MAX_DIGITS = 4  # `9zgbiucqq6u8brajfli0yg`, a gist's hash: an id, not a name
# `Paul Martin`, `Anna-Lena Roth`: a person's name as a text writes it, for its letters (`paulmartin`)
PERSON_NAME = LazyPattern(r"\b\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?(?:\s+\p{Lu}\.)?\s+\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)?\b")
MAX_SEGMENTS = 2


@dataclass(frozen=True)
class Handle:
    scope: str  # `twitter.com/`, `example.org/author/`, `@example.org`
    name: str  # case-folded, without its `@`
    start: int  # the name as written in the text
    end: int
    where: UrlMatch  # the URL or e-mail address it stands in (the whole of it), for messages
    mention: bool = False  # written `@name` in the text, not in an address


def url_handles(urls: list[UrlMatch]) -> Iterator[Handle]:
    """The handles the URLs of a text end with."""
    for url in urls:
        path, _, _ = split_rest(url.rest)
        segments = path.strip("/").split("/")
        if not path.startswith("/") or not segments[-1] or len(segments) > MAX_SEGMENTS:
            continue
        if not all(SCOPE_SEGMENT.fullmatch(segment) for segment in segments[:-1]):
            continue
        m = HANDLE.fullmatch(segments[-1])
        if is_shortener(url.core) or url.core.startswith("pic."):
            continue  # `t.co/M7V9udU5bT`, `pic.twitter.com/…`: a code, not a name
        if m is None or FILE_NAME.search(segments[-1]) or not _name_like(m.group("name")):
            continue
        at = url.start + len(url.text) - len(url.rest) + path.rindex(segments[-1]) + m.start("name")
        name = m.group("name")
        scope = "/".join((url.core, *(s.lower() for s in segments[:-1]), ""))
        yield Handle(scope, name.lower(), at, at + len(name), url)


def mail_handles(text: str) -> Iterator[Handle]:
    """The local parts of the e-mail addresses of `text`, each scoped by its domain."""
    for domain in email_domains(text):
        at = domain.start - 1  # the `@`
        start = at
        while start > 0 and (text[start - 1].isalnum() or text[start - 1] in "_.+-"):
            start -= 1
        while start < at and text[start] in ".+-":
            start += 1
        local = text[start:at]
        if not _name_like(local):
            continue
        where = UrlMatch(start, domain.end, text[start:domain.end], "", domain.host, domain.start, domain.end, "", "")
        yield Handle("@" + domain.core, local.lower(), start, at, where)


# a handle written as a mention in the text (`follow @paulrnartin`): an `@` that opens a word (no e-mail's local
# part before it) and a name no domain or path goes on from (`@example.org`, `@x/y` are no mentions)
MENTION = LazyPattern(r"(?<![\w.+/@-])@(?P<name>[A-Za-z0-9_](?:[A-Za-z0-9_.]*[A-Za-z0-9_])?)(?![\w@/(-]|\.\w)")
# a decorator (`@property` alone on its line, code under it): Python's and Java's annotations are no handles
DECORATOR = LazyPattern(r"[ \t]*\r?\n[ \t]*(?:@|def\b|class\b|async\b|public\b|private\b|protected\b)")


def mention_handles(text: str, scopes: set[str]) -> Iterator[Handle]:
    """The `@name` mentions of `text`, each in every scope of a profile URL (`twitter.com/`): a mention is the
    same person's user name as the profile's, so `@paulrnartin` meets `twitter.com/paulmartin` (issue 16)."""
    if not scopes or "@" not in text:
        return
    for m in MENTION.finditer(text):
        name = m.group("name")
        line_start = text.rfind("\n", 0, m.start()) + 1
        if not text[line_start:m.start()].strip() and DECORATOR.match(text, m.end()):
            continue  # `@property` above `def`: code
        if not _name_like(name):
            continue
        where = UrlMatch(m.start(), m.end(), m.group(0), "", "", m.start(), m.end(), "", "")
        for scope in scopes:
            yield Handle(scope, name.lower(), m.start("name"), m.end(), where, mention=True)


def _name_like(name: str) -> bool:
    return regex.search(r"[A-Za-z]", name) is not None and sum(ch.isdigit() for ch in name) <= MAX_DIGITS


def people(text: str) -> set[str]:
    """The letters of the persons' names the text writes out (`Paul Martin` -> `paulmartin`)."""
    return {regex.sub(r"[^\p{L}]", "", m.group(0)).casefold() for m in PERSON_NAME.finditer(text)}


def letters(name: str) -> str:
    return regex.sub(r"[._-]", "", name)
