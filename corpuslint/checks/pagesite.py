"""The site a document comes from (`site_of`): its metadata's, else a folder named like a host,
else, when neither says, what the document itself shows, only where that is evidence of one site:

- A URL field the metadata has under another name than `Document.metadata_site` reads
  (`canonical_url`, `permalink`, `source_url`, a WARC record's `WARC-Target-URI`): its host.
- A whole page's text (a scraper's, a WET record's: the page's `<title>` as its first line) whose
  `<title>` ends with the site's name, `Headline | Example News`, where the page bears that part out
  as the site's and not a section's: it is a host itself (`Salon.com`), a copyright line of the
  page names it (`© 2019 Example News`, `Copyright Example News Inc.`), or it is the name of a host
  the page writes, the label before the host's suffix (`New Zealand - Wikipedia` with
  `en.wikipedia.org` on the page; not `news.example.com` for `News`). A part the page merely prints
  again on a line of its own (`Politics`, a menu's entry) is not enough: sections of many sites share
  such names.

The name stands for the site as the page writes it (case-folded, one space between words): two
pages of one site whose `<title>`s end alike get the same site; a page with a URL field gets the
host, as the metadata's own site fields give.
"""

from __future__ import annotations

import os
from urllib.parse import urlsplit

import regex

from corpuslint.models import Document
from corpuslint.textutil import LazyPattern, word_key

URL_FIELDS = ("canonical_url", "permalink", "source_url", "target_uri", "WARC-Target-URI", "warc_target_uri")
# what a <title> puts between the headline and the site's name: ` | `, ` - `, ` – `, ` — `, ` :: `, ` « `, ` » `
TITLE_SEPARATOR = LazyPattern(r"\s+(?:[|–—«»-]|::)\s+")
HOST = LazyPattern(r"(?i)(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}")
HOST_IN_TEXT = LazyPattern(r"(?i)(?<![\w@.-])(?:[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?\.)+[a-z]{2,24}(?![\w-])")
COPYRIGHT = LazyPattern(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b")
_SEPARATOR_MARKS = ("|", "-", "–", "—", "«", "»", "::")  # what a TITLE_SEPARATOR holds, one at least
FIRST_LINE_CHARS = 300
SITE_WORDS = 5  # the longest site name taken (`The Atlantic Monthly Group` and shorter)
COPYRIGHT_CHARS = 200  # a copyright line, not a paragraph that mentions one


def host_of(value: str) -> str | None:
    value = value.strip().lower()
    if not value or ("." not in value and "/" not in value):
        return None
    try:
        host = urlsplit(value if "//" in value else "//" + value).hostname
    except ValueError:
        return None
    return host.removeprefix("www.") if host and "." in host else None


def shown_site(doc: Document) -> str | None:
    """The site the document shows (module docstring), or None."""
    metadata = doc.metadata or {}
    for name in URL_FIELDS:
        value = metadata.get(name)
        if isinstance(value, str) and (host := host_of(value)):
            return host
    return title_site(doc.text)


def title_site(text: str) -> str | None:
    """The site's name a whole page's `<title>` (its first line, alone over a blank line) ends with,
    when the page bears it out as the site's: a host, or the name a copyright line of the page gives."""
    cut = text.find("\n", 0, FIRST_LINE_CHARS + 1)  # (a longer first line is no title)
    if cut == -1 or cut > FIRST_LINE_CHARS or not text.startswith("\n", cut + 1):
        return None
    title = text[:cut].strip()
    if not any(mark in title for mark in _SEPARATOR_MARKS):  # (most first lines: no split to try)
        return None
    parts = TITLE_SEPARATOR.split(title)
    if len(parts) < 2:
        return None
    part = parts[-1].strip()
    if HOST.fullmatch(part):
        return part.lower().removeprefix("www.")
    key = word_key(part)
    if not key or len(key.split()) > SITE_WORDS or not regex.search(r"\p{Lu}", part):
        return None
    padded = f" {key} "
    squashed = key.removeprefix("the ").replace(" ", "")
    for line in text[cut:].splitlines():
        if len(line) <= COPYRIGHT_CHARS and COPYRIGHT.search(line) and padded in f" {word_key(line)} ":
            return key
        if len(squashed) >= 4 and squashed in line.lower() and any(
                m.group(0).lower().split(".")[-2] == squashed for m in HOST_IN_TEXT.finditer(line)):
            return key
    return None


# a folder named like a host (`www.example.com`, `example.co.uk`): its files are that site's pages
_DOMAIN = LazyPattern(r"^(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}$")
# ... but not a temporary folder of `mktemp -d` (`tmp.iVNYidweed`): a random suffix, no site's (qa23: three
# copies of FOLDOC excerpts in one gave 106 CL151 findings, "3 of them from tmp.ivnyidweed"; none elsewhere)
_MKTEMP = LazyPattern(r"^tmp\.[A-Za-z0-9]{6,}$")


_LAST_SITE: list = [(None, None, None, None)]  # (text, metadata, path, site) of the last document


def site_of(doc: Document) -> str | None:
    """The site a document comes from: its metadata's (`Document.metadata_site`), else a parent
    folder named like a host, else what the document shows of one site (`pagesite.shown_site`).

    The last document's is kept: `features` and CL502 ask for every document (~0.1 s per 10 MB)."""
    text, meta, path, site = _LAST_SITE[0]
    if text is doc.text and meta is doc.metadata and path == doc.origin.path:  # (both kept: no id reused)
        return site
    site = _site_of(doc)
    _LAST_SITE[0] = (doc.text, doc.metadata, doc.origin.path, site)
    return site


def remember_site(doc: Document, site: str | None) -> None:
    """Make `site_of(doc)` return `site`, found for this very document elsewhere (corpuslint.dist:
    the corpus job's first stage found it; its last stage reads the same document again)."""
    _LAST_SITE[0] = (doc.text, doc.metadata, doc.origin.path, site)


def _site_of(doc: Document) -> str | None:
    site = doc.metadata_site()
    if site:
        return site
    return folder_site(doc.origin.path) or shown_site(doc)


_ABSPATH: list = [None, None, None]  # (path, working folder, absolute path) of the last call
_FOLDER_SITE: list = [None, None]  # (absolute path, site) of the last call


def abspath(path: str) -> str:
    """`os.path.abspath`, the last answer kept: a JSONL file's documents all ask for the same path
    (`site_of` and the features' key, for each document twice a run)."""
    cwd = os.getcwd()
    if _ABSPATH[0] != path or _ABSPATH[1] != cwd:
        _ABSPATH[:] = [path, cwd, os.path.abspath(path)]
    return _ABSPATH[2]


def folder_site(path: str) -> str | None:
    """The site a file's parent folder is named after (`www.example.com/page.txt`), or None."""
    full = abspath(path)
    if _FOLDER_SITE[0] != full:
        name = os.path.basename(os.path.dirname(full))
        folder = name.lower()
        site = _DOMAIN.match(folder) is not None and _MKTEMP.match(name) is None
        _FOLDER_SITE[:] = [full, folder.removeprefix("www.") if site else None]
    return _FOLDER_SITE[1]
