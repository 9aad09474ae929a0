"""How a copy `copies.find_copies` found becomes a CL401-CL403 finding: the rules' shared base.

Which copies are the text's own and not reported (a picture's credit under each picture, a headline quoting
the story, a chorus, two entries' own lines...), the message naming the earlier copy, and the fix: which copy
goes and whether that is safe. `rules.py` keeps the three rules themselves (code, name, docs), so the
reporting and the rules' documentation each stay one idea.
"""

from __future__ import annotations

from corpuslint.analysis import markdown_unit
from corpuslint.checks.bios.authored import authored_repeat
from corpuslint.checks.bios.blocks import by_block, in_another_cue
from corpuslint.checks.bios.contents import contents_and_heading
from corpuslint.checks.bios.copies import Copy, copies_in
from corpuslint.checks.bios.entries import own_entries
from corpuslint.checks.bios.formulas import proclaimed, section_formula
from corpuslint.checks.bios.notices import under_own_notice
from corpuslint.checks.bios.options import CopyOptions
from corpuslint.checks.bios.refrains import chorus, transcript_turn
from corpuslint.checks.bios.replies import two_posts
from corpuslint.checks.bios.requoted import requoted
from corpuslint.checks.bios.series import record_field
from corpuslint.checks.bios.shown import cut_mid_sentence, own_sections, shown_examples
from corpuslint.checks.bios.summaries import index_and_head, summary_of_sections
from corpuslint.checks.bios.units import neighbour
from corpuslint.checks.bios.unsafe import why_unsafe
from corpuslint.checks.bios.whole import in_two_entries, refrain
from corpuslint.checks.pdftext import line_in_block
from corpuslint.models import Applicability, Document, Fix, Related, TextEdit, Violation
from corpuslint.parts import cell_position, line_range_named, lines_named
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, blank_before, block_removal, shorten
from corpuslint.turns import spaced_lines, speaker_cues

MARKDOWN_MIN_WORDS = 10


def _markdown_copy(doc: Document, copy: Copy) -> bool:
    """In Markdown, a copy counts when both copies are whole blocks of prose of some length: a line
    of a paragraph is a soft wrap, not a unit, and a short block written again (a section's
    `*Led by the … team*`) is a refrain its author meant, not a passage pasted twice."""
    return (markdown_unit(doc, *copy.later) and markdown_unit(doc, *copy.earlier)
            and len(doc.text[copy.later[0]:copy.later[1]].split()) >= MARKDOWN_MIN_WORDS)


# a picture's credit line: every picture by one photographer carries the same one, so a second copy
# names another picture, it does not repeat the text
PICTURE_CREDIT = LazyPattern(r"(?i)^(?:credits?(?::|\s+(?=\p{Lu}))|(?:photo(?:graph)?s?|image|picture|illustration|"
                             r"foto(?:grafía|grafia)?)(?:\s+by\b|\s*:))")
# the wire's form, a line of its own: the photographer and the agency's picture ("David T. Foster
# III/The Charlotte Observer via AP Photo", "Andres Kudacki/AP Photo", "AP Photo/Evan Vucci"); a
# caption that ends with such a credit has more words and stays a paragraph
AGENCY_CREDIT = LazyPattern(r"(?i)(?:/|\bvia\s)[^/\n]{0,60}\b(?:photo|image)s?$|^(?:\p{L}+\s)?photos?\s*/\s*\p{Lu}")
AGENCY_CREDIT_WORDS = 10
# a chart's or a table's source line ("By The New York Times | Source: Congressional Budget Office"):
# under each of two charts from one source, it names another chart
SOURCE_CREDIT = LazyPattern(r"(?i)^(?:by\s[^|\n]{1,60}\|\s*)?sources?:\s")


def _picture_credit(text: str) -> bool:
    text = text.strip()
    if len(text) > 160 or "\n" in text:
        return False
    return PICTURE_CREDIT.match(text) is not None or (
        len(text.split()) <= AGENCY_CREDIT_WORDS and (AGENCY_CREDIT.search(text) is not None
                                                      or SOURCE_CREDIT.match(text) is not None))


# a quotation as a whole line: opens with a quotation mark, closes with one (after an ellipsis or a
# question mark at most), and no full stop of its own
_WHOLE_QUOTE = LazyPattern(r"^[\"“‘'«„][^\n]{10,240}[^.\s][\"”’'»]$")
_QUOTE_OPENS = LazyPattern(r"^[\"“‘'«„]")
HEADLINE_QUOTE_WORDS = 30


