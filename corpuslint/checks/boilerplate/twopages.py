"""A line that two pages of one site share: the site's template, or text their authors wrote alike?

CL151 reports a site's template from two different articles of one site (`carrierverdicts._verdict`):
a blog's sign-off at the tail of two posts. Two documents are weak evidence, and a site is not always a
publisher's template: the records of a Q&A dump all carry one host's URL (tester32: 112 answers of
`unix.stackexchange.com`), and two answers share a command (`# apt-get build-dep foo`), the lead-in
over it (`Execute the command:`), a closing reference sentence. What the 2-document path still takes
has a template's shape: not the document's own code or example, not a lead-in over the document's own
lines, not half of a paragraph's sentence. A label at a page's edge (`Share this:` over the share
buttons), a blog's archive menu, a site's disclaimer under its stories still count from two pages.
"""

from __future__ import annotations

from collections.abc import Callable

from corpuslint.checks.corpus_units import CorpusUnit
from corpuslint.console import COMMAND_PROMPT
from corpuslint.textlines import indent_columns, line_span, lines_above
from corpuslint.textutil import ends_sentence

__all__ = ["not_template_shaped"]

_LEAD_ENDS = (":", "：")
LEAD_WORDS = 3  # a lead-in's words at least (a label, `Watch below:`, `Video:`, is a template's caption as often)


def _next_filled(text: str, end: int) -> int | None:
    """The start of the first non-blank line below the line ending at `end` (its first character)."""
    pos = end
    while pos < len(text) and text[pos].isspace():
        pos += 1
    return pos if pos < len(text) else None


def _shown_under_lead(text: str, start: int) -> bool:
    """Whether the line at `start`, set deeper, stands under a line of prose, past a blank line, that ends
    with a colon (`you can just run:`) or leaves its sentence open in a small letter (`To see how this is
    useful, run`): that sentence's display, a command or an example. (A template's credit under an article's
    `... it's just gibberish:` stands at the text's indent.)"""
    blank = False
    line_start = text.rfind("\n", 0, start) + 1
    for line in lines_above(text, start):
        stripped = line.strip()
        if not stripped:
            blank = True
            continue
        if COMMAND_PROMPT.match(line):
            continue  # the display's lines above it (`# apt-get build-dep foo` over `# apt-get source …`)
        if not blank or len(stripped.split()) < LEAD_WORDS or indent_columns(text[line_start:start + 1]) <= indent_columns(line):
            return False  # (a template's credit under an article's last sentence stands at the text's indent)
        return stripped.endswith(_LEAD_ENDS) or stripped[-1:].islower()
    return False


def not_template_shaped(text: str, u: CorpusUnit, repeated: Callable[[int], bool]) -> bool:
    """Whether a unit that two pages of one site share lacks a template's shape (see the module's
    docstring): a command, a display under the document's sentence, a lead-in over the document's own
    line, a line of a paragraph that its sentence runs through. `repeated(offset)`: the line starting
    there is one the corpus repeats."""
    block = text[u.start:u.end]
    if COMMAND_PROMPT.match(block) or _shown_under_lead(text, u.start):
        return True
    if block.rstrip().endswith(_LEAD_ENDS) and len(block.split()) >= LEAD_WORDS:
        below = _next_filled(text, u.end)
        if below is not None and not repeated(below) and not ends_sentence(text[below:line_span(text, below)[1]]):
            return True  # `Execute the command:` over the document's own command (`Watch below:` over prose is a caption)
    return _half_sentence(text, u)  # `For more information ... see the ports pages` / `at the website (…) .`


def _half_sentence(text: str, u: CorpusUnit) -> bool:
    """Whether the unit is a line of a paragraph that its sentence runs through: it leaves the sentence
    open and the line below goes on with it in a small letter, or it goes on in a small letter with the
    sentence the line above left open. Two pages that share the paragraph share its lines; the paragraph
    is judged whole (a sentence two answers share is no template from two pages alone)."""
    start, end = u.start, u.end
    if text[end - 1:end] not in ".!?:;。！？" and text.startswith("\n", end):
        below = text[end + 1:end + 80].lstrip(" \t\u00a0")
        if below[:1].islower():
            return True
    line_start = text.rfind("\n", 0, start) + 1
    if line_start == 0 or not text[start:start + 1].islower() or text[line_start:start].strip():
        return False
    above_end = line_start - 1
    above = text[text.rfind("\n", 0, above_end) + 1:above_end].rstrip()
    return bool(above) and above[-1:] not in ".!?:;。！？"
