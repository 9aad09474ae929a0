"""Markup-shaped text that is notation, not a scraper's residue (qa17a: scholarly text, wikitext).

- A superscript or subscript glued to what stands before it is part of a number or a formula:
  removing the tags of `10<sup>7</sup>` writes `107`, of `10<sup>−7</sup>` writes `10−7` (other
  numbers). The fix writes it the way plain text does (`render_script`).
- `<<name>>=` heads a noweb chunk (Sweave, knitr, literate programs): `<<dt>>` is a chunk's name,
  never an HTML element, and the code between the head and its `@` is the document's own code;
  so is the code of an R Markdown chunk (```` ```{r name} ```` to its closing fence).
- A bare `<label>` beside `<value>` or alone in a LaTeX argument (`\\textsl{<label>}`) is a
  metasyntactic placeholder: the text's own words.
- `&#124;` inside a wikitext template (`{{cite web |title=A &#124; B}}`) is escaped on purpose:
  decoded, it splits the parameter.
- `})` closing a LaTeX group (`\\ref{model1})`, `\\bar{x})(`) is no script's end.
- `<header>` after `(?P` (or `(?`, `\\k`, `\\g`) names a regular expression's group (`(?P<header>[^:]+)`),
  and `</i>` after WebVTT's classed span `<i.blue>` on its line closes that span: neither is HTML
  left alone (tester27).
- A number in `<sup>` after a full stop or comma marks a footnote (`2011.<sup>4</sup>` is
  `2011.[4]`, never `2011.4`); after a number that is no exponent's base (a year: `in
  2010<sup>3</sup>`) it may be a footnote or a power: a person decides (review18 #5).
"""

from __future__ import annotations

import bisect
import functools
import html

import regex

from corpuslint.textutil import LazyPattern

