"""Kinds of documents in which a pack rule does not look (`not-in`), recognised by their text.

`licence`: a software or content licence's text (LICENSE.md, a THIRD-PARTY-NOTICES file, a README's
licence section given whole): one of the standard grant, condition or warranty sentences of the
common licences follows the copyright line within a few lines (or the file is named LICENSE, NOTICE,
COPYING and holds one). One such sentence quoted elsewhere in a page does not make its footer a licence. There a copyright line is the
licence's own content (who grants it), not the footer of a page: session 15's qa15b corpus had 238
of 241 CL120 findings in such files.
"""

from __future__ import annotations

import bisect
import functools

from corpuslint.textutil import LazyPattern

# the sentences that make a text a licence, as the licences word them (any case, any wrapping)
_LICENCE = LazyPattern(
    r"(?i)permission[ \t]+is[ \t]+hereby[ \t]+granted,?\s+free[ \t]+of[ \t]+charge"  # MIT, X11
    r"|permission[ \t]+to[ \t]+use,\s+copy,\s+modify,?\s+and(?:/or)?\s+distribute[ \t]+this[ \t]+software"  # ISC
    r"|the[ \t]+software[ \t]+is[ \t]+provided[ \t]+[\"“]as[ \t]+is[\"”]"  # MIT/ISC warranty
    r"|redistribution[ \t]+and[ \t]+use[ \t]+in[ \t]+source[ \t]+and[ \t]+binary[ \t]+forms"  # BSD
    r"|licensed[ \t]+under[ \t]+the[ \t]+apache[ \t]+license"  # Apache's notice
    r"|terms[ \t]+and[ \t]+conditions[ \t]+for[ \t]+use,\s+reproduction,?\s+and[ \t]+distribution"  # Apache 2.0
    r"|everyone[ \t]+is[ \t]+permitted[ \t]+to[ \t]+copy[ \t]+and[ \t]+distribute[ \t]+verbatim[ \t]+copies"  # GNU
    r"|this[ \t]+program[ \t]+is[ \t]+free[ \t]+software(?::|;)?\s+you[ \t]+can[ \t]+redistribute[ \t]+it"  # GPL notice
    r"|this[ \t]+source[ \t]+code[ \t]+form[ \t]+is[ \t]+subject[ \t]+to[ \t]+the[ \t]+terms[ \t]+of[ \t]+the[ \t]+mozilla"
    r"|this[ \t]+is[ \t]+free[ \t]+and[ \t]+unencumbered[ \t]+software[ \t]+released[ \t]+into[ \t]+the[ \t]+public"
)
KINDS = ("licence",)
# a licence names its holder first and grants right after: the grant (or condition) sentence begins
# within this many characters after the copyright line (mkdocs-macros: a 50-character aside between)
NEAR = 400
# a file named as a licence is one when it holds any of the sentences anywhere
_LICENCE_NAME = LazyPattern(r"(?i)^(?:licen[cs]e|notice|copying|third[-_ ]?party[-_ ]?notices?)(?:[-_.].*)?$")


@functools.lru_cache(maxsize=4)
def _starts(text: str) -> tuple[int, ...]:
    """Where the licence sentences of `text` begin (asked once per match of a pack rule: kept)."""
    return tuple(m.start() for m in _LICENCE.finditer(text))


def is_licence(text: str) -> bool:
    """Whether `text` holds a licence's text: one of its standard sentences (anywhere)."""
    return bool(_starts(text))


def licence_at(text: str, end: int, path: str = "") -> bool:
    """Whether the line ending at `end` belongs to a licence: a licence sentence begins within NEAR
    characters after it, or the file is named as a licence (LICENSE, NOTICE, COPYING*) and holds one.
    A page that quotes a licence sentence elsewhere (a news story on an open-source app) is none:
    its copyright footer is still a footer."""
    starts = _starts(text)
    if not starts:
        return False
    index = bisect.bisect_left(starts, end)
    if index < len(starts) and starts[index] - end <= NEAR:
        return True
    name = path.replace("\\", "/").rsplit("/", 1)[-1]
    return bool(name) and _LICENCE_NAME.match(name) is not None


def document_is(kind: str, text: str, end: int, path: str = "") -> bool:
    """Whether the match ending at `end` stands in a document part of `kind` (one of KINDS)."""
    if kind == "licence":
        return licence_at(text, end, path)
    raise ValueError(f"unknown document kind {kind!r}")
