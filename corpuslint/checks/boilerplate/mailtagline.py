"""CL148 mail-tagline: the line a mail service or a mobile client appends to the messages of all its users.

A free-mail provider stamps its promotion under every message its users send (`Do you Yahoo!?` over the week's
offer, Hotmail's `Join the world's largest e-mail service with MSN Hotmail.`), a mobile client its name (`Sent
from my iPhone`, `Get Outlook for Android`), a list host its sponsor's frame. No list of providers finds them in
every language and decade; what a tagline IS finds them: a short block at the message's tail (under it only other
short blocks, the signature, the list's footer or the quotation of an earlier message), whose first line names a
product (a word like `iPhone`, `Yahoo!`, `MSN`, a capital inside the line, a host) and is no closing (`Best
regards,` over a name) nor a sentence of the sender's, and that the archive repeats at the tail of the messages of
three senders or more: a sender's own line repeats under their own messages only. The lines under that first line
go with it (the promotion that changes from message to message), up to a few short ones, and so do the list's lines
right under the block (a rule over them, no blank line between) where the archive repeats them under its senders' too.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from typing import NamedTuple

import regex
from pydantic import Field

from corpuslint.checks.boilerplate.mailquote import openers, removal
from corpuslint.checks.boilerplate.mailsignature import signatures
from corpuslint.checks.boilerplate.mailsignoff import reads_as_mail
from corpuslint.checks.metadata.extract import header_block_end
from corpuslint.models import Document, Fix, Violation
from corpuslint.rule import CorpusRule, CorpusView, Fingerprint, FixAvailability, StrictOptions
from corpuslint.textutil import shorten

KIND = "mail-tagline"
MAX_TAIL_BLOCKS = 6  # short blocks read up from the tail: signature, tagline, list footer, sponsor
MAX_BLOCK_LINES = 7  # lines of a tail block (a sponsor's frame with its offer); more is the message's text
MAX_LINE = 100  # characters of a tail block's line
MAX_HEAD_WORDS = 14  # words of a tagline's first line
MAX_AFTER_WORDS = 40  # words of the promotion under it

_QUOTED = regex.compile(r"^[ \t]*>")
_WORDED = regex.compile(r"\w")
_RULE = regex.compile(r"^[ \t]*[-_=*~+#]{5,}[ \t]*$")
# what names a product (and no sender's sentence does as a rule): a capital inside a word (`iPhone`,
# `BlackBerry`), a mark on a name after a word (`Do you Yahoo!?`; `Thanks!` alone is none), `®`, `™`, an acronym
# (`MSN`, `AOL`), a host, or a capitalised word inside a clause of four words or more (`Get Outlook for Android`;
# `Any Ideas?` is none)
_PRODUCT = regex.compile(
    r"\b\p{Ll}+\p{Lu}\w*|\b\p{Lu}\p{Ll}+\p{Lu}\w*|(?<=\w[ \t]+)\w+![^\s\w]?(?=\s|$)|\b\w+!(?=[ \t]+\w)|[®™]"
    r"|\b\p{Lu}{2,6}\b|\b[\w-]+(?:\.[\w-]+)*\.[a-z]{2,6}\b"
    r"|(?<=\w[^\n.!?]*\p{L}[ \t]+)(?!I\b)\p{Lu}\p{Ll}+\b(?=[^\n.!?]*\w[ \t]+\w)")
_CLOSING_END = regex.compile(r",[ \t]*$")  # `Best regards,`: the sender's closing over their name
_NAME = regex.compile(r"^[ \t]*\p{Lu}[\p{L}.'’-]*(?:[ \t]+\p{Lu}[\p{L}.'’-]*){0,3}[ \t]*$")  # `Jane Roe`
_URL = regex.compile(r"(?i)(\b(?:https?://|www\.)[\w.-]+[^\s<>\"')]*)")  # kept whole: another article is another line
_FROM = regex.compile(r"(?im)^from:[ \t]*(.*)$")
_ADDRESS = regex.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_FOLD = regex.compile(r"[^\w!?]+")
_APOSTROPHE = regex.compile(r"(?<=\w)['’`\x92?](?=\w)")  # `world's`, `world’s`, `worlds`, `world?s`: one spelling
# OpenPGP's ASCII armour (RFC 4880 6.2): a signature is the sender's key, no line of it a tagline
_ARMOUR = regex.compile(r"(?ms)^-----BEGIN PGP [A-Z ]+-----\r?$.*?(?:^-----END PGP [A-Z ]+-----\r?$|\Z)")
_LOWER = regex.compile(r"\p{Ll}")
_LEAD_IN = regex.compile(r":[ \t]*$")


class Block(NamedTuple):
    """A run of lines at the message's tail, no blank line in it: (start, end) of each line."""

    lines: tuple[tuple[int, int], ...]

    @property
    def start(self) -> int:
        return self.lines[0][0]

    @property
    def end(self) -> int:
        return self.lines[-1][1]


