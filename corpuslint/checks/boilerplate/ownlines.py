"""More of the article's own short lines that CL140's line model mistakes for furniture (issue 15,
the news reads): a section break above the article's closing line, a heading on the first line
right above the first paragraph, the first line as the title when the article begins below it,
a heading standing alone among the first three lines above the first paragraph, a subheading
between one-sentence paragraphs, a headline the article quotes under its lead-in, a summary
under its label at the top, a fact check's example lead-in, a table of figures next to its
prose, the article's head (headline, standfirst, byline, date) under a whole page's menus; a
technical document's lead-ins, API entries, see-also lines and permalinked headings (`techlines`).
Each is a shape of the line in its context, tested both ways on real documents; the rule's
`articles_own` asks them beside its own (a verdict, a media lead-in, a citation)."""

from __future__ import annotations

import re

from corpuslint.checks.boilerplate.doclines import DocLines
from corpuslint.checks.boilerplate.linefeatures import CREDIT, Line, has_link, reads_as_sentence
from corpuslint.checks.boilerplate.techlines import tech_line
from corpuslint.checks.boilerplate.textruns import is_contents_entry, is_grammar_row, is_sentence_a_line
from corpuslint.stamps import MONTHS

__all__ = ["article_head", "is_article_head", "is_early_heading", "is_example_lead_in",
           "is_first_line_title", "is_inner_heading", "is_quoted_headline", "is_section_break", "is_story_summary",
           "is_table_line", "is_top_heading", "own_line", "table_rows"]

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


# what a headline may hold besides words: an abbreviation's full stops (`U.S. Stocks Rise to Records`),
# a number (`10 things ...`, `Windows 8.1 review`), each read as a word
_HEADLINE_TOKEN = re.compile(r"\b(?:[A-Z]\.){2,}|\d+(?:[.,:]\d+)*")
_COUNTER = re.compile(r"^\d+\s*(?:of|/)\s*\d+$")  # a gallery's `1 of 21`, a pager's `2/5`


def _heading_shape(line: Line, most: int, headline: bool = False) -> bool:
    """Short, no call to action, link, e-mail, credit word or inner full stop, not a label
    (`Tags:`, `Home |`), not a counter (`1 of 21`), no gap of spaces (a caption glued to its
    credit, `Facebook   Taylor Chandler`): the shape of a heading. A `headline` (the article's
    head) may open with a number and hold an abbreviation, four words or more (not a date: the head's
    stamps are read as such, and a list of teasers alternates titles and dates)."""
    text = line.text
    if headline and line.words >= 4 and _COUNTER.match(text) is None and _DATE.search(text) is None:
        text = _HEADLINE_TOKEN.sub("X", text)
    return (1 <= line.words <= most and not line.cta and text[-1] not in ":|" and not text[0].isdigit()
            and "  " not in text and "." not in text[:-1] and "@" not in text and not has_link(text)
            and CREDIT.search(text) is None)


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
    return reads_as_sentence(after) and len(lines) > 2 and lines[2].prose


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
            and line.text[-1] not in ".!?" and reads_as_sentence(before) and reads_as_sentence(lines[i - 2])
            and _heading_shape(line, 8))


def is_stacked_heading(lines: list[Line], i: int) -> bool:
    """Line `i` is one of two headings stacked between two paragraphs of the article: a section's
    label under its part's (`Von Rechts wegen` / `Tatbestand` in a judgment, a chapter and its
    first section), two paragraphs of their own (blank lines around each), each of a heading's
    shape and not closing a sentence, a sentence above the pair and prose right below. A widget's
    title and label are glued in one paragraph (webmd's `Get Started` / `WebMD My Medicine`, a
    teaser's image text above its title); a teaser's label carries a call to action, a link or a
    credit word (`Related`, `Read more`, `Photo`)."""
    for top in (i - 1, i):
        if top < 1 or top + 2 >= len(lines):
            continue
        pair = (lines[top], lines[top + 1])
        if (lines[top + 2].prose and reads_as_sentence(lines[top - 1]) and pair[0].text != pair[1].text
                and all(h.blank_before and h.blank_after and _heading_shape(h, 8) and h.text[-1] not in ".!?,;"
                        for h in pair)):
            return True
    return False


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
            and reads_as_sentence(lines[i - 2]) and not has_link(before.text) and _heading_shape(line, 12))


