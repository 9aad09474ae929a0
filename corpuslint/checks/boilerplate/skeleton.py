"""A repeated line that is the text's skeleton: its markup, a part of one of its records, a heading, a label.

Every wikitext table has `|-` between its rows, every Sweave chunk ends with `@`, every equation
opens with `\\begin{equation}`, every Usenet signature stands under `--`, every paper has its
`References`: such lines recur in many documents because documents of one kind share a form, not
because they share furniture. Removing one changes the form: the rows merge, an environment is
left open, a heading's list is left without its heading. So, whatever their count:
- a line of markup alone (no letter once tags, LaTeX commands and chunk markers are read away:
  `|-`, `}}</ref>`, `@`, `\\end{figure}`, `--`, `>`) goes only inside a run of lines that go (the
  next one, and the one above too or everything below it: a signature's `--` goes with its
  signature);
- a line inside a record that spans lines (a `{{cite ...}}` template, a `{| ... |}` table, a
  `\\begin{X} ... \\end{X}` environment, a `<<chunk>>= ... @` chunk, a reST field list such as a
  docinfo, `:Author:` / `:Contact:` / `:Copyright:`) goes only when every line of the record
  repeats: the record is the repeated thing, not a field of it (`| year = 2006`; a docinfo's
  `:Contact:` is the document's metadata, whose `:Date:` differs);
- a heading (marked, `==See also==`, `\\section{...}`, numbered, `CHAPTER 5. Breakfast.`, or a
  plain line among the document's own headings under a paragraph of its own, `References`) goes
  only with the section it heads, when all of that repeats too (a list under `See also` is the
  article's own). A plain heading's section is the block under it: a hard-wrapped paragraph or a
  list, or its own subheading over a paragraph (a paper's `Materials and Methods` over `Site
  description`), not the next line of a page's text (`Share on Facebook` between two paragraphs).
- a label over a list (a short line ending with a colon, `Bug fixes:`, `Features:`; a name in
  brackets, a Debian changelog's `[ Debian Janitor ]`) goes only with its list: it stays while
  the block under it (the next line, or after one blank line) opens with an item, a bullet or a
  deeper indentation, and half of its lines or more are the document's own (a template's
  `Follow us:` stands over the site's repeated links);
- a reST directive and its indented option lines (`.. |PyPI| image:: URL` / `:alt: PyPI version`
  / `:target: URL`) go together or not at all, and a substitution's definition stays while a
  line that refers to it (`|PyPI| |CI|`) stays: removing part of it garbles the markup.
- an admonition's head alone on its line (Sphinx's `Note`, `See also`, `Warning`, DocBook's
  `[Note] Note`) stays while the block under it holds the document's own text;
- the first lines of a message's body, under an e-mail's or a MIME part's header, when they are
  short (a reply's `Hello` over the quoted message, a test message's `hello`): the message's
  own text, however many other messages say it.
A Debian changelog's entry (`pkg (1.2-3) unstable; urgency=medium` down to ` -- Name <mail>
date`) is a record too: `* New upstream release.` is a field of it.
A record that holds most of the document (`\\begin{document}`) is its frame, not a record.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from itertools import accumulate

import regex

from corpuslint.checks.corpus_units import CorpusUnit

_LETTER = regex.compile(r"\p{L}")
# markup read away before looking for letters: LaTeX's environment markers (with their options)
# and commands with arguments of one token (`\\documentclass{article}`, `\\label{eq:1}`), HTML/XML
# tags that open or close an element (not a void one: an `<img>` tracking pixel alone on its line
# pairs with nothing), a noweb chunk's header
_MARKUP = regex.compile(r"\\(?:begin|end)\{[^{}\n]*\}(?:\[[^\]\n]*\]|\{[^{}\n]*\})*"
                        r"|\\[A-Za-z@]+\*?(?:\[[^\]\n]*\]|\{[^{}\s]*\})*"
                        r"|</?(?!(?:img|br|hr|meta|link|input|source|wbr|area|base|col|embed|param|track)\b)"
                        r"[A-Za-z][\w:-]*(?:\s[^<>\n]*)?>|<<[^<>\n]*>>=?")
# what opens and closes a record of several lines
_TOKEN = regex.compile(r"\{\{|\}\}|^\{\||^\|\}|\\begin\{[^{}\n]*\}|\\end\{[^{}\n]*\}|^<<[^\n]*>>=[ \t]*$|^@[ \t]*$",
                       regex.M)
# a Debian changelog's entry: `pkg (1.2-3) unstable; urgency=medium` ... ` -- Name <mail>  date`
_ENTRY_OPENS = regex.compile(r"^[a-z0-9][a-z0-9.+-]* \([^()\s]+\) [\w.-]+(?: [\w.-]+)*;[ \t]*urgency=\w+")
_ENTRY_CLOSES = regex.compile(r"^ -- [^<>\n]*<[^<>\n]+>  \S")
_MARKED_HEADING = regex.compile(r"^[ \t]*(?:(=+)[^=\n].*?\1(?:[ \t]|\{\{.*\}\})*$"
                                r"|\\(?:part|chapter|(?:sub)*section|paragraph)\*?\{)")
# a numbered heading: `CHAPTER 5. Breakfast.`, `Part II`, `2.3 Results`
_NUMBERED = regex.compile(r"^(?:(?:CHAPTER|Chapter|PART|Part|BOOK|Book|SECTION|Section)\s+(?:\d+|[IVXLC]+)\b"
                          r"|\d{1,2}(?:\.\d{1,2})*\.?\s+\p{Lu})")
_HEADING_WORDS = 6
_LONG_WORDS = 6  # a line of text under a plain heading: a section, not a label's value
_PARAGRAPH_WORDS = 12
_BULLET = regex.compile(r"[-*•+]\s|\d{1,3}[.)]\s")
_ITEM = regex.compile(r"[ \t]+\S|[-*•]\s|\[\d{1,3}\]\s")  # an indented, bulleted or cited (`[3] `) list item
_FIELD = regex.compile(r"[\w-]+:\s")  # a header's or a form's field, `Name: value`
# a label over a list: a short line ending with a colon (`Bug fixes:`, `Features:`), or a name in
# brackets alone on its line (a Debian changelog's `[ Debian Janitor ]`: who made the changes under it)
_LABEL = regex.compile(r"[ \t]*(?:[^\s:][^:\n]*:|\[[^\[\]\n]+\])[ \t]*")
# a reST directive (`.. image:: URL`, `.. |PyPI| image:: URL`, `.. note::`): its option lines
# (`:alt: PyPI version`, `:target: URL`) are indented under it
_DIRECTIVE = regex.compile(r"^([ \t]*)\.\.[ \t]+(?:\|([^|\n]+)\|[ \t]+)?[\w:-]+::")
_LABEL_GAP = 2  # lines from a label to its list: the next line, or one blank line between
# an admonition's head alone on its line over its text (Sphinx's and docutils' `Note`, `See also`,
# `Warning` as a page's text shows them; DocBook's `[Note] Note`, its icon's alt text before it;
# the translations of the Debian manuals' heads)
_ADMONITION_WORD = (
    r"(?:notes?|see[ \t]+also|warnings?|tips?|hint|important|caution|danger|attention|todo|deprecated"
    r"|nota|hinweis|anmerkung|tipp|achtung|warnung|wichtig|vorsicht|siehe[ \t]+auch"
    r"|remarque|astuce|avertissement|voir[ \t]+aussi"
    r"|suggerimento|attenzione|avvertimento|importante|consejo|sugerencia|aviso|advertencia|atenci[óo]n"
    r"|v[ée]ase[ \t]+tambi[ée]n|примечание|подсказка|внимание|предупреждение|важно|замечание"
    r"|注意|注記|警告|ヒント|重要|参照)")
_ADMONITION = regex.compile(rf"[ \t]*(?i:(?:\[{_ADMONITION_WORD}\][ \t]*)?{_ADMONITION_WORD})[ \t]*:?[ \t]*")
# an e-mail's (or a MIME part's) header block: `Field: value` lines and their indented continuations
_HEADER_FIELD = regex.compile(r"([A-Za-z][\w-]*):[ \t]")
_MAIL_FIELDS = frozenset({"from", "to", "subject", "date", "message-id", "mime-version", "content-type",
                          "content-transfer-encoding", "return-path", "received"})
_GREETING_WORDS = 6  # a message's whole new text under its header: a greeting, a word (`Hello`)


def markup_only(line: str) -> bool:
    """A line with no letter once its markup is read away (`|-`, `}}</ref>`, `@`, `\\end{equation}`,
    `\\documentclass{article}`, `--`, `>`); not `v t e`, a navigation box's links."""
    return _LETTER.search(_MARKUP.sub(" ", line)) is None


