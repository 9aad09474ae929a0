"""Code and document structure in plain text (and reST, man pages, source files), by shape.

Plain text has no fences, but technical text shows its code plainly enough: a reST paragraph
that ends in `::` introduces an indented literal block; `.. code-block:: X` and its kin hold
code in their indented body; a block indented deeper than the paragraph before it whose lines
read as code (statement ends `;{}`, calls, assignments, operators, a prompt `$ `/`>>> `); a
console session at the margin; a shell here-document (`cat > page.html <<EOF` … `EOF`); a
document that is code from end to end (a source file in a JSONL record, its docstring's prose
left out of the count). A title underlined
(`=====` as long as the title) and a man page's all-caps section heading are headings. Those
lines get protected roles (`corpuslint.roles.PROTECTED`): no fix changes them. Hard-wrapped
prose that is merely indented (a block quote, a man page's description) reads as prose and
stays prose.
"""

from __future__ import annotations

import re

from corpuslint import textlines
from corpuslint.console import CODE_PROMPT
from corpuslint.mime import declared_bodies, html_body, readable_lines
from corpuslint.noweb import noweb_chunks, noweb_text
from corpuslint.plain_markup import markup_roles, wiki_shown, wikitext
from corpuslint.restmarks import CODE_DIRECTIVES, DIRECTIVE, TARGET, overline_mark, underline
from corpuslint.roles import Role
from corpuslint.subtitles import subtitle_head

# A text none of whose lines is indented, opens with `..` or a repeated mark (an underline), or
# follows a line ending in `;`, `{`, `}`, `::` or `):` has nothing here (most news and web text):
# one search that looks only at line breaks, no per-line work.
_ANY = re.compile(r"\n(?:[ \t]|\.\.|(?<=[;{}]\n)|(?<=[:)]:\n)|([=\-~^*#+\"'`_.:])\1{2,})")
# a console session at the margin (`$ ls -l`, `>>> f(1)`), an assignment at the margin (`NAME = 1`)
_CONSOLE_NEXT = re.compile(r"(?:^|\n)(?:\$|>>>)[ \t]+\S")
_ASSIGN_NEXT = re.compile(r"(?:^|\n)[A-Za-z_][\w.]*[ \t]*=[ \t]*[^=\s]")
_DOCSTRING = ('"""', "'''", 'r"""', 'u"""')
# a shell here-document's opener: `cat > page.html <<EOF`, `cat <<-'END' | mail`, at the line's end or
# before a redirection, a pipe or a command's end; its body runs to the line holding only the word
_HEREDOC = re.compile(r"(?<!<)<<(-?)[ \t]*(['\"]?)([A-Za-z_]\w*)\2[ \t]*(?:[|;&>)].*)?$")
_HEREDOC_LINES = 400  # a here-document longer than this is no sample in a text
_UNDERLINE_NEXT = re.compile(r"\n([=\-~^*#+\"'`_.:])\1{2,}[ \t\r]*(?:\n|$)")

# (the marks docutils recommends: a `}}}` or `;;;` under a line is code's, never a title's)
_UNDERLINE = re.compile(r"([=\-~^*#+\"'`_.:])\1{2,}[ \t\r]*$")
# a hyperlink target (`corpuslint.restmarks`), a footnote's or citation's label with a colon (`.. [1]:`); a
# substitution definition (`.. |copy| unicode:: U+00A9`) is a directive
_TARGET = re.compile(rf"{TARGET.pattern}|\.\.[ \t]+\[[^\]]+\]:(?:[ \t]|$)")
# an anonymous target's short form: `__ https://…`, `__ restructuredtext.html#tables`, `__ name_` (one link
# block, never words: a form's `__ Yes`)
_ANONYMOUS = re.compile(r"__[ \t]+(?:\S*[./#:]\S*|\S+_)[ \t\r]*$")
_FIELD = re.compile(r":[\w -]+:(?:[ \t]|$)")
_MAN_EVIDENCE = re.compile(r"(?:NAME|SYNOPSIS|DESCRIPTION|OPTIONS)[ \t]*$|[A-Za-z][\w.:-]*\(\d\w{0,3}\)[ \t]{2,}")
# a man page's running head: its name and section at both ends, the manual's title between
# (`FIND(1)   General Commands Manual   FIND(1)`; a long title leaves one space before the second), never a call
_MAN_HEAD = re.compile(r"([A-Za-z][\w.:-]*\(\d\w{0,3}\))[ \t]{2,}\S.*?\S[ \t]+\1")
_MAN_HEADING = re.compile(r"[A-Z][A-Z0-9 &/-]{1,38}[A-Z0-9]$|[A-Z]{2}$")

