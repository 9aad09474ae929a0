"""Date forms the page reader reads (session 15, date15): a month's short name in several languages, dotted or
spaced (`21.dez.2018 às 12h55`, `3 févr. 2019`), and a two-digit year after a publishing word
(`Published 12/10/16`); and their look-alikes left alone."""

from __future__ import annotations

import pytest

from corpuslint.checks.metadata.dates import day_written, day_written_at
from tests.metadata.pagereading import PAGES, read


@pytest.mark.parametrize(("text", "day"), [
    ("21.dez.2018 às 12h55", "2018-12-21"),  # folha (web, web-audited)
    ("3 févr. 2019 à 18h02", "2019-02-03"),
    ("Veröffentlicht am 12. Okt. 2020, 14:05 Uhr", "2020-10-12"),
    ("Publicado el 5 dic 2018", "2018-12-05"),
    ("14 mrt 2017 om 09:12", "2017-03-14"),
    ("Aggiornato il 3 ott. 2019", "2019-10-03"),
    ("21.dec.2018", "2018-12-21"),
    ("3 out. 2018 às 10h00", "2018-10-03"),  # Portuguese outubro, with its dot
    ("3 out.2018", "2018-10-03"),
    ("3 ago. 2019, 10:00", "2019-08-03"),
    ("Figure 3. März 2018", "2018-03-03"),  # a foreign full name may follow `N.` (German writes dates so)
    ("Updated 3 Mar 2018", "2018-03-03"),  # the English short name across whitespace
    ("Published 12/13/16", "2016-12-13"),  # a number above 12 says which is the month
    ("Posted on: 3/24/17 by admin", "2017-03-24"),
    ("Published 05/05/16", "2016-05-05"),
    # the full names read as before
    ("30 avril 2015", "2015-04-30"),
    ("1 de diciembre de 2017", "2017-12-01"),
    ("24. März 2019", "2019-03-24"),
    # a German day's point before an English full name, read by the shared reader (corpuslint.stamps, byline23)
    # where the line is German-shaped: a German word before the day, a time after the date (review23 #6)
    ("Veröffentlicht am 8. April 2019 um 10:00", "2019-04-08"),
    ("bis 31. December 2020", "2020-12-31"),
    ("8. April 2019, 10:55", "2019-04-08"),
])
def test_a_date_with_a_short_month_name_or_a_labelled_short_year(text, day):
    assert day_written(text) == day


@pytest.mark.parametrize("text", [
    "we set out 3 out 2018 goals",  # `out` and `set`, English words, read as a month only with their dot
    "3 set 2019",
    "Page 12/10/16",  # a two-digit year with no publishing word and no time: a code, a fraction, a score
    "Published 12/10/16/1",
    "Published 05/10/16",  # 10 May on a US page, 5 October on a UK one: both numbers <= 12 (review15)
    "Posted on: 3/4/17 by admin",
    "Published in March 2019",  # a month and a year, no day
    "Top 5 jan",
    # `N.` and an English short month: a caption's or a numbering's next word (review15)
    "Figure 3. Mar 2018 sales",
    "Table 1. Nov 2020",
    "Section 4. May 2021",
    "Chapter 2. Jan 2019",
    "He struck 3 out. 2019 was a good year for the club",  # `out.` ends the sentence
    # `N.` and an English full name: a numbered list's item opening its line, a caption's words after it
    "1. March 2019: first release",
    # ... alone on its line or inside an English one: a numbered list's item, a step's or a page's number (review23
    # #6); read only on a German page (`test_a_german_page_reads_its_day_s_point_alone_on_a_line`)
    "1. March 2019",
    "* 8. April 2019|",
    "in step 3. March 2020, we",
    "page 12. March 2020",
    "Figure 3. March 2018 sales",
    "Section 4. May 2021",
])
def test_look_alikes_of_those_forms_are_no_date(text):
    assert day_written(text) is None


def test_the_labelled_short_date_is_found_where_it_is_written():
    day, start, end = day_written_at("Published 12/13/16")
    assert (day, "Published 12/13/16"[start:end]) == ("2016-12-13", "12/13/16")


def test_folha_dates_its_story_by_the_stamp_under_its_headline():
    # `Tite diz que errou …` / `21.dez.2018 às 12h55`: the Portuguese short month, dotted
    page = read("folha-head")
    assert page.date == "2018-12-21"


def test_howtogeek_takes_no_teasers_date_for_its_ambiguous_published_label():
    # the story's `Published 12/10/16` (10 December on this US site, but 12 October on a UK page: the line
    # cannot tell, review15) after comments dated `December 9, 2016`: never a comment's day; the page's own
    # month-first dates now tell the label's order (metadata/dateorder.py, tests/metadata/test_date_order.py)
    assert read("mercury-howtogeek-head").date == "2016-12-10"


# -- a page whose printed headline was not found: its one stamp alone (metadata/lonestamp.py) ----------------------

def test_slate_dates_its_story_by_its_one_stamp_alone_under_the_standfirst():
    # slate (mercury half A): `Broken Pledge` / `Who's winning, …` / `March 9 2017 4:21 PM`; no headline found
    page = read("mercury-slate-head")
    assert page.headline_line is None
    assert page.date == "2017-03-09"


def test_a_news_story_dated_on_the_line_under_its_title():
    # fnc1-train-0405 (../shared/corpora/txt): the title, `Saturday 23 August 2014`, the story
    assert read("fnc1-train-0405").date == "2014-08-23"


def test_a_front_pages_recent_posts_each_stamped_alike_give_no_date():
    # befifty (htmldate's test page): `Most Recent Post` / `Featured` / `Jul 3, 2019` under each post
    assert read("befifty-head").date is None


def test_a_comments_timestamp_under_the_story_is_not_its_date():
    # the fnc1 story with its date line dropped and one reader's comment under it (modepilot's `Betina sagt:`)
    from corpuslint.checks.metadata.page import page_metadata

    lines = (PAGES / "fnc1-train-0405.txt").read_text(encoding="utf-8").splitlines()
    assert "Saturday 23 August 2014" in lines
    lines.remove("Saturday 23 August 2014")
    page = "\n".join(lines + ["", "Betina sagt:", "", "Monday 25 August 2014", "",
                              "So cool geschrieben. Als wäre ich in der ersten Reihe dabei gewesen...super danke!!"])
    assert page_metadata(page).date is None


def test_two_stamps_alone_of_different_days_give_none():
    from corpuslint.checks.metadata.lines import iter_lines
    from corpuslint.checks.metadata.lonestamp import lone_stamp_day

    text = "Some page\n\nOctober 13, 2016\n\nA teaser's title\n\nOctober 12, 2016\n\nAnother teaser's title\n"
    assert lone_stamp_day(list(iter_lines(text))) is None
    assert lone_stamp_day(list(iter_lines(text.replace("October 12, 2016", "Read more")))) == "2016-10-13"


def test_a_german_page_reads_its_day_s_point_alone_on_a_line():
    # review23 #6 (repro 06): `8. April 2019` under a German article's headline is its dateline (CL504 reads it);
    # `1. March 2019` under an English release history's heading is the list's first item, no date
    from corpuslint.checks.metadata.extract import extract_head

    data = PAGES.parent
    german = extract_head((data / "pointed-day-dateline-de.txt").read_text(encoding="utf-8"))
    assert [(item.field, item.value) for item in german if item.field == "date"] == [("date", "2019-04-08")]
    english = extract_head((data / "pointed-day-release-history-en.txt").read_text(encoding="utf-8"))
    assert not [item for item in english if item.field == "date"]
