"""CL401-CL403: the rules that report the copies `copies.find_copies` finds, one per category."""

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
from corpuslint.models import Applicability, Document, Fix, Related, Severity, TextEdit, Violation
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


class _DuplicateRule(Rule):
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


class DuplicatedBio(_DuplicateRule):
    """## What it does
    Reports an author bio that a document gives twice: the same bio again, word for word or
    nearly (other wording, another link, a sentence more), including a bio spread over several
    short paragraphs in one place and given as one paragraph in another. The later copy is
    reported; the message names the earlier one and how similar the two are.

    A bio is recognised by what it is: a short third-person paragraph about a person, opening
    with a name and a bio predicate ("X is a senior reporter for ...", "X lives in ...", "is
    the author of ..."), with bio cues ("His new book", "can be reached at" and an email,
    "Follow X (@handle) on Twitter", "Visit his blog", a profile's "Bio:").

    ## Why is this bad?
    Scrapers keep both the article's footer and the site's "About the author" box, so the bio
    is in the text twice. Models trained on it learn to write bios twice; counts and
    deduplication downstream are skewed.

    ## Example
    ```
    Award-winning author Stephen Lendman lives in Chicago. He can be reached at ...

    His new book as editor and contributor is titled "Flashpoint in Ukraine ..."

    About the author:

    Stephen Lendman lives in Chicago. He can be reached at ... His new book ...
    ```
    Use instead: keep one copy of the bio (or none, if your corpus keeps article text only).

    ## Options
    Shared with CL402: `min-words`, `min-chars`, `min-bio-words`, `near-threshold`,
    `containment-threshold`, `min-length-ratio`, `run-threshold`, `max-run`, `shingle-size`,
    `max-paragraphs`.

    ## Fix safety
    A copy that repeats the earlier one exactly is removed with its blank lines: a safe fix.
    A near copy differs from the other in some words, so the fix (which keeps the fuller of the
    two, and says which) is unsafe.

    A bio given again reworded, its sentences in another order, is the same bio when its
    sentences keep most of their words; the copy may have lost every bio cue if it reads as a
    profile of the same person ("Joe Shields writes on staff at …", every sentence about them)
    and does not stand between two of the article's paragraphs. A paragraph under an author
    box's label ("About the Author", "About Jane Roe" over a paragraph about her) counts as a bio.

    ## Known problems
    A bio is compared with the other paragraphs of the same document only; the same bio in
    other documents is the corpus family's business (CL410+).
    """

    code = "CL401"
    name = "duplicated-bio"
    category = "bio"


