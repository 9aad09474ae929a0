"""CL2xx: markup left in plain text — HTML tags, entities, comments, scripts, mojibake; and data
that is no text (encoded blobs, subtitle timings: `payloads`); an Info manual's navigation (`texinfo`),
a documentation page's header-link marks (`headerlinks`); LaTeX left in a text corpus (`latex`).

Scrapers that strip HTML imperfectly leave `<u>Reuters</u>`, `&amp;amp;nbsp;`, ad-script comments
and `//]]>` in text that is meant to be prose. Only names of real HTML elements count as tags, so
`a <b> c` in a maths paper (no closing `</b>` either...) is rare, and `<3`, `x < y > z`,
`<insert name>` or `<john@example.com>` never match.

In Markdown, HTML is part of the language: tags, entities and comments are not findings there,
except tags left open or closed without opening (CL203), and scripts (CL205).
"""

from __future__ import annotations

import functools
import html
import html.entities
from collections.abc import Iterator

import regex

from corpuslint import hookimpl
from corpuslint.models import Applicability, Document, Fix, Severity, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, shorten

from corpuslint.checks.markup.aboutmarkup import (about_markup, entity_listed, key_notation, metavariable, names_markup,
                                                  tags_listed, word_of_notation)
from corpuslint.checks.markup.codeshape import (authors_comment, encoded_line, opener_in_prose, prose_line,
                                                 tag_in_sentence, tag_named)
from corpuslint.checks.markup.entities import CHAIN, decode as _decode, escaped_twice, shown_as_written
from corpuslint.checks.markup.ownmarkup import (codeish_lines, named_entity, own_code, own_tags, words_in_brackets,
                                                xml_document)
from corpuslint.checks.markup.payloads import RULES as PAYLOAD_RULES
from corpuslint.checks.markup.transport import RULES as TRANSPORT_RULES
from corpuslint.checks.markup import headerlinks, latex, pdfglyphs, texinfo, xmlexample
from corpuslint.checks.markup.mentions import pair_as_words, pod_format_code, tag_as_word
from corpuslint.checks.markup.notation import (footnote_mark, in_code_chunk, noweb_name, not_a_lone_tag, placeholder,
                                               render_script, template_escape)
from corpuslint.checks.markup.mojibake import (  # noqa: F401 (CL206 and its tests' names, as before)
    BEYOND_TYPOGRAPHY, MOJIBAKE_SHAPE, TYPOGRAPHY, Mojibake, non_ascii,
)
from corpuslint.checks.markup.scripts import EmbeddedScript, widen_to_lines
from corpuslint.checks.markup.replacement import ReplacementCharacter

VOID = frozenset("area base br col embed hr img input link meta param source track wbr".split())
ELEMENTS = VOID | frozenset("""
a abbr address article aside audio b bdi bdo blockquote body button canvas caption center cite code
colgroup data datalist dd del details dfn dialog div dl dt em fieldset figcaption figure font footer form
h1 h2 h3 h4 h5 h6 head header hgroup html i iframe ins kbd label legend li main map mark menu meter nav
noscript object ol optgroup option output p picture pre progress q rp rt ruby s samp script section select
small span strike strong style sub summary sup table tbody td template textarea tfoot th thead time title
tr tt u ul var video
""".split())
BLOCK = frozenset("address article aside blockquote div dl dd dt figcaption figure footer form h1 h2 h3 h4 h5 h6 "
                  "header hr li main nav ol p pre section table tbody td tfoot th thead tr ul br".split())
RAW_TEXT = frozenset({"script", "style"})
STRUCK = frozenset({"s", "strike", "del"})  # struck-out words: withdrawn, not formatted

