"""CL144 excerpt-more-link: the "read more" link closing each excerpt of a feed or a listing, in any language.

A feed's or a blog index's text gives each entry's first lines, then the link to the whole post:
`[Подробнее...]`, `続きを読む……`, `(mehr…)`, `[more...]`. The words are the site's and the
language's; the shape is not: a short label ending with an ellipsis (the text goes on elsewhere),
alone on its line, the same label closing entry after entry.
"""

from __future__ import annotations

from collections.abc import Iterator

import regex

from corpuslint.models import Document, Fix, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import block_removal

MIN_REPEATS = 2  # one label closing two entries or more: a listing's link, not a line of the text
# a label in no brackets, not followed by a separator line: three entries or more
MIN_REPEATS_BARE = 3
LABEL_CHARS = 20  # of the label's words, without its brackets and ellipsis
LABEL_WORDS = 3

# a label: its words, an ellipsis (`...`, `…`, `……`), in brackets or not
_LABEL = regex.compile(
    r"(?P<open>[\[(（【<])?[ \t]*(?P<words>[^\n\[\]()（）【】<>]{1,%d}?)[ \t]*(?:…+|\.{3,}|・{3,}|。{3,})[ \t]*"
    r"(?P<close>[\])）】>])?" % LABEL_CHARS)
_PAIRS = {"[": "]", "(": ")", "（": "）", "【": "】", "<": ">"}
_LETTER = regex.compile(r"\p{L}")
# a sentence inside the words (`He left. Then...`), a quotation (`"Well..."`, `「そう……」`,
# `« Eh bien... »`), a line of dialogue opening with a dash (`— Ну...`): the text's own speech
_SENTENCE = regex.compile(r"[.!?。！？;:;\"“”'‘’「」『』«»]|^[ \t]*[-–—―]")
# a line between two entries: `--`, `----`, `* * *`, `___`, `===`
_SEPARATOR = regex.compile(r"[ \t]*(?:[-—―=_~]{2,}|\*(?:[ \t]*\*){2,}|(?:[・•·][ \t]*){3,})[ \t]*")


# WordPress's excerpt link `(more…)` in its translations (Debian's wordpress-l10n 6.1.9, msgid
# "(more&hellip;)": bs, ca, cy, da, de, el, es, fa, fi, fr, gl, hr, ja, ru, sk, sl, sq, sr, sv, uk,
# zh_CN, zh_TW): in its brackets it is that link even once
_WORDPRESS_MORE = regex.compile(
    r"(?i)[(（\[][ \t]*(?:more|mehr|más|més|máis|suite|mere|mer|lisää|rhagor|viac|više|več|више|далее|далі"
    r"|περισσότερα|më[ \t]+tepër|さらに|更多|繼續閱讀|بیشتر)[ \t]*(?:…|\.\.\.)[ \t]*[)）\]]")


def _label(line: str) -> bool:
    m = _LABEL.fullmatch(line)
    if m is None or (m["open"] is None) != (m["close"] is None):
        return False
    if m["open"] is not None and _PAIRS[m["open"]] != m["close"]:
        return False
    words = m["words"]
    return (_LETTER.search(words) is not None and _SENTENCE.search(words) is None
            and len(words.split()) <= LABEL_WORDS)


def _next_content(lines: list[str], k: int) -> str | None:
    """The first non-blank line after line `k`, stripped (None at the text's end)."""
    for line in lines[k + 1:]:
        if line.strip():
            return line.strip()
    return None


def _closes_entry(lines: list[str], k: int, bracketed: bool) -> bool:
    """Line `k` closes an entry of a listing: text stands above it (in its block, or one blank
    line above), and what follows it is a blank line (a bracketed link) or a separator line or
    the text's end (a label in no brackets: `続きを読む……` / `--`)."""
    above = k - 1
    if above >= 0 and not lines[above].strip():
        above -= 1
    if above < 0 or not lines[above].strip() or _SEPARATOR.fullmatch(lines[above]):
        return False
    following = _next_content(lines, k)
    if bracketed:
        return k + 1 >= len(lines) or not lines[k + 1].strip() or following is None \
            or _SEPARATOR.fullmatch(following) is not None
    return following is None or _SEPARATOR.fullmatch(following) is not None


def _alone(lines: list[str], k: int) -> bool:
    """Line `k` is a paragraph of its own (blank lines or the text's edges around it) with text above it."""
    return (k == 0 or not lines[k - 1].strip()) and (k + 1 >= len(lines) or not lines[k + 1].strip()) \
        and any(line.strip() for line in lines[:k])


