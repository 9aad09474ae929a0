"""Repetitions a Markdown (or HTML) document's author wrote on purpose, which CL401-CL403 do not report.

A lead-in is never reported (in HTML, a documentation page's only: a web page's widget may end with a
colon). Copies with a heading between them are not reported in a
documentation-shaped page (one with code: a fenced block or a few inline code spans) nor when
either is quoted (each section quoting its source: a notices file's licences); in another
page they are, with an unsafe fix only (a scraped story's lede repeated under `## More from the
region` is a copy, review15 t1). qa15b's docs corpus: 29 such findings would come back without
the code test, all in pages with code.
A scraper's copy is the same paragraph twice in one stretch of text: a widget rendered twice, a
lede given again under its teaser. A documentation page repeats itself by design: each section
of a reference says "Type annotations can as usual be overridden …" again (griffe's Google and
Numpydoc halves), each release entry of a changelog opens with its own intro, each package of a
THIRD-PARTY-NOTICES file quotes its MIT licence, and a lead-in ("While this will succeed (and is
what `--fix` would yield):") introduces each code block under it. Removing either copy takes a
section's own text away; the real files are in tests/data/markdown_docs (session 15, qa15b's
corpus: 110 of 113 CL402 findings were such repetitions, none a scraper's copy).
"""

from __future__ import annotations

import re

from corpuslint.analysis import Role, source_text, structure
from corpuslint.models import Document

# what may close a lead-in after its colon: emphasis, a bracket, quotes
_LEAD_IN_TAIL = "*_)]\"'’” \t"
_INLINE_CODE = re.compile(r"`[^`\n]+`")
INLINE_CODE_SPANS = 5
_HTML_HEAD = re.compile(r"<(?:h[1-6]|dt)\b", re.IGNORECASE)
_HTML_PRE = re.compile(r"<pre\b", re.IGNORECASE)
_HTML_CODE = re.compile(r"<(?:code|kbd|samp)\b", re.IGNORECASE)


def authored_repeat(doc: Document, earlier: tuple[int, int], later: tuple[int, int]) -> str:
    """Why the two copies may be the author's own repetition in a Markdown or HTML document ("" if they
    are not): lead-ins that end with a colon ("lead-in": each introduces the code, list or table
    under it), a heading between them in a documentation page ("section": each is its section's)
    or in another page ("heading": maybe a scraper's copy under a teaser heading)."""
    text = doc.text
    for start, end in (earlier, later):
        if text[start:end].rstrip(_LEAD_IN_TAIL).endswith(":") and (doc.origin.format != "html" or _documentation(doc)):
            return "lead-in"  # (a web page's `Sign up for our newsletter:` twice is its widget's: only a docs page's)
    if heading_between(doc, earlier, later):
        if _documentation(doc) or in_quotation(doc, earlier) or in_quotation(doc, later):
            return "section"  # a docs section's own text, or each section quoting its source
        return "heading"
    return ""


def heading_between(doc: Document, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """Whether a heading stands between the copies (Markdown's, or a plain text's underlined title:
    each section of a reST page may end with its own "For more information, refer to the
    `package overview`__.", whose link is the section's own; in HTML an `<h1>`-`<h6>`, markup rules do
    not see, or a definition list's term: two themes' `locale` options, two variables' descriptions)."""
    if doc.origin.format == "html":
        return _HTML_HEAD.search(source_text(doc), earlier[1], later[0]) is not None
    s = structure(doc)
    first, last = s.line_of(earlier[1]), s.line_of(later[0])
    return s.has_role_between(Role.HEADING, first, last)


def _documentation(doc: Document) -> bool:
    """Whether a Markdown or HTML page is documentation-shaped: it shows code (a fenced block or a `<pre>`,
    or a few inline code spans), which a news story or blog post converted to Markdown rarely does."""
    if doc.origin.format == "html":  # (its tags: a web page's lines of symbols may read as code in the view)
        source = source_text(doc)
        return _HTML_PRE.search(source) is not None or len(_HTML_CODE.findall(source)) >= INLINE_CODE_SPANS
    if Role.CODE in structure(doc).line_role:
        return True
    # the rules' text has the markup blanked: count the spans in the file's own
    return len(_INLINE_CODE.findall(source_text(doc), 0, 20_000)) >= INLINE_CODE_SPANS


def in_quotation(doc: Document, span: tuple[int, int]) -> bool:
    """Whether a copy is (part of) a Markdown quotation: quoted text (a licence, a warning) that the
    document gives as it was written, whose lines no safe fix takes."""
    s = structure(doc)
    return s.line_role[s.line_of(span[0])] is Role.QUOTE