class DuplicateParagraph(_DuplicateRule):
    """## What it does
    Reports a paragraph that repeats an earlier paragraph of the same document, exactly (after
    folding case, spacing, digits and links) or nearly (most of their word shingles are the
    same), or a run of consecutive paragraphs that another paragraph repeats. The later copy is
    reported; the message names the earlier one and the similarity.

    Short lines (under `min-words` words or `min-chars` characters: "*", "Advertisement",
    "+12") are left to the boilerplate family; list items (also `d)`, `(ii)`) and table rows,
    which repeat by nature, are not compared; a short quotation that a longer paragraph also
    holds (a pull quote) is not a copy. In plain text the lines of a block are units of their
    own only where they read as one-line paragraphs (a scraped page's); a block laid out by
    line is one unit: a sentence wrapped over its lines (a long line leaving its sentence open
    over one going on in lower case), a block indented as a whole; a record (`Key: value`
    fields, a term over its indented description: a Debian copyright stanza, a delivery report)
    and code (a literal block under `::`, statements) are not compared at all, nor is a field of
    a record in a series of records (a block with three `Label:` fields or more, the field's label
    opening other records' lines with other values, or its value wrapped under it: each patch
    entry's `Files: …` in a changelog), nor two records whose keys differ (the first field's
    value as written: DEP-5 stanzas for `ipt_TTL.h` and `ipt_ttl.h`, two files).

    Nor is what a text gives again by its structure: a contents list's entry and the numbered
    heading it lists (`3.1. Which Debian distribution …` in a chapter's table of contents, a run
    of numbered entries, and over its section; `Chapter 9. …` in a page's running header and as
    the chapter's heading; prose that names the section, `voir Section 6.10, « … »`), a song's chorus among its verses (each copy verse, short lines of
    words, with other verses between them), in a file of records (each closed by a line `%`: a
    fortune file, three marks or more, mostly short records, no LaTeX source) a line two different records share or a refrain inside one record of verse (a
    record given again whole is a copy), a speaker's turn said again in a transcript
    (`Name: - That's right.` between another speaker's turns), a line standing last (or first) in
    three sections or more under headings of one numbered series (the sentence closing each
    `Article N` of a declaration, each release's notes in a NEWS file), the text's first line
    given again right under a sentence ending with `:` that proclaims it (a title, not closing as
    a sentence), or copies in two entries of a release log (three headings or more with a version
    or a date, one between the copies: `pkg (1.2-3) unstable; urgency=low`, `2017-01-16  Name
    <mail>`, a title underlined: `Avahi 0.6.32` over `====`, a title paged by a form feed: GNU make's
    `Version 4.2.1 (10 Jun 2016)`): each release's own record (a translators' credit, a
    `post-release administrivia`, "A complete list of bugs fixed in this version is available here:").
    Nor is a row of a summary (a block of three lines or more: an options listing) given again alone
    over a paragraph of its own, where two rows of the block or more head their sections so (zutty's
    `-help` listing, then `:   -name  Instance name …` over the option's description). Nor is a field's value in
    records laid out in columns (`Description : …` and its paragraphs at the value's column, another field
    `Moderated   : no` in the stanza: two mailing lists described in the same words), an API entry's summary
    over its own docstring sections (`Args:`, `Returns:`; Numpydoc's underlined `Parameters`) when the
    two entries' sections differ, or a lead-in ending with a colon over its own list or indented block
    when the two differ (each class's "Class variables that may be overridden …:"): each entry's own
    text; a stretch given again whole, with its sections or its list, is a copy. So are copies in two entries of a
    definition list, each indented as deep under its own term (a man page's options: curl's "This
    option is global …" under 13 of them), or each on a line opening with its own term (ps's `w`
    and `-w`, "Wide output. …"), and a copy in a record's field value (the indented lines under a
    DEP-5 stanza's `License:`: each file's licence, its disclaimer in the same words as another's),
    and copies each under its own API entry's head, another head between them (Texinfo's
    ` -- Function: codecs.getencoder (encoding)`, a signature under Sphinx's permalink as a text
    browser prints it, `assertWarns(warning, callable, *args, **kwds)¶`): a reference gives a
    field, `Raises LookupError …`, `Changed in version 3.3: …`, under each entry it applies to.
    A line of a verse-per-line text takes as many columns as its letters: the vowel marks of
    the Arabic script take none (a Quran surah's refrain is a chorus).
    A line of a block of lines (one turn or one answer a line, a blank line between conversations)
    is read by its block: under other lines than its first copy (another question over the same
    answer, another command over the same output, another table's rows) it is the block's own, no
    finding; a block given again whole is one copy, and its fix takes the block, never some of its
    lines (no safer than the line's would be). So is a near copy spread over a whole block: a
    question asked in other words over the same answer (dialog turns, or an answer of two lines
    or more given whole) is the block's own. A line of a subtitle cue (a block under its number and
    its time, `00:00:56,501 --> 00:00:58,500`) shown again in a cue of another time is the cue's
    own: no finding. Nor is a line said again in a script (a play's or a screenplay's text, by its
    speakers' cues: two speakers or more named over two speeches each, `corpuslint.turns.speaker_cues`):
    an echo of another speaker's lines, a letter or an inscription read aloud again, a scene's heading
    or a stage direction given again (qa23b: the Merchant of Venice's casket inscriptions). Nor is a line
    half of a sentence the next line finishes (AsciiDoc between `--` lines, no blank line to part them).
    No fix takes an example given again right under itself as its indented source (DokuWiki's syntax
    page), a line of two preformatted examples (lynx: `<pre>` at the margin under indented prose), nor one
    of two near-copies with a heading between them (two commands' options tables): the finding stays.

    ## Why is this bad?
    A page scraped with two regions holding the same text (a gallery's captions, a mobile and
    a desktop body) gives a document with every sentence twice; a model trained on it learns
    to repeat itself and near-duplicate detection across the corpus gets confused.

    ## Example
    ```
    Shocker: Michael Phelps' self-proclaimed girlfriend Taylor Lianne Chandler (above) has admitted ...
    +12
    Shocker: Michael Phelps' self-proclaimed girlfriend Taylor Lianne Chandler (above) has admitted ...
    ```
    Use instead: keep one copy.

    ## Options
    `min-words` (8), `min-chars` (40): shorter paragraphs are never reported.
    `near-threshold` (0.8): Jaccard similarity of word shingles for a near copy.
    `containment-threshold` (0.9) with `min-length-ratio` (0.5): a shorter paragraph whose
    shingles are nearly all in a fuller one (at least half its length) is a near copy; right
    under the other, opening with the same six words and giving the same figures, from 0.8 (a
    caption given again with a credit glued on or a name spelled another way).
    `run-threshold` (0.8), `max-run` (6): runs of consecutive paragraphs found in one other.
    `shingle-size` (3): words per shingle. `max-paragraphs` (1500): above this, exact copies only.

    ## Fix safety
    An exact copy is removed with its blank lines: safe, nothing is lost; but the fix is unsafe
    for a copy that is one line of a block of three or more short lines (none over 80
    characters: a stanza's refrain, a log's or code's line, as well as a link in a list: the
    shape cannot tell), a block indented as a whole or a paragraph indented right under its term
    (an option's or a definition's description, which a reference may give again under
    another), copies with a heading between them (also a plain text's underlined title: each
    section's own sentence), or a clause that leaves its sentence open
    over a list or a lower-case line (it opens another sentence); for a copy that is not whole at
    both ends (a line ending on a comma or on a word no sentence ends with, "… visit the", whose
    next line finishes the sentence; a paragraph opening in lower case under a line that leaves
    its sentence open); for a copy in two entries of a release log whose headings are bare
    versions or dates (a blog archive's `09.28.15` under each headline); for a refrain of more
    than one line (a sentence or two, up to 25 words, that closes and has no `Label:`, each copy
    between prose paragraphs that differ: a speaker's own words said again); a refrain of one line
    (exactly the same, or in other case or punctuation: a psalm's refrain among its verses, a
    surah's, a speech's closing sentence) gets no fix at all, the finding stays; for a line the text repeats by
    its form: a line given three times or more, each copy among units of its shape (a surah's
    refrain among its verses, the same translation line of each verse-and-translation pair), a
    row of a table, a labelled field whose label opens other lines with other values (each
    item's `Licence: …`), a line of a log whose lines open with the same words (apt's
    term.log), a line ending with a colon over a paragraph of its own (a form of address
    heading each part of a speech); for one row of a block given again alone over a paragraph of its
    own (a summary's row and its section's head, or a teaser's headline over its story); a line next to a form feed (a PDF page's running head or
    foot) keeps its safe fix; for copies with a section's marker between them (a rule of 20
    marks or more, a line ending with help tags `*tag*`, a numbered section head "2.3 Title", a
    definition's head: a signature `Path.rename(target)`, a line ending with Sphinx's `¶`: a
    manual says a sentence again under each topic it applies to, an API reference under each
    function); for a sentence given again far from the first (more than 5 paragraphs or 40 lines
    between: a scraper's copy stands near the first), unless its neighbours repeat with it (a
    stretch pasted again), it stands at the text's top or bottom, or it is a line closing no
    sentence or with a `Label:` (a promo, a caption, an ad stamped at two places); and where both
    copies are sentences and the first stands among short furniture lines while this one has a prose
    paragraph beside it, the first may be a teaser of the story's lede (a share box, a promo) and
    this one the story's own, or this one a reply quoting a comment: the fix (which still keeps
    the first) is unsafe, and the message says so. So it is for a reply's quotation of what it
    answers: a `>`-quoted copy, a copy under a reply's address (an `@handle` alone, a "… wrote:"
    line) the first copy does not have above it, or a copy opening a comment posted after the
    first (a few short lines under a header with the time of day and a date or a name, "(26 juin
    2018 @21h11)"; a time alone on its line, `1:15`, may be a video's running time), each
    with the answer under it; for a gallery's caption given again under its `Caption` label (the
    slide's text and its caption box); for one description in two entries of a reference (a
    paragraph under two different one-line heads, or a sentence beside other sentences in each of two
    paragraphs: two functions' docstrings, `entryparts.py`); and for a line right under a line of its
    block indented deeper (an example's command and the result it shows, vim help's `<\tE1004: …`
    under two commands).
    A feed entry's auto-title (a block's first line over a line that is only an ellipsis, `...`)
    right over the post that opens with the same sentence is the copy removed, with its ellipsis
    (a safe fix): the post keeps its own sentence.
    A near copy (or a copy that differs in case,
    digits or links) gets an unsafe fix that keeps the copy in the story's flow (a sentence
    closing with its full stop, or the first line) and removes the one that is not (a caption, a
    `Label:` line, a tweet's rendering, a `Click to WATCH:` link); of two sentences, it keeps the
    one with a prose paragraph beside it over one among short furniture lines (the lede over its
    teaser under the tag list), if the teaser has no words of its own (else no fix); the message
    says which is kept and names the words of the removed copy that the kept one lacks.
    Near copies in two entries of a definition list are each entry's own (`reopen` and `submitter`
    each say how to become the report's originator; two reST directives' bodies, `.. py:data::
    MAX_FORM_PARTS` and `MAX_FORM_MEMORY_SIZE` each saying which limit it sets), as exact ones: not
    reported. Nor are a row listed in two tables that differ (a package under "Depends" and again
    under "Imports"), a field of a record in a series of records laid out a field a paragraph (each
    worked example's `Input class: …`, when the two examples differ), or an index's entry and the
    headword over its entry further on (the Jargon File's index and `:You know you've been hacking
    too long when:`): a table, a record or an index given again whole is still a copy. Nor are two
    units that differ only by a mark moved, the same characters in another order (`typing “dd”.` and
    `typing “dd.”`: a style guide sets the two spellings side by side; a scraper never moves a mark).
    When shape and place do not tell the two apart, the fuller is kept if the other has no words
    of its own; otherwise, or when the copy outside the flow has more than a label of its own
    (over 4 words besides its label), no fix is offered and the message says why.

    A quotation given twice (a pull quote) is CL403's, unless it belongs to a longer repeated
    stretch. Two embedded posts of two authors (each attributed by name and `@handle`, closing the
    post or following its text in the page's embed block: "— Paul Peavler (@CardMeHD) September
    28, 2014"), one repeating the other's words, are two quotations, not a copy: not reported.

    ## Known problems
    A block of configuration statements (`label in1 "Vcore"`, `set in6_min 5.0 * 0.90`) is code,
    never compared. Copies that each stand under a copyright notice of their own (a copyright file's
    records: zlib's warranty under `(C) 1995-2004 Jean-loup Gailly …`, again under Digital Mars' notice
    for another component) are reported without a fix: each record's licence text. A caption that repeats a sentence of the body (common on news sites) is reported (the fix
    removes the caption). Captions of two pictures that share their background sentences (a
    wire's captions) are reported as copies, without a fix. In Markdown only whole prose blocks
    of 10 words or more count (a paragraph's lines are soft wraps, and a short block written
    again is a refrain); code, commands at a shell prompt (`$ hg push`) and headings with their
    permalink (`… ¶`) are never compared, nor in plain text a reST literal block or a code
    directive's body (`.. code-block:: python`), nor a terminal session set apart from the prose (a
    prompt and a command at the margin under lynx's indented prose, or indented under pod's: what
    the program prints, its prompt asked again, its log's lines). A documentation page repeats itself by design: two
    copies with a heading between them (each section's own paragraph: a reference's per-section
    text, a changelog's release intro, the licences a notices file quotes) or that end with a
    colon (a lead-in to the code, list or table under each) are not reported in Markdown, nor in an HTML
    page with code (a `<pre>` or five inline code spans: its `<h1>`-`<h6>` are its headings); an
    exact copy inside a quotation gets an unsafe fix only. List items marked with a geometric
    bullet (`■`, `►`) are list items; a unit that is mostly a formula (a `{\\displaystyle …}`
    residue, most tokens one character) is a copy only when it is the same text, since its words
    (letters and digits) leave out the operators that tell two formulas apart. In a PDF's text
    (`pdftotext`: form feeds, paragraphs wrapped at one width) a line with a line of text right above
    or below it is a line of its block (an example's `Input class: …`, an R call's argument line),
    never a paragraph given again; a running head between blank lines is. Unsafe only: a title given again in a text
    whose sections open with titles on lines alone (pandoc's plain text), a sentence indented under two terms (sed's).
    Near copies with a numbered section's title between them (a licence's `§2 …` and `§3 …` clauses) get no fix.
    """

    code = "CL402"
    name = "duplicate-paragraph"
    fix_availability = FixAvailability.SOMETIMES  # not when two copies cannot be told apart
    category = "paragraph"


