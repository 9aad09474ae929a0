"""Tags and character references that are a plain text's own words, not a scraper's residue
(CL201, CL203, CL202; CL205 for `<script>` elements in a listing and for the code around a run).

A scraper leaves tags where they formatted the page: `According to <u>Reuters</u> on Sunday`,
`line one<br>line two`. An article about the web writes them on purpose, and removing them
rewrites it (qa15: "from an <img>tag in the document" became "from an tag in"):
- it NAMES a tag: `an <img>tag`, `the <div> element`, `<br> tags`, `"<p>"`, `Allowed HTML tags:
  <em> <strong> <cite>` (a run of bare tags, no attributes, next to a word that names tags, or
  in quotation marks);
- it shows CODE that holds markup: a string literal after `(`, `=`, `,` ...
  (`html.fromstring('<html><body>…</body></html>')`), a `>>>` session line, an HTTP message
  (`HTTP/1.1 200 OK <!DOCTYPE html> <html lang="en">…`), a word in inline code or verbatim marks
  (Org's `=Zutty.<option>=`, backticks in a plain text);
- it shows a TEMPLATE or a NUMBERED LISTING (`[% FOREACH item = news.items %]` / `<pre>`, `  44<TAB>
  <table cellpadding=1>`): the markup is the code's (`codelisting`);
- it LISTS a page: a page's root (`<!DOCTYPE`, `<html>`, `<head>`, `<body>`) after the prose
  that introduces it, up to `</html>` or the end of its markup lines. Extractors always drop a
  page's root, so residue never has one; a text that starts with one is an unextracted page,
  and its tags are residue after all.
Those tags are not reported, nor references named so (`the &nbsp; entity`, `"&amp;"`) or in
code. A tag on a line whose other text reads as code (a dotted call, an assignment, `);`),
markup and scripts left out, may be either: it is reported, but its fix is unsafe (a safe fix
must be provable).
"""

from __future__ import annotations

import bisect
import functools

import regex

from corpuslint.checks.markup.codelisting import listed_code
from corpuslint.restmarks import literal_blocks
from corpuslint.plain_code import code_line
from corpuslint.textutil import LazyPattern

# words that name a tag (the kind of word, in the languages of the corpora), before or after it
_NAMING = r"(?:tags?|elements?|balises?|éléments?|etiquetas?|elementos?|elemente?|标签|元素|タグ|要素|태그|요소)"
NAME_AFTER = LazyPattern(r"[ \t]?[-‑]?[ \t]?" + _NAMING + r"(?![^\W\d_])", regex.I)
NAME_BEFORE = LazyPattern(r"(?<![^\W\d_])" + _NAMING + r"[ \t]*[:：]?[ \t]*\Z", regex.I)
# what may stand between two tags of one run: white space, commas, slashes, "and"/"or"
RUN_GAP = LazyPattern(r"[\s,/]*(?:(?:and|or|und|oder|et|ou|y|o)[\s,]+)?", regex.I)
OPEN_QUOTES = "\"'“‘«`„"
CLOSE_QUOTES = "\"'”’»`“"
DELIMITERS = "+|"  # the same mark on both sides of a tag: a pattern's or a link's delimiters
VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())

REPL = LazyPattern(r"(?:^|\s)>>[ \t]?>(?:[ \t]|$)|^[ \t]*In[ \t]\[\d+\]:", regex.M)
HTTP = LazyPattern(r"\bHTTP/\d(?:\.\d)?[ \t]+\d{3}\b|\b(?:GET|POST|PUT|DELETE|HEAD|PATCH|OPTIONS)[ \t]+\S+[ \t]+HTTP/\d")
ROOT = LazyPattern(r"<!DOCTYPE\b|<\?xml\b|<(?:html|head|body)\b[^<>]*>", regex.I)
ROOT_END = LazyPattern(r"</html\s*>", regex.I)
STRING_IN_CODE = LazyPattern(r"[(=,\[{+][ \t]*(['\"])((?:(?!\1)[^\n])*?<[A-Za-z/!](?:(?!\1)[^\n])*)\1")
# a dotted call, an assignment of a string, call, list or object, a call ending a statement
CODE_SHAPE = LazyPattern(
    r"\b[A-Za-z_$][\w$]*\.[A-Za-z_$][\w$]*\(|(?:^|[;{}(])[ \t]*(?:(?:var|let|const)[ \t]+)?[A-Za-z_$][\w$.]*[ \t]*="
    r"[ \t]*['\"(\[{]|\)[ \t]*;", regex.M)