# a figure of a table's cell: an amount with thousands separators, a decimal, a percentage, a
# currency amount; alone on the line (`$ 16,256,928`) or among a row's cells after its label.
# In the English notation (`1,234.5`, `$ 12`) and the European one (`2,1`, `14,95 €`, `16,6 %`)
_FIGURE = (r"[-\u2212]?\s?[$€£¥]?\s?[-\u2212]?\s?(?:\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+[.,]\d+\s?%?|\d+\s?%"
           r"|[$€£¥]\s?\d+|\d+(?:[.,]\d+)?\s?[€£¥])")
_FIGURE_RE = re.compile(_FIGURE)
_CELLS = rf"(?:(?:\d+|{_FIGURE})\s+)*(?:\d+|{_FIGURE})"  # integers too, with a figure among them
_ROW = re.compile(rf"^(?P<label>[^\d\s].*?)\s+(?P<cells>{_CELLS})$")
_FIGURES_ONLY = re.compile(rf"^(?:(?:\d+|{_FIGURE})\s+)*{_FIGURE}$")
_ROW_ENDS = "0123456789%€£¥"
# a row's decimal alone on its line (`2,1`, `17.3`, `16,6 %`): a chart's axis or a price is not one
_DECIMAL_ALONE = re.compile(r"^[-\u2212]?\d+[.,]\d+\s?%?$")
_ROWS_NEAR = 4  # lines of a table's head above its rows, of its totals below them
_GAP = 5  # lines of headings and totals a table may have between two of its rows


def _is_row(line: Line) -> bool:
    """A table's row: a label of up to 10 words (no sentence's end, call to action or link)
    followed by figures, at least one of them an amount, a decimal or a percentage (`Herbert
    Dürr 63 16.6%`, `Foundation Grants $ 998,659`). A count in brackets (`Gardening (12)`,
    `March 2015 (4)`) is a sidebar's, not a figure."""
    text = line.text
    if text[-1] not in _ROW_ENDS:
        return False
    m = _ROW.match(text)
    if m is None or _FIGURE_RE.search(m.group("cells")) is None:
        return False
    label = m.group("label")
    return (len(label.split()) <= 10 and label[-1] not in ".!?:(" and not line.cta and not has_link(label)
            and any(c.isalpha() for c in label))


def _is_cell(line: Line) -> bool:
    """A line a table may have between its rows: a short heading (`Total Revenue`) or a figure
    alone (`$ 16,256,928`); no call to action, link or sentence."""
    text = line.text
    return (not line.prose and not line.cta and line.words <= 6 and text[-1] not in ".!?"
            and not has_link(text)) or _FIGURES_ONLY.match(text) is not None


def _prose_next_to(line: Line | None) -> bool:
    """A paragraph of the article's prose (no call to action) or a footnote's sentence."""
    return line is not None and (line.prose or line.words >= 8 and line.text[-1] in ".!?:") and not line.cta


def _rows(lines: list[Line]) -> bytearray:
    """1 for each line that is a table's row (`_is_row`), or a row's decimal alone on its line
    (a table whose cells stand one a line: `Cybex Pallas S-Fix` / `300 €` / `ja` / `2,1`)."""
    return bytearray(1 if (line.text[-1] in _ROW_ENDS or line.text[-1].isdigit())
                     and (_is_row(line) or _DECIMAL_ALONE.match(line.text) is not None) else 0 for line in lines)


def table_rows(doc: DocLines) -> bytearray:
    """The document's table rows (`_rows`), read once and kept on it: the rule asks `own_line`
    of many lines of one document in turn, and the rows are the document's."""
    if doc.rows is None:
        doc.rows = _rows(doc.lines)
    return doc.rows


