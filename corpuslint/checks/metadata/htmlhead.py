"""An HTML page's own title: its `<title>` (the page's metadata) and its `<h1>` (the article's title).

Read as HTML (`html_markup`), a page's `<title>` stands as its first line (`html_lines`), where a whole
page's text keeps it. But it is not a line of the page's text that repeats its metadata: it IS the page's
metadata, its name, and no fix takes its text (`analysis.Structure.edit_problem` refuses one; CL505 does
not offer to remove it as a line repeating the metadata's title, issue 15).
"""

from __future__ import annotations

from corpuslint.analysis import structure
from corpuslint.html_markup import touches_markup
from corpuslint.models import Document


def in_page_title(doc: Document, start: int, end: int) -> bool:
    """Whether text[start:end] of an HTML page reaches into its `<title>`'s text."""
    if doc.origin.format != "html":
        return False
    titles = structure(doc).titles
    return bool(titles) and touches_markup(titles, start, end)
