"""More of the article's own short lines that CL140's line model mistakes for furniture (issue 15,
the news reads): a section break above the article's closing line, a heading on the first line
right above the first paragraph, the first line as the title when the article begins below it,
a heading standing alone among the first three lines above the first paragraph, a subheading
between one-sentence paragraphs, a headline the article quotes under its lead-in, a summary
under its label at the top, a fact check's example lead-in. Each is a shape of the line in its
context, tested both ways on real documents; the rule's `articles_own` asks them beside its
own (a verdict, a media lead-in, a citation)."""

from __future__ import annotations

import re

from corpuslint.checks.boilerplate.linefeatures import Line, has_link

__all__ = ["is_early_heading", "is_example_lead_in", "is_first_line_title", "is_inner_heading", "is_quoted_headline",
           "is_section_break", "is_story_summary", "is_top_heading", "own_line"]

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


# what a credit, a caption or a player says of itself: a line with one is not a heading
_CREDIT = re.compile(r"(?i)\b(?:via|source|getty|reuters|ap|afp|credit|loading|advertisement|gallery|photo by|"
                     r"image by)\b|^(?:videos?|photos?|images?|pictures?|watch|listen)\b|"
                     r"\b(?:videos?|photos?|images?|pictures?)\s*:| / ")


def _heading_shape(line: Line, most: int) -> bool:
    """Short, no call to action, link, e-mail, credit word or inner full stop, not a label
    (`Tags:`, `Home |`), not a counter (`1 of 21`), no gap of spaces (a caption glued to its
    credit, `Facebook   Taylor Chandler`): the shape of a heading."""
    text = line.text
    return (1 <= line.words <= most and not line.cta and text[-1] not in ":|" and not text[0].isdigit()
            and "  " not in text and "." not in text[:-1] and "@" not in text and not has_link(text)
            and _CREDIT.search(text) is None)


def _sentence(line: Line | None, words: int = 6) -> bool:
    """A line that reads as a sentence of the article: a paragraph of prose, or `words` or more
    closed by a sentence mark."""
    return line is not None and (line.prose or line.words >= words and line.text[-1] in ".!?\"”")


def is_first_line_title(lines: list[Line], i: int) -> bool:
    """The document's first line when the article begins right below it: its title (`Awwwww!`
    above `This is such a heartwarming story!`, a headline naming a video above the first
    paragraph), or the label of a note that opens it (`update`). A site's name or menu is
    followed by more furniture, not by the article's first sentences."""
    if i != 0 or len(lines) < 2 or not _heading_shape(lines[0], 15):
        return False
    after = lines[1]
    if after.prose:
        return True
    # a short opening sentence (a standfirst, an exclamation), then a paragraph
    return _sentence(after) and len(lines) > 2 and lines[2].prose


def is_early_heading(lines: list[Line], i: int) -> bool:
    """A heading among the document's first three lines right above a paragraph of prose, even
    below a teaser paragraph or a note (`UPDATE ...: This story seems to be false.` / `Axl Rose
    death hoax spreads on Facebook` / the story), a paragraph of its own (blank lines around): the
    story's headline or first subhead. A menu's item or a site's tagline stands in a run of
    short lines (`bla` / `daMax hat die Faxen dicke` above a cookie notice)."""
    if not (0 < i < 3) or i + 1 >= len(lines):
        return False
    line = lines[i]
    alone = lines[i - 1].number + 1 < line.number and line.blank_after  # a paragraph of its own
    return (alone and line.words >= 3 and _heading_shape(line, 15) and line.text[-1] not in ".!?"
            and lines[i + 1].prose)


def is_inner_heading(lines: list[Line], i: int, prose_before: float, prose_after: float) -> bool:
    """A subheading inside the article between two one-sentence paragraphs (BBC's style: `It is
    not clear whether he was paid.` / `Falling absenteeism` / `India's bureaucracy has ...`):
    a heading's shape of up to 8 words, two sentences above and one of 8 words or more below
    that closes with a sentence mark (a form's field label is above its parenthesised hint),
    the article's prose on both sides."""
    if not (1 < i < len(lines) - 1) or prose_before <= 0 or prose_after <= 0:
        return False
    line, before, after = lines[i], lines[i - 1], lines[i + 1]
    # two paragraphs above, not one: a widget's list alternates a title and its one-line blurb
    return (line.words >= 2 and after.words >= 8 and after.text[-1] in ".!?\"”" and after.stop >= 0.15
            and line.text[-1] not in ".!?" and _sentence(before) and _sentence(lines[i - 2])
            and _heading_shape(line, 8))


def is_quoted_headline(lines: list[Line], i: int, prose_before: float) -> bool:
    """A headline the article quotes, under its own lead-in that ends with a colon (`The
    Associated Press update:` / `Obama, Putin discuss Ukraine, missile treaty` / the story's
    first paragraph): inside the article (a sentence above the lead-in), each a paragraph of
    its own (blank lines between), a paragraph of prose right below. A widget's title glued
    under a label is not spaced so; a menu's label (`Find Information About:`) has no sentence
    above it."""
    if not (1 < i < len(lines) - 1) or prose_before <= 0:
        return False
    line, before, after = lines[i], lines[i - 1], lines[i + 1]
    spaced = before.number + 2 == line.number and line.number + 2 == after.number and line.blank_after
    return (spaced and before.text[-1] == ":" and before.words >= 3 and after.prose and not before.cta
            and _sentence(lines[i - 2]) and not has_link(before.text) and _heading_shape(line, 12))


def own_line(lines: list[Line], i: int, prose_before: float, prose_after: float) -> bool:
    """Any of the shapes above for line `i`."""
    line = lines[i]
    after = lines[i + 1] if i + 1 < len(lines) else None
    return (is_section_break(line, after, prose_before) or (i == 0 and is_top_heading(line, after))
            or is_story_summary(line, prose_before) or is_example_lead_in(line, prose_after)
            or is_first_line_title(lines, i) or is_inner_heading(lines, i, prose_before, prose_after)
            or is_quoted_headline(lines, i, prose_before) or is_early_heading(lines, i))
