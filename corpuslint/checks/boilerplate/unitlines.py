"""A document's corpus units as lines in text order, and the lines around one: what CL151 reads
a site's template and a play's cues by (a paragraph of several lines stands for its lines)."""

from __future__ import annotations

import regex

from corpuslint.checks.boilerplate.cues import RUN
from corpuslint.checks.corpus_features import LONG_WORDS, CorpusUnit, digest
from corpuslint.checks.corpus_units import without_link_targets
from corpuslint.analysis import markdown_unit, source_text
from corpuslint.models import Document
from corpuslint.rule import CorpusView
from corpuslint.textutil import normalize


NEAR = 3  # lines after a line that count as its neighbours in a site's template


def short_unit(u: CorpusUnit) -> bool:
    return u.words < LONG_WORDS and not u.sentence


def line_indexes(units: list[CorpusUnit]) -> list[int]:
    """The indexes of the lines in text order: one-line paragraphs and the lines of longer ones
    (a paragraph of several lines stands for none: its lines do)."""
    return [i for i, u in enumerate(units)
            if u.line or not (i + 1 < len(units) and units[i + 1].line and units[i + 1].start == u.start)]


def neighbour_pairs(units: list[CorpusUnit]) -> list[tuple[int, int]]:
    """Index pairs of lines (`line_indexes`) at most NEAR lines apart, in text order, one of them short
    (the page's furniture): a menu entry stands among the site's others, a page's own entries
    between them (`Next Page >`, `Related Searches`)."""
    seq = line_indexes(units)
    return [(i, j) for n, i in enumerate(seq) for j in seq[n + 1:n + 1 + NEAR] if short_unit(units[i]) or short_unit(units[j])]


def lines_around(units: list[CorpusUnit], i: int) -> list[CorpusUnit]:
    """The lines (`line_indexes`) just before and just after unit i, those that exist."""
    u, found = units[i], []
    before = next((k for k in range(i - 1, -1, -1) if units[k].end <= u.start), None)
    if before is not None:
        found.append(units[before])
    after = next((k for k in range(i + 1, len(units)) if units[k].start >= u.end), None)
    if after is not None:
        if after + 1 < len(units) and units[after + 1].line and units[after + 1].start == units[after].start:
            after += 1  # a paragraph of several lines stands for none: its first line does
        found.append(units[after])
    return found


def lines_beside(units: list[CorpusUnit], i: int, seq: list[int], place: dict[int, int]) -> list[list[CorpusUnit]]:
    """The lines (`line_indexes`) above unit i and below it, the nearest first, `RUN` + 1 on each side at
    most (`seq`: `line_indexes`, `place`: a line's index in it); a paragraph of several lines: the lines just
    around it."""
    if i not in place:
        return [[v] for v in lines_around(units, i)]
    n = place[i]
    return [[units[k] for k in reversed(seq[max(0, n - RUN - 1):n])], [units[k] for k in seq[n + 1:n + RUN + 2]]]


def pair_key(site: str, a: CorpusUnit, b: CorpusUnit) -> str:
    return digest(f"{site}\x00{a.key}\x00{b.key}")


def site_key(site: str, u: CorpusUnit) -> str:
    """The key of a unit's K_UNIT_SITE fingerprint: the unit on one site's pages."""
    return digest(f"{site}\x00{u.key}")


def exact_key(text: str, u: CorpusUnit) -> str:
    """A Markdown unit's exact text (spacing folded, its links' targets left out: `corpus_units`), beside
    its normal form."""
    return digest(" ".join(without_link_targets(text[u.start:u.end]).split()))


K_UNIT_EXACT = "unit-exact"  # a Markdown unit's exact text (spacing folded), beside its normal form


def markdown_stamped(doc: Document, u: CorpusUnit, corpus: CorpusView, min_documents: int) -> bool:
    """In Markdown (a site's sources, whose furniture lives in its layouts), only a whole
    paragraph or quotation stamped on several posts word for word, digits and links
    included, counts (CL151): a list item is an enumeration, a line of a paragraph a soft wrap, a
    block that ends with a colon the caption of what follows, and
    a line that differs in its version or link (`[Scala 3.4.2](…/3.4.2) is now available!`)
    is a series template filled in for each post."""
    if not markdown_unit(doc, u.start, u.end) or doc.text[u.start:u.end].rstrip().endswith(":"):
        return False  # a block that ends with `:` introduces what follows (`Past winners:`)
    return corpus.count(K_UNIT_EXACT, exact_key(source_text(doc), u)) >= min_documents


THIN_KEY = 2  # a unit's normal form of this many letters and digits at most, its other marks dropped: no copy
# a letter or digit glued to a mark the key drops, inside one word (`'%D'`, `‘d’`, `\{N\}`); not a bullet or a
# separator of its own (`-   en »`), nor a label's closing colon (`To: <address>`, whose address the key folds),
# nor an abbreviation's points or a compound's hyphen (a menu's `U.S.`, `N.Y.`: words of their own, each its key)
_GLUED = regex.compile(r"[^\w\s.&/-]\w|\w[^\w\s.&/-]")


def thin_key(block: str) -> bool:
    """Whether a unit's normal form keeps almost nothing of it: THIN_KEY letters or digits at most, glued to
    marks the key drops (quotes, `%`, backslashes): a Texinfo table's term `'%D'` keys as `d`, as `‘d’` does, so
    every quoted term of a manual would be "the same line" (tester33 B1: 44 definition terms removed); or an
    indented block one of whose lines keeps nothing. A unit of symbols alone keys on its symbols, and one of a word
    or two on its words: neither is thin."""
    norm = normalize(block)
    kept = len(norm) - norm.count(" ")
    if 0 < kept <= THIN_KEY and any(_GLUED.search(token.rstrip(".,:;!?")) for token in block.split()
                                             if "@" not in token and "://" not in token and "www." not in token):
        return True
    # an indented block (a program) one of whose lines the key leaves out whole (sed's `#!/usr/bin/sed -nf` over `$=`,
    # a program of two lines keyed as its first line alone: the first line of eight longer scripts, tester33 B1)
    rows = [row for row in block.split("\n") if row.strip()]
    return len(rows) > 1 and all(row[:1] in " \t" for row in rows[1:]) and any(not normalize(row) for row in rows)
