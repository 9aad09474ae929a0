"""CL140 on article-only text (issue 15, qa15's finding 6: the page's furniture gone, a heading has
the article's prose on both sides): a German quotation closing its sentence (`.“`), a numbered
section's heading, two headings stacked, a table whose cells stand one a line or whose figures are
written the European way. Real documents (held-out Readability-labelled pages and a web page, the
articles' text only), both ways."""

from __future__ import annotations

from pathlib import Path

import cl140_lines
import pytest

DATA = Path(__file__).parent / "data" / "boilerplate"


def flagged(name: str) -> tuple[list[str], set[int]]:
    lines, found = cl140_lines.flagged(DATA / name)
    return [line.strip() for line in lines], found


LEFT = [
    ("articles/rl-trafilatura.faz.net.streaming.txt", "Nicht bloß mehr Geld im Sinn"),  # prose below ends `.“`
    ("articles/web-gitlab-blog.txt", "1. AI shines a light on cumbersome toolchains"),
    ("articles/web-gitlab-blog.txt", "3. The cloud becomes table stakes"),
    ("articles/rl-fresh.trafilatura.rechtambild.de.kochbuch.txt", "Von Rechts wegen"),
    ("articles/rl-fresh.trafilatura.rechtambild.de.kochbuch.txt", "Tatbestand"),
    ("articles/rl-fresh.trafilatura.adac.de.kindersitze.txt", "2,1"),
    ("articles/rl-fresh.trafilatura.adac.de.kindersitze.txt", "2,7"),
    ("articles/rl-trafilatura.laviedesidees.fr.evaluation.txt", "Revues Généralistes 316 630 18 2.9 12 38 3.8 12"),
    ("articles/rl-trafilatura.laviedesidees.fr.evaluation.txt", "Economie du travail 70 133 2 1.5 2 5 2.9 7.1"),
]


@pytest.mark.parametrize(("name", "line"), LEFT)
def test_the_article_s_own_line_is_left_alone(name, line):
    lines, found = flagged(name)
    numbers = [i for i, text in enumerate(lines, 1) if text == line]
    assert numbers and not set(numbers) & found


def test_on_the_whole_page_the_heading_is_left_and_the_menus_flagged():
    # faz's whole page: the article's subheading is left, its menus and `Abo` are still flagged
    lines, found = flagged("trafilatura-faz.net.streaming.txt")
    assert lines.index("Nicht bloß mehr Geld im Sinn") + 1 not in found
    for item in ("Abo", "Politik", "Börsenlexikon", "AGB Datenschutz Impressum"):
        assert lines.index(item) + 1 in found


def test_a_widget_s_glued_title_and_label_between_paragraphs_are_still_flagged():
    # webmd's tool promotions: two lines in one paragraph (`Get Started` / `WebMD My Medicine`) or the
    # same title twice (a teaser's image text above it) between blurbs: not two stacked headings
    lines, found = flagged("web/webmd-2.txt")
    for text in ("Get Started", "WebMD My Medicine", "Truth About Bad Breath"):
        numbers = [i for i, line in enumerate(lines, 1) if line == text]
        assert numbers and set(numbers) <= found
