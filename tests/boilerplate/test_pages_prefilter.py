"""CL141's prefilter in the standard `re` (`_MAYBE_NUMBER_WIDE`) finds every line `_MAYBE_NUMBER`
(`regex`) finds, so that a text it lets go could not have had RUN page-number lines: its
digits cover `regex`'s, and on real texts (every test document, pages with form feeds stripped,
short lines of numbers in other scripts) its lines hold the other's."""

from __future__ import annotations

import sys
from pathlib import Path

import pytest
import regex

from corpuslint.checks.boilerplate import pages

DATA = Path(__file__).parents[1] / "data"


def _lines(pattern, text: str) -> set[int]:
    return {m.start() for m in pattern.finditer(text)}


def test_the_wide_digits_hold_every_digit_regex_knows():
    digit = regex.compile(r"\d")
    wide = pages.re.compile(r"[\d\U00010000-\U0010ffff]")
    missed = [c for c in range(sys.maxunicode + 1) if not 0xD800 <= c <= 0xDFFF
              and digit.match(chr(c)) and not wide.match(chr(c))]
    assert missed == []


@pytest.mark.parametrize("text", [
    "12\n\n- 13 -\n\nPage 14 of 40\n\n15\r\n\n16 \n",
    "١٢\n\n१३\n\n𑑔 page\n\n٤٥٦٧\n\n3é\n\n12ab\n\n1234567\n",  # Arabic-Indic, Devanagari, Newa digits
    "Page\t7\n—\t8\nPAGE 9  x\n10\u0301\n",  # a combining mark after the number (a word character in `regex`)
])
def test_the_wide_lines_hold_the_narrow_ones(text):
    assert _lines(pages._MAYBE_NUMBER, text) <= _lines(pages._MAYBE_NUMBER_WIDE, text)
    assert _lines(pages._MAYBE_NUMBER, text)


def test_on_every_test_document_and_without_form_feeds():
    texts = [p.read_text(encoding="utf-8", errors="replace") for p in sorted(DATA.rglob("*.txt"))]
    assert len(texts) > 100
    paged = [t.replace("\f", "\n") for t in texts if "\f" in t]
    assert paged
    for text in texts + paged:
        assert _lines(pages._MAYBE_NUMBER, text) <= _lines(pages._MAYBE_NUMBER_WIDE, text)
    stripped = [t for t in paged if pages.page_furniture(t)]
    assert stripped  # the pages whose form feeds were lost are still found through the prefilter