# a line of code, by its marks
_CODE_HEAD = re.compile(
    r"(?:#include\b|#define\b|#if|#endif|#!|//|/\*|\*/|<[!?/]?[A-Za-z][\w:-]*[ \t>/]|<!--|"
    r"(?:def|class|import|from|return|if|elif|else|for|while|switch|case|try|except|catch|finally|with|"
    r"var|let|const|function|fn|func|pub|public|private|protected|static|void|int|char|bool|auto|struct|"
    r"enum|impl|package|use|using|namespace|template|typedef|local|end|begin|do|then|fi|done|echo|export|"
    r"sudo|cd|pip|npm|git|make|cmake|gcc|cc|python3?|yield|raise|assert|await|async|lambda|print)\b[ \t(:{;]|"
    r"@[A-Za-z_][\w.]*(?:\(|$)|[A-Za-z_][\w.\[\]'\"]*[ \t]*(?:[-+*/|&%^]|//|<<|>>)?=[ \t]*[^=\s]|"
    r"[A-Za-z_][\w.]*\(.*\)[;:{,]?$|[\]})>]+[;,)]*$|[{(\[]$)")
_CODE_TAIL = re.compile(r"(?:[;{}\[(]|\*/|:=|=>|->|\)[ \t]*:|\\)[ \t]*$")
_OPERATORS = re.compile(r"==|!=|<=|>=|&&|\|\||->|=>|::|\+\+|--[A-Za-z]|\b\w+\(\)|\w\.\w+\(|\[\d*\]|\$\{?[A-Za-z_]|"
                        r"[A-Za-z_]\w*=[\w\"'(\[]|[a-z_]\w*\((?!s\))")
# a command line: a program's name (lower case, maybe a path) and its arguments
_COMMAND = re.compile(r"[a-z./~][\w.+/-]*(?:[ \t]|$)")
_LIST_MARK = re.compile(r"[ \t]*(?:[-*+•]|\(?\d{1,3}[.)]|\(?[a-z][.)])[ \t]+(?=\S)")
# a bullet an HTML list is rendered with, by nesting level: `*`, `+`, `o` (inscriptis, lynx, w3m), `-`, `•`,
# and the disclosure triangles of a blog's archive tree (`► 2013 (55)`, `▼ June (1)`); a number (`3.`)
_BULLET = re.compile(r"[ \t]*(?:[-*+•o]|\d{1,3}[.)])[ \t]+(?:[►▼▶▸▾][ \t]+)?(?=\S)")
# the deeper levels of a text browser's list (lynx: `*`, `+`, `o`, `#`, `@`, `-`, `=`): items, under an item of the
# levels above (a `# Wie wird gewählt?` under `o Thema: ...` is a menu's, not a shell comment)
_DEEP_BULLET = re.compile(r"[ \t]*[#@=][ \t]+(?=\S)")
# a form's text field as a text browser draws it (`Suche nach: ____________________ (BUTTON) Go`): a field, no code
_FORM_FIELD = re.compile(r"_{6,}|\((?:BUTTON|SUBMIT|RESET)\)")
_COMMENTS = ("#", "//", "/*", "*", "--", ";;", "(*", "{-", "/-", "%", "<!--", "'", "rem ", "REM ")
# ASCII marks and the symbols of math and logic (∀ → ⊤), not the Latin-1/cp1252 marks that mojibake
# is made of (â€™ Ã©) nor an entity (&#8217;): those are a defect of prose, not code (review16b #2b)
_SYMBOL = re.compile(r"[!-/:-@\[-`{-~]|[^\x00-\xff\u0152-\u0192\u02c6-\u02dc\u2013-\u2122\w\s]")
_ENTITY = re.compile(r"&(?:#\d{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z]{2,8}\d?);")
# a line ending in `;` is a statement only if it holds another mark of code (a verse, a lettered list,
# a recipe's or a score's line ends in `;` too): brackets, `=`, an operator, a variable, a path
_STATEMENT_MARK = re.compile(r"[=(){}\[\]<>$@*/\\+|&]|\w\.\w|::|^[A-Z]{2,}(?:\b.*\b[A-Z]{2,}\b|[ \t]+[a-z_]\w*[ \t]*$|$)"
                             # a declaration `count: Integer;`, `a, b: Pointer;`
                             r"|^[A-Za-z_]\w*(?:,[ \t]*\w+)*[ \t]*:[ \t]*[A-Za-z_][\w.]*(?:\[\w*\])?[ \t]*$")