ANY_TAG = LazyPattern(r"<[^<>\n]*>")
LEADING_TAG = LazyPattern(r"<[^<>]*>")  # a page's first tags may span lines (`<html\n lang="en">`)
SCRIPT = LazyPattern(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)", regex.S | regex.I)
# inline code or verbatim marks around a word that holds a tag (Org's `=Zutty.<option>=` and
# `~<dir>~`, backticks in a plain text): the same mark on both sides, glued to the word within and
# standing apart from the words without, on one line; its text is the code's, never a page's
INLINE_CODE = LazyPattern(r"(?<![^\s(\[{\"'])(?P<mark>`+|=|~)(?![\s=~`])(?P<body>(?:(?!(?P=mark))[^\n]){0,78}?<[A-Za-z/]"
                          r"(?:(?!(?P=mark))[^\n]){0,78}?)(?<![\s=~`])(?P=mark)(?![^\s.,;:!?)\]}\"'])")

# an Org document's directive, its value the exporter's (`#+HTML_HEAD: <link rel="stylesheet" …/>`,
# `#+HTML: <br/>`), or an export block given to one back end (`#+BEGIN_EXPORT html` … `#+END_EXPORT`,
# the older `#+BEGIN_HTML` … `#+END_HTML`): the source's own markup, which the exporter writes out
ORG_DIRECTIVE = LazyPattern(r"(?mi)^[ \t]*#\+[A-Z][A-Z_]*:[ \t]*(?P<value>[^\n]*)"
                            r"|^[ \t]*#\+BEGIN_(?P<kind>EXPORT|HTML)\b[^\n]*\n(?P<block>(?s:.*?))^[ \t]*#\+END_(?P=kind)\b")


def _bare(m: regex.Match) -> bool:
    return not (m.group("attrs") or "").strip()


def _runs(text: str, tags: list[regex.Match]) -> list[list[regex.Match]]:
    """Tags with nothing but white space, commas, slashes or "and"/"or" between them."""
    runs: list[list[regex.Match]] = []
    for m in tags:
        if runs:
            gap = RUN_GAP.match(text, runs[-1][-1].end(), m.start())
            if gap is not None and gap.end() == m.start() and "\n" not in text[runs[-1][-1].end():m.start()]:
                runs[-1].append(m)
                continue
        runs.append([m])
    return runs


def _quoted(text: str, run: list[regex.Match]) -> bool:
    """Whether a run of bare tags stands in quotation marks: `"<p>"`."""
    if not all(_bare(m) for m in run):
        return False
    start, end = run[0].start(), run[-1].end()
    before = text[max(0, start - 1):start]
    after = text[end:end + 1]
    if text[max(0, start - 2):start] == "''" or text[end:end + 2] == "''":
        return False  # wikitext italics around a tag (`''θ''<sub>''i''</sub>`), not quotation marks (qa17a)
    if before and before == after and before in DELIMITERS:
        return True  # a pattern's delimiters: vim's `start=+<a>+`, a help link `|<p>|` (qa18a)
    return bool(before and after and before in OPEN_QUOTES and after in CLOSE_QUOTES)


