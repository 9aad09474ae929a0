"""Story dates where unseen news pages place them (issue 16, meta28; the lead's held-out misses, as shapes).

Invented lines (names, sites and days made up) in the shapes the held-out pages print: a stamp labelled as the
publication's under the headline over a weather widget's or a sidebar's day above it, a stamp between the menus and
the headline beyond the reader's window, a blog post's meta line with its notes' count, a lone stamp far under the
headline. Each beside its look-alike left alone (a page's clock, a feed's posts, a comment's stamp).
"""

from __future__ import annotations

from corpuslint.checks.metadata.page import page_metadata

MENU = "Skip to content\nHome\nNews\nLocal\nSports\nBusiness\nOpinion\nWeather\nContact Us\nSubscribe"
HEADLINE = "County Extends Library Hours Through Winter"
PROSE = ("The county board voted on Tuesday to extend the library's opening hours through the winter, a change that "
         "residents had requested for more than two years.\nOfficials said the cost would be covered by a state grant "
         "and by savings from a new heating system installed last spring.")
FOOT = "Share this\nFacebook\nTwitter\nAbout Us\nPrivacy Policy\n© 2019 Example News"
BBC_MENU = "\n".join(["Local news", "Top Stories", "Video", "World", "UK", "England", "Scotland", "Wales", "Business",
                      "Politics", "Health"])
TAGS = "\n".join(f"* Tag {name}" for name in ("libraries", "county", "budget", "winter", "schools", "grants") * 6)


def _date(body: str, title: str = f"{HEADLINE} | Example News") -> str | None:
    return page_metadata(f"{title}\n\n{MENU}\n{body}").date


def test_a_labelled_stamp_under_the_headline_beats_a_day_above_it():
    widget = "Friday, Mar 08 2019 12PM 20°C 3PM 19°C 5-Day Forecast"
    stamp = "PUBLISHED: 09:29 GMT, 6 March 2019 | UPDATED: 19:08 GMT, 6 March 2019"
    assert _date(f"{widget}\nNews\n{HEADLINE}\nBy Dana Reyes\nShare\n{stamp}\n{PROSE}") == "2019-03-06"
    sidebar = "* Park Board Approves New Playground July 12, 2019\n* Schools Open Late\nLocal"
    assert _date(f"{sidebar}\n{HEADLINE}\nPublished: July 19, 2019\n{PROSE}") == "2019-07-19"


def test_a_weather_widget_dates_no_story():
    assert _date(f"Friday, Mar 08 2019 12PM 20°C 3PM 19°C 5-Day Forecast\nNews\n{HEADLINE}\n{PROSE}\n{FOOT}") is None
    # with no label under the headline, the day over it stays the story's (a dateline above the headline)
    assert _date(f"March 8, 2019\n{HEADLINE}\n{PROSE}\n{FOOT}") == "2019-03-08"


def test_a_stamp_between_the_menus_and_the_headline_far_above_it():
    assert _date(f"14 March 2019 Last updated at 11:25 GMT\n{BBC_MENU}\n{HEADLINE}\n{PROSE}\n{FOOT}") == "2019-03-14"


def test_a_clock_or_a_list_far_above_the_headline_is_no_stamp():
    assert _date(f"Thursday, 14 March 2019\n{BBC_MENU}\n{HEADLINE}\n{PROSE}\n{FOOT}") is None  # the page's clock
    listed = "14 March 2019 Last updated at 11:25 GMT\nSchools Open Late\n12 March 2019 Last updated at 09:10 GMT"
    assert _date(f"{listed}\n{BBC_MENU}\n{HEADLINE}\n{PROSE}\n{FOOT}") is None  # two stamps: a list's


def test_a_posts_meta_line_with_its_notes_far_under_the_headline():
    assert _date(f"{HEADLINE}\n{PROSE}\n{TAGS}\nMon 2019-03-11 13:44:00 | 12 notes\n{FOOT}") == "2019-03-11"
    assert _date(f"{HEADLINE}\n{TAGS}\nMarch 05, 2019\n{PROSE}\n{FOOT}") == "2019-03-05"  # a lone stamp


def test_a_feeds_posts_a_comments_stamp_or_a_clock_over_the_headline_date_no_story():
    feed = "Mon 2019-03-11 13:44:00 | 12 notes\nLibrary Board Meets\nSun 2019-03-10 09:02:00 | 3 notes"
    assert _date(f"{HEADLINE}\n{PROSE}\n{TAGS}\n{feed}\n{FOOT}") is None
    assert _date(f"{HEADLINE}\n{PROSE}\n{TAGS}\nMarch 11, 2019 at 1:44 pm Reply\n{FOOT}") is None
    assert _date(f"Thursday, March 14, 2019\n{TAGS}\n{HEADLINE}\n{PROSE}\n{FOOT}") is None


def test_a_one_word_by_line_going_on_in_lower_case_is_a_wrapped_sentence():
    def authors(lines: str) -> list[str]:
        return page_metadata(f"{HEADLINE} | Example News\n\n{MENU}\n{HEADLINE}\n{lines}\n{PROSE}").authors

    assert authors("Early humans\nBy Homo\nerectus and its kin left Africa long before our own species did") == []
    assert authors("By Dana\nMarch 5, 2019") == ["Dana"]  # a first name over the stamp stays a byline
    assert authors("By Dana Reyes\nupdated March 5, 2019 at 10:02 am by the county desk") == ["Dana Reyes"]


def test_titles_the_site_a_dateline_or_a_second_saying_left_out():
    def title(first: str, printed: str) -> str | None:
        return page_metadata(f"{first}\n\n{MENU}\n{printed}\nBy Dana Reyes\nMarch 15, 2019\n{PROSE}\n{FOOT}").title

    columnist = "Dana Reyes: Library Hours Grow"
    assert title(f"SPRINGFIELD: {columnist} | Example News", columnist) == columnist
    assert title(f"{HEADLINE} | Example News", f"{HEADLINE} {HEADLINE}") == HEADLINE
    assert title("Let It Go Let It Go | Example News", "Let It Go Let It Go") == "Let It Go Let It Go"  # a song's
    # no printed headline: the <title>'s leading part the page bears out as the site's (its copyright line)
    assert page_metadata(f"Example News - {HEADLINE}\n\n{MENU}\n{PROSE}\n{FOOT}").title == HEADLINE
    assert page_metadata(f"Breaking - {HEADLINE}\n\n{MENU}\n{PROSE}\n{FOOT}").title == f"Breaking - {HEADLINE}"