# a heading's section number (`1.1.1. dpkg-dev¶`, Sphinx's numbered sections, tester31): its dots are no code's
_SECTION_NUMBER = re.compile(r"\d{1,3}(?:\.\d{1,3})+\.?[ \t\xa0]+(?=[^\W\d_])")
# a terminal's colour codes (`ESC[37;1m`), which a text printed by a program keeps: no marks of code
_ANSI = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]")
_ROMAN_MARK = re.compile(r"[ \t]*\(?(?:[ivx]{1,5}|[A-Za-z]|\d{1,3})[.)][ \t]+")
# a strong mark of source code: a block's bracket, an assignment or comparison, a call, a scope
_SOURCE_MARK = re.compile(r"[{}]|[^=!<>]=[^=]|==|\w\(|::|->|=>|\$\w")
# a dotted name (`os.path.join`, `sys.argv`, `web1.example.com`): not initials (`A.M.`) nor `e.g.`
_DOTTED = re.compile(r"\b[A-Za-z_]\w+\.[a-z_]\w+")
_WORD = re.compile(r"[^\W\d_]{2,}")
_TAG_OPEN = re.compile(r"</?([A-Za-z][A-Za-z0-9]{0,9})\b")
# the elements of an HTML page (a page or a mail saved as text), unlike an XML file's own (fonts.conf)
_HTML_TAGS = frozenset("html head body title meta link style script div span p br hr a b i u em strong font "
                       "center table tbody thead tr td th ul ol li img form input h1 h2 h3 h4 h5 h6 blockquote "
                       "pre small big sup sub nav header footer section article".split())


def code_line(line: str) -> bool:
    """Whether a (stripped, non-blank) line reads as a line of code or of a console session."""
    if "\x1b" in line:
        line = _ANSI.sub("", line).strip()  # (a heading printed in colour: `ESC[37;1m3.1. 指导原则ESC[;m`)
        if not line:
            return False
    if CODE_PROMPT.match(line):
        return not _sentence(line)
    if "(" in line and _MAN_HEAD.fullmatch(line) is not None:
        return False  # a man page's running head: its name and section twice, no call (`dpkg-vendor(1)  …  dpkg-vendor(1)`)
    tail = _CODE_TAIL.search(line)
    if tail is not None and (not line.endswith(";") or _statement(line)):
        return not _sentence(line)
    if _CODE_HEAD.match(line):
        return not _sentence(line)
    bare = _ENTITY.sub("", line) if "&" in line else line
    bare = _SECTION_NUMBER.sub("", bare, count=1) if bare[:1].isdigit() else bare
    symbols = len(_SYMBOL.findall(bare))
    if (symbols >= 3 and symbols >= 0.2 * len(line)) or len(_OPERATORS.findall(line)) >= 2:
        return not _sentence(line)
    return False


def _statement(line: str) -> bool:
    """A line ending in `;` that is a statement: a keyword opens it or it holds another mark of code."""
    body = _ENTITY.sub("", line[:-1])
    mark = _ROMAN_MARK.match(body)  # a list item's `(a)`, `ii.`, `3)`
    body = body[mark.end():] if mark else body
    if not body.strip():
        return True  # `;` alone, `};`
    return bool(_STATEMENT_MARK.search(body) or _CODE_HEAD.match(line) or _OPERATORS.search(body))


def _sentence(line: str) -> bool:
    """A line of prose: mostly words, and a sentence's end or a wrapped sentence's middle."""
    if line[:1] in "<{[$@#/\\=;|&%":
        return False  # a tag, a block, a variable, a comment: no sentence opens so
    words = _WORD.findall(line)
    if len(words) < 6:
        return False
    letters = sum(len(w) for w in words)
    if letters < 0.7 * len(line):
        return False
    return not _OPERATORS.search(line) and not line.rstrip().endswith((";", "{", "}"))