def _named(text: str, run: list[regex.Match]) -> bool:
    """Whether a run of tags is named in prose: bare tags next to a word naming tags."""
    if not all(_bare(m) for m in run):
        return False
    start, end = run[0].start(), run[-1].end()
    word = NAME_AFTER.match(text, end)
    if word and len(run) == 1 and _break_before_label_or_sentence(text, run[0], word):
        word = None  # `…next week.<br>Tags: politics`, `…earlier.<br> Elements of the plan`
    if word:
        last = run[-1]
        # "<b>Tags</b>" is a bold word, not a named tag: a name glued to an opening tag that is
        # then closed is the tag's text
        glued = word.group()[:1].isalnum() and not (last.group("close") or last.group("self")
                                                    or last.group("name").lower() in VOID)
        if not glued and not text.startswith("</", word.end()):
            return True
    line_start = text.rfind("\n", 0, start) + 1
    window_start = max(line_start, start - 40)
    name = NAME_BEFORE.search(text[window_start:start])
    if name and text[window_start + name.start() - 1:window_start + name.start()] != ">":  # not "<b>Tags</b>"
        # "Tags: <strong>Politics</strong>" is a scraped tag list: a named tag stands alone
        single = run[0]
        return (len(run) > 1 or single.group("name").lower() in VOID or bool(single.group("close"))
                or not text[end:end + 1].isalnum())
    return False


def _break_before_label_or_sentence(text: str, tag: regex.Match, word: regex.Match) -> bool:
    """Whether a lone break (`<br>`, `<hr>`, a closing tag) that ends a sentence is followed by a
    label (`Tags:`) or by a capital opening the next sentence: a scraped tag list or the next
    sentence, not the break's name. Opening tags (`<section> Element`, `The <blockquote> tag:`)
    are never judged so: a text about markup names them that way."""
    if not (tag.group("close") or tag.group("name").lower() in VOID):
        return False
    pos = tag.start() - 1
    while pos >= 0 and text[pos] in " \t":
        pos -= 1
    if pos < 0 or text[pos] not in ".!?…":
        return False
    return text[word.end():word.end() + 1] in (":", "：") or word.group().lstrip(" \t-‑")[:1].isupper()


ENTITY_NAMED = LazyPattern(r"[ \t]?[-‑]?[ \t]?(?:entit(?:y|ies)|character[ \t]+references?|entit[äé]t?e?s?|entidad(?:es)?)"
                           r"(?![^\W\d_])", regex.I)


ENTITY_NAMED_BEFORE = LazyPattern(r"(?<![^\W\d_])(?:entit(?:y|ies)|character[ \t]+references?|entit[äé]t?e?s?|"
                                  r"entidad(?:es)?)[ \t]*[:：]?[ \t]*\Z", regex.I)


def named_entity(text: str, start: int, end: int) -> bool:
    """Whether a character reference is named in prose: `the &nbsp; entity`, `"&amp;"`, `the XML
    character entity &mdash;` (qa16b: a FAQ that explains the entity had it decoded)."""
    before, after = text[max(0, start - 1):start], text[end:end + 1]
    if before and after and before in OPEN_QUOTES and after in CLOSE_QUOTES:
        return True
    if ENTITY_NAMED.match(text, end) is not None:
        return True
    line_start = text.rfind("\n", 0, start) + 1
    return ENTITY_NAMED_BEFORE.search(text[max(line_start, start - 40):start]) is not None


XML_HEAD = LazyPattern(r"\s*<\?xml\b[^<>]*\?>\s*(?:<!--.*?-->\s*)*<(?:!DOCTYPE\s+)?([A-Za-z_][\w:.-]*)",
                       regex.S | regex.I)


@functools.lru_cache(maxsize=4)
def xml_document(text: str) -> bool:
    """Whether the text is an XML file other than a web page (`<?xml …?>` then a root or DOCTYPE
    not `html`: fonts.conf saved as text, qa16b): its comments and tags are the file's own, as a
    program's are; removing them edits a configuration, not residue (no safe fix)."""
    m = XML_HEAD.match(text) if text.lstrip()[:5] == "<?xml" else None
    return m is not None and m.group(1).lower() != "html"


