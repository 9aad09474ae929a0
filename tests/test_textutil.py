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
