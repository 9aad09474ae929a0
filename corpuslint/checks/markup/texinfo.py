"""CL212: a GNU Info manual's machinery left in its text — the node header, the menu, the
cross-references (tester27's info corpus: nodes of coreutils, gettext, python3 ... `.info` files).

An Info file is Texinfo rendered for the `info` reader, which reads its navigation from the text
itself: each node opens with a header line naming the file and the nodes about it, a node's
subnodes are listed under `* Menu:`, and a reference to another node is spelled `*note Label:
Node.` (`*Note` where the printed manual says "See"). Each has a fixed grammar no prose has, so
they are found by their shape, whatever the manual.
"""

from __future__ import annotations

from collections.abc import Iterator

from corpuslint.checks.markup.payloads import looked_at
from corpuslint.models import Applicability, Document, Fix, Severity, TextEdit, Violation
from corpuslint.rule import FixAvailability, Rule
from corpuslint.textutil import LazyPattern, block_removal, shorten

# `File: coreutils.info,  Node: comm invocation,  Next: ptx invocation,  Prev: …,  Up: …` (after the
# node separator ^_ where the file is whole); makeinfo writes two spaces after each comma
NODE_HEADER = LazyPattern(r"(?m)^\x1f?\n?File: [^\s,]+,  Node: [^,\n]+(?:,  (?:Next|Prev|Up): [^,\n]*)*[ \t]*$")
MENU = LazyPattern(r"(?m)^\* Menu:[ \t]*$")
# a menu's entry: `* Node::  description` or `* Label: Node.  description` (a node of another
# manual: `* Label: (manual)Node.`)
MENU_ENTRY = LazyPattern(r"\* [^:\n]{1,120}?(?:::|: [^\n]{1,160}?[.,\t]|: [^\n]{1,160}?$)")
# `*note Node::`, `*note Label: Node.` (or `,`), broken over two lines where the text wraps
XREF = LazyPattern(r"\*([Nn])ote(?P<gap>[ \n]+)(?P<label>[^:*\n]{1,120}(?:\n[^:*\n]{1,120})?)"
                   r"(?:(?P<own>::)|:[ \n]+(?P<node>(?:\([^)\n]{1,60}\))?[^.,:\n]{1,120}?)(?P<end>[.,]))")
INDEX_MARK = "\x00\x08[index\x00\x08]"  # what Texinfo writes over an index node's menu
# a node's address in Sphinx's Info output (`*note LookupError: 1bc2.`), or a node of another manual
ADDRESS = LazyPattern(r"[0-9a-f]{1,6}|\([^)\n]+\).*")


def _menu_end(text: str, start: int) -> tuple[int, int]:
    """The end of the menu whose `* Menu:` line starts at `start`, and its entries: blank lines,
    entries and their indented descriptions, up to the first other line."""
    end = text.find("\n", start)
    end = len(text) if end < 0 else end
    entries = 0
    pos = end + 1
    while pos < len(text):
        nl = text.find("\n", pos)
        nl = len(text) if nl < 0 else nl
        line = text[pos:nl]
        if MENU_ENTRY.match(line):
            entries += 1
        elif not (line.strip() == "" or entries and line[:1] in " \t"):
            break
        if line.strip():
            end = nl
        pos = nl + 1
    return end, entries


def _shown(m, text: str) -> str:
    """What the reader shows of a cross-reference: its label (or node), after "See" where the
    manual says `*Note`; the node's terminator only where it closes a sentence too."""
    label = m.group("label")
    shown = ("See" + m.group("gap") if m.group(1) == "N" else "") + label  # (its line break kept)
    after = text[m.end():m.end() + 2]
    if m.group("end") == "," or m.group("end") == "." and (after[:1] in ("", "\n") or after[1:2].isupper()):
        shown += m.group("end")
    return shown


