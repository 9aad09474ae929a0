"""A row of badges: image links side by side (a README's "Donate", "Coverage", "PyPI" shields).

A pack rule that matches one badge of a row ("[![Donate via PayPal]…") reports that badge, not the
row: the other badges are the project's (pymdown-extensions' README opens with six, the first a
donation link; session 15's qa15b corpus).
"""

from __future__ import annotations

from corpuslint import rxcache

# `[![alt](img)](link)`, `[![alt][img]][link]` or a bare `![alt](img)`
_TARGET = r"(?:\([^)\n]*\)|\[[^\]\n]*\])"
_IMAGE_LINK = rxcache.compile(rf"\[!\[[^\]\n]*\]{_TARGET}\]{_TARGET}|!\[[^\]\n]*\]{_TARGET}")


def badge_in_row(text: str, start: int, end: int, hit_start: int) -> tuple[int, int] | None:
    """The span of the badge holding `hit_start` when text[start:end] is a row of two or more image
    links and nothing else (None otherwise)."""
    if text.count("![", start, end) < 2:
        return None
    links = list(_IMAGE_LINK.finditer(text, start, end))
    if len(links) < 2:
        return None
    covered = sum(m.end() - m.start() for m in links)
    if text[start:end].count(" ") + text[start:end].count("\n") + text[start:end].count("\t") + covered < end - start:
        return None  # words besides the badges: not a row of them
    for m in links:
        if m.start() <= hit_start < m.end():
            a, b = m.span()
            while b < end and text[b] in " \t":
                b += 1  # the spaces after it go with it, or, at the line's end, those before it
            if b == m.end():
                while a > start and text[a - 1] in " \t":
                    a -= 1
            return a, b
    return None
