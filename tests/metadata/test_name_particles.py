"""A surname whose lower-case particle is glued to its capital (`deGrasse`, `vanDyke`) is a name's word:
a byline `By Neil deGrasse Tyson` was read as `By Neil` and then dropped."""
from corpuslint.checks.metadata.page import page_metadata

PROSE = "\n\n" + "The survey counted the stars above the city and found fewer than it had expected. " * 6


def test_glued_particle_surnames_are_read():
    page = page_metadata("Stars are fewer than we thought\n\nBy Neil deGrasse Tyson\nJune 7, 2013" + PROSE)
    assert page.authors == ["Neil deGrasse Tyson"]
    page = page_metadata("Stars are fewer than we thought\n\nBy Laura della Valle and Jon vanDyke" + PROSE)
    assert page.authors == ["Laura della Valle", "Jon vanDyke"]


def test_a_lower_case_word_after_by_is_no_name():
    page = page_metadata("Stars are fewer than we thought\n\nBy default the survey counts them all" + PROSE)
    assert page.authors == []


def test_a_month_that_opens_a_name_is_its_given_name_and_a_date_after_by_is_none():
    # recode (mercury fixture) under inscriptis and lynx: `by April Glaser@aprilaser Dec 15, 2016, 1:55pm EST`, the
    # name read as a month, then a teaser's `by Ina Fried` taken for it
    page = page_metadata("FCC chairman Tom Wheeler’s departure is the death knell for net neutrality\n\n"
                         "The FCC will now have a Republican majority.\n\n"
                         "by April Glaser@aprilaser Dec 15, 2016, 1:55pm EST" + PROSE)
    assert page.authors == ["April Glaser"] and page.date == "2016-12-15"
    page = page_metadata("Stars are fewer than we thought\n\nBy June Carter and May Lee" + PROSE)
    assert page.authors == ["June Carter", "May Lee"]
    for line in ("By April 2019", "by May Day", "By May 15, 2019"):
        assert page_metadata(f"Stars are fewer than we thought\n\n{line}" + PROSE).authors == []


def test_a_handle_that_spells_the_name_after_it_ends_the_name_a_word_that_does_not_is_the_lines_own():
    # bloomberg (mercury fixture): the writer's account link printed after the name, over the stamp
    head = "Air Force One Costs Billions of Dollars Because It’s a Flying White House"
    page = page_metadata(f"{head} - Bloomberg Politics\n\nPolitics\n{head}\n"
                         "Margaret Talev margarettalev\nDecember 7, 2016 — 5:00 AM EST\n"
                         "Share on Facebook Share on Twitter" + PROSE)
    assert page.authors == ["Margaret Talev"] and page.date == "2016-12-07"
    page = page_metadata("Stars are fewer than we thought\n\nMargaret Talev reports\nDecember 7, 2016" + PROSE)
    assert page.authors != ["Margaret Talev"]
