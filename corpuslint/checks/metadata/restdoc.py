"""A reStructuredText document's head: its title between adornments, its docinfo fields.

A reST source opens in shapes of its own, and says there what it is:

    .. include:: ../header.rst                  <- explicit markup (a directive, a comment): never a title

    ========================                    <- the document's title, over- and underlined
     Docutils Configuration
    ========================

    :Author: David Goodger                      <- the docinfo: a field list right under the title
    :Contact: docutils-develop@lists.sourceforge.net
    :Date: $Date: 2026-05-22 12:32:28 +0200 (Fr, 22. Mai 2026) $

Where the text opens so (explicit markup, an overlined title, or a title over its docinfo fields), the title
and the docinfo's `Author`/`Authors`/`Date` are its metadata, and nothing else is: a page reader taking the
first line for a `<title>` reads the directive, and a name after `by` five hundred lines down cites a tool's
author (qa23 r04: `.. include:: ../header.rst` as the title of 20 of 60 docutils documents, `Stefan Merten`
from "the xml2rst_ processor / by Stefan Merten."). A title with placeholders (`<EP number> — <title>`, a
template's) and an author field naming no person (`open to all Docutils developers`, `<name and optional
e-mail>`) give nothing.
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import ROLE_WORDS
from corpuslint.checks.metadata.dates import normalize_date
from corpuslint.checks.metadata.lines import Found, core_word, flat
from corpuslint.checks.metadata.names import read_names
from corpuslint.textutil import LazyPattern

HEAD_LINES = 80  # lines of the source read: its opening markup, title, subtitle and docinfo
HEAD_CHARS = 16_000
# an adornment: one punctuation character repeated (docutils allows any printable non-alphanumeric ASCII)
ADORNMENT = LazyPattern(r"^([!-/:-@\[-`{-~])\1{2,}[ \t\r]*$")
EXPLICIT_MARKUP = LazyPattern(r"^\.\.(?:[ \t]|$)")  # `.. include::`, `.. _target:`, `.. comment`
DIRECTIVE = LazyPattern(r"^\.\.[ \t]+(?:\|[^|]+\|[ \t]+)?[\w.:+-]+::(?:[ \t]|$)")  # `.. include:: …`, `.. |x| image::`
FIELD = LazyPattern(r"^:(?P<name>[^:\s][^:]*?):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
PLACEHOLDER = LazyPattern(r"<[^<>]+>")  # a template's `<title>`, `<name and optional e-mail>`
REFERENCE = LazyPattern(r"`([^`]+)`_{1,2}|(?<=\w)_{1,2}(?=\W|$)|``|`")  # `Docutils_`, `` `Docutils Generic`_ ``
RCS_DATE = LazyPattern(r"^\$Date:\s*(?P<day>[^$(]*?)\s*(?:\(.*)?\$?$")
EMAIL = LazyPattern(r"<[^<>@\s]+@[^<>\s]+>|\([^()]*\)")


def is_directive(text: str) -> bool:
    """`.. include:: ../header.rst`: reST's explicit markup, never a title."""
    return DIRECTIVE.match(text.strip()) is not None


def rest_head(text: str) -> list[Found] | None:
    """The title and the docinfo's author(s) and date of a reST source opening `text`; None when the text
    does not open as one (no explicit markup first, no overlined title, no title over docinfo fields)."""
    rows = text[:HEAD_CHARS].split("\n", HEAD_LINES)[:HEAD_LINES]
    offsets = [0]
    for row in rows:
        offsets.append(offsets[-1] + len(row) + 1)
    at = _past_blank(rows, 0)
    markup = False
    while at < len(rows) and EXPLICIT_MARKUP.match(rows[at]):
        markup = True
        at = _past_blank(rows, _past_block(rows, at))
    found: list[Found] = []
    title = _title(rows, at)
    overlined = title is not None and title[2]
    if title is not None:
        words, end = title[0], title[1]
        value = flat(REFERENCE.sub(lambda m: m.group(1) or "", words))
        if value and not PLACEHOLDER.search(value) and len(value) <= 300:
            row = end - 2  # the title's own line, under its overline if it has one
            found.append(Found("title", value, offsets[row], offsets[row + 1] - 1, "rest", True, words))
        at = _past_blank(rows, end)
        subtitle = _title(rows, at)
        if subtitle is not None and subtitle[2]:
            at = _past_blank(rows, subtitle[1])  # (an overlined subtitle: `Request for Proposals`)
    fields = 0
    while title is not None and at < len(rows) and (match := FIELD.match(rows[at])):
        fields += 1
        end = _past_block(rows, at)
        value = " ".join([match["value"] or "", *(row.strip() for row in rows[at + 1:end])]).strip()
        item = _docinfo(match["name"].lower(), value, offsets[at], offsets[end] - 1, rows[at])
        if item is not None and all(other.field != item.field for other in found):
            found.append(item)
        at = _past_blank(rows, end)
    if not (markup or overlined or fields):
        return None
    return found