def _records(lines: list[str]) -> list[tuple[int, int]]:
    """The records of several lines, innermost first: (first line, last line) of each balanced
    pair of markers on different lines (an unclosed one is none), and each entry of a Debian
    changelog, from its `pkg (version) dist; urgency=` line to its ` -- Name <mail>  date` line."""
    stack: list[int] = []
    spans = []
    # the markers found in the whole text at once, each at its line (none spans a line break, and `^`/`$`
    # in multi-line mode hold at a line's edges only), in a text that holds a character each needs: a
    # search of each line cost ~0.1 s per 10 MB, of the whole text ~0.06 s, gated ~0.02 s
    text = "\n".join(lines)
    n = last = 0
    marked = "{" in text or "}" in text or "\\" in text or "<<" in text or "@" in text
    for m in _TOKEN.finditer(text) if marked else ():
        n += text.count("\n", last, m.start())
        last = m.start()
        t = m.group()
        if t in ("{{", "{|") or t.startswith("\\begin") or t.startswith("<<"):
            stack.append(n)
        elif stack:
            start = stack.pop()
            if start != n:
                spans.append((start, n))
    start = None
    for n, line in enumerate(lines):
        if _ENTRY_OPENS.match(line):
            start = n
        elif start is not None and _ENTRY_CLOSES.match(line):
            spans.append((start, n))
            start = None
    spans += _field_lists(lines)
    return sorted(spans, key=lambda s: s[1] - s[0])


