"""PackRule: the class every pack rule derives from (its findings, fix and documentation)."""

from __future__ import annotations

import bisect
from functools import lru_cache
from typing import Any, ClassVar

import regex
from pydantic import BaseModel

from corpuslint import rxcache
from corpuslint.analysis import Structure, structure
from corpuslint.models import Document, Fix, Violation
from corpuslint.packs.blocks import (WRAP_WIDTH, WRAPPED_WORDS, GOES_ON, OWN, Regions, line_block, block_lines, candidate_lines, line_unit,
                                     paragraph_bounds, scan_regions, field_unit, goes_on, heading_at, headline_items, in_enumeration,
                                     in_item_list, lead_end, lead_removal, removal_span, stands_alone, within_sentence, wrapped_from_above)
from corpuslint.packs.badges import badge_in_row
from corpuslint.packs.compile import CompiledRule
from corpuslint.packs.documents import document_is
from corpuslint.packs.grants import lines_before_grant
from corpuslint.packs.edges import Candidate, at_edge as _edge, settle
from corpuslint.packs.explain import explanation
from corpuslint.packs.footers import footer_region
from corpuslint.packs.scanner import Group
from corpuslint.packs.wholeunits import leaves_half
from corpuslint.rule import Rule
from corpuslint.textutil import Span, ends_sentence, shorten

# A line above a notice in its block that belongs to it: a short label ("Newsletter", "Get
# Updates", a menu entry), without digits (a table's figures) or list marks (a list item).
_LABEL_LINE = rxcache.compile(r"[^\d\n]{1,60}")
_RULE_LINE = rxcache.compile(r"([=\-~^*#+_])\1{2,}")
# an address in the unit before the match (`Richard Foley <richard.foley@rfi.net> Copyright (c) 2000` under a pod's
# AUTHOR): a person's credit, which the unit's removal would take with the notice (tester28 #6)
_ADDRESS = rxcache.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")

# the rest of a word a match stops inside (the pattern's `\S` takes a headline's first letter)
_WORD_REST = rxcache.compile(r"(?<=\w)[\w'’-]*|")
_LIST_MARK = rxcache.compile(r"\s*(?:[-*+•▪◦–]\s|\(?[a-z\d]{1,3}[.)]\s)")
# a list item's line: its mark and its words on the line (a mark alone, `•` between a byline and its tags, is a separator);
# a number or one letter enumerates (`etc. as long as`, `co. and`: a wrapped sentence's next line, no item)
_ITEM_LINE = rxcache.compile(r"[ \t]*(?:[-*+•▪◦–]|(?P<number>\(?(?:\d{1,3}|[a-z])[.)]))[ \t]+\S")


def _credit_before(unit: str, hit: str) -> bool:
    at = unit.casefold().find(hit.casefold())
    return at > 0 and _ADDRESS.search(unit, 0, at) is not None


def _starts_block(blocks: Structure, offset: int, *, whole: bool) -> bool:
    """Whether the line holding `offset` starts its Markdown block (and, with `whole`, is all of it)."""
    n = blocks.line_of(offset)
    i = blocks.line_block[n]
    if i < 0:
        return False
    block = blocks.blocks[i]
    return block.first == n and (not whole or block.last == n)