def is_table_line(doc: DocLines, i: int) -> bool:
    """A line of a table of the article: a run of three or more rows that pair a label with
    figures (`Foundation Grants $ 998,659`, `Caolán McNamara 4307 19.5%`), with its headings,
    totals and figures alone between and above them, the article's prose right above or below
    the run. A category sidebar or an archive list counts in brackets, a menu has no figures, a
    reader's settings or a player's statistics have fewer than three such rows, a table away
    from the prose is not the article's. Figures are read in the English notation only (`1,234.5`,
    `$ 12`): `14,95 €` is no figure, so a European table is left to the model too. The rows are
    the document's `table_rows`, read once."""
    lines, rows = doc.lines, table_rows(doc)
    n = len(lines)
    lo, hi = max(0, i - _ROWS_NEAR), min(n, i + _ROWS_NEAR + 1)
    if rows.find(1, lo, hi) < 0:
        return False  # the cheap test first: no row near
    near = [j for j in range(lo, hi) if rows[j]]
    # grow the run of rows from the nearest, across gaps of cells
    first = last = min(near, key=lambda j: abs(j - i))
    count = 1
    for step in (-1, 1):
        j, gap, edge = first if step < 0 else last, 0, None
        while 0 <= j + step < n and gap < _GAP:
            j += step
            if rows[j]:
                count, gap, edge = count + 1, 0, j
            elif _is_cell(lines[j]) or _ROW.match(lines[j].text) is not None:
                gap += 1  # a heading, a figure, or a row whose label the test above refused (`Economie Inter.`)
            else:
                break
        if edge is not None:
            first, last = (edge, last) if step < 0 else (first, edge)
    if count < 3:
        return False
    # the table's head above its first row (a few cells, or one a column: `Domaine` / `Nombre
    # d’articles` / ... above `Revues Généralistes 316 630 18 2.9 ...`) and its totals below its last
    start = first
    head = max(_ROWS_NEAR, len(lines[first].text.split()) if rows[first] else 0)
    while start > 0 and first - start < min(head, 12) and _is_cell(lines[start - 1]):
        start -= 1
    end = last
    while end + 1 < n and end - last < _ROWS_NEAR and _is_cell(lines[end + 1]):
        end += 1
    if not start <= i <= end:
        return False
    above = lines[start - 1] if start else None
    if (above is not None and start >= 2 and not above.prose and not above.cta and not has_link(above.text)
            and above.text[-1] not in ".!?"):
        above = lines[start - 2]  # the table's caption (`Annexe : Place des français ...`) under the prose
    return _prose_next_to(above) or _prose_next_to(lines[end + 1] if end + 1 < n else None)


def own_line(doc: DocLines, i: int, prose_before: float, prose_after: float) -> bool:
    """Any of the shapes above for line `i` of the document (its lines and what is read of the
    whole of it once, `DocLines`)."""
    lines = doc.lines
    line = lines[i]
    after = lines[i + 1] if i + 1 < len(lines) else None
    return (is_section_break(line, after, prose_before) or (i == 0 and is_top_heading(line, after))
            or is_story_summary(line, prose_before) or is_example_lead_in(line, prose_after)
            or is_first_line_title(lines, i) or is_inner_heading(lines, i, prose_before, prose_after)
            or is_quoted_headline(lines, i, prose_before) or is_early_heading(lines, i)
            or is_table_line(doc, i) or is_article_head(doc, i) or is_stacked_heading(lines, i)
            or is_sentence_a_line(lines, i) or is_contents_entry(doc, i) or is_grammar_row(lines, i)
            or tech_line(doc, i, prose_before))