def line_key(line: str) -> str:
    """The line as the archive repeats it: case, digits (outside addresses), spacing and punctuation folded."""
    parts = []
    for k, part in enumerate(_URL.split(_APOSTROPHE.sub("", line.lower()))):
        parts.append(part if k % 2 else _FOLD.sub(" ", regex.sub(r"\d+", "0", part)))
    return " ".join(" ".join(parts).split())


def tail_blocks(text: str) -> list[Block]:
    """The short blocks at the tail of a mail's text, last one first (none in a text that does not read as a
    mail): the lines of a quotation, of a `>` quote and of a delimited signature (CL145, CL146) read as blank, a
    rule (`_____`) opens a block, a block holds at most MAX_BLOCK_LINES lines of MAX_LINE characters, and the first block of the message (its own
    text above the tail) is never one."""
    quotes = openers(text)
    if not reads_as_mail(text, quotes):
        return []
    skipped = [(q.start, q.end) for q in quotes] + [(s, e) for s, e, _ in signatures(text)]
    if "-----BEGIN PGP " in text:
        skipped += [m.span() for m in _ARMOUR.finditer(text)]
    blocks: list[list[tuple[int, int]]] = []
    run: list[tuple[int, int]] = []
    pos = header_block_end(text) or 0
    while pos <= len(text):
        stop = text.find("\n", pos)
        stop = len(text) if stop == -1 else stop
        line = text[pos:stop]
        if not line.strip() or _QUOTED.match(line) or any(s <= pos < e for s, e in skipped):
            if run:
                blocks.append(run)
            run = []
        else:
            if run and _RULE.match(line):  # a rule opens a block of its own (a list's footer under a sponsor's)
                blocks.append(run)
                run = []
            run.append((pos, stop))
        pos = stop + 1
    if run:
        blocks.append(run)
    tail: list[Block] = []
    for k in range(len(blocks) - 1, 0, -1):  # (block 0: the message's own text)
        lines = blocks[k]
        if len(lines) > MAX_BLOCK_LINES or any(b - a > MAX_LINE for a, b in lines) or len(tail) == MAX_TAIL_BLOCKS:
            break
        tail.append(Block(tuple(lines)))
    return tail


def _worded(text: str, block: Block) -> list[tuple[int, int]]:
    """The block's lines that hold a word (a rule over it is its frame)."""
    return [(a, b) for a, b in block.lines if _WORDED.search(text, a, b) and not _RULE.match(text[a:b])]


def _heads(text: str, block: Block) -> tuple[int, int] | None:
    """The block's first worded line where it has a tagline's shape (see the module's docstring), else None."""
    worded = _worded(text, block)
    if not worded:
        return None
    a, b = worded[0]
    head = text[a:b]
    if len(head.split()) > MAX_HEAD_WORDS or not _PRODUCT.search(head) or _CLOSING_END.search(head):
        return None
    if (not _LOWER.search(head) and not _URL.search(head) or _LEAD_IN.search(head) and len(head.split()) <= 3
            or _NAME.match(head)):
        return None  # `SEE ALSO`, `Related Links:`, `John Gay`: a heading, a label over the message's lines, a name
    if len(worded) > 1 and _NAME.match(text[worded[1][0]:worded[1][1]]) and len(head.split()) <= 4:
        return None  # `Kind Regards` / `Jane Roe`: a closing over the sender's name
    if sum(len(text[x:y].split()) for x, y in worded[1:]) > MAX_AFTER_WORDS:
        return None
    return a, b


def sender(doc: Document) -> str:
    """Who sent the message: the address of its `From:` field (its metadata's author, else the document itself)."""
    text = doc.text
    end = header_block_end(text)
    found = _FROM.search(text, 0, end) if end is not None else None
    who = ""
    if found is not None:
        address = _ADDRESS.search(found.group(1))
        who = address.group(0).lower() if address else found.group(1).strip().lower()
    if not who:
        who = str(doc.metadata.get("from") or doc.metadata.get("author") or "") or f"{doc.origin.path}#{doc.id}"
    return hashlib.blake2b(who.encode(), digest_size=6).hexdigest()


def _hash(key: str) -> str:
    return hashlib.blake2b(key.encode(), digest_size=10).hexdigest()


class MailTaglineOptions(StrictOptions):
    min_senders: int = Field(3, alias="min-senders", ge=2,
                             description="Different senders at the tail of whose messages the line must stand.")
    min_documents: int = Field(3, alias="min-documents", ge=2,
                               description="Messages at whose tail the line must stand.")


