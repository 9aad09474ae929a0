"""CL145 quoted-reply: the earlier message an e-mail reply repeats under its own text.

A mail client that replies or forwards writes the earlier message again under the new one, opened
by a line of its own: an attribution (`On Mon, Apr 2, 2012 at 6:26 PM, Megan <m@x.com> wrote:`),
a marker (`-----Original Message-----`, `Begin forwarded message:`) or the earlier message's
header block (Outlook's `From: … Sent: … To: … Subject: …`, in the client's language). Those
openers are what a quotation IS in a mail; a `>` line alone is not one (a Markdown blockquote is
its author's quotation), and an attribution counts only with the marks a client writes into it
(a time of day or an e-mail address) and a quotation or a header block under it. A line that names no
verb counts where it holds both, a day's time and the sender's address, and ends with a colon over a
quotation (mail.ru's `Thu, 26 Jun 2014 14:00:51 +0400 от Alexander L <abc@example.com>:`, Yandex's
`26.06.2014, 14:41, "Alexander L" <abc@example.com>:`). In an HTML mail the lines are the page's (the
markup blanked, `analysis.view`): a `<blockquote>` is the quotation's mark as `>` is in plain text, and an
`<hr>` over a header block is the separator a client draws (Hotmail's `<hr id="stopSpelling">`); an attribution at
the head of an element with no `<blockquote>` under it (Gmail's `gmail_quote` div) opens the rest of that element.
"""

from __future__ import annotations

import bisect
import html
import re
from collections.abc import Iterator
from typing import NamedTuple

import regex

from corpuslint.analysis import source_text, view
from corpuslint.models import Document, Fix, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textlines import indent_columns, line_span, lines_above
from corpuslint.textutil import shorten

# `>` marks a quoting client puts before each line of the earlier message (nested: `> >`)
_QUOTE_MARKS = regex.compile(r"^(?:[ \t]*>)+[ \t]?")
# The verb closing an attribution line, in the languages clients write it in
_ATTRIBUTION_END = regex.compile(
    r"(?i)(?:\bwrote|\bwrites|a[ \t]+écrit[ \t]*|\bescribió|\bha[ \t]+scritto|\bscrisse|\bnapisał\w*|\bнаписал\w*"
    r"|\bkirjoitti|\bírta|\bescreveu|写道|のメッセージ|\b(?:schrieb|schreef|skrev)(?:[ \t][^\n:]{1,120})?)[ \t]*:[ \t]*$")
