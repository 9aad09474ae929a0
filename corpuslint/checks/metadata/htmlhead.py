"""An HTML page's own title: its `<title>` (the page's metadata) and its `<h1>` (the article's title).

Read as HTML (`html_markup`), a page's `<title>` stands as its first line (`html_lines`), where a whole
page's text keeps it. But it is not a line of the page's text that repeats its metadata: it IS the page's
metadata, its name, and no fix takes its text (`analysis.Structure.edit_problem` refuses one; CL505 does
not offer to remove it as a line repeating the metadata's title, issue 15).
"""

from __future__ import annotations

import html

from corpuslint.analysis import structure
from corpuslint.checks.metadata.lines import Found
from corpuslint.checks.metadata.titleparts import SEPARATOR
from corpuslint.html_markup import html_layout, touches_markup
from corpuslint.models import Document
from corpuslint.textutil import LazyPattern

_TAG = LazyPattern(r"<[^>]*>")
# a heading's permalink after its words (Sphinx's and MkDocs' `¶`, `#`, `🔗`)
ANCHOR_MARK = LazyPattern(r"\s*[¶§#🔗]\s*$")
_SEPARATOR_BEFORE = LazyPattern(r"\s+(?:[|–—·•:/-]|»|::|--)\s+$")  # (`SEPARATOR` at a part's end)


def in_page_title(doc: Document, start: int, end: int) -> bool:
    """Whether text[start:end] of an HTML page reaches into its `<title>`'s text."""
    if doc.origin.format != "html":
        return False
    titles = structure(doc).titles
    return bool(titles) and touches_markup(titles, start, end)


def heading_title(doc: Document) -> tuple[str, int, int] | None:
    """The page's title as its `<title>` and its first `<h1>` agree on it, with the `<title>`'s span: the `<h1>`'s
    words (without a permalink's `¶`) where the `<title>` is them, alone or with a part before or after a separator
    (`Frequently Asked Questions &#8212; django-taggit 1.3.0 documentation`, `Site | Page`): that part is the site's,
    the `<h1>` the page's own (a whole page's text reader takes its first heading so). None where the page has no
    `<h1>` or the two say different things (the readers of the `<title>`'s line decide then)."""
    if doc.origin.format != "html":
        return None
    s = structure(doc)
    if not s.titles:
        return None
    a, b = s.titles[0]
    layout = html_layout(s.text)
    h1 = next(((x, y) for tag, x, y in layout.kept if tag == "h1"), None)
    if h1 is None:
        return None
    heading = ANCHOR_MARK.sub("", _shown(s.text[h1[0]:h1[1]]))
    title = _shown(s.text[a:b])
    if not heading or not title:
        return None
    if title == heading:
        return heading, a, b
    if title.startswith(heading) and SEPARATOR.match(title, len(heading)) \
            or title.endswith(heading) and _SEPARATOR_BEFORE.search(title[:len(title) - len(heading)]):
        return heading, a, b
    return None


def with_heading_title(doc: Document, found: list[Found]) -> list[Found]:
    """CL504's values with the title an HTML page's `<title>` and `<h1>` agree on (`heading_title`): the title read
    from the `<title>` line cut to it, or, where no reader found one, read so on that line."""
    read = heading_title(doc)
    if read is None:
        return found
    value, a, b = read
    out, seen = [], False
    for item in found:
        if item.field == "title" and isinstance(item.value, str):
            seen = True
            if item.value != value and (touches_markup([(a, b)], item.start, item.end) or item.value.startswith(value)):
                item = Found(item.field, value, item.start, item.end, item.kind, item.whole_line, item.shown)
        out.append(item)
    if not seen:
        out.append(Found("title", value, a, b, "title", True, doc.text[a:b].strip()))
    return out


def _shown(markup: str) -> str:
    """An element's text as the page shows it: its tags out, its character references read, its spaces one."""
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())
