"""Text ABOUT markup or keys: angle brackets and references that are notation, not a scraper's
residue (qa18a finding 1: every safe CL20x fix read in technical documentation was wrong).

Three kinds of documentation write what looks like HTML on purpose:
- KEY NOTATION and placeholders (vim help, GNU info, man pages): `<CR>`, `<Esc>`, `<C-x>`, a key
  glued to its modifier (`M-<DEL>`, vim's `i_<Del>`, `<Ctrl>-<Q>` in a manual that brackets its keys), a key or placeholder inside a token
  (`|<Del>|`, `(\\x<code>)`: the bracket after closes one opened in the same token, and no block
  element is glued so). A bracketed word that is no HTML element and is never closed is
  notation; a text that writes two or more of them writes its keys in brackets, and a key's name
  there (`<Del>` is also an element's name) is one of them, never `<p>` (`key_notation`).
- METAVARIABLES of command-line and configuration notation (man pages, `--help`, changelogs of
  such docs): a bracketed word inside a dotted key (`url.<base>.insteadOf`) or ending one before its
  value (`Zutty.<option>: value`; not a block or inline element: `sentence.<p>`), opening an optional
  or repeated argument (`[<label>...]`, `[=<path>]`), after an option (`--data-ascii <data>`, `-z,
  --time-cond <time>`), and in a text that writes three or more bracketed words no HTML has and
  never closes (git's `<blob>`, `<commit>`, curl's `<file>`, `<url>`) any bracketed word that is
  no block or inline formatting element (its definition term `<object>`, "any <object> can"): the
  names are also HTML's (`base`, `label`, `data`, `object`, `time`, `address`), but the text writes
  its arguments so (qa22 r04: 20 of 20 CL201/CL203 findings in man pages); ending a dotted key's word in a
  text that writes other placeholders (`merge.<option>` beside `branch.<name>.mergeoptions`), or named again
  in prose after an option placed it (`--config=<var>` … `variable <var>`; git's release notes, tester32); and after a keyword of the
  syntax being written, in capitals (`COME FROM <label>`, `GOTO <label>`; the Jargon File, qa23 r09),
  standing as a word of its own (`metavariable`).
- TEXT ABOUT MARKUP (a manual of an HTML exporter, an XML primer): it names HTML, XML or SGML
  again and again, and tags, elements, attributes, entities, outside its page furniture, and it
  mentions markup as such: quoted, named by a noun beside it, listed after a colon
  (`about_markup`; a news article on HTML5 is not about markup, review19). There, markup in a
  paragraph that names markup is what the paragraph is about (`names_markup`: `surrounded by
  <pre>...</pre> tags`, `a series of &nbsp; character references`, an example `<!-- comment -->`
  after "a comment looks like this in XML:"), and any other fix is unsafe (a person decides).
- ENTITY TABLES: a reference followed on its line by the character it stands for (`&lt;  <
  (less-than)`) lists it (`entity_listed`); TAG LISTS: a row of tags after a colon that names
  them (`You may use these HTML tags: <a> <b> <i>`, a comment form's hint) lists them (`tags_listed`).
Scraped prose names none of these, so a scraper's `<u>Reuters</u>`, `<br><br>` and `&amp;` are
still residue.
"""

from __future__ import annotations

import functools
import itertools

import regex

from corpuslint.textutil import LazyPattern, paragraph_at

# a markup language's name (not in an address or a file name: `index.html`, `/xml/`)
LANGUAGE = LazyPattern(r"(?<![\w./-])(?:X?HTML\d?|XML|SGML|DocBook|html|xml)(?![\w/]|\.\w)")
# a markup noun, in the languages of the corpora
NOUN = LazyPattern(r"(?<![^\W\d_])(?:tags?|elements?|attributes?|entit(?:y|ies)|character[ \t\n]+references?|markup|"
                   r"balises?|éléments?|attributs?|entités?|Elemente?|Attribute?|Entität(?:en)?|Auszeichnung\w*|"
                   r"etiquetas?|elementos?|atributos?|entidad(?:es)?|elementi|attributi|entità|marcatori)(?![^\W\d_])",
                   regex.I)
