"""Declarative rule packs: boilerplate phrases and patterns as YAML data.

A pack is one YAML file holding a few rules of the boilerplate family (CL1xx). The packs that
ship with corpuslint live in the top-level `rules/` folder of the repository (installed as
`corpuslint/builtin_packs/`); users add their own with `packs: [path/to/pack.yaml]` in
`corpuslint.yaml`, and plugins through the `corpuslint_register_packs` hook.

The format
==========

```yaml
pack: social                      # the pack's name (kebab-case); used in `source` of findings
description: Share buttons, share counters and "follow us" calls left in the text.
link: https://example.org/why     # optional: where to read more

rules:
  - code: CL101                   # unique; your own packs should use your own prefix (ACME101)
    name: share-counter           # unique, kebab-case
    kind: patterns                # `phrases` (literal) or `patterns` (regex)
    summary: Share-counter widget text ("196 SHARES Facebook Twitter").
    message: "share-counter widget text `{match}`; remove it"
    patterns:
      - '\\d[\\d.,]*\\s*[km]?\\s+shares\\s+(?:facebook|twitter)'
    prefilter: [shares]           # optional (patterns only): literals, one of which is in every match
    scope: line                   # `paragraph` (default) or `line`: what the finding and fix cover
    anchor: start                 # `none` (default), `start` or `whole`
    position: anywhere            # `anywhere` (default), `head` or `tail`
    edge-paragraphs: 8            # head/tail: within the first/last N paragraphs ...
    edge-percent: 25              # ... or within the first/last X% of the text
    max-length: 200               # optional: longer units are prose that quotes the phrase
    ignore-case: true             # default true
    severity: warning             # error, warning (default) or info
    fix: remove                   # `remove` (default) or `none`
    safe: true                    # default false: removal needs --unsafe-fixes; `edge`: safe
                                  # for a whole paragraph at the head/tail, unsafe elsewhere
    enabled: true                 # default true; false = runs only when selected by code/name
    why: Share widgets are page furniture, not the article ...
    example: "196 SHARES Facebook Twitter"
    known-problems: optional text for the documentation
    tests:                        # run by corpuslint's test suite for every shipped pack rule
      fail: ["196 SHARES Facebook Twitter\\n\\nThe article."]
      pass: ["He sold 196 shares of Facebook stock on Monday."]
```

How a rule matches
------------------
* `phrases` are literal and case-insensitive (unless `ignore-case: false`): any run of
  whitespace in a phrase matches any run of whitespace, a straight apostrophe or quote matches
  its curly forms, and a phrase that starts or ends with a letter or digit only matches whole
  words there. `patterns` are `regex` patterns (Python syntax plus the `regex` module's
  extras), compiled with IGNORECASE (unless `ignore-case: false`) and MULTILINE, so `^` and `$`
  are line starts and ends. Use scoped flags such as `(?-i:SHARES)`, not global ones.
* A match never spans lines (phrases match whitespace within a line; write patterns with
  `[ \\t]` rather than `\\s`).
* One finding per unit across rules: the pack rules a linter runs look at a document together
  (`_Group`). Where several report the same or nested spans (a syndication line that also
  holds a copyright notice; a "Read more" line inside a "Follow us" paragraph), only the widest
  is kept, then the lowest code; its `source` ends with `(also CL123 syndication-notice)` and
  `data["also"]` lists the others. A rule that is not selected takes no part, so ignoring
  CL120 lets CL123 report the line.
* Speed: the group scans each document once for all its rules. Each alternative is analysed
  when the pack loads (`_analyse`): a line-start alternative gives the literal text its match
  begins with (found for all rules in one `re` pass over the line starts), any other the
  literals every match holds: multi-word keys such as `follow us on`, all found in one pass of
  `ahocorasick-rs` where it is installed, else single words found by `str.find` on the
  lower-cased text (the same findings, ~4x slower). Each rule's regex then runs only on its
  lines. The `prefilter` below is the fallback for a rule with an alternative the analysis
  cannot read.
* All phrases or patterns of a rule are compiled into ONE alternation. Before it runs, a cheap
  literal search (`str.find`, case-folded unless `ignore-case: false`) looks for the phrases'
  longest words, or for the `prefilter` literals of a `patterns` rule, and the alternation then
  runs only on the lines holding one; a document without any is skipped. So `prefilter` must
  list literals of which every possible match contains at least one (a word of each
  alternative); a `patterns` rule without `prefilter` scans the whole document.
* `anchor` says where on its line the match must stand: `start` = at the start of the line (after
  optional list or separator marks such as `*`, `-`, `—`, `>>`, `|`, `#`, but not quotes, since
  a quoted notice is usually prose quoting it), `whole` = the match is the whole line (trailing
  punctuation aside), `none` = anywhere.
* `scope` is what a finding (and its fix) covers: the whole `paragraph` (a block between blank
  lines) or the `line` that holds the match. One finding per unit, however many matches.
* `max-length` (characters) guards prose: boilerplate is short and stands alone, while an
  article that talks about copyright, or quotes a site's disclaimer, holds the same words inside
  a long paragraph. A paragraph longer than `max-length` is not reported as a whole; only the
  line that holds the match is, if that line is itself within `max-length`.
* `position` limits a rule to the edges of a document, where boilerplate sits: `head` = within
  the first `edge-paragraphs` paragraphs or the first `edge-percent` % of the text, `tail` =
  within the last ones.

Fixes, messages, documentation
------------------------------
* `fix: remove` deletes the unit: a paragraph goes with its blank lines
  (`textutil.block_removal`), so the paragraphs around it keep their spacing; a line inside a
  paragraph goes with its line break. `safe: true` lets `--fix` apply it; otherwise it needs
  `--unsafe-fixes`. Mark a rule safe only where the text can never be content (widget labels,
  legal notices), not where it is a plea an author wrote. `safe: edge` is safe for a whole
  paragraph within `edge-paragraphs`/`edge-percent` of the head or tail (where a site stamps its
  boilerplate) and unsafe elsewhere (where the same words may be the author's).
* `message` may use `{match}` (the matched text, shortened). A finding's `source` is
  `pack/rule-name: matched text`.
* `corpuslint rule CODE` prints a ruff-style page composed from `summary`, the phrases or
  patterns, `why`, `example`, the options, the fix safety and `known-problems`.
* Users may override `max-length`, `position`, `edge-paragraphs` and `edge-percent` of any pack
  rule in their config, like any rule option: `rules: {CL121: {max-length: 500}}`.

Shipped packs and the example pack
----------------------------------
`builtin_pack_paths()` lists only the `*.yaml` files directly inside the packs folder. Files in
sub-folders are not loaded by default: `rules/examples/globalresearch.yaml` is a
publisher-specific template to copy (installed as `corpuslint/builtin_packs/examples/`), and is
enabled only by naming it under `packs:` in a config.

Errors
------
`load_pack` raises `ConfigError` naming the file, the line, the pack, the rule and the key for
malformed YAML, an unknown key (with a suggestion), a typo in `kind`, a missing key, an invalid
value, an invalid regex, a pattern that matches the empty string, an unknown `{placeholder}` in
`message`, and a code or name used twice in one pack. Loaded packs are cached per path (and
modification time), so each is parsed and compiled once per process.
"""

from __future__ import annotations

import bisect
import math
import re
import difflib
import functools
import time
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Annotated, Any, ClassVar, Literal

import regex
from pydantic import BaseModel, ConfigDict, Field, TypeAdapter, ValidationError, create_model

from corpuslint import yamlio
from corpuslint.errors import ConfigError
from corpuslint.models import Document, Fix, Severity, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import BLANK_LINES, LazyPattern, Span, block_removal, shorten

__all__ = ["PackRule", "builtin_pack_dir", "builtin_pack_paths", "load_pack"]

CODE_RE = r"^[A-Z][A-Z0-9]*[0-9]{3}$"
NAME_RE = r"^[a-z][a-z0-9]*(?:-[a-z0-9]+)*$"
KINDS = ("phrases", "patterns")

# -------------------------------------------------------------------------
# Where the shipped packs are
# -------------------------------------------------------------------------


def builtin_pack_dir() -> Path | None:
    """The folder of the shipped packs: `builtin_packs/` in a wheel, `<repo>/rules` in a checkout."""
    here = Path(__file__).resolve().parent
    for candidate in (here / "builtin_packs", here.parent / "rules"):
        if candidate.is_dir():
            return candidate
    return None


def builtin_pack_paths() -> list[Path]:
    """The packs loaded by default: the `*.yaml` files directly inside the packs folder.

    Sub-folders (`examples/`) hold templates that are loaded only when a config names them.
    """
    folder = builtin_pack_dir()
    if folder is None:
        return []
    return sorted(p for p in folder.glob("*.yaml") if p.is_file())


# -------------------------------------------------------------------------
# The schema
# -------------------------------------------------------------------------


class _Strict(BaseModel):
    # `defer_build`: a run whose packs come from the disk cache (all but the first) never
    # validates a pack, so it need not build the validators (~6 ms of every start-up)
    model_config = ConfigDict(extra="forbid", defer_build=True)


class FailCase(_Strict):
    """A `fail` test case with the expected text after the fix."""

    text: str
    fixed: str | None = None


class RuleTests(_Strict):
    pass_: list[str] = Field(default_factory=list, alias="pass")
    fail: list[str | FailCase] = Field(default_factory=list)


