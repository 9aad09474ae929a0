"""CL151: a line or paragraph that many different documents of the corpus carry.

A line that is furniture on one page is invisible in that page and obvious across a thousand.
What separates it from a quotation that copies of one wire story share is that it repeats
across *different* articles; see `corpus_features` for how documents are counted.
Here: which repeated units are furniture (their carriers' verdict, `carrierverdicts.py`, then what the
document holds as its own); the findings a run of them makes, `runfindings.py`.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator
from itertools import accumulate

from pydantic import Field

from corpuslint.checks.bios.unitbio import bio_of
from corpuslint.checks.boilerplate.carrierverdicts import K_SITE_PAIR, CarrierVerdicts
from corpuslint.checks.boilerplate.citedlines import bracketed_credit, cited_address
from corpuslint.checks.boilerplate.configlines import commented_config
from corpuslint.checks.boilerplate.displays import introduced_display
from corpuslint.checks.boilerplate.dumpheads import own_heading
from corpuslint.checks.boilerplate.glossary import glossary_entries
from corpuslint.checks.boilerplate.cues import cue_of_script, script_cues, speaker_cues
from corpuslint.checks.boilerplate.linefeatures import split_lines
from corpuslint.checks.boilerplate.itemruns import list_items
from corpuslint.checks.boilerplate.leadins import (
    clause_over_own_text, open_over_display, open_over_own_address, recurring_heading,
)
from corpuslint.checks.boilerplate.optionlist import option_entry
from corpuslint.checks.boilerplate.pagenames import in_own_list, names_the_text
from corpuslint.checks.boilerplate.outlineheads import outline_heading
from corpuslint.checks.boilerplate.releases import release_entry
from corpuslint.checks.boilerplate.runfindings import run_findings
from corpuslint.checks.boilerplate.quotations import quotation_own, quoted
from corpuslint.checks.boilerplate.recordfields import record_field
from corpuslint.checks.boilerplate.navlists import (
    bulleted, template_lists,
)
from corpuslint.checks.boilerplate.neighbours import own_items, runs_on_from_above, wrapped_lines
from corpuslint.checks.boilerplate.series import series_keys
from corpuslint.checks.boilerplate.skeleton import kept_skeleton
from corpuslint.checks.boilerplate.tables import table_row
from corpuslint.checks.boilerplate.twopages import not_template_shaped
from corpuslint.checks.metadata.extract import extract_head
from corpuslint.checks.metadata.htmlhead import in_page_title
from corpuslint.checks.pagerecords import at_page_edge, page_number
from corpuslint.checks.pdftext import own_span, section_heading
from corpuslint.checks.verse import verse_lines
from corpuslint.checks.corpus_carriers import (
    K_DOC, K_SITE, K_UNIT, K_UNIT_SITE, SAMPLE, Carriers, carrier_follow_ups,
)
from corpuslint.checks.corpus_features import (
    SharesFeatures,
    FINGERPRINT_VERSION, LONG_WORDS, CorpusUnit, digest, doc_fingerprints, features, unit_fingerprints,
)
from corpuslint.models import Document, Severity, Violation
from corpuslint.licences import is_licence_document
from corpuslint.mime import part_header
from corpuslint.analysis import code_residue, plain_kept, source_text, structure
from corpuslint.html_markup import continues_block, navigation_table
from corpuslint.parts import answer_reply, prompt_part, whole_part
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, FixAvailability, StrictOptions
from corpuslint.textutil import is_structure
from corpuslint.turns import labelled_turns
from corpuslint.checks.boilerplate.owncode import code_block, in_code_sample, lead_in, lead_in_over_code
from corpuslint.checks.boilerplate.templatefill import date_alone, time_stamp
from corpuslint.checks.boilerplate.unitlines import (K_UNIT_EXACT, exact_key, line_indexes, lines_beside, markdown_stamped,
                                                     neighbour_pairs, pair_key, site_key, thin_key)


class RepeatedParagraphOptions(StrictOptions):
    min_documents: int = Field(
        3, alias="min-documents", ge=2,
        description="Independent documents (different articles) that must carry a line or paragraph.")
    min_documents_anywhere: int = Field(
        10, alias="min-documents-anywhere", ge=2,
        description="Independent documents above which a long paragraph or a full sentence counts "
                    "wherever it stands; below it, only at the head or tail of the documents.")
    site_share: float = Field(
        0.5, alias="site-share", gt=0, le=1,
        description="A long paragraph also counts when at least this share of its site's documents "
                    "carry it (site from metadata `site`/`source`/`url`..., or a folder named like a host, or "
                    "a whole page's `<title>` ending with a site's name the page bears out).")


class RepeatedParagraph(CarrierVerdicts, SharesFeatures, CorpusRule):
    """## What it does
    Reports a line or paragraph that recurs, after normalisation (case, spacing, digits and URLs
    folded), in many different documents of the corpus: page furniture ("Story Continued Below",
    "Read More", "*"), disclaimers, share counters, comment prompts, newsletter pleas. The
    message says how many documents carry it and names one other place.

    ## Why is this bad?
    Boilerplate repeated across a corpus is the text a language model learns best and needs
    least; it skews deduplication, word counts and topic models, and is invisible when reading
    one document at a time.

    ## Example
    The same line in 67 articles of one site:
    ```
    Hillary Clinton, by contrast, sees the world as a place where all boats can rise at once.

    Story Continued Below

    That is the election of 2016 distilled down to its essence.
    ```
    Use instead:
    ```
    Hillary Clinton, by contrast, sees the world as a place where all boats can rise at once.

    That is the election of 2016 distilled down to its essence.
    ```

    ## Options
    - `min-documents` (default 3): independent documents that must carry the text.
    - `min-documents-anywhere` (default 10): a long paragraph (12 words or more) or a full
      sentence counts in the middle of documents only from this many documents on; below it,
      only where it stands in the first or last two lines of at least half of them. A line of
      symbols only ("***", "___") is a section break, so it counts only from this many documents
      on, wherever it stands.
    - `site-share` (default 0.5): ... or when this share of its site's documents carry it.

    A site's template counts from two documents: a line at the head or tail (the first or last
    two lines) of two or more different articles of one site (site from the metadata, a host,
    a URL or a name, not a file's path: `source: /usr/share/doc/...` names none; or a
    folder named like a host, or else what a document shows of one site: another URL field,
    `canonical_url`, `permalink`, `WARC-Target-URI`, or a whole page's `<title>` ending with the
    site's name where the page bears it out, `… - The New York Times` over a `© 2017 The New York
    Times Company` line), or one that two of its articles carry near the same furniture
    (within three lines of a line both pages share, one of the two short: the menus, footers
    and stamps of a whole page's text), is reported even below `min-documents`: a blog's
    sign-off, follow plea, comment policy, reproduction notice, image credit template. Two
    pages of one site count as one article only when nearly alike (Jaccard 0.6): a whole
    page's template makes two of its articles look like one story. A byline or dateline
    repeated that way is metadata (CL504), not reported here. Two documents are weak evidence
    (the records of a Q&A dump all carry one host's URL), so that way counts only what has a
    template's shape: not a command or a display under the document's sentence (`# apt-get
    build-dep foo` under "you can just run:"), not a lead-in over the document's own line
    (`Execute the command:`), not a line of a paragraph its sentence runs through.

    Nor is a section heading of a document made of sections: a line of its own, a few words
    ending no sentence, over bulleted entries of the document's own prose, in a text with three
    headings or more (`UI, Workflows & Features` and `(performance)` in git's release notes, in
    50 of them). Nor is a line of a paragraph that its sentence runs through (a long line
    leaving it open, the next going on in a small letter) where a line of that chain is the
    document's own or has no verdict of its own: the paragraph goes whole or stays (`This
    primarily is to backport various fixes accumulated on the 'master'` / `front since
    2.37.1.`). Nor is a famous line quoted over the document's own attribution (`-- 李商隐《锦瑟》`; a sentence of ten
    words or more, or a line of Chinese verse), nor a line of Chinese verse (clauses of one measure, `夕阳无限好，只是近黄昏。`)
    beside a line of its measure of the document's own, nor the punch line closing a short verse piece under its stanza.

    A document's own numbered series is not a template: digits fold, so the 30 headings `Artikel 1.` … `Artikel 30` of a
    law or a Declaration are one key that every such document carries; a line whose key recurs in its document
    counting up (`Artikel 1`, `Artikel 2`; `Step 4 of 9`, `Step 5 of 9`) is not reported. A template line with a
    number still is: it stands once on a page, or twice with the same number (`Comments (3)` above and below); a
    blog's archive menu (`► June (5)`, `► June (2)`) counts neither up nor over text of its own. Headings numbered
    in Chinese numerals (`第一条` … `第三十条`) are one series of their shape; an article of a few words between two
    headings is text of its own.
    Nor is an entry of a document's list of options (an indented line opening with `-V` or `--help`, or a quoted one at
    any indent, an Info manual's table item `'-o FILE'`, three such lines or more in the document): the option with
    its description beside it or indented under it, `--help display this help and exit` in every GNU man page. Nor
    is an entry of a release in release notes (three versions' headings or more, each over bulleted entries): `-
    Initial release` under `0.01 2012-01-28`, each project's first release in its changelog. Nor is a MIME entity's
    header (a line of a part's header block under a boundary line the message declares, or a
    `MIME-Version:`/`Content-…:` field of a message that declares a boundary or a transfer encoding):
    `Content-Transfer-Encoding: base64` removed alone leaves its part's body undecodable.
    Nor is a line that is a date alone (`June 8, 2015`, a post's dateline or a teaser's date): its key is the shape that
    every date of its form shares, and a date that differs from page to page is no template; nor, inside the text
    (not its first or last two lines), an address written out with two words at most beside it (`See also <URL>.`:
    the document's reference; a template's `Read more: <URL>` stands under the story, a badge hides its address), nor
    a credit in brackets on a line of its own (`(contributed by brian d foy)` over a FAQ's answer), nor a unit whose key
    keeps two letters of it at most (`'%D'` and `‘d’` both key as `d`) or none of one of its lines (sed's `$=`). Nor is a line that leaves its
    sentence open over a display set deeper under it (`You may obtain a copy of the License at` over the address:
    one sentence), nor a heading ending with a colon that the document gives three times or more over other lines (a release log's
    `Security fixes:` over each release's entries), nor a line that leaves its sentence open over an
    address alone that is the document's own (`This module can be found at` over each package's URL),
    nor a clause ending with a colon over a sentence of the document's own or its list of options (`The
    main features of this library are:`): the document's own lead-ins. Nor is a field of a record's own
    run of fields (three `Label: value` lines or more, labels different, one field at least not
    repeated: `Язык: English` between `Разработчик: ZXStyles` and `Состояние: Free`), nor a man page's
    section heading in capitals (`BEZEICHNUNG`, `OPTIONEN`) over a section of its own, where the text is
    an outline of such headings: a record's data, a genre's outline; a labelled block or a section that
    repeats whole is still reported.
    Nor is a line of a code sample in plain text: a command after a prompt (`$ `, `>>> `) or
    the line under it, what the program printed (`hello, world!`, which another site's
    `Hello World` template matches); a line of code or of a config file by its marks (a call,
    an assignment, a statement's end: `DHCP=yes`, `export EDITOR=mcedit`; `#!/bin/sh` or
    `[Network]` right above or below one), which the pages of one manual share; or a short
    lead-in over the document's own example, indented deeper below it (vim help's `Example:
    >`, or `Examples:` over code), or in reST over its display: `Example:` over a literal block's
    `::` or a directive (`.. code-block::`, click's `.. click:example::`), a paragraph ending in `::`
    over its literal block.

    The translations of one page count as one article: documents whose paths (or ids) differ
    only in a language code (`ch05.de.html` / `ch05.fr.html`, `/de/page` / `/fr/page`,
    `de_chown.1` / `fr_chown.1`; `it`, an English word too, where the text is Italian) and whose
    lengths are within a factor of 1.5 share their code, config files, command output and
    untranslated paragraphs and headings, and nothing else.

    Nor is a single line that its neighbours show to be an item of the document's own text: a
    line between lines of a short paragraph or stanza, the end of a wrapped sentence (`...
    the mailing` / `list.`; or a short line that closes the sentence the line above left open
    where the text's width broke it, as the KJV at 79 columns, `... the son of` / `Israel.`:
    a word a language repeats ends many sentences), a long line whose sentence goes on in the
    document's own line below (a paragraph another document wraps the same way: `This section
    lists previously described changes and other bugfixes` / `that may require ...`), a long line
    (no bullet) of a paragraph wrapped over its lines that has lines of the document's own (the
    same entry filed under several headwords, wrapped alike: the paragraph goes whole or stays), a line in
    lower case that goes on with a sentence of the document's own prose above it, in its
    paragraph or past a display the sentence shows (`... the command` / `info grep` / `should
    give you access to the complete manual.`; a changelog's `from` / ``` ``X`` ``` / `to` / ``` ``Y`` ```,
    whose `to` folds to the key of e-mails' `To: <address>` lines; or opening with the closing mark
    of a quotation the line above opened: `” for more information.` under "Please see Section 6.1,
    “How many Debian distributions are there?"), a list
    item's indented continuation, a
    subtitle cue's text under its time, an attribution under a quotation (a fortune's `--
    Goethe, Maximen und Reflexionen, Nr. 141`), the caption over the document's own items
    (`[ Debian Janitor ]`), and an item of a list whose other items are the document's own (a
    recipe's `- salt`, a credits list's `Jane Doe <jd@example.org>`, a changelog's
    `* New upstream release.` away from its first and last two lines), or the document's first
    line ending with a colon over a long paragraph (a speech's address, `Fellow-Citizens of the
    Senate and House of Representatives:`). A run of repeated
    lines (a menu, a footer glued under a paragraph), a whole block, and a bulleted list at a
    document's head or tail still count; so does a site's navigation list that names the page
    (`navlists.py`: a relbar, `* index` / `* modules |` / … over the page's title), three of its
    repeated lines in a row the same lines apart on half their carriers (three or more), its repeated
    lines twice its own: one finding for its fixed entries. On an HTML page the repeated lines that follow
    each other on its rendered lines (a doc site's sidebar, one `<li>` a line; no blank line, heading or line with
    inline code between) are one finding too (`data.lines`: how many). An HTML page's `<title>` is never reported,
    however many pages share it or its site's part: it is the page's name, its metadata; nor its lead-in over its
    own code (`For example:` over a `<pre>` block or a line of inline code); nor a line of its own list, in the region
    its markup names its main content (`<main>`, `role="main"`: an index page's toctree), or of a definition list
    (`-v` / `--verbose` over `Be verbose.` in every git manual), neither in a navigation landmark (`pagenames.py`).
    Nor is a text's first line, its title over its own paragraph, that fewer than half its carriers hold at their
    head or tail: their lists and headings naming the page (Flask's `Static Files`). A row of a navigation table
    (its `summary` or `role` says so: DocBook's `Prev Up Next`) goes with the table's other rows.

    Nor is the skeleton of texts of one form, which documents of that form all share: a line of
    markup alone (wikitext's `|-`, LaTeX's `\\end{figure}`, Sweave's `@`, a signature's `--`, a
    quotation's `>`) unless it stands in a run of lines that go (a signature every post carries
    goes with its `--`); a field, opener or closer of a record of several lines (a `{{cite ...}}`
    template, a table, an environment, a code chunk, a reST field list: a docinfo's `:Contact:`,
    `:Copyright:`, the document's metadata) unless the whole record repeats; a heading
    (`==See also==`, `\\section{...}`, a paper's `References` among its own headings, a numbered one in
    column 1 of an indented dump, `Chapitre 13. ...`, the nav's copies indented) over a section of its own; a label over a list of the document's own (a changelog's
    `Bug fixes:` over one release's fixes, a Debian changelog's `[ Debian Janitor ]` over the
    changes he made); an admonition's head over the document's own text (Sphinx's `Note`, `See
    also`, `Warning`); a message's short body under its e-mail header (a reply's `Hello` over the
    quoted message); a field of a Debian changelog's entry (`* New upstream release.` between
    its `pkg (1.2-3) unstable; urgency=medium` and ` -- Name <mail>  date` lines); a reST
    directive's option line (`:alt: PyPI version`) while its directive stays, or a badge's
    definition while the line that shows it (`|PyPI| |CI|`) stays.

    Nor is a line of a dictionary's or a glossary's entries (`glossary.py`): a headword over its
    definition (FOLDOC's `Orange Book` / `A1 security` ..., twenty entries or more, headwords short
    and mostly of three words at most, definitions indented deeper; the Jargon File's `:cold boot:
    n.`, five or more), a line of a definition (`See {boot}.`), or a line of the contents list
    that names one of its headwords: dictionaries share entries, and an entry filed under several
    headwords repeats whole; removing a line leaves a definition under no headword.

    Nor is a line of verse (`verse.py`): a repeated line (two words or more, no bullet) inside a
    run of the document's own verse lines, no blank line between (four or more of the 16 lines
    about it its own; of the eight nearest, three quarters a verse line's size and like in length,
    the longest at most 2.2 times the shortest, and a third leaving their clause open for the next:
    a comma, a semicolon or a colon at the end, or the next line going on in a small letter). An
    epic's formula (the Kalevala's `sanan virkkoi, noin nimesi:`, x118), a refrain, an epithet
    repeat by nature. At the run's head or foot the line's clause must run on into the run; at
    the document's first or last two lines, with a comma or semicolon (not `Share this:`). The
    same line alone, at the head or tail, or in a run of the site's furniture, still counts.
    Nor is a row of a table (`tables.py`): a line opening and closing with `|` over or under
    another such row or a rule (`+-----+`), or a delimited row (a tab, or two commas or
    semicolons with no space after them) with as many fields as the three rows above or below
    it: a CSV file's header row, a manual's table that its translations keep. Nor is a comment
    (`# ...`) over a config file's lines (`configlines.py`: two lines or more under it in its
    block, at its indentation, each holding a datum, `127.0.1.1`, `ff02::1`, `key=value`, none
    closing a sentence): Debian Reference's `/etc/hosts` example, kept untranslated. Nor is the
    first line of an example that the document's own sentence introduces (`displays.py`: a line
    alone with a digit, no sentence's end, under a paragraph of six words or more that other
    documents do not carry, ending with a colon, or in Chinese or Japanese closing with `。` over
    a line with none of the script, the prose resuming below): `nameserver 192.168.11.1` under
    "... 则包含如下。".
    Nor is an entry of a long list of the document's own, one a paragraph (`itemruns.py`): in a
    run of 30 single-line paragraphs or more of one indentation (eight words at most) in
    alphabetical order (90% of neighbours), most of them not repeated, three of its own on each
    side of it: a book's index (the Jargon File's `brain-damaged` among its 2,000 headwords). A
    site's menu or share buttons set that way (`Facebook`, `Twitter`, `Most read`) are in no
    alphabetical order, and a page's sorted icon names are fewer: they still count.

    A line's digits fold in its key, so a line whose numbers differ from carrier to carrier is
    one key: it is reported only where its carriers spell one set of numbers, or its numbers are
    what a template fills in (a year, `© 2019 Site`; a counter, `Page 2 of 5`; one whole
    number standing as a word, `941 comments`, `► April (2)`, but a section's number in the
    document's outline, `8 See also`; a stamp among the last lines, words and a date whose digits are all
    the date's, naming no one, `Last updated 2025-10-07 12:22:08 UTC`). A week's `今週の積算距離 166km
    移動平均速 19.4km/h`, a recipe's `20ml`, a price, a field's value (`LEVEL OF EVIDENCE: 4`)
    are each document's own.

    A quotation or an embedded post (a paragraph opening with a quotation mark, a tweet's
    signature `— Name (@handle) May 5, 2017`, a picture link) that documents of different sites
    carry, or two articles of one site carry away from their head and tail, is the news they
    report, and is not reported.

    Nor is another site's template met in a page's own text: a line that no other page of the
    document's site carries, whose carriers make fewer than `min-documents` sources once the
    pages of one site count as one (nytimes.com's `What's Next` widget on its pages, a blog
    post's `What's Next` heading), standing between two lines of the page's own, one of them
    prose. A menu entry that pages of many sites carry (`Home`, `Contact us`) still counts.

    Documents count as independent when their texts are not copies of one story: carriers whose
    word-3-gram Jaccard similarity is 0.15 or more (or whose smaller text is half contained in the
    larger) count once. A quotation that four outlets share in their copies of one wire story
    is therefore not boilerplate, however often it occurs.

    A PDF stored a page a record (its metadata gives the page's number: `page`, `page_number`,
    `page_no`, `pageno`, `page_idx`) is read as a PDF's text: the paper's own lines (its tables set
    one cell a line, maths, captions, its title page on page 1) are not reported, and neither is a
    short line inside a page (eleven words at most, not among the page's first or last two
    non-blank lines) that other pages repeat: a table's `Class` column, R's `Call:` or `Estimate
    Std. Error`. Its running heads at the pages' edges are.

    ## Fix safety
    The fix removes the line or paragraph with its blank lines (lynx's `#Title …` line of a page's links opening the
    text with the lines it is printed onto: the neighbouring pages' titles). It is unsafe: the verdict rests on counts,
    and a sentence that many independent articles share (an official statement quoted everywhere) could be removed.
    On a PDF's page record it is safe for a running head by its shape: one line of twelve words at most, no address,
    at the page's top with the record's page number on it (`2 Order-restricted Scores Test`) or alone on the other of
    its first two lines (`2` over the title), or at its bottom with the number on its line.
    Review with `--diff`, or run `corpuslint learn` to turn the repeated paragraphs into a rule pack you review and commit.

    ## Known problems
    In Markdown (a site's sources, whose furniture lives in its layouts) only whole prose blocks
    stamped word for word on several posts count: not code, headings, link definitions, list
    items, a paragraph's soft-wrapped lines, a caption ending with `:`, or a series template
    whose version or link differs from post to post.

    A licence's text or a Debian copyright file is never reported: its clauses and `License:`
    fields are its content, however many other licences carry them (the BSD licence's too, whose
    grant reads `Redistribution and use ... are permitted provided that`).

    A script's own lines are never reported (qa23b): in a play or a screenplay (its speakers' names
    over their speeches, two speakers or more, twice each), a line that is one of its cues or a
    short line between its own lines (`Exeunt`, `First Gentleman`, `ACT II`, `My lord!`), however
    many plays carry it. A scene too short to show its speakers twice (a few lines around `ACT II`)
    is still reported.

    A dialog's turns are never reported (tester25): in a text written one turn a line, each opened
    by its speaker's label (`A: 심심해` / `B: …`, `User: …`), half of its lines or more such turns,
    by two to six speakers, one of them speaking twice (or a prompt and its answer), a turn is the
    dialog's own however many conversations say it (short turns repeat by nature). A line without
    a label under the conversation (a footer) is still reported. In a chat record a whole message, a
    prompt's paragraph and the sentence of three words at most that opens an answer (`Yes.`: the
    reply to the question asked, tester31) are never reported.

    A PDF's text (`pdftotext`: form feeds between its pages, paragraphs wrapped at one width) keeps
    its title page (the authors and affiliations a package's vignettes share), its `Affiliation:`
    block, its headings (`Abstract`, `1 Introduction`), captions and display maths (`i=1`) (tester31);
    its running heads and page numbers are CL141's.

    A paragraph that is an author bio is reported by CL410 instead. Counts are per corpus: in a
    small corpus a site's furniture may occur too rarely to be seen; lower `min-documents` there.
    """

    code = "CL151"
    judges_by_words = True  # (corpuslint.keptcopy: its removal of a kept copy does not count)
    defers_to_specific = True  # a pack rule that names the boilerplate says more
    name = "repeated-paragraph"
    family = "boilerplate"
    uses_own_fingerprints = False  # check_corpus works from `features(doc)`
    severity = Severity.WARNING
    fingerprint_version = FINGERPRINT_VERSION
    fix_availability = FixAvailability.ALWAYS
    Options = RepeatedParagraphOptions
    value_kinds = frozenset({K_DOC, K_SITE_PAIR})  # the carriers' signatures; the texts a pair stands in
    follow_up_kinds = frozenset({K_UNIT, K_SITE_PAIR})

    def __init__(self, options=None, *, timeout: float = 2.0) -> None:
        super().__init__(options, timeout=timeout)
        self._carriers = Carriers()
        self._verdicts: dict[tuple, tuple | None] = {}

    def forget(self) -> None:
        self._carriers.forget()
        self._verdicts.clear()

    def fingerprints(self, doc: Document) -> Iterator[Fingerprint]:
        f = features(doc, keep=self.collecting)
        yield from doc_fingerprints(self, f)
        if f.site:
            yield Fingerprint(K_SITE, digest(f.site))
        markdown = doc.origin.format == "markdown"
        yield from unit_fingerprints(self, f)
        if f.site or markdown:
            for u in f.units:
                if f.site:
                    yield Fingerprint(K_UNIT_SITE, site_key(f.site, u), u.start, u.end)
                if markdown:
                    yield Fingerprint(K_UNIT_EXACT, exact_key(source_text(doc), u), u.start, u.end)
        if f.site and not markdown:
            units = f.units
            for i, j in neighbour_pairs(units):
                yield Fingerprint(K_SITE_PAIR, pair_key(f.site, units[i], units[j]), units[i].start, units[j].end,
                                  f.text_hash)

    def follow_ups(self, kind, key, count, occurrences, values):
        if kind == K_SITE_PAIR:  # the signatures of the site's pages that carry the pair
            return [(K_DOC, text_hash) for text_hash in sorted(values)[:SAMPLE]] if len(values) > 1 else ()
        return carrier_follow_ups(kind, count, occurrences) if kind == K_UNIT else ()

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        f = features(doc, corpus=corpus)
        found: list[tuple[CorpusUnit, tuple]] = []
        markdown = doc.origin.format == "markdown"
        html = structure(doc) if doc.origin.format == "html" else None  # (its rendered blocks)
        framed = self._framed(f, corpus) if f.site and not markdown else ()
        series = series_keys(doc.text, f.units)
        kept = None  # (found for the first unit that repeats: most units of most documents do not)
        verdicts: dict[int, tuple] = {}
        short: list[int] = []  # one-word lines that their count alone does not report
        for i, u in enumerate(f.units):
            if markdown and not markdown_stamped(doc, u, corpus, self.options.min_documents):
                continue
            if html is not None and continues_block(html.words, html.breaks, u.start):
                continue  # a line that continues an HTML paragraph (`"Release Notes."</p>`): half its sentence
            if html is not None and in_page_title(doc, u.start, u.end):
                continue  # the page's `<title>`: its name, metadata however many pages share it (`htmlhead`)
            if html is not None and html.layout is not None and in_own_list(html.layout.own_lists, u.start):
                continue  # an entry of the page's own list, in its main region (an index page's toctree: `pagenames`)
            if u.key in series:
                continue  # "Artikel 1" … "Artikel 30": the document's own numbered headings, one key
            if u.words <= 8 and (date_alone(piece := doc.text[u.start:u.end]) or thin_key(piece) or not u.edge and cited_address(piece, u.words)):
                continue  # `June 8, 2015`, `See also <URL>.` inside the text, `'%D'`: its key is many dates', references', terms'
            verdict = self._verdict(u, f.site, corpus, framed.get(i, 0) if framed else 0)
            if verdict is not None and not self._same_numbers(doc.text, u, corpus):
                continue  # `今週の積算距離 166km ...`, `98km ...`: one key, each post's own figures
            if verdict is not None:
                verdicts[i] = verdict
            elif u.words <= 1 and not (u.symbols or u.number or markdown) and doc.text.find("\n", u.start, u.end) < 0:
                short.append(i)  # `-   index`: a relbar's entry at the page's edge? (`edge_entries`)
        edge = self._edge_verdicts(doc, f.units, verdicts, short, corpus) if short and verdicts else set()
        if edge:
            verdicts = dict(sorted(verdicts.items()))  # (in the text's order: `runs_of_lines`)
        if verdicts and not markdown and is_licence_document(doc.text):
            return  # (qa16c N7) a copyright file's `License:` lines, a licence's clauses: its content
        # (Markdown's units are whole prose blocks already: `markdown_stamped`)
        items = own_items(doc.text, f.units, verdicts.__contains__) if verdicts and not markdown else set()
        # a relbar's fixed entries beside the page's own title: the site's template (tester27)
        items -= (navigation := template_lists(doc, f.units, items, verdicts, corpus, self.options.min_documents))
        navigation |= edge  # a relbar at the page's edge, its one-word entries too (`edge_entries`)
        items -= edge
        wrapped = set() if markdown or not verdicts else wrapped_lines(doc.text, f.units, verdicts.__contains__) - navigation
        starts: dict[int, int] = {}  # a line's start -> its unit (`lead_in` asks of the line below a lead-in)

        def repeated_at(start: int) -> bool:
            if not starts:
                starts.update((u.start, k) for k, u in enumerate(f.units)
                              if u.line or doc.text.find("\n", u.start, u.end) < 0)
            return starts.get(start) in verdicts
        spans = sorted((f.units[k].start, f.units[k].end) for k in verdicts)
        reach = list(accumulate((end for _, end in spans), max))

        def covered(pos: int) -> bool:  # inside a repeated line or paragraph (a paragraph's lines are its)
            k = bisect_right(spans, (pos, len(doc.text) + 1)) - 1
            return k >= 0 and reach[k] > pos
        skeleton = kept_skeleton(doc.text, f.units, set(verdicts)) if verdicts and not markdown else ()
        entries = glossary_entries(doc.text, f.units, verdicts) if verdicts and not markdown else ()
        verses = verse_lines(doc.text, f.units, verdicts.__contains__) if verdicts and not markdown else ()
        listed = list_items(doc.text, f.units, verdicts.__contains__) if verdicts and not markdown else ()
        script = bool(verdicts) and speaker_cues(split_lines(doc.text))  # a play, a screenplay
        turns = labelled_turns(doc.text) if verdicts and not markdown else []  # a dialog, a labelled turn a line
        shared = {f.units[i].key for i in verdicts} if script else set()
        seq = line_indexes(f.units) if script else []
        cues = script_cues(f.units, seq, doc.text) if script else frozenset()
        place = {k: n for n, k in enumerate(seq)}
        page = page_number(doc.metadata)  # a PDF's page a record: its text is a PDF's (`pdftext`)
        outline: dict = {}  # (`outline_heading`'s reading of the text's blocks, once)
        for i, verdict in verdicts.items():
            u = f.units[i]
            if (i in items or i in wrapped) and not (html and html.layout and navigation_table(html.layout.nav_tables, u.start)):
                continue  # one item of the document's own list or paragraph (a line of it; no row of a navigation table)
            if not markdown and html is None and names_the_text(
                    doc.text, u, self._carriers.groups(corpus, K_UNIT, u.key)[1], repeated_at):
                continue  # the text's title over its own text, which other pages' lists and headings name (`pagenames`)
            if i in skeleton and i not in edge or own_heading(doc.text, u.start, u.end, covered):
                continue  # the text's markup, a field of its record, a heading over its own section (dumpheads)
            if i in entries:
                continue  # a dictionary's headword, definition or contents line: its entries' own (qa23 r07)
            if i in verses:
                continue  # an epic's formula, a refrain: a line of the document's own verse (tester26)
            if quotation_own(doc.text, u.start, u.end, repeated_at):
                continue  # a famous line over its attribution (`-- 李商隐《锦瑟》`, tester32), a verse joke's punch line
            if i in listed:
                continue  # an entry of a book's index, one a paragraph among its own (tester26)
            if script and cue_of_script(u, lines_beside(f.units, i, seq, place), cues, shared):
                continue  # a script's cue (`Exeunt`, `First Gentleman`) or a line between its own lines
            if turns and any(start <= u.start and u.end <= end for start, end in turns):
                continue  # a speaker's turn (`A: 심심해`, `B: obrigada`): the dialog's own, however often said
            if bio_of(f, u) is not None:  # a bio is CL410's
                continue
            if code_residue(doc.text[u.start:u.end]):
                continue  # `}`, `#`, `);`: code, never boilerplate
            if own_span(doc.text, u.start, u.end, paragraphs=False, page=page) or section_heading(doc.text, u.start, u.end):
                continue  # a paper's title page (its authors), a heading (`1 Introduction`), maths, a caption (tester31)
            if page is not None and u.words < LONG_WORDS and not at_page_edge(doc.text, u.start):
                continue  # a PDF's page a record: a short line inside it is a table's cell, a printout's header
            if not (markdown or u.edge or i in edge) and outline_heading(doc.text, u.start, u.end, repeated_at, outline):
                continue  # `UI, Workflows & Features` over a release note's own entries: its outline's (tester32)
            if code_block(doc.text, u.start, u.end) and not (i in edge or self._template_code(u, corpus)):
                continue  # `DHCP=yes`, `#!/bin/sh` over a script: code or a config file's lines
            if u.words < LONG_WORDS and (
                    lead_in(doc.text, u.start, u.end, repeated_at) or open_over_display(doc.text, u.start, u.end)
                    or recurring_heading(doc.text, f.units, i)):
                continue  # `Example: >` over the document's own example, a sentence its display ends (tester27)
            if html is not None and u.words < LONG_WORDS and lead_in_over_code(html, u.start, u.end):
                continue  # an HTML page's `For example:` over its own `<pre>` block
            if u.words < LONG_WORDS and (open_over_own_address(doc.text, u.start, u.end, covered)
                                         or clause_over_own_text(doc.text, u.start, u.end, covered)):
                continue  # `This module can be found at` over the record's own URL; `The main features ... are:`
            if u.words < LONG_WORDS and record_field(doc.text, u.start, u.end, covered):
                continue  # `Язык: English` among a program's own fields (`Разработчик: ZXStyles`): its data (tester29)
            if not markdown and runs_on_from_above(doc.text, u.start, repeated_at):
                continue  # the second half of the document's own sentence, wrapped
            if not markdown:
                if kept is None:
                    kept = plain_kept(doc) or (lambda start, end: False)
                if kept(u.start, u.end):
                    continue  # plain text's code, a title and its underline, a directive
            block = doc.text[u.start:u.end]
            if doc.origin.conversation and (whole_part(doc, u.start, u.end) or prompt_part(doc, u.start)
                                            or answer_reply(doc, u.start, u.end)):
                continue  # a whole message (a system prompt, "Thank you!"), a prompt's instruction, an answer's `Yes.`
            if is_structure(doc.text, u.start, u.end) and not (i in navigation and bulleted(doc.text, u.start)
                                                               or i in edge):
                continue  # a heading, a code fence or code line, a table row: the document's structure
            if table_row(doc.text, u.start, u.end):
                continue  # a CSV file's header, a grid table's row a manual's translations keep (tester26)
            if commented_config(doc.text, u.start, u.end):
                continue  # `# The following lines ...` over `::1 localhost`: a config example's comment
            if u.words < LONG_WORDS and introduced_display(doc.text, u.start, u.end, repeated_at):
                continue  # `nameserver 192.168.11.1` under "... enthält sie Folgendes:": the example's line
            if u.words < LONG_WORDS and option_entry(doc.text, u.start):
                continue  # `--help display this help and exit`: an entry of the document's list of options
            if u.words < LONG_WORDS and release_entry(doc.text, u.start):
                continue  # a changelog's `- Initial release` under its version: that release's record
            if u.words < LONG_WORDS and part_header(doc.text, u.start):
                continue  # `Content-Transfer-Encoding: base64` over its part's body: the part's, not furniture
            if u.words < LONG_WORDS and in_code_sample(doc.text, u.start):
                continue  # a command of a code sample in plain text, or what it printed
            if (not verdict[2] or verdict[4]) and quoted(block):
                continue  # a quotation or an embedded post that several outlets (or articles) carry: the news
            if bracketed_credit(block):
                continue  # `(contributed by brian d foy)` over an answer: its attribution
            if verdict[1] < self.options.min_documents and (extract_head(block, 1) or time_stamp(block)):
                continue  # a site's byline or dateline ("Posted by A on 19 Sep 2016"): metadata, CL504's
            if verdict[1] < self.options.min_documents and not_template_shaped(doc.text, u, repeated_at):
                continue  # two answers of one Q&A site sharing a command or its lead-in: no template (tester32)
            if verdict[2] is None and self._another_sites(f.units, i, corpus):
                continue  # another site's template that this page's own text happens to share
            found.append((u, verdict))
        nav_starts = {f.units[i].start for i in navigation}
        yield from run_findings(doc, found, nav_starts, html, f.site, page, kept)