ABOUT_LANGUAGE = 3  # names of markup languages, and
ABOUT_NOUNS = 3  # markup nouns, this many or more in a text: it is about markup

# key names written in angle brackets (vim, Emacs/readline, man pages): named keys, function keys,
# a modifier and a key (`<C-x>`, `<M-BS>`, `<S-Tab>`)
KEY = LazyPattern(r"<(?:(?:[CMSADT]|Ctrl|Alt|Shift|Meta|Cmd)-[^<>\s]{1,12}|F\d{1,2}|CR|NL|LF|Esc|Tab|BS|Del|Ins|"
                  r"Space|Enter|Return|Up|Down|Left|Right|Home|End|PageUp|PageDown|PgUp|PgDn|Insert|Delete|"
                  r"Backspace|Bar|Bslash|Leader|LocalLeader|Nul|EOL|Help|Undo|Break|Cmd|SID|Plug|lt)>", regex.I)
KEYS_IN_TEXT = 2  # key names in brackets, this many in a text: it writes its keys so
# what a key or placeholder glued into a token has around it: a modifier before (`M-<DEL>`,
# `i_<Del>`), a closing bracket, bar or quote after (`(\x<code>)`, `|<Del>|`, `'<x>'`)
MODIFIER_BEFORE = LazyPattern(r"(?<![\w-])(?:[A-Za-z][-_]|(?:Ctrl|Alt|Shift|Meta|Cmd)[-+])\Z"
                              # a modifier in brackets itself: `<Ctrl>-<Q>`, `<Alt>+<F4>` (qa20 r11)
                              r"|<(?:Ctrl|Control|Alt|AltGr|Shift|Meta|Cmd|Command|Option|Opt|Win|Super|Fn)>[-+]\Z",
                              regex.I)
TOKEN_AFTER = ")]}|'\""
TOKEN_OPENER = {")": "(", "]": "[", "}": "{", "|": "|", "'": "'", '"': '"'}
# block elements: never a placeholder glued into a token (`auditor<div>)` is a scraper's)
BLOCK_NAMES = frozenset("p div table tr td th ul ol li h1 h2 h3 h4 h5 h6 blockquote section article "
                        "header footer nav aside form pre hr br body html head".split())


@functools.lru_cache(maxsize=4)
def _keys(text: str) -> int:
    if "<" not in text:
        return 0
    return sum(1 for m in KEY.finditer(text) if f"</{m.group()[1:]}" not in text)


def key_notation(text: str, m: regex.Match) -> bool:
    """Whether a bare, unclosed "tag" is a key or a placeholder of the text's notation: glued to a
    modifier (`M-<DEL>`, `i_<Del>`, `<Ctrl>-<Q>`, `<Alt>+<F4>`), glued inside a token that a bracket, bar or quote closes
    (`(\\x<code>)`, `|<Del>|`), or in a text that writes two or more keys in brackets (`<CR>`,
    `<Esc>`, `<C-x>`, never closed: vim help, info manuals), where `<Del>` is the key."""
    if m.group("close") or m.group("self") or (m.group("attrs") or "").strip():
        return False
    start, end = m.start(), m.end()
    if MODIFIER_BEFORE.search(text, max(0, start - 10), start):
        return True
    after = text[end:end + 1]
    if after and after in TOKEN_AFTER and m.group("name").lower() not in BLOCK_NAMES:
        # glued inside a token: the closer after closes an opener in the same token (`(\x<code>)`,
        # `|<Del>|`, `'<x>'`), not a quote or bracket of the sentence (`cent<p>" she said`)
        token = start
        while token > 0 and not text[token - 1].isspace():
            token -= 1
        if TOKEN_OPENER[after] in text[token:start]:
            return True
    # a text that writes its keys in brackets: only a key's name is one (`<Del>`), not `<p>`
    return KEY.fullmatch(m.group()) is not None and _keys(text) >= KEYS_IN_TEXT


