"""A licence's copyright line is its content (CL120 does not look in a licence: `not-in: [licence]`),
while a site's copyright footer is still found and removed; a donation badge in a row of badges is
reported alone, never with the project's other badges. Real files: tests/data/markdown/docs
(session 15, qa15b's corpus; README there: sources and licences)."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.config import load_config
from corpuslint.engine import Linter
from corpuslint.fixer import fix_document
from corpuslint.models import Document
from corpuslint.packs.badges import badge_in_row
from corpuslint.packs.documents import is_licence, licence_at

ROOT = Path(__file__).parents[2]
DOCS = ROOT / "tests" / "data" / "markdown" / "docs"
LINTER = Linter(load_config(None))


def doc_of(name: str) -> Document:
    path = DOCS / name
    return Document.from_text(path.read_text(encoding="utf-8"), path=str(path), format="markdown")


def codes(doc: Document, *wanted: str):
    return [f for f in LINTER.check_document(doc) if f.code in wanted]


@pytest.mark.parametrize("name, line", [
    ("pymdown-LICENSE.md", "Copyright (c) 2014 - 2025 Isaac Muse"),  # MIT, under `# License`
    ("mkdocs-macros-LICENSE.md", "Copyright (C) 2018-2024 Laurent Franceschetti"),  # MIT, under `# MIT License`
    ("httpx-LICENSE.md", "Copyright © 2019, [Encode OSS Ltd](https://www.encode.io/)."),  # BSD-3-Clause
    ("prettier-notices-excerpt.md", "> Copyright © James Long and contributors"),  # quoted licences
])
def test_a_licence_keeps_its_copyright_line(name, line):
    doc = doc_of(name)
    assert is_licence(doc.text)
    assert codes(doc, "CL120") == []
    fixed = fix_document(LINTER, doc, unsafe=True).document.text
    assert line in fixed


# the seed article's real lines (seeds/000_8649d156db22d76a.txt), a site's footer at its end
ARTICLE = ("Is a token Russian force in Venezuela prelude to sending greater numbers?\n\n"
           "Maduro exposed a US paramilitary plot against him and his government, arrests made, indicating "
           "more to come.\n\n")
FOOTER = "Copyright © Stephen Lendman, Global Research, 2019"


@pytest.mark.parametrize("fmt", ["plain", "markdown"])
def test_a_sites_copyright_footer_is_still_removed(fmt):
    doc = Document.from_text(ARTICLE + FOOTER + "\n", path="a.md" if fmt == "markdown" else "a.txt", format=fmt)
    assert not is_licence(doc.text)
    (finding,) = codes(doc, "CL120")
    assert finding.fix.applicability == "safe"
    assert FOOTER not in fix_document(LINTER, doc).document.text


def test_a_page_with_its_copyright_line_in_the_footer_is_no_licence():
    # tmz-1: "© 2015 EHM Productions, Inc. All rights reserved …" under the story
    text = (ROOT / "tests" / "data" / "metadata" / "pages" / "tmz-1.txt").read_text(encoding="utf-8")
    assert not is_licence(text)
    assert len(codes(Document.from_text(text, path="tmz-1.txt"), "CL120")) == 1


# a news page quoting one licence sentence in its story (review15 t1/art.txt): its footer is a footer
NEWS = ("City council approves new budget for parks\n\n"
        "The city council voted on Tuesday to approve a new budget that increases funding for public parks by "
        "twelve percent over the next two years.\n\n"
        "In a related story, a local developer released his parks app as open source. The README says the "
        "software is provided \"as is\", without warranty of any kind, and users may fork it freely.\n\n"
        "Residents said they welcomed the change, which will pay for new playgrounds and longer opening hours "
        "at the city's three largest parks.\n\n"
        "Copyright 2020 Springfield Daily News. All rights reserved.\n")


@pytest.mark.parametrize("fmt", ["plain", "markdown"])
def test_a_page_quoting_a_licence_sentence_keeps_its_footer_finding(fmt):
    doc = Document.from_text(NEWS, path="news.md" if fmt == "markdown" else "news.txt", format=fmt)
    assert is_licence(doc.text)  # it holds the sentence ...
    (finding,) = codes(doc, "CL120")  # ... but its copyright line is no licence's
    assert "Springfield Daily News" not in fix_document(LINTER, doc).document.text


def test_the_same_lines_named_as_a_licence_file_are_one():
    doc = Document.from_text(NEWS, path="pkg/LICENSE.md", format="markdown")
    assert codes(doc, "CL120") == []
    assert licence_at(NEWS, len(NEWS), "third_party/COPYING.txt")
    assert not licence_at(NEWS, len(NEWS), "docs/licensing-faq.md")


def test_a_licence_sentence_right_after_the_copyright_line_makes_it_a_licences():
    text = NEWS.replace("All rights reserved.\n", "All rights reserved.\n\nPermission is hereby granted, free "
                        "of charge, to any person obtaining a copy of this software.\n")
    assert codes(Document.from_text(text, path="news.txt"), "CL120") == []


def test_one_badge_of_a_row_not_the_row():
    # pymdown README.md opens with six badges (one per line, one Markdown paragraph), the first a
    # donation link: the finding is that badge; removing one line of the paragraph is withheld
    doc = doc_of("pymdown-README.md")
    (finding,) = codes(doc, "CL110")
    assert finding.text == "[![Donate via PayPal][donate-image]][donate-link]"
    assert finding.fix is None and "part of a paragraph" in finding.data["fix_withheld"]
    fixed = fix_document(LINTER, doc, unsafe=True).document.text
    assert fixed == doc.text


def test_a_badge_row_on_one_line_loses_the_donation_badge_only_unsafely():
    row = ("[![Donate](https://img.shields.io/badge/donate-paypal-blue.svg)](https://paypal.me/x) "
           "[![PyPI](https://img.shields.io/pypi/v/x.svg)](https://pypi.org/project/x/)")
    text = f"{row}\n\n# Title\n\nSome text about the project that is long enough to be a paragraph.\n"
    doc = Document.from_text(text, path="r.md", format="markdown")
    (finding,) = codes(doc, "CL110")
    assert finding.fix.applicability == "unsafe"
    assert fix_document(LINTER, doc).document.text == text  # not a safe fix
    fixed = fix_document(LINTER, doc, unsafe=True).document.text
    assert fixed.startswith("[![PyPI](https://img.shields.io/pypi/v/x.svg)](https://pypi.org/project/x/)\n\n# Title")


def test_a_lone_donation_badge_at_the_top_leaves_no_blank_first_line():
    text = ("[![Donate via PayPal](https://img.shields.io/badge/donate-paypal-blue.svg)](https://paypal.me/x)\n\n"
            "# Title\n\nSome text about the project that is long enough to be a paragraph.\n")
    doc = Document.from_text(text, path="r.md", format="markdown")
    assert fix_document(LINTER, doc).document.text == text.split("\n\n", 1)[1]


def test_badge_in_row_shapes():
    row = "[![a](x)](y) [![b][c]][d] ![e](f)"
    assert badge_in_row(row, 0, len(row), 0) == (0, 13)
    assert badge_in_row(row, 0, len(row), len(row) - 2) == (25, len(row))  # the last takes the space before
    one = "[![Donate](x)](y)"
    assert badge_in_row(one, 0, len(one), 0) is None  # a lone badge is the whole unit
    prose = "Please [![Donate](x)](y) if you like it, and see ![b](c)"
    assert badge_in_row(prose, 0, len(prose), 7) is None  # words besides the badges
