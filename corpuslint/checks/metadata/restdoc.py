"""A reStructuredText document's head: its title between adornments, its docinfo fields.

A reST source opens in shapes of its own, and says there what it is:

    .. include:: ../header.rst                  <- explicit markup (a directive, a comment): never a title

    ========================                    <- the document's title, over- and underlined
     Docutils Configuration
    ========================

    :Author: David Goodger                      <- the docinfo: a field list right under the title
    :Contact: docutils-develop@lists.sourceforge.net
    :Date: $Date: 2026-05-22 12:32:28 +0200 (Fr, 22. Mai 2026) $

Where the text says it is reST (a directive `.. name::`, a target `.. _name:`, a role or reference
`` :role:`x` ``/`` `x`_ `` in its head, or docinfo fields `:Author:`/`:Date:`… right under the title), the title
and the docinfo's `Author`/`Authors`/`Date` are its metadata, and nothing else is: a page reader taking the
first line for a `<title>` reads the directive, and a name after `by` five hundred lines down cites a tool's
author (qa23 r04: `.. include:: ../header.rst` as the title of 20 of 60 docutils documents, `Stefan Merten`
from "the xml2rst_ processor / by Stefan Merten."). A title with placeholders (`<EP number> — <title>`, a
template's) and an author field naming no person (`open to all Docutils developers`, `<name and optional
e-mail>`) give nothing.

A text with only a title's box (a NEWS file's `=====` / `Version 1.8.1` / `=====`, a licence header's `####`
frame, a press release's embargo line between rules) is no reST source: plain-text files open so too. Its box
gives a title only as docutils would (the adornment used once in the text: a style repeated is a section's, not
the document's), never a frame's (`*  … *`, `# … #`, `--- … ---`), a release or dated line, or a lead-in ending
with a colon, and then only beside the other readers, unsafe (`rest_read`; review23b #1).
"""

from __future__ import annotations

from corpuslint.checks.metadata.bylineline import ROLE_WORDS
from corpuslint.checks.metadata.dates import day_written, normalize_date
from corpuslint.checks.metadata.lines import Found, core_word, flat
from corpuslint.checks.metadata.names import read_names
from corpuslint.restmarks import ADORNMENT, DIRECTIVE, TARGET, overline_mark, underline
from corpuslint.textutil import LazyPattern

HEAD_LINES = 80  # lines of the source read: its opening markup, title, subtitle and docinfo
HEAD_CHARS = 16_000
TEXT_CHARS = 400_000  # text read for the title's adornment used again (a section's, then)
# an adornment (`corpuslint.restmarks`, which the plain-text reader shares): one punctuation character
# repeated; a run of backquotes or tildes only under its title (over one it is a Markdown fence's:
# ```` ``` ```` / `ls` / ```` ``` ````)
EXPLICIT_MARKUP = LazyPattern(r"^\.\.(?:[ \t]|$)")  # `.. include::`, `.. _target:`, `.. comment`
FIELD = LazyPattern(r"^:(?P<name>[^:\s][^:]*?):(?:[ \t]+(?P<value>.*?))?[ \t]*$")
PLACEHOLDER = LazyPattern(r"<[^<>]+>")  # a template's `<title>`, `<name and optional e-mail>`
# `Docutils_`, `` `Docutils Generic`_ ``; never a name's own underscores (`__init__`, `__slots__`)
REFERENCE = LazyPattern(r"`([^`]+)`_{1,2}|(?<=[^\W\d_])_(?=[^\w]|$)|``|`")
ROLE = LazyPattern(r"(?<![\w`]):[\w.+-]+:`[^`\n]+`|`[^`\n]+`_{1,2}(?!\w)")  # `` :pep:`8` ``, `` `Docutils`_ ``
DOCINFO = frozenset({"author", "authors", "date", "version", "contact", "organization", "status", "copyright",
                     "revision", "address", "dedication", "abstract"})