# inline code: a reST literal ``x``, an interpreted text or role :ref:`a <b>`, a reference `a <b>`_,
# a Markdown code span `x` (wrapped over lines, never over a blank line); not ``a quotation'', not a
# backtick inside a word (don`t) or one that opens a quotation closed by an apostrophe (`hello')
_INLINE = re.compile(r"``(?!(?:[^`'\n]|'(?!'))*'')(?:[^`\n]|\n(?![ \t]*\n)|`(?!`))+?``|(?::[\w:+.-]+:)?(?<![`A-Za-z0-9])`(?![`\s])(?![^`'\n]*'(?![\w']))(?:[^`\n]|\n(?![ \t]*\n))+?`(?:__?)?(?![A-Za-z0-9])")


def inline_code(text: str) -> list[tuple[int, int]]:
    """The spans of inline code in a plain text (in order, none overlapping): no fix cuts into one."""
    if "`" not in text:
        return []
    return [m.span() for m in _INLINE.finditer(text)]


def plain_structure(text: str) -> list[Role | None] | None:
    """Per line (of `text.split("\\n")`): CODE, HEADING, MARKER or LINK_DEFINITION where a line is code or
    structure (and TABLE for a wikitext table's lines: `corpuslint.plain_markup`), None elsewhere; None
    for a text with none (the fast path). A subtitle file has none (`_subtitles`). An e-mail's
    quoted-printable body (`corpuslint.mime`) is read decoded: its lines are what they say without
    the escapes (`=3D`, a soft break's `=` made prose read as assignments), and an HTML snippet the
    mail quotes stays code; a `text/html` part is the markup rules' (no code)."""
    if "-->" in text and _subtitles(text):
        return None
    roles = _structure(text)
    markup = markup_roles(text)  # wikitext's and LaTeX's structure (`corpuslint.plain_markup`)
    if markup is not None:
        roles = markup if roles is None else [m or r for m, r in zip(markup, roles)]
    if roles is not None and "=" in text:
        for start, end, charset in declared_bodies(text):
            first, last = text.count("\n", 0, start), text.count("\n", 0, max(start, end - 1))
            body = [] if html_body(text, start) else _structure(readable_lines(text[start:end], charset)) or []
            n_lines = last + 1 - first
            roles[first:last + 1] = (body + [None] * n_lines)[:n_lines]
        if not any(roles):
            return None
    return roles


def _subtitles(text: str) -> bool:
    """A subtitle file (SubRip, WebVTT): its cues, their timings and a WebVTT file's `STYLE`,
    `REGION` and `NOTE` blocks are the markup rules' (CL209's, CL201's), never code: a WebVTT style
    sheet (`::cue { color: papayawhip; }`) made the whole file read as code, and CL209's fix was
    withheld (qa22 r07)."""
    return subtitle_head(text)


def _structure(text: str) -> list[Role | None] | None:
    console = ("$ " in text or ">>> " in text) and _CONSOLE_NEXT.search(text) is not None
    # a source file whose prose docstring comes first and whose statements are assignments
    module = text.lstrip().startswith(_DOCSTRING) and " = " in text and _ASSIGN_NEXT.search(text) is not None
    heredoc = "<<" in text and _heredoc_at(text)
    noweb = noweb_text(text)  # a Sweave vignette's R chunks (`<<label>>=` … `@`)
    if _ANY.search(text) is None and text[:1] not in " \t." and "*/" not in text \
            and not text.rstrip().endswith((";", "{", "}", "::")) and not console and not module and not heredoc \
            and not noweb:
        return None  # (most texts: one search that looks only at line breaks)
    indented = text[:1] in " \t" or "\n " in text or "\n\t" in text
    rest = "::\n" in text or "::\r\n" in text or text.startswith("..") or "\n.." in text or text.endswith("::")
    underlined = _UNDERLINE_NEXT.search(text) is not None
    # a line that ends like a statement (`;`, `{`, `}`, `*/`): `in` is ~5x faster than a search
    code_end = (";\n" in text or "{\n" in text or "}\n" in text or "*/" in text or "):\n" in text
                or text.rstrip().endswith((";", "{", "}")) or module)
    if not (indented or rest or underlined or code_end or console or heredoc or noweb):
        return None
    lines = text.split("\n")
    roles: list[Role | None] = [None] * len(lines)
    found = fenced = ("```" in text or "~~~" in text) and _fences(lines, roles)
    if underlined:
        found = _underlines(lines, roles) or found
    if indented or rest:
        found = _blocks(lines, roles) or found
    if console:
        found = _consoles(lines, roles) or found
    if heredoc:
        found = _heredocs(lines, roles) or found
    if noweb:
        found = noweb_chunks(lines, roles) or found
    wiki = (code_end or found) and wikitext(text)  # (a wiki's sentences are read without their markup)
    if code_end and not fenced and not any(role is not None and role is not Role.CODE for role in roles):
        # no fence, title, directive or literal block's marker: a document, not a source file, if
        # it is not code from end to end
        if _whole_code(lines, roles, wiki=wiki):
            return roles
    if found:
        _code_paragraphs(lines, roles, wiki=wiki)
    return roles if found else None


