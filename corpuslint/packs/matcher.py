"""The multi-literal matcher: every key of every rule of a group found in ONE pass of
`ahocorasick-rs` over the document's bytes; `scanner._Scan` does the same work without it."""

from __future__ import annotations

import itertools
import re
from typing import Any

from corpuslint.packs.blocks import OWN, Regions
from corpuslint.packs.compile import PackMember
from corpuslint.packs.literals import HEAD_MAX, SPACE, WS

# -- the multi-literal matcher -------------------------------------------------------------
#
# `ahocorasick_rs` (optional; `pip install ahocorasick-rs`) finds every key of every rule of a
# group in ONE pass over the document's UTF-8 bytes, lower-cased by `bytes.lower()` (ASCII
# only, ~10x cheaper than `str.lower()` on text with curly quotes): ~10 ms for the 4.8 MB dev
# corpus, where `str.find` of the 34 literals takes ~100 ms and `pyahocorasick` ~50 ms. Since
# the keys are selective (`follow us on`, not `follow`), the rules' regexes then run on ~5x
# fewer lines. Without the module, or for a document it cannot serve, `_Scan` does the work.

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
_WS_BYTES = sorted(c.encode() for c in WS)
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


_MAX_VARIANTS = 16  # case spellings of a head's non-ASCII letters the automaton holds


def _variants(head: str) -> list[str] | None:
    """The spellings of a lower-cased `head` that `bytes.lower()` can leave in a line: its
    non-ASCII cased letters in either case ("síguenos", "sÍguenos"); None: too many."""
    options = []
    for ch in head:
        up = ch.upper()
        options.append((ch, up) if not ch.isascii() and len(up) == 1 and up != ch and up.lower() == ch else (ch,))
    count = 1
    for o in options:
        count *= len(o)
    if count > _MAX_VARIANTS:
        return None
    return ["".join(p) for p in itertools.product(*options)]


def _servable(c: Any) -> bool:
    """The automaton finds every line of the member: its keys are `_bytes_safe`, and each head
    either starts with an ASCII letter or digit and has few case spellings, or starts with
    another character (looked for in the lines that start with non-ASCII bytes, see `_wide_head`)."""
    return (all(_bytes_safe(k) for k in c.keys)
            and all(not h.encode()[:1].isascii() or (h.encode()[:1].isalnum() and _variants(h) is not None)
                    for h in c.heads))


# a head that starts with a non-ASCII letter ("поделитесь", "この記事を"): the bytes' marks
# (`_LEAD_RE`) swallow it, so it is read from the line's text as `scanner._Scan` reads heads
_LINE_HEAD = re.compile(r"(?:[^\w\n]|_)*")  # the marks before a line's first letter or digit
_BLANKS = re.compile(r"[^\S\n]+")
_WIDE_LINE = 1024  # bytes of a line read for its head


def _wide_head(hay: bytes, line: int, size: int) -> str:
    """The head of the line at byte `line` of `hay`: lower-cased, marks skipped, blanks as SPACE."""
    end = hay.find(b"\n", line)
    end = size if end == -1 else end
    low = hay[line:min(end, line + _WIDE_LINE)].decode("utf-8", "ignore").lower()
    return _BLANKS.sub(SPACE, low[_LINE_HEAD.match(low).end():][:2 * HEAD_MAX])


_DFA_AFTER = 20  # documents a group checks with its NFA before it builds the faster DFA


class FastFilters:
    """A group's filters for the multi-literal matcher: one automaton of the keys of all its
    rules and of their heads after a line break (each with the bit mask of the rules it serves;
    mask 0 marks irregular white space); the lines that start with marks are looked at apart."""

    __slots__ = ("members", "matcher", "masks", "head_masks", "wide_heads", "wide_first", "limits", "whole", "own", "keys",
                 "documents")

    @classmethod
    def build(cls, members: list[PackMember]) -> FastFilters | None:
        aho = _matcher_module()
        compiled = [m.compiled for m in members]
        # a member the automaton cannot serve (a key with a non-ASCII cased letter, a head that
        # starts with a non-ASCII letter: "поделитесь", "この記事") filters by its own prefilter
        served = [c.fast and _servable(c) for c in compiled]
        if aho is None or not any(served):
            return None
        self = cls()
        self.members = members
        keys: dict[bytes, int] = {}
        for i, c in enumerate(compiled):
            for key in c.keys if served[i] else ():
                kb = key.encode()
                keys[kb] = keys.get(kb, 0) | (1 << i)
        # a line that starts with a head holds "\n" + head: the automaton finds those too; the
        # lines that start with marks (and the first line) are looked at one by one below
        # (`re` with the heads as one alternation took ~60 ms to compile and 6.4 ms per pass)
        by_byte: dict[int, dict[int, list[bytes]]] = {}
        wide: dict[int, list[str]] = {}
        for i, c in enumerate(compiled):
            for head in c.heads if served[i] else ():
                if not head.isascii() and not head.encode()[:1].isascii():
                    wide.setdefault(1 << i, []).append(head)
                    continue
                for spelling in _variants(head) or ():
                    hb = spelling.replace(SPACE, " ").encode()
                    keys[b"\n" + hb] = keys.get(b"\n" + hb, 0) | (1 << i)
                    by_byte.setdefault(hb[0], {}).setdefault(1 << i, []).append(hb)
        self.wide_heads = [(bit, tuple(hs)) for bit, hs in wide.items()]
        self.wide_first = frozenset(h[0] for hs in wide.values() for h in hs)  # lower-cased
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
        self.own = {i: OWN for i in range(len(compiled)) if not served[i]}  # members that filter by themselves
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
            # the line start of each match, found by scanning forward from the last one: the matches come
            # in order, so the text is read once (a backwards scan per match was quadratic on one huge line,
            # tester34: a 7.7 MB single-line document never finished)
            scanned, line_start = 0, 0  # no "\n" in hay[line_start:scanned]
            for key, start, _ in matcher.find_matches_as_indexes(hay, overlapping=True):
                if start >= scanned:
                    newline = rfind(b"\n", scanned, start + 1)  # a head's key begins with its line's "\n"
                    if newline >= 0:
                        line_start = newline + 1
                    scanned = start + 1
                    line = line_start
                elif start + 1 >= line_start:
                    line = line_start
                else:  # an overlapping match reaching back over a line break
                    line = rfind(b"\n", 0, start + 1) + 1
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
        head_masks, wide_heads, wide_first = self.head_masks, self.wide_heads, self.wide_first
        if wide_heads and raw.isascii():
            wide_heads = []  # an ASCII document holds no head that starts with a non-ASCII letter
        if head_masks or wide_heads:
            # the first line, and the lines that start with marks (bullets, quotes, dashes,
            # spaces; ~8% of the lines): their heads after the marks
            lines = [(m.start() + 1, m.end()) for m in _MARK_LINES.finditer(hay)]
            lines.append((0, _LEAD_RE.match(hay).end()))
            size = len(hay)
            for line, at in lines:
                lead = hay[line:at] if wide_heads else b""
                if not lead.isascii():  # marks, then perhaps a non-ASCII letter: a head's first one?
                    lead_text = lead.decode("utf-8", "ignore")
                    first = _LINE_HEAD.match(lead_text).end()
                    if first == len(lead_text) or lead_text[first].lower() not in wide_first:
                        lead = b""
                if not lead.isascii():
                    head = _wide_head(hay, line, size)
                    mask = 0
                    for bit, heads in wide_heads:
                        if head.startswith(heads):
                            mask |= bit
                    if mask:
                        found[line] = get(line, 0) | mask
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


