"""CL146 mail-signature: the signature at the tail of an e-mail, and the line a mobile client signs with.

RFC 3676 (4.3) gives the signature its delimiter: a line of `-- ` (dash, dash, space) between the
message and the few lines of name, address and phone a client appends to every message; a
mobile client signs with one line of its own (`Sent from my iPhone`, `Von meinem iPhone gesendet`).
Both are known by that shape and by their place, the message's tail: under them only blank lines,
the rest of the signature or the quotation of an earlier message (`mailquote`).
"""

from __future__ import annotations

import re
from collections.abc import Iterator

import regex

from corpuslint.checks.boilerplate.mailquote import openers, removal
from corpuslint.linestart import AtLineStart
from corpuslint.models import Document, Fix, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textlines import lines_above
from corpuslint.textutil import shorten

# RFC 3676's delimiter: exactly `-- ` (some clients and lists drop the space: `--` alone is taken
# only where a signature's few short lines follow it up to the tail)
_DELIMITER_LINE = r"--(?P<space> ?)\r?$"
_DELIMITER = re.compile("^" + _DELIMITER_LINE, re.M)
# The one line a mobile client (or its user's settings) signs a message with
_MOBILE_LINE = (  # stdlib `re`: ~50 MB/s where `regex` ran this at ~6
    r"[ \t]*(?:--[ \t]*)?(?:sent[ \t]+(?:from|with|via)[ \t]+(?:my[ \t]+)?(?:iphone|ipad|ipod|blackberry|android"
    r"|samsung|galaxy|mobile(?:[ \t]+device|[ \t]+phone)?|smartphone|phone|windows[ \t]+phone|nokia|htc|huawei"
    r"|xiaomi|pixel|sparrow|(?:yahoo[ \t]+)?mail[ \t]+for[ \t]+\w+|outlook(?:[ \t]+for[ \t]+\w+)?|aol[ \t]+mobile"
    r"|proton[ \t]*mail|airmail|spark|blue[ \t]*mail)\b[^\n]{0,60}"
    r"|get[ \t]+outlook[ \t]+for[ \t]+(?:ios|android)|envoyé[ \t]+de[ \t]+mon[ \t]+(?:iphone|ipad|smartphone|mobile)"
    r"|von[ \t]+meinem[ \t]+(?:iphone|ipad|smartphone|handy|mobiltelefon)[ \t]+gesendet"
    r"|inviato[ \t]+da[ \t]+(?:(?:il[ \t]+)?mio[ \t]+)?(?:iphone|ipad|smartphone|cellulare)"
    r"|enviado[ \t]+desde[ \t]+mi[ \t]+(?:iphone|ipad|smartphone|móvil|celular)"
    r"|verzonden[ \t]+(?:vanaf|met)[ \t]+mijn[ \t]+(?:iphone|ipad|smartphone)"
    r"|отправлено[ \t]+с[ \t]+(?:iphone|ipad|моего[ \t]+\w+))[ \t.!]*\r?$")
_MOBILE = re.compile("^" + _MOBILE_LINE, re.I | re.M)
# whether a text holds either at all, each found by the newline before its line (~3x faster)
_ANY_DELIMITER = AtLineStart(_DELIMITER_LINE)
_ANY_MOBILE = AtLineStart(_MOBILE_LINE, re.I)
MAX_LINES = 10  # a signature's lines under its delimiter (McNamara's "4 lines" rule, with room)
MAX_LINE = 120  # characters of a signature line
_WORD = regex.compile(r"\w")


def _tail_end(text: str, start: int, quotes: list) -> int:
    """Where the message that holds `start` ends: the next quotation's opening, or the text's end."""
    for q in quotes:
        if q.start >= start:
            return q.start
    return len(text)


def _content_end(text: str, start: int, end: int) -> int:
    """Where `text[start:end]` ends once its trailing blanks are stripped."""
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _signature_lines(text: str, start: int, end: int) -> list[str] | None:
    """The non-blank lines of `text[start:end]`, or None where more than MAX_LINES stand there (text goes
    on: no signature), found without reading past them: each `--` line of a text of many (AsciiDoc's open
    blocks) reads only the lines under it up to the next few, not the whole rest of the text."""
    lines: list[str] = []
    pos = start
    while pos <= end:
        stop = text.find("\n", pos, end)
        stop = end if stop == -1 else stop
        line = text[pos:stop]
        if line.strip():
            if len(lines) == MAX_LINES:
                return None
            lines.append(line)
        pos = stop + 1
    return lines