def _consoles(lines: list[str], roles: list) -> bool:
    """A console session at the margin: a paragraph that opens with a prompt and a command
    (`$ echo "<b>x</b>" > page.html`, `>>> f(1)`), the command's output below it. A text browser's
    dump sets the session at the margin right under its indented lead-in (lynx's Python docs:
    `   argument:` over `>>> 'German ß'.encode(…)`): a line indented above the prompt ends the
    paragraph as a blank line does."""
    found = False
    n_lines = len(lines)
    n = 0
    while n < n_lines:
        line = lines[n]
        if roles[n] is not None or not line.startswith(("$", ">>>")) or (
                n and lines[n - 1].strip() and lines[n - 1][:1] not in " \t"):
            n += 1
            continue
        m = n
        while m < n_lines and lines[m].strip() and roles[m] is None:
            m += 1
        command = CODE_PROMPT.sub("", line, count=1)
        content = [lines[k].strip() for k in range(n, m)]
        if CODE_PROMPT.match(line) and (_COMMAND.match(command) if line[0] == "$" else code_line(command)) \
                and not _sentence(command) and sum(map(_sentence, content)) <= len(content) // 3:
            for k in range(n, m):
                roles[k] = Role.CODE
            found = True
        n = m
    return found


def _heredoc_at(text: str) -> bool:
    """Whether some line of `text` opens a shell here-document (`<<EOF` at its end)."""
    return any(_HEREDOC.search(line) for line in text.split("\n") if "<<" in line)


def _heredocs(lines: list[str], roles: list) -> bool:
    """A shell here-document: a command line that opens one (`cat > header.html <<EOF`), its body and
    the line holding only its word (`EOF`). The body is the program's data, written as the file or the
    message it makes (`Usage: ${progname} [options] <template> <output>`, a page's `<!-- … -->`):
    code, however it reads (an extractor's residue never comes in a here-document)."""
    found = False
    n_lines = len(lines)
    n = 0
    while n < n_lines:
        m = _HEREDOC.search(lines[n]) if "<<" in lines[n] else None
        command = lines[n][:m.start()].strip() if m else ""
        if m is None or not command or _sentence(command):
            n += 1
            continue
        word = m.group(3)
        end = next((k for k in range(n + 1, min(n_lines, n + 2 + _HEREDOC_LINES)) if lines[k].strip() == word), None)
        if end is None or any(roles[k] not in (None, Role.CODE) for k in range(n, end + 1)):
            n += 1
            continue
        for k in range(n, end + 1):
            roles[k] = Role.CODE
        found = True
        n = end + 1
    return found


