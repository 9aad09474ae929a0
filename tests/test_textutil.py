"""Shared text helpers: the removal span decides how a document reads after a fix."""

from __future__ import annotations

import pytest

from corpuslint.textutil import block_removal, normalize, paragraphs


@pytest.mark.parametrize("text, block, expected", [
    ("A\n\nB\n\nC\n", "B", "A\n\nC\n"),           # middle paragraph
    ("A\n\nB\n\nC\n", "A", "B\n\nC\n"),           # first
    ("A\n\nB\n\nC\n", "C", "A\n\nB\n"),           # last: keeps the final newline
    ("A\n\n\nB\n\n\nC", "B", "A\n\n\nC"),         # wider separators survive
    ("A\nB\n\nC\n", "B", "A\n\nC\n"),             # last line of a paragraph: no merge with C
    ("A\nB\nX\n\nC\n", "B", "A\nX\n\nC\n"),       # middle line of a paragraph
    ("x B y\n", "B", "x  y\n"),                   # inside a line: only the block
])
def test_block_removal(text, block, expected):
    start = text.index(block)
    a, b = block_removal(text, start, start + len(block))
    assert text[:a] + text[b:] == expected


def test_paragraphs_and_normalize():
    text = "  One para\nstill one.\n\n\nTwo https://x.org/a 2019!\n"
    assert [s.of(text) for s in paragraphs(text)] == ["One para\nstill one.", "Two https://x.org/a 2019!"]
    assert normalize("Two https://x.org/a 2019!") == "two 0"


def test_document_structure_is_told_from_text():
    from corpuslint.textutil import is_structure

    md = ("## Summary\n\nThe release adds tuples.\n\n```scala\n}\n```\n\n    1\tDale Wijnand\n    1\tTomas Mikula\n\n"
          "sha | Title\n---|---\n[55c9b9c](https://github.com/scala/scala/commit/55c9b9c) | Fix prefixes\n\n"
          "Follow me on Twitter | Share this story\n")

    def at(piece):
        start = md.index(piece)
        return is_structure(md, start, start + len(piece))

    assert at("## Summary") and at("}") and at("```scala") and at("1\tDale Wijnand") and at("sha | Title")
    assert not at("The release adds tuples.") and not at("Follow me on Twitter | Share this story")
