"""CL205: JavaScript and CSS left in text (`EmbeddedScript`), and its helpers: the lines a removal
widens to, whether the code is what the article is about, whether a removal would cut into code."""

from __future__ import annotations

from collections.abc import Iterator

import regex

from corpuslint.models import Document, Fix, Severity, Violation
from corpuslint.plain_markup import verbatim_spans
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, block_removal, shorten

from corpuslint.checks.markup.codeshape import (PROSE_WORDS, SCRIPT_LINE, code_like, code_line, mentions_tag, packed_blocks,
                                                run_is_code)
from corpuslint.checks.markup.ownmarkup import nearest_line, own_code
from corpuslint.checks.markup.notation import closes_braced_words, closes_latex_group, in_code_chunk

SCRIPT_ELEMENT = LazyPattern(r"<(script|style)\b[^>]*>.*?(?:</\1\s*>|\Z)", regex.S | regex.I)


def widen_to_lines(text: str, start: int, end: int) -> tuple[int, int]:
    """Widen a span to whole lines (with blank lines) when nothing else stands on them."""
    line_start = text.rfind("\n", 0, start) + 1
    line_end = text.find("\n", end)
    line_end = len(text) if line_end == -1 else line_end
    if text[line_start:start].strip() or text[end:line_end].strip():
        return start, end
    return block_removal(text, start, end)


class EmbeddedScript(Rule):
    """## What it does
    Finds JavaScript and CSS left in text: `<script>`/`<style>` elements, and runs of lines that
    only code has (`//<![CDATA[`, `(function(d, s, id) {`, `var js, fjs = …`, `document.getElementById`,
    `//]]>`), such as the Facebook SDK loader or a video player's embed code.

    ## Why is this bad?
    Code in a prose corpus is noise for readers and a strong, wrong signal for language models.

    ## Example
    ```
    (function(d, s, id) { var js, fjs = d.getElementsByTagName(s)[0];
    if (d.getElementById(id)) return; js = d.createElement(s); js.id = id;
    }(document, 'script', 'facebook-jssdk'));
    ```
    Use instead: nothing (remove the code).

    ## Fix safety
    Removing a `<script>` or `<style>` element is safe. Removing untagged code is unsafe: it is
    recognised by its shape, and a person should confirm it is not prose about code. No fix is
    offered where removing the code found would cut into code left standing: a run that starts
    inside a statement, or whose nearest line above or below is code too (a sample in a how-to).
    An element left open is taken to the end of the text only when it starts a line and all after
    it is code; prose that names a tag (`add a <script> tag to the header`) is no element.

    ## Known problems
    A document with code on three lines or more, with prose between them, is taken to be about
    code (a tutorial, an API article): its samples are content and nothing is reported there. In
    Markdown, code blocks, inline code and HTML blocks are never checked, nor elsewhere the chunks
    of a literate program (Sweave's `<<name>>=` … `@`, R Markdown's ```` ```{r} ````) and LaTeX's
    verbatim environments (`\\begin{verbatim}`, `lstlisting`, `minted`); `})` closing a
    LaTeX group (`\\ref{model1})`) or a group of words opened on its line (a glossary's cross-reference,
    `(see {nano-})`) ends no script.
    """

    code = "CL205"
    name = "embedded-script"
    family = "markup"
    severity = Severity.ERROR
    fix_availability = FixAvailability.SOMETIMES
    # (`_find`: an element needs a `<`, script lines one of the others; `Rule.quiet` asks them with
    # the other rules' triggers, in one pass for the longer ones, and the check is not called)
    triggers = ("<", "function", "var ", "document.", "]]>", "CDATA", "window.", "});")

    def check(self, doc: Document) -> list[Violation]:
        found = list(self._find(doc.text))
        if _about_code(doc.text, found):
            return []  # the code is what the article is about: its samples are content
        verbatim = verbatim_spans(doc.text) if found else []  # LaTeX's `\begin{verbatim}` …: its own code
        return [v for v in found if not in_code_chunk(doc.text, v.start)  # Sweave/knitr chunks: its own code
                and not any(a <= v.start < b for a, b in verbatim)]

    def _find(self, text: str) -> Iterator[Violation]:
        covered: list[tuple[int, int]] = []
        if "<" in text:
            pos = 0
            while (m := SCRIPT_ELEMENT.search(text, pos)) is not None:
                pos = m.end()
                if mentions_tag(text, m):
                    pos = text.index(">", m.start()) + 1  # a mention: a real element may start inside the match
                    continue  # prose that names the tag: `add a <script> tag to the page header`
                start, end = widen_to_lines(text, m.start(), m.end())
                covered.append((m.start(), m.end()))
                if m.start() in own_code(text):
                    continue  # a page's listing or code that the article shows (ownmarkup)
                yield Violation(m.start(), m.end(), f"`<{m.group(1).lower()}>` element in text: "
                                f"`{shorten(m.group(), 60)}`",
                                fix=Fix.delete(start, end, f"Remove the <{m.group(1).lower()}> element"),
                                source=m.group(1).lower())
        if not ("function" in text or "var " in text or "document." in text or "]]>" in text or "CDATA" in text
                or "window." in text or "});" in text):  # (written out: a generator cost more than the scans)
            return
        packed = [(start, end) for start, end in packed_blocks(text) if not any(s <= start < e for s, e in covered)]
        runs = sorted(packed + [(start, end) for start, end in self._code_runs(text)
                                if not any(s <= start < e for s, e in covered + packed)])
        for start, end in runs:
            if start in own_code(text):
                continue  # a listing the text shows under its lead-in, a session's output (ownmarkup)
            a, b = widen_to_lines(text, start, end)
            if a == start:  # code after prose on the same line: take the spaces before it too
                while a > 0 and text[a - 1] in " \t":
                    a -= 1
            fix = None if _cuts_code(text, start, end, runs) else Fix.delete(a, b, "Remove the code", safe=False)
            yield Violation(start, end, f"JavaScript in text: `{shorten(text[start:end], 60)}`",
                            fix=fix, source="script-lines")

    @staticmethod
    def _code_runs(text: str) -> Iterator[tuple[int, int]]:
        """Spans of code: from the first code marker on a line (walked back to the start of its
        statement, so prose before it on the same line stays out) over the following lines that
        still look like code. A span must be dense in brackets, or it is prose about code."""
        run: tuple[int, int] | None = None
        pos = 0
        for line in text.split("\n"):
            start, end = pos, pos + len(line)
            pos = end + 1
            stripped = line.strip()
            if run is not None:
                if stripped and (SCRIPT_LINE.search(stripped) or code_like(stripped)):
                    run = (run[0], end)
                    continue
                if run_is_code(text[run[0]:run[1]]):
                    yield run
                run = None
            marker = SCRIPT_LINE.search(text, start, end) if stripped else None
            while marker and (closes_latex_group(text, marker)  # `\ref{model1})`, `\bar{x})(`: LaTeX
                              or closes_braced_words(text, marker)):  # a glossary's `(see {nano-})`
                marker = SCRIPT_LINE.search(text, marker.end(), end)
            if marker:
                begin = marker.start()
                while begin > start and (text[begin - 1].isalnum() or text[begin - 1] in "_$.()"):
                    begin -= 1
                while begin < end and text[begin] in "()." and not text.startswith("(function", begin):
                    begin += 1
                run = (begin, end)
        if run is not None and run_is_code(text[run[0]:run[1]]):
            yield run