def _code_paragraphs(lines: list[str], roles: list, *, wiki: bool = False) -> None:
    """In a text that shows code or structure (technical text): a paragraph every line of which
    is code (statements at the margin between indented blocks, a man page's synopsis) is code too.
    In wikitext a line is read as its reader sees it (`plain_markup.wiki_shown`): a sentence under
    `'''bold'''`, `{{templates}}`, `[[links]]` and `<ref>` footnotes is prose, never code."""
    n_lines = len(lines)
    n = 0
    while n < n_lines:
        if not lines[n].strip() or roles[n] is not None:
            n += 1
            continue
        m = n
        while m < n_lines and lines[m].strip() and roles[m] is None:
            m += 1
        if all(code_line(lines[k].strip()) and not (wiki and _sentence(wiki_shown(lines[k]).strip()))
               for k in range(n, m)) and not _bulleted_list([lines[k].strip() for k in range(n, m)]):
            for k in range(n, m):
                roles[k] = Role.CODE
        n = m


def _whole_code(lines: list[str], roles: list, *, wiki: bool = False) -> bool:
    """A document that is code from end to end (a source file, a script, a query file): all of it. Never
    wikitext (`plain_markup.wikitext`): a Wikipedia article's headings (`== History ==`), citation
    templates' fields and sentences under links, templates and footnotes read as code line by line,
    yet it is a document, its markup the markup's roles (the Senate of Pakistan's article was all code)."""
    if wiki:
        return False
    content = [line.strip() for line in lines if line.strip()]
    # a comment's (and a docstring's) sentences are the code's own: they neither count for it nor against it
    content = [line for line in _without_docstrings(content) if not line.startswith(_COMMENTS)]
    if len(content) < 3:
        return False
    code = prose = 0
    for i, line in enumerate(content):
        if code_line(line):
            code += 1
        elif _sentence(line):
            prose += 1
        if i == 29 and (prose > 4 or code < 12):
            return False  # its head is prose: no need to read on
    letterless = sum(1 for line in content if not any(c.isalpha() for c in line))
    if code < 3 or code + letterless < 0.5 * len(content) or prose > 0.15 * len(content):
        return False
    if not any(_SOURCE_MARK.search(_ENTITY.sub("", line)) or CODE_PROMPT.match(line) for line in content):
        return False  # short lines with `;` ends and no bracket, assignment or call: verse, a letter
    tags = [m.group(1).lower() for line in content if (m := _TAG_OPEN.match(line))]
    if tags and sum(tag in _HTML_TAGS for tag in tags) * 2 >= len(tags) and len(tags) * 3 >= len(content):
        return False  # an HTML page or mail saved as text: its tags are the markup rules' (qa16c N4), not code
    for n, line in enumerate(lines):
        roles[n] = Role.CODE if line.strip() else None
    return True


def _without_docstrings(content: list[str]) -> list[str]:
    """The lines outside a docstring (between triple quotes, from the start of a line)."""
    kept: list[str] = []
    closing = ""
    for line in content:
        if closing:
            if closing in line:
                closing = ""
            continue
        if line.startswith(_DOCSTRING):
            mark = line.lstrip("ru")[:3]
            if line.count(mark) == 1:
                closing = mark
            continue
        kept.append(line)
    return kept


_FENCE = re.compile(r"[ \t]{0,3}(`{3,}|~{3,})")


def _fences(lines: list[str], roles: list) -> bool:
    """Markdown's fenced code in a plain text (a README saved as .txt): the fences and what lies
    between them; a fence never closed is left alone. A run directly under a text line no longer than
    it is a reST title's underline (`corpuslint.restmarks`), no fence's opening."""
    found = False
    n = 0
    while n < len(lines):
        opening = _FENCE.match(lines[n])
        if opening is None or underline(lines, n):
            n += 1
            continue
        mark = opening.group(1)
        m = n + 1
        while m < len(lines):
            closing = _FENCE.match(lines[m])
            if closing and closing.group(1)[0] == mark[0] and len(closing.group(1)) >= len(mark) \
                    and not lines[m].strip().strip(mark[0]):
                break
            m += 1
        if m == len(lines):
            n += 1
            continue
        for k in range(n, m + 1):
            if lines[k].strip():
                roles[k] = Role.CODE
        found = True
        n = m + 1
    return found


TITLE_WORDS = 12  # a title is a few words; a longer line over a rule is a paragraph's end