PLACEHOLDER_WORDS = 3  # "attributes" without values, this many or more: words of a sentence, no tag
# the attributes HTML writes without a value (boolean attributes, and old presentational ones)
# attributes real HTML writes without a value: the HTML standard's boolean attributes (its index
# of attributes, "Boolean attribute"), those whose empty value is a keyword (`contenteditable`,
# `crossorigin`, `download`, `popover`), HTML 4's legacy ones (`<table border>`, `<td nowrap>`) and
# AMP's mark on the root element (`<html amp>`, `<html ⚡>`; review19 #6). No package or stdlib
# module ships this list (html.parser has none; html5lib's is not a dependency).
BARE_ATTRIBUTES = frozenset("""
allowfullscreen alpha async autofocus autoplay checked controls default defer disabled
formnovalidate hidden inert ismap itemscope loop multiple muted nomodule novalidate open playsinline
readonly required reversed selected shadowrootclonable shadowrootdelegatesfocus shadowrootserializable
contenteditable crossorigin download popover
border compact declare nohref noresize noshade nowrap scoped seamless truespeed
amp ⚡ amp4ads amp4email ⚡4ads ⚡4email
""".split())


def words_in_brackets(m: regex.Match) -> bool:
    """Whether a "tag" is words in angle brackets that open with an element's name: a man page's
    list item `1.<Link the executable as normal.>` (qa16b, objcopy), an address spelt out for
    robots `<a at juaristi.eus>` (an AUTHORS file), a placeholder of two words (`'create <object
    name>'`, Italian `<a capo>`, qa18a). A tag's attributes take values (`<input type="checkbox"
    checked>`): three bare words are a sentence, a bare name with a dot a domain, a bare word HTML
    never writes without a value (not `checked`, `async`, `data-x`, `v-cloak`) a word."""
    attrs = m.group("attrs") or ""
    if "=" in attrs:
        return False
    words = attrs.split()
    return (len(words) >= PLACEHOLDER_WORDS or any("." in word.strip(".") for word in words)
            or any(word.lower() not in BARE_ATTRIBUTES and "-" not in word and ":" not in word for word in words))


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _markup_lines_end(text: str, pos: int) -> int:
    """The end of the run of lines from `pos` on that start with a tag (blank lines between)."""
    end = _line_end(text, pos)
    while end < len(text):
        nxt = end + 1
        while nxt < len(text) and text[nxt] in " \t\r\n":
            nxt += 1
        if nxt >= len(text) or text[nxt] != "<":
            break
        end = _line_end(text, nxt)
    return end


def _first_text(text: str) -> int:
    """Where the text's first character outside tags and white space stands (len(text) if none):
    a page's root before it opens an unextracted page."""
    pos, n = 0, len(text)
    while pos < n:
        if text[pos].isspace():
            pos += 1
            continue
        tag = LEADING_TAG.match(text, pos) if text[pos] == "<" else None
        if tag is None:
            return pos
        pos = tag.end()
    return n


_BLANK_LINE = regex.compile(r"\n[ \t\r]*(?:\n|$)")


def _session_end(text: str, line_start: int, pos: int) -> int:
    """Where the REPL line at `line_start` ends; a session whose prompt opens its line runs on to the
    next blank line, with the results the interpreter printed under its prompts (`b'German &#223;,
    &#9836;'` under `>>> 'German ß, ♬'.encode(…, errors='xmlcharrefreplace')`: the output a manual
    documents, never markup to decode)."""
    end = _line_end(text, pos)
    if not text.startswith((">>>", "In ["), line_start) or not code_line(text[pos:end].strip()):
        return end  # (a mail's third-level quotation, `>>> I think so.`, is no session)
    blank = _BLANK_LINE.search(text, pos)
    return blank.start() if blank is not None else len(text)


LEAD_WORDS = 5  # an introducing sentence's words at least (`Example:`, `Share this:` are labels)
_LEAD_END = regex.compile(r"^[^\n]*:[ \t]*$", regex.M)
LEAD_LOOK = 2000  # characters above the colon its paragraph is looked for in


