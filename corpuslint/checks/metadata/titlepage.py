"""The authors on a paper's title page, in a PDF's text (pdftotext): the names under the title.

What a title page IS: on the first page (before the first form feed), the title's lines, then the authors'
names, one or more a line (`Torsten Hothorn1 , Kurt Hornik2 ,` / `Mark A. van de Wiel3 and Achim Zeileis2`,
`Chenyang Zhong, Robert Tibshirani and Terry Therneau`, or one a line between their affiliations), each name
two to five capitalised words (initials and particles: `Mark A. van de Wiel`) with its affiliation marks
(`1,2`, `∗`, `†`) set after it; then their affiliations (a university, an institute, a department), e-mail
addresses, a date, and the abstract or the contents. A line of names counts only where the page bears that
out: an affiliation, an address or a date among the lines of the author block, or `Abstract` closing it. A
title's wrapped line (`Covariance Matrix Estimators`) is the title's, read off by the title CL504 found or,
without one, as the lines over the first name that go on from the line above.
"""

from __future__ import annotations

import regex

from corpuslint.checks.metadata.lines import Found
from corpuslint.checks.pdftext import paginated
from corpuslint.textutil import LazyPattern

MAX_HEAD = 16  # non-blank lines of the first page read
# affiliation marks after a name: `Hothorn1`, `Hornik2 ,`, `Zeileis∗`, `Roe1,2`, `Doe†`
_MARKS = LazyPattern(r"(?<=\p{L}\.?)[ \t]*(?:\d{1,2}(?:[ \t]*,[ \t]*\d{1,2})*|[∗*†‡§¶]+)(?=[ \t]*(?:,|and\b|&|$))")
_SEPARATOR = LazyPattern(r"[ \t]*,[ \t]*(?:and[ \t]+)?|[ \t]+(?:and|&)[ \t]+")
_NAME_WORD = LazyPattern(r"(?:\p{Lu}\.){1,3}|\p{Lu}[\p{Ll}'’]+(?:-\p{Lu}[\p{Ll}'’]+)?")
_INITIAL = LazyPattern(r"\p{Lu}")  # `Terry M Therneau`: an initial written without its full stop, inside a name
_PARTICLES = frozenset("van de der den von da di du del della le la dos das ter ten".split())
# what an affiliation's line holds (a university, an institute, a department, a firm): no person's name
_INSTITUTION = LazyPattern(
    r"(?i)univers|institu|fakult|facult|departm|\bdept\b|laborator|hochschule|école|ecole|escuela|college|school|"
    r"clinic|hospital|\bcent(?:er|re)\b|academ|akadem|\binc\b|gmbh|\bltd\b|corporation|foundation|research|"
    r"\bbank\b|\bagency\b|\blab\b|statist|mathemat|informati")