def _underlines(lines: list[str], roles: list) -> bool:
    """reST titles: a line underlined (and maybe overlined) with one punctuation mark, at least
    as long as the title (`corpuslint.restmarks`: a fence's marks are never an overline); a title's
    shape inside fenced code is the code's."""
    found = False
    for n in range(1, len(lines)):
        mark = lines[n]
        if not mark or mark[0] not in "=-~^*#+\"'`_.:" or _UNDERLINE.match(mark) is None or roles[n] is Role.CODE:
            continue
        title = lines[n - 1].rstrip()
        if not underline(lines, n):
            # an overline above its title? (a title as long as its rules, or a few words: a notice of
            # 60 words framed by two `*****` lines is a paragraph, qa16c's e-mail footer)
            inner = lines[n + 1].strip() if n + 2 < len(lines) else ""
            if (inner and overline_mark(mark) and lines[n + 2].rstrip() == mark.rstrip()
                    and (len(inner) <= len(mark.strip()) or len(inner.split()) <= TITLE_WORDS)):
                roles[n] = roles[n + 1] = roles[n + 2] = Role.HEADING
                found = True
            continue
        if textlines.indent(title) != textlines.indent(mark):
            continue
        end = title.rstrip()
        if ((end.endswith((".", ";", ",")) and not end.endswith("..")) or len(title.split()) > TITLE_WORDS
                or "://" in title or "@" in title):
            continue  # a sentence or an address over a rule (an e-mail's footer: qa16c N3) is no title
        roles[n] = roles[n - 1] = Role.HEADING
        found = True
    return found


def _blocks(lines: list[str], roles: list) -> bool:
    """reST literal blocks and directives, man-page section headings, indented code blocks."""
    found = False
    n_lines = len(lines)
    # an all-caps line over an indented paragraph is a man page's heading only in a man page (its
    # `LS(1)` header line, or a NAME/SYNOPSIS/DESCRIPTION heading): a news label (ADVERTISEMENT) is not
    man = any(_MAN_EVIDENCE.match(line) for line in lines)
    n = 0
    prev = -1  # the last non-blank line before n
    while n < n_lines:
        line = lines[n]
        stripped = line.strip()
        if not stripped:
            n += 1
            continue
        ind = textlines.indent(line)
        # under a paragraph ending `::`, what is indented is a literal block, a directive's shape in it
        # too (`.. include:: <isonum.txt>` over the sample it includes: qa23 ref__rst__definitions)
        literal = (prev >= 0 and ind > _text_column(lines[prev]) and roles[prev] is None
                   and lines[prev].rstrip().endswith("::"))
        directive = DIRECTIVE.match(stripped) if stripped.startswith("..") and not literal else None
        if directive is not None or (not literal and (_TARGET.match(stripped) if stripped.startswith("..") else
                                                      stripped.startswith("__") and _ANONYMOUS.match(stripped))):
            code = directive is not None and directive["name"].lower().split(":")[-1] in CODE_DIRECTIVES
            roles[n] = Role.LINK_DEFINITION if directive is None else (Role.CODE if code else Role.MARKER)
            found = True
            body = _body(lines, n + 1, ind)
            options = True  # still in the option list that opens the body (one pass: linear)
            for m in range(n + 1, body):
                s = lines[m].strip()
                if not s:
                    continue
                if code:
                    roles[m] = Role.CODE
                elif options and _FIELD.match(s):
                    roles[m] = Role.MARKER  # the directive's options
                else:
                    options = False
            if code or directive is None:
                prev, n = body - 1, body
                continue
            prev, n = n, n + 1
            continue
        if prev >= 0 and ind > _text_column(lines[prev]) and roles[prev] is None:
            body = _body(lines, n, _text_column(lines[prev]))
            opener = lines[prev].rstrip()
            if opener.endswith("::") or _code_block(lines, n, body, opener):
                for m in range(n, body):
                    if lines[m].strip():
                        roles[m] = Role.CODE
                if opener.endswith(":"):
                    roles[prev] = Role.MARKER  # "like this::" makes what follows a literal block
                found = True
                prev, n = body - 1, body
                continue
        if man and ind == 0 and _MAN_HEADING.match(stripped) and n + 1 < n_lines and lines[n + 1][:1] in " \t" \
                and lines[n + 1].strip() and (prev < 0 or not lines[n - 1].strip()):
            roles[n] = Role.HEADING
            found = True
        prev, n = n, n + 1
    return found


def _text_column(line: str) -> int:
    """Where a line's text starts: after a list item's marker (`1.  `, `-   `), whose hanging
    lines are indented to it."""
    found = _LIST_MARK.match(line)
    return found.end() if found else textlines.indent(line)


