"""Why removing the later of two exact copies needs a person (CL401-CL403's fix unsafe): the
copies' places (a reply's quotation, a stanza, an indented block, a section between them...)
that tell a text's own repetition from a scraper's copy."""

from __future__ import annotations

from corpuslint.checks.bios.authored import heading_between, in_quotation
from corpuslint.checks.bios.blocks import UNDER_ANOTHER_LINE, under_another_line
from corpuslint.checks.bios.headings import heading_given_again, under_other_terms
from corpuslint.checks.bios.entryparts import ENTRY_PART, in_other_paragraphs, under_own_heads
from corpuslint.checks.bios.replies import reply_quotation
from corpuslint.checks.bios.series import heads_its_own_text, page_furniture, recurring_refrain, series_row
from corpuslint.checks.bios.summaries import heads_its_section
from corpuslint.checks.bios.units import indented_block, leads_on, line_of_stanza, under_its_command
from corpuslint.checks.bios.whole import (
    far_apart,
    open_at_either_end,
    per_entry,
    refrain,
    section_between,
    under_a_term,
)
from corpuslint.models import Document
from corpuslint.textutil import LazyPattern


# a gallery's label alone on its line over a caption (`Caption`, `Photo caption:`): the word itself
_GALLERY_CAPTION_LABEL = LazyPattern(r"(?i)[ \t]*(?:photo[ \t]+|image[ \t]+|picture[ \t]+)?caption[ \t]*:?[ \t]*")


def _under_caption_label(text: str, start: int) -> bool:
    """The line right above the one at `start` is a gallery's `Caption` label alone."""
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2:
        return False
    above = text.rfind("\n", 0, line_start - 1) + 1
    return _GALLERY_CAPTION_LABEL.fullmatch(text, above, line_start - 1) is not None