def _underlines(text: str, start: int) -> bool:
    """Whether the line above the one at `start` holds text (no blank line between): `Contact` / `--`
    underlines a heading as setext and reStructuredText write it, where a mail's delimiter follows the
    message's last line or a blank one alike, so only the bare `--` (without RFC 3676's space) is read so."""
    return bool(next(lines_above(text, start), "").strip())


def signatures(text: str) -> list[tuple[int, int, str]]:
    """(start, end, kind) of the signatures of `text`: a delimited block or a mobile client's line."""
    if not _ANY_DELIMITER.found_in(text) and not _ANY_MOBILE.found_in(text):
        return []
    quotes = openers(text)
    found = []
    for m in _DELIMITER.finditer(text):
        if any(q.start <= m.start() < q.end for q in quotes):
            continue  # the quoted message's own signature goes with it
        block_end = _content_end(text, m.end(), _tail_end(text, m.end(), quotes))
        lines = _signature_lines(text, m.end(), block_end)
        if not lines or any(len(line) > MAX_LINE for line in lines):
            continue
        if not m.group("space") and (len(lines) > 4 or any(_DELIMITER.match(line) for line in lines)):
            continue  # `--` alone: an AsciiDoc open block's, a separator's, unless a short tail follows
        if not _WORD.search(text, 0, m.start()):
            continue  # nothing above: no message to sign
        if not m.group("space") and _underlines(text, m.start()):
            continue  # `--` right under a line of text: a heading's underline (setext), not a delimiter
        found.append((m.start(), block_end, "delimited"))
    for m in _MOBILE.finditer(text):
        if any(s <= m.start() < e for s, e, _ in found) or any(q.start <= m.start() < q.end for q in quotes):
            continue
        end = _tail_end(text, m.end(), quotes)
        if text[m.end():end].strip():
            continue  # text follows it: not where a client signs
        found.append((m.start(), m.end(), "mobile"))
    return sorted(found)


class MailSignature(Rule):
    """## What it does
    Reports the signature at the tail of an e-mail message: from RFC 3676's delimiter line `-- `
    (dash, dash, space) to the message's end, when at most ten short lines follow it, and the one
    line a mobile client signs with (`Sent from my iPhone`, `Sent with Sparrow`, `Get Outlook for
    Android`, `Envoyé de mon iPhone`, `Von meinem iPhone gesendet`, `Inviato da iPhone`) where
    nothing but blank lines or a quoted earlier message (CL145) follows it.

    ## Why is this bad?
    A signature is appended by the client to every message its sender writes: in a corpus of
    mail it repeats under each one, with names, phone numbers and addresses that are nobody's
    text. Corpus builders cut it with the quotations.

    ## Example
    ```
    See you at six.

    --
    Jane Roe
    +1 555 0100
    ```
    (the delimiter is `-- ` with its space) Use instead:
    ```
    See you at six.
    ```

    ## Options
    None.

    ## Fix safety
    The fix removes the signature with its delimiter, and is unsafe: a short postscript may stand
    under a delimiter.

    Never flagged: a delimiter with more than ten lines or a line over 120 characters under it
    (text goes on: a separator, not a signature); `--` without its space followed by more than
    four lines or another `--` (an AsciiDoc open block), or right under a line of text (a
    heading's underline); a delimiter at the text's start; a mobile line with text under it; a
    signature inside a quoted earlier message (CL145 takes it).

    ## Known problems
    A signature without a delimiter (a name and a phone number under "Best regards") is not
    found here: CL147 reports it, as an information.
    """

    code = "CL146"
    name = "mail-signature"
    family = "boilerplate"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        for start, end, kind in signatures(text):
            if not _WORD.search(text, 0, start) and not _WORD.search(text, end):
                continue  # the whole document: nothing else to keep (CL904's business once empty)
            lines = text.count("\n", start, end) + 1
            what = "signature" if kind == "delimited" else "mobile client's signature line"
            first = text[start:end].strip().split("\n")[0] if kind == "mobile" else "-- "
            cut_start, cut_end, replacement = removal(text, start, end)
            yield Violation(
                start, end,
                f"{what} `{shorten(first, 50)}` ({lines} line{'s' * (lines > 1)}) at the message's tail; remove it",
                fix=Fix.replace(cut_start, cut_end, replacement, f"Remove the {what}", safe=False),
                data={"signature": kind, "lines": lines},
            )
