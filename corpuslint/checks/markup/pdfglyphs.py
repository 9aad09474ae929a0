"""CL214, CL215: what a PDF's typesetting leaves in its extracted text — ligature characters and
words hyphenated across line ends (tester31's `pdftotext` corpus).

A PDF sets `fi`, `fl`, `ff`, `ffi`, `ffl` as one glyph, and a text extractor often writes that
glyph's compatibility character (U+FB00–FB06: `ﬁ`) instead of the letters, so `speciﬁc` no longer
matches `specific`. A typeset paragraph breaks long words at its line ends with a hyphen, and the
extracted text keeps the pieces on two lines (`simulta-` / `neously`). Both are found by their
shape; the ligatures' repair is Unicode's own decomposition (ftfy's `fix_latin_ligatures`).
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterator

from ftfy.fixes import fix_latin_ligatures

from corpuslint.checks.markup.payloads import looked_at
from corpuslint.checks.pdftext import paginated
from corpuslint.models import Applicability, Document, Fix, Severity, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, shorten

LIGATURES = "\ufb00\ufb01\ufb02\ufb03\ufb04\ufb05\ufb06"  # ﬀ ﬁ ﬂ ﬃ ﬄ ﬅ ﬆ: Latin's alphabetic presentation forms
# a word holding a ligature: letters (or other ligatures) on at least one side of it
LIGATURE_WORD = LazyPattern(r"[\p{L}\p{M}]*[\ufb00-\ufb06][\p{L}\p{M}\ufb00-\ufb06]*")
# a word broken at a line's end: its first piece closing the line with a hyphen (not a dash `--`,
# not after a space), its rest opening the next line of text in lower case (a layout's indent before it)
HEAD = LazyPattern(r"(?<!\p{L})(?P<head>\p{L}{2,})[\-\u2010\u00ad][ \t]*$")
TAIL = LazyPattern(r"[ \t]*(?P<tail>\p{Ll}{2,})(?P<rest>\S*)(?P<gap>[ \t]?)")
_FURNITURE = 2  # lines at most between a page's last line and the next page's text: its number, its running head
WORD = LazyPattern(r"\p{L}+(?:[\-\u2010]\p{L}+)?")  # a word, or a compound of two with its hyphen


class Ligature(Rule):
    """## What it does
    Finds a typographic ligature character inside a word: `ﬀ` `ﬁ` `ﬂ` `ﬃ` `ﬄ` `ﬅ` `ﬆ` (U+FB00–FB06),
    which a PDF's text extraction (`pdftotext`) writes where the page set two or three letters as
    one glyph: `model-speciﬁc`, `identiﬁcation`, `deﬁned`.

    ## Why is this bad?
    A ligature is the font's business, not the text's: `speciﬁc` is not the word `specific` to a
    search, a tokenizer or a deduplicator, and a model trained on it learns two spellings of every
    word with `fi` or `fl` in it.

    ## Example
    ```
    the identiﬁcation of a model-speciﬁc effect
    ```
    Use instead:
    ```
    the identification of a model-specific effect
    ```

    ## Fix safety
    Safe: the fix writes each ligature's letters (its Unicode compatibility decomposition, as ftfy's
    `fix_latin_ligatures` does) and changes nothing else of the word.

    ## Known problems
    A ligature standing alone, with no letter beside it (`the ﬁ ligature`, a table of glyphs), is
    named, not used: it is not reported. Other presentation forms (Armenian, Hebrew, Arabic) are
    not looked at. In Markdown, code is not looked at.
    """

    code = "CL214"
    triggers = tuple(LIGATURES)
    name = "ligature"
    family = "markup"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        text = looked_at(doc)
        for m in LIGATURE_WORD.finditer(text):
            word = m.group()
            if len(word) < 2:
                continue  # the ligature named, alone: `the ﬁ ligature`
            fixed = fix_latin_ligatures(word)
            yield Violation(m.start(), m.end(), f"ligature character in `{shorten(word, 40)}`: a PDF font's glyph for "
                            f"the letters; write `{shorten(fixed, 40)}`",
                            fix=Fix.replace(m.start(), m.end(), fixed, f"Write `{shorten(fixed, 40)}`"))


def _words(text: str) -> Counter[str]:
    """The text's words and two-word compounds (`well-known`), case folded, with their counts;
    a compound's hyphen written as U+2010 counts as `-`."""
    return Counter(m.group().casefold().replace("\u2010", "-") for m in WORD.finditer(text))