def why_unsafe(doc: Document, copy, where: str, across_heading: bool) -> str | None:
    """Why removing the later of two exact copies needs a person (its fix unsafe), or None."""
    text = doc.text
    if copy.out_of_place:
        # the first copy may be a teaser of the story's sentence (then the story loses its own),
        # or the comment a reply quotes (then the reply loses the quotation): place cannot tell
        return (f"it removes this one, beside prose paragraphs, and keeps the one at {where} among short lines, "
                "which may be a teaser of the story's sentence")
    reply = reply_quotation(text, copy.earlier, copy.later)
    if reply:
        # a reader quoting the comment (or the sentence) they answer: removing it leaves the answer
        # answering nothing (qa19c r07)
        return _REPLY[reply]
    if doc.origin.format == "markdown" and (in_quotation(doc, copy.later) or in_quotation(doc, copy.earlier)):
        # quoted text is given as its source wrote it: a repeat inside it may be the source's own
        return "it removes this one, and the copies are quoted text"
    if across_heading or (doc.origin.format != "markdown" and heading_between(doc, copy.earlier, copy.later)):
        # each section of a documentation page may say it again on purpose; a scraped page's lede
        # repeated under `## More from the region` is a copy: a heading cannot tell them apart
        return ("it removes this one, and a heading stands between the copies: a section may repeat its own "
                "text on purpose")
    if line_of_stanza(text, *copy.later):
        # a refrain, a chorus, a statement given again, or a link given twice: the shape of a
        # block of short lines cannot tell
        return ("it removes this line out of a block of short lines, a stanza, a log or code as well as a list of "
                "links, where a line given again may be the text's own")
    if under_its_command(text, *copy.later, copy.earlier):
        return ("this copy is the line under a line of its block indented deeper (a command, an example's code) "
                "that the other copy does not have above it: the result each example shows, not a copy")
    if indented_block(text, *copy.later) or under_a_term(text, *copy.later):
        return ("the copies are blocks indented under what they describe, an option, a definition, a quotation, "
                "which a reference may describe again in the same words")
    if leads_on(text, *copy.later):
        return ("this copy leaves its sentence open and the text goes on with it below, so it may open a sentence "
                "of its own")
    open_end = open_at_either_end(text, *copy.later)
    if open_end == "start":
        return "this copy finishes a sentence the text above leaves open: removing it cuts that sentence short"
    if open_end == "end":
        return "this copy opens a sentence the next line finishes: removing it leaves that line a fragment"
    if per_entry(text, copy.earlier, copy.later):
        return ("the copies stand in two entries under headings with a bare version or date: a release log's, "
                "each entry's own sentence, or a list's, the page's copy; the shape cannot tell")
    if copy.category == "paragraph" and refrain(text, copy.earlier, copy.later):
        return ("the copies are a sentence said again among the text's own paragraphs, a refrain as well as a "
                "copy: the shape cannot tell")
    if _under_caption_label(text, copy.later[0]):
        # a gallery's slide gives its text, then the same under its `Caption` button (wapo-1, reads21b): the
        # gallery's copy, whatever else its block of page lines holds (`Share on …` rows are no log)
        return ("this copy is a photo gallery's caption given again under its `Caption` label (the slide's text and "
                "its caption box): a copy of the gallery's, but which one the text keeps is a person's choice")
    row = series_row(text, *copy.later)
    if row:
        return _SERIES[row]
    if recurring_refrain(text, *copy.later):
        return ("the text gives this line three times or more, each copy among units of its shape (verses, "
                "a verse's translation, stanzas): a refrain of its form, not a copy")
    if heads_its_section(text, copy.earlier, copy.later):
        return ("the other copy is a row of a block and this one a line alone over a paragraph of its own: a "
                "summary's row and its section's head, or a teaser given again over its story")
    if heads_its_own_text(text, copy.earlier, copy.later):
        return ("each copy is a line ending with a colon over a paragraph of its own (a form of address, a "
                "lead-in): each heads its own part of the text")
    if heading_given_again(text, copy.earlier, copy.later):
        # a paper in plain text names a section again over its appendix's code (tester33 A4)
        return ("the copies are a title's line alone, in a text whose sections open with such titles over their "
                "prose: a section named again (an appendix's part for it), not a copy")
    if under_other_terms(text, copy.earlier, copy.later):
        # sed's `a` and `i` commands each say "As a GNU extension, this command accepts two addresses."
        return ("the copies stand indented under two different terms: one sentence said in two entries of a "
                "reference, each entry's own")
    if section_between(text, copy.earlier, copy.later):
        # a reference manual says a sentence again under each topic it applies to (vim help's tag lines)
        return ("it removes this one, and a section's marker (a rule, a help tag, a numbered title, a definition's "
                "head) stands between the copies: a section may repeat its own text on purpose")
    if under_another_line(text, copy.earlier, copy.later):
        return UNDER_ANOTHER_LINE
    if under_own_heads(text, copy.earlier, copy.later) or in_other_paragraphs(text, copy.earlier, copy.later):
        return ENTRY_PART
    apart = 0 if page_furniture(text, *copy.later) else far_apart(text, copy.earlier, copy.later)
    if apart:
        return (f"it removes this one, {apart} paragraphs after the other: a scraper's copy stands near the first "
                "or repeats its neighbours with it, a sentence given again far away may be the text's own")
    return None


_REPLY = {
    "quoted": "this copy is quoted text (`>`), given again by a reply that quotes it",
    "address": ("this copy follows a reply's address (an `@handle`, a \"… wrote:\" line) and the reply answers it "
                "below: a quotation of what the reply answers, not a scraper's copy"),
    "comment": ("this copy opens a comment posted after the other and the comment answers it below: a reply quoting "
                "what it answers, not a scraper's copy"),
}


_SERIES = {
    "table": "this copy is a row of a table, data of its table, not a copy of the other table's row",
    "field": ("this copy is a labelled field whose label opens other lines with other values: each item's own "
              "field, not a copy"),
    "log": ("this copy is a line of a block whose lines open with the same words (a log's events, a series of "
            "records): each line its own event"),
}