class _RuleSpec(_Strict):
    code: str = Field(pattern=CODE_RE)
    name: str = Field(pattern=NAME_RE)
    summary: str | None = None
    message: str = Field(min_length=1)
    severity: Severity = Severity.WARNING
    scope: Literal["line", "paragraph"] = "paragraph"
    anchor: Literal["none", "start", "whole"] = "none"
    position: Literal["anywhere", "head", "tail"] = "anywhere"
    edge_paragraphs: int = Field(8, alias="edge-paragraphs", ge=1)
    edge_percent: float = Field(25.0, alias="edge-percent", gt=0, le=100)
    max_length: int | None = Field(None, alias="max-length", gt=0)
    ignore_case: bool = Field(True, alias="ignore-case")
    fix: Literal["remove", "none"] = "remove"
    # true: always safe; "edge": safe for a whole paragraph at the head or tail of a document (where
    # boilerplate stands), unsafe where the same words stand inside the article; false: unsafe
    safe: bool | Literal["edge"] = False
    enabled: bool = True
    why: str | None = None
    example: str | None = None
    known_problems: str | None = Field(None, alias="known-problems")
    tests: RuleTests = Field(default_factory=RuleTests)


class PhrasesSpec(_RuleSpec):
    kind: Literal["phrases"]
    phrases: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)


class PatternsSpec(_RuleSpec):
    kind: Literal["patterns"]
    patterns: list[Annotated[str, Field(min_length=1)]] = Field(min_length=1)
    prefilter: list[Annotated[str, Field(min_length=1)]] = Field(default_factory=list)


RuleSpec = Annotated[PhrasesSpec | PatternsSpec, Field(discriminator="kind")]


@functools.cache
def _rule_adapter() -> TypeAdapter[PhrasesSpec | PatternsSpec]:
    return TypeAdapter(RuleSpec)


class PackSpec(_Strict):
    pack: str = Field(pattern=NAME_RE)
    description: str = Field(min_length=1)
    link: str | None = None
    rules: list[Any] = Field(min_length=1)


_RULE_KEYS = sorted({f.alias or n for m in (PhrasesSpec, PatternsSpec) for n, f in m.model_fields.items()})
_KIND_KEYS = {"phrases": sorted(f.alias or n for n, f in PhrasesSpec.model_fields.items()),
              "patterns": sorted(f.alias or n for n, f in PatternsSpec.model_fields.items())}
_PACK_KEYS = sorted(f.alias or n for n, f in PackSpec.model_fields.items())

# -------------------------------------------------------------------------
# Compiling a rule
# -------------------------------------------------------------------------

# marks that may precede boilerplate on its line: bullets, separators, arrows (never quotes)
_LEAD = r"[ \t*•·>|#=~+_\-–—(\[]*"
_QUOTES = {"'": "['‘’]", '"': "[\"“”]"}
_PLACEHOLDER = regex.compile(r"\{([^{}]*)\}")


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


# -------------------------------------------------------------------------
# What a pattern needs: the filters of the shared scanner
# -------------------------------------------------------------------------
#
# Each alternative of a rule (a pattern, or a phrase's regex) is parsed once with the standard
# library's regex parser and reduced to a cheap, sound filter for the lines it can match on:
#   * a line-start alternative (`^...`, or any alternative of an `anchor: start/whole` rule)
#     gives its HEADS: the literal text its match must begin with once the leading marks (which
#     are never letters or digits) are skipped, e.g. `become an`, `please`, `support`;
#   * any other alternative gives its REQUIRED literals: a set of which every match holds one
#     (the longest, rarest-looking literal run: `copyright`, `newsletter`, `{facebook, twitter}`),
#     and its KEYS for the multi-literal matcher: the same idea, but multi-word and multiplied
#     out over small alternations (`follow us on`, `like us on`; see `_keys`).
# The scanner finds all heads of all rules with ONE `re` pass over the line starts of a document
# and the keys with ONE pass of the multi-literal matcher (`_FastFilters`, when `ahocorasick-rs`
# is installed), or the required literals with `str.find` on its lower-cased text (`_Scan`);
# each rule's own `regex` then runs only on the lines found. An alternative the parser cannot
# read (syntax of the `regex` module only) or that yields no usable literal makes its rule fall
# back to the `prefilter` literals (or, without them, to scanning the whole document), as before.

try:  # Python 3.11+
    from re import _constants as _C
    from re import _parser as _sre_parse
except ImportError:  # pragma: no cover - Python 3.10
    import sre_constants as _C  # type: ignore[no-redef]
    import sre_parse as _sre_parse  # type: ignore[no-redef]

_HEAD_MAX = 24  # characters of a head kept
_MAX_KEYS = 64  # more heads or literals than this: the filter would be no cheaper than the regex
_MIN_LITERAL = 4  # a required literal shorter than this finds too many lines to be worth it
_SPACE = "\x00"  # stands for a run of horizontal white space in a head
# the white space a blank run (`[ \t]+`, `[^\S\n]+`, `\s` of `re` or `regex`) may hold on one line
# (str.isspace or `regex`'s \s, less the line break; a test checks this against both)
_WS = frozenset("\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
                "\u2007\u2008\u2009\u200a\u2028\u2029\u202f\u205f\u3000")
_REPEATS = {_C.MAX_REPEAT, _C.MIN_REPEAT} | ({_C.POSSESSIVE_REPEAT} if hasattr(_C, "POSSESSIVE_REPEAT") else set())
_ATOMIC = getattr(_C, "ATOMIC_GROUP", None)
_ZERO_WIDTH = {_C.AT, _C.ASSERT, _C.ASSERT_NOT}
_NO_ALNUM_CATEGORIES = {_C.CATEGORY_SPACE, _C.CATEGORY_NOT_WORD, _C.CATEGORY_LINEBREAK}
_BLANK_CATEGORIES = {_C.CATEGORY_SPACE}


class _Opaque(Exception):
    """The analysis cannot say anything useful about this part of a pattern."""


def _class_chars(item: tuple[Any, Any]) -> tuple[bool, bool]:
    """(may match a letter or digit, matches only white space) for a one-character item."""
    op, av = item
    if op is _C.LITERAL:
        ch = chr(av)
        return ch.isalnum(), ch in " \t"
    if op is _C.IN:
        if av and av[0][0] is _C.NEGATE:
            rest = av[1:]
            if any(o is _C.CATEGORY and a is _C.CATEGORY_NOT_SPACE for o, a in rest):
                return False, True  # [^\S\n]: white space only
            word = any(o is _C.CATEGORY and a is _C.CATEGORY_WORD for o, a in rest)
            return not word, False
        alnum = blank = False
        only_blank = True
        for o, a in av:
            if o is _C.LITERAL:
                alnum |= chr(a).isalnum()
                only_blank &= chr(a) in " \t"
            elif o is _C.RANGE:
                lo, hi = a
                alnum |= hi - lo > 512 or any(chr(x).isalnum() for x in range(lo, hi + 1))
                only_blank = False
            elif o is _C.CATEGORY:
                alnum |= a not in _NO_ALNUM_CATEGORIES
                only_blank &= a in _BLANK_CATEGORIES
            else:
                return True, False
        return alnum, only_blank and not alnum
    return True, False  # ANY, NOT_LITERAL, categories outside a class, ...


def _skippable(items: list[Any]) -> bool:
    """True when the items can only match characters that are not letters or digits."""
    for item in items:
        op, av = item
        if op in _ZERO_WIDTH:
            continue
        if op in _REPEATS:
            if not _skippable(av[2].data):
                return False
        elif op is _C.SUBPATTERN:
            if not _skippable(av[-1].data):
                return False
        elif op is _C.BRANCH:
            if not all(_skippable(b.data) for b in av[1]):
                return False
        elif _class_chars(item)[0]:
            return False
    return True


def _heads(items: list[Any], skipping: bool) -> set[tuple[str, bool]]:
    """The possible beginnings of a match of `items`: (text, complete) pairs.

    `text` is lower-cased, white-space runs are `_SPACE`; `complete` says the items ended there
    (the next items may extend the text). While `skipping`, characters that are not letters or
    digits are passed over (the scanner does the same on the line). Raises _Opaque where a
    match may begin with something that is not literal text.
    """
    results: set[tuple[str, bool]] = {("", True)}
    for item in items:
        grown: set[tuple[str, bool]] = set()
        for text, complete in results:
            if not complete or len(text) >= _HEAD_MAX:
                grown.add((text[:_HEAD_MAX], False))
                continue
            for more, done in _item_heads(item, skipping and not text):
                grown.add((text + more, done))
        if len(grown) > _MAX_KEYS:  # keep the shorter beginnings found so far
            return {(text, False) for text, _ in results}
        results = grown
        if not any(done for _, done in results):
            break
    return results


def _item_heads(item: tuple[Any, Any], skipping: bool) -> set[tuple[str, bool]]:
    op, av = item
    if op in _ZERO_WIDTH:
        return {("", True)}
    if op is _C.LITERAL:
        ch = chr(av)
        if skipping and not ch.isalnum():
            return {("", True)}
        return {(_SPACE if ch in " \t" else ch.lower(), True)}
    if op is _C.SUBPATTERN:
        return _heads(av[-1].data, skipping)
    if _ATOMIC is not None and op is _ATOMIC:
        return _heads(av.data, skipping)
    if op is _C.BRANCH:
        out: set[tuple[str, bool]] = set()
        for branch in av[1]:
            out |= _heads(branch.data, skipping)
        return out
    if op in _REPEATS:
        low, high, sub = av
        if skipping and _skippable(sub.data):
            return {("", True)}
        if not skipping and _class_blank(sub.data):
            return {(_SPACE, True)} | ({("", True)} if low == 0 else set())  # `[ \t]*` between words
        inner = _heads(sub.data, skipping)
        if high != 1:
            inner = {(text, False) for text, _ in inner}
        return inner | ({("", True)} if low == 0 else set())
    alnum, _ = _class_chars(item)
    if skipping:
        if alnum:
            raise _Opaque
        return {("", True)}
    return {("", False)}


