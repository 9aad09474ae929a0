"""Whether an exact copy is a whole piece of text its removal leaves whole, or the text's own.

A safe fix removes a unit only when the unit is whole at both ends (it opens no sentence the line
below finishes, and finishes none the line above opened) and is a copy, not the text's own words
said again: a speaker's refrain among the paragraphs of a speech, or the sentence each entry of
a release log (NEWS, a changelog) ends with; and it is near the first, in one section: no section's
marker between them (a manual's topics), not a sentence said again far away. `rules._why_unsafe`
asks these of every exact copy.
"""

from __future__ import annotations

from bisect import bisect_left

import regex

from corpuslint.checks.bios.copies import OPENING_LABEL
from corpuslint.checks.bios.units import CLOSING, LIST_OR_TABLE, SENTENCE_ENDS, neighbour, per_text
from corpuslint.restmarks import DIRECTIVE
from corpuslint.textlines import opening_indent

# the last word of a line that cannot end a sentence: an article, a preposition, a conjunction,
# a determiner or an auxiliary ("… visit the" over "`Docutils-develop Archives`__.")
OPEN_END = regex.compile(
    r"(?i)(?:[,(\[–—-]|\b(?:the|a|an|of|to|and|or|but|nor|with|for|from|by|in|on|at|as|into|onto|than|that|which|"
    r"whose|if|is|are|was|were|be|been|has|have|had|will|would|shall|should|can|could|may|might|must|our|"
    r"their|your|its|his|her|my|this|these|those|such|via|per))$")
# a first word all in lower case (not "iPhone", "eBay": a name's spelling)
LOWER_WORD = regex.compile(r"[\"'“‘(]?\p{Ll}+\b(?![\p{Lu}\d_./@:-])")


def _line_above(text: str, start: int) -> str:
    """The nearest non-blank line above `start` ("" at the text's top)."""
    end = text.rfind("\n", 0, start)
    while end > 0:
        begin = text.rfind("\n", 0, end) + 1
        if text[begin:end].strip():
            return text[begin:end]
        end = begin - 1
    return ""


def _line_below(text: str, end: int) -> str | None:
    """The line right under the unit ending at `end`, or None if a blank line or the text's end comes first."""
    if text.startswith("\n", end):
        stop = text.find("\n", end + 1)
        line = text[end + 1:stop if stop != -1 else len(text)]
        return line if line.strip() else None
    return None


def open_at_either_end(text: str, start: int, end: int) -> str:
    """How the unit at start..end is not whole, or "": "start" where it opens in lower case under a
    line that leaves its sentence open (tar's NEWS: "This can be overridden by the / --pax-option=…
    / command line option.  The STRING is …": the copy finishes the sentence above); "end" where
    it is a line its block goes on under and it ends on a comma or a word no sentence ends with
    (docutils' "To see the collection of prior postings to the list, visit the / `Docutils-develop
    Archives`__.": removing it leaves the link alone)."""
    unit = text[start:end]
    if "\n" not in unit:
        below = _line_below(text, end)
        if below is not None and not unit.rstrip(CLOSING).endswith(SENTENCE_ENDS) and OPEN_END.search(unit.rstrip()):
            return "end"
    if LOWER_WORD.match(unit) is not None and LIST_OR_TABLE.match(unit) is None:
        above = _line_above(text, start).strip()
        if above and not above.rstrip(CLOSING).endswith(SENTENCE_ENDS):
            return "start"
    return ""


REFRAIN_WORDS = 25  # a refrain is a sentence or two; a paragraph given twice is a copy
_PROSE_WORDS = 3


def _prose(text: str, span: tuple[int, int] | None) -> str | None:
    """The paragraph's text if it is prose (a sentence of some words that closes), else None."""
    if span is None:
        return None
    para = text[span[0]:span[1]].strip()
    if (len(para.split()) < _PROSE_WORDS or LIST_OR_TABLE.match(para) is not None
            or not para.rstrip(CLOSING).endswith(SENTENCE_ENDS + ("—", "–"))):
        return None
    return " ".join(para.split())