# the article's head: a byline (`By Urs Gassner | 27.06.2018`, `Von Benjamin Fischer`, `By: CNN Wire`)
# or a date or time stamp (`Mon 20 Jan 2020 06.05 GMT`, `- Aktualisiert am 28.01.2020 - 15:49`,
# `Posted at 2013-12-30T14:42:01`), the article's own metadata line near its first paragraph
_BY_LEAD = r"[Bb]y|BY|[Vv]on|VON|[Pp]ar|PAR|[Pp]or|POR|Door|Autor|Author"  # a byline's lead word
_BYLINE = re.compile(rf"^(?:{_BY_LEAD}|Di|Av|Af)(?::\s*|\s+)[^\W\d_]")
# a head's date is written with an English month name (the stamps' `MONTHS`) or a German, French or
# Spanish one; a head's date is read more widely than `DATE_IN_TEXT` reads (numeric, in three more
# languages), and without its weekday and time (they count among the stamp's other words)
_MONTHS = "(?:" + "|".join((*MONTHS, *"""febr januar februar märz mai juni juli oktober dezember janvier février mars
avril juin juillet août septembre octobre novembre décembre enero febrero marzo abril mayo junio julio agosto
septiembre octubre noviembre diciembre""".split())) + ")"
_DATE = re.compile(rf"(?i)\b(?:\d{{1,2}}[./]\d{{1,2}}[./](?:19|20)?\d\d|(?:19|20)\d\d-\d\d-\d\d|"
                   rf"\d{{1,2}}\.?\s+{_MONTHS}\.?,?\s+(?:19|20)\d\d|{_MONTHS}\.?\s+\d{{1,2}}(?:st|nd|rd|th)?,?\s+"
                   rf"(?:19|20)\d\d)\b")
_DIGIT = re.compile(r"\d")
_STAMP_REST = re.compile(r"[^\W\d_]{4,}")  # a word a stamp has besides its date (`Updated`, `Last modified`)
_HEAD_ABOVE = 3  # lines of a headline, a standfirst and a name above the first stamp
_HEAD_BELOW = 6  # lines (a headline, a share bar, a caption) between the last stamp and the first paragraph
_STAMPS = 4  # bylines and date lines in a row
_NAME_WORDS = 5  # at most, an author's name with a role (`Richard Adams Education editor`)
_STANDFIRST_WORDS = 12  # at least, a standfirst under its headline (longer than a headline)
_FIRST_PARAGRAPHS = 4  # the paragraphs of prose a head may stand above (a consent notice, a site's blurb first)
_BAR_BELOW = 16  # lines of a share bar, an image's caption, a label (each of 6 words or fewer) between a headline's
_BAR_WORDS = 6  # stamps and the paragraph (`Share Pin Email`, `(Image credit: Submitted by Ashley)`, `Name: Ashley`)
_SKIP_ABOVE = 6  # short lines (tags, a section label) between a name or stamp and the headline above them
_HEADLINE_WORDS = (4, 15)  # a headline found by its place alone (no stamp, or above tags)


def _is_stamp(line: Line) -> bool:
    """A byline or a date line of a head: short, no call to action or link, a byline's lead word
    before a name, or a date (day, month and year; an ISO date) with at most three other words
    (a teaser's title that names a date has more)."""
    text = line.text
    if line.words > 16 or line.cta or line.prose or has_link(text):
        return False
    if _BYLINE.match(text) is not None:
        return True
    if _DIGIT.search(text) is None:
        return False  # the cheap test first: a date has a digit
    rest = _DATE.sub(" ", text)
    return len(rest) < len(text) and len(_STAMP_REST.findall(rest)) <= 3


# a byline's lead word alone on its line, the name on the next (`Von` / `Denis Dilba`)
_LONE_BYLINE = re.compile(rf"^(?:{_BY_LEAD}):?$")  # not `Di`, `Av`, `Af`: alone, those are words
_NAME_WORD = re.compile(r"[^\W\d_][\w'’.-]*")


def _is_name(line: Line) -> bool:
    """An author's or a publication's name alone on its line (`Mark Lavin`, `Technology Review`):
    two to five capitalised words, no digit, call to action, link or sentence mark."""
    text = line.text
    if not 2 <= line.words <= _NAME_WORDS or line.cta or _DIGIT.search(text) or text[-1] in ".:|!?,":
        return False
    words = text.split()
    return (len(words) == len(_NAME_WORD.findall(text)) and all(w[0].isupper() for w in words)
            and not has_link(text) and CREDIT.search(text) is None)