def _class_blank(items: list[Any]) -> bool:
    return len(items) == 1 and items[0][0] in (_C.IN, _C.LITERAL) and _class_chars(items[0])[1]


def _nested(op: Any, av: Any, recurse: Any) -> frozenset[str] | None:
    """The literals a group, branch or repeat (min >= 1) requires, found by `recurse` on its parts:
    the one walk over a parsed pattern's structure that `_required` and `_keys` share."""
    if op is _C.SUBPATTERN:
        return recurse(av[-1].data)
    if _ATOMIC is not None and op is _ATOMIC:
        return recurse(av.data)
    if op is _C.BRANCH:
        parts = [recurse(b.data) for b in av[1]]
        return frozenset().union(*parts) if all(p is not None for p in parts) else None  # type: ignore[arg-type]
    if op in _REPEATS and av[0] >= 1:
        return recurse(av[2].data)
    return None


def _required(items: list[Any]) -> frozenset[str] | None:
    """A set of lower-cased literals of which every match of `items` holds one (the best found)."""
    options: list[frozenset[str]] = []
    run = ""

    def flush() -> None:
        nonlocal run
        if run:
            options.append(frozenset({run}))
        run = ""

    for item in items:
        op, av = item
        if op is _C.LITERAL:
            run += chr(av).lower()
            continue
        if op in _ZERO_WIDTH:
            continue
        flush()
        found = _nested(op, av, _required)
        if found:
            options.append(found)
    flush()
    options = [o for o in options if len(o) <= _MAX_KEYS and all(_useful(x) for x in o)]
    if not options:
        return None
    return max(options, key=_score)


def _useful(literal: str) -> bool:
    """Long enough to be rare; a non-ASCII sign such as © is rare however short."""
    return len(literal) >= _MIN_LITERAL or (bool(literal) and not literal.isascii())



def _score(option: frozenset[str]) -> float:
    """Higher for a set of fewer, longer literals (the lines it finds are fewer)."""
    return min(len(x) for x in option) - 1.5 * math.log2(len(option))


# -- keys for the multi-literal search ---------------------------------------------------
#
# With a multi-literal matcher (see `_Matcher`) the number of literals costs nothing; what costs
# is how often they occur, since each line they find is then run through the rule's regex. So
# each unanchored alternative gets KEYS: the rarest set of literal strings of which every match
# holds one, built from runs of items whose text is one of a few strings (a word, a small
# alternation, a run of blanks), multiplied out: `(?:follow|like|join)[ \t]+us[ \t]+on` gives
# `follow us on`, `like us on`, `join us on`, where the common words alone (`like`, `join`)
# found 2,600 lines of the dev corpus for CL104. A space in a key stands for any run of
# horizontal white space (the matcher searches the lines holding irregular white space again,
# squeezed). Keys are lower-cased; they are searched in the lower-cased text.

_KEYS_MAX = 256  # keys per alternative: the matcher does not care, the pack load a little

# Rough information content of the commonest English words, from their frequency rank (bits ~
# 4 + log2(rank)); other words count ~2.3 bits per letter. Only used to compare candidate key
# sets of one pattern, so it needs to be about right, not exact.
_COMMON_WORDS = """the of and to a in is you that it he was for on are as with his they i at be this
have from or one had by but not what all were we when your can said there use an each which she
do how their if will up other about out many then them these so some her would make like him into
time has look two more go see no way could people my than first been call who its now find long
down day did get come made may part new also after us our just over year back only most me any
here know take year news well good see only give much even want because very through work say
story read share post page site free sign add help follow join click view show next please video
photo comment support email contact media press watch continue related article more""".split()
_WORD_BITS = {w: 4 + math.log2(rank + 1) for rank, w in reversed(list(enumerate(_COMMON_WORDS)))}


@functools.lru_cache(maxsize=4096)
def _token_bits(token: str) -> float:
    """A word's bits; a piece of a common word (`lease` of `please`) is as common as the word."""
    bits = 2.3 * len(token)
    for word, word_bits in _WORD_BITS.items():
        if token in word:
            bits = min(bits, word_bits)
    return bits


def _key_bits(key: str) -> float:
    """A rough estimate of how rare `key` is (bits: higher is rarer)."""
    return sum(_token_bits(t) for t in key.split()) + 2.0 * key.strip().count(" ")


def _key_cost(keys: frozenset[str]) -> float:
    """How often a key set is expected to occur (lower is better)."""
    return sum(2.0 ** -_key_bits(k) for k in keys)


def _fold(ch: str) -> str:
    return " " if ch in _WS else ch.lower()


def _class_texts(av: list[Any]) -> set[str] | None:
    """The few one-character texts a character class matches (folded), or None."""
    if av and av[0][0] is _C.NEGATE:
        return {" "} if _class_chars((_C.IN, av))[1] else None
    out: set[str] = set()
    for op, a in av:
        if op is _C.LITERAL:
            out.add(_fold(chr(a)))
        elif op is _C.RANGE and a[1] - a[0] < 16:
            out.update(_fold(chr(x)) for x in range(a[0], a[1] + 1))
        else:
            return None
    return out if "\n" not in out else None


def _texts(items: list[Any]) -> set[str] | None:
    """All the texts `items` can match (folded, blank runs as one space), if there are few."""
    out = {""}
    for item in items:
        more = _item_texts(item)
        if more is None:
            return None
        out = {_squeeze_key(a + b) for a in out for b in more}
        if len(out) > _KEYS_MAX:
            return None
    return out


def _squeeze_key(text: str) -> str:
    while "  " in text:
        text = text.replace("  ", " ")
    return text


def _item_texts(item: tuple[Any, Any]) -> set[str] | None:
    op, av = item
    if op is _C.LITERAL:
        ch = chr(av)
        return None if ch == "\n" else {_fold(ch)}
    if op in _ZERO_WIDTH:
        return {""}
    if op is _C.IN:
        return _class_texts(av)
    if op is _C.SUBPATTERN:
        return _texts(av[-1].data)
    if _ATOMIC is not None and op is _ATOMIC:
        return _texts(av.data)
    if op is _C.BRANCH:
        out: set[str] = set()
        for branch in av[1]:
            texts = _texts(branch.data)
            if texts is None:
                return None
            out |= texts
        return out if len(out) <= _KEYS_MAX else None
    if op in _REPEATS:
        low, high, sub = av
        inner = _texts(sub.data)
        if inner is None:
            return None
        if inner == {" "}:  # a run of blanks, however long, is one space
            return {" "} | ({""} if low == 0 else set())
        if high <= 1:
            return inner | ({""} if low == 0 else set())
        return None
    return None


def _keys(items: list[Any]) -> frozenset[str] | None:
    """The rarest set of keys of which every match of `items` holds one (see above)."""
    options: list[frozenset[str]] = []
    run: list[set[str]] = []

    def windows() -> None:
        # every stretch of the run whose texts multiply out to at most _KEYS_MAX keys
        for i in range(len(run)):
            out = {""}
            for texts in run[i:]:
                grown = {_squeeze_key(a + b) for a in out for b in texts}
                if len(grown) > _KEYS_MAX:
                    break
                out = grown
            if all(k.strip() for k in out):
                options.append(frozenset(out))
        run.clear()

    for item in items:
        texts = _item_texts(item)
        if texts is not None:
            run.append(texts)
            continue
        windows()
        op, av = item
        found = _nested(op, av, _keys)
        if found:
            options.append(found)
    windows()
    if not options:
        return None
    return _minimal(min(options, key=_key_cost))


def _minimal(keys: frozenset[str]) -> frozenset[str]:
    """Without the keys that hold another key: the lines those find, the shorter one finds."""
    ordered = sorted(keys, key=len)
    kept: list[str] = []
    for key in ordered:
        if not any(k in key for k in kept):
            kept.append(key)
    return frozenset(kept)


def _analyse(source: str, flags: int, anchored: bool) -> tuple[str, frozenset[str], frozenset[str] | None] | None:
    """The filters of one alternative: ("heads", heads, None) for a line-start alternative, else
    ("literals", literals, keys) (literals for `str.find`, keys for the multi-literal matcher,
    either may be empty: none usable); None: the parser cannot read it."""
    try:
        items = list(_sre_parse.parse(source, flags & (regex.IGNORECASE | regex.MULTILINE)).data)
    except Exception:  # syntax of the `regex` module only, or anything the parser rejects
        return None
    if items and items[0][0] is _C.BRANCH and not anchored:
        # a top-level `a|^b`: each branch on its own would be best; keep it simple and sound
        return "literals", _required(items) or frozenset(), _keys(items)
    own_anchor = bool(items) and items[0] == (_C.AT, _C.AT_BEGINNING)
    if anchored or own_anchor:
        try:
            heads = _heads(items[1:] if own_anchor else items, skipping=True)
        except _Opaque:
            heads = None
        if heads and all(text.strip(_SPACE) for text, _ in heads):
            keys = sorted({text.rstrip(_SPACE) for text, _ in heads})
            # a key that another key begins with is enough (`share` covers `share this`)
            return "heads", frozenset(k for k in keys if not any(k != o and k.startswith(o) for o in keys)), None
    return "literals", _required(items) or frozenset(), _keys(items)