class MailTagline(CorpusRule):
    """## What it does
    Reports the tagline a mail service or a mobile client appends to the messages of all its users
    (`Do you Yahoo!?` over the week's offer, `Join the world's largest e-mail service with MSN Hotmail.`,
    `Sent from my iPhone`, `Get Outlook for Android`, a list host's sponsor frame), in any language, by
    what it is: a short block at the message's tail (under it only other short blocks, a signature,
    the list's footer, the quotation of an earlier message) whose first line names a product (a
    capital inside a word, `iPhone`; a mark on a name, `Yahoo!`; an acronym, `MSN`; a host; a
    capitalised word after another) and is no closing (`Best regards,`, or two to four words over the
    sender's name), and that the archive repeats at the tail of the messages of three senders or more
    (the address of each message's `From:` field). The few short lines under that first line go with
    it (the offer that changes from message to message), and the rule over it (`_____`); so do a list's
    lines right under the block (a rule over them, no blank line between: `Razor-users mailing list` and its
    address under a sponsor's) where the archive repeats each of them under three senders' messages too. Only in a
    mail: a text that opens with a mail's header block, quotes an earlier message or opens with a
    salutation.

    ## Why is this bad?
    The provider's or the client's advertisement is in every message its users send: in a corpus of
    mail it repeats thousands of times under text that is not its own.

    ## Example
    The same two lines under the messages of five senders of an archive:
    ```
    I'd use creme fraiche.

    _________________________________________________________________
    Join the world's largest e-mail service with MSN Hotmail.
    http://www.hotmail.com
    ```
    Use instead:
    ```
    I'd use creme fraiche.
    ```

    ## Options
    - `min-senders` (default 3): different senders at the tail of whose messages the first line must stand.

    ## Fix safety
    The fix removes the block (with its rule and blank lines). It is safe where every line of the block
    stands at the tail of the messages of `min-senders` senders or more (nothing in it is the sender's);
    unsafe where lines under the repeated one are the block's own (a promotion that changes, or a line
    the sender wrote under the tagline).

    Never flagged: a line a sender repeats under their own messages only (their signature: CL146,
    CL147); a closing (`Best regards,`, `Thanks and Regards` over a name); a line with no product's
    name (`Thanks in advance for your help.`); a block of more than seven lines or with a line over
    100 characters, or with more than 40 words under its first line; a block with text of the message
    under it; the message's first block; quoted lines; a text that does not read as a mail.

    ## Known problems
    A tagline written only in a script without capitals and without a Latin product name is not found,
    nor one in an HTML mail's markup, nor one that fewer than three senders of the archive use.
    """

    code = "CL148"
    name = "mail-tagline"
    family = "boilerplate"
    fix_availability = FixAvailability.ALWAYS
    value_kinds = frozenset({KIND})
    fingerprint_version = 1
    Options = MailTaglineOptions

    def fingerprints(self, doc: Document) -> Iterable[Fingerprint]:
        text = doc.text
        blocks = tail_blocks(text)
        if not blocks:
            return []
        who = sender(doc)
        out, seen = [], set()
        for block in blocks:
            for a, b in _worded(text, block):
                key = line_key(text[a:b])
                if key and key not in seen:
                    seen.add(key)
                    out.append(Fingerprint(KIND, _hash(key), a, b, who))
        return out

    def _senders(self, corpus: CorpusView, text: str, a: int, b: int) -> int:
        key = _hash(line_key(text[a:b]))
        if corpus.count(KIND, key) < max(self.options.min_documents, self.options.min_senders):
            return 0
        return len(corpus.values(KIND, key))

    def check_corpus(self, doc: Document, corpus: CorpusView, own: list[Fingerprint]) -> Iterator[Violation]:
        if not own:
            return
        text = doc.text
        blocks = tail_blocks(text)[::-1]  # (in the text's order)
        heads = [_heads(text, block) for block in blocks]
        k = 0
        while k < len(blocks):
            block, head = blocks[k], heads[k]
            k += 1
            if head is None:
                continue
            senders = self._senders(corpus, text, *head)
            if senders < self.options.min_senders:
                continue
            rest = [line for line in _worded(text, block) if line != head]
            safe = all(self._senders(corpus, text, *line) >= self.options.min_senders for line in rest)
            start, end = block.start, block.end
            # the list's lines right under it (no blank line between, a rule over them) that the archive repeats
            # under its senders' messages too go with it: one footer, one finding (CL151's finding of the whole
            # gives way to this one)
            while (k < len(blocks) and heads[k] is None and text.count("\n", end, blocks[k].start) == 1
                   and all(self._senders(corpus, text, *line) >= self.options.min_senders
                           for line in _worded(text, blocks[k]))):
                end = blocks[k].end
                k += 1
            cut_start, cut_end, replacement = removal(text, start, end)
            lines = text.count("\n", start, end) + 1
            yield Violation(
                start, end,
                f"mail tagline `{shorten(text[head[0]:head[1]].strip(), 50)}` ({lines} line{'s' if lines > 1 else ''}) "
                f"at the tail of the messages of {senders} senders: their mail service's, client's or list's line, not "
                "theirs; remove it",
                fix=Fix.replace(cut_start, cut_end, replacement, "Remove the mail tagline", safe=safe),
                data={"senders": senders, "lines": lines},
            )