def _past_blank(rows: list[str], at: int) -> int:
    while at < len(rows) and not rows[at].strip():
        at += 1
    return at


def _past_block(rows: list[str], at: int) -> int:
    """The row after the block opening at `at`: its first line and the indented (or blank) lines under it."""
    end = at + 1
    while end < len(rows) and (not rows[end].strip() or rows[end][:1] in " \t"):
        end += 1
    while end > at + 1 and not rows[end - 1].strip():
        end -= 1  # (blank lines closing the block are not its own)
    return end


def _title(rows: list[str], at: int) -> tuple[str, int, bool] | None:
    """A section title at `at`: (its text, the row after it, whether it is overlined)."""
    if at + 1 >= len(rows):
        return None
    over = ADORNMENT.match(rows[at])
    if over is not None:
        if at + 2 < len(rows) and rows[at + 1].strip() and not ADORNMENT.match(rows[at + 1]):
            under = ADORNMENT.match(rows[at + 2])
            # (as long as the title or longer: `---` / `title: X` / `---` is a Markdown file's front matter)
            if (under is not None and under.group(1) == over.group(1)
                    and len(rows[at + 1].rstrip()) <= len(rows[at].rstrip())):
                return rows[at + 1].strip(), at + 3, True
        return None
    text = rows[at].strip()
    under = ADORNMENT.match(rows[at + 1])
    if (text and under is not None and len(rows[at + 1].rstrip()) >= len(text) and not FIELD.match(text)
            and not EXPLICIT_MARKUP.match(text)):
        return text, at + 2, False
    return None


def _docinfo(name: str, value: str, start: int, end: int, shown: str) -> Found | None:
    if name in ("author", "authors"):
        names = _people(value)
        if not names:
            return None
        return Found("author", names[0] if len(names) == 1 else names, start, end, "rest", True, shown)
    if name == "date":
        rcs = RCS_DATE.match(value)
        if rcs is not None:
            value = rcs["day"]  # `$Date: 2026-05-22 12:32:28 +0200 (Fr, 22. Mai 2026) $`
        iso = normalize_date(value, date_only=True) if value else None
        if iso is None or len(iso) < 10:
            return None
        return Found("date", iso, start, end, "rest", True, shown)
    return None


def _people(value: str) -> list[str]:
    """The persons an author field names, each part (`;` or `,` between them) a whole name of two words or
    more; a part naming no one (`open to all Docutils developers`, `Senior Technical Writer`) is left out."""
    names: list[str] = []
    for part in value.replace(";", ",").split(","):
        part = " ".join(EMAIL.sub(" ", part).split())
        if not part or PLACEHOLDER.search(part):
            continue
        read, consumed = read_names(part, 0, shout=False)
        if read and not part[consumed:].strip(" .") and all(_a_person(name) for name in read):
            names.extend(read)  # (`David Goodger & Chris Liechti`: two)
    return names


def _a_person(name: str) -> bool:
    """Two words or more, none a role's or an organisation's (`Senior Technical Writer`, `the Docutils team`)."""
    words = name.split()
    return len(words) >= 2 and not any(core_word(word).lower() in ROLE_WORDS for word in words)
