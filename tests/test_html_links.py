"""A link laid out over blocks (`html_markup.short_links`): a short one (a label and the page it names) goes whole
or not at all; a story card's lines, two links side by side and a link holding an `<svg>` icon are not one.

tests/data/html_docs/links_sb26a.html (SOURCES.md): four excerpts of sb26 A pages.
"""

from __future__ import annotations

from pathlib import Path

from corpuslint.analysis import guard_edits, structure
from corpuslint.models import Document, Origin, TextEdit

PAGE = (Path(__file__).parent / "data" / "html_docs" / "links_sb26a.html").read_text(encoding="utf-8")
DOC = Document(id="p", text=PAGE, origin=Origin(path="index.html", format="html"))


def _span(text: str, *after: str) -> tuple[int, int]:
    at = 0
    for mark in after[:-1]:
        at = PAGE.index(mark, at)
    at = PAGE.index(text, PAGE.index(after[-1], at) if after else 0)
    return at, at + len(text)


def _problem(*spans: tuple[int, int]) -> str | None:
    return guard_edits(DOC, [TextEdit(start=a, end=b) for a, b in spans], list(spans))[1]


def test_a_label_and_the_page_it_names_go_whole_or_not_at_all():
    """ldt's post navigation is MkDocs' footer on a blog: the label alone, or the title alone, is refused."""
    label, title = _span("&#171; Vorherigen Post"), _span("READY FOR THE FASHION BUSINESS")
    assert "part of a link" in _problem(label) and "part of a link" in _problem(title)
    assert _problem(label, title) is None


def test_a_story_cards_section_label_goes_alone():
    """refinery29's card (headline, section, author, date: 12 words) is no label-and-page: its section goes alone."""
    assert _problem(_span("Styling Tips")) is None
    assert "part of a paragraph" in _problem(_span("Styling", "Styling Tips"))  # (half a line still is refused)


def test_two_links_side_by_side_are_two():
    """`</a><a`: the episode's link and its show's link; the show's name (on every teaser) goes alone."""
    assert _problem(_span("Les Pieds sur terre")) is None
    assert len([s for s in structure(DOC).links if PAGE.index("teaser-most-viewed") < s[0] < PAGE.index("nav__login")]) == 2


def test_an_svg_icons_title_is_neither_the_pages_title_nor_its_text():
    s = structure(DOC)
    assert [PAGE[a:b] for a, b in s.titles] == ["Links laid out over blocks (sb26 A excerpts)"]
    login = PAGE.index("<title>Login</title>")
    assert not s.words[login:login + 20].strip()  # the icon is markup: rules do not see `Login`
    # the link is one line (`Anmelden / Registrieren`): the line goes, the icon's markup stays
    first, last = _span("Anmelden"), _span("</svg>")
    edits, problem = guard_edits(DOC, [TextEdit(start=first[0], end=last[1])], [(first[0], last[1])])
    assert problem is None and [PAGE[e.start:e.end] for e in edits] == ["Anmelden", "/ Registrieren"]
