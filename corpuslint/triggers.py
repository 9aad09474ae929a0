"""The rules' trigger literals (`Rule.triggers`) asked once a document for all of them.

`Rule.quiet` by default says a rule finds nothing where none of its triggers is in the text:
`not any(literal in text for literal in triggers)`. Thirteen default rules ask it of every
document, ~28 scans of the whole text; a character is found by a `memchr`, but a literal of two
characters or more (`--`, `...`, `-\\n`, `w.`) is not, and those scans were ~0.09 s of CPU per
10 MB (issue 17). Here the longer literals of all the rules are looked for in one Aho-Corasick
pass (`ahocorasick-rs`, a dependency; every occurrence, overlapping ones included, so each
literal it does not report is absent), ~0.02 s per 10 MB; a character is asked with `in` as
before. Each literal is asked at most once a document, however many rules name it (`<`: CL201
and CL203). A text longer than `MAX_PASS_CHARS` is asked with `in` only: the pass lists every
occurrence (a text of dashes holds one `--` per character), where `in` stops at the first.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

import ahocorasick_rs

# characters of a text above which the one pass is not made (its list of occurrences is then
# bounded by this, ~100 bytes each); a document of the corpora is ~2.5 KB
MAX_PASS_CHARS = 100_000


class TriggerProof:
    """The presence of the trigger literals of some rules in one text at a time."""

    __slots__ = ("_longer", "_matcher")

    def __init__(self, literals: Iterable[str]) -> None:
        self._longer = sorted({lit for lit in literals if len(lit) > 1})
        self._matcher = ahocorasick_rs.AhoCorasick(self._longer) if self._longer else None

    def present_in(self, text: str) -> Callable[[str], bool]:
        """`literal in text` for any literal, each answered once (the longer ones by the pass)."""
        known: dict[str, bool] = {}
        if self._matcher is not None and len(text) <= MAX_PASS_CHARS:
            try:
                found = {k for k, _, _ in self._matcher.find_matches_as_indexes(text, overlapping=True)}
            except Exception:  # a lone surrogate (a text read with `surrogateescape`) has no UTF-8: `in` alone
                found = None
            if found is not None:
                known = {lit: k in found for k, lit in enumerate(self._longer)}

        def present(literal: str) -> bool:
            answer = known.get(literal)
            if answer is None:
                answer = known[literal] = literal in text
            return answer

        return present
