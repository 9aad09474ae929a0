"""A mailing's footer as one region: from its first cue line to the end of the message (pack option `region: footer`).

A newsletter program closes every message with one block of its own: the unsubscribe and preferences links, why
the reader receives it, the sender's postal address under `Our mailing address is:`, a copyright line, a row of
links (`Unsubscribe | Update preferences`). A pack rule finds the cue lines; the address and link lines between
and under them carry no cue. What the footer IS: from a cue line to the end of the text, nothing but cue lines and
short blocks (a few lines, none of them a sentence of the message: `P.S. See you on Friday at the meeting!` ends
it), forty lines at most, under the message's own text. The region is reported once, in place of its cue lines.
"""

from __future__ import annotations

import regex

from corpuslint.models import Fix, Violation

MAX_BLOCK_LINES = 6  # lines of a block under a cue with no cue of its own (an address, a row of links)
MAX_LINE = 100  # characters of such a line
MAX_SENTENCE_WORDS = 8  # a line that is a sentence of this many words or more is the message's
MAX_REGION_LINES = 40  # lines of a footer at most
_SENTENCE = regex.compile(r"\p{Ll}[\p{L}'’,;]*[.!?][\"'’”)]?[ \t]*$")
_PARAGRAPH_GAP = regex.compile(r"\n[ \t]*\n")
_SENTENCE_BREAK = regex.compile(r"(?<=[.!?][\"'’”)]?)\s+(?=\p{Lu})")
_NOTICE = regex.compile(r"(?i)©|\(c\)|\bcopyright\b|\ball[ \t]+rights[ \t]+reserved\b")


def _blocks(text: str, start: int) -> list[tuple[int, int]]:
    """The (start, end) of the blocks of text[start:], without their blank lines."""
    out = []
    pos = start
    for gap in _PARAGRAPH_GAP.finditer(text, start):
        if text[pos:gap.start()].strip():
            out.append((pos, gap.start()))
        pos = gap.start() + 1
    if text[pos:].strip():
        out.append((pos, len(text.rstrip())))
    return out


def _plain_block(text: str, start: int, end: int) -> bool:
    """A block with no cue that a footer may hold: a few short lines, no sentence of the message's in them (read
    across its hard-wrapped lines); a copyright notice is the footer's own."""
    lines = [line for line in text[start:end].split("\n") if line.strip()]
    if len(lines) > MAX_BLOCK_LINES or any(len(line) > MAX_LINE for line in lines):
        return False
    return not any(len(sentence.split()) >= MAX_SENTENCE_WORDS and _SENTENCE.search(sentence)
                   and not _NOTICE.search(sentence) for sentence in _SENTENCE_BREAK.split(" ".join(lines)))


def _label_above(text: str, line: int) -> int:
    """Where the cue's line starts, or the label's right above it in its block (`Unsubscribe` over "If you do not
    wish to receive further emails, please click here to unsubscribe."): a line of three words at most that ends no
    sentence and names a word of the cue's line."""
    if line <= 1:
        return line
    above = text.rfind("\n", 0, line - 1) + 1
    label = text[above:line - 1]
    stop = text.find("\n", line)
    cue = set(regex.findall(r"\w{4,}", text[line:len(text) if stop == -1 else stop].lower()))
    if (label.strip() and len(label.split()) <= 3 and not label.rstrip().endswith((".", "!", "?", ",", ";"))
            and cue & set(regex.findall(r"\w{4,}", label.lower()))):
        return above  # (it names what the cue says: a sign-off over the cue, `Best regards`, stays)
    return line


def region_start(text: str, cues: list[Violation]) -> int | None:
    """Where the footer region of `text` starts (the line of its first cue), or None: the earliest cue from whose
    line to the end every block holds a cue or is a plain block, MAX_REGION_LINES at most, under text of the message."""
    starts = sorted(v.start for v in cues)
    for first in starts:
        line = _label_above(text, text.rfind("\n", 0, first) + 1)
        if text.count("\n", line, len(text.rstrip())) >= MAX_REGION_LINES or not text[:line].strip():
            continue  # more than a footer; or no message above it
        blocks = _blocks(text, line)
        if all(any(a <= s < b for s in starts) or _plain_block(text, a, b) for a, b in blocks):
            if len(blocks) > 1 or any(v.start == first and text.count("\n", v.start, v.end) for v in cues):
                return line
            return None  # one cue line alone at the end: its own finding says all
    return None


def footer_region(text: str, found: list[Violation]) -> list[Violation]:
    """`found` with the cue findings of the footer region (if any) replaced by one finding of the region, whose
    fix removes it with the blank lines above it, the text then ending as it did (unsafe: a person decides
    whether the sender's lines go)."""
    start = region_start(text, found)
    if start is None:
        return found
    end = len(text.rstrip())
    cut = start
    while cut > 0 and not text[text.rfind("\n", 0, cut - 1) + 1:cut].strip():
        cut = text.rfind("\n", 0, cut - 1) + 1  # the blank lines above it, up to the message's last line
    if cut > 0:
        cut -= 1  # that line's own line break goes, and the text's last one is written back
    first = min((v for v in found if v.start >= start), key=lambda v: v.start)
    lines = text.count("\n", start, end) + 1
    region = Violation(
        start=start, end=end,
        message=f"{first.message} (with the footer's other lines, to the end: {lines} lines in all)",
        fix=Fix.replace(cut, len(text), "\n" if cut > 0 and text.endswith("\n") else "",
                        "Remove the mailing's footer", safe=False),
        source=first.source, data={**(first.data or {}), "unit": "region", "lines": lines},
    )
    return [v for v in found if v.start < start] + [region]
