"""Whether a document has the shape of the whole-page text CL140's model learned, before it speaks.

The model learned web pages as a crawl or a scraper gives them (../shared/corpora/web, the news):
each paragraph of the article on one line, menus, share bars and footers around it. On text of
another shape its findings are mostly wrong (issue 15: about 15% right on changelogs, licences,
manual pages, vim help, info manuals, reST sources, subtitles), because the lines it was taught
to read as furniture (short, no sentence, capitalised, a date or a number) are there the
document's own: a changelog's entries, a manual's options, a reference's parameter lists and
version tables. Two shapes tell such text from a page, whatever its words:

- hard-wrapped: no line of text (ten words or more, closed by a sentence mark) is wider than
  `WIDE` columns (a CJK character counts two), or one only, in 30 lines or more (a shorter
  text, a page of a few paragraphs, is left to the line model), and its sentences run on from
  a line into the next (a line of 20 characters or more left open, the very next going on in
  lower case, or in a script without case wrapped where the next word would not fit:
  `wrapping.wraps_caseless`), twice or more; in CJK, which breaks a line anywhere, `CJK_FILLED`
  lines or more left open at one length, the width the text is filled to, wider than which no
  line closing a sentence is (a Japanese man page as groff fills it: 78 characters a line, 140
  columns if a terminal counts CJK as two; qa24 r02): a page of menus alone, or a shop's page of one
  paragraph, has narrow lines too, but none of them runs on. A changelog, a man page, an e-mail,
  a licence, a book of Project Gutenberg, a subtitle file are broken at 70-80 columns; a page's paragraph, one line, is wider than that
  in all but the shortest articles (2 of the 94 web pages, 112 of 2,000 news documents have
  fewer than two such lines; in 58 Debian changelogs, copyright files, manual, info and vim
  help pages, none has two);
- code documentation: a third of its lines or more (of 20 lines or more) carry an identifier
  or a code token (`snake_case`, `camelCase`, `f()`, `--option`, `<type>`, `::`, `=>`, a line
  ending with `{`, `}` or `;`, a version `1.2.3`), links, handles and hashtags left out. Web
  pages about software stay under a quarter (v8's blog 0.23), an API reference is over a half;
- a LaTeX source (`latex_source`): `LATEX_MARKS` lines or more opening or closing an environment or a
  section (`\\begin{table}`, `\\subsection{...}`), which a page's text never has at a line's start;
- authored plain text: `UNDERLINED` headings or more underlined with a row of one symbol as long as
  the heading (`Version 2.21.0` / `--------------`: reST, a changelog, a NEWS file, a README). An
  HTML page dumped as text has none (0 of the 94 web pages, 2,003 news documents and 151 pages of
  qa20b's inscriptis text; 69 of qa19a's 477 technical documents have three or more), and there
  the short lines the model reads as furniture are the document's own entries and headings;
- a changelog's signed entries: `SIGNED` lines or more that sign an entry off with a name and an
  e-mail address (`-- Matthias Klose <doko@debian.org>  Mon, 10 May 2021 ...`, Debian's format; one
  that is not wrapped passes the first test), or open one with its date, a name and an e-mail address
  (`2022-12-14  Even Rouault  <even.rouault@spatialys.com>`, GNU's ChangeLog; tester27: a ChangeLog
  of commit messages, one a line, is not wrapped, and its dated entries read as a teaser list's records);
- records: a file of records, not a page: `RECORDS` records or more, each of two lines or more,
  closed by the fortune format's separator (`corpuslint.records`: `%` alone on its line, flush between two records: a
  poetry anthology's title, author and verses between two; a chart's `%` label on a page stands
  between blank lines), or `RECORDS` stanzas or more opening with the same field (`Name: value`,
  one word and its colon, right over another field: a Debian copyright file's `Files:` /
  `Copyright:` / `License:` stanzas, RFC 822 records). A teaser's labels (`Posted by:`) are no
  stanza's first field over the next;
- release notes (`releases.release_notes`, tester25): three releases or more, each a version's heading
  (`2.42.10 (stable)`) over a bulleted list of its changes, which make most of the document: a NEWS
  file, a changelog, whose entries (verbs, issue numbers, names) the model reads as furniture in a
  document without prose;
- a document whose every line has the same role (`uniform`, qa23): a table's rows, dialog turns,
  Hangul wrapped at a printed page's width. No page's furniture stands around an article there;
- a script (`cues.speaker_cues`, qa23b): a play's or a screenplay's speakers' names, each over its
  speech, many times: the short lines the model reads as furniture are its cues and its dialogue.

`page_shape` names the shape that is not a page's, or None for a page. Where the flagged lines stand
(a verdict, after the model: `context.furnished`) is not the document's shape.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Sequence

from corpuslint.checks.boilerplate.cues import speaker_cues
from corpuslint.checks.boilerplate.linefeatures import Line
from corpuslint.checks.boilerplate.releases import release_notes
from corpuslint.checks.boilerplate.scripts import SENTENCE_CLOSE
from corpuslint.checks.boilerplate.uniform import uniform_shape
from corpuslint.checks.boilerplate.wrapping import wraps_caseless
from corpuslint.checks.markup.codeshape import packed_script
from corpuslint.records import RECORDS, closed_records  # (RECORDS: stanzas opening with the same field too)

__all__ = ["CODE_SHARE", "LATEX_MARKS", "MD_FENCES", "MD_HEADINGS", "MD_LINKS", "RECORDS", "SIGNED", "UNDERLINED", "WIDE", "markdown_shaped",
           "latex_source", "page_shape", "records"]

WIDE = 100  # columns: a line wider than this is a paragraph on one line, not wrapped text
WIDE_LINES = 2  # ... and a page has at least this many
WIDE_WORDS = 10  # ... of text: words (a long URL or a row of a table is no paragraph)
WRAP_LINES = 30  # a text this long at least shows its width; a shorter one (a few paragraphs) may be a short page
RUN_ONS = 2  # ... and its sentences run on over lines this often at least
RUN_ON_CHARS = 20  # ... from a line this long at least
CJK_FILLED = 3  # ... or in CJK, lines left open at one length, the width it is filled to
CODE_SHARE = 0.3  # of the lines: code documentation
CODE_LINES = 20  # ... of a document this long at least (a short one's share says little)
UNDERLINED = 3  # headings underlined with a row of symbols: authored plain text, not a page
SIGNED = 3  # entries signed off with a name and an e-mail address: a changelog, not a page

_CJK_NOSPACE = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")  # kana, Han: no spaces between words
# what is left out before the code tokens are looked for: links, e-mail addresses, handles, hashtags
_NOT_CODE = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|[@#]\w+")
_CODE = re.compile(
    r"\b[a-z]+_[a-z_]+\b"                    # snake_case
    r"|\b[a-z]{3,}[A-Z][a-zA-Z]*\b"          # camelCase (not iPhone, eBay)
    r"|\w\.\w+\(|\(\)"                       # a call: `obj.f(`, `f()`
    r"|(?<![\w-])--?[a-z][\w-]*"             # an option: `-v`, `--verbose`
    r"|<\w+(?:\[\])?>"                       # a type: `<string>`, `<Buffer[]>`
    r"|[{};]\s*$|::|=>"                      # a block's brace, a statement's end, a scope, an arrow
    r"|\bv?\d+\.\d+\.\d+\b")                 # a version: `1.2.3`, `v20.0.0`


def _width(text: str) -> int:
    if text.isascii():
        return len(text)
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def _wide_text(text: str) -> bool:
    """A line of text wider than `WIDE` columns that closes a sentence: a paragraph on one line
    (not an info manual's node line, `File: sed.info,  Node: ...,  Up: sed scripts`)."""
    if len(text) * 2 < WIDE or text[-1] not in SENTENCE_CLOSE:  # even all CJK, it is narrower
        return False
    width = _width(text)
    return width >= WIDE and (len(text.split()) >= WIDE_WORDS or width >= 1.5 * len(text))


def hard_wrapped(lines: Sequence[Line]) -> bool:
    """Fewer than `WIDE_LINES` lines of text wider than `WIDE` columns, in a text of `WRAP_LINES`
    lines or more whose sentences run on over lines `RUN_ONS` times or more: text broken at a width."""
    if len(lines) < WRAP_LINES:
        return False
    measured = _cjk_fill(lines)
    size, fill = measured if measured is not None else (len, None)
    wide = 0
    for line in lines:
        if _wide_text(line.text) and (fill is None or size(line.text) > fill):
            wide += 1
            if wide >= WIDE_LINES:
                return False
    return fill is not None or _runs_on(lines) >= RUN_ONS


def _cjk_fill(lines: Sequence[Line]) -> tuple[Callable[[str], int], int] | None:
    """How CJK text is filled and to what width: the measure (characters, or columns where a CJK
    character takes two) and the widest size that `CJK_FILLED` lines or more of CJK text share by it,
    each of `RUN_ON_CHARS` characters or more, left open (no sentence or clause mark at its end) with
    the very next line going on (a letter, or the comma or full stop a filler without line-breaking
    rules wraps onto a line of its own: `…止まりました` / `。`). groff fills a Japanese man page to
    78 characters; DocBook's text output (the Debian Reference) to 72 columns, so its lines of mixed
    kana and ASCII share a width in columns, not a length. None where no size is so shared, or
    where `WIDE_LINES` lines of CJK text or more are wider (a page's list of headlines, one a line, has
    sizes as many as its items; its paragraphs, one a line, are wider than rows that happen to share one)."""
    open_lines = [line.text for line, after in zip(lines, lines[1:])
                  if after.number == line.number + 1 and len(line.text) >= RUN_ON_CHARS
                  and line.text[-1] not in _OPEN_ENDS and (after.text[:1].isalnum() or after.text[:1] in _WRAPPED_MARKS)
                  and _cjk_text(line.text)]
    if len(open_lines) < CJK_FILLED:
        return None
    for size, slack in ((len, 0), (_width, 1)):  # (each indent has its own: a man page's options are filled narrower)
        counts = Counter(map(size, open_lines))
        # filled to a width in columns, a line ends a column short where the next character takes two
        fill = max((n for n in counts if counts[n] + (counts[n + 1] if slack else 0) >= CJK_FILLED), default=None)
        if fill is None:
            continue
        fill += slack
        if sum(size(line.text) > fill and _cjk_text(line.text) for line in lines) < WIDE_LINES:
            return size, fill
    return None


# CJK's full stops and commas, and the closing brackets after them: a line that opens with one is
# the wrapped end of the line above (no sentence or clause begins so)
_WRAPPED_MARKS = frozenset("。、，．！？」』）】")


def _cjk_text(text: str) -> bool:
    """A line of CJK written without spaces (a third of its characters or more; Hangul, written with
    spaces, wraps at them: `uniform`'s wrapped Hangul)."""
    return 3 * len(_CJK_NOSPACE.findall(text)) >= len(text)


def _runs_on(lines: Sequence[Line]) -> int:
    """How often (up to `RUN_ONS`) a line of `RUN_ON_CHARS` or more leaves its sentence open and
    the very next line goes on in lower case (or, in a script without case, `wraps_caseless`); not from a
    list's item to the next (`_siblings`: inscriptis and lynx bullet a nested list's third level `o`)."""
    found = 0
    for line, after in zip(lines, lines[1:]):
        text = line.text
        if (after.number == line.number + 1 and len(text) >= RUN_ON_CHARS and text[-1] not in _OPEN_ENDS
                and (after.text[0].islower() or wraps_caseless(line, after)) and not _siblings(text, after.text)):
            found += 1
            if found >= RUN_ONS:
                break
    return found


# a list item's bullet, as a converter writes a nested list's (inscriptis and lynx: `*`, `+`, `o`)
_BULLET = re.compile(r"[*+o\u2022\u25e6-] (?=\S)")


def _siblings(text: str, below: str) -> bool:
    """Whether both lines open with a bullet: items of one (nested) list (`o Xiang Ni - Cyndi Wang` over `o Tong
    Hua - Guang Liang`, `+ Erziehungswissenschaft` over `o Übersicht`), the lower-case `o` of the next one no
    sentence going on."""
    return _BULLET.match(text) is not None and _BULLET.match(below) is not None


# a line ending so closes its sentence or clause (or announces what follows): nothing runs on from it
_OPEN_ENDS = frozenset(":;") | SENTENCE_CLOSE


def code_documentation(lines: Sequence[Line]) -> bool:
    """A third of the lines or more carry code tokens (`CODE_SHARE`), in a document of
    `CODE_LINES` lines or more, the paragraphs of minified script not counted (`packed_script`: a
    page's `<noscript>` bundle that lynx wrapped over a thousand lines is residue, no documentation)."""
    if not _code_share(lines):
        return False
    script = _packed_lines(lines)
    return not script or _code_share([line for k, line in enumerate(lines) if k not in script])


def _packed_lines(lines: Sequence[Line]) -> set[int]:
    """The indices of the lines standing in a paragraph (lines with no blank line between) of minified script."""
    out: set[int] = set()
    k = 0
    while k < len(lines):
        j = k + 1
        while j < len(lines) and lines[j].number == lines[j - 1].number + 1:
            j += 1
        if j - k > 1 and packed_script(" ".join(line.text for line in lines[k:j])):
            out.update(range(k, j))
        k = j
    return out


def _code_share(lines: Sequence[Line]) -> bool:
    if len(lines) < CODE_LINES:
        return False
    need = CODE_SHARE * len(lines)
    spare = len(lines) - need  # lines without code tokens a code documentation may have
    found = 0
    for line in lines:
        text = line.text
        if _CODE.search(_NOT_CODE.sub(" ", text) if ("@" in text or "/" in text or "#" in text) else text):
            found += 1
            if found >= need:
                return True
        else:
            spare -= 1
            if spare < 0:  # too many lines without: a page (most stop here, before reading them all)
                return False
    return False


# a heading's underline (reST, Markdown's setext): one symbol repeated, three times at least
_UNDERLINE = re.compile(r"([=\-~^*#+`:.'\"_])\1{2,}")


def underlined_headings(lines: Sequence[Line]) -> bool:
    """`UNDERLINED` headings or more, each right above a row of one symbol (`_UNDERLINE`) as long
    as it, give or take two columns: authored plain text (reST, a changelog), not a page."""
    found = 0
    for line, after in zip(lines, lines[1:]):
        under = after.text
        if (after.number == line.number + 1 and abs(len(under) - len(line.text)) <= 2 and len(line.text) >= 2
                and under[0] == under[-1] and _UNDERLINE.fullmatch(under) and not _UNDERLINE.fullmatch(line.text)):
            found += 1
            if found >= UNDERLINED:
                return True
    return False


# an entry's sign-off: `-- Matthias Klose <doko@debian.org>  Mon, 10 May 2021 09:01:33 +0200`
_SIGN_OFF = re.compile(r"^--\s+\S[^<>]*<[^<>@\s]+@[^<>\s]+>\s+\S")


# an entry's header: `2022-12-14  Even Rouault  <even.rouault@spatialys.com>` (GNU's ChangeLog, ISO date or
# the older `Tue Jan  3 10:00:00 2006` one), the name and its e-mail address the line's rest
_DATED_HEADER = re.compile(
    r"(?:\d{4}-\d\d-\d\d|[A-Z][a-z]{2} [A-Z][a-z]{2} [ \d]\d [\d:]{5,8} (?:[A-Z]{3,4} )?\d{4})"
    r"\s+\S[^<>]*<[^<>@\s]+@[^<>\s]+>$")


def signed_entries(lines: Sequence[Line]) -> bool:
    """`SIGNED` lines or more that sign an entry off (`-- Name <e-mail>  date`) or open it
    with its date (`2022-12-14  Name  <e-mail>`): a changelog (Debian's format, GNU's), whose short
    entries (`* New upstream release.`) and headers the model reads as furniture; a page dumped as text
    has none."""
    found = 0
    for line in lines:
        if ((line.text.startswith("--") and _SIGN_OFF.match(line.text))
                or (line.text[:1].isalnum() and _DATED_HEADER.match(line.text))):
            found += 1
            if found >= SIGNED:
                return True
    return False


# a stanza's field: `Name: value`
_FIELD = re.compile(r"([A-Za-z][A-Za-z0-9]*(?:-[A-Za-z0-9]+)*):(?:\s|$)")


def records(lines: Sequence[Line]) -> bool:
    """A file of records (the module's doc): `RECORDS` records or more of two lines or more, each
    closed by the same separator line (`%`, `%%`) with a line right below it (`corpuslint.records`'
    reading by lines), or `RECORDS` stanzas or more (after a blank line, or the text's first line)
    whose first line is the same field with a value, the very next line another field."""
    if closed_records(lines):
        return True
    opened: dict[str, int] = {}
    for k, line in enumerate(lines):
        text = line.text
        if ":" in text[:40] and (line.blank_before or k == 0) and k + 1 < len(lines):
            field = _FIELD.match(text)
            after = lines[k + 1]
            if (field and len(text) > field.end() and after.number == line.number + 1 and _FIELD.match(after.text)
                    and field.group(1) != _FIELD.match(after.text).group(1)):
                opened[field.group(1)] = opened.get(field.group(1), 0) + 1
                if opened[field.group(1)] >= RECORDS:
                    return True
    return False


# a LaTeX source's structure: an environment's opening or closing, a sectioning command, at the line's start
_LATEX_STRUCTURE = re.compile(r"\\(?:begin|end)\{[A-Za-z*]+\}|\\(?:part|chapter|(?:sub)*section|paragraph)\*?[{\[]")
LATEX_MARKS = 6  # ... lines of it: a LaTeX (or Sweave) source


def latex_source(lines: Sequence[Line]) -> bool:
    """`LATEX_MARKS` lines or more that open or close a LaTeX environment or a section at their start
    (`\\begin{table}`, `\\end{eqnarray*}`, `\\subsection{Reformulation}`): an author's source, whose
    lines are broken where the author pleased, between formulas, table rows and commands (tester26:
    a vignette's opening sentence, `$\\mathbb{\\xi} = ...$` prose and `2 & Case & $Aa$ ...` rows taken
    for a page's furniture). A page's text has none (0 of the 94 web pages and 2,000 news documents:
    a formula of a page stands inside its line, `{\\displaystyle \\begin{aligned} ...}`)."""
    found = 0
    for line in lines:
        text = line.text
        if text[0] == "\\" and _LATEX_STRUCTURE.match(text):
            found += 1
            if found >= LATEX_MARKS:
                return True
    return False


def page_shape(lines: Sequence[Line], dump: bool = False) -> str | None:
    """Why the document (its non-blank lines, `linefeatures.Line`) is not whole-page text: "hard-wrapped
    text", "code documentation", "LaTeX source" (`latex_source`), "underlined headings", "signed entries",
    "records", "release notes"
    (`releases.release_notes`: versions' headings over their entries), "speaker cues"
    (`cues.speaker_cues`: a play's or a screenplay's speakers' cues over their speeches), or what
    `uniform.uniform_shape` names ("a table", "dialog turns", "wrapped Hangul text", "verse"); None when it
    has a page's shape. A text browser's `dump` of a page (`dumps.page_lines`) is wrapped by the
    browser, a page still: never "hard-wrapped text", nor "verse"."""
    if not dump and hard_wrapped(lines):
        return "hard-wrapped text"
    if code_documentation(lines):
        return "code documentation"
    if latex_source(lines):
        return "LaTeX source"
    if underlined_headings(lines):
        return "underlined headings"
    if signed_entries(lines):
        return "signed entries"
    if records(lines):
        return "records"
    if release_notes(lines):
        return "release notes"
    if speaker_cues(lines):
        return "speaker cues"
    shape = uniform_shape(lines)
    # a browser's wrapping leaves a page's clauses open at its lines' ends, as verse does: a dump is a page
    return None if dump and shape == "verse" else shape



MD_HEADINGS = 3  # ATX headings (`## Usage`) at line starts: Markdown's source ... (two: C's `# include` lines)
MD_FENCES = 2  # ... or a fenced code block's two marks, or one `[x]: url` link definition
_MD_HEADING = re.compile(r"^ {0,3}#{1,6}[ \t]+\S", re.M)
_MD_FENCE = re.compile(r"^ {0,3}(?:```|~~~)", re.M)
_MD_DEFINITION = re.compile(r"^ {0,3}\[[^\]\n]+\]:[ \t]*\S", re.M)
MD_LINKS = 2  # ... or inline links, `[text](https://...)`
_MD_LINK = re.compile(r"\]\((?:https?://|/|#)[^)\s]*\)")


def markdown_shaped(text: str) -> bool:
    """Whether `text` is Markdown's source whatever its container (a .txt file, a JSONL record):
    `MD_HEADINGS` ATX headings, a fenced code block, a link definition or `MD_LINKS` inline links
    (`[download](https://...)`), the markdown format's own signs. CL140 skips the markdown format (its headings, link definitions and hard-wrapped
    paragraphs are the post's own); an HTML page dumped as text has none of these signs (0 of the
    94 web pages, 151 qa20b pages as inscriptis and lynx text, 2,000 news documents: one fence
    mark; inline links: one page of qa20b, once), and 325 of the 334 scala-lang.org posts of ../shared/corpora/markdown show one."""
    if "#" not in text and "```" not in text and "~~~" not in text and "]" not in text:
        return False
    return (len(_MD_HEADING.findall(text)) >= MD_HEADINGS or len(_MD_FENCE.findall(text)) >= MD_FENCES
            or _MD_DEFINITION.search(text) is not None or len(_MD_LINK.findall(text)) >= MD_LINKS)
