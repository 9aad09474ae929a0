"""Character references: a chain of them decoded, and one escaped twice in an HTML document.

In plain text any reference is markup left over (CL202 decodes it). In HTML references are the
language's own way to write `&` or a no-break space; what shows wrong there is one escaped
again (`&amp;nbsp;`, `&amp;quot;`), which a reader sees as its name.

A reference the text SHOWS as written is talked about, not leaked (entity34: DocBook XSL's reference
page gives the parameter value `*&#x2020;&#x2021;&#x25CA;&#x2720;`; four safe fixes made it `*†‡◊✠`,
changing what the page says). As tags.mentions tells a tag that is a word of its sentence, a
reference is shown when its run (the references glued together, with symbols, no words) stands in
quotes or backticks, inside a code or literal element of a page, or is itself a value: three or
more references to distinct visible characters. Its fix is then unsafe (a person decides).
"""

from __future__ import annotations

import html
import html.entities
from collections.abc import Callable, Iterator

import regex

from corpuslint import rxcache
from corpuslint.checks.markup.ownmarkup import CLOSE_QUOTES, OPEN_QUOTES, named_entity
from corpuslint.models import Fix, Violation
from corpuslint.textutil import LazyPattern, shorten

# `&amp;` once or more, then what it escaped: a reference's body, or nothing (`&amp;amp;`)
CHAIN = rxcache.compile(r"&(?:amp;)+(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})?;?")
_NAMES = frozenset(name.rstrip(";") for name in html.entities.html5)
# any reference, escaped once or more: what a run of references is made of
REFERENCE = LazyPattern(r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
TAG_BEFORE = LazyPattern(r"<[^<>]*>\Z")
TAG_AFTER = LazyPattern(r"<[^<>]*>")
REFERENCE_BEFORE = LazyPattern(r"&(?:amp;)*(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});\Z")
# an element whose content a page shows as written: HTML's code-like elements, or one its class calls literal or code
LITERAL_OPEN = LazyPattern(r"<(code|tt|kbd|samp|pre|var|xmp)\b[^<>]*>|<([a-z][a-z0-9]*)\b[^<>]*\bclass=[\"']?"
                           r"(?:[^\"'<>]*\s)?(?:literal|code|programlisting|screen)[\s\"'>][^<>]*>?", regex.I)
LITERAL_REACH = 2000  # how far back a literal element's opening tag is looked for
VALUE_RUN = 3  # this many references to distinct visible characters glued together: a value, not residue


def decode(raw: str) -> str:
    """A reference (or a double-escaped chain) decoded to what it stands for; a no-break space
    as a space."""
    previous = None
    value = raw
    for _ in range(10):
        if value == previous:
            break
        previous, value = value, html.unescape(value)
    return value.replace("\u00a0", " ")


def escaped_twice(text: str, about: Callable[[str, int], bool | None]) -> Iterator[Violation]:
    """CL202 in an HTML text (its markup blanked): each reference escaped twice or more, with a
    fix that takes off the extra `amp;` (`&amp;amp;nbsp;` → `&nbsp;`). `about` tells a text about
    markup (True: the paragraph names markup, `write &amp;lt; for <`; its fix is unsafe elsewhere)."""
    for m in CHAIN.finditer(text):
        raw = m.group()
        rest = raw[5:]
        while rest.startswith("amp;"):
            rest = rest[4:]
        meant = "&" + rest if rest else "&amp;"
        if meant == raw or not raw.endswith(";") or rest and not _reference(rest[:-1]):
            continue
        if named_entity(text, m.start(), m.end()) or (in_about := about(text, m.start())) is True:
            continue
        yield Violation(m.start(), m.end(), f"HTML entity escaped twice: `{shorten(raw, 50)}` shows as "
                        f"`{shorten(html.unescape(raw), 30)}`", source=rest[:-1] or "amp",
                        fix=Fix.replace(m.start(), m.end(), meant, f"Unescape to `{shorten(meant, 30)}`",
                                        safe=in_about is None and not shown_as_written(text, m.start(), m.end(),
                                                                                       page=True)))


def _reference(body: str) -> bool:
    if body.startswith("#"):
        return body[1:].isdigit() or body[1:2] in "xX" and len(body) > 2
    return body in _NAMES


def shown_as_written(text: str, start: int, end: int, page: bool = False) -> bool:
    """Whether the reference `text[start:end]` is shown as written (see the module's docstring):
    its run of references is quoted, in a code or literal element (`page`: the text is HTML), or a
    value of its own. A leaked `&amp;nbsp;` between a story's words is none of these."""
    run_start, run_end = _run(text, start, end, page)
    inner_start, inner_end = run_start, run_end
    while inner_start < inner_end and text[inner_start] in OPEN_QUOTES:
        inner_start += 1
    while (inner_end > inner_start and text[inner_end - 1] in ".,;:!?)"
           and not REFERENCE_BEFORE.search(text[max(inner_start, inner_end - 50):inner_end])):
        inner_end -= 1  # a sentence's mark after the run, not a reference's own `;`
    opened, closed = inner_start > run_start, False
    if inner_end > inner_start and text[inner_end - 1] in CLOSE_QUOTES:
        inner_end, closed = inner_end - 1, True
    inner = text[inner_start:inner_end]
    references = [html.unescape(_decoded_once(r.group())) for r in REFERENCE.finditer(inner)]
    if any(c.isalnum() for c in REFERENCE.sub("", inner)):
        return False  # a word with a reference glued in (`Hello&amp;nbsp;world`): residue in prose
    opened = opened or _quote_before(text, run_start, page)
    closed = closed or _quote_after(text, run_end, page)
    if opened and closed:
        return True
    if page and _in_literal_element(text, start):
        return True
    visible = {r for r in references if r.strip() and r != "\u00a0" and len(r) == 1 and not r.isspace()}
    return len(visible) >= VALUE_RUN


def _decoded_once(raw: str) -> str:
    while raw.startswith("&amp;") and len(raw) > 5:
        raw = "&" + raw[5:]
    return raw


def _run(text: str, start: int, end: int, page: bool) -> tuple[int, int]:
    """The characters glued to the reference: no white space, and in a page no tag."""
    stops = " \t\r\n\u00a0<>" if page else " \t\r\n\u00a0"
    while start > 0 and text[start - 1] not in stops:
        start -= 1
    while end < len(text) and text[end] not in stops:
        end += 1
    return start, end


def _quote_before(text: str, pos: int, page: bool) -> bool:
    window = text[max(0, pos - 400):pos]
    while page and (tag := TAG_BEFORE.search(window)):
        window = window[:tag.start()]
    if window[-1:] in tuple(OPEN_QUOTES):
        return True
    ref = REFERENCE_BEFORE.search(window[-40:])
    return ref is not None and html.unescape(ref.group()) in OPEN_QUOTES


def _quote_after(text: str, pos: int, page: bool) -> bool:
    while page and (tag := TAG_AFTER.match(text, pos)):
        pos = tag.end()
    if text[pos:pos + 1] and text[pos] in CLOSE_QUOTES:
        return True
    ref = REFERENCE.match(text, pos)
    return ref is not None and html.unescape(ref.group()) in CLOSE_QUOTES


def _in_literal_element(text: str, pos: int) -> bool:
    """Whether `pos` is inside an open code-like element (`<code>`, `<pre>`, `<span class="literal">`)."""
    reach = max(0, pos - LITERAL_REACH)
    last = None
    for last in LITERAL_OPEN.finditer(text, reach, pos):
        pass
    if last is None:
        return False
    name = (last.group(1) or last.group(2)).lower()
    return regex.search(rf"</{regex.escape(name)}\s*>", text[last.end():pos], regex.I) is None