# where a metavariable stands in command-line notation: glued into a dotted key (`url.<base>.insteadOf`),
# opening an optional or repeated argument (`[<label>...]`, `--exec-path[=<path>]`), after an option
OPTION_ARGUMENT = LazyPattern(r"(?:\w\.|\[=?|(?<![\w-])--?[A-Za-z][\w-]*(?:\[?=|[ \t]))\Z")
KEY_END = frozenset(":=/")  # what follows a dotted key's last part: its value, or the path goes on
METAVARIABLE = LazyPattern(r"<([a-z][a-z0-9_-]*)>")
METAVARIABLES_IN_TEXT = 3  # distinct bracketed words no HTML has, never closed: the text writes its arguments so
# elements a scraper leaves bare in prose: never an argument's name by the text's habit alone
INLINE_NAMES = frozenset("a b i u s em strong span font small big sup sub img br code tt".split())
# a keyword of the syntax a metavariable fills, in capitals, right before it (`COME FROM <label>`)
KEYWORD_BEFORE = LazyPattern(r"(?<![\w-])[A-Z]{2,}[ \t]+\Z")


@functools.lru_cache(maxsize=4)
def _metavariables(text: str, elements: frozenset[str]) -> int:
    if "<" not in text:
        return 0
    names = {m.group(1) for m in METAVARIABLE.finditer(text)}
    return sum(1 for name in names if name not in elements and f"</{name}>" not in text)


def metavariable(text: str, m: regex.Match, elements: frozenset[str]) -> bool:
    """Whether a bare, unclosed "tag" is a metavariable of command-line or configuration notation
    (see the module's METAVARIABLES): inside a dotted key, opening an optional argument, after an
    option, after a keyword in capitals (`COME FROM <label>`), or, in a text that writes
    METAVARIABLES_IN_TEXT or more bracketed words no HTML has, any lower-case one but a block or
    inline formatting element (`<p>`, `<span>` stay residue)."""
    if m.group("close") or m.group("self") or (m.group("attrs") or "").strip():
        return False
    start, end = m.start(), m.end()
    name = m.group("name")
    if not name.islower() or f"</{name}>" in text:
        return False
    argument = OPTION_ARGUMENT.search(text, max(0, start - 40), start) is not None
    if argument and (text[start - 1:start] != "." or text[end:end + 1] == "." and text[end + 1:end + 2].isalnum()):
        return True  # a dotted key's part needs a dot on both sides (`sentence.<p>Next` is residue)
    if name in BLOCK_NAMES or name in INLINE_NAMES:
        return False
    if argument and text[end:end + 1] in KEY_END:
        return True  # a dotted key's last part, then its value (`Zutty.<option>: value`, `=…<option>=`)
    if (argument and DOTTED_KEY_BEFORE.search(text, max(0, start - 40), start) is not None
            and not text[end:end + 1].isalnum() and text[end:end + 1] not in "<&"
            and _metavariables(text, elements) >= 1):
        return True  # a dotted key's last part in a text that writes placeholders: `merge.<option>` (tester32)
    if _placed_elsewhere(text, m.group(), start):
        return True  # `the configuration variable <var>` after `--config=<var>`: the same argument (tester32)
    if KEYWORD_BEFORE.search(text, max(0, start - 40), start) is not None and not text[end:end + 1].isalnum():
        return True  # `COME FROM <label>`: a word of its own after the keyword it fills, not glued to one
    return _metavariables(text, elements) >= METAVARIABLES_IN_TEXT


# an element closed anywhere in a text: it holds HTML, whatever else it writes in brackets
CLOSED_ELEMENT = LazyPattern(r"</[A-Za-z][\w-]*>")
# what may follow a word of its own: white space, a sentence's mark, a closing bracket
WORD_AFTER = frozenset(" \t\n,.;:!?)]")


