"""Compiling one validated pack rule: its phrases or patterns into ONE alternation, and the
filters the shared scanner uses to find the lines that alternation can match on."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Protocol

import regex

from corpuslint.packs.literals import analyse, minimal
from corpuslint.packs.schema import PatternsSpec, PhrasesSpec
from corpuslint.textutil import LazyPattern


# marks that may precede boilerplate on its line: bullets, separators, arrows (never quotes)
_LEAD = r"[ \t*•·>|#=~+_\-–—(\[]*"
# marks that may follow a line's whole boilerplate: a colon, an ellipsis, an arrow, never a quotation
# mark (`comment.'''` closes a docstring in a code sample, tester25 #12: a quotation's or a string's end)
_TAIL = r"(?![^\w\n]*[\"'”’`])[^\w\n]*$"
_QUOTES = {"'": "['‘’]", '"': "[\"“”]"}
PLACEHOLDER = regex.compile(r"\{([^{}]*)\}")


def _phrase_regex(phrase: str) -> str:
    parts = []
    for token in phrase.split():
        parts.append("".join(_QUOTES.get(ch, regex.escape(ch)) for ch in token))
    body = r"[^\S\n]+".join(parts)
    stripped = phrase.strip()
    if regex.match(r"\w", stripped[0]):
        body = r"\b" + body
    if regex.match(r"\w", stripped[-1]):
        body += r"\b"
    return body


def _phrase_literal(phrase: str) -> str:
    """The longest word of a phrase, for the literal prefilter (without quotes, which vary)."""
    tokens = [t for t in phrase.split() if not any(q in t for q in "'\"‘’“”")] or [""]
    return max(tokens, key=len)


@dataclass(slots=True, frozen=True)
class CompiledRule:
    pack: str
    path: str
    line: int | None
    spec: PhrasesSpec | PatternsSpec
    regex: Any  # regex.Pattern
    prefilter: tuple[str, ...]  # empty: no prefilter, always scan
    # the scanner's filters (see analyse): line-start heads and required literals of all
    # alternatives; `exact` is False when an alternative has neither (then `prefilter` is used)
    heads: frozenset[str] = frozenset()
    literals: frozenset[str] = frozenset()
    exact: bool = False
    # the multi-literal matcher's keys of the unanchored alternatives; `fast` is False when an
    # alternative has neither heads nor keys (then the `str.find` scan or `prefilter` is used)
    keys: frozenset[str] = frozenset()
    fast: bool = False


def compile_spec(spec: PhrasesSpec | PatternsSpec, fail: Any) -> tuple[Any, tuple[str, ...]]:
    flags = regex.MULTILINE | (regex.IGNORECASE if spec.ignore_case else 0)
    if isinstance(spec, PhrasesSpec):
        alternatives = [_phrase_regex(p) for p in spec.phrases]
        literals = [_phrase_literal(p) for p in spec.phrases]
        prefilter: tuple[str, ...] = () if any(not lit for lit in literals) else tuple(
            sorted({lit.lower() if spec.ignore_case else lit for lit in literals}))
    else:
        alternatives = []
        for index, pattern in enumerate(spec.patterns):
            try:
                compiled = regex.compile(pattern, flags)
            except regex.error as exc:
                fail(f"invalid regex pattern {pattern!r}: {exc}", ("patterns", index))
            if compiled.fullmatch("") is not None:
                fail(f"pattern {pattern!r} matches the empty string", ("patterns", index))
            alternatives.append(pattern)
        prefilter = tuple(sorted({p.lower() if spec.ignore_case else p for p in spec.prefilter}))
    alternation = "|".join(f"(?:{a})" for a in alternatives)
    if spec.anchor == "start":
        source = rf"^{_LEAD}(?P<clhit>{alternation})"
    elif spec.anchor == "whole":
        source = rf"^{_LEAD}(?P<clhit>{alternation}){_TAIL}"
    else:
        source = rf"(?P<clhit>{alternation})"
    try:
        return LazyPattern(source, flags, regex.compile(source, flags)), prefilter
    except regex.error as exc:
        fail(f"the patterns do not combine into one alternation: {exc}", (spec.kind,))
    raise AssertionError  # unreachable: fail() raises


def spec_filters(spec: PhrasesSpec | PatternsSpec) -> tuple[frozenset[str], frozenset[str], bool, frozenset[str], bool]:
    """The filters of all alternatives of a rule: (heads, literals, exact, keys, fast).

    `exact`: every alternative has heads or literals (the `str.find` scan can serve the rule);
    `fast`: every alternative has heads or keys (the multi-literal matcher can).
    """
    flags = regex.MULTILINE | (regex.IGNORECASE if spec.ignore_case else 0)
    sources = [_phrase_regex(p) for p in spec.phrases] if isinstance(spec, PhrasesSpec) else spec.patterns
    anchored = spec.anchor in ("start", "whole")
    heads: set[str] = set()
    literals: set[str] = set()
    keys: set[str] = set()
    exact = fast = True
    for source in sources:
        found = analyse(source, flags, anchored)
        if found is None:
            return frozenset(), frozenset(), False, frozenset(), False
        kind, some, more = found
        if kind == "heads":
            heads.update(some)
            continue
        exact = exact and bool(some)
        fast = fast and bool(more)
        literals.update(some)
        keys.update(more or ())
    if not exact:
        literals.clear()
    if not fast:
        keys.clear()
    return frozenset(heads), frozenset(literals), exact, minimal(frozenset(keys)), fast


class PackMember(Protocol):
    """What the shared scanner and the matcher use of a pack rule (`rule.PackRule`), so that they
    need not import the rule class that uses them."""

    code: str
    name: str
    pack: str
    slot: int
    compiled: CompiledRule
    options: Any

    def _find(self, doc: Any, regions: Any) -> list[Any]: ...