def _block_of(blocks: Structure, text: str, offset: int) -> tuple[int, int]:
    """The content span of the Markdown block holding `offset`."""
    i = blocks.line_block[blocks.line_of(offset)]
    if i < 0:
        return line_unit(text, offset, offset)
    block = blocks.blocks[i]
    start, end = block.start, block.end
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _unit_start(text: str, para_start: int, hit_start: int, words: tuple[str, ...] = ()) -> int:
    """Where a paragraph-scope unit starts: at the line of the match, taking the label lines
    just above it in the same block, but not a table's cells or a list item there; a rule
    (`*****`) opening the block frames the notice and goes with it.

    Label lines between the text's own lines above and the match may end that text (a comment's
    signature, a caption's credit: "Highland Fleet Lute" glued over "Subscribe / to our
    Newsletter", qa19c r06) as well as head the notice: there only those that carry one of the
    rule's `words` (its prefilter: "NEWSLETTER" over "Sign up for our newsletter") are taken,
    with the lines under them. A block that opens with the labels is the notice's. A line less
    indented than the match's is a section's heading over its indented body, not a label (a man
    page's `著作権` or `COPYRIGHT` over `       Copyright 2007-2011 by Apple Inc.`, tester26): the
    section stays, its heading with it."""
    start = text.rfind("\n", 0, hit_start) + 1
    hit_line = start
    indent = _indent(text, hit_line)
    while start > para_start:
        above = text.rfind("\n", 0, start - 1) + 1
        raw = text[max(above, para_start):start - 1]
        line = raw.strip()
        if above <= para_start and _RULE_LINE.fullmatch(line):
            return para_start
        if (not _LABEL_LINE.fullmatch(line) or len(line.split()) > 6 or _LIST_MARK.match(line)
                or line.endswith((".", "!", "?", ":", ";", ",")) or _indent(raw, 0) < indent):
            return _own_labels(text, start, hit_line, words) if words else start
        start = max(above, para_start)
    return max(start, para_start)


def _indent(text: str, line_start: int) -> int:
    """The spaces and tabs opening the line that starts at `line_start`."""
    end = line_start
    while end < len(text) and text[end] in " \t":
        end += 1
    return end - line_start


def _unit_end(text: str, hit_end: int, para_end: int) -> int:
    """Where a paragraph-scope unit ends: at the paragraph's end, or before the first list item below the
    match's line (a bullet or a number opening a line): an item is a line of its own, not the notice's (a
    cbsnews page's `(c) 2016 CBS Interactive Inc. All Rights Reserved.` over `* David Martin`, its reporter)."""
    line_end = text.find("\n", hit_end, para_end)
    while 0 <= line_end < para_end:
        # (a numbered item after a line that closes: a sentence wrapped mid-way is never cut, `colleagues` / `1. ...`)
        item = _ITEM_LINE.match(text, line_end + 1)
        if item and (not item.group("number") or ends_sentence(text[text.rfind("\n", 0, line_end) + 1:line_end])):
            end = line_end
            while end > hit_end and text[end - 1] in " \t\r":
                end -= 1
            return end
        line_end = text.find("\n", line_end + 1, para_end)
    return para_end


def _own_labels(text: str, start: int, hit_line: int, words: tuple[str, ...]) -> int:
    """From the label lines start..hit_line, where the notice's start: at the first that carries one
    of `words`, else at the match's line."""
    while start < hit_line:
        end = text.find("\n", start)
        line = text[start:end].lower()
        if any(word.lower() in line for word in words):
            return start
        start = end + 1
    return hit_line


def _runs_on_into(text: str, line_start: int) -> bool:
    """Whether the sentence of the line above runs on into the unit's first line: that line is
    hard-wrapped prose, and the unit's line opens as no sentence does, in lower case or with an
    address (`<vandry@TZoNE.ORG>. All rights reserved.` under "... Copyright 1996..2005 by Kim
    Vandry", qa16c N8) or with the sentence's last word (`Books. Copyright © 1981. ...` under "...
    Douglas Adams. Pocket", qa23 r03), or under a line that stops on a word no sentence ends with (`is`, `by`,
    `the`: "This library is / Copyright 1996 by …"). Otherwise a line that opens with a capital, a
    digit or a mark starts anew (`Copyright (C) 1996-2019 …` under a version line, `Sign up to
    receive …` under a menu's label)."""
    if not wrapped_from_above(text, line_start):
        return False
    line_end = text.find("\n", line_start)
    words = text[line_start:len(text) if line_end < 0 else line_end].split(None, 1)
    if words and (words[0][:1].islower() or "@" in words[0] or "://" in words[0]):
        return True
    if words and words[0].endswith((".", ",", ";")) and words[0][:1].isalpha() and not words[0].lower().startswith(
            ("copyright", "all")):
        return True  # it opens on the wrapped sentence's last word ("... Douglas Adams. Pocket / Books. Copyright ...")
    # ... or the line above stops on a word no sentence ends with ("This library is / Copyright 1996 ...")
    above = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].split()
    return bool(words) and bool(above) and above[-1] in GOES_ON


