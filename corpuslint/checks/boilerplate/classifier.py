"""CL140 boilerplate-line: page furniture recognised by its shape, by a small trained model.

The packs name the phrasings they were written for; most furniture of a site nobody wrote a
pack for (menus, related-article lists, share bars, footers, contact blocks) passes them. This
rule scores every line with gradient-boosted trees over the shallow features of
`linefeatures` (the line, its neighbours, where it stands against the article's prose), and
reports each run of lines scored above a precision-first threshold as one finding.
"""

from __future__ import annotations

import os
from collections.abc import Callable, Iterator
from typing import Any, ClassVar

from pydantic import BaseModel, ConfigDict, Field

from corpuslint.analysis import code_residue, plain_kept
from corpuslint.checks.boilerplate.boards import board_lines
from corpuslint.checks.boilerplate.catalogue import catalogue_lines
from corpuslint.checks.boilerplate.codelines import code_lines, text_beside_code
from corpuslint.checks.boilerplate.commentthread import THREAD, THREAD_WHY, comment_thread
from corpuslint.checks.boilerplate.context import furnished
from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.dumpentries import code_blocks, definition_entries
from corpuslint.checks.boilerplate.edgelabels import edge_labels
from corpuslint.checks.boilerplate.dumps import dump_kept, guard_edges, page_lines, references_finding
from corpuslint.checks.boilerplate.feedshape import feed_furniture_whole, items_own
from corpuslint.checks.boilerplate.framed import FRAMED_WHY, framed_lines
from corpuslint.checks.boilerplate.fixguard import WHOLE_DOCUMENT, takes_whole_document, why_no_fix
from corpuslint.checks.boilerplate.formwidgets import form_widgets
from corpuslint.checks.boilerplate.imagenames import IMAGE_WHY, image_lines
from corpuslint.checks.boilerplate.labelledruns import LABELLED_WHY, labelled_runs
from corpuslint.checks.boilerplate.linefeatures import Line, Window, candidate_lines, may_have_candidates
from corpuslint.checks.boilerplate.model import Bundle, Model, load_model
from corpuslint.checks.boilerplate.outermenus import outer_menus
from corpuslint.checks.boilerplate.pageshape import markdown_shaped, page_shape
from corpuslint.checks.boilerplate.postframe import FRAME_WHY, frame_lines, posts_own
from corpuslint.checks.boilerplate.rails import RAIL_WHY, teaser_rails
from corpuslint.checks.boilerplate.runfill import RUN_WHY, run_members
from corpuslint.checks.boilerplate.scoring import asked, context_scores, line_scores
from corpuslint.checks.boilerplate.recordlists import RECORD, RECORD_WHY, record_lists
from corpuslint.checks.boilerplate.smoothing import empty_entries, sandwiched, smoothed
from corpuslint.checks.boilerplate.specsheet import spec_lines
from corpuslint.checks.boilerplate.tables import html_table_part
from corpuslint.checks.boilerplate.teasers import TEASER_WHY, teaser_records
from corpuslint.checks.boilerplate.why import context_reasons, reasons
from corpuslint.checks.boilerplate.wrapping import paper_lines
from corpuslint.models import Document, Fix, Severity, Violation
from corpuslint.plain_markup import wikitext
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import block_removal

__all__ = ["BoilerplateLine", "asked", "context_scores", "line_scores", "may_have_candidates"]

MODEL_VARIABLE = "CORPUSLINT_CL140_MODEL"

