"""CL216: LaTeX markup left in a text corpus — a whole LaTeX source saved as text, or the commands and
environments a converter left in plain text (tester33: JSS papers' sources as `.tex.txt`, pandoc's plain
output keeping the maths `\\tilde{\\bm u}(\\bm\\theta)`).

LaTeX has a shape no prose has: a backslash, a command's name of letters, its argument in braces
(`\\emph{word}`, `\\cite{Zeileis:2004}`, `\\begin{equation}`). A regular expression (`\\d{4}`) or a
Windows path (`C:\\Users\\me`) writes a backslash too, so a name of one letter is never read as a
command, and an unknown name counts only in a text that writes known ones (two or more, or an
environment). A document that is LaTeX on purpose is left alone: a file whose name says so (`.tex`,
`.sty`, `.bib`, `.Rnw` ...), a record whose metadata names it so (`lang: TeX`, a `path` ending in
`.tex`), and a text that writes about LaTeX (names `LaTeX` or `TeX`: a manual, a
tutorial, whose commands are what it teaches). Code is never looked at: Markdown's fences and code
spans, and plain text's code blocks (`corpuslint.plain_code`).
"""

from __future__ import annotations

from collections.abc import Iterator

from corpuslint.analysis import structure
from corpuslint.checks.markup.payloads import looked_at
from corpuslint.models import Applicability, Document, Fix, Severity, TextEdit, Violation
from corpuslint.roles import Role
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, shorten

# a command with an argument: `\name{`, `\name*{`, `\name[option]{` (a name of two letters or more)
COMMAND = LazyPattern(r"\\(?P<name>[A-Za-z]{2,})\*?(?:\[[^\]\n]{0,80}\])?\{")
SOURCE = LazyPattern(r"(?m)^[ \t]*\\(?:documentclass|begin\{document\})")
ABOUT = LazyPattern(r"(?<![\w\\])(?:La)?TeX\b")
# names whose use shows LaTeX: sectioning, citing and referring, styles, floats, maths, JSS's own
KNOWN = frozenset(
    "section subsection subsubsection paragraph chapter part caption label ref eqref pageref cite citep citet "
    "citealp citeauthor citeyear footnote emph textbf textit texttt textsf textrm textsc textup textmd textnormal "
    "underline mbox url href nolinkurl includegraphics begin end item frac dfrac tfrac sqrt mathrm mathbf mathit "
    "mathcal mathbb mathsf mathtt boldsymbol bm hat tilde bar vec dot ddot overline widehat widetilde operatorname "
    "text left right code pkg proglang samp file author title date thanks input include usepackage newcommand "
    "renewcommand bibliography bibliographystyle vspace hspace".split())
# commands whose argument is what the reader sees: replaced by it (unsafe: a reviewer confirms)
SHOWN = frozenset("emph textbf textit texttt textsf textrm textsc textup textmd textnormal underline mbox url "
                  "nolinkurl code pkg proglang samp file".split())
ON_PURPOSE = (".tex", ".ltx", ".sty", ".cls", ".dtx", ".ins", ".bib", ".bbl", ".rnw", ".rtex", ".snw", ".stex")
_LANG_FIELDS = ("lang", "language", "programming_language")
_PATH_FIELDS = ("path", "file_path", "filename", "max_stars_repo_path", "source_path")
MAX_ARGUMENT = 400  # characters: an argument longer than this (unclosed) is no command's
QUOTES = frozenset("'`‘\"")  # before a command: a literal the text quotes (Texinfo's `'\\begin{em}'`)
MIN_EVIDENCE = 2  # known commands a text writes (or one environment) before an unknown one counts


def _argument_end(text: str, start: int) -> int | None:
    """The offset after the `}` that closes the brace before `start` (nested braces counted), or None."""
    depth = 1
    stop = min(len(text), start + MAX_ARGUMENT)
    i = start
    while i < stop:
        c = text[i]
        if c == "\\":
            i += 2
            continue
        if c == "{":
            depth += 1
        elif c == "}":
            depth -= 1
            if depth == 0:
                return i + 1
        elif c == "\n" and text.startswith("\n", i + 1):
            return None  # a paragraph break: no argument runs over it
        i += 1
    return None


def on_purpose(doc: Document) -> bool:
    """Whether the document is LaTeX on purpose: its file's name, or its record's language or path, says so."""
    if doc.origin.path.lower().endswith(ON_PURPOSE):
        return True
    meta = doc.metadata or {}
    if any(str(meta.get(key, "")).strip().lower() in ("tex", "latex") for key in _LANG_FIELDS):
        return True
    return any(str(meta.get(key, "")).lower().endswith(ON_PURPOSE) for key in _PATH_FIELDS)