RELEASE = LazyPattern(r"(?i)^(?:version|release|v)\b\.?\s*\d|^\d+(?:\.\d+)+\b|\brelease\s+of\b")
RCS_DATE = LazyPattern(r"^\$Date:\s*(?P<day>[^$(]*?)\s*(?:\(.*)?\$?$")
EMAIL = LazyPattern(r"<[^<>@\s]+@[^<>\s]+>|\([^()]*\)")


def is_directive(text: str) -> bool:
    """`.. include:: ../header.rst`: reST's explicit markup, never a title."""
    return DIRECTIVE.match(text.strip()) is not None


def rest_head(text: str) -> list[Found] | None:
    """The title and the docinfo's author(s) and date of a reST source opening `text`; None when the text
    does not say it is one (no directive, target, role or docinfo field in its head: see `rest_read`)."""
    read = rest_read(text)
    return read[0] if read is not None and read[1] else None


def rest_read(text: str) -> tuple[list[Found], bool] | None:
    """(the head's title and docinfo values, whether the text is surely reST); None when it does not open in
    reST's shapes (explicit markup, an overlined title, a title over fields). Not sure: only a box's title,
    kind `restbox`, for the other readers to go on beside."""
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
    sure = False  # a docinfo field says so; the directives, targets and roles are asked below, once the head is reST-shaped
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
        sure = sure or match["name"].lower() in DOCINFO  # (`:tada: Thanks…`, an emoji's shortcode, is no field)
        end = _past_block(rows, at)
        value = " ".join([match["value"] or "", *(row.strip() for row in rows[at + 1:end])]).strip()
        item = _docinfo(match["name"].lower(), value, offsets[at], offsets[end] - 1, rows[at])
        if item is not None and all(other.field != item.field for other in found):
            found.append(item)
        at = _past_blank(rows, end)
    if not (markup or overlined or fields):
        return None
    sure = sure or any(DIRECTIVE.match(row) or TARGET.match(row) for row in rows) or ROLE.search("\n".join(rows)) is not None
    if sure:
        return found, True
    style = rows[title[1] - 1].strip()[:1] if title is not None else ""
    boxed = [item for item in found if item.field == "title" and _a_documents_title(text, style, overlined, item.shown)]
    return [Found("title", item.value, item.start, item.end, "restbox", True, item.shown) for item in boxed], False


def _a_documents_title(text: str, style: str, overlined: bool, words: str) -> bool:
    """A box's title as docutils reads one (its adornment used once in the text, the document's title, not the
    first of its sections: libhandy's NEWS, `Version 1.8.1` then `Version 1.8.0`), and no frame (`*  … *`,
    `# … #`, `--- … ---`), sentence, release or dated line, nor a lead-in closed by a colon (`For UnZip 6.1/who
    knows:`)."""
    words = words.strip()
    if (not words or words[0] == style or (words[0] == words[-1] and not words[0].isalnum() and words[0] not in "\"'")
            or words[-1] in ".:" or RELEASE.search(words) or day_written(words)):
        return False
    lines = text[:TEXT_CHARS].split("\n")
    used = 0
    for at in range(1, len(lines)):
        under = ADORNMENT.match(lines[at])
        if under is None or under.group(1) != style or not lines[at - 1].strip() or ADORNMENT.match(lines[at - 1]):
            continue
        over = ADORNMENT.match(lines[at - 2]) if at >= 2 else None
        used += (over is not None and over.group(1) == style) == overlined
    return used == 1


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
    if ADORNMENT.match(rows[at]) is not None:
        over = overline_mark(rows[at])
        if over and at + 2 < len(rows) and rows[at + 1].strip() and not ADORNMENT.match(rows[at + 1]):
            under = ADORNMENT.match(rows[at + 2])
            # (as long as the title or longer: `---` / `title: X` / `---` is a Markdown file's front matter)
            if (under is not None and under.group(1) == over
                    and len(rows[at + 1].rstrip()) <= len(rows[at].rstrip())):
                return rows[at + 1].strip(), at + 3, True
        return None
    text = rows[at].strip()
    if underline(rows, at + 1) and not FIELD.match(text) and not EXPLICIT_MARKUP.match(text):
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