def _headline_quoting_the_story(text: str, copy: Copy) -> bool:
    """The document's first line is a quotation the story gives later as its own sentence: the
    headline quotes the story ('The urge to create is equally strong in all children… boys and girls'
    over a letter's "The urge to create is equally strong in all children. Boys and girls."). A
    headline is the story's title, not a copy of its sentence; removing either loses the page's
    text. A caption at the top (a Daily Mail page) is no quotation and stays a copy."""
    if not blank_before(text, copy.earlier[0]):
        return False  # not the first line
    top = text[copy.earlier[0]:copy.earlier[1]].strip()
    later = text[copy.later[0]:copy.later[1]].strip()
    return (len(top.split()) <= HEADLINE_QUOTE_WORDS and _WHOLE_QUOTE.match(top) is not None
            and _QUOTE_OPENS.match(later) is not None
            and later.rstrip("'\"’”)] \t").endswith((".", "!", "?")))


# a line that is only an ellipsis: what a feed's auto-title (Blogger's: the post's first line) ends with
_ELLIPSIS_LINE = LazyPattern(r"[ \t]*(?:\.{3,}|…|\[(?:\.{3}|…)\])[ \t]*(?:\n|$)")


def _truncated_head(text: str, copy: Copy) -> int | None:
    """Where the earlier copy's ellipsis line ends, if the earlier copy is a truncated head: a
    block's first line over a line that is only an ellipsis, right over the later copy (a feed
    entry's auto-title, the post's opening cut off with `...`, given over the post). The post's own
    sentence is the copy to keep; the head goes with its ellipsis (qa20 r14: removing the post's
    sentence kept the title's copy, and CL505 then removed that as the title line: the sentence
    left the text)."""
    line_start = text.rfind("\n", 0, copy.earlier[0]) + 1
    above = text.rfind("\n", 0, max(line_start - 1, 0)) + 1
    if (text[line_start:copy.earlier[0]].strip() or (line_start and text[above:line_start].strip())
            or copy.earlier[1] >= copy.later[0]):
        return None  # not a block's first line
    if not text.startswith("\n", copy.earlier[1]):
        return None
    match = _ELLIPSIS_LINE.match(text, copy.earlier[1] + 1)
    if match is None or match.end() > copy.later[0] or text[match.end():copy.later[0]].strip():
        return None
    return match.end() - 1 if match.group().endswith("\n") else match.end()