ABOUT_CODE_SAMPLES = 3  # code on this many lines, with prose between them: an article about code


def _about_code(text: str, found: list[Violation]) -> bool:
    """Whether the code found is the subject of the document: samples on three lines or more, with
    prose between them (a tutorial, an API article), rather than a widget's code at one place."""
    lines = sorted({text.count("\n", 0, v.start) for v in found})
    if len(lines) < ABOUT_CODE_SAMPLES:
        return False
    all_lines = text.split("\n")
    inside = set()  # the lines the code found takes: none of them is prose between samples (a packed script's)
    for v in found:
        first = text.count("\n", 0, v.start)
        inside.update(range(first + 1, first + text.count("\n", v.start, v.end) + 1))
    gaps_with_prose = 0
    for a, b in zip(lines, lines[1:]):
        if any(len(all_lines[k].split()) >= PROSE_WORDS and not code_like(all_lines[k].strip())
               for k in range(a + 1, b) if k not in inside):
            gaps_with_prose += 1
    return gaps_with_prose >= ABOUT_CODE_SAMPLES - 1


STATEMENT_OPEN = ("new", "return", "await", "typeof", "yield")


def _cuts_code(text: str, start: int, end: int, runs: list[tuple[int, int]]) -> bool:
    """Whether removing a run of code would cut into code left standing (qa15: a Frida sample's
    `Interceptor.replace(unlinkPtr, new NativeCallback(function (){` lost its second half): the
    run starts inside a statement (an open bracket, `=`, `new` before it on its line), or the
    nearest line above or below it, blank lines skipped, is code that no run takes."""
    line_start = text.rfind("\n", 0, start) + 1
    before = text[line_start:start].rstrip()
    if before and (before.count("(") > before.count(")") or before[-1] in "=,([{+:"
                   or before.split()[-1] in STATEMENT_OPEN):
        return True
    for neighbour_start, neighbour in (nearest_line(text, line_start, -1), nearest_line(text, end, 1)):
        if neighbour and code_line(neighbour) and not any(s <= neighbour_start < e for s, e in runs):
            return True
    return False
