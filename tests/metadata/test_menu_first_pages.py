"""A page's text that opens with a menu's entry (`* Facebook`) or a skip link kept no `<title>`: its headline is
the title-shaped line over its byline, past the stamp, a comment count and a caption; a question is a headline; a
credit, a label or a line broken off is none (qa19c r12: basicthinking and FiveThirtyEight, right at b037f41 and
lost since; excerpts of the held-out pages as inscriptis renders them)."""

from __future__ import annotations

from pathlib import Path

from corpuslint.checks.metadata.bylineline import byline_names
from corpuslint.checks.metadata.headline import headline_above_byline
from corpuslint.checks.metadata.lines import Line, iter_lines
from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.checks.metadata.page import page_found

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"


def values(name: str) -> dict:
    return {found.field: found.value for found in page_found((PAGES / name).read_text(encoding="utf-8"))}


def test_a_menu_first_page_s_headline_stands_over_its_stamp_count_caption_and_byline():
    # `12 Twitter-Nutzer …` / `5. Dez 2018` / `1 Kommentar` / `Was zeichnet … aus? (Foto: Pixabay.com / irfanahmad)` /
    # `geschrieben von Meike Neitz`: at main, nothing (the caption as the headline, no `<title>` to read)
    assert values("basicthinking-tweets-inscriptis.txt") == {
        "title": "12 Twitter-Nutzer und ihre Zutaten für erfolgreiche Tweets", "author": "Meike Neitz", "date": "2018-12-05"}


def test_a_question_is_a_headline():
    assert values("fivethirtyeight-manchin-inscriptis.txt") == {
        "title": "Could Manchin Actually Leave The Democratic Party?", "author": "Geoffrey Skelley", "date": "2021-10-25"}


def test_a_caption_s_bracketed_credit_is_no_title():
    assert not_a_title("Was zeichnet erfolgreiche Tweets aus? (Foto: Pixabay.com / irfanahmad)") == "credit"
    assert not_a_title("Die Sieger (Teil 2)") is None


def test_a_credit_or_the_author_s_label_over_a_name_is_no_title():
    # zeit.de's `Eine Analyse von Caspar Schwietering`, rechtambild's `Mehr Beiträge von Rechtsanwalt Dennis Tölle`,
    # landwirt's `Autor: Steffen PACHE, …`
    assert not_a_title("Eine Analyse von Caspar Schwietering") == "byline"
    assert not_a_title("Mehr Beiträge von Rechtsanwalt Dennis Tölle") == "byline"
    assert not_a_title("Autor: Steffen PACHE, Sächsische Landesanstalt für Landwirtschaft, Köllitsch (D)") == "byline"
    assert not_a_title("Stand by Me") is None and not_a_title("Killed by Police") is None


def test_a_heading_s_sentence_in_capitals_is_no_byline():
    # fairkom's `Von PUBLIC VOICE mit osAlliance zur ALLMENDA nach fairkom` (its history) read as by "Public Voice"
    def names(text: str) -> list[str]:
        return byline_names(Line(0, len(text), text, True))

    assert names("Von PUBLIC VOICE mit osAlliance zur ALLMENDA nach fairkom") == []
    assert names("BY JOHN DOE staff writer") == ["John Doe"]


def test_a_line_broken_off_or_two_sentences_over_a_byline_is_no_headline():
    text = ("* Home\n* News\n\nRavenous wild goats ruled this island\n"
            "The rocky island of Redonda, once stripped of its flora and fauna by invasive species, makes an\n"
            "By Michael Hingston\n\nThe island of Redonda was once thought doomed by ravenous goats and rats.\n")
    lines = list(iter_lines(text))
    assert lines[headline_above_byline(lines)].text == "Ravenous wild goats ruled this island"
    rnz = "* Home\n\nNoch 10 Gratis-Artikel diesen Monat. RNZonline Angebote\nVon Anna Lee\n\nDer Text beginnt.\n"
    assert headline_above_byline(list(iter_lines(rnz))) is None
