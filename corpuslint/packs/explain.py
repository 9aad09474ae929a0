"""The reference text of a pack rule, written from its spec: what `corpuslint rule CODE` and docs/rules.md show.

Kept apart from `packs.rule` (which finds and fixes): the words here change with the docs, the matching does not.
"""

from __future__ import annotations

from pathlib import Path

from corpuslint.packs.compile import PLACEHOLDER, CompiledRule
from corpuslint.packs.schema import PhrasesSpec, RuleSpecBase


def explanation(c: CompiledRule) -> str:
    """The Markdown reference of the pack rule compiled as `c`."""
    spec = c.spec
    summary = spec.summary or summary_from_message(spec.message)
    lines = ["## What it does", summary, ""]
    unit = "paragraph" if spec.scope == "paragraph" else "line"
    where = {
        "anywhere": "anywhere in a document",
        "head": f"near the start of a document (first {spec.edge_paragraphs} paragraphs or "
                f"first {spec.edge_percent:g}% of the text)",
        "tail": f"near the end of a document (last {spec.edge_paragraphs} paragraphs or "
                f"last {spec.edge_percent:g}% of the text)",
    }[spec.position]
    anchor = {"none": "", "start": " at the start of a line", "whole": " standing alone on a line"}[spec.anchor]
    sentence = f"Reports the {unit} holding a match{anchor}, {where}."
    if spec.anchor == "whole":
        sentence += (" A line that is an item of an enumeration a sentence runs over (it or the item above it "
                     "ends with a comma or a semicolon, `* comments,` / `* blank lines, and`, under a lead-in "
                     "ending with a colon) is no label and is not reported, nor is one item of a list (the same "
                     "bullet right above and below it, three items or more) two thirds of whose other items are "
                     "phrases of the text, not labels (`- Read more` among `- Lose weight`, `- Spend less money`).")
    if spec.max_length:
        sentence += (f" A {unit} longer than {spec.max_length} characters is taken for prose that "
                     "quotes the phrase" + (" and only its line is reported if that is short enough."
                                            if spec.scope == "paragraph" else " and is not reported."))
    if "licence" in spec.not_in:
        sentence += (" It does not look in a licence's text (a copyright line followed within a few lines by "
                     "one of the common licences' grant, condition or warranty sentences: `Permission is hereby "
                     "granted`, `Redistribution and use in source and binary forms`, ...; three kinds of a "
                     "licence's terms near it (a grant, the rights, conditions, the notice to keep, warranty, "
                     "liability, a licence named, a fee), or four anywhere in the document; or any such sentence "
                     "in a file named LICENSE, NOTICE or COPYING), nor in a Debian copyright file (the DEP-5 "
                     "`Format:` header, or a stanza with a `License:` field): there a copyright line is the "
                     "licence's own. A page that quotes such a sentence elsewhere keeps its copyright footer's "
                     "finding.")
    if "citation" in spec.not_in:
        sentence += (" Nor does it report a notice that is an item of a list of works the text cites: a work "
                     "named before it on its line, closed by a comma or a quotation mark (`«Making a Debian "
                     "Package», copyright © 1997 Jaldhar Vyas.`), under a sentence ending with a colon that "
                     "introduces the list (\"This document was written using these two documents as examples:\"), nor "
                     "one that is part of a bibliographic reference: a title and an author or publisher before "
                     "it, the book's ISBN or ISSN after it, no right reserved (`[Levy] Hackers. Steven Levy. "
                     "Anchor/Doubleday. Copyright © 1984. ISBN 0-385-19195-2.`).")
    if spec.region == "footer":
        sentence += (f" At the end of a message the {unit}s it reports and the short blocks among and under them are "
                     "one finding, the footer, from the first of them to the end: a block under a cue holds six lines at "
                     "most, each of 100 characters at most and none a sentence of eight words or more (a postscript "
                     "ends no footer: the cues keep their own findings), the footer forty lines at most under the "
                     "message's own text.")
    lines += [sentence, ""]
    case = "case-insensitive" if spec.ignore_case else "case-sensitive"
    if isinstance(spec, PhrasesSpec):
        lines.append(f"It matches these phrases ({case}):")
        items = spec.phrases
    else:
        lines.append(f"It matches these `regex` patterns ({case}):")
        items = spec.patterns
    lines += [f"- `{item}`" for item in items]
    lines += ["", f"Defined in the `{c.pack}` rule pack (`{Path(c.path).name}`).", ""]
    lines += ["## Why is this bad?", spec.why or "Boilerplate is page furniture, not content: it "
              "repeats across documents, skews statistics and teaches models to produce it.", ""]
    example = spec.example or _first_fail(spec)
    if example:
        lines += ["## Example", "```text", example.strip(), "```", "",
                  "Use instead: the document without it."
                  if spec.fix == "remove" else "Use instead: the document without it.", ""]
    lines += ["## Options",
              f"- `max-length` (default {spec.max_length}): longest {unit} reported as a whole.",
              f"- `position` (default `{spec.position}`): `anywhere`, `head` or `tail`.",
              f"- `edge-paragraphs` (default {spec.edge_paragraphs}) and `edge-percent` "
              f"(default {spec.edge_percent:g}): how far from the edge `head`/`tail` reach.", ""]
    lines.append("## Fix safety")
    if spec.fix == "none":
        lines.append("No fix: the text needs a person's judgement.")
    elif spec.safe == "edge":
        lines.append(f"The fix removes the {unit} (with its blank lines). It is safe where the finding "
                     "is a whole paragraph at the head or tail of the document (within "
                     f"{spec.edge_paragraphs} paragraphs or {spec.edge_percent:g}% of the text from the "
                     "edge), where such text is the site's, not the author's; elsewhere the same "
                     "words may be the article's own, so the fix there is unsafe.")
    elif spec.safe:
        lines.append(f"The fix removes the {unit} (with its blank lines) and is safe: this text is "
                     "never part of the article.")
    else:
        lines.append(f"The fix removes the {unit} (with its blank lines) and is unsafe: the text may "
                     "be something a person wants to keep, so it is applied only with --unsafe-fixes.")
    if spec.scope == "paragraph" and spec.fix != "none":
        lines += ["", "In plain text, where the paragraph is a record of three fields or more (a title "
                  "page's `Title:` / `Author:` / `Copyright:`, a reST docinfo), the finding is the field alone: "
                  "the other fields stay (a field of a reST field list, a docinfo's `:Copyright:`, is the "
                  "document's own metadata: its fix is unsafe wherever it stands); a match that goes on a sentence hard-wrapped from the line above "
                  "(\"... amendment to US\" / \"copyright law.\") is prose, a line over a title's underline a "
                  "section's title, and a list item whose sentence runs on past the match one of a list's "
                  "points (an unsafe fix). At the edge, a paragraph is measured as the safe removals of the others leave the text, so "
                  "that the fix settles in one pass."]
    if spec.fix != "none":
        lines += ["", f"The {unit} is never taken with the article's own sentences: where it opens "
                  "with other sentences, the finding and its fix are the notice's sentences at its "
                  "end only (with the questions and calls to the reader just before them); where "
                  "a statement follows the notice's line in it, or a person's address stands before the notice "
                  "(an author's credit: `Jane Roe <jane@example.org> Copyright (c) 2000`), the fix is unsafe and the "
                  "message says so. A fix takes a whole unit or nothing: it is unsafe for a heading over a section "
                  "that stays and a link's reference definition (`[label]: URL`) whose reference stays."]
    if spec.known_problems:
        lines += ["", "## Known problems", spec.known_problems.strip()]
    return "\n".join(lines).strip() + "\n"


def summary_from_message(message: str) -> str:
    text = PLACEHOLDER.sub("…", message).strip()
    return text[:1].upper() + text[1:] + ("" if text.endswith(".") else ".")


def _first_fail(spec: RuleSpecBase) -> str | None:
    for case in spec.tests.fail:
        return case if isinstance(case, str) else case.text
    return None