def more_links(text: str) -> list[tuple[str, list[int]]]:
    """(label, line numbers) of each label closing `MIN_REPEATS` entries or more."""
    lines = text.split("\n")
    seen: dict[str, list[int]] = {}
    for k, raw in enumerate(lines):
        line = raw.strip()
        if line and len(line) <= LABEL_CHARS + 8 and line[-1] in "…..]）)】」»>・。" and _label(line):
            seen.setdefault(line, []).append(k)
    found = []
    for label, where in seen.items():
        bracketed = label[0] in _PAIRS
        if _WORDPRESS_MORE.fullmatch(label) and all(_closes_entry(lines, k, bracketed) for k in where) \
                or len(where) >= MIN_REPEATS and all(_closes_entry(lines, k, bracketed) for k in where) \
                or not bracketed and len(where) >= MIN_REPEATS_BARE and all(_alone(lines, k) for k in where):
            found.append((label, where))
    return found


class ExcerptMoreLink(Rule):
    """## What it does
    Reports the "read more" link that closes each excerpt of a feed or a listing, in any
    language: a short label (three words at most, 20 characters) ending with an ellipsis, alone
    on its line, in brackets or not (`[Подробнее...]`, `続きを読む……`, `[more...]`), the same
    label closing two entries or more of the text. A label in no brackets must be followed by a
    separator line (`--`, `* * *`) or the text's end, or be a paragraph of its own three times
    or more. It reads the shape and the place, not the words; WordPress's `(more…)` link in
    one of its translations (`(mehr…)`, `(далее…)`, `（更多…）`; the words from Debian's
    wordpress-l10n 6.1.9) is reported even when it closes a single entry.

    ## Why is this bad?
    A feed's or a blog index's text gives each post's first lines, then a link to the whole
    post. The link's label is the site's: it repeats under every entry and says nothing.

    ## Example
    ```
    Вышел февральский номер "Клёпы".
    [Подробнее...]

    Детский дом 18 г.Москвы
    ```
    Use instead:
    ```
    Вышел февральский номер "Клёпы".

    Детский дом 18 г.Москвы
    ```

    ## Options
    None.

    ## Fix safety
    The fix removes the label's line. It is safe: the label is a link the text of the page
    showed, each time the same words, where an entry was cut.

    Never flagged: a label that closes a single entry; a line holding a sentence mark or a
    quotation mark within its words (`"Well..."`, `「そう……」`, `He left. Then...`) or opening
    with a dash (`— Ну...`): the text's own speech; a label with no text above it; a bracketed
    label followed by more text of its block; a label in no brackets that is neither followed
    by a separator line (`--`, `* * *`) or the text's end, nor a paragraph of its own three
    times or more.

    ## Known problems
    A link in brackets without an ellipsis (`(浏览全文 引用此文)`, 'read the full text') is not
    found: by its shape it is a transcript's `(Laughter)` or a subtitle's `[Music]`; CL151
    finds it where three documents or more share it. A label closing a single entry is missed, unless it is WordPress's `(more…)`.
    """

    code = "CL144"
    triggers = ("…", "...", "・・・", "。。。")
    judges_by_words = True  # (corpuslint.keptcopy: its removal of a kept copy does not count)
    name = "excerpt-more-link"
    family = "boilerplate"
    fix_availability = FixAvailability.ALWAYS
    # a pack rule naming the label (CL131's `[more...]`) says more: its finding is the one kept
    defers_to_specific = True
    defer_order = 2
    defer_share = 0.99
    skip_formats = frozenset({"markdown"})

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if "…" not in text and "..." not in text and "・・・" not in text and "。。。" not in text:
            return
        starts = doc.line_starts  # (cached on the document: other rules asked for it too)
        for label, where in more_links(text):
            for k in where:
                line = text[starts[k]:starts[k + 1] - 1 if k + 1 < len(starts) else len(text)]
                start = starts[k] + len(line) - len(line.lstrip())
                end = start + len(label)
                cut_start, cut_end = block_removal(text, start, end)
                yield Violation(
                    start=start, end=end,
                    message=(f"'read more' link `{label}` closing {len(where)} entries of a listing; "
                             "remove the line"),
                    fix=Fix.delete(cut_start, cut_end, "Remove the link", safe=True),
                    data={"entries": len(where)},
                )