def _stamp_marks(lines: list[Line], lo: int, hi: int) -> list[int]:
    """The indices in `lo`..`hi` of the head's stamps (`_is_stamp`), a lone byline word with the
    name on the next line counted as one (both lines)."""
    out = []
    for j in range(lo, hi):
        if _is_stamp(lines[j]):
            out.append(j)
        elif (_LONE_BYLINE.match(lines[j].text) and j + 1 < hi and _is_name(lines[j + 1])):
            out.append(j)
            out.append(j + 1)
    return sorted(set(out))


def _is_headline(line: Line) -> bool:
    """A headline found by its place alone: heading-shaped, 4-15 words, no sentence end, not a
    breadcrumb, a page's title or a list of categories, nor opening in lower case (a toolbar's
    `vorlesen Druckansicht …`)."""
    lo, hi = _HEADLINE_WORDS
    text = line.text
    return lo <= line.words <= hi and text[-1] not in ".!?" and not text[0].islower() and _head_line(line)


def _is_categories(text: str) -> bool:
    """A list of categories (`Foundation, From the archives, Technology`): every item capitalised."""
    items = text.split(", ")
    return len(items) >= 3 and all(item[:1].isupper() for item in items)


def _head_line(line: Line, below: Line | None = None) -> bool:
    """A headline, a standfirst or an author's name next to the stamps: heading-shaped (a
    standfirst up to 30 words) of three words or more (a menu's `News`, a section's `Business`
    has fewer), not a breadcrumb (`Blog /`, `Resort › Blog`, the headline repeated below it), a
    page's title (`Blog | Headline`) nor a list of categories."""
    text = line.text
    return (line.words >= 3 and _heading_shape(line, 30, headline=True) and _TRAIL.search(text) is None
            and (below is None or text != below.text) and not _is_categories(text))


_LIST_ITEM = re.compile(r"^[*+o#@•·-] ")  # a list's item (a text browser's bullets `*`, `+`, `o`, `#`, `@`)
_TRAIL = re.compile(r"[/>»›]$| [|>»›] ")  # a breadcrumb's or a title's separator (`Blog /`, `A › B`)


def _first_paragraphs(lines: list[Line]) -> list[int]:
    """The indices of the first `_FIRST_PARAGRAPHS` prose lines (a scan that stops there)."""
    out = []
    for j, line in enumerate(lines):
        if line.prose:
            out.append(j)
            if len(out) == _FIRST_PARAGRAPHS:
                break
    return out


def _stamps_for(lines: list[Line], p: int) -> list[int]:
    """The stamps of the head above paragraph `p`: within `_HEAD_BELOW` lines of it, or further up
    under a headline when only a share bar's short lines stand between (`기사입력 2013-10-24 …`,
    then `Tweet`, `페이스북`, `트위터` … above the first paragraph)."""
    stamps = _stamp_marks(lines, max(0, p - _HEAD_BELOW - _STAMPS), p)
    if stamps and p - stamps[-1] - 1 <= _HEAD_BELOW:
        return stamps
    far = _stamp_marks(lines, max(0, p - _BAR_BELOW - 1), max(0, p - _HEAD_BELOW - 1))
    if not far:
        return []
    last = far[-1]
    bar = all(lines[j].words <= _BAR_WORDS and not lines[j].prose for j in range(last + 1, p))
    # the headline right above the stamps, or above its author's name (a menu's date has a menu item
    # above it, not a headline)
    first = far[0]
    headline = (first > 0 and _is_headline(lines[first - 1])) or (
        first > 1 and _is_name(lines[first - 1]) and _is_headline(lines[first - 2]))
    return far if bar and headline else []


_TEASER_NEAR = 4  # lines below a paragraph where the next teaser's title would stand