@dataclass(slots=True, frozen=True)
class CompiledRule:
    pack: str
    path: str
    line: int | None
    spec: PhrasesSpec | PatternsSpec
    regex: Any  # regex.Pattern
    prefilter: tuple[str, ...]  # empty: no prefilter, always scan
    # the scanner's filters (see _analyse): line-start heads and required literals of all
    # alternatives; `exact` is False when an alternative has neither (then `prefilter` is used)
    heads: frozenset[str] = frozenset()
    literals: frozenset[str] = frozenset()
    exact: bool = False
    # the multi-literal matcher's keys of the unanchored alternatives; `fast` is False when an
    # alternative has neither heads nor keys (then the `str.find` scan or `prefilter` is used)
    keys: frozenset[str] = frozenset()
    fast: bool = False


def _compile(spec: PhrasesSpec | PatternsSpec, fail: Any) -> tuple[Any, tuple[str, ...]]:
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
        source = rf"^{_LEAD}(?P<clhit>{alternation})[^\w\n]*$"
    else:
        source = rf"(?P<clhit>{alternation})"
    try:
        return LazyPattern(source, flags, regex.compile(source, flags)), prefilter
    except regex.error as exc:
        fail(f"the patterns do not combine into one alternation: {exc}", (spec.kind,))
    raise AssertionError  # unreachable: fail() raises


def _filters(spec: PhrasesSpec | PatternsSpec) -> tuple[frozenset[str], frozenset[str], bool, frozenset[str], bool]:
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
        found = _analyse(source, flags, anchored)
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
    return frozenset(heads), frozenset(literals), exact, _minimal(frozenset(keys)), fast


# -------------------------------------------------------------------------
# Per-document caches shared by all pack rules (the engine runs rules one document at a time)
# -------------------------------------------------------------------------

_layout: tuple[str | None, list[int], list[int]] = (None, [], [])


_BUCKETS = (60, 120, 250, 400, 1500)
_blocks: tuple[str | None, dict[int | None, Any]] = (None, {})


@dataclass(slots=True)
class _Block:
    """The lines of a document no longer than a bound, lowered and joined, with their offsets."""

    hay: str  # "\n".join of the lowered lines
    starts: list[int]  # where each line starts in `hay`
    spans: list[tuple[int, int]]  # each line's (start, end) in the document text


def _block(text: str, bound: int | None) -> _Block | None:
    """Lines of at most `bound` stripped characters (all lines for None), shared by all rules.

    A rule with `max-length` M can only report a line of at most M characters, or a paragraph
    made of such lines, so its literal search needs to look at those lines only: in news text,
    lines of up to 60 characters are 2% of the text, of up to 250 about half. None where
    lowering changed the text's length (a few characters such as U+0130 lower to two).
    """
    global _blocks
    cached = _blocks
    if cached[0] is not text:
        cached = _blocks = (text, {"lines": _split(text)})
    key = next((b for b in _BUCKETS if bound is not None and bound <= b), None)
    blocks = cached[1]
    if key in blocks:
        return blocks[key]
    split = blocks["lines"]
    if split is None:
        block = None
    else:
        low_lines, spans, sizes = split
        chosen = range(len(spans)) if key is None else [i for i, n in enumerate(sizes) if n <= key]
        parts = [low_lines[i] for i in chosen]
        starts, offset = [], 0
        for part in parts:
            starts.append(offset)
            offset += len(part) + 1
        block = _Block("\n".join(parts), starts, [spans[i] for i in chosen])
    blocks[key] = block
    return block


def _split(text: str) -> tuple[list[str], list[tuple[int, int]], list[int]] | None:
    low = text.lower()
    if len(low) != len(text):
        return None
    lines = text.split("\n")
    low_lines = low.split("\n")
    if len(lines) != len(low_lines):
        return None
    spans, sizes, pos = [], [], 0
    for line in lines:
        n = len(line)
        spans.append((pos, pos + n))
        sizes.append(n if not n or not (line[0].isspace() or line[-1].isspace()) else len(line.strip()))
        pos += n + 1
    return low_lines, spans, sizes


def _paragraphs(text: str) -> tuple[list[int], list[int]]:
    """The starts and ends of `textutil.paragraphs(text)` (a test checks they are the same).

    Plain offsets rather than `Span`s, built inline: ~3x faster (a frozen dataclass costs ~1 us
    to create), ~6 ms of the packs' ~80 ms on the dev corpus. Cached for the current document.
    """
    global _layout
    cached = _layout
    if cached[0] is text:
        return cached[1], cached[2]
    starts: list[int] = []
    ends: list[int] = []
    pos = 0
    for block_end, next_start in [m.span() for m in BLANK_LINES.finditer(text)] + [(len(text), 0)]:
        start, end = pos, block_end
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            starts.append(start)
            ends.append(end)
        pos = next_start
    _layout = (text, starts, ends)
    return starts, ends


def _candidate_lines(text: str, hay: str, literals: tuple[str, ...],
                     max_length: int | None = None) -> list[tuple[int, int]]:
    """The lines of `text` holding one of the prefilter literals (found in `hay`, its lowered form).

    Each rule's regex then runs on those lines only, not on the whole document: most lines of
    an article hold none of a rule's literals. A line longer than `max-length` cannot be (or
    hold) a reported unit, so it is skipped too: in prose, that is most lines. Where lowering
    changed the text's length (a few characters such as U+0130 lower to two), offsets would not
    line up: scan everything.
    """
    if len(hay) != len(text):
        return [(0, len(text))] if any(lit in hay for lit in literals) else []  # offsets differ
    found: set[tuple[int, int]] = set()
    find, rfind = hay.find, text.rfind
    n = len(text)
    for lit in literals:
        i = find(lit)
        while i != -1:
            start = rfind("\n", 0, i) + 1
            end = text.find("\n", i)
            if end == -1:
                end = n
            if _short_enough(text, (start, end), max_length):
                found.add((start, end))
            i = find(lit, end)
    return sorted(found)


def _block_lines(block: _Block, literals: tuple[str, ...], max_length: int | None,
                 text: str) -> list[tuple[int, int]]:
    """The document lines in `block` that hold one of `literals`."""
    found: set[tuple[int, int]] = set()
    hay, starts, spans = block.hay, block.starts, block.spans
    find = hay.find
    for lit in literals:
        i = find(lit)
        while i != -1:
            index = bisect.bisect_right(starts, i) - 1
            line = spans[index]
            if _short_enough(text, line, max_length):
                found.add(line)
            nxt = starts[index + 1] if index + 1 < len(starts) else len(hay)
            i = find(lit, nxt)
    return sorted(found)


def _short_enough(text: str, line: tuple[int, int], max_length: int | None) -> bool:
    start, end = line
    return max_length is None or end - start <= max_length or len(text[start:end].strip()) <= max_length


def _scan(pattern: Any, text: str, regions: list[tuple[int, int]], deadline: float) -> Iterator[Any]:
    """Matches of `pattern` inside each region, within one time budget for the whole document."""
    for start, end in regions:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            raise TimeoutError("rule pack pattern ran out of time")
        yield from pattern.finditer(text, start, end, timeout=remaining)