def word_of_notation(text: str, m: regex.Match, elements: frozenset[str]) -> bool:
    """Whether a bare tag that is a block or inline element's (`<p>`) stands as a word of its own
    (white space before it, white space or a sentence's mark after) in a text that writes
    METAVARIABLES_IN_TEXT or more bracketed words no HTML has and closes no element: ed's manual writes its
    commands and keys so (`<r>`, `<w>`, `<newline>`, `<RETURN>`), and its `we issue the <p>` / `("print")
    command` names the print command (tester33 A3). Removing it would take the sentence's word: no safe fix.
    A scraper's `<p>` is glued to the text (`simple.<p>One`) or stands among HTML it closes elsewhere."""
    if m.group("close") or m.group("self") or (m.group("attrs") or "").strip():
        return False
    start, end = m.start(), m.end()
    if (start > 0 and not text[start - 1].isspace()) or (end < len(text) and text[end] not in WORD_AFTER):
        return False
    return _metavariables(text, elements) >= METAVARIABLES_IN_TEXT and CLOSED_ELEMENT.search(text) is None


# a configuration key's identifier ending at the dot before a placeholder: `merge.<option>`, `branch.<name>.x`
DOTTED_KEY_BEFORE = LazyPattern(r"(?<![^\s\"'`(\[])[a-z][a-z0-9_-]*(?:\.[a-z0-9_-]+)*\.\Z")


def _placed_elsewhere(text: str, tag: str, start: int) -> bool:
    """Whether the same bracketed word stands elsewhere in the text where only an argument does: after an
    option (`--config=<var>`) or inside a dotted key (`url.<base>.insteadOf`); the text names its argument so."""
    at = text.find(tag)
    while at != -1:
        if at != start and at > 0:
            before = OPTION_ARGUMENT.search(text, max(0, at - 40), at)
            if before is not None and (text[at - 1] != "." or text[at + len(tag):at + len(tag) + 1] == "."):
                return True
        at = text.find(tag, at + 1)
    return False


# a line that is a page's furniture, not its prose: a CMS comment form's hints (Drupal's "Text
# format Basic HTML Plain text", "Allowed HTML tags: <em> …", "No HTML tags allowed.") and a tag
# list's label (`Tags: Politics, Elections`); they name HTML on every page of a site (review19 #2)
FURNITURE = LazyPattern(r"^[ \t]*(?:Text[ \t]+formats?\b.*|Allowed[ \t]+HTML[ \t]+tags\b.*|No[ \t]+HTML[ \t]+tags[ \t]+"
                        r"allowed\.?|(?:Basic|Full|Filtered|Restricted|Limited)[ \t]+HTML|Tags?[ \t]*:.*|Tags?)[ \t]*$",
                        regex.M | regex.I)
# markup MENTIONED as such: a tag, comment or reference quoted (`"&irgendein-begriff;"`, `"<"`),
# named by the noun next to it (`<pre>...</pre> tags`, `&nbsp; character references`, `the
# element <br>`), or listed after a colon in a sentence that names tags (`the following tags are
# recognized ...: <B> <I>`)
_TOKEN = r"(?:</?[A-Za-z][\w:-]*(?:[ \t][^<>\n]*)?>|<!--|&#?\w+;|[<>&])"
MENTIONED = LazyPattern(
    rf"[\"'`„“‚‘«]{_TOKEN}[\"'`“”‘’»]|"
    rf"{_TOKEN}(?:\.\.\.|…)?(?:</[A-Za-z][\w:-]*>)?[ \t\n]+(?:(?:HTML|XML)[ \t\n]+)?(?P<noun>{NOUN.pattern})|"
    rf"(?<![^\W\d_])(?P<noun>{NOUN.pattern})[ \t\n]+{_TOKEN}|"
    rf"(?<![^\W\d_])(?P<noun>{NOUN.pattern})\b(?:[^.!?<>\n]|[.!?](?=\S))*(?:\n(?:[^.!?<>\n]|[.!?](?=\S))*){{0,2}}:"
    r"[ \t\n]*</?[A-Za-z]",
    regex.I)