def _teasers(lines: list[Line], p: int) -> bool:
    """Paragraph `p` is one of a list of teasers: another title, a paragraph of its own as the
    headline is, with its paragraph under it follows within a few lines (`PhD at the Hertie
    School` / its blurb / `How to apply: MPP and MIA` / its blurb), where an article goes on
    with its text or a share bar (`Post to Facebook` glued to its preview)."""
    for j in range(p + 1, min(p + 1 + _TEASER_NEAR, len(lines) - 1)):
        line = lines[j]
        if line.prose:
            return False  # the article goes on with its next paragraph (a `SEE ALSO:` title below is its own)
        if (line.blank_before and line.blank_after and _heading_shape(line, 15) and line.text[-1] not in ".!?"
                and lines[j + 1].prose):
            return True
    return False


def _run_head(lines: list[Line], stamps: list[int], end: int, head: set[int]) -> None:
    """Add to `head` the run of stamps and names ending at stamp `end`, with the headline, standfirst
    or name right above it (`_head`'s reading of one run)."""
    # the run of stamps and names (`Technology Review` / `Von` / `Denis Dilba`) that ends at `end`
    start = end
    while start > 0 and end - start + 1 < _STAMPS + 2 and (start - 1 in stamps or _is_name(lines[start - 1])):
        start -= 1
    while start < end and start not in stamps:
        start += 1  # the run's top is a stamp; a name above it is read as the head's below
    top = start
    while (top > 0 and start - top < _HEAD_ABOVE and _head_line(lines[top - 1], lines[top])
           and _LIST_ITEM.match(lines[top - 1].text) is None):  # a menu's item is no headline
        top -= 1
        if _NAME_WORDS < lines[top].words < _STANDFIRST_WORDS:
            break  # a headline tops the head; above a name or a standfirst, one more line
    while top < start and lines[top].text[-1] == ".":
        top += 1  # a tagline alone above a date (`... news and information.`), not a headline
    # a bare date's author named on the line above it (`Mark Lavin` / `June 8, 2015`): a name
    # alone (not one of a pager's or a menu's pair, `Older Article` / `Newer Article`), kept
    # only under the headline found below; a byline's date has its name already (a section
    # label in the name's place, `Tech Industry` / `by Steven Musil January 18, 2017`)
    name = (top == start and top > 1 and _is_name(lines[top - 1]) and not _is_name(lines[top - 2])
            and not any(_BYLINE.match(lines[j].text) for j in range(start, end + 1)))
    if top in stamps or name:
        # no headline on top: one a few short lines further up, a paragraph of its own as an
        # h1 is (not an item of a list of headlines), with only short lines between (tags, a
        # section label: the page's, `Tag` / `python,` … / `Mark Lavin`)
        above = top - 1 - int(name)  # the first line above the head (and above its name, if kept)
        for j in range(above, max(0, above - _SKIP_ABOVE), -1):  # not the title line
            if lines[j].blank_before and lines[j].blank_after and _is_headline(lines[j]):
                head.add(j)
                if name:
                    top -= 1
                break
            if lines[j].words > 2 or lines[j].cta or lines[j].prose:
                break
    head.update(range(top, end + 1))


def _headline_above(lines: list[Line], p: int) -> int | None:
    """The headline over paragraph `p`, a paragraph of its own, right above it or above a share
    bar's, an image's and its caption's short lines (`367` / `Shares` / `Tweet` / `Image: ...`)."""
    for h in range(p - 1, max(-1, p - 1 - _BAR_BELOW), -1):
        line = lines[h]
        if line.blank_before and line.blank_after and _is_headline(line):
            return h
        if line.words > _BAR_WORDS or line.prose:
            return None
    return None


