"""Kinds of documents in which a pack rule does not look (`not-in`), recognised by their text.

`licence`: a document whose text is a software or content licence (LICENSE.md, a
THIRD-PARTY-NOTICES file, a README's licence section given whole): it holds one of the standard
grant, condition or warranty sentences of the common licences. There a copyright line is the
licence's own content (who grants it), not the footer of a page: session 15's qa15b corpus had 238
of 241 CL120 findings in such files.
"""

from __future__ import annotations

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
_last: tuple[str | None, bool] = (None, False)  # the last text asked about, and the answer (rules ask in a row)


def is_licence(text: str) -> bool:
    """Whether `text` is (or holds) a licence's text: one of its standard sentences."""
    global _last
    last = _last
    if last[0] is text:
        return last[1]
    found = _LICENCE.search(text) is not None
    _last = (text, found)
    return found


def document_is(kind: str, text: str) -> bool:
    """Whether `text` is a document of `kind` (one of KINDS)."""
    if kind == "licence":
        return is_licence(text)
    raise ValueError(f"unknown document kind {kind!r}")
