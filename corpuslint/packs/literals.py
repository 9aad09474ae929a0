"""Reading a regex for what every match must hold: the cheap, sound filters of the shared scanner
(line-start heads, required literals, keys for the multi-literal matcher)."""

from __future__ import annotations

import functools
import math
from typing import Any

import regex

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
# and the keys with ONE pass of the multi-literal matcher (`FastFilters`, when `ahocorasick-rs`
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

HEAD_MAX = 24  # characters of a head kept
_MAX_KEYS = 64  # more heads or literals than this: the filter would be no cheaper than the regex
_MIN_LITERAL = 4  # a required literal shorter than this finds too many lines to be worth it
SPACE = "\x00"  # stands for a run of horizontal white space in a head
# the white space a blank run (`[ \t]+`, `[^\S\n]+`, `\s` of `re` or `regex`) may hold on one line
# (str.isspace or `regex`'s \s, less the line break; a test checks this against both)
WS = frozenset("\t\x0b\x0c\r\x1c\x1d\x1e\x1f \x85\xa0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006"
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
        alnum = False
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

    `text` is lower-cased, white-space runs are `SPACE`; `complete` says the items ended there
    (the next items may extend the text). While `skipping`, characters that are not letters or
    digits are passed over (the scanner does the same on the line). Raises _Opaque where a
    match may begin with something that is not literal text.
    """
    results: set[tuple[str, bool]] = {("", True)}
    for item in items:
        grown: set[tuple[str, bool]] = set()
        for text, complete in results:
            if not complete or len(text) >= HEAD_MAX:
                grown.add((text[:HEAD_MAX], False))
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
        return {(SPACE if ch in " \t" else ch.lower(), True)}
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
            return {(SPACE, True)} | ({("", True)} if low == 0 else set())  # `[ \t]*` between words
        inner = _heads(sub.data, skipping)
        if high != 1:
            inner = {(text, False) for text, _ in inner}
        return inner | ({("", True)} if low == 0 else set())
    alnum, _ = _class_chars(item)
    if skipping:
        if alnum:
            raise _Opaque
        return {("", True)}
    if op is _C.IN and len(av) <= _CLASS_CHARS and all(o is _C.LITERAL for o, _ in av):
        # `(?:で|を)` parses as the class `[でを]`: each of its characters, as a branch would give
        return {(SPACE if chr(a) in " \t" else chr(a).lower(), True) for _, a in av}
    return {("", False)}


_CLASS_CHARS = 8  # a class of at most this many characters is read as their alternation


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
    return " " if ch in WS else ch.lower()


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
    return minimal(min(options, key=_key_cost))


def minimal(keys: frozenset[str]) -> frozenset[str]:
    """Without the keys that hold another key: the lines those find, the shorter one finds."""
    ordered = sorted(keys, key=len)
    kept: list[str] = []
    for key in ordered:
        if not any(k in key for k in kept):
            kept.append(key)
    return frozenset(kept)


def analyse(source: str, flags: int, anchored: bool) -> tuple[str, frozenset[str], frozenset[str] | None] | None:
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
        if heads and all(text.strip(SPACE) for text, _ in heads):
            keys = sorted({text.rstrip(SPACE) for text, _ in heads})
            # a key that another key begins with is enough (`share` covers `share this`)
            return "heads", frozenset(k for k in keys if not any(k != o and k.startswith(o) for o in keys)), None
    return "literals", _required(items) or frozenset(), _keys(items)


