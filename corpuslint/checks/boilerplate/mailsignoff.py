"""CL147 mail-signature-block: a signature a sender's client appends without RFC 3676's delimiter.

Most signatures come without the `-- ` line (CL146 takes those that have it): under the sender's
closing (`Best,`, `Kind regards,`, `Thanks!`) stand their name and the lines a client stamps
under every message, a title, a company, a phone number, an address, a web site. What the block
IS: at a message's tail (under it only blank lines, the quotation of an earlier message, or a
rule over a mailing list's footer), a closing of four words at most on a line of its own, then a
name (one to four capitalised words), then up to eight short lines with no blank line between, of
which one at least is a way to reach the sender (a phone number, an e-mail address, a web
address). The closing is the sender's own (kept); the name over nothing but contact lines is the
client's stamp. Only in a mail: a text that opens with a mail's header block, or quotes an earlier
message (CL145), or opens with a salutation (`Hi Anna,`): a news story's last lines (`Media
contact: Jane Doe, 555-0100`) are the story's.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from corpuslint.checks.boilerplate.mailquote import openers, removal
from corpuslint.checks.metadata.extract import header_block_end
from corpuslint.models import Document, Fix, Severity, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import shorten

MAX_BLOCK = 8  # lines under the name at most: a client's stamp, not a postscript
MAX_LINE = 72  # characters of a line of the block
_CLOSING = regex.compile(r"^[ \t]*\p{L}[\p{L}'’ \t]{0,40}[,!]?[ \t]*$")  # `Best,`, `Kind regards,`, `Thanks!`
_NAME = regex.compile(r"^[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*$")  # `Jane Roe`, `J. R. Doe`
_SALUTATION = regex.compile(r"^[ \t]*\p{L}[\p{L}'’ \t.-]{0,40},[ \t]*$")  # `Hi Anna,`, `Dear Mr. Smith,`
# a way to reach the sender: a phone number (seven digits or more with their separators), an
# e-mail address, a web address
_CONTACT = regex.compile(
    r"(?:^|[\s:.(])\+?\d[\d ().\-/]{5,}\d\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\bwww\.[\w-]+\.\S+")
_DELIMITER = regex.compile(r"(?m)^(?:- )?--[ \t]*$")  # (`- -- `: a PGP-signed message's, dash-escaped)
_SENTENCE_END = regex.compile(r"[.!?:;)][\"'’”]?[ \t]*$")
_RULE = regex.compile(r"^[ \t]*[-_=*~]{5,}[ \t]*$")  # a rule over a mailing list's footer


def _lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of the non-blank lines of text[start:end]."""
    out = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        if text[pos:stop].strip():
            out.append((pos, stop))
        pos = stop + 1
    return out


def _a_mail(text: str, quotes: list) -> bool:
    """Whether the text reads as a mail: its header block, an earlier message quoted, a salutation
    as its first line."""
    if quotes or header_block_end(text) is not None:
        return True
    first = next((line for line in text.split("\n", 3)[:3] if line.strip()), "")
    return bool(_SALUTATION.match(first)) and len(first.split()) <= 5


def _all_lines(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """The (start, end) of every line of text[start:end], blank ones included."""
    out = []
    pos = start
    while pos < end:
        stop = text.find("\n", pos, end)
        stop = end if stop < 0 else stop
        out.append((pos, stop))
        pos = stop + 1
    return out


def signature_block(text: str) -> tuple[int, int, str] | None:
    """(start, end, closing) of the signature block at the tail of the first message of `text`
    (see the module's docstring), or None."""
    quotes = openers(text)
    if not _a_mail(text, quotes):
        return None
    tail = quotes[0].start if quotes else len(text)
    body = header_block_end(text) or 0
    if _DELIMITER.search(text, body, tail):
        return None  # a delimited signature: CL146's
    lines = _all_lines(text, body, tail)
    blank = [not text[a:b].strip() for a, b in lines]
    for k, (a, b) in enumerate(lines):
        if blank[k] or not _CLOSING.match(text[a:b]) or len(text[a:b].split()) > 4:
            continue
        if not any(not blank[j] for j in range(k)):
            continue  # a closing with no message above it signs nothing
        if not blank[k - 1] and not _SENTENCE_END.search(text[lines[k - 1][0]:lines[k - 1][1]]):
            continue  # `... for your` / `help`: a wrapped sentence's last word, no closing of its own
        n = k + 1 + (k + 1 < len(lines) and blank[k + 1])  # one blank line between closing and name allowed
        if n >= len(lines) or blank[n] or not _NAME.match(text[lines[n][0]:lines[n][1]]):
            continue
        m = n
        while m + 1 < len(lines) and not blank[m + 1]:
            m += 1  # the block: the name's lines, no blank line between
        block = lines[n:m + 1]
        if len(block) - 1 > MAX_BLOCK or any(y - x > MAX_LINE for x, y in block):
            continue
        if not any(_CONTACT.search(text, x, y) for x, y in block[1:]):
            continue  # `Best,` / `Jane`: the sender's own sign-off, no stamp under it
        after = next((text[x:y] for x, y in lines[m + 1:] if text[x:y].strip()), "")
        if after and not _RULE.match(after):
            continue  # the message goes on (a postscript, a second part): not its tail
        return block[0][0], block[-1][1], text[a:b].strip()
    return None


class MailSignatureBlock(Rule):
    """## What it does
    Reports a signature block without RFC 3676's delimiter at the tail of an e-mail message: the
    sender's name under their closing (`Best,`, `Kind regards,`, four words at most) with up to
    eight short lines under it, one of them at least a phone number, an e-mail address or a web
    address (a title, a company, an address beside it). Only in a mail: a text that opens with a
    mail's header block, quotes an earlier message (CL145) or opens with a salutation (`Hi Anna,`).

    ## Why is this bad?
    The client stamps the same name, title and phone number under every message its sender
    writes: in a corpus of mail they repeat under each one, and they are personal data that is
    nobody's text. Corpus builders cut them with the quotations.

    ## Example
    ```
    Hi Anna,

    The slides are attached.

    Best,
    Jane Roe
    Senior Editor, Example Press
    +1 555 0100
    ```
    Use instead:
    ```
    Hi Anna,

    The slides are attached.

    Best,
    ```

    ## Options
    None.

    ## Fix safety
    The fix removes the name and the lines under it, keeping the closing, and is unsafe: a
    sender may sign a short postscript with a phone number the reader needs. An information, not a
    warning: the sender's name is theirs to write.

    Never flagged: a block with a `--` delimiter (CL146), a closing with only a name under it
    (`Thanks,` / `Jane`), a name over more than eight lines or a line over 72 characters (text goes
    on), a text that does not read as a mail.
    """

    code = "CL147"
    name = "mail-signature-block"
    family = "boilerplate"
    severity = Severity.INFO
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        found = signature_block(text)
        if found is None:
            return
        start, end, closing = found
        lines = text.count("\n", start, end) + 1
        if text[end:].strip():  # over a quotation or a list's footer: its lines go, the blank line under them stays
            cut_start, cut_end, replacement = start, min(len(text), end + 1), ""
        else:
            cut_start, cut_end, replacement = removal(text, start, end)
        yield Violation(
            start, end,
            f"signature block `{shorten(text[start:end].split(chr(10))[0].strip(), 40)}` ({lines} lines, a way to "
            f"reach the sender among them) under the closing `{shorten(closing, 20)}` at the message's tail; "
            "remove it",
            fix=Fix.replace(cut_start, cut_end, replacement, "Remove the signature block", safe=False),
            data={"lines": lines},
        )