class HyphenatedLineEnd(Rule):
    """## What it does
    Finds a word that a typeset page broke at a line's end, as a PDF's extracted text keeps it:
    its first piece closes the line with a hyphen, its rest opens the next line in lower case
    (`We can simulta-` / `neously test`, `regres-` / `sion`). Reported where the document itself
    writes the joined word unbroken elsewhere (`simultaneously`), and, in a PDF's text (form feeds
    between its pages, paragraphs wrapped at one width), also where it writes it nowhere else.

    ## Why is this bad?
    The word is cut in two: `simulta-` and `neously` are no words to a search, a tokenizer or a
    language model, and a sentence read line by line misses it.

    ## Example
    ```
    We can simulta-
    neously test all hypotheses.
    ```
    Use instead:
    ```
    We can simultaneously
    test all hypotheses.
    ```

    ## Fix safety
    Unsafe, and offered only where the document writes the joined word (`simultaneously`) elsewhere
    and never the hyphenated one (`simulta-neously`): a compound's own hyphen at a line's end
    (`well-` / `known`) looks the same. The fix joins the pieces on the first line, moving the
    word's rest (with the punctuation glued to it) up, and leaves the rest of the lines as they
    were.

    ## Known problems
    Only the document is read for evidence, not the rest of the corpus. A piece opening the next
    line with a capital (`Anglo-` / `Saxon`) is never reported. Without the word elsewhere, a
    compound's hyphen at a line's end in a PDF's text is reported too (without a fix): review it.
    """

    code = "CL215"
    triggers = ("-\n", "\u2010\n", "\u00ad\n", "- \n", "-\t\n")
    name = "hyphenated-line-end"
    family = "markup"
    severity = Severity.INFO
    fix_availability = FixAvailability.SOMETIMES

    def check(self, doc: Document) -> Iterator[Violation]:
        text = looked_at(doc)
        pdf = None
        words: Counter[str] | None = None
        for head, tail in _broken(text):
            joined = head.group("head") + tail.group("tail")
            if words is None:
                words = _words(text)
            if words[f"{head.group('head')}-{tail.group('tail')}".casefold()]:
                continue  # `well-known` written so elsewhere: the compound's own hyphen
            evidenced = words[joined.casefold()] > 0
            if not evidenced:
                if pdf is None:
                    pdf = paginated(doc.text)
                if not pdf:
                    continue
            message = (f"word `{shorten(joined, 40)}` broken across a line's end "
                       f"(`{head.group('head')}-` / `{tail.group('tail')}`)")
            if not evidenced:
                yield Violation(head.start("head"), head.end(), f"{message}; the document does not write it unbroken "
                                "elsewhere: join it where the hyphen is not the word's own (no fix)")
                continue
            moved = tail.group("tail") + tail.group("rest")
            line_end = text.find("\n", tail.end())
            # the next line loses the word (and one space); a line holding nothing else goes whole
            cut_end = line_end + 1 if text[tail.end():len(text) if line_end < 0 else line_end].strip() == "" and line_end >= 0 \
                else tail.end()
            cut_start = text.rfind("\n", 0, tail.start()) + 1 if cut_end == line_end + 1 else tail.start("tail")
            yield Violation(head.start("head"), head.end(), f"{message}; the document writes `{shorten(joined, 40)}` "
                            "elsewhere: join it",
                            fix=Fix(title=f"Join `{shorten(joined, 40)}`", applicability=Applicability.UNSAFE,
                                    edits=[TextEdit(start=head.end("head"), end=head.end(), replacement=moved),
                                           TextEdit(start=cut_start, end=cut_end)]))


def _broken(text: str) -> Iterator[tuple]:
    """The matches of each word broken at a line's end: its head (`HEAD`, on its line) and its tail
    (`TAIL`, at the start of the next line of text: the next line, or across a page break, the
    first line after the form feed and the page's furniture, a number or a running head)."""
    for m in _line_heads(text):
        pos = m.end() + 1
        tail = TAIL.match(text, pos)
        if tail is None and "\f" in text[pos:pos + 200]:
            tail = _after_page_break(text, pos)
        if tail is not None:
            yield m, tail


def _line_heads(text: str) -> Iterator:
    """The `HEAD` match closing each line that ends with a hyphen after letters."""
    pos = text.find("-\n")
    while pos >= 0:
        start = text.rfind("\n", 0, pos) + 1
        m = HEAD.search(text, start, pos + 1)
        if m is not None:
            yield m
        pos = text.find("-\n", pos + 2)


def _after_page_break(text: str, pos: int):
    """The `TAIL` on the next page's first line of text after `pos` (blank lines, the form feed,
    then at most `_FURNITURE` short lines that open with no lower-case letter: its number, its head),
    where that line holds three words or more (one or two: a table's cell, a figure's label)."""
    feed = text.find("\f", pos)
    if text[pos:feed].strip():
        return None  # text before the page break: the word's rest is not across it
    line_start = feed + 1
    skipped = 0
    while line_start < len(text):
        line_end = text.find("\n", line_start)
        line_end = len(text) if line_end < 0 else line_end
        line = text[line_start:line_end]
        if line.strip() and line.strip()[:1].islower():  # a paragraph's line, not a table's cell
            return TAIL.match(text, line_start) if len(line.split()) > 2 else None
        if line.strip():
            skipped += 1
            if skipped > _FURNITURE or len(line) > 80:
                return None
        line_start = line_end + 1
    return None


RULES = (Ligature, HyphenatedLineEnd)