class LatexMarkup(Rule):
    """## What it does
    Finds LaTeX in a text corpus: a whole LaTeX source saved as text (a `\\documentclass` line, or
    `\\begin{document}`), reported once, and the commands and environments a converter left in plain
    text (`\\emph{word}`, `\\cite{key}`, `\\begin{equation}`, pandoc's maths `\\tilde{\\bm u}`), each.

    ## Why is this bad?
    A corpus of text wants what a reader reads. A source's preamble, its `\\cite` keys and its maths
    commands are instructions to TeX: a model learns `\\textbf{` as words, and a search index matches
    citation keys.

    ## Example
    ```
    The \\emph{zoo} package \\citep{Zeileis:2005} handles irregular series.
    ```
    Use instead:
    ```
    The zoo package (Zeileis and Grothendieck 2005) handles irregular series.
    ```

    ## Fix safety
    Unsafe, and only where the command's argument is what a reader sees: a text style (`\\emph`,
    `\\textbf`, `\\texttt`, `\\underline`, `\\mbox`), `\\url`, and the Journal of Statistical
    Software's `\\code`, `\\pkg`, `\\proglang`, whose argument holds no other command, are replaced
    by their argument. A citation, a reference, an environment, maths and a whole source have no fix:
    what they should become (a formatted citation, a number, text of the formula) needs the source.

    ## Known problems
    A document that is LaTeX on purpose is left alone: a file named `.tex`, `.sty`, `.bib`, `.Rnw`
    (and kin), a record whose `lang`/`language` is `TeX` or whose `path` ends so, and a text that
    names `LaTeX` or `TeX` (it is about LaTeX, or shows TeX input). A command without a braced argument
    (`\\alpha`, `\\item`, `\\\\`) is not reported alone, nor one whose name is a single letter (`\\d{4}`
    is a regular expression). Code is never looked at: Markdown's code, plain text's code blocks.
    """

    code = "CL216"
    name = "latex-markup"
    family = "markup"
    severity = Severity.WARNING
    fix_availability = FixAvailability.SOMETIMES
    triggers = ("\\",)

    def check(self, doc: Document) -> Iterator[Violation]:
        text = looked_at(doc)
        if "{" not in text or on_purpose(doc):
            return
        found = list(COMMAND.finditer(text))
        if not found:
            return
        code = _code_lines(doc)
        # the document opens as a source does (its comments over `\documentclass`; plain text reads such lines as
        # code), or one stands in its text outside a code block: a sample shown in a code block is no source
        source = next((m for m in SOURCE.finditer(text) if not code(m.end()) or _opens(text, m.start())), None)
        if source is not None:
            start = source.start() + len(source.group()) - len(source.group().lstrip())
            line_end = text.find("\n", start)
            end = len(text) if line_end < 0 else line_end
            yield Violation(start, end, f"LaTeX source saved as text ({len(found)} commands): a reader reads "
                            "its typeset output; convert it (`pandoc FILE -t plain`) or name it `.tex`",
                            source="source", data={"commands": len(found)})
            return
        if ABOUT.search(text) is not None:
            return  # a text about LaTeX: its commands are what it teaches
        kept = self._commands(text, found, code)
        known = [m for m, _ in kept if m.group("name") in KNOWN]
        if len(known) < MIN_EVIDENCE and not any(m.group("name") == "begin" for m in known):
            return  # one `\name{` in prose is no evidence of LaTeX
        for line in _by_line(text, kept):
            start, end = line[0][0].start(), line[-1][1]
            shown = [(m, close) for m, close in line if m.group("name") in SHOWN
                     and "\\" not in (arg := text[m.end():close - 1]) and "{" not in arg and arg.strip()]
            fix = None
            line_start, line_end = text.rfind("\n", 0, start) + 1, text.find("\n", end)
            rest = text[line_start:start] + text[end:len(text) if line_end < 0 else line_end]
            if len(shown) == len(line) and "\\" not in rest:  # (no other TeX on the line: maths stays whole)
                words = ", ".join(f"`{shorten(text[m.end():close - 1], 20)}`" for m, close in line)
                fix = Fix(title=f"keep {words}, the text {'the command shows' if len(line) == 1 else 'they show'}",
                          applicability=Applicability.UNSAFE,
                          edits=[TextEdit(start=m.start(), end=close, replacement=text[m.end():close - 1])
                                 for m, close in line])
            names = sorted({m.group("name") for m, _ in line})
            what = ("environment" if names in (["begin"], ["end"], ["begin", "end"]) else "command") \
                if len(line) == 1 else f"markup ({len(line)} commands)"
            yield Violation(start, end, f"LaTeX {what} `{shorten(text[start:end], 50)}` in plain text: markup for "
                            "TeX, not text", source=line[0][0].group("name"), fix=fix,
                            data={"commands": [m.group("name") for m, _ in line]})

    @staticmethod
    def _commands(text: str, found: list, code) -> list:
        """The commands to report, with the end of each one's argument: not one inside another's argument,
        quoted as a literal (`'\\begin{em}'`), on a code block's line, nor an environment's end whose beginning
        was not reported."""
        kept: list = []
        begun: set[str] = set()
        covered = -1
        for m in found:
            if m.start() < covered or text[m.start() - 1:m.start()] in QUOTES:
                continue
            close = _argument_end(text, m.end())
            if close is None or code(m.start()):
                continue
            name, argument = m.group("name"), text[m.end():close - 1]
            if name == "end" and argument not in begun:
                continue
            begun.update([argument] if name == "begin" else [])
            covered = close
            kept.append((m, close))
        return kept


def _opens(text: str, start: int) -> bool:
    """Whether only blank lines and TeX comments (`%% ...`) stand above `start`, at the margin."""
    return text.startswith("\\", start) and all(not line.strip() or line.startswith("%")
                                                for line in text[:start].split("\n"))


def _code_lines(doc: Document):
    """Whether an offset lies on a line of a plain text's code block (Markdown's code is blanked already)."""
    if doc.origin.format == "markdown":
        return lambda offset: False
    s = structure(doc)
    return lambda offset: s.line_role[s.line_of(offset)] in (Role.CODE, Role.HTML)


def _by_line(text: str, kept: list) -> Iterator[list]:
    """The reported commands grouped by the line they start on (a line of maths is one finding)."""
    line: list = []
    for m, close in kept:
        if line and "\n" in text[line[-1][1]:m.start()]:
            yield line
            line = []
        line.append((m, close))
    if line:
        yield line


RULES = (LatexMarkup,)
