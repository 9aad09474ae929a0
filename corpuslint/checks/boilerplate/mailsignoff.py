"""CL147 mail-signature-block: a signature a sender's client appends without RFC 3676's delimiter.

Most signatures come without the `-- ` line (CL146 takes those that have it): under the sender's
closing (`Best,`, `Kind regards,`, `Thanks!`) stand their name and the lines a client stamps
under every message, a title, a company, a phone number, an address, a web site. What the block
IS: at a message's tail (under it only blank lines, the quotation of an earlier message, or a
rule over a mailing list's footer), a closing of four words at most on a line of its own, then a
name (one to four capitalised words), then up to eight short lines with no blank line between, of
which one at least is a way to reach the sender (a phone number, an e-mail address, a web
address). The closing is the sender's own (kept); the name over nothing but contact lines is the
client's stamp. Without a closing, the stamp is the message's last block when a name opens it and a blank
line or a rule sets it off, its lines short and no sentence (FoRK's `- Adam L. "Duncan" Beberg` over his
URL and address). A mailing list's footer under the message (ILUG's `-- ` over its listinfo lines, FoRK's
bare listinfo URL) is the list's, read off before the block is looked for. Only in a mail: a text that opens
with a mail's header block, or quotes an earlier message (CL145), or opens with a salutation (`Hi Anna,`): a
news story's last lines (`Media contact: Jane Doe, 555-0100`) are the story's.
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
# the name a stamp opens with: a dash before it (`- Adam L. "Duncan" Beberg`, `-James Rogers`), a nickname quoted in
# it, the sender's address after it (`Bill Humphries <bill@whump.com>`, `Jacob Morzinski       jmorzins@mit.edu`)
_SIGNER = regex.compile(r"^[ \t]*(?:--?[ \t]*)?\p{Lu}[\p{L}.'’-]*(?:[ \t]+(?:\p{Lu}[\p{L}.'’-]*|\"\p{Lu}\p{L}+\")){0,4}"
                        r"(?:[ \t]*<[\w.+-]+@[\w-]+(?:\.[\w-]+)+>|[ \t]{3,}[\w.+-]+@[\w-]+(?:\.[\w-]+)+)?[ \t]*$")
_SALUTATION = regex.compile(r"^[ \t]*\p{L}[\p{L}'’ \t.-]{0,40},[ \t]*$")  # `Hi Anna,`, `Dear Mr. Smith,`
# a way to reach the sender: a phone number (seven digits or more with their separators), an
# e-mail address, a web address
_CONTACT = regex.compile(
    r"(?:^|[\s:.(])\+?\d[\d ().\-/]{5,}\d\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\bhttps?://\S+|\bwww\.[\w-]+\.\S+")
_DELIMITER = regex.compile(r"(?m)^(?:- )?--[ \t]*$")  # (`- -- `: a PGP-signed message's, dash-escaped)
_SENTENCE_END = regex.compile(r"[.!?:;)][\"'’”]?[ \t]*$")
# a line of prose: words then a full stop, a question or an exclamation (`I will reply when I return.`), no
# abbreviation's (`infinetivity, inc.`, `Ph.D.`) nor address's last dot
_SENTENCE_LINE = regex.compile(r"\p{Ll}{3,}[ \t]+\p{L}+[ \t]+\p{Ll}{2,}[.!?][\"'’”]?[ \t]*$")
_RULE = regex.compile(r"^[ \t]*[-_=*~]{5,}[ \t]*$")  # a rule over a mailing list's footer
_STAMP_RULE = regex.compile(r"^[ \t]*(?:-{3,}|[_=*~]{3,})[ \t]*$")  # one over a stamp (`---`: no `--` delimiter)
# what a mailing list's footer says (its name, where to (un)subscribe, its archive's address): the list's lines, not
# the sender's (FoRK's `http://xent.com/mailman/listinfo/fork` under every post is no way to reach its sender)
_LIST_FOOTER = regex.compile(r"(?i)\bmailing[ \t]+list\b|/listinfo\b|/mailman/|\bunsubscri|\blist[ \t]+maintainer\b"
                             r"|\bsubscription[ \t]+information\b")
MAX_FOOTER = 12  # lines of a list's footer (a sponsor's lines over it included)
_FOOTER_OPENER = regex.compile(r"^[ \t]*(?:-- ?|--|[-_=*~]{5,})[ \t]*$")
MAX_NAME_WORDS = 8  # words of a line of a block without a closing: a name, a title, a company, an address


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


def reads_as_mail(text: str, quotes: list) -> bool:
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


def _footers_start(text: str, body: int, tail: int) -> int:
    """Where the mailing lists' footers at the end of text[body:tail] start (`tail` if none): from a delimiter or a
    rule, lines that name a list (`Irish Linux Users' Group: ilug@linux.ie` / `http://…/listinfo/ilug …`), a
    sponsor's lines over them, to the end; or a list's address alone as the last line (FoRK's)."""
    lines = [(a, b) for a, b in _lines(text, body, tail)]
    cut = len(lines)
    while cut:
        a, b = lines[cut - 1]
        if _LIST_FOOTER.search(text, a, b) and _CONTACT.search(text, a, b) and len(text[a:b].split()) <= 2:
            cut -= 1  # a list's address alone, right under the message
            continue
        for k in range(cut - 1, max(-1, cut - 1 - MAX_FOOTER), -1):
            if _FOOTER_OPENER.match(text[lines[k][0]:lines[k][1]]) and any(
                    _LIST_FOOTER.search(text, x, y) for x, y in lines[k + 1:cut]):
                cut = k
                break
        else:
            break
    return lines[cut][0] if cut < len(lines) else tail


def signature_block(text: str) -> tuple[int, int, str] | None:
    """(start, end, closing) of the signature block at the tail of the first message of `text`
    (see the module's docstring), or None; `closing` is empty for a block under no closing."""
    quotes = openers(text)
    if not reads_as_mail(text, quotes):
        return None
    body = header_block_end(text) or 0
    tail = _footers_start(text, body, quotes[0].start if quotes else len(text))
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
        if n >= len(lines) or blank[n] or not _SIGNER.match(text[lines[n][0]:lines[n][1]]):
            continue
        m = n
        while m + 1 < len(lines) and not blank[m + 1]:
            m += 1  # the block: the name's lines, no blank line between
        block = lines[n:m + 1]
        if len(block) - 1 > MAX_BLOCK or any(y - x > MAX_LINE for x, y in block):
            continue
        if not any(_CONTACT.search(text, x, y) for x, y in block[1:]) and not _signed_with_address(text, *block[0]):
            continue  # `Best,` / `Jane`: the sender's own sign-off, no stamp under it
        after = next((text[x:y] for x, y in lines[m + 1:] if text[x:y].strip()), "")
        if after and not _RULE.match(after):
            continue  # the message goes on (a postscript, a second part): not its tail
        return block[0][0], block[-1][1], text[a:b].strip()
    return _unsigned_block(text, lines, blank)


def _signed_with_address(text: str, start: int, end: int) -> bool:
    """Whether the name line holds the sender's address beside the name (`Jacob Morzinski       jmorzins@mit.edu`)."""
    return "@" in text[start:end] and _CONTACT.search(text, start, end) is not None


def _unsigned_block(text: str, lines: list[tuple[int, int]], blank: list[bool]) -> tuple[int, int, str] | None:
    """The client's stamp as the message's last block with no closing over it: a name, then one to seven short
    lines (a title, a company, an address: `MAX_NAME_WORDS` words at most) with a way to reach the sender among
    them, set off from the message above by a blank line or a rule (`___________`), which goes with it."""
    last = len(lines) - 1
    while last >= 0 and blank[last]:
        last -= 1
    first = last
    while first > 0 and not blank[first - 1]:
        first -= 1
    if last < 0 or not 1 <= last - first <= MAX_BLOCK:
        return None
    block = lines[first:last + 1]
    start = block[0][0]
    if _STAMP_RULE.match(text[start:block[0][1]]):  # `----` right over the name: the stamp's own rule
        block, start = block[1:], block[0][0]
        if len(block) < 2:
            return None
    elif len(block) > 3 and _STAMP_RULE.match(text[block[1][0]:block[1][1]]) and len(
            text[block[0][0]:block[0][1]].split()) <= 3:
        block, start = block[2:], block[1][0]  # `G.` / `_____` / the stamp: the sign-off stays, the rule goes
    if not _SIGNER.match(text[block[0][0]:block[0][1]].rstrip(" \t,")) or any(y - x > MAX_LINE for x, y in block):
        return None
    rest = block[1:]
    if not any(_CONTACT.search(text, x, y) for x, y in block) or any(
            len(text[x:y].split()) > MAX_NAME_WORDS or _SENTENCE_LINE.search(text, x, y) for x, y in rest):
        return None
    above = [k for k in range(first) if not blank[k]]
    if not above:
        return None  # nothing over it: no message to sign
    if _STAMP_RULE.match(text[lines[above[-1]][0]:lines[above[-1]][1]]):
        start = lines[above[-1]][0]  # the rule a blank line over the name: set off, it goes too
    return start, block[-1][1], ""


class MailSignatureBlock(Rule):
    """## What it does
    Reports a signature block without RFC 3676's delimiter at the tail of an e-mail message: the
    sender's name under their closing (`Best,`, `Kind regards,`, four words at most) with up to
    eight short lines under it, one of them at least a phone number, an e-mail address or a web
    address (a title, a company, an address beside it). The name may follow a dash (`- Adam L. "Duncan"
    Beberg`, `-James Rogers`) or carry the sender's address (`Bill Humphries <bill@whump.com>`). With no
    closing, the message's last block counts when it opens with a name and a blank line or a rule
    (`____`, `---`) sets it off from the message above: one to seven lines under the name, each of eight
    words at most and no sentence, one of them a way to reach the sender (the rule goes with it). A
    mailing list's footer under the message (a delimiter or rule over lines naming the list, its
    `listinfo` address, `unsubscribe`; FoRK's listinfo URL alone on the last line) is the list's: the block
    is read above it, and a list's address is no way to reach the sender. Only in a mail: a text that
    opens with a mail's header block, quotes an earlier message (CL145) or opens with a salutation (`Hi Anna,`).

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
    on), a text that does not read as a mail, a message that is nothing but the stamp, a last paragraph
    that opens with no name (`A good link is:` over a URL).
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
        where = f"under the closing `{shorten(closing, 20)}`" if closing else "under a blank line or a rule"
        yield Violation(
            start, end,
            f"signature block `{shorten(text[start:end].split(chr(10))[0].strip(), 40)}` ({lines} lines, a way to "
            f"reach the sender among them) {where} at the message's tail; remove it",
            fix=Fix.replace(cut_start, cut_end, replacement, "Remove the signature block", safe=False),
            data={"lines": lines},
        )
