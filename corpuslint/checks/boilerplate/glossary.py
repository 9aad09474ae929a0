"""A dictionary's or a glossary's entries: its headwords, their definitions and its contents list.

A dictionary files one definition under several headwords (FOLDOC's TCSEC entry under `Orange Book`,
`A1 security` ... `C2 security`), and its letters' files carry the entries that other dictionaries of
the corpus carry too (the Jargon File's entries are in FOLDOC): a headword, a cross-reference that is
a whole definition (`See {boot}.` under `:cold boot: n.`), a definition's last line, recur in several
documents because the dictionaries share entries, not because they share furniture. Removing one
leaves a definition under no headword, or a headword with no definition (qa23 r07).

A text is a glossary when `MIN_ENTRIES` entries or more have FOLDOC's shape, or `MIN_TERMS` the
Jargon File's:
- FOLDOC's: a block of short lines (the headword and its aliases, `HEAD_WORDS` words at most, no
  colon or comma at its end, no bullet) standing at the head of the text, under a blank line or a deeper
  indented line (the definition before), then a blank line and a definition indented deeper;
- the Jargon File's: a term between colons alone on its line, then at most a word class or a
  pronunciation (`:cold boot: n.`, `:C&C: //`), a blank line, and a definition indented as deep (a
  reST field's body is indented deeper than its field: a docinfo is no glossary).
A man page's sections (`NAME` over its indented text) are fewer than `MIN_ENTRIES`; its options have
no blank line between an option and its text.

In a glossary, the lines of its entries (a headword and its definition, down to the next headword,
or in FOLDOC's shape to the last line indented deeper) are its own, and so are the lines of its
contents list that name one of its headwords (the Jargon File's `   all your base are belong to us`
over the letter's entries).
"""

from __future__ import annotations

from bisect import bisect_right
from collections import Counter
from collections.abc import Iterable, Sequence

import regex

from corpuslint.checks.corpus_units import CorpusUnit
from corpuslint.textlines import indent_columns

MIN_ENTRIES = 20  # headwords over their definitions: a dictionary's letter has dozens, a man page ten sections
MIN_TERMS = 5  # the Jargon File's `:term:` entries (its X section has eight)
HEAD_WORDS = 8
TERM_WORDS = 3  # most headwords are terms of this many words at most (FOLDOC's: 76% to 100%)
HEADS_SHARE = 0.8  # of the lines at the headwords' indentation, the headwords' (FOLDOC's: all but a stray line)
# of FOLDOC-shaped entries, those whose definition says a sentence (FOLDOC's 26 letters: 0.53 to 0.7; a staff
# page's names over their job titles, `Dipl. Kulturingenieur ETH`: none, review24 #3)
SENTENCES_SHARE = 1 / 3
# `:cold boot: n.`, `:C&C: //`, `:all your base are belong to us:`: a term between colons, then at most a
# word class or a pronunciation (a reST field's value is text: `:Author: David Goodger`)
_TERM = regex.compile(r"[ \t]*:(\S[^:\n]{0,78}?):(?:[ \t]+(?:/[^/\n]{0,40}/,?[ \t]*){0,2}"
                      r"(?:[a-z.]{1,6}\.(?:,[ \t]*[a-z.]{1,6}\.){0,3}(?:[ \t]+obs\.)?)?)?[ \t]*")
_HEAD_END = frozenset(":;,")  # (a headword may exclaim, or end with a point: `I didn't change anything!`, `P.O.D.`)
_BULLET = regex.compile(r"[-*•+>#|]|\d{1,3}[.)]\s|\.\.")
_WORD = regex.compile(r"\w+")
# a sentence's end: a word in lower case closing with its mark (`... an abbreviation for "assembler".`); an
# abbreviation's point closes no sentence (`Dipl. Kulturingenieur ETH`)
_SENTENCE_END = regex.compile(r"(?:^|\s)\p{Ll}[\p{Ll}\d'-]+[.!?][\"')\]»”]*(?=\s|$)")


def _head_line(line: str) -> bool:
    """A headword's shape: a short line, no sentence end, no bullet or markup."""
    s = line.strip()
    return bool(s) and len(s.split()) <= HEAD_WORDS and s[-1] not in _HEAD_END and _BULLET.match(s) is None


def _words(line: str) -> str:
    return " ".join(_WORD.findall(line.lower()))