def _indent(line: str) -> int:
    return len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip(" "))


def introduced_blocks(text: str) -> list[tuple[int, int]]:
    """The lines a sentence of the text introduces with a colon and sets deeper than itself, up to the
    next line as shallow as the sentence (blank lines between): a display the text shows as it is (a
    README's `\t<script … src="/javascript/package/lib.js">` under `… through the following lines in your
    html headers:`, a debugger's listing under `This shows the sorts of output the "l" command can
    produce:`; tester28 §4). A scraper's residue is never set off under the article's own lead-in."""
    spans: list[tuple[int, int]] = []
    pos = 0
    for m in _LEAD_END.finditer(text):
        if m.start() < pos or _lead_words(text, m.end()) < LEAD_WORDS:
            continue
        depth = _indent(m.group())
        start = end = m.end() + 1
        while end < len(text):
            line_end = _line_end(text, end)
            line = text[end:line_end]
            if line.strip() and _indent(line) <= depth:
                break
            end = line_end + 1
        end = min(end, len(text))
        if text[start:end].strip():
            spans.append((start, end))
            pos = end
    return spans


def _lead_words(text: str, line_end: int) -> int:
    """The words of the paragraph that ends at `line_end` (`… can be used by through the following lines in` /
    `your html headers:`: the sentence the colon closes)."""
    look = max(0, line_end - LEAD_LOOK)
    blank = max(text.rfind("\n\n", look, line_end), text.rfind("\n\t\n", look, line_end), text.rfind("\n \n", look, line_end))
    return len(text[max(blank + 1, look):line_end].split())


def code_spans(text: str) -> list[tuple[int, int]]:
    """Spans of `text` that are code or a page listing: their tags are the text's own."""
    spans: list[tuple[int, int]] = []
    for m in REPL.finditer(text):
        a = text.rfind("\n", 0, m.start() + 1) + 1
        spans.append((a, _session_end(text, a, m.end())))
    for m in HTTP.finditer(text):
        spans.append((m.start(), _markup_lines_end(text, m.end())))
    first_text = _first_text(text)
    closes = [m.end() for m in ROOT_END.finditer(text)]
    listed_to = -1
    for m in ROOT.finditer(text):
        if m.start() < first_text:
            continue  # the text starts with a page's root: an unextracted page, its tags are residue
        if m.start() < listed_to:
            continue  # inside the listing of an earlier root
        i = bisect.bisect_left(closes, m.end())
        listed_to = closes[i] if i < len(closes) else _markup_lines_end(text, m.end())
        spans.append((m.start(), listed_to))
    for m in STRING_IN_CODE.finditer(text):
        spans.append((m.start(2), m.end(2)))
    for m in INLINE_CODE.finditer(text):
        spans.append((m.start("body"), m.end("body")))
    if "#+" in text:
        spans.extend(m.span("value" if m.group("kind") is None else "block") for m in ORG_DIRECTIVE.finditer(text))
    spans.extend(listed_code(text))  # a template's lines, a numbered listing's (codelisting)
    spans.extend(literal_blocks(text))  # reST's literal blocks and code directives: the document's samples
    if ":" in text:
        spans.extend(introduced_blocks(text))  # a display a sentence introduces, set deeper than it
    return spans


def _elements(text: str, tags: list[regex.Match]) -> dict[int, int]:
    """Opening and closing tags of one element on one line, each start mapped to its partner's."""
    partner: dict[int, int] = {}
    stacks: dict[tuple[int, str], list[regex.Match]] = {}
    line, seen = 0, 0  # the line number, counted forward (tags come in text order)
    for m in tags:
        name = m.group("name").lower()
        if name in VOID or m.group("self"):
            continue
        line += text.count("\n", seen, m.start())
        seen = m.start()
        stack = stacks.setdefault((line, name), [])
        if not m.group("close"):
            stack.append(m)
        elif stack:
            opening = stack.pop()
            partner[opening.start()] = m.start()
            partner[m.start()] = opening.start()
    return partner