class DuplicateRule(Rule):
    """The base of CL401-CL403: reports the copies of its `category`."""

    family = "bios"
    fix_availability = FixAvailability.ALWAYS
    Options = CopyOptions
    category: str = ""

    def check(self, doc: Document):
        markdown = doc.origin.format == "markdown"
        blocks: set[tuple[int, int]] = set()  # the blocks given again whole, reported once each
        script: list[bool] = []  # whether the text is a play's or a screenplay's (read once, at its first copy)
        for copy in copies_in(doc, self.options):
            if copy.category == self.category:
                if markdown and not _markdown_copy(doc, copy):
                    continue
                why = authored_repeat(doc, copy.earlier, copy.later) if self.category == "paragraph" and (
                    markdown or doc.origin.format == "html") else ""
                if why in ("lead-in", "section"):
                    continue  # a lead-in to the code under it, or a documentation section's own text
                if contents_and_heading(doc.text, copy.earlier, copy.later):
                    continue  # a contents list's entry and the numbered heading it lists: structure (qa20 r01)
                if not script:
                    script.append(speaker_cues(spaced_lines(doc.text)))
                if script[0]:
                    continue  # a line said again in a play (an echo, a letter read aloud again, a scene's heading): its own (qa23b #5)
                if chorus(doc.text, copy.earlier, copy.later) or transcript_turn(
                        doc.text, copy.later, neighbour(doc.text, *copy.later, -1), neighbour(doc.text, *copy.later, 1)):
                    continue  # a song's chorus among its verses, a speaker's turn said again: the text's own (qa20)
                if copy.kind == "exact" and (section_formula(doc.text, *copy.later)
                                             or proclaimed(doc.text, copy.earlier, copy.later)):
                    continue  # a formula closing each numbered section, a title its proclamation quotes (qa22 r11)
                if own_entries(doc.text, copy.earlier, copy.later):
                    continue  # two options', releases', records' entries, each its own text (qa22 r09, qa24 r03)
                if summary_of_sections(doc.text, copy.earlier, copy.later) or index_and_head(
                        doc.text, copy.earlier, copy.later):
                    continue  # a summary's row and its section's head (an option listed, then described: tester25),
                    # an index's entry and its headword (tester26)
                if record_field(doc.text, *copy.later):
                    continue  # each patch entry's `Files: …`: a record's field in a series of records
                if _picture_credit(doc.text[copy.later[0]:copy.later[1]]):
                    continue  # "Credit Fotoilustración de A para The New York Times" under each of A's pictures
                if _headline_quoting_the_story(doc.text, copy):
                    continue  # the headline quotes the story's sentence: a title, not a copy
                if two_posts(doc.text, copy.earlier, copy.later):
                    continue  # two authors' embedded posts, one repeating the other's words (reads21b r03)
                if in_another_cue(doc.text, copy.earlier, copy.later):
                    continue  # a subtitle cue's line shown again in a cue of another time: the cue's own
                if requoted(doc.text, copy.earlier, copy.later):
                    continue  # the text's passage quoted again inside its own quotation (a koan's story, tester26)
                if line_in_block(doc.text, *copy.later):
                    continue  # a line among its block's in a PDF's text (an example's `Input class:`, an R call's argument)
                if cut_mid_sentence(doc.text, *copy.later) or cut_mid_sentence(doc.text, *copy.earlier):
                    continue  # half of a sentence the next line finishes (AsciiDoc between `--` lines, tester30)
                read = by_block(doc.text, copy)
                if read is None or read.later in blocks:
                    continue  # a line of a block under other lines than its first copy (qa23 r02), a block reported
                if read is not copy:
                    blocks.add(read.later)  # a block given again whole: its fix takes the block (qa23 r02, r08)
                yield self._violation(doc, read, across_heading=why == "heading", line_copy=copy)

    def _violation(self, doc: Document, copy: Copy, across_heading: bool = False,
                   line_copy: Copy | None = None) -> Violation:
        """The finding of `copy`; where `copy` is the block given again
        whole (`by_block`), `line_copy` the line's copy: the fix is no safer than the line's was (a stanza given again, a verse pair)."""
        text = doc.text
        line, end_line = doc.position(copy.earlier[0])[0], doc.position(copy.earlier[1])[0]
        where = line_range_named(doc, copy.earlier[0], copy.earlier[1])  # in a notebook: its cell and line
        this_line = lines_named(doc, [copy.later[0]])
        if doc.origin.text_is_inline:
            # a JSONL record is one line of its file: name the lines of its text (qa16a #14)
            first, last = doc.text_position(copy.earlier[0])[0], doc.text_position(copy.earlier[1])[0]
            where = f"line {first}" if first == last else f"lines {first}–{last}"
            where += " of the record's text"
            this_line = f"line {doc.text_position(copy.later[0])[0]} of the record's text"
        quoted = shorten(text[copy.later[0]:copy.later[1]], 60)
        if copy.bio:
            what = "duplicated bio"
        elif copy.quotation:
            what = "repeated quotation"
        else:
            what = "duplicate paragraph" if copy.kind in ("exact", "normalized") else "near-duplicate paragraph"
        percent = f"{copy.similarity:.0%}"
        if copy.kind == "exact":
            how = f"repeats {where} exactly"
        elif copy.kind == "normalized":
            how = f"repeats {where} (the same words; case, digits or links differ)"
        elif copy.kind == "run":
            how = (f"repeats {where} ({'spread over several paragraphs' if copy.earlier_run else 'as one paragraph'}"
                   f", {percent} similar)")
        else:
            how = f"repeats {where} ({percent} similar)"
        head_end = _truncated_head(text, copy) if copy.kind == "exact" else None
        if head_end is not None:
            advice = (f"remove the truncated copy at {where} with its ellipsis (the fix keeps this one, the text's own "
                      "sentence)")
            fix = self._removal(text, (copy.earlier[0], head_end), "Remove the truncated earlier copy, keeping this one",
                                safe=True)
        elif copy.kind in ("exact", "normalized") and copy.category == "paragraph" and line_copy in (None, copy) \
                and "\n" not in text[copy.later[0]:copy.later[1]] and refrain(text, copy.earlier, copy.later):
            # a psalm's refrain among its verses, a speaker's said again between other paragraphs (qa23b #5)
            advice = (f"keep both copies (no fix: this copy and the one at {where} are a sentence said again among "
                      "the text's own paragraphs, each between others: a refrain as well as a copy, the shape cannot "
                      "tell)")
            fix = None
        elif under_own_notice(text, copy.earlier, copy.later):
            # a copyright file's records: each component's licence under its holder's notice (tester27)
            advice = (f"keep both copies (no fix: this copy and the one at {where} each stand under a copyright "
                      "notice of their own: each record's licence text, which a fix would take from its component)")
            fix = None
        elif (shown := shown_examples(text, copy.earlier, copy.later) or ("near-copies each under its own heading, "
                "differing in their words" if own_sections(doc, copy) else "")):  # a syntax page, two commands' options
            advice = f"keep both copies (no fix: this copy and the one at {where} are {shown}: each the text's own)"
            fix = None
        elif copy.kind == "exact":
            why = why_unsafe(doc, copy, where, across_heading) or (
                line_copy is not None and line_copy is not copy and why_unsafe(doc, line_copy, where, across_heading)) or None
            advice = f"remove one copy (an unsafe fix: {why})" if why else "remove this copy"
            fix = self._removal(text, copy.later, "Remove the repeated copy", safe=why is None)
        elif in_two_entries(text, copy.earlier, copy.later):
            advice = (f"keep both copies (no fix: this copy and the one at {where} stand in two entries of a "
                      "definition list, each under its own term: each entry is complete on its own)")
            fix = None
        elif copy.undecided:
            # neither copy is a caption or a label line, or both are, and each has words of its own
            lines = f"this copy and the one at {where}"
            if copy.caption or copy.in_text:  # the copy outside the story has more than a label of its own
                other = where if copy.keep_later else this_line
                outside = ("is not the story's sentence" if copy.caption
                           else "stands among short lines, not the article's prose paragraphs,")
                advice = (f"keep one copy (no fix: the copy at {other} {outside} but has "
                          f"words of its own: \"{shorten(copy.lost, 60)}\")")
            else:
                advice = (f"keep one copy (no fix: {lines} cannot be told apart by shape and place, "
                          "and each has words of its own)")
            fix = None
        else:
            if copy.keep_later:
                kept, removed = f"this fuller copy at {this_line}", copy.earlier
            else:
                kept, removed = f"the fuller copy at {where}", copy.later
            if copy.caption:
                other = (f"its `{copy.removed_label}` line" if copy.removed_label else "its caption"
                         if copy.kept_as == "sentence" else "its copy further down")
                own = "the headline at the top" if copy.kept_as == "headline" else "the story's sentence"
                kept = (f"this copy at {this_line}" if copy.keep_later else f"the copy at {where}") + \
                    f", {own}, not {other}"
            elif copy.in_text:
                kept = (f"this copy at {this_line}" if copy.keep_later else f"the copy at {where}") + \
                    ", among the article's paragraphs, not its copy among the page's furniture"
            elif copy.kind == "normalized":
                kept = f"the first copy at {where}"
            advice = f"keep one copy (the fix keeps {kept})"
            if copy.lost:  # the removed copy has words of its own: the fix says they go
                advice = f"keep one copy (the fix keeps {kept}; the removed copy's own words go: \"{copy.lost}\")"
            fix = self._removal(text, removed, f"Remove the {'earlier' if copy.keep_later else 'later'} copy, "
                                               f"keeping {kept}", safe=False)
        message = f"{what}: \"{quoted}\" {how}; {advice}"
        related = [Related(path=doc.origin.path, line=doc.position(copy.earlier[0])[0], record=doc.origin.record,
                           message=f"first copy ({where})")]
        data = {
            "similarity": copy.similarity,
            "measure": copy.measure,
            "kind": copy.kind,
            "jaccard": copy.jaccard,
            "containment": copy.containment,
            "earlier_line": line,
            "earlier_end_line": end_line,
            "earlier_start": copy.earlier[0],
            "earlier_end": copy.earlier[1],
            "keeps": "neither" if copy.undecided or fix is None else "later" if (
                copy.keep_later and copy.kind != "exact") or head_end is not None else "earlier",
            "bio_score": copy.bio_score,
        }
        if copy.bio_name:
            data["bio_name"] = copy.bio_name
        if doc.origin.cells is not None:  # a notebook: the earlier copy's cell and line, as `where` names them
            data["earlier_cell"], data["earlier_cell_line"] = cell_position(doc, copy.earlier[0])[:2]
        if fix is None and advice.startswith("keep both"):
            data["keep_both"] = True  # both copies the text's own: no later pass of the fix takes either
        return Violation(copy.later[0], copy.later[1], message, fix=fix, related=related,
                         source=f"bios.{copy.kind}", data=data)

    @staticmethod
    def _removal(text: str, span: tuple[int, int], title: str, *, safe: bool) -> Fix:
        start, end = block_removal(text, span[0], span[1])
        return Fix(title=title, applicability=Applicability.SAFE if safe else Applicability.UNSAFE,
                   edits=[TextEdit(start=start, end=end)])
