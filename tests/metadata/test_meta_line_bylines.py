"""Bylines on pages whose headline is not found (issue 16, byline24): a meta line, a card glued to its byline.

qa20b's whole-page texts (lynx, inscriptis) print no `<title>` line over the page, so the page reader finds no
headline and reads no byline in its window. Two shapes it now reads anyway (pages: excerpts of qa20b half A):
- the page's one line that is a name with its stamp, before the prose has run on: boingboing.net's
  `/ Cory Doctorow / 10:08 am Fri Jul 19, 2013` over its headline (inscriptis), computerbase.de's
  `19.6.2007 9:40 Uhr Christoph Becker 71 Kommentare` under it (lynx);
- an author's card glued to the byline it heads, the same words twice: cleveland.com's `National Desk By National
  Desk` (inscriptis; lynx adds the paper, `… By National Desk The Plain Dealer`);
- a post's meta line of parts opened by the author's name or carrying it after its stamp, the name the page prints
  alone elsewhere (the author box): soundofscience.fr's `Martin Clavey Politique scientifique française 20 janvier
  202020 janvier 2020évaluation , HCERES 0 Comment` (two stamps glued), erp-news.info's `20. April 201713. Juni 2017
  Matthias Weber Amazon , artificial general intelligence , …` (pages: the head and the author box, lines between cut);
- a WordPress theme's meta line under the post (Twenty Fifteen's screen-reader labels), under a related posts'
  heading: de.creativecommons.org's `Autor johnVeröffentlicht am 20. März 2014Kategorien …` (lynx);
- an author's label alone on its line: basicthinking.de's `geschrieben von Meike Neitz` (lynx; its headline not
  found on the page: the line is read wherever it stands, as a `By` line is).
Beside them the look-alikes left alone: two signed stamps (a list of posts, the comments), a commenter's line by a
comments mark, a signed stamp under the story's prose, a caption's credit with a date, a phrase twice round `By`, a
sentence naming the author and a day, a meta line whose name the page never prints alone, a blog's front page of
posts each with its theme meta line, a stand-in's log-in (`admin`), a docs example's `Author: Me`, the second of
two author labels.
"""

from __future__ import annotations

from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.lonestamp import name_on_lone_meta_line
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.checks.metadata.pageauthors import name_on_dated_meta_line, theme_meta_author
from pagereading import PAGES, names, read  # tests/metadata/pagereading.py

PROSE = ("Vor knapp zwei Wochen stellten Microsoft und HTC mit dem getauften Smartphone erstmals die eigene Antwort "
         "auf Apples iPhone vor, und das Gerät soll bald bei o2 erscheinen.")


def _lines(*texts: str) -> list[Line]:
    return [Line(0, len(text), text, True) for text in texts]


def test_the_pages_one_signed_stamp_signs_it():
    found = read("boingboing-meta-line-inscriptis-head")
    assert found.headline_line is None
    assert found.authors == ["Cory Doctorow"]  # main: []
    found = read("computerbase-meta-line-lynx")
    assert found.headline_line is None
    assert (found.authors, found.date) == (["Christoph Becker"], "2007-06-19")  # main: [], None


def test_two_signed_stamps_sign_none():
    page = (PAGES / "computerbase-meta-line-lynx.txt").read_text(encoding="utf-8")
    listed = page.replace("   IFRAME: /api/ads?name=noscript&format=300x250\n",
                          "   20.6.2007 10:12 Uhr Jan-Frederik Timm 12 Kommentare\n", 1)
    assert listed != page
    assert page_metadata(listed).authors == []
    assert name_on_lone_meta_line(_lines("Cory Doctorow / Jul 19, 2013", "Mark Frauenfelder / Jul 18, 2013")) == []


def test_a_commenter_s_or_a_late_signed_stamp_is_no_byline():
    assert name_on_lone_meta_line(_lines("Headline of the post", "3 Comments", "Jane Roe June 9, 2015 at 4:12 pm")) == []
    assert name_on_lone_meta_line(_lines("Headline of the post", "Jane Roe June 9, 2015 at 4:12 pm")) == ["Jane Roe"]
    assert name_on_lone_meta_line(_lines(*[PROSE] * 4, "Jane Roe June 9, 2015 at 4:12 pm")) == []


