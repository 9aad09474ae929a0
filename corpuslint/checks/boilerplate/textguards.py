"""CL140's guards: the lines the first stage is not asked about, whatever it would say (precision first).

A sentence without its full stop, a line whose sentence goes on below, a byline or a date alone
on its line (metadata, the CL5xx rules' business), the first line of a quotation, a post the
article quotes, the article's title over its first paragraph, a subheading between two
paragraphs, a short closing sentence after one: each a shape of the article's own text, read on
the line and its neighbours. `classifier.asked` puts them together.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import regex

from corpuslint.checks.boilerplate.articleown import POST_SIGNATURE
from corpuslint.checks.boilerplate.linefeatures import Line, has_link, reads_as_sentence
from corpuslint.checks.calltoaction import CTA, CTA_CJK, CTA_PHRASES, CTA_WORDS
from corpuslint.stamps import DATE_IN_TEXT

__all__ = ["continues_below", "heads_its_paragraph", "is_closing_sentence", "is_signature", "is_subheading", "is_title",
           "reads_as_text"]

_WORD_CHAR = re.compile(r"\w")
# a byline ("By Jane Doe") or an author's sign-off ("– Jane Doe", "-- J. Doe") alone on its line
_BYLINE = regex.compile(r"(?:(?i:by|par|por|von|di|door):?|[-–—]{1,2})\s*\p{Lu}[\w.'’-]*(?:\s+\p{Lu}[\w.'’-]*){0,3}"
                        r"(?:,?\s+\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4})?\s*$")  # and the date of a signed letter
_BYLINE_OPENINGS = ("by", "par", "por", "von", "di", "door", "-", "–", "—")


def _may_be_byline(text: str) -> bool:
    """Whether `_BYLINE` can match (it is slow): the line opens with one of its words or a dash,
    or with a letter outside ASCII (case folding may make one of them)."""
    return text[:4].lower().startswith(_BYLINE_OPENINGS) or not text[:4].isascii()


def _may_be_dateline(text: str) -> bool:
    """Whether `_DATELINE` can match (it is slow): the line has its bar or dash."""
    return "|" in text or "-" in text or "–" in text or "—" in text


# a quotation opened and not closed on its line: the quoted text goes on in the next lines
_OPEN_QUOTE = frozenset("“„«\"")
_CLOSE_QUOTE = frozenset("”“»\"")
# a post the article quotes (a tweet's link or its "— Name (@handle)" signature)
_EMBEDDED_POST = re.compile(r"(?:pic\.twitter\.com/|\bt\.co/|\(@\w+\))")


# the longest text `CTA` matches: a match that starts at a place ends within this many characters
_CTA_LONGEST = max(len(w) for w in (*CTA_WORDS, *CTA_PHRASES, *CTA_CJK))


def _opens_with_cta(line: Line) -> bool:
    """The line opens with a call to action ("Share this", "Click here to ...", ">> Follow")."""
    if not line.cta:
        return False
    text = line.text
    first = _WORD_CHAR.search(text)
    bound = (first.start() if first else 0) + 2
    # only a match that starts by `bound` counts, and it ends before `bound + _CTA_LONGEST` (its
    # `(?!\w)` reads the character after it): the rest of a long line is not searched (same answer)
    m = CTA.search(text, 0, bound + _CTA_LONGEST + 1)
    return m is not None and m.start() <= bound


def _asks(line: Line) -> bool:
    """A call to action that the line is about: it opens with one ("Share this", "Click here
    to ...") or they are a good part of its words, not one word of a sentence ("a comment from")."""
    if not line.cta:
        return False
    return _opens_with_cta(line) or line.cta / max(line.words, 1) >= 0.15


_YEAR = re.compile(r"\d{4}")  # every form of DATE_IN_TEXT has a year: a cheap test first


def _is_date_line(text: str) -> bool:
    """A line that is a date (and a time or a weekday), nothing else."""
    if not _YEAR.search(text):
        return False
    m = DATE_IN_TEXT.search(text)
    return bool(m) and len(_WORD_CHAR.findall(text[:m.start()] + text[m.end():])) <= 3


def reads_as_text(line: Line, prose_before: float, prose_after: float) -> bool:
    """Lines the model's score is not asked about, whatever it would say (precision first):
    a sentence without its full stop (12 words or more, a fifth of them function words, or 20
    and more with 15%; no call to action), a line that ends with a comma or semicolon (the sentence goes on in the
    next line), a row of symbols between two parts of the article (a section break), and a
    byline or a date alone on its line (metadata: the CL5xx rules' business). `prose_before`
    and `prose_after` are the line's features of those names (`prose_position`)."""
    words, stop = line.words, line.stop
    if (words >= 12 and stop >= 0.2 or words >= 20 and stop >= 0.15) and not _asks(line):
        return True
    text = line.text
    if words <= 8 and ((_may_be_byline(text) and _BYLINE.match(text)) or _is_date_line(text)
                       or (_may_be_dateline(text) and _DATELINE.match(text) and not line.cta
                           and prose_before == 0)):
        return True  # metadata, for the CL5xx rules
    if text[-1] in ",;":
        return True
    if text[0] in _OPEN_QUOTE and not any(c in _CLOSE_QUOTE for c in text[1:]):
        return True  # the first line of a quotation (a letter, a statement) that goes on below
    if words >= 8 and stop >= 0.15 and _EMBEDDED_POST.search(text) and (not _asks(line) or POST_SIGNATURE.search(text)):
        return True  # a post the article quotes, with its link or signature
    if not _WORD_CHAR.search(text):
        return prose_before > 0 and prose_after > 0
    return False


# a dateline alone on its line: a place in one to three words, then a bar or a dash ("BOSTON |")
_DATELINE = regex.compile(r"\p{Lu}[\p{L}.'’]*(?:[ ,]+\p{Lu}[\p{L}.'’]*){0,2}\s*[|–—-]+(?:\s*\p{L}+){0,4}\s*$")


def continues_below(line: Line, after: Line) -> bool:
    """A sentence broken over two lines: this one does not close it and the next goes on in
    lower case ("BAGHDAD - Tariq al-Ali / revealed on Monday that ..."). Furniture does not run on
    into a line of prose."""
    text = line.text
    return (text[-1] not in ".!?:" and after.number == line.number + 1 and after.text[:1].islower()
            and after.words >= 6)


def is_title(line: Line, after: Line, prose_before: float) -> bool:
    """A headline of four words or more among the document's first three lines, right above
    its first paragraph of prose (below an update note or a label, maybe): the article's title
    (metadata, for the CL5xx rules), not furniture."""
    return (after.prose and line.words >= 4 and not line.cta and not line.ends and prose_before == 0
            and not _MEDIA.search(line.text) and not has_link(line.text))


# what a caption, credit or player left between two paragraphs says of itself
_MEDIA = re.compile(r"(?i)\b(?:videos?|photos?|images?|pictures?|gallery|loading|advertisement|credit|via|source|getty|"
                    r"reuters|ap|afp)\b")


# a numbered section's number (`1. `, `2.3 `): the full stop of a heading's number is no sentence's
_SECTION_NUMBER = re.compile(r"^\d{1,2}(?:\.\d{1,2})*[.)]?\s+(?=\S)")


def is_subheading(line: Line, before: Line, after: Line, prose_before: float = 0.0) -> bool:
    """A short line between two paragraphs of prose, with no call to action, link or media
    word: the article's own subheading, left alone (a caption or an ad label says what it is).
    Inside the article (`prose_before`), the paragraph above may lack its final mark or lead in
    to a quotation (`The letter in full:` / `To Parents`)."""
    # the paragraph above may be one short sentence ("However, the pope had not said it.")
    above = reads_as_sentence(before) or (
        prose_before > 0 and line.words <= 4 and (before.words >= 12 and before.stop >= 0.2  # a paragraph without its mark
                                                  or before.words >= 5 and before.text[-1] == ":" and not before.cta))
    return (above and after.prose and not _opens_with_cta(line) and "." not in _SECTION_NUMBER.sub("", line.text)[:-1]
            and "@" not in line.text and not _MEDIA.search(line.text))


_HEADING_WORDS = 8  # a heading over its own paragraph has this many words at most
_PARAGRAPH_WORDS = 25  # ... and its paragraph this many at least (a teaser's are fewer)
_LIST_ITEM = re.compile(r"[-*+•▪◦]\s|\d{1,3}[.)]\s")


def heads_its_paragraph(line: Line, below: Sequence[Line], prose_before: float) -> bool:
    """A heading over its own paragraph, inside the article: a short line that opens its block (a
    blank line above), no list item, with a paragraph right under it (no blank line between) that
    runs on: 25 words or more, a sentence among its lines (or of prose, joined into one line), no
    call to action in it. No call to action opens the heading, and it has no link, media word or
    closing mark (a boxed sidebar's `HISTORY The Debian menu system` over `Historically — way
    before …`, tester28: "menu" is its subject). A listing's teaser (headline, two lines, `Read
    more`) and a menu's entry over its description are not such a paragraph."""
    if not (prose_before > 0 and line.blank_before and 2 <= line.words <= _HEADING_WORDS
            and line.text[-1] not in ".!?:|»›>" and not _LIST_ITEM.match(line.text) and not _opens_with_cta(line)):
        return False
    paragraph = []
    for row in below:
        if row.number != line.number + 1 + len(paragraph):
            break
        paragraph.append(row)
        if row.blank_after:
            break
    if sum(row.words for row in paragraph) < _PARAGRAPH_WORDS \
            or any(_asks(row) for row in paragraph):
        return False
    # (a dump's paragraph is one line, joined: then that line is prose)
    return ((len(paragraph) >= 2 and any(reads_as_sentence(row) for row in paragraph)
             or len(paragraph) == 1 and paragraph[0].prose)
            and not has_link(line.text) and not _MEDIA.search(line.text))


CLOSING_RUN = 4  # short sentences one after another at most, back to the paragraph they close (`is_closing_sentence`)


def is_closing_sentence(lines: Sequence[Line], i: int) -> bool:
    """A short sentence of the article's own after a paragraph of prose ("Happy to help.",
    "Beware."): capitalised, closed by a full stop, question or exclamation mark (not an
    ellipsis), with no call to action, link or media word. A credit, a teaser or a widget
    label seldom makes a sentence; the article's last words often do. So is each of a run of
    such sentences after the paragraph (`CLOSING_RUN` at most, a blank line between at most: an
    opinion piece's sign-off `Punchline: The law abiding ones!` / `I’m so funny.` / `You’re
    welcome.`, session 33, the last flagged by a retrained model)."""
    k = i
    while k > 0 and i - k < CLOSING_RUN and _short_sentence(lines[k]):
        before = lines[k - 1]
        if before.prose:
            return True
        if before.number < lines[k].number - 2:
            return False  # more than a blank line between: no run
        k -= 1
    return False


def _short_sentence(line: Line) -> bool:
    """`is_closing_sentence`'s shape of the line itself."""
    text = line.text
    if not (text[-1] in ".!?" and not text.endswith("..")):
        return False
    first = text.lstrip("\"“‘'([")[:1]
    return (first.isupper() and not _opens_with_cta(line) and "@" not in text and "http" not in text
            and "www." not in text and not _MEDIA.search(text))


_CLOSING_WORDS = 3  # a letter's closing (`Best,`, `Best regards,`, `Yours sincerely,`) has this many words at most
_SIGNATURE_WORDS = 4  # ... and the name under it (`[Name]`, `ARR EiCs`, `Jane Doe`) this many


# a date in figures alone (`2002.8.31`, `31/08/2002`): year, month and day, either way round
_FIGURE_DATE = re.compile(r"(?:(?:19|20)\d\d([./-])(?:0?[1-9]|1[0-2])\1(?:0?[1-9]|[12]\d|3[01])"
                          r"|(?:0?[1-9]|[12]\d|3[01])([./-])(?:0?[1-9]|1[0-2])\2(?:19|20)\d\d)")


def is_signature(line: Line, before: Line) -> bool:
    """The name that signs a letter off, right under its closing: the line above is one to three words
    of letters, capitalised, ending with a comma (`Best,`, `Best regards,`: its clause goes on in this
    line), and this one is a few words with no call to action or link (`[Name]`, a placeholder in an
    answer's e-mail, tester26; `ARR EiCs`). A footer's address ends its lines with commas too, but
    with a number in them (`12 Main Street,`), and a menu's labels end with none. Or the date in
    figures that signs a letter's paragraph, right under it (`2002.8.31` under a post's quoted letter,
    session 33: `_is_date_line` reads a month's name, not figures); a teaser's date stands under its
    headline, no paragraph."""
    if (_FIGURE_DATE.fullmatch(line.text) and before.number == line.number - 1
            and (before.prose or not before.candidate)):
        return True
    above = before.text
    if (before.number != line.number - 1 or above[-1] != "," or not above[:1].isupper()
            or line.words > _SIGNATURE_WORDS or line.cta or has_link(line.text)):
        return False
    words = above[:-1].split()
    return 0 < len(words) <= _CLOSING_WORDS and all(w.isalpha() for w in words)