def _head(lines: list[Line]) -> frozenset[int]:
    """The indices of the article's head: the stamps (bylines, dates) within `_HEAD_BELOW`
    lines above the first paragraph of prose (or a share bar's short lines further up), the
    headline, standfirst or name right above them, and the headline-shaped lines between them
    and the paragraph; without stamps, the headline alone right above the first paragraph."""
    head: set[int] = set()
    # the first paragraph of prose, or the second when the first is a notice (`Sie müssen
    # JavaScript ... aktivieren`) with no head above it
    paragraphs = _first_paragraphs(lines)
    for p in paragraphs:
        stamps = _stamps_for(lines, p)
        if not stamps:
            continue
        # the run of stamps nearest the paragraph, and the byline's run above it with its own headline
        # (a game's or a product's info box with its release date stands between the article's byline
        # and its first paragraph); not a list of teasers' dates, each under its title
        end = stamps[-1]
        _run_head(lines, stamps, end, head)
        for j in reversed(stamps[:-1]):
            if j + 1 not in stamps and min(head) > j:
                run = [k for k in stamps if j - _STAMPS <= k <= j]
                between = range(j + 1, min(head))
                if (any(_BYLINE.match(lines[k].text) or _LONE_BYLINE.match(lines[k].text) for k in run)
                        and not (between and all(_head_line(lines[k]) for k in between))):
                    _run_head(lines, stamps, j, head)
                break
        # below them, a headline under its date when every line down to the paragraph is the
        # head's (a caption, a player, a comment count between: the page's, and all below it)
        below = range(end + 1, p)
        if all(_head_line(lines[j]) or _is_stamp(lines[j]) for j in below):
            head.update(below)
        break
    else:
        # no stamp: the headline alone above the first paragraph, a paragraph of its own (`How to
        # Save Money on Groceries` under a menu's last group), when that paragraph asks nothing (a
        # consent notice asks) and is not the first of a list of teasers; a share bar's, an image's
        # and its caption's short lines may stand between; above a notice that asks nothing (`We're
        # using cookies ...`), the next paragraph's
        for p in paragraphs:
            h = _headline_above(lines, p)
            if (h is not None and not lines[p].cta and (h < 1 or lines[h].text != lines[h - 1].text)
                    and not _teasers(lines, p)):
                head.add(h)
                break
    echo = _title_echo(lines)
    if echo is not None:
        head.add(echo)
    return frozenset(head)


_TITLE_SITE = re.compile(r"^(.+?)\s+[-|–—]\s+[^-|–—]+$")  # a page's title line, `Headline - Site`
_TITLE_MAX = 300  # characters: longer, the first line is no page title
_ECHO_NEAR = 3  # lines below the title line where the page's h1 repeats its headline


def _title_echo(lines: list[Line]) -> int | None:
    """The page's h1 near the top: a line that repeats the headline of the title line above it
    without the site's name (`t-distributed stochastic neighbor embedding - Wikipedia`, then
    `t-distributed stochastic neighbor embedding`), heading-shaped, 2 words or more, a paragraph
    of its own (a menu's item for the page, `Unsere Projekte` among `Unsere Ziele` / `Über uns`, is not)."""
    # a title line is short; the pattern's lazy headline backtracks over a long line's spaces
    if len(lines) < 2 or len(lines[0].text) > _TITLE_MAX or (m := _TITLE_SITE.match(lines[0].text)) is None:
        return None
    headline = m.group(1)
    for j in range(1, min(1 + _ECHO_NEAR, len(lines))):
        line = lines[j]
        if (line.text == headline and line.blank_before and line.blank_after and line.words >= 2
                and _heading_shape(line, 15)):
            return j
    return None


def article_head(doc: DocLines) -> frozenset[int]:
    """The document's article head (`_head`), read once and kept on it (as `table_rows`)."""
    if doc.head is None:
        doc.head = _head(doc.lines)
    return doc.head


def is_article_head(doc: DocLines, i: int) -> bool:
    """A line of the article's head near its first paragraph on a whole page (`Thousands of UK
    academics ...` / its standfirst / `Richard Adams Education editor` / `Mon 20 Jan 2020 06.05
    GMT`): the headline, standfirst, byline and date stamp are the article's, so a menu's run
    above them ends there. A menu's date or `By` line has no paragraph of prose right below.
    The head is the document's `article_head`, read once."""
    return i in article_head(doc)
