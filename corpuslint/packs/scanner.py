"""The shared scanner: all pack rules of a linter look at a document together, once, and one
finding per unit is kept where several report the same or nested spans."""

from __future__ import annotations

import re
import time
from typing import Any, Literal

from corpuslint.models import Document, Violation
from corpuslint.packs.blocks import OWN, Regions, short_enough
from corpuslint.packs.compile import CompiledRule, PackMember
from corpuslint.packs.literals import HEAD_MAX, SPACE
from corpuslint.packs.matcher import FastFilters
from corpuslint.rule import CLOCK


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
        parts = [(r"[^\S\n]+" if ch == SPACE else re.escape(ch)) + emit(child) for ch, child in sorted(node.items())]
        return parts[0] if len(parts) == 1 else "(?:" + "|".join(parts) + ")"

    return emit(tree)


class Group:
    """The pack rules a linter created together, and what they found in the current document.

    The engine creates one instance per enabled rule and hands all pack rules to `PackRule.bind`,
    which makes them one group; pack rules created outside an engine (a test, a script) group by
    creation order instead (no check in between, no class twice, codes increasing). On the first `check` of a document the group scans it once for all its rules
    (`_Scan`), runs each rule's regex on that rule's candidate lines only, and resolves
    overlaps: one finding per unit (see `_resolve`). The other rules' `check` calls on the same
    document return what was found for them. A rule created and checked alone is a group of one.
    """

    _forming: Group | None = None

    def __init__(self) -> None:
        self.members: list[PackMember] = []
        self.sealed = False
        self._doc: Document | None = None
        self._text: str | None = None
        # each member's findings (or the TimeoutError it raised) in the current document, by
        # its `slot`: a list index, since `check` is called ~20 times per document
        self._results: list[list[Violation] | BaseException | None] = []
        self._filters: tuple[Any, Any, list[str], dict[str, str]] | None = None
        self._fast: FastFilters | Literal[False] | None = None  # None: not built yet

    @classmethod
    def join(cls, rule: PackMember) -> Group:
        group = cls._forming
        if (group is None or group.sealed or any(type(m) is type(rule) for m in group.members)
                or group.members[-1].code >= rule.code):
            group = cls._forming = Group()
        rule.slot = len(group.members)
        group.members.append(rule)
        return group

    def violations(self, rule: PackMember, doc: Document) -> list[Violation]:
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
        if Group._forming is self:
            Group._forming = None
        self._doc = None
        text = doc.text
        members = self.members
        results: list[list[Violation] | BaseException | None] = [None] * len(members)
        raw: list[tuple[PackMember, Violation]] = []
        started = CLOCK.restart()
        try:
            candidates = self._regions(text)
        except TimeoutError as exc:
            # the members' shared scan ran out of time: none of them has findings here, and each says so
            # (CL909) without scanning again (each did, for its own budget, and a huge document stalled
            # the run for the group's size times `timeout`: tester34)
            exc.elapsed = max(time.process_time() - started, 0.0)
            self._doc, self._text, self._results = doc, text, [exc] * len(members)
            return
        for slot, regions in candidates.items():  # most rules have no candidate line
            member = members[slot]
            started = CLOCK.restart()  # each member has its own time budget
            try:
                found = member._find(doc, regions)
            except TimeoutError as exc:
                exc.elapsed = max(time.process_time() - started, 0.0)  # reported when that member's check asks
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

        The multi-literal matcher (`FastFilters`) where it is installed and can serve the
        group, else the `str.find` scan (`_Scan`): the same findings either way, since both
        give every line a rule's regex can match on (and a few more)."""
        if fast:
            if self._fast is None:
                self._fast = FastFilters.build(self.members) or False
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
        return _Scan(text, low, *self._scan_filters())

    def warm_up(self) -> None:
        """Build both filters now (see `Rule.warm_up`): the matcher's and `_Scan`'s."""
        if self._fast is None:
            self._fast = FastFilters.build(self.members) or False
        if any(m.compiled.exact for m in self.members):
            self._scan_filters()

    def _scan_filters(self) -> tuple[Any, Any, list[str], dict[str, str]]:
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
        return self._filters


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
                self._heads = [_BLANKS.sub(SPACE, low[_LINE_HEAD.match(low, s, e).end():e][:2 * HEAD_MAX])
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
        return sorted(line for line in lines if short_enough(text, line, max_length))


def _resolve(raw: list[tuple[PackMember, Violation]]) -> list[tuple[PackMember, Violation]]:
    """One finding per unit: where pack rules report the same or nested spans, the widest wins,
    then the lowest code; the winner's `source` and `data["also"]` name the others."""
    if len(raw) < 2:
        return raw
    order = sorted(raw, key=lambda mv: (-(mv[1].end - mv[1].start), mv[0].code, mv[1].start))
    kept: list[tuple[PackMember, Violation, list[tuple[PackMember, Violation]]]] = []
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