TAG = LazyPattern(
    r"<(?P<close>/)?(?P<name>[A-Za-z][A-Za-z0-9]{0,9})"
    r"(?P<attrs>(?:\s+[^\s<>=/\"']+(?:\s*=\s*(?:\"[^\"<>]*\"|'[^'<>]*'|[^\s<>\"']+))?)*)\s*(?P<self>/)?>"
)
ENTITY = LazyPattern(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
COMMENT = LazyPattern(r"<!--.*?(?:-->|\Z)", regex.S)
ENTITY_NAMES = frozenset(name.rstrip(";") for name in html.entities.html5)


def _masked(doc: Document) -> str:
    """The text with Markdown code spans and fenced blocks blanked out (same length)."""
    if doc.origin.format != "markdown" or "`" not in doc.text and "~~~" not in doc.text:
        return doc.text
    return CODE.sub(lambda m: " " * len(m.group()), doc.text)


CODE = LazyPattern(r"(?ms)^(```|~~~).*?^\1[ \t]*$|`[^`\n]+`")


def _tags(text: str) -> Iterator[regex.Match]:
    if "<" not in text:
        return iter(())
    return (m for m in TAG.finditer(text) if m.group("name").lower() in ELEMENTS and not words_in_brackets(m)
            and not (not m.group("close") and pod_format_code(text, m.start())))  # POD's `C<header>`: no HTML (mentions)


@functools.lru_cache(maxsize=4)
def _residue(text: str) -> tuple[tuple[regex.Match, ...], frozenset[int]]:
    """The tags a scraper may have left (not those the text names or shows in code or a listing:
    `ownmarkup`), and the starts of the lines whose other text reads as code (unsafe fixes).
    Found once per text: CL201 and CL203 both ask of one document."""
    tags = [m for m in _tags(text) if not encoded_line(text, m.start())]  # a font's bytes (an ASS `[Fonts]`)
    if not tags:
        return (), frozenset()
    own = (own_tags(text, tags) | xmlexample.example_tags(text, tags, ELEMENTS, VOID)  # `<a><b/><c/></a>` (tester31)
           | xmlexample.written_tags(text, tags))  # `<meta http-equiv=…...>`, `<H1>..<H6>` written about (tester32)
    left = tuple(m for m in tags if m.start() not in own and not noweb_name(text, m)
                 and not in_code_chunk(text, m.start())  # a chunk head's name, a literate program's code
                 and not metavariable(text, m, ELEMENTS))  # `url.<base>.insteadOf`, `--data-ascii <data>`
    if left and xml_document(text):  # an XML file's own tags: no safe fix (ownmarkup)
        return left, frozenset(_line_of(text, m.start()) for m in left)
    return left, frozenset(codeish_lines(text, list(left)) if left else ())


def _line_of(text: str, pos: int) -> int:
    return text.rfind("\n", 0, pos) + 1


def _line_end(text: str, pos: int) -> int:
    end = text.find("\n", pos)
    return len(text) if end == -1 else end


def _pairs(text: str, tags=None):
    """Match opening and closing tags with a stack per element name.

    Returns (pairs, lone): pairs of (open, close) matches, and tags without a partner. Void
    elements and self-closing tags are neither.
    """
    stacks: dict[str, list[regex.Match]] = {}
    pairs, lone, void = [], [], []
    for m in _tags(text) if tags is None else tags:
        name = m.group("name").lower()
        if name in RAW_TEXT:
            continue  # scripts and styles are CL205's
        if name in VOID or m.group("self"):
            void.append(m)
            continue
        if m.group("close"):
            stack = stacks.get(name)
            if stack:
                pairs.append((stack.pop(), m))
            else:
                lone.append(m)
        else:
            stacks.setdefault(name, []).append(m)
    for stack in stacks.values():
        lone.extend(stack)
    lone.sort(key=lambda m: m.start())
    return pairs, lone, void


def _struck(text: str, open_m: regex.Match, close_m: regex.Match) -> Violation:
    """A struck-out element (`<s>`, `<strike>`, `<del>`): the words the author withdrew (loguru's README:
    `- <s>[10x faster than built-in logging](…)</s>`, tester28). Its tags alone removed, the text asserts
    them; the fix removes the element with its words, unsafe, and only on one line (an element over
    several lines may strike a whole section: a person decides)."""
    inner = text[open_m.end():close_m.start()]
    fix = None if "\n" in inner else Fix.delete(open_m.start(), close_m.end(), f"Remove the struck-out text with its "
                                                 f"<{open_m.group('name')}> tags", safe=False)
    return Violation(open_m.start(), close_m.end(), f"HTML element `{open_m.group()}…{close_m.group()}` left in plain "
                     f"text around \"{shorten(inner, 40)}\": struck-out words, which the text asserts without their "
                     "tags", fix=fix, source=open_m.group("name").lower())


_TABLE_ROW = LazyPattern(r"[ \t]*\|[^\n]*\|[ \t]*")  # a Markdown table's row, between its outer pipes


def _tag_edit(text: str, m: regex.Match, *, lone: bool = False) -> TextEdit:
    """What a removed tag leaves: a block tag (a line break, a paragraph) between words on its line
    becomes a newline, with the spaces beside it, so the two stay apart (a wikitext table's cell `Ann
    Smith <br /> Bob Jones` is two names, never `Ann Smith  Bob Jones`, one); elsewhere nothing. The
    spaces after it stay where another tag follows them (that tag's edit takes them). A lone tag (CL203)
    breaks a line only where it is glued between a sentence's end and the next one's capital (`simple.<p>One
    setting`: the paragraph it opened); elsewhere, with no partner, it delimits no block, and a line break in
    a sentence mangles it (`not match <H1>..<H6> elements`, tester32): it becomes a space there."""
    start, end = m.start(), m.end()
    if m.group("name").lower() in BLOCK and _TABLE_ROW.fullmatch(text, _line_of(text, start), _line_end(text, end)):
        return TextEdit(start=start, end=end, replacement=" ")  # a row is one line: `_0BSD_<br>[_disputed_]` in a cell
    if m.group("name").lower() in BLOCK:
        while start > 0 and text[start - 1] in " \t":
            start -= 1
        after = end
        while after < len(text) and text[after] in " \t":
            after += 1
        if start > 0 and after < len(text) and not text[start - 1].isspace() and not text[after].isspace():
            return TextEdit(start=start, end=after if text[after] != "<" else end, replacement=_lone_gap(text, m, after) if lone and not _paragraph_break(text, m) else "\n")
    return TextEdit(start=m.start(), end=m.end(), replacement="")


def _paragraph_break(text: str, m: regex.Match) -> bool:
    """A tag glued between a sentence's end and a capital: `simple.<p>One setting per line`."""
    return text[m.start() - 1:m.start()] in (".", "!", "?", ":") and text[m.end():m.end() + 1].isupper()


def _lone_gap(text: str, m: regex.Match, after: int) -> str:
    """What stands for a lone block tag between two words: a space, or nothing before a closing mark
    (`cent<p>" she said`, `auditor<div>)`)."""
    return "" if text[after] in "\"”’'),.;:!?]}" and after == m.end() else " "


def _about(text: str, pos: int) -> bool | None:
    """In a text about markup (aboutmarkup): True where the paragraph names markup (the text's
    own: no finding), False elsewhere (a fix there is unsafe); None in any other text."""
    if not about_markup(text):
        return None
    return names_markup(text, pos)


def _bare(m: regex.Match) -> bool:
    return not (m.group("attrs") or "").strip() and not m.group("self")


def _loses_link(m: regex.Match) -> bool:
    return bool(regex.search(r"\b(?:href|src)\s*=", m.group("attrs") or "", regex.I))


class StrayHtmlTag(Rule):
    """## What it does
    Finds HTML elements left in plain text: a paired element such as `<u>Reuters</u>` or
    `<b>…</b>`, and void tags such as `<br>` or `<img …>`. Only real HTML element names count.

    ## Why is this bad?
    The tags are residue of a failed HTML-to-text extraction. They pollute word counts and
    tokenisers, and a model trained on them learns to emit markup in prose.

    ## Example
    ```
    According to <u>Reuters</u> on Sunday, Russia sent around 100 troops.
    ```
    Use instead:
    ```
    According to Reuters on Sunday, Russia sent around 100 troops.
    ```

    ## Fix safety
    The fix removes the tags and keeps their text (a block tag such as `<br>` or `<p>` between
    two words becomes a newline, with the spaces beside it: `Ann Smith <br /> Bob Jones` in a table's
    cell is two names on two lines, never one; in a Markdown table's row, one line between its outer pipes,
    it becomes a space: a newline would split the row); a number in `<sup>`/`<sub>` glued to the text before it is
    written instead (`10<sup>7</sup>` is `10^7`, not `107`; `km²`, `H₂O`), a footnote's number
    after a full stop or comma is kept apart (`2011.<sup>4</sup>` is `2011.[4]`). It is safe,
    except for tags with an `href` or `src`, whose link target would be lost, tags on a line whose
    other text reads as code (a dotted call, an assignment), the tags of an XML file that is no
    web page (a configuration saved as text), tags in a text about markup (one that names HTML or
    XML and tags, elements or entities again and again, outside a comment form's "Allowed HTML
    tags:" and a `Tags:` label, and mentions a tag or entity as such: quoted, `<pre> tags`), a bare tag that stands
    as a word of a sentence, spaces around it (as CL203: removing it leaves a hole), a tag with or without attributes
    that a sentence talks about (`akin to an <input type="text"> in HTML`, `or <b> and </b> in`), and a number in `<sup>` after a number
    that is no exponent's base (`in 2010<sup>3</sup>`: a footnote or a power): those fixes are
    unsafe. A struck-out element (`<s>`, `<strike>`, `<del>`) holds words the author withdrew: its
    tags alone removed, the text would assert them; its fix removes the element with its words, unsafe,
    and an element over several lines gets none.

    ## Known problems
    Not reported in Markdown, where inline HTML is allowed (see CL203 for broken HTML there).
    Not reported either where the tags are the text's own: named in prose (`an <img> tag`,
    `Allowed HTML tags: <em> <strong>`), in code (a string literal, a `>>>` session, an HTTP
    message, a Sweave or R Markdown chunk, a template quoted with its directives: `[% … %]`,
    `{% … %}`, `<?php`; a listing numbered line by line; a reST literal block or code directive's body,
    `.. code-block:: text` over a template's `<div> yay </div>`) or in a page's listing after the prose that introduces
    it (`<!DOCTYPE html> <html> <head>`…), between a pattern's delimiters (vim's `start=+<a>+`),
    or in a paragraph of a text about markup that names markup (`surrounded by <pre>...</pre>
    tags` in a manual of an HTML exporter). An element around words is formatting even beside such
    a word (`<b>price tag</b>`): both its tags are reported, never one alone. Words in angle
    brackets that open with an element's name are no tag: three bare words (a man page's `1.<Link
    the executable as normal.>`), a name with a dot (an address spelt `<a at example.org>`) or a
    word HTML never writes without a value (`'create <object name>'`, Italian `<a capo>`). Nor is
    a metavariable of command-line notation, though HTML has its name: inside a dotted key
    (`url.<base>.insteadOf`), opening an optional argument (`[<label>...]`), after an option
    (`--data-ascii <data>`), after a keyword in capitals, a word of its own (`COME FROM <label>`),
    and in a text that writes three or more bracketed words no HTML has (a man page's `<blob>`,
    `<commit>`) any such word but a block or inline formatting element. Nor is an element the sentence
    speaks of (as CL203): a bare tag, or a pair around no words, after the language's name or a determiner or
    before the word for it (`a single HTML <form> ... </form> instance`, `the <br> tag`). Nor is a tag a sentence
    writes about by its shape: its attributes elided (`Remove unneeded <meta http-equiv=content-type...> from
    gitweb`), a range of numbered elements (`<H1>..<H6>`).
    """

    code = "CL201"
    triggers = ("<",)  # (`check`: no tag without one)
    name = "stray-html-tag"
    family = "markup"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    skip_formats = frozenset({"markdown"})

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if "<" not in text:
            return
        tags, codeish = _residue(text)
        pairs, _lone, void = _pairs(text, tags)
        for open_m, close_m in pairs:
            if (about := _about(text, open_m.start())) is True:
                continue  # a paragraph about markup: `surrounded by <pre>...</pre> tags` (aboutmarkup)
            inner = text[open_m.end():close_m.start()]
            if _bare(open_m) and not any(c.isalnum() for c in inner) and tag_named(text, open_m.start(), close_m.end()):
                continue  # "a single HTML <form> ... </form> instance": the element the sentence speaks of (codeshape)
            if open_m.group("name").lower() in STRUCK:
                yield _struck(text, open_m, close_m)  # withdrawn words: without their strike they are asserted
                continue
            safe = about is None and not _loses_link(open_m) and not (
                {_line_of(text, open_m.start()), _line_of(text, close_m.start())} & codeish) and not any(
                _bare(m) and tag_in_sentence(text, m.start(), m.end()) for m in (open_m, close_m))  # a hole (as CL203)
            safe = safe and not pair_as_words(text, open_m, close_m)  # `like { and } or <b> and </b> in` (mentions)
            fix = Fix(
                title=f"Remove the <{open_m.group('name')}> tags, keep their text",
                applicability=Applicability.SAFE if safe else Applicability.UNSAFE,
                edits=[_tag_edit(text, open_m), _tag_edit(text, close_m)],
            )
            if (mark := footnote_mark(text, open_m, close_m)) is not None:  # 2011.<sup>4</sup> is 2011.[4]
                fix = Fix.replace(open_m.start(), close_m.end(), mark[0], f"Write it as `{mark[0]}`",
                                  safe=safe and mark[1])
            elif (written := render_script(text, open_m, close_m)) is not None:  # 10<sup>7</sup> is 10^7, not 107
                fix = Fix.replace(open_m.start(), close_m.end(), written, f"Write it as `{written}`", safe=safe)
            yield Violation(open_m.start(), close_m.end(),
                            f"HTML element `{open_m.group()}…{close_m.group()}` left in plain text "
                            f"around \"{shorten(inner, 40)}\"", fix=fix, source=open_m.group("name").lower())
        for m in void:
            if (about := _about(text, m.start())) is True:
                continue  # `<br> is used to end each line` in a manual of an HTML exporter
            if _bare(m) and tag_named(text, m.start(), m.end()):
                continue  # "the <br> tag", "an HTML <hr>": the element named (codeshape)
            yield Violation(m.start(), m.end(), f"HTML tag `{shorten(m.group(), 60)}` left in plain text",
                            fix=Fix(title=f"Remove `{shorten(m.group(), 30)}`", edits=[_tag_edit(text, m)],
                                    applicability=Applicability.SAFE if about is None and not _loses_link(m)
                                    and _line_of(text, m.start()) not in codeish
                                    and not (_bare(m) and tag_in_sentence(text, m.start(), m.end()))
                                    and not tag_as_word(text, m.start(), m.end())  # `akin to an <input …> in` (mentions)
                                    else Applicability.UNSAFE),
                            source=m.group("name").lower())


class HtmlEntity(Rule):
    """## What it does
    Finds HTML character references left in plain text: named (`&amp;`, `&nbsp;`, `&hellip;`),
    decimal (`&#8217;`) and hexadecimal (`&#x2019;`), including chains of double escaping
    (`&amp;amp;nbsp;`).

    ## Why is this bad?
    Readers and models see `&amp;` instead of `&`. Entities also break exact matching and
    deduplication: the same sentence with `&rsquo;` and with `’` counts as two.

    ## Example
    ```
    Smith &amp; Wesson&#8217;s new model&nbsp;&hellip;
    ```
    Use instead:
    ```
    Smith & Wesson’s new model …
    ```

    ## Fix safety
    Safe: the fix decodes the reference, repeatedly for double-escaped chains, into the
    character it stands for; a no-break space becomes a plain space. Unsafe in a text about
    markup (one that names HTML or XML and tags, elements or entities again and again), and
    where the text shows the reference as written: its run of references stands in quotes or
    backticks, in a page's code or literal element, or is a value of three or more references
    to distinct characters (a parameter's `“*&#x2020;&#x2021;&#x25CA;”`; also in HTML).

    ## Known problems
    Not reported in Markdown, where entities are valid syntax; in HTML (`jsonl.text-format`) only
    double escaping is (`&amp;nbsp;` shows as `&nbsp;`; the fix takes off the extra `amp;`). `&` followed by a word and no
    semicolon (`AT&T`, `R&D`) is never matched. Nor are references the text names (`the &nbsp;
    entity`, `the XML character entity &mdash;`, `"&amp;"`) or shows in code or a page's
    listing (as CL201), nor a wikitext template's escaped pipe (`{{cite web |title=A &#124; B}}`),
    nor a row of an entity table (`&lt;  < (less-than)`: the character it stands for follows it),
    nor one in a line of encoded data (as CL203: an ASS script's `[Fonts]`),
    nor one in a paragraph of a text about markup that names markup (`a series of &nbsp;
    character references`).
    """

    code = "CL202"
    triggers = ("&",)
    name = "html-entity"
    family = "markup"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    skip_formats = frozenset({"markdown"})

    CHAIN = CHAIN

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if "&" not in text:
            return
        if doc.origin.format == "html":  # entities are HTML's own there: only one escaped twice is a finding
            return (yield from escaped_twice(text, _about))
        for m in ENTITY.finditer(text):
            body = m.group()[1:-1]
            if not body.startswith("#") and body not in ENTITY_NAMES:
                continue
            if (named_entity(text, m.start(), m.end()) or m.start() in own_code(text)
                    or template_escape(text, m.start(), body) or encoded_line(text, m.start())):
                continue  # the text's own: named in prose, in code or a page's listing, a template's `&#124;`
            start, end = m.start(), m.end()
            # extend over a double-escaped chain: &amp;amp;nbsp;
            chain = self.CHAIN.match(text, start) if body == "amp" else None
            if chain and chain.end() > end:
                end = chain.end()
            raw = text[start:end]
            decoded = _decode(raw)
            if decoded == raw or entity_listed(text, end, decoded):
                continue  # decoded already, or a row of an entity table: `&lt;  < (less-than)` (aboutmarkup)
            if (about := _about(text, start)) is True:
                continue  # `a series of &nbsp; character references` in a text about markup
            shown = decoded.replace("\u00a0", " ").replace("\n", "\\n")
            # shown as written (quoted, a value): talked about, and a person decides
            safe = about is None and not shown_as_written(text, start, end)
            fix = Fix.replace(start, end, decoded, f"Decode `{shorten(raw, 30)}`", safe=safe)
            if not decoded.strip():
                a, b = widen_to_lines(text, start, end)
                if (a, b) != (start, end):  # a space alone on its line: the line goes, not a blank one
                    fix = Fix.delete(a, b, f"Remove the line holding only `{shorten(raw, 30)}`", safe=safe)
            yield Violation(start, end, f"HTML entity `{shorten(raw, 50)}` in plain text (it stands for "
                            f"{'a space' if shown == ' ' else repr(shown)})", fix=fix, source=body)


class UnbalancedHtmlTag(Rule):
    """## What it does
    Finds an HTML tag whose partner is missing: an opening tag never closed (`<a href=…>` with no
    `</a>`), or a closing tag never opened (`</div>`). In plain text and in Markdown (outside code
    spans and fenced code).

    ## Why is this bad?
    A lone tag is a sure sign that an extractor cut an element in half: the link text or the
    rest of a block may be lost or glued to the wrong paragraph. In Markdown, an unclosed block
    tag swallows the rest of the document when rendered.

    ## Example
    ```
    Read the <a href="http://example.com/report">full report here.
    ```
    Use instead:
    ```
    Read the full report here.
    ```

    ## Fix safety
    In plain text the fix removes the lone tag; it is unsafe when the tag carries an `href` or
    `src` (the link target is lost), stands on a line that reads as code or in an XML file that
    is no web page, stands in a text about markup (as CL201), or is a bare tag named as a word of
    a sentence (`A top-level <section> is a subsection of …`, or one ending its line where the
    wrapped sentence goes on below in lower case: removing it leaves a hole), or any tag standing as a word inside a
    sentence (`a custom <select> UI control`, `(eg. <span>)`, `(<div>, <table>)`), safe otherwise. POD's formatting
    codes (`C<header>`) are no HTML and not reported. A lone block tag
    between two words becomes a space (nothing before a closing mark), never a line break inside a sentence; only
    one glued between a sentence's end and a capital (`simple.<p>One setting`) becomes the line break it stood
    for. In Markdown there is no fix: the right repair (close it? remove it?) needs a person.

    ## Known problems
    Tags the text names in prose, shows in code or lists as a page (as CL201) are not reported,
    nor noweb chunk heads (`<<dt>>=`), tags in a literate program's code chunks (Sweave, R
    Markdown) and placeholders (`\\textsl{<label>}`, `<label> = <value>`), tags named in a
    paragraph of a text about markup (as CL201), nor key notation: a key glued to its modifier
    (`M-<DEL>`, vim's `i_<Del>`, `<Ctrl>-<Q>`), a key or placeholder inside a token whose bracket, bar or quote
    it closes (`|<Del>|`, `(\\x<code>)`; not `cent<p>"`, never a block element), a key's name
    (`<Del>`, `<Home>`, not `<p>`) in a text that writes two or more keys in brackets (`<CR>`,
    `<Esc>`, `<C-x>`: vim help, info manuals), nor metavariables of command-line notation (as
    CL201: `url.<base>.insteadOf`, `[<label>...]`, `--data-ascii <data>`, `COME FROM <label>`, git's
    `<object>` among its `<blob>`, `<commit>`; a dotted key's last part before its value,
    `Zutty.<option>: value`, or ending a word in a text that writes other placeholders, `merge.<option>` beside
    `branch.<name>.mergeoptions`; an argument named again in prose after its option, `--config=<var>` …
    `the configuration variable <var>`), nor a tag written about by its shape (as CL201: `<meta …...>`,
    `<H1>..<H6>`), nor a tag in a word set in inline code or verbatim marks (Org's
    `=Zutty.<option>=`, `~<dir>/bin~`, backticks in a plain text), nor a bare tag named as a noun after a
    determiner, the language's name or before the word for it in a sentence (`the ID attribute of the
    <object>. Use …`, `rendered as an HTML <ul>.`, `a <form> element`), nor a regular expression's group
    name (`(?P<header>[^:]+)`, `\\k<name>`), nor a closing tag whose opener on its line is WebVTT's
    classed span (`<i.blue>Some italic</i>`: CL209's), nor bytes of encoded data that read as a tag (`<Q>` in
    an ASS script's uuencoded `[Fonts]`: a line of uuencode's alphabet, no space nor small letter).
    """

    code = "CL203"
    triggers = ("<",)  # (the text `_masked` blanks holds one where it does)
    name = "unbalanced-html-tag"
    family = "markup"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES

    def check(self, doc: Document) -> Iterator[Violation]:
        text = _masked(doc)
        if "<" not in text:
            return
        tags, codeish = _residue(text)
        _pairs_, lone, _void = _pairs(text, tags)
        markdown = doc.origin.format == "markdown"
        for m in lone:
            if not markdown and placeholder(text, m, ELEMENTS) or key_notation(text, m) or tags_listed(text, m.start()) \
                    or not_a_lone_tag(text, m):
                continue  # `\textsl{<label>}`, `<label> = <value>`, `M-<DEL>`, `|<Del>|`, `(?P<header>`: notation
            if _bare(m) and tag_named(text, m.start(), m.end()):
                continue  # "the ID attribute of the <object>. Use …", "an HTML <ul>.": the element named (codeshape)
            about = None if markdown else _about(text, m.start())
            if about is True:
                continue  # `the following tags are recognized: <B> <I> <U>` (aboutmarkup)
            kind = "closing tag without an opening tag" if m.group("close") else "opening tag never closed"
            fix = None
            if not markdown:
                # a bare tag named as a word of a sentence is a mention: a person decides (codeshape)
                safe = about is None and not _loses_link(m) and _line_of(text, m.start()) not in codeish \
                    and not (_bare(m) and tag_in_sentence(text, m.start(), m.end())) \
                    and not word_of_notation(text, m, ELEMENTS)  # ed's `<p>` among its `<r>`, `<w>`
                safe = safe and not tag_as_word(text, m.start(), m.end())  # `(eg. <span>)`, `custom <select> UI` (mentions)
                fix = Fix(title=f"Remove the lone `{shorten(m.group(), 30)}`", edits=[_tag_edit(doc.text, m, lone=True)],
                          applicability=Applicability.SAFE if safe else Applicability.UNSAFE)
            yield Violation(m.start(), m.end(), f"{kind}: `{shorten(m.group(), 60)}`", fix=fix,
                            source=m.group("name").lower())


class HtmlComment(Rule):
    """## What it does
    Finds HTML comments (`<!-- … -->`) in plain text, often wrapping ad or tracking scripts.

    ## Why is this bad?
    Comments are never content; in scraped text they carry ad-server code, template markers
    and tracking snippets.

    ## Example
    ```
    The vote is on Tuesday. <!-- AdSpeed.com Serving Code 7.9.4 -->
    ```
    Use instead:
    ```
    The vote is on Tuesday.
    ```

    ## Fix safety
    Safe: the comment is removed; when it fills its own lines, the lines go too. Unsafe inside a
    sentence, with words on both sides of it on its line (`comments go between <!-- and -->
    markers` is prose naming the markers). A comment left open is taken to the end of the text
    only when it starts a line and no prose follows it; a closed one whose body holds a line of
    prose and that starts inside prose is a mention too (`a comment starts with <!--`). In an
    XML file that is no web page (`<?xml …?>` over a root other than `html`: fonts.conf saved as
    text) the comments are the file's own, and in a text about markup (as CL201) they may be its
    examples: their fixes are unsafe. An example in a paragraph of such a text that names markup,
    or after one ending with a colon (`a comment looks like this in XML:`), is not reported. No fix changes a line of code
    (a literal block, a shell here-document `cat > page.html <<EOF` … `EOF`): a comment there is
    the program's. A comment that holds a notice (copyright, a licence: the Apache header over a
    README read as plain text) or a sentence of prose is its author's, not a scraper's residue:
    its fix is unsafe.

    ## Known problems
    Not reported in Markdown, where comments are valid (corpuslint's own suppression comments
    are HTML comments).
    """

    code = "CL204"
    triggers = ("<!--",)
    name = "html-comment"
    family = "markup"
    severity = Severity.ERROR
    fix_availability = FixAvailability.ALWAYS
    skip_formats = frozenset({"markdown"})

    def check(self, doc: Document) -> Iterator[Violation]:
        text = doc.text
        if "<!--" not in text:
            return
        pos = 0
        while (m := COMMENT.search(text, pos)) is not None:
            pos = m.end()
            closed = m.group().endswith("-->")
            body = m.group()[4:-3] if closed else m.group()[4:]
            line_start = text.rfind("\n", 0, m.start()) + 1
            in_prose = any(c.isalpha() for c in text[line_start:m.start()])
            if (not closed and opener_in_prose(text, m.start(), body)) or (
                    closed and in_prose and any(prose_line(line.strip()) for line in body.split("\n"))):
                pos = m.start() + 4  # prose naming the marker; a real comment may start inside the match
                continue
            if (about := _about(text, m.start())) is True:
                continue  # an example after "a comment looks like this in XML:" (aboutmarkup)
            start, end = widen_to_lines(text, m.start(), m.end())
            line_end = text.find("\n", m.end())
            after = text[m.end():len(text) if line_end == -1 else line_end]
            # inside a sentence (words on both sides) it may be prose naming the markers, in an XML
            # file the file's own comment: a person decides
            safe = about is None and not (in_prose and any(c.isalpha() for c in after)) and not xml_document(text)
            own = authors_comment(body)
            yield Violation(m.start(), m.end(), f"HTML comment in plain text: `{shorten(m.group(), 60)}`"
                            + (f" (unsafe fix: it holds {own}, the author's own)" if own else ""),
                            fix=Fix.delete(start, end, "Remove the HTML comment", safe=safe and not own))


RULES = (StrayHtmlTag, HtmlEntity, UnbalancedHtmlTag, HtmlComment, EmbeddedScript, Mojibake, ReplacementCharacter,
         *PAYLOAD_RULES, *TRANSPORT_RULES, *texinfo.RULES, *headerlinks.RULES, *pdfglyphs.RULES,
         *latex.RULES)


@hookimpl
def corpuslint_register_rules(register):
    for rule in RULES:
        register(rule)