def _prose(text: str) -> str:
    """The text without its furniture lines."""
    return FURNITURE.sub("", text) if "HTML" in text or "Tag" in text or "tag" in text else text


@functools.lru_cache(maxsize=4)
def about_markup(text: str) -> bool:
    """Whether the text is about markup: outside its page furniture (a comment form's "Allowed HTML
    tags:" hint, a `Tags:` label), it names a markup language (HTML, XML, SGML, DocBook) three
    times or more and markup nouns (tag, element, attribute, entity, character reference, markup,
    in the corpora's languages) three times or more, and it mentions markup as such at least once:
    quoted, named by the noun beside it (`<pre> tags`, `&nbsp; character references`) or listed
    after a colon (a manual of an HTML exporter, an XML primer; not a news article on HTML5 whose
    `<br>` and `&amp;` are its page's residue, review19 #2)."""
    text = _prose(text)
    return (_at_least(LANGUAGE, text, ABOUT_LANGUAGE) and _at_least(NOUN, text, ABOUT_NOUNS)
            and MENTIONED.search(text) is not None)


def _at_least(pattern: LazyPattern, text: str, count: int) -> bool:
    """Whether `pattern` matches `text` `count` times or more (it stops searching there)."""
    return sum(1 for _ in itertools.islice(pattern.finditer(text), count)) >= count


def names_markup(text: str, pos: int) -> bool:
    """Whether the paragraph around `pos` names markup (a language or a markup noun), or the
    paragraph before it does and ends with a colon (`a comment looks like this in XML:` over
    its example)."""
    a, b = paragraph_at(text, pos)
    if LANGUAGE.search(text, a, b) or NOUN.search(text, a, b):
        return True
    before = text[:a].rstrip()
    if before.endswith((":", "：")):
        pa, pb = paragraph_at(text, len(before) - 1)
        return bool(LANGUAGE.search(text, pa, pb) or NOUN.search(text, pa, pb))
    return False


# a run of three tags or more with nothing but separators between (`<a href=""> <abbr title=""> <b>`)
TAG_RUN = LazyPattern(r"(?:<[A-Za-z][^<>\n]{0,60}>(?:[ \t]*,?[ \t]+|[ \t]*,[ \t]*)){2,}<[A-Za-z][^<>\n]{0,60}>")
TAGS_LISTED = 3


def tags_listed(text: str, pos: int) -> bool:
    """Whether the tag at `pos` is an item of a list of tags that its line introduces with a colon
    after naming markup: a comment form's `You may use these HTML tags: <a href="" title=""> <abbr
    title=""> <b> ...` (qa19c r05; any language the nouns cover). Residue stands between words,
    not in a row of tags under a lead-in that names them."""
    start = text.rfind("\n", 0, pos) + 1
    stop = text.find("\n", pos)
    stop = len(text) if stop == -1 else stop
    for run in TAG_RUN.finditer(text, start, stop):
        if run.start() <= pos < run.end() and run.group().count("<") >= TAGS_LISTED:
            lead = text[start:run.start()].rstrip()
            return lead.endswith((":", "：")) and bool(LANGUAGE.search(lead) or NOUN.search(lead))
    return False


def entity_listed(text: str, end: int, decoded: str) -> bool:
    """Whether a reference is a row of an entity table: white space after it, then the very
    character it stands for (`&lt;  < (kleiner-als)`, `&amp;  &`)."""
    rest = text[end:text.find("\n", end) if "\n" in text[end:] else len(text)]
    stripped = rest.lstrip(" \t")
    return bool(decoded.strip()) and len(stripped) < len(rest) and stripped.startswith(decoded)
