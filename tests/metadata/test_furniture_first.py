"""A page's text that opens with its furniture kept no `<title>`: a menu (bulleted, numbered or on one line), a
skip link, markup or a form left as text, a message about the browser is never the title (issue 16). The headline
is then the one found over its byline or stamp, or there is none: a wrong title is worse than none.

The first lines are qa20b's (half A: pages of sites the page reader was designed on), as inscriptis and lynx print
them; the titles left alone are real `<title>` lines and a news lede."""

from __future__ import annotations

from pathlib import Path

import pytest

from corpuslint.checks.metadata.furnitureline import furniture_first
from corpuslint.checks.metadata.page import page_found, page_metadata

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"


def read(name: str) -> str:
    return (PAGES / name).read_text(encoding="utf-8")


@pytest.mark.parametrize("line, kind", [
    ("* Home", "menu"),  # landwirt.com, rechtambild.de
    ("*", "menu"),  # spiegel.de: a bullet whose entry was an icon
    ("* Montag, 09.12.2019", "menu"),  # sonntag-sachsen.de: the day in the menu bar
    ("Hauptseite | Blog | Registrieren | Login", "menu"),  # schleifen.ucoz.de: the menu on one line
    ("/ Cory Doctorow / 10:08 am Fri Jul 19, 2013", "menu"),  # boingboing.net: the rest of a post's strip
    ("1. Skip to navigation", "skip-link"),  # vancouversun.com
    ("[sharelogo2.jpg]", "residue"),  # lynx: chinadaily's share picture
    ("[tr?id=1552112498444486&ev=PageView&noscript=1]", "residue"),  # lynx: a tracking pixel
    ("IFRAME: https://www.googletagmanager.com/ns.html?id=GTM-5SMFXTN", "residue"),
    ("REFRESH(0 sec): file://localhost/service/javascript-bitte-aktivieren.html", "residue"),  # lynx: jolie.de
    ("(BUTTON) Select Country Site", "residue"),  # lynx: yahoo
    ("____________________ Go", "residue"),  # lynx: a search field
    ('{{nrco.contentDetailController.content.status === "published" ? "Contenu publié" : "x"}}', "residue"),
    ("JavaScript scheint in Ihrem Browser deaktiviert zu sein.", "message"),  # toralin.de
    ("Um ebrosia in vollem Umfang nutzen zu können, empfehlen wir Ihnen Javascript in Ihrem Browser zu aktiveren.",
     "message"),
    ("現在JavaScriptが無効になっています。すべての機能を利用するためには、JavaScriptの設定を有効にしてください。", "message"),
])
def test_a_page_s_furniture_opening_its_text_is_no_title(line, kind):
    assert furniture_first(line) == kind


@pytest.mark.parametrize("line", [
    "Obama admits US gun laws are his 'biggest frustration' - BBC News",
    "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell | FAZ",
    "Tutorial — Webstruct 0.6 documentation",
    "[Video] Faker wins 4th title as T1 become your Worlds 2023 champion!",
    "Python 3.6.0 is now available!",
    # a lede naming Twitter, not a message about the page (tests/data/metadata/fnc1-train-1728.txt)
    "A Twitter account associating itself with Fox News is issuing legal threats to anyone who posts tweets that "
    "mock the cable news outlet. But the account is not official, a Fox News spokesperson told the Washington "
    "Examiner media desk.",
    "1. Introduction",
    "Cookies: what they are and why the EU cares",
])
def test_a_title_line_is_no_furniture(line):
    assert furniture_first(line) is None


def test_a_message_about_the_browser_opening_a_shop_s_page_gives_no_title():
    # toralin.de (inscriptis, its first 24 lines): at main the title was `JavaScript scheint in Ihrem Browser …`
    text = read("toralin-javascript-first-inscriptis.txt")
    assert page_metadata(text).title is None
    assert "title" not in {found.field for found in page_found(text)}


def test_a_headline_under_a_menu_on_one_line_is_the_title():
    # schleifen.ucoz.de's menu line over basicthinking's article (both real, put together): at main the menu line
    # was the title; the headline stands over its stamp, a comment count, a caption and its byline
    found = {found.field: found.value for found in page_found(read("menu-line-over-basicthinking-inscriptis.txt"))}
    assert found == {"title": "12 Twitter-Nutzer und ihre Zutaten für erfolgreiche Tweets", "author": "Meike Neitz",
                     "date": "2018-12-05"}
