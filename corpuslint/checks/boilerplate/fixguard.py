"""When CL140 keeps its finding but offers no fix: the run is, by its shape and context, a part
of the page's main text (issue 15, the held-out reads of seeds 2254 and 2256).

A finding is a statistical verdict and may be debated; removing the article's text is the worst
thing a fix can do. So the fix is withheld where the flagged run reads as the article's own:

- a sentence wrapped over two lines: a capitalised line that does not close its sentence runs
  on into the next line in lower case, which closes it with a full stop (`Unsere Überschüsse
  fließen ... Open Source Projekten` / `oder in die Begleitung von ... Initiativen.`), both
  reading as text (function words, no call to action or link). Furniture is written line by
  line: a menu item or a teaser's title does not end a sentence on the next line.
- a list under the article's lead-in: two lines or more with words, right below a line of the
  article that announces them with a colon (`Dies wollen wir erreichen durch:`, `Dazu gibt es
  viele Möglichkeiten:`): four words or more reading as text, itself prose or under a sentence.
  A menu's label (`Find Information About:`, `Themen in diesem Artikel:`) does not stand under a
  sentence of the article, a share bar's (`Share this:`) is a call to action, an ad label or a
  close button alone under a lead-in (`Advertisement`, `×`) is no list, and neither is a credit
  or a follow line under the article's last words (`[Image via screengrab]` / `>> Follow ...`).

- a list of the page's own section under its heading (`_in_marked_section`: Sphinx's `Projects using Sphinx`, an
  index page's toctrees): the heading carries the documentation generator's mark (`¶`), or, the mark gone (CL213's
  fix takes it, and a second run must not take the lists), has a heading's shape, and stands in the page's own
  text (`_in_page_text`): from the page's first sentence down to it only text, lists and headings over their
  sections, or the article's paragraphs right above it; or it is the page's title, right over its first
  sentence. A news page's box has the shape (a tab bar naming its panels, a column-1 line over an indented list
  on a page of menus: session 32, the held-out lynx and inscriptis pages) but stands among the site's lines.
- the whole of a document without prose: findings that would take nearly all the text of a
  document none of whose lines reads as prose (`takes_whole_document`). Removing a whole document
  is a person's decision (corpuslint.wholedoc), and here the model had no article to measure the
  furniture against: a Declaration in Amharic or Thai read before the sentence test knew their
  scripts (issue 15, qa15's finding 1) was deleted whole by one finding.

The finding stays (its lines may still be furniture: the reader decides); its message says why
there is no fix.
"""

from __future__ import annotations

import re

from corpuslint.checks.boilerplate.context import furniture_cue
from corpuslint.checks.boilerplate.dumpheads import listed
from corpuslint.checks.boilerplate.linefeatures import CREDIT, Line, has_link, reads_as_sentence
from corpuslint.checks.boilerplate.wrapping import wrapped_prose
from corpuslint.textlines import column

__all__ = ["WHOLE_DOCUMENT", "is_item", "is_lead_in", "takes_whole_document", "why_no_fix"]

_CLOSE = ".!?:;…"  # a line ending with one of these closes its sentence (or announces what follows)
_QUOTE_CLOSE = "\"”’)»"  # a sentence may close inside a quotation or a bracket: `... Initiativen."`


def _reads_as_text(line: Line) -> bool:
    """Words with function words among them, no call to action, link or e-mail."""
    return line.stop >= 0.15 and not line.cta and not has_link(line.text) and "@" not in line.text


def _runs_on(line: Line, after: Line) -> bool:
    """A sentence that begins on `line` (capitalised, three words or more, not closed) and ends on
    `after`, the very next line, which goes on in lower case and closes it with a full stop; both
    read as text. A list's items stand in parallel (each capitalised, or each in lower case), and
    a widget's wrapped question (`Déjà abonné au` / `journal Le Monde?`) is no statement."""
    text, below = line.text, after.text
    return (after.number == line.number + 1 and text[:1].isupper() and text[-1] not in _CLOSE
            and line.words >= 3 and below[:1].islower() and below.rstrip(_QUOTE_CLOSE)[-1:] == "."
            and _reads_as_text(line) and _reads_as_text(after))