_RUN_ON_LINES = 2  # the lines below a notice's line that its open sentence may close on, at most


def _sentence_close(text: str, start: int, end: int, para_end: int, max_length: int | None) -> int | None:
    """Where the line unit text[start:end] ends once its last sentence is whole: `end` where its line
    ends a sentence or leads into nothing below (a line at another indent or wider than hard-wrapped text,
    `WRAP_WIDTH`: fnc1-train-1608's article sentence under `Follow us: ...`); else the end of the line below (up to `_RUN_ON_LINES`)
    where the sentence it leaves open ends, if the unit stays within `max_length` (a GNU man page's
    "Copyright © 2022 Free Software Foundation, Inc.  License GPLv3+: GNU / GPL version 3 or later
    <https://gnu.org/licenses/gpl.html>.", qa24 r04). None where no line end closes it (sed's "... Inc.
    Li‐ / cense GPLv3+: ..." runs on to the paragraph's last line): no removal of the line is whole."""
    line_end = text.find("\n", end)
    if line_end < 0 or line_end >= para_end or not (wrapped_from_above(text, line_end + 1) or _leads_on(text[start:end])) \
            or " | " in text[start:end]:
        return end  # (a row of links, `Follow us: @x on Twitter | x on Facebook`, is no sentence)
    line_start = text.rfind("\n", 0, start) + 1
    indent = start - line_start
    for _ in range(_RUN_ON_LINES):
        below_end = text.find("\n", line_end + 1)
        below_end = para_end if below_end < 0 or below_end > para_end else below_end
        below = text[line_end + 1:below_end]
        if len(below) > WRAP_WIDTH or len(below) - len(below.lstrip(" \t")) != indent or _ITEM_LINE.match(below):
            return end  # no line of the same hard-wrapped paragraph (a one-line paragraph of its own, a list item)
        if ends_sentence(text[line_end + 1:below_end]):
            close = line_end + 1 + len(text[line_end + 1:below_end].rstrip())
            return close if max_length is None or close - start <= max_length else None
        if below_end >= para_end:
            return None
        line_end = below_end
    return None


def _leads_on(line: str) -> bool:
    """Whether a notice's line of several words ends with a colon that leads on into the line below (GNU's
    "Copyright © 2020 Free Software Foundation, Inc. Licence GPLv3+ :" over "GNU GPL version 3 ou ultérieure
    <https://gnu.org/licenses/gpl.html>" in French and Russian man pages, tester26): the sentence goes on there;
    removing the line alone left the licence's name as a fragment. A short label (`Follow us:`) leads nowhere."""
    return line.rstrip().endswith(":") and len(line.split()) >= WRAPPED_WORDS


def _closes_item(text: str, para_start: int, start: int) -> bool:
    """Whether the unit's line at `start` closes a list item that opens above it in its paragraph: the
    item's mark and words stand above, and the lines from there down hang at the item's indent (less's
    NEWS: "* Henry Spencer's regexp.c is now included, ... / regexp.c is Copyright (c) 1986 by
    University of Toronto.", qa22 r03). The notice is one of the item's sentences, the item the text's
    own: what it says about its parts a person decides. An item that opens with the notice is no such
    line (`* © 2017 Example Media` in a footer's list)."""
    lines = text[para_start:start].split("\n")[:-1]
    line_end = text.find("\n", start)
    line = text[start:len(text) if line_end < 0 else line_end]
    indent = len(line) - len(line.lstrip(" \t"))
    for k in range(len(lines) - 1, -1, -1):
        mark = _LIST_MARK.match(lines[k])
        if mark is not None:
            return indent > 0 and indent == mark.end() and all(
                len(line) - len(line.lstrip(" \t")) == indent for line in lines[k + 1:])
    return False


def _item_goes_on(text: str, start: int, hit_end: int, end: int) -> str | None:
    """The rest of a list item's sentence where the unit is an item whose sentence runs on past the
    match's line (docutils' "* Copyright & open source license: include a copyright notice, along /
    with either an embedded license statement, ..."): the item says what to do about copyright, one
    of a list's points, not a notice. None for another unit."""
    nl = text.find("\n", hit_end, end)
    if nl < 0 or not _LIST_MARK.match(text, start) or ends_sentence(text[start:nl]):
        return None
    below = text[nl + 1:text.find("\n", nl + 1) if text.find("\n", nl + 1, end) >= 0 else end].strip()
    return below if below[:1].islower() else None