# a reST field (`:Author: David Goodger`, `:Copyright: ...`, `:Abstract:`) at the line's start
_REST_FIELD = regex.compile(r":(?![: \t])[^:\n`]{1,40}(?<! ):(?:[ \t]|$)")


def _field_lists(lines: list[str]) -> list[tuple[int, int]]:
    """The reST field lists of two fields or more (a docinfo: `:Author:`, `:Contact:`, `:Date:`,
    `:Copyright:` under the title): (first line, last line) of each, with the indented lines
    that continue a field (`:Author: ... / developers`, a 3-line `:Address:`) and the indented
    body a field opens (`:Abstract:` over its paragraph)."""
    spans, n = [], 0
    while n < len(lines):
        if _REST_FIELD.match(lines[n]) is None:
            n += 1
            continue
        start, fields, end = n, 0, n
        while n < len(lines):
            if _REST_FIELD.match(lines[n]):
                fields, end = fields + 1, n
            elif lines[n][:1] in (" ", "\t") and lines[n].strip():
                end = n  # a field's continuation or its indented body
            elif lines[n].strip() or not (n + 1 < len(lines) and lines[n + 1][:1] in (" ", "\t")
                                          and lines[n + 1].strip()):
                break  # a blank line goes on only into a field's indented body
            n += 1
        if fields >= 2:
            spans.append((start, end))
        n = max(n, start + 1)
    return spans


def _paragraph(line: str) -> bool:
    """A paragraph on one line: long, ending as a sentence does."""
    return len(line.split()) >= 2 * _PARAGRAPH_WORDS and line.rstrip().rstrip("\"'”’)")[-1:] in ".!?"


def _plain_heading(line: str) -> bool:
    """A plain heading's shape: a short line opening with a capital or a section number, no sentence
    end nor a caption's colon (a numbered heading may end with `.`: `CHAPTER 5. Breakfast.`)."""
    s = line.strip()
    if not s or len(s.split()) > _HEADING_WORDS or not (s[0].isupper() or s[0].isdigit()):
        return False
    if s[-1] in ":!?;," or _FIELD.match(s):
        return False  # a caption (`Authors:`), a question, a field (`Newsgroups: sci.space`)
    return s[-1] != "." or _NUMBERED.match(s) is not None


