"""A byline chosen by its shape: each line near the printed headline scored by a small logistic model.

Session 15 (byline15): measured, NOT wired into the page reader. Cross-validated (leave-set-out and
leave-site-out, training/bylinescore_cv.json) it never beat the rules of `pageauthors.py`, and on a set
the rules had not been tuned on (mercury half A, rules as of 1e5a62d) it added nothing where it was
confident (benchmarks/METADATA.md "Session 15, byline15"). Kept here, with its training script, for
the next try: the misses are mostly lines the cutter cannot read and pages with no headline found,
not a wrong choice among lines.

The rules in `pageauthors.py` list the byline shapes pages were seen to print. This module describes a
line instead (where it stands from the headline and the first prose, how many words, how many of them
are name-shaped, a cue such as `By`/`par`/`von`, a role word, a handle, a stamp, a separator, a sentence
stop, what its neighbours look like, whether its text repeats on the page) and weighs those features
with a logistic model (`training/train_bylinescore.py`, from the pages with a gold byline; written as
JSON by `--write`; pure Python to score). Only lines the name cutter (`cut_names`) can read names from
are candidates: the model chooses the line, `bylineline` cuts the names.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

import regex

from corpuslint.checks.metadata.bylineline import (
    FOREIGN_BY, HANDLE, ROLE_WORDS, SEGMENT, STAMP, bare_name, byline_names, clean_byline, is_stamp,
    name_before_role, name_line,
)
from corpuslint.checks.metadata.dates import NUMERIC_DATE
from corpuslint.checks.metadata.lines import CREDIT_LIKE, Line, core_word, is_prose
from corpuslint.checks.metadata.vocabulary import BYLINE_START, TEASERS_HEADING
from corpuslint.stamps import DATE_IN_TEXT
from corpuslint.textutil import LazyPattern

try:
    from corpuslint.textutil import word_key
except ImportError:  # an older checkout (before f8ef9e0), for the held-out replay in train_bylinescore.py
    from corpuslint.textutil import NON_WORD

    def word_key(text: str) -> str:
        return " ".join(NON_WORD.sub(" ", text.casefold()).split())

GENERIC = False  # also read names by shape alone (`generic_names`): train_bylinescore.py --generic
MODEL = Path(__file__).with_name("bylinescore.json")
FORMAT = "corpuslint-byline-model/1"
BEFORE, AFTER = 4, 30  # the lines scored: from a few above the headline to the story's first paragraphs

CUE = LazyPattern(r"(?i)(?:^|[\s|•·—–-])(?:by|par|von|por|door|di|av|af)\s*:?\s+(?=\p{Lu}|@)")
# a name's word: `Jane`, `J.`, `R.J.`, `SMITH`, a particle (`de`, `van`), `McDonald`
NAME_TOKEN = LazyPattern(r"^(?:\p{Lu}[\p{Ll}'’-]+|\p{Lu}\.(?:\p{Lu}\.)*|\p{Lu}{2,}|"
                         r"(?:de|da|van|von|der|den|del|la|le|di|du|bin|al|y)|\p{Lu}\p{Ll}*\p{Lu}\p{Ll}+)$")
PARTICLE = frozenset("and & et y und e en".split())
DIGIT = LazyPattern(r"\d")
SENTENCE_STOP = LazyPattern(r"[.!?。]$")

FEATURES = (
    "bias", "above", "near1", "near2_3", "near4_8", "far", "before_prose", "after_prose", "prose_gap",
    "words", "few_words", "name_share", "bare", "named_line", "stamped", "byline_line", "role_line",
    "cue_start", "cue_inside", "role_word", "handle", "stamp", "separator", "digits", "stop", "prose",
    "credit", "repeats", "in_headline", "teasers_above", "prev_stamp", "next_stamp", "prev_name",
    "next_name", "next_prose", "lower_start",
)


def cut_names(line: Line) -> list[str]:
    """The names a line holds when read as a byline: `By A and B`, `A - Apr 16, 2015`, `A Education
    editor`, `A` alone; nothing for a line no reader takes for one."""
    names = byline_names(line)
    if names:
        return names
    name, _ = name_line(line.text)
    if name is None:
        name = name_before_role(line.text)
    if name is None:
        name = bare_name(clean_byline(line.text))
    return [name] if name else []


def _name_share(text: str) -> float:
    words = [core_word(w) for w in clean_byline(text).split()]
    words = [w for w in words if w and w.lower() not in PARTICLE]
    if not words:
        return 0.0
    return sum(NAME_TOKEN.match(w) is not None for w in words) / len(words)


def line_features(lines: list[Line], index: int, headline: int, prose: int | None,
                  counts: dict[str, int]) -> list[float]:
    """The shape of line `index` as a byline candidate under the headline at `headline`; `prose`: the
    first prose line below the headline (None: none in reach); `counts`: each line key's count on the page."""
    text = lines[index].text
    rel = index - headline
    words = text.split()
    name, stamped = name_line(text)
    prev = lines[index - 1].text if index > 0 else ""
    after = lines[index + 1].text if index + 1 < len(lines) else ""
    teasers = any(TEASERS_HEADING.match(lines[i].text) for i in range(headline + 1, index))
    low = {core_word(w).lower() for w in words}
    return [
        1.0, float(rel < 0), float(rel == 1), float(2 <= rel <= 3), float(4 <= rel <= 8), float(rel > 8),
        float(prose is not None and index < prose), float(prose is not None and index > prose),
        min(abs(index - prose), 10) / 10 if prose is not None else 1.0,
        min(len(words), 20) / 10, float(len(words) <= 5), _name_share(text),
        float(bare_name(clean_byline(text)) is not None), float(name is not None), float(stamped),
        float(bool(byline_names(lines[index]))), float(name_before_role(text) is not None),
        float(BYLINE_START.match(text) is not None or FOREIGN_BY.match(text) is not None),
        float(CUE.search(text, 1) is not None), float(bool(low & ROLE_WORDS)), float(HANDLE.search(text) is not None),
        float(is_stamp(text)), float(SEGMENT.search(text) is not None),
        min(len(DIGIT.findall(text)), 10) / 10, float(SENTENCE_STOP.search(text) is not None), float(is_prose(text)),
        float(CREDIT_LIKE.search(text) is not None), float(counts.get(word_key(text), 0) > 1),
        float(bool(name) and f" {word_key(name)} " in f" {word_key(lines[headline].text)} "), float(teasers),
        float(len(prev) <= 60 and is_stamp(prev)), float(len(after) <= 60 and is_stamp(after)),
        float(bare_name(clean_byline(prev)) is not None), float(bare_name(clean_byline(after)) is not None),
        float(is_prose(after)), float(text[:1].islower()),
    ]


