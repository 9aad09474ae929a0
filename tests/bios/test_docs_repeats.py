"""CL402 on documentation (session 15, qa15b): a Markdown page repeats itself by design (each
section's own paragraph, a lead-in before each code block, quoted licences) and no fix removes
that; a scraper's copy (the same text twice in one stretch) is still found and fixed. Also two
shapes of the text reader: a geometric bullet (`■`) is a list marker, and formulas are copies
only when they are the same text. Real files: tests/data/markdown/docs (README there: sources)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.bios.copies import find_copies
from corpuslint.checks.bios.options import CopyOptions
from corpuslint.checks.bios.rules import DuplicateParagraph
from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Applicability, Document

DATA = Path(__file__).parents[1] / "data"
DOCS = DATA / "markdown" / "docs"
LINTER = Linter(load_config(None))


def markdown(name: str) -> Document:
    path = DOCS / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path), format="markdown")


def cl402(doc: Document):
    return [f for f in LINTER.check_document(doc) if f.code == "CL402"]


@pytest.mark.parametrize("name, kept", [
    # a lead-in before each example: "❌ This is **invalid** and will be parsed as regular markup:"
    # (line 43, the same as line 31), and each Numpydoc section's paragraphs, given again under its heading
    ("griffe-docstrings.md", "❌ This is **invalid** and will be parsed as regular markup:"),
    # "While this will succeed (and is what `--fix` would yield):" before a code block (lines 788, 917)
    ("eslint-import-order.md", "While this will succeed (and is what `--fix` would yield):"),
    # "The following patterns are considered problems when configuration set to …:" before each example
    ("eslint-import-extensions.md", "The following patterns are not considered problems"),
    # the "> ☢️ **Danger**" warning in the docs of `evaluate` and again of `evaluateSync`
    ("mdx-readme.md", "☢️ **Danger**"),
    # a release's intro given again under the next release's heading (0.13.0 and 0.13.0.dev0)
    ("httpx-changelog-excerpt.md", "This release switches to `httpcore` for all the internal networking"),
    # each package's MIT licence, quoted under its heading
    ("prettier-notices-excerpt.md", "> Permission is hereby granted, free of charge"),
])
def test_a_docs_own_repetition_is_no_copy_and_nothing_is_removed(name, kept):
    doc = markdown(name)
    assert cl402(doc) == []
    fixed = fix_document(LINTER, doc, unsafe=True).document.text
    assert fixed.count(kept) == doc.text.count(kept) >= 2


def test_a_stray_copy_in_the_same_section_is_still_reported():
    # pymdown keys.md line 67 repeats line 57 ("Separator `span`s will be omitted …") with another
    # case and a stray ")": under the same heading, no lead-in: a copy, its fix unsafe
    doc = markdown("pymdown-keys.md")
    (finding,) = cl402(doc)
    assert finding.line == 67 and finding.fix.applicability == "unsafe"


def test_a_scraped_copy_in_markdown_is_still_found_and_fixed_safely():
    # fnc1-train-0110: the whole body twice (a scraper's copy, no heading between), read as Markdown
    text = (DATA / "bios" / "fnc1-train-0110.txt").read_text(encoding="utf-8")
    doc = Document.from_text(text, path="scraped.md", format="markdown")
    exact = [f for f in cl402(doc) if f.data["kind"] == "exact"]
    assert len(exact) >= 12 and all(f.fix.applicability == "safe" for f in exact)
    fixed = fix_document(LINTER, doc).document.text
    assert fixed.count("Since the 2003 incident, Williams' Chinook story") == 1


def test_a_copy_inside_a_quotation_gets_no_safe_fix():
    # the same quoted paragraph twice in one section (no heading between): quoted text is the source's
    quoted = ("> Permission is hereby granted, free of charge, to any person obtaining a copy of this software "
              "and associated documentation files, to deal in the Software without restriction.")
    text = f"# Notices\n\nThe first package.\n\n{quoted}\n\nThe second package.\n\n{quoted}\n"
    doc = Document.from_text(text, path="n.md", format="markdown")
    (v,) = DuplicateParagraph().check(doc)
    assert v.fix.applicability == Applicability.UNSAFE and "quoted text" in v.message


def test_a_geometric_bullet_is_a_list_marker():
    # fnc1-train-1541: "■ removing a skin tumour …" (line 45, a list item) and the story's sentence at
    # line 61 telling it again: the list keeps its first item, no copy is reported
    text = (DATA / "bios" / "fnc1-train-1541.txt").read_text(encoding="utf-8")
    assert [c for c in find_copies(text, CopyOptions()) if c.category == "paragraph"] == []
    assert list(DuplicateParagraph().check(Document.from_text(text, path="a.txt"))) == []


# wikipedia-3 (../shared/corpora/web/txt, Hermitian matrix), lines 128 and 132: two basis matrices,
# the symmetric and the antisymmetric one, as html-text lays out MathML and its TeX
SYMMETRIC = ("1 2 ( E j k + E k j ) for 1 ≤ j < k ≤ n ( n 2 − n 2 matrices ) {\\displaystyle {\\frac {1}{\\sqrt {2}}}"
             "\\left(E_{jk}+E_{kj}\\right){\\text{ for }}1\\leq j<k\\leq n\\quad \\left({\\frac {n^{2}-n}{2}}"
             "{\\text{ matrices}}\\right)}")
ANTISYMMETRIC = ("i 2 ( E j k − E k j ) for 1 ≤ j < k ≤ n ( n 2 − n 2 matrices ) {\\displaystyle {\\frac {i}{\\sqrt {2}}}"
                 "\\left(E_{jk}-E_{kj}\\right){\\text{ for }}1\\leq j<k\\leq n\\quad \\left({\\frac {n^{2}-n}{2}}"
                 "{\\text{ matrices}}\\right)}")


def test_two_formulas_alike_in_letters_are_no_near_copy():
    text = f"The basis is made of:\n\n{SYMMETRIC}\n\nand also\n\n{ANTISYMMETRIC}\n"
    assert find_copies(text, CopyOptions()) == []
    # the same formula twice is still an exact copy
    twice = f"The basis is made of:\n\n{SYMMETRIC}\n\nand also\n\n{SYMMETRIC}\n"
    assert [c.kind for c in find_copies(twice, CopyOptions())] == ["exact"]


# a news story converted to Markdown that repeats its lede under a teaser heading (review15 t1/md/story.md)
LEDE = ("The state transportation department closed the coastal highway on Monday after a storm washed out a "
        "section of the road near the harbour bridge.")
STORY = (f"# Storm closes coastal highway\n\n{LEDE}\n\nCrews expect to reopen one lane by Friday, officials said, "
         f"but full repairs could take most of the summer season.\n\n## More from the region\n\n{LEDE}\n")


def test_a_storys_lede_repeated_under_a_heading_is_found_with_an_unsafe_fix():
    doc = Document.from_text(STORY, path="story.md", format="markdown")
    (finding,) = cl402(doc)
    assert finding.line == 9 and finding.fix.applicability == "unsafe" and "heading" in finding.message
    assert fix_document(LINTER, doc).document.text == STORY  # no safe fix takes it
    assert fix_document(LINTER, doc, unsafe=True).document.text.count(LEDE) == 1


def test_the_same_repeat_in_a_page_with_code_is_a_sections_own():
    # documentation-shaped: a fenced block (or a few inline code spans) makes each section's text its own
    fenced = STORY.replace("## More from the region", "```sh\nroads --status coastal\n```\n\n## More from the region")
    assert cl402(Document.from_text(fenced, path="story.md", format="markdown")) == []
    spans = STORY.replace("Crews expect", "Run `a`, `b`, `c`, `d` and `e`. Crews expect")
    assert cl402(Document.from_text(spans, path="story.md", format="markdown")) == []