@lru_cache(maxsize=64)
def _item_labels(patterns: tuple[str, ...], ignore_case: bool) -> Any:
    return rxcache.compile("|".join(f"(?:{p})" for p in patterns), regex.IGNORECASE if ignore_case else 0)


class PackRule(Rule):
    """Base of the rules created from pack files; `compiled` holds the pack's data."""

    family = "boilerplate"
    judges_by_words = True  # a pack names its boilerplate by its words (corpuslint.keptcopy)
    compiled: ClassVar[CompiledRule]

    def __init__(self, options: BaseModel | None = None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self.group = Group.join(self)

    slot: int = 0  # this rule's index in its group

    @classmethod
    def bind(cls, rules: list[Rule]) -> None:
        """The engine's pack rules form exactly one group (whatever other linters were made)."""
        group = Group()
        for slot, rule in enumerate(sorted(rules, key=lambda r: r.code)):
            rule.group, rule.slot = group, slot
            group.members.append(rule)
        if Group._forming is not None and any(m in rules for m in Group._forming.members):
            Group._forming = None

    def warm_up(self) -> None:
        self.group.warm_up()  # once for the group: a second call finds it built

    def quiet(self, doc: Document) -> bool:
        """The group's scan ran on `doc` (at its first member's call) and found nothing of this
        rule's: most members, on most documents."""
        group = self.group
        return group._doc is doc and group._text is doc.text and group._results[self.slot] is None

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
        budget = self.timeout
        position = opts.position
        seen: set[tuple[int, int]] = set()
        starts: list[int] | None = None
        ends: list[int] = []
        found: list[Violation] = []
        pending: list[Candidate] = []  # each unit's place, to settle its safety at the edges
        calls: list[tuple[Any, ...]] = []  # ... and what makes its finding
        skip_kinds = spec.not_in
        # In Markdown a paragraph's lines are soft wraps: the unit is the block, and a line
        # inside one starts mid-sentence (no anchor there)
        blocks = structure(doc) if doc.origin.format == "markdown" else None
        for match in scan_regions(c.regex, text, regions, budget):
            hit_start, hit_end = match.span("clhit")
            if skip_kinds and any(document_is(kind, text, hit_end, doc.origin.path, hit_start)
                                  for kind in skip_kinds):
                continue  # a licence's: its copyright line is its content
            if blocks is not None and spec.anchor != "none" and not _starts_block(
                    blocks, hit_start, whole=spec.anchor == "whole"):
                continue
            if blocks is None and spec.anchor == "whole" and not stands_alone(text, hit_start):
                continue  # code, a wrapped sentence's end, a field name over its body
            if spec.anchor == "whole" and (in_enumeration(text, hit_start) or in_item_list(text, hit_start, c.regex)):
                continue  # an item of a sentence's enumeration (`* comments,` under "... are:"), or of a list of phrases
            if blocks is None and (within_sentence(text, hit_start) or heading_at(text, hit_start)):
                continue  # the middle of a hard-wrapped sentence; a section's title over its underline
            if starts is None:
                starts, ends = paragraph_bounds(text)
            index = bisect.bisect_right(starts, hit_start) - 1
            if index < 0:
                continue
            para_start, para_end = starts[index], ends[index]
            if hit_end > para_end:
                continue  # the match runs across a blank line: not one unit
            if position != "anywhere" and not self._at_edge(text, starts, ends, index, position, opts):
                continue
            listed = 0  # the headlines a related-links label lists, taken with it
            narrowed = False  # a paragraph unit that starts at its match's line (or labels)
            ran_on = False  # widened to its paragraph: the sentence above runs on into the unit's line
            open_sentence = False  # a line unit whose last sentence no line end below closes: no fix
            field = None if blocks is not None or spec.scope != "paragraph" else field_unit(
                text, para_start, para_end, hit_start)
            if blocks is not None:
                start, end = _block_of(blocks, text, hit_start)
                if hit_end > end or max_length is not None and end - start > max_length:
                    continue
            elif field is not None:
                start, end = field  # one field of a record: the others are its information
                if max_length is not None and end - start > max_length:
                    continue
            elif spec.scope == "paragraph":
                start, end = para_start, para_end
                if max_length is not None and end - start > max_length:
                    start, end = line_unit(text, hit_start, hit_end)
                    if end - start > max_length or (start, end) == (para_start, para_end):
                        continue
                    # a line's removal is of whole sentences: to the end of the one it leaves open
                    closed = _sentence_close(text, start, end, para_end, max_length)
                    open_sentence = closed is None
                    end = end if closed is None else closed
                else:  # never wider than the paragraph; narrower where a table or item stands above or below
                    start = _unit_start(text, para_start, hit_start, c.prefilter)
                    end = _unit_end(text, hit_end, para_end)
                    narrowed = start != para_start or end != para_end
                    if narrowed and _runs_on_into(text, start):
                        # the line above runs on into the unit: a sentence must go whole or stay (qa16c N8:
                        # "... Copyright 1996..2005 by Kim Vandry / <vandry@…>. All rights reserved."); what
                        # the sentence says before the notice may be the text's own ("The MPOA code was
                        # developed at Tampere University ... and is / Copyright by ..."): a person decides
                        start, narrowed, ran_on = para_start, False, True
            else:
                start, end = line_unit(text, hit_start, hit_end)
                if max_length is not None and end - start > max_length:
                    continue
                if blocks is None and spec.item_labels and self._lists(text, start, end):
                    items = headline_items(text, end)
                    if items is not None:  # the label and the related headlines it lists: one block
                        end, listed = items
                        para_end = ends[bisect.bisect_right(starts, end - 1) - 1]
            # a line unit the sentence above runs on into (its removal would leave half a sentence), or a
            # paragraph widened so: no safe fix
            half = ran_on or (start > para_start and field is None
                              and (_runs_on_into(text, text.rfind("\n", 0, start) + 1)
                                   or _closes_item(text, para_start, start)))
            half = half or leaves_half(text, start, end)  # a sentence, a section or a link left half (wholeunits)
            badge = badge_in_row(text, start, end, hit_start)
            if badge is not None:
                start, end = badge  # one badge of a row: the others are the project's
            if (start, end) in seen:
                continue  # the unit's first match decides what it covers
            seen.add((start, end))
            at_edge = spec.safe == "edge" and (self._at_edge(text, starts, ends, index, "tail", opts)
                                               or self._at_edge(text, starts, ends, index, "head", opts))
            lead = lead_end(text, start, hit_start)
            after = goes_on(text, hit_end, end, wrapped=blocks is not None) or (
                _item_goes_on(text, start, hit_end, end) if blocks is None else None)
            whole = (start, end) == (para_start, para_end)
            pending.append(Candidate(index, at_edge,
                                     after is None and not half and (whole or narrowed or field is not None),
                                     whole and not (lead is not None and lead > start)))
            calls.append((match.group("clhit"), start, end, Span(para_start, para_end),
                          dict(narrowed=narrowed, field=field is not None, lead=lead, after=after, half=half,
                               docinfo=field is not None and text.startswith(":", field[0]),
                               open_sentence=open_sentence,
                               listed=listed, quote=text[hit_start:_WORD_REST.match(text, hit_end).end()])))
        if not calls:
            return found
        edges = (settle(text, starts or [], ends, pending, opts) if spec.safe == "edge" and spec.fix == "remove"
                 else [c.at_edge for c in pending])
        found = [self._violation(text, *args, at_edge=e, **kw) for (*args, kw), e in zip(calls, edges)]
        return footer_region(text, found) if spec.region == "footer" else found

    def _lists(self, text: str, start: int, end: int) -> bool:
        """Whether the label line text[start:end] is one of the rule's `item-labels` (it heads a list of links)."""
        spec = self.compiled.spec
        return _item_labels(tuple(spec.item_labels), spec.ignore_case).fullmatch(text, start, end) is not None

    def _own_regions(self, text: str) -> list[tuple[int, int]]:
        """The lines holding one of the rule's `prefilter` literals (all of the text without)."""
        c = self.compiled
        if not c.prefilter:
            return [(0, len(text))]
        max_length = self.options.max_length
        block = line_block(text, max_length) if c.spec.ignore_case else None
        if block is not None:
            return block_lines(block, c.prefilter, max_length, text)
        hay = text if not c.spec.ignore_case else text.lower()
        return candidate_lines(text, hay, c.prefilter, max_length)

    @staticmethod
    def _at_edge(text: str, starts: list[int], ends: list[int], index: int, position: str, opts: Any) -> bool:
        return _edge(text, starts, ends, index, position, opts)

    def _violation(self, text: str, hit: str, start: int, end: int, para: Span, *,
                   at_edge: bool = False, narrowed: bool = False, field: bool = False,
                   lead: int | None = None, after: str | None = None, half: bool = False,
                   listed: int = 0, quote: str | None = None, docinfo: bool = False,
                   open_sentence: bool = False) -> Violation:
        c = self.compiled
        spec = c.spec
        short = shorten(quote or hit, 60)  # the match to the end of its last word (`MORE: N` is `MORE: North`)
        # a paragraph unit narrowed to the lines from its match on is still the notice's block
        unit = "paragraph" if (start, end) == (para.start, para.end) or narrowed else "line"
        fix = None
        credit = False
        closing = lead is not None and lead > start
        if closing:
            # the unit opens with the article's own sentences: the finding is the notice's
            # closing sentence(s) only, and so is its removal
            start = lead
            cut_start, cut_end = lead_removal(text, start, end, para)
        else:
            cut_start, cut_end = removal_span(text, start, end, para)
        kept_after = None if closing else lines_before_grant(text, start, end, after)
        if kept_after is not None:  # a licence's grant under the notice stays (`grants`)
            cut_start, cut_end = removal_span(text, start, kept_after, para)
        if spec.fix == "remove" and not open_sentence:
            # other sentences after the notice's line: maybe the article's, maybe the notice's own
            # (a field of a record at the edge is safe as its whole paragraph would be: the other fields stay)
            # (a reST field list's field, a docinfo's `:Copyright:`, is the document's own metadata: unsafe)
            credit = _credit_before(text[cut_start:cut_end], hit)
            safe = after is None and not half and not docinfo and not credit and (
                spec.safe is True or (spec.safe == "edge" and at_edge and (unit == "paragraph" or field)))
            title = (f"Remove the boilerplate closing the {unit} (the sentences before it stay)" if closing
                     else "Remove the boilerplate's lines (the sentence after them stays)" if kept_after is not None
                     else f"Remove the boilerplate {unit}")
            fix = Fix.delete(cut_start, cut_end, title, safe=safe)
        first_end = text.find("\n", start, end)
        if first_end > 0 and _RULE_LINE.fullmatch(text[start:first_end].strip()):
            start = first_end + 1  # a rule framing the notice goes with it, the finding is the notice
        return Violation(
            start=start,
            end=end,
            message=spec.message.replace("{match}", short) + (
                f" (with the {listed} related headline{'s' if listed > 1 else ''} it lists)" if listed else "") + (
                " (unsafe fix: a person's name and address stand before it)" if fix and credit else
                f" (unsafe fix: the {unit} goes on after it: \"{shorten(after, 40)}\")" if after and fix else
                " (unsafe fix: a field of the document's reST field list, its docinfo: the document's own metadata)"
                if docinfo and fix else ""),
            fix=fix,
            source=f"{c.pack}/{spec.name}: {shorten(hit, 60)}",
            data={"pack": c.pack, "rule": spec.name, "match": hit, "unit": unit, **({"items": listed} if listed else {})},
        )

    # -- documentation -------------------------------------------------------------------

    @classmethod
    def explanation(cls) -> str:
        return explanation(cls.compiled)

    @classmethod
    def source_location(cls) -> tuple[str | None, int | None]:
        return cls.compiled.path, cls.compiled.line


def class_name(pack: str, name: str) -> str:
    return "".join(part.capitalize() for part in f"{pack}-{name}".split("-") if part)