class _Text:
    """The document's lines, which of them repeat (`flagged`), and its records."""

    def __init__(self, text: str, units: Sequence[CorpusUnit], repeated: set[int]) -> None:
        self.lines = text.split("\n")
        starts = list(accumulate((len(line) + 1 for line in self.lines[:-1]), initial=0))
        self.span = {i: (bisect_right(starts, units[i].start) - 1,
                         bisect_right(starts, max(units[i].start, units[i].end - 1)) - 1) for i in repeated}
        self.flagged = {n for a, b in self.span.values() for n in range(a, b + 1)}
        self.blank = [not line.strip() for line in self.lines]
        filled = self.blank.count(False)
        # a record that holds most of the document (`\begin{document}`) is its frame, not a record
        self.records = [(a, b) for a, b in _records(self.lines)
                        if 2 * self.blank[a:b + 1].count(False) <= filled]

    def directives(self) -> list[tuple[int, int, str | None]]:
        """The reST directives with their option lines: (first line, last line, the substitution
        it defines or None)."""
        spans = []
        for n, line in enumerate(self.lines):
            m = _DIRECTIVE.match(line)
            if m is None:
                continue
            indent, end = len(m.group(1).expandtabs(8)), n
            while end + 1 < len(self.lines) and not self.blank[end + 1] \
                    and len(self.lines[end + 1].expandtabs(8)) - len(self.lines[end + 1].expandtabs(8).lstrip()) > indent:
                end += 1
            spans.append((n, end, m.group(2)))
        return spans

    def all_flagged(self, a: int, b: int, flagged: set[int] | None = None) -> bool:
        flagged = self.flagged if flagged is None else flagged
        return all(self.blank[n] or n in flagged for n in range(a, b + 1))

    def next_filled(self, n: int, step: int) -> int | None:
        n += step
        while 0 <= n < len(self.lines) and self.blank[n]:
            n += step
        return n if 0 <= n < len(self.lines) else None

    def own_section(self, a: int, marked: bool) -> bool:
        """Whether the heading on line a heads a section of the document's own. A marked heading:
        a line that does not repeat down to the next marked heading. A plain one: the block under
        it (down to a blank line), not all repeated, is a hard-wrapped paragraph (two lines or
        more, all long but the last, one of them going on in lower case) or a list (two items or
        more); not a line or two of the heading's own shape (a menu's `News` over `Sport`, a
        footer's `Contact us` over an address, a page's `Share on Facebook` over its next line)."""
        first = self.next_filled(a, 1)
        if first is None:
            return False
        if marked:
            end = next((n for n in range(first, len(self.lines)) if _MARKED_HEADING.match(self.lines[n])),
                       len(self.lines))
            return not self.all_flagged(first, end - 1)
        end = next((n for n in range(first, len(self.lines)) if self.blank[n]), len(self.lines)) - 1
        block = self.lines[first:end + 1]
        # a sentence runs on from line to line (a widget's titles, `Most Read` over the site's
        # headlines, each open with a capital)
        wrapped = len(block) >= 2 and all(len(line.split()) >= _LONG_WORDS for line in block[:-1]) \
            and any(line[:1].islower() for line in block[1:])
        items = sum(_ITEM.match(line) is not None for line in block)
        if (wrapped or items >= 2) and not self.all_flagged(first, end):
            return True
        # (qa20 r12) a paper's `Materials and Methods` between two sections' paragraphs, each on
        # one line: the one above, and the one under its own subheading (`Site description`); not
        # a heading over one line of a page's text (`Read more` between two paragraphs), nor a
        # teaser's section (`Archiv`) over its title and text
        if len(block) != 1 or first in self.flagged or not _plain_heading(block[0]):
            return False
        above, under = self.next_filled(a, -1), self.next_filled(first, 1)
        return (above is not None and under is not None and above not in self.flagged and under not in self.flagged
                and _paragraph(self.lines[above]) and _paragraph(self.lines[under]))

    def own_list(self, a: int) -> bool:
        """Whether the label on line a heads a list of the document's own: the block under it
        (the next line, or after one blank line) opens with an item (a bullet, or indented deeper
        than the label) and half of its lines or more are not repeated (a menu's `Follow us:` stands over
        repeated entries)."""
        first = self.next_filled(a, 1)
        if first is None or first - a > _LABEL_GAP:
            return False
        line = self.lines[first]
        indent = len(line) - len(line.lstrip())
        label_indent = len(self.lines[a]) - len(self.lines[a].lstrip())
        if not (_BULLET.match(line.lstrip()) or indent > label_indent):
            return False
        end = next((n for n in range(first, len(self.lines)) if self.blank[n]), len(self.lines))
        return 2 * sum(n not in self.flagged for n in range(first, end)) >= end - first

    def under_mail_header(self, a: int) -> bool:
        """Whether line a opens a message's body: the block above it (one or two blank lines up)
        is an e-mail's or a MIME part's header, two fields or more, one of them a message's
        (`From:`, `Subject:`, `Content-Type:` ...), down from a blank line or the text's start; not
        a multipart message's, whose body opens with the mailer's preamble."""
        last = self.next_filled(a, -1)
        if last is None or a - last < 2 or a - last > 3:
            return False
        if _HEADER_FIELD.match(self.lines[a]):
            return False  # a header's field itself (a message's inside a digest)
        fields, known, n = 0, False, last
        while n >= 0 and not self.blank[n]:
            line = self.lines[n]
            m = _HEADER_FIELD.match(line)
            if m is not None:
                fields += 1
                name = m.group(1).lower()
                known = known or name in _MAIL_FIELDS
                if name == "content-type" and "multipart/" in line.lower():
                    return False  # a multipart message's preamble ("This is a MIME-encapsulated message")
            elif line.startswith("--") and n < last:
                break  # a MIME part's boundary over its header
            elif not line[:1].isspace():
                return False  # a line of text, no header's
            n -= 1
        return fields >= 2 and known

    def own_block_under(self, a: int) -> bool:
        """Whether the block under line a (one blank line down) holds a line of the document's own."""
        first = self.next_filled(a, 1)
        if first is None or first - a > _LABEL_GAP:
            return False
        end = next((n for n in range(first, len(self.lines)) if self.blank[n]), len(self.lines)) - 1
        return not self.all_flagged(first, end)

    def paragraph_above(self, a: int) -> bool:
        """Whether a paragraph of the document's own ends above line a: the end of a section, not a
        teaser's title or a page's name over a widget's `You May Like`, a menu's `Sections`."""
        last = self.next_filled(a, -1)
        if last is None or last in self.flagged:
            return False
        first = last
        while first > 0 and not self.blank[first - 1]:
            first -= 1
        words = sum(len(line.split()) for line in self.lines[first:last + 1])
        ends = self.lines[last].rstrip().rstrip("\"'”’)")[-1:] in ".!?"
        return words >= _PARAGRAPH_WORDS or words >= _LONG_WORDS and ends