def _is_sentence(line: Line) -> bool:
    """A sentence of the article (`reads_as_sentence`) that, short of a paragraph, reads as text."""
    return reads_as_sentence(line) and (line.prose or _reads_as_text(line))


def is_lead_in(lines: list[Line], k: int) -> bool:
    """Line `k` announces a list of the article: four words or more ending with a colon, reading
    as text, itself a paragraph of prose or right under a sentence of the article."""
    line = lines[k]
    if line.text[-1] != ":" or line.words < 4 or not _reads_as_text(line):
        return False
    return line.prose or (k > 0 and _is_sentence(lines[k - 1]))


def is_item(line: Line) -> bool:
    """An item of the article's list: words, no call to action, link, handle or credit (a picture's
    `Featured image via ...`, a `Follow ... (@handle)` line under the article's last words)."""
    text = line.text
    return (any(c.isalpha() for c in text) and not line.cta and not has_link(text) and "@" not in text
            and CREDIT.search(text) is None)


def why_no_fix(lines: list[Line], first: int, last: int, text: str = "", thread: bool = False) -> str | None:
    """Why the fix of the run `lines[first..last]` would take the page's main text, or None (`text`:
    the document's, where a heading's place in the page's contents list is read). `thread`: the run is
    the readers' comment thread (`commentthread`), whose posts are sentences wrapped over lines: only a
    sentence running on across its edges (from the article above, into what follows) keeps the fix back
    (sb26 A/B lynx: three threads of 201-529 lines, 2,034 boilerplate lines and none of content, were kept so)."""
    # each pair of lines with one of them in the run: the sentence may begin above it or end below
    for k in range(max(first - 1, 0), min(last + 1, len(lines) - 1)):
        if thread and first <= k < last:
            continue  # (a post's own sentence, inside the thread)
        if _runs_on(lines[k], lines[k + 1]):
            return "a sentence of the text runs on over its lines"
    if 0 < first < last and lines[first - 1].number >= lines[first].number - 2 and is_lead_in(lines, first - 1):
        if all(is_item(lines[k]) for k in range(first, last + 1)):
            return "a list under the text's lead-in"
    if first > 0 and _in_marked_section(lines, first, last, text):
        return "a list of the page's own section, under its heading"
    return None


# the mark a documentation generator sets after each heading of the page's text (Sphinx's, MkDocs' `¶`, the
# icon font's permalink glyph): a heading of the content, never of a sidebar or a menu
_PERMALINK_MARKS = ("¶", "\uf0c1")
_ITEM_MARK = re.compile(r"(?:[*+o•#-]|\d{1,3}[.)])\s")
_SECTION_REACH = 8  # lines from a section's heading to its list: the section's lead-in paragraph
_ARTICLE_RUN = 3  # paragraphs in a row: an article's body (a box's teasers have one each, under its headline)