_EMAIL = LazyPattern(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_DATE = LazyPattern(r"(?i)\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[ \t]+(?:\d{1,2},[ \t]*)?\d{4}\b"
                    r"|\b\d{4}-\d{2}-\d{2}\b")
_STOP = LazyPattern(r"(?i)^(?:abstract|summary|contents|keywords?|introduction|\d+(?:\.\d+)*[ \t]+\p{Lu}\p{L}+)\b")
_CAPITALISED = LazyPattern(r"(?:\p{Lu}[\p{L}&’'.-]*,?[ \t]+){0,5}\p{Lu}[\p{L}&’'.-]*")  # `ENSIMAG, Grenoble INP`
_MARK_LINE = LazyPattern(r"\d{1,2}|[∗*†‡§¶]")
_ADDRESS = LazyPattern(r"\d[^\n]*,[^\n]*\p{Lu}|\p{Lu}[^\n]*,[^\n]*\d")  # `Waldstraße 6, D-91054 Erlangen, Germany`
_GOES_ON = LazyPattern(r"(?i)(?:[:,–—-]|\b(?:the|a|an|of|and|for|in|on|with|to|by|from|at))[ \t]*$")


def _person(part: str) -> bool:
    """Whether `part` is one person's name: two to five words, each capitalised or an initial, particles
    between them, no institution's word."""
    words = part.split()
    if not 2 <= len(words) <= 5 or _INSTITUTION.search(part) or words[0].lower() in _PARTICLES:
        return False
    names = [w for w in words if w.lower() not in _PARTICLES]
    return (len(names) >= 2 and not names[-1].endswith(".") and len(names[-1]) > 1 and len(names[0]) > 1
            and all(_NAME_WORD.fullmatch(w) or _INITIAL.fullmatch(w) for w in names))


def names_of(line: str) -> list[str] | None:
    """The persons a title page's line names (`Torsten Hothorn1 , Kurt Hornik2 ,`), or None where it is no list
    of names."""
    bare = _MARKS.sub("", line).strip().rstrip(",").strip()
    if bare.startswith(("and ", "& ")):
        bare = bare.split(None, 1)[1]  # `and Achim Zeileis2`: a list of names wrapped before its last
    if not bare:
        return None
    parts = [p.strip() for p in _SEPARATOR.split(bare) if p.strip()]
    return parts if parts and all(_person(p) for p in parts) else None


WRAPPED_TITLE = 35  # characters of a title's first line that a title wraps under


def _title_wrapped(lines: list[tuple[int, int, str, bool]], k: int) -> bool:
    """Whether line `k` (the second) is a long title's wrapped end (`Econometric Computing with HC and HAC` /
    `Covariance Matrix Estimators`): right under a long first line, and the block goes on under it with no blank
    line (the author's name comes next); a name alone under the title has a blank line or a date under it."""
    if k != 1 or lines[1][3] or len(lines[0][2]) < WRAPPED_TITLE or len(lines) < 3 or lines[2][3]:
        return False
    alone = names_of(lines[1][2])
    return alone is not None and len(alone) == 1 and lines[1][2] == alone[0] and names_of(lines[2][2]) is not None


def paper_authors(text: str, title: str | None = None) -> Found | None:
    """The authors under the title of a PDF's first page (see the module's docstring), as one `author` item
    spanning their lines, or None."""
    if not text or "\f" not in text[:20_000] or not paginated(text):
        return None
    page = text[:text.find("\f")]
    lines, pos, blank = [], 0, False
    for raw in page.split("\n"):
        if raw.strip():
            lines.append((pos, pos + len(raw), raw.strip(), blank))
        blank = not raw.strip()
        pos += len(raw) + 1
        if len(lines) > MAX_HEAD:
            break
    flat_title = " ".join(title.split()) if title else ""
    names: list[str] = []
    first = last = None
    attested = False
    for k, (start, end, line, _) in enumerate(lines):
        if _STOP.match(line):
            attested = attested or bool(names)
            break
        if k == 0 or (not names and (line in flat_title or line[0].islower() or _GOES_ON.search(lines[k - 1][2])
                                     or _title_wrapped(lines, k))):
            continue  # the title and its wrapped lines
        found = names_of(line)
        if found is not None:
            names += [n for n in found if n not in names]
            first = start if first is None else first
            last = end
        elif names and (_INSTITUTION.search(line) or _EMAIL.search(line) or _DATE.search(line)):
            attested = True
        elif names and (_MARK_LINE.fullmatch(line) or _ADDRESS.search(line) and len(line.split()) <= 8
                        or _CAPITALISED.fullmatch(line)):
            continue  # an affiliation's mark on its own line (`1`), its address (`Augasse 2-6, …`), its name (`ENSIMAG`)
        elif names or len(line) > 100:
            break  # prose, a figure's label: the page's text begins
    if not names or not attested or first is None or last is None:
        return None
    shown = page[first:last]
    return Found("author", names, first, last, "titlepage", False, regex.sub(r"\s+", " ", shown)[:120])