def _line_unit(text: str, start: int, end: int) -> tuple[int, int]:
    """The stripped line(s) holding text[start:end]."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    while line_start < start and text[line_start].isspace():
        line_start += 1
    while line_end > end and text[line_end - 1].isspace():
        line_end -= 1
    return line_start, line_end


def removal_span(text: str, start: int, end: int, paragraph: Span) -> tuple[int, int]:
    """What to delete to remove the unit text[start:end] (a paragraph, or lines of one).

    A whole paragraph goes with its blank lines (`block_removal`). Lines inside a paragraph go
    with one line break: the one after them, or, for the paragraph's last lines, the one before
    them, so the paragraph that remains keeps its blank line to the next.
    """
    if start <= paragraph.start and end >= paragraph.end:
        return block_removal(text, paragraph.start, paragraph.end)
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    if line_end == -1:
        line_end = len(text)
    if text[line_start:start].strip() or text[end:line_end].strip():
        return start, end  # shares its line with other text: take only the unit
    if end >= paragraph.end:
        return max(line_start - 1, 0), line_end
    return line_start, line_end + 1


# -------------------------------------------------------------------------
# The shared scanner: all pack rules of a linter look at a document together
# -------------------------------------------------------------------------

_LINE_HEAD = re.compile(r"(?:[^\w\n]|_)*")  # the marks before a line's first letter or digit
_BLANKS = re.compile(r"[^\S\n]+")


def _trie(keys: list[str]) -> str:
    """One `re` alternation of `keys` as a trie (a space stands for a run of white space)."""
    tree: dict[str, Any] = {}
    for key in keys:
        node = tree
        for ch in key:
            node = node.setdefault(ch, {})
        node[""] = {}

    def emit(node: dict[str, Any]) -> str:
        if "" in node:
            return ""  # a shorter key ends here: it is enough
        parts = [(r"[^\S\n]+" if ch == _SPACE else re.escape(ch)) + emit(child) for ch, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(tree)


class _Group:
    """The pack rules a linter created together, and what they found in the current document.

    The engine creates one instance per enabled rule and hands all pack rules to `PackRule.bind`,
    which makes them one group; pack rules created outside an engine (a test, a script) group by
    creation order instead (no check in between, no class twice, codes increasing). On the first `check` of a document the group scans it once for all its rules
    (`_Scan`), runs each rule's regex on that rule's candidate lines only, and resolves
    overlaps: one finding per unit (see `_resolve`). The other rules' `check` calls on the same
    document return what was found for them. A rule created and checked alone is a group of one.
    """

    _forming: _Group | None = None

    def __init__(self) -> None:
        self.members: list[PackRule] = []
        self.sealed = False
        self._doc: Document | None = None
        self._text: str | None = None
        # each member's findings (or the TimeoutError it raised) in the current document, by
        # its `slot`: a list index, since `check` is called ~20 times per document
        self._results: list[list[Violation] | BaseException | None] = []
        self._filters: tuple[Any, Any, list[str], dict[str, str]] | None = None
        self._fast: _FastFilters | Literal[False] | None = None  # None: not built yet

    @classmethod
    def join(cls, rule: PackRule) -> _Group:
        group = cls._forming
        if (group is None or group.sealed or any(type(m) is type(rule) for m in group.members)
                or group.members[-1].code >= rule.code):
            group = cls._forming = _Group()
        rule.slot = len(group.members)
        group.members.append(rule)
        return group

    def violations(self, rule: PackRule, doc: Document) -> list[Violation]:
        if self._doc is not doc or self._text is not doc.text:
            self._run(doc)
        found = self._results[rule.slot]
        if found is None:
            return []
        if isinstance(found, BaseException):
            raise found
        return found

    def _run(self, doc: Document) -> None:
        self.sealed = True
        if _Group._forming is self:
            _Group._forming = None
        self._doc = None
        text = doc.text
        members = self.members
        results: list[list[Violation] | BaseException | None] = [None] * len(members)
        raw: list[tuple[PackRule, Violation]] = []
        for slot, regions in self._regions(text).items():  # most rules have no candidate line
            member = members[slot]
            try:
                found = member._find(doc, regions)
            except TimeoutError as exc:
                results[slot] = exc
                continue
            raw.extend((member, v) for v in found)
        for member, v in _resolve(raw) if len(raw) > 1 else raw:
            kept = results[member.slot]
            if kept is None:
                results[member.slot] = [v]
            else:
                kept.append(v)  # type: ignore[union-attr]
        self._doc, self._text, self._results = doc, text, results

    def _regions(self, text: str, *, fast: bool = True) -> dict[int, Regions]:
        """The candidate lines in `text` of the members that have any, by slot (OWN: the member
        filters by its own `prefilter`).

        The multi-literal matcher (`_FastFilters`) where it is installed and can serve the
        group, else the `str.find` scan (`_Scan`): the same findings either way, since both
        give every line a rule's regex can match on (and a few more)."""
        if fast:
            if self._fast is None:
                self._fast = _FastFilters.build(self.members) or False
            if self._fast:
                regions = self._fast.regions(text)
                if regions is not None:
                    return regions
        scan = self._scan(text)
        out: dict[int, Regions] = {}
        for slot, member in enumerate(self.members):
            c = member.compiled
            found = scan.regions(c, member.options.max_length) if scan is not None and c.exact else OWN
            if found is not None:
                out[slot] = found
        return out

    def _scan(self, text: str) -> _Scan | None:
        if not any(m.compiled.exact for m in self.members):
            return None
        low = text.lower()
        if len(low) != len(text):
            return None  # a few characters (U+0130) lower to two: offsets would not line up
        if self._filters is None:
            exact = [m.compiled for m in self.members if m.compiled.exact]
            heads = sorted({k for c in exact for k in c.heads})
            literals = sorted({lit for c in exact for lit in c.literals}, key=len)
            # a literal that holds another one adds nothing: its lines hold the shorter one
            searched: list[str] = []
            for lit in literals:
                if not any(other in lit for other in searched):
                    searched.append(lit)
            alias = {lit: next(o for o in searched if o in lit) for lit in literals}
            # one pattern for all lines (the first is matched with a "\n" in front): compiling
            # the heads' alternation costs ~60 ms
            rest = re.compile(r"\n(?:[^\w\n]|_)*" + _trie(heads)) if heads else None
            first = rest
            self._filters = (first, rest, searched, alias)
        return _Scan(text, low, *self._filters)


class _Scan:
    """One document seen by all rules of a group: the lines that start with a rule's head or
    hold one of its required literals. Built once per document, in a few passes of C code."""

    __slots__ = ("text", "low", "head_lines", "literal_lines", "alias", "_heads")

    def __init__(self, text: str, low: str, first: Any, rest: Any, literals: list[str],
                 alias: dict[str, str]) -> None:
        self.text, self.low, self.alias = text, low, alias
        n = len(low)
        head_lines: list[tuple[int, int]] = []
        if first is not None:
            end = low.find("\n")
            if end == -1:
                end = n
            if first.match("\n" + low[:end]):
                head_lines.append((0, end))
            for m in rest.finditer(low):
                start = m.start() + 1
                end = low.find("\n", start)
                head_lines.append((start, n if end == -1 else end))
        self.head_lines = head_lines
        self._heads: list[str] | None = None
        found: dict[str, list[tuple[int, int]]] = {}
        find, rfind = low.find, low.rfind
        for lit in literals:
            i = find(lit)
            if i == -1:
                continue
            lines = found[lit] = []
            while i != -1:
                start = rfind("\n", 0, i) + 1
                end = find("\n", i)
                if end == -1:
                    end = n
                lines.append((start, end))
                i = find(lit, end)
        self.literal_lines = found

    def regions(self, c: CompiledRule, max_length: int | None) -> list[tuple[int, int]] | None:
        """The lines on which rule `c` can match (all of the text for a rule without prefilter)."""
        lines: set[tuple[int, int]] = set()
        if c.heads and self.head_lines:
            if self._heads is None:
                low = self.low
                self._heads = [_BLANKS.sub(_SPACE, low[_LINE_HEAD.match(low, s, e).end():e][:2 * _HEAD_MAX])
                               for s, e in self.head_lines]
            keys = tuple(c.heads)
            lines.update(line for line, head in zip(self.head_lines, self._heads) if head.startswith(keys))
        for lit in c.literals:
            hits = self.literal_lines.get(self.alias[lit])
            if hits:
                lines.update(hits)
        if not lines:
            return None
        if not c.prefilter:
            return [(0, len(self.text))]  # the rule scans the whole document, as it always did
        text = self.text
        return sorted(line for line in lines if _short_enough(text, line, max_length))


# -- the multi-literal matcher -------------------------------------------------------------
#
# `ahocorasick_rs` (optional; `pip install ahocorasick-rs`) finds every key of every rule of a
# group in ONE pass over the document's UTF-8 bytes, lower-cased by `bytes.lower()` (ASCII
# only, ~10x cheaper than `str.lower()` on text with curly quotes): ~10 ms for the 4.8 MB dev
# corpus, where `str.find` of the 34 literals takes ~100 ms and `pyahocorasick` ~50 ms. Since
# the keys are selective (`follow us on`, not `follow`), the rules' regexes then run on ~5x
# fewer lines. Without the module, or for a document it cannot serve, `_Scan` does the work.

OWN = "own"  # a member's regions: the rule filters by its own `prefilter`
Regions = list[tuple[int, int]] | str | None

_AHO: Any = "unset"  # the ahocorasick_rs module, None where it is missing (tests set None)


def _matcher_module() -> Any:
    global _AHO
    if _AHO == "unset":
        try:
            import ahocorasick_rs

            _AHO = ahocorasick_rs if hasattr(ahocorasick_rs, "BytesAhoCorasick") else None
        except ImportError:
            _AHO = None
    return _AHO


# characters that `bytes.lower()` would not lower to the ASCII letter that `str.lower()` or a
# case-insensitive regex makes of them (K KELVIN SIGN, İ, ı, ſ; a test checks the list): a
# document holding one is scanned by `_Scan`, as before. (`in` of one character on the text:
# ~1 ms for the dev corpus; `in` of their UTF-8 bytes on the bytes is ~17 ms.)
_CASE_TRAPS = ("\u212a", "\u0130", "\u0131", "\u017f")
_WS_BYTES = sorted(c.encode() for c in _WS)
# a run of white space (no line break) in UTF-8 bytes
_BLANKS_B = re.compile(b"(?:[" + b"".join(re.escape(c) for c in _WS_BYTES if len(c) == 1) + b"]|"
                       + b"|".join(re.escape(c) for c in _WS_BYTES if len(c) > 1) + b")+")
# marks before a line's first ASCII letter or digit (and all non-ASCII bytes): `(?:[^\w\n]|_)*`
# in bytes; the lines that start with them
_LEAD_RE = re.compile(rb"[^a-zA-Z0-9\n]*")
_MARK_LINES = re.compile(rb"\n[^a-zA-Z0-9\n]+")
# squeezing a line's white space (see `_squeeze`): the one-byte white space characters become
# spaces, the others are replaced where there are any
_WS_ONE = b"".join(c for c in _WS_BYTES if len(c) == 1)
_WS_TABLE = bytes.maketrans(_WS_ONE, b" " * len(_WS_ONE))
_WS_MULTI = tuple(c for c in _WS_BYTES if len(c) > 1)


def _squeeze(line: bytes) -> bytes:
    """`line` with each run of white space as one space (`_BLANKS_B.sub(b" ", line)`, ~3x faster)."""
    line = line.translate(_WS_TABLE)
    if not line.isascii():
        for ws in _WS_MULTI:
            if ws in line:
                line = line.replace(ws, b" ")
    while b"  " in line:
        line = line.replace(b"  ", b" ")
    return line


def _bytes_safe(key: str) -> bool:
    """`bytes.lower()` finds the key wherever `str.lower()` would: no non-ASCII cased letter."""
    return key.isascii() or all(ch.isascii() or ch.lower() == ch.upper() for ch in key)


_DFA_AFTER = 20  # documents a group checks with its NFA before it builds the faster DFA


