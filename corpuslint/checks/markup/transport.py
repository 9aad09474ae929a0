"""CL210 and CL211: what carried a text, left in it — a terminal's escape sequences (`ESC[32m`, a
program's colours captured with its output) and quoted-printable (an e-mail body as it travels:
`oggi =E8 stato`, `=E2=80=99` for `’`, a soft line break `=` closing a line). Their own module:
the markup family's and `payloads.py` were near the 600-line cap (qa22 r10).

Both are found by their shape: an escape sequence is an ESC character and a fixed grammar (ECMA-48),
no printable text has one; quoted-printable is `=` and two upper-case hex digits, or `=` closing a
line, in the lines a part's `Content-Transfer-Encoding: quoted-printable` declares, or, undeclared,
in numbers no prose or code has. In Markdown the fenced blocks and code spans are not looked at.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Iterator

from corpuslint.checks.markup.payloads import looked_at
from corpuslint.mime import declared_bodies, decoded_body
from corpuslint.models import Applicability, Document, Fix, Severity, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, shorten


# --- CL210 terminal-escape -------------------------------------------------------------------------

# ECMA-48: a control sequence (`ESC[32m`, `ESC[2K`), an operating-system command (`ESC]0;title BEL`, a
# terminal's title or hyperlink), a character-set designation (`ESC(B`), a two-character escape (`ESC=`)
ESCAPE_SEQUENCE = LazyPattern(r"\x1b(?:\[[0-?]*[ -/]*[@-~]|\][^\x07\x1b\n]*(?:\x07|\x1b\\)|[()*+][0-9A-Za-z]|[=>78cDEHMNZ])")


class TerminalEscape(Rule):
    """## What it does
    Finds a terminal's escape sequences in text: the colours and cursor moves a program wrote for a
    terminal (`ESC[32m《月下独酌》ESC[m`, `ESC[1;31merrorESC[0m`, `ESC[2K`), a window title or a link
    (`ESC]0;title BEL`), a character-set switch (`ESC(B`). A document is reported once, at its first
    sequence, with their number.

    ## Why is this bad?
    They are instructions to a terminal, not text: a tokenizer reads `[32m` as words, and the
    colours they stood for are gone anyway. They come with a program's output captured from a
    terminal (a log, a fortune file, a build's output).

    ## Example
    ```
    ESC[32m《月下独酌》ESC[m
    ESC[33m作者：李白ESC[m
    ```
    Use instead:
    ```
    《月下独酌》
    作者：李白
    ```

    ## Fix safety
    Safe: the fix removes the sequences and nothing else. Each starts with the ESC control
    character, which no text has, and ends where the grammar says, so every printable character
    of the text stays.

    ## Known problems
    A text in ISO-2022-JP (or -KR, -CN) read as ASCII holds escapes too (`ESC$B` … `ESC(J`): they say how
    to read the bytes between them and are not reported (nor removed). A sequence written out in visible characters (`^[[32m`, `\\x1b[31m` in a program's source) is
    no escape sequence and is not reported. In Markdown, fenced blocks and code spans are never
    looked at, and the fixer does not change a line it reads as code.
    """

    code = "CL210"
    name = "terminal-escape"
    family = "markup"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        if "\x1b" not in doc.text or "\x1b$" in doc.text:
            return  # (`ESC$B` … `ESC(J`: ISO-2022-JP read as ASCII, whose escapes say how to read the bytes between)
        text = looked_at(doc)
        found = list(ESCAPE_SEQUENCE.finditer(text))
        if not found:
            return
        edits = [TextEdit(start=m.start(), end=m.end()) for m in found]
        shown = ", ".join(dict.fromkeys(repr(m.group())[1:-1].replace("\\x1b", "ESC") for m in found[:20]))
        yield Violation(found[0].start(), found[-1].end(),
                        f"{len(found)} terminal escape sequence{'s' if len(found) > 1 else ''} in text "
                        f"(`{shorten(shown, 60)}`)",
                        fix=Fix(title=f"Remove the escape sequences ({len(found)})", edits=edits,
                                applicability=Applicability.SAFE),
                        data={"sequences": len(found)})


# --- CL211 quoted-printable ------------------------------------------------------------------------

# what quoted-printable writes and nothing else does: a byte of 8 bits (`=E8`, `=C3=A9`), an `=` sign
# (`=3D`), a space or tab closing a line (`un=20`), a soft line break (`=` closing a line)
QP_MARK = LazyPattern(r"(?m)=(?:[89A-F][0-9A-F]|3D)|=(?:20|09)(?=\r?$)|(?<=[^=\s] ?)=(?=\r?$)")
# undeclared, only bytes count, in shapes no token has: a UTF-8 character (`we=E2=80=99re`, `h=C3=A9sitez`) or
# a Latin-1 letter closing a word or standing alone (`verr=E0 riconosciuto`, `oggi =E8 stato`); not `cipher=AES256`
QP_BYTES = LazyPattern(r"=[C-F][0-9A-F](?:=[89AB][0-9A-F])+|(?<=\p{Ll}{2}|\s)=(?:[CDE][0-9A-F]|F[0-9A-E])(?![0-9A-Za-z=])")
URL_TOKEN = LazyPattern(r"\b(?:https?|ftp)://\S+|\S+\?\S*=\S*")
# an `=` that is no escape and no soft break: a text with one is no (pure) quoted-printable
LONE_EQUALS = LazyPattern(r"=(?![0-9A-F]{2}|[ \t]*\r?\n|[ \t]*\Z)")
MIN_BYTES = 3  # undeclared: encoded bytes a document needs


def _line_start(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _outside(spans: list[tuple[int, int]], marks: list[re.Match]) -> list[re.Match]:
    """The marks outside `spans` (sorted, not overlapping)."""
    starts = [a for a, _ in spans]
    kept = []
    for m in marks:
        k = bisect.bisect_right(starts, m.start()) - 1
        if k < 0 or m.start() >= spans[k][1]:
            kept.append(m)
    return kept


class QuotedPrintable(Rule):
    """## What it does
    Finds text still in quoted-printable, the encoding an e-mail's body travels in: a byte written
    as `=` and two hex digits (`oggi =E8 stato`, `=E2=80=99` for `’`, `=3D` for `=`), a space closing
    a line as `=20`, and a soft line break (an `=` closing a line the encoder cut). Reported once per
    body that a part's `Content-Transfer-Encoding: quoted-printable` header declares, and once per
    document for such lines without the header (at least three encoded characters: a UTF-8 character's
    bytes, `=C3=A9`, or a Latin-1 letter closing a word, `verr=E0`).

    ## Why is this bad?
    The words are cut where the encoder wrapped them (`<fon=` / `t size=3D2`) and every accented
    letter is an escape: `verr=E0` is no word of any language, and a model or a search index
    learns the escapes.

    ## Example
    ```
    Gentili Business Partner, vi segnalo che oggi =E8 stato annunciato un=20
    aggiornamento della campagna
    ```
    Use instead:
    ```
    Gentili Business Partner, vi segnalo che oggi è stato annunciato un aggiornamento della campagna
    ```

    ## Fix safety
    Safe only where the body is declared and whole: the part's header says
    `Content-Transfer-Encoding: quoted-printable` and names its charset, the body (to the next
    multipart boundary or the end) is ASCII, every `=` in it opens an escape or a soft break, and its
    bytes read in that charset. Then decoding is exact: it is what the mail reader does, and a
    line of the body cannot be anything but quoted-printable (decoding a part of it, or a text with a
    real `=` followed by two hex digits, would change that text). Unsafe where the charset is not
    named (the bytes are read as UTF-8, and only where they read); no fix for lines without the header
    (which lines are encoded, and in which charset, is a guess), nor where the bytes do not read. The
    part's header still says quoted-printable after the fix: it is machinery other rules report.

    ## Known problems
    Undeclared quoted-printable with fewer than three encoded characters (a short line, or one with only
    soft breaks and `=20`, or only ASCII escapes) is not reported; `=` with two hex digits in a URL's query (`?size=20`) never counts. In
    Markdown, fenced blocks and code spans are never looked at.
    """

    code = "CL211"
    name = "quoted-printable"
    family = "markup"
    severity = Severity.WARNING
    fix_availability = FixAvailability.SOMETIMES

    def check(self, doc: Document) -> Iterator[Violation]:
        if "=" not in doc.text:
            return
        text = looked_at(doc)
        if QP_MARK.search(text) is None:
            return
        taken: list[tuple[int, int]] = []
        for start, end, charset in declared_bodies(text):
            body = text[start:end]
            marks = QP_MARK.findall(body)
            if not marks:
                continue
            taken.append((start, end))
            pure = body.isascii() and LONE_EQUALS.search(body) is None
            decoded = decoded_body(body, charset) if pure else None
            fix = None
            if decoded is not None:
                fix = Fix(title="Decode the quoted-printable body" + (f" ({charset})" if charset else " (as UTF-8)"),
                          edits=[TextEdit(start=start, end=end, replacement=decoded)],
                          applicability=Applicability.SAFE if charset else Applicability.UNSAFE)
            first = QP_MARK.search(text, start)
            yield Violation(start, end, f"quoted-printable body ({len(marks)} escape{'s' if len(marks) > 1 else ''} and soft line breaks, like "
                            f"`{shorten(text[_line_start(text, first.start()):first.end()], 40)}`)", fix=fix,
                            source="declared", data={"marks": len(marks), "charset": charset, "declared": True})
        marks = _outside(taken, list(QP_BYTES.finditer(text)))
        if len(marks) >= MIN_BYTES:  # a URL's query (`?size=20`) is no text
            marks = _outside([(m.start(), m.end()) for m in URL_TOKEN.finditer(text)], marks)
        if len(marks) >= MIN_BYTES:
            start = _line_start(text, marks[0].start())
            end = text.find("\n", marks[-1].end())
            end = len(text) if end < 0 else end
            yield Violation(start, end, f"quoted-printable in text ({len(marks)} encoded characters, like "
                            f"`{shorten(text[start:marks[0].end()], 40)}`); no header says so: no fix",
                            source="undeclared", data={"marks": len(marks), "charset": None, "declared": False})


RULES = (TerminalEscape, QuotedPrintable)