# What a client writes into an attribution and a writer of prose does not: a time of day, an address
_CLIENT_MARK = regex.compile(r"\b\d{1,2}:\d{2}\b|[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
# An attribution without a verb (mail.ru, Yandex): the day's time, then the sender's address, then a colon
_BARE_ATTRIBUTION = regex.compile(r"\b\d{1,2}:\d{2}\b[^\n]*?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^\n:@]{0,12}:[ \t]*$")
# Markers of an earlier message: `-----Original Message-----`, `---------- Forwarded message ---------`
_MARKER = regex.compile(
    r"(?i)^[ \t]*(?:-{2,}[ \t]*(?:original[ \t]+message|forwarded[ \t]+message|ursprüngliche[ \t]+nachricht"
    r"|weitergeleitete[ \t]+nachricht|message[ \t]+d'origine|message[ \t]+transféré|mensaje[ \t]+original"
    r"|mensaje[ \t]+reenviado|messaggio[ \t]+originale|messaggio[ \t]+inoltrato|oorspronkelijk[ \t]+bericht"
    r"|doorgestuurd[ \t]+bericht|mensagem[ \t]+original|исходное[ \t]+сообщение|пересылаемое[ \t]+сообщение)"
    r"[ \t]*-{2,}|(?:begin[ \t]+forwarded[ \t]+message|inizio[ \t]+messaggio[ \t]+inoltrato"
    r"|début[ \t]+du[ \t]+message[ \t]+réexpédié|anfang[ \t]+der[ \t]+weitergeleiteten[ \t]+nachricht"
    r"|mensaje[ \t]+reenviado)[ \t]*:)[ \t]*$")
# The fields of a quoted message's header block (Outlook writes them in the reader's language)
_SENDER_KEYS = r"from|da|de|von|van|från|fra|od|от"
_OTHER_KEYS = (r"sent|to|cc|bcc|subject|date|reply-to|inviato|a|oggetto|data|envoyé|à|objet|gesendet|an|betreff"
               r"|datum|enviado|para|asunto|fecha|verzonden|aan|onderwerp|skickat|till|ämne|sendt|til|emne"
               r"|отправлено|кому|тема|дата|копия")
_FIELD = regex.compile(rf"(?i)^[ \t]*\*?(?P<key>{_SENDER_KEYS}|{_OTHER_KEYS})\*?[ \t]*:\*?(?:[ \t]|$)")
_SENDER = regex.compile(rf"(?i)^(?:{_SENDER_KEYS})$")
# a header block that says it was written by a client quoting a message, not an article showing
# one: the client's `Sent:` field (Outlook) or `[mailto:…]` after the sender
_CLIENT_FIELD = regex.compile(r"(?i)^(?:sent|inviato|envoyé|gesendet|enviado|verzonden|skickat|sendt|отправлено)$")
_MAILTO = regex.compile(r"(?i)\[mailto:")
# a separator line a client draws over the header block it quotes (`________________________________`)
_SEPARATOR = regex.compile(r"[ \t]*(?:[-_=*]{5,})[ \t]*")
# a line a client broke inside an attribution's address or name (`… "bob@x.org" <`)
_WRAPPED_OPEN = regex.compile(r"[<\"(,]\s*$")
_WORD = regex.compile(r"\w")

# The cheap look (stdlib `re`, ~60-400 MB/s) for a line that could open a quotation: the line walk
# below runs only on a text holding one (~20 of the 4,600 documents of the news corpora)
_COLON_END = re.compile(r":[ \t]*\r?$", re.M)
_VERB_END = re.compile(r"(?:wrote|writes|écrit|escribió|scritto|scrisse|napisał\w*|написал\w*|kirjoitti|írta|escreveu"
                       r"|写道|のメッセージ|(?:schrieb|schreef|skrev)(?:[ \t][^\n:]{1,120})?)[ \t]*:[ \t]*\r?$", re.I)
_MARKER_LOOK = re.compile(r"^[ \t]*-{2,}[ \t]*\w[^\n]{0,40}?-{2,}[ \t]*\r?$|^[ \t]*(?:begin[ \t]+forwarded|inizio[ \t]+messaggio"
                          r"|début[ \t]+du[ \t]+message|anfang[ \t]+der|mensaje[ \t]+reenviado)", re.M | re.I)
_FIELD_LOOK = re.compile(rf"[ \t>]*\*?(?:{_SENDER_KEYS}|subject)\*?[ \t]*:", re.M | re.I)


def _may_quote(text: str) -> bool:
    """Whether `text` holds a line that could open a quotation (never False where one does)."""
    if ("--" in text or "message" in text or "Message" in text or "mensaje" in text) and _MARKER_LOOK.search(text):
        return True
    colon = text.find(":")
    while colon != -1:  # a field's colon stands within a few characters of its line's start
        line_start = text.rfind("\n", 0, colon) + 1
        if colon - line_start <= 16 and _FIELD_LOOK.match(text, line_start):
            return True
        next_line = text.find("\n", colon)  # (the line's later colons stand further in: a long line is read once)
        colon = -1 if next_line == -1 else text.find(":", next_line)
    return any(_VERB_END.search(text, max(0, m.start() - 140), m.end())
               or "@" in text[max(0, m.start() - 40):m.start()] for m in _COLON_END.finditer(text))


MAX_ATTRIBUTION = 300  # characters: an attribution is one line, or two where the client wrapped it


class Opener(NamedTuple):
    start: int  # where the quotation begins (its opening line)
    end: int  # where it ends
    kind: str  # "attribution", "marker" or "header"
    line: str  # the opening line, for the message


def _lines(text: str) -> list[tuple[int, int, str]]:
    """(start, end, line without its quote marks) of each line of `text`."""
    out = []
    pos = 0
    for raw in text.split("\n"):
        end = pos + len(raw)
        out.append((pos, end, _QUOTE_MARKS.sub("", raw, count=1).rstrip("\r")))
        pos = end + 1
    return out


class Marks(NamedTuple):
    """What an HTML mail's markup says of its lines (empty for plain text): the spans of its outermost
    `<blockquote>` elements (a quotation's lines, as `>` marks them in plain text) and where its `<hr>`
    rules stand (a separator line)."""

    cited: tuple[tuple[int, int], ...] = ()
    rules: tuple[int, ...] = ()
    source: str = ""  # the HTML itself, for the element an attribution opens (`opened_element`)


PLAIN = Marks()
_BLOCKQUOTE_TAG = re.compile(r"<(/?)blockquote\b[^>]*>", re.I)
_HR_TAG = re.compile(r"<hr\b[^>]*>", re.I)


def html_marks(source: str) -> Marks:
    """The `<blockquote>` spans (outermost only, each from its opening tag to the end of its closing one) and the
    `<hr>` offsets of an HTML text."""
    cited, depth, opened = [], 0, 0
    for m in _BLOCKQUOTE_TAG.finditer(source):
        if not m.group(1):
            if depth == 0:
                opened = m.start()
            depth += 1
        elif depth:
            depth -= 1
            if depth == 0:
                cited.append((opened, m.end()))
    if depth:
        cited.append((opened, len(source)))  # left open: to the end
    return Marks(tuple(cited), tuple(m.start() for m in _HR_TAG.finditer(source)), source)


_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)\b(?:[^>\"']|\"[^\"]*\"|'[^']*')*?(/?)>")
_ONLY_MARKUP = re.compile(r"(?:\s|<[^>]*>|&nbsp;)*")
_VOID = frozenset({"br", "hr", "img", "input", "meta", "link", "wbr", "col", "area", "base", "source", "embed"})


def opened_element(source: str, start: int) -> int | None:
    """Where the innermost element that the text at `start` opens ends (its closing tag's end): the element whose
    opening tag stands before `start` with nothing but spaces and tags between. A client that quotes without a
    `<blockquote>` (Gmail's `<div class="gmail_quote">On … wrote:<div>…</div></div>`) puts its attribution at the
    head of the element that holds the earlier message. None where no element opens there (or it is not closed)."""
    opened: list[tuple[str, int]] = []  # (name, where its opening tag ends) of the elements open at `start`
    for m in _TAG.finditer(source, 0, start):
        name = m.group(2).lower()
        if name in _VOID or m.group(3):
            continue
        if not m.group(1):
            opened.append((name, m.end()))
        else:
            while opened and opened.pop()[0] != name:
                pass
    if not opened or not _ONLY_MARKUP.fullmatch(source, opened[-1][1], start):
        return None
    name, depth = opened[-1][0], 1
    for m in _TAG.finditer(source, start):
        if m.group(2).lower() != name or m.group(3):
            continue
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end()
    return None


def _quoted(text: str, start: int, end: int, marks: Marks = PLAIN) -> bool:
    if marks.cited:
        i = bisect.bisect_right(marks.cited, (start, len(text) + 1)) - 1
        if i >= 0 and marks.cited[i][0] <= start < marks.cited[i][1] and text[start:end].strip():
            return True
    return text[start:end].lstrip(" \t").startswith(">")


def _quote_end(marks: Marks, start: int, end: int) -> int:
    """Where a quotation whose last line ends at `end` ends: with the closing tag of its `<blockquote>`."""
    i = bisect.bisect_right(marks.cited, (start, end + 1)) - 1
    return max(end, marks.cited[i][1]) if i >= 0 and marks.cited[i][0] <= start < marks.cited[i][1] else end


def _header_block(lines: list[tuple[int, int, str]], i: int) -> int:
    """The number of header-field lines from line `i` on that make a quoted message's header
    block (0 if none): three fields or more, one of them the sender's, with a client's mark."""
    n = 0
    keys = []
    mailto = False
    while i + n < len(lines):
        m = _FIELD.match(lines[i + n][2])
        if m is None:
            break
        keys.append(m.group("key"))
        mailto = mailto or bool(_MAILTO.search(lines[i + n][2]))
        n += 1
    if n < 3 or not any(_SENDER.match(k) for k in keys):
        return 0
    return n


def openers(text: str, marks: Marks = PLAIN) -> list[Opener]:
    """The quotations of earlier messages in `text` (an HTML text's view, with its `marks`), in order, none inside
    another."""
    if not _may_quote(text):
        return []
    lines = _lines(text)
    found: list[Opener] = []
    i = 0
    while i < len(lines):
        start, end, line = lines[i]
        opener = None
        if (_ATTRIBUTION_END.search(line) or _BARE_ATTRIBUTION.search(line)) and (
                len(line) <= MAX_ATTRIBUTION or marks is not PLAIN and len(" ".join(line.split())) <= MAX_ATTRIBUTION):
            opener = _attribution(text, lines, i, marks)
        elif _MARKER.match(line):
            opener = Opener(start, len(text), "marker", line.strip())
        elif _FIELD.match(line) and (i == 0 or not _FIELD.match(lines[i - 1][2])):
            n = _header_block(lines, i)
            if n and _client_header(text, lines, i, n, marks):
                opener = Opener(start, len(text), "header", line.strip())
        if opener is not None:
            found.append(opener)
            if opener.end >= len(text):
                break
            while i < len(lines) and lines[i][0] < opener.end:
                i += 1
            continue
        i += 1
    return found


def _client_header(text: str, lines: list[tuple[int, int, str]], i: int, n: int, marks: Marks = PLAIN) -> bool:
    """A header block a client wrote over the message it quotes: `>`-quoted, with the client's
    `Sent:` field or `[mailto:…]`, or under a separator line (`____`, `-----`, an HTML `<hr>`) or a marker."""
    block = lines[i:i + n]
    if _quoted(text, block[0][0], block[0][1], marks):
        return True
    if any(_CLIENT_FIELD.match(_FIELD.match(line).group("key")) for _, _, line in block):
        return True
    if any(_MAILTO.search(line) for _, _, line in block):
        return True
    k = i - 1
    while k >= 0 and not lines[k][2].strip():
        k -= 1
    if marks.rules:  # an `<hr>` between the line above and the block's first field
        first, stop = block[0][0], block[0][1]
        while first < stop and text[first].isspace():
            first += 1
        above = lines[k][0] + len(text[lines[k][0]:lines[k][1]].rstrip()) if k >= 0 else 0  # its last word's end
        at = bisect.bisect_left(marks.rules, above)
        if at < len(marks.rules) and marks.rules[at] < first:
            return True
    return k >= 0 and _SEPARATOR.fullmatch(lines[k][2]) is not None


def _attribution(text: str, lines: list[tuple[int, int, str]], i: int, marks: Marks = PLAIN) -> Opener | None:
    """The quotation an attribution line `i` opens: the `>` lines under it, or the header block
    and all that follows; None where it is not a client's attribution."""
    start, _, line = lines[i]
    whole = line
    if i > 0 and lines[i - 1][2].strip() and len(lines[i - 1][2]) + len(line) <= MAX_ATTRIBUTION:
        # a client wraps a long attribution: `02.04.2012 14:20 пользователь "bob@x.org" <` / `bob@x.org> написал:`
        if not _CLIENT_MARK.search(line) or _WRAPPED_OPEN.search(lines[i - 1][2]):
            whole = lines[i - 1][2] + " " + line
            start = lines[i - 1][0]
    if not _CLIENT_MARK.search(whole):
        return None
    bare = not _ATTRIBUTION_END.search(whole)  # (no verb: the time and the address over a quotation only)
    j = i + 1
    while j < len(lines) and not lines[j][2].strip() and not _quoted(text, lines[j][0], lines[j][1], marks):
        j += 1
    if j >= len(lines):
        return None
    if _quoted(text, lines[j][0], lines[j][1], marks):
        k = j
        last = j
        while k < len(lines) and (_quoted(text, lines[k][0], lines[k][1], marks)
                                  or not text[lines[k][0]:lines[k][1]].strip()):
            if _quoted(text, lines[k][0], lines[k][1], marks):
                last = k
            k += 1
        return Opener(start, _quote_end(marks, lines[last][0], lines[last][1]), "attribution", whole.strip())
    if bare:
        return None
    if _header_block(lines, j):
        return Opener(start, len(text), "attribution", whole.strip())
    if marks.source:  # HTML: the attribution heads the element that holds the earlier message (no `<blockquote>`)
        end = opened_element(marks.source, start + len(text[start:]) - len(text[start:].lstrip()))
        if end is not None and end <= len(text) and _WORD.search(text, lines[i][1], end):
            return Opener(start, end, "attribution", whole.strip())
    return None


def removal(text: str, start: int, end: int) -> tuple[int, int, str]:
    """The edit that removes the lines `start`-`end` of `text`: a tail with the blank lines above
    it (the text then ends as it did), a middle part with the blank lines under it."""
    if not text[end:].strip():
        cut = start
        while cut > 0 and not text[text.rfind("\n", 0, cut - 1) + 1:cut].strip():
            cut = text.rfind("\n", 0, cut - 1) + 1  # the blank lines above it, up to the last line of text
        if cut > 0:
            cut -= 1  # that line's own line break: the text then ends as it did
        return cut, len(text), "\n" if cut > 0 and text.endswith("\n") else ""
    nxt = end
    while nxt < len(text) and text[nxt] in " \t\r\n":
        nxt += 1
    return start, text.rfind("\n", end, nxt) + 1 or nxt, ""


def own_text(text: str, quotes: list[Opener]) -> bool:
    """Whether `text` holds a word outside its quotations: the reply itself."""
    pos = 0
    for q in quotes:
        if _WORD.search(text, pos, q.start):
            return True
        pos = q.end
    return _WORD.search(text, pos) is not None


def _shown_indented(text: str, start: int) -> bool:
    """Whether the opening line at `start` stands in a block indented four columns or more deeper than the
    text above it: a tutorial's or a manual's example of a reply (a literal block, as Markdown's fence is),
    where a client writes its opening line at the margin of the message."""
    depth = indent_columns(text[slice(*line_span(text, start))])
    if depth < 4:
        return False
    above = next((line for line in lines_above(text, start) if line.strip()), None)
    return above is not None and indent_columns(above) + 4 <= depth


class QuotedReply(Rule):
    """## What it does
    Reports the earlier message an e-mail repeats under its own text (or above it): from the line
    that opens it to its end. The opening line is what a mail client writes there: an attribution
    with a time of day or an address in it (`On Mon, Apr 2, 2012 at 6:26 PM, Megan <m@x.com>
    wrote:`, `Le 3 avr. 2012 à 16:19, Bob a écrit :`, `Am 03.04.2012 um 16:19 schrieb Bob <b@x.de>:`) over `>` lines or a header block; a marker
    (`-----Original Message-----`, `---------- Forwarded message ---------`, `Begin forwarded
    message:`); or the quoted message's header block (`From:` … `Sent:` … `To:` … `Subject:`, in
    the client's language: `Da:` … `Inviato:` … `Oggetto:`). Under `>` lines the quotation ends
    with them (a reply written below the quote stays); otherwise it runs to the end of the
    document.

    An attribution without a verb counts where it holds a time of day and an address and ends with a colon
    over `>` lines (mail.ru's `Thu, 26 Jun 2014 14:00:51 +0400 от Alexander L <abc@example.com>:`, Yandex's
    `26.06.2014, 14:41, "Alexander L" <abc@example.com>:`). In HTML e-mail the lines are the page's: a
    client's `<blockquote>` (Gmail's `gmail_quote`, Apple Mail's and Thunderbird's `type="cite"`) marks the
    quotation's lines as `>` does, and an `<hr>` over a header block is the client's separator (Hotmail);
    the fix removes the text between the tags, and the tags stay.

    ## Why is this bad?
    The quotation is another message, repeated: in a corpus of mail threads every message comes
    back once per reply, under text that is not its own. Corpus builders cut it first.

    ## Example
    ```
    Sounds good, see you then.

    On Mon, Apr 2, 2012 at 6:26 PM, Megan One <megan@example.com> wrote:

    > Shall we meet at six?
    ```
    Use instead:
    ```
    Sounds good, see you then.
    ```

    ## Options
    None.

    ## Fix safety
    The fix removes the quotation with its opening line, and is unsafe: a forwarded message may
    be what the sender meant to share.

    Never flagged: `>` lines that no attribution or header opens (a Markdown blockquote, the
    author's quotation); an attribution without a time of day or an address (`On 3 May, Churchill
    wrote:` in prose); a header block of fewer than three fields, or without a sender, or without
    a client's mark (`Sent:`, `[mailto:…]`, `>` marks, a separator line above it: an article
    showing an e-mail); a document that is nothing but the quotation; a reply shown as an example,
    its opening line indented four columns or more deeper than the prose above it (a tutorial's
    literal block).

    Where no `<blockquote>` stands under an HTML attribution, the quotation is the rest of the element the
    attribution opens (Gmail's `<div class="gmail_quote">On … wrote:<div>…</div></div>`: the line stands at the
    element's head, nothing but tags before it), when the element holds text after it.

    ## Known problems
    Outlook for Mac's header block, which carries no client's field, is not found.
    """

    code = "CL145"
    triggers = (":", "--")  # every opener holds one: an attribution's or a field's colon, a marker's dashes
    name = "quoted-reply"
    family = "boilerplate"
    fix_availability = FixAvailability.ALWAYS

    def check(self, doc: Document) -> Iterator[Violation]:
        text, marks = doc.text, PLAIN
        if doc.origin.format == "html":  # the page's lines, its blockquotes and rules read as a client's marks
            text, marks = view(doc).text, html_marks(source_text(doc))  # (a rule is given the view: its source here)
        quotes = openers(text, marks)
        if not quotes or not own_text(text, quotes):
            return
        for q in quotes:
            if _shown_indented(text, q.start):
                continue  # a reply shown as an example, indented under the prose that explains it
            lines = text.count("\n", q.start, q.end) + 1
            what = {"attribution": "quoted reply", "marker": "quoted message", "header": "quoted message"}[q.kind]
            shown = q.line if marks is PLAIN else html.unescape(" ".join(q.line.split()))
            # (in HTML the text between the tags goes, the tags stay: the guard narrows a plain removal so)
            start, end, replacement = removal(text, q.start, q.end) if marks is PLAIN else (q.start, q.end, "")
            yield Violation(
                q.start, q.end,
                f"{what} ({lines} lines, opened by `{shorten(shown, 60)}`): the earlier message repeated; remove it",
                fix=Fix.replace(start, end, replacement, f"Remove the {what}", safe=False),
                data={"opener": q.kind, "lines": lines},
            )
