"""Who wrote a story and where it first ran, read from a line closing it: an author box, a source.

    More posts by Jane Doe                                 <- an author box: the author
    Written by Jane Doe for Truthout                       <- the author and the source
    This article originally appeared on TomDispatch.       <- the source
    https://example.org/2019/03/story.html                 <- a story's address, last and alone: the source

The head's readers (`readers.py`) read the lines above an article; these read the few lines under
it (`extract.extract_tail`), where a republished story credits its source.
"""

from __future__ import annotations

import regex

from corpuslint.checks.metadata.lines import Found, Line, core_word
from corpuslint.checks.metadata.names import read_names, without_full_stop
from corpuslint.textutil import LazyPattern


BARE_URL = LazyPattern(r"^(?:https?://|www\.)\S+$")
# "Source: <name>" credits the claims of a story (a newspaper it rewrites), not where the text comes
# from; with a URL it names the page the text was taken from
SOURCE_URL_LEAD = LazyPattern(r"(?i)^(?:source|via)\s*:?\s+(?=(?:https?://|www\.)\S+\s*$)")
SOURCE_LEAD = LazyPattern(r"(?i)^originally\s+(?:published|appeared|posted)\s+(?:on|in|at|by)\s+")
ATTRIBUTION = LazyPattern(
    r"(?i)^this\s+(?:article|piece|story|post|essay|column|op-ed)\s+"
    r"(?:was\s+|is\s+|has\s+been\s+)?(?:first\s+|originally\s+)?"
    r"(?:appeared|published|posted|ran|written|produced|(?:re)?published|reprinted|reposted|syndicated)\s+"
    r"(?:first\s+|originally\s+)?(?:on|in|at|by|for|from)\s+")
REPUBLISHED = LazyPattern(
    r"(?i)^(?:(?:re)?published|reprinted|reposted|syndicated|shared)\s+(?:with\s+(?:kind\s+)?permission\s+)?"
    r"(?:from|by|via|of)\s+")
# (`This piece was written by Jane Doe for Truthout`: the author, then the source)
WRITTEN_FOR = LazyPattern(r"^(?i:(?:this\s+(?:article|piece|story|post|essay|column|op-ed)\s+was\s+)?(?:written|reported|produced))\s+by\s+")
SOURCE_END = LazyPattern(r"(?i)(?:[.;,]\s|[.;,]?$|\s+(?:and|under|with|on|in|as|where|which|copyright)\b|\s+\()")
# (behind a decoration: Mediaite's `—— >> Follow Evan McMurry (@evanmcmurry) on Twitter`)
AUTHOR_BOX = LazyPattern(r"^(?:[-–—>»]+\s*)*(?:(?:More|All|Other|View\s+all|See\s+all)\s+(?:posts|articles|stories|columns)\s+by"
                         r"|Subscribe\s+to(?=\s+.{3,40}['’]s\s+(?:feed|posts|RSS)\W*$)"
                         r"|Follow(?=\s+.{3,40}\s+on\s+(?:Twitter|X|Facebook|Instagram)\b))\s+")
# what ends an author box after the name: "'s feed", "on Twitter: @handle", "(@handle) on Twitter"
FEED_END = LazyPattern(r"(?:['’]s\s+(?:feed|posts|RSS)|\s*(?:\(@\w+\)\s*)?on\s+(?:Twitter|X|Facebook|Instagram)\b.*)\W*$")


# one match that every lead above needs (their union, flags scoped): most tail lines are prose
ATTRIBUTION_CUE = LazyPattern("|".join(
    f"(?i:{p.source[4:]})" if p.source.startswith("(?i)") else f"(?:{p.source})"
    for p in (AUTHOR_BOX, WRITTEN_FOR, SOURCE_URL_LEAD, SOURCE_LEAD, ATTRIBUTION, REPUBLISHED)))


# a story's address: a dated path (`/2017/06/`, `/2019-03-05`, `/20060104/`, `/2004-December/`), a slug of words
# (`/al-franken-forced-to-resign`), a numbered document or thread (`/15575.asp`, `showthread.php?t=56`); not a site's
# home page, a form, a download, a help page or a gallery's number (`/form.html`, `d.aspx?id=14SZ…`,
# `/accounts/answer/32050`, `/ru/`)
STORY_PATH = LazyPattern(r"^(?:https?://)?[^/\s]+/\S*?(?:/(?:19|20)\d\d(?:(?:/|-)\d\d?(?!\d)|[01]\d[0-3]\d(?!\d)|-\p{L}{3,})"
                         r"|[/=_]\p{L}+(?:[-_]\p{L}+){2,}|/\d{4,}\.(?:s?html?|aspx?|php|jsp)\b"
                         r"|[?&](?:p|t|topic|thread|threadid|article|story|newsid)=\d+(?:&|$))")
DOWNLOAD = LazyPattern(r"(?i)\.(?:exe|zip|rar|7z|gz|bz2|dmg|msi|apk|pdf|mp3|mp4|avi|mov|wmv|jpe?g|png|gif)$")


def is_bare_url(text: str) -> bool:
    return BARE_URL.match(text) is not None


