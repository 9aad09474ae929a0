"""Tags a sentence shows as an XML example, not a scraper's residue (CL201, CL203; tester31).

A specification writes its notation inline: `That is, <a><b/><c/></a> means 'a and (b or c)'`
(shared-mime-info's spec). `<a>` and `<b/>` have HTML's names, `<c/>` has none: a fix that took the
HTML-named tags would leave `That is, <c/> means …`, a garbled example. What marks an example is
its SHAPE, never its names alone: tags glued together (nothing between) into whole elements, one of
them a tag no HTML page writes (a name outside HTML's vocabulary, or an element HTML never empties
closed on itself: `<b/>`). Those tags, and the partners of their elements, are the text's own:
removing part of a balanced example is never a fix.

Namespaced names (Word's `<o:p>`) and the SVG and MathML elements a page embeds are HTML's residue
too, never evidence of an example.

A sentence also writes ABOUT tags in two shapes no page's markup has (`written_tags`; git's release
notes, tester32): a tag whose attributes it elides (`Remove unneeded <meta http-equiv=content-type...>
from gitweb`: a browser's tag has its attributes whole), and a range of numbered elements (`did not match
<H1>..<H6> elements`, `<h1>-<h6>`). Removing either takes the sentence's object.
"""

from __future__ import annotations

import regex

from corpuslint.textutil import LazyPattern

ANY_TAG = LazyPattern(r"<(?P<close>/)?(?P<name>[A-Za-z_][\w.:-]*)(?P<attrs>(?:\s[^<>\n]*?)?)\s*(?P<self>/)?>")
# elements an HTML page embeds from SVG and MathML, and HTML's obsolete ones: residue, not an example
EMBEDDED = frozenset("""
svg g path rect circle ellipse line polyline polygon use defs symbol stop lineargradient radialgradient
clippath mask pattern filter image text tspan desc
math mi mo mn ms mrow msup msub msubsup mfrac msqrt mroot mtext mspace mstyle semantics annotation
big nobr marquee blink frame frameset noframes acronym applet basefont dir isindex listing plaintext xmp
spacer slot search
""".split())


def _foreign(m: regex.Match, elements: frozenset[str], void: frozenset[str]) -> bool:
    """Whether a tag is one no HTML page writes: a plain name outside HTML's vocabulary, or an
    element HTML never empties closed on itself (`<b/>`, not `<br/>`)."""
    name = m.group("name").lower()
    if ":" in name or "-" in name:
        return False  # `<o:p>`, a custom element `<my-card>`: a page's own
    if name not in elements:
        return name not in EMBEDDED
    return bool(m.group("self")) and name not in void


def _balanced(cluster: list[regex.Match]) -> bool:
    """Whether glued tags make whole elements (`<a><b/><c/></a>`), as an example does; wikitext's
    `<ref name=x><cite>` opens elements its text then fills: markup."""
    stack: list[str] = []
    for m in cluster:
        name = m.group("name").lower()
        if m.group("close"):
            if not stack or stack.pop() != name:
                return False
        elif not m.group("self"):
            stack.append(name)
    return not stack


def example_tags(text: str, tags: list[regex.Match], elements: frozenset[str], void: frozenset[str]) -> set[int]:
    """Start offsets of the HTML-named `tags` that are part of an inline XML example (see the module)."""
    starts = {m.start() for m in tags}
    lines = set()
    line_start = searched = 0  # (the tags come in order: each stretch of text is searched for a line break once)
    for m in sorted(tags, key=lambda t: t.start()):
        line_start = text.rfind("\n", searched, m.start()) + 1 or line_start
        searched = m.start()
        lines.add(line_start)
    shown: set[int] = set()
    for line_start in lines:
        end = text.find("\n", line_start)
        found = list(ANY_TAG.finditer(text, line_start, len(text) if end == -1 else end))
        foreign = [m for m in found if _foreign(m, elements, void)]
        if not foreign:
            continue
        cluster: list[regex.Match] = []
        for m in found + [None]:  # tags glued together
            if m is not None and cluster and cluster[-1].end() == m.start():
                cluster.append(m)
                continue
            if any(t in foreign for t in cluster) and _balanced(cluster):
                shown.update(t.start() for t in cluster if t.start() in starts)
            cluster = [m] if m is not None else []
        stacks: dict[str, list[regex.Match]] = {}
        for m in found:  # an element whose other tag is an example's: both its tags are the example's
            name = m.group("name").lower()
            if m.group("self"):
                continue
            if not m.group("close"):
                stacks.setdefault(name, []).append(m)
            elif stacks.get(name):
                opening = stacks[name].pop()
                if opening.start() in shown or m.start() in shown:
                    shown.update(t.start() for t in (opening, m) if t.start() in starts)
    return shown


# an elided attribute list closing a tag: `<meta http-equiv=content-type...>`, `<div class=x …>`
ELIDED = LazyPattern(r"(?:\.\.\.|…)\s*/?>\Z")
# a range of numbered elements: `<H1>..<H6>`, `<h1>-<h6>`, `<h2> to <h4>` (the same name, another number)
RANGE = LazyPattern(r"<(?P<stem>[A-Za-z]+)(?P<a>\d)>[ \t]*(?:\.\.\.?|…|[-–]|to|through|bis)[ \t]*<(?P=stem)(?P<b>\d)>",
                    regex.I)


def written_tags(text: str, tags: list[regex.Match]) -> set[int]:
    """Start offsets of the `tags` a sentence writes about rather than a page left (see the module): a tag
    whose attributes end in an ellipsis, both tags of a range of numbered elements."""
    shown: set[int] = set()
    ranges: list[tuple[int, int]] | None = None
    for m in tags:
        if m.group("attrs") and ELIDED.search(m.group()):
            shown.add(m.start())
        elif m.group("name")[-1:].isdigit() and not m.group("close"):
            if ranges is None:
                ranges = [(r.start(), r.end()) for r in RANGE.finditer(text) if r.group("a") != r.group("b")]
            if any(a <= m.start() < b for a, b in ranges):
                shown.add(m.start())
    return shown
