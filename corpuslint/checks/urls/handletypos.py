"""CL301's handle typos: one person's user name or e-mail local part spelled two ways in a document
(`twitter.com/paulmartin` and `twitter.com/paulrnartin`; `paul.martin@` and `paul.rnartin@` at one
domain). What a handle is: `handles.py`; the typo model is the host names' (`slips.label_typo`)."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterator

import regex

from corpuslint.checks.urls.base import UrlRule, discusses_lookalikes, misspelling, related_places, where_lines
from corpuslint.checks.urls.handles import Handle, letters, mail_handles, mention_handles, people, url_handles
from corpuslint.checks.urls.slips import label_typo
from corpuslint.models import Document, Violation

MAX_HANDLES = 200  # a scope with more handles than this is a directory or a list: not compared
# with nothing to say which spelling is right, a pair is named only in a scope of this many names or
# fewer: a list of contributors or followers holds different people one letter apart
MAX_UNDECIDED_SCOPE = 4
SERIES = 3  # names differing in one place only: from three on, a series (`aperson` ... `dperson`)


def handle_typos(rule: UrlRule, doc: Document, urls: list) -> Iterator[Violation]:
    """Each handle that is one slip away from another of its scope which the document bears out as the
    right one: written on more lines, named elsewhere as a word (`@paulmartin`), or the letters of a
    person's name the text writes out (`Paul Martin`). Two spellings with the same evidence, or both a
    person's name (`Jon Smith`, `John Smith`), are two people: no finding. Two spellings with the same
    evidence in a scope of a few names (one person's links, not a list of people): one finding that
    names both and guesses no direction, with no fix."""
    text = doc.text
    by_scope: dict[str, dict[str, list[Handle]]] = defaultdict(lambda: defaultdict(list))
    for handle in (*url_handles(urls), *mail_handles(text)):
        by_scope[handle.scope][handle.name].append(handle)
    # a profile's user name (`twitter.com/paulmartin`, one segment) is the person's `@` mention too
    profiles = {scope for scope in by_scope if not scope.startswith("@") and scope.count("/") == 1}
    for handle in mention_handles(text, profiles):
        by_scope[handle.scope][handle.name].append(handle)
    min_length = rule.options.min_label_length
    pairs = []
    for names in by_scope.values():
        if len(names) < 2 or len(names) > MAX_HANDLES:
            continue
        ordered = sorted(names, key=len)
        for i, a in enumerate(ordered):
            for b in ordered[i + 1:]:
                if len(b) - len(a) > 1:
                    break
                if all(h.mention for h in (*names[a], *names[b])):
                    continue  # two mentions (`@USCTO44`, `@USTO44`): two accounts; a mention meets an address
                why = label_typo(a, b, min_length=min_length)
                if why and not in_series(a, b, names):
                    pairs.append((names[a], names[b], len(names) <= MAX_UNDECIDED_SCOPE))
    if not pairs:
        return
    lowered = text.lower()
    persons = people(text)

    def named(written: list[Handle]) -> int:
        """How often the name stands as a word outside its own addresses (`@paulmartin`, `Edwin ...`)."""
        name = written[0].name
        return len(regex.findall(rf"(?<![\w.-]){regex.escape(name)}(?![\w-]|\.\w)", lowered)) - len(written)

    def in_prose(name: str) -> bool:
        """Whether the name stands as a word outside any address, link or tag (not `/x`, `@x`, `#x`, `x@`)."""
        return regex.search(rf"(?<![\w.@#/-]){regex.escape(name)}(?![\w@-]|\.\w)", lowered) is not None

    def evidence(written: list[Handle]) -> tuple[int, int]:
        lines = {text.count("\n", 0, h.start) for h in written}
        return int(letters(written[0].name) in persons), len(lines) + max(0, named(written))

    for one, other, few in pairs:
        a, b = evidence(one), evidence(other)
        if a[0] and b[0] or a == b and not few:
            continue  # both are people the text names, or one of many names
        if in_prose(one[0].name) and in_prose(other[0].name):
            # each name stands in the prose as a word of its own (lsof's changelog: "Edwin Groothuis <edwin@…>"
            # and "Erwin Lansing <erwin@…>"; docutils' `LuaTeX`_ beside `LaTeX`_): two names the text uses
            # on purpose, not one mistyped
            continue
        if any(discusses_lookalikes(text, h.where, rule.timeout) for h in (*one, *other)):
            continue
        kind = "address" if one[0].scope.startswith("@") else "handle"
        if a == b:
            if any(h.mention for h in (*one, *other)):
                # a mention names no platform: `@heathermiller` (GitHub, Gitter) beside `twitter.com/heathercmiller`
                # are one person's two accounts as often as one mistyped (markdown corpus, scala-lang's posts)
                continue
            yield _undecided(doc, one, other, kind, min_length)
            continue
        right, wrong = (one, other) if a > b else (other, one)
        why = label_typo(right[0].name, wrong[0].name, min_length=min_length)
        spelling = text[right[0].start:right[0].end]
        keep = [h.where for h in right]
        for handle in wrong:
            found = text[handle.start:handle.end]
            yield misspelling(doc, handle.start, handle.end, found, spelling, keep, why, kind=kind, source=f"{kind}-typo",
                              data={"variant": found, "spelling": spelling, "edit": why, "scope": handle.scope,
                                    "variant_count": len(wrong), "spelling_count": len(right)})


def in_series(a: str, b: str, names) -> bool:
    """Whether two names one letter apart belong to a series of three or more names that differ only
    in that place (`aperson`, `bperson`, `cperson`, `dperson`: the stand-ins of a test message; `user1`,
    `user2`, `user3`): a lettered or numbered series of different names, not a slip."""
    if len(a) != len(b):
        return False
    diffs = [i for i in range(len(a)) if a[i] != b[i]]
    if len(diffs) != 1:
        return False
    i = diffs[0]
    head, tail = a[:i], a[i + 1:]
    return sum(1 for n in names if len(n) == len(a) and n.startswith(head) and n.endswith(tail)) >= SERIES


def _undecided(doc: Document, one: list[Handle], other: list[Handle], kind: str, min_length: int) -> Violation:
    """Two spellings of a handle and nothing to tell which is right: one finding naming both, no fix."""
    first, second = (one, other) if one[0].start <= other[0].start else (other, one)
    text = doc.text
    a, b = text[first[0].start:first[0].end], text[second[0].start:second[0].end]
    why = label_typo(first[0].name, second[0].name, min_length=min_length)
    return Violation(
        first[0].start, first[0].end,
        f"`{a}` ({where_lines(doc, [h.where for h in first])}) and `{b}` ({where_lines(doc, [h.where for h in second])}) "
        f"look like one {kind} spelled two ways ({why}); nothing in the document says which is right: "
        f"spell it one way",
        related=related_places(doc, [h.where for h in second], "spelled"),
        source=f"{kind}-typo-undecided",
        data={"variant": a, "spelling": b, "edit": why, "direction": None, "scope": first[0].scope,
              "variant_count": len(first), "spelling_count": len(second)},
    )
