"""Which lines of a plain text are code and which are prose, and which `<script>`, `<style>` or
`<!--` is prose naming the markup rather than markup (CL204, CL205: qa16b, review16a)."""

from __future__ import annotations

import regex

from corpuslint.textutil import LazyPattern

# Markers that only code has: CDATA fences, IIFEs, DOM calls, ad and player loaders.
SCRIPT_LINE = LazyPattern(
    r"//\s*<!\[CDATA\[|//\s*\]\]>|\(function\s*\(|\bfunction\s*\([\w\s,]*\)\s*\{|\bvar\s+\w+\s*(?:,\s*\w+\s*)*=|"
    r"\bdocument\.(?:getElement|createElement|write)|\bwindow\.\w+\s*=|\.push\(\s*(?:function|\{)|"
    r"\}\s*\)\s*\(|\}\);?\s*$",
    regex.M,
)
PROSE_WORDS = 6  # a line of prose has this many words at least


def mentions_tag(text: str, m: regex.Match) -> bool:
    """Whether a `<script>`/`<style>` match is prose naming the tag rather than an element (qa16b: a
    Sphinx page's "used for the ``<script>`` tag's attributes" was taken to run, unclosed, to the
    end of the document: 2,618 lines). An element left open takes the rest of the text only when
    it starts a line and everything after it is code; an element without attributes that starts
    inside a line of prose holds code, or it is two mentions (`wrap it in <script> and </script>`);
    no element holds a line of prose."""
    opening_end = text.index(">", m.start()) + 1
    closed = m.group().rstrip().endswith(">") and m.end() > opening_end and regex.search(
        r"</(?:script|style)\s*>\Z", m.group(), regex.I) is not None
    body = text[opening_end:m.end()]
    if closed:
        body = body[:body.rfind("</")]
    lines = [line.strip() for line in body.split("\n") if line.strip()]
    if not closed:
        return (not lines and opening_end - m.start() <= len(m.group(1)) + 2) or opener_in_prose(text, m.start(), body)
    if any(prose_line(line) for line in lines):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    inside_prose = any(c.isalpha() for c in text[line_start:m.start()])
    has_attributes = opening_end - m.start() > len(m.group(1)) + 2
    return inside_prose and not has_attributes and not any(code_line(line) for line in lines)


def opener_in_prose(text: str, start: int, rest: str) -> bool:
    """Whether an opener never closed (`<!--`, `<script>`) stands in prose rather than starting
    markup cut off at the end of a page: letters before it on its line, or a line of prose after it."""
    line_start = text.rfind("\n", 0, start) + 1
    if any(c.isalpha() for c in text[line_start:start]):
        return True
    return any(prose_line(line.strip()) for line in rest.split("\n"))


