"""CL401-CL403: the rules that report the copies `copies.find_copies` finds, one per category (their code, name
and documentation; how a copy becomes a finding, its message and its fix, is `copy_findings.py`'s)."""

from __future__ import annotations

from corpuslint.checks.bios.copy_findings import DuplicateRule
from corpuslint.models import Severity
from corpuslint.rule import FixAvailability


class DuplicatedBio(DuplicateRule):
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


class DuplicateParagraph(DuplicateRule):
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


class RepeatedQuotation(DuplicateRule):
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
