"""Session 13 (issue 16, benchmarks/gold): the printed headline over the <title>'s wording of it, and
bylines that credit no person's name (a handle, a newsroom's staff, a CJK credit closing the story,
a handle in a work's <title>), each on real pages, found and left alone."""

from pathlib import Path

from corpuslint.checks.metadata.bylineline import byline_names, is_handle
from corpuslint.checks.metadata.lines import Line
from corpuslint.checks.metadata.page import page_metadata
from corpuslint.checks.metadata.printedtitle import without_note, words_the_title

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"


def text(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


def names(line: str) -> list[str]:
    return byline_names(Line(0, len(line), line, True))


# -- titles -------------------------------------------------------------------------------------


def test_a_bracketed_note_the_page_does_not_print_is_left_out_of_the_title():
    assert page_metadata(text("ehow-1")).title == "How to Build a Terrarium"  # `(with Pictures) | eHow`
    assert page_metadata(text("lwn-1")).title == "LWN.net Weekly Edition for March 26, 2015"  # `[LWN.net]`


def test_a_note_the_page_prints_with_the_headline_is_kept():
    page = text("ehow-1").replace("\nHow to Build a Terrarium\n", "\nHow to Build a Terrarium (with Pictures)\n")
    assert page_metadata(page).title == "How to Build a Terrarium (with Pictures)"
    assert without_note("Chapter 3 (continued)") == "Chapter 3"
    assert without_note("Obama (D-Ill.) speaks") is None  # a parenthesis inside the headline closes nothing


def test_the_printed_headline_over_the_stamp_replaces_the_titles_wording_of_it():
    # videos-1: `How to watch the 21 best films of 2017 - Vox` over `The 21 best movies of 2017` / `By Alissa ...`
    assert page_metadata(text("videos-1-head")).title == "The 21 best movies of 2017"


def test_a_headline_over_a_stamp_that_shares_nothing_with_the_title_leaves_the_title():
    page = text("videos-1-head").replace("\nThe 21 best movies of 2017\n", "\nSenate passes a sweeping tax overhaul\n")
    assert page_metadata(page).title == "How to watch the 21 best films of 2017"
    assert not words_the_title("How to watch the 21 best films of 2017", "The best of the year in music")
    assert words_the_title("Twitter Lite se estrena en México, Venezuela y otros nueve países",
                           "Twitter Lite se estrena en 11 países de América Latina")


# -- bylines that name no person ------------------------------------------------------------------


def test_a_newsrooms_staff_and_a_handle_after_by_are_the_byline():
    assert page_metadata(text("tmz-1")).authors == ["TMZ STAFF"]  # `2/26/2015 7:11 AM PST BY TMZ STAFF`
    assert page_metadata(text("topicseed-1-head")).authors == ["lazharichir"]  # `On 6/13/2018 by @lazharichir`
    assert names("By Our Foreign Staff") == ["Our Foreign Staff"]


def test_by_inside_a_sentence_or_a_credit_is_no_byline():
    for line in ("Photo by @jane_doe", "Illustration by @studio", "Loved by Our Staff",
                 "This recipe was tested by our staff", "written by our staff"):
        assert names(line) == [], line


def test_a_cjk_credit_closing_the_story_is_the_byline_when_none_stands_by_the_headline():
    # gmw: `作者： 责任编辑：肖春芳` by the headline (an empty label, then the editor), `作者︱春春` under the story
    found = page_metadata(text("gmw-credit-end"))
    assert found.authors == ["春春"]
    page = text("gmw-credit-end").replace("作者︱春春", "图注：奥尔德林")
    assert page_metadata(page).authors == []  # no credit: the editor is not taken as the author


def test_a_handle_in_a_works_title_printed_under_its_headline_is_the_author():
    found = page_metadata(text("archive-of-our-own-head"))
    assert found.authors == ["AMournfulHowlInTheNight"]
    # a plain word under the headline (a section named in the <title> too) is no handle
    page = text("archive-of-our-own-head").replace("\nAMournfulHowlInTheNight\n", "\nChapter\n")
    assert page_metadata(page.replace("- AMournfulHowlInTheNight -", "- Chapter -")).authors == []


def _under_la_nacion_headline(part: str) -> str:
    """la-nacion-head with `part` as the <title>'s middle part and printed alone under the headline."""
    page = text("la-nacion-head")
    headline = "Una solución no violenta para la cuestión mapuche\n"
    page = page.replace(" - 07.12.2017 - ", f" - {part} - ", 1)
    at = page.index(headline, len(page.split("\n", 1)[0]))
    return page[: at + len(headline)] + part + "\n" + page[at + len(headline):]


def test_a_date_a_year_or_a_terms_name_under_the_headline_is_no_handle():
    for part in ("07.12.2017", "2017", "COVID-19", "iPhone"):
        # no handle: the authors are the writers the bios closing the column name (session 14)
        assert page_metadata(_under_la_nacion_headline(part)).authors == ["Andrés Malamud", "Martín Schapiro"], part
    # a handle's marks (a letter next to an underscore or a digit) under the same headline: found
    assert page_metadata(_under_la_nacion_headline("jdoe_42")).authors == ["jdoe_42"]
    # the shapes by themselves: a case change or a letter next to a digit or an underscore, not a date or a term
    for word in ("AMournfulHowlInTheNight", "jdoe_42", "jdoe42", "xX_Dark_Xx"):
        assert is_handle(word), word
    for word in ("07.12.2017", "2017", "2017-12-07", "COVID-19", "iPhone", "eBay", "PS5", "H1N1", "Chapter", "LNG"):
        assert not is_handle(word), word


# -- a date as a part of the <title> --------------------------------------------------------------


def test_a_date_alone_as_a_part_of_the_title_is_the_stories_day():
    assert page_metadata(text("la-nacion-head")).date == "2017-12-07"  # `<headline> - 07.12.2017 - LA NACION`
    page = text("la-nacion-head").replace(" - 07.12.2017 - ", " del 07.12.2017 - ", 1)
    assert page_metadata(page).date is None  # a date inside the headline is not the story's stamp


# -- a newsroom under the headline (tuned after half B was looked at) ------------------------------


def test_a_newsrooms_staff_alone_under_the_headline_is_the_byline():
    assert page_metadata(text("telegraph-head")).authors == ["Our Foreign Staff"]  # `Our Foreign Staff` / `16 November 2017`


def test_a_menu_item_calling_the_reader_to_the_staff_is_no_byline():
    page = text("telegraph-head")
    for item in ("Meet Our Staff", "Contact Editorial Staff", "Join Our Staff", "Email Staff"):
        assert page_metadata(page.replace("\nOur Foreign Staff\n", f"\n{item}\n")).authors == [], item
    for credit in ("Times Staff", "TMZ Staff", "Editorial Staff"):
        assert page_metadata(page.replace("\nOur Foreign Staff\n", f"\n{credit}\n")).authors == [credit], credit


def test_an_agencys_acronym_before_the_date_is_not_read_as_a_byline():
    # `AFP 30 avril 2015 à 07:19 (Mis à jour : …)`: not taken (a label in capitals, `MAJ 30 avril`, has the
    # same shape); a teaser's `Par Sébastien Farcis` further down is not taken either
    assert page_metadata(text("liberation-1-head")).authors == []
    assert names("London Staff Writers") == [] and names("Staff") == []