def tag_in_sentence(text: str, start: int, end: int) -> bool:
    """Whether a tag without attributes (`text[start:end]`) stands as a word in a sentence, its
    subject or object: a word and a space before it on its line, a space and a lower-case word or
    a sentence's punctuation after it (on the next line where it ends its line: "COME FROM <label> /
    would cause ...", the Jargon File, qa23 r09), and the line without its tags a line of words ("A
    top-level <section> is a subsection of <body>, so ..."; qa16c). A scraper's residue is glued to the text
    it formatted (`Reuters</u>`, `<p>The`) or opens its line; a mention's removal leaves a hole."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end < 0 else line_end
    before = text[line_start:start]
    if not before[-1:].isspace() or not any(c.isalpha() for c in before):
        return False
    after = text[end:line_end]
    if not after.strip():  # the tag ends its line: the wrapped sentence goes on below, in lower case
        below = text.find("\n", line_end + 1)
        after = " " + text[line_end + 1:len(text) if below < 0 else below]
    if not (after[:1] in {",", ".", ";", ":", ")"} or (after[:1].isspace() and after.lstrip()[:1].islower())):
        return False
    words = [w for w in TAG_WORD.sub(" ", text[line_start:line_end]).split() if any(c.isalpha() for c in w)]
    return len(words) >= PROSE_WORDS


TAG_WORD = LazyPattern(r"</?[A-Za-z][A-Za-z0-9]*\s*/?>")
# a determiner right before a word: what follows it is a noun (English, French, German, Spanish)
DETERMINER_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:the|an?|each|every|this|that|its|their|your|any|le|la|les|un|une|"
                                r"der|die|das|den|dem|des|ein|eine|einem|einen|el|los|las)[ \t]+\Z", regex.I)


def tag_as_noun(text: str, start: int, end: int) -> bool:
    """Whether a bare tag that stands as a word of a sentence (`tag_in_sentence`) follows a determiner:
    the element named as a noun ("GtkBuilder no longer sets the "name" property of widgets to the ID /
    attribute of the <object>. Use …", libgtk2.0's README, tester28). Removing it leaves "of the ."; a
    scraper's residue never follows "the" in a sentence that goes on after it."""
    return DETERMINER_BEFORE.search(text, max(0, start - 12), start) is not None and tag_in_sentence(text, start, end)


# the language's name right before a tag names the element ("a single HTML <form> ... </form> instance",
# "rendered as an HTML <ul>."); a word for what a tag is right after it names it too ("a <form> element")
MARKUP_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:X?HTML5?|XML|SGML)[ \t]+\Z")
NOUN_AFTER = LazyPattern(r"[ \t]+(?:elements?|tags?|attributes?|nodes?|containers?|blocks?)(?![^\W\d_])", regex.I)