def _body(lines: list[str], start: int, outer: int) -> int:
    """The end (exclusive, trailing blank lines left out) of the block from `start` whose lines
    are indented deeper than `outer`."""
    end = start
    m = start
    while m < len(lines):
        line = lines[m]
        if line.strip():
            if textlines.indent(line) <= outer:
                break
            end = m + 1
        m += 1
    return end


def _bulleted_list(content: list[str], under_item: bool = False) -> bool:
    """Whether (stripped, non-blank) lines are a rendered HTML list: every line a bulleted item (`_BULLET`)
    whose text holds no mark of source code (a bracket, an assignment, a call, a statement's end, a
    dotted name: `* os.path.join` under `A Python list of them:` is code, review26), but for
    one in ten (a song's title `Nan Ren = Shawn Yu & ...` among 200). A page's list as a text browser or
    inscriptis writes it is indented under its heading, and its short items read as code by their symbols
    (`* ► 2017 (9)`, `* A.M. Kuchling`: the marker, the dots, a count's parentheses); they are the page's
    text or its furniture, never code (issue 15: a blog's archive tree and contributors, 80 lines CL140
    scored 1.00, were kept as code). Lynx's deeper levels (`#`, `@`, `=`, `_DEEP_BULLET`) are items too where
    the list has an item of the levels above (`under_item`: the block's opener, or a line of it)."""
    marked = 0
    deep = under_item or any(_BULLET.match(line) for line in content)
    for line in content:
        mark = _BULLET.match(line) or (_DEEP_BULLET.match(line) if deep else None)
        if mark is None:
            return False
        item = line[mark.end():]
        if _SOURCE_MARK.search(item) or _CODE_TAIL.search(item) or _OPERATORS.search(item) or _DOTTED.search(item):
            marked += 1
            if marked * 10 > len(content):
                return False
    return bool(content)


def _code_block(lines: list[str], start: int, end: int, opener: str) -> bool:
    """Whether an indented block reads as code: most of its lines are code, none (or few) read
    as sentences; one line after a colon that is no sentence (a command) counts too. A rendered
    list is no code (`_bulleted_list`)."""
    content = [lines[m].strip() for m in range(start, end) if lines[m].strip()]
    if _bulleted_list(content, under_item=_BULLET.match(opener) is not None):
        return False
    # a form's fields (`____________________`, `Betreff ____`) are no code: counted out, and a block of them alone is none
    content = [line for line in content if not form_field(line)]
    if not content:
        return False
    if content and CODE_PROMPT.match(content[0]) is None:
        content = [line for line in content if not line.startswith(_COMMENTS)] or content[:1]
    if not content:
        return False
    code = sum(1 for line in content if code_line(line))
    prose = sum(1 for line in content if _sentence(line))
    if CODE_PROMPT.match(content[0]) and prose <= len(content) // 3:
        return True  # a console session: a command and what it printed
    if prose > len(content) // 5:
        return False
    if code >= 0.5 * len(content):
        return True
    # a command or a sample introduced by "like this:" / "Example:"
    return opener.endswith(":") and len(content) <= 3 and prose == 0 and all(
        _COMMAND.match(line) and not line.endswith((".", "!", "?")) for line in content)


def bulleted_line(line: str) -> bool:
    """Whether a line opens with a rendered list's bullet mark, of any of a text browser's levels (`_BULLET`,
    `_DEEP_BULLET`; not a number `3.`, which opens a code sample's numbered lines as often as an item): a
    dump's list item, which CL140 may judge where plain text reads its block as code (`dumps._browsers_line`)."""
    mark = _BULLET.match(line) or _DEEP_BULLET.match(line)
    return mark is not None and not line[:mark.end()].strip()[:1].isdigit()


def form_field(line: str) -> bool:
    """A (stripped) line a text browser drew for a form: a text field (`_FORM_FIELD`), maybe with its
    label or button, and nothing of code besides (no code here; in a dump, a line CL140 may judge)."""
    if "_" * 6 not in line:
        return False
    rest = _FORM_FIELD.sub(" ", line).strip()
    return not rest or not code_line(rest) and not _OPERATORS.search(rest)
