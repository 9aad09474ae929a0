"""Character references: a chain of them decoded, and one escaped twice in an HTML document.

In plain text any reference is markup left over (CL202 decodes it). In HTML references are the
language's own way to write `&` or a no-break space; what shows wrong there is one escaped
again (`&amp;nbsp;`, `&amp;quot;`), which a reader sees as its name.
"""

from __future__ import annotations

import html
import html.entities
from collections.abc import Callable, Iterator

from corpuslint import rxcache
from corpuslint.checks.markup.ownmarkup import named_entity
from corpuslint.models import Fix, Violation
from corpuslint.textutil import shorten

# `&amp;` once or more, then what it escaped: a reference's body, or nothing (`&amp;amp;`)
CHAIN = rxcache.compile(r"&(?:amp;)+(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31})?;?")
_NAMES = frozenset(name.rstrip(";") for name in html.entities.html5)


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
                                        safe=in_about is None))


def _reference(body: str) -> bool:
    if body.startswith("#"):
        return body[1:].isdigit() or body[1:2] in "xX" and len(body) > 2
    return body in _NAMES
