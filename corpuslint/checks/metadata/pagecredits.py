"""Who a page credits besides its byline: the labels of a Chinese, Japanese or Korean portal's
stamp (`2017-03-10 09:58:03 来源： 网易科学人 作者： 责任编辑：肖春芳`: the source and the responsible
editor; `[责任编辑：alonliu]` closing the story), and a copyright line that names one person and
nothing else (`© 2002, 2003 Jamie Zawinski`), read as the author only when the page names none,
a chapter's credit block (`Written by A` / `Edited by B`) under its heading, and a newsroom's initials
signing a story after its last sentence (`… voraus. (bsc)`).

Labels are read as a shape, `Label：value` with the value running to the next label, and only
where a page puts them: on a stamp line by the headline (one that also holds a date or another
label), or, for the editor, a line that is the label and its value alone. An editor is not the
author: the field is `editor`.
"""

from __future__ import annotations

from collections.abc import Sequence

import regex

from corpuslint.checks.metadata.bylineline import bare_name
from corpuslint.checks.metadata.dates import day_written, day_written_at
from corpuslint.checks.metadata.lines import Found, Line, is_prose, iter_lines
from corpuslint.checks.metadata.outlets import wire_credit
from corpuslint.checks.metadata.vocabulary import BODY_WORDS
from corpuslint.textutil import LazyPattern

SOURCE_LABELS = "来源|來源|信息来源|資訊來源|文章来源|新闻来源|新聞來源|本文来源|稿源|出处|出處|出典|出所|출처"
EDITOR_LABELS = "责任编辑|責任編輯|責任編集|编辑|編輯|편집"
OTHER_LABELS = "作者|记者|記者|撰文|发稿时间|發稿時間|发布时间|發佈時間|时间|時間|日期|点击|點擊|字号|字號"
LABEL = LazyPattern(rf"(?:^|(?<=[\s\[【［(（|｜︱/]))(?P<label>{SOURCE_LABELS}|{EDITOR_LABELS}|{OTHER_LABELS})"
                    r"\s*[：:]\s*")
FIELD = {**{label: "source" for label in SOURCE_LABELS.split("|")},
         **{label: "editor" for label in EDITOR_LABELS.split("|")}}
# a value's end: a closing bracket, or the punctuation of a sentence (then it is no label's value)
CLOSE = "]】］)）"
SENTENCE = LazyPattern(r"[。，；！？,;!?]")
EDITOR_NAME = LazyPattern(r"^(?:\p{Han}{2,4}(?:[·・]\p{Han}{1,4})?|\p{Hangul}{2,4}|[\p{Latin}][\p{Latin}\d_.-]{1,19})$")
STAFF_NUMBER = LazyPattern(r"(?<=\p{Han})_[A-Z]{1,4}\d{2,6}$")
# the whole line is an editor's label: `[责任编辑:肖春芳]`, `责任编辑：崔宁宁`, `（编辑：王五）`
EDITOR_LINE = LazyPattern(rf"^[\[【［(（]?\s*(?:{EDITOR_LABELS})\s*[：:]\s*(?P<name>[^\s\]】］)）]+)\s*[\]】］)）]?$")
BY_HEADLINE = range(-4, 15)  # the lines around the headline where a stamp stands (page.BEFORE, page.AFTER)


def _labelled(text: str) -> list[tuple[str, str]]:
    """(field, value) of each source or editor label on a stamp line, the value up to the next label."""
    marks = list(LABEL.finditer(text))
    out = []
    for here, after in zip(marks, [*marks[1:], None]):
        field = FIELD.get(here["label"])
        if field is None:
            continue
        value = text[here.end(): after.start() if after is not None else len(text)].strip()
        value = value.split(CLOSE[0])[0].strip(f" {CLOSE}")
        if not value or SENTENCE.search(value) or day_written(value) or len(value) > 30:
            continue
        if field == "editor":
            value = STAFF_NUMBER.sub("", value)  # `责任编辑：杨倩_NF4425`: the name and the portal's staff number
            if EDITOR_NAME.match(value):
                out.append((field, value))
            continue
        out.append((field, value.split()[0] if regex.search(r"\p{Han}", value) else value))
    return out


