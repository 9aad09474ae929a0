"""The units of a document the corpus rules fingerprint: its paragraphs, and the lines of its
multi-line paragraphs, each with its place, normalised key, size and flags; and the normal form
of the whole text (what its MinHash signature and text hash are made of). What the rules do
with them: `corpus_features`.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass
from typing import Any

from corpuslint.parts import without_system
from corpuslint.textutil import all_line_norms, normalize, paragraphs

MAX_UNITS = 3000  # lines and paragraphs fingerprinted per document (memory bound)
MAX_UNIT_CHARS = 5000  # longer blocks are prose, never furniture
LONG_WORDS = 12
_SENTENCE_ENDS = frozenset(".!?…")


@dataclass(slots=True)
class CorpusUnit:
    start: int
    end: int
    key: str
    words: int
    edge: bool
    line: bool  # a line inside a longer paragraph (else a whole paragraph)
    sentence: bool  # reads as a sentence (ends with . ! ?, not all capitals)
    tail: bool  # among the last few lines, where bios stand
    number: bool  # only digits (and punctuation)
    symbols: bool  # no letters or digits at all ("***", "___")
    bio: Any = None  # `biography.BioEvidence`, see `unitbio.bio_of`: computed on demand (slow)
    bio_done: bool = False
    # the bio evidence of its words alone (no place, no author box): `bio_of` scores it first, and
    # CL410's test of a unit given word for word elsewhere (`repeated._stamped`) asks it again; False:
    # surely below the threshold, unscored (`bio_of`: no word of a cue that could reach it)
    words_bio: Any = None
    # the person a unit after the article is a profile of by its shape (CL410's `_profile`), or None:
    # asked while collecting, in `lookups` and again in the check, computed once (`profile_done`)
    profile: str | None = None
    profile_done: bool = False


def digest(normalised: str) -> str:
    return hashlib.blake2b(normalised.encode("utf-8"), digest_size=8).hexdigest()


# a Markdown link's target (`[contact the moderators](/message/compose/?to=/r/IAmA)`): a reader sees its text; the
# target is what a template fills in for each place it is stamped on (tester29: AutoModerator's footer, one link
# per subreddit), so a unit's key leaves it out (an absolute URL was left out already: `normalize`)
_LINK_TARGET = re.compile(r"\]\((?:[^()\s]|\([^()\s]*\))*(?:[ \t]+\"[^\"\n]*\")?\)")


def without_link_targets(text: str) -> str:
    """`text` with each Markdown link's target left out (`[text](url)` -> `[text]`)."""
    return _LINK_TARGET.sub("]", text) if "](" in text else text


def unit_key(block: str) -> str:
    """The key of a line or paragraph: its normalised form, or its symbols when it has no words."""
    return _unit_key(block, normalize(without_link_targets(block)))


def _unit_key(block: str, norm: str) -> str:
    return digest(norm or "\x00" + " ".join(block.split()))


BIO_TAIL_UNITS = 3  # a bio of another wording is looked for among the last lines of a document


def text_units(text: str) -> tuple[list[CorpusUnit], str]:
    """Paragraphs, and the lines of multi-line paragraphs, with their position in the document;
    and `normalize(text)`.

    The text's lines are normalised at once (`all_line_norms`): a paragraph's normal form is its
    lines' joined, and the text's its lines' (`normalize` works word by word, and no word spans
    a line break). Line by line, and the whole text again for its shingles, was ~1 s per 10 MB.
    """
    norms = all_line_norms(text)  # by line of the text
    whole = " ".join(filter(None, norms))  # (the text's words for its signature: its links' targets kept)
    if "](" in text:
        norms = [normalize(without_link_targets(line)) if "](" in line else norm
                 for line, norm in zip(text.split("\n"), norms)]
    blocks: list[tuple[int, int, bool, int, int, str]] = []  # start, end, is a line, first and last line, norm
    row = 0  # the text's line at `pos`
    pos = 0
    n = 0
    count = text.count
    for para in paragraphs(text):
        start, end = para.start, para.end
        row += count("\n", pos, start)
        pos = start
        breaks = count("\n", start, end)
        if not breaks:
            if len(blocks) <= MAX_UNITS:
                blocks.append((start, end, False, n, n, norms[row]))
            n += 1
            continue
        first = n
        lines = []
        line_start = start
        for k, piece in enumerate(text[start:end].split("\n")):
            stripped = piece.strip()
            if stripped:
                begin = line_start + piece.index(stripped[0])
                lines.append((begin, begin + len(stripped), True, n, n, norms[row + k]))
                n += 1
            line_start += len(piece) + 1
        if len(blocks) <= MAX_UNITS:
            blocks.append((start, end, False, first, n - 1, " ".join([line[5] for line in lines if line[5]])))
            blocks.extend(lines)
    units = []
    blake2b = hashlib.blake2b
    for start, end, is_line, first, last, norm in blocks[:MAX_UNITS]:
        if end - start > MAX_UNIT_CHARS:
            continue
        block = text[start:end]
        if norm:
            words = norm.count(" ") + 1
            key = blake2b(norm.encode(), digest_size=8).hexdigest()
        else:
            words = 0
            key = blake2b(("\x00" + " ".join(block.split())).encode(), digest_size=8).hexdigest()
        units.append(CorpusUnit(
            start, end, key, words, first < 2 or last >= n - 2, is_line,
            4 <= words < LONG_WORDS and block.rstrip("\"'”’)]")[-1:] in _SENTENCE_ENDS and not block.isupper(),
            last >= n - BIO_TAIL_UNITS,
            bool(norm) and not norm.strip("0 "),
            not norm.replace("_", "").strip(),
        ))
    return units, whole


def compared_words(doc: Any, words: int) -> int:
    """The words of `doc` its signature is made of (`words`: all of its text's): a chat record's
    but its system prompt's (`parts.without_system`): a short exchange under a long prompt is short."""
    rest = without_system(doc)
    if rest is None:
        return words
    normalized = normalize(rest)
    return normalized.count(" ") + 1 if normalized else 0


def one_per_block(units: list[tuple[CorpusUnit, object]]) -> list[tuple[CorpusUnit, object]]:
    """Drop the lines of a reported paragraph: one finding per block."""
    paras = [u for u, _ in units if not u.line]
    return [(u, info) for u, info in units
            if not (u.line and any(p.start <= u.start and u.end <= p.end for p in paras))]