def kept_skeleton(text: str, units: Sequence[CorpusUnit], repeated: set[int]) -> set[int]:
    """The indexes of the repeated units (`repeated`) that are the text's skeleton and stay (see
    the module's docstring)."""
    t = _Text(text, units, repeated)
    lines, flagged = t.lines, t.flagged
    # the document's own plain headings: a heading's shape under a blank line, not repeated
    own_headings = sum(1 for n, line in enumerate(lines)
                       if n not in flagged and _plain_heading(line) and (n == 0 or t.blank[n - 1]))
    kept: set[int] = set()
    markup: list[int] = []
    for i in repeated:
        a, b = t.span[i]
        if any(s <= a and b <= e and not t.all_flagged(s, e) for s, e in t.records):
            kept.add(i)  # a field of a record, its opener or its closer: the record is the document's
        elif a == b and _MARKED_HEADING.match(lines[a]):
            if t.own_section(a, marked=True):
                kept.add(i)  # `==See also==` over the article's own list
        elif a == b and len(lines[a].split()) <= _HEADING_WORDS and _LABEL.fullmatch(lines[a]) \
                and t.own_list(a):
            kept.add(i)  # `Bug fixes:`, `[ Debian Janitor ]` over the document's own list
        elif a == b and _ADMONITION.fullmatch(lines[a]) and t.own_block_under(a):
            kept.add(i)  # `Note`, `See also`, `Warning` over the document's own text under it
        elif len(" ".join(lines[a:b + 1]).split()) <= _GREETING_WORDS and t.under_mail_header(a):
            kept.add(i)  # `Hello`: a message's text under its header, all of its own a reply holds
        elif all(markup_only(lines[n]) for n in range(a, b + 1)):
            markup.append(i)  # decided once the lines that go are known
        elif a == b and _plain_heading(lines[a]) and (a == 0 or t.blank[a - 1]) \
                and (own_headings >= 2 or _NUMBERED.match(lines[a].strip())):
            if (a == 0 or t.paragraph_above(a)) and t.own_section(a, marked=False):
                kept.add(i)  # `References` over the paper's own text, `CHAPTER 5. Breakfast.` over its chapter
    # a reST directive and its option lines are one: none goes without the others, and a
    # substitution's definition (`.. |PyPI| image:: URL` / `:alt: PyPI version`) stays while a line
    # that refers to it (`|PyPI| |CI|`) stays
    for s, e, name in (t.directives() if ".." in text else ()):
        if s == e and name is None:
            continue
        refer = f"|{name}|" if name else None
        if not t.all_flagged(s, e) or refer and any(refer in line for n, line in enumerate(lines)
                                                    if not s <= n <= e and n not in flagged):
            kept.update(i for i in repeated if s <= t.span[i][0] and t.span[i][1] <= e)
    # a line of markup goes only inside a run of lines that go: the next one, and the one above
    # too or everything below it (a signature's `--` goes with its signature)
    gone = {n for i in repeated if i not in kept and i not in markup
            for n in range(t.span[i][0], t.span[i][1] + 1)}
    for i in markup:
        a, b = t.span[i]
        after, before = t.next_filled(b, 1), t.next_filled(a, -1)
        if not (after in gone and (before is None or before in gone or t.all_flagged(after, len(lines) - 1, gone))):
            kept.add(i)  # markup between lines of the document's own
    return kept