class _FastFilters:
    """A group's filters for the multi-literal matcher: one automaton of the keys of all its
    rules and of their heads after a line break (each with the bit mask of the rules it serves;
    mask 0 marks irregular white space); the lines that start with marks are looked at apart."""

    __slots__ = ("members", "matcher", "masks", "head_masks", "limits", "whole", "own", "keys", "documents")

    @classmethod
    def build(cls, members: list[PackRule]) -> _FastFilters | None:
        aho = _matcher_module()
        compiled = [m.compiled for m in members]
        if aho is None or not any(c.fast for c in compiled):
            return None
        if not all(_bytes_safe(k) for c in compiled if c.fast for k in (*c.keys, *c.heads)):
            return None
        self = cls()
        self.members = members
        keys: dict[bytes, int] = {}
        for i, c in enumerate(compiled):
            for key in c.keys if c.fast else ():
                kb = key.encode()
                keys[kb] = keys.get(kb, 0) | (1 << i)
        # a line that starts with a head holds "\n" + head: the automaton finds those too; the
        # lines that start with marks (and the first line) are looked at one by one below
        # (`re` with the heads as one alternation took ~60 ms to compile and 6.4 ms per pass)
        by_byte: dict[int, dict[int, list[bytes]]] = {}
        for i, c in enumerate(compiled):
            for head in c.heads if c.fast else ():
                hb = head.replace(_SPACE, " ").encode()
                if not hb[:1].isalnum():  # ASCII letter or digit, as the marks skipped are the rest
                    return None
                keys[b"\n" + hb] = keys.get(b"\n" + hb, 0) | (1 << i)
                by_byte.setdefault(hb[0], {}).setdefault(1 << i, []).append(hb)
        # the members' heads by their first byte, for the lines looked at one by one: a line is
        # compared with the few members whose heads can begin it
        self.head_masks = {byte: [(bit, tuple(hs)) for bit, hs in members.items()]
                           for byte, members in by_byte.items()}
        if any(b" " in k for k in keys):
            # a space in a key stands for a run of white space: lines holding another white
            # space character, or two in a row, are searched again, squeezed (~300 of the
            # 46,000 lines of the dev corpus)
            for marker in (*_WS_BYTES, b"  "):
                if marker != b" ":
                    keys.setdefault(marker, 0)
        # The default NFA first (built in ~0.5 ms), the DFA once a run has shown it checks more
        # than a few documents: the DFA searches ~4x faster (10 ms against 40 ms on the dev corpus)
        # but takes ~7 ms to build, which a pre-commit run on one file would pay for nothing.
        self.keys = list(keys)
        self.documents = 0
        try:
            self.matcher = aho.BytesAhoCorasick(self.keys) if keys else None
        except Exception:  # an older or different ahocorasick_rs
            return None
        self.masks = list(keys.values())
        self.limits = [m.options.max_length for m in members]
        self.whole = [not c.prefilter for c in compiled]  # such a rule scans all of a document it may match in
        self.own = {i: OWN for i, c in enumerate(compiled) if not c.fast}  # members that filter by themselves
        return self

    def _use_dfa(self) -> None:
        aho = _matcher_module()
        try:
            self.matcher = aho.BytesAhoCorasick(self.keys, implementation=aho.Implementation.DFA)
        except Exception:  # too many keys for a DFA, or an ahocorasick_rs without one: keep the NFA
            pass

    def regions(self, text: str) -> dict[int, Regions] | None:
        """The candidate lines of the members that have any, by slot (OWN: the member filters
        by itself); None: `_Scan` must do it (see _CASE_TRAPS)."""
        if not text.isascii() and ("\u212a" in text or "\u0130" in text or "\u0131" in text or "\u017f" in text):
            return None  # _CASE_TRAPS
        self.documents += 1
        if self.documents == _DFA_AFTER and self.matcher is not None:
            self._use_dfa()
        raw = text.encode("utf-8", "surrogatepass")
        hay = raw.lower()
        if b"\r" in hay:
            hay = hay.replace(b"\r\n", b" \n")  # same length; a CR is white space like any other
        found: dict[int, int] = {}  # byte offset of a line start -> bit mask of members
        get = found.get
        matcher = self.matcher
        irregular: set[int] | None = None
        if matcher is not None:
            masks = self.masks
            rfind = hay.rfind
            for key, start, _ in matcher.find_matches_as_indexes(hay, overlapping=True):
                line = rfind(b"\n", 0, start + 1) + 1  # a head's key begins with its line's "\n"
                mask = masks[key]
                if mask:
                    found[line] = get(line, 0) | mask
                elif irregular is None:
                    irregular = {line}
                else:
                    irregular.add(line)
            for line in irregular or ():
                end = hay.find(b"\n", line)
                squeezed = b"\n" + _squeeze(hay[line:len(hay) if end == -1 else end])
                for key, _, _ in matcher.find_matches_as_indexes(squeezed, overlapping=True):
                    if masks[key]:
                        found[line] = get(line, 0) | masks[key]
        head_masks = self.head_masks
        if head_masks:
            # the first line, and the lines that start with marks (bullets, quotes, dashes,
            # spaces; ~8% of the lines): their heads after the marks
            lines = [(m.start() + 1, m.end()) for m in _MARK_LINES.finditer(hay)]
            lines.append((0, _LEAD_RE.match(hay).end()))
            size = len(hay)
            for line, at in lines:
                if at >= size or hay[at] not in head_masks:
                    continue  # no head begins with this letter (or the line is all marks)
                seg = hay
                if irregular is not None and line in irregular:  # squeeze its white space first
                    end = hay.find(b"\n", at)
                    seg, at = _squeeze(hay[at:size if end == -1 else end]), 0
                mask = 0
                for bit, keys in head_masks[seg[at]]:
                    if seg.startswith(keys, at):
                        mask |= bit
                if mask:
                    found[line] = get(line, 0) | mask
        out: dict[int, Regions] = self.own.copy()
        if not found:
            return out
        # byte offsets to character offsets: the same for ASCII text; else add the length of the
        # decoded bytes in between (a line starts on a character boundary)
        ascii_text = len(raw) == len(text)
        byte_at = char_at = 0
        size = len(text)
        limits, whole = self.limits, self.whole
        for line in sorted(found):
            mask = found[line]
            if ascii_text:
                start = line
            else:
                char_at += len(raw[byte_at:line].decode("utf-8", "surrogatepass"))
                byte_at, start = line, char_at
            end = text.find("\n", start)
            if end == -1:
                end = size
            span = (start, end)
            width = end - start
            stripped = -1
            while mask:
                bit = mask & -mask
                mask ^= bit
                i = bit.bit_length() - 1
                if whole[i]:
                    out[i] = [(0, size)]  # as `_Scan.regions`: the whole document, as it always did
                    continue
                limit = limits[i]
                if limit is not None and width > limit:
                    if stripped < 0:
                        stripped = len(text[start:end].strip())
                    if stripped > limit:
                        continue  # longer than the rule's max-length: neither a unit nor in one
                regions = out.get(i)
                if regions is None:
                    out[i] = [span]
                else:
                    regions.append(span)  # type: ignore[union-attr]
        return out


def _resolve(raw: list[tuple[PackRule, Violation]]) -> list[tuple[PackRule, Violation]]:
    """One finding per unit: where pack rules report the same or nested spans, the widest wins,
    then the lowest code; the winner's `source` and `data["also"]` name the others."""
    if len(raw) < 2:
        return raw
    order = sorted(raw, key=lambda mv: (-(mv[1].end - mv[1].start), mv[0].code, mv[1].start))
    kept: list[tuple[PackRule, Violation, list[tuple[PackRule, Violation]]]] = []
    for member, v in order:
        for _, winner, others in kept:
            if winner.start <= v.start and v.end <= winner.end:
                others.append((member, v))
                break
        else:
            kept.append((member, v, []))
    out = []
    for member, v, others in kept:
        if others:
            also = [{"code": m.code, "rule": f"{m.pack}/{m.name}", "match": o.data.get("match")} for m, o in others]
            names = ", ".join(f"{m.code} {m.name}" for m, _ in others)
            v = Violation(start=v.start, end=v.end, message=v.message, fix=v.fix, related=v.related,
                          source=f"{v.source} (also {names})", data={**v.data, "also": also})
        out.append((member, v))
    out.sort(key=lambda mv: (mv[1].start, mv[0].code))
    return out


# -------------------------------------------------------------------------
# The rule class that every pack rule derives from
# -------------------------------------------------------------------------