def test_a_caption_credit_or_a_quote_with_a_date_is_no_meta_line():
    assert name_on_lone_meta_line(_lines("Photo: Cory Doctorow / Reuters, Jul 19 2013", PROSE)) == []
    assert name_on_lone_meta_line(_lines("Photo by Mike Blake/Reuters, Jan 3, 2013", PROSE)) == []
    assert name_on_lone_meta_line(_lines("“We will win,” said John Smith on Jan. 3, 2013.", PROSE)) == []


def test_a_card_glued_to_its_byline():
    assert read("cleveland-card-then-by-inscriptis").authors == ["National Desk"]  # main: []
    assert names("National Desk By National Desk The Plain Dealer") == ["National Desk"]  # lynx's line
    assert names("Mike Cason By Mike Cason Jan 3, 2013") == ["Mike Cason"]


def test_a_phrase_twice_round_by_is_no_card():
    assert names("Side By Side") == []
    assert names("Day By Day") == []
    assert names("Stand By Me") == []


def test_a_meta_line_the_author_box_bears_out():
    assert read("soundofscience-meta-line-inscriptis").authors == ["Martin Clavey"]  # main: []
    assert read("erp-news-meta-line-inscriptis").authors == ["Matthias Weber"]  # main: []


def test_a_meta_line_no_name_alone_bears_out_is_left_alone():
    page = (PAGES / "soundofscience-meta-line-inscriptis.txt").read_text(encoding="utf-8")
    unboxed = page.replace("            Martin Clavey\n            @ mart1oeil\n", "")
    assert unboxed != page
    assert page_metadata(unboxed).authors == []


def test_a_sentence_or_a_name_a_verb_follows_is_no_meta_line():
    meta = "Martin Clavey Politique scientifique française 20 janvier 2020 évaluation , HCERES 0 Comment"
    assert name_on_dated_meta_line(_lines(meta, "Martin Clavey")) == ["Martin Clavey"]
    said = "Martin Clavey said on 20 janvier 2020 that the candidacy was collective and open"
    assert name_on_dated_meta_line(_lines(said, "Martin Clavey")) == []
    sentence = "Politique scientifique française : Martin Clavey écrit le 20 janvier 2020 une lettre ouverte."
    assert name_on_dated_meta_line(_lines(sentence, "Martin Clavey")) == []


def test_a_theme_s_meta_line_under_the_post():
    assert read("creativecommons-theme-meta-lynx").authors == ["john"]  # main: []
    assert theme_meta_author("Author Jane Doe Posted on March 20, 2014 Categories News") == "Jane Doe"


def test_a_front_page_of_posts_or_a_stand_in_is_no_theme_byline():
    page = (PAGES / "creativecommons-theme-meta-lynx.txt").read_text(encoding="utf-8")
    second = "   Autor janeVeröffentlicht am 12. März 2014Kategorien Allgemein\n"
    front = page.replace("Ähnliche Beiträge\n", f"Ähnliche Beiträge\n\n{second}\n", 1)
    assert front != page
    assert page_metadata(front).authors == []
    assert theme_meta_author("Author admin Posted on March 20, 2014") is None
    assert theme_meta_author("Author of the week posted on March 20, 2014") is None


def test_an_author_s_label_alone_on_its_line():
    assert read("basicthinking-labelled-by-lynx").authors == ["Meike Neitz"]  # main: []
    example = "\n".join(["Alternatives", "", "A field list in a docs example:", "",
                         "       Author: Me", "       Version: 1", "", "renders as a table of two rows."])
    assert page_metadata(example).authors == []
    # landwirt.com (qa20b, lynx): two labels, the first not read as names; the second alone is half the credit
    credits = "\n".join(["Sensortechnik im Stall", "", "   Autor: Steffen PACHE, Sächsische Landesanstalt für "
                         "Landwirtschaft, Köllitsch (D)", "   Autor: Angelika Leitner"])
    assert page_metadata(credits).authors == []