class BoilerplateLineOptions(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    threshold: float | None = Field(
        None, ge=0.5, le=1.0,
        description="Score above which a line counts as boilerplate; default: the model's own "
                    "precision-first threshold. `corpuslint learn --boilerplate-labels` fits one to your labelled lines.")
    model: str | None = Field(
        None, description="A model file (JSON) to use instead of the shipped one (also: the CORPUSLINT_CL140_MODEL environment variable).")
    context: bool = Field(
        True, description="Also judge sentence-shaped lines by the furniture around them (the "
                          "model's second stage), on whole pages: documents with at least 15 "
                          "lines, and 30% of their lines, flagged by the line model.")
    pages_only: bool = Field(
        True, alias="pages-only", description="Speak only on documents shaped like the whole web pages the model learned: "
                          "not on hard-wrapped text (no two lines of text wider than 100 columns: "
                          "changelogs, manual pages, e-mail, licences, subtitles; a text browser's "
                          "dump of a page is read, its wrapped paragraphs joined, not a manual's) nor on code "
                          "documentation (a third of its lines carry code tokens) nor a LaTeX source (six lines "
                          "opening or closing an environment or a section) nor authored plain text (three "
                          "headings underlined: reST, a changelog) nor a file of records (fortune's "
                          "`%` separators, a Debian copyright file's stanzas) nor release notes (versions' "
                          "headings over bulleted lists of changes). False checks every document.")
    fill_runs: bool = Field(
        False, alias="fill-runs", description="Also flag a line scored just under the threshold (0.8 or more) inside "
                          "a run of flagged furniture (recall first: on pages of sites never tuned on it found ~190 "
                          "boilerplate lines for ~20 of text on news pages, but ~50 for ~30 on shop and form pages).")
    furnished: bool = Field(
        True, description="Speak only where the flagged lines show a page's furniture: one above the article's body "
                           "and one below it, one of them with a furniture cue (a call to action, a link, a menu's "
                           "separators or bulleted run, a count), or 15 lines and 30% of the lines, one of them with such a cue (not an extracted "
                           "article nor authored text; on a text browser's dump, one side of the body with such a cue or a form's widget); "
                           "a text browser's `References` list only beside such findings. False also speaks "
                           "on extracted articles (the opt-in rule before session 22).")


class BoilerplateLine(Rule):
    """## What it does
    Reports lines that read as page furniture rather than text: menu entries, section lists,
    share and follow bars, "Read more" teasers, related-article headlines, newsletter and
    sign-in widgets, contact blocks, footers. A small model (gradient-boosted trees shipped as
    JSON) scores each line from its shape: its length, whether it is a sentence, its share of
    function words and capitalised words, links, digits and symbols, call-to-action verbs
    ("share", "subscribe", "sign in"), the same of its neighbours, the run of short lines it
    stands in and where it stands against the article's prose (before it, inside it, after it).
    On a whole page (15 lines or more, and 30% of its lines, flagged that way), a second stage
    judges the sentences the line model leaves alone by the furniture around them: a reader's
    comment between "Reply" lines, a teaser between headlines, a legal notice in the footer.
    A short line (8 words or fewer, no sentence) scored 0.85 or more but under the threshold, between two
    flagged lines with only such undecided lines between (10 at most), is flagged with them (a menu's entry),
    and so is a bulleted entry scored 0.5 or more in a run of such entries four of which are flagged, or in a
    run of three or more the model reads as a menu as a whole (each 0.5 or more, their mean 0.85 or more, one
    of them flagged or a flagged line right above or below the run: a section menu under its heading, or,
    with none of that, their mean 0.8 or more where the run stands wholly before the article's body or after
    it: a menu none of whose entries reaches the threshold), and so is a form's widget in a text browser's
    dump scored 0.5 or more (a text field `____`, a `(BUTTON)`, a check box `[ ]`, a radio button `( )`,
    with six words at most besides: `Sign In [ ] Remember me`), and so is, in such a dump, a line holding
    nothing but images' file names in brackets (`[cindy.jpeg]`, `[12][logo.png]`: the browser's placeholder
    for an image, whatever its score; not an image's alternative text, which is words), and
    a line scored 0.5 or more right between two lines the line model flags (8 words at most, no sentence,
    no digit, no colon at its end, at most two words longer than the longer of the two, neither of them a
    byline or a time stamp: not the article's headline between a share bar and its byline). So is a label
    scored 0.6 or more (the same shape) right above or below a flagged line (beside such a label only: 0.85
    or more, a run of them), above the article's body or below it and in none of its clusters of prose, not
    beside a byline or a time stamp, and above the body only over the page's last flagged line there
    (`Share this:`, `Top Stories in LIFE`; not the article's title under a menu, a sentence, a feed's item, a
    salutation, a caption over the title and byline, a list's last entry). A page's list of records stamped with a time
    (a teaser list: headline, byline, summary, `10/04/16 05:29 PM EDT`; a comment thread: `samsara 19
    minutes ago`, the comment), four records or more with the same kind of stamp (a clock time, a date
    in numbers, a month and day, a relative time) every 10 lines at most, outside the article's main
    run of prose, with a flagged line in a quarter of its records (three quarters where it stands in
    prose holding a tenth of the page's: a long comment thread), is flagged whole.
    So is a rail of headline teasers below the article: eight bulleted entries or more in a row, each of 4 to 30 words,
    at most one in ten closing with a full stop, under a line the model flags below the article's last paragraph
    (`* Singer shares vintage snap ... but a decade on` under `Most read`). So are teaser cards after the article: three or
    more, a headline over a dek of a sentence or two in a frame each card repeats (`- CONTINUE READING -`, a stamp),
    below longer prose, under flagged furniture; not a listicle's numbered items. So is a box of six long bulleted entries or
    more (12 words their median) under a label in capitals (`DON'T MISS`) or a slideshow's counter (`1 of 24`), wholly above or
    below the article's body, a flagged line around it: teasers, captions. So is a long line (9 words or more: a
    teaser's summary, a newsletter's promo, a consent notice) whose lines right above and right below are flagged,
    three of the six around it, before the article's body or after it and in none of its clusters of prose (`A daily
    blend of the most need-to-know Daily News stories, delivered right to your inbox.` between `Get Our Newsletter` and
    `Sign Up`); not a lead-in closing with a colon, an entry of a numbered list or of a list under the article's
    lead-in, nor the article's headline (the last long line above its body closing no sentence, or one over a byline or
    a date). With `fill-runs` (off by default), so is a line scored 0.8 or more but under the threshold whose three nearest decided lines on each side
    (flagged, or scored by the model; an unflagged line of prose ends the walk) hold a flagged line on both sides and
    are half flagged or more: a run of furniture the verdict broke (`Kommentarfunktion ist geschlossen.` among a
    teaser list's lines, a footer's `Copyright 2016 © New Republic. All rights reserved.`); or a line between two
    flagged lines of a block the rule mostly flags between two paragraphs (four decided lines or more, half flagged:
    a comment form's rows); not a line of prose, a line right over an unflagged paragraph or a sentence the guards
    keep (a heading, a salutation), one opening with a figure (a table's cells, a numbered note), a lead-in of four
    words or more closing with a colon, nor a sentence inside the article's body (between its ads). Consecutive
    lines above the threshold make one finding; the message says why in words.

    It speaks only on text shaped like the whole pages it learned (`pages-only`): not
    hard-wrapped text (30 lines or more, fewer than two lines of text wider than 100 columns,
    and sentences that run on from a line into the next in lower case, or, in a script without
    case, where the next line's first word would not have fitted) nor code documentation (a third of the lines or more, of 20 or more, carrying code
    tokens: `snake_case`, `camelCase`, `f()`, `--option`, `<type>`, a version `1.2.3`) nor authored
    plain text (three headings or more underlined with a row of one symbol: reST, a changelog; three
    entries or more signed off `-- Name <e-mail>  date`: a Debian changelog, or opened
    `2022-12-14  Name  <e-mail>`: a GNU ChangeLog) nor a file of records
    (three records or more closed by fortune's `%` line, or three stanzas opening with the same
    `Field: value` over another field: a Debian copyright file) nor release notes (three releases or
    more, each a heading with a version number, `2.42.10 (stable)`, over a bulleted list of its
    changes, headings and entries 60% of the lines: a NEWS file) nor a document whose every line
    has the same role (ten lines or more, 90% of them rows of the same number of fields between
    one delimiter: a CSV table; five blocks or more of two to 30 short lines between blank lines,
    holding 80% of the lines, 60% of them with a line closing a sentence, half of their lines a
    sentence or a short answer: dialog turns, a Q&A list; Hangul wrapped at a printed page's
    width, a tenth of the lines or more filling it within a few columns, unclosed, the next line
    going on: a bill's text from a PDF; verse: twelve lines or more, 80% of them of two to 14 words
    without a bullet, a fifth of them leaving their clause open, a comma or a semicolon at the end or
    the next line going on in lower case: a poem, an epic) nor a script (two speakers or more, each named twice or
    more on a short line after a blank line right over a speech that closes a sentence, their
    cues six lines or more and a twentieth of the lines: a play's scene, a screenplay). On hard-wrapped text
    (changelogs, manual pages, vim help, info manuals, licences, e-mail,
    subtitles), reST sources and API references, the short lines it reads as furniture are the
    document's own entries, options and parameter lists, and it says nothing there. A web page
    dumped by a text browser (`lynx -dump`, w3m, links: hard-wrapped, with two or more of what the
    browser leaves of a page, `(BUTTON)`, an image's file name `[logo.png]`, three menu bullets at
    lynx's indentation, a text field of underscores, the page's `#Title` link on the first line,
    lynx's `References` list) is read as a page: each paragraph wrapped over several lines (a
    line the next one's first word would not have fitted on, the next going on at the column
    where its text began) is read as one line, and a finding covers all of its lines; lynx's
    numbers of links (`[12]Home`) are no words of it, and its `References` list at the end (the
    page's links, numbered) is one finding, found by its shape (no model's score). A manual's or
    a book's chapter so dumped (six lines or more open with a section's number two levels deep,
    `6.7.`, `12.2.1.`, three of them in a row: its contents) stays hard-wrapped text: its
    headings, contents, tables and shell commands are its own.

    On by default (session 22), where the lines it flags show a page's furniture (`furnished`):
    one above the article's body and one below it (a menu or share bar at the head, credits or
    a footer at the tail), one of them saying what furniture says (a call to action or a site's
    word, `Impressum`, `Mentions légales`, `Aviso legal` in the languages of the stop-word tables, a link, a menu's separators or a run of bulleted items, a count like `(12)`, `©`), or
    15 lines and 30% of the document's, one of them with such a cue. On a text browser's dump, a whole page
    by what the browser leaves of it, one side suffices (above the body or below it, with such a cue or a
    form's widget, `Name * ______`, there): the model misses a site's own menu at the head of many dumps,
    and a dump is never an extracted article; on other text, with six flagged lines there, three with a cue. Position alone is no page: a screenplay's cues, a paper's
    authors and `1 Introduction`, a licence's `Preamble` and `The End` stand there too. Markdown's
    source (ATX headings, fenced code, link definitions, inline links) is skipped as the markdown
    format is, whatever its container (a .txt file, a JSONL record), and so is MediaWiki's (wiki
    links with `== headings ==`, templates or `{| … |}` tables: a Wikipedia dump's article, whose
    table rows and `|-` separators read as a page's furniture). An extracted article shows
    neither, and there the model's flags were the article's own short lines as often as a
    credit: on a real news corpus of 2,000 extracted articles it says 22 things, all read
    right (share bars, image credits, `Related`, `Video loading`). It suits whole-page text (a
    crawl, a naive scraper's output), where it finds most of the furniture.

    ## Why is this bad?
    Scraped pages keep their furniture. The packs catch the phrasings they name; the rest
    (navigation of any site, in any language) stays in the corpus, where it repeats, skews
    statistics and teaches a model to write menus.

    ## Example
    ```
    Home
    World
    Politics
    Sign in

    The council voted on Tuesday to close the bridge for repairs, the mayor said.
    ```
    Use instead:
    ```
    The council voted on Tuesday to close the bridge for repairs, the mayor said.
    ```

    ## Options
    - `threshold` (default: the model's, the lowest whose precision was >= 0.96 on web pages of
      sites the model never saw): raise it to flag less, lower it to flag more.
    - `model`: a model file of your own (`training/train_boilerplate.py`).
    - `context` (default true): the second stage on whole pages; false leaves every sentence
      to the precision guards below.
    - `pages-only` (default true): false checks hard-wrapped text (a manual's dump included), code
      documentation, authored plain text (underlined headings), changelogs' signed entries and
      files of records too.
    - `furnished` (default true): speak only on a page showing its furniture (a flagged line
      above the article's body and one below it, one of them with a furniture cue, six on one side, three
      with a cue, or 15 lines and 30% of its lines, one of them with a cue), not on an extracted article nor on authored text;
      lynx's `References` list (found by its shape, no model's score) is then reported only beside
      the model's findings on the page, which passed that gate; and a feed written as text (three
      posts or more, each a title alone on its line over its text, the first opening the document)
      is read as a series of items, each title and text its own (what repeats under every item,
      `[Подробнее...]`, is still reported). False speaks on extracted articles too (the rule as it
      was before session 22, opt-in).
    - `fill-runs` (default false): also flag a line scored just under the threshold inside a run
      of flagged furniture (above); recall first, at a lower precision on pages other than news.

    ## Fix safety
    The fix removes the lines with their blank lines. It is unsafe: the verdict is a
    statistical one. `--fix` removes only lines found in the document as given: the model is
    not asked again about the page left once other lines are gone (their neighbours changed). No
    fix (the finding stays, its message says why) where the run reads as the page's main text: a
    sentence wrapped over two lines (a capitalised line left open, the next going on in lower case
    and closing it with a full stop), or a list of two lines or more right below the text's
    lead-in (four words or more ending with a colon, prose or under a sentence). Nor where the
    findings would take 90% or more of a document none of whose lines reads as prose (a page of
    furniture only, or text in a script or shape the model cannot read): removing a whole document
    is a person's decision, and the message says so.

    Never flagged, by either stage: what a user wrote inside a thread's, a Q&A's or a review list's
    frame. The frame shows by repetition (a short line of five words or fewer standing three times or
    more, numbers read alike: `Reply`, `6 Reply`, `1 answer(s)`) and by a post's stamp (three short
    lines or more on the page holding a date, a time, or a count standing three times); a line within eight
    lines below one of the frame's lines that stands again within 40 lines, below it, with a stamp
    within eight lines, that reads as a sentence (four words or more, a fifth of them function words,
    closed by `.`, `!`, `?`, `…` or a smiley, or 20 words or more; no call to action, link or
    dump's link number; not repeated on the page; a question, an exclamation, a smiley or the first or
    second person in it, which a teaser's summary lacks) is a post's text (`Either way I am getting stoned.`
    between the poster's name and date lines). The frame itself is flagged as before.
    Except the readers' comment thread under an article, which is flagged whole, its posts' text too:
    a comment heading (`12 Comments`, `5 thoughts on …`, `Kommentare`; not one counting none, nor the
    form's `Leave a reply`, nor a count standing under each teaser) or a first commenter's `Name says:`,
    with 150 words of prose or more above it (its longest run not opening under a stamp of the posts'
    kind: a forum's long first post, a blog's index page of full posts), then two posts or more with text, each stamped (the first
    stamp within eight lines, each next within 40 lines, the comments' sentences and a form's fields not counted), to two
    posts in a row without text, or the last post's end; or, stamped nowhere, four posts or more each under its author's
    handle and score (`maplefan22 7pts`), one handle posting twice or a reply naming one (`@maplefan22`).
    Nor a forum's index or a board's list of threads, its rows the page's content: ten rows or more, each
    within 12 lines of the one before, each carrying its counts (two numbers or more standing as fields of
    their own, `1,768   28,043`, `0/808`, its dates, years, bracketed numbers and labelled values such as
    `Posts: 50` not counted; or one last in a column), not a bulleted list's items, the rows outweighing the
    page's prose elsewhere and not prose themselves (a sidebar's recent threads beside the posts is not one).
    A forum thread's frame, on a page showing its posts' stamps and its posters' counts (`Posts: 50` once
    per post), is flagged: a poster's field (`Join Date: Feb 2012`, a label, a colon, its value) or a button
    or state without a number (three words at most: `Quote Quick Reply`, `Top`, `oppo is offline`), no price,
    no sentence's end, standing three times or more, most next times within 40 lines, a post's text between.

    Never flagged by the line model, whatever the score (on a whole page, the
    second stage may flag them among furniture, but not between two paragraphs of the
    article's body with no line the model flags between them, as a list's last item): a line of 80 characters or more that
    closes a sentence; a sentence without its full stop (12 words or more, a fifth of them
    function words, or 20 with 15%) unless it opens with a call to action or they are 15% of
    its words; a line ending with a comma or semicolon, or running on into a next line in lower
    case; a quotation opened and not closed on its line; a post the article quotes (a `t.co/`
    link or a `(@handle)` signature); a row of symbols inside the article (a section break); a
    subheading (a short line above prose, below prose or a one-sentence paragraph, with no link
    or media word such as "photo", "video", "via", not opening with a call to action); a short
    closing sentence after prose; a letter's signature right under its closing (`Best,` over
    `[Name]`: one to three words ending with a comma, a name of four words at most with no call to
    action or link); the first line when it is a headline right above the first
    paragraph, or any heading-shaped first line (`Awwwww!`, `update`) with the article's first
    sentences right below, or a heading of three words or more standing alone among the first
    three lines right above a paragraph; a subheading between one-sentence paragraphs (two
    sentences above, one below); a headline the article quotes under its own lead-in ending with
    a colon; a byline, a sign-off, a date or a dateline (metadata, for the CL5xx rules); the
    lines of a paragraph wrapped over several lines that reads as prose together, and of a
    sentence that runs on over lines between code and formulas (a line left open, the next
    going on in lower case, or, in a script without case or in capitals, where its first word
    would not have fitted on the line above; the whole closed by a sentence mark), with the
    sentences alone on their lines beside it; a fact
    check's verdict or an answer alone on its line (`FALSE`, `Mostly true`) above more of the
    article; the article's lead-in to the video it embeds (`Watch their comments below:`, no
    link); a quoted post ending with its author's handle and date, even one that opens with
    `WATCH:`, and its signature alone on its line (`— Jane (@jane) May 3, 2016`) or its text
    right above one; a reference of a list of sources (an author or a quoted title, its year at the
    end) and a piece of one between two; a technical document's lead-in ending with a colon (six
    words or more, one a function word of a language the guards know, Russian among them, right
    above a list item or its sentence going on in lower case, not a list of headlines; two or more
    right above code or a shell command; no comment's header, `Jane wrote on May 3, 2016:`), an API entry (a code-shaped signature, `functools.reduce(function, iterable[,
    initializer])`, a dotted name, a name under its permalink `¶`) right above its description and
    that description, a heading under its permalink (`Examples¶`), a see-also line (`PEP 3104 -
    Access to Names in Outer Scopes`: a separator and a title) after the text has begun and its
    heading right above it (`See also`, `Siehe auch`), a reference table one cell a line under its
    lead-in ending with a colon (three rows or more of a term as code names it over its meaning:
    `time_low` / `the first 32 bits of the UUID`; a menu's labels have no meaning under each), a grid
    one cell a line as a text browser prints a table (12 cells or more, a blank line between each two, right under a sentence of four
    words or more ending with a colon, two capitalised ones at its head, each of 10 words at most, half
    of them of 4 at most, no call to action or link: `Type code` / `C Type` / ... / `'b'` / `signed char`). Nor
    is code or markup (a LaTeX command at the line's
    start, a Sweave or R Markdown chunk, an R assignment or console line, a call or statement, a
    Python import, a comment in a block of code; a console session whole, from a prompt before a
    command, `>>> args` or `$ python3 script.py`, to the blank line after its output;
    the text's lead-in right above such a line, its sentence going on in lower case right below),
    whatever the score, on the line model's or the second stage's verdict. Markdown
    documents are not checked: the model knows whole-page text, not authored Markdown.

    ## Known problems
    What counts as content follows Mozilla Readability's choices on the training pages: short
    table rows, reference lists and photo credits are sometimes flagged. Short lines of the
    article that look like furniture (a headline above a "Story highlights" standfirst, a
    fact box's title, the items of a list) can be flagged. Sentence-shaped furniture (reader
    comments, teasers that end with a full stop) is missed in a document with few furniture
    lines, and on whole pages about half of it still is; the second stage also flags some
    sentences of the article that stand among furniture (a reference list, an infobox's
    caption). Where a pack rule or
    CL151 reports the same text, that finding is kept and this one dropped. A web page dumped
    hard-wrapped without what a text browser leaves of it (no button, image name, bullets or
    field) is left alone with the other wrapped text: set `pages-only` to false to read it
    (its paragraphs then read line by line); an API reference or a changelog written with paragraphs on one line and
    few code tokens (Python's rendered docs, a project's CHANGES) still reads as a page.
    """

    code = "CL140"
    name = "boilerplate-line"
    family = "boilerplate"
    severity = Severity.WARNING
    # On by default since session 22, gated by `furnished` (benchmarks/READS.md: its findings on the
    # news corpus read right, 22 of 22); without the gate, 47 and 43 of 50 were (two draws, session 9).
    fix_availability = FixAvailability.SOMETIMES
    fixes_first_reading_only = True
    defers_to_specific = True  # a pack rule that names the text says more
    defer_order = 1  # ... and so does CL151's "in N documents"
    defer_share = 0.99  # dropped only where they name all of its lines
    # Authored Markdown is not what the model learned (whole-page text): its paragraphs are
    # wrapped, and tables, lists and code stand between them, so it is not checked at all.
    skip_formats = frozenset({"markdown"})
    Options = BoilerplateLineOptions

    def __init__(self, options=None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self._model: Model | Bundle | None = None
        if self.options.model or os.environ.get(MODEL_VARIABLE):
            self.model  # a model file the user named: a bad one is a config error now, not per document

    @property
    def model(self) -> Model | Bundle:
        if self._model is None:
            self._model = load_model(self.options.model or os.environ.get(MODEL_VARIABLE) or None)
        return self._model

    # `corpuslint learn --boilerplate-labels` reaches calibrate.fit_for through the rule, found in
    # the registry (nothing imports checks); the package sets it, as calibrate imports this module
    fit_threshold: ClassVar[Callable[..., Any] | None] = None

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if markdown_shaped(text) or wikitext(text):
            return  # Markdown's (or MediaWiki's) source in another container: skipped as the markdown format is
        lines = candidate_lines(text, gate=True) if text else []
        if not lines:
            return  # every line a long sentence: prose, nothing the model is asked about
        lines, apart, dump = page_lines(text, lines)  # a text browser's dump: its paragraphs unwrapped, lynx's links apart
        if not apart:
            yield from self._judge(doc, lines, dump)
            return
        found = list(self._judge(doc, lines, dump))
        yield from found
        if found or not self.options.furnished:  # `furnished`: the links only beside the page's own furniture
            yield from (references_finding(text, links) for links in apart)

    def _judge(self, doc: Document, lines: list[Line], dump: bool = False) -> Iterator[Violation]:
        """The findings of the model on the document's `lines` (`candidate_lines`; of a page's `dump`)."""
        if not lines:
            return
        text = doc.text
        model = self.model
        if isinstance(model, Bundle):
            model = model.model_for(doc.id)
        if not self._may_be_furnished(lines, [i for i, line in enumerate(lines) if line.candidate], model, dump):
            return  # an extracted article: not even all its candidates flagged would show a page's furniture
        shared = DocLines(lines)  # where the prose stands, what the guards read of the whole document
        own: set[int] = set()  # the article's own short lines: not asked, nor judged by the second stage
        asked_at = [i for i, yes in enumerate(asked(shared, own)) if yes]
        if not asked_at:
            return  # what the model could be asked about is all guarded (a sentence, a subheading, a title ...)
        if not self._may_be_furnished(lines, asked_at, model, dump):
            return  # ... nor all the lines it is asked about
        threshold = self.options.threshold if self.options.threshold is not None else model.threshold
        # the feature vectors of the lines the model is asked about, and only theirs
        window = Window(lines, shared.position)
        first: list[float | None] = [None] * len(lines)
        for i in asked_at:
            window.fill(i)
            first[i] = model.score(lines[i].features)
        second = context_scores(shared, first, model, window, own) if self.options.context else {}
        context_threshold = model.context.threshold if model.context else 1.0
        # the flagged lines (index, score, by the second stage), in order; a run of consecutive
        # lines makes one finding
        hits = [(i, first[i], False) for i in asked_at if first[i] >= threshold]
        smooth = set(smoothed(lines, first, threshold))  # a menu's entries just under: no evidence of furniture
        smooth |= set(outer_menus(lines, first, threshold)) | set(feed_furniture_whole(lines, first, threshold))  # ... and a menu outside the article read whole, a feed's repeated link
        smooth |= set(form_widgets(lines, first, threshold, dump))  # ... and a dump's form widgets
        hits += [(i, first[i], False) for i in smooth]
        # a label scored under the threshold beside those flags, outside the article (`Share this:`, `More news`)
        labels = set(edge_labels(lines, first, threshold, {hit[0] for hit in hits})) if hits else set()
        smooth.update(labels)  # read by its place, as the smoothing's lines: no evidence of furniture either
        hits += [(i, first[i], False) for i in labels]
        if second:
            hits += [(i, score, True) for i, score in second.items()
                     if score >= context_threshold and not (first[i] is not None and first[i] >= threshold)]
        listed = set(record_lists(lines, [hit[0] for hit in hits])) if hits and self.options.context else set()
        hits += [(i, first[i] or 0.0, RECORD) for i in listed]  # a teaser list's, a comment thread's records
        rails = set(teaser_rails(lines, {hit[0] for hit in hits})) if hits and self.options.context else set()
        hits += [(i, first[i] or 0.0, RAIL_WHY) for i in rails]  # a rail of headline teasers after the article
        rails |= (teased := set(teaser_records(lines, {hit[0] for hit in hits})) if hits and self.options.context else set())
        hits += [(i, first[i] or 0.0, TEASER_WHY) for i in teased]  # ... teaser records (headline, dek, frame): read by place too
        rails |= (boxed := set(labelled_runs(lines, {hit[0] for hit in hits})) if hits and self.options.context else set())
        hits += [(i, first[i] or 0.0, LABELLED_WHY) for i in boxed]  # ... a labelled box of teasers, a slideshow's captions
        # an entry between two lines the first stage flags (not the second's, a byline among furniture; nor a label's)
        between = set(sandwiched(lines, first, {hit[0] for hit in hits if hit[2] is not True and hit[0] not in labels})) if hits else set()
        between -= {hit[0] for hit in hits}  # a line the second stage flags is a hit already (twice: two findings on it)
        hits += [(i, first[i], False) for i in between]
        empty = set(empty_entries(lines, {hit[0] for hit in hits}))  # a menu's bullets without their text
        between |= empty
        hits += [(i, first[i] or 0.0, False) for i in empty]
        # a long line (a teaser's dek, a promo) framed by the lines flagged so far, outside the article
        framed = set(framed_lines(lines, {hit[0] for hit in hits if hit[2] is not True}, first, threshold)) if hits and self.options.context else set()
        framed -= {hit[0] for hit in hits}
        hits += [(i, first[i] or 0.0, FRAMED_WHY) for i in framed]
        # a line just under the threshold whose nearest decided lines are mostly flagged, on both sides
        inrun = (set(run_members(lines, first, threshold, {hit[0] for hit in hits}))
                 if hits and self.options.context and self.options.fill_runs else set())
        framed |= inrun  # read by its place: no evidence of furniture for the gate either
        hits += [(i, first[i] or 0.0, RUN_WHY) for i in inrun]
        # a dump's images by their names (last: no line is drawn in beside them; nor do they show furniture)
        images = set(image_lines(lines, first, threshold, dump)) - {hit[0] for hit in hits}
        hits += [(i, first[i] or 0.0, IMAGE_WHY) for i in images]
        smooth |= images
        hits.sort()
        kept = (dump_kept(doc) if dump else plain_kept(doc)) if hits else None
        # `}`, `#`, `);` are code; plain text's code, titles and directives (`plain_structure`): the document's own
        code = code_lines(lines) if hits else set()  # a LaTeX command, an R chunk, a console line
        code |= text_beside_code(lines, code) | paper_lines(text, lines, doc.metadata)  # ... its lead-in, the sentence going on; a PDF's own
        code |= definition_entries(text, lines) | code_blocks(text, lines) if dump and hits else set()  # a dump's `<dl>`, `<pre>`
        cut = {hits[k][0] for k in html_table_part(doc, [(lines[i].start, lines[i].end) for i, _, _ in hits])}
        hits = [hit for hit in hits if not code_residue(lines[hit[0]].text) and lines[hit[0]].number not in code
                and (kept is None or not kept(lines[hit[0]].start, lines[hit[0]].end)) and hit[0] not in cut]
        if hits and self.options.furnished:  # a feed's items: each title over its own text is the item's
            kept_hits = set(items_own(lines, [hit[0] for hit in hits]))
            hits = [hit for hit in hits if hit[0] in kept_hits]
        if hits and ((self.options.pages_only and page_shape(lines, dump))
                     or (self.options.furnished and not furnished(lines, [i for i, _, _ in hits if i not in smooth and i not in listed and i not in rails and i not in between
                                                        and i not in framed], dump))):
            return  # not the shape of text the model learned (a page with its furniture): what it flags is the document's own
        thread = comment_thread(lines) if hits and self.options.context else None
        if hits:  # a post's sentence inside a thread's or a Q&A's frame is what a person wrote (after the
            # page's gates, which read the flagged lines as they were: a thread's frame is furniture) ...
            posts = posts_own(lines, [hit[0] for hit in hits])
            hits = [hit for hit in hits if hit[0] not in posts]
        if thread:  # ... but not the readers' comments under an article: the thread goes whole
            taken = {hit[0] for hit in hits}
            hits += [(i, first[i] or 0.0, THREAD) for i in thread if i not in taken and not code_residue(lines[i].text)
                     and lines[i].number not in code and (kept is None or not kept(lines[i].start, lines[i].end))]
            hits.sort()
        if hits and self.options.context:  # ... and the thread's frame, its lines standing once per post, goes
            taken = {hit[0] for hit in hits}
            hits += [(i, first[i] or 0.0, FRAME_WHY) for i in sorted(frame_lines(lines, taken)) if not code_residue(lines[i].text)
                     and lines[i].number not in code and (kept is None or not kept(lines[i].start, lines[i].end))]
            hits.sort()
        if hits:  # ... and a catalogue's records, one product after another, are a listing page's content, and
            # so are a board's rows, one thread or forum after another with its counts
            shop = catalogue_lines(lines) | spec_lines(lines)  # a product's spec sheet under its description
            shop |= board_lines(lines)
            hits = [hit for hit in hits if hit[0] not in shop]
        blocks: list[tuple[list[tuple[Line, float, bool | str]], int]] = []
        block: list[tuple[Line, float, bool | str]] = []
        previous = -2
        edge = guard_edges(doc, lines) if dump and hits else None  # a dump: no run over the fixer's guarded lines' edge
        for i, score, by_context in hits:
            if block and (i != previous + 1 or (edge is not None and edge(previous, i))):
                blocks.append((block, previous - len(block) + 1))
                block = []
            block.append((lines[i], score, by_context))
            previous = i
        if block:
            blocks.append((block, previous - len(block) + 1))
        whole = takes_whole_document(text, lines, [line for block, _ in blocks for line, _, _ in block])
        for block, at in blocks:
            yield self._violation(text, block, lines, at, whole)

    def _may_be_furnished(self, lines: list[Line], could: list[int], model: Model, dump: bool = False) -> bool:
        """Whether the lines the model could flag (`could`, indices in order: the candidates, or
        the lines it is asked about) may show a page's furniture, the `furnished` gate; True when the
        option is off. An exact proof, before the model scores a line: `furnished` only grows with
        the lines flagged (more of them, one higher or lower), and the guards and filters after the
        scores only take lines away, so where all of `could` does not show furniture, no part of it
        does. The second stage flags other lines, but only on a whole page (`whole_page`: its count
        and share of lines flagged by the first stage, which `could` bounds)."""
        if not self.options.furnished:
            return True
        n = len(could)
        if (self.options.context and model.context is not None
                and n >= model.context_lines and n >= model.context_share * len(lines)):
            return True  # the second stage may run: its lines are not in `could`
        return furnished(lines, could, dump)

    def _violation(self, text: str, block: list[tuple[Line, float, bool | str]], lines: list[Line], at: int,
                   whole: bool = False) -> Violation:
        """A run's finding (`lines[at]` its first line); no fix where it reads as the main text, nor
        where the findings would take the whole of a document without prose (`takes_whole_document`)."""
        first, last = block[0][0], block[-1][0]
        line, score, by_context = max(block, key=lambda item: item[1])
        if any(item[2] is THREAD for item in block):  # the thread's posts make it one (whatever line scored highest)
            by_context = THREAD
        why = ({RECORD: RECORD_WHY, THREAD: THREAD_WHY}.get(by_context, by_context) if isinstance(by_context, str)  # (or its reason)
               else context_reasons(line) if by_context else reasons(line))
        size = f"{len(block)} lines" if len(block) > 1 else "line"
        data = {"score": round(score, 3), "lines": len(block)}
        if reason := (WHOLE_DOCUMENT if whole else why_no_fix(lines, at, at + len(block) - 1, text, by_context is THREAD)):
            data["no_fix"] = reason
            return Violation(first.start, last.end, f"boilerplate {size}: {why}; score {score:.2f} (no fix: {reason})",
                             data=data)
        start, end = block_removal(text, first.start, last.end)
        return Violation(start=first.start, end=last.end, message=f"boilerplate {size}: {why}; score {score:.2f}",
                         fix=Fix.delete(start, end, f"Remove the {size}", safe=False), data=data)