def labelled_credits(lines: Sequence[Line], headline: int) -> list[Found]:
    """The source and the editor a page's labels name: on a stamp line by the headline (it holds a
    date or another label too), the editor also on a line of its own anywhere after the headline."""
    out: list[Found] = []
    seen: set[str] = set()
    for offset in BY_HEADLINE:
        index = headline + offset
        if not 0 < index < len(lines) or index == headline:
            continue
        line = lines[index]
        pairs = _labelled(line.text) if len(line.text) <= 160 else []
        if not pairs or (len(LABEL.findall(line.text)) < 2 and day_written(line.text) is None):
            continue  # a label alone is a stamp only beside a date or another label
        for field, value in pairs:
            if field not in seen:
                seen.add(field)
                out.append(Found(field, value, line.start, line.end, "page", False, line.text))
    if "editor" not in seen:
        for line in lines[headline + 1:]:
            match = EDITOR_LINE.match(line.text.strip()) if len(line.text) <= 40 else None
            if match is not None and EDITOR_NAME.match(match["name"]):
                out.append(Found("editor", match["name"], line.start, line.end, "page", True, line.text))
                break
    return out


COPYRIGHT_LINE = LazyPattern(r"(?i)^(?:©|\(c\)|copyright)(?:\s*©)?\s*(?:\d{4}(?:\s*[-–,]\s*\d{4})*)\s*,?\s*(?:by\s+)?"
                             r"(?P<who>[^.,|©\d]+?)\s*[.,]?\s*(?:all\s+rights\s+reserved\.?)?$")


def copyright_person(lines: Sequence[Line]) -> list[str]:
    """The person a page's copyright lines name, when they name one and no one else
    (`© 2002, 2003 Jamie Zawinski`), as a list of one; not a firm (`© 2019 Vox Media`)."""
    found: set[str] = set()
    for line in lines[1:]:
        text = line.text.strip()
        if len(text) > 80 or not text[:1] in "©(Cc":
            continue
        match = COPYRIGHT_LINE.match(text)
        if match is None:
            continue
        who = match["who"].strip()
        if any(word.strip(".").lower() in BODY_WORDS for word in who.split()):
            return []
        name = bare_name(who)
        if name is None or _written_elsewhere(who, line, lines):
            return []  # no person's name; or a word of it stands elsewhere: the site's (`© 2017 Pixabay Free
            # Downloads` on a page saying Pixabay 20 times, `Oberstdorf Resort` in the breadcrumbs)
        found.add(name)
    return list(found) if len(found) == 1 else []


def _written_elsewhere(who: str, line: Line, lines: Sequence[Line]) -> bool:
    words = regex.compile(r"(?i)\b(?:" + "|".join(regex.escape(w) for w in who.split() if len(w) >= 3) + r")\b")
    return any(other is not line and words.search(other.text) for other in lines)


# a chapter's or an article's credit block, one role a line, the writer first: `Written by Rob Ewaschuk` /
# `Edited by Betsy Beyer` (a book's chapter on the web). A `Written by A` line alone is a teaser's as often
# as the article's (a section front, a list of related posts): only the block of two roles is read.
CREDIT_BLOCK = LazyPattern(r"(?m)^[ \t]*Written by (?P<author>[^\n]{3,60}?)[ \t]*\n[ \t]*"
                           r"(?P<role>Edited|Reviewed|Illustrated|Translated) by (?P<other>[^\n]{3,60}?)[ \t]*$")


def credit_block(text: str) -> list[Found]:
    """The author (and the editor) a page's one credit block names, where it stands as an article's head:
    under a line alone (its heading), over prose. Nothing when the page holds two such blocks (a list)."""
    if "Written by " not in text:
        return []  # the test in C before the pattern: most pages hold no credit block
    blocks = list(CREDIT_BLOCK.finditer(text))
    if len(blocks) != 1:
        return []
    block = blocks[0]
    author, other = bare_name(block["author"]), bare_name(block["other"])
    if author is None or other is None:
        return []
    lines = list(iter_lines(text[: block.end() + 2000]))
    at = next((i for i, line in enumerate(lines) if line.start >= block.start()), None)
    if at is None or at == 0 or at + 2 >= len(lines):
        return []
    heading, first, second, after = lines[at - 1], lines[at], lines[at + 1], lines[at + 2]
    if (not heading.blank_after or is_prose(heading.text) or heading.text.endswith((".", ":", ","))
            or not second.blank_after or not is_prose(after.text)):
        return []
    out = [Found("author", author, first.start, first.end, "page", True, first.text)]
    if block["role"] == "Edited":
        out.append(Found("editor", other, second.start, second.end, "page", True, second.text))
    return out


def full_text(line: Line, document: str | None) -> str:
    """The whole of `line` from the page's text when at hand (a `Line.text` is cut at 240 characters)."""
    return document[line.start:line.end] if document is not None else line.text