def own_tags(text: str, tags: list[regex.Match]) -> set[int]:
    """Start offsets of the tags that are the text's own (named in prose, in code, in a listing).

    Naming is decided per element: a pair around words (`<b>price tag</b>`, `<a href>text</a>
    tags`) formats them, whatever word stands next to its closing tag. An element is named by its
    opening tag (`the <p> tag opens it, </p> closes it`: both are the text's own), a lone tag by
    itself; quoted tags are always the text's own (`"<blockquote>" and "</blockquote>"`)."""
    own: set[int] = set()
    named: set[int] = set()
    partner = _elements(text, tags)
    for run in _runs(text, tags):
        if _quoted(text, run):
            own.update(m.start() for m in run)
        elif _named(text, run):
            named.update(m.start() for m in run)
    by_start = {m.start(): m for m in tags}
    for m in tags:  # an element is named by its opening tag; by its closing one only around prose
        start = m.start()
        if start in named and (not m.group("close") or partner.get(start, start) in named
                               or _far_apart(text, by_start, partner, m)):
            own.add(start)
            if start in partner:
                own.add(partner[start])
    spans = own_code(text)
    own.update(m.start() for m in tags if m.start() in spans)
    return own


def _far_apart(text: str, by_start: dict[int, regex.Match], partner: dict[int, int], closing: regex.Match) -> bool:
    """Whether a named closing tag's partner stands more than four words before it, with no
    attributes: `with <div> on its own, then finish it with the </div> tag` names both tags, where
    `<b>price tag</b>` formats two words."""
    opening = partner.get(closing.start())
    if opening is None:
        return False
    opener = by_start.get(opening)
    if opener is None or (opener.group("attrs") or "").strip():
        return False
    return len(text[opener.end():closing.start()].split()) > 4


class CodeSpans:
    """The spans of `code_spans`, joined where they overlap and sorted: `pos in spans` by bisection
    (a tag or reference of a large document tested against every span was quadratic)."""

    def __init__(self, spans: list[tuple[int, int]]) -> None:
        joined: list[tuple[int, int]] = []
        for a, b in sorted(spans):
            if joined and a <= joined[-1][1]:
                joined[-1] = (joined[-1][0], max(joined[-1][1], b))
            else:
                joined.append((a, b))
        self._starts = [a for a, _ in joined]
        self._ends = [b for _, b in joined]

    def __contains__(self, pos: int) -> bool:
        i = bisect.bisect_right(self._starts, pos) - 1
        return i >= 0 and pos < self._ends[i]


@functools.lru_cache(maxsize=8)
def own_code(text: str) -> CodeSpans:
    """`code_spans` of `text`, found once: CL201, CL203, CL202 and CL205 each ask of one document."""
    return CodeSpans(code_spans(text))


def codeish_lines(text: str, tags: list[regex.Match]) -> set[int]:
    """Start offsets of the lines holding tags whose other text reads as code: their fixes are unsafe."""
    found: set[int] = set()
    for line_start in sorted({text.rfind("\n", 0, m.start()) + 1 for m in tags}):
        line = text[line_start:_line_end(text, line_start)]
        own = SCRIPT.sub(" ", line)
        own = ANY_TAG.sub(" ", own)
        if CODE_SHAPE.search(own):
            found.add(line_start)
    return found


def nearest_line(text: str, pos: int, step: int) -> tuple[int, str]:
    """The nearest non-blank line above the line starting at `pos` (step -1) or below the line
    ending at `pos` (step 1), with its start offset; (-1, "") when there is none."""
    if step < 0:
        end = pos - 1
        while end > 0:
            a = text.rfind("\n", 0, end) + 1
            if text[a:end].strip():
                return a, text[a:end].strip()
            end = a - 1
        return -1, ""
    a = pos + 1
    while a < len(text):
        b = text.find("\n", a)
        b = len(text) if b == -1 else b
        if text[a:b].strip():
            return a, text[a:b].strip()
        a = b + 1
    return -1, ""
