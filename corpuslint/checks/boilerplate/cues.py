"""A script's cues: the short lines a play, a screenplay or a transcript repeats inside itself (qa23b).

A site's template stands once on each of its pages, or a few times, and every line of it is the
site's: the pages that carry one carry the others. A script has a vocabulary of its own that it
repeats between its lines: the speakers' names over their speeches (`BUCKINGHAM`, `First
Gentleman`), its stage directions (`Exeunt`, `_Exit_`), each many times, interleaved with the
text's own lines. Most of those cues are the document's alone (`KING JOHN`, `HERMIA`: no other
play names them); a few are the genre's and other works carry them too (`Exeunt`, `Messenger`,
`ACT II`, `My lord!`), which is why a corpus of plays "repeats" them.

A document is a script by its speakers' cues (`corpuslint.turns.speaker_cues`). There a line that other
documents carry is the text's own (`cue_of_script`) when it is one of its cues (`script_cues`: a
short line of words it repeats `CUE_REPEATS` times or more; no markup or code, which an HTML
e-mail's source repeats: `<tr>`, `font-size:26px;`), or a short line between two lines of the
script (each a cue or a line no other document carries), `RUN` lines that others carry at most
between it and each: an act's heading between `Exeunt` and `SCENE I.`, `Enter a Messenger` over
`Messenger`, a short speech under its speaker's name. A run of a page's furniture around a
script (a menu over it, a footer under it) stands among lines that other documents carry, or at
the script's end, and still counts. (A document's recurring lines alone do not tell a script: a
staff page repeats its `E-Mail` labels and departments, a site's pages their menus, each of them
the page's own on qa20b's pages of unseen sites.)

CL140 reads a script's shape from the lines alone (`speaker_cues`, qa23b #2): a speaker's cue is a
short line after a blank line (`STEEL`, `QUEEN KATHARINE`, `First Gentleman`, with a screenplay's
extension `(V.O.)` or `(CONT'D)` and Markdown's emphasis `**HERMIA**` dropped), not closed by a sentence's or a caption's mark, right
over its speech, a block of lines one of which closes a sentence. A script has `SCRIPT_NAMES`
speakers or more with two speeches each, whose cues make `SCRIPT_CUES` lines or more and
`SCRIPT_SHARE` of the document's lines: 0.06 to 0.36 of the lines in 50 scenes of ten plays (120
lines each) and 0.14 in a screenplay. A page's captions stand over their menus' items, which close
no sentence; on the 94 web pages, qa20b's 151 pages (inscriptis and lynx) and the 2,000 news
documents of ../shared/corpora/txt, two such names make 0.04 of a page's lines at most (a blog's
subheadings over their paragraphs, dropbox-blog: 0.03).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Sequence

from corpuslint.checks.corpus_units import LONG_WORDS, CorpusUnit
from corpuslint.turns import SCRIPT_CUES, SCRIPT_NAMES, SCRIPT_SHARE, speaker_cues

__all__ = ["CUE_REPEATS", "RUN", "SCRIPT_CUES", "SCRIPT_NAMES", "SCRIPT_SHARE", "cue_of_script", "script_cues",
           "speaker_cues"]

CUE_REPEATS = 3  # a cue recurs in the script this many times at least
RUN = 2  # short lines that other documents carry, in a row, between a script's own lines


def _short(u: CorpusUnit) -> bool:
    return u.words < LONG_WORDS and not u.sentence and not u.number and not u.symbols


_MARKUP = frozenset("<>{}=;\\|")


def _worded(block: str) -> bool:
    """A line of words (a name, a stage direction, `**HERMIA**`, `_Exit_`), not markup or code, which
    an HTML e-mail's source repeats (`<tr>`, `font-size:26px;`): no markup sign, letters for more
    than half of its characters."""
    chars = "".join(block.split())
    return not _MARKUP.intersection(chars) and 2 * sum(c.isalpha() for c in chars) > len(chars)


def script_cues(units: Sequence[CorpusUnit], lines: Sequence[int], text: str) -> frozenset[str]:
    """The keys of a script's cues (the module's doc): `lines` are the indexes of its lines in
    `units` (of `text`)."""
    counts = Counter(units[i].key for i in lines if _short(units[i]) and _worded(text[units[i].start:units[i].end]))
    return frozenset(key for key, n in counts.items() if n >= CUE_REPEATS)


def cue_of_script(u: CorpusUnit, sides: Sequence[Sequence[CorpusUnit]], cues: Collection[str],
                  shared: Collection[str]) -> bool:
    """Whether the repeated unit `u` of a script (by its speakers' cues: `speaker_cues`) is the
    script's own: one of its `cues`, or a short line (no sentence: `ACT II`, `My lord!`,
    `Enter a Messenger`) between two lines of the script (each a cue or a line no other document
    carries: `shared` are their keys), `RUN` short lines that others carry at most between it and
    each (`Enter a Messenger` over `Messenger`). `sides` are the lines above it and below it, the
    nearest first; a line over or under the script alone, or in a longer run (a page's menu), is
    no line of it. A sentence that other documents carry word for word (a notice, a licence's
    grant) is no cue of a script's."""
    if u.key in cues:
        return True
    if not _short(u) or len(sides) != 2:
        return False
    for side in sides:
        for v in side[:RUN + 1]:
            if v.key in cues or v.key not in shared:
                break  # the script's own line
            if not _short(v):
                return False
        else:
            return False
    return True