# an editor's initials in parentheses after the story's last full stop: `... OS X 10.10 voraus. (bsc)`
CLOSING_INITIALS = LazyPattern(r"[.!?\"”»] \((?P<initials>[a-z]{2,4})\)$")
# what stands in parentheses in that shape and signs nothing: a note (`(sic)`, `(more)`), a link's or a
# file's word (`(link)`, `(via)`, `(pdf)`), an agency's credit (`(dpa)`, `(afp)`), a language (`(en)`)
NOT_INITIALS = frozenset({
    "sic", "more", "mehr", "link", "links", "via", "pdf", "doc", "docx", "xls", "ppt", "jpg", "png", "gif", "html",
    "dpa", "afp", "ap", "apa", "sda", "kna", "epd", "ddp", "dapd", "upi", "pti", "ians", "ani", "rtr", "ots",
    "en", "de", "fr", "es", "it", "eng", "ger", "esp", "ok", "etc", "usw", "bzw", "vgl", "ebd", "ff", "ibid",
    "aka", "fyi", "imo", "lol", "tba", "tbd", "faq", "new", "neu", "file", "video", "foto", "audio", "live"})
STORY_LINES = 400  # how far under the headline a story's last paragraph is looked for


def initials_closing_story(lines: Sequence[Line], headline: int | None, document: str | None = None) -> list[str]:
    """The initials a newsroom signs a story with, in parentheses after its last sentence (`(bsc)`), when
    no byline stands by the headline: a paragraph of prose under the headline that ends so and after
    which the story ends (no line follows, or the next is no prose: a pager, a comments link). A `(sic)`
    or a `(pdf)` stands inside a sentence or a story, not after the last one. `document` is the page's
    text: a line's `text` holds its first 240 characters only."""
    if headline is None:
        return []
    for index in range(headline + 1, min(len(lines), headline + STORY_LINES)):
        if not lines[index].text.endswith(")") and lines[index].end - lines[index].start <= len(lines[index].text):
            continue  # (the whole line is at hand and ends otherwise: most lines)
        text = full_text(lines[index], document)
        match = CLOSING_INITIALS.search(text) if text.endswith(")") else None
        if match is None or match["initials"] in NOT_INITIALS or not is_prose(text):
            continue
        if index + 1 == len(lines) or not is_prose(full_text(lines[index + 1], document)):
            return [match["initials"]]
    return []


# a newsroom's or an agency's acronym opening the stamp line under a headline: `AFP 30 avril 2015 à 07:19 (Mis à jour …)`
AGENCY_STAMP = LazyPattern(r"^(?P<agency>\p{Lu}{2,6})\s+(?P<stamp>\S.{4,90})$")
AGENCY_WITHIN = 4  # lines under the headline where its stamp line stands


def agency_signing(lines: Sequence[Line], headline: int | None) -> list[str]:
    """`AFP 30 avril 2015 à 07:19` under the headline and `AFP` alone under the story's last paragraph (liberation-1):
    the agency the page credits the story to, where no person signs it. Both are needed: an acronym before a
    day alone may be a place's or a section's (`USA 30 avril`), an acronym alone a button's."""
    if headline is None:
        return []
    for index in range(headline + 1, min(len(lines), headline + 1 + AGENCY_WITHIN)):
        match = AGENCY_STAMP.match(lines[index].text)
        written = day_written_at(match["stamp"]) if match is not None else None
        if written is None or written[1] != 0:
            continue  # the day right after the acronym
        agency = match["agency"]
        signed = [at for at in range(index + 1, min(len(lines), headline + STORY_LINES)) if lines[at].text == agency]
        if signed and is_prose(lines[signed[0] - 1].text):
            return [agency]
    return []


def wire_closing_story(lines: Sequence[Line], headline: int | None) -> list[str]:
    """`The Associated Press`, `Staff, news services` alone on the line under the story's last paragraph: the credit of
    a story no person signs. The page's one such line, prose over it and none under it (the story ends there); an
    acronym alone (`AP`, `AFP`) is as often a picture's credit and is not read."""
    if headline is None:
        return []
    found = [index for index in range(headline + 2, min(len(lines), headline + STORY_LINES))
             if wire_credit(lines[index].text) and is_prose(lines[index - 1].text)
             and (index + 1 == len(lines) or not is_prose(lines[index + 1].text))]
    return [lines[found[0]].text.strip()] if len(found) == 1 else []
