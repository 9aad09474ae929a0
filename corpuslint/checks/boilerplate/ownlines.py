"""More of the article's own short lines that CL140's line model mistakes for furniture (issue 15,
the news reads): a section break above the article's closing line, a heading on the first line
right above the first paragraph, a summary under its label at the top, a fact check's example
lead-in. Each is a shape of the line in its context, tested both ways on real documents; the
rule's `articles_own` asks them beside its own (a verdict, a media lead-in, a citation)."""

from __future__ import annotations

import re

from corpuslint.checks.boilerplate.linefeatures import Line, has_link

__all__ = ["is_example_lead_in", "is_section_break", "is_story_summary", "is_top_heading", "own_line"]

_WORD = re.compile(r"\w")


def is_section_break(line: Line, after: Line | None, prose_before: float) -> bool:
    """A row of one symbol (`*  *  *`) after the article's prose, right above a line that closes a
    sentence (or trails off, `...`) with no call to action or link: the break before the
    article's last words, not a footer's rule (a footer's line asks or links)."""
    marks = line.text.replace(" ", "")
    if len(marks) < 3 or len(set(marks)) > 1 or _WORD.search(marks) or prose_before <= 0 or after is None:
        return False  # a row of one mark repeated (`* * *`, `---`), not a lone arrow or `×`
    text = after.text
    return (after.number <= line.number + 2 and after.words >= 4 and text[-1] in ".!?…\"”'"
            and not after.cta and not has_link(text))


def is_top_heading(line: Line, after: Line | None) -> bool:
    """A heading of one to three words on the document's first line, with the first paragraph
    of prose on the very next line (no blank line between: `Outline` / `Circulating report
    claims ...`): the article's own heading. A site's name or menu stands apart from the text."""
    text = line.text
    return (after is not None and after.prose and after.number == line.number + 1
            and line.words <= 3 and text[:1].isupper() and not line.cta and text[-1] not in ":|"
            and not any(c.isdigit() for c in text) and not has_link(text))


# a summary's label glued to its first point ("Story highlights Obama reaffirms ...")
_SUMMARY = re.compile(r"(?i)^(?:story highlights|highlights|key points|in brief)\b[:\s]+\S")


def is_story_summary(line: Line, prose_before: float) -> bool:
    """The article's summary at its top: its label with the first point on the same line (a
    headline's length, no link, no call to action), before the first paragraph."""
    return (prose_before == 0 and 6 <= line.words <= 30 and not line.cta and not has_link(line.text)
            and _SUMMARY.match(line.text) is not None)


# a fact check's lead-in to the claim it quotes ("Example: [Collected via email, October 2014]")
_EXAMPLE = re.compile(r"(?i)^examples?\s*:\s*\[[^\]]{4,80}\]$")


def is_example_lead_in(line: Line, prose_after: float) -> bool:
    """A fact check's lead-in to the example of the claim it quotes below, with where the
    example was collected in brackets: the article's, not a widget's."""
    return prose_after > 0 and _EXAMPLE.match(line.text) is not None


def own_line(lines: list[Line], i: int, prose_before: float, prose_after: float) -> bool:
    """Any of the shapes above for line `i`."""
    line = lines[i]
    after = lines[i + 1] if i + 1 < len(lines) else None
    return (is_section_break(line, after, prose_before) or (i == 0 and is_top_heading(line, after))
            or is_story_summary(line, prose_before) or is_example_lead_in(line, prose_after))