SIGNS = "+-−±∓="
SUPERSCRIPT = dict(zip("0123456789+-−=()", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾"))
SUBSCRIPT = dict(zip("0123456789+-−=()", "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎"))
GLUE_AFTER = ")]}'’;%"  # a closing bracket, wikitext italics, an entity's end, a per cent
ONE_TOKEN = LazyPattern(r"(?:''')?(?:'')?[+\-−±∓]?[\w.]+(?:''')?(?:'')?[,;:]?")
SCRIPT_BEFORE = LazyPattern(r"</su[bp]>\Z", regex.I)
# what follows a number as its ordinal indicator (19th, 1st, 1er, 2e, 2ème, 1o, 1a), not as its exponent
ORDINAL = LazyPattern(r"(?:st|nd|rd|th|[oaed]|[eè]re?s?|[eè]me|i?[eè]me|mo|ma|do|da|ro|ra|to|ta)\.?", regex.I)


def render_script(text: str, open_m: regex.Match, close_m: regex.Match) -> str | None:
    """How a `<sup>`/`<sub>` element whose text starts with a digit or a sign reads in plain text
    when it is glued to the word or number before it: `10^7`, `10^−7` after a digit (Unicode `10⁷`
    would read `107` once normalised: NFKC, as ftfy warns, makes "10³" "103"); `km²`, `H₂O`, `H⁺`
    after a letter when every character has a Unicode form (NFKC then gives the usual plain
    spellings `km2`, `H2O`), else `^…`/`_…` (also between wikitext italics, whose `''` removing the
    tags would join: `''θ''_''i''`). None where removing the tags glues nothing to
    anything (`, <sup>1</sup>`) or the content is no number (`1<sup>st</sup>`, `K<sub>a</sub>`); a
    superscript after a digit is an exponent (`10<sup>n</sup>`) unless it is an ordinal indicator
    or no letter or digit (`140<sup>°</sup>C`, `0.030<sup>†</sup>`). Marks listed with commas keep
    them (`Wang<sup>1,2</sup>` is `Wang¹,²`)."""
    name = open_m.group("name").lower()
    if name not in ("sup", "sub"):
        return None
    raw = text[open_m.end():close_m.start()]
    if not raw or "<" in raw or "\n" in raw:
        return None
    inner = html.unescape(raw).replace("\u00a0", " ")
    pos = open_m.start()
    after_script = SCRIPT_BEFORE.search(text, max(0, pos - 6), pos) is not None  # SO<sub>4</sub><sup>2−</sup>
    while pos > 0 and text[pos - 1] == "'":  # wikitext italics: ''c''<sup>2</sup>
        pos -= 1
    base = "x" if after_script else text[pos - 1] if pos > 0 else " "
    if not (base.isalnum() or base in GLUE_AFTER):
        return None
    italics = inner.startswith("''") and text[open_m.start() - 2:open_m.start()] == "''"  # ''θ''<sub>''i''</sub>
    # 10<sup>n + 1</sup>; not 19<sup>th</sup>, a tennis tie-break's 6–7<sup>(8–10)</sup> nor a sign
    # that is no exponent (140<sup>°</sup>C, 0.030<sup>†</sup>)
    exponent = base.isdigit() and name == "sup" and inner[0].isalnum() and not ORDINAL.fullmatch(inner)
    if inner[0] not in SIGNS and not inner[0].isdigit() and not italics and not exponent:
        return None
    forms = SUPERSCRIPT if name == "sup" else SUBSCRIPT
    if not base.isdigit() and all(c in forms or c == "," for c in inner):  # Wang<sup>1,2</sup>: Wang¹,²
        return "".join(forms.get(c, c) for c in inner)
    mark = "^" if name == "sup" else "_"
    return mark + inner if ONE_TOKEN.fullmatch(inner) else f"{mark}({inner})"  # 10^−7; H_(2''n''+2)


FOOTNOTE = LazyPattern(r"\d{1,3}(?:[,–-]\d{1,3})*")
NUMBER_BEFORE = LazyPattern(r"(?<![\d.,])\d+(?:[.,]\d+)*\Z")
TIMES_BEFORE = LazyPattern(r"(?:[×x*·⋅]|&times;|\de)(?:[ \t\u00a0]|&nbsp;)*\Z")
MARK_AFTER_PUNCTUATION = LazyPattern(r"[^\s][.,:)\]\"”’]<sup>\d", regex.I)


def footnote_mark(text: str, open_m: regex.Match, close_m: regex.Match) -> tuple[str, bool] | None:
    """How a `<sup>` holding a footnote's number (`3`, `1,2`, `4–6`) reads when removing its tags
    would glue it to a number (review18 #5): after a full stop, comma or colon it is a footnote
    mark, written `[4]` (`in 2011.<sup>4</sup>` is `in 2011.[4]`, not `2011.4`; safe). After a
    number that is no exponent's base (not 10, not one digit, not after `×`, not raised twice in
    the text like `1000, 1000<sup>2</sup> and 1000<sup>3</sup>`) it may be either (`in
    2010<sup>3</sup>`): `[3]` in a text that marks footnotes so after punctuation too, else `^3`,
    and a person decides (unsafe). None where `render_script` decides (`10<sup>7</sup>` is `10^7`)."""
    if open_m.group("name").lower() != "sup":
        return None
    inner = html.unescape(text[open_m.end():close_m.start()]).strip()
    if not FOOTNOTE.fullmatch(inner):
        return None
    pos = open_m.start()
    before = text[pos - 1:pos]
    if before in (".", ",", ":") and pos >= 2 and not text[pos - 2].isspace():
        return f"[{inner}]", True
    number = NUMBER_BEFORE.search(text, max(0, pos - 40), pos)
    if number is None:
        return None
    base = number.group()
    if (base == "10" or len(base) == 1 or TIMES_BEFORE.search(text, max(0, number.start() - 12), number.start())
            or text.count(base + open_m.group()[:4]) >= 2):
        return None  # an exponent's base: 10^7, 2^n, 3 × 4^2, 1000^2 and 1000^3
    marks = MARK_AFTER_PUNCTUATION.search(text) is not None
    return (f"[{inner}]" if marks else f"^{inner}"), False


def noweb_name(text: str, m: regex.Match) -> bool:
    """Whether a tag is a noweb chunk's name: `<<dt>>=`, `<<select range of dates>>=`, `<<dt>>`."""
    return text[m.start() - 1:m.start()] == "<" and text[m.end():m.end() + 1] == ">"


PLACEHOLDER = LazyPattern(r"<[a-z][a-z0-9_-]*>")


def placeholder(text: str, m: regex.Match, elements: frozenset[str]) -> bool:
    """Whether a lone bare opening tag is a placeholder: alone in a LaTeX argument (`{<label>}`),
    or on a line with an angle-bracketed word that no HTML has and the text never closes
    (`<label> = <value>`; `<file>(<section>)` in a manual, `<figure>` beside `<reference>` in XML docs)."""
    if m.group("close") or m.group("self") or (m.group("attrs") or "").strip():
        return False
    if text[m.start() - 1:m.start()] == "{" and text[m.end():m.end() + 1] in ("}", " "):
        return True
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    line = text[line_start:len(text) if line_end == -1 else line_end]
    closed = _closed_names(text)  # `<value>` is never closed; wikitext's `<ref>…</ref>` is markup all the same
    return any(w.group()[1:-1] not in elements and w.group()[1:-1] not in closed for w in PLACEHOLDER.finditer(line))


CLOSING = LazyPattern(r"</([a-z][a-z0-9_-]*)>")


@functools.lru_cache(maxsize=4)
def _closed_names(text: str) -> frozenset[str]:
    return frozenset(CLOSING.findall(text))


PIPE_OR_EQUALS = frozenset({"#124", "#x7c", "#x7C", "#X7C", "vert", "verbar", "VerticalLine", "#61", "#x3d",
                            "#x3D", "equals", "#123", "#125", "lbrace", "rbrace", "lcub", "rcub"})


@functools.lru_cache(maxsize=4)
def _templates(text: str) -> tuple[list[int], list[int]]:
    """The outermost `{{ … }}` spans of a wikitext (starts, ends), nested templates inside them."""
    starts: list[int] = []
    ends: list[int] = []
    depth, pos, opened = 0, 0, 0
    while True:
        i, j = text.find("{{", pos), text.find("}}", pos)
        if i == -1 and j == -1:
            break
        if i != -1 and (j == -1 or i < j):
            if depth == 0:
                opened = i
            depth += 1
            pos = i + 2
        else:
            if depth > 0:
                depth -= 1
                if depth == 0:
                    starts.append(opened)
                    ends.append(j + 2)
            pos = j + 2
    return starts, ends


def template_escape(text: str, start: int, body: str) -> bool:
    """Whether a reference escapes a template's own syntax (`|`, `=`, braces) inside `{{ … }}`."""
    if body not in PIPE_OR_EQUALS or "{{" not in text:
        return False
    starts, ends = _templates(text)
    i = bisect.bisect_right(starts, start) - 1
    return i >= 0 and start < ends[i]


CHUNK_HEAD = LazyPattern(r"^<<[^<>\n]*>>=[ \t]*$", regex.M)
CHUNK_END = LazyPattern(r"^@(?:[ \t].*)?$|^<<[^<>\n]*>>=[ \t]*$", regex.M)
# knitr's R Markdown chunk: ```{r name, echo=TRUE} … ``` (also {python}, {sql}, …)
FENCED_HEAD = LazyPattern(r"^[ \t]*(`{3,})[ \t]*\{[A-Za-z][\w.-]*\b[^{}\n]*\}[ \t]*$", regex.M)


@functools.lru_cache(maxsize=4)
def _chunks(text: str) -> tuple[tuple[int, int], ...]:
    spans = []
    if "<<" in text:
        for head in CHUNK_HEAD.finditer(text):
            end = CHUNK_END.search(text, head.end() + 1)
            spans.append((head.start(), end.start() if end else len(text)))
    if "```" in text:
        pos = 0
        while head := FENCED_HEAD.search(text, pos):
            end = regex.compile(rf"^[ \t]*{head.group(1)}`*[ \t]*$", regex.M).search(text, head.end() + 1)
            spans.append((head.start(), end.end() if end else len(text)))
            pos = end.end() if end else len(text)
    return tuple(spans)


def in_code_chunk(text: str, pos: int) -> bool:
    """Whether `pos` stands in a literate program's code chunk: a noweb chunk (Sweave, knitr) from
    `<<…>>=` to its `@`, or an R Markdown chunk from ```` ```{r …} ```` to its closing fence."""
    if "<<" not in text and "```" not in text:
        return False
    return any(a <= pos < b for a, b in _chunks(text))


LATEX_GROUP_OPEN = LazyPattern(r"(?:\\[A-Za-z]+\*?|[_^}])\Z")


def closes_latex_group(text: str, marker: regex.Match) -> bool:
    """Whether a `})` script marker's brace closes a LaTeX group: its `{` follows a command
    (`\\ref{`, `\\code{`), a sub- or superscript (`X_{`) or another group (`}{`)."""
    brace = marker.group().find("}")
    if brace < 0:
        return False
    depth, pos = 0, marker.start() + brace
    floor = max(0, pos - 2000)
    while pos > floor:
        pos -= 1
        c = text[pos]
        if c == "}":
            depth += 1
        elif c == "{":
            if depth == 0:
                return LATEX_GROUP_OPEN.search(text, max(0, pos - 30), pos) is not None
            depth -= 1
    return False


BRACED_WORDS = LazyPattern(r"\{[\p{L}\d][\p{L}\d'’ .-]{0,60}\Z")  # `{nano-}`, `{Yet Another}`: words, no statement


def closes_braced_words(text: str, marker: regex.Match) -> bool:
    """Whether a `})` script marker's brace closes a group of words opened on its line: a glossary's
    cross-reference (the Jargon File's `even smaller (see {nano-})` down its SI-prefix table, tester26),
    no function's body, which holds statements and opens at the end of a line above."""
    brace = marker.group().find("}")
    if brace < 0:
        return False
    pos = marker.start() + brace
    line_start = text.rfind("\n", 0, pos) + 1
    opened = text.rfind("{", line_start, pos)
    return opened != -1 and BRACED_WORDS.match(text, opened, pos) is not None


# what opens a regular expression's named group or reference right before its `<name>`
_GROUP_NAME_BEFORE = ("(?P", "(?", "\\k", "\\g")
# a WebVTT cue's span with its classes: `<i.blue>`, `<c.magenta.bg_black>`
_CLASSED_SPAN = LazyPattern(r"<([A-Za-z][A-Za-z0-9]{0,9})(?:\.[\w-]+)+>")


def not_a_lone_tag(text: str, m: regex.Match) -> bool:
    """A tag-shaped `m` that is no lone HTML tag: a regular expression's group name (`(?P<header>`,
    `\\k<name>`), or a closing tag whose opener is a WebVTT classed span earlier on its line
    (`<i.blue>Some italic</i>`)."""
    if not m.group("close"):
        return text.endswith(_GROUP_NAME_BEFORE, 0, m.start())
    line_start = text.rfind("\n", 0, m.start()) + 1
    name = m.group("name").lower()
    return any(span.group(1).lower() == name for span in _CLASSED_SPAN.finditer(text, line_start, m.start()))