def first_prose(lines: list[Line], headline: int, end: int) -> int | None:
    return next((i for i in range(headline + 1, end) if is_prose(lines[i].text) and len(lines[i].text) > 80), None)


def candidates(lines: list[Line], headline: int) -> list[tuple[int, list[str], list[float]]]:
    """(index, names, features) for each line near the headline the cutter reads names from."""
    start, end = max(1, headline - BEFORE), min(len(lines), headline + AFTER + 1)
    prose = first_prose(lines, headline, end)
    counts: dict[str, int] = {}
    for line in lines:
        if len(line.text) <= 100:
            key = word_key(line.text)
            counts[key] = counts.get(key, 0) + 1
    out = []
    for index in range(start, end):
        if index == headline or len(lines[index].text) > 160:
            continue
        names = cut_names(lines[index]) or (generic_names(lines[index].text) if GENERIC else [])
        if names:
            out.append((index, names, line_features(lines, index, headline, prose, counts)))
    return out


@lru_cache(maxsize=4)
def load(path: str = str(MODEL)) -> dict:
    model = json.loads(Path(path).read_text(encoding="utf-8"))
    if model.get("format") != FORMAT or list(model["features"]) != list(FEATURES):
        raise ValueError(f"{path}: not a {FORMAT} model over these features")
    return model


def probability(weights: list[float], features: list[float]) -> float:
    z = sum(w * x for w, x in zip(weights, features))
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def scored_byline(lines: list[Line], headline: int | None, model: dict | None = None) -> tuple[list[str], float]:
    """The names of the best-scored candidate line and its probability ([], 0.0: no candidate)."""
    if headline is None:
        return [], 0.0
    model = model or load()
    best: tuple[list[str], float] = ([], 0.0)
    for _, names, features in candidates(lines, headline):
        p = probability(model["weights"], features)
        if p > best[1]:
            best = (names, p)
    return best



GENERIC_SPLIT = LazyPattern(r"\s+[|•·—–-]\s+|\s*[|•·]\s*|,\s+")
CUE_START = LazyPattern(r"(?i)^(?:(?:written|posted|published|story|words|text|reported)\s+)?"
                        r"(?:by|par|von|por|door|di|av|af)\s*:?\s+")


def generic_names(text: str) -> list[str]:
    """A byline read by shape alone (no list of the shapes pages print): the line's stamp cut off, its
    parts split at separators and commas, a cue word dropped, and each part that is a run of 2-4
    name-shaped tokens (or a cued run of them before other words) is a name."""
    if len(text) > 100 or is_prose(text):
        return []
    cut = len(text)
    for pattern in (DATE_IN_TEXT, STAMP, NUMERIC_DATE):
        match = pattern.search(text)
        if match is not None:
            cut = min(cut, match.start())
    names = []
    for part in GENERIC_SPLIT.split(clean_byline(text[:cut])):
        part = part.strip(" :")
        cue = CUE_START.match(part)
        if cue is not None:
            part = part[cue.end():]
        for chunk in regex.split(r"\s+(?:and|&|et|y|und)\s+", part):
            words = chunk.split()
            run = 0
            while run < len(words) and NAME_TOKEN.match(core_word(words[run]) or "-"):
                run += 1
            if 2 <= run <= 4 and (run == len(words) or cue is not None) and words[0][:1].isupper():
                if not any(core_word(w).lower() in ROLE_WORDS for w in words[:run]):
                    names.append(" ".join(words[:run]))
    return names
