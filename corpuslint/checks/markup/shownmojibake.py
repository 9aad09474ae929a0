"""Mojibake a text shows on purpose (CL206): an example of what garbled text looks like, not damage.

A book on encodings writes what a misread file looks like (the Debian Handbook: "characters like
”Ã©“ or ”Ã¨“", 「Ã©」 in Japanese), and a mojibake fixer's README gives its inputs at the prompt
(`>>> ftfy.fix_text('The Mona Lisa doesnÃƒÂ¢Ã¢â€šÂ¬Ã¢â€žÂ¢t have eyebrows.')`). Repairing them
rewrites the example into what it is an example of ("characters like é look wrong"): tester28, 7
safe fixes. Told by shape, in any language: each run stands quoted alone (nothing but the run between
two quotation marks) or in code (a line at a `>>>` prompt, inline code, a fenced block), and the text
holds other non-ASCII characters read right, so the text itself was decoded well. A text whose every
accent and quote is garbled is mojibake through and through, its examples too; one with a run in
plain prose was misread somewhere, and all its runs are reported as before.

The same holds for U+FFFD (CL207): what a program prints of a name it cannot decode (convmv's
`mv "travail/�l�ments graphiques"` in the Handbook's transcript, tester28) is shown on purpose
where it stands in a terminal session, in code or quoted alone, and the text reads right elsewhere.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence

from corpuslint.checks.bios.sessions import in_session
from corpuslint.console import IPYTHON, PYTHON, PYTHON_MORE
from corpuslint.textlines import line_span

# quotation marks in any order (an Arabic text writes ”Ã©“, reading right to left)
_QUOTES = "\"'`“”„‟‘’‚«»‹›「」『』"
_REPL_LINE = re.compile(rf"[ \t]*(?:{PYTHON}|{PYTHON_MORE}|{IPYTHON})[ \t]")  # an interpreter's prompt (console)
_FENCE = re.compile(r"(?m)^[ \t]{0,3}(?:`{3,}|~{3,})")
_INLINE_CODE = re.compile(r"`[^`\n]+`")


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """Nothing but the run (and spaces) between two quotation marks: ”Ã©“, 「Ã¨」, `'Ã§'`."""
    before, after = start, end
    while before > 0 and text[before - 1] in " \t":
        before -= 1
    while after < len(text) and text[after] in " \t":
        after += 1
    return before > 0 and after < len(text) and text[before - 1] in _QUOTES and text[after] in _QUOTES


def _in_code(text: str, start: int, end: int, fences: Sequence[int]) -> bool:
    """The run is code: on a line typed at an interpreter's prompt, in inline code, in a fenced block."""
    line_start, line_end = line_span(text, start)
    if _REPL_LINE.match(text, line_start):
        return True
    if "`" in text[line_start:start] and any(m.start() < start and end <= m.end()
                                              for m in _INLINE_CODE.finditer(text, line_start, line_end)):
        return True
    return bisect.bisect_right(fences, start) % 2 == 1


def shown_on_purpose(text: str, runs: Sequence[tuple[int, int]]) -> bool:
    """Whether every mojibake run of `text` ((start, end) each) is an example it shows (module docstring)."""
    if not runs:
        return False
    fences = [m.start() for m in _FENCE.finditer(text)] if "```" in text or "~~~" in text else []
    if not all(_quoted_alone(text, a, b) or _in_code(text, a, b, fences) for a, b in runs):
        return False
    covered = sum(_non_ascii(text[a:b]) for a, b in runs)
    return _non_ascii(text) > covered  # other non-ASCII characters, read right


def _non_ascii(text: str) -> int:
    return len(text) - len(text.encode("ascii", "ignore"))


def shown_replacement(text: str, start: int, end: int) -> bool:
    """Whether the `�` run at start..end is one the text shows on purpose (module docstring): in a
    terminal session set apart from the prose (`sessions`), in code or quoted alone, in a text whose
    other non-ASCII characters are read right (not one `�` for every accent)."""
    fences = [m.start() for m in _FENCE.finditer(text)] if "```" in text or "~~~" in text else []
    if not (in_session(text, start) or _in_code(text, start, end, fences) or _quoted_alone(text, start, end)):
        return False
    return _non_ascii(text) > 2 * text.count("\ufffd")