def refrain(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The copies are a refrain: a sentence or two (up to 25 words) that closes and has no label,
    each copy inside a run of prose between other paragraphs (Johnson's "And I will propose these measures to the
    90th Congress." closing two passages of a State of the Union; Grant's "The source of this
    reduction is as follows:" over each of two tables). A speaker says it again on purpose; a
    page scraped twice repeats its neighbours with it, a stamped notice stands at an edge. The later
    copy may close the text where the first stands among its paragraphs: Psalm 46's refrain "The LORD
    of hosts is with us; the God of Jacob is our refuge. Selah." is verse 7 and its last verse (qa23b r01)."""
    unit = text[later[0]:later[1]]
    if len(unit.split()) > REFRAIN_WORDS or not unit.rstrip(CLOSING).endswith(SENTENCE_ENDS):
        return False  # a link's or a teaser's line closes no sentence ("Opinion: Why Kim is probably still in charge")
    if OPENING_LABEL.match(unit) is not None:
        return False  # a caption's or a related link's label ("Opinion: …", "Watch: …")
    around: list[str | None] = []
    for span, other in ((earlier, later), (later, earlier)):
        for step in (-1, 1):
            near = neighbour(text, span[0], span[1], step)
            if near is None and span is later and step == 1:
                around.append(None)  # the later closes the text, the first stands in it: a psalm's last verse
                continue
            if near is not None and near[0] < other[1] and near[1] > other[0]:
                return False  # the copies are neighbours: a paragraph given twice in a row
            para = _prose(text, near)
            if para is None:
                return False
            around.append(para)
    above_first, below_first, above_later, below_later = around
    return above_first != above_later and below_first != below_later


# a release log's entry heading, a line of its own (under a blank line or at the top, over a blank
# line or an underline; the blank line may hold a form feed: GNU's NEWS pages each release): a version ("Avahi 0.6.32", "* Noteworthy changes in release 0.16
# (2017-01-16) [alpha]", "pkg (1.2-3) unstable; urgency=low") or an ISO date ("2017-01-16  Name
# <mail>"), a few words that close no sentence
_ENTRY_HEAD = regex.compile(
    r"(?m)(?:\A|(?<=\n[ \t\f]*\n))(?=[^\n]{0,80}(?:(?<![\d,$.])[vV]?\d{1,3}\.\d{1,3}(?:\.\d{1,4})*\b|\b\d{4}-\d\d-\d\d\b))"
    r"[^\n]{3,80}(?<![.!?,;])[ \t]*\n(?:[ \t]*\n|([=\-~^*#])\1{2,}[ \t]*\n)")
_ENTRY_HEAD_WORDS = 14
_ENTRIES = 3


def per_entry(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The copies stand in two entries of a release log (three entry headings or more, one between
    the copies): the sentence each release's notes end with ("** API and ABI is backwards
    compatible with the previous version." in libidn2's NEWS, avahi's "This is largely a bugfix
    release, …") is that entry's record, not a copy of another's."""
    heads = _entry_heads(text)
    return len(heads) >= _ENTRIES and bisect_left(heads, earlier[1]) < bisect_left(heads, later[0])


# a changelog record's heading: a package's version in brackets, an ISO date (GNU's `date  Name <mail>`),
# or a release named ("Noteworthy changes in release 0.16", "Version 2.1")
# a changelog record's head: a version in brackets, a date opening the line (after a version at most:
# `2017-01-16  Name <mail>`, `3.0.0 / 2012-07-04`), "release"/"version"; an event's place and date
# (`London, 2017-05-22` in a magazine's listing, mercury's prospectmagazine page) heads no record
_RECORD_HEAD = regex.compile(r"\(v?\d[^)\n]*\)|\G\W{0,3}(?:[vV]?\d+(?:\.\d+)+\W{1,5})?\d{4}-\d\d-\d\d\b|"
                             r"(?i:\b(?:release|version)\b)")


def named_entries_apart(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """`per_entry`, and an entry heading between the copies heads a changelog's record
    (`pkg (1.2-3) unstable; urgency=low`, `2017-01-16  Name <mail>`, `* Noteworthy changes in release
    0.16`), or is a title underlined (`Avahi 0.6.32` over `====`: a NEWS file's release, qa24 r03). A news list's bare dates (`09.28.15` under each headline of a blog's archive) head no
    record: a headline given again there is the page's copy (web iab-1); nor do a licence's numbered
    clauses (`2.2. Further licence from the Licensor`)."""
    if not per_entry(text, earlier, later):
        return False
    heads = _entry_heads(text)
    between = heads[bisect_left(heads, earlier[1]):bisect_left(heads, later[0])]
    return any(_RECORD_HEAD.search(text, at, text.find("\n", at)) is not None
               or _UNDERLINE.match(text, text.find("\n", at) + 1) is not None for at in between)


_UNDERLINE = regex.compile(r"([=\-~^*#])\1{2,}[ \t]*(?:\n|$)")


_HEADS: tuple[str | None, list[int]] = (None, [])  # the last text `_entry_heads` read, and its answer


def _entry_heads(text: str) -> list[int]:
    """Where the entry headings of `text` start, in order; the last text's answer is kept (one
    text's copies are asked about in a row: reading the whole text for each was quadratic, 12 s
    of CPU for 18 copies in a 2 MB text, qa19a #11). A tuple swapped whole, for threads."""
    global _HEADS
    last, heads = _HEADS
    if last is not text:
        heads = [m.start() for m in _ENTRY_HEAD.finditer(text) if len(m.group().split()) <= _ENTRY_HEAD_WORDS + 1]
        _HEADS = (text, heads)
    return heads


_FIELDS = 12
# (an ellipsis is no rule: dpkg's `--configure package...|-a|--pending` is a term, qa24 r03)
_RULE = regex.compile(r"([-=_*~#:+])\1{2,}|\.{4,}")


def under_a_term(text: str, start: int, end: int) -> bool:
    """The unit at start..end is indented right under a term (the nearest line above it, indented
    less) that closes no sentence: an option's or a field's description (gcloud's man page gives
    "ID of the key or fully qualified identifier for the key." under each of two
    `--…-encryption-key=KEY` options), the term's own text."""
    indent = opening_indent(text, start)
    if indent == 0:
        return False
    above = _line_above(text, start)
    stripped = above.lstrip()
    for _ in range(_FIELDS):  # over a directive's fields (`:type: int`, `:default: 42`) to the directive
        if not (stripped.startswith(":") and len(above) - len(stripped) == indent):
            break
        above = _line_above(text, text.rfind(above, 0, start))
        stripped = above.lstrip()
    # (a rule, `-----ADVERTISEMENT-----`, is a newsletter's furniture, no term)
    return (bool(stripped) and len(above) - len(stripped) < indent
            and not stripped.rstrip(CLOSING).endswith(SENTENCE_ENDS) and _RULE.search(stripped) is None)


_TERM_CHARS = 80  # a term's line: a command with its arguments, an option


def _first_line_below(text: str, start: int) -> str:
    """The first non-blank line from `start` on ("" at the text's end)."""
    found = _NON_BLANK.search(text, start)
    if found is None:
        return ""
    line_start = text.rfind("\n", 0, found.start()) + 1
    end = text.find("\n", found.start())
    return text[line_start:end if end != -1 else len(text)]


_NON_BLANK = regex.compile(r"\S")
# a definition list's item that is a bullet and a term alone (pod2text's `=item * step`: `    *  step`), its
# text a paragraph below that hangs at the term's column (perlhacktips' `step` and `next` each "Steps through
# the program a line at a time", tester28)
_ITEM_TERM = regex.compile(r"[ \t]*[*•+-][ \t]+(?P<term>\S[^\n]{0,40})$")


def _term_above(text: str, start: int) -> tuple[int, int] | None:
    """The unit at `start` indented under a term: its indent and where the term's line starts (the
    nearest line above indented less, a short line with its entry's text indented right under it:
    `   submitter bugnumber originator-address | !`, or a reST directive over its body after a blank
    line: `.. py:data:: MAX_FORM_PARTS`), or None."""
    indent = opening_indent(text, start)
    if indent == 0:
        return None
    cursor = start - indent  # (the unit's line's start)
    while cursor > 0:
        begin = text.rfind("\n", 0, cursor - 1) + 1
        row = text[begin:cursor - 1]
        cursor = begin
        stripped = row.lstrip()
        if not stripped or len(row) - len(stripped) >= indent:
            continue
        below_start = begin + len(row) + 1
        below_end = text.find("\n", below_start)
        below = text[below_start:below_end if below_end != -1 else len(text)]
        if not below.strip() and DIRECTIVE.match(stripped) is not None:
            below = _first_line_below(text, below_start)  # a reST directive's body opens after a blank line
        elif not below.strip() and (item := _ITEM_TERM.match(row)) is not None:
            below = _first_line_below(text, below_start)  # ... and a bulleted term's, hanging at its text's column
            if len(below) - len(below.lstrip()) != item.start("term"):
                return None
        if (len(row) > _TERM_CHARS or _RULE.search(stripped) is not None or not below.strip()
                or len(below) - len(below.lstrip()) < indent):
            return None  # a paragraph's line, a rule, or a line its entry's text does not open right under
        return indent, begin
    return None


def in_two_entries(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The copies are paragraphs of two entries of a definition list (a reference manual's commands,
    a man page's options): each indented as deep as the other under its own term, the later's term
    between them (doc-debian's `reopen` and `submitter` each say "If you wish to become the new
    originator of the (reopened) report you can use the ! shorthand ..."). Each entry is complete
    on its own: its sentence is that entry's, not a copy of the other's (qa20 r10)."""
    first, second = _term_above(text, earlier[0]), _term_above(text, later[0])
    return (first is not None and second is not None and first[0] == second[0]
            and earlier[1] <= second[1] and first[1] != second[1])


def term_line(text: str, start: int) -> str:
    """The line of the term the unit at `start` is indented under (`_term_above`), or "" under none."""
    found = _term_above(text, start)
    if found is None:
        return ""
    end = text.find("\n", found[1])
    return text[found[1]:end if end != -1 else len(text)]


# A section's marker, a line of its own between two copies: a rule (20 marks or more: vim help's
# `=====…`), a line ending with help tags, right-aligned after a tab or two spaces or alone (vim's
# `ELIXIR		*elixir.vim* *ft-elixir-syntax*`, `MARKED FILES: … *netrw-Tb* {{{2` with its fold
# mark, `*visual-search*` over its topic), or a numbered section head ("2.3 Marked files"). A
# Markdown or underlined title is the structure's heading (`authored.heading_between`); a line in
# capitals is not a marker: a news page's section label or photo credit ("THE TWO-WAY", "ARAM
# BOGHOSIAN FOR THE BOSTON GLOBE") stands between a scraper's copies.
_SECTION_MARK = regex.compile(
    r"(?m)^[ \t]*+(?:([=\-_*~#])\1{19,}"
    r"|(?:[^\n]*?(?:\t|  ))?(?:\*[^\s*|]+\*[ \t]*)+(?:\{\{\{\d*)?"
    r"|\d{1,2}(?:\.\d{1,2})+\.?[ \t]+\p{Lu}[^\n]{0,60}(?<![.!?,;])"
    r")[ \t]*$")
# a numbered part's heading opening a line: a word and its number, closed by a period or the line's end
# (`SCENE III. The Grecian camp.`, `ACT II`, `Chapter 4.`): two parts may bear the same words under their numbers.
# (Alone between the copies it is no marker: a UDHR's `Naampa 2` between two copies of a sentence, qa22 r11.)
_NUMBERED_PART = regex.compile(r"[ \t]*\p{Lu}\p{L}+[ \t]+(?:[IVXLC]+|\d{1,3})(?:\.|[ \t]*(?:\n|$))")
# A definition's head, a line of its own: a signature, a name with its argument list (Sphinx's
# ` void *PyMem_Calloc(size_t nelem, size_t elsize)¶`, ` Path.rename(target)¶`, Javadoc's `public
# String substring(int beginIndex)`, rustdoc's `pub fn len(&self) -> usize`), or a line ending with
# Sphinx's headerlink `¶` (` Path.parts¶`, `Object allocators¶`). An API reference gives a contract
# again under each function it applies to ("The GIL must be held when using these functions.",
# "Changed in version 3.10: The follow_symlinks parameter was added."). Not a count or a gloss in
# brackets (`Comments(301)`, `新竹一日遊(世博館)`): the name is ASCII, the arguments open with no digit.
_DEFINITION_HEAD = regex.compile(
    r"(?m)^[ \t]*(?:"
    r"(?:[A-Za-z_][\w*&<>\[\],:]*[ \t]+){0,5}[*&]*[A-Za-z_][A-Za-z0-9_.:]*(?<!\.)(?:<[^<>\n]*>)?"
    r"\((?:[A-Za-z_*&.\[][^()\n]*(?:\([^()\n]*\)[^()\n]*)*)?\)"
    r"(?:[ \t]*(?:->|:)[^\n.!?]{1,60}|[ \t]+throws[^\n.!?]{1,60})?[ \t]*¶?"
    r"|[^\n]{1,100}¶"
    r")[ \t]*$")
# Near: at most this many paragraphs (blocks between blank lines) and lines between the copies
NEAR_PARAGRAPHS = 5
NEAR_LINES = 40


def section_between(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """A section's marker (`_SECTION_MARK`) or a definition's head (`_DEFINITION_HEAD`) stands on a
    line of its own between the copies. The markers are found once per text (a line each, in text
    order): searching the stretch between each pair of copies again read a text of 1,000 copies of
    its first paragraphs once per copy (qa23 r08). Or the copies are themselves a numbered part's
    heading (`_NUMBERED_PART`: Troilus' "SCENE III. The Grecian camp. Before Achilles' tent." heading
    II.3 and III.3, qa23b r01): each heads a part of its own."""
    if _NUMBERED_PART.match(text, later[0]):
        return True
    memo = per_text(text, "sections")
    if not memo:
        memo["starts"], memo["ends"] = _section_marks(text)
    k = bisect_left(memo["starts"], earlier[1])
    return k < len(memo["ends"]) and memo["ends"][k] <= later[0]


def _section_marks(text: str) -> tuple[list[int], list[int]]:
    marks = sorted({(m.start(), m.end()) for pattern in (_SECTION_MARK, _DEFINITION_HEAD)
                    for m in pattern.finditer(text)})
    return [start for start, _ in marks], [end for _, end in marks]


def folded(paragraph: str) -> str:
    """A paragraph's words with its digits folded, as the copies are compared (`units.ready`)."""
    return " ".join(_DIGITS.sub("0", paragraph).split())


_DIGITS = regex.compile(r"\d+")


def _same_neighbour(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> bool:
    """The paragraph above or below the later copy is that of the earlier copy too: the copy is part
    of a stretch given twice (an article pasted again), not one paragraph said again."""
    for step in (-1, 1):
        a, b = neighbour(text, *earlier, step), neighbour(text, *later, step)
        if (a is not None and b is not None and a[1] <= later[0] and b[0] >= earlier[1]
                and folded(text[a[0]:a[1]]) == folded(text[b[0]:b[1]])):
            return True
    return False


def far_apart(text: str, earlier: tuple[int, int], later: tuple[int, int]) -> int:
    """How many paragraphs stand between two copies of a sentence of the text, when they are far
    apart (more than `NEAR_PARAGRAPHS` paragraphs or `NEAR_LINES` lines between them) and the later
    is not part of a stretch given twice; else 0.

    A scraper's copy is the same paragraph twice in a row or a few paragraphs apart, or a stretch
    pasted again (its neighbours repeat with it), or a furniture line (a promo, a caption, an ad
    closing no sentence) stamped at two places, or a notice at the text's top or bottom. A
    sentence the text gives again far from the first under no marker (a manual's note said again
    in another topic) may be its own."""
    unit = text[later[0]:later[1]]
    if not unit.rstrip(CLOSING).endswith(SENTENCE_ENDS) or OPENING_LABEL.match(unit) is not None:
        return 0  # a furniture line: a promo, a caption, an ad
    if not text[:earlier[0]].strip() or not text[later[1]:].strip():
        return 0  # a notice stamped at the top or the bottom, at an edge of the text
    between = text[earlier[1]:later[0]]
    lines = sum(1 for row in between.split("\n") if row.strip())
    paragraphs = sum(1 for block in regex.split(r"\n[ \t]*\n", between) if block.strip())
    if (paragraphs <= NEAR_PARAGRAPHS and lines <= NEAR_LINES) or _same_neighbour(text, earlier, later):
        return 0
    return paragraphs