class PackRule(Rule):
    """Base of the rules created from pack files; `compiled` holds the pack's data."""

    family = "boilerplate"
    compiled: ClassVar[CompiledRule]

    def __init__(self, options: BaseModel | None = None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self.group = _Group.join(self)

    slot: int = 0  # this rule's index in its group

    @classmethod
    def bind(cls, rules: list[Rule]) -> None:
        """The engine's pack rules form exactly one group (whatever other linters were made)."""
        group = _Group()
        for slot, rule in enumerate(sorted(rules, key=lambda r: r.code)):
            rule.group, rule.slot = group, slot
            group.members.append(rule)
        if _Group._forming is not None and any(m in rules for m in _Group._forming.members):
            _Group._forming = None

    def check(self, doc: Document) -> list[Violation]:
        group = self.group
        if group._doc is doc and group._text is doc.text:  # the group ran on this document
            found = group._results[self.slot]
            if found is None:
                return []
            if not isinstance(found, BaseException):
                return found
        return group.violations(self, doc)

    def _find(self, doc: Document, regions: Regions = OWN) -> list[Violation]:
        """This rule's own findings in `doc` (before the group's overlap resolution), on the
        candidate lines `regions` found by the group's scan, or with its own prefilter (OWN)."""
        c = self.compiled
        spec = c.spec
        text = doc.text
        opts = self.options
        max_length = opts.max_length
        if regions is OWN:
            regions = self._own_regions(text)
        if not regions:
            return []
        deadline = time.monotonic() + self.timeout
        position = opts.position
        seen: set[tuple[int, int]] = set()
        starts: list[int] | None = None
        ends: list[int] = []
        found: list[Violation] = []
        for match in _scan(c.regex, text, regions, deadline):
            hit_start, hit_end = match.span("clhit")
            if starts is None:
                starts, ends = _paragraphs(text)
            index = bisect.bisect_right(starts, hit_start) - 1
            if index < 0:
                continue
            para_start, para_end = starts[index], ends[index]
            if hit_end > para_end:
                continue  # the match runs across a blank line: not one unit
            if position != "anywhere" and not self._at_edge(text, starts, ends, index, position, opts):
                continue
            if spec.scope == "paragraph":
                start, end = para_start, para_end
                if max_length is not None and end - start > max_length:
                    start, end = _line_unit(text, hit_start, hit_end)
                    if end - start > max_length or (start, end) == (para_start, para_end):
                        continue
            else:
                start, end = _line_unit(text, hit_start, hit_end)
                if max_length is not None and end - start > max_length:
                    continue
            if (start, end) in seen:
                continue
            seen.add((start, end))
            at_edge = spec.safe == "edge" and (self._at_edge(text, starts, ends, index, "tail", opts)
                                               or self._at_edge(text, starts, ends, index, "head", opts))
            found.append(self._violation(text, match.group("clhit"), start, end, Span(para_start, para_end),
                                         at_edge=at_edge))
        return found

    def _own_regions(self, text: str) -> list[tuple[int, int]]:
        """The lines holding one of the rule's `prefilter` literals (all of the text without)."""
        c = self.compiled
        if not c.prefilter:
            return [(0, len(text))]
        max_length = self.options.max_length
        block = _block(text, max_length) if c.spec.ignore_case else None
        if block is not None:
            return _block_lines(block, c.prefilter, max_length, text)
        hay = text if not c.spec.ignore_case else text.lower()
        return _candidate_lines(text, hay, c.prefilter, max_length)

    @staticmethod
    def _at_edge(text: str, starts: list[int], ends: list[int], index: int, position: str, opts: Any) -> bool:
        n = len(starts)
        cut = len(text) * opts.edge_percent / 100.0
        if position == "tail":
            return index >= n - opts.edge_paragraphs or starts[index] >= len(text) - cut
        return index < opts.edge_paragraphs or ends[index] <= cut

    def _violation(self, text: str, hit: str, start: int, end: int, para: Span, *,
                   at_edge: bool = False) -> Violation:
        c = self.compiled
        spec = c.spec
        short = shorten(hit, 60)
        unit = "paragraph" if (start, end) == (para.start, para.end) else "line"
        fix = None
        if spec.fix == "remove":
            cut_start, cut_end = removal_span(text, start, end, para)
            safe = spec.safe is True or (spec.safe == "edge" and at_edge and unit == "paragraph")
            fix = Fix.delete(cut_start, cut_end, f"Remove the boilerplate {unit}", safe=safe)
        return Violation(
            start=start,
            end=end,
            message=spec.message.replace("{match}", short),
            fix=fix,
            source=f"{c.pack}/{spec.name}: {short}",
            data={"pack": c.pack, "rule": spec.name, "match": hit, "unit": unit},
        )

    # -- documentation -------------------------------------------------------------------

    @classmethod
    def explanation(cls) -> str:
        c = cls.compiled
        spec = c.spec
        summary = spec.summary or _summary_from_message(spec.message)
        lines = ["## What it does", summary, ""]
        unit = "paragraph" if spec.scope == "paragraph" else "line"
        where = {
            "anywhere": "anywhere in a document",
            "head": f"near the start of a document (first {spec.edge_paragraphs} paragraphs or "
                    f"first {spec.edge_percent:g}% of the text)",
            "tail": f"near the end of a document (last {spec.edge_paragraphs} paragraphs or "
                    f"last {spec.edge_percent:g}% of the text)",
        }[spec.position]
        anchor = {"none": "", "start": " at the start of a line", "whole": " standing alone on a line"}[spec.anchor]
        sentence = f"Reports the {unit} holding a match{anchor}, {where}."
        if spec.max_length:
            sentence += (f" A {unit} longer than {spec.max_length} characters is taken for prose that "
                         "quotes the phrase" + (" and only its line is reported if that is short enough."
                                                if spec.scope == "paragraph" else " and is not reported."))
        lines += [sentence, ""]
        case = "case-insensitive" if spec.ignore_case else "case-sensitive"
        if isinstance(spec, PhrasesSpec):
            lines.append(f"It matches these phrases ({case}):")
            items = spec.phrases
        else:
            lines.append(f"It matches these `regex` patterns ({case}):")
            items = spec.patterns
        lines += [f"- `{item}`" for item in items]
        lines += ["", f"Defined in the `{c.pack}` rule pack (`{Path(c.path).name}`).", ""]
        lines += ["## Why is this bad?", spec.why or "Boilerplate is page furniture, not content: it "
                  "repeats across documents, skews statistics and teaches models to produce it.", ""]
        example = spec.example or _first_fail(spec)
        if example:
            lines += ["## Example", "```text", example.strip(), "```", "",
                      "Use instead: the document without it."
                      if spec.fix == "remove" else "Use instead: the document without it.", ""]
        lines += ["## Options",
                  f"- `max-length` (default {spec.max_length}): longest {unit} reported as a whole.",
                  f"- `position` (default `{spec.position}`): `anywhere`, `head` or `tail`.",
                  f"- `edge-paragraphs` (default {spec.edge_paragraphs}) and `edge-percent` "
                  f"(default {spec.edge_percent:g}): how far from the edge `head`/`tail` reach.", ""]
        lines.append("## Fix safety")
        if spec.fix == "none":
            lines.append("No fix: the text needs a person's judgement.")
        elif spec.safe == "edge":
            lines.append(f"The fix removes the {unit} (with its blank lines). It is safe where the finding "
                         "is a whole paragraph at the head or tail of the document (within "
                         f"{spec.edge_paragraphs} paragraphs or {spec.edge_percent:g}% of the text from the "
                         "edge), where such text is the site's, not the author's; elsewhere the same "
                         "words may be the article's own, so the fix there is unsafe.")
        elif spec.safe:
            lines.append(f"The fix removes the {unit} (with its blank lines) and is safe: this text is "
                         "never part of the article.")
        else:
            lines.append(f"The fix removes the {unit} (with its blank lines) and is unsafe: the text may "
                         "be something a person wants to keep, so it is applied only with --unsafe-fixes.")
        if spec.known_problems:
            lines += ["", "## Known problems", spec.known_problems.strip()]
        return "\n".join(lines).strip() + "\n"

    @classmethod
    def source_location(cls) -> tuple[str | None, int | None]:
        return cls.compiled.path, cls.compiled.line


def _summary_from_message(message: str) -> str:
    text = _PLACEHOLDER.sub("…", message).strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _first_fail(spec: _RuleSpec) -> str | None:
    for case in spec.tests.fail:
        return case if isinstance(case, str) else case.text
    return None


def _options_model(spec: _RuleSpec) -> type[BaseModel]:
    return _options_model_with(spec.max_length, spec.position, spec.edge_paragraphs, spec.edge_percent)


@lru_cache(maxsize=None)
def _options_model_with(max_length: int | None, position: str, edge_paragraphs: int,
                        edge_percent: float) -> type[BaseModel]:
    # One model per set of defaults, not per rule: the built-in packs' 35 rules have 6 sets, and
    # each `create_model` cost ~0.7 ms of every start-up (~20 ms in all); `defer_build` leaves the
    # validator unbuilt until a config sets a pack rule's options.
    return create_model(
        "PackRuleOptions",
        __config__=ConfigDict(extra="forbid", populate_by_name=True, defer_build=True),
        max_length=(int | None, Field(max_length, alias="max-length", gt=0, description=(
            "Longest unit (characters) reported as a whole; longer ones are prose quoting the phrase."))),
        position=(Literal["anywhere", "head", "tail"], Field(position, description=(
            "Where in a document a match counts: anywhere, head or tail."))),
        edge_paragraphs=(int, Field(edge_paragraphs, alias="edge-paragraphs", ge=1, description=(
            "head/tail: within this many paragraphs of the edge..."))),
        edge_percent=(float, Field(edge_percent, alias="edge-percent", gt=0, le=100, description=(
            "...or within this percentage of the text from the edge."))),
    )


def _class_name(pack: str, name: str) -> str:
    return "".join(part.capitalize() for part in f"{pack}-{name}".split("-") if part)


# -------------------------------------------------------------------------
# Loading a pack
# -------------------------------------------------------------------------

_CACHE: dict[tuple[str, int, int], list[type[Rule]]] = {}


def load_pack(path: Path) -> list[type[Rule]]:
    """Parse, validate and compile one pack file into rule classes (cached per path)."""
    path = Path(path)
    try:
        stat = path.stat()
        key = (str(path.resolve()), stat.st_mtime_ns, stat.st_size)
    except OSError as exc:
        raise ConfigError(f"cannot read rule pack: {exc.strerror or exc}", path=str(path)) from None
    cached = _CACHE.get(key)
    if cached is None:
        cached = _CACHE[key] = _load(path)
    return list(cached)


def _disk_cache_dir() -> Path | None:
    """Where validated packs are kept between runs: $CORPUSLINT_CACHE_DIR, else the user cache."""
    import os

    if os.environ.get("CORPUSLINT_NO_PACK_CACHE"):
        return None
    base = os.environ.get("CORPUSLINT_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
    try:
        root = Path(base) if base else Path.home() / ".cache"
    except RuntimeError:  # no home directory to be found: simply no cache
        return None
    return (root if os.environ.get("CORPUSLINT_CACHE_DIR") else root / "corpuslint") / "packs"


def _disk_key(raw: bytes) -> str:
    """The pack's bytes, this module's source and corpuslint's version: any change is a miss."""
    import hashlib

    from corpuslint import __version__

    digest = hashlib.blake2b(raw, digest_size=16)
    digest.update(Path(__file__).read_bytes())
    digest.update(__version__.encode())
    return digest.hexdigest()


def _load(path: Path) -> list[type[Rule]]:
    """A pack from the on-disk cache when its bytes were validated before, else parsed anew.

    The YAML parse, the validation and the pattern analysis of the shipped packs cost ~0.6 s,
    most of `corpuslint check one-file.txt`; a cache hit costs a few milliseconds. The cache holds
    only what validation produced (plain data), keyed by the pack's bytes, so a stale or foreign
    entry can never be used; if it cannot be read or written, packs are simply parsed.
    """
    import pickle

    where = str(path)
    try:
        raw = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read rule pack: {exc.strerror or exc}", path=where) from None
    folder = _disk_cache_dir()
    entry = folder / f"{_disk_key(raw)}.pickle" if folder else None
    if entry is not None:
        try:
            with open(entry, "rb") as handle:
                header_pack, items = pickle.load(handle)
            return [_rule_class(header_pack, where, *item) for item in items]
        except Exception:  # missing, unreadable or from another layout: parse the pack instead
            pass
    classes, header_pack, items = _parse(path, raw)
    if entry is not None:
        try:
            import os
            import tempfile

            entry.parent.mkdir(parents=True, exist_ok=True)
            fd, temp = tempfile.mkstemp(dir=entry.parent, suffix=".tmp")
            with os.fdopen(fd, "wb") as handle:
                pickle.dump((header_pack, items), handle, protocol=pickle.HIGHEST_PROTOCOL)
            os.replace(temp, entry)
        except OSError:
            pass
    return classes


def _parse(path: Path, raw: bytes) -> tuple[list[type[Rule]], str, list[tuple]]:
    where = str(path)
    try:
        source = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"rule pack is not valid UTF-8: {exc.reason}", path=where) from None
    try:
        data = yamlio.load(source)
    except yamlio.YamlError as exc:
        raise ConfigError(f"malformed YAML in rule pack: {exc}", path=where, line=exc.line) from None
    if not isinstance(data, dict):
        raise ConfigError("a rule pack must be a mapping with `pack`, `description` and `rules`",
                          path=where, line=1)
    pack_label = f"pack {data.get('pack')!r}" if isinstance(data.get("pack"), str) else "pack"
    try:
        header = PackSpec.model_validate(yamlio.to_plain(data))
    except ValidationError as exc:
        message, line = _describe(exc, data, _PACK_KEYS, 1)
        raise ConfigError(f"{pack_label}: {message}", path=where, line=line) from None
    rules_data = data["rules"]
    classes: list[type[Rule]] = []
    items: list[tuple] = []
    codes: dict[str, int | None] = {}
    names: dict[str, int | None] = {}
    for index, item in enumerate(rules_data):
        item_line = yamlio.line_of(rules_data, index)
        label = _rule_label(index, item)
        if not isinstance(item, dict):
            raise ConfigError(f"pack {header.pack!r}: {label}: a rule must be a mapping of keys",
                              path=where, line=item_line)
        try:
            spec = _rule_adapter().validate_python(yamlio.to_plain(item))
        except ValidationError as exc:
            message, line = _describe(exc, item, _RULE_KEYS, item_line)
            raise ConfigError(f"pack {header.pack!r}: {label}: {message}", path=where, line=line) from None

        def fail(message: str, loc: tuple[Any, ...], _item: Any = item, _label: str = label,
                 _line: int | None = item_line) -> None:
            raise ConfigError(f"pack {header.pack!r}: {_label}: `{loc[0]}`: {message}", path=where,
                              line=_line_at(_item, loc) or _line)

        for seen, key, value in ((codes, "code", spec.code), (names, "name", spec.name)):
            if value in seen:
                fail(f"{key} {value} is used twice in this pack (first on line {seen[value]})", (key,))
            seen[value] = _line_at(item, (key,))
        for placeholder in _PLACEHOLDER.findall(spec.message):
            if placeholder != "match":
                fail(f"unknown placeholder {{{placeholder}}}; only {{match}} is available", ("message",))
        compiled_regex, prefilter = _compile(spec, fail)
        heads, literals, exact, keys, fast = _filters(spec)
        item_data = (spec, item_line, compiled_regex.source, compiled_regex.flags,
                     prefilter, heads, literals, exact, keys, fast)
        items.append(item_data)
        classes.append(_rule_class(header.pack, where, *item_data, spec=spec, pattern=compiled_regex))
    return classes, header.pack, items


def _rule_class(pack: str, where: str, spec_data: PhrasesSpec | PatternsSpec, item_line: int | None,
                source: str, flags: int, prefilter: tuple[str, ...], heads: frozenset[str], literals: frozenset[str], exact: bool,
                keys: frozenset[str], fast: bool, *, spec: PhrasesSpec | PatternsSpec | None = None,
                pattern: LazyPattern | None = None) -> type[Rule]:
    """The rule class of one validated pack rule (from a fresh parse or from the disk cache, which
    holds the validated spec itself: unpickled, it is not validated again)."""
    if spec is None:
        spec = spec_data
    compiled = CompiledRule(pack=pack, path=where, line=item_line, spec=spec,
                            regex=pattern or LazyPattern(source, flags), prefilter=prefilter, heads=heads,
                            literals=literals, exact=exact, keys=keys, fast=fast)
    attrs = {
        "__module__": __name__,
        "__doc__": None,
        "code": spec.code,
        "name": spec.name,
        "family": "boilerplate",
        "summary": spec.summary or _summary_from_message(spec.message),
        "severity": spec.severity,
        "fix_availability": FixAvailability.NONE if spec.fix == "none" else FixAvailability.ALWAYS,
        "default_enabled": spec.enabled,
        "Options": _options_model(spec),
        "compiled": compiled,
        "pack": pack,
    }
    return type(_class_name(pack, spec.name), (PackRule,), attrs)


def _rule_label(index: int, item: Any) -> str:
    if isinstance(item, dict):
        code, name = item.get("code"), item.get("name")
        parts = [str(p) for p in (code, name) if isinstance(p, str)]
        if parts:
            return f"rule {' '.join(parts)}"
    return f"rule #{index + 1}"


def _line_at(data: Any, loc: tuple[Any, ...]) -> int | None:
    """The line of the deepest key of `loc` that the loaded YAML still has."""
    line = None
    node = data
    for key in loc:
        if isinstance(node, dict) and key in node:
            line = yamlio.line_of(node, key) or line
            node = node[key]
        elif isinstance(node, list) and isinstance(key, int) and 0 <= key < len(node):
            line = yamlio.line_of(node, key) or line
            node = node[key]
        else:
            break
    return line


def _describe(exc: ValidationError, data: Any, known: list[str], default_line: int | None) -> tuple[str, int | None]:
    """One readable problem (the first) out of a pydantic error, and its line."""
    errors = exc.errors()
    # an unknown key explains a "missing" one better than the other way round (`phrases` under
    # kind `patterns`), so it is named first
    error = next((e for e in errors if e["type"] == "extra_forbidden"), errors[0])
    loc = tuple(error["loc"])
    kind = data.get("kind") if isinstance(data, dict) else None
    if loc and loc[0] in KINDS and loc[0] == kind:
        loc = loc[1:]  # the discriminator's tag, not a key
    kind_type = error["type"]
    if kind_type == "union_tag_invalid":
        hint = difflib.get_close_matches(str(kind), KINDS, n=1)
        extra = f" (did you mean `{hint[0]}`?)" if hint else ""
        return (f"`kind`: unknown kind {kind!r}{extra}; expected one of: {', '.join(KINDS)}",
                _line_at(data, ("kind",)) or default_line)
    if kind_type == "union_tag_not_found":
        return f"missing key `kind` (one of: {', '.join(KINDS)})", default_line
    key = ".".join(str(p) for p in loc) or "(rule)"
    line = _line_at(data, loc) or default_line
    if kind_type == "extra_forbidden":
        if kind in _KIND_KEYS and len(loc) == 1:
            known = _KIND_KEYS[kind]
            if loc[0] in _RULE_KEYS:
                return f"key `{key}` does not belong to a rule of kind `{kind}`", line
        hint = difflib.get_close_matches(str(loc[-1]), known, n=1)
        extra = f" (did you mean `{hint[0]}`?)" if hint else ""
        return f"unknown key `{key}`{extra}", line
    if kind_type == "missing":
        return f"missing key `{key}`", line
    if kind_type == "string_pattern_mismatch":
        what = {"code": "a code like CL101 or ACME101 (capitals, then 3 digits)",
                "name": "a kebab-case name like share-counter",
                "pack": "a kebab-case name like social"}.get(str(loc[-1]), error["msg"])
        return f"`{key}`: {error.get('input')!r} is not {what}", line
    return f"`{key}`: {error['msg']}", line