def tag_named(text: str, start: int, end: int) -> bool:
    """Whether a bare tag (`text[start:end]`; for a pair, from its opening to its closing tag) is the
    element spoken of in a sentence, the text's subject, not residue: after a determiner (`tag_as_noun`),
    after the language's name ("a single HTML <form> ... </form> instance", libhtml-form-perl, tester29)
    or before the word for what it is ("a <form> element", "the <ul> tag"), a word and a space before
    it. Removing it leaves "a single HTML ... instance"; a scraper's residue is glued to what it formatted."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start]
    if not before[-1:].isspace() or not any(c.isalpha() for c in before):
        return False
    return (MARKUP_BEFORE.search(text, max(line_start, start - 8), start) is not None
            or NOUN_AFTER.match(text, end) is not None or tag_as_noun(text, start, end))


def prose_line(line: str) -> bool:
    """A line of words, not code: six words or more, mostly letters, no code shape (a block
    comment's ` * explains the loader` is code)."""
    if (len(line.split()) < PROSE_WORDS or code_line(line) or line.startswith(("*", "#", "@", '"', "'", "."))
            or line.endswith(";") or any(mark in line for mark in ("{", "}", '":', '("', "('"))):
        return False
    return sum(c.isalpha() or c.isspace() for c in line) / len(line) > 0.85


def code_line(line: str) -> bool:
    return bool(code_like(line) or SCRIPT_LINE.search(line) or line.startswith(("//", "/*", "*/")))


def code_like(line: str) -> bool:
    if len(line) < 2:
        return False
    punct = sum(line.count(c) for c in "{}();=[]<>")
    return punct / len(line) > 0.08 and line.rstrip().endswith((";", "{", "}", ");", "})", "*/", "-->"))


def run_is_code(body: str) -> bool:
    punct = sum(body.count(c) for c in "{}();=")
    words = len(body.split())
    # prose that mentions `function(` once has few brackets per word
    return punct >= 4 and punct / max(words, 1) > 0.25


PACKED_TOKEN = 9.0  # a minified script's mean run of characters between spaces, at least (prose: 5 to 7)
PACKED_MARKS = 0.08  # ... and its share of `{}();=` among the characters that are not spaces
PACKED_WORDS = 3  # ... and its script's keywords (not LaTeX's `\frac{n}{S_0}`, whose `})(` reads as a call)
SCRIPT_WORDS = LazyPattern(r"\b(?:function|var|return|typeof|void|this)\b")
PARAGRAPH = LazyPattern(r"(?:[ \t]*\S[^\n]*(?:\n|\Z))+")


def packed_blocks(text: str) -> list[tuple[int, int]]:
    """The spans of the paragraphs (non-blank lines between blank ones) that are minified script
    wrapped at a text browser's width: two lines or more, one with a marker only code has
    (`SCRIPT_LINE`) and three of a script's keywords, their characters packed between few spaces (`PACKED_TOKEN`) and dense in
    brackets (`PACKED_MARKS`). lynx wraps a page's `<noscript>` bundle of a thousand lines in the middle of
    its tokens (`a.parentElemen` / `t&&e.body...`), so no line of it reads as a statement on its own and
    the line-by-line walk finds only fragments, with fragments of strings between them that read
    as prose (`TypeError("Cannot call a class as a function")}`). An article's code sample is laid
    out in statements between spaces; a paragraph of prose naming `function(` has words."""
    out: list[tuple[int, int]] = []
    for m in PARAGRAPH.finditer(text):
        body = m.group()
        if "\n" in body.rstrip("\n") and packed_script(body):  # (one line: the line-by-line walk reads it)
            out.append((m.start(), m.start() + len(body.rstrip())))
    return out


def packed_script(body: str) -> bool:
    """Whether a paragraph's text is minified script (`packed_blocks`)."""
    tokens = body.split()
    if not tokens:
        return False
    packed = sum(map(len, tokens))
    return (packed / len(tokens) >= PACKED_TOKEN and sum(body.count(c) for c in "{}();=") >= PACKED_MARKS * packed
            and SCRIPT_LINE.search(body) is not None and len(SCRIPT_WORDS.findall(body)) >= PACKED_WORDS)


# a notice: copyright, a licence's grant, an SPDX tag (an Apache header in a README's first comment)
_NOTICE = LazyPattern(r"(?i)©|\(c\)\s*\d{4}|\bcopyright\b|\ball rights reserved\b|\blicen[cs]ed\s+under\b"
                       r"|SPDX-License-Identifier")


def authors_comment(body: str) -> str:
    """What makes a comment its author's, or "": a notice (copyright, licence) or a sentence of
    prose (a note to the reader or to the file's next editor). An ad server's or a template's
    comment is code and labels (`google_ad_client = …`, `AdSpeed.com Serving Code 7.9.4`); a
    licence header of a README read as plain text is the README's own: never a safe removal."""
    if _NOTICE.search(body) is not None:
        return "a notice"
    if any(prose_line(line := row.strip()) and line[-1] in ".!?" for row in body.split("\n")):
        return "prose"
    return ""


# a line of encoded data: uuencode's alphabet (`!` to a backquote: capitals, digits, marks), no space, no
# small letter; an ASS subtitle's `[Fonts]` and `[Graphics]` sections (tester32 item 3), a uuencoded file
ENCODED_LINE = LazyPattern(r"[!-`]+")
ENCODED_WIDTH = 60  # a line of a block this wide at least (ASS writes 80, uuencode 61); its last line may be shorter


def encoded_line(text: str, pos: int) -> bool:
    """Whether the line holding `pos` is encoded data (`ENCODED_LINE`): as wide as a block's line, or the short
    last line under one. Its `<Q>` and `&#1;` are bytes of a font, never markup; prose has spaces and small letters."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    end = len(text) if end == -1 else end
    line = text[start:end].rstrip("\r")
    if not ENCODED_LINE.fullmatch(line):
        return False
    if len(line) >= ENCODED_WIDTH:
        return True
    above = text.rfind("\n", 0, max(0, start - 1)) + 1
    prev = text[above:max(above, start - 1)].rstrip("\r")
    return len(prev) >= ENCODED_WIDTH and ENCODED_LINE.fullmatch(prev) is not None