def story_address(text: str) -> bool:
    """A bare URL that addresses a story (a dated path, a slug of words, a numbered document or thread), not a
    home page, a form, a download or a help page: only such an address, alone under a story, says where it ran."""
    return STORY_PATH.match(text) is not None and DOWNLOAD.search(text.rstrip("/.,;")) is None


def _source_name(text: str) -> tuple[str, int] | None:
    """The publisher at the start of `text` ("The Daily Dot. Copyright 2014" -> "The Daily Dot")."""
    host = regex.match(r"(?:https?://)?(?:www\.)?[\w-]+(?:\.[\w-]+)+(?:/\S*)?", text)
    if host:
        return host.group().rstrip(".,;)"), host.start() + len(host.group().rstrip(".,;)"))
    stop = SOURCE_END.search(text)
    name = text[: stop.start() if stop else len(text)].strip()
    words = name.split()
    if not 1 <= len(words) <= 8 or not (core_word(words[0])[:1].isupper() or core_word(words[0])[:1].isdigit()):
        return None
    return name, len(name)


# the line over a bare URL saying the URL is where the text is published: `Online HTML version of this document is
# available at`, `This article was first published at:`
TOLD_AT = LazyPattern(r"(?i)\b(?:this|the)\s+(?:document|article|page|text|story|post|essay)\b.{0,40}?"
                      r"\b(?:available|published|appeared|posted|found)\s+(?:at|on|here)\s*:?$")


def tells_the_address(above: str) -> bool:
    return TOLD_AT.search(above.rstrip()) is not None


def read_attribution(line: Line, *, last: bool, alone: bool, told: bool = False) -> list[Found]:
    """Attribution on a line at the end of a document: an author box, a story's bare URL (`last` and
    `alone`; or any bare URL under a line that `told` it is where the text is published), `Written by A for X`,
    `Source: <URL>`, `This article first appeared on X`."""
    text = line.text
    if last and told and is_bare_url(text):
        return [Found("source", text.rstrip(".,;"), line.start, line.end, "attribution", True, text)]
    if ATTRIBUTION_CUE.match(text) is None and not (last and alone and is_bare_url(text)):
        return []
    box = AUTHOR_BOX.match(text)
    if box:  # an author box: "More posts by Jane Doe", "Subscribe to Jane Doe's feed"
        feed = FEED_END.search(text)
        body = text[: feed.start()] if feed else text
        names, consumed = read_names(body, box.end(), shout=False)
        if len(names) == 1 and len(names[0].split()) >= 2 and not body[consumed:].strip(" ."):  # "Follow Sarah": no
            return [Found("author", names[0], line.start, line.end, "attribution", True, text)]
        return []
    if last and alone and is_bare_url(text):
        if not story_address(text):
            return []  # a restaurant's home page under its review, a contact form, a download, a help page
        return [Found("source", text.rstrip(".,;"), line.start, line.end, "attribution", True, text)]
    written = WRITTEN_FOR.match(text)
    if written:
        read = _written_for(text, line, written.end())
        if read or not text[:4].lower() == "this":
            return read  # `Written by Jane Doe` alone is a byline's, read by the head's readers
        if regex.search(r"(?i)\bwritten\s+by\s+$", written.group()):
            # `This article was written by Dr. A. Patel, MD (Internal Medicine), …`: a person, no source; `… by a
            # user of the site` names no one
            names, consumed = read_names(text, written.end(), shout=False)
            whole = not text[consumed:].strip(" .")
            names = [without_full_stop(name) for name in names]
            return [Found("author", names[0] if len(names) == 1 else names, line.start, line.end, "attribution",
                          whole, text)] if names else []
        # `This story was produced by ProPublica, a nonprofit newsroom.`: the source
    for pattern in (SOURCE_URL_LEAD, SOURCE_LEAD, ATTRIBUTION, REPUBLISHED):
        lead = pattern.match(text)
        if lead is None:
            continue
        source = _source_name(text[lead.end():])
        if source is None:
            return []
        after = text[lead.end() + source[1]:].strip(" .")
        whole = not after or bool(regex.match(r"(?i)(?:and\s+(?:is|was)\s+)?(?:re)?published\s+(?:here\s+)?with\s+"
                                              r"(?:kind\s+)?permission\W*$|copyright\b", after))
        return [Found("source", source[0], line.start, line.end, "attribution", whole, text)]
    return []


def _written_for(text: str, line: Line, at: int) -> list[Found]:
    """`Written by Jane Doe for Truthout`: the author named from `at`, then the source after `for`."""
    at_for = text.find(" for ", at)
    if at_for == -1:
        return []
    names, consumed = read_names(text[:at_for], at, shout=False)
    rest = regex.match(r"\s+for\s+", text[consumed:])
    if not names or not rest or consumed != at_for:
        return []
    source = _source_name(text[consumed + rest.end():])
    if not source:
        return []
    whole = not text[consumed + rest.end() + source[1]:].strip(" .")
    return [Found("author", names[0] if len(names) == 1 else names, line.start, line.end, "attribution", whole, text),
            Found("source", source[0], line.start, line.end, "attribution", whole, text)]