class InfoMarkup(Rule):
    """## What it does
    Finds a GNU Info manual's machinery in its text: the header line of a node (`File:
    coreutils.info,  Node: comm invocation,  Next: ptx invocation,  Prev: uniq invocation,  Up:
    Operating on sorted files`), a node's menu (`* Menu:` and its entries `* Node::  description`),
    and cross-references (`*note LookupError: 1bc2.`, `*note Common options::`, `*Note (emacs)Yanking::`).

    ## Why is this bad?
    They are the `info` reader's navigation, written into the text for the reader to follow: a
    header names files and nodes, a menu lists the subnodes, and a cross-reference shows the reader
    `LookupError` where the text holds `*note LookupError: 1bc2.` (a node's address in Sphinx's
    Info output). A model or a search index learns the addresses as words.

    ## Example
    ```
    File: python3.info,  Node: codecs — Codec registry and base classes,  Next: …,  Up: …

       Raises a *note LookupError: 1bc2. in case the encoding cannot be found.
    ```
    Use instead:
    ```
       Raises a LookupError in case the encoding cannot be found.
    ```

    ## Fix safety
    Safe for a header line (removed with the blank line under it) and a cross-reference (replaced
    by its label, after `See ` where it is a `*Note`; the node's terminator `.` kept only where a
    sentence ends there, `,` kept): that is what the reader shows. Unsafe for a menu: the
    descriptions of its entries (`General Problems Parsing Perl Code`) are a table of contents, which
    the reviewer may want to keep.

    ## Known problems
    A cross-reference broken over more than two lines, or whose label holds a colon, is not found. In
    Markdown, fenced blocks and code spans are never looked at.
    """

    code = "CL212"
    name = "info-markup"
    family = "markup"
    severity = Severity.WARNING
    fix_availability = FixAvailability.ALWAYS
    # (`check`: a header needs `File: `, a menu `* Menu:`, a reference `*note`; spelled without
    # their spaces, which `looked_at`'s blanking could make: each is then in the text itself)
    triggers = ("File:", "Menu:", "*note", "*Note")

    def check(self, doc: Document) -> Iterator[Violation]:
        text = looked_at(doc)
        info = False  # the text shows the Info format itself: a header, a menu
        if "File: " in text and "Node: " in text:
            for m in NODE_HEADER.finditer(text):
                info = True
                start = m.start() + len(m.group()) - len(m.group().lstrip("\x1f\n"))
                cut = block_removal(doc.text, m.start(), m.end())
                yield Violation(start, m.end(), f"Info node header `{shorten(text[start:m.end()], 60)}`: the `info` "
                                "reader's navigation, no text", source="header",
                                fix=Fix(title="remove the node header", applicability=Applicability.SAFE,
                                        edits=[TextEdit(start=cut[0], end=cut[1])]))
        if "* Menu:" in text:
            for m in MENU.finditer(text):
                end, entries = _menu_end(text, m.start())
                if not entries or INDEX_MARK in text[max(0, m.start() - 40):m.start()]:
                    continue  # (an index node's menu is the index: the node's text, qa18a #9)
                info = True
                cut = block_removal(doc.text, m.start(), end)
                yield Violation(m.start(), end, f"Info menu of {entries} entr{'ies' if entries > 1 else 'y'}: the "
                                "node's links to its subnodes", source="menu", data={"entries": entries},
                                fix=Fix(title="remove the menu", applicability=Applicability.UNSAFE,
                                        edits=[TextEdit(start=cut[0], end=cut[1])]))
        refs = list(XREF.finditer(text)) if "*note" in text or "*Note" in text else []
        if not info and not any(m.group("own") or ADDRESS.fullmatch(m.group("node")) for m in refs):
            return  # `*Note that the default: is off.*` in Markdown: emphasis, no Info text
        for m in refs:
            shown = _shown(m, text)
            yield Violation(m.start(), m.end(), f"Texinfo cross-reference `{shorten(m.group(), 50)}`: the "
                            f"`info` reader shows `{shorten(shown, 40)}`", source="xref",
                            fix=Fix(title="keep the reference's label", applicability=Applicability.SAFE,
                                    edits=[TextEdit(start=m.start(), end=m.end(), replacement=shown)]))


RULES = (InfoMarkup,)
