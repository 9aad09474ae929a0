"""A line that a manual's own sentence introduces: the first line of its example, not a stamp.

A manual shows a console's or a config file's lines as they are (Debian Reference's
`nameserver 192.168.11.1` under "... enthält sie Folgendes:", `Debian GNU/Linux 11 foo tty1`
under "... présente une invite de commande comme :"), and its translations keep the example
untranslated, so the line "occurs in 5 documents". Rendered from HTML, the example is indented as
deep as the prose about it. What shows it is the sentence above: a paragraph of the document's own
prose that introduces it, ending with a colon (`:`, `：`), or, in Chinese or Japanese, whose
sentences close with `。` over a line with no Chinese or Japanese in it, after which the document's
prose resumes (`则包含如下。` / `nameserver 192.168.11.1` / `resolvconf 软件包使…`). The line holds
a datum (a digit, not only in a web address: a text browser's `IFRAME: https://…` is an embed),
no sentence's end. A page's furniture stands under its own labels (`Share
this:`, repeated itself) or at the page's edges, not under the article's lead-in.
"""

from __future__ import annotations

from collections.abc import Callable

import regex

from corpuslint.textutil import ends_sentence

LEAD_WORDS = 6  # the introducing paragraph's words at least (a label `Follow us:` has fewer)
RESUME = 6  # paragraphs below the line within which a CJK text's prose resumes
_CJK = regex.compile(r"[\p{Han}\p{Hiragana}\p{Katakana}\p{Hangul}]")
_CJK_LEAD_END = ("。", "：", ":")
_URL = regex.compile(r"(?:https?|ftp)://\S+|www\.\S+")


def _paragraphs(text: str, pos: int, step: int, count: int) -> list[tuple[int, str]]:
    """Up to `count` paragraphs above (`step` -1, the nearest first) or below (+1) the line at `pos`:
    (start of the paragraph's first line, its lines joined)."""
    out: list[tuple[int, str]] = []
    at = pos
    block: list[str] = []
    block_start = pos
    while len(out) < count:
        if step < 0:
            if at <= 0:
                break
            end = at - 1
            start = text.rfind("\n", 0, end) + 1
            at = start
        else:
            start = text.find("\n", at)
            if start < 0:
                break
            start += 1
            end = text.find("\n", start)
            end = len(text) if end < 0 else end
            at = end
        line = text[start:end].strip()
        if line:
            block.append(line)
            block_start = start
        elif block:
            out.append((block_start, " ".join(reversed(block) if step < 0 else block)))
            block = []
        if step > 0 and end >= len(text):
            break
    if block and len(out) < count:
        out.append((block_start, " ".join(reversed(block) if step < 0 else block)))
    return out


def introduced_display(text: str, start: int, end: int, repeated: Callable[[int], bool]) -> bool:
    """Whether the one line at `start:end` is the first line of an example the document's own
    sentence introduces (see the module's docstring); `repeated(a line's start)` tells the lines
    other documents carry."""
    line = text[start:end].strip()
    if "\n" in line or not any(c.isdigit() for c in _URL.sub("", line)) or ends_sentence(line):
        return False  # (a digit only in an address is a link's, `IFRAME: https://www.youtube.com/embed/KPnm…`)
    line_start = text.rfind("\n", 0, start) + 1
    if line_start < 2 or text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1].strip():
        return False  # a line of a block: the paragraph's own lines say what it is
    above = _paragraphs(text, line_start, -1, 1)
    if not above:
        return False
    lead_start, lead = above[0]
    if len(lead.split()) < LEAD_WORDS and not (_CJK.search(lead) and len(lead) >= 2 * LEAD_WORDS):
        return False
    if repeated(lead_start):
        return False  # a label other pages carry (`Share this:`), not the document's sentence
    if lead.endswith((":", "：")):
        return True
    if not lead.endswith(_CJK_LEAD_END) or _CJK.search(line) or not _CJK.search(lead):
        return False
    # a CJK sentence closes with `。` over its example: the prose resumes below it
    return any(_CJK.search(para) and para.endswith(("。", "：", ":")) for _, para in
               _paragraphs(text, end, 1, RESUME))