def _in_marked_section(lines: list[Line], first: int, last: int, text: str = "") -> bool:
    """The run is a list of the page's own section (a Sphinx page of links, `Projects using Sphinx`: each list of
    projects under its `Documentation using the alabaster theme¶`; an index page's toctree under `Get started¶`
    and its lead-in): two thirds of its lines or more are items (a toctree's caption and an item's wrapped line
    besides), and walking up from it over the section's prose (and the list's own items above it) only, the
    heading carries the generator's mark, or (the mark gone: CL213's fix removes it, and a second run must not
    take the list) is the page's own heading by its shape: a line of its own that the page's contents list
    names (`dumpheads.listed`) or, on a page half of whose lines are its lists' items, a line in column 1 of an
    indented dump over its indented section, under the page's first sentence, and either way no line furniture says,
    standing in the page's own text (`_in_page_text`); or a title over its underline (`=====`). The run may open with
    that heading."""
    if first + 1 <= last and not _ITEM_MARK.match(lines[first].text) and _heading(lines, first, text):
        first += 1  # `Books produced using Sphinx` over its list, flagged with it
        if first == last:
            return False
    elif first == 0:
        return False
    run = lines[first:last + 1]
    if len(run) < 2 and not _ITEM_MARK.match(run[0].text) or 3 * _items(run, text) < 2 * len(run):
        return False  # (one item alone: the list's first, `* Alan Crosswell's Using the Django REST Framework`)
    if _names_headings(lines, run):
        return False  # the page's contents list (`On this page`): its entries are the page's headings
    depth = column(text, run[0].start) if text else -1
    prose = 0
    for k in range(first - 1, -1, -1):
        line = lines[k]
        heading = _heading(lines, k, text)
        if heading is not None:
            return heading
        if _ITEM_MARK.match(line.text) or depth >= 0 and column(text, line.start) > depth:
            continue  # the list's own items above the run, an item's wrapped line
        if not reads_as_sentence(line) or prose >= _SECTION_REACH:
            return False
        prose += 1
    return False


def _heading(lines: list[Line], k: int, text: str) -> bool | None:
    """Whether line `k` is a heading of the page's own (True), a heading of another shape (False, the
    mark on a long line), or no heading (None): see `_in_marked_section`."""
    line = lines[k]
    if line.text.endswith(_PERMALINK_MARKS):
        return line.words <= 12
    if _UNDERLINE.fullmatch(line.text) and k > 0 and lines[k - 1].number == line.number - 1:
        return lines[k - 1].words <= 12 and not reads_as_sentence(lines[k - 1]) or None
    if (text and line.blank_before and line.blank_after and line.words <= 12 and line.text[-1:] not in _CLOSE
            and not _ITEM_MARK.match(line.text) and not furniture_cue(line.text)
            and (listed(text, line.text) or column(text, line.start) == 0
                 and k + 1 < len(lines) and column(text, lines[k + 1].start) > 0
                 and any(reads_as_sentence(above) for above in lines[:k]) and _page_of_lists(lines, text))
            and _in_page_text(lines, k, text)):
        return True  # (in column 1: under the page's first sentence, not a sidebar's `On this page` over it)
    return None


def _in_page_text(lines: list[Line], k: int, text: str) -> bool:
    """Heading `k`, without the generator's mark, stands in the page's own text: every line from the page's first
    sentence down to it (from the top, on a page without one) is text, a sentence or a wrapped paragraph, a list's
    item or its wrapped line, or a line that heads what follows it (`_heads`), but for the site's lines above the
    article's paragraphs (`_ARTICLE_RUN` in a row: a heading of the article under them, a government blog's `Digital
    assets that will remain ...` over its own list); or it is the page's title, right over its first sentence. A
    page whose lists are its text (Sphinx's `Projects using Sphinx`, an index page's toctrees) reads so; a news
    page's boxes stand among the site's lines, above and after the article (its byline, a caption, `Print Email`,
    `More news` over nothing, a search field), and a heading higher up is the site's (`SZ.de` over its menus). The
    page's first sentence says nothing furniture says (a cookie banner's `... Click Here ...` is none)."""
    wrapped = wrapped_prose(lines)
    first = next((i for i, line in enumerate(lines) if (reads_as_sentence(line) or line.number in wrapped)
                  and not furniture_cue(line.text)), None)
    if first is None:
        first = 0
    elif first > k:
        return first == k + 1  # the page's title over its first paragraph; a line above it, the site's
    depth, site, prose = -1, False, 0
    for i in range(first, k):
        line = lines[i]
        mark = _ITEM_MARK.match(line.text)
        if mark is not None:
            depth, prose = column(text, line.start) + len(mark.group(0)), 0
            continue
        if depth >= 0 and column(text, line.start) >= depth:
            continue  # an item's wrapped line
        depth = -1
        if reads_as_sentence(line) or line.prose or line.number in wrapped:
            prose += 1
            site = site and prose < _ARTICLE_RUN  # the article's paragraphs, under the site's lines
        elif _is_text(line, wrapped) or _heads(lines, i, text, wrapped):
            prose = 0
        else:
            site, prose = True, 0
    return not site