def headwords(lines: Sequence[str]) -> list[tuple[int, int]]:
    """The headword blocks of the text's lines, (first line, last line) of each, where the text is a
    glossary (else none): `MIN_ENTRIES` of the Jargon File's shape, or of FOLDOC's with one indentation
    for the headwords and one for the definitions under them, `HEADS_SHARE` of the text's lines
    at the headwords' indentation headwords (a bill's printed lines, wrapped at the margin, stand
    there between its indented ones), the headwords terms (70% of them `TERM_WORDS` words at most), most opening with a letter, a
    quarter of them with a word of their own (a changelog's entries open with its package's name or a date),
    and `SENTENCES_SHARE` of their definitions saying a sentence (a staff page's job titles say none)."""
    blank = [not line.strip() for line in lines]
    found = _candidates(lines, blank)
    terms = [(a, b) for a, b, depths in found if depths is None]
    if len(terms) >= MIN_TERMS:
        return terms
    shapes = Counter(depths for *_, depths in found if depths is not None)
    if not shapes:
        return []
    shape, count = shapes.most_common(1)[0]
    heads = [(a, b) for a, b, depths in found if depths == shape]
    at_depth = sum(1 for n, line in enumerate(lines) if not blank[n] and indent_columns(line) == shape[0])
    if count < MIN_ENTRIES or sum(b - a + 1 for a, b in heads) < HEADS_SHARE * at_depth:
        return []
    first = [lines[a].split()[0].lower() for a, _ in heads]
    if 4 * len(set(first)) < len(first) or 5 * sum(w[0].isalpha() for w in first) < 4 * len(first):
        return []  # a changelog's entries under `apt (2.6.1) unstable; ...` or `2022-04-15  Jim Meyering`
    if 10 * sum(len(lines[a].split()) <= TERM_WORDS for a, _ in heads) < 7 * len(heads):
        return []  # a page's headings over its paragraphs (a lynx dump's `Extrablatt für Essen`)
    told = sum(_SENTENCE_END.search(" ".join(lines[b + 1:end + 1])) is not None
               for (_, b), (_, end) in zip(heads, _entries(lines, heads)))
    if told < SENTENCES_SHARE * len(heads):
        return []  # a staff page's names over their job titles (rswag's `Markus` / `Dipl. Kulturingenieur ETH`)
    return heads


def _candidates(lines: Sequence[str], blank: list[bool]) -> list[tuple[int, int, tuple[int, int] | None]]:
    """Every block of the headwords' shape: (first line, last line, None for the Jargon File's
    shape or the indentations of FOLDOC's headwords and of their definition)."""
    n, found = 0, []
    while n < len(lines):
        if blank[n]:
            n += 1
            continue
        body = n + 1
        if _TERM.fullmatch(lines[n]):
            if body + 1 < len(lines) and blank[body] and not blank[body + 1] \
                    and indent_columns(lines[body + 1]) == indent_columns(lines[n]):
                found.append((n, n, None))
            n += 1
            continue
        depth = indent_columns(lines[n])
        above = n - 1
        if _head_line(lines[n]) and (above < 0 or blank[above] or indent_columns(lines[above]) > depth):
            while body < len(lines) and not blank[body] and indent_columns(lines[body]) == depth and _head_line(lines[body]):
                body += 1
            if body + 1 < len(lines) and blank[body] and not blank[body + 1] and indent_columns(lines[body + 1]) > depth:
                found.append((n, body - 1, (depth, indent_columns(lines[body + 1]))))
                n = body
                continue
        n += 1
    return found


def _entries(lines: Sequence[str], heads: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Each entry's lines, (its headword's first line, its definition's last line): down to the next
    headword, or in FOLDOC's shape (definitions deeper than headwords) to the last line indented
    deeper before a line that is not (a page's footer under a list of names over their titles)."""
    out = []
    for k, (a, b) in enumerate(heads):
        stop = heads[k + 1][0] if k + 1 < len(heads) else len(lines)
        end = b
        depth = indent_columns(lines[a])
        deeper = not _TERM.fullmatch(lines[a])
        for n in range(b + 1, stop):
            if not lines[n].strip():
                continue
            if deeper and indent_columns(lines[n]) <= depth:
                break
            end = n
        out.append((a, end))
    return out


def glossary_entries(text: str, units: Sequence[CorpusUnit], repeated: Iterable[int]) -> set[int]:
    """The repeated units (`repeated`, indexes into `units`) that are a glossary's own: a line of
    one of its entries (a headword or its definition), or a line of its contents naming one of its
    headwords."""
    if text.count("\n") < 2 * MIN_TERMS:
        return set()
    lines = text.split("\n")
    heads = headwords(lines)
    if not heads:
        return set()
    starts, at = [], 0
    for line in lines:
        starts.append(at)
        at += len(line) + 1
    spans = [(starts[a], starts[b] + len(lines[b])) for a, b in _entries(lines, heads)]
    terms = set()
    for a, b in heads:
        for line in lines[a:b + 1]:
            m = _TERM.fullmatch(line)
            terms.add(_words(m.group(1) if m else line))
    found = set()
    for i in repeated:
        u = units[i]
        k = bisect_right(spans, (u.start, len(text) + 1)) - 1
        if k >= 0 and u.end <= spans[k][1] or _words(text[u.start:u.end]) in terms:
            found.add(i)
    return found