class RepeatedQuotation(_DuplicateRule):
    """## What it does
    Reports a quotation that a document gives twice: once on its own (a pull quote, a caption,
    a highlighted line) and again in the body, word for word or inside a longer paragraph. The
    later copy is reported, naming the earlier one. A quotation that is part of a longer
    repeated stretch (the whole body twice) is CL402's, not this rule's, and so is a headline
    that opens with a quotation and goes on after it ("'What is the sea telling us?': Māori
    tribes fearful over whale strandings"): a title given twice. A headline that quotes the
    story's sentence (the first line, wholly in quotation marks, over the story's "…".) is the
    story's title, not a copy: neither rule reports it. Nor is a passage the text quotes again
    inside a quotation of its own, its inner quotation nested a level down (a koan's story told
    again by its master: “One day a student came to Moon and said: ‘I understand …).

    ## Why is this bad?
    Pull quotes are a layout device; in extracted text they are a sentence said twice, which
    skews quotation counts and teaches a model to repeat itself. Often intended by the page's
    editor, so this rule only informs.

    ## Example
    ```
    “This sends out a very strong message to anyone like that - if you do it you will be punished”

    "This sends out a very strong message to anyone like that - if you do it you will be punished."
    ```
    Use instead: keep the quotation where the article gives it, with its speaker.

    ## Options
    The same as CL402 (`min-words`, `near-threshold`, `containment-threshold`, ...).

    ## Fix safety
    An exact repeat is removed safely (unsafely where the first copy stands among short lines
    and this one beside prose paragraphs, or far from it or across a section's marker, as
    CL402's); otherwise the unsafe fix keeps the
    story's sentence over a pull quote without its full stop, else the fuller copy (usually the
    body paragraph that names the speaker), and says so; as CL402, no fix when the two cannot be
    told apart.
    """

    code = "CL403"
    name = "repeated-quotation"
    fix_availability = FixAvailability.SOMETIMES  # as CL402's
    severity = Severity.INFO
    category = "quotation"