def _is_text(line: Line, wrapped: set[int]) -> bool:
    """A sentence, a line of a wrapped paragraph, or a short statement reading as text (`New in version 1.3.`)."""
    return (reads_as_sentence(line) or line.prose or line.number in wrapped
            or line.text.rstrip(_QUOTE_CLOSE)[-1:] in ".!?" and _reads_as_text(line))


def _heads(lines: list[Line], i: int, text: str, wrapped: set[int]) -> bool:
    """Line `i` heads what follows it: a title, a term or a list's label (`... in an extension:`) of twelve words at
    most, saying nothing furniture says, over a line set deeper, a list's item or text. `More news` over the next box's
    heading, `Print Email` over a byline, `comments` over the title heads nothing."""
    line, below = lines[i], lines[i + 1]
    if line.words > 12 or line.text[-1:] in _CLOSE and line.text[-1:] != ":" or furniture_cue(line.text):
        return False
    return (column(text, below.start) > column(text, line.start) or _ITEM_MARK.match(below.text) is not None
            or _is_text(below, wrapped))


def _names_headings(lines: list[Line], run: list[Line]) -> bool:
    """Half of the run's items or more name a line of its own elsewhere on the page: a contents list."""
    own = {line.text.rstrip("".join(_PERMALINK_MARKS) + " ").casefold() for line in lines
           if line.blank_before and line.blank_after}
    entries = [line.text[m.end():].strip().casefold() for line in run if (m := _ITEM_MARK.match(line.text))]
    return bool(entries) and 2 * sum(entry in own for entry in entries) >= len(entries)


def _page_of_lists(lines: list[Line], text: str) -> bool:
    """Half of the page's lines or more are its lists' items: lists are what the page is (a Sphinx
    `examples` or index page), once a first run took its sidebar and its contents list."""
    return 2 * _items(lines, text) >= len(lines)


_UNDERLINE = re.compile(r"([=~^\-*#])\1{2,}")


def _items(run: list[Line], text: str) -> int:
    """The lines of the run that are items of a list or (read in `text`) an item's wrapped line, set
    deeper than the item over it: `* Arizona State University PHY494/PHY598/CHM598 Simulation approaches`
    / `  to Bio-and Nanophysics (classic)`."""
    count, depth = 0, -1
    for line in run:
        mark = _ITEM_MARK.match(line.text)
        if mark is not None:
            count += 1
            depth = column(text, line.start) + len(mark.group(0)) if text else -1
        elif depth >= 0 and column(text, line.start) >= depth:
            count += 1
        else:
            depth = -1
    return count


# The share of a document's (non-space) text past which the findings take "the whole document"
WHOLE_SHARE = 0.9
WHOLE_DOCUMENT = ("the whole document looks like boilerplate, and none of its lines reads as prose: a page of "
                  "furniture, or text in a script or shape the model cannot read; review it")


def takes_whole_document(text: str, lines: list[Line], flagged: list[Line]) -> bool:
    """Whether the flagged lines hold `WHOLE_SHARE` or more of the document's text while no line
    of it reads as prose. The model has then nothing of the article to tell the furniture from
    (a document all of short lines, a script whose sentences or words it does not read): removing
    the whole document is a person's decision, so the findings stay and their fixes are withheld."""
    if not flagged or any(line.prose for line in lines):
        return False
    total = len("".join(text.split()))
    taken = sum(len("".join(line.text.split())) for line in flagged)
    return taken >= WHOLE_SHARE * total
